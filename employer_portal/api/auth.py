"""Tokens for machines: `POST /api/v1/auth/tokens` (e-mail + password -> bearer token), `GET /api/v1/me`, and
`PATCH /api/v1/me/organization` (an employer's users change their own employer kind and headcount)."""

from __future__ import annotations

from typing import Any

from flask import g, request
from flask.views import MethodView
from flask_smorest import Blueprint

from employer_portal.api.schemas import (
    EmployerFactsUpdateSchema,
    MeSchema,
    OrganizationSchema,
    TokenLoginSchema,
    TokenSchema,
)
from employer_portal.auth.api_auth import current_actor, roles_required
from employer_portal.auth.throttle import current_throttle, login_keys
from employer_portal.errors import Problem
from employer_portal.models import Organization, Role
from employer_portal.services import organizations as org_ops
from employer_portal.services import users as user_ops

blp = Blueprint("api_auth", __name__, url_prefix="/api/v1", description="Jetons d'API et identité")


@blp.route("/auth/tokens")
class TokenLogin(MethodView):
    @blp.doc(security=[])
    @blp.arguments(TokenLoginSchema)
    @blp.response(201, TokenSchema)
    def post(self, data: dict[str, Any]) -> dict[str, Any]:
        """Exchange e-mail and password for a bearer token (shown once)."""
        throttle = current_throttle()
        keys = login_keys(data["email"], request.remote_addr)
        wait = throttle.retry_after(*keys)
        if wait is not None:
            raise Problem(
                429,
                f"Trop d'essais de connexion infructueux : réessayez dans {wait} secondes.",
                headers={"Retry-After": str(wait)},
            )
        user = user_ops.authenticate(data["email"], data["password"])
        if user is None:
            throttle.record_failure(*keys)
            raise Problem(401, "E-mail ou mot de passe incorrect.")
        throttle.reset(keys[0])
        token, clear = user_ops.issue_token(user, data["name"], valid_days=data["valid_days"])
        return {
            "id": token.id,
            "name": token.name,
            "prefix": token.prefix,
            "token": clear,
            "expires_at": token.expires_at,
        }


@blp.route("/me")
class Me(MethodView):
    @blp.response(200, MeSchema)
    def get(self) -> dict[str, Any]:
        """Who the token belongs to."""
        actor = current_actor()
        return {"user": actor, "organization": actor.organization}


@blp.route("/me/organization")
class MyOrganization(MethodView):
    @roles_required(Role.EMPLOYER_USER)
    @blp.arguments(EmployerFactsUpdateSchema)
    @blp.response(200, OrganizationSchema)
    def patch(self, data: dict[str, Any]) -> Organization:
        """Change your employer's kind and headcount (FTE), which the hiring aids depend on.

        Employer users only; the platform admins use `PATCH /api/v1/organizations/{id}`.
        """
        actor = current_actor()
        return org_ops.update_employer_facts(actor, actor.organization_id, data)


@blp.route("/me/token")
class CurrentToken(MethodView):
    @blp.response(204)
    def delete(self) -> None:
        """Revoke the token used for this request."""
        user_ops.revoke_token(current_actor(), g.api_token.id)
