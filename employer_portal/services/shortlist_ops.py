"""Shortlists and counterfactual exclusion in the portal: database rows <-> the pure `matching` library.

- `compute_for_vacancy(vacancy_id)` (task body, after each audit): builds the job from the latest finished audit
  (REAL requirements), ranks the consenting candidates of every ISP operator with `matching.shortlist.build_shortlist`, and
  upserts one Shortlist per operator. Entries keep their id and the coach's proposal across recomputes.
- Candidates changed (created, edited, erased): a session hook enqueues `recompute_operator_shortlists` for their
  operator after the commit; it recomputes that operator's list of every open (audited or published) vacancy (the
  other operators' lists rank other people and cannot have changed). The matcher's commute radius does the "area"
  filtering.
- Employer's aid facts changed (kind, headcount, collaboration agreements): a session hook enqueues
  `recompute_employer_shortlists`, which recomputes that employer's open vacancies (the aids are stored per entry).
- Reads: a coach sees their own operator's entries in full; an employer sees pseudonymous entries, and the
  matcher's explanations, gaps, bridges and aids only once the coach proposed the person AND the person's
  consent covers being proposed ("shortlist" scope, not withdrawn). Every read of entries is access-logged.

Where the matcher's per-entry explanations live: `Shortlist.summary["explanations"][candidate_id]` (score
components, one-line summary, commute, which stated requirements would have excluded the person), so that no
schema change was needed for them.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
from flask import has_app_context
from sqlalchemy import event, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from employer_portal import audit_tasks
from employer_portal.extensions import db
from employer_portal.models import (
    AuditRun,
    AuditRunStatus,
    Candidate,
    CollaborationAgreement,
    Organization,
    Role,
    Shortlist,
    ShortlistEntry,
    User,
    Vacancy,
    VacancyStatus,
)
from employer_portal.services import audit_ops, incentive_ops
from employer_portal.services import vacancies as vacancy_ops
from employer_portal.services.access_log import record_access
from employer_portal.services.errors import Conflict, NotFound, PermissionDenied
from employer_portal.tasks import enqueue_after_commit
from matching.errors import MatchingInputError
from matching.exclusion import exclusion_report
from matching.geo import CommuteModel
from matching.index import CandidateIndex
from matching.job import JobSpec
from matching.profile import Availability, CandidateProfile, Education, Mobility, prepare_profile
from matching.shortlist import build_shortlist

log = logging.getLogger(__name__)

SHORTLIST_SIZE = 50
OPEN_STATUSES = (VacancyStatus.AUDITED, VacancyStatus.PUBLISHED)
CODE_VERSION = "portal-shortlist-1"

# --- candidates -> profiles ------------------------------------------------------------------------------


def _max_commute_minutes(max_km: Any, by_car: bool) -> int:
    """The coach records a distance; the matcher wants minutes: the same commute model converts it."""
    if not isinstance(max_km, int | float) or max_km <= 0:
        return Mobility().max_commute_minutes
    minutes = float(CommuteModel().minutes(np.array([float(max_km)]), "car" if by_car else "public_transport")[0])
    return int(min(240, max(5, round(minutes))))


def profile_from_candidate(candidate: Candidate) -> tuple[CandidateProfile, tuple[str, ...]]:
    """(profile before validation, free-text skills). Protected data (birth date) never enters the profile."""
    months: dict[str, int] = {}
    for item in candidate.experience or []:
        code = item.get("rome_code")
        years = item.get("years")
        if code and isinstance(years, int | float):
            months[code] = min(600, months.get(code, 0) + int(round(float(years) * 12)))
    mobility = candidate.mobility or {}
    by_car = "car" in (mobility.get("modes") or [])
    av = candidate.availability or {}
    default = Availability()
    availability = Availability(
        weekly_hours=float(av.get("weekly_hours_max") or default.weekly_hours),
        nights=bool(av.get("nights", default.nights)),
        weekends=bool(av.get("weekends", default.weekends)),
        split_shifts=bool(av.get("split_shifts", default.split_shifts)),
        early_mornings=bool(av.get("early_mornings", default.early_mornings)),
        childcare_constraints=bool((av.get("childcare_constraints") or "").strip()),
    )
    languages = {
        str(item["language"]): str(item["cefr"])
        for item in candidate.languages or []
        if item.get("language") and item.get("cefr")
    }
    profile = CandidateProfile(
        id=str(candidate.id),
        home_postal_code=candidate.home_postal_code or "",
        education=Education(
            eqf_level=int(candidate.education_level or 0),
            diplomas=tuple(str(d.get("title")) for d in candidate.diplomas or [] if d.get("title")),
        ),
        experience=months,
        languages=languages,
        licences=frozenset(candidate.licences or []),
        certifications=frozenset(candidate.certifications or []),
        mobility=Mobility(
            max_commute_minutes=_max_commute_minutes(mobility.get("max_km"), by_car),
            mode="car" if by_car else "public_transport",
        ),
        availability=availability,
        registration_date=candidate.registration_date,
        isp_operator_id=str(candidate.operator_id),
        synthetic=candidate.synthetic,
    )
    return profile, tuple(candidate.skills or [])


# Normalising free-text skills (rapidfuzz over the competence labels) is done once per candidate version.
_profiles: dict[tuple[int, str], CandidateProfile | None] = {}
_profile_versions: dict[int, str] = {}
_profiles_lock = threading.Lock()


def _version(candidate_id: int, updated_at: datetime | None) -> tuple[int, str]:
    return (candidate_id, updated_at.isoformat() if updated_at else "")


def prepared_profile(candidate: Candidate) -> CandidateProfile | None:
    """Validated profile with normalised skills, cached by (id, updated_at); None when the record is unusable."""
    key = _version(candidate.id, candidate.updated_at)
    if key in _profiles:
        return _profiles[key]
    raw, skills = profile_from_candidate(candidate)
    try:
        profile: CandidateProfile | None = prepare_profile(raw, skills)[0] if raw.home_postal_code else None
    except MatchingInputError as exc:
        log.warning("candidate not matchable", extra={"candidate_id": candidate.id, "error": str(exc)})
        profile = None
    with _profiles_lock:
        # One version per candidate: an edited record replaces its previous profile (the cache stays pool-sized).
        previous = _profile_versions.get(candidate.id)
        if previous is not None and previous != key[1]:
            _profiles.pop((candidate.id, previous), None)
        _profile_versions[candidate.id] = key[1]
        _profiles[key] = profile
    return profile


@dataclass(frozen=True)
class Pool:
    index: CandidateIndex
    profiles: dict[str, CandidateProfile]
    operator_of: dict[int, int]  # consenting candidate id -> ISP operator id
    skipped: int  # consenting candidates whose record cannot be matched (no postal code, bad code...)


# The last index built, keyed by the exact candidate versions it holds: rebuilt only when candidates change.
_index_cache: tuple[tuple[tuple[int, str], ...], CandidateIndex] | None = None


def build_pool() -> Pool:
    """Every candidate whose consent covers matching (not withdrawn), as matcher profiles and an index.

    Only ids, versions and consent are read for the whole pool; full records are loaded for the candidates whose
    profile is not cached yet (new or edited since the last computation).
    """
    global _index_cache
    rows = db.session.execute(
        select(Candidate.id, Candidate.updated_at, Candidate.operator_id, Candidate.consent_scope)
        .where(Candidate.consent_withdrawn_at.is_(None))
        .order_by(Candidate.id)
    ).all()
    consenting = [(cid, updated, op) for cid, updated, op, scope in rows if "matching" in (scope or [])]
    missing = [cid for cid, updated, _op in consenting if _version(cid, updated) not in _profiles]
    for start in range(0, len(missing), 500):
        for candidate in db.session.scalars(select(Candidate).where(Candidate.id.in_(missing[start : start + 500]))):
            prepared_profile(candidate)
    profiles: dict[str, CandidateProfile] = {}
    keys: list[tuple[int, str]] = []
    skipped = 0
    for cid, updated, _op in consenting:
        key = _version(cid, updated)
        profile = _profiles.get(key)
        if profile is None:
            skipped += 1
            continue
        profiles[profile.id] = profile
        keys.append(key)
    signature = tuple(keys)
    cached = _index_cache
    if cached is not None and cached[0] == signature:
        index = cached[1]
    else:
        index = CandidateIndex.build(profiles.values())
        _index_cache = (signature, index)
    return Pool(index, profiles, {cid: op for cid, _u, op in consenting}, skipped)


# --- the job of a vacancy ----------------------------------------------------------------------------------


def job_of(vacancy: Vacancy, run: AuditRun | None = None) -> JobSpec:
    """The matcher's job from `run`, by default the latest finished audit. Raises Conflict / MatchingInputError
    (French)."""
    run = run or audit_ops.latest_run(vacancy.id, done_only=True)
    if run is None or not run.report:
        raise Conflict("Cette offre n'a pas encore d'audit terminé : la liste de candidats vient après l'audit.")
    vacancy_input, analysis_input = vacancy_ops.to_audit_inputs(vacancy)
    return JobSpec.from_audit(vacancy_input, audit_ops.report_from_dict(run.report), analysis_input)


# --- computing -------------------------------------------------------------------------------------------


def compute_for_vacancy(vacancy_id: int, only_operator: int | None = None) -> int:
    """Upsert one Shortlist per ISP operator for the vacancy. Idempotent. Returns the number of entries.

    `only_operator`: recompute that operator's list only (its candidates changed). Each list ranks one operator's
    candidates and its summary counts that operator's pool, so the other lists cannot have changed; the exclusion
    figures are computed on read from the whole pool.
    """
    # FOR UPDATE (PostgreSQL): two computations of one vacancy (after its audit, after a candidate change) run one
    # after the other, so the upsert below never creates two lists for one operator. SQLite has one writer anyway.
    vacancy = db.session.scalars(select(Vacancy).where(Vacancy.id == vacancy_id).with_for_update()).first()
    if vacancy is None or vacancy.status not in OPEN_STATUSES:
        db.session.rollback()  # release the lock
        return 0
    run = audit_ops.latest_run(vacancy.id, done_only=True)
    try:
        job = job_of(vacancy, run)
    except (Conflict, MatchingInputError) as exc:
        db.session.rollback()
        log.info("no shortlist for this vacancy", extra={"vacancy_id": vacancy_id, "reason": str(exc)})
        return 0
    pool = build_pool()
    operator_ids = sorted(set(pool.operator_of.values()))
    if only_operator is not None:
        operator_ids = [op for op in operator_ids if op == only_operator]
    if not operator_ids and not vacancy_has_shortlists(vacancy.id):
        db.session.rollback()
        return 0  # nobody to rank and nothing to clear: no write at all
    total = 0
    today = date.today()
    agreements = incentive_ops.agreements_of(vacancy.organization_id, today)
    for operator_id in operator_ids:
        result = build_shortlist(pool.index, job, pool.profiles, SHORTLIST_SIZE, operator_id=str(operator_id), as_of=today)
        row = db.session.scalars(
            select(Shortlist).where(Shortlist.vacancy_id == vacancy.id, Shortlist.operator_id == operator_id)
        ).first()
        if row is None:
            row = Shortlist(vacancy_id=vacancy.id, operator_id=operator_id)
            db.session.add(row)
        row.audit_run_id = run.id if run else None
        row.code_version = CODE_VERSION
        existing = {e.candidate_id: e for e in row.entries}
        keep: set[int] = set()
        explanations: dict[str, Any] = {}
        people = {
            c.id: c
            for c in db.session.scalars(
                select(Candidate).where(Candidate.id.in_([int(e.candidate_id) for e in result.entries]))
            )
        }
        for entry in result.entries:
            candidate = people[int(entry.candidate_id)]
            db_entry = existing.get(candidate.id)
            if db_entry is None:
                db_entry = ShortlistEntry(candidate_id=candidate.id, pseudonym=candidate.pseudonym)
                row.entries.append(db_entry)
            db_entry.rank = entry.rank
            db_entry.score = round(entry.fit, 4)
            db_entry.pseudonym = candidate.pseudonym
            db_entry.excluded_by_stated = entry.excluded_by_stated
            db_entry.gaps = [g.to_dict() for g in entry.gaps]
            db_entry.bridges = [b.to_dict() for b in entry.bridges]
            db_entry.incentives = incentive_ops.aids_for(candidate, vacancy, today, agreements=agreements)
            keep.add(candidate.id)
            explanations[str(candidate.id)] = {
                "summary": entry.summary,
                "commute_minutes": entry.commute_minutes,
                "needs_bridges": entry.needs_bridges,
                # An ad may state one requirement twice (title and text): each reason once.
                "stated_exclusion_reasons": list(dict.fromkeys(entry.stated_exclusion_reasons)),
                "components": [
                    {"name": c.name, "label": c.label, "score": round(c.score, 4), "explanation": c.explanation}
                    for c in entry.components
                ],
            }
        for candidate_id, db_entry in existing.items():
            if candidate_id in keep:
                continue
            # A proposal is a coach's decision: it stays even if a recompute no longer ranks the person, as long
            # as their consent to matching stands (withdrawn consent removes every entry of the person).
            if db_entry.proposed and candidate_id in pool.operator_of:
                explanations[str(candidate_id)] = (row.summary or {}).get("explanations", {}).get(str(candidate_id))
            else:
                row.entries.remove(db_entry)
        row.summary = {
            "explanation": result.explanation,
            "pool_size": result.pool_size,
            "local_pool": result.local_pool,
            "eligible": result.eligible,
            "excluded_by_stated": sum(1 for e in result.entries if e.excluded_by_stated),
            "warnings": list(result.warnings),
            "skipped_candidates": pool.skipped,
            "as_of": today.isoformat(),
            "explanations": explanations,
        }
        # The matcher read these people's data: logged, by the task itself (no user).
        record_access(None, "match", "candidate", sorted(keep), "task")
        total += len(result.entries)
    # Operators without any consenting candidate left: their lists go.
    stale_lists = select(Shortlist).where(Shortlist.vacancy_id == vacancy.id, Shortlist.operator_id.not_in(operator_ids))
    if only_operator is not None:
        stale_lists = stale_lists.where(Shortlist.operator_id == only_operator)
    for stale in db.session.scalars(stale_lists):
        db.session.delete(stale)
    db.session.commit()
    return total


def vacancy_has_shortlists(vacancy_id: int) -> bool:
    return db.session.execute(select(Shortlist.id).where(Shortlist.vacancy_id == vacancy_id).limit(1)).first() is not None


def open_vacancy_ids(employer_id: int | None = None) -> list[int]:
    """Audited or published vacancies with a finished audit (of one employer when `employer_id` is given)."""
    query = (
        select(Vacancy.id)
        .where(Vacancy.status.in_(OPEN_STATUSES))
        .where(Vacancy.id.in_(select(AuditRun.vacancy_id).where(AuditRun.status == AuditRunStatus.DONE)))
        .order_by(Vacancy.id)
    )
    if employer_id is not None:
        query = query.where(Vacancy.organization_id == employer_id)
    return list(db.session.scalars(query))


def recompute_for_operator(operator_id: int) -> int:
    """Candidates of `operator_id` changed: recompute that operator's list of every open audited vacancy."""
    return sum(compute_for_vacancy(vacancy_id, only_operator=operator_id) for vacancy_id in open_vacancy_ids())


