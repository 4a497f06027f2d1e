"""Dataclasses returned by the reference: one occupation (ROME job sheet) and its entry norm."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

DiplomaStatus = Literal["none_required", "required", "unknown"]


@dataclass(frozen=True)
class OccupationRecord:
    """One ROME 4.0 job sheet with its links to ISCO-08 (through ESCO) and O*NET (through Nesta)."""

    rome_code: str
    label: str
    parent: str  # domaine professionnel code, e.g. "N11"
    regulated: bool
    manager: bool
    # (appellation code_ogr, masculine label, feminine label or None)
    appellations: tuple[tuple[str, str, str | None], ...]
    # (code_ogr, label); coeur_metier items first (their codes are in `coeur_metier`)
    competences: tuple[tuple[str, str], ...]
    acces_metier: str
    isco_code: str | None
    isco_source: str | None  # "esco_label_match", "esco_appellation_vote", "esco_appellation_vote_common_prefix"
    onet_codes: tuple[str, ...]
    job_zone: int | None
    onet_education: dict[str, float] | None  # share of incumbents per required-education level (O*NET RL)
    onet_experience: dict[str, float] | None  # share of incumbents per related-experience band (O*NET RW)
    mobility: tuple[str, ...]  # ROME codes reachable through ROME mobility links, in ROME's order
    # --- compatible extensions ---
    coeur_metier: frozenset[str] = field(default_factory=frozenset)  # code_ogr of the core competences
    rome_parent: str | None = None  # ROME 4.0 parent job sheet (e.g. N1103 for N1110 magasinier)
    definition: str = ""


@dataclass(frozen=True)
class EntryNorm:
    """What the job really asks at entry, read from ROME's access text (each item with its evidence)."""

    rome_code: str
    min_eqf: int | None  # None = accessible without diploma (see diploma_status: "unknown" means not stated)
    min_eqf_evidence: str
    experience_alone_gives_access: bool
    experience_years_usual: float | None
    experience_evidence: str | None
    mandatory_licences: tuple[str, ...]  # driving licence categories, e.g. ("C",)
    mandatory_certificates: tuple[str, ...]  # normalised codes: "FIMO", "CACES", "DEAS", ...
    legal_evidence: str | None
    regulated: bool
    ilo_skill_level: str | None  # "1", "2", "3", "4", "3-4"
    isced_range: str | None  # ISCED 2011 range of that skill level, e.g. "2-4"
    onet_education_shares: dict[str, float] | None
    sources: tuple[str, ...]
    # --- compatible extensions ---
    diploma_status: DiplomaStatus = "unknown"
    useful_certificates: tuple[str, ...] = ()  # named by ROME as useful or sometimes asked, not mandatory
    job_zone: int | None = None  # O*NET job zone (1 = little preparation ... 5 = extensive)
    # Lower bound (years) of the O*NET related-work-experience band that holds the median incumbent. US context,
    # for information only: it never overrides `experience_years_usual`, which comes from ROME.
    onet_experience_median_years: float | None = None
