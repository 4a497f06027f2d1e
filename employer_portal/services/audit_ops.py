"""The audit pipeline: submission -> `audit_vacancy` task -> persisted AuditRun + Findings -> employer decisions.

- Submitting a vacancy (API, page, or anything calling `vacancies.submit_vacancy`) sends `vacancy_submitted`
  inside the unit of work; the receiver below enqueues `audit_vacancy(vacancy_id)` *after* the commit.
- `run_audit(vacancy_id)` (the task's body) is idempotent: the audit inputs, the audit code version and the
  reference version are hashed; when the latest finished run has the same hash, nothing new is written.
- Decisions (accepted / dismissed + reason) live on the Finding rows; a re-audit of edited content carries a
  decision over to the new run when the same finding (code, field, flagged text) is found again, so the
  employer never has to decide twice about a sentence they did not touch.
- The realized norm (what comparable audited vacancies ask) comes from past runs of the same ROME code.

This module imports `employer_portal.audit_tasks` (which defines the Celery tasks): because every
`services/*.py` module is imported at Celery init, workers know the tasks without any other registration.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from flask import current_app
from sqlalchemy import select

from audits.auditing import (
    CODE_VERSION,
    REALIZED_NORM_MIN_VACANCIES,
    AuditInputError,
    Auditor,
    RealizedNorm,
    realized_norm_from_reports,
    rewrite_vacancy,
)
from audits.model import (
    AuditReport,
    Occupation,
    OccupationAlternative,
    PostAnalysisInput,
    Requirement,
    VacancyInput,
)
from audits.model import (
    Finding as FindingData,
)
from employer_portal import audit_tasks
from employer_portal.extensions import db
from employer_portal.models import (
    AuditRun,
    AuditRunStatus,
    Finding,
    FindingStatus,
    Role,
    User,
    Vacancy,
    VacancyStatus,
)
from employer_portal.services import vacancies as vacancy_ops
from employer_portal.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from employer_portal.tasks import enqueue_after_commit

log = logging.getLogger(__name__)

# How many recent runs (one per vacancy) are scanned to build a realized norm: bounded work per audit.
REALIZED_NORM_SCAN_LIMIT = 2000
DECISIONS = ("accepted", "dismissed")

# --- the per-process Auditor ------------------------------------------------------------------------------

_auditor: Auditor | None = None
_auditor_lock = threading.Lock()


def get_auditor() -> Auditor:
    """The process-wide Auditor (spaCy and the reference data load once per process: seconds, then ~30 ms/ad).

    `app.config["AUDITOR_FACTORY"]` (a zero-argument callable) replaces the default one, e.g. in benchmarks of
    the portal alone; the default is `audits.auditing.default_auditor`.
    """
    global _auditor
    factory = current_app.config.get("AUDITOR_FACTORY")
    if factory is not None:
        cached = current_app.extensions.get("poste_juste_auditor")
        if cached is None or cached[0] is not factory:  # keyed by the factory: changing it takes effect
            cached = current_app.extensions["poste_juste_auditor"] = (factory, factory())
        return cached[1]  # type: ignore[no-any-return]
    if _auditor is None:
        with _auditor_lock:  # a threaded server (or the worker test) must not load spaCy twice
            if _auditor is None:
                from audits.auditing import default_auditor

                _auditor = default_auditor()
    return _auditor


# --- (de)serialising reports ------------------------------------------------------------------------------


def _requirement_from_dict(d: dict[str, Any]) -> Requirement:
    return Requirement(**{k: v for k, v in d.items() if k in Requirement.__dataclass_fields__})


def report_from_dict(d: dict[str, Any]) -> AuditReport:
    """Rebuild the `AuditReport` stored in `AuditRun.report` (the matcher and the realized norm read it)."""
    occ = d.get("occupation") or {}
    occupation = Occupation(
        rome_code=occ.get("rome_code"),
        confidence=float(occ.get("confidence") or 0.0),
        appellation_code=occ.get("appellation_code"),
        label=occ.get("label"),
        isco_code=occ.get("isco_code"),
        alternatives=tuple(
            OccupationAlternative(a["rome_code"], a.get("label"), float(a.get("confidence") or 0.0))
            for a in occ.get("alternatives") or ()
        ),
    )
    return AuditReport(
        id=str(d.get("id", "")),
        occupation=occupation,
        score=float(d.get("score") or 0.0),
        findings=tuple(
            FindingData(**{k: v for k, v in f.items() if k in FindingData.__dataclass_fields__})
            for f in d.get("findings") or ()
        ),
        requirements=tuple(_requirement_from_dict(r) for r in d.get("requirements") or ()),
        real_requirements=tuple(_requirement_from_dict(r) for r in d.get("real_requirements") or ()),
        code_version=str(d.get("code_version") or ""),
        reference_version=str(d.get("reference_version") or ""),
        language=str(d.get("language") or "fr"),
        warnings=tuple(d.get("warnings") or ()),
    )


def content_hash(vacancy: VacancyInput, post_analysis: PostAnalysisInput | None, reference_version: str) -> str:
    """SHA-256 of everything the audit reads, plus the versions: equal hash = same report (idempotency key).

    The vacancy id is part of the input (the report carries it); `reference_date` is left out on purpose:
    it is None for portal vacancies, and the date only moves legal values on their dated boundaries.
    """
    payload = {
        "vacancy": asdict(vacancy),
        "post_analysis": asdict(post_analysis) if post_analysis is not None else None,
        "code_version": CODE_VERSION,
        "reference_version": reference_version,
    }
    raw = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


# --- pipeline: submission -> task -----------------------------------------------------------------------


@vacancy_ops.vacancy_submitted.connect
def _on_vacancy_submitted(vacancy: Vacancy, actor: User | None = None, **_: Any) -> None:
    enqueue_after_commit(audit_tasks.audit_vacancy, vacancy.id)


def latest_run(vacancy_id: int, *, done_only: bool = False) -> AuditRun | None:
    query = select(AuditRun).where(AuditRun.vacancy_id == vacancy_id)
    if done_only:
        query = query.where(AuditRun.status == AuditRunStatus.DONE)
    return db.session.scalars(query.order_by(AuditRun.id.desc()).limit(1)).first()


# Realized norms change slowly (a share over >= 20 vacancies): computed at most once per occupation per
# REALIZED_NORM_CACHE_SECONDS in each process, instead of re-reading the comparable reports on every audit.
REALIZED_NORM_CACHE_SECONDS = 300.0
_realized_cache: dict[tuple[str, str], tuple[float, RealizedNorm | None]] = {}


def realized_norm_for(rome_code: str | None, exclude_vacancy_id: int) -> RealizedNorm | None:
    """What audited vacancies of `rome_code` ask, from the latest finished run of each; None below the minimum.

    The vacancy being audited is excluded when the norm is first computed; a cached norm may include an earlier
    audit of it, which moves a share over >= 20 vacancies by at most one vacancy.
    """
    if not rome_code:
        return None
    key = (str(db.engine.url), rome_code)
    ttl = float(current_app.config.get("REALIZED_NORM_CACHE_SECONDS", REALIZED_NORM_CACHE_SECONDS))
    cached = _realized_cache.get(key)
    now = time.monotonic()
    if cached is not None and now - cached[0] < ttl:
        return cached[1]
    rows = db.session.execute(
        select(AuditRun.vacancy_id, AuditRun.report)
        .where(
            AuditRun.status == AuditRunStatus.DONE,
            AuditRun.vacancy_id != exclude_vacancy_id,
            # JSON path filter in the database (json_extract on SQLite, ->> on PostgreSQL).
            AuditRun.report["occupation"]["rome_code"].as_string() == rome_code,
        )
        .order_by(AuditRun.id.desc())
        .limit(REALIZED_NORM_SCAN_LIMIT)
    ).all()
    seen: set[int] = set()
    reports: list[AuditReport] = []
    for vacancy_id, report in rows:
        if vacancy_id in seen or not report:
            continue
        seen.add(vacancy_id)  # the newest run of each vacancy only: a vacancy counts once
        reports.append(report_from_dict(report))
    norm = realized_norm_from_reports(reports, rome_code) if len(reports) >= REALIZED_NORM_MIN_VACANCIES else None
    _realized_cache[key] = (now, norm)
    return norm


def _finding_key(code: str, field: str | None, text: str | None) -> tuple[str, str, str]:
    return (code, field or "", text or "")


def run_audit(vacancy_id: int) -> int | None:
    """Audit the vacancy's current content and persist the run. Returns the AuditRun id (None: vacancy gone).

    Idempotent: same content and versions as the latest finished run -> that run's id, nothing written except
    the submitted -> audited move (which may have been lost if a worker died after the commit).
    """
    vacancy = db.session.scalars(
        # FOR UPDATE (PostgreSQL) serialises two deliveries of the same task; SQLite ignores it (one writer).
        select(Vacancy).where(Vacancy.id == vacancy_id).with_for_update()
    ).first()
    if vacancy is None:
        log.info("vacancy gone, nothing to audit", extra={"vacancy_id": vacancy_id})
        return None
    auditor = get_auditor()
    vacancy_input, analysis_input = vacancy_ops.to_audit_inputs(vacancy)
    digest = content_hash(vacancy_input, analysis_input, auditor.reference_version)
    previous = latest_run(vacancy_id, done_only=True)
    if previous is not None and (previous.report or {}).get("content_hash") == digest:
        vacancy_ops.mark_audited(vacancy_id)
        db.session.commit()
        return previous.id

    started = datetime.now(UTC)
    run = AuditRun(vacancy_id=vacancy_id, status=AuditRunStatus.RUNNING, started_at=started)
    db.session.add(run)
    try:
        # The occupation decides which realized norm applies: known up front when the employer gave the ROME
        # code (one pass); otherwise classified by a first pass, and a second pass applies the norm if usable.
        realized = realized_norm_for(vacancy_input.rome_code, vacancy_id) if vacancy_input.rome_code else None
        report = auditor.audit(vacancy_input, analysis_input, realized_norm=realized)
        if realized is None and not vacancy_input.rome_code:
            realized = realized_norm_for(report.occupation.rome_code, vacancy_id)
            if realized is not None:
                report = auditor.audit(vacancy_input, analysis_input, realized_norm=realized)
    except AuditInputError as exc:
        run.status = AuditRunStatus.FAILED
        run.error = str(exc)
        run.finished_at = datetime.now(UTC)
        db.session.commit()
        log.warning("audit refused its input", extra={"vacancy_id": vacancy_id, "error": str(exc)})
        return run.id
    except Exception:
        # A bug or a broken resource: record it so that the employer sees a failed audit (and can retry)
        # instead of an audit "in progress" forever; then let Celery log the task as failed.
        log.exception("audit crashed", extra={"vacancy_id": vacancy_id})
        db.session.rollback()
        db.session.add(AuditRun(vacancy_id=vacancy_id, status=AuditRunStatus.FAILED, started_at=started,
                                finished_at=datetime.now(UTC),
                                error="Erreur interne pendant l'audit : relancez-le ; si elle persiste, signalez-la."))
        db.session.commit()
        raise

    stored = report.to_dict()
    stored["content_hash"] = digest
    stored["realized_norm_vacancies"] = realized.n_vacancies if realized is not None else 0
    run.report = stored
    run.score = report.score
    run.code_version = report.code_version
    run.reference_version = report.reference_version
    decided = {}
    if previous is not None:
        for old in previous.findings:
            if old.status is not FindingStatus.OPEN:
                decided[_finding_key(old.code, old.field, old.text)] = old
    for f in report.findings:
        row = Finding(
            code=f.code,
            severity=f.severity,
            evidence=f.evidence,
            explanation=f.explanation,
            suggestion=f.suggestion,
            legal_reference=f.legal_reference,
            field=f.field,
            start=f.start,
            end=f.end,
            text=f.text,
            code_version=report.code_version,
            reference_version=report.reference_version,
        )
        carried = decided.get(_finding_key(f.code, f.field, f.text))
        if carried is not None:
            row.status = carried.status
            row.decision_reason = carried.decision_reason
            row.decided_by_id = carried.decided_by_id
            row.decided_at = carried.decided_at
        run.findings.append(row)
    run.status = AuditRunStatus.DONE
    run.finished_at = datetime.now(UTC)
    vacancy_ops.mark_audited(vacancy_id)
    db.session.flush()
    enqueue_after_commit(audit_tasks.compute_shortlist, vacancy_id)
    db.session.commit()
    return run.id


# --- employer-facing operations -------------------------------------------------------------------------


def _require_reader(actor: User) -> None:
    if actor.role not in vacancy_ops.READ_ROLES:
        raise PermissionDenied("Les audits d'offres sont réservés à l'employeur qui les publie.")


def audit_view(actor: User, vacancy_id: int) -> tuple[Vacancy, AuditRun | None]:
    """The vacancy and its latest run (any status), scoped like the vacancy itself."""
    _require_reader(actor)
    vacancy = vacancy_ops.get_vacancy(actor, vacancy_id)
    return vacancy, latest_run(vacancy.id)


def request_audit(actor: User, vacancy_id: int) -> Vacancy:
    """(Re-)audit: a draft or audited vacancy goes back to submitted and the task is enqueued after commit.

    A vacancy already submitted (audit pending) gets the task enqueued again: the task is idempotent, so a
    stuck submission can always be pushed through without a duplicate run.
    """
    vacancy = vacancy_ops.get_vacancy(actor, vacancy_id)
    if actor.role is not Role.EMPLOYER_USER:
        raise PermissionDenied("Seul l'employeur de l'offre peut en demander l'audit.")
    if vacancy.status is VacancyStatus.SUBMITTED:
        enqueue_after_commit(audit_tasks.audit_vacancy, vacancy.id)
        db.session.commit()
        return vacancy
    if vacancy.status not in (VacancyStatus.DRAFT, VacancyStatus.AUDITED):
        raise Conflict(f"Une offre au statut « {vacancy.status.value} » ne se ré-audite plus.")
    return vacancy_ops.submit_vacancy(actor, vacancy_id)


def _own_finding(actor: User, finding_id: int, vacancy_id: int | None = None) -> Finding:
    """The finding if it belongs to the actor's organisation (and to `vacancy_id` when given); NotFound otherwise."""
    if actor.role is not Role.EMPLOYER_USER:
        raise PermissionDenied("Seul l'employeur de l'offre décide des constats de son audit.")
    finding = db.session.get(Finding, finding_id)
    if (
        finding is None
        or finding.audit_run.vacancy.organization_id != actor.organization_id
        or (vacancy_id is not None and finding.audit_run.vacancy_id != vacancy_id)
    ):
        raise NotFound("Ce constat")
    return finding


