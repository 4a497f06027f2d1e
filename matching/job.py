"""The vacancy as the matcher sees it: the audit's REAL requirements (what the post needs) for scoring, and the STATED
ones (what the ad asks) for the counterfactual "who does the ad exclude".

Only `required` requirements become hard criteria; `preferred` ones feed the soft fit. Soft skills, "other" and
protected criteria are never matched (a profile cannot prove "dynamique", and a protected criterion must not be used).
Requirements sharing an `alternative_group` are alternatives ("CESS ou 2 ans d'expérience"): one of them suffices.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from audits.model import AuditReport, PostAnalysisInput, Requirement, Schedule, VacancyInput

from .certificates import canonical_certificate
from .errors import MatchingInputError, UnknownCompetenceCodeError, UnknownRomeCodeError
from .geo import PostalTable, postal_table
from .reference import ReferenceLike, competence_labels, core_and_other_competences, resolve, rome_codes
from .vocab import CEFR_LEVELS, cefr_rank, check_language_code, language_name, parse_licence

CriterionKind = Literal["diploma", "experience", "language", "licence", "certification", "skill"]

# ISCED 2011 -> EQF when an extracted diploma has only an ISCED level (walloon-reference.md section 3: CESS is
# ISCED 3 / EQF 4, BES ISCED 5 / EQF 5; lower levels map one to one).
ISCED_TO_EQF = {0: 1, 1: 1, 2: 2, 3: 4, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8}
EQF_LABELS_FR = {
    1: "CEB (CEC 1)",
    2: "CE1D (CEC 2)",
    3: "qualification secondaire, CQ6 (CEC 3)",
    4: "CESS (CEC 4)",
    5: "bac+2 / BES (CEC 5)",
    6: "bachelier (CEC 6)",
    7: "master (CEC 7)",
    8: "doctorat (CEC 8)",
}


@dataclass(frozen=True)
class Criterion:
    """One checkable requirement. `key` identifies it across the stated and real sets."""

    kind: CriterionKind
    label: str  # French, e.g. "Diplôme : CESS (CEC 4)"
    value: str | int | float  # eqf level, months, competence code, licence category, certificate code
    language: str | None = None
    group: int | None = None  # alternative group (within its set)

    @property
    def key(self) -> tuple[str, str, str | int | float]:
        return (self.kind, self.language or "", self.value)


@dataclass(frozen=True)
class JobSpec:
    id: str
    rome_code: str
    workplace_postal_code: str
    real: tuple[Criterion, ...]  # required by the real post: hard (or bridgeable) criteria
    stated: tuple[Criterion, ...]  # required by the ad as written
    preferred: tuple[Criterion, ...] = ()  # real but only preferred: soft fit
    skills: tuple[str, ...] = ()  # competence codes for the skills fit (explicit, else the occupation's)
    schedule: Schedule = field(default_factory=Schedule)
    weekly_hours: float | None = None
    time_to_proficiency_weeks: float | None = None
    tutoring_available: bool = False
    radius_minutes: int = 45  # the local pool: candidates whose commute is at most this (and their own maximum)
    title: str = ""
    contract_type: str | None = None
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_audit(
        cls,
        vacancy: VacancyInput,
        report: AuditReport,
        post_analysis: PostAnalysisInput | None = None,
        reference: ReferenceLike | None = None,
        radius_minutes: int = 45,
        postal: PostalTable | None = None,
    ) -> JobSpec:
        ref = resolve(reference)
        rome = vacancy.rome_code or report.occupation.rome_code
        if not rome:
            raise MatchingInputError("rome_code", None, "métier (code ROME) inconnu : impossible de chercher des candidats.")
        if rome not in rome_codes(ref):
            raise UnknownRomeCodeError("rome_code", rome)
        if not vacancy.workplace_postal_code:
            raise MatchingInputError(
                "workplace_postal_code", None, "code postal du lieu de travail manquant : pas de bassin local."
            )
        workplace = (postal or postal_table()).canonical(vacancy.workplace_postal_code, "workplace_postal_code")
        if not (5 <= radius_minutes <= 180):
            raise MatchingInputError("radius_minutes", radius_minutes, "rayon attendu entre 5 et 180 minutes.")
        warnings: list[str] = []
        labels = competence_labels(ref)
        stated = _criteria(report.requirements, "required", "requirements", labels, warnings)
        real = _criteria(report.real_requirements, "required", "real_requirements", labels, warnings)
        preferred = _criteria(report.real_requirements, "preferred", "real_requirements", labels, warnings)
        if post_analysis is not None:
            real = _merge(real, _post_analysis_criteria(post_analysis))
        explicit_skills = [c.value for c in (*real, *preferred) if c.kind == "skill"]
        if explicit_skills:
            skills = tuple(dict.fromkeys(str(s) for s in explicit_skills))
        else:  # no explicit skill: the occupation's core competences ("coeur de métier") stand for the post
            skills = core_and_other_competences(ref, rome)[0]
        return cls(
            id=vacancy.id,
            rome_code=rome,
            workplace_postal_code=workplace,
            real=real,
            stated=stated,
            preferred=preferred,
            skills=skills,
            schedule=vacancy.schedule,
            weekly_hours=vacancy.weekly_hours,
            time_to_proficiency_weeks=post_analysis.time_to_proficiency_weeks if post_analysis else None,
            tutoring_available=post_analysis.tutoring_available if post_analysis else False,
            radius_minutes=radius_minutes,
            title=vacancy.title,
            contract_type=vacancy.contract_type,
            warnings=tuple(warnings),
        )


def diploma_criterion(eqf: int, group: int | None = None, wording: str | None = None) -> Criterion:
    """`wording`: the ad's own words for the diploma ("Bac+2"), kept in the label when short."""
    if wording and len(wording) <= 40:
        return Criterion("diploma", f"Diplôme : {wording} (CEC {eqf})", eqf, group=group)
    return Criterion("diploma", f"Diplôme : {EQF_LABELS_FR.get(eqf, f'CEC {eqf}')}", eqf, group=group)


