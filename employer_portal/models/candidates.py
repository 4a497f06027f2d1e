"""Job seekers followed by an ISP operator: minimum data, consent recorded, every read logged.

Deliberately absent: name, sex, nationality, origin, health, family status. The coach identifies the person
through `operator_reference` (the operator's own file number); employers only ever see `pseudonym`.
`birth_date` exists for incentive age conditions ONLY and must never reach the matcher.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from employer_portal.extensions import Model
from employer_portal.models._types import Timestamp, utcnow
from employer_portal.models.organizations import Organization


class Candidate(Model):
    __tablename__ = "candidates"
    __table_args__ = (sa.UniqueConstraint("operator_id", "operator_reference"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    operator_id: Mapped[int] = mapped_column(sa.ForeignKey("organizations.id"), index=True)
    operator_reference: Mapped[str] = mapped_column(sa.String(64))
    pseudonym: Mapped[str] = mapped_column(sa.String(40), unique=True)  # "Candidat·e 7F3A"
    synthetic: Mapped[bool] = mapped_column(sa.Boolean, default=False)  # generated demo/test data, never real
    # Consent record: the legal basis for processing and for proposing the person to employers.
    consent_given_at: Mapped[date] = mapped_column(sa.Date)
    consent_scope: Mapped[list[str]] = mapped_column(sa.JSON, default=list)  # e.g. ["matching", "shortlist"]
    consent_recorded_by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    consent_withdrawn_at: Mapped[date | None] = mapped_column(sa.Date)
    registration_date: Mapped[date | None] = mapped_column(sa.Date)  # registered as job seeker (Forem)
    birth_date: Mapped[date | None] = mapped_column(sa.Date)  # incentives only (age conditions)
    education_level: Mapped[int | None] = mapped_column(sa.Integer)  # highest EQF level reached, 0..8
    # [{"title", "eqf_level", "domain", "year"}]
    diplomas: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    # [{"occupation", "rome_code", "years"}]
    experience: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    skills: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    # [{"language": ISO 639-1, "cefr": A1..C2}]
    languages: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
    licences: Mapped[list[str]] = mapped_column(sa.JSON, default=list)  # B, C, CE...
    certifications: Mapped[list[str]] = mapped_column(sa.JSON, default=list)  # VCA, CACES R489 3...
    home_postal_code: Mapped[str | None] = mapped_column(sa.String(4))
    # {"max_km": int, "modes": ["car", "public_transport", "bike", "walk"]}
    mobility: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    # {"from": ISO date, "weekly_hours_max": float, "nights": bool, "weekends": bool,
    #  "split_shifts": bool, "early_mornings": bool, "childcare_constraints": str}
    availability: Mapped[dict[str, Any]] = mapped_column(sa.JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow, onupdate=utcnow)

    operator: Mapped[Organization] = relationship()

    @property
    def has_consent(self) -> bool:
        return self.consent_withdrawn_at is None

    def __repr__(self) -> str:
        return f"<Candidate {self.id} {self.pseudonym}>"
