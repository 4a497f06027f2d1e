"""Shortlists through the API (tasks eager): computed after the audit and when candidates change; coaches see
their own operator's candidates in full; employers see pseudonyms until the coach proposes the person with their
consent; federations and admins see none; every read is access-logged; exclusion figures are aggregates."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from tests.conftest import ApiClient, World
from tests.portal.test_audit_api import audited, create_vacancy

AD = (
    "Préparateur de commandes (H/F) pour notre entrepôt de Charleroi.\n"
    "Profil : Bac+2 exigé, 3 ans d'expérience minimum.\n"
    "Préparer les commandes avec un scanner, emballer, charger les palettes."
)


def candidate_body(ref: str, *, eqf: int = 2, scope: tuple[str, ...] = ("matching", "shortlist"),
                   postal: str = "6000", years: float = 1.0) -> dict[str, Any]:
    return {
        "operator_reference": ref,
        "consent_given_at": "2026-01-10",
        "consent_scope": list(scope),
        "registration_date": "2025-01-15",
        "birth_date": "1990-05-01",
        "education_level": eqf,
        "experience": [{"occupation": "Préparation de commandes", "rome_code": "N1103", "years": years}],
        "skills": ["utiliser un scanner", "emballage"],
        "languages": [{"language": "fr", "cefr": "C2"}],
        "home_postal_code": postal,
        "mobility": {"max_km": 25, "modes": ["public_transport"]},
        "availability": {"weekly_hours_max": 38, "nights": False, "weekends": False, "early_mornings": True},
    }


def add_candidate(api: ApiClient, coach: str, ref: str, **kw: Any) -> int:
    response = api.post("/api/v1/candidates", as_=coach, json=candidate_body(ref, **kw))
    assert response.status_code == 201, response.get_json()
    return int(response.get_json()["id"])


@pytest.fixture
def setup(api: ApiClient) -> dict[str, Any]:
    ids = {
        "a1": add_candidate(api, "coach_a", "A-1", eqf=2),
        "a2": add_candidate(api, "coach_a", "A-2", eqf=4, years=4),
        "a_no_shortlist_consent": add_candidate(api, "coach_a", "A-3", eqf=1, scope=("matching",)),
        "b1": add_candidate(api, "coach_b", "B-1", eqf=2),
    }
    vacancy_id = create_vacancy(api, AD, rome_code="N1103")
    assert api.post(f"/api/v1/vacancies/{vacancy_id}/submit", as_="employer_a").status_code == 200
    audited(api, vacancy_id)
    return {"vacancy": vacancy_id, "candidates": ids}


def shortlist(api: ApiClient, vacancy_id: int, who: str) -> dict[str, Any]:
    response = api.get(f"/api/v1/vacancies/{vacancy_id}/shortlist", as_=who)
    assert response.status_code == 200, response.get_json()
    body: dict[str, Any] = response.get_json()
    return body


def test_coach_sees_only_own_operator_candidates_in_full(api: ApiClient, setup: dict[str, Any]) -> None:
    ids = setup["candidates"]
    body = shortlist(api, setup["vacancy"], "coach_a")
    assert body["computed"] is True
    seen = {e["candidate_id"] for e in body["entries"]}
    assert seen == {ids["a1"], ids["a2"], ids["a_no_shortlist_consent"]}
    assert ids["b1"] not in seen
    entry = next(e for e in body["entries"] if e["candidate_id"] == ids["a1"])
    assert entry["disclosed"] is True and entry["operator_reference"] == "A-1"
    assert entry["summary"] and entry["components"] and all(c["explanation"] for c in entry["components"])
    # Bac+2 stated, not needed: the stated requirements would have excluded this CE1D holder.
    assert entry["excluded_by_stated"] is True and entry["stated_exclusion_reasons"]
    assert entry["incentives"], "aids evaluated for the candidate and the vacancy"
    assert {a["status"] for a in entry["incentives"]} <= {"eligible", "not_eligible", "unknown"}
    ranks = [e["rank"] for e in body["entries"]]
    assert ranks == sorted(ranks)
    other = shortlist(api, setup["vacancy"], "coach_b")
    assert {e["candidate_id"] for e in other["entries"]} == {ids["b1"]}


def test_employer_sees_pseudonyms_until_proposal_with_consent(api: ApiClient, setup: dict[str, Any]) -> None:
    ids = setup["candidates"]
    body = shortlist(api, setup["vacancy"], "employer_a")
    assert len(body["entries"]) == 4  # both operators' lists
    for e in body["entries"]:
        assert e["pseudonym"].startswith("Candidat·e ")
        assert e["disclosed"] is False
        for private in ("candidate_id", "operator_reference", "gaps", "incentives", "components", "summary"):
            assert private not in e
    coach_view = shortlist(api, setup["vacancy"], "coach_a")["entries"]
    entry_of = {e["candidate_id"]: e["id"] for e in coach_view}

    # The person's consent does not cover being proposed: refused, nothing disclosed.
    refused = api.post(f"/api/v1/shortlist-entries/{entry_of[ids['a_no_shortlist_consent']]}/propose", as_="coach_a")
    assert refused.status_code == 409
    # Only the following operator's coach proposes.
    assert api.post(f"/api/v1/shortlist-entries/{entry_of[ids['a1']]}/propose", as_="coach_b").status_code == 404
    assert api.post(f"/api/v1/shortlist-entries/{entry_of[ids['a1']]}/propose", as_="employer_a").status_code == 403
    ok = api.post(f"/api/v1/shortlist-entries/{entry_of[ids['a1']]}/propose", as_="coach_a")
    assert ok.status_code == 200 and ok.get_json()["proposed"] is True

    body = shortlist(api, setup["vacancy"], "employer_a")
    disclosed = [e for e in body["entries"] if e["disclosed"]]
    assert [e["id"] for e in disclosed] == [entry_of[ids["a1"]]]
    assert disclosed[0]["gaps"] is not None and disclosed[0]["incentives"] and disclosed[0]["summary"]
    assert "candidate_id" not in disclosed[0] and "operator_reference" not in disclosed[0]


def test_shortlist_authorization(api: ApiClient, setup: dict[str, Any], world: World) -> None:
    path = f"/api/v1/vacancies/{setup['vacancy']}/shortlist"
    assert api.get(path, as_="employer_b").status_code == 404
    assert api.get(path, as_="federation_a").status_code == 403
    assert api.get(path, as_="admin").status_code == 403
    assert api.get(path).status_code == 401
    assert api.get("/api/v1/vacancies/999999/shortlist", as_="coach_a").status_code == 404
    assert api.post("/api/v1/shortlist-entries/999999/propose", as_="coach_a").status_code == 404


def test_every_read_is_access_logged(api: ApiClient, app: Flask, setup: dict[str, Any], world: World) -> None:
    from employer_portal.extensions import db
    from employer_portal.models import AccessLog

    shortlist(api, setup["vacancy"], "employer_a")
    shortlist(api, setup["vacancy"], "coach_a")
    with app.app_context():
        rows = db.session.scalars(select(AccessLog).where(AccessLog.action == "shortlist")).all()
        by_user: dict[int | None, set[int]] = {}
        for row in rows:
            assert row.object_type == "candidate" and row.channel == "api" and row.api_token_id is not None
            by_user.setdefault(row.user_id, set()).add(row.object_id)
    assert by_user[world.user_ids["employer_a"]] == set(setup["candidates"].values())
    assert by_user[world.user_ids["coach_a"]] == {
        v for k, v in setup["candidates"].items() if k.startswith("a")
    }


def test_new_candidate_triggers_recompute(api: ApiClient, setup: dict[str, Any]) -> None:
    new_id = add_candidate(api, "coach_a", "A-NEW", eqf=3)
    entries = shortlist(api, setup["vacancy"], "coach_a")["entries"]
    assert new_id in {e["candidate_id"] for e in entries}
    entry_id = next(e["id"] for e in entries if e["candidate_id"] == new_id)
    assert api.post(f"/api/v1/shortlist-entries/{entry_id}/propose", as_="coach_a").status_code == 200
    # Withdrawn consent: recomputed out of the list, even though the person had been proposed.
    response = api.patch(f"/api/v1/candidates/{new_id}", as_="coach_a", json={"consent_withdrawn_at": "2026-02-01"})
    assert response.status_code == 200
    seen = {e["candidate_id"] for e in shortlist(api, setup["vacancy"], "coach_a")["entries"]}
    assert new_id not in seen
    assert entry_id not in {e["id"] for e in shortlist(api, setup["vacancy"], "employer_a")["entries"]}


def test_exclusion_is_aggregates_only(api: ApiClient, setup: dict[str, Any]) -> None:
    response = api.get(f"/api/v1/vacancies/{setup['vacancy']}/exclusion", as_="employer_a")
    assert response.status_code == 200
    body = response.get_json()
    assert body["available"] is True
    # 4 people nearby: below the disclosure floor, only the sentence.
    assert body["disclosable"] is False and "Moins de" in body["sentence"]
    assert set(body) <= {"available", "disclosable", "sentence", "radius_minutes"}
    for i in range(8):
        add_candidate(api, "coach_b", f"B-X{i}", eqf=1 + i % 3)
    body = api.get(f"/api/v1/vacancies/{setup['vacancy']}/exclusion", as_="employer_a").get_json()
    assert body["disclosable"] is True and body["local_pool"] == 12
    assert body["capable"] >= body["capable_excluded_by_stated"] >= 1
    assert any("Diplôme" in c["requirement"] for c in body["costs"])
    for forbidden in ("entries", "candidate_id", "pseudonym"):
        assert forbidden not in body
    assert api.get(f"/api/v1/vacancies/{setup['vacancy']}/exclusion", as_="employer_b").status_code == 404
    assert api.get(f"/api/v1/vacancies/{setup['vacancy']}/exclusion", as_="coach_a").status_code == 403


def test_employer_facts_change_recomputes_the_aids_on_entries(api: ApiClient, setup: dict[str, Any]) -> None:
    # The aids stored on each entry depend on the employer's kind and headcount: unknown facts leave the aids that
    # read them "unknown"; once the employer states them, the lists are recomputed (no stale aids on old lists).
    def unknown_aids() -> int:
        entry = next(e for e in shortlist(api, setup["vacancy"], "coach_a")["entries"]
                     if e["candidate_id"] == setup["candidates"]["a1"])
        return sum(1 for a in entry["incentives"] if a["status"] == "unknown")

    before = unknown_aids()
    response = api.patch("/api/v1/me/organization", as_="employer_a",
                         json={"employer_kind": "non_profit", "employees_fte": 12})
    assert response.status_code == 200, response.get_json()
    assert unknown_aids() < before


def test_a_candidate_change_recomputes_only_their_operators_lists(
    api: ApiClient, setup: dict[str, Any], world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from employer_portal.services import shortlist_ops

    ranked_for: list[str] = []
    real = shortlist_ops.build_shortlist

    def spy(*args: Any, **kwargs: Any) -> Any:
        ranked_for.append(kwargs["operator_id"])
        return real(*args, **kwargs)

    monkeypatch.setattr(shortlist_ops, "build_shortlist", spy)
    new_id = add_candidate(api, "coach_a", "A-LATER", eqf=3)
    assert ranked_for == [str(world.org_ids["operator_a"])]  # B's list ranks other people: not recomputed
    assert new_id in {e["candidate_id"] for e in shortlist(api, setup["vacancy"], "coach_a")["entries"]}
    assert len(shortlist(api, setup["vacancy"], "coach_b")["entries"]) == 1
