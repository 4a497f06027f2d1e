"""Candidates: only the coaches of the ISP operator that follows them; every read is logged."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from employer_portal.api import SqlPage
from employer_portal.api.schemas import (
    AccessLogSchema,
    CandidatePatchSchema,
    CandidateSchema,
    CandidateWriteSchema,
)
from employer_portal.auth.api_auth import current_actor, roles_required
from employer_portal.models import Candidate, Role
from employer_portal.services import candidates as candidate_ops

blp = Blueprint("api_candidates", __name__, url_prefix="/api/v1/candidates", description="Personnes suivies")


class LoggedSqlPage(SqlPage):
    """A page of candidates whose every row is written to the access log when it is read."""

    @property
    def items(self) -> list[Any]:
        rows = super().items
        candidate_ops.log_list_read(current_actor(), rows, "api")
        return rows


@blp.route("")
class Candidates(MethodView):
    @roles_required(Role.COACH)
    @blp.response(200, CandidateSchema(many=True))
    @blp.paginate(LoggedSqlPage)
    def get(self) -> Any:
        """Your operator's candidates."""
        return candidate_ops.candidates_query(current_actor())

    @roles_required(Role.COACH)
    @blp.arguments(CandidateWriteSchema)
    @blp.response(201, CandidateSchema)
    def post(self, data: dict[str, Any]) -> Candidate:
        """Record a candidate followed by your operator (consent date and scope required)."""
        return candidate_ops.create_candidate(current_actor(), data)


@blp.route("/<int:candidate_id>")
class CandidateById(MethodView):
    @roles_required(Role.COACH)
    @blp.response(200, CandidateSchema)
    def get(self, candidate_id: int) -> Candidate:
        return candidate_ops.read_candidate(current_actor(), candidate_id, "api")

    @roles_required(Role.COACH)
    @blp.arguments(CandidatePatchSchema)
    @blp.response(200, CandidateSchema)
    def patch(self, data: dict[str, Any], candidate_id: int) -> Candidate:
        return candidate_ops.update_candidate(current_actor(), candidate_id, data, "api")

    @roles_required(Role.COACH)
    @blp.response(204)
    def delete(self, candidate_id: int) -> None:
        """Erase the record (right to erasure)."""
        candidate_ops.delete_candidate(current_actor(), candidate_id, "api")


@blp.route("/<int:candidate_id>/access-log")
class CandidateAccessLog(MethodView):
    @roles_required(Role.COACH)
    @blp.response(200, AccessLogSchema(many=True))
    @blp.paginate(SqlPage)
    def get(self, candidate_id: int) -> Any:
        """Who read this record, when and through what (newest first)."""
        return candidate_ops.access_log_query(current_actor(), candidate_id)
