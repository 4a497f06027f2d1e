"""Counterfactual exclusion: how many capable people in the local pool does the ad as written shut out?

Local pool: candidates whose estimated commute to the workplace is within the radius and their own maximum.
"Capable": they meet the REAL requirements and the vacancy conditions, with bridges where a bridge exists.
For each STATED requirement (group of alternatives), how many capable people it excludes, and how many it alone
excludes (they meet every other stated requirement). Aggregates only: this is what the employer sees, and below
`min_disclosed_pool` people the figures are marked as not disclosable (small numbers could point at someone).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from .geo import CommuteModel
from .index import CandidateIndex
from .job import JobSpec
from .policy import BridgePolicy, ScoringWeights
from .reference import ReferenceLike, resolve
from .scoring import Evaluation

MIN_DISCLOSED_POOL = 10


@dataclass(frozen=True)
class RequirementCost:
    requirement: str  # French label (alternatives joined with "ou")
    kinds: tuple[str, ...]
    also_real: bool  # the same requirement is kept in the real requirements (then it only costs the bridgeable)
    excluded: int  # capable candidates who fail it
    share_of_capable: float
    only_this: int  # capable candidates who fail it and meet every other stated requirement


@dataclass(frozen=True)
class ExclusionReport:
    job_id: str
    workplace_postal_code: str
    municipality: str
    radius_minutes: int
    local_pool: int
    excluded_by_stated: int  # of the local pool
    excluded_by_real: int  # without bridges
    excluded_by_real_with_bridges: int
    capable: int  # real requirements met, with bridges
    capable_without_bridges: int
    capable_excluded_by_stated: int
    capable_without_bridges_excluded_by_stated: int
    costs: tuple[RequirementCost, ...]  # most costly first
    sentence: str  # French
    disclosable: bool

    def share(self, count: int, of: int) -> float:
        return count / of if of else 0.0

    @property
    def share_excluded_by_stated(self) -> float:
        return self.share(self.excluded_by_stated, self.local_pool)

    @property
    def share_excluded_by_real(self) -> float:
        return self.share(self.excluded_by_real, self.local_pool)

    @property
    def share_excluded_by_real_with_bridges(self) -> float:
        return self.share(self.excluded_by_real_with_bridges, self.local_pool)

    @property
    def share_of_capable_excluded_by_stated(self) -> float:
        return self.share(self.capable_excluded_by_stated, self.capable)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["costs"] = [asdict(c) for c in self.costs]
        for name in ("share_excluded_by_stated", "share_excluded_by_real", "share_excluded_by_real_with_bridges",
                     "share_of_capable_excluded_by_stated"):
            d[name] = round(getattr(self, name), 4)
        return d

    def for_employer(self) -> dict[str, Any]:
        """What the audit page shows: aggregates only, and nothing but the sentence below the disclosure floor."""
        if not self.disclosable:
            return {"disclosable": False, "sentence": self.sentence, "radius_minutes": self.radius_minutes}
        return self.to_dict()


def _fr_int(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def _pct(count: int, of: int) -> int:
    return int(count * 100 / of + 0.5) if of else 0


def exclusion_report(
    index: CandidateIndex,
    job: JobSpec,
    *,
    reference: ReferenceLike | None = None,
    bridge_policy: BridgePolicy | None = None,
    min_disclosed_pool: int = MIN_DISCLOSED_POOL,
    commute: CommuteModel | None = None,
) -> ExclusionReport:
    ref = resolve(reference)
    place = index.postal.get(job.workplace_postal_code, "workplace_postal_code").municipality
    rows, _minutes = (
        index.local_rows(job.workplace_postal_code, job.radius_minutes, commute)
        if index.n
        else (np.empty(0, np.int64), np.empty(0))
    )
    n = len(rows)
    ev = Evaluation(index, job, rows, ref, ScoringWeights(), bridge_policy or BridgePolicy())
    cond = ev.conditions_ok()
    stated_ok = cond & ev.passes(job.stated, with_bridges=False)
    real_ok = cond & ev.passes(job.real, with_bridges=False)
    capable = cond & ev.passes(job.real, with_bridges=True)
    n_capable = int(capable.sum())

    real_keys = {c.key for c in job.real}
    evaluated = ev.evaluated_groups(job.stated)
    groups = [g for g, _cols in evaluated]
    fails = [~cols.ok for _g, cols in evaluated]
    fail_count = np.sum(fails, axis=0) if fails else np.zeros(n, np.int64)
    costs: list[RequirementCost] = []
    for group, fail in zip(groups, fails, strict=True):
        excluded = int((fail & capable).sum())
        only = int((fail & capable & (fail_count == 1)).sum())
        costs.append(RequirementCost(
            requirement=" ou ".join(c.label for c in group),
            kinds=tuple(c.kind for c in group),
            also_real=all(c.key in real_keys for c in group),
            excluded=excluded,
            share_of_capable=round(excluded / n_capable, 4) if n_capable else 0.0,
            only_this=only,
        ))
    costs.sort(key=lambda c: (-c.excluded, -c.only_this, c.requirement))
    capable_excluded = int((capable & ~stated_ok).sum())
    disclosable = n >= min_disclosed_pool
    sentence = _sentence(n, n_capable, capable_excluded, sum(1 for c in costs if c.excluded), job.radius_minutes,
                         place, disclosable, min_disclosed_pool)
    return ExclusionReport(
        job_id=job.id,
        workplace_postal_code=job.workplace_postal_code,
        municipality=place,
        radius_minutes=job.radius_minutes,
        local_pool=n,
        excluded_by_stated=int((~stated_ok).sum()),
        excluded_by_real=int((~real_ok).sum()),
        excluded_by_real_with_bridges=int((~capable).sum()),
        capable=n_capable,
        capable_without_bridges=int(real_ok.sum()),
        capable_excluded_by_stated=capable_excluded,
        capable_without_bridges_excluded_by_stated=int((real_ok & ~stated_ok).sum()),
        costs=tuple(c for c in costs if c.excluded),
        sentence=sentence,
        disclosable=disclosable,
    )


def _sentence(local: int, capable: int, excluded: int, n_req: int, radius: int, place: str,
              disclosable: bool, floor: int) -> str:
    where = f"à moins de {radius} minutes"
    if local == 0:
        return f"Aucun chercheur d'emploi du vivier n'habite {where} de {place} : pas de chiffre d'exclusion."
    if not disclosable:
        return (f"Moins de {floor} chercheurs d'emploi {where} de {place} : chiffres non publiés pour protéger "
                "les personnes.")
    if capable == 0:
        return (f"Aucun des {_fr_int(local)} chercheurs d'emploi {where} ne remplit les exigences réelles du poste, "
                "même avec une passerelle.")
    if excluded == 0:
        return (f"Les exigences de l'annonce n'écartent aucun des {_fr_int(capable)} chercheurs d'emploi {where} "
                "qui peuvent faire le travail.")
    subject = "Cette exigence écarte" if n_req == 1 else f"Ces {n_req} exigences écartent"
    return (f"{subject} {_pct(excluded, capable)} % des {_fr_int(capable)} chercheurs d'emploi {where} "
            "qui peuvent faire le travail.")
