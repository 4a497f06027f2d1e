"""Worked-example hiring cases shared by the incentive tests (plain dicts in the contract's form)."""

from __future__ import annotations

import copy
from typing import Any

BOUNDARIES = ("2025-12-31", "2026-01-01", "2026-06-30", "2026-07-01")

EMPLOYER = {"kind": "private_market", "workplace_region": "wallonia_fr", "employees_fte": 12,
            "isp_collaboration_agreement": True, "net_new_job": True, "approved_tutor": False}
CDI = {"type": "CDI", "weekly_hours": 38, "full_time_weekly_hours": 38, "gross_monthly_wage": 2300}


def young(hire_date: str = "2026-01-15", **contract: Any) -> dict[str, Any]:
    """21-year-old without CESS, registered job seeker since March 2025, Walloon resident; CDI full time."""
    return {
        "hire_date": hire_date,
        "worker": {"birth_date": "2004-03-01", "residence_region": "wallonia_fr", "registered_job_seeker": True,
                   "unemployed_since": "2025-03-01", "highest_qualification": "lower_secondary",
                   "unemployment_benefits": True, "integration_income": False, "previous_impulsion_25": False,
                   "employed_by_employer_last_12_months": False, "days_worked_for_employer_last_3_months": 0},
        "employer": dict(EMPLOYER),
        "contract": {**CDI, **contract},
        "job_quality_ok": True,
    }


def long_term(hire_date: str = "2026-01-15", since: str = "2023-06-01", **contract: Any) -> dict[str, Any]:
    """45-year-old with CESS, registered job seeker since `since` (>= 30 months by 2026), Walloon resident."""
    case = young(hire_date, **contract)
    case["worker"].update({"birth_date": "1980-05-05", "unemployed_since": since,
                           "highest_qualification": "upper_secondary"})
    return case


def senior(hire_date: str, birth_date: str = "1969-06-01") -> dict[str, Any]:
    """Older registered job seeker (56 at the end of 2025), CDI full time at 2 300 EUR gross a month."""
    case = long_term(hire_date)
    case["worker"]["birth_date"] = birth_date
    return case


def with_changes(case: dict[str, Any], **parts: dict[str, Any]) -> dict[str, Any]:
    """Deep copy of `case` with `worker=`, `employer=`, `contract=` dicts merged in (None removes a field)."""
    out = copy.deepcopy(case)
    for part, changes in parts.items():
        target = out.setdefault(part, {})
        for key, value in changes.items():
            if value is None:
                target.pop(key, None)
            else:
                target[key] = value
    return out
