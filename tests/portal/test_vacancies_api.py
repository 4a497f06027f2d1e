"""Vacancies and post analyses through the API: happy paths, life cycle, 4xx paths."""

from __future__ import annotations

import json
from typing import Any

from tests.conftest import ApiClient, World

VACANCY = {
    "title": "Magasinier (H/F)",
    "description": "Réception et rangement des palettes.\nCDI, 38 h.",
    "contract_type": "CDI",
    "weekly_hours": 38,
    "gross_monthly_wage": 2300,
    "workplace_postal_code": "6000",
    "schedule": {"nights": False, "weekends": True},
    "posts": 2,
}


def test_create_read_list_update_delete(api: ApiClient) -> None:
    created = api.post("/api/v1/vacancies", "employer_a", json=VACANCY)
    assert created.status_code == 201, created.json
    body = created.json
    assert body["status"] == "draft"
    assert body["schedule"] == {"nights": False, "weekends": True, "split_shifts": False, "early_mornings": False}
    assert body["full_time_hours"] == 38.0
    vacancy_id = body["id"]

    read = api.get(f"/api/v1/vacancies/{vacancy_id}", "employer_a")
    assert read.status_code == 200
    assert read.json["title"] == "Magasinier (H/F)"

    listed = api.get("/api/v1/vacancies?q=palettes", "employer_a")
    assert listed.status_code == 200
    assert [v["id"] for v in listed.json] == [vacancy_id]  # the search text was indexed by the task
    assert json.loads(listed.headers["X-Pagination"])["total"] == 1

    patched = api.patch(f"/api/v1/vacancies/{vacancy_id}", "employer_a", json={"posts": 3})
    assert patched.status_code == 200
    assert patched.json["posts"] == 3 and patched.json["title"] == "Magasinier (H/F)"

    assert api.delete(f"/api/v1/vacancies/{vacancy_id}", "employer_a").status_code == 204
    assert api.get(f"/api/v1/vacancies/{vacancy_id}", "employer_a").status_code == 404


def test_life_cycle_and_conflicts(api: ApiClient, world: World) -> None:
    from employer_portal.services.vacancies import vacancy_submitted

    with vacancy_submitted.muted():  # the audit pipeline would move it on at once; the life cycle is tested here
        _life_cycle(api, world)


def _life_cycle(api: ApiClient, world: World) -> None:
    vid = world.vacancy_ids["a"]
    assert api.post(f"/api/v1/vacancies/{vid}/publish", "employer_a").status_code == 409  # draft cannot publish
    submitted = api.post(f"/api/v1/vacancies/{vid}/submit", "employer_a")
    assert submitted.status_code == 200 and submitted.json["status"] == "submitted"
    assert submitted.json["submitted_at"]
    # Being audited: neither the text nor the post analysis may change, and it cannot be deleted.
    assert api.patch(f"/api/v1/vacancies/{vid}", "employer_a", json={"posts": 2}).status_code == 409
    assert api.put(f"/api/v1/vacancies/{vid}/post-analysis", "employer_a", json={}).status_code == 409
    assert api.delete(f"/api/v1/vacancies/{vid}", "employer_a").status_code == 409
    assert api.post(f"/api/v1/vacancies/{vid}/submit", "employer_a").status_code == 409
    closed = api.post(f"/api/v1/vacancies/{vid}/close", "employer_a")
    assert closed.status_code == 200 and closed.json["status"] == "closed"
    conflict = api.post(f"/api/v1/vacancies/{vid}/submit", "employer_a")
    assert conflict.status_code == 409
    assert "closed" in conflict.json["detail"]


def test_audited_vacancy_goes_back_to_draft_when_edited(app: Any, api: ApiClient, world: World) -> None:
    from employer_portal.extensions import db
    from employer_portal.models import Vacancy, VacancyStatus
    from employer_portal.services import vacancies as vacancy_ops

    vid = world.vacancy_ids["a"]
    api.post(f"/api/v1/vacancies/{vid}/submit", "employer_a")
    with app.app_context():
        assert vacancy_ops.mark_audited(vid) is not None
        db.session.commit()
        assert vacancy_ops.mark_audited(vid).status is VacancyStatus.AUDITED  # type: ignore[union-attr]
    edited = api.patch(f"/api/v1/vacancies/{vid}", "employer_a", json={"title": "Préparateur de commandes"})
    assert edited.status_code == 200 and edited.json["status"] == "draft"
    with app.app_context():
        assert db.session.get(Vacancy, vid).status is VacancyStatus.DRAFT  # type: ignore[union-attr]


def test_publish_after_audit(app: Any, api: ApiClient, world: World) -> None:
    from employer_portal.extensions import db
    from employer_portal.services import vacancies as vacancy_ops

    vid = world.vacancy_ids["a"]
    api.post(f"/api/v1/vacancies/{vid}/submit", "employer_a")
    with app.app_context():
        vacancy_ops.mark_audited(vid)
        db.session.commit()
    published = api.post(f"/api/v1/vacancies/{vid}/publish", "employer_a")
    assert published.status_code == 200 and published.json["status"] == "published"
    assert published.json["published_at"]


