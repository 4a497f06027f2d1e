"""Shortlists (coach: own operator's candidates in full; employer: pseudonyms until proposal + consent) and the
counterfactual exclusion figures of a vacancy (aggregates only). Every read of entries is access-logged."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import fields

from employer_portal.api.fields import StrictSchema
from employer_portal.auth.api_auth import current_actor, roles_required
from employer_portal.models import Role, ShortlistEntry
from employer_portal.services import shortlist_ops

blp = Blueprint("api_shortlists", __name__, url_prefix="/api/v1", description="Listes de candidats")


class ShortlistEntryViewSchema(StrictSchema):
    id = fields.Integer()
    rank = fields.Integer()
    score = fields.Float(metadata={"description": "fit 0..1 against the REAL requirements"})
    pseudonym = fields.String()
    operator = fields.String(allow_none=True)
    excluded_by_stated = fields.Boolean(metadata={"description": "the ad as written would have excluded them"})
    proposed = fields.Boolean()
    consent_confirmed = fields.Boolean()
    disclosed = fields.Boolean(metadata={"description": "details visible to this reader"})
    # Coach only:
    candidate_id = fields.Integer()
    operator_reference = fields.String()
    # Coach, or employer once proposed with consent:
    summary = fields.String(allow_none=True)
    commute_minutes = fields.Integer(allow_none=True)
    components = fields.List(fields.Dict())
    stated_exclusion_reasons = fields.List(fields.String())
    gaps = fields.List(fields.Dict())
    bridges = fields.List(fields.Dict())
    incentives = fields.List(fields.Dict())


class VacancyShortlistSchema(StrictSchema):
    vacancy_id = fields.Integer()
    computed = fields.Boolean()
    shortlists = fields.List(fields.Dict(), metadata={"description": "per ISP operator: pool figures, explanation"})
    entries = fields.List(fields.Nested(ShortlistEntryViewSchema))


class ProposedSchema(StrictSchema):
    id = fields.Integer()
    pseudonym = fields.String()
    proposed = fields.Boolean()
    consent_confirmed = fields.Boolean()


class RequirementCostSchema(StrictSchema):
    requirement = fields.String()
    kinds = fields.List(fields.String())
    also_real = fields.Boolean()
    excluded = fields.Integer()
    share_of_capable = fields.Float()
    only_this = fields.Integer()


class ExclusionSchema(StrictSchema):
    """`matching.exclusion.ExclusionReport.for_employer()`: below the disclosure floor, only the sentence."""

    available = fields.Boolean(metadata={"description": "false: no figures (no audit yet, no workplace...)"})
    sentence = fields.String()
    field = fields.String(metadata={"description": "when unavailable: the vacancy field that is missing"})
    disclosable = fields.Boolean()
    radius_minutes = fields.Integer()
    job_id = fields.String()
    workplace_postal_code = fields.String()
    municipality = fields.String()
    local_pool = fields.Integer()
    excluded_by_stated = fields.Integer()
    excluded_by_real = fields.Integer()
    excluded_by_real_with_bridges = fields.Integer()
    capable = fields.Integer()
    capable_without_bridges = fields.Integer()
    capable_excluded_by_stated = fields.Integer()
    capable_without_bridges_excluded_by_stated = fields.Integer()
    share_excluded_by_stated = fields.Float()
    share_excluded_by_real = fields.Float()
    share_excluded_by_real_with_bridges = fields.Float()
    share_of_capable_excluded_by_stated = fields.Float()
    costs = fields.List(fields.Nested(RequirementCostSchema))


@blp.route("/vacancies/<int:vacancy_id>/shortlist")
class VacancyShortlist(MethodView):
    @roles_required(Role.COACH, Role.EMPLOYER_USER)
    @blp.response(200, VacancyShortlistSchema)
    def get(self, vacancy_id: int) -> dict[str, Any]:
        """Coach: your operator's candidates who can do the real job. Employer: pseudonymous entries (details
        once the coach proposed the person with their consent)."""
        return shortlist_ops.shortlist_view(current_actor(), vacancy_id, "api")


@blp.route("/shortlist-entries/<int:entry_id>/propose")
class ProposeEntry(MethodView):
    @roles_required(Role.COACH)
    @blp.response(200, ProposedSchema)
    def post(self, entry_id: int) -> ShortlistEntry:
        """Propose the person to the employer (their consent must cover it: scope « shortlist »)."""
        return shortlist_ops.propose_entry(current_actor(), entry_id, "api")


@blp.route("/vacancies/<int:vacancy_id>/exclusion")
class VacancyExclusion(MethodView):
    @roles_required(Role.EMPLOYER_USER, Role.ADMIN)
    @blp.response(200, ExclusionSchema)
    def get(self, vacancy_id: int) -> dict[str, Any]:
        """How many capable job seekers nearby the ad as written excludes (aggregates only)."""
        return shortlist_ops.exclusion_view(current_actor(), vacancy_id)
