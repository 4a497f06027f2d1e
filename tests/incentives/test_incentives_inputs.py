"""Bad input: rule files (RuleFileError naming file and field), cases (CaseError naming the field), the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from incentive_cases import long_term, with_changes, young

from matching.errors import MatchingInputError
from matching.incentives import CaseError, RuleFileError, evaluate, load_rules, validate_case
from matching.incentives.__main__ import main

RULES = Path(str(resources.files("matching.incentives").joinpath("rules")))


# --- rule files ------------------------------------------------------------------------------------------------


def _broken(tmp_path: Path, name: str, old: str, new: str) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(RULES, target)
    path = target / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture drift: {old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("name", "old", "new", "field", "message"),
    [
        ("tremplin_24m.yaml", "op: gte, value: 24", "op: greater, value: 24",
         "versions[0].conditions[3].op", "greater"),
        ("tremplin_24m.yaml", "fact: worker.unemployed_months_on_eve", "fact: worker.unemployed_month",
         "versions[0].conditions[3].fact", "worker.unemployed_month"),
        ("impulsion_12m.yaml", 'valid_to: "2025-12-31"', 'valid_to: "2025-13-31"',
         "versions[0].valid_to", "date invalide"),
        ("impulsion_12m.yaml", 'valid_from: "2026-01-01"', 'valid_from: "2025-12-01"',
         "versions[1].valid_from", "chevaucher"),
        ("prime_embauche_unique.yaml", "provisional: true", "provisional: false",
         "versions[0].provisional", "[U]"),
        ("pfi.yaml", "amount_status: unknown", "amount_status: exact",
         "versions[0].schedule.items", "montant connu"),
        ("sesam.yaml", "label_fr: \"1re année\"", "label_fr: \"1re année\", color: red",
         "versions[0].schedule.items[0]", "color"),
        ("ape.yaml", "value: [non_profit, local_authority]", "value: non_profit",
         "versions[0].conditions[0].value", "liste"),
        ("cumulation.yaml", "b: [IMPULSION_MOINS_25]", "b: [IMPULSION_MOINS_26]", "rules[0].b[0]",
         "IMPULSION_MOINS_26"),
        ("alternance.yaml", "kind: bonus", "kind: bonus\n  oops: [", "ligne", "YAML invalide"),
    ],
)
def test_a_bad_rule_file_names_file_and_field(tmp_path: Path, name: str, old: str, new: str, field: str,
                                              message: str) -> None:
    directory = _broken(tmp_path, name, old, new)
    with pytest.raises(RuleFileError) as info:
        load_rules(directory)
    assert info.value.file == f"rules/{name}"
    assert info.value.field.startswith(field)
    assert message in str(info.value)


def test_missing_legal_reference_is_refused(tmp_path: Path) -> None:
    directory = _broken(tmp_path, "ape.yaml", "    legal:\n      - \"Décret du 10 juin 2021 portant pérennisation "
                        "des emplois APE\"\n      - \"AGW du 16 décembre 2021 (en vigueur le 1er janvier 2022)\"\n",
                        "")
    with pytest.raises(RuleFileError) as info:
        load_rules(directory)
    assert info.value.file == "rules/ape.yaml" and "legal" in info.value.message


def test_packaged_rules_load_and_carry_sources() -> None:
    rules = load_rules()
    assert {a.id for a in rules.aids} == {
        "IMPULSION_MOINS_25", "IMPULSION_12M", "IMPULSION_55PLUS", "TREMPLIN_24M", "SESAM", "PFI", "ALTERNANCE",
        "TUTORAT", "APE", "PRIME_EMBAUCHE_UNIQUE"}
    for aid in rules.aids:
        for v in aid.versions:
            assert v.legal and v.sources and v.confidence in "VSCU"
            assert v.provisional or v.confidence != "U"


# --- cases -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "field", "words"),
    [
        ({"hire_date": "2026-02-30"}, "hire_date", "date invalide"),
        ({"hire_date": "15/01/2026"}, "hire_date", "date invalide"),
        ({}, "hire_date", "obligatoire"),
        ({"hire_date": "2026-01-01", "contract": {"weekly_hours": -4}}, "contract.weekly_hours", "positif"),
        ({"hire_date": "2026-01-01", "contract": {"weekly_hours": 200}}, "contract.weekly_hours", "168"),
        ({"hire_date": "2026-01-01", "contract": {"duration_months": -1}}, "contract.duration_months", "positif"),
        ({"hire_date": "2026-01-01", "contract": {"type": "freelance"}}, "contract.type", "freelance"),
        ({"hire_date": "2026-01-01", "worker": {"residence_region": "paris"}}, "worker.residence_region", "paris"),
        ({"hire_date": "2026-01-01", "employer": {"kind": "bank"}}, "employer.kind", "valeurs admises"),
        ({"hire_date": "2026-01-01", "worker": {"birth_date": "2026-05-01"}}, "worker.birth_date", "précéder"),
        ({"hire_date": "2026-01-01", "worker": {"unemployed_since": "2026-02-01"}}, "worker.unemployed_since",
         "suivre"),
        ({"hire_date": "2026-01-01", "worker": {"registered_job_seeker": "oui"}}, "worker.registered_job_seeker",
         "true ou false"),
        ({"hire_date": "2026-01-01", "worker": []}, "worker", "un objet"),
    ],
)
def test_bad_case_names_the_field(case: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(CaseError) as info:
        validate_case(case)
    assert info.value.field == field
    assert words in str(info.value)
    assert isinstance(info.value, MatchingInputError)  # the portal maps these to problem details


def test_null_means_unknown() -> None:
    case = young()
    case["worker"]["birth_date"] = None
    case["job_quality_ok"] = None
    item = evaluate(case, "loi").aid("IMPULSION_MOINS_25")
    assert item.status == "unknown" and item.missing_fields() == ["worker.birth_date"]
    with pytest.raises(CaseError) as info:
        validate_case({"hire_date": None})
    assert info.value.field == "hire_date"


def test_unknown_fields_are_reported_as_warnings() -> None:
    case = young()
    case["worker"]["brith_date"] = "2004-03-01"
    result = evaluate(case, "loi")
    assert "champ inconnu ignoré : worker.brith_date" in result.warnings


def test_the_packaged_case_schema_extends_the_shared_contract_compatibly() -> None:
    ours = json.loads(resources.files("matching.incentives").joinpath("case.schema.json").read_text("utf-8"))
    shared_path = Path(__file__).resolve().parents[2] / "audits" / "contracts" / "incentive-case.schema.json"
    shared = json.loads(shared_path.read_text("utf-8"))
    assert ours["required"] == shared["required"]
    for name, spec in shared["properties"].items():
        if "properties" in spec:
            for sub, sub_spec in spec["properties"].items():
                assert ours["properties"][name]["properties"][sub] == sub_spec
        else:
            assert ours["properties"][name] == spec


def test_case_round_trips() -> None:
    case = long_term("2026-01-15")
    parsed = validate_case(case)
    assert validate_case(parsed.to_dict()) == parsed
    assert parsed.hire_date == date(2026, 1, 15)


# --- CLI -------------------------------------------------------------------------------------------------------


def _write(tmp_path: Path, case: Any) -> str:
    path = tmp_path / "case.json"
    path.write_text(case if isinstance(case, str) else json.dumps(case), encoding="utf-8")
    return str(path)


def test_cli_evaluate_prints_the_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = with_changes(young("2026-01-15"), contract={"type": "CDD", "duration_months": 1})
    assert main(["evaluate", _write(tmp_path, case)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) >= {"eligible", "not_eligible", "unknown", "cumulation", "best_combination"}
    for status in ("eligible", "not_eligible", "unknown"):
        for item in out[status]:
            assert {"id", "label_fr", "provisional", "sources"} <= set(item)
    for item in out["eligible"]:
        assert "schedule" in item and "amount_total_eur" in item
    impulsion = next(i for i in out["not_eligible"] if i["id"] == "IMPULSION_MOINS_25")
    assert impulsion["suggestions_fr"] == ["éligible si le contrat dure au moins 2 mois"]


def test_cli_policy_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = with_changes(young("2026-01-15"), employer={"net_new_job": False})
    assert main(["evaluate", _write(tmp_path, case), "--policy", "assises", "--no-trace"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["policy"] == "assises"
    assert "IMPULSION_MOINS_25" in [i["id"] for i in out["not_eligible"]]
    assert main(["evaluate", _write(tmp_path, case), "--policy", "assises", "--durable-months", "abc"]) == 2


def test_cli_explain_prints_the_french_trace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", _write(tmp_path, long_term("2026-01-15"))]) == 0
    text = capsys.readouterr().out
    assert "ÉLIGIBLE — Tremplin 24 mois+ [TREMPLIN_24M]" in text
    assert "[remplie] le travailleur compte au moins 24 mois d'inoccupation" in text
    assert "Meilleure combinaison autorisée : IMPULSION_12M + TREMPLIN_24M = 30 000 €" in text


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"hire_date": "2026-01-01",', "JSON invalide à la ligne 1"),
        ('{"hire_date": "2026-01-01", "contract": {"weekly_hours": -1}}', "contract.weekly_hours"),
        ('{"hire_date": "2026-13-01"}', "hire_date : date invalide"),
        ('{"hire_date": "2026-01-01", "contract": {"type": "stage"}}', "contract.type : valeur inconnue"),
    ],
)
def test_cli_bad_input_exits_2_with_nothing_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      content: str, words: str) -> None:
    assert main(["evaluate", _write(tmp_path, content)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("Erreur : ") and words in captured.err


def test_cli_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(tmp_path / "absent.json")]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "lecture impossible" in captured.err


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "matching.incentives", "evaluate", _write(tmp_path, young()),
                           "--no-trace"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["eligible"]
    bad = subprocess.run([sys.executable, "-m", "matching.incentives", "evaluate", _write(tmp_path, "[")],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and bad.stdout == "" and "JSON invalide" in bad.stderr


# --- the worked examples of docs/incentives.md ------------------------------------------------------------------

EXAMPLES = Path(__file__).parent / "cases"


@pytest.mark.parametrize(
    ("name", "eligible", "policy"),
    [
        ("jeune_cdd_1_mois.json", {"SESAM"}, "loi"),
        ("longue_duree_cdi.json", {"IMPULSION_12M", "TREMPLIN_24M", "SESAM"}, "assises"),
        ("senior_fin_2025.json", {"IMPULSION_55PLUS"}, "loi"),  # SESAM: unknown (previous employment)
    ],
)
def test_documented_examples(name: str, eligible: set[str], policy: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["evaluate", str(EXAMPLES / name), "--policy", policy, "--no-trace"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {i["id"] for i in out["eligible"]} == eligible
    if name == "senior_fin_2025.json":
        sesam = next(i for i in out["unknown"] if i["id"] == "SESAM")
        assert sesam["missing_fields"] == ["worker.employed_by_employer_last_12_months"]


def test_bench_command_prints_its_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", str(EXAMPLES / "longue_duree_cdi.json"), "-n", "2"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["evaluations"] == 2 and figures["evaluate_ms_per_case"] > 0


def test_what_if_hire_date() -> None:
    from matching.incentives import evaluate

    result = evaluate(young("2026-03-02"), "loi", on=date(2026, 7, 1))
    assert result.hire_date == date(2026, 7, 1)
    assert result.aid("PRIME_EMBAUCHE_UNIQUE").status == "eligible"


def test_the_engine_stays_a_pure_library() -> None:
    code = ("import sys, matching.incentives; "
            "bad = [m for m in sys.modules if m.split('.')[0] in {'flask', 'sqlalchemy', 'employer_portal'}]; "
            "print(bad)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert proc.stdout.strip() == "[]"


@pytest.mark.parametrize("policy", ["loi", "assises"])
@pytest.mark.parametrize("day", ["2025-12-31", "2026-01-01", "2026-06-30", "2026-07-01"])
def test_output_validates_against_the_result_schema(policy: str, day: str) -> None:
    import jsonschema

    schema = json.loads(resources.files("matching.incentives").joinpath("result.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    cases = [young(day), long_term(day), {"hire_date": day},
             with_changes(young(day), contract={"type": "alternance", "duration_months": 24},
                          employer={"approved_tutor": True, "workplace_region": "german_community"})]
    for case in cases:
        for with_trace in (True, False):
            out = evaluate(case, policy).to_dict(with_trace=with_trace)
            errors = [e.message for e in validator.iter_errors(out)]
            assert errors == [], errors[:3]
