"""Shortlists: the top candidates of the local pool who can do the REAL job, with explained scores, gaps and bridges.

`build_shortlist(index, job, profiles, k=50)` ranks vectorised over the index, then builds explanations for the k entries
only (from the profile store, as the portal would read them from its database). Each entry says whether the ad as
written (the STATED requirements) would have excluded the candidate.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from .bridges import Bridge, Gap, bridge_for, gap_detail
from .geo import CommuteModel
from .index import EPOCH, NO_REGISTRATION, CandidateIndex
from .job import JobSpec
from .policy import BridgePolicy, PriorityPolicy, ScoringWeights
from .profile import CandidateProfile
from .reference import ReferenceLike, occupation_label, resolve
from .scoring import Evaluation
from .vocab import CEFR_LEVELS, language_name

ProfileSource = Mapping[str, CandidateProfile] | Callable[[str], CandidateProfile]

COMPONENT_LABELS_FR = {
    "skills": "Compétences",
    "experience": "Expérience",
    "language": "Langues",
    "interest": "Projet professionnel",
}
CONDITION_LABELS_FR = {
    "nights": "travail de nuit",
    "weekends": "travail le week-end",
    "split_shifts": "horaires coupés",
    "early_mornings": "début avant 7 h",
    "hours": "nombre d'heures par semaine",
}
MODE_FR = {True: "en voiture", False: "en transports en commun"}


@dataclass(frozen=True)
class ScoreComponent:
    name: str
    label: str
    score: float
    weight: float
    explanation: str  # French


@dataclass(frozen=True)
class ShortlistEntry:
    rank: int
    candidate_id: str
    fit: float  # 0..1 soft fit against the real requirements (after the bridge penalty)
    fit_bucket: int
    priority: float  # the far-from-employment priority used inside a fit bucket
    commute_minutes: int
    components: tuple[ScoreComponent, ...]
    gaps: tuple[Gap, ...]
    bridges: tuple[Bridge, ...]
    needs_bridges: bool
    excluded_by_stated: bool
    stated_exclusion_reasons: tuple[str, ...]
    isp_operator_id: str | None
    synthetic: bool
    summary: str  # French one-liner for the coach

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "candidate_id": self.candidate_id,
            "fit": round(self.fit, 4),
            "fit_bucket": self.fit_bucket,
            "priority": round(self.priority, 4),
            "commute_minutes": self.commute_minutes,
            "components": [
                {"name": c.name, "label": c.label, "score": round(c.score, 4), "weight": c.weight,
                 "explanation": c.explanation}
                for c in self.components
            ],
            "gaps": [g.to_dict() for g in self.gaps],
            "bridges": [b.to_dict() for b in self.bridges],
            "needs_bridges": self.needs_bridges,
            "excluded_by_stated": self.excluded_by_stated,
            "stated_exclusion_reasons": list(self.stated_exclusion_reasons),
            "isp_operator_id": self.isp_operator_id,
            "synthetic": self.synthetic,
            "summary": self.summary,
        }

    def for_employer(self, pseudonym: str) -> dict[str, Any]:
        """The entry as an employer may see it before the coach proposes the candidate and consent is recorded:
        the candidate id replaced by a pseudonym chosen by the caller (the portal keeps the mapping)."""
        d = self.to_dict()
        d["candidate_id"] = pseudonym
        d["pseudonymous"] = True
        return d


@dataclass(frozen=True)
class Shortlist:
    job_id: str
    rome_code: str
    entries: tuple[ShortlistEntry, ...]
    pool_size: int  # candidates in the index (after the operator filter)
    local_pool: int  # of which within the commute radius
    eligible: int  # of which able to do the real job (with bridges)
    explanation: str  # French; says why the list is empty or short
    warnings: tuple[str, ...] = ()
    as_of: date = field(default_factory=date.today)

    def to_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "rome_code": self.rome_code,
            "pool_size": self.pool_size,
            "local_pool": self.local_pool,
            "eligible": self.eligible,
            "explanation": self.explanation,
            "warnings": list(self.warnings),
            "as_of": self.as_of.isoformat(),
            "entries": [e.to_dict() for e in self.entries],
        }


def _lookup(profiles: ProfileSource) -> Callable[[str], CandidateProfile]:
    if isinstance(profiles, Mapping):
        return profiles.__getitem__
    return profiles


def rank_rows(
    fit: np.ndarray, eqf: np.ndarray, registration_day: np.ndarray, k: int, policy: PriorityPolicy, today: date
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Positions of the top-k by (fit bucket desc, priority desc, fit desc, position asc), with buckets, priorities.

    Only the candidates that can still reach the top k are sorted: whole better buckets, and the best of the
    cut-off bucket (ties included), so the cost is a few linear passes plus a small sort.
    """
    n = len(fit)
    nb = max(1, int(round(1.0 / policy.bucket_width)))  # bucket_width is in (0, 1], checked by PriorityPolicy
    bucket = np.minimum(np.floor(fit * nb + 1e-9), nb - 1).astype(np.int32)
    today_day = (today - EPOCH).days
    known = registration_day != NO_REGISTRATION
    months = np.where(known, (today_day - registration_day.astype(np.int64)) / 30.44, 0.0)
    reg = np.clip(months / policy.registration_cap_months, 0.0, 1.0)
    prio = policy.registration_weight * reg + policy.low_qualification_weight * (1.0 - np.minimum(eqf, 8) / 8.0)
    if n == 0 or k <= 0:
        return np.empty(0, np.int64), bucket, prio
    if n > k:
        counts = np.bincount(bucket, minlength=nb)
        cum = np.cumsum(counts[::-1])  # candidates in buckets >= b, from the top bucket down
        cut = nb - 1 - int(np.searchsorted(cum, k))  # the bucket where the k-th candidate sits
        above = bucket > cut
        need = k - int(above.sum())
        in_cut = np.flatnonzero(bucket == cut)
        if need < len(in_cut):
            threshold = np.partition(prio[in_cut], len(in_cut) - need)[len(in_cut) - need]
            in_cut = in_cut[prio[in_cut] >= threshold]
        cand = np.concatenate((np.flatnonzero(above), in_cut))
    else:
        cand = np.arange(n)
    order = np.lexsort((cand, -fit[cand], -prio[cand], -bucket[cand]))
    return cand[order][:k], bucket, prio


