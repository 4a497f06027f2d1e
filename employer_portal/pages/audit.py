"""The employer's audit page: paste or edit a vacancy (and optionally its post analysis), submit it, and read the
ad with each flagged span highlighted, beside it the explanation, evidence and suggested rewrite, with accept /
dismiss buttons; the rewritten ad, the exclusion sentence (aggregates) and the aids that could apply.

Highlighting is computed on the ORIGINAL text with the findings' offsets and rendered by Jinja with autoescape:
the ad is cut into plain-text pieces, never into HTML, so hostile text (`<script>`) is displayed, not run.
Forms carry a CSRF token; data is validated with the API's own schemas, so page and API agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import login_required
from marshmallow import ValidationError

from employer_portal.api.schemas import PostAnalysisSchema, VacancyWriteSchema
from employer_portal.errors import flatten_errors
from employer_portal.extensions import db
from employer_portal.models import AuditRunStatus, Finding, Role, User, Vacancy
from employer_portal.pages._access import own_vacancy, require_role
from employer_portal.pages._forms import (
    CsrfOnlyForm,
    flash_or_404,
    form_number,
    int_or_float,
    render_vacancy_form,
    vacancy_payload,
    vacancy_values,
)
from employer_portal.services import audit_ops, incentive_ops, shortlist_ops
from employer_portal.services import vacancies as vacancy_ops
from employer_portal.services.errors import ServiceError

bp = Blueprint("audit", __name__)

SEVERITY_LABELS = {"critical": "Critique", "warning": "À revoir", "info": "À savoir"}
CODE_LABELS = {
    "diploma_above_norm": "Diplôme au-dessus du besoin réel",
    "experience_above_norm": "Expérience au-dessus du besoin réel",
    "requirement_not_in_post_analysis": "Exigence absente de votre analyse de poste",
    "licence_not_needed": "Permis non nécessaire",
    "language_not_needed": "Langue non utilisée dans le poste",
    "native_language_required": "« Langue maternelle » exigée",
    "certificate_trainable_on_job": "Certificat qui s'acquiert en formation courte",
    "too_many_hard_requirements": "Trop d'exigences impératives",
    "contradictory_requirements": "Exigences contradictoires",
    "protected_criterion": "Critère protégé par la loi",
    "gendered_title_without_hfx": "Intitulé genré sans (H/F/X)",
    "wage_below_minimum": "Salaire sous le minimum légal",
    "part_time_below_legal_minimum": "Temps partiel sous le minimum légal",
    "trial_period_clause": "Clause d'essai (nulle depuis 2014)",
    "fixed_term_chain": "Succession de CDD",
    "schedule_nights": "Horaires de nuit (garde d'enfants)",
    "schedule_weekends": "Travail le week-end (garde d'enfants)",
    "schedule_split_shifts": "Horaires coupés (garde d'enfants)",
    "schedule_early_mornings": "Début très matinal (garde d'enfants)",
}


def code_label(code: str) -> str:
    """Short French title of a finding code; a code added to the library later falls back to its description."""
    if code in CODE_LABELS:
        return CODE_LABELS[code]
    from audits.auditing import finding_codes

    return finding_codes().get(code, code)


FIELD_LABELS = {"title": "Intitulé", "description": "Description"}


# --- highlighting ------------------------------------------------------------------------------------------


@dataclass
class Piece:
    """A run of the original text; `findings` are the ids of the findings covering it (empty: plain text)."""

    text: str
    findings: list[int] = field(default_factory=list)
    anchor: str | None = None  # id of the <mark> that starts a finding (only its first piece carries it)
    severity: str | None = None
    decided: bool = False  # every finding covering it was accepted or dismissed (drawn fainter)


SEVERITY_ORDER = {"info": 0, "warning": 1, "critical": 2}


def highlight(text: str, findings: list[Finding], field_name: str) -> tuple[list[Piece], list[int]]:
    """Cut `text` at every span boundary of the findings on `field_name`. Returns (pieces, stale finding ids).

    A finding whose stored text no longer sits at its offsets (the vacancy was edited since) is not highlighted:
    it is reported as stale rather than marked at the wrong place.
    """
    spans: list[tuple[int, int, Finding]] = []
    stale: list[int] = []
    for f in findings:
        if f.field != field_name or f.start is None or f.end is None:
            continue
        if not (0 <= f.start < f.end <= len(text)) or (f.text is not None and text[f.start : f.end] != f.text):
            stale.append(f.id)
            continue
        spans.append((f.start, f.end, f))
    cuts = sorted({0, len(text), *(s for s, _e, _f in spans), *(e for _s, e, _f in spans)})
    pieces: list[Piece] = []
    anchored: set[int] = set()
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [f for s, e, f in spans if s <= a and b <= e]
        piece = Piece(text[a:b], [f.id for f in covering])
        if covering:
            piece.decided = all(f.status.value != "open" for f in covering)
            piece.severity = max((f.severity for f in covering), key=lambda s: SEVERITY_ORDER.get(s, 0))
            starting = [f.id for s, _e, f in spans if s == a and f.id not in anchored]
            if starting:
                piece.anchor = f"surligne-{starting[0]}"
                anchored.update(starting)
        pieces.append(piece)
    return pieces, stale


# --- forms -------------------------------------------------------------------------------------------------

_CEFR = re.compile(r"^(A1|A2|B1|B2|C1|C2)$", re.IGNORECASE)


def _lines(raw: str | None) -> list[str]:
    return [line.strip() for line in (raw or "").replace("\r\n", "\n").split("\n") if line.strip()]


def _items(raw: str | None) -> list[str]:
    return [item.strip() for item in re.split(r"[,;\n]", raw or "") if item.strip()]


def post_analysis_payload(form: Any) -> dict[str, Any] | None:
    """Browser fields -> the API's post-analysis JSON; None when the employer left the whole section empty."""
    languages = []
    for line in _lines(form.get("pa_languages")):
        words = line.split()
        use: dict[str, Any] = {"language": words[0].lower()}
        rest = words[1:]
        if rest and _CEFR.match(rest[0]):
            use["cefr"] = rest[0].upper()
            rest = rest[1:]
        if rest:
            use["with_whom"] = " ".join(rest)
        languages.append(use)

    payload: dict[str, Any] = {
        "tasks": [{"name": name} for name in _lines(form.get("pa_tasks"))],
        "languages_used": languages,
        "required_certificates": _items(form.get("pa_certificates")),
        "required_licences": [c.upper() for c in _items(form.get("pa_licences"))],
        "tools": _items(form.get("pa_tools")),
        "time_to_proficiency_weeks": form_number(form, "pa_weeks", int_or_float),
        "tutoring_available": form.get("pa_tutoring") == "on",
        "min_eqf_level": form_number(form, "pa_min_eqf", int_or_float),
        "min_experience_years": form_number(form, "pa_min_experience", int_or_float),
    }
    if not any(v for v in payload.values()):
        return None
    return payload


