"""SQLAlchemy models. Importing this package registers every table on `db.metadata` (Alembic relies on it)."""

from employer_portal.models.access import AccessLog, IncentiveEvaluation
from employer_portal.models.audits import AuditRun, AuditRunStatus, Finding, FindingStatus
from employer_portal.models.candidates import Candidate
from employer_portal.models.organizations import CollaborationAgreement, Organization, OrganizationKind
from employer_portal.models.shortlists import Shortlist, ShortlistEntry, ShortlistStatus
from employer_portal.models.users import ROLE_ORGANIZATION_KINDS, ApiToken, Role, User
from employer_portal.models.vacancies import (
    VACANCY_TRANSITIONS,
    ContractType,
    PostAnalysis,
    Vacancy,
    VacancyStatus,
)

__all__ = [
    "ROLE_ORGANIZATION_KINDS",
    "VACANCY_TRANSITIONS",
    "AccessLog",
    "ApiToken",
    "AuditRun",
    "AuditRunStatus",
    "Candidate",
    "CollaborationAgreement",
    "ContractType",
    "Finding",
    "FindingStatus",
    "IncentiveEvaluation",
    "Organization",
    "OrganizationKind",
    "PostAnalysis",
    "Role",
    "Shortlist",
    "ShortlistEntry",
    "ShortlistStatus",
    "User",
    "Vacancy",
    "VacancyStatus",
]
