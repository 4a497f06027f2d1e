"""Aggregates for federations and observatories (never one employer's data)."""

from __future__ import annotations

from typing import Any

from flask import current_app
from flask.views import MethodView
from flask_smorest import Blueprint

from employer_portal.api.schemas import SectorStatsSchema
from employer_portal.auth.api_auth import current_actor, roles_required
from employer_portal.models import Role
from employer_portal.services import stats as stats_ops

blp = Blueprint("api_stats", __name__, url_prefix="/api/v1/stats", description="Agrégats sectoriels")


@blp.route("/vacancies-by-sector")
class VacanciesBySector(MethodView):
    @roles_required(Role.FEDERATION_ANALYST, Role.ADMIN)
    @blp.response(200, SectorStatsSchema)
    def get(self) -> dict[str, Any]:
        """Vacancy counts by sector and status; cells with too few employers are withheld (null)."""
        return {
            "min_employers": current_app.config["FEDERATION_MIN_EMPLOYERS"],
            "cells": stats_ops.vacancy_counts_by_sector(current_actor()),
        }