def recompute_for_employer(employer_id: int) -> int:
    """The employer's aid facts changed: recompute its open audited vacancies (the aids on each entry depend on the
    employer's kind, headcount and agreements, and are stored with the entry)."""
    return sum(compute_for_vacancy(vacancy_id) for vacancy_id in open_vacancy_ids(employer_id))


_RECOMPUTE_KEY = "poste_juste_operators_to_recompute"
_EMPLOYER_RECOMPUTE_KEY = "poste_juste_employers_to_recompute"
# Organization columns the hiring aids read (matching.incentives via incentive_ops).
_AID_FACTS = ("employer_kind", "employees_fte")


@event.listens_for(Session, "before_flush")
def _candidates_changed(session: Session, _flush_context: Any, _instances: Any) -> None:
    """Any change to a Candidate row enqueues its operator's recompute after commit (once per transaction)."""
    if not has_app_context() or session is not db.session():
        return
    changed = [obj for obj in (*session.new, *session.dirty, *session.deleted) if isinstance(obj, Candidate)]
    if not changed:
        return
    queued: set[int] = session.info.setdefault(_RECOMPUTE_KEY, set())
    for candidate in changed:
        operator_id = candidate.operator_id
        if operator_id is not None and operator_id not in queued:
            queued.add(operator_id)
            enqueue_after_commit(audit_tasks.recompute_operator_shortlists, operator_id)


