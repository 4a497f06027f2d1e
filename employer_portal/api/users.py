"""User accounts (platform admins only)."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from employer_portal.api import SqlPage
from employer_portal.api.schemas import UserCreateSchema, UserQuerySchema, UserSchema
from employer_portal.auth.api_auth import current_actor, roles_required
from employer_portal.models import Role, User
from employer_portal.services import users as user_ops

blp = Blueprint("api_users", __name__, url_prefix="/api/v1/users", description="Comptes (admin)")


@blp.route("")
class Users(MethodView):
    @roles_required(Role.ADMIN)
    @blp.arguments(UserQuerySchema, location="query")
    @blp.response(200, UserSchema(many=True))
    @blp.paginate(SqlPage)
    def get(self, args: dict[str, Any]) -> Any:
        """List accounts, optionally of one organization."""
        return user_ops.users_query(current_actor(), args.get("organization_id"))

    @roles_required(Role.ADMIN)
    @blp.arguments(UserCreateSchema)
    @blp.response(201, UserSchema)
    def post(self, data: dict[str, Any]) -> User:
        """Create an account (the role must fit the organization's kind)."""
        return user_ops.create_user(current_actor(), data)


@blp.route("/<int:user_id>")
class UserById(MethodView):
    @roles_required(Role.ADMIN)
    @blp.response(200, UserSchema)
    def get(self, user_id: int) -> User:
        return user_ops.get_user(current_actor(), user_id)
