"""AuditReport shape (JSON contract), score, realized norm, and the batch CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from referencing import Registry, Resource

from audits.auditing import (
    REALIZED_NORM_MIN_VACANCIES,
    SEVERITY_WEIGHTS,
    RealizedNorm,
    audit_requirements,
    cli,
    finding_codes,
    realized_norm_from_reports,
    score_of,
)
from audits.auditing.serialize import report_to_dict
from audits.model import Occupation
from tests.audits.auditing.fakes import fake_auditor
from tests.audits.auditing.helpers import req, run, vacancy

CONTRACTS = Path(__file__).resolve().parents[3] / "audits" / "contracts"


def _validator() -> jsonschema.Draft202012Validator:
    schemas = {name: json.loads((CONTRACTS / name).read_text()) for name in ("audit.schema.json", "requirements.schema.json")}
    registry: Registry = Registry().with_resources(
        [(name, Resource.from_contents(schema)) for name, schema in schemas.items()]
    )
    return jsonschema.Draft202012Validator(schemas["audit.schema.json"], registry=registry)


def _full_report():  # type: ignore[no-untyped-def]
    v = vacancy("Bac+2 exigé. 3 ans d'expérience. Néerlandais langue maternelle. Période d'essai de 1 mois. Travail de nuit.",
                title="Vendeur", gross_monthly_wage=400.0, weekly_hours=10.0)
    return run(v, [req(v, "Bac+2", "diploma", eqf_level=5), req(v, "3 ans d'expérience", "experience", years=3.0),
                   req(v, "Néerlandais langue maternelle", "language", language="nl", native=True)])


def test_report_validates_against_the_contract_and_ids_are_indices() -> None:
    data = report_to_dict(_full_report())
    _validator().validate(data)
    assert [f["id"] for f in data["findings"]] == list(range(len(data["findings"])))
    assert {f["code"] for f in data["findings"]} >= {"diploma_above_norm", "native_language_required", "trial_period_clause",
                                                      "wage_below_minimum", "part_time_below_legal_minimum", "schedule_nights"}


def test_score_formula() -> None:
    report = _full_report()
    expected = max(0.0, 100 - sum(SEVERITY_WEIGHTS[f.severity] for f in report.findings))
    assert report.score == expected == score_of(report.findings)
    clean = run(vacancy("Préparation de commandes, formation assurée."), [])
    assert clean.score == 100.0 and clean.findings == ()


def test_every_code_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "audit.md").read_text(encoding="utf-8")
    for code in finding_codes():
        assert f"`{code}`" in doc, code


def test_audit_is_deterministic() -> None:
    assert report_to_dict(_full_report()) == report_to_dict(_full_report())


def test_realized_norm_from_reports() -> None:
    reports = []
    for i in range(REALIZED_NORM_MIN_VACANCIES):
        text = "Bac+2 exigé." if i < 2 else "Aucun diplôme."
        v = vacancy(text)
        reqs = [req(v, "Bac+2", "diploma", eqf_level=5)] if i < 2 else []
        reports.append(run(v, reqs))
    norm = realized_norm_from_reports(reports)
    assert norm.rome_code == "N1103" and norm.n_vacancies == REALIZED_NORM_MIN_VACANCIES and norm.usable
    assert norm.share_by_min_eqf == {5: 0.1, None: 0.9}
    assert norm.share_at_least_eqf(4) == pytest.approx(0.1)


def test_realized_norm_of_another_occupation_is_ignored() -> None:
    norm = realized_norm_from_reports([run(vacancy("x"), [])])
    v = vacancy("Bac+2 exigé.")
    report = audit_requirements(v, [req(v, "Bac+2", "diploma", eqf_level=5)], Occupation("K2204", 0.9), realized_norm=norm)
    assert any("norme réalisée ignorée" in w for w in report.warnings)


def test_cli_audits_lines_and_reports_bad_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "auditor_factory", fake_auditor)
    lines = [
        json.dumps({"id": "a", "title": "Préparateur H/F", "description": "Bac+2 exigé, 3 ans d'expérience.", "contract_type": "CDI"}),
        "{pas du json",
        json.dumps({"id": "b", "title": "x"}),
        json.dumps({"id": "c", "title": "Magasinier H/F", "description": "Temps partiel.", "weekly_hours": "dix"}),
        "",
        json.dumps({"id": "d", "title": "Magasinier H/F", "description": "Débutant accepté.",
                    "post_analysis": {"tasks": ["Ranger le stock"], "languages_used": [{"language": "fr"}]}}),
    ]
    out, err = io.StringIO(), io.StringIO()
    status = cli.run(io.StringIO("\n".join(lines) + "\n"), out, err, None)
    assert status == 1
    results = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in results] == ["a", "d"]
    validator = _validator()
    for r in results:
        validator.validate(r)
    assert {f["code"] for f in results[0]["findings"]} >= {"diploma_above_norm", "experience_above_norm"}
    messages = err.getvalue().splitlines()
    assert [m.split(" :")[0] for m in messages] == ["ligne 2", "ligne 3", "ligne 4"]
    assert "description" in messages[1] and "weekly_hours" in messages[2]


def test_cli_skips_a_post_analysis_whose_texts_are_not_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "auditor_factory", fake_auditor)
    lines = [
        json.dumps({"id": "a", "title": "Vendeur H/F", "description": "Néerlandais B2 exigé.",
                    "post_analysis": {"languages_used": [{"language": "nl", "cefr": ["B1"]}]}}),
        json.dumps({"id": "b", "title": "Vendeur H/F", "description": "Vente.",
                    "post_analysis": {"tasks": [{"name": "Encaisser", "frequency": 3}]}}),
        json.dumps({"id": "c", "title": "Vendeur H/F", "description": "Vente.",
                    "post_analysis": {"languages_used": [{"language": "nl", "cefr": "B1", "with_whom": "clients"}]}}),
    ]
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(io.StringIO("\n".join(lines) + "\n"), out, err, None) == 1
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["c"]
    assert err.getvalue().splitlines() == [
        "ligne 1 : post_analysis.languages_used[0].cefr doit être un texte ; ligne ignorée",
        "ligne 2 : post_analysis.tasks[0].frequency doit être un texte ; ligne ignorée",
    ]


def test_cli_main_reads_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli, "auditor_factory", fake_auditor)
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "title": "Cariste H/F", "description": "Bac+3 exigé."}) + "\n", encoding="utf-8")
    assert cli.main([str(path), "--date", "2025-06-01"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"][0]["code"] == "diploma_above_norm"
    assert cli.main([str(tmp_path / "missing.jsonl")]) == 2
    assert cli.main([str(path), "--date", "demain"]) == 2


def test_realized_norm_callback_gets_the_classified_occupation() -> None:
    asked: list[str | None] = []

    def lookup(rome_code: str | None):  # type: ignore[no-untyped-def]
        asked.append(rome_code)
        return RealizedNorm("N1103", n_vacancies=50, share_by_min_eqf={None: 0.95, 5: 0.05})

    auditor = fake_auditor()
    v = vacancy("Bac+2 exigé.")
    report = auditor.audit(v, realized_norm_for=lookup)
    assert asked == ["N1103"]
    assert "50 offres auditées" in next(f.evidence for f in report.findings if f.code == "diploma_above_norm")


def test_realized_norm_for_experience_language_and_licence() -> None:
    many = RealizedNorm("N1103", n_vacancies=30, share_by_min_years={None: 0.9, 3.0: 0.1},
                        share_by_language={"nl": 0.05}, share_by_licence={"B": 0.1})
    v = vacancy("3 ans d'expérience exigés. Néerlandais exigé. Permis B exigé.")
    reqs = [req(v, "3 ans d'expérience", "experience", years=3.0), req(v, "Néerlandais", "language", language="nl"),
            req(v, "Permis B", "licence", category="B")]
    report = run(v, reqs, norm=None, realized_norm=many)
    got = {f.code: f for f in report.findings}
    assert got["experience_above_norm"].severity == "warning"
    assert got["experience_above_norm"].evidence == (
        "Seules 10 % des 30 offres auditées pour ROME N1103 exigent 3 ans d'expérience ou plus"
    )
    assert got["language_not_needed"].severity == "warning"
    assert got["language_not_needed"].evidence.startswith(
        "Seules 5 % des 30 offres auditées pour ROME N1103 exigent le néerlandais ; "
    )
    assert got["licence_not_needed"].severity == "warning"
    assert got["licence_not_needed"].evidence.startswith(
        "Seules 10 % des 30 offres auditées pour ROME N1103 exigent le permis B ; "
    )
    assert {r.kind: r.strength for r in report.real_requirements} == {"language": "preferred"}


def test_uncertain_occupation_is_not_compared_with_its_norm() -> None:
    import dataclasses

    from audits.auditing import Auditor
    from tests.audits.auditing.fakes import FakeReference, RegexExtractor

    class Unsure(RegexExtractor):
        def extract(self, id: str, title: str, description: str):  # type: ignore[no-untyped-def]
            result = super().extract(id, title, description)
            return dataclasses.replace(result, occupation=Occupation(rome_code="N1103", confidence=0.4))

    report = Auditor(extractor=Unsure(), reference=FakeReference()).audit(vacancy("Bac+2 exigé."))
    assert "diploma_above_norm" not in {f.code for f in report.findings}
    assert any("métier incertain" in w for w in report.warnings)
    sure = fake_auditor().audit(vacancy("Bac+2 exigé."))
    assert "diploma_above_norm" in {f.code for f in sure.findings}
