"""The audit pipeline with a REAL worker over Redis, on PostgreSQL: API -> audit_vacancy on the worker ->
persisted run and findings -> accept -> rewritten ad -> idempotent re-audit -> edit -> re-audit (decisions carried)
-> compute_shortlist on the worker -> the coach reads the shortlist. (The same flow with in-process tasks is in
tests/portal/test_audit_api.py and tests/portal/test_shortlist_api.py.)"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from typing import Any

from flask import Flask
from sqlalchemy import func, select

from employer_portal.extensions import db
from employer_portal.models import AuditRun, Organization, OrganizationKind, Role
from employer_portal.services import users as user_ops

AD = (
    "Préparateur de commandes (H/F) pour notre entrepôt de Gosselies.\n"
    "Profil : Bac+2 exigé, 5 ans d'expérience minimum, permis B indispensable.\n"
    "Préparer les commandes au scanner, emballer, charger les palettes."
)
# The first task on the worker loads spaCy and the reference (tens of seconds on a busy machine).
TIMEOUT = 240.0


def _account(app: Flask, kind: OrganizationKind, role: Role) -> tuple[int, dict[str, str]]:
    with app.app_context():
        org = Organization(name=f"{kind.value} {secrets.token_hex(3)}", kind=kind, nace_codes=["52.10"])
        db.session.add(org)
        db.session.commit()
        user = user_ops.create_user(
            None,
            {"organization_id": org.id, "email": f"u{secrets.token_hex(4)}@test.example", "role": role.value,
             "password": "long-enough-password"},
        )
        _token, clear = user_ops.issue_token(user, "integration")
        org_id = org.id
        db.session.remove()
        return org_id, {"Authorization": f"Bearer {clear}"}


def _wait(predicate: Callable[[], Any], what: str, timeout: float = TIMEOUT) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    raise AssertionError(f"the worker did not {what} within {timeout} s")


def _runs(app: Flask, vacancy_id: int) -> int:
    with app.app_context():
        n = int(db.session.execute(select(func.count(AuditRun.id)).where(AuditRun.vacancy_id == vacancy_id)).scalar_one())
        db.session.remove()
        return n


def test_audit_pipeline_on_a_real_worker(pg_app: Flask, pg_client: Any, celery_worker: Any) -> None:
    _employer_org, employer = _account(pg_app, OrganizationKind.EMPLOYER, Role.EMPLOYER_USER)
    _operator_org, coach = _account(pg_app, OrganizationKind.ISP_OPERATOR, Role.COACH)
    response = pg_client.post("/api/v1/candidates", headers=coach, json={
        "operator_reference": "INT-1",
        "consent_given_at": "2026-01-10",
        "consent_scope": ["matching", "shortlist"],
        "registration_date": "2024-03-01",
        "education_level": 2,
        "experience": [{"occupation": "Préparation de commandes", "rome_code": "N1103", "years": 2}],
        "languages": [{"language": "fr", "cefr": "C2"}],
        "home_postal_code": "6041",
        "mobility": {"max_km": 20, "modes": ["car"]},
        "availability": {"weekly_hours_max": 38},
    })
    assert response.status_code == 201, response.json
    candidate_id = response.json["id"]

    response = pg_client.post("/api/v1/vacancies", headers=employer, json={
        "title": "Préparateur de commandes (H/F)", "description": AD, "rome_code": "N1103", "contract_type": "CDI",
        "weekly_hours": 38, "gross_monthly_wage": 2400, "workplace_postal_code": "6041",
    })
    assert response.status_code == 201, response.json
    vacancy_id = response.json["id"]
    assert pg_client.post(f"/api/v1/vacancies/{vacancy_id}/submit", headers=employer).status_code == 200

    def audit_done() -> Any:
        body = pg_client.get(f"/api/v1/vacancies/{vacancy_id}/audit", headers=employer).json
        return body if body["run"] and body["run"]["status"] == "done" and body["vacancy_status"] == "audited" else None

    body = _wait(audit_done, "audit the submitted vacancy")
    findings = {f["code"]: f for f in body["run"]["findings"]}
    assert {"diploma_above_norm", "experience_above_norm", "licence_not_needed"} <= set(findings)
    diploma = findings["diploma_above_norm"]
    assert AD[diploma["start"] : diploma["end"]] == "Bac+2"
    first_run = body["run"]["id"]

    # The shortlist was computed on the worker after the audit.
    def shortlisted() -> Any:
        sl = pg_client.get(f"/api/v1/vacancies/{vacancy_id}/shortlist", headers=coach).json
        return sl if sl["computed"] else None

    sl = _wait(shortlisted, "compute the shortlist")
    assert [e["candidate_id"] for e in sl["entries"]] == [candidate_id]
    assert sl["entries"][0]["excluded_by_stated"] is True

    # Accept -> rewritten ad.
    response = pg_client.post(f"/api/v1/findings/{diploma['id']}/decision", headers=employer,
                              json={"decision": "accepted"})
    assert response.status_code == 200
    rewritten = pg_client.get(f"/api/v1/vacancies/{vacancy_id}/rewritten", headers=employer).json
    assert rewritten["applied"] and "Bac+2 exigé" not in rewritten["description"]

    # Re-audit of the same content: back to audited, and no second run.
    assert pg_client.post(f"/api/v1/vacancies/{vacancy_id}/audit", headers=employer).status_code == 202
    _wait(audit_done, "finish the idempotent re-audit")
    assert _runs(pg_app, vacancy_id) == 1

    # A redelivered message (the task run twice directly on the worker) writes nothing new either.
    celery = pg_app.extensions["celery"]
    task = celery.tasks["employer_portal.audit_vacancy"]
    assert task.delay(vacancy_id).get(timeout=60) == task.delay(vacancy_id).get(timeout=60) == first_run
    assert task.delay(10**9).get(timeout=60) is None

    # Edit -> re-audit -> a second run, the accepted decision carried over to the unchanged sentence.
    edited = AD.replace("5 ans d'expérience minimum", "expérience appréciée")
    assert pg_client.patch(f"/api/v1/vacancies/{vacancy_id}", headers=employer,
                           json={"description": edited}).status_code == 200
    assert pg_client.post(f"/api/v1/vacancies/{vacancy_id}/audit", headers=employer).status_code == 202

    def reaudited() -> Any:
        done = audit_done()
        return done if done and done["run"]["id"] != first_run else None

    body = _wait(reaudited, "re-audit the edited vacancy")
    codes = {f["code"]: f for f in body["run"]["findings"]}
    assert "experience_above_norm" not in codes
    assert codes["diploma_above_norm"]["status"] == "accepted"
    assert _runs(pg_app, vacancy_id) == 2


def test_audit_pipeline_eager_on_postgresql(postgres_url: str, pg_app: Flask) -> None:
    """The embedded mode (no REDIS_URL: tasks run in-process at commit) on PostgreSQL: row locks, JSON filters."""
    from employer_portal import create_app

    eager = create_app({"TESTING": True, "DATABASE_URL": postgres_url, "REDIS_URL": None, "SECRET_KEY": "eager"})
    try:
        assert eager.extensions["celery"].conf.task_always_eager
        client = eager.test_client()
        _org, employer = _account(eager, OrganizationKind.EMPLOYER, Role.EMPLOYER_USER)
        response = client.post("/api/v1/vacancies", headers=employer, json={
            "title": "Préparateur de commandes (H/F)", "description": AD, "rome_code": "N1103",
            "workplace_postal_code": "6041",
        })
        vacancy_id = response.json["id"]
        assert client.post(f"/api/v1/vacancies/{vacancy_id}/submit", headers=employer).status_code == 200
        body = client.get(f"/api/v1/vacancies/{vacancy_id}/audit", headers=employer).json
        assert body["vacancy_status"] == "audited" and body["run"]["status"] == "done"
        assert "diploma_above_norm" in {f["code"] for f in body["run"]["findings"]}
        assert client.post(f"/api/v1/vacancies/{vacancy_id}/audit", headers=employer).status_code == 202
        assert _runs(eager, vacancy_id) == 1
    finally:
        with eager.app_context():
            db.session.remove()
            db.engine.dispose()
        pg_app.extensions["celery"].set_default()  # the worker tests use the Redis-backed app
