"""Cumulation, the "assises" policy switch, unknowns and "double peine"."""

from __future__ import annotations

from typing import Any

import pytest
from incentive_cases import long_term, with_changes, young

from matching.incentives import ENV_DURABLE_MONTHS, ENV_POLICY, PolicyError, evaluate, load_policy, load_rules
from matching.incentives.ruleset import Group, Leaf


def _status(result: Any) -> dict[str, str]:
    return {a.id: a.status for a in result.aids}


# --- cumulation ------------------------------------------------------------------------------------------------


def test_cumulation_resolved_with_sources_and_best_safe_combination() -> None:
    # 45-year-old, 31 months without work, CDI, small market firm, January 2026:
    # IMPULSION_12M 6 000, TREMPLIN_24M 24 000, SESAM 12 326 (no majoration: 45, CESS).
    result = evaluate(long_term("2026-01-15"), "loi")
    eligible = {a.id: a.amount.total_eur for a in result.by_status("eligible") if a.amount}
    assert eligible == {"IMPULSION_12M": 6000.0, "TREMPLIN_24M": 24000.0, "SESAM": 12326.0}
    pairs = {frozenset((c.a, c.b)): c for c in result.cumulation}
    assert pairs[frozenset(("IMPULSION_12M", "TREMPLIN_24M"))].allowed is True
    forbidden = pairs[frozenset(("IMPULSION_12M", "SESAM"))]
    assert forbidden.allowed is False and forbidden.rule_id == "impulsion_ape_sesam" and forbidden.sources
    unknown = pairs[frozenset(("TREMPLIN_24M", "SESAM"))]
    assert unknown.allowed == "unknown" and unknown.rule_id is None
    # Recommendation: only explicitly allowed pairs -> Tremplin + Impulsion 12 (30 000) beats Tremplin (24 000).
    assert result.best_combination is not None
    assert set(result.best_combination.ids) == {"IMPULSION_12M", "TREMPLIN_24M"}
    assert result.best_combination.amount_total_eur == 30000.0
    # If Tremplin + SESAM turned out to be allowed, it would be worth 36 326: shown separately, flagged.
    optimistic = result.combination_if_uncertain_allowed
    assert optimistic is not None and set(optimistic.ids) == {"TREMPLIN_24M", "SESAM"}
    assert optimistic.uncertain_pairs == (("SESAM", "TREMPLIN_24M"),)
    d = result.to_dict()
    assert {i["id"]: i["in_best_combination"] for i in d["eligible"]} == {
        "IMPULSION_12M": True, "TREMPLIN_24M": True, "SESAM": False}


def test_two_work_allowances_never_combine() -> None:
    # 23-year-old without CESS, 14 months without work: both Impulsion allowances are eligible, never together.
    case = with_changes(young("2026-03-01"), worker={"birth_date": "2002-06-01", "unemployed_since": "2024-12-01"})
    result = evaluate(case, "loi")
    assert {"IMPULSION_MOINS_25", "IMPULSION_12M"} <= {a.id for a in result.by_status("eligible")}
    rule = next(c for c in result.cumulation if {c.a, c.b} == {"IMPULSION_MOINS_25", "IMPULSION_12M"})
    assert rule.allowed is False and "securex" in rule.sources[0]
    assert result.best_combination is not None
    assert not {"IMPULSION_MOINS_25", "IMPULSION_12M"} <= set(result.best_combination.ids)


def test_single_bonus_cumulation_is_unknown_not_allowed() -> None:
    result = evaluate(long_term("2026-07-01"), "loi")
    single = [c for c in result.cumulation if "PRIME_EMBAUCHE_UNIQUE" in (c.a, c.b)]
    assert single and all(c.allowed == "unknown" and c.confidence == "U" for c in single)
    assert result.best_combination is not None
    # The single bonus (28 800, an upper bound) only combines through unconfirmed pairs: the safe pick stays
    # Tremplin + Impulsion 12 mois+ (30 000).
    assert set(result.best_combination.ids) == {"IMPULSION_12M", "TREMPLIN_24M"}


def test_every_cumulation_rule_names_a_source() -> None:
    for rule in load_rules().cumulation:
        assert rule.sources and rule.note_fr


# --- policy switch ---------------------------------------------------------------------------------------------


def test_law_is_the_default_and_policy_conditions_are_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_POLICY, raising=False)
    case = with_changes(young("2026-01-15"), employer={"isp_collaboration_agreement": False, "net_new_job": False})
    result = evaluate(case)
    assert result.policy == "loi"
    assert result.aid("IMPULSION_MOINS_25").status == "eligible"


def test_assises_policy_adds_conditions_with_suggestions() -> None:
    base = young("2026-01-15")
    assert evaluate(base, "assises").aid("IMPULSION_MOINS_25").status == "eligible"

    no_net_job = with_changes(base, employer={"net_new_job": False})
    item = evaluate(no_net_job, "assises").aid("IMPULSION_MOINS_25")
    assert item.status == "not_eligible"
    assert [c.origin for c in item.unmet()] == ["politique assises"]
    assert item.suggestions_fr == ("éligible si l'embauche crée un emploi net supplémentaire",)

    short = with_changes(base, contract={"type": "CDD", "duration_months": 6})
    item = evaluate(short, "assises").aid("IMPULSION_MOINS_25")
    assert item.suggestions_fr == ("éligible si le contrat dure au moins 12 mois",)
    # N is configurable: 6 months is durable enough with durable_min_months=6.
    assert evaluate(short, load_policy("assises", durable_min_months=6)).aid("IMPULSION_MOINS_25").status == (
        "eligible")

    rehire = with_changes(base, worker={"employed_by_employer_last_12_months": True})
    item = evaluate(rehire, "assises").aid("IMPULSION_MOINS_25")
    assert item.status == "not_eligible" and "garde_effet_aubaine" in [c.condition_id for c in item.unmet()]


