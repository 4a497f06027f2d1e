"""Organizations (employers, ISP operators, federations, observatories) and their collaboration agreements."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from employer_portal.extensions import Model
from employer_portal.models._types import Timestamp, str_enum, utcnow

if TYPE_CHECKING:
    from employer_portal.models.users import User


class OrganizationKind(enum.StrEnum):
    EMPLOYER = "employer"
    ISP_OPERATOR = "isp_operator"  # insertion operator: CISP, MIRE, Forem...
    FEDERATION = "federation"  # sector federation
    OBSERVATORY = "observatory"
    PLATFORM = "platform"  # the operator of Poste Juste itself (home of the platform admins)


class EmployerKind(enum.StrEnum):
    """The employer categories of the Walloon hiring aids (`employer.kind` of the incentive case contract)."""

    PRIVATE_MARKET = "private_market"  # secteur marchand
    NON_PROFIT = "non_profit"  # ASBL, secteur non marchand
    LOCAL_AUTHORITY = "local_authority"  # commune, CPAS, province
    PUBLIC_FEDERAL_REGIONAL = "public_federal_regional"
    SELF_EMPLOYED = "self_employed"  # indépendant·e (first hire)


class Organization(Model):
    __tablename__ = "organizations"
    __table_args__ = (sa.CheckConstraint("employees_fte IS NULL OR employees_fte >= 0", name="fte_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    kind: Mapped[OrganizationKind] = mapped_column(str_enum(OrganizationKind, "organization_kind"))
    # NACE-BEL codes ("52.10", "49.41"...): the employer's activity, or the sectors a federation represents.
    nace_codes: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    postal_code: Mapped[str | None] = mapped_column(sa.String(4))
    # What the incentives engine needs about an employer (None = unknown: the engine then answers "unknown").
    # Only meaningful for kind=employer; the API refuses them on other kinds.
    employer_kind: Mapped[EmployerKind | None] = mapped_column(str_enum(EmployerKind, "employer_kind"))
    employees_fte: Mapped[float | None] = mapped_column(sa.Numeric(9, 2, asdecimal=False))
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    users: Mapped[list[User]] = relationship(back_populates="organization")
    agreements: Mapped[list[CollaborationAgreement]] = relationship(
        back_populates="employer",
        foreign_keys="CollaborationAgreement.employer_id",
        cascade="all, delete-orphan",
    )

    def __repr__(self) -> str:
        return f"<Organization {self.id} {self.kind.value} {self.name!r}>"

    def summary(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind.value}


class CollaborationAgreement(Model):
    """An employer's agreement with an ISP operator (incentive policies may require one)."""

    __tablename__ = "collaboration_agreements"
    __table_args__ = (
        sa.UniqueConstraint("employer_id", "operator_id", "start_date"),
        sa.CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_ordered"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    operator_id: Mapped[int] = mapped_column(
        sa.ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[date] = mapped_column(sa.Date)
    end_date: Mapped[date | None] = mapped_column(sa.Date)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)

    employer: Mapped[Organization] = relationship(foreign_keys=[employer_id], back_populates="agreements")
    operator: Mapped[Organization] = relationship(foreign_keys=[operator_id])

    def active_on(self, day: date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)
