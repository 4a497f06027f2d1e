"""What the pages' forms share.

The employer's two vacancy forms, the dashboard's (save a draft) and the audit form (save, then audit; it adds
the post analysis), validate with the API's own schema: they read the browser's fields into the API's JSON shape
the same way, fill the fields from a vacancy the same way, and answer the same way (422 when the form has errors).
The one-button forms (submit, decide, re-audit, apply the rewrite, propose) answer a refused action the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import abort, flash, render_template
from flask_wtf import FlaskForm

from employer_portal.extensions import db
from employer_portal.models import ContractType, Vacancy
from employer_portal.services import vacancies as vacancy_ops
from employer_portal.services.errors import ServiceError


class CsrfOnlyForm(FlaskForm):  # type: ignore[misc]
    """The fields are rendered by hand; this form carries and checks the CSRF token."""


def int_or_float(raw: str) -> int | float:
    """For fields that take an integer unless a decimal is typed: "3" -> 3, "2.5" -> 2.5."""
    return float(raw) if "." in raw else int(raw)


def form_number(form: Any, name: str, cast: Callable[[str], Any] = float) -> Any:
    """A number typed in a browser field ("12,5" too); None when the field is empty."""
    raw = (form.get(name) or "").strip().replace(",", ".")
    if not raw:
        return None
    try:
        return cast(raw)
    except ValueError:
        return raw  # left as text: the schema answers with a clear type error


def vacancy_payload(form: Any) -> dict[str, Any]:
    """Browser form fields -> the API's vacancy JSON (empty inputs mean "not given")."""
    return {
        "title": form.get("title", ""),
        "description": (form.get("description") or "").replace("\r\n", "\n"),
        "rome_code": (form.get("rome_code") or "").strip().upper() or None,
        "contract_type": form.get("contract_type") or None,
        "duration_months": form_number(form, "duration_months"),
        "weekly_hours": form_number(form, "weekly_hours"),
        "gross_monthly_wage": form_number(form, "gross_monthly_wage"),
        "workplace_postal_code": (form.get("workplace_postal_code") or "").strip() or None,
        "posts": form_number(form, "posts", int) or 1,
        "schedule": {k: form.get(f"schedule_{k}") == "on" for k in vacancy_ops.SCHEDULE_FIELDS},
    }


def vacancy_values(vacancy: Vacancy) -> dict[str, Any]:
    """A stored vacancy -> the values its form fields show (the inverse of `vacancy_payload`)."""
    return {
        "title": vacancy.title,
        "description": vacancy.description,
        "rome_code": vacancy.rome_code,
        "contract_type": vacancy.contract_type.value if vacancy.contract_type else None,
        "duration_months": vacancy.duration_months,
        "weekly_hours": vacancy.weekly_hours,
        "gross_monthly_wage": vacancy.gross_monthly_wage,
        "workplace_postal_code": vacancy.workplace_postal_code,
        "posts": vacancy.posts,
        "schedule": vacancy.schedule_dict(),
    }


def render_vacancy_form(
    template: str, form: CsrfOnlyForm, values: dict[str, Any], errors: dict[str, list[str]], vacancy: Vacancy | None
) -> tuple[str, int]:
    """The form page; 422 when it shows errors (nothing was saved), so that clients and tests can tell."""
    html = render_template(
        template, form=form, values=values, errors=errors, vacancy=vacancy, contract_types=list(ContractType)
    )
    return html, (422 if errors else 200)


def flash_or_404(exc: ServiceError) -> None:
    """A button's action was refused: undo its writes; "not found" ends with 404, any other reason is flashed
    (in French) on the page the caller redirects to."""
    db.session.rollback()
    if exc.status == 404:
        abort(404)
    flash(exc.detail, "error")
