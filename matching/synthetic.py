"""Synthetic candidate pool for the demo and the benchmarks. Every record has `synthetic=True` and an id "syn-...".

Distributions (documented with their sources in docs/matching.md; [S] = published figure, [A] = our assumption):
- education: 39 % without CESS [S: Forem 2017 via Trends/rtbf 2018-09, "39 % of job seekers low-qualified"], split
  [A] as no certificate 5 %, CEB 10 %, CE1D 14 %, CQ6 without CESS 10 %; CESS 41 % [A]; higher education 20 % [A]
  (BES/bac+2 5 %, bachelier 11 %, master 4 %).
- registration: 43 % registered for 24 months or more, as a proxy of the 43 % "far from employment"
  [S: Forem 2023 via rtbf 2023-04]; the others uniformly 0-24 months [A].
- age (protected, for incentives only): under 25 19 %, over 50 25 % [S: Forem 2018 via rtbf 2019-01];
  sex: men 52 %, women 48 % [S: same source]. Never read by the matcher.
- occupations: a fixed list of ROME codes that low-qualified Walloon job seekers commonly target, with assumed
  weights [A]; experience, skills, certificates and licences are drawn per occupation [A].
- home: uniform over Walloon postal codes [A: the shipped table has no population].
- languages: French for everyone (C2 80 %, B2 10 %, B1 5 %, A2 5 %) [A]; Dutch 25 %, English 35 %, German 5 % [A].
Each record is generated from its own seeded generator (seed, i): the same (seed, i) always gives the same profile,
so a pool of a million can be re-read lazily by id (`SyntheticPool`) instead of being held in memory.
"""

from __future__ import annotations

import random
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from itertools import accumulate
from typing import overload

from .geo import postal_table
from .profile import Availability, CandidateProfile, Education, Mobility, ProtectedAttributes
from .reference import ReferenceLike, core_and_other_competences, related_occupations, resolve, rome_codes

# ROME code -> relative weight [A]
SYNTHETIC_OCCUPATIONS: dict[str, float] = {
    "N1103": 12, "N1105": 8, "N1101": 5, "K2204": 10, "G1603": 6, "G1602": 6, "J1501": 6, "K1302": 6,
    "H3302": 5, "N4105": 5, "N4101": 3, "F1703": 4, "D1505": 5, "D1106": 4, "A1203": 5, "H2909": 5, "I1203": 5,
}
EQF_DISTRIBUTION: tuple[tuple[int, float], ...] = (
    (0, 0.05), (1, 0.10), (2, 0.14), (3, 0.10), (4, 0.41), (5, 0.05), (6, 0.11), (7, 0.04),
)
DIPLOMA_OF_EQF = {0: (), 1: ("CEB",), 2: ("CE1D",), 3: ("CQ6",), 4: ("CESS",), 5: ("BES",), 6: ("BACH_PRO",),
                  7: ("MASTER",)}
LONG_TERM_SHARE = 0.43
UNDER_25, OVER_50 = 0.19, 0.25
MEN_SHARE = 0.52
CERTIFICATES_BY_OCCUPATION: dict[str, tuple[tuple[str, float], ...]] = {
    "N1101": (("CACES_R489_3", 0.7), ("VCA", 0.4)),
    "N1103": (("VCA", 0.3), ("CACES_R489_1", 0.2)),
    "N1105": (("VCA", 0.3),),
    "F1703": (("VCA", 0.6),),
    "H3302": (("HACCP", 0.3),),
    "G1602": (("HACCP", 0.5),),
    "G1603": (("HACCP", 0.4),),
    "J1501": (("SST", 0.3),),
}
OPERATORS: tuple[tuple[str, float], ...] = (
    ("forem", 0.60),
    *((f"cisp-{i:02d}", 0.025) for i in range(1, 11)),
    *((f"mire-{i:02d}", 0.03) for i in range(1, 6)),
)
REFERENCE_DAY = date(2026, 1, 1)  # registration and birth dates are drawn relative to this fixed day (determinism)


class _Choice:
    """A weighted choice with its cumulative weights computed once (generation runs a million times)."""

    def __init__(self, pairs: Sequence[tuple[object, float]]) -> None:
        self.values = [v for v, _ in pairs]
        self.cumulative = list(accumulate(w for _, w in pairs))

    def __call__(self, rng: random.Random) -> object:
        i = bisect_right(self.cumulative, rng.random() * self.cumulative[-1])
        return self.values[min(i, len(self.values) - 1)]


_EQF = _Choice(EQF_DISTRIBUTION)
_FRENCH = _Choice((("C2", 0.8), ("B2", 0.1), ("B1", 0.05), ("A2", 0.05)))
_HOURS = _Choice(((38.0, 0.7), (30.0, 0.15), (19.0, 0.15)))
_COMMUTE = _Choice(((30, 0.3), (45, 0.5), (60, 0.2)))
_OPERATOR = _Choice(OPERATORS)


