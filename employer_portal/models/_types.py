"""Column helpers shared by the models."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa


def utcnow() -> datetime:
    return datetime.now(UTC)


def str_enum(enum_cls: type[enum.StrEnum], name: str) -> sa.Enum:
    """A portable enum column: VARCHAR + CHECK constraint storing the enum *values*.

    Native PostgreSQL enums are avoided on purpose: adding a value needs a migration dance, and SQLite has none.
    """
    return sa.Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )


def json_column(**kwargs: Any) -> Any:
    return sa.JSON(**kwargs)


Timestamp = sa.DateTime(timezone=True)
