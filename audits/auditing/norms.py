"""The references for "what the post really needs", as the rules see them.

Three sources, in this order (see docs/audit.md):
1. the employer's post analysis (`audits.model.PostAnalysisInput`), read directly by the rules;
2. the entry norm of the occupation (ROME "accès à l'emploi", legal obligations, O*NET/ISCO context),
   turned into a small `Norm` here so that the rules never depend on how `audits.reference` stores it;
3. the realized norm: what other audited vacancies for the same occupation ask (`RealizedNorm`),
   used only once `REALIZED_NORM_MIN_VACANCIES` audited vacancies exist.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from audits.model import AuditReport, Requirement

# Below this many audited vacancies for one occupation, shares are too noisy to call a requirement "unusual".
REALIZED_NORM_MIN_VACANCIES = 20
# A requirement level asked by fewer than this share of comparable vacancies is "above the realized norm".
REALIZED_NORM_RARE_SHARE = 0.2


@dataclass(frozen=True)
class Norm:
    """Entry norm of one occupation, reduced to what the rules use. Build it by hand in tests."""

    rome_code: str
    label: str | None = None
    min_eqf: int | None = None  # None = accessible without diploma
    min_eqf_evidence: str | None = None  # the ROME sentence, quoted in the evidence
    diploma_known: bool = True  # False when the access text says nothing about diplomas (min_eqf is then moot)
    experience_alone_gives_access: bool = False
    experience_years_usual: float | None = None
    experience_evidence: str | None = None
    mandatory_licences: tuple[str, ...] = ()  # driving licence categories required by law for the post
    mandatory_certificates: tuple[str, ...] = ()  # DEAS, FIMO, CACES R489... required by law for the post
    legal_evidence: str | None = None  # why they are mandatory (law, regulation)
    regulated: bool = False
    manager: bool = False  # ROME marks the job sheet as a management post (years of experience are normal there)
    ilo_skill_level: int | None = None
    onet_evidence: str | None = None  # a ready sentence « O*NET 53-7062 : 0,3 % des titulaires ont un bachelor »
    onet_code: str | None = None
    onet_education_shares: Mapping[str, float] | None = None  # O*NET RL category -> share of incumbents
    sources: tuple[str, ...] = ()

    @property
    def source_label(self) -> str:
        return f"ROME {self.rome_code}" + (f" ({self.label})" if self.label else "")


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


# O*NET "required level of education" categories and the lowest EQF level each one reaches (our mapping,
# documented in docs/audit.md): the US high-school diploma sits with CAP/CESS, the associate degree with Bac+2.
ONET_EDUCATION_EQF = {
    "Less than a High School Diploma": 2,
    "High School Diploma": 4,
    "Post-Secondary Certificate": 4,
    "Some College Courses": 4,
    "Associate's Degree (or other 2-year degree)": 5,
    "Bachelor's Degree": 6,
    "Post-Baccalaureate Certificate": 6,
    "Master's Degree": 7,
    "Post-Master's Certificate": 7,
    "First Professional Degree": 7,
    "Doctoral Degree": 8,
    "Post-Doctoral Training": 8,
}
_LEVEL_WORDS = {3: "au moins un diplôme de fin de secondaire", 4: "au moins un diplôme de fin de secondaire",
                5: "un diplôme de niveau Bac+2 ou plus", 6: "un bachelier (Bac+3) ou plus", 7: "un master ou plus",
                8: "un doctorat"}


def onet_evidence_for(norm: Norm, eqf_level: int) -> str | None:
    """« O*NET 53-7062 : 0,0 % des titulaires ont un diplôme de niveau Bac+2 ou plus » for the asked level."""
    if norm.onet_evidence:
        return norm.onet_evidence
    shares = norm.onet_education_shares
    if not shares or eqf_level < 4:
        return None
    share = sum(v for k, v in shares.items() if ONET_EDUCATION_EQF.get(k, 0) >= eqf_level)
    pct = f"{100 * share:.1f}".replace(".", ",")
    label = f"O*NET {norm.onet_code}" if norm.onet_code else "O*NET"
    return f"{label} : {pct} % des titulaires ont {_LEVEL_WORDS.get(eqf_level, 'ce niveau ou plus')}"


def _skill_level(value: Any) -> int | None:
    """ISCO skill level as an int: "2" -> 2, "3-4" -> 3 (the lower bound: we never want to over-ask)."""
    if value is None:
        return None
    if isinstance(value, int):
        return value
    digits = [int(c) for c in str(value) if c.isdigit()]
    return digits[0] if digits else None


def norm_from_entry(entry: Any, rome_code: str, label: str | None = None, onet_code: str | None = None,
                    manager: bool = False) -> Norm:
    """Adapt an `audits.reference` EntryNorm (read by attribute, tolerant of missing ones) into a `Norm`."""
    years = getattr(entry, "experience_years_usual", None)
    shares = getattr(entry, "onet_education_shares", None)
    status = getattr(entry, "diploma_status", None)
    return Norm(
        rome_code=rome_code,
        label=label,
        min_eqf=getattr(entry, "min_eqf", None),
        min_eqf_evidence=getattr(entry, "min_eqf_evidence", None) or None,
        diploma_known=status != "unknown",
        experience_alone_gives_access=bool(getattr(entry, "experience_alone_gives_access", False)),
        experience_years_usual=float(years) if isinstance(years, (int, float)) else None,
        experience_evidence=getattr(entry, "experience_evidence", None),
        mandatory_licences=_tuple_of_str(getattr(entry, "mandatory_licences", None)),
        mandatory_certificates=_tuple_of_str(getattr(entry, "mandatory_certificates", None)),
        legal_evidence=getattr(entry, "legal_evidence", None),
        regulated=bool(getattr(entry, "regulated", False)),
        manager=manager,
        ilo_skill_level=_skill_level(getattr(entry, "ilo_skill_level", None)),
        onet_code=onet_code,
        onet_education_shares=dict(shares) if isinstance(shares, Mapping) else None,
        sources=_tuple_of_str(getattr(entry, "sources", None)),
    )


@dataclass(frozen=True)
class RealizedNorm:
    """What comparable audited vacancies (same ROME code) ask: the statistical ("realized matches") norm.

    Shares are over vacancies: `share_by_min_eqf[5] == 0.1` means 10 % of them require at least... exactly a
    minimum diploma of EQF 5 (None = no diploma required). Built by the portal from stored audits with
    `realized_norm_from_reports`.
    """

    rome_code: str
    n_vacancies: int
    share_by_min_eqf: dict[int | None, float] = field(default_factory=dict)
    share_by_min_years: dict[float | None, float] = field(default_factory=dict)
    share_by_language: dict[str, float] = field(default_factory=dict)  # share requiring each non-French language
    share_by_licence: dict[str, float] = field(default_factory=dict)

    @property
    def usable(self) -> bool:
        return self.n_vacancies >= REALIZED_NORM_MIN_VACANCIES

    def share_at_least_eqf(self, level: int) -> float:
        return sum(s for k, s in self.share_by_min_eqf.items() if k is not None and k >= level)

    def share_at_least_years(self, years: float) -> float:
        return sum(s for k, s in self.share_by_min_years.items() if k is not None and k >= years)


def _hard(req: Requirement) -> bool:
    return req.strength == "required"


def realized_norm_from_reports(reports: Iterable[AuditReport], rome_code: str | None = None) -> RealizedNorm:
    """Aggregate the *stated* requirements of past audits of one occupation.

    The stated (not de-inflated) requirements are counted: the realized norm describes the market's habits.
    Reports of other occupations are ignored when `rome_code` is given; otherwise the most frequent code wins.
    """
    reports = list(reports)
    if rome_code is None:
        codes = Counter(r.occupation.rome_code for r in reports if r.occupation.rome_code)
        if not codes:
            raise ValueError("realized_norm_from_reports: no report has an occupation")
        rome_code = codes.most_common(1)[0][0]
    same = [r for r in reports if r.occupation.rome_code == rome_code]
    n = len(same)
    eqf: Counter[int | None] = Counter()
    years: Counter[float | None] = Counter()
    languages: Counter[str] = Counter()
    licences: Counter[str] = Counter()
    for report in same:
        hard = [q for q in report.requirements if _hard(q)]
        levels = [q.eqf_level for q in hard if q.kind == "diploma" and q.eqf_level is not None]
        eqf[min(levels) if levels else None] += 1
        ys = [q.years for q in hard if q.kind == "experience" and q.years is not None]
        years[max(ys) if ys else None] += 1
        for lang in {q.language for q in hard if q.kind == "language" and q.language and q.language != "fr"}:
            languages[lang] += 1
        for cat in {q.category for q in hard if q.kind == "licence" and q.category}:
            licences[cat] += 1
    div = float(n) if n else 1.0
    return RealizedNorm(
        rome_code=rome_code,
        n_vacancies=n,
        share_by_min_eqf={k: v / div for k, v in eqf.items()},
        share_by_min_years={k: v / div for k, v in years.items()},
        share_by_language={k: v / div for k, v in languages.items()},
        share_by_licence={k: v / div for k, v in licences.items()},
    )
