"""End to end through the real spaCy extractor, classifier and reference data (slower: one Auditor per module)."""

from __future__ import annotations

import io
import json

import pytest

from audits.auditing import Auditor, audit, cli, rewrite_vacancy
from audits.model import LanguageUse, PostAnalysisInput, PostTask, VacancyInput


@pytest.fixture(scope="module")
def auditor() -> Auditor:
    return Auditor()


def _codes(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.code for f in report.findings}


def test_inflated_warehouse_ad_belgian_wording(auditor: Auditor) -> None:
    v = VacancyInput(
        id="be-1", title="Magasinier", rome_code="N1105", contract_type="CDI",
        description=("Entreprise de logistique à Nivelles.\nProfil :\n- Bachelier en logistique exigé\n"
                     "- 3 ans d'expérience minimum\n- Bilingue français-néerlandais\n"
                     "Période d'essai de 3 mois."),
    )
    pa = PostAnalysisInput(tasks=(PostTask("Charger et décharger les camions"),), languages_used=(LanguageUse("fr"),))
    report = auditor.audit(v, pa)
    codes = _codes(report)
    assert {"diploma_above_norm", "experience_above_norm", "trial_period_clause", "gendered_title_without_hfx",
            "language_not_needed"} <= codes
    for f in report.findings:
        if f.start is not None:
            field = v.title if f.field == "title" else v.description
            assert field[f.start : f.end] == f.text
    assert not [r for r in report.real_requirements if r.kind in ("diploma", "experience")]
    title, text = rewrite_vacancy(v.title, v.description, report.findings, range(len(report.findings)))
    assert "(H/F/X)" in title and "Période d'essai" not in text and "Bachelier en logistique exigé" not in text


def test_truck_driver_licence_and_fimo_not_inflated(auditor: Auditor) -> None:
    v = VacancyInput(id="be-2", title="Chauffeur poids lourd H/F", rome_code="N4101",
                     description="Vous êtes titulaire du permis C et de la FIMO à jour. Livraisons en Wallonie.")
    report = auditor.audit(v)
    assert not (_codes(report) & {"licence_not_needed", "certificate_trainable_on_job", "diploma_above_norm"})
    assert "C" in {r.category for r in report.real_requirements if r.kind == "licence"}


def test_care_aide_deas_not_inflated(auditor: Auditor) -> None:
    v = VacancyInput(id="fr-3", title="Aide-soignant H/F", rome_code="J1501",
                     description="Diplôme d'État d'aide-soignant (DEAS) exigé. Travail de nuit un week-end sur deux.")
    report = auditor.audit(v)
    assert "diploma_above_norm" not in _codes(report)
    assert {"schedule_nights", "schedule_weekends"} <= _codes(report)


def test_audit_many_matches_audit_one_by_one(auditor: Auditor) -> None:
    vacancies = [VacancyInput(id=str(i), title=t, description=d) for i, (t, d) in enumerate([
        ("Préparateur de commandes H/F", "Bac+2 exigé. CACES R489 exigé."),
        ("Vendeuse", "Jeune et dynamique, 5 ans d'expérience exigés."),
        ("Agent d'entretien H/F", "Débutant accepté, formation assurée."),
    ])]
    batch = [r.to_dict() for r in auditor.audit_many(vacancies)]
    single = [auditor.audit(v).to_dict() for v in vacancies]
    assert batch == single


def test_module_level_audit_uses_the_default_auditor() -> None:
    report = audit(VacancyInput(id="x", title="Serveur H/F", description="Service en salle. Nationalité belge exigée."))
    assert "protected_criterion" in _codes(report)
    assert report.occupation.rome_code is not None  # no employer code: the classifier decided


def test_cli_with_the_real_auditor(monkeypatch: pytest.MonkeyPatch, auditor: Auditor) -> None:
    monkeypatch.setattr(cli, "auditor_factory", lambda: auditor)
    lines = "\n".join([
        json.dumps({"id": "a", "title": "Magasinier H/F", "description": "Permis B exigé. Master en logistique exigé.", "rome_code": "N1103"}),
        json.dumps({"id": "b", "title": "Magasinier H/F", "description": "x", "reference_date": "hier"}),
    ])
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(io.StringIO(lines), out, err, None) == 1
    (result,) = [json.loads(x) for x in out.getvalue().splitlines()]
    assert result["id"] == "a" and "diploma_above_norm" in {f["code"] for f in result["findings"]}
    assert err.getvalue().startswith("ligne 2 : champ « reference_date »")
