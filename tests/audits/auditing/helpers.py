"""Builders for hand-made vacancies, requirements and norms (the rules take them by injection)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from audits.auditing import Norm, audit_requirements
from audits.model import AuditReport, Occupation, PostAnalysisInput, Requirement, VacancyInput

DAY = dt.date(2025, 6, 1)


def req(vacancy: VacancyInput, text: str, kind: str, strength: str = "required", field: str = "description",
        occurrence: int = 0, **extra: Any) -> Requirement:
    """A requirement on the `occurrence`-th occurrence of `text` in the vacancy's field."""
    haystack = vacancy.title if field == "title" else vacancy.description
    start = -1
    for _ in range(occurrence + 1):
        start = haystack.index(text, start + 1)
    return Requirement(kind=kind, text=text, field=field, start=start, end=start + len(text),  # type: ignore[arg-type]
                       strength=strength, **extra)  # type: ignore[arg-type]


def vacancy(description: str, title: str = "Préparateur de commandes H/F", **extra: Any) -> VacancyInput:
    return VacancyInput(id="t1", title=title, description=description, **extra)


WAREHOUSE = Norm(
    rome_code="N1103",
    label="Magasinage et préparation de commandes",
    min_eqf=None,
    min_eqf_evidence="Cet emploi/métier est accessible sans diplôme ni expérience professionnelle",
    experience_years_usual=0.0,
    ilo_skill_level=2,
    onet_evidence="O*NET 53-7065 : 3,1 % des titulaires ont au moins un bachelor",
)
CARE_AIDE = Norm(
    rome_code="J1501",
    label="Soins d'hygiène, de confort du patient",
    min_eqf=4,
    min_eqf_evidence="Cet emploi/métier est accessible avec le Diplôme d'État d'Aide-Soignant (DEAS)",
    mandatory_certificates=("DEAS",),
    legal_evidence="Code de la santé publique, art. L4391-1 : exercice réservé aux titulaires du DEAS",
    regulated=True,
    ilo_skill_level=2,
)
TRUCK = Norm(
    rome_code="N4101",
    label="Conduite de transport de marchandises sur longue distance",
    min_eqf=3,
    min_eqf_evidence="Cet emploi/métier est accessible avec un CAP/BEP en conduite routière, ou avec le permis C et la FIMO",
    mandatory_licences=("C",),
    mandatory_certificates=("FIMO",),
    legal_evidence="Permis C et FIMO (formation initiale minimale obligatoire) exigés par la réglementation du transport routier",
    regulated=True,
    ilo_skill_level=2,
)
FORKLIFT = Norm(
    rome_code="N1101",
    label="Conduite d'engins de déplacement des charges",
    min_eqf=None,
    min_eqf_evidence="Cet emploi/métier est accessible sans diplôme ; le CACES R489 est requis",
    mandatory_certificates=("CACES R489",),
    legal_evidence="Conduite de chariots : autorisation de conduite après formation (CACES R489)",
    ilo_skill_level=2,
)


def run(v: VacancyInput, requirements: list[Requirement], norm: Norm | None = WAREHOUSE,
        post_analysis: PostAnalysisInput | None = None, **kw: Any) -> AuditReport:
    occupation = Occupation(rome_code=norm.rome_code if norm else None, confidence=0.9 if norm else 0.0)
    return audit_requirements(v, requirements, occupation, norm=norm, post_analysis=post_analysis,
                              reference_date=kw.pop("reference_date", DAY), **kw)


def codes(report: AuditReport) -> list[str]:
    return [f.code for f in report.findings]


def only(report: AuditReport, code: str):  # type: ignore[no-untyped-def]
    found = [f for f in report.findings if f.code == code]
    assert len(found) == 1, (code, [(f.code, f.text) for f in report.findings])
    return found[0]
