"""Worked examples for every aid at each regime boundary: 31 Dec 2025, 1 Jan 2026, 30 Jun 2026, 1 Jul 2026.

Expected amounts are computed by hand from the reference's schedules (walloon-reference.md §1), not by the engine.
"""

from __future__ import annotations

from typing import Any

import pytest
from incentive_cases import BOUNDARIES, long_term, senior, with_changes, young

from matching.incentives import evaluate

D1, D2, D3, D4 = BOUNDARIES


def _aid(case: dict[str, Any], aid_id: str, on: str | None = None) -> dict[str, Any]:
    result = evaluate(case, "loi").to_dict()
    for status in ("eligible", "not_eligible", "unknown"):
        for item in result[status]:
            if item["id"] == aid_id:
                return item
    raise AssertionError(aid_id)


# (aid, case builder, date, status, version valid_from, provisional, amount_total_eur)
CASES = [
    # Impulsion -25: 24x500 + 6x250 + 6x125 = 14 250 until 2025; only the first slice (24x500) from 2026.
    ("IMPULSION_MOINS_25", young, D1, "eligible", "2023-07-01", False, 14250.0),
    ("IMPULSION_MOINS_25", young, D2, "eligible", "2026-01-01", False, 12000.0),
    ("IMPULSION_MOINS_25", young, D3, "eligible", "2026-01-01", False, 12000.0),
    ("IMPULSION_MOINS_25", young, D4, "eligible", "2026-07-01", True, 12000.0),
    # Impulsion 12 mois+: 12x500 + 6x250 + 6x125 = 8 250 until 2025; 12x500 = 6 000 from 2026.
    ("IMPULSION_12M", long_term, D1, "eligible", "2023-07-01", False, 8250.0),
    ("IMPULSION_12M", long_term, D2, "eligible", "2026-01-01", False, 6000.0),
    ("IMPULSION_12M", long_term, D3, "eligible", "2026-01-01", False, 6000.0),
    ("IMPULSION_12M", long_term, D4, "eligible", "2026-07-01", True, 6000.0),
    # Tremplin 24 mois+: 24 x 1 000 full time; provisional once the single bonus arrives.
    ("TREMPLIN_24M", long_term, D1, "eligible", "2025-01-01", False, 24000.0),
    ("TREMPLIN_24M", long_term, D2, "eligible", "2026-01-01", False, 24000.0),
    ("TREMPLIN_24M", long_term, D3, "eligible", "2026-01-01", False, 24000.0),
    ("TREMPLIN_24M", long_term, D4, "eligible", "2026-07-01", True, 24000.0),
    # SESAM (young worker: +3 080 majoration in year 1): 12 326 + 9 243 + 6 163 + 3 080 = 30 812 for 2025
    # applications; one year (12 326 + 3 080 = 15 406) in 2026; abolished for applications from 1 July 2026.
    ("SESAM", young, D1, "eligible", "2025-01-01", False, 30812.0),
    ("SESAM", young, D2, "eligible", "2026-01-01", False, 15406.0),
    ("SESAM", young, D3, "eligible", "2026-01-01", False, 15406.0),
    ("SESAM", young, D4, "not_eligible", None, False, None),
    # Prime à l'embauche unique: not in force before 1 July 2026; then up to 24 x 1 200 = 28 800 (upper bound).
    ("PRIME_EMBAUCHE_UNIQUE", young, D1, "not_eligible", None, False, None),
    ("PRIME_EMBAUCHE_UNIQUE", young, D2, "not_eligible", None, False, None),
    ("PRIME_EMBAUCHE_UNIQUE", young, D3, "not_eligible", None, False, None),
    ("PRIME_EMBAUCHE_UNIQUE", young, D4, "eligible", "2026-07-01", True, 28800.0),
]


@pytest.mark.parametrize(("aid", "build", "day", "status", "valid_from", "provisional", "total"), CASES)
def test_aid_at_regime_boundary(aid: str, build: Any, day: str, status: str, valid_from: str | None,
                                provisional: bool, total: float | None) -> None:
    item = _aid(build(day), aid)
    assert item["status"] == status
    assert (item["version"] or {}).get("valid_from") == valid_from
    assert item["provisional"] is provisional
    if status == "eligible":
        assert item["amount_total_eur"] == total
        assert item["schedule"] and item["sources"]


def test_impulsion_55_becomes_57_on_1_january_2026() -> None:
    # Born 1969-06-01: 56 at the end of Q4 2025 (eligible under the 55+ rule), still 56 at the end of Q1 2026.
    before = _aid(senior(D1), "IMPULSION_55PLUS")
    assert before["status"] == "eligible" and not before["provisional"]
    # Quarters from Q4 2025: 6 at 400 (age 56-57), 28 at 1 000 (58-64), 9 at 1 500 (65 up to the quarter in
    # which the legal pension age 67 is reached, Q2 2036): 2 400 + 28 000 + 13 500.
    assert before["amount_total_eur"] == 43900.0
    after = _aid(senior(D2), "IMPULSION_55PLUS")
    assert after["status"] == "not_eligible"
    assert after["provisional"] is True
    # 57 is reached on 2026-06-01: a hire from the quarter that contains that birthday qualifies.
    assert after["suggestions_fr"] == [
        "éligible si l'âge du travailleur à la fin du trimestre d'entrée : au moins 57 ans "
        "(entrée en service à partir du 01/04/2026)"
    ]
    for day in (D3, D4):
        item = _aid(senior(day), "IMPULSION_55PLUS")
        assert item["status"] == "eligible" and item["provisional"] is True
        assert item["amount_total_eur"] is None  # 2026 amounts for 57+ are not confirmed [U]
        assert item["amount_status"] == "unknown"


