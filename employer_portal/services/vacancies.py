"""Vacancies and post analyses: scoping, life cycle, and conversion to the audit library's inputs.

Life cycle: draft -> submitted -> audited -> published -> closed (see `VACANCY_TRANSITIONS`). Content edits are
allowed in draft and audited (an edited audited vacancy goes back to draft: its findings no longer describe it).
Submitting emits the `vacancy_submitted` signal inside the unit of work, so a receiver (the audit pipeline) can
`enqueue_after_commit(...)` its task and the task only ever runs if the submission committed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from blinker import Namespace
from sqlalchemy import Select, select

from audits.model import LanguageUse, PostAnalysisInput, PostTask, Schedule, VacancyInput
from employer_portal.extensions import db
from employer_portal.models import (
    ContractType,
    PostAnalysis,
    Role,
    User,
    Vacancy,
    VacancyStatus,
)
from employer_portal.services.errors import Conflict, NotFound, PermissionDenied
from employer_portal.tasks import enqueue_after_commit, normalise_for_search, refresh_vacancy_search_text

signals = Namespace()
# Sent with (sender=vacancy, actor=user) before the commit of the submission.
vacancy_submitted = signals.signal("vacancy-submitted")
# Sent with (sender=vacancy, actor=user) before the commit of a post-analysis change.
post_analysis_changed = signals.signal("post-analysis-changed")

EDITABLE_STATUSES = frozenset({VacancyStatus.DRAFT, VacancyStatus.AUDITED})
SCHEDULE_FIELDS = ("nights", "weekends", "split_shifts", "early_mornings")
READ_ROLES = frozenset({Role.ADMIN, Role.EMPLOYER_USER})


def _require_employer(actor: User) -> None:
    if actor.role is not Role.EMPLOYER_USER:
        raise PermissionDenied("Seuls les comptes employeur gèrent des offres.")


def vacancies_query(
    actor: User, status: VacancyStatus | None = None, q: str | None = None
) -> Select[tuple[Vacancy]]:
    """Vacancies `actor` may read: employers their organization's, admins all. Others are refused."""
    if actor.role not in READ_ROLES:
        raise PermissionDenied("Votre rôle ne donne pas accès aux offres individuelles.")
    query = select(Vacancy).order_by(Vacancy.id.desc())
    if actor.role is Role.EMPLOYER_USER:
        query = query.where(Vacancy.organization_id == actor.organization_id)
    if status is not None:
        query = query.where(Vacancy.status == status)
    if q:
        for word in normalise_for_search(q).split():
            query = query.where(Vacancy.search_text.contains(word, autoescape=True))
    return query


def get_vacancy(actor: User, vacancy_id: int) -> Vacancy:
    if actor.role not in READ_ROLES:
        raise PermissionDenied("Votre rôle ne donne pas accès aux offres individuelles.")
    vacancy = db.session.get(Vacancy, vacancy_id)
    if vacancy is None or (actor.role is not Role.ADMIN and vacancy.organization_id != actor.organization_id):
        raise NotFound("Cette offre")
    return vacancy


def _get_own_vacancy(actor: User, vacancy_id: int) -> Vacancy:
    _require_employer(actor)
    return get_vacancy(actor, vacancy_id)


def _apply_fields(vacancy: Vacancy, data: dict[str, Any]) -> None:
    simple = (
        "title",
        "description",
        "rome_code",
        "duration_months",
        "previous_fixed_term_contracts",
        "weekly_hours",
        "full_time_hours",
        "gross_monthly_wage",
        "workplace_postal_code",
        "posts",
    )
    for name in simple:
        if name in data:
            setattr(vacancy, name, data[name])
    if "full_time_hours" in data and data["full_time_hours"] is None:
        vacancy.full_time_hours = 38.0  # "unknown" means the Belgian general reference, never NULL
    if "contract_type" in data:
        vacancy.contract_type = ContractType(data["contract_type"]) if data["contract_type"] else None
    schedule = data.get("schedule") or {}
    for key in SCHEDULE_FIELDS:
        if key in schedule:
            setattr(vacancy, f"schedule_{key}", bool(schedule[key]))


