"""The employer's facts that the hiring aids depend on: employer kind and headcount (FTE).

They are the employer's own facts: the employer's users change them here for their own organisation (another
employer's page is 404 for them, as if it did not exist) and the platform admins for any employer; other roles
get 403. Who may is decided by the service (`organizations.employer_for_facts`), as for the API
(`PATCH /api/v1/me/organization` for employers, `PATCH /api/v1/organizations/{id}` for admins). The form is
validated by the API's own schema (`EmployerFactsUpdateSchema`) and saved by `organizations.update_employer_facts`:
page and API cannot disagree.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import login_required
from marshmallow import ValidationError

from employer_portal.api.schemas import EmployerFactsUpdateSchema
from employer_portal.errors import flatten_errors
from employer_portal.models import Organization, Role, User
from employer_portal.models.organizations import EmployerKind
from employer_portal.pages._access import require_role
from employer_portal.pages._forms import CsrfOnlyForm, form_number
from employer_portal.services import organizations as org_ops
from employer_portal.services.errors import ServiceError
from matching.incentives.case import ENUM_LABELS_FR

bp = Blueprint("employer_profile", __name__)

# The incentives engine's own French names of the employer kinds ("Employeur non marchand (ASBL)"...).
EMPLOYER_KIND_LABELS = {
    kind.value: ENUM_LABELS_FR["kind"][kind.value][:1].upper() + ENUM_LABELS_FR["kind"][kind.value][1:]
    for kind in EmployerKind
}
FIELD_LABELS = {"employer_kind": "Type d'employeur", "employees_fte": "Effectif (équivalents temps plein)"}


def employer_facts_values(org: Organization) -> dict[str, Any]:
    """The form's values for `org`: kind code (or None) and headcount as French text ("118,5"; None if unknown)."""
    fte = org.employees_fte
    return {
        "employer_kind": org.employer_kind.value if org.employer_kind else None,
        "employees_fte": f"{fte:g}".replace(".", ",") if fte is not None else None,
    }


def _employer(actor: User, organization_id: int) -> Organization:
    """The employer whose facts `actor` may change: 404 when missing, not an employer or another employer's."""
    try:
        return org_ops.employer_for_facts(actor, organization_id)
    except ServiceError as exc:
        abort(exc.status)


@bp.route("/organisations/<int:organization_id>/employeur", methods=["GET", "POST"])
@login_required
def edit(organization_id: int) -> Any:
    actor = require_role(Role.ADMIN, Role.EMPLOYER_USER)
    org = _employer(actor, organization_id)
    form = CsrfOnlyForm()
    values = employer_facts_values(org)
    errors: dict[str, list[str]] = {}
    if request.method == "POST":
        if not form.validate_on_submit():
            abort(400)
        values = {"employer_kind": request.form.get("employer_kind"), "employees_fte": request.form.get("employees_fte")}
        payload = {
            "employer_kind": values["employer_kind"] or None,  # "" = unknown
            "employees_fte": form_number(request.form, "employees_fte"),
        }
        try:
            org_ops.update_employer_facts(actor, org.id, EmployerFactsUpdateSchema().load(payload))
        except ValidationError as exc:
            errors = flatten_errors(exc.messages)
            if "employer_kind" in errors:  # the schema lists codes; the user chose from French names
                errors["employer_kind"] = [f"Type d'employeur inconnu (« {values['employer_kind']} ») : "
                                           "choisissez-en un dans la liste."]
        except ServiceError as exc:  # the service has rolled back
            errors = flatten_errors(exc.errors) if exc.errors else {"_body": [exc.detail]}
        else:
            flash(f"Type d'employeur et effectif de « {org.name} » enregistrés.", "info")
            return redirect(url_for("employer_profile.edit", organization_id=org.id))
    html = render_template(
        "employer_profile.html", form=form, org=org, values=values, errors=errors,
        EMPLOYER_KIND_LABELS=EMPLOYER_KIND_LABELS, FIELD_LABELS=FIELD_LABELS,
    )
    return html, (422 if errors else 200)
