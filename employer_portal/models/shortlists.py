"""Shortlists: the candidates of one ISP operator who can do the *real* job of one vacancy."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from employer_portal.extensions import Model
from employer_portal.models._types import Timestamp, str_enum, utcnow
from employer_portal.models.candidates import Candidate
from employer_portal.models.vacancies import Vacancy


class ShortlistStatus(enum.StrEnum):
    DRAFT = "draft"  # computed, the coach reviews it
    SENT = "sent"  # proposed entries visible (pseudonymised) to the employer
    CLOSED = "closed"


class Shortlist(Model):
    __tablename__ = "shortlists"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(sa.ForeignKey("vacancies.id", ondelete="CASCADE"), index=True)
    operator_id: Mapped[int] = mapped_column(sa.ForeignKey("organizations.id"), index=True)
    audit_run_id: Mapped[int | None] = mapped_column(sa.ForeignKey("audit_runs.id", ondelete="SET NULL"))
    status: Mapped[ShortlistStatus] = mapped_column(
        str_enum(ShortlistStatus, "shortlist_status"), default=ShortlistStatus.DRAFT
    )
    code_version: Mapped[str | None] = mapped_column(sa.String(64))
    # Counts the matcher reports: how many were excluded by the stated vs the real requirements.
    summary: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(Timestamp)

    vacancy: Mapped[Vacancy] = relationship()
    entries: Mapped[list[ShortlistEntry]] = relationship(
        back_populates="shortlist", cascade="all, delete-orphan", order_by="ShortlistEntry.rank"
    )


class ShortlistEntry(Model):
    __tablename__ = "shortlist_entries"
    __table_args__ = (sa.UniqueConstraint("shortlist_id", "candidate_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shortlist_id: Mapped[int] = mapped_column(sa.ForeignKey("shortlists.id", ondelete="CASCADE"), index=True)
    candidate_id: Mapped[int] = mapped_column(sa.ForeignKey("candidates.id", ondelete="CASCADE"), index=True)
    rank: Mapped[int] = mapped_column(sa.Integer)
    score: Mapped[float] = mapped_column(sa.Float)
    pseudonym: Mapped[str] = mapped_column(sa.String(40))  # what the employer sees
    # True when the stated (inflated) requirements would have screened this person out.
    excluded_by_stated: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    consent_confirmed: Mapped[bool] = mapped_column(sa.Boolean, default=False)  # coach checked consent scope
    proposed: Mapped[bool] = mapped_column(
        sa.Boolean, default=False
    )  # coach proposes this person to the employer
    gaps: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    bridges: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    incentives: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    shortlist: Mapped[Shortlist] = relationship(back_populates="entries")
    candidate: Mapped[Candidate] = relationship()
