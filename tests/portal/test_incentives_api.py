"""POST /api/v1/incentives/evaluate: the engine's answer as JSON, errors naming the field, the policy switch."""

from __future__ import annotations

import copy
from typing import Any

from flask import Flask
from sqlalchemy import func, select

from tests.conftest import ApiClient

CASE: dict[str, Any] = {
    "hire_date": "2026-01-15",
    "worker": {
        "birth_date": "1980-05-05",
        "residence_region": "wallonia_fr",
        "registered_job_seeker": True,
        "unemployed_since": "2023-06-01",
        "highest_qualification": "upper_secondary",
        "unemployment_benefits": True,
        "previous_impulsion_25": False,
        "employed_by_employer_last_12_months": False,
    },
    "employer": {"kind": "private_market", "workplace_region": "wallonia_fr", "employees_fte": 12},
    "contract": {"type": "CDI", "weekly_hours": 38, "full_time_weekly_hours": 38, "gross_monthly_wage": 2300},
}
URL = "/api/v1/incentives/evaluate"


def ids(items: list[dict[str, Any]]) -> set[str]:
    return {a["id"] for a in items}


def test_happy_path_lists_eligible_aids_with_amounts_and_sources(api: ApiClient, app: Flask) -> None:
    from employer_portal.extensions import db
    from employer_portal.models import IncentiveEvaluation

    response = api.post(URL, as_="employer_a", json=CASE)
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["policy"] == "loi" and body["hire_date"] == "2026-01-15"
    assert "IMPULSION_12M" in ids(body["eligible"])  # registered since 2023: more than 12 months
    assert "IMPULSION_55PLUS" in ids(body["not_eligible"])  # 45 years old
    for item in body["eligible"]:
        assert item["sources"] and "provisional" in item and item["amount_total_eur"] > 0 and item["schedule"]
    for item in body["not_eligible"]:
        assert item["unmet"] or item.get("reason_fr"), item  # unmet conditions, or no version in force
    assert isinstance(body["unknown"], list)
    # The evaluation is stored for audit trails.
    with app.app_context():
        assert db.session.execute(select(func.count(IncentiveEvaluation.id))).scalar_one() == 1


def test_missing_data_answers_unknown_not_no(api: ApiClient) -> None:
    body = api.post(URL, as_="coach_a", json={"hire_date": "2026-01-15"}).get_json()
    assert body["unknown"], body
    assert all(item["missing_fields"] for item in body["unknown"])


def test_policy_switch(api: ApiClient) -> None:
    case = copy.deepcopy(CASE)
    case["employer"]["isp_collaboration_agreement"] = False
    law = api.post(URL, as_="employer_a", json=case).get_json()
    assises = api.post(URL + "?policy=assises", as_="employer_a", json=case).get_json()
    assert assises["policy"] != "loi"
    assert "IMPULSION_12M" in ids(law["eligible"])
    # Without an agreement with an ISP operator, the Assises policy withholds the aid.
    assert "IMPULSION_12M" not in ids(assises["eligible"])
    bad = api.post(URL + "?policy=laxiste", as_="employer_a", json=case)
    assert bad.status_code == 422 and "policy" in bad.get_json()["errors"]


def test_bad_input_names_the_field(api: ApiClient) -> None:
    cases = [
        ({**CASE, "hire_date": "2026-02-30"}, "hire_date"),
        ({**CASE, "contract": {**CASE["contract"], "weekly_hours": -4}}, "contract.weekly_hours"),
        ({**CASE, "contract": {**CASE["contract"], "type": "freelance"}}, "contract.type"),
        ({k: v for k, v in CASE.items() if k != "hire_date"}, "hire_date"),
    ]
    for case, field in cases:
        response = api.post(URL, as_="employer_a", json=case)
        assert response.status_code == 422, (field, response.get_json())
        body = response.get_json()
        assert field in body["errors"], (field, body)
        assert field in body["detail"]
    response = api.post(URL, as_="employer_a", json=["not", "an", "object"])
    assert response.status_code == 422 and "_body" in response.get_json()["errors"]
    response = api.post(URL, as_="employer_a", data="hire_date=2026-01-15",
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 415


def test_incentives_authorization(api: ApiClient) -> None:
    assert api.post(URL, as_="federation_a", json=CASE).status_code == 403
    assert api.post(URL, json=CASE).status_code == 401
    assert api.post(URL, as_="admin", json=CASE).status_code == 200
