"""Persisted audit runs and their findings (produced by `audits.auditing.audit`, reviewed by the employer)."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from employer_portal.extensions import Model
from employer_portal.models._types import Timestamp, str_enum, utcnow

if TYPE_CHECKING:
    from employer_portal.models.vacancies import Vacancy


class AuditRunStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class FindingStatus(enum.StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"  # the employer agrees and (usually) rewrites
    DISMISSED = "dismissed"  # the employer keeps the requirement; `decision_reason` says why


class AuditRun(Model):
    __tablename__ = "audit_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(sa.ForeignKey("vacancies.id", ondelete="CASCADE"), index=True)
    requested_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    status: Mapped[AuditRunStatus] = mapped_column(
        str_enum(AuditRunStatus, "audit_run_status"), default=AuditRunStatus.QUEUED, index=True
    )
    # Versions of the code and of the reference data that produced the report: a finding can be reproduced.
    code_version: Mapped[str | None] = mapped_column(sa.String(64))
    reference_version: Mapped[str | None] = mapped_column(sa.String(64))
    score: Mapped[float | None] = mapped_column(sa.Float)  # accessibility 0..100
    report: Mapped[dict[str, Any] | None] = mapped_column(sa.JSON)  # AuditReport.to_dict()
    error: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(Timestamp)
    finished_at: Mapped[datetime | None] = mapped_column(Timestamp)

    vacancy: Mapped[Vacancy] = relationship(back_populates="audit_runs")
    findings: Mapped[list[Finding]] = relationship(
        back_populates="audit_run", cascade="all, delete-orphan", order_by="Finding.id"
    )


class Finding(Model):
    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    audit_run_id: Mapped[int] = mapped_column(sa.ForeignKey("audit_runs.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(sa.String(80))
    severity: Mapped[str] = mapped_column(sa.String(16))  # info | warning | critical (audits.model.Severity)
    evidence: Mapped[str] = mapped_column(sa.Text)
    explanation: Mapped[str] = mapped_column(sa.Text)
    suggestion: Mapped[str | None] = mapped_column(sa.Text)
    legal_reference: Mapped[str | None] = mapped_column(sa.Text)
    # Span in the vacancy text: `text == getattr(vacancy, field)[start:end]` at audit time.
    field: Mapped[str | None] = mapped_column(sa.String(16))
    start: Mapped[int | None] = mapped_column(sa.Integer)
    end: Mapped[int | None] = mapped_column(sa.Integer)
    text: Mapped[str | None] = mapped_column(sa.Text)
    # Copied from the run so that a finding read on its own still says what produced it.
    code_version: Mapped[str | None] = mapped_column(sa.String(64))
    reference_version: Mapped[str | None] = mapped_column(sa.String(64))
    status: Mapped[FindingStatus] = mapped_column(
        str_enum(FindingStatus, "finding_status"), default=FindingStatus.OPEN
    )
    decision_reason: Mapped[str | None] = mapped_column(sa.Text)
    decided_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(Timestamp)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    audit_run: Mapped[AuditRun] = relationship(back_populates="findings")
