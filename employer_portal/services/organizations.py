"""Organizations and collaboration agreements (platform admins), and the employer facts an employer's own users
may change themselves (employer kind and headcount, which the hiring aids depend on)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Select, select

from employer_portal.extensions import db
from employer_portal.models import CollaborationAgreement, Organization, OrganizationKind, Role, User
from employer_portal.models.organizations import EmployerKind
from employer_portal.services.errors import Conflict, InvalidInput, NotFound, PermissionDenied, ServiceError


def _require_admin(actor: User | None) -> None:
    # `actor is None` means a trusted caller: the CLI run by the operator of the machine.
    if actor is not None and actor.role is not Role.ADMIN:
        raise PermissionDenied("Seuls les administrateurs de la plateforme gèrent les organisations.")


def organizations_query(
    actor: User | None, kind: OrganizationKind | None = None
) -> Select[tuple[Organization]]:
    _require_admin(actor)
    query = select(Organization).order_by(Organization.id)
    if kind is not None:
        query = query.where(Organization.kind == kind)
    return query


def get_organization(actor: User | None, organization_id: int) -> Organization:
    _require_admin(actor)
    org = db.session.get(Organization, organization_id)
    if org is None:
        raise NotFound("Cette organisation")
    return org


def find_by_name(name: str) -> Organization | None:
    return db.session.execute(select(Organization).where(Organization.name == name)).scalar_one_or_none()


EMPLOYER_FACTS = ("employer_kind", "employees_fte")


def _set_employer_facts(org: Organization, data: dict[str, Any]) -> None:
    """Employer kind and headcount (facts of the hiring aids): only for employers, never negative.

    The schemas already check the values; checked again here because the CLI and pages call services too.
    """
    given = [name for name in EMPLOYER_FACTS if data.get(name) is not None]
    errors: dict[str, list[str]] = {}
    if given and org.kind is not OrganizationKind.EMPLOYER:
        for name in given:
            errors[name] = ["Réservé aux organisations de type employeur (kind=employer)."]
    kind = data.get("employer_kind")
    if kind is not None and kind not in {k.value for k in EmployerKind}:
        errors["employer_kind"] = ["Valeur attendue parmi : " + ", ".join(k.value for k in EmployerKind) + "."]
    fte = data.get("employees_fte")
    if fte is not None and (isinstance(fte, bool) or not isinstance(fte, int | float) or fte < 0):
        errors["employees_fte"] = ["Nombre positif ou nul attendu (équivalents temps plein)."]
    if errors:
        raise InvalidInput("Données d'employeur invalides.", errors=errors)
    if "employer_kind" in data:
        org.employer_kind = EmployerKind(kind) if kind is not None else None
    if "employees_fte" in data:
        org.employees_fte = float(fte) if fte is not None else None


def may_update_employer_facts(actor: User | None, org: Organization) -> bool:
    """Whether `actor` may change `org`'s employer kind and headcount (FTE).

    They are the employer's own facts, and the hiring aids shown to that employer depend on them: the platform
    admins (and the CLI, `actor is None`) change them for any employer, an employer's users for their own only.
    """
    if org.kind is not OrganizationKind.EMPLOYER:
        return False
    if actor is None or actor.role is Role.ADMIN:
        return True
    return actor.role is Role.EMPLOYER_USER and actor.organization_id == org.id


def employer_for_facts(actor: User | None, organization_id: int) -> Organization:
    """The employer whose facts `actor` may read and change.

    Other roles: PermissionDenied, whatever the organisation. Missing, not an employer, or another employer for
    an employer's user: NotFound, the same answer, so that ids leak nothing.
    """
    if actor is not None and actor.role not in (Role.ADMIN, Role.EMPLOYER_USER):
        raise PermissionDenied(
            "Seuls les utilisateurs de l'employeur et les administrateurs de la plateforme modifient "
            "le type d'employeur et l'effectif."
        )
    org = db.session.get(Organization, organization_id)
    if org is None or not may_update_employer_facts(actor, org):
        raise NotFound("Cet employeur")
    return org


def update_employer_facts(actor: User | None, organization_id: int, data: dict[str, Any]) -> Organization:
    """Change employer kind and/or headcount (keys of EMPLOYER_FACTS; None = unknown again), nothing else.

    On any error nothing is written: the session is rolled back.
    """
    org = employer_for_facts(actor, organization_id)
    try:
        others = sorted(set(data) - set(EMPLOYER_FACTS))
        if others:
            raise InvalidInput(
                "Seuls le type d'employeur et l'effectif se modifient ici.",
                errors={name: ["Champ non modifiable ici (employer_kind, employees_fte)."] for name in others},
            )
        _set_employer_facts(org, data)
        db.session.commit()
    except ServiceError:
        db.session.rollback()
        raise
    return org


def create_organization(actor: User | None, data: dict[str, Any]) -> Organization:
    _require_admin(actor)
    name = data["name"].strip()
    if find_by_name(name) is not None:
        raise Conflict(f"Une organisation nommée « {name} » existe déjà.")
    org = Organization(
        name=name,
        kind=OrganizationKind(data["kind"]),
        nace_codes=list(data.get("nace_codes") or []),
        postal_code=data.get("postal_code"),
    )
    _set_employer_facts(org, data)
    db.session.add(org)
    db.session.commit()
    return org


def update_organization(actor: User | None, organization_id: int, data: dict[str, Any]) -> Organization:
    org = get_organization(actor, organization_id)
    if "name" in data and data["name"].strip() != org.name:
        if find_by_name(data["name"].strip()) is not None:
            raise Conflict(f"Une organisation nommée « {data['name'].strip()} » existe déjà.")
        org.name = data["name"].strip()
    if "nace_codes" in data:
        org.nace_codes = list(data["nace_codes"] or [])
    if "postal_code" in data:
        org.postal_code = data["postal_code"]
    _set_employer_facts(org, data)
    db.session.commit()
    return org


def add_agreement(
    actor: User | None, employer_id: int, operator_id: int, start_date: date, end_date: date | None
) -> CollaborationAgreement:
    employer = get_organization(actor, employer_id)
    operator = get_organization(actor, operator_id)
    errors: dict[str, list[str]] = {}
    if employer.kind is not OrganizationKind.EMPLOYER:
        errors["employer_id"] = ["L'organisation doit être un employeur."]
    if operator.kind is not OrganizationKind.ISP_OPERATOR:
        errors["operator_id"] = ["L'organisation doit être un opérateur d'insertion (ISP)."]
    if end_date is not None and end_date < start_date:
        errors["end_date"] = ["La date de fin précède la date de début."]
    if errors:
        raise InvalidInput("Accord de collaboration invalide.", errors=errors)
    duplicate = db.session.execute(
        select(CollaborationAgreement).where(
            CollaborationAgreement.employer_id == employer.id,
            CollaborationAgreement.operator_id == operator.id,
            CollaborationAgreement.start_date == start_date,
        )
    ).scalar_one_or_none()
    if duplicate is not None:
        raise Conflict("Cet accord existe déjà (même employeur, opérateur et date de début).")
    agreement = CollaborationAgreement(
        employer_id=employer.id, operator_id=operator.id, start_date=start_date, end_date=end_date
    )
    db.session.add(agreement)
    db.session.commit()
    return agreement
