"""Access checks of the server-rendered pages: role gate and vacancy lookup (the API has its own:
`auth.api_auth.roles_required`)."""

from __future__ import annotations

from flask import abort
from flask_login import current_user

from employer_portal.models import Role, User, Vacancy
from employer_portal.services import vacancies as vacancy_ops
from employer_portal.services.errors import ServiceError


def require_role(*roles: Role) -> User:
    """The logged-in user if their role is one of `roles`; otherwise the request ends with 403."""
    actor: User = current_user
    if actor.role not in roles:
        abort(403)
    return actor


def own_vacancy(actor: User, vacancy_id: int) -> Vacancy:
    """A vacancy the actor may read; 404 otherwise (another organisation's vacancy is not disclosed as existing)."""
    try:
        return vacancy_ops.get_vacancy(actor, vacancy_id)
    except ServiceError:
        abort(404)
