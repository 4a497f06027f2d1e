"""Revision 717af014bb39 (employer kind and headcount): its downgrade drops exactly its columns and keeps the rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from employer_portal.extensions import db
from tests.conftest import make_app

REVISION = "717af014bb39"
PARENT = "c3f1ebfdef9d"


def organization_columns() -> set[str]:
    with db.engine.connect() as connection:
        return {c["name"] for c in inspect(connection).get_columns("organizations")}


def test_downgrade_of_the_revision_drops_the_columns_and_keeps_rows(tmp_path: Path) -> None:
    app = make_app(tmp_path / "mig.sqlite3")
    with app.app_context():
        upgrade(revision=REVISION)
        assert {"employer_kind", "employees_fte"} <= organization_columns()
        with db.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO organizations (name, kind, nace_codes, created_at, employer_kind, employees_fte) "
                "VALUES ('Employeur', 'employer', '[]', '2026-01-01 00:00:00', 'non_profit', 12.5)"
            ))
        downgrade(revision=PARENT)
        columns = organization_columns()
        assert "employer_kind" not in columns and "employees_fte" not in columns
        assert {"id", "name", "kind", "nace_codes", "postal_code", "created_at"} <= columns
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM organizations")).scalars().all() == ["Employeur"]
            # The CHECK constraints went with the columns (SQLite rebuilds the table in batch mode).
            table_sql = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE name = 'organizations'")
            ).scalar_one()
            assert "employer_kind" not in table_sql and "employees_fte" not in table_sql
        upgrade()  # and up again on a database that held data
        assert {"employer_kind", "employees_fte"} <= organization_columns()
        with db.engine.connect() as connection:
            row = connection.execute(text("SELECT employer_kind, employees_fte FROM organizations")).one()
            assert tuple(row) == (None, None)  # unknown after the round trip, never a guessed value
        db.engine.dispose()


def test_the_database_refuses_what_the_api_refuses(tmp_path: Path) -> None:
    app = make_app(tmp_path / "ck.sqlite3")
    with app.app_context():
        upgrade()
        for values in ("'multinationale', 1", "'private_market', -1"):
            with pytest.raises(IntegrityError), db.engine.begin() as connection:
                connection.execute(text(
                    "INSERT INTO organizations (name, kind, nace_codes, created_at, employer_kind, employees_fte) "
                    f"VALUES ('X', 'employer', '[]', '2026-01-01 00:00:00', {values})"
                ))
        db.engine.dispose()
