"""Candidate profiles (the job seekers a coach follows) and their validation / skill normalisation at save time.

Protected attributes (age, sex, nationality, origin, health, family status) live in a separate
`ProtectedAttributes` object: they may be kept for the incentives engine and for bridge *eligibility* (alternance is
open to 15-25 year-olds), but the index and the score never read them. `tests/matching/test_protected.py` proves it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from rapidfuzz import fuzz, process

from .certificates import canonical_certificate
from .errors import MatchingInputError, UnknownCompetenceCodeError, UnknownRomeCodeError
from .geo import PostalTable, postal_table
from .reference import ReferenceLike, competence_labels, resolve, rome_codes
from .vocab import cefr_rank, check_language_code, parse_licence

CommuteMode = Literal["car", "public_transport"]


@dataclass(frozen=True)
class Education:
    """Highest level reached. `eqf_level` 0 means no certificate at all (below CEB)."""

    eqf_level: int = 0
    isced_level: int | None = None
    diplomas: tuple[str, ...] = ()  # "CEB", "CE1D", "CQ6", "CESS", "BES"...


@dataclass(frozen=True)
class Mobility:
    max_commute_minutes: int = 45  # one way
    mode: CommuteMode = "public_transport"


@dataclass(frozen=True)
class Availability:
    days: frozenset[int] = frozenset(range(5))  # 0 = Monday ... 6 = Sunday
    weekly_hours: float = 38.0  # most hours per week the candidate can work
    nights: bool = False
    weekends: bool = False
    split_shifts: bool = False
    early_mornings: bool = True  # before 7:00
    childcare_constraints: bool = False  # school hours: rules out nights, early mornings and split shifts


@dataclass(frozen=True)
class ProtectedAttributes:
    """Never an input to scoring or ranking. Kept apart so that no scoring code can read it by accident."""

    birth_date: date | None = None
    sex: str | None = None
    nationality: str | None = None
    origin: str | None = None
    health: str | None = None
    family_status: str | None = None

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        b = self.birth_date
        return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


@dataclass(frozen=True)
class CandidateProfile:
    id: str
    home_postal_code: str
    education: Education = field(default_factory=Education)
    experience: Mapping[str, int] = field(default_factory=dict)  # ROME code -> months
    skills: frozenset[str] = frozenset()  # ROME competence codes (code_ogr)
    languages: Mapping[str, str] = field(default_factory=dict)  # ISO 639-1 -> CEFR level
    licences: frozenset[str] = frozenset()  # B, C, CE...
    certifications: frozenset[str] = frozenset()  # canonical codes: VCA, SST, CACES_R489_3, HACCP...
    mobility: Mobility = field(default_factory=Mobility)
    availability: Availability = field(default_factory=Availability)
    desired_rome_codes: tuple[str, ...] = ()
    registration_date: date | None = None  # registered as job seeker (DEI) since
    isp_operator_id: str | None = None  # the ISP operator (CISP, MIRE, Forem...) that follows the candidate
    synthetic: bool = False
    protected: ProtectedAttributes | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SkillNormalisation:
    codes: frozenset[str]
    matches: tuple[tuple[str, str, str, float], ...]  # (free text, code_ogr, label, score)
    unmatched: tuple[str, ...]


def normalise_skills(
    texts: Iterable[str],
    reference: ReferenceLike | None = None,
    rome_codes_hint: Iterable[str] = (),
    threshold: float = 85.0,
) -> SkillNormalisation:
    """Map free-text skills to ROME competence codes with rapidfuzz. Called when a profile is SAVED, never per query.

    Labels of the occupations in `rome_codes_hint` (experience, desired jobs) are tried first, so that "cariste"
    phrases resolve to the logistics competence rather than a homonym elsewhere; then the whole reference.
    Below `threshold` (token_set_ratio, 0-100) a text stays unmatched and is returned for the coach to fix.
    """
    ref = resolve(reference)
    index = ref.competences_index()
    hint = set(rome_codes_hint)
    preferred = {code: label for code, label, rome in index if rome in hint}
    everything = {code: label for code, label, _ in index}
    codes: set[str] = set()
    matches: list[tuple[str, str, str, float]] = []
    unmatched: list[str] = []
    for text in texts:
        query = text.strip()
        if not query:
            continue
        best = None
        for choices in (preferred, everything):
            if not choices:
                continue
            found = process.extractOne(query, choices, scorer=fuzz.token_set_ratio, processor=str.lower)
            if found is not None and found[1] >= threshold:
                best = found
                break
        if best is None:
            unmatched.append(query)
            continue
        label, score, code = best
        codes.add(str(code))
        matches.append((query, str(code), str(label), float(score)))
    return SkillNormalisation(frozenset(codes), tuple(matches), tuple(unmatched))


def validate_profile(
    profile: CandidateProfile,
    reference: ReferenceLike | None = None,
    postal: PostalTable | None = None,
) -> CandidateProfile:
    """Check every coded field and return the profile with canonical values (licences, certificates, CEFR upper case).

    Raises a `MatchingInputError` subclass whose French message names the field.
    """
    ref = resolve(reference)
    table = postal or postal_table()
    known_rome = rome_codes(ref)
    labels = competence_labels(ref)
    if not profile.id:
        raise MatchingInputError("id", profile.id, "identifiant du candidat manquant.")
    home_postal_code = table.canonical(profile.home_postal_code, "home_postal_code")
    edu = profile.education
    if not (0 <= edu.eqf_level <= 8):
        raise MatchingInputError("education.eqf_level", edu.eqf_level, "niveau CEC attendu entre 0 et 8.")
    if edu.isced_level is not None and not (0 <= edu.isced_level <= 8):
        raise MatchingInputError("education.isced_level", edu.isced_level, "niveau CITE attendu entre 0 et 8.")
    for rome, months in profile.experience.items():
        if rome not in known_rome:
            raise UnknownRomeCodeError(f"experience[{rome}]", rome)
        if not isinstance(months, int) or months < 0 or months > 600:
            raise MatchingInputError(f"experience[{rome}]", months, "nombre de mois attendu entre 0 et 600.")
    for rome in profile.desired_rome_codes:
        if rome not in known_rome:
            raise UnknownRomeCodeError("desired_rome_codes", rome)
    for code in profile.skills:
        if code not in labels:
            raise UnknownCompetenceCodeError("skills", code)
    languages: dict[str, str] = {}
    for iso, level in profile.languages.items():
        norm = check_language_code(iso, "languages")
        cefr_rank(level, f"languages[{iso}]")
        languages[norm] = level.strip().upper()
    licences = frozenset(parse_licence(c, "licences") for c in profile.licences)
    certifications = frozenset(canonical_certificate(c) for c in profile.certifications if c.strip())
    mob = profile.mobility
    if mob.mode not in ("car", "public_transport"):
        raise MatchingInputError("mobility.mode", mob.mode, "mode attendu : « car » ou « public_transport ».")
    if not (0 < mob.max_commute_minutes <= 240):
        raise MatchingInputError(
            "mobility.max_commute_minutes", mob.max_commute_minutes, "durée de trajet attendue entre 1 et 240 minutes."
        )
    av = profile.availability
    if not (0 < av.weekly_hours <= 60):
        raise MatchingInputError("availability.weekly_hours", av.weekly_hours, "heures par semaine entre 1 et 60.")
    if any(d not in range(7) for d in av.days):
        raise MatchingInputError("availability.days", sorted(av.days), "jours attendus de 0 (lundi) à 6 (dimanche).")
    return replace(
        profile,
        home_postal_code=home_postal_code,
        languages=languages,
        licences=licences,
        certifications=certifications,
    )


def prepare_profile(
    profile: CandidateProfile,
    free_text_skills: Iterable[str] = (),
    reference: ReferenceLike | None = None,
    postal: PostalTable | None = None,
) -> tuple[CandidateProfile, SkillNormalisation]:
    """What the portal calls when a profile is saved: normalise free-text skills, merge them, validate everything."""
    ref = resolve(reference)
    norm = normalise_skills(
        free_text_skills, ref, rome_codes_hint=[*profile.experience, *profile.desired_rome_codes]
    )
    merged = replace(profile, skills=frozenset(profile.skills) | norm.codes)
    return validate_profile(merged, ref, postal), norm
