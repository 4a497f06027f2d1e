"""Authorization matrix of the audit, shortlist and incentive endpoints: endpoint x role x own/other organization.

The foundation's matrix (test_authorization_matrix.py) leaves these blueprints to this one; the last test fails
when a route of these blueprints is missing here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from flask import Flask

from tests.conftest import ApiClient, World

ROLES = ("admin", "employer_a", "employer_b", "coach_a", "coach_b", "federation_a", None)


@dataclass(frozen=True)
class Ids:
    vacancy: int
    finding: int
    entry: int


@dataclass(frozen=True)
class Endpoint:
    name: str
    method: str
    rule: str
    path: Callable[[Ids], str]
    expected: dict[str | None, int]
    body: dict[str, Any] | None = None


def _expect(admin: int, employer_a: int, employer_b: int, coach_a: int, coach_b: int, federation: int
            ) -> dict[str | None, int]:
    return {"admin": admin, "employer_a": employer_a, "employer_b": employer_b, "coach_a": coach_a,
            "coach_b": coach_b, "federation_a": federation, None: 401}


ENDPOINTS = [
    Endpoint("read audit", "GET", "/api/v1/vacancies/<int:vacancy_id>/audit",
             lambda i: f"/api/v1/vacancies/{i.vacancy}/audit", _expect(200, 200, 404, 403, 403, 403)),
    Endpoint("re-audit", "POST", "/api/v1/vacancies/<int:vacancy_id>/audit",
             lambda i: f"/api/v1/vacancies/{i.vacancy}/audit", _expect(403, 202, 404, 403, 403, 403)),
    Endpoint("decide finding", "POST", "/api/v1/findings/<int:finding_id>/decision",
             lambda i: f"/api/v1/findings/{i.finding}/decision", _expect(403, 200, 404, 403, 403, 403),
             {"decision": "accepted"}),
    Endpoint("rewritten ad", "GET", "/api/v1/vacancies/<int:vacancy_id>/rewritten",
             lambda i: f"/api/v1/vacancies/{i.vacancy}/rewritten", _expect(200, 200, 404, 403, 403, 403)),
    Endpoint("exclusion", "GET", "/api/v1/vacancies/<int:vacancy_id>/exclusion",
             lambda i: f"/api/v1/vacancies/{i.vacancy}/exclusion", _expect(200, 200, 404, 403, 403, 403)),
    # coach_b's operator has no list for this vacancy: an empty answer, never coach_a's people.
    Endpoint("shortlist", "GET", "/api/v1/vacancies/<int:vacancy_id>/shortlist",
             lambda i: f"/api/v1/vacancies/{i.vacancy}/shortlist", _expect(403, 200, 404, 200, 200, 403)),
    Endpoint("propose", "POST", "/api/v1/shortlist-entries/<int:entry_id>/propose",
             lambda i: f"/api/v1/shortlist-entries/{i.entry}/propose", _expect(403, 403, 403, 200, 404, 403)),
    Endpoint("incentives", "POST", "/api/v1/incentives/evaluate",
             lambda i: "/api/v1/incentives/evaluate", _expect(200, 200, 200, 200, 200, 403),
             {"hire_date": "2026-03-02"}),
    Endpoint("sector audits", "GET", "/api/v1/federation/sector-audits",
             lambda i: "/api/v1/federation/sector-audits", _expect(200, 403, 403, 403, 403, 200)),
]


@pytest.fixture
def ids(api: ApiClient, world: World) -> Ids:
    vacancy = world.vacancy_ids["a"]
    response = api.patch(f"/api/v1/vacancies/{vacancy}", as_="employer_a",
                         json={"workplace_postal_code": "6000", "rome_code": "N1103"})
    assert response.status_code == 200, response.get_json()
    response = api.post("/api/v1/candidates", as_="coach_a", json={
        "operator_reference": "MATRIX-1", "consent_given_at": "2026-01-05", "consent_scope": ["matching", "shortlist"],
        "education_level": 2, "home_postal_code": "6000", "languages": [{"language": "fr", "cefr": "C2"}],
        "experience": [{"occupation": "Préparation", "rome_code": "N1103", "years": 1}],
    })
    assert response.status_code == 201, response.get_json()
    assert api.post(f"/api/v1/vacancies/{vacancy}/submit", as_="employer_a").status_code == 200
    run = api.get(f"/api/v1/vacancies/{vacancy}/audit", as_="employer_a").get_json()["run"]
    assert run and run["status"] == "done" and run["findings"], run
    entries = api.get(f"/api/v1/vacancies/{vacancy}/shortlist", as_="coach_a").get_json()["entries"]
    assert entries, "the matrix needs one shortlist entry"
    return Ids(vacancy, run["findings"][0]["id"], entries[0]["id"])


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
def test_matrix(api: ApiClient, ids: Ids, endpoint: Endpoint) -> None:
    for role in ROLES:
        kwargs: dict[str, Any] = {"json": endpoint.body} if endpoint.body is not None else {}
        response = api.request(endpoint.method, endpoint.path(ids), role, **kwargs)
        assert response.status_code == endpoint.expected[role], (endpoint.name, role, response.get_json())
        if response.status_code >= 400:
            assert response.mimetype == "application/problem+json"


def test_coach_of_another_operator_sees_no_one_else(api: ApiClient, ids: Ids) -> None:
    body = api.get(f"/api/v1/vacancies/{ids.vacancy}/shortlist", as_="coach_b").get_json()
    assert body["entries"] == []


def test_matrix_covers_every_route_of_these_blueprints(app: Flask) -> None:
    covered = {(e.method, e.rule) for e in ENDPOINTS}
    routes = {
        (method, rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith(("api_audits.", "api_shortlists.", "api_incentives."))
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert len(routes) >= 9
    assert routes - covered == set()