def _pa_values(vacancy: Vacancy | None) -> dict[str, Any]:
    pa = vacancy.post_analysis if vacancy else None
    if pa is None:
        return {}
    return {
        "pa_tasks": "\n".join(t.get("name", "") for t in pa.tasks),
        "pa_languages": "\n".join(
            " ".join(x for x in (u.get("language"), u.get("cefr"), u.get("with_whom")) if x) for u in pa.languages_used
        ),
        "pa_certificates": ", ".join(pa.required_certificates),
        "pa_licences": ", ".join(pa.required_licences),
        "pa_tools": ", ".join(pa.tools),
        "pa_weeks": pa.time_to_proficiency_weeks,
        "pa_tutoring": pa.tutoring_available,
        "pa_min_eqf": pa.min_eqf_level,
        "pa_min_experience": pa.min_experience_years,
    }


def _vacancy_values(vacancy: Vacancy) -> dict[str, Any]:
    return {**vacancy_values(vacancy), **_pa_values(vacancy)}


def _save_and_submit(actor: User, vacancy: Vacancy | None, form: Any) -> tuple[Vacancy | None, dict[str, list[str]]]:
    """Validate both parts first (nothing written on any error), then save, then submit for audit."""
    errors: dict[str, list[str]] = {}
    data: dict[str, Any] = {}
    analysis: dict[str, Any] | None = None
    try:
        data = VacancyWriteSchema().load(vacancy_payload(form))
    except ValidationError as exc:
        errors.update(flatten_errors(exc.messages))
    raw_analysis = post_analysis_payload(form)
    if raw_analysis is not None:
        try:
            analysis = PostAnalysisSchema().load(raw_analysis)
        except ValidationError as exc:
            errors.update({f"analyse.{k}": v for k, v in flatten_errors(exc.messages).items()})
    if errors:
        return None, errors
    try:
        if vacancy is None:
            vacancy = vacancy_ops.create_vacancy(actor, data)
        else:
            vacancy = vacancy_ops.update_vacancy(actor, vacancy.id, data)
        if analysis is not None or vacancy.post_analysis is not None:
            vacancy_ops.put_post_analysis(actor, vacancy.id, analysis or {})
        audit_ops.request_audit(actor, vacancy.id)
    except ServiceError as exc:
        db.session.rollback()
        return None, {"_body": [exc.detail]}
    return vacancy, {}


# --- views -------------------------------------------------------------------------------------------------