def experience_criterion(months: float, group: int | None = None) -> Criterion:
    years = months / 12
    shown = f"{years:g} an{'s' if years >= 2 else ''}" if months >= 12 else f"{months:g} mois"
    return Criterion("experience", f"Expérience : {shown} dans le métier", float(months), group=group)


def language_criterion(iso: str, rank: int, group: int | None = None) -> Criterion:
    return Criterion("language", f"Langue : {language_name(iso)} {CEFR_LEVELS[rank - 1]}", rank, iso, group)


def licence_criterion(category: str, group: int | None = None) -> Criterion:
    return Criterion("licence", f"Permis {category}", category, group=group)


def certification_criterion(code: str, group: int | None = None) -> Criterion:
    return Criterion("certification", f"Certificat : {code.replace('_', ' ')}", canonical_certificate(code), group=group)


def skill_criterion(code: str, label: str, group: int | None = None) -> Criterion:
    return Criterion("skill", f"Compétence : {label}", code, group=group)


def _criteria(
    requirements: Iterable[Requirement],
    strength: str,
    where: str,
    labels: dict[str, str],
    warnings: list[str],
) -> tuple[Criterion, ...]:
    out: list[Criterion] = []
    for i, req in enumerate(requirements):
        if req.strength != strength:
            continue
        f = f"{where}[{i}]"
        g = req.alternative_group
        if req.kind == "diploma":
            eqf = req.eqf_level if req.eqf_level is not None else ISCED_TO_EQF.get(req.isced_level or -1)
            if eqf is None:
                warnings.append(f"{f} : diplôme sans niveau (« {req.text} »), non vérifié.")
                continue
            if not 1 <= eqf <= 8:
                raise MatchingInputError(f"{f}.eqf_level", eqf, "niveau CEC attendu entre 1 et 8.")
            out.append(diploma_criterion(eqf, g, req.text.strip() or None))
        elif req.kind == "experience":
            if req.years is None or req.years <= 0:
                continue  # "débutants acceptés": no criterion
            out.append(experience_criterion(round(req.years * 12, 1), g))
        elif req.kind == "language":
            if not req.language:
                warnings.append(f"{f} : langue non précisée (« {req.text} »), non vérifiée.")
                continue
            iso = check_language_code(req.language, f"{f}.language")
            level = req.cefr or ("C2" if req.native else "B1")
            out.append(language_criterion(iso, cefr_rank(level, f"{f}.cefr"), g))
        elif req.kind == "licence":
            out.append(licence_criterion(parse_licence(req.category or req.text, f"{f}.category"), g))
        elif req.kind == "certification":
            out.append(certification_criterion(req.code or req.text, g))
        elif req.kind == "skill":
            if not req.code:
                warnings.append(f"{f} : compétence sans code ROME (« {req.text} »), non vérifiée.")
                continue
            if req.code not in labels:
                raise UnknownCompetenceCodeError(f"{f}.code", req.code)
            out.append(skill_criterion(req.code, labels[req.code], g))
        # soft_skill, other, protected_criterion: never matched (see module docstring)
    return tuple(out)


def _post_analysis_criteria(pa: PostAnalysisInput) -> tuple[Criterion, ...]:
    out: list[Criterion] = []
    for i, cert in enumerate(pa.required_certificates):
        if not cert.strip():
            raise MatchingInputError(f"post_analysis.required_certificates[{i}]", cert, "certificat vide.")
        if cert.strip().lower().startswith("permis "):  # "permis C" listed as a certificate: it is a licence
            out.append(licence_criterion(parse_licence(cert, f"post_analysis.required_certificates[{i}]")))
        else:
            out.append(certification_criterion(cert))
    for i, cat in enumerate(pa.required_licences):
        out.append(licence_criterion(parse_licence(cat, f"post_analysis.required_licences[{i}]")))
    for i, use in enumerate(pa.languages_used):
        if use.cefr:
            iso = check_language_code(use.language, f"post_analysis.languages_used[{i}].language")
            out.append(language_criterion(iso, cefr_rank(use.cefr, f"post_analysis.languages_used[{i}].cefr")))
    if pa.min_eqf_level:
        out.append(diploma_criterion(pa.min_eqf_level))
    if pa.min_experience_years:
        out.append(experience_criterion(round(pa.min_experience_years * 12, 1)))
    return tuple(out)


def _merge(base: tuple[Criterion, ...], extra: tuple[Criterion, ...]) -> tuple[Criterion, ...]:
    """Add the post analysis' criteria to the audit's real ones, without duplicates (same key)."""
    out = list(base)
    seen = {c.key for c in base}
    for c in extra:
        if c.key not in seen:
            seen.add(c.key)
            out.append(c)
    return tuple(out)
