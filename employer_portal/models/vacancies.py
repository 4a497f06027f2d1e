"""Vacancies and the employer's post analysis ("analyse de poste")."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from employer_portal.extensions import Model
from employer_portal.models._types import Timestamp, str_enum, utcnow
from employer_portal.models.organizations import Organization

if TYPE_CHECKING:
    from employer_portal.models.audits import AuditRun


class VacancyStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # handed to the audit
    AUDITED = "audited"  # audit done, findings to review
    PUBLISHED = "published"
    CLOSED = "closed"


# Allowed status transitions; anything else is a 409 Conflict.
VACANCY_TRANSITIONS: dict[VacancyStatus, frozenset[VacancyStatus]] = {
    VacancyStatus.DRAFT: frozenset({VacancyStatus.SUBMITTED, VacancyStatus.CLOSED}),
    VacancyStatus.SUBMITTED: frozenset({VacancyStatus.AUDITED, VacancyStatus.DRAFT, VacancyStatus.CLOSED}),
    VacancyStatus.AUDITED: frozenset(
        {VacancyStatus.SUBMITTED, VacancyStatus.PUBLISHED, VacancyStatus.DRAFT, VacancyStatus.CLOSED}
    ),
    VacancyStatus.PUBLISHED: frozenset({VacancyStatus.CLOSED}),
    VacancyStatus.CLOSED: frozenset(),
}


class ContractType(enum.StrEnum):
    CDI = "CDI"
    CDD = "CDD"
    INTERIM = "interim"
    ALTERNANCE = "alternance"
    PFI = "PFI"  # Plan Formation-Insertion (Forem)
    OTHER = "other"


class Vacancy(Model):
    __tablename__ = "vacancies"
    __table_args__ = (
        sa.CheckConstraint("posts >= 1", name="posts_positive"),
        sa.CheckConstraint(
            "weekly_hours IS NULL OR (weekly_hours > 0 AND weekly_hours <= 60)", name="weekly_hours"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organizations.id"), index=True)
    created_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str] = mapped_column(sa.Text)
    rome_code: Mapped[str | None] = mapped_column(sa.String(5))  # e.g. N1103, when the employer knows it
    contract_type: Mapped[ContractType | None] = mapped_column(str_enum(ContractType, "contract_type"))
    duration_months: Mapped[float | None] = mapped_column(sa.Float)
    previous_fixed_term_contracts: Mapped[int | None] = mapped_column(sa.Integer)
    weekly_hours: Mapped[float | None] = mapped_column(sa.Float)
    full_time_hours: Mapped[float] = mapped_column(sa.Float, default=38.0)  # Belgian default reference
    gross_monthly_wage: Mapped[float | None] = mapped_column(sa.Float)  # EUR for the stated weekly hours
    workplace_postal_code: Mapped[str | None] = mapped_column(sa.String(4))
    schedule_nights: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    schedule_weekends: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    schedule_split_shifts: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    schedule_early_mornings: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    posts: Mapped[int] = mapped_column(sa.Integer, default=1)
    status: Mapped[VacancyStatus] = mapped_column(
        str_enum(VacancyStatus, "vacancy_status"), default=VacancyStatus.DRAFT, index=True
    )
    # Normalised title + description + ROME code (lower-case, no accents), kept by a Celery task for search.
    search_text: Mapped[str | None] = mapped_column(sa.Text)
    search_text_updated_at: Mapped[datetime | None] = mapped_column(Timestamp)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(Timestamp)
    published_at: Mapped[datetime | None] = mapped_column(Timestamp)
    closed_at: Mapped[datetime | None] = mapped_column(Timestamp)

    organization: Mapped[Organization] = relationship()
    post_analysis: Mapped[PostAnalysis | None] = relationship(
        back_populates="vacancy", cascade="all, delete-orphan", uselist=False
    )
    audit_runs: Mapped[list[AuditRun]] = relationship(
        back_populates="vacancy", cascade="all, delete-orphan", order_by="AuditRun.id"
    )

    def can_move_to(self, target: VacancyStatus) -> bool:
        return target in VACANCY_TRANSITIONS[self.status]

    def schedule_dict(self) -> dict[str, bool]:
        return {
            "nights": self.schedule_nights,
            "weekends": self.schedule_weekends,
            "split_shifts": self.schedule_split_shifts,
            "early_mornings": self.schedule_early_mornings,
        }

    def __repr__(self) -> str:
        return f"<Vacancy {self.id} {self.status.value} {self.title!r}>"


class PostAnalysis(Model):
    """What the post really needs, as the employer describes it. One per vacancy.

    Structured sub-objects are JSON lists whose item shapes mirror `audits.model` dataclasses
    (`PostTask`, `LanguageUse`), so `services.vacancies.to_audit_inputs` converts without guessing.
    """

    __tablename__ = "post_analyses"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(sa.ForeignKey("vacancies.id", ondelete="CASCADE"), unique=True)
    # [{"name", "frequency": daily|weekly|monthly|rare, "criticality": low|medium|high, "skills": [str]}]
    tasks: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    working_conditions: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    tools: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    required_certificates: Mapped[list[str]] = mapped_column(sa.JSON, default=list)  # legally required
    required_licences: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    # [{"language": ISO 639-1, "cefr": A1..C2 | None, "with_whom": str | None}]
    languages_used: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    time_to_proficiency_weeks: Mapped[float | None] = mapped_column(sa.Float)
    tutoring_available: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    min_eqf_level: Mapped[int | None] = mapped_column(sa.Integer)
    min_experience_years: Mapped[float | None] = mapped_column(sa.Float)
    updated_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, onupdate=utcnow)

    vacancy: Mapped[Vacancy] = relationship(back_populates="post_analysis")
