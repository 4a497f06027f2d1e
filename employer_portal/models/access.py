"""Access log of personal data, and stored incentive evaluations."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from employer_portal.extensions import Model
from employer_portal.models._types import Timestamp, utcnow


class AccessLog(Model):
    """One row per read of candidate data: who (user, organization, token), what (object), when, and why."""

    __tablename__ = "access_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    organization_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="SET NULL")
    )
    api_token_id: Mapped[int | None] = mapped_column(sa.ForeignKey("api_tokens.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(sa.String(32))  # read | list | update | delete | export
    object_type: Mapped[str] = mapped_column(sa.String(40))  # candidate, shortlist_entry...
    object_id: Mapped[int] = mapped_column(sa.Integer)
    channel: Mapped[str] = mapped_column(sa.String(16))  # api | page | cli | task
    request_id: Mapped[str | None] = mapped_column(sa.String(128))
    at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, index=True)

    __table_args__ = (sa.Index("ix_access_logs_object", "object_type", "object_id"),)


class IncentiveEvaluation(Model):
    """A stored run of `matching.incentives.evaluate` (input case, policy, result), for audit trails."""

    __tablename__ = "incentive_evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organizations.id"), index=True)
    vacancy_id: Mapped[int | None] = mapped_column(sa.ForeignKey("vacancies.id", ondelete="SET NULL"))
    candidate_id: Mapped[int | None] = mapped_column(sa.ForeignKey("candidates.id", ondelete="SET NULL"))
    policy: Mapped[str | None] = mapped_column(sa.String(80))
    case: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    result: Mapped[dict[str, Any]] = mapped_column(sa.JSON)
    code_version: Mapped[str | None] = mapped_column(sa.String(64))
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