def build_shortlist(
    index: CandidateIndex,
    job: JobSpec,
    profiles: ProfileSource,
    k: int = 50,
    *,
    reference: ReferenceLike | None = None,
    weights: ScoringWeights | None = None,
    priority: PriorityPolicy | None = None,
    bridge_policy: BridgePolicy | None = None,
    operator_id: str | None = None,
    candidate_ids: Collection[str] | None = None,
    as_of: date | None = None,
    commute: CommuteModel | None = None,
) -> Shortlist:
    """Top-k candidates for `job`.

    `operator_id` keeps only the candidates followed by that ISP operator; `candidate_ids` only those ids (a coach's
    own caseload; ids absent from the index are ignored). Ranks are computed within the restricted pool.
    """
    ref = resolve(reference)
    weights = weights or ScoringWeights()
    priority = priority or PriorityPolicy()
    bridge_policy = bridge_policy or BridgePolicy()
    today = as_of or date.today()
    place = index.postal.get(job.workplace_postal_code, "workplace_postal_code").municipality

    def empty(pool: int, local: int, eligible: int, why: str) -> Shortlist:
        return Shortlist(job.id, job.rome_code, (), pool, local, eligible, why, job.warnings, today)

    if index.n == 0:
        return empty(0, 0, 0, "Aucun candidat dans le vivier : la liste est vide.")
    rows, minutes = index.local_rows(job.workplace_postal_code, job.radius_minutes, commute)
    pool = index.n
    if operator_id is not None:
        code = index.operator_vocab.get(operator_id)
        if code is None:
            return empty(0, 0, 0, f"Aucun candidat suivi par l'opérateur « {operator_id} » dans le vivier.")
        pool = int((index.operator == code).sum())
        keep = index.operator[rows] == code
        rows, minutes = rows[keep], minutes[keep]
    if candidate_ids is not None:
        wanted = np.zeros(index.n, bool)
        known = [index.row_of_or_none(c) for c in candidate_ids]
        wanted[[r for r in known if r is not None]] = True
        pool = int(wanted.sum()) if operator_id is None else int((wanted & (index.operator == code)).sum())
        keep = wanted[rows]
        rows, minutes = rows[keep], minutes[keep]
    if len(rows) == 0:
        return empty(pool, 0, 0, f"Aucun candidat à moins de {job.radius_minutes} minutes de {place} "
                                  "(trajet estimé et maximum accepté par chaque candidat).")
    ev = Evaluation(index, job, rows, ref, weights, bridge_policy)
    conditions = ev.conditions()
    cond_ok = ev.conditions_ok()
    real_ok = ev.passes(job.real, with_bridges=True)
    eligible = cond_ok & real_ok
    n_eligible = int(eligible.sum())
    if n_eligible == 0:
        reasons = [f"{CONDITION_LABELS_FR[name]} ({int((~col).sum())})" for name, col in conditions.items() if (~col).any()]
        for group, cols in ev.evaluated_groups(job.real):
            blocked = int((~(cols.ok | cols.bridgeable)).sum())
            if blocked:
                reasons.append(f"{' ou '.join(c.label for c in group)} ({blocked})")
        who = (f"Le seul candidat à moins de {job.radius_minutes} minutes ne remplit pas" if len(rows) == 1 else
               f"Aucun des {len(rows)} candidats à moins de {job.radius_minutes} minutes ne remplit")
        why = (f"{who} les exigences réelles, même avec une passerelle. "
               f"Motifs (nombre de candidats) : {'; '.join(reasons)}.")
        return empty(pool, len(rows), 0, why)
    pos = np.flatnonzero(eligible)
    comps = ev.components()
    fit = ev.fit(comps)
    top, bucket, prio = rank_rows(
        fit[pos], ev.eqf[pos], index.registration_day[rows[pos]], k, priority, today
    )
    stated_ok = ev.passes(job.stated, with_bridges=False) & cond_ok
    get = _lookup(profiles)
    entries: list[ShortlistEntry] = []
    for rank, t in enumerate(top, start=1):
        p = int(pos[t])
        row = int(rows[p])
        profile = get(index.candidate_id(row))
        entries.append(
            _entry(rank, p, row, profile, ev, comps, float(fit[p]), int(bucket[t]), float(prio[t]),
                   float(minutes[p]), bool(stated_ok[p]), bridge_policy, today, ref, index)
        )
    excluded = sum(e.excluded_by_stated for e in entries)
    why = (f"{n_eligible} candidats sur {len(rows)} à moins de {job.radius_minutes} minutes de {place} peuvent faire "
           f"le travail réel (avec passerelle si besoin) ; les {len(entries)} premiers sont listés, dont {excluded} "
           "que l'annonce telle qu'écrite aurait écartés.")
    return Shortlist(job.id, job.rome_code, tuple(entries), pool, len(rows), n_eligible, why, job.warnings, today)


