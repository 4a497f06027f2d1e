"""Users (one role in one organization) and hashed API tokens."""

from __future__ import annotations

import enum
from datetime import datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship

from employer_portal.extensions import Model
from employer_portal.models._types import Timestamp, str_enum, utcnow
from employer_portal.models.organizations import Organization, OrganizationKind


class Role(enum.StrEnum):
    ADMIN = "admin"  # platform administrator (member of the platform organization)
    EMPLOYER_USER = "employer_user"
    COACH = "coach"  # job coach of an ISP operator
    FEDERATION_ANALYST = "federation_analyst"


# Which organization kinds a role may belong to: a coach works for an ISP operator, and so on.
ROLE_ORGANIZATION_KINDS: dict[Role, frozenset[OrganizationKind]] = {
    Role.ADMIN: frozenset({OrganizationKind.PLATFORM}),
    Role.EMPLOYER_USER: frozenset({OrganizationKind.EMPLOYER}),
    Role.COACH: frozenset({OrganizationKind.ISP_OPERATOR}),
    Role.FEDERATION_ANALYST: frozenset({OrganizationKind.FEDERATION, OrganizationKind.OBSERVATORY}),
}


class User(UserMixin, Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(sa.ForeignKey("organizations.id"), index=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)  # stored lower-cased
    display_name: Mapped[str] = mapped_column(sa.String(120))
    role: Mapped[Role] = mapped_column(str_enum(Role, "user_role"))
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(Timestamp)

    organization: Mapped[Organization] = relationship(back_populates="users")
    tokens: Mapped[list[ApiToken]] = relationship(back_populates="user", cascade="all, delete-orphan")

    @property
    def is_active(self) -> bool:  # Flask-Login
        return self.active

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN

    def __repr__(self) -> str:
        return f"<User {self.id} {self.role.value} {self.email}>"


class ApiToken(Model):
    """A bearer token for machines. Only its SHA-256 is stored; the clear value is shown once at creation."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    prefix: Mapped[str] = mapped_column(sa.String(12))  # first characters, to recognise a token in lists
    created_at: Mapped[datetime] = mapped_column(Timestamp, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(Timestamp)
    last_used_at: Mapped[datetime | None] = mapped_column(Timestamp)
    revoked_at: Mapped[datetime | None] = mapped_column(Timestamp)

    user: Mapped[User] = relationship(back_populates="tokens")
