"""Role gate of the server-rendered pages (the API has its own: `auth.api_auth.roles_required`)."""

from __future__ import annotations

from flask import abort
from flask_login import current_user

from employer_portal.models import Role, User


def require_role(*roles: Role) -> User:
    """The logged-in user if their role is one of `roles`; otherwise the request ends with 403."""
    actor: User = current_user
    if actor.role not in roles:
        abort(403)
    return actor
