"""The dashboard of each role, and the employer's vacancy form.

The vacancy form validates with the API's own schema (`VacancyWriteSchema`): a page and the API can never
disagree on what a valid vacancy is.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from marshmallow import ValidationError
from sqlalchemy import func, select

from employer_portal.api.schemas import VacancyWriteSchema
from employer_portal.errors import flatten_errors
from employer_portal.extensions import db
from employer_portal.models import Organization, OrganizationKind, Role, User, Vacancy, VacancyStatus
from employer_portal.pages._access import own_vacancy, require_role
from employer_portal.pages._forms import (
    CsrfOnlyForm,
    flash_or_404,
    render_vacancy_form,
    vacancy_payload,
    vacancy_values,
)
from employer_portal.pages.employer_profile import EMPLOYER_KIND_LABELS, employer_facts_values
from employer_portal.services import candidates as candidate_ops
from employer_portal.services import organizations as org_ops
from employer_portal.services import stats as stats_ops
from employer_portal.services import vacancies as vacancy_ops
from employer_portal.services.errors import ServiceError

bp = Blueprint("dashboard", __name__)
ADMIN_PAGE_SIZE = 50  # employers per page of the administrator's table

STATUS_LABELS = {
    "draft": "Brouillon",
    "submitted": "Soumise à l'audit",
    "audited": "Auditée",
    "published": "Publiée",
    "closed": "Clôturée",
}
CONTRACT_LABELS = {
    "CDI": "CDI",
    "CDD": "CDD",
    "interim": "Intérim",
    "alternance": "Alternance",
    "PFI": "PFI (Plan Formation-Insertion)",
    "other": "Autre",
}


@bp.app_context_processor
def _labels() -> dict[str, Any]:
    return {"STATUS_LABELS": STATUS_LABELS, "CONTRACT_LABELS": CONTRACT_LABELS}


@bp.get("/")
@login_required
def index() -> Any:
    actor: User = current_user
    if actor.role is Role.EMPLOYER_USER:
        vacancies = list(db.session.scalars(vacancy_ops.vacancies_query(actor)))
        return render_template(
            "dashboard_employer.html", vacancies=vacancies, form=CsrfOnlyForm(),
            facts=employer_facts_values(actor.organization), EMPLOYER_KIND_LABELS=EMPLOYER_KIND_LABELS,
        )
    if actor.role is Role.COACH:
        return render_template("dashboard_coach.html", candidate_count=candidate_ops.count_candidates(actor))
    if actor.role is Role.FEDERATION_ANALYST:
        cells = stats_ops.vacancy_counts_by_sector(actor)
        return render_template(
            "dashboard_federation.html",
            cells=cells,
            statuses=list(VacancyStatus),
            sectors=sorted({c.sector for c in cells}),
            min_employers=current_app.config["FEDERATION_MIN_EMPLOYERS"],
        )
    counts = {
        "organisations": db.session.execute(select(func.count(Organization.id))).scalar_one(),
        "comptes": db.session.execute(select(func.count(User.id))).scalar_one(),
        "offres": db.session.execute(select(func.count(Vacancy.id))).scalar_one(),
    }
    # The employer table is paged: a platform holds thousands of employers, the page shows ADMIN_PAGE_SIZE.
    query = org_ops.organizations_query(actor, OrganizationKind.EMPLOYER)
    total = db.session.execute(select(func.count()).select_from(query.subquery())).scalar_one()
    pages = max(1, -(-total // ADMIN_PAGE_SIZE))
    raw_page = request.args.get("page", "1")
    page = int(raw_page) if raw_page.isdecimal() else 0
    if not 1 <= page <= pages:
        abort(404)  # no such page of the table (also "?page=abc"): the French 404 page
    employers = [
        (org, employer_facts_values(org))
        for org in db.session.scalars(query.limit(ADMIN_PAGE_SIZE).offset((page - 1) * ADMIN_PAGE_SIZE))
    ]
    return render_template(
        "dashboard_admin.html", counts=counts, employers=employers, EMPLOYER_KIND_LABELS=EMPLOYER_KIND_LABELS,
        page=page, pages=pages, employer_total=total,
    )


def _vacancy_form(actor: User, vacancy: Vacancy | None) -> Any:
    """The draft form of a new vacancy (`vacancy` None) or of an existing one: on a valid POST, saved."""
    form = CsrfOnlyForm()
    errors: dict[str, list[str]] = {}
    values = vacancy_values(vacancy) if vacancy is not None else {"posts": 1, "schedule": {}}
    if request.method == "POST":
        if not form.validate_on_submit():
            abort(400)
        values = vacancy_payload(request.form)
        try:
            data = VacancyWriteSchema().load(values)
            if vacancy is None:
                message = f"Offre « {vacancy_ops.create_vacancy(actor, data).title} » enregistrée en brouillon."
            else:
                vacancy_ops.update_vacancy(actor, vacancy.id, data)
                message = "Offre mise à jour."
        except ValidationError as exc:
            errors = flatten_errors(exc.messages)
        except ServiceError as exc:
            db.session.rollback()
            errors = {"_body": [exc.detail]}
        else:
            flash(message, "info")
            return redirect(url_for("dashboard.index"))
    return render_vacancy_form("vacancy_form.html", form, values, errors, vacancy)


@bp.route("/offres/nouvelle", methods=["GET", "POST"])
@login_required
def new_vacancy() -> Any:
    return _vacancy_form(require_role(Role.EMPLOYER_USER), None)


@bp.route("/offres/<int:vacancy_id>", methods=["GET", "POST"])
@login_required
def edit_vacancy(vacancy_id: int) -> Any:
    actor = require_role(Role.EMPLOYER_USER)
    return _vacancy_form(actor, own_vacancy(actor, vacancy_id))


@bp.post("/offres/<int:vacancy_id>/soumettre")
@login_required
def submit_vacancy(vacancy_id: int) -> Any:
    actor = require_role(Role.EMPLOYER_USER)
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    try:
        vacancy = vacancy_ops.submit_vacancy(actor, vacancy_id)
    except ServiceError as exc:
        flash_or_404(exc)
    else:
        flash(f"Offre « {vacancy.title} » soumise à l'audit.", "info")
    return redirect(url_for("dashboard.index"))