def create_vacancy(actor: User, data: dict[str, Any]) -> Vacancy:
    _require_employer(actor)
    vacancy = Vacancy(
        organization_id=actor.organization_id, created_by_id=actor.id, status=VacancyStatus.DRAFT
    )
    if data.get("full_time_hours") is None:
        data = {**data, "full_time_hours": None}  # _apply_fields turns it into the 38 h reference
    _apply_fields(vacancy, data)
    db.session.add(vacancy)
    db.session.flush()  # assigns the id the task needs
    enqueue_after_commit(refresh_vacancy_search_text, vacancy.id)
    db.session.commit()
    return vacancy


def update_vacancy(actor: User, vacancy_id: int, data: dict[str, Any]) -> Vacancy:
    vacancy = _get_own_vacancy(actor, vacancy_id)
    if vacancy.status not in EDITABLE_STATUSES:
        raise Conflict(
            f"Une offre au statut « {vacancy.status.value} » ne se modifie plus "
            "(modifiable en brouillon ou après audit)."
        )
    _apply_fields(vacancy, data)
    if vacancy.status is VacancyStatus.AUDITED:
        vacancy.status = VacancyStatus.DRAFT  # findings described the previous text
    enqueue_after_commit(refresh_vacancy_search_text, vacancy.id)
    db.session.commit()
    return vacancy


def delete_vacancy(actor: User, vacancy_id: int) -> None:
    vacancy = _get_own_vacancy(actor, vacancy_id)
    if vacancy.status is not VacancyStatus.DRAFT:
        raise Conflict("Seule une offre en brouillon peut être supprimée ; clôturez-la sinon.")
    db.session.delete(vacancy)
    db.session.commit()


def _transition(vacancy: Vacancy, target: VacancyStatus) -> None:
    if not vacancy.can_move_to(target):
        raise Conflict(f"Transition impossible : « {vacancy.status.value} » → « {target.value} ».")
    vacancy.status = target
    now = datetime.now(UTC)
    if target is VacancyStatus.SUBMITTED:
        vacancy.submitted_at = now
    elif target is VacancyStatus.PUBLISHED:
        vacancy.published_at = now
    elif target is VacancyStatus.CLOSED:
        vacancy.closed_at = now


def submit_vacancy(actor: User, vacancy_id: int) -> Vacancy:
    vacancy = _get_own_vacancy(actor, vacancy_id)
    _transition(vacancy, VacancyStatus.SUBMITTED)
    vacancy_submitted.send(vacancy, actor=actor)
    db.session.commit()
    return vacancy


def publish_vacancy(actor: User, vacancy_id: int) -> Vacancy:
    vacancy = _get_own_vacancy(actor, vacancy_id)
    _transition(vacancy, VacancyStatus.PUBLISHED)
    db.session.commit()
    return vacancy


def close_vacancy(actor: User, vacancy_id: int) -> Vacancy:
    vacancy = _get_own_vacancy(actor, vacancy_id)
    _transition(vacancy, VacancyStatus.CLOSED)
    db.session.commit()
    return vacancy


def mark_audited(vacancy_id: int) -> Vacancy | None:
    """For the audit task: submitted -> audited. Idempotent (already audited: no change). No actor: trusted."""
    vacancy = db.session.get(Vacancy, vacancy_id)
    if vacancy is None:
        return None
    if vacancy.status is VacancyStatus.SUBMITTED:
        vacancy.status = VacancyStatus.AUDITED
    return vacancy


# --- post analysis ----------------------------------------------------------------------------------------

