"""A task round trip through a real Redis and a real Celery worker, on PostgreSQL."""

from __future__ import annotations

import secrets
import time
from typing import Any

from flask import Flask

from employer_portal.extensions import db
from employer_portal.models import Organization, OrganizationKind, Role, Vacancy
from employer_portal.services import users as user_ops
from employer_portal.tasks import refresh_vacancy_search_text


def _employer_token(app: Flask) -> tuple[int, str]:
    with app.app_context():
        org = Organization(name=f"Employeur {secrets.token_hex(3)}", kind=OrganizationKind.EMPLOYER)
        db.session.add(org)
        db.session.commit()
        user = user_ops.create_user(
            None,
            {"organization_id": org.id, "email": f"e{secrets.token_hex(3)}@test.example",
             "role": Role.EMPLOYER_USER.value, "password": "long-enough-password"},
        )
        _token, clear = user_ops.issue_token(user, "integration")
        return org.id, clear


def _wait_for_search_text(app: Flask, vacancy_id: int, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with app.app_context():
            text = db.session.get(Vacancy, vacancy_id).search_text  # type: ignore[union-attr]
            db.session.remove()
        if text:
            return text
        time.sleep(0.2)
    raise AssertionError(f"the worker did not index vacancy {vacancy_id} within {timeout} s")


def test_api_write_is_indexed_by_the_worker_after_commit(pg_app: Flask, pg_client: Any, celery_worker: Any) -> None:
    _org_id, token = _employer_token(pg_app)
    response = pg_client.post(
        "/api/v1/vacancies",
        json={"title": "Préparateur de commandes (H/F)", "description": "Entrepôt à Gosselies. Équipe de jour."},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201, response.json
    text = _wait_for_search_text(pg_app, response.json["id"])
    assert text == "preparateur de commandes h f entrepot a gosselies equipe de jour"
    # ...and the search endpoint finds it through that text.
    found = pg_client.get("/api/v1/vacancies?q=gosselies", headers={"Authorization": f"Bearer {token}"})
    assert [v["id"] for v in found.json] == [response.json["id"]]


def test_direct_round_trip_and_idempotence(pg_app: Flask, celery_worker: Any) -> None:
    org_id, _token = _employer_token(pg_app)
    with pg_app.app_context():
        vacancy = Vacancy(organization_id=org_id, title="Cariste", description="Chariot frontal.", full_time_hours=38)
        db.session.add(vacancy)
        db.session.commit()
        vacancy_id, updated_at = vacancy.id, vacancy.updated_at
    celery = pg_app.extensions["celery"]
    celery.set_default()
    task = celery.tasks[refresh_vacancy_search_text.name]
    first = task.delay(vacancy_id).get(timeout=30)
    second = task.delay(vacancy_id).get(timeout=30)
    assert first == second == "cariste chariot frontal"
    with pg_app.app_context():
        vacancy = db.session.get(Vacancy, vacancy_id)
        assert vacancy is not None and vacancy.search_text == first
        assert vacancy.updated_at == updated_at  # indexing is not an edit
    assert task.delay(10**9).get(timeout=30) is None  # a vanished id is not an error


def test_readyz_checks_postgresql_and_redis(pg_client: Any) -> None:
    response = pg_client.get("/readyz")
    assert response.status_code == 200, response.json
    assert response.json == {"status": "ready", "database": "ok", "broker": "ok"}