@event.listens_for(Session, "before_flush")
def _employer_facts_changed(session: Session, _flush_context: Any, _instances: Any) -> None:
    """A change of an employer's aid facts or agreements enqueues the recompute of its lists after commit."""
    if not has_app_context() or session is not db.session():
        return
    employers: set[int] = set()
    for obj in session.dirty:
        if isinstance(obj, Organization) and obj.id is not None:
            state = sa_inspect(obj)
            if any(state.attrs[name].history.has_changes() for name in _AID_FACTS):
                employers.add(obj.id)
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, CollaborationAgreement) and obj.employer_id is not None:
            employers.add(obj.employer_id)
    queued: set[int] = session.info.setdefault(_EMPLOYER_RECOMPUTE_KEY, set())
    for employer_id in sorted(employers - queued):
        queued.add(employer_id)
        enqueue_after_commit(audit_tasks.recompute_employer_shortlists, employer_id)


@event.listens_for(Session, "after_transaction_end")
def _forget_recompute_marks(session: Session, transaction: Any) -> None:
    if transaction.parent is None and not transaction.nested:
        session.info.pop(_RECOMPUTE_KEY, None)
        session.info.pop(_EMPLOYER_RECOMPUTE_KEY, None)


# --- reads -------------------------------------------------------------------------------------------------


