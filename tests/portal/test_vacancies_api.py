"""Vacancies and post analyses through the API: happy paths, life cycle, 4xx paths."""

from __future__ import annotations

import json

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
