"""Dataclasses shared at the boundaries of the `audits` library (and read by `matching`).

These are the library's public vocabulary: the extractor produces `Requirement`s and an `Occupation`,
the audit consumes a `VacancyInput` (+ optional `PostAnalysisInput`) and produces an `AuditReport` made of
`Finding`s and de-inflated `real_requirements`. Field names follow the JSON contracts in
`audits/contracts/*.schema.json` so that `to_dict()` output validates against them unchanged.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

RequirementKind = Literal[
    "diploma",
    "experience",
    "language",
    "licence",
    "certification",
    "skill",
    "soft_skill",
    "protected_criterion",
    "other",
]
Strength = Literal["required", "preferred", "optional"]
Field = Literal["title", "description"]
Severity = Literal["info", "warning", "critical"]


@dataclass(frozen=True)
class Requirement:
    """One requirement found in a vacancy. `text == <field's text>[start:end]` always holds."""

    kind: RequirementKind
    text: str
    field: Field
    start: int
    end: int
    strength: Strength
    alternative_group: int | None = None
    eqf_level: int | None = None  # diploma
    isced_level: int | None = None  # diploma
    domain: str | None = None  # diploma or experience field, e.g. "logistique"
    years: float | None = None  # experience: minimum years; 0 = beginners accepted
    language: str | None = None  # language: ISO 639-1
    cefr: str | None = None  # language: A1..C2
    category: str | None = None  # licence: B, C, CE...
    code: str | None = None  # certification code (CACES R489 3, VCA...) or skill ROME code_ogr
    criterion: str | None = None  # protected_criterion: age, sex, ...
    native: bool = False  # language asked as "langue maternelle" (kept as such, see contract)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        # `native` is an extension of the contract: only emitted when true, to keep lines short.
        if not d.pop("native"):
            return d
        d["native"] = True
        return d


@dataclass(frozen=True)
class OccupationAlternative:
    rome_code: str
    label: str | None
    confidence: float


@dataclass(frozen=True)
class Occupation:
    """Result of the occupation classifier; `rome_code is None` means unknown (confidence 0)."""

    rome_code: str | None
    confidence: float
    appellation_code: str | None = None
    label: str | None = None
    isco_code: str | None = None
    alternatives: tuple[OccupationAlternative, ...] = ()

    @classmethod
    def unknown(cls) -> Occupation:
        return cls(rome_code=None, confidence=0.0)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rome_code": self.rome_code,
            "appellation_code": self.appellation_code,
            "label": self.label,
            "isco_code": self.isco_code,
            "confidence": round(self.confidence, 4),
            "alternatives": [
                {"rome_code": a.rome_code, "label": a.label, "confidence": round(a.confidence, 4)}
                for a in self.alternatives
            ],
        }


@dataclass(frozen=True)
class ExtractionResult:
    id: str
    language: str
    occupation: Occupation
    requirements: tuple[Requirement, ...]
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "language": self.language,
            "occupation": self.occupation.to_dict(),
            "requirements": [r.to_dict() for r in self.requirements],
        }
        if self.warnings:
            d["warnings"] = list(self.warnings)
        return d


# --- audit inputs -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Schedule:
    nights: bool = False
    weekends: bool = False
    split_shifts: bool = False
    early_mornings: bool = False  # before 7:00


@dataclass(frozen=True)
class VacancyInput:
    """What the audit needs of a vacancy. Every structured field is optional: missing means "not checked"."""

    id: str
    title: str
    description: str
    rome_code: str | None = None  # when the employer knows it; otherwise the classifier decides
    contract_type: str | None = None  # CDI, CDD, interim, alternance, PFI
    duration_months: float | None = None
    weekly_hours: float | None = None
    full_time_hours: float | None = None  # the sector's full-time reference (38 by default in Belgium)
    gross_monthly_wage: float | None = None  # EUR, for the stated weekly hours
    workplace_postal_code: str | None = None
    schedule: Schedule = field(default_factory=Schedule)
    posts: int = 1
    previous_fixed_term_contracts: int | None = None  # successive CDDs already offered for the same post
    reference_date: str | None = None  # ISO date the legal values (minimum wage...) are taken at; default today


@dataclass(frozen=True)
class LanguageUse:
    language: str  # ISO 639-1
    cefr: str | None = None
    with_whom: str | None = None  # "clients", "collègues", "fournisseurs"...


@dataclass(frozen=True)
class PostTask:
    name: str
    frequency: str | None = None  # daily, weekly, monthly, rare
    criticality: str | None = None  # low, medium, high
    skills: tuple[str, ...] = ()  # free text or ROME competence codes


@dataclass(frozen=True)
class PostAnalysisInput:
    """The employer's analysis of the real post ("analyse de poste")."""

    tasks: tuple[PostTask, ...] = ()
    working_conditions: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    required_certificates: tuple[str, ...] = ()  # legally required for this post (VCA, CACES R489 3, permis C...)
    required_licences: tuple[str, ...] = ()  # driving licence categories actually needed
    languages_used: tuple[LanguageUse, ...] = ()
    time_to_proficiency_weeks: float | None = None
    tutoring_available: bool = False
    min_eqf_level: int | None = None  # a diploma level the employer can justify by the tasks, if any
    min_experience_years: float | None = None


# --- audit output -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    evidence: str
    explanation: str
    suggestion: str | None = None
    field: Field | None = None
    start: int | None = None
    end: int | None = None
    text: str | None = None
    legal_reference: str | None = None  # for protected_criterion and job-quality findings

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        if d["legal_reference"] is None:
            del d["legal_reference"]
        return d


@dataclass(frozen=True)
class AuditReport:
    id: str
    occupation: Occupation
    score: float  # accessibility 0..100
    findings: tuple[Finding, ...]
    requirements: tuple[Requirement, ...]  # as stated in the ad
    real_requirements: tuple[Requirement, ...]  # de-inflated: what the matcher uses
    code_version: str
    reference_version: str
    language: str = "fr"
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "occupation": self.occupation.to_dict(),
            "score": round(self.score, 1),
            "findings": [f.to_dict() for f in self.findings],
            "real_requirements": [r.to_dict() for r in self.real_requirements],
            "requirements": [r.to_dict() for r in self.requirements],
            "code_version": self.code_version,
            "reference_version": self.reference_version,
            "language": self.language,
        }
        if self.warnings:
            d["warnings"] = list(self.warnings)
        return d
