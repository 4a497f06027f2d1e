"""Gaps between a candidate and the real post, and the bridges that close them (each with a duration and a provider).

Bridge types: tutoring in the company (skills learnable within the post analysis' time to proficiency), PFI (Plan
Formation-Insertion: 4 to 26 weeks of training in the company, then hiring; Forem), alternance (IFAPME / CEFA
apprenticeship, for 15-25 year-olds), short certificate training (VCA, SST, CACES, HACCP, permis C + CAP/FIMO),
language courses, and, for adults missing a secondary qualification, qualifying adult education / skills validation.

Age is read here, and only here, as an ELIGIBILITY fact for alternance: it chooses which bridge is described for a
diploma gap, never whether the gap is bridgeable, the score or the rank (both bridges close the same gap).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Literal

from .certificates import short_training_for
from .job import Criterion, JobSpec
from .policy import BridgePolicy
from .profile import CandidateProfile
from .vocab import CEFR_LEVELS, language_name

BridgeKind = Literal[
    "tutoring", "pfi", "alternance", "certificate_training", "language_course", "qualifying_training"
]
BRIDGE_KIND_LABELS_FR: dict[str, str] = {
    "tutoring": "Tutorat en entreprise",
    "pfi": "PFI (Plan Formation-Insertion)",
    "alternance": "Alternance (IFAPME / CEFA)",
    "certificate_training": "Formation certifiante courte",
    "language_course": "Cours de langue",
    "qualifying_training": "Formation qualifiante / validation des compétences",
}


@dataclass(frozen=True)
class Bridge:
    kind: BridgeKind
    label: str  # French, what to do
    duration: str  # French, "2 jours", "4 à 26 semaines"
    duration_weeks_min: float
    duration_weeks_max: float
    provider: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Gap:
    kind: str  # criterion kind
    requirement: str  # French label of the requirement
    detail: str  # French: where the candidate stands
    bridge: Bridge | None  # None: not bridgeable (such a candidate is not on the shortlist)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "requirement": self.requirement,
            "detail": self.detail,
            "bridge": self.bridge.to_dict() if self.bridge else None,
        }


def _weeks_text(lo: float, hi: float) -> str:
    if lo == hi:
        return f"{lo:g} semaine{'s' if lo >= 2 else ''}"
    return f"{lo:g} à {hi:g} semaines"


def pfi_bridge(missing_months: float, policy: BridgePolicy) -> Bridge:
    weeks = min(policy.pfi_max_weeks, max(policy.pfi_min_weeks, math.ceil(missing_months * policy.pfi_weeks_per_missing_month)))
    return Bridge(
        "pfi",
        f"PFI de {weeks} semaines dans l'entreprise, puis embauche pour au moins la même durée",
        _weeks_text(weeks, weeks),
        weeks,
        weeks,
        "Forem (Plan Formation-Insertion)",
    )


def skill_bridge(job: JobSpec, policy: BridgePolicy) -> Bridge:
    ttp = job.time_to_proficiency_weeks
    if ttp is not None and ttp <= policy.tutoring_max_weeks:
        weeks = max(1.0, float(math.ceil(ttp)))
        provider = "l'employeur (tuteur désigné)" if job.tutoring_available else "l'employeur (tuteur à désigner)"
        return Bridge(
            "tutoring",
            "Apprentissage au poste avec un tuteur pendant la période de prise en main",
            _weeks_text(weeks, weeks),
            weeks,
            weeks,
            provider,
        )
    return Bridge(
        "pfi",
        "PFI : formation au poste dans l'entreprise, puis embauche",
        _weeks_text(policy.pfi_min_weeks, policy.pfi_max_weeks),
        policy.pfi_min_weeks,
        policy.pfi_max_weeks,
        "Forem (Plan Formation-Insertion)",
    )


def alternance_eligible(profile: CandidateProfile, policy: BridgePolicy, today: date) -> bool:
    age = profile.protected.age_on(today) if profile.protected else None
    return age is not None and policy.alternance_min_age <= age <= policy.alternance_max_age


def bridge_for(
    criterion: Criterion,
    profile: CandidateProfile,
    job: JobSpec,
    policy: BridgePolicy,
    today: date,
    effective_months: float = 0.0,
) -> Bridge | None:
    """The bridge that closes `criterion` for `profile`, or None when no bridge closes it."""
    kind = criterion.kind
    if kind == "skill":
        return skill_bridge(job, policy)
    if kind == "experience":
        missing = float(criterion.value) - effective_months
        return pfi_bridge(missing, policy) if missing <= policy.pfi_max_missing_months else None
    if kind == "certification":
        t = short_training_for(str(criterion.value))
        if t is None:
            return None
        return Bridge(
            "certificate_training", t.label, t.duration_text, t.duration_days_min / 5, t.duration_days_max / 5, t.provider
        )
    if kind == "licence":
        cat = str(criterion.value)
        if cat not in policy.bridgeable_licences or "B" not in _expanded(profile):
            return None
        return Bridge(
            "certificate_training",
            f"Permis {cat} et certificat d'aptitude professionnelle (CAP, équivalent belge de la FIMO)",
            "environ 3 mois",
            10,
            14,
            "Forem (centre de compétence transport et logistique) ou fonds sectoriel du transport",
        )
    if kind == "language":
        have = _cefr(profile.languages.get(criterion.language or ""))
        steps = int(criterion.value) - have
        if steps <= 0 or steps > policy.max_language_steps:
            return None
        weeks = steps * policy.language_weeks_per_step
        provider = "Forem (formations en langues) ou enseignement de promotion sociale"
        if criterion.language == "fr":
            provider = "CISP ou enseignement de promotion sociale (français langue étrangère)"
        return Bridge(
            "language_course",
            f"Cours de {language_name(criterion.language or '')} jusqu'au niveau {CEFR_LEVELS[int(criterion.value) - 1]}",
            _weeks_text(weeks, weeks),
            weeks,
            weeks,
            provider,
        )
    if kind == "diploma":
        if int(criterion.value) > policy.diploma_bridge_max_eqf:
            return None
        if alternance_eligible(profile, policy, today):
            return Bridge(
                "alternance",
                "Contrat d'alternance : le diplôme se prépare en travaillant dans l'entreprise",
                "1 à 3 ans, en emploi",
                52,
                156,
                "IFAPME ou CEFA",
            )
        return Bridge(
            "qualifying_training",
            "Formation qualifiante pour adultes ou validation des compétences déjà acquises",
            "3 à 12 mois",
            13,
            52,
            "Enseignement de promotion sociale ou Consortium de validation des compétences",
        )
    return None


def gap_detail(criterion: Criterion, profile: CandidateProfile, effective_months: float) -> str:
    kind = criterion.kind
    if kind == "diploma":
        return f"niveau actuel : CEC {profile.education.eqf_level}" if profile.education.eqf_level else "aucun diplôme"
    if kind == "experience":
        return f"{effective_months:g} mois d'expérience utile pour {float(criterion.value):g} demandés"
    if kind == "language":
        lvl = profile.languages.get(criterion.language or "")
        return f"niveau actuel : {lvl}" if lvl else "langue non déclarée"
    if kind == "licence":
        return "permis non détenu"
    if kind == "certification":
        return "certificat non détenu"
    if kind == "skill":
        return "compétence non déclarée"
    return ""


def _cefr(level: str | None) -> int:
    return CEFR_LEVELS.index(level) + 1 if level in CEFR_LEVELS else 0


def _expanded(profile: CandidateProfile) -> frozenset[str]:
    from .vocab import expand_licences

    return expand_licences(frozenset(profile.licences))
