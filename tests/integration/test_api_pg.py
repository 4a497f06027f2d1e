"""The API on PostgreSQL: the same guarantees as on SQLite where the database is stricter (lengths, types)."""

from __future__ import annotations

import secrets
from typing import Any

from flask import Flask
from sqlalchemy import func, select

from employer_portal.extensions import db
from employer_portal.models import AccessLog, Candidate, Organization, OrganizationKind, Role, Vacancy
from employer_portal.services import users as user_ops


def _user_token(app: Flask, kind: OrganizationKind, role: Role) -> tuple[int, int, str]:
    with app.app_context():
        org = Organization(name=f"Org {secrets.token_hex(4)}", kind=kind)
        db.session.add(org)
        db.session.commit()
        user = user_ops.create_user(
            None,
            {"organization_id": org.id, "email": f"u{secrets.token_hex(4)}@test.example", "role": role.value,
             "password": "long-enough-password"},
        )
        _token, clear = user_ops.issue_token(user, "integration")
        return org.id, user.id, clear


def _count(app: Flask, model: Any) -> int:
    with app.app_context():
        n = db.session.execute(select(func.count(model.id))).scalar_one()
        db.session.remove()
        return int(n)


def test_bad_input_on_postgresql_is_422_and_writes_nothing(pg_app: Flask, pg_client: Any) -> None:
    _org, _user, token = _user_token(pg_app, OrganizationKind.EMPLOYER, Role.EMPLOYER_USER)
    headers = {"Authorization": f"Bearer {token}"}
    before = _count(pg_app, Vacancy)
    for body in (
        {"title": "x" * 201, "description": "ok"},
        {"title": "Cariste", "description": "a\x00b"},
        {"title": "Cariste", "description": "ok", "rome_code": "TOOLONG1"},
        {"title": "Cariste", "description": "ok", "workplace_postal_code": "60000"},
        {"title": "Cariste", "description": "ok", "posts": 2**40},
    ):
        response = pg_client.post("/api/v1/vacancies", json=body, headers=headers)
        assert response.status_code == 422, (body, response.get_data(as_text=True))
    assert _count(pg_app, Vacancy) == before


def test_candidate_reads_are_logged_on_postgresql(pg_app: Flask, pg_client: Any) -> None:
    _org, coach_id, token = _user_token(pg_app, OrganizationKind.ISP_OPERATOR, Role.COACH)
    headers = {"Authorization": f"Bearer {token}"}
    created = pg_client.post(
        "/api/v1/candidates",
        json={"operator_reference": "PG-1", "consent_given_at": "2026-01-05", "consent_scope": ["matching"],
              "languages": [{"language": "fr", "cefr": "B1"}]},
        headers=headers,
    )
    assert created.status_code == 201, created.json
    candidate_id = created.json["id"]
    assert pg_client.get(f"/api/v1/candidates/{candidate_id}", headers=headers).status_code == 200
    assert pg_client.get("/api/v1/candidates", headers=headers).status_code == 200
    with pg_app.app_context():
        logs = db.session.scalars(
            select(AccessLog).where(AccessLog.object_id == candidate_id, AccessLog.user_id == coach_id)
        ).all()
        assert sorted(log.action for log in logs) == ["list", "read"]
        assert all(log.channel == "api" and log.request_id for log in logs)
        assert db.session.get(Candidate, candidate_id).languages == [{"language": "fr", "cefr": "B1"}]  # type: ignore[union-attr]


def test_duplicate_organization_is_409_on_postgresql(pg_app: Flask, pg_client: Any) -> None:
    _org, _user, token = _user_token(pg_app, OrganizationKind.PLATFORM, Role.ADMIN)
    headers = {"Authorization": f"Bearer {token}"}
    name = f"Doublon {secrets.token_hex(3)}"
    assert pg_client.post("/api/v1/organizations", json={"name": name, "kind": "employer"}, headers=headers).status_code == 201
    again = pg_client.post("/api/v1/organizations", json={"name": name, "kind": "federation"}, headers=headers)
    assert again.status_code == 409
    assert again.mimetype == "application/problem+json"