def decide_finding(
    actor: User, finding_id: int, decision: str, reason: str | None, *, vacancy_id: int | None = None
) -> Finding:
    """Accept or dismiss a finding of the vacancy's LATEST run, with a reason (kept for sector statistics).

    `vacancy_id` (the pages' URL names the vacancy): a finding of another vacancy is NotFound, checked before
    anything is written."""
    finding = _own_finding(actor, finding_id, vacancy_id)
    if decision not in DECISIONS:
        raise InvalidInput("Décision inconnue.", errors={"decision": ["Valeur attendue : accepted ou dismissed."]})
    reason = (reason or "").strip() or None
    if decision == "dismissed" and reason is None:
        raise InvalidInput(
            "Dites pourquoi vous gardez cette exigence : la raison sert aux statistiques du secteur.",
            errors={"reason": ["Raison obligatoire pour écarter un constat."]},
        )
    current = latest_run(finding.audit_run.vacancy_id)
    if current is None or current.id != finding.audit_run_id:
        raise Conflict("Ce constat appartient à un audit dépassé : décidez sur le dernier audit de l'offre.")
    finding.status = FindingStatus(decision)
    finding.decision_reason = reason
    finding.decided_by_id = actor.id
    finding.decided_at = datetime.now(UTC)
    db.session.commit()
    return finding


