"""Amount schedules (contract length, part time, conditional items), the eve-of-hire rule, and a property:
removing data never turns an answer into a silent no."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from incentive_cases import long_term, with_changes, young

from matching.incentives import evaluate
from matching.incentives.explain import eur
from matching.incentives.facts import add_months, full_months


def _item(case: dict[str, Any], aid: str, policy: str = "loi") -> Any:
    return evaluate(case, policy).aid(aid)


@pytest.mark.parametrize(
    ("duration", "total"),
    [(2, 1000.0), (12, 6000.0), (30, 13500.0), (40, 14250.0), (2.5, 1250.0)],
)
def test_impulsion_total_is_capped_by_the_fixed_term_contract(duration: float, total: float) -> None:
    # 2025 schedule: 500/month for months 1-24, 250 for 25-30, 125 for 31-36.
    case = young("2025-11-03", type="CDD", duration_months=duration)
    item = _item(case, "IMPULSION_MOINS_25")
    assert item.status == "eligible"
    assert item.amount.total_eur == total
    assert item.amount.max_eur == 14250.0


def test_tremplin_is_prorated_for_part_time_and_needs_half_time() -> None:
    half = long_term("2026-02-02", weekly_hours=19)
    item = _item(half, "TREMPLIN_24M")
    assert item.amount.total_eur == 12000.0 and item.amount.exact
    assert any("proratisés" in n for n in item.amount.notes_fr)
    too_little = long_term("2026-02-02", weekly_hours=15.2)
    item = _item(too_little, "TREMPLIN_24M")
    assert item.status == "not_eligible"
    assert item.suggestions_fr == ("éligible si le contrat est au moins à 50 % d'un temps plein",)


def test_unknown_hours_give_a_full_time_maximum_said_as_such() -> None:
    case = with_changes(long_term("2026-02-02"), contract={"weekly_hours": None})
    item = _item(case, "IMPULSION_12M")  # no working-time condition: eligible, amount not prorated [U]
    assert item.status == "eligible"
    assert any("non confirmée" in n for n in item.amount.notes_fr)
    tremplin = _item(case, "TREMPLIN_24M")
    assert tremplin.status == "unknown" and tremplin.missing_fields() == ["contract.weekly_hours"]


def test_default_full_time_week_is_stated() -> None:
    case = with_changes(long_term("2026-02-02", weekly_hours=19), contract={"full_time_weekly_hours": None})
    item = _item(case, "TREMPLIN_24M")
    assert item.amount.total_eur == 12000.0
    assert any("38 h supposées" in n for n in item.amount.notes_fr)


def test_unknown_cdd_duration_is_unknown_for_impulsion() -> None:
    case = with_changes(young("2026-02-02"), contract={"type": "CDD"})
    item = _item(case, "IMPULSION_MOINS_25")
    assert item.status == "unknown" and item.missing_fields() == ["contract.duration_months"]


def test_alternance_self_employed_bonus_is_conditional_on_known_headcount() -> None:
    base = with_changes(young("2026-02-02"), contract={"type": "alternance", "duration_months": 24},
                        employer={"approved_tutor": True, "kind": "self_employed", "employees_fte": 0})
    assert _item(base, "ALTERNANCE").amount.total_eur == 1500.0
    unknown_staff = with_changes(base, employer={"employees_fte": None})
    item = _item(unknown_staff, "ALTERNANCE")
    assert item.amount.total_eur == 750.0
    assert [p.status for p in item.amount.periods] == ["included", "conditional"]
    short = with_changes(base, contract={"duration_months": 6})
    assert _item(short, "ALTERNANCE").amount.total_eur == 750.0  # the first-year bonus comes after 9 months


def test_sesam_majoration_only_for_the_target_profiles() -> None:
    # 45 years old with CESS: no majoration; same worker without CESS: +3 080.
    assert _item(long_term("2026-02-02"), "SESAM").amount.total_eur == 12326.0
    no_cess = with_changes(long_term("2026-02-02"), worker={"highest_qualification": "lower_secondary"})
    assert _item(no_cess, "SESAM").amount.total_eur == 15406.0


# --- the eve of entering service -------------------------------------------------------------------------------


def test_age_is_tested_on_the_eve_of_hire() -> None:
    # Born 2001-01-01: 25 on 2026-01-01. Hired on 2026-01-01, the eve (2025-12-31) still counts as 24.
    on_birthday = with_changes(young("2026-01-01"), worker={"birth_date": "2001-01-01"})
    assert _item(on_birthday, "IMPULSION_MOINS_25").status == "eligible"
    day_after = with_changes(young("2026-01-02"), worker={"birth_date": "2001-01-01"})
    item = _item(day_after, "IMPULSION_MOINS_25")
    assert item.status == "not_eligible"
    assert item.suggestions_fr == ("éligible si l'âge du travailleur la veille de l'entrée en service : moins de "
                                   "25 ans (entrée en service au plus tard le 01/01/2026)",)


def test_unemployment_months_are_counted_on_the_eve() -> None:
    # Registered since 2025-01-15: 12 full months on 2026-01-15, i.e. for a hire on 2026-01-16.
    ok = long_term("2026-01-16", since="2025-01-15")
    assert _item(ok, "IMPULSION_12M").status == "eligible"
    early = long_term("2026-01-15", since="2025-01-15")
    item = _item(early, "IMPULSION_12M")
    assert item.suggestions_fr == ("éligible si le travailleur compte au moins 12 mois d'inoccupation la veille "
                                   "de l'entrée (entrée en service à partir du 16/01/2026)",)


def test_cess_holder_needs_six_months() -> None:
    case = with_changes(young("2026-02-02"), worker={"highest_qualification": "upper_secondary",
                                                     "unemployed_since": "2025-11-01"})
    item = _item(case, "IMPULSION_MOINS_25")
    assert item.status == "not_eligible"
    assert item.suggestions_fr == ("éligible si le travailleur compte au moins 6 mois d'inoccupation la veille de "
                                   "l'entrée (entrée en service à partir du 02/05/2026)",)


def test_month_arithmetic() -> None:
    from datetime import date

    # Month ends clamp (like dateutil's relativedelta): 31 January + 1 month = 28 February.
    assert full_months(date(2025, 1, 31), date(2025, 2, 27)) == 0
    assert full_months(date(2025, 1, 31), date(2025, 2, 28)) == 1
    assert full_months(date(2025, 1, 15), date(2026, 1, 14)) == 11
    assert full_months(date(2025, 1, 15), date(2026, 1, 15)) == 12
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)


# --- property: missing data is never a silent no ---------------------------------------------------------------

_FIELDS = [("worker", k) for k in ("birth_date", "residence_region", "registered_job_seeker", "unemployed_since",
                                   "highest_qualification", "previous_impulsion_25",
                                   "employed_by_employer_last_12_months", "days_worked_for_employer_last_3_months")]
_FIELDS += [("employer", k) for k in ("kind", "workplace_region", "employees_fte", "approved_tutor",
                                      "net_new_job", "isp_collaboration_agreement")]
_FIELDS += [("contract", k) for k in ("type", "duration_months", "weekly_hours", "gross_monthly_wage")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    day=st.sampled_from(["2025-12-31", "2026-01-01", "2026-06-30", "2026-07-01"]),
    builder=st.sampled_from([young, long_term]),
    contract_type=st.sampled_from(["CDI", "CDD", "PFI", "alternance"]),
    duration=st.sampled_from([1, 4, 12, 30]),
    kind=st.sampled_from(["private_market", "non_profit", "self_employed"]),
    policy=st.sampled_from(["loi", "assises"]),
    dropped=st.lists(st.sampled_from(_FIELDS), min_size=1, max_size=3, unique=True),
)
def test_dropping_data_never_turns_an_answer_into_a_no(day: str, builder: Any, contract_type: str, duration: int,
                                                       kind: str, policy: str,
                                                       dropped: list[tuple[str, str]]) -> None:
    full = with_changes(builder(day), contract={"type": contract_type, "duration_months": duration},
                        employer={"kind": kind, "approved_tutor": True})
    partial = with_changes(full, **{part: {key: None} for part, key in dropped})
    before = {a.id: a.status for a in evaluate(full, policy).aids}
    after = {a.id: a.status for a in evaluate(partial, policy).aids}
    for aid, status in before.items():
        if status in ("eligible", "unknown"):
            assert after[aid] in ("eligible", "unknown"), (aid, dropped)


@pytest.mark.parametrize(
    ("amount", "text"),
    [(30000.0, "30 000 €"), (256.56, "256,56 €"), (1234.5, "1 234,50 €"), (0.1, "0,10 €"), (None, "montant inconnu")],
)
def test_amounts_in_the_explanation_keep_two_digits_of_cents(amount: float | None, text: str) -> None:
    assert eur(amount) == text
