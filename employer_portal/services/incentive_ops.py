"""Hiring incentives in the portal: the `/incentives/evaluate` endpoint and the aids shown on shortlist entries.

The engine (`matching.incentives`) validates the case itself (`CaseError` names the field); this module maps its
errors to 422 problem details, stores every API evaluation (IncentiveEvaluation, for audit trails) and builds
the case of a candidate + vacancy from the database, leaving unknown what the database does not know (the
engine then answers "unknown", never a silent no).
"""

from __future__ import annotations

import copy
import json
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from employer_portal.extensions import db
from employer_portal.models import (
    Candidate,
    CollaborationAgreement,
    IncentiveEvaluation,
    Organization,
    OrganizationKind,
    Role,
    User,
    Vacancy,
)
from employer_portal.services.errors import InvalidInput, PermissionDenied
from matching.incentives import CaseError, PolicyError, evaluate

EVALUATOR_ROLES = frozenset({Role.EMPLOYER_USER, Role.COACH, Role.ADMIN})
POLICIES = ("loi", "assises")
ENGINE_VERSION = "matching.incentives"


def evaluate_case(actor: User, case: dict[str, Any], policy: str | None) -> dict[str, Any]:
    """Evaluate one case for `actor` and store the evaluation. Raises InvalidInput naming the bad field."""
    if actor.role not in EVALUATOR_ROLES:
        raise PermissionDenied("Le calcul des aides à l'embauche est réservé aux employeurs et aux job coachs.")
    if policy is not None and policy not in POLICIES:
        raise InvalidInput(
            f"Politique inconnue « {policy} ».", errors={"policy": [f"Valeur attendue parmi : {', '.join(POLICIES)}."]}
        )
    try:
        # "loi" explicitly: the endpoint answers the law alone unless asked, whatever the process environment.
        result = evaluate(case, policy or "loi")
    except CaseError as exc:
        raise InvalidInput(f"Cas invalide : {exc.field} : {exc.message}", errors={exc.field: [exc.message]}) from exc
    except PolicyError as exc:
        raise InvalidInput(str(exc), errors={"policy": [str(exc)]}) from exc
    out = result.to_dict()
    db.session.add(
        IncentiveEvaluation(
            organization_id=actor.organization_id,
            policy=result.policy,
            case=case,
            result=out,
            code_version=ENGINE_VERSION,
            created_by_id=actor.id,
        )
    )
    db.session.commit()
    return out


# --- the case of a candidate for a vacancy ---------------------------------------------------------------


def region_of_postal_code(postal_code: str | None) -> str | None:
    """Belgian postal code -> region as the incentive contract names them; None when unknown.

    1000-1299 Brussels; 1300-1499 Walloon Brabant; 4000-7999 Wallonia, of which 4700-4799 are the German-speaking
    Community's municipalities (Eupen, Kelmis, Lontzen, Raeren, Bütgenbach, Büllingen, Amel, St. Vith,
    Burg-Reuland); the rest is Flanders. (bpost numbering; Malmedy 4960 and Waimes 4950 are French-speaking.)
    """
    if not postal_code or not postal_code.isdigit() or len(postal_code) != 4:
        return None
    n = int(postal_code)
    if 1000 <= n <= 1299:
        return "brussels"
    if 4700 <= n <= 4799:
        return "german_community"
    if 1300 <= n <= 1499 or 4000 <= n <= 7999:
        return "wallonia_fr"
    return "flanders"


def qualification_of(eqf_level: int | None) -> str | None:
    """Highest EQF level -> the contract's qualification classes (CESS = EQF 4, `upper_secondary`)."""
    if eqf_level is None:
        return None
    if eqf_level <= 0:
        return "none"
    if eqf_level == 1:
        return "primary"
    if eqf_level <= 3:  # CE1D (2) and CQ6 (3) are below the CESS
        return "lower_secondary"
    if eqf_level == 4:
        return "upper_secondary"
    return "higher"


CONTRACT_TYPES = {"CDI", "CDD", "interim", "alternance", "PFI"}


