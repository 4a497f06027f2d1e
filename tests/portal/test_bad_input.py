"""Bad input answers a clear 4xx problem, never a 500, and writes nothing.

Every write endpoint × every kind of bad input: malformed JSON, unknown field, wrong type, overlong string,
control character, body over the limit (413), wrong content type (415), JSON that is not an object.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ApiClient, World, row_counts


@dataclass(frozen=True)
class WriteEndpoint:
    name: str
    method: str
    path: Callable[[World], str]
    as_: str | None
    valid: Callable[[World], dict[str, Any]]
    text_field: str  # a single-line string field of the body
    number_field: str | None


WRITE_ENDPOINTS = [
    WriteEndpoint("create vacancy", "POST", lambda w: "/api/v1/vacancies", "employer_a",
                  lambda w: {"title": "Cariste", "description": "Conduite.", "weekly_hours": 38}, "title",
                  "weekly_hours"),
    WriteEndpoint("edit vacancy", "PATCH", lambda w: f"/api/v1/vacancies/{w.vacancy_ids['a']}", "employer_a",
                  lambda w: {"title": "Cariste", "posts": 2}, "title", "posts"),
    WriteEndpoint("write post analysis", "PUT",
                  lambda w: f"/api/v1/vacancies/{w.vacancy_ids['a']}/post-analysis", "employer_a",
                  lambda w: {"tools": ["scanner"], "time_to_proficiency_weeks": 2}, "tools",
                  "time_to_proficiency_weeks"),
    WriteEndpoint("create candidate", "POST", lambda w: "/api/v1/candidates", "coach_a",
                  lambda w: {"operator_reference": "X-1", "consent_given_at": "2026-01-01",
                             "consent_scope": ["matching"], "education_level": 2},
                  "operator_reference", "education_level"),
    WriteEndpoint("edit candidate", "PATCH", lambda w: f"/api/v1/candidates/{w.candidate_ids['a']}", "coach_a",
                  lambda w: {"operator_reference": "REF-A2", "education_level": 3}, "operator_reference",
                  "education_level"),
    WriteEndpoint("create organization", "POST", lambda w: "/api/v1/organizations", "admin",
                  lambda w: {"name": "Nouvelle", "kind": "employer"}, "name", None),
    WriteEndpoint("edit organization", "PATCH", lambda w: f"/api/v1/organizations/{w.org_ids['employer_a']}",
                  "admin", lambda w: {"name": "Employeur A bis"}, "name", None),
    WriteEndpoint("create user", "POST", lambda w: "/api/v1/users", "admin",
                  lambda w: {"organization_id": w.org_ids["employer_a"], "email": "x@test.example",
                             "role": "employer_user", "password": "long-enough-password"},
                  "display_name", "organization_id"),
    WriteEndpoint("token login", "POST", lambda w: "/api/v1/auth/tokens", None,
                  lambda w: {"email": w.emails["employer_a"], "password": "correct-horse-battery"}, "name",
                  "valid_days"),
]


def _set_text(body: dict[str, Any], field: str, value: str) -> dict[str, Any]:
    body = dict(body)
    body[field] = [value] if field == "tools" else value
    return body


def bad_requests(endpoint: WriteEndpoint, world: World) -> list[tuple[str, dict[str, Any], set[int]]]:
    valid = endpoint.valid(world)
    cases: list[tuple[str, dict[str, Any], set[int]]] = [
        ("malformed json", {"data": '{"title": "x",', "content_type": "application/json"}, {400}),
        ("json array", {"json": [valid]}, {422}),
        ("json string", {"json": "hello"}, {422}),
        ("unknown field", {"json": {**valid, "is_admin": True}}, {422}),
        ("overlong string", {"json": _set_text(valid, endpoint.text_field, "x" * 5000)}, {422}),
        ("control character", {"json": _set_text(valid, endpoint.text_field, "abc\x00def")}, {422}),
        ("escape sequence", {"json": _set_text(valid, endpoint.text_field, "abc\x1b[31mdef")}, {422}),
        ("bidi override", {"json": _set_text(valid, endpoint.text_field, "abc\u202edef")}, {422}),
        ("over the limit", {"data": json.dumps({**valid, "pad": "x" * (1024 * 1024)}),
                            "content_type": "application/json"}, {413}),
        ("form encoded", {"data": {"title": "x"}}, {415}),
        ("text/plain", {"data": json.dumps(valid), "content_type": "text/plain"}, {415}),
        ("invalid utf-8", {"data": b'{"title": "\xff\xfe"}', "content_type": "application/json"}, {400}),
        ("null for required/typed", {"json": {**valid, endpoint.text_field: None}}, {422}),
    ]
    if endpoint.number_field:
        cases += [
            ("number as string", {"json": {**valid, endpoint.number_field: "12"}}, {422}),
            ("number as bool", {"json": {**valid, endpoint.number_field: True}}, {422}),
            ("number as object", {"json": {**valid, endpoint.number_field: {"a": 1}}}, {422}),
            ("huge number", {"json": {**valid, endpoint.number_field: 10**30}}, {422}),
        ]
    return cases


CASES = [
    pytest.param(endpoint, index, id=f"{endpoint.name}-{index}")
    for endpoint in WRITE_ENDPOINTS
    for index in range(17 if endpoint.number_field else 13)
]


@pytest.mark.parametrize(("endpoint", "index"), CASES)
def test_bad_input_is_a_4xx_problem_and_writes_nothing(
    app: Any, api: ApiClient, world: World, endpoint: WriteEndpoint, index: int
) -> None:
    label, kwargs, expected = bad_requests(endpoint, world)[index]
    before = row_counts(app)
    response = api.request(endpoint.method, endpoint.path(world), endpoint.as_, **kwargs)
    assert response.status_code in expected, (label, response.status_code, response.get_data(as_text=True))
    assert response.mimetype == "application/problem+json", label
    problem = response.json
    assert problem["status"] == response.status_code
    assert problem["title"] and problem["detail"] and problem["type"].startswith("urn:poste-juste:problem:")
    if response.status_code == 422:
        assert problem["errors"], label  # field -> messages
    after = row_counts(app)
    # The token login writes nothing either; only the access log could grow, and it must not on failure.
    assert after == before, label


def test_valid_bodies_do_succeed(api: ApiClient, world: World) -> None:
    """The matrix above would be vacuous if the "valid" bodies were not valid."""
    for endpoint in WRITE_ENDPOINTS:
        response = api.request(endpoint.method, endpoint.path(world), endpoint.as_, json=endpoint.valid(world))
        assert response.status_code in {200, 201}, (endpoint.name, response.get_data(as_text=True))


def test_field_messages_are_french_and_name_the_field(api: ApiClient) -> None:
    response = api.post(
        "/api/v1/vacancies", "employer_a", json={"title": "ab", "description": "x", "posts": "2", "zzz": 1}
    )
    assert response.status_code == 422
    errors = response.json["errors"]
    assert errors["zzz"] == ["Champ inconnu."]
    assert errors["posts"] == ["Nombre entier attendu."]
    assert "3" in errors["title"][0] and "200" in errors["title"][0]


def test_missing_required_fields(api: ApiClient) -> None:
    response = api.post("/api/v1/vacancies", "employer_a", json={})
    assert response.status_code == 422
    assert response.json["errors"] == {
        "title": ["Champ obligatoire manquant."],
        "description": ["Champ obligatoire manquant."],
    }


def test_description_keeps_newlines_and_tabs(api: ApiClient) -> None:
    response = api.post(
        "/api/v1/vacancies", "employer_a", json={"title": "Cariste", "description": "Ligne 1\n\tLigne 2"}
    )
    assert response.status_code == 201
    assert response.json["description"] == "Ligne 1\n\tLigne 2"


def test_nested_errors_have_dotted_paths(api: ApiClient, world: World) -> None:
    response = api.put(
        f"/api/v1/vacancies/{world.vacancy_ids['a']}/post-analysis",
        "employer_a",
        json={"tasks": [{"name": "ok"}, {"name": "", "frequency": "hourly"}]},
    )
    assert response.status_code == 422
    assert set(response.json["errors"]) == {"tasks.1.name", "tasks.1.frequency"}


def test_unexpected_error_is_a_500_problem_without_internals(app: Any, api: ApiClient, monkeypatch: Any) -> None:
    from employer_portal.services import vacancies

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(vacancies, "vacancies_query", boom)
    response = api.get("/api/v1/vacancies", "employer_a")
    assert response.status_code == 500
    assert response.mimetype == "application/problem+json"
    assert "secret" not in response.get_data(as_text=True)
    assert response.json["request_id"] == response.headers["X-Request-ID"]


def test_deeply_nested_json_is_400_not_500(api: ApiClient) -> None:
    response = api.post("/api/v1/auth/tokens", data="[" * 200_000, content_type="application/json")
    assert response.status_code == 400 and response.mimetype == "application/problem+json"


def test_infinite_number_is_refused(api: ApiClient) -> None:
    response = api.post(
        "/api/v1/vacancies", "employer_a", data='{"title": "Cariste", "description": "x", "weekly_hours": 1e400}',
        content_type="application/json",
    )
    assert response.status_code == 422 and "weekly_hours" in response.json["errors"]


def test_null_full_time_reference_means_38_hours(api: ApiClient, world: World) -> None:
    response = api.patch(f"/api/v1/vacancies/{world.vacancy_ids['a']}", "employer_a", json={"full_time_hours": None})
    assert response.status_code == 200 and response.json["full_time_hours"] == 38.0
    for field in ("title", "description", "posts", "schedule"):
        refused = api.patch(f"/api/v1/vacancies/{world.vacancy_ids['a']}", "employer_a", json={field: None})
        assert refused.status_code == 422 and field in refused.json["errors"], field


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)
vacancy_like = st.fixed_dictionaries(
    {},
    optional={
        "title": json_values, "description": json_values, "weekly_hours": json_values, "posts": json_values,
        "schedule": json_values, "contract_type": json_values, "workplace_postal_code": json_values,
        "rome_code": json_values,
    },
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(vacancy_like, json_values))
def test_random_json_never_500_and_never_half_written(app: Any, api: ApiClient, body: Any) -> None:
    before = row_counts(app)["vacancies"]
    response = api.post("/api/v1/vacancies", "employer_a", json=body)
    assert response.status_code in {201, 400, 422}, response.get_data(as_text=True)
    after = row_counts(app)["vacancies"]
    assert after == before + (1 if response.status_code == 201 else 0)
