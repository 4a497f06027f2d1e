"""Users, passwords and API tokens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, select

from employer_portal.auth.secrets import (
    MIN_PASSWORD_LENGTH,
    hash_password,
    hash_token,
    new_token,
    verify_password,
)
from employer_portal.extensions import db
from employer_portal.models import ROLE_ORGANIZATION_KINDS, ApiToken, Organization, Role, User
from employer_portal.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied

# Computed once: verifying against it when the e-mail is unknown keeps login time constant (no user probing).
_DUMMY_HASH = hash_password("not-a-real-password-0000")


def normalise_email(email: str) -> str:
    return email.strip().lower()


def _require_admin(actor: User | None) -> None:
    if actor is not None and actor.role is not Role.ADMIN:
        raise PermissionDenied("Seuls les administrateurs de la plateforme gèrent les comptes.")


def users_query(actor: User | None, organization_id: int | None = None) -> Select[tuple[User]]:
    _require_admin(actor)
    query = select(User).order_by(User.id)
    if organization_id is not None:
        query = query.where(User.organization_id == organization_id)
    return query


def get_user(actor: User | None, user_id: int) -> User:
    _require_admin(actor)
    user = db.session.get(User, user_id)
    if user is None:
        raise NotFound("Ce compte")
    return user


def find_by_email(email: str) -> User | None:
    return db.session.execute(select(User).where(User.email == normalise_email(email))).scalar_one_or_none()


def check_password_strength(password: str) -> list[str]:
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(f"Le mot de passe doit compter au moins {MIN_PASSWORD_LENGTH} caractères.")
    return problems


def create_user(actor: User | None, data: dict[str, Any]) -> User:
    _require_admin(actor)
    org = db.session.get(Organization, data["organization_id"])
    if org is None:
        raise InvalidInput(
            "Organisation inconnue.",
            errors={"organization_id": ["Aucune organisation avec cet identifiant."]},
        )
    role = Role(data["role"])
    errors: dict[str, list[str]] = {}
    if org.kind not in ROLE_ORGANIZATION_KINDS[role]:
        allowed = ", ".join(sorted(k.value for k in ROLE_ORGANIZATION_KINDS[role]))
        errors["role"] = [f"Le rôle {role.value} exige une organisation de type : {allowed}."]
    password_problems = check_password_strength(data["password"])
    if password_problems:
        errors["password"] = password_problems
    if errors:
        raise InvalidInput("Compte invalide.", errors=errors)
    email = normalise_email(data["email"])
    if find_by_email(email) is not None:
        raise Conflict(f"Un compte existe déjà pour {email}.")
    user = User(
        organization_id=org.id,
        email=email,
        display_name=(data.get("display_name") or email.split("@")[0]).strip(),
        role=role,
        password_hash=hash_password(data["password"]),
        active=True,
    )
    db.session.add(user)
    db.session.commit()
    return user


def authenticate(email: str, password: str) -> User | None:
    """The active user with these credentials, or None (same time whether the e-mail exists or not)."""
    user = find_by_email(email)
    if user is None:
        verify_password(_DUMMY_HASH, password)
        return None
    if not verify_password(user.password_hash, password) or not user.active:
        return None
    user.last_login_at = datetime.now(UTC)
    db.session.commit()
    return user


def issue_token(user: User, name: str, valid_days: int | None = None) -> tuple[ApiToken, str]:
    """Create a token for `user`; returns (row, clear token). The clear value is never stored."""
    clear = new_token()
    token = ApiToken(
        user_id=user.id,
        name=name,
        token_hash=hash_token(clear),
        prefix=clear[:10],
        expires_at=datetime.now(UTC) + timedelta(days=valid_days) if valid_days else None,
    )
    db.session.add(token)
    db.session.commit()
    return token, clear


def revoke_token(user: User, token_id: int) -> ApiToken:
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound("Ce jeton")
    if token.revoked_at is None:
        token.revoked_at = datetime.now(UTC)
        db.session.commit()
    return token