def _employer_may_see_details(entry: ShortlistEntry) -> bool:
    c = entry.candidate
    return bool(
        entry.proposed and entry.consent_confirmed and c.has_consent and "shortlist" in (c.consent_scope or [])
    )


def _entry_view(entry: ShortlistEntry, explanations: dict[str, Any], full: bool) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": entry.id,
        "rank": entry.rank,
        "score": entry.score,
        "pseudonym": entry.pseudonym,
        "excluded_by_stated": entry.excluded_by_stated,
        "proposed": entry.proposed,
        "consent_confirmed": entry.consent_confirmed,
        "disclosed": full,
    }
    if not full:
        return base
    details = explanations.get(str(entry.candidate_id)) or {}
    base.update(
        {
            "summary": details.get("summary"),
            "commute_minutes": details.get("commute_minutes"),
            "components": details.get("components", []),
            "stated_exclusion_reasons": details.get("stated_exclusion_reasons", []),
            "gaps": entry.gaps,
            "bridges": entry.bridges,
            "incentives": entry.incentives,
        }
    )
    return base


def shortlist_view(actor: User, vacancy_id: int, channel: str) -> dict[str, Any]:
    """What `actor` may see of a vacancy's shortlists; every entry shown is access-logged."""
    vacancy = db.session.get(Vacancy, vacancy_id)
    if actor.role is Role.COACH:
        if vacancy is None:
            raise NotFound("Cette offre")
        lists = db.session.scalars(
            select(Shortlist).where(Shortlist.vacancy_id == vacancy_id, Shortlist.operator_id == actor.organization_id)
        ).all()
        full_for = lambda _e: True  # noqa: E731  (the coach's own operator: full entries)
        extra = lambda e: {"candidate_id": e.candidate_id, "operator_reference": e.candidate.operator_reference}  # noqa: E731
    elif actor.role is Role.EMPLOYER_USER:
        if vacancy is None or vacancy.organization_id != actor.organization_id:
            raise NotFound("Cette offre")
        lists = db.session.scalars(select(Shortlist).where(Shortlist.vacancy_id == vacancy_id)).all()
        full_for = _employer_may_see_details
        extra = lambda e: {}  # noqa: E731
    else:
        raise PermissionDenied("Les listes de candidats sont réservées aux job coachs et à l'employeur de l'offre.")
    entries: list[dict[str, Any]] = []
    operators: list[dict[str, Any]] = []
    seen: list[int] = []
    for sl in sorted(lists, key=lambda s: s.operator_id):
        explanations = (sl.summary or {}).get("explanations", {})
        operator = db.session.get(Organization, sl.operator_id)
        summary = {k: v for k, v in (sl.summary or {}).items() if k != "explanations"}
        operators.append({"operator": operator.name if operator else None, "shortlist_id": sl.id, **summary})
        for e in sorted(sl.entries, key=lambda x: x.rank):
            item = _entry_view(e, explanations, full_for(e))
            item.update(extra(e))
            item["operator"] = operator.name if operator else None
            entries.append(item)
            seen.append(e.candidate_id)
    record_access(actor, "shortlist", "candidate", seen, channel)
    db.session.commit()
    return {"vacancy_id": vacancy_id, "computed": bool(lists), "shortlists": operators, "entries": entries}


