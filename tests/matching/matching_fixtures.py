"""Helpers for the matching tests: a small hand-made ROME reference injected into the matcher (dependency injection
instead of the real data), hand-made profiles and an audited vacancy."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from audits.model import AuditReport, Occupation, PostAnalysisInput, Requirement, Schedule, VacancyInput
from matching.profile import Availability, CandidateProfile, Education, Mobility


@dataclass(frozen=True)
class FakeOccupation:
    code: str
    label: str
    mobility: tuple[str, ...]
    competences: tuple[tuple[str, str], ...]


class FakeReference:
    def __init__(self) -> None:
        occs = [
            FakeOccupation("N1103", "Préparateur / Préparatrice de commandes", ("N1101", "N1105"), (
                ("100001", "Préparer des commandes"),
                ("100002", "Utiliser un terminal de radiofréquence"),
                ("100003", "Conditionner des produits"),
                ("100004", "Contrôler la conformité d'une commande"),
            )),
            FakeOccupation("N1105", "Manutentionnaire", ("N1103",), (
                ("100003", "Conditionner des produits"),
                ("100005", "Charger et décharger des marchandises"),
            )),
            FakeOccupation("N1101", "Cariste", (), (
                ("100006", "Conduire un chariot élévateur"),
                ("100005", "Charger et décharger des marchandises"),
            )),
            FakeOccupation("K2204", "Agent / Agente de nettoyage industriel", (), (
                ("100010", "Nettoyer des surfaces"),
            )),
            FakeOccupation("N4101", "Conducteur / Conductrice de poids lourd", ("N4105",), (
                ("100020", "Conduire un poids lourd"),
            )),
            FakeOccupation("N4105", "Conducteur-livreur / Conductrice-livreuse", (), (
                ("100021", "Livrer des marchandises"),
            )),
        ]
        self.occupations = {o.code: o for o in occs}

    def occupation(self, rome_code: str) -> FakeOccupation:
        return self.occupations[rome_code]

    def all_rome_codes(self) -> list[str]:
        return list(self.occupations)

    def competences_index(self) -> list[tuple[str, str, str]]:
        return [(code, label, o.code) for o in self.occupations.values() for code, label in o.competences]


TODAY = date(2026, 3, 1)


def person(pid: str, **kw: object) -> CandidateProfile:
    """A candidate living in Liège (4000), by public transport, 45 min max, weekdays, full time, French C2."""
    base: dict[str, object] = dict(
        id=pid,
        home_postal_code="4000",
        education=Education(eqf_level=2),
        experience={},
        skills=frozenset(),
        languages={"fr": "C2"},
        licences=frozenset(),
        certifications=frozenset(),
        mobility=Mobility(max_commute_minutes=45, mode="public_transport"),
        availability=Availability(),
        desired_rome_codes=(),
        registration_date=date(2025, 3, 1),
        isp_operator_id="cisp-01",
    )
    base.update(kw)
    return CandidateProfile(**base)  # type: ignore[arg-type]


def req(kind: str, strength: str = "required", text: str | None = None, **kw: object) -> Requirement:
    """A requirement as the audit yields it; diplomas have no wording unless given (generic French label)."""
    words = text if text is not None else ("" if kind == "diploma" else kind)
    return Requirement(kind=kind, text=words, field="description", start=0, end=len(words), strength=strength, **kw)  # type: ignore[arg-type]


def picker_job_inputs(
    stated: tuple[Requirement, ...] | None = None,
    real: tuple[Requirement, ...] | None = None,
    schedule: Schedule | None = None,
    weekly_hours: float | None = 38,
) -> tuple[VacancyInput, AuditReport, PostAnalysisInput]:
    """An order picker in Liège. The ad asks CESS + 2 years + Dutch B2 + VCA; the real post needs VCA and French A2."""
    if stated is None:
        stated = (
            req("diploma", text="CESS", eqf_level=4),
            req("experience", years=2),
            req("language", language="nl", cefr="B2"),
            req("certification", code="VCA"),
            req("soft_skill"),
        )
    if real is None:
        real = (
            req("certification", code="VCA"),
            req("language", language="fr", cefr="A2"),
            req("experience", strength="preferred", years=0.5),
        )
    vacancy = VacancyInput(
        id="v1", title="Préparateur de commandes", description="...", rome_code="N1103",
        workplace_postal_code="4000", schedule=schedule or Schedule(), weekly_hours=weekly_hours,
    )
    report = AuditReport(
        id="v1", occupation=Occupation("N1103", 0.9), score=50.0, findings=(), requirements=stated,
        real_requirements=real, code_version="test", reference_version="test",
    )
    post = PostAnalysisInput(time_to_proficiency_weeks=3, tutoring_available=True)
    return vacancy, report, post
