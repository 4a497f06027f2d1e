"""Federations' page of the credentials gap by sector: aggregates of the audits (never one employer's data)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required

from employer_portal.models import Role, User
from employer_portal.pages.audit import code_label
from employer_portal.services import audit_ops

bp = Blueprint("audit_sectors", __name__)


@bp.get("/secteurs/audits")
@login_required
def index() -> Any:
    actor: User = current_user
    if actor.role not in (Role.FEDERATION_ANALYST, Role.ADMIN):
        abort(403)
    stats = audit_ops.sector_audit_stats(actor)
    return render_template("audit_sectors.html", stats=stats, code_label=code_label)
