"""Vacancy audits: latest run with its findings, re-audit, decisions on findings, the rewritten ad, and the
federations' sector aggregates of audits (credentials gap)."""

from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import Blueprint
from marshmallow import fields

from employer_portal.api.fields import SafeString, StrictSchema, one_of
from employer_portal.auth.api_auth import current_actor, roles_required
from employer_portal.models import Finding, Role
from employer_portal.services import audit_ops

blp = Blueprint("api_audits", __name__, url_prefix="/api/v1", description="Audits des offres")

READERS = (Role.ADMIN, Role.EMPLOYER_USER)


class FindingSchema(StrictSchema):
    id = fields.Integer()
    code = fields.String()
    severity = fields.String()
    evidence = fields.String()
    explanation = fields.String()
    suggestion = fields.String(allow_none=True)
    legal_reference = fields.String(allow_none=True)
    field = fields.String(allow_none=True)
    start = fields.Integer(allow_none=True)
    end = fields.Integer(allow_none=True)
    text = fields.String(allow_none=True)
    code_version = fields.String(allow_none=True)
    reference_version = fields.String(allow_none=True)
    status = fields.Function(lambda f: f.status.value)
    decision_reason = fields.String(allow_none=True)
    decided_at = fields.DateTime(allow_none=True)


class AuditRunSchema(StrictSchema):
    id = fields.Integer()
    status = fields.String(metadata={"description": "queued | running | done | failed"})
    score = fields.Float(allow_none=True, metadata={"description": "accessibility 0..100"})
    code_version = fields.String(allow_none=True)
    reference_version = fields.String(allow_none=True)
    occupation = fields.Dict(allow_none=True)
    requirements = fields.List(fields.Dict(), metadata={"description": "as stated in the ad"})
    real_requirements = fields.List(fields.Dict(), metadata={"description": "de-inflated: what the matcher uses"})
    warnings = fields.List(fields.String())
    realized_norm_vacancies = fields.Integer(
        metadata={"description": "comparable audited vacancies used as realized norm (0 = not enough yet)"}
    )
    error = fields.String(allow_none=True)
    created_at = fields.DateTime()
    finished_at = fields.DateTime(allow_none=True)
    findings = fields.List(fields.Nested(FindingSchema))


class VacancyAuditSchema(StrictSchema):
    vacancy_id = fields.Integer()
    vacancy_status = fields.String()
    run = fields.Nested(AuditRunSchema, allow_none=True, metadata={"description": "latest run; null = none yet"})


class DecisionSchema(StrictSchema):
    decision = one_of(["accepted", "dismissed"], required=True)
    reason = SafeString(max_length=1000, multiline=True, allow_none=True)


class RewrittenSchema(StrictSchema):
    title = fields.String()
    description = fields.String()
    accepted = fields.List(fields.Integer(), metadata={"description": "ids of the accepted findings applied"})
    applied = fields.Boolean()
    run_id = fields.Integer(allow_none=True)


class SectorCodeSchema(StrictSchema):
    code = fields.String()
    vacancies = fields.Integer()
    share_of_vacancies = fields.Float()
    accepted = fields.Integer()
    dismissed = fields.Integer()


class SectorAuditSchema(StrictSchema):
    sector = fields.String()
    audited_vacancies = fields.Integer(allow_none=True, metadata={"description": "null = withheld"})
    employers = fields.Integer(allow_none=True)
    share_above_norm = fields.Float(allow_none=True)
    by_code = fields.List(fields.Nested(SectorCodeSchema), allow_none=True)


class SectorAuditsSchema(StrictSchema):
    min_employers = fields.Integer()
    sectors = fields.List(fields.Nested(SectorAuditSchema))


def _audit_payload(vacancy_id: int) -> dict[str, Any]:
    vacancy, run = audit_ops.audit_view(current_actor(), vacancy_id)
    return {"vacancy_id": vacancy.id, "vacancy_status": vacancy.status.value, "run": audit_ops.run_summary(run)}


@blp.route("/vacancies/<int:vacancy_id>/audit")
class VacancyAudit(MethodView):
    @roles_required(*READERS)
    @blp.response(200, VacancyAuditSchema)
    def get(self, vacancy_id: int) -> dict[str, Any]:
        """The latest audit run of the vacancy with its findings (run null: never audited)."""
        return _audit_payload(vacancy_id)

    @roles_required(Role.EMPLOYER_USER)
    @blp.response(202, VacancyAuditSchema)
    def post(self, vacancy_id: int) -> dict[str, Any]:
        """(Re-)audit the vacancy's current content: status back to submitted, audit enqueued after commit.

        Idempotent: the same content with the same code and reference versions yields no new run.
        """
        audit_ops.request_audit(current_actor(), vacancy_id)
        return _audit_payload(vacancy_id)


@blp.route("/findings/<int:finding_id>/decision")
class FindingDecision(MethodView):
    @roles_required(Role.EMPLOYER_USER)
    @blp.arguments(DecisionSchema)
    @blp.response(200, FindingSchema)
    def post(self, data: dict[str, Any], finding_id: int) -> Finding:
        """Accept or dismiss a finding of the latest audit; dismissing needs a reason (sector statistics)."""
        return audit_ops.decide_finding(current_actor(), finding_id, data["decision"], data.get("reason"))


@blp.route("/vacancies/<int:vacancy_id>/rewritten")
class RewrittenAd(MethodView):
    @roles_required(*READERS)
    @blp.response(200, RewrittenSchema)
    def get(self, vacancy_id: int) -> dict[str, Any]:
        """The ad rewritten from the suggestions of the accepted findings."""
        vacancy, run = audit_ops.audit_view(current_actor(), vacancy_id)
        return audit_ops.rewritten(vacancy, run)


@blp.route("/federation/sector-audits")
class SectorAudits(MethodView):
    @roles_required(Role.FEDERATION_ANALYST, Role.ADMIN)
    @blp.response(200, SectorAuditsSchema)
    def get(self) -> dict[str, Any]:
        """Credentials gap by sector: share of audited vacancies asking above the norm (aggregates only)."""
        return audit_ops.sector_audit_stats(current_actor())
