"""Operations endpoints: `/healthz` (the process answers) and `/readyz` (database and broker reachable)."""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text

from employer_portal.errors import problem_response
from employer_portal.extensions import db

bp = Blueprint("ops", __name__)
log = logging.getLogger(__name__)


@bp.get("/healthz")
def healthz() -> Any:
    return jsonify(status="ok")


def _check_database() -> str | None:
    try:
        db.session.execute(text("SELECT 1"))
        db.session.rollback()
    except Exception as exc:  # any driver error means "not ready"
        log.warning("readiness: database unreachable", extra={"error": repr(exc)})
        db.session.rollback()
        return "base de données injoignable"
    return _check_schema()


def _expected_heads() -> set[str]:
    heads = current_app.extensions.get("poste_juste_migration_heads")
    if heads is None:
        from alembic.script import ScriptDirectory

        config = current_app.extensions["migrate"].migrate.get_config()
        heads = set(ScriptDirectory.from_config(config).get_heads())
        current_app.extensions["poste_juste_migration_heads"] = heads
    return set(heads)


def _check_schema() -> str | None:
    """A database behind the code's migrations would answer 500s: not ready until `make migrate`."""
    try:
        current = {row[0] for row in db.session.execute(text("SELECT version_num FROM alembic_version"))}
    except Exception:
        db.session.rollback()
        current = set()
    db.session.rollback()
    if current != _expected_heads():
        log.warning("readiness: schema not at head", extra={"current": sorted(current)})
        return "schéma de base de données pas à jour (lancez « make migrate »)"
    return None


def _check_broker() -> str | None:
    url = current_app.config.get("REDIS_URL")
    if not url:
        return None  # embedded mode: tasks run in-process, there is no broker to wait for
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        client.ping()
        client.close()
    except Exception as exc:
        log.warning("readiness: broker unreachable", extra={"error": repr(exc)})
        return "courtier Redis injoignable"
    return None


@bp.get("/readyz")
def readyz() -> Any:
    problems = [p for p in (_check_database(), _check_broker()) if p]
    if problems:
        return problem_response(503, "Pas prêt : " + " ; ".join(problems) + ".")
    return jsonify(
        status="ready",
        database="ok",
        broker="ok" if current_app.config.get("REDIS_URL") else "in-process (pas de REDIS_URL)",
    )
