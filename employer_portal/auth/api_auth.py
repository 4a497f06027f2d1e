"""Bearer-token authentication for `/api/v1/*` and role checks.

The API does not accept session cookies: a machine client authenticates with a token, and browsers' ambient
cookies therefore cannot be abused against the API (no CSRF surface there).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar, cast

from flask import g, request

from employer_portal.auth.secrets import hash_token
from employer_portal.errors import Problem
from employer_portal.extensions import db
from employer_portal.models import ApiToken, Role, User

F = TypeVar("F", bound=Callable[..., Any])

LAST_USED_PRECISION = timedelta(minutes=1)


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def authenticate_bearer() -> User:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Problem(401)
    api_token = db.session.execute(
        db.select(ApiToken).where(ApiToken.token_hash == hash_token(token.strip()))
    ).scalar_one_or_none()
    now = datetime.now(UTC)
    if (
        api_token is None
        or api_token.revoked_at is not None
        or (api_token.expires_at is not None and _aware(api_token.expires_at) <= now)
        or not api_token.user.active
    ):
        raise Problem(401, "Jeton inconnu, révoqué ou expiré.")
    last_used = api_token.last_used_at
    if last_used is None or now - _aware(last_used) > LAST_USED_PRECISION:
        # Recorded in its own tiny commit (at most once a minute per token): a GET or a failed write must not
        # lose it, and a failed write must not carry it either.
        api_token.last_used_at = now
        db.session.commit()
    g.api_token = api_token
    return api_token.user


def current_actor() -> User:
    actor = getattr(g, "actor", None)
    if actor is None:  # pragma: no cover - guarded by the before_request hook
        raise Problem(401)
    return cast(User, actor)


def roles_required(*roles: Role) -> Callable[[F], F]:
    """Wrong role -> 403. (Right role, other organization's object -> 404, decided by the services.)"""

    allowed = frozenset(roles)

    def decorator(view: F) -> F:
        @functools.wraps(view)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            actor = current_actor()
            if actor.role not in allowed:
                raise Problem(403, "Votre rôle (" + actor.role.value + ") ne permet pas cette action.")
            return view(*args, **kwargs)

        return cast(F, wrapper)

    return decorator
