"""Candidates (job seekers followed by an ISP operator). Only the operator's coaches read or write them, and
every read is written to the access log in the same transaction as nothing else: a read that cannot be logged
fails."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, func, select

from employer_portal.extensions import db
from employer_portal.models import AccessLog, Candidate, Role, User
from employer_portal.services.access_log import record_access
from employer_portal.services.errors import Conflict, NotFound, PermissionDenied

CANDIDATE_FIELDS = (
    "operator_reference",
    "consent_given_at",
    "consent_scope",
    "consent_withdrawn_at",
    "registration_date",
    "birth_date",
    "education_level",
    "diplomas",
    "experience",
    "skills",
    "languages",
    "licences",
    "certifications",
    "home_postal_code",
    "mobility",
    "availability",
)


def _require_coach(actor: User) -> None:
    if actor.role is not Role.COACH:
        raise PermissionDenied(
            "Seuls les job coachs de l'opérateur qui suit la personne accèdent à son dossier."
        )


def new_pseudonym() -> str:
    """ "Candidat·e 7F3A": what employers see; random, so it reveals nothing about the person or the order."""
    while True:
        pseudonym = "Candidat·e " + secrets.token_hex(3).upper()
        exists = db.session.execute(select(Candidate.id).where(Candidate.pseudonym == pseudonym)).first()
        if exists is None:
            return pseudonym


def candidates_query(actor: User) -> Select[tuple[Candidate]]:
    _require_coach(actor)
    return select(Candidate).where(Candidate.operator_id == actor.organization_id).order_by(Candidate.id)


def count_candidates(actor: User) -> int:
    _require_coach(actor)
    return int(
        db.session.execute(
            select(func.count(Candidate.id)).where(Candidate.operator_id == actor.organization_id)
        ).scalar_one()
    )


def log_list_read(actor: User, candidates: Sequence[Candidate], channel: str) -> None:
    record_access(actor, "list", "candidate", [c.id for c in candidates], channel)
    db.session.commit()


def _get_own(actor: User, candidate_id: int) -> Candidate:
    _require_coach(actor)
    candidate = db.session.get(Candidate, candidate_id)
    if candidate is None or candidate.operator_id != actor.organization_id:
        raise NotFound("Ce dossier")
    return candidate


def read_candidate(actor: User, candidate_id: int, channel: str) -> Candidate:
    candidate = _get_own(actor, candidate_id)
    record_access(actor, "read", "candidate", [candidate.id], channel)
    db.session.commit()
    return candidate


def _reference_taken(operator_id: int, reference: str, exclude_id: int | None = None) -> bool:
    query = select(Candidate.id).where(
        Candidate.operator_id == operator_id, Candidate.operator_reference == reference
    )
    if exclude_id is not None:
        query = query.where(Candidate.id != exclude_id)
    return db.session.execute(query).first() is not None


def create_candidate(actor: User, data: dict[str, Any], *, synthetic: bool = False) -> Candidate:
    _require_coach(actor)
    if _reference_taken(actor.organization_id, data["operator_reference"]):
        raise Conflict(f"La référence « {data['operator_reference']} » existe déjà chez votre opérateur.")
    candidate = Candidate(
        operator_id=actor.organization_id,
        pseudonym=new_pseudonym(),
        synthetic=synthetic,
        consent_recorded_by_id=actor.id,
    )
    for name in CANDIDATE_FIELDS:
        if name in data:
            setattr(candidate, name, data[name])
    db.session.add(candidate)
    db.session.commit()
    return candidate


def update_candidate(actor: User, candidate_id: int, data: dict[str, Any], channel: str) -> Candidate:
    candidate = _get_own(actor, candidate_id)
    reference = data.get("operator_reference")
    if reference and _reference_taken(actor.organization_id, reference, exclude_id=candidate.id):
        raise Conflict(f"La référence « {reference} » existe déjà chez votre opérateur.")
    for name in CANDIDATE_FIELDS:
        if name in data:
            setattr(candidate, name, data[name])
    if "consent_given_at" in data or "consent_scope" in data:
        candidate.consent_recorded_by_id = actor.id
    # The response returns the record: that is a read, and it is logged as one.
    record_access(actor, "update", "candidate", [candidate.id], channel)
    db.session.commit()
    return candidate


def delete_candidate(actor: User, candidate_id: int, channel: str) -> None:
    """Right to erasure: the record goes; the access log keeps only ids."""
    candidate = _get_own(actor, candidate_id)
    record_access(actor, "delete", "candidate", [candidate.id], channel)
    db.session.delete(candidate)
    db.session.commit()


def access_log_query(actor: User, candidate_id: int) -> Select[tuple[AccessLog]]:
    """Who read this person's record, when and how (newest first): what the coach answers when the person
    exercises the right of access. Reading the log reveals no candidate data, so it is not logged itself."""
    candidate = _get_own(actor, candidate_id)
    return (
        select(AccessLog)
        .where(AccessLog.object_type == "candidate", AccessLog.object_id == candidate.id)
        .order_by(AccessLog.id.desc())
    )