def rewritten(vacancy: Vacancy, run: AuditRun | None) -> dict[str, Any]:
    """The ad rewritten from the accepted findings' suggestions (offsets refer to the audited text)."""
    if run is None or run.status is not AuditRunStatus.DONE:
        return {"title": vacancy.title, "description": vacancy.description, "accepted": [], "applied": False,
                "run_id": run.id if run else None}
    accepted = [i for i, f in enumerate(run.findings) if f.status is FindingStatus.ACCEPTED]
    data = [
        FindingData(code=f.code, severity=f.severity, evidence=f.evidence, explanation=f.explanation,  # type: ignore[arg-type]
                    suggestion=f.suggestion, field=f.field, start=f.start, end=f.end, text=f.text)  # type: ignore[arg-type]
        for f in run.findings
    ]
    title, description = rewrite_vacancy(vacancy.title, vacancy.description, data, accepted)
    return {
        "title": title,
        "description": description,
        "accepted": [run.findings[i].id for i in accepted],
        "applied": bool(accepted),
        "run_id": run.id,
    }


def run_summary(run: AuditRun | None) -> dict[str, Any] | None:
    """The run as the API and the page show it (the report's real requirements, not its internals)."""
    if run is None:
        return None
    report = run.report or {}
    return {
        "id": run.id,
        "status": run.status.value,
        "score": run.score,
        "code_version": run.code_version,
        "reference_version": run.reference_version,
        "occupation": report.get("occupation"),
        "real_requirements": report.get("real_requirements", []),
        "requirements": report.get("requirements", []),
        "warnings": report.get("warnings", []),
        "realized_norm_vacancies": report.get("realized_norm_vacancies", 0),
        "error": run.error,
        "created_at": run.created_at,
        "finished_at": run.finished_at,
        "findings": list(run.findings),
    }