def agreements_of(employer_id: int, day: date) -> frozenset[int]:
    """ISP operators the employer has a collaboration agreement with, in force on `day`."""
    rows = db.session.scalars(
        select(CollaborationAgreement).where(CollaborationAgreement.employer_id == employer_id)
    ).all()
    return frozenset(a.operator_id for a in rows if a.active_on(day))


def employer_facts(organization: Organization | None) -> dict[str, Any]:
    """`employer.kind` and `employer.employees_fte` of the case, each only when the database knows it.

    An absent fact stays absent (never a guessed default): the engine then answers "unknown" for the aids that
    depend on it and lists the missing field, instead of a silent "not eligible".
    """
    facts: dict[str, Any] = {}
    if organization is None or organization.kind is not OrganizationKind.EMPLOYER:
        return facts
    if organization.employer_kind is not None:
        facts["kind"] = organization.employer_kind.value
    if organization.employees_fte is not None:
        facts["employees_fte"] = float(organization.employees_fte)
    return facts


def case_for(
    candidate: Candidate, vacancy: Vacancy, hire_date: date | None = None, *, agreements: frozenset[int] | None = None
) -> dict[str, Any]:
    """The incentive case of hiring `candidate` on `vacancy` (fields the database does not hold are absent).

    `agreements`: the employer's operators under agreement (`agreements_of`), when the caller already has them.
    """
    worker: dict[str, Any] = {"followed_by_isp_operator": True}
    if candidate.birth_date:
        worker["birth_date"] = candidate.birth_date.isoformat()
    region = region_of_postal_code(candidate.home_postal_code)
    if region:
        worker["residence_region"] = region
    if candidate.registration_date:
        worker["registered_job_seeker"] = True
        worker["unemployed_since"] = candidate.registration_date.isoformat()
    qualification = qualification_of(candidate.education_level)
    if qualification:
        worker["highest_qualification"] = qualification
    employer: dict[str, Any] = employer_facts(vacancy.organization)
    region = region_of_postal_code(vacancy.workplace_postal_code)
    if region and region != "abroad":
        employer["workplace_region"] = region
    day = hire_date or date.today()
    if agreements is None:
        agreements = agreements_of(vacancy.organization_id, day)
    employer["isp_collaboration_agreement"] = candidate.operator_id in agreements
    contract: dict[str, Any] = {}
    if vacancy.contract_type and vacancy.contract_type.value in CONTRACT_TYPES:
        contract["type"] = vacancy.contract_type.value
    if vacancy.duration_months is not None:
        contract["duration_months"] = vacancy.duration_months
    if vacancy.weekly_hours is not None:
        contract["weekly_hours"] = vacancy.weekly_hours
    if vacancy.full_time_hours is not None:
        contract["full_time_weekly_hours"] = vacancy.full_time_hours
    if vacancy.gross_monthly_wage is not None:
        contract["gross_monthly_wage"] = vacancy.gross_monthly_wage
    return {"hire_date": day.isoformat(), "worker": worker, "employer": employer, "contract": contract}


def aids_for(
    candidate: Candidate, vacancy: Vacancy, hire_date: date | None = None, *, agreements: frozenset[int] | None = None
) -> list[dict[str, Any]]:
    """Compact aids for a shortlist entry: every aid with its status; unknowns list the missing fields."""
    case = case_for(candidate, vacancy, hire_date, agreements=agreements)
    # Recomputes (a candidate changed: every open vacancy again for its operator) mostly meet the same cases: memoised by content.
    return copy.deepcopy(_aids_of_case(json.dumps(case, sort_keys=True)))


@lru_cache(maxsize=8192)
def _aids_of_case(case_json: str) -> list[dict[str, Any]]:
    try:
        result = evaluate(json.loads(case_json), "loi")
    except CaseError as exc:  # a stored value the contract refuses: say so on the entry rather than fail the list
        return [{"id": None, "status": "unknown", "label_fr": "Aides non calculées", "detail_fr": str(exc)}]
    out: list[dict[str, Any]] = []
    for aid in result.aids:
        item: dict[str, Any] = {
            "id": aid.id,
            "label_fr": aid.label_fr,
            "status": aid.status,
            "provisional": aid.provisional,
        }
        if aid.status == "eligible" and aid.amount is not None:
            item["amount_total_eur"] = aid.amount.total_eur
        if aid.status == "unknown":
            item["missing_fields"] = aid.missing_fields()
        if aid.status == "not_eligible":
            item["suggestions_fr"] = list(aid.suggestions_fr)
        out.append(item)
    order = {"eligible": 0, "unknown": 1, "not_eligible": 2}
    out.sort(key=lambda a: order.get(str(a["status"]), 3))
    return out