def propose_entry(actor: User, entry_id: int, channel: str) -> ShortlistEntry:
    """The coach proposes a person to the employer; needs the person's consent to be proposed (scope "shortlist")."""
    if actor.role is not Role.COACH:
        raise PermissionDenied("Seul le job coach qui suit la personne peut la proposer à l'employeur.")
    entry = db.session.get(ShortlistEntry, entry_id)
    if entry is None or entry.shortlist.operator_id != actor.organization_id:
        raise NotFound("Cette entrée de liste")
    candidate = entry.candidate
    if not candidate.has_consent or "shortlist" not in (candidate.consent_scope or []):
        raise Conflict(
            "Le consentement enregistré de cette personne ne couvre pas sa proposition à un employeur "
            "(finalité « shortlist ») : recueillez-le d'abord dans son dossier."
        )
    entry.proposed = True
    entry.consent_confirmed = True
    entry.shortlist.sent_at = entry.shortlist.sent_at or datetime.now(UTC)
    record_access(actor, "propose", "candidate", [candidate.id], channel)
    db.session.commit()
    return entry


def exclusion_view(actor: User, vacancy_id: int) -> dict[str, Any]:
    """Counterfactual exclusion of the vacancy: aggregates only (never an individual), for its employer."""
    vacancy = vacancy_ops.get_vacancy(actor, vacancy_id)
    try:
        job = job_of(vacancy)
    except Conflict as exc:
        return {"available": False, "sentence": exc.detail}
    except MatchingInputError as exc:
        return {"available": False, "sentence": f"Chiffres d'exclusion indisponibles : {exc.message}", "field": exc.field}
    pool = build_pool()
    report = exclusion_report(pool.index, job)
    return {"available": True, **report.for_employer()}
