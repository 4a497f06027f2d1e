"""The full authorization matrix: every endpoint × every role × own/other organization.

"Own" objects belong to organization A (employer_a's vacancy, operator_a's candidate); "other" objects belong to
organization B. Tokens "employer", "coach", "federation" are A's users; "admin" is the platform admin.
Expected: wrong role -> 403 (whatever the object); right role, other organization -> 404; otherwise success.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from tests.conftest import ROLES, ApiClient, World

VACANCY = {"title": "Cariste (H/F)", "description": "Conduite de chariot."}
CANDIDATE = {"operator_reference": "NEW-1", "consent_given_at": "2026-01-02", "consent_scope": ["matching"]}


@dataclass(frozen=True)
class Endpoint:
    name: str
    method: str
    path: Callable[[World, str], str]  # (world, "a" | "b") -> path
    ok: dict[str, int]  # role -> success status (roles absent: 403)
    scoped: bool = True  # has an own/other object in its path
    body: Callable[[World], Any] | None = None
    # roles for whom "other organization" is visible too (admin reads everything)
    sees_all: frozenset[str] = frozenset()


def v(path: str) -> Callable[[World, str], str]:
    return lambda w, which: path.format(id=w.vacancy_ids[which])


def c(path: str) -> Callable[[World, str], str]:
    return lambda w, which: path.format(id=w.candidate_ids[which])


def o(path: str) -> Callable[[World, str], str]:
    # "own" organization for the organizations endpoints: employer A; "other": employer B
    return lambda w, which: path.format(id=w.org_ids["employer_" + which])


def fixed(path: str) -> Callable[[World, str], str]:
    return lambda w, which: path


ENDPOINTS = [
    Endpoint("list vacancies", "GET", fixed("/api/v1/vacancies"), {"admin": 200, "employer": 200}, scoped=False),
    Endpoint("create vacancy", "POST", fixed("/api/v1/vacancies"), {"employer": 201}, scoped=False,
             body=lambda w: VACANCY),
    Endpoint("read vacancy", "GET", v("/api/v1/vacancies/{id}"), {"admin": 200, "employer": 200},
             sees_all=frozenset({"admin"})),
    Endpoint("edit vacancy", "PATCH", v("/api/v1/vacancies/{id}"), {"employer": 200}, body=lambda w: {"posts": 2}),
    Endpoint("delete vacancy", "DELETE", v("/api/v1/vacancies/{id}"), {"employer": 204}),
    Endpoint("submit vacancy", "POST", v("/api/v1/vacancies/{id}/submit"), {"employer": 200}),
    Endpoint("publish vacancy", "POST", v("/api/v1/vacancies/{id}/publish"), {"employer": 409}),  # draft: 409
    Endpoint("close vacancy", "POST", v("/api/v1/vacancies/{id}/close"), {"employer": 200}),
    Endpoint("read post analysis", "GET", v("/api/v1/vacancies/{id}/post-analysis"),
             {"admin": 200, "employer": 200}, sees_all=frozenset({"admin"})),
    Endpoint("write post analysis", "PUT", v("/api/v1/vacancies/{id}/post-analysis"), {"employer": 200},
             body=lambda w: {"tasks": [{"name": "Préparer les commandes", "frequency": "daily"}]}),
    Endpoint("list candidates", "GET", fixed("/api/v1/candidates"), {"coach": 200}, scoped=False),
    Endpoint("create candidate", "POST", fixed("/api/v1/candidates"), {"coach": 201}, scoped=False,
             body=lambda w: CANDIDATE),
    Endpoint("read candidate", "GET", c("/api/v1/candidates/{id}"), {"coach": 200}),
    Endpoint("edit candidate", "PATCH", c("/api/v1/candidates/{id}"), {"coach": 200},
             body=lambda w: {"skills": ["emballage"]}),
    Endpoint("delete candidate", "DELETE", c("/api/v1/candidates/{id}"), {"coach": 204}),
    Endpoint("candidate access log", "GET", c("/api/v1/candidates/{id}/access-log"), {"coach": 200}),
    Endpoint("list organizations", "GET", fixed("/api/v1/organizations"), {"admin": 200}, scoped=False),
    Endpoint("create organization", "POST", fixed("/api/v1/organizations"), {"admin": 201}, scoped=False,
             body=lambda w: {"name": "Nouvel employeur", "kind": "employer"}),
    Endpoint("read organization", "GET", o("/api/v1/organizations/{id}"), {"admin": 200},
             sees_all=frozenset({"admin"})),
    Endpoint("edit organization", "PATCH", o("/api/v1/organizations/{id}"), {"admin": 200},
             body=lambda w: {"nace_codes": ["52.10"]}, sees_all=frozenset({"admin"})),
    Endpoint("list agreements", "GET", o("/api/v1/organizations/{id}/agreements"), {"admin": 200},
             sees_all=frozenset({"admin"})),
    Endpoint("add agreement", "POST", o("/api/v1/organizations/{id}/agreements"), {"admin": 201},
             body=lambda w: {"operator_id": w.org_ids["operator_a"], "start_date": "2026-01-01"},
             sees_all=frozenset({"admin"})),
    Endpoint("list users", "GET", fixed("/api/v1/users"), {"admin": 200}, scoped=False),
    Endpoint("create user", "POST", fixed("/api/v1/users"), {"admin": 201}, scoped=False,
             body=lambda w: {"organization_id": w.org_ids["employer_a"], "email": "new@test.example",
                             "role": "employer_user", "password": "long-enough-password"}),
    Endpoint("read user", "GET", lambda w, which: f"/api/v1/users/{w.user_ids['employer_' + which]}",
             {"admin": 200}, sees_all=frozenset({"admin"})),
    Endpoint("sector stats", "GET", fixed("/api/v1/stats/vacancies-by-sector"),
             {"admin": 200, "federation": 200}, scoped=False),
    Endpoint("me", "GET", fixed("/api/v1/me"), dict.fromkeys(ROLES, 200), scoped=False),
    Endpoint("revoke own token", "DELETE", fixed("/api/v1/me/token"), dict.fromkeys(ROLES, 204), scoped=False),
]


def expected_status(endpoint: Endpoint, role: str, which: str) -> int:
    if role not in endpoint.ok:
        return 403
    if endpoint.scoped and which == "b" and role not in endpoint.sees_all:
        return 404
    return endpoint.ok[role]


CASES = [
    pytest.param(e, role, which, id=f"{e.name}-{role}-{'own' if which == 'a' else 'other'}")
    for e in ENDPOINTS
    for role in ROLES
    for which in (("a", "b") if e.scoped else ("a",))
]


@pytest.mark.parametrize(("endpoint", "role", "which"), CASES)
def test_matrix(api: ApiClient, world: World, endpoint: Endpoint, role: str, which: str) -> None:
    kwargs: dict[str, Any] = {}
    if endpoint.body is not None:
        kwargs["json"] = endpoint.body(world)
    response = api.request(endpoint.method, endpoint.path(world, which), role, **kwargs)
    assert response.status_code == expected_status(endpoint, role, which), response.get_data(as_text=True)
    if response.status_code >= 400:
        assert response.mimetype == "application/problem+json"
        assert response.json["status"] == response.status_code


@pytest.mark.parametrize("endpoint", [e for e in ENDPOINTS if e.name != "revoke own token"], ids=lambda e: e.name)
def test_every_endpoint_needs_a_token(api: ApiClient, world: World, endpoint: Endpoint) -> None:
    kwargs: dict[str, Any] = {"json": endpoint.body(world)} if endpoint.body else {}
    response = api.request(endpoint.method, endpoint.path(world, "a"), None, **kwargs)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_matrix_covers_every_api_route(app: Any) -> None:
    """A new endpoint must be added to the matrix (or this test names it)."""
    covered = {(e.method, _template(e)) for e in ENDPOINTS}
    # Endpoints of the blueprints this matrix owns; audits, shortlists and incentives have their own matrices.
    own_blueprints = ("api_vacancies.", "api_candidates.", "api_organizations.", "api_users.", "api_stats.",
                      "api_auth.")
    routes = set()
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith(own_blueprints) or rule.rule == "/api/v1/auth/tokens":
            continue
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            routes.add((method, rule.rule))
    assert len(routes) > 20  # the filter did not silently drop everything
    assert routes - covered == set()


def _template(endpoint: Endpoint) -> str:
    class Probe:
        vacancy_ids = {"a": "<int:vacancy_id>"}
        candidate_ids = {"a": "<int:candidate_id>"}
        org_ids = {"employer_a": "<int:organization_id>"}
        user_ids = {"employer_a": "<int:user_id>"}

    return endpoint.path(Probe(), "a")  # type: ignore[arg-type]
