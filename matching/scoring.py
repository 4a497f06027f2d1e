"""Vectorised evaluation of a vacancy against the candidate rows of one query (the local pool).

For each criterion (stated or real) it computes two boolean columns: `ok` (met today) and `bridgeable` (not met,
but a bridge closes it); vacancy conditions (schedule, hours) are hard; the soft fit is a weighted mean of
skills, experience (same or related ROME code), language and interest columns. No protected attribute is read:
the index does not even hold one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from .certificates import short_training_for
from .index import EARLY_MORNINGS, NIGHTS, SPLIT_SHIFTS, WEEKENDS, CandidateIndex
from .job import Criterion, JobSpec
from .policy import BridgePolicy, ScoringWeights
from .reference import ReferenceLike, related_occupations
from .vocab import LICENCE_CATEGORIES


@dataclass(frozen=True)
class CriterionColumns:
    ok: np.ndarray  # bool: met today
    bridgeable: np.ndarray  # bool: not met, but closed by a bridge


class Evaluation:
    """All columns of one (job, rows) query. Rows are index rows (ascending)."""

    def __init__(
        self,
        index: CandidateIndex,
        job: JobSpec,
        rows: np.ndarray,
        reference: ReferenceLike,
        weights: ScoringWeights,
        bridges: BridgePolicy,
    ) -> None:
        self.index, self.job, self.rows, self.weights, self.bridges = index, job, rows, weights, bridges
        self.related = related_occupations(reference, job.rome_code)
        self._cache: dict[tuple[object, ...], CriterionColumns] = {}
        self._group_cache: dict[tuple[object, ...], CriterionColumns] = {}
        self._effective: np.ndarray | None = None
        self._sets: dict[tuple[object, ...], list[tuple[list[Criterion], CriterionColumns]]] = {}
        n = len(rows)
        self.months_same = self._gather_months([job.rome_code])
        self.months_related = self._gather_months(sorted(self.related))
        self.eqf = index.eqf[rows]
        self.n = n

    # --- columns ------------------------------------------------------------------------------------------

    def _gather_months(self, rome_codes: Iterable[str]) -> np.ndarray:
        scratch = np.zeros(self.index.n, np.float32)
        for code in rome_codes:
            r, v = self.index.experience.get(code)
            if len(r):
                scratch[r] += v  # a row appears at most once per ROME code, so fancy-index += is exact
        return scratch[self.rows]

    def _members(self, postings_rows: Sequence[np.ndarray]) -> np.ndarray:
        """Count, for each query row, in how many of the given posting lists it appears."""
        if not postings_rows:
            return np.zeros(self.n, np.int32)
        allrows = np.concatenate(postings_rows)
        return np.bincount(allrows, minlength=self.index.n)[self.rows].astype(np.int32)

    def effective_months(self) -> np.ndarray:
        if self._effective is None:
            self._effective = self.months_same + self.weights.related_experience_factor * self.months_related
        return self._effective

    def language_level(self, iso: str) -> np.ndarray:
        li = self.index.language_vocab.get(iso)
        if li is None:
            return np.zeros(self.n, np.uint8)
        return self.index.languages[li, self.rows]

    def criterion(self, c: Criterion) -> CriterionColumns:
        cached = self._cache.get(c.key)
        if cached is not None:
            return cached
        idx, rows, bp = self.index, self.rows, self.bridges
        none = np.zeros(self.n, bool)
        if c.kind == "diploma":
            ok = self.eqf >= int(c.value)
            bridgeable = ~ok if int(c.value) <= bp.diploma_bridge_max_eqf else none
        elif c.kind == "experience":
            eff = self.effective_months()
            ok = eff >= float(c.value)
            bridgeable = ~ok & ((float(c.value) - eff) <= bp.pfi_max_missing_months)
        elif c.kind == "language":
            lvl = self.language_level(c.language or "")
            ok = lvl >= int(c.value)
            bridgeable = ~ok & ((int(c.value) - lvl.astype(np.int16)) <= bp.max_language_steps)
        elif c.kind == "licence":
            bit = np.uint16(1 << LICENCE_CATEGORIES.index(str(c.value)))
            lic = idx.licences[rows]
            ok = (lic & bit) != 0
            if str(c.value) in bp.bridgeable_licences:
                has_b = (lic & np.uint16(1 << LICENCE_CATEGORIES.index("B"))) != 0
                bridgeable = ~ok & has_b
            else:
                bridgeable = none
        elif c.kind == "certification":
            r, _ = idx.certificates.get(str(c.value))
            ok = self._members([r]) > 0
            bridgeable = ~ok if short_training_for(str(c.value)) is not None else none
        elif c.kind == "skill":
            r, _ = idx.skills.get(str(c.value))
            ok = self._members([r]) > 0
            bridgeable = ~ok  # learnable in the company: tutoring or PFI
        else:  # pragma: no cover - Criterion.kind is a closed Literal
            raise ValueError(c.kind)
        cols = CriterionColumns(ok, bridgeable)
        self._cache[c.key] = cols
        return cols

    def conditions(self) -> dict[str, np.ndarray]:
        """Hard vacancy conditions (not bridgeable): schedule vs availability, weekly hours."""
        s, av = self.job.schedule, self.index.avail[self.rows]
        out: dict[str, np.ndarray] = {}
        for needed, bit, name in (
            (s.nights, NIGHTS, "nights"),
            (s.weekends, WEEKENDS, "weekends"),
            (s.split_shifts, SPLIT_SHIFTS, "split_shifts"),
            (s.early_mornings, EARLY_MORNINGS, "early_mornings"),
        ):
            if needed:
                out[name] = (av & bit) != 0
        if self.job.weekly_hours:
            out["hours"] = self.index.hours[self.rows] >= np.floor(self.job.weekly_hours)
        return out

    def conditions_ok(self) -> np.ndarray:
        ok = np.ones(self.n, bool)
        for col in self.conditions().values():
            ok &= col
        return ok

    def groups(self, criteria: Sequence[Criterion]) -> list[list[Criterion]]:
        """Alternatives ("CESS ou 2 ans d'expérience") form one group; every other criterion is its own group."""
        return [g for g, _cols in self.evaluated_groups(criteria)]

    def evaluated_groups(self, criteria: Sequence[Criterion]) -> list[tuple[list[Criterion], CriterionColumns]]:
        """The groups of a criteria set with their columns, computed once per query (entries reuse them)."""
        key = tuple((c.key, c.group) for c in criteria)
        cached = self._sets.get(key)
        if cached is None:
            groups: dict[object, list[Criterion]] = {}
            for i, c in enumerate(criteria):
                groups.setdefault(("g", c.group) if c.group is not None else ("c", i), []).append(c)
            cached = self._sets[key] = [(g, self.group_columns(g)) for g in groups.values()]
        return cached

    def group_columns(self, group: Sequence[Criterion]) -> CriterionColumns:
        key = tuple(c.key for c in group)
        cached = self._group_cache.get(key)
        if cached is not None:
            return cached
        ok = np.zeros(self.n, bool)
        reachable = np.zeros(self.n, bool)
        for c in group:
            cols = self.criterion(c)
            ok |= cols.ok
            reachable |= cols.ok | cols.bridgeable
        result = CriterionColumns(ok, reachable & ~ok)
        self._group_cache[key] = result
        return result

    def passes(self, criteria: Sequence[Criterion], with_bridges: bool) -> np.ndarray:
        ok = np.ones(self.n, bool)
        for _group, cols in self.evaluated_groups(criteria):
            ok &= (cols.ok | cols.bridgeable) if with_bridges else cols.ok
        return ok

    def bridged_gaps(self, criteria: Sequence[Criterion]) -> np.ndarray:
        count = np.zeros(self.n, np.int16)
        for _group, cols in self.evaluated_groups(criteria):
            count += cols.bridgeable
        return count

    # --- soft fit -----------------------------------------------------------------------------------------

    def components(self) -> dict[str, np.ndarray]:
        job, w = self.job, self.weights
        comps: dict[str, np.ndarray] = {}
        if job.skills:
            lists = [self.index.skills.get(code)[0] for code in job.skills]
            comps["skills"] = self._members(lists) / len(job.skills)
        else:
            comps["skills"] = np.ones(self.n)
        asked = [float(c.value) for c in (*job.real, *job.preferred) if c.kind == "experience"]
        target = max([w.experience_reference_months, *asked])
        comps["experience"] = np.minimum(1.0, self.effective_months() / target)
        langs: dict[str, int] = {}
        for c in (*job.real, *job.preferred):
            if c.kind == "language" and c.language:
                langs[c.language] = max(langs.get(c.language, 0), int(c.value))
        if langs:
            total = np.zeros(self.n)
            for iso, level in langs.items():
                total += np.minimum(1.0, self.language_level(iso) / level)
            comps["language"] = total / len(langs)
        else:
            comps["language"] = np.ones(self.n)
        same = self._members([self.index.desired.get(job.rome_code)[0]]) > 0
        related = self._members([self.index.desired.get(code)[0] for code in sorted(self.related)]) > 0
        comps["interest"] = np.where(same, 1.0, np.where(related, 0.5, 0.0))
        return comps

    def fit(self, components: dict[str, np.ndarray] | None = None) -> np.ndarray:
        comps = components if components is not None else self.components()
        w = self.weights
        weights = {"skills": w.skills, "experience": w.experience, "language": w.language, "interest": w.interest}
        total = sum(weights.values())
        score = sum(weights[k] * comps[k] for k in weights) / total
        score = score - w.bridge_penalty * self.bridged_gaps(self.job.real)
        return np.clip(score, 0.0, 1.0)
