"""Walloon hiring incentives: evaluate one hiring case (`matching.incentives`), law alone or `?policy=assises`."""

from __future__ import annotations

from typing import Any

from flask import request
from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import fields

from employer_portal.api.fields import StrictSchema, one_of
from employer_portal.auth.api_auth import current_actor, roles_required
from employer_portal.models import Role
from employer_portal.services import incentive_ops
from employer_portal.services.errors import InvalidInput

blp = Blueprint("api_incentives", __name__, url_prefix="/api/v1/incentives", description="Aides à l'embauche")


class PolicyQuerySchema(StrictSchema):
    policy = one_of(list(incentive_ops.POLICIES), metadata={"description": "loi (default) or assises"})


class IncentiveResultSchema(StrictSchema):
    hire_date = fields.String()
    policy = fields.String()
    eligible = fields.List(fields.Dict(), metadata={"description": "with schedule and amount_total_eur"})
    not_eligible = fields.List(fields.Dict(), metadata={"description": "with unmet conditions and smallest change"})
    # `unknown` would shadow marshmallow's own Schema.unknown setting: declared under another attribute name.
    unknown_aids = fields.List(fields.Dict(), data_key="unknown", attribute="unknown",
                               metadata={"description": "with the missing fields"})
    cumulation = fields.List(fields.Dict())
    best_combination = fields.Dict(allow_none=True)
    combination_if_uncertain_allowed = fields.Dict(allow_none=True)
    warnings = fields.List(fields.String())


def _case_body_doc() -> dict[str, Any]:
    """The request body is the engine's own contract (validated by the engine, errors naming the field)."""
    from matching.incentives.case import case_schema

    schema = {k: v for k, v in case_schema().items() if not k.startswith("$")}
    return {"required": True, "content": {"application/json": {"schema": schema}}}


@blp.route("/evaluate")
class EvaluateIncentives(MethodView):
    @roles_required(Role.EMPLOYER_USER, Role.COACH, Role.ADMIN)
    @blp.doc(requestBody=_case_body_doc())
    @blp.arguments(PolicyQuerySchema, location="query")
    @blp.response(200, IncentiveResultSchema)
    def post(self, args: dict[str, Any]) -> dict[str, Any]:
        """Evaluate a case per `incentive-case.schema.json` (only `hire_date` is required; absent fields give
        « unknown », never a silent no). Bad input answers 422 naming the field (e.g. `contract.weekly_hours`)."""
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise InvalidInput(
                "Le corps doit être un objet JSON décrivant le cas (au moins « hire_date »).",
                errors={"_body": ["Objet JSON attendu."]},
            )
        return incentive_ops.evaluate_case(current_actor(), body, args.get("policy"))