def test_assises_policy_missing_data_is_unknown() -> None:
    case = young("2026-01-15")
    del case["job_quality_ok"]
    del case["employer"]["isp_collaboration_agreement"]
    item = evaluate(case, "assises").aid("IMPULSION_MOINS_25")
    assert item.status == "unknown"
    assert item.missing_fields() == ["employer.isp_collaboration_agreement", "job_quality_ok"]


def test_assises_policy_exempts_training_routes_and_ape() -> None:
    case = with_changes(young("2026-01-15"), contract={"type": "PFI", "duration_months": 4},
                        employer={"net_new_job": False, "isp_collaboration_agreement": False})
    assert evaluate(case, "assises").aid("PFI").status == "eligible"


def test_policy_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    case = with_changes(young("2026-01-15"), contract={"type": "CDD", "duration_months": 9})
    monkeypatch.setenv(ENV_POLICY, "assises")
    assert evaluate(case).policy == "assises"
    assert evaluate(case).aid("IMPULSION_MOINS_25").status == "not_eligible"
    monkeypatch.setenv(ENV_DURABLE_MONTHS, "9")
    assert evaluate(case).aid("IMPULSION_MOINS_25").status == "eligible"
    monkeypatch.setenv(ENV_POLICY, "inconnue")
    with pytest.raises(PolicyError, match="politique inconnue"):
        evaluate(case)


# --- unknowns: missing data is never a silent no ---------------------------------------------------------------


def test_missing_birth_date_gives_unknown_and_names_the_field() -> None:
    case = with_changes(young("2026-01-15"), worker={"birth_date": None})
    item = evaluate(case, "loi").aid("IMPULSION_MOINS_25")
    assert item.status == "unknown"
    assert item.missing_fields() == ["worker.birth_date"]
    d = item.to_dict()
    assert d["unknown_conditions"][0]["id"] == "age_moins_25"


def test_a_bare_case_has_no_silent_no() -> None:
    result = evaluate({"hire_date": "2026-03-01"}, "loi")
    assert result.by_status("eligible") == []
    for aid in result.aids:
        if aid.status == "not_eligible":
            assert aid.version is None  # only "not in force on that date" may say no without data
        else:
            assert aid.status == "unknown" and aid.missing_fields()


def test_an_unknown_condition_does_not_hide_an_unmet_one() -> None:
    case = with_changes(young("2026-01-15"), worker={"birth_date": None, "residence_region": "brussels"})
    item = evaluate(case, "loi").aid("IMPULSION_MOINS_25")
    assert item.status == "not_eligible"
    assert item.missing_fields() == ["worker.birth_date"]


# --- double peine ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("day", ["2025-12-31", "2026-01-01", "2026-06-30", "2026-07-01"])
@pytest.mark.parametrize("build", [young, long_term])
def test_double_peine_no_benefits_keeps_every_registration_based_aid(day: str, build: Any) -> None:
    with_benefits = build(day)
    end_of_rights = with_changes(with_benefits, worker={"unemployment_benefits": False, "integration_income": True})
    nothing = with_changes(with_benefits, worker={"unemployment_benefits": False, "integration_income": False})
    reference = evaluate(with_benefits, "loi").to_dict(with_trace=False)
    assert reference["eligible"], "the worked example must be eligible for something"
    for variant in (end_of_rights, nothing):
        got = evaluate(variant, "loi").to_dict(with_trace=False)
        for status in ("eligible", "not_eligible", "unknown"):
            assert [(i["id"], i.get("amount_total_eur")) for i in got[status]] == [
                (i["id"], i.get("amount_total_eur")) for i in reference[status]]


def test_registration_is_what_counts() -> None:
    # The control of the test above: without registration as a job seeker, the same worker loses the aids.
    case = with_changes(young("2026-01-15"), worker={"registered_job_seeker": False,
                                                    "unemployment_benefits": False, "integration_income": True})
    status = _status(evaluate(case, "loi"))
    for aid in ("IMPULSION_MOINS_25", "SESAM"):
        assert status[aid] == "not_eligible"


def _facts(cond: Any) -> list[str]:
    if isinstance(cond, Leaf):
        return [cond.fact]
    assert isinstance(cond, Group)
    return [f for child in cond.children for f in _facts(child)]


def test_no_rule_depends_on_benefits() -> None:
    for aid in load_rules().aids:
        for version in aid.versions:
            facts = [f for c in version.conditions for f in _facts(c)]
            assert "worker.unemployment_benefits" not in facts and "worker.integration_income" not in facts


def test_only_the_binding_threshold_is_suggested() -> None:
    # The law asks a CDD of 2 months, the policy 12: one suggestion, the binding one.
    case = young("2026-01-15", type="CDD", duration_months=1)
    item = evaluate(case, "assises").aid("IMPULSION_MOINS_25")
    assert item.suggestions_fr == ("éligible si le contrat dure au moins 12 mois",)


def test_no_unrealistic_hire_date_hint() -> None:
    # A 45-year-old would have had to be hired in 2005 to be under 25: the threshold is said, no date.
    item = evaluate(long_term("2026-01-15"), "loi").aid("IMPULSION_MOINS_25")
    assert item.suggestions_fr == ("éligible si l'âge du travailleur la veille de l'entrée en service : moins de "
                                   "25 ans",)
