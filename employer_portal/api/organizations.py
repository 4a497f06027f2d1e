"""Organizations and their collaboration agreements (platform admins only)."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from employer_portal.api import SqlPage
from employer_portal.api.schemas import (
    AgreementCreateSchema,
    AgreementSchema,
    OrganizationCreateSchema,
    OrganizationQuerySchema,
    OrganizationSchema,
    OrganizationUpdateSchema,
)
from employer_portal.auth.api_auth import current_actor, roles_required
from employer_portal.models import Organization, OrganizationKind, Role
from employer_portal.services import organizations as org_ops

blp = Blueprint(
    "api_organizations", __name__, url_prefix="/api/v1/organizations", description="Organisations (admin)"
)


@blp.route("")
class Organizations(MethodView):
    @roles_required(Role.ADMIN)
    @blp.arguments(OrganizationQuerySchema, location="query")
    @blp.response(200, OrganizationSchema(many=True))
    @blp.paginate(SqlPage)
    def get(self, args: dict[str, Any]) -> Any:
        """List organizations."""
        kind = OrganizationKind(args["kind"]) if args.get("kind") else None
        return org_ops.organizations_query(current_actor(), kind)

    @roles_required(Role.ADMIN)
    @blp.arguments(OrganizationCreateSchema)
    @blp.response(201, OrganizationSchema)
    def post(self, data: dict[str, Any]) -> Organization:
        """Create an organization."""
        return org_ops.create_organization(current_actor(), data)


@blp.route("/<int:organization_id>")
class OrganizationById(MethodView):
    @roles_required(Role.ADMIN)
    @blp.response(200, OrganizationSchema)
    def get(self, organization_id: int) -> Organization:
        return org_ops.get_organization(current_actor(), organization_id)

    @roles_required(Role.ADMIN)
    @blp.arguments(OrganizationUpdateSchema)
    @blp.response(200, OrganizationSchema)
    def patch(self, data: dict[str, Any], organization_id: int) -> Organization:
        return org_ops.update_organization(current_actor(), organization_id, data)


@blp.route("/<int:organization_id>/agreements")
class Agreements(MethodView):
    @roles_required(Role.ADMIN)
    @blp.response(200, AgreementSchema(many=True))
    def get(self, organization_id: int) -> Any:
        """An employer's collaboration agreements with ISP operators."""
        return org_ops.get_organization(current_actor(), organization_id).agreements

    @roles_required(Role.ADMIN)
    @blp.arguments(AgreementCreateSchema)
    @blp.response(201, AgreementSchema)
    def post(self, data: dict[str, Any], organization_id: int) -> Any:
        return org_ops.add_agreement(
            current_actor(), organization_id, data["operator_id"], data["start_date"], data.get("end_date")
        )