POST_ANALYSIS_FIELDS = (
    "tasks",
    "working_conditions",
    "tools",
    "required_certificates",
    "required_licences",
    "languages_used",
    "time_to_proficiency_weeks",
    "tutoring_available",
    "min_eqf_level",
    "min_experience_years",
)


def get_post_analysis(actor: User, vacancy_id: int) -> PostAnalysis:
    vacancy = get_vacancy(actor, vacancy_id)
    if vacancy.post_analysis is None:
        raise NotFound("L'analyse de poste de cette offre")
    return vacancy.post_analysis


def put_post_analysis(actor: User, vacancy_id: int, data: dict[str, Any]) -> tuple[PostAnalysis, bool]:
    """Replace the post analysis (PUT semantics: absent fields reset). Returns (analysis, created)."""
    vacancy = _get_own_vacancy(actor, vacancy_id)
    if vacancy.status in {VacancyStatus.SUBMITTED, VacancyStatus.CLOSED}:
        raise Conflict(f"L'analyse de poste ne se modifie pas quand l'offre est « {vacancy.status.value} ».")
    analysis = vacancy.post_analysis
    created = analysis is None
    if analysis is None:
        analysis = PostAnalysis(vacancy=vacancy)
        db.session.add(analysis)
    defaults: dict[str, Any] = {
        "tasks": [],
        "working_conditions": [],
        "tools": [],
        "required_certificates": [],
        "required_licences": [],
        "languages_used": [],
        "time_to_proficiency_weeks": None,
        "tutoring_available": False,
        "min_eqf_level": None,
        "min_experience_years": None,
    }
    for name in POST_ANALYSIS_FIELDS:
        setattr(analysis, name, data.get(name, defaults[name]))
    analysis.updated_by_id = actor.id
    if vacancy.status is VacancyStatus.AUDITED:
        vacancy.status = VacancyStatus.DRAFT
    post_analysis_changed.send(vacancy, actor=actor)
    db.session.commit()
    return analysis, created


# --- bridge to the audit library --------------------------------------------------------------------------


def to_audit_inputs(vacancy: Vacancy) -> tuple[VacancyInput, PostAnalysisInput | None]:
    """The pure library's view of a vacancy (ids as strings, tuples for immutability)."""
    vacancy_input = VacancyInput(
        id=str(vacancy.id),
        title=vacancy.title,
        description=vacancy.description,
        rome_code=vacancy.rome_code,
        contract_type=vacancy.contract_type.value if vacancy.contract_type else None,
        duration_months=vacancy.duration_months,
        weekly_hours=vacancy.weekly_hours,
        full_time_hours=vacancy.full_time_hours,
        gross_monthly_wage=vacancy.gross_monthly_wage,
        workplace_postal_code=vacancy.workplace_postal_code,
        schedule=Schedule(**vacancy.schedule_dict()),
        posts=vacancy.posts,
        previous_fixed_term_contracts=vacancy.previous_fixed_term_contracts,
    )
    pa = vacancy.post_analysis
    if pa is None:
        return vacancy_input, None
    analysis_input = PostAnalysisInput(
        tasks=tuple(
            PostTask(
                name=t["name"],
                frequency=t.get("frequency"),
                criticality=t.get("criticality"),
                skills=tuple(t.get("skills") or ()),
            )
            for t in pa.tasks
        ),
        working_conditions=tuple(pa.working_conditions),
        tools=tuple(pa.tools),
        required_certificates=tuple(pa.required_certificates),
        required_licences=tuple(pa.required_licences),
        languages_used=tuple(
            LanguageUse(language=u["language"], cefr=u.get("cefr"), with_whom=u.get("with_whom"))
            for u in pa.languages_used
        ),
        time_to_proficiency_weeks=pa.time_to_proficiency_weeks,
        tutoring_available=pa.tutoring_available,
        min_eqf_level=pa.min_eqf_level,
        min_experience_years=pa.min_experience_years,
    )
    return vacancy_input, analysis_input
