"""Shortlist pages: the coach's lists (own operator's people, in full, with a "propose" button) and the employer's
view of a vacancy's list (pseudonyms; details once proposed with consent). Same services as the API, so the same
rules and the same access log (channel "page")."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_login import login_required
from sqlalchemy import select

from employer_portal.extensions import db
from employer_portal.models import Role, Shortlist, Vacancy
from employer_portal.pages._access import require_role
from employer_portal.pages._forms import CsrfOnlyForm, flash_or_404
from employer_portal.services import shortlist_ops
from employer_portal.services.errors import ServiceError
from employer_portal.services.incentive_ops import FIELD_LABELS_FR

bp = Blueprint("audit_shortlists", __name__)

BRIDGE_KINDS = {
    "tutoring": "Tutorat en entreprise",
    "pfi": "PFI",
    "alternance": "Alternance",
    "short_training": "Formation courte",
    "language_course": "Cours de langue",
}
AID_STATUS = {"eligible": "Éligible", "unknown": "À vérifier", "not_eligible": "Non éligible"}


@bp.get("/listes")
@login_required
def index() -> Any:
    """The coach's shortlists: the vacancies for which their operator's people were ranked."""
    actor = require_role(Role.COACH)
    rows = db.session.execute(
        select(Shortlist, Vacancy)
        .join(Vacancy, Vacancy.id == Shortlist.vacancy_id)
        .where(Shortlist.operator_id == actor.organization_id)
        .order_by(Shortlist.created_at.desc())
    ).all()
    return render_template("shortlist_list.html", rows=rows)


@bp.get("/offres/<int:vacancy_id>/liste")
@login_required
def show(vacancy_id: int) -> Any:
    actor = require_role(Role.COACH, Role.EMPLOYER_USER)
    try:
        view = shortlist_ops.shortlist_view(actor, vacancy_id, "page")
    except ServiceError as exc:
        db.session.rollback()
        abort(exc.status)
    vacancy = db.session.get(Vacancy, vacancy_id)
    return render_template(
        "shortlist.html", view=view, vacancy=vacancy, form=CsrfOnlyForm(), coach=actor.role is Role.COACH,
        BRIDGE_KINDS=BRIDGE_KINDS, AID_STATUS=AID_STATUS, FIELD_LABELS=FIELD_LABELS_FR,
    )


@bp.post("/listes/entrees/<int:entry_id>/proposer")
@login_required
def propose(entry_id: int) -> Any:
    actor = require_role(Role.COACH)
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    try:
        entry = shortlist_ops.propose_entry(actor, entry_id, "page")
    except ServiceError as exc:
        flash_or_404(exc)
        return redirect(url_for("audit_shortlists.index"))
    flash(f"{entry.pseudonym} est proposé·e à l'employeur.", "info")
    return redirect(url_for("audit_shortlists.show", vacancy_id=entry.shortlist.vacancy_id, _anchor=f"entree-{entry.id}"))
