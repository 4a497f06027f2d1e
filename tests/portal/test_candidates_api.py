"""Candidates: coach of the owning operator only, minimum data, every read in the access log."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from employer_portal.extensions import db
from employer_portal.models import AccessLog, Candidate
from tests.conftest import ApiClient, World

FULL = {
    "operator_reference": "DOS-2026-001",
    "consent_given_at": "2026-01-10",
    "consent_scope": ["matching", "shortlist"],
    "registration_date": "2025-06-01",
    "birth_date": "1990-04-02",
    "education_level": 2,
    "diplomas": [{"title": "CE1D", "eqf_level": 2, "domain": None, "year": 2006}],
    "experience": [{"occupation": "Manutention", "rome_code": "N1105", "years": 1.5}],
    "skills": ["emballage", "gestes et postures"],
    "languages": [{"language": "fr", "cefr": "B1"}, {"language": "ar", "cefr": "C2"}],
    "licences": ["B"],
    "certifications": ["VCA de base"],
    "home_postal_code": "6060",
    "mobility": {"max_km": 15, "modes": ["public_transport"]},
    "availability": {"available_from": "2026-02-01", "weekly_hours_max": 30, "nights": False, "weekends": True,
                     "childcare_constraints": "crèche jusqu'à 18 h"},
}


def _logs(app: Any, candidate_id: int) -> list[AccessLog]:
    with app.app_context():
        rows = list(db.session.scalars(select(AccessLog).where(AccessLog.object_id == candidate_id)))
        db.session.expunge_all()
        return rows


def test_create_read_update_delete_with_access_log(app: Any, api: ApiClient, world: World) -> None:
    created = api.post("/api/v1/candidates", "coach_a", json=FULL)
    assert created.status_code == 201, created.json
    body = created.json
    assert body["pseudonym"].startswith("Candidat·e ")
    assert body["operator_id"] == world.org_ids["operator_a"]
    assert body["synthetic"] is False
    assert body["availability"]["available_from"] == "2026-02-01"
    cid = body["id"]
    assert _logs(app, cid) == []  # creating is not reading someone else's data

    read = api.get(f"/api/v1/candidates/{cid}", "coach_a", headers={"X-Request-ID": "req-123"})
    assert read.status_code == 200 and read.json["skills"] == ["emballage", "gestes et postures"]
    logs = _logs(app, cid)
    assert [(log.action, log.object_type, log.user_id, log.channel, log.request_id) for log in logs] == [
        ("read", "candidate", world.user_ids["coach_a"], "api", "req-123")
    ]
    assert logs[0].api_token_id is not None and logs[0].at is not None

    listed = api.get("/api/v1/candidates?page_size=100", "coach_a")
    assert {c["id"] for c in listed.json} == {world.candidate_ids["a"], cid}  # operator B's never listed
    assert [log.action for log in _logs(app, cid)] == ["read", "list"]
    assert [log.action for log in _logs(app, world.candidate_ids["a"])] == ["list"]

    patched = api.patch(f"/api/v1/candidates/{cid}", "coach_a", json={"consent_withdrawn_at": "2026-03-01"})
    assert patched.status_code == 200 and patched.json["consent_withdrawn_at"] == "2026-03-01"
    assert api.delete(f"/api/v1/candidates/{cid}", "coach_a").status_code == 204
    assert api.get(f"/api/v1/candidates/{cid}", "coach_a").status_code == 404
    assert [log.action for log in _logs(app, cid)] == ["read", "list", "update", "delete"]  # the log survives


def test_other_operator_cannot_read_and_it_is_not_logged_as_a_read(app: Any, api: ApiClient, world: World) -> None:
    cid = world.candidate_ids["a"]
    assert api.get(f"/api/v1/candidates/{cid}", "coach_b").status_code == 404
    assert _logs(app, cid) == []


def test_no_protected_attribute_is_accepted(api: ApiClient) -> None:
    for field in ("sex", "gender", "nationality", "origin", "health", "name", "first_name"):
        response = api.post("/api/v1/candidates", "coach_a", json={**FULL, field: "x"})
        assert response.status_code == 422 and field in response.json["errors"]


def test_candidate_model_has_no_protected_columns() -> None:
    columns = set(Candidate.__table__.columns.keys())
    assert not columns & {"name", "first_name", "last_name", "sex", "gender", "nationality", "origin", "health"}


def test_consent_is_required_and_consistent(api: ApiClient) -> None:
    missing = api.post("/api/v1/candidates", "coach_a", json={"operator_reference": "X"})
    assert set(missing.json["errors"]) == {"consent_given_at", "consent_scope"}
    empty_scope = api.post("/api/v1/candidates", "coach_a", json={**FULL, "consent_scope": []})
    assert "consent_scope" in empty_scope.json["errors"]
    backwards = api.post("/api/v1/candidates", "coach_a", json={**FULL, "consent_withdrawn_at": "2025-01-01"})
    assert "consent_withdrawn_at" in backwards.json["errors"]


def test_duplicate_reference_is_409(api: ApiClient) -> None:
    assert api.post("/api/v1/candidates", "coach_a", json=FULL).status_code == 201
    again = api.post("/api/v1/candidates", "coach_a", json=FULL)
    assert again.status_code == 409
    # The same reference at another operator is another person's file: allowed.
    assert api.post("/api/v1/candidates", "coach_b", json=FULL).status_code == 201


def test_access_log_endpoint_answers_who_read_the_record(api: ApiClient, world: World) -> None:
    cid = world.candidate_ids["a"]
    api.get(f"/api/v1/candidates/{cid}", "coach_a", headers={"X-Request-ID": "first"})
    api.get(f"/api/v1/candidates/{cid}", "coach_a", headers={"X-Request-ID": "second"})
    log = api.get(f"/api/v1/candidates/{cid}/access-log", "coach_a")
    assert log.status_code == 200
    assert [(e["action"], e["request_id"], e["user_id"]) for e in log.json] == [
        ("read", "second", world.user_ids["coach_a"]),
        ("read", "first", world.user_ids["coach_a"]),
    ]
    assert log.json[0]["at"].endswith("+00:00")
    again = api.get(f"/api/v1/candidates/{cid}/access-log", "coach_a")
    assert len(again.json) == 2  # reading the log is not itself a read of the person's data