# What the employer's audit page shows: which aids could apply to this vacancy, whoever is hired.
FIELD_LABELS_FR = {
    "worker.birth_date": "l'âge de la personne engagée",
    "worker.residence_region": "sa région de résidence",
    "worker.registered_job_seeker": "son inscription comme demandeur·euse d'emploi",
    "worker.unemployed_since": "la durée de son inoccupation",
    "worker.highest_qualification": "son diplôme le plus élevé",
    "worker.unemployment_benefits": "ses allocations de chômage",
    "worker.integration_income": "un revenu d'intégration (CPAS)",
    "worker.previous_impulsion_25": "une aide Impulsion déjà reçue",
    "worker.followed_by_isp_operator": "un suivi par un opérateur d'insertion",
    "worker.employed_by_employer_last_12_months": "un emploi chez cet employeur dans les 12 derniers mois",
    "worker.days_worked_for_employer_last_3_months": "des jours prestés chez cet employeur récemment",
    "employer.kind": "le type d'employeur (marchand, non marchand...)",
    "employer.employees_fte": "l'effectif de l'employeur",
    "employer.isp_collaboration_agreement": "une convention avec un opérateur d'insertion",
    "employer.net_new_job": "la création nette d'emploi",
    "employer.approved_tutor": "un tuteur agréé",
    "contract.duration_months": "la durée du contrat",
    "contract.gross_monthly_wage": "le salaire",
    "job_quality_ok": "la qualité de l'emploi",
    "application_date": "la date de la demande",
}


def vacancy_aids(vacancy: Vacancy, hire_date: date | None = None) -> dict[str, list[dict[str, Any]]]:
    """Aids for the vacancy with the person unknown: `possible` (eligible, or depending on facts listed in French)
    and `not_for_this_contract` (ineligible whatever the person, with the smallest change that would help)."""
    day = hire_date or date.today()
    employer: dict[str, Any] = employer_facts(vacancy.organization)
    region = region_of_postal_code(vacancy.workplace_postal_code)
    if region:
        employer["workplace_region"] = region
    contract: dict[str, Any] = {}
    if vacancy.contract_type and vacancy.contract_type.value in CONTRACT_TYPES:
        contract["type"] = vacancy.contract_type.value
    for key, value in (
        ("duration_months", vacancy.duration_months),
        ("weekly_hours", vacancy.weekly_hours),
        ("full_time_weekly_hours", vacancy.full_time_hours),
        ("gross_monthly_wage", vacancy.gross_monthly_wage),
    ):
        if value is not None:
            contract[key] = value
    try:
        result = evaluate({"hire_date": day.isoformat(), "employer": employer, "contract": contract}, "loi")
    except CaseError as exc:
        return {"possible": [], "not_for_this_contract": [], "error": [{"detail_fr": str(exc)}]}
    possible: list[dict[str, Any]] = []
    blocked: list[dict[str, Any]] = []
    for aid in result.aids:
        item: dict[str, Any] = {"id": aid.id, "label_fr": aid.label_fr, "provisional": aid.provisional,
                                "sources": list(aid.sources)}
        if aid.status == "eligible":
            item["depends_on"] = []
            item["amount_total_eur"] = aid.amount.total_eur if aid.amount else None
            possible.append(item)
        elif aid.status == "unknown":
            item["depends_on"] = [FIELD_LABELS_FR.get(f, f) for f in aid.missing_fields()]
            possible.append(item)
        else:  # the person is unknown here, so an unmet condition is about the contract, employer or date
            item["suggestions_fr"] = list(aid.suggestions_fr) or ([aid.reason_fr] if aid.reason_fr else [])
            blocked.append(item)
    return {"possible": possible, "not_for_this_contract": blocked}