# --- federation aggregates ---------------------------------------------------------------------------------

# The "credentials gap": findings saying the ad asks more than the post needs.
ABOVE_NORM_CODES = (
    "diploma_above_norm",
    "experience_above_norm",
    "language_not_needed",
    "native_language_required",
    "licence_not_needed",
    "requirement_not_in_post_analysis",
    "certificate_trainable_on_job",
    "too_many_hard_requirements",
)


def sector_audit_stats(actor: User) -> dict[str, Any]:
    """Per sector: audited vacancies, share asking above the norm (overall and per code), decisions per code.

    Aggregates only: a sector is disclosed when at least FEDERATION_MIN_EMPLOYERS distinct employers have an
    audited vacancy in it (otherwise its figures are withheld: `null`). Dismissal reasons are free text that
    could name an employer: only their count is given. The latest finished run of each vacancy counts.
    """
    from employer_portal.models import Organization, OrganizationKind
    from employer_portal.services.stats import federation_scope, matching_sector

    sectors, min_employers = federation_scope(actor)
    rows = db.session.execute(
        select(AuditRun.id, AuditRun.vacancy_id, Organization.id, Organization.nace_codes)
        .join(Vacancy, Vacancy.id == AuditRun.vacancy_id)
        .join(Organization, Organization.id == Vacancy.organization_id)
        .where(AuditRun.status == AuditRunStatus.DONE, Organization.kind == OrganizationKind.EMPLOYER)
        .order_by(AuditRun.id.desc())
    ).all()
    latest: dict[int, tuple[int, int, str]] = {}
    for run_id, vacancy_id, org_id, codes in rows:
        if vacancy_id in latest:
            continue
        sector = matching_sector(list(codes or []), sectors)
        if sector is not None:
            latest[vacancy_id] = (run_id, org_id, sector)
    run_ids = [r for r, _o, _s in latest.values()]
    findings_by_run: dict[int, list[tuple[str, FindingStatus]]] = {}
    for chunk_start in range(0, len(run_ids), 500):
        chunk = run_ids[chunk_start : chunk_start + 500]
        for run_id, code, status in db.session.execute(
            select(Finding.audit_run_id, Finding.code, Finding.status).where(Finding.audit_run_id.in_(chunk))
        ):
            findings_by_run.setdefault(run_id, []).append((code, status))
    out = []
    for sector in sorted(sectors):
        members = [(r, o) for r, o, s in latest.values() if s == sector]
        employers = {o for _r, o in members}
        cell: dict[str, Any] = {"sector": sector, "audited_vacancies": None, "employers": None,
                                "share_above_norm": None, "by_code": None}
        if not members:
            cell.update(audited_vacancies=0, employers=0, by_code=[])
        elif len(employers) >= min_employers or actor.role is Role.ADMIN:
            n = len(members)
            above = 0
            by_code: dict[str, dict[str, int]] = {}
            for run_id, _org in members:
                codes = findings_by_run.get(run_id, [])
                if any(code in ABOVE_NORM_CODES for code, _st in codes):
                    above += 1
                for code in {c for c, _st in codes}:
                    by_code.setdefault(code, {"vacancies": 0, "accepted": 0, "dismissed": 0})["vacancies"] += 1
                for code, status in codes:
                    if status is FindingStatus.ACCEPTED:
                        by_code[code]["accepted"] += 1
                    elif status is FindingStatus.DISMISSED:
                        by_code[code]["dismissed"] += 1
            cell.update(
                audited_vacancies=n,
                employers=len(employers),
                share_above_norm=round(above / n, 4),
                by_code=[
                    {"code": code, "share_of_vacancies": round(v["vacancies"] / n, 4), **v}
                    for code, v in sorted(by_code.items(), key=lambda kv: (-kv[1]["vacancies"], kv[0]))
                ],
            )
        out.append(cell)
    return {"min_employers": min_employers, "sectors": out}