def test_impulsion_55_wage_ceiling_drops_in_2026() -> None:
    # 5 000 EUR a month = 15 000 a quarter: under the 2025 ceiling (17 335,73), over the 2026 one (13 500).
    case = lambda day: with_changes(senior(day, "1966-01-01"), contract={"gross_monthly_wage": 5000})  # noqa: E731
    assert _aid(case(D1), "IMPULSION_55PLUS")["status"] == "eligible"
    item = _aid(case(D2), "IMPULSION_55PLUS")
    assert item["status"] == "not_eligible"
    assert any("13 500" in s for s in item["suggestions_fr"])


@pytest.mark.parametrize("day", BOUNDARIES)
def test_pfi_alternance_tutorat_ape_at_every_boundary(day: str) -> None:
    pfi = with_changes(young(day), contract={"type": "PFI", "duration_months": 4})
    item = _aid(pfi, "PFI")
    assert item["status"] == "eligible" and item["version"]["valid_from"] == "2024-10-01"
    assert item["amount_total_eur"] is None and item["amount_status"] == "unknown"  # not a cash aid

    alternance = with_changes(young(day), contract={"type": "alternance", "duration_months": 24},
                              employer={"approved_tutor": True})
    item = _aid(alternance, "ALTERNANCE")
    assert item["status"] == "eligible" and item["amount_total_eur"] == 750.0  # first-year success bonus

    german = with_changes(alternance, employer={"workplace_region": "german_community"})
    item = _aid(german, "TUTORAT")
    assert item["status"] == "eligible" and item["provisional"] is True
    assert item["amount_total_eur"] == 3200.0  # 4 quarters x 800
    # In the French-language region the reference cannot tell whether the reduction still exists: unknown.
    assert _aid(alternance, "TUTORAT")["status"] == "unknown"

    non_profit = with_changes(young(day), employer={"kind": "non_profit"})
    item = _aid(non_profit, "APE")
    assert item["status"] == "eligible" and item["amount_total_eur"] is None
    assert _aid(young(day), "APE")["status"] == "not_eligible"


def test_pfi_version_switches_on_1_october_2024() -> None:
    pfi = lambda day: with_changes(young(day), contract={"type": "PFI", "duration_months": 4},  # noqa: E731
                                   worker={"unemployed_since": "2024-03-01"})
    assert _aid(pfi("2024-09-30"), "PFI")["version"]["valid_from"] == "2019-05-01"
    assert _aid(pfi("2024-10-01"), "PFI")["version"]["valid_from"] == "2024-10-01"


def test_sesam_follows_the_application_date_not_the_hire_date() -> None:
    case = young(D4)
    case["application_date"] = "2026-06-20"
    item = _aid(case, "SESAM")
    assert item["status"] == "eligible" and item["amount_total_eur"] == 15406.0
    assert "date de demande" in item["date_basis_fr"]
    late = _aid(young(D4), "SESAM")
    assert late["reason_fr"].startswith("plus en vigueur")
    assert any("talentshouse" in s for s in late["sources"])  # the source that says SESAM ends
    assert late["suggestions_fr"] == ["éligible seulement pour une demande au plus tard le 30/06/2026"]


def test_single_bonus_before_its_entry_into_force_previews_the_answer() -> None:
    item = _aid(young(D3), "PRIME_EMBAUCHE_UNIQUE")
    assert item["reason_fr"].startswith("pas encore en vigueur")
    assert item["suggestions_fr"] == ["éligible seulement pour une entrée en service à partir du 01/07/2026 "
                                      "(avec les mêmes données à cette date : éligible)"]


def test_single_bonus_entry_points() -> None:
    # A 40-year-old with a higher diploma, registered for 5 months: no entry point (not young/senior, < 12 months).
    case = with_changes(long_term(D4, since="2026-02-01"), worker={"highest_qualification": "higher"})
    item = _aid(case, "PRIME_EMBAUCHE_UNIQUE")
    assert item["status"] == "not_eligible"
    assert item["suggestions_fr"] == [
        "éligible si le travailleur compte au moins 12 mois d'inoccupation la veille de l'entrée "
        "(entrée en service à partir du 02/02/2027)"
    ]
    # A non-profit employer: the reference does not say whether it is covered -> unknown, not a silent no.
    ngo = with_changes(young(D4), employer={"kind": "non_profit"})
    assert _aid(ngo, "PRIME_EMBAUCHE_UNIQUE")["status"] == "unknown"
