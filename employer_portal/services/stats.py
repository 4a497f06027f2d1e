"""Aggregates for sector federations: counts by sector and status, never one employer's data.

A cell (sector, status) is shown only when at least FEDERATION_MIN_EMPLOYERS distinct employers contribute to
it; otherwise its count is withheld (`None`) — with one employer in a sector, a "count" would be that
employer's private data.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import select

from employer_portal.extensions import db
from employer_portal.models import Organization, OrganizationKind, Role, User, Vacancy, VacancyStatus
from employer_portal.services.errors import PermissionDenied


@dataclass(frozen=True)
class SectorStatusCount:
    sector: str  # the federation's NACE code (a prefix of the employers' codes)
    status: str
    vacancies: int | None  # None = withheld (too few employers)
    employers: int | None


def matching_sector(employer_codes: list[str], sectors: list[str]) -> str | None:
    """The most specific of `sectors` that prefixes one of the employer's NACE codes (None: outside them all)."""
    for sector in sorted(sectors, key=len, reverse=True):
        if any(code.startswith(sector) for code in employer_codes):
            return sector
    return None


def federation_scope(actor: User) -> tuple[list[str], int]:
    """(sectors the actor sees aggregates of, disclosure floor in distinct employers) for every sector aggregate.

    A federation sees its own NACE codes; an admin sees every NACE division (two digits) in use. Anyone else
    is refused.
    """
    if actor.role not in {Role.FEDERATION_ANALYST, Role.ADMIN}:
        raise PermissionDenied("Les agrégats sectoriels sont réservés aux fédérations et observatoires.")
    min_employers = int(current_app.config["FEDERATION_MIN_EMPLOYERS"])
    if actor.role is Role.ADMIN:
        sectors = sorted(
            {code[:2] for org in db.session.scalars(select(Organization)) for code in (org.nace_codes or [])}
        )
    else:
        sectors = list(actor.organization.nace_codes or [])
    return sectors, min_employers


def vacancy_counts_by_sector(actor: User) -> list[SectorStatusCount]:
    sectors, min_employers = federation_scope(actor)
    rows = db.session.execute(
        select(Organization.id, Organization.nace_codes, Vacancy.status)
        .join(Vacancy, Vacancy.organization_id == Organization.id)
        .where(Organization.kind == OrganizationKind.EMPLOYER)
    ).all()
    vacancies: dict[tuple[str, str], int] = defaultdict(int)
    employers: dict[tuple[str, str], set[int]] = defaultdict(set)
    for org_id, codes, status in rows:
        sector = matching_sector(list(codes or []), sectors)
        if sector is None:
            continue
        key = (sector, VacancyStatus(status).value)
        vacancies[key] += 1
        employers[key].add(org_id)
    result = []
    for sector in sorted(sectors):
        for status in VacancyStatus:
            key = (sector, status.value)
            n_employers = len(employers.get(key, ()))
            if n_employers == 0:
                result.append(SectorStatusCount(sector, status.value, 0, 0))
            elif n_employers < min_employers and actor.role is not Role.ADMIN:
                result.append(SectorStatusCount(sector, status.value, None, None))
            else:
                result.append(SectorStatusCount(sector, status.value, vacancies[key], n_employers))
    return result