def test_submit_signal_fires_inside_the_unit_of_work(app: Any, api: ApiClient, world: World) -> None:
    from employer_portal.services.vacancies import vacancy_submitted

    received: list[tuple[int, int]] = []

    def receiver(vacancy: Any, actor: Any) -> None:
        received.append((vacancy.id, actor.id))

    vacancy_submitted.connect(receiver)
    try:
        vid = world.vacancy_ids["a"]
        assert api.post(f"/api/v1/vacancies/{vid}/submit", "employer_a").status_code == 200
        assert api.post(f"/api/v1/vacancies/{vid}/close", "employer_a").status_code == 200
        assert api.post(f"/api/v1/vacancies/{vid}/submit", "employer_a").status_code == 409  # no second signal
    finally:
        vacancy_submitted.disconnect(receiver)
    assert received == [(world.vacancy_ids["a"], world.user_ids["employer_a"])]


def test_list_is_scoped_filtered_and_paginated(api: ApiClient, world: World) -> None:
    for i in range(5):
        api.post("/api/v1/vacancies", "employer_a", json={"title": f"Offre {i}", "description": "Texte."})
    page = api.get("/api/v1/vacancies?page=2&page_size=2", "employer_a")
    assert page.status_code == 200
    meta = json.loads(page.headers["X-Pagination"])
    assert meta == {"total": 6, "total_pages": 3, "first_page": 1, "last_page": 3, "page": 2,
                    "previous_page": 1, "next_page": 3}
    assert len(page.json) == 2
    everything = api.get("/api/v1/vacancies?page_size=100", "employer_a").json
    assert world.vacancy_ids["b"] not in {v["id"] for v in everything}  # employer B's vacancy never listed
    assert api.get("/api/v1/vacancies?page_size=101", "employer_a").status_code == 422
    assert api.get("/api/v1/vacancies?page=0", "employer_a").status_code == 422
    drafts = api.get("/api/v1/vacancies?status=draft&page_size=100", "employer_a").json
    assert len(drafts) == 6
    assert api.get("/api/v1/vacancies?status=bogus", "employer_a").status_code == 422
    admin_view = api.get("/api/v1/vacancies?page_size=100", "admin").json
    assert {world.vacancy_ids["a"], world.vacancy_ids["b"]} <= {v["id"] for v in admin_view}


def test_post_analysis_create_replace_read(api: ApiClient, world: World) -> None:
    created = api.post("/api/v1/vacancies", "employer_a", json={"title": "Cariste", "description": "Chariot."})
    vid = created.json["id"]
    assert api.get(f"/api/v1/vacancies/{vid}/post-analysis", "employer_a").status_code == 404
    analysis = {
        "tasks": [{"name": "Conduire un chariot frontal", "frequency": "daily", "criticality": "high",
                   "skills": ["conduite de chariot"]}],
        "working_conditions": ["froid"],
        "tools": ["chariot frontal"],
        "required_certificates": ["Certificat cariste"],
        "required_licences": [],
        "languages_used": [{"language": "fr", "cefr": "A2", "with_whom": "collègues"}],
        "time_to_proficiency_weeks": 3,
        "tutoring_available": True,
        "min_eqf_level": None,
        "min_experience_years": 0,
    }
    first = api.put(f"/api/v1/vacancies/{vid}/post-analysis", "employer_a", json=analysis)
    assert first.status_code == 201
    read = api.get(f"/api/v1/vacancies/{vid}/post-analysis", "employer_a").json
    assert read["tasks"] == analysis["tasks"] and read["tutoring_available"] is True
    replaced = api.put(f"/api/v1/vacancies/{vid}/post-analysis", "employer_a", json={"tools": ["scanner"]})
    assert replaced.status_code == 200
    assert replaced.json["tasks"] == [] and replaced.json["tools"] == ["scanner"]  # PUT replaces
    assert api.get(f"/api/v1/vacancies/{vid}", "employer_a").json["has_post_analysis"] is True


def test_to_audit_inputs_builds_the_library_dataclasses(app: Any, world: World) -> None:
    from audits.model import PostAnalysisInput, VacancyInput
    from employer_portal.extensions import db
    from employer_portal.models import Vacancy
    from employer_portal.services.vacancies import to_audit_inputs

    with app.app_context():
        vacancy = db.session.get(Vacancy, world.vacancy_ids["a"])
        vacancy_input, analysis_input = to_audit_inputs(vacancy)  # type: ignore[arg-type]
    assert isinstance(vacancy_input, VacancyInput) and vacancy_input.id == str(world.vacancy_ids["a"])
    assert vacancy_input.full_time_hours == 38.0
    assert isinstance(analysis_input, PostAnalysisInput)
    assert analysis_input.tasks[0].name == "Préparer"


def test_timestamps_carry_their_utc_offset(api: ApiClient) -> None:
    created = api.post("/api/v1/vacancies", "employer_a", json={"title": "Cariste", "description": "x"}).json
    assert created["created_at"].endswith("+00:00") and created["updated_at"].endswith("+00:00")
    read = api.get(f"/api/v1/vacancies/{created['id']}", "employer_a").json  # reloaded from SQLite: naive there
    assert read["created_at"].endswith("+00:00")
