"""Vacancies (employer accounts of the owning organization; admins read all) and their post analysis."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint

from employer_portal.api import SqlPage
from employer_portal.api.schemas import (
    PostAnalysisSchema,
    VacancyPatchSchema,
    VacancyQuerySchema,
    VacancySchema,
    VacancyWriteSchema,
)
from employer_portal.auth.api_auth import current_actor, roles_required
from employer_portal.models import PostAnalysis, Role, Vacancy, VacancyStatus
from employer_portal.services import vacancies as vacancy_ops

blp = Blueprint("api_vacancies", __name__, url_prefix="/api/v1/vacancies", description="Offres d'emploi")

READERS = (Role.ADMIN, Role.EMPLOYER_USER)


@blp.route("")
class Vacancies(MethodView):
    @roles_required(*READERS)
    @blp.arguments(VacancyQuerySchema, location="query")
    @blp.response(200, VacancySchema(many=True))
    @blp.paginate(SqlPage)
    def get(self, args: dict[str, Any]) -> Any:
        """List the vacancies you may see (newest first); `?status=` and `?q=` filter."""
        status = VacancyStatus(args["status"]) if args.get("status") else None
        return vacancy_ops.vacancies_query(current_actor(), status=status, q=args.get("q"))

    @roles_required(Role.EMPLOYER_USER)
    @blp.arguments(VacancyWriteSchema)
    @blp.response(201, VacancySchema)
    def post(self, data: dict[str, Any]) -> Vacancy:
        """Create a vacancy (status draft) in your organization."""
        return vacancy_ops.create_vacancy(current_actor(), data)


@blp.route("/<int:vacancy_id>")
class VacancyById(MethodView):
    @roles_required(*READERS)
    @blp.response(200, VacancySchema)
    def get(self, vacancy_id: int) -> Vacancy:
        return vacancy_ops.get_vacancy(current_actor(), vacancy_id)

    @roles_required(Role.EMPLOYER_USER)
    @blp.arguments(VacancyPatchSchema)
    @blp.response(200, VacancySchema)
    def patch(self, data: dict[str, Any], vacancy_id: int) -> Vacancy:
        """Edit a vacancy in draft or audited status (an audited one returns to draft)."""
        return vacancy_ops.update_vacancy(current_actor(), vacancy_id, data)

    @roles_required(Role.EMPLOYER_USER)
    @blp.response(204)
    def delete(self, vacancy_id: int) -> None:
        """Delete a draft."""
        vacancy_ops.delete_vacancy(current_actor(), vacancy_id)


@blp.route("/<int:vacancy_id>/submit")
class SubmitVacancy(MethodView):
    @roles_required(Role.EMPLOYER_USER)
    @blp.response(200, VacancySchema)
    def post(self, vacancy_id: int) -> Vacancy:
        """Submit for audit: draft or audited -> submitted (409 otherwise)."""
        return vacancy_ops.submit_vacancy(current_actor(), vacancy_id)


@blp.route("/<int:vacancy_id>/publish")
class PublishVacancy(MethodView):
    @roles_required(Role.EMPLOYER_USER)
    @blp.response(200, VacancySchema)
    def post(self, vacancy_id: int) -> Vacancy:
        """Publish an audited vacancy (409 otherwise)."""
        return vacancy_ops.publish_vacancy(current_actor(), vacancy_id)


@blp.route("/<int:vacancy_id>/close")
class CloseVacancy(MethodView):
    @roles_required(Role.EMPLOYER_USER)
    @blp.response(200, VacancySchema)
    def post(self, vacancy_id: int) -> Vacancy:
        """Close a vacancy (final)."""
        return vacancy_ops.close_vacancy(current_actor(), vacancy_id)


@blp.route("/<int:vacancy_id>/post-analysis")
class PostAnalysisResource(MethodView):
    @roles_required(*READERS)
    @blp.response(200, PostAnalysisSchema)
    def get(self, vacancy_id: int) -> PostAnalysis:
        """The post analysis (404 when none was written yet)."""
        return vacancy_ops.get_post_analysis(current_actor(), vacancy_id)

    @roles_required(Role.EMPLOYER_USER)
    @blp.arguments(PostAnalysisSchema)
    @blp.response(200, PostAnalysisSchema)
    @blp.alt_response(201, schema=PostAnalysisSchema, description="Created")
    def put(self, data: dict[str, Any], vacancy_id: int) -> Any:
        """Create or replace the post analysis (absent fields are reset)."""
        analysis, created = vacancy_ops.put_post_analysis(current_actor(), vacancy_id, data)
        return (analysis, 201) if created else analysis