def _entry(
    rank: int,
    p: int,
    row: int,
    profile: CandidateProfile,
    ev: Evaluation,
    comps: dict[str, np.ndarray],
    fit: float,
    bucket: int,
    prio: float,
    minutes: float,
    stated_ok: bool,
    policy: BridgePolicy,
    today: date,
    ref: ReferenceLike,
    index: CandidateIndex,
) -> ShortlistEntry:
    job, w = ev.job, ev.weights
    eff = float(ev.effective_months()[p])
    gaps: list[Gap] = []
    for group, cols in ev.evaluated_groups(job.real):
        if cols.ok[p]:
            continue
        # The first alternative that a bridge closes is the one proposed.
        for c in group:
            if ev.criterion(c).bridgeable[p]:
                gaps.append(Gap(c.kind, c.label, gap_detail(c, profile, eff), bridge_for(c, profile, job, policy, today, eff)))
                break
    bridges = tuple(dict.fromkeys(g.bridge for g in gaps if g.bridge is not None))
    reasons: list[str] = []
    if not stated_ok:
        for group, cols in ev.evaluated_groups(job.stated):
            if not cols.ok[p]:
                reasons.append(" ou ".join(c.label for c in group))
    components = (
        ScoreComponent("skills", COMPONENT_LABELS_FR["skills"], float(comps["skills"][p]), w.skills,
                       _explain_skills(job, profile, float(comps["skills"][p]))),
        ScoreComponent("experience", COMPONENT_LABELS_FR["experience"], float(comps["experience"][p]), w.experience,
                       _explain_experience(job, profile, ev, ref)),
        ScoreComponent("language", COMPONENT_LABELS_FR["language"], float(comps["language"][p]), w.language,
                       _explain_languages(job, profile)),
        ScoreComponent("interest", COMPONENT_LABELS_FR["interest"], float(comps["interest"][p]), w.interest,
                       _explain_interest(job, profile, ev, ref)),
    )
    mode = MODE_FR[bool(index.by_car[row])]
    summary = f"Adéquation {round(fit * 100)} % ; trajet estimé {round(minutes)} min {mode}"
    if gaps:
        summary += f" ; {len(gaps)} écart(s) à combler : " + ", ".join(g.bridge.label if g.bridge else g.requirement for g in gaps)
    if not stated_ok:
        summary += " ; l'annonce telle qu'écrite l'aurait écarté(e)"
    return ShortlistEntry(
        rank=rank,
        candidate_id=profile.id,
        fit=fit,
        fit_bucket=bucket,
        priority=prio,
        commute_minutes=int(round(minutes)),
        components=components,
        gaps=tuple(gaps),
        bridges=bridges,
        needs_bridges=bool(gaps),
        excluded_by_stated=not stated_ok,
        stated_exclusion_reasons=tuple(reasons),
        isp_operator_id=profile.isp_operator_id,
        synthetic=profile.synthetic,
        summary=summary + ".",
    )