def _audit_form(actor: User, vacancy: Vacancy | None) -> Any:
    """The audit form of a new ad (`vacancy` None) or of an existing one: on a valid POST, saved and audited."""
    form = CsrfOnlyForm()
    values = _vacancy_values(vacancy) if vacancy is not None else {"posts": 1, "schedule": {}}
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        if not form.validate_on_submit():
            abort(400)
        values = {**vacancy_payload(request.form), **{k: v for k, v in request.form.items() if k.startswith("pa_")}}
        saved, errors = _save_and_submit(actor, vacancy, request.form)
        if saved is not None:
            return redirect(url_for("audit.show", vacancy_id=saved.id))
    return render_vacancy_form("audit_form.html", form, values, errors, vacancy)


@bp.route("/audit/nouvelle", methods=["GET", "POST"])
@login_required
def paste() -> Any:
    """Paste an ad (and optionally the post analysis): saved, submitted, audited."""
    return _audit_form(require_role(Role.EMPLOYER_USER), None)


@bp.route("/offres/<int:vacancy_id>/audit/modifier", methods=["GET", "POST"])
@login_required
def edit(vacancy_id: int) -> Any:
    """Edit the ad and its post analysis, then re-audit (an audited vacancy goes back to submitted -> audited)."""
    actor = require_role(Role.EMPLOYER_USER)
    return _audit_form(actor, own_vacancy(actor, vacancy_id))


@bp.get("/offres/<int:vacancy_id>/audit")
@login_required
def show(vacancy_id: int) -> Any:
    actor = require_role(Role.EMPLOYER_USER)
    vacancy = own_vacancy(actor, vacancy_id)
    run = audit_ops.latest_run(vacancy.id)
    done = run is not None and run.status is AuditRunStatus.DONE
    findings = list(run.findings) if done and run is not None else []
    title_pieces, stale_title = highlight(vacancy.title, findings, "title")
    description_pieces, stale_description = highlight(vacancy.description, findings, "description")
    rewritten = audit_ops.rewritten(vacancy, run) if done else None
    exclusion = shortlist_ops.exclusion_view(actor, vacancy_id) if done else None
    aids = incentive_ops.vacancy_aids(vacancy)
    return render_template(
        "audit.html",
        vacancy=vacancy,
        run=run,
        done=done,
        findings=findings,
        title_pieces=title_pieces,
        description_pieces=description_pieces,
        stale=set(stale_title) | set(stale_description),
        rewritten=rewritten,
        exclusion=exclusion,
        aids=aids,
        report=(run.report or {}) if run is not None else {},
        form=CsrfOnlyForm(),
        SEVERITY_LABELS=SEVERITY_LABELS,
        code_label=code_label,
        FIELD_LABELS=FIELD_LABELS,
    )


@bp.post("/offres/<int:vacancy_id>/audit/constats/<int:finding_id>")
@login_required
def decide(vacancy_id: int, finding_id: int) -> Any:
    actor = require_role(Role.EMPLOYER_USER)
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    decision = request.form.get("decision", "")
    try:
        audit_ops.decide_finding(actor, finding_id, decision, request.form.get("reason"), vacancy_id=vacancy_id)
    except ServiceError as exc:
        flash_or_404(exc)
        return redirect(url_for("audit.show", vacancy_id=vacancy_id, _anchor=f"constat-{finding_id}"))
    label = "acceptée : la réécriture est appliquée ci-dessous" if decision == "accepted" else "écartée"
    flash(f"Suggestion {label}.", "info")
    return redirect(url_for("audit.show", vacancy_id=vacancy_id, _anchor=f"constat-{finding_id}"))


@bp.post("/offres/<int:vacancy_id>/audit/relancer")
@login_required
def rerun(vacancy_id: int) -> Any:
    actor = require_role(Role.EMPLOYER_USER)
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    try:
        audit_ops.request_audit(actor, vacancy_id)
    except ServiceError as exc:
        flash_or_404(exc)
    return redirect(url_for("audit.show", vacancy_id=vacancy_id))


@bp.post("/offres/<int:vacancy_id>/audit/appliquer")
@login_required
def apply_rewrite(vacancy_id: int) -> Any:
    """Replace the ad by its rewritten version and re-audit it (the new text gets its own audit)."""
    actor = require_role(Role.EMPLOYER_USER)
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    vacancy = own_vacancy(actor, vacancy_id)
    rewritten = audit_ops.rewritten(vacancy, audit_ops.latest_run(vacancy.id))
    if not rewritten["applied"]:
        flash("Acceptez d'abord au moins une suggestion.", "error")
        return redirect(url_for("audit.show", vacancy_id=vacancy_id))
    try:
        vacancy_ops.update_vacancy(actor, vacancy_id, {"title": rewritten["title"], "description": rewritten["description"]})
        audit_ops.request_audit(actor, vacancy_id)
    except ServiceError as exc:
        flash_or_404(exc)
    else:
        flash("L'offre réécrite remplace l'ancienne et a été ré-auditée.", "info")
    return redirect(url_for("audit.show", vacancy_id=vacancy_id))

