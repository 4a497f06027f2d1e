"""The full authorization matrix: every endpoint × every role × own/other organization (API, then pages).

"Own" objects belong to organization A (employer_a's vacancy, operator_a's candidate); "other" objects belong to
organization B. Tokens "employer", "coach", "federation" are A's users; "admin" is the platform admin.
Expected: wrong role -> 403 (whatever the object); right role, other organization -> 404; otherwise success.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from flask.testing import FlaskClient

from tests.conftest import ROLES, ApiClient, World
from tests.portal.test_pages import csrf_token, login

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
    # An employer's users change their own employer kind and headcount; admins use PATCH /organizations/{id}.
    Endpoint("edit own employer facts", "PATCH", fixed("/api/v1/me/organization"), {"employer": 200},
             scoped=False, body=lambda w: {"employer_kind": "non_profit", "employees_fte": 12.5}),
    Endpoint("revoke own token", "DELETE", fixed("/api/v1/me/token"), dict.fromkeys(ROLES, 204), scoped=False),
]


def expected_status(endpoint: Endpoint, role: str, which: str) -> int:
    if role not in endpoint.ok:
        return 403
    if endpoint.scoped and which == "b" and role not in endpoint.sees_all:
        return 404
    return endpoint.ok[role]


def matrix_cases(endpoints: list[Endpoint]) -> list[Any]:
    """Every endpoint x every role x own (and, for an object of an organization, other) organization."""
    return [
        pytest.param(e, role, which, id=f"{e.name}-{role}-{'own' if which == 'a' else 'other'}")
        for e in endpoints
        for role in ROLES
        for which in (("a", "b") if e.scoped else ("a",))
    ]


CASES = matrix_cases(ENDPOINTS)


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


# --- pages (session cookie + CSRF token) ---------------------------------------------------------------------
# Same rule as the API: wrong role -> 403; right role, other organization -> 404; otherwise success (a saved
# form answers 302). The roles log in as A's users.

PAGES = [
    Endpoint("dashboard", "GET", fixed("/"), dict.fromkeys(ROLES, 200), scoped=False),
    Endpoint("new vacancy form", "GET", fixed("/offres/nouvelle"), {"employer": 200}, scoped=False),
    Endpoint("save new vacancy", "POST", fixed("/offres/nouvelle"), {"employer": 302}, scoped=False,
             body=lambda w: VACANCY),
    Endpoint("vacancy form", "GET", v("/offres/{id}"), {"employer": 200}),
    Endpoint("save vacancy", "POST", v("/offres/{id}"), {"employer": 302}, body=lambda w: VACANCY),
    Endpoint("submit vacancy button", "POST", v("/offres/{id}/soumettre"), {"employer": 302}),
    Endpoint("audit form", "GET", fixed("/audit/nouvelle"), {"employer": 200}, scoped=False),
    Endpoint("audit form sent empty", "POST", fixed("/audit/nouvelle"), {"employer": 422}, scoped=False,
             body=lambda w: {"title": ""}),
    Endpoint("audit page", "GET", v("/offres/{id}/audit"), {"employer": 200}),
    Endpoint("audit edit form", "GET", v("/offres/{id}/audit/modifier"), {"employer": 200}),
    Endpoint("audit edit form sent empty", "POST", v("/offres/{id}/audit/modifier"), {"employer": 422},
             body=lambda w: {"title": ""}),
    Endpoint("re-audit button", "POST", v("/offres/{id}/audit/relancer"), {"employer": 302}),
    Endpoint("apply rewrite button", "POST", v("/offres/{id}/audit/appliquer"), {"employer": 302}),  # flashed
    Endpoint("sector audits page", "GET", fixed("/secteurs/audits"), {"admin": 200, "federation": 200}, scoped=False),
    Endpoint("coach's lists", "GET", fixed("/listes"), {"coach": 200}, scoped=False),
    # Employer kind and headcount: changed by the employer's own users and by the admins (any employer).
    Endpoint("employer facts", "GET", o("/organisations/{id}/employeur"), {"admin": 200, "employer": 200},
             sees_all=frozenset({"admin"})),
    Endpoint("save employer facts", "POST", o("/organisations/{id}/employeur"), {"admin": 302, "employer": 302},
             body=lambda w: {"employer_kind": "non_profit", "employees_fte": "12,5"}, sees_all=frozenset({"admin"})),
]
PAGE_USERS = {"admin": "admin", "employer": "employer_a", "coach": "coach_a", "federation": "federation_a"}
# Page routes whose role and organization checks are tested in their own module (they need a finished audit or a
# shortlist entry first).
PAGES_TESTED_ELSEWHERE = {
    ("POST", "/offres/<int:vacancy_id>/audit/constats/<int:finding_id>"): "test_audit_page",
    ("GET", "/offres/<int:vacancy_id>/liste"): "test_shortlist_pages",
    ("POST", "/listes/entrees/<int:entry_id>/proposer"): "test_shortlist_pages",
    ("POST", "/deconnexion"): "test_pages",
}
PUBLIC_PAGES = {("GET", "/connexion"), ("POST", "/connexion"), ("GET", "/api/docs"), ("GET", "/api/openapi.json"),
                ("GET", "/healthz"), ("GET", "/readyz"), ("GET", "/static/<path:filename>")}



@pytest.mark.parametrize(("page", "role", "which"), matrix_cases(PAGES))
def test_page_matrix(client: FlaskClient, world: World, page: Endpoint, role: str, which: str) -> None:
    assert login(client, world.emails[PAGE_USERS[role]]).status_code == 302
    data: dict[str, Any] = {"csrf_token": csrf_token(client, "/")} if page.method == "POST" else {}
    data.update(page.body(world) if page.body is not None else {})
    response = client.open(page.path(world, which), method=page.method, data=data or None)
    assert response.status_code == expected_status(page, role, which), response.get_data(as_text=True)[:500]


def test_page_matrix_covers_every_page_route(app: Any) -> None:
    """A new page must be added to PAGES (or, with the module that tests its access, to PAGES_TESTED_ELSEWHERE)."""
    routes = {
        (method, rule.rule)
        for rule in app.url_map.iter_rules()
        if not rule.rule.startswith("/api/v1/")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    listed = {(e.method, _template(e)) for e in PAGES} | set(PAGES_TESTED_ELSEWHERE) | PUBLIC_PAGES
    assert len(routes) > 20  # the filter did not silently drop everything
    assert routes - listed == set()
    assert listed - routes == set()  # no stale entry