def _explain_skills(job: JobSpec, profile: CandidateProfile, score: float) -> str:
    if not job.skills:
        return "Compétences : aucune compétence de référence pour ce métier, non évaluées."
    held = sum(1 for s in job.skills if s in profile.skills)
    return f"Compétences : {held} sur {len(job.skills)} compétences attendues pour le poste ({round(score * 100)} %)."


def _explain_experience(job: JobSpec, profile: CandidateProfile, ev: Evaluation, ref: ReferenceLike) -> str:
    same = profile.experience.get(job.rome_code, 0)
    related = sorted(((m, c) for c, m in profile.experience.items() if c in ev.related and m > 0), reverse=True)
    parts: list[str] = []
    if same:
        parts.append(f"{same} mois comme {occupation_label(ref, job.rome_code).lower()} ({job.rome_code}, même métier)")
    for months, code in related[:2]:
        parts.append(f"{months} mois comme {occupation_label(ref, code).lower()} ({code}, métier proche)")
    asked = [float(c.value) for c in job.real if c.kind == "experience"]
    wished = [float(c.value) for c in job.preferred if c.kind == "experience"]
    demand = f" ; exigée : {max(asked):g} mois" if asked else " ; aucune expérience exigée"
    if wished:
        demand += f" ; souhaitée : {max(wished):g} mois"
    if not parts:
        return "Expérience : aucune expérience dans ce métier ni dans un métier proche" + demand + "."
    return "Expérience : " + " ; ".join(parts) + demand + "."


def _explain_languages(job: JobSpec, profile: CandidateProfile) -> str:
    asked: dict[str, int] = {}
    for c in (*job.real, *job.preferred):
        if c.kind == "language" and c.language:
            asked[c.language] = max(asked.get(c.language, 0), int(c.value))
    if not asked:
        return "Langues : aucune exigence de langue pour le poste réel."
    parts = []
    for iso, level in asked.items():
        have = profile.languages.get(iso)
        want = CEFR_LEVELS[level - 1]
        parts.append(f"{language_name(iso)} {have or 'non déclaré'} pour {want} demandé")
    return "Langues : " + " ; ".join(parts) + "."


def _explain_interest(job: JobSpec, profile: CandidateProfile, ev: Evaluation, ref: ReferenceLike) -> str:
    if job.rome_code in profile.desired_rome_codes:
        return "Projet professionnel : souhaite exercer ce métier."
    close = [c for c in profile.desired_rome_codes if c in ev.related]
    if close:
        return f"Projet professionnel : souhaite un métier proche ({occupation_label(ref, close[0]).lower()}, {close[0]})."
    return "Projet professionnel : ce métier ne figure pas parmi ses souhaits (à vérifier avec le candidat)."
