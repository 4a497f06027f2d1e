"""The matcher's documented, configurable policies: soft-fit weights, the priority given to people far from
employment, and when a gap counts as bridgeable. Defaults are explained in docs/matching.md."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import MatchingInputError


@dataclass(frozen=True)
class ScoringWeights:
    """Soft fit = weighted mean of components in [0, 1], minus a small penalty per bridged gap."""

    skills: float = 0.35
    experience: float = 0.35
    language: float = 0.15
    interest: float = 0.15  # the job is (or is close to) one the candidate wants
    related_experience_factor: float = 0.5  # a month in a ROME-mobility-linked job counts half a month
    experience_reference_months: float = 12.0  # months that give a full experience score when none is required
    bridge_penalty: float = 0.03  # per gap that needs a bridge: bridged candidates stay, just slightly lower

    def __post_init__(self) -> None:
        weights = (self.skills, self.experience, self.language, self.interest)
        if min(weights) < 0 or sum(weights) <= 0:
            raise MatchingInputError("weights", weights, "poids positifs ou nuls, de somme non nulle, attendus.")
        if self.experience_reference_months <= 0:
            raise MatchingInputError("experience_reference_months", self.experience_reference_months,
                                     "durée positive attendue.")


@dataclass(frozen=True)
class PriorityPolicy:
    """Among equally fit candidates, favour people far from employment.

    Candidates are put in fit buckets of `bucket_width` (0.1 = ten buckets); the ranking is bucket first, then
    priority = registration_weight x min(months registered / registration_cap_months, 1)
             + low_qualification_weight x (1 - EQF level / 8),
    then exact fit, then row. A small bucket_width (0.001) makes the ranking pure fit; bucket_width=1 puts everyone in
    one bucket (priority first); a weight of 0 switches a factor off.
    """

    bucket_width: float = 0.1
    registration_weight: float = 1.0
    registration_cap_months: float = 24.0  # long-term job seekers (24 months+, cf. Tremplin) get the full weight
    low_qualification_weight: float = 1.0

    def __post_init__(self) -> None:
        if not 0 < self.bucket_width <= 1:
            raise MatchingInputError("bucket_width", self.bucket_width, "largeur de tranche attendue dans ]0, 1].")
        if self.registration_cap_months <= 0:
            raise MatchingInputError("registration_cap_months", self.registration_cap_months, "durée positive attendue.")
        if self.registration_weight < 0 or self.low_qualification_weight < 0:
            raise MatchingInputError("weights", (self.registration_weight, self.low_qualification_weight),
                                     "poids positifs ou nuls attendus.")


@dataclass(frozen=True)
class BridgePolicy:
    max_language_steps: int = 2  # a language gap of more than 2 CEFR steps is not a short course
    pfi_min_weeks: int = 4  # PFI legal bounds (walloon-reference.md 1.7)
    pfi_max_weeks: int = 26
    pfi_weeks_per_missing_month: float = 2.0  # in-company training compresses experience: 1 month ~ 2 weeks
    pfi_max_missing_months: float = 12.0  # beyond a year of missing experience, a PFI is not a credible bridge
    tutoring_max_weeks: float = 26.0  # skills learnable within this time to proficiency: tutoring in the company
    diploma_bridge_max_eqf: int = 4  # up to CESS a qualification can be earned in alternance / adult education
    alternance_min_age: int = 15  # CEFA / IFAPME apprenticeship (walloon-reference.md 1.9): eligibility, not score
    alternance_max_age: int = 25
    language_weeks_per_step: int = 10  # ~120 h per CEFR step at ~12 h a week
    bridgeable_licences: tuple[str, ...] = ("C1", "C", "CE", "D1", "D")  # need a B already