class SyntheticPool(Sequence[CandidateProfile]):
    """A lazily generated pool: `pool[i]` builds record i on demand; `pool.by_id(id)` re-reads it."""

    def __init__(self, n: int, seed: int = 0, reference: ReferenceLike | None = None) -> None:
        if n < 0:
            raise ValueError("n : nombre de candidats négatif.")
        ref = resolve(reference)
        known = rome_codes(ref)
        self.occupations = [(c, w) for c, w in SYNTHETIC_OCCUPATIONS.items() if c in known]
        self._occupation = _Choice(self.occupations)
        if not self.occupations:
            raise ValueError("référence : aucun des métiers du générateur synthétique n'y figure.")
        self.n, self.seed = n, seed
        self.related = {c: sorted(related_occupations(ref, c) & known) for c, _ in self.occupations}
        self.core: dict[str, list[str]] = {}
        self.other: dict[str, list[str]] = {}
        for c, _ in self.occupations:
            core, other = core_and_other_competences(ref, c)
            self.core[c], self.other[c] = list(core), list(other)
        table = postal_table()
        self.postal_codes = [c for c, r in zip(table.codes, table.region, strict=True) if r == "Wallonie"]

    def __len__(self) -> int:
        return self.n

    @overload
    def __getitem__(self, i: int) -> CandidateProfile: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[CandidateProfile]: ...

    def __getitem__(self, i: int | slice) -> CandidateProfile | Sequence[CandidateProfile]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self._make(i)

    def __iter__(self) -> Iterator[CandidateProfile]:
        for i in range(self.n):
            yield self._make(i)

    def by_id(self, candidate_id: str) -> CandidateProfile:
        prefix = f"syn-{self.seed}-"
        if not candidate_id.startswith(prefix):
            raise KeyError(candidate_id)
        return self[int(candidate_id[len(prefix):])]

    def _make(self, i: int) -> CandidateProfile:
        rng = random.Random(self.seed * 1_000_003 + i)
        main = str(self._occupation(rng))
        related = self.related[main]
        eqf = int(_EQF(rng))  # type: ignore[call-overload]
        experience: dict[str, int] = {}
        if rng.random() < 0.7:
            experience[main] = int(rng.expovariate(1 / 18)) + 1
        if related and rng.random() < 0.35:
            experience[rng.choice(related)] = int(rng.expovariate(1 / 12)) + 1
        if rng.random() < 0.2:
            other = str(self._occupation(rng))
            experience[other] = experience.get(other, 0) + int(rng.expovariate(1 / 12)) + 1
        # Core skills of the main occupation, more of them with experience; plus a few peripheral ones.
        share = 0.2 + 0.6 * min(1.0, experience.get(main, 0) / 36)
        peripheral = self.other[main]
        skills = frozenset(
            [c for c in self.core[main] if rng.random() < share]
            + rng.sample(peripheral, min(len(peripheral), rng.randint(0, 4)))
        )
        languages = {"fr": str(_FRENCH(rng))}
        for iso, p, levels in (("nl", 0.25, ("A1", "A2", "B1", "B2")), ("en", 0.35, ("A2", "B1", "B2")),
                               ("de", 0.05, ("A2", "B1", "B2", "C1"))):
            if rng.random() < p:
                languages[iso] = rng.choice(levels)
        licences: set[str] = set()
        if rng.random() < 0.6:
            licences.add("B")
            if rng.random() < (0.5 if main == "N4101" else 0.04):
                licences.add("CE" if rng.random() < 0.4 else "C")
        certs = frozenset(code for code, p in CERTIFICATES_BY_OCCUPATION.get(main, ()) if rng.random() < p)
        mode = "car" if "B" in licences and rng.random() < 0.8 else "public_transport"
        childcare = rng.random() < 0.25
        availability = Availability(
            days=frozenset(range(7)) if rng.random() < 0.45 else frozenset(range(5)),
            weekly_hours=float(_HOURS(rng)),  # type: ignore[arg-type]
            nights=rng.random() < 0.3,
            weekends=rng.random() < 0.45,
            split_shifts=rng.random() < 0.35,
            early_mornings=rng.random() < 0.6,
            childcare_constraints=childcare,
        )
        if rng.random() < LONG_TERM_SHARE:
            months = 24 + rng.expovariate(1 / 24)
        else:
            months = rng.random() * 24
        registration = REFERENCE_DAY - timedelta(days=int(months * 30.44))
        u = rng.random()
        age = rng.randint(18, 24) if u < UNDER_25 else rng.randint(51, 64) if u < UNDER_25 + OVER_50 else rng.randint(25, 50)
        birth = REFERENCE_DAY - timedelta(days=int((age + rng.random()) * 365.25))
        desired = (main,) if rng.random() < 0.85 else ()
        if related and rng.random() < 0.3:
            desired = (*desired, rng.choice(related))
        return CandidateProfile(
            id=f"syn-{self.seed}-{i}",
            home_postal_code=rng.choice(self.postal_codes),
            education=Education(eqf_level=eqf, diplomas=DIPLOMA_OF_EQF[eqf]),
            experience=experience,
            skills=skills,
            languages=languages,
            licences=frozenset(licences),
            certifications=certs,
            mobility=Mobility(
                max_commute_minutes=int(_COMMUTE(rng)),  # type: ignore[call-overload]
                mode=mode,  # type: ignore[arg-type]
            ),
            availability=availability,
            desired_rome_codes=desired,
            registration_date=registration,
            isp_operator_id=str(_OPERATOR(rng)),
            synthetic=True,
            protected=ProtectedAttributes(birth_date=birth, sex="M" if rng.random() < MEN_SHARE else "F"),
        )


def generate(n: int, seed: int = 0, reference: ReferenceLike | None = None) -> list[CandidateProfile]:
    """`n` synthetic profiles, deterministic for `seed` (record i depends only on (seed, i))."""
    return list(SyntheticPool(n, seed, reference))
