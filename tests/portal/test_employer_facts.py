"""Employer kind and headcount (what the hiring aids need about an employer): API (admins for any employer, an
employer's users for their own), service rights, CLI, demo data, incentive cases, and what the audit page and
shortlist entries show once they are known."""

from __future__ import annotations

import html as html_lib
from datetime import date
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from employer_portal.demo import DEMO_PASSWORD, EMPLOYER, EMPLOYER_FACTS, VACANCIES, load_demo_data
from employer_portal.extensions import db
from employer_portal.models import Candidate, Organization, User, Vacancy
from employer_portal.models.organizations import EmployerKind
from employer_portal.services import incentive_ops
from employer_portal.services import organizations as org_ops
from employer_portal.services.errors import InvalidInput, NotFound, PermissionDenied, ServiceError
from tests.conftest import ApiClient, World, row_counts
from tests.portal.test_audit_page import csrf

HIRE_DATE = date(2026, 11, 28)


# --- API -----------------------------------------------------------------------------------------------------


def test_admin_creates_and_updates_employer_facts(api: ApiClient) -> None:
    response = api.post("/api/v1/organizations", as_="admin", json={
        "name": "ASBL Repair Café", "kind": "employer", "employer_kind": "non_profit", "employees_fte": 7.5,
    })
    assert response.status_code == 201, response.get_json()
    body = response.get_json()
    assert (body["employer_kind"], body["employees_fte"]) == ("non_profit", 7.5)
    org_id = body["id"]

    response = api.patch(f"/api/v1/organizations/{org_id}", as_="admin", json={"employees_fte": 0})
    assert response.status_code == 200, response.get_json()
    assert (response.get_json()["employer_kind"], response.get_json()["employees_fte"]) == ("non_profit", 0.0)
    # null = back to unknown
    response = api.patch(f"/api/v1/organizations/{org_id}", as_="admin", json={"employer_kind": None})
    assert response.status_code == 200
    again = api.get(f"/api/v1/organizations/{org_id}", as_="admin").get_json()
    assert again["employer_kind"] is None and again["employees_fte"] == 0.0


def test_facts_default_to_unknown(api: ApiClient, world: World) -> None:
    body = api.get(f"/api/v1/organizations/{world.org_ids['employer_a']}", as_="admin").get_json()
    assert body["employer_kind"] is None and body["employees_fte"] is None


@pytest.mark.parametrize("who", ["employer_a", "coach_a", "federation_a"])
def test_only_admins_use_the_organizations_endpoints(api: ApiClient, app: Flask, world: World, who: str) -> None:
    """Even for their own organisation: an employer's users change its facts through PATCH /me/organization."""
    before = row_counts(app)
    org_id = world.org_ids["employer_a"]
    response = api.patch(f"/api/v1/organizations/{org_id}", as_=who, json={"employer_kind": "private_market"})
    assert response.status_code == 403
    response = api.post("/api/v1/organizations", as_=who, json={
        "name": "Intrus", "kind": "employer", "employer_kind": "private_market", "employees_fte": 3,
    })
    assert response.status_code == 403
    assert row_counts(app) == before
    with app.app_context():
        assert db.session.get(Organization, org_id).employer_kind is None  # type: ignore[union-attr]


# Bad employer facts, each with the field the 422 must name.
BAD_FACTS: list[tuple[dict[str, Any], str]] = [
    ({"employer_kind": "multinationale"}, "employer_kind"),
    ({"employer_kind": 3}, "employer_kind"),
    ({"employees_fte": -1}, "employees_fte"),
    ({"employees_fte": "12"}, "employees_fte"),
    ({"employees_fte": 1e9}, "employees_fte"),
]


@pytest.mark.parametrize(("payload", "field"), BAD_FACTS)
def test_bad_values_are_422_naming_the_field(api: ApiClient, app: Flask, world: World,
                                             payload: dict[str, Any], field: str) -> None:
    before = row_counts(app)
    org_id = world.org_ids["employer_a"]
    for response in (
        api.patch(f"/api/v1/organizations/{org_id}", as_="admin", json={"name": "Renommé", **payload}),
        api.post("/api/v1/organizations", as_="admin", json={"name": "Nouvelle", "kind": "employer", **payload}),
    ):
        assert response.status_code == 422, response.get_json()
        assert response.mimetype == "application/problem+json"
        assert field in str(response.get_json()["errors"]), response.get_json()
    assert row_counts(app) == before
    with app.app_context():
        assert db.session.get(Organization, org_id).name == "Employeur A"  # type: ignore[union-attr]


def test_employer_facts_refused_on_other_kinds(api: ApiClient, app: Flask, world: World) -> None:
    before = row_counts(app)
    response = api.patch(f"/api/v1/organizations/{world.org_ids['operator_a']}", as_="admin",
                         json={"employer_kind": "non_profit", "employees_fte": 12})
    assert response.status_code == 422
    assert set(response.get_json()["errors"]) == {"employer_kind", "employees_fte"}
    response = api.post("/api/v1/organizations", as_="admin",
                        json={"name": "Fédé", "kind": "federation", "employees_fte": 4})
    assert response.status_code == 422 and "employees_fte" in response.get_json()["errors"]
    assert row_counts(app) == before


# --- API: an employer's users change their own facts (PATCH /api/v1/me/organization) --------------------------

ME_ORG = "/api/v1/me/organization"


def org_facts(app: Flask, org_id: int) -> tuple[EmployerKind | None, float | None]:
    with app.app_context():
        org = db.session.get(Organization, org_id)
        assert org is not None
        return org.employer_kind, org.employees_fte


def test_employer_changes_own_facts(api: ApiClient, app: Flask, world: World) -> None:
    own, other = world.org_ids["employer_a"], world.org_ids["employer_b"]
    response = api.patch(ME_ORG, as_="employer_a", json={"employer_kind": "non_profit", "employees_fte": 12.5})
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert (body["id"], body["name"], body["kind"]) == (own, "Employeur A", "employer")
    assert (body["employer_kind"], body["employees_fte"]) == ("non_profit", 12.5)
    assert org_facts(app, own) == (EmployerKind.NON_PROFIT, 12.5)
    me = api.get("/api/v1/me", as_="employer_a").get_json()["organization"]
    assert (me["employer_kind"], me["employees_fte"]) == ("non_profit", 12.5)

    # One field at a time; the other is kept. null = back to unknown.
    response = api.patch(ME_ORG, as_="employer_a", json={"employees_fte": 0})
    assert response.status_code == 200, response.get_json()
    assert org_facts(app, own) == (EmployerKind.NON_PROFIT, 0.0)
    response = api.patch(ME_ORG, as_="employer_a", json={"employer_kind": None})
    assert response.status_code == 200, response.get_json()
    assert org_facts(app, own) == (None, 0.0)

    # employer_b's user changes employer B only.
    response = api.patch(ME_ORG, as_="employer_b", json={"employer_kind": "self_employed"})
    assert response.status_code == 200 and response.get_json()["id"] == other
    assert org_facts(app, other) == (EmployerKind.SELF_EMPLOYED, None)
    assert org_facts(app, own) == (None, 0.0)


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        *BAD_FACTS,
        ({"name": "Renommé"}, "name"),  # only the two facts: the rest is the admins'
        ({"nace_codes": ["01"]}, "nace_codes"),
        ({"kind": "federation"}, "kind"),
    ],
)
def test_employer_bad_values_are_422_and_change_nothing(api: ApiClient, app: Flask, world: World,
                                                        payload: dict[str, Any], field: str) -> None:
    org_id = world.org_ids["employer_a"]
    response = api.patch(ME_ORG, as_="employer_a", json={"employer_kind": "private_market", "employees_fte": 3})
    assert response.status_code == 200, response.get_json()
    before = row_counts(app)
    valid = {"employer_kind": "local_authority", "employees_fte": 250}
    response = api.patch(ME_ORG, as_="employer_a", json={**valid, **payload})
    assert response.status_code == 422, response.get_json()
    assert response.mimetype == "application/problem+json"
    assert field in response.get_json()["errors"], response.get_json()
    assert row_counts(app) == before
    assert org_facts(app, org_id) == (EmployerKind.PRIVATE_MARKET, 3.0)  # the valid field was not saved either
    with app.app_context():
        org = db.session.get(Organization, org_id)
        assert org is not None and (org.name, org.kind.value, org.nace_codes) == ("Employeur A", "employer", ["52.10"])


@pytest.mark.parametrize("who", ["coach_a", "federation_a", "admin"])
def test_other_roles_cannot_use_me_organization(api: ApiClient, app: Flask, world: World, who: str) -> None:
    """Coaches and analysts are no employer; the admins change any employer through PATCH /organizations/{id}."""
    before = row_counts(app)
    response = api.patch(ME_ORG, as_=who, json={"employer_kind": "non_profit", "employees_fte": 4})
    assert response.status_code == 403
    assert response.mimetype == "application/problem+json"
    assert row_counts(app) == before
    for org in ("employer_a", "employer_b", "operator_a", "federation_a", "platform"):
        assert org_facts(app, world.org_ids[org]) == (None, None), org


# --- service: who may change the facts -----------------------------------------------------------------------


def actor(name: str, world: World) -> User:
    user = db.session.get(User, world.user_ids[name])
    assert user is not None
    return user


def test_who_may_update_employer_facts(app: Flask, world: World) -> None:
    with app.app_context():
        orgs = {name: db.session.get(Organization, world.org_ids[name]) for name in world.org_ids}
        may = {
            (who, org): org_ops.may_update_employer_facts(actor(who, world) if who != "cli" else None, orgs[org])
            for who in ("cli", "admin", "employer_a", "employer_b", "coach_a", "federation_a")
            for org in orgs
        }
    allowed = {(who, org) for (who, org), yes in may.items() if yes}
    assert allowed == {
        ("cli", "employer_a"), ("cli", "employer_b"), ("admin", "employer_a"), ("admin", "employer_b"),
        ("employer_a", "employer_a"), ("employer_b", "employer_b"),
    }


def test_update_employer_facts_service(app: Flask, world: World) -> None:
    with app.app_context():
        org_ops.update_employer_facts(None, world.org_ids["employer_b"], {"employees_fte": 8})  # the CLI
        org_ops.update_employer_facts(actor("admin", world), world.org_ids["employer_a"], {"employer_kind": "non_profit"})
        org_ops.update_employer_facts(actor("employer_a", world), world.org_ids["employer_a"], {"employees_fte": 2.5})
        refusals: list[tuple[str, int, type[ServiceError]]] = [
            ("employer_a", world.org_ids["employer_b"], NotFound),  # another employer: as if it did not exist
            ("employer_a", world.org_ids["operator_a"], NotFound),
            ("employer_a", 999_999, NotFound),
            ("admin", world.org_ids["operator_a"], NotFound),  # not an employer
            ("admin", 999_999, NotFound),
            ("coach_a", world.org_ids["employer_a"], PermissionDenied),
            ("coach_a", 999_999, PermissionDenied),  # the role is refused before any lookup
            ("federation_a", world.org_ids["employer_a"], PermissionDenied),
        ]
        for who, org_id, error in refusals:
            with pytest.raises(error):
                org_ops.update_employer_facts(actor(who, world), org_id, {"employees_fte": 99})
        with pytest.raises(NotFound) as found:
            org_ops.update_employer_facts(actor("employer_a", world), world.org_ids["employer_b"], {})
        assert found.value.detail == "Cet employeur n'existe pas ou ne vous est pas accessible."

    assert org_facts(app, world.org_ids["employer_a"]) == (EmployerKind.NON_PROFIT, 2.5)
    assert org_facts(app, world.org_ids["employer_b"]) == (None, 8.0)
    assert org_facts(app, world.org_ids["operator_a"]) == (None, None)


@pytest.mark.parametrize(
    "data",
    [
        {"employer_kind": "local_authority", "employees_fte": -1},
        {"employer_kind": "banque", "employees_fte": 40},
        {"employees_fte": 40, "name": "Renommé"},
    ],
)
def test_update_employer_facts_writes_nothing_on_error(app: Flask, world: World, data: dict[str, Any]) -> None:
    org_id = world.org_ids["employer_a"]
    with app.app_context():
        employer = actor("employer_a", world)
        with pytest.raises(InvalidInput) as invalid:
            org_ops.update_employer_facts(employer, org_id, data)
        assert invalid.value.errors and set(invalid.value.errors) <= set(data)
        org = db.session.get(Organization, org_id)
        assert org is not None
        # rolled back: the session holds no half-applied change either
        assert (org.employer_kind, org.employees_fte, org.name) == (None, None, "Employeur A")
    assert org_facts(app, org_id) == (None, None)


# --- CLI -----------------------------------------------------------------------------------------------------


def run_cli(app: Flask, *args: str) -> Any:
    return app.test_cli_runner().invoke(args=list(args))


def test_cli_creates_employer_with_facts(app: Flask) -> None:
    result = run_cli(app, "orgs", "create", "--name", "Commune Demo", "--kind", "employer",
                     "--employer-kind", "local_authority", "--employees-fte", "310.5")
    assert result.exit_code == 0, result.output
    assert "local_authority" in result.output and "310.5 ETP" in result.output
    with app.app_context():
        org = db.session.execute(select(Organization).where(Organization.name == "Commune Demo")).scalar_one()
        assert org.employer_kind is EmployerKind.LOCAL_AUTHORITY and org.employees_fte == 310.5


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--kind", "employer", "--employer-kind", "banque"), "--employer-kind"),
        (("--kind", "employer", "--employees-fte", "-3"), "--employees-fte"),
        (("--kind", "employer", "--employees-fte", "beaucoup"), "--employees-fte"),
        (("--kind", "isp_operator", "--employees-fte", "3"), "--employees-fte : Réservé aux organisations de type employeur"),
    ],
)
def test_cli_bad_facts_name_the_option_and_write_nothing(app: Flask, args: tuple[str, ...], expected: str) -> None:
    before = row_counts(app)
    result = run_cli(app, "orgs", "create", "--name", "Mauvaise", *args)
    assert result.exit_code != 0, result.output
    assert expected in result.output, result.output
    assert row_counts(app) == before


# --- demo data -----------------------------------------------------------------------------------------------


def demo_employers() -> dict[str, Organization]:
    names = list(EMPLOYER_FACTS)
    rows = db.session.scalars(select(Organization).where(Organization.name.in_(names))).all()
    return {org.name: org for org in rows}


def test_demo_employers_get_their_facts_and_old_demo_databases_are_filled(app: Flask) -> None:
    with app.app_context():
        load_demo_data()
        employers = demo_employers()
        assert len(employers) == 3
        for name, (kind, fte) in EMPLOYER_FACTS.items():
            assert kind is EmployerKind.PRIVATE_MARKET
            assert (employers[name].employer_kind, employers[name].employees_fte) == (kind, fte)
        assert load_demo_data().created == {}  # idempotent

        # A demo database made before the columns existed: facts unknown, everything else there.
        for org in employers.values():
            org.employer_kind = None
            org.employees_fte = None
        # An admin's own value is kept.
        employers[EMPLOYER[0]].employees_fte = 55.0
        db.session.commit()
        summary = load_demo_data()
        assert summary.created == {"fiche(s) employeur complétée(s)": 3}, summary.created
        employers = demo_employers()
        assert employers[EMPLOYER[0]].employer_kind is EmployerKind.PRIVATE_MARKET
        assert employers[EMPLOYER[0]].employees_fte == 55.0
        assert all(o.employer_kind is EmployerKind.PRIVATE_MARKET for o in employers.values())
        assert load_demo_data().created == {}


# --- incentive cases -----------------------------------------------------------------------------------------


def demo_case_objects() -> tuple[Candidate, Vacancy]:
    """The demo CDI order-picker post and a demo person with every worker fact the aids need."""
    vacancy = db.session.execute(select(Vacancy).where(Vacancy.title == VACANCIES[0]["title"])).scalar_one()
    candidates = db.session.scalars(select(Candidate).order_by(Candidate.id)).all()
    for candidate in candidates:
        if (candidate.birth_date and candidate.registration_date and candidate.education_level is not None
                and candidate.home_postal_code and candidate.synthetic
                and 30 <= (HIRE_DATE - candidate.birth_date).days / 365.25 < 50):
            return candidate, vacancy
    raise AssertionError("no demo candidate with the worker facts")


def test_case_carries_employer_facts_only_when_known(app: Flask) -> None:
    with app.app_context():
        load_demo_data()
        candidate, vacancy = demo_case_objects()
        case = incentive_ops.case_for(candidate, vacancy, HIRE_DATE)
        assert case["employer"]["kind"] == "private_market"
        assert case["employer"]["employees_fte"] == EMPLOYER_FACTS[EMPLOYER[0]][1]

        vacancy.organization.employer_kind = None
        vacancy.organization.employees_fte = None
        case = incentive_ops.case_for(candidate, vacancy, HIRE_DATE)
        assert "kind" not in case["employer"] and "employees_fte" not in case["employer"]

        vacancy.organization.employees_fte = 0.0  # zero is a known headcount, not "unknown"
        assert incentive_ops.case_for(candidate, vacancy, HIRE_DATE)["employer"]["employees_fte"] == 0.0
        db.session.rollback()


def test_demo_entry_gets_decided_aids_once_the_employer_is_known(app: Flask) -> None:
    with app.app_context():
        load_demo_data()
        candidate, vacancy = demo_case_objects()
        known = {a["id"]: a for a in incentive_ops.aids_for(candidate, vacancy, HIRE_DATE)}
        decided = {i for i, a in known.items() if a["status"] in {"eligible", "not_eligible"}}

        vacancy.organization.employer_kind = None
        vacancy.organization.employees_fte = None
        unknown = {a["id"]: a for a in incentive_ops.aids_for(candidate, vacancy, HIRE_DATE)}
        db.session.rollback()
    # The aids that asked for the employer's kind are now decided: eligible for a private firm or not.
    newly_decided = {i for i in decided if unknown[i]["status"] == "unknown"}
    assert newly_decided, (known, unknown)
    for aid_id in newly_decided:
        assert "employer.kind" in unknown[aid_id]["missing_fields"] or \
            "employer.employees_fte" in unknown[aid_id]["missing_fields"]
    # A 30-49-year-old registered job seeker hired on a Walloon CDI by a private firm: at least one aid applies.
    assert any(a["status"] == "eligible" for a in known.values()), known


def test_audit_page_lists_aids_excluded_for_a_private_employer(app: Flask, client: FlaskClient) -> None:
    with app.app_context():
        load_demo_data()
        vacancy_id = db.session.execute(
            select(Vacancy.id).where(Vacancy.title == VACANCIES[0]["title"])
        ).scalar_one()
        vacancy = db.session.get(Vacancy, vacancy_id)
        assert vacancy is not None
        aids = incentive_ops.vacancy_aids(vacancy, HIRE_DATE)
        blocked = {a["id"]: a for a in aids["not_for_this_contract"]}
        # APE is for non-profit employers and local authorities: decided "no" for a private firm.
        assert "APE" in blocked, aids
        possible_ids = {a["id"] for a in aids["possible"]}
        assert all(incentive_ops.FIELD_LABELS_FR["employer.kind"] not in a["depends_on"] for a in aids["possible"])
        label = blocked["APE"]["label_fr"]

    page = client.get("/connexion").get_data(as_text=True)
    response = client.post("/connexion", data={
        "email": "employeur@demo.poste-juste.be", "password": DEMO_PASSWORD, "csrf_token": csrf(page),
    })
    assert response.status_code == 302
    html = html_lib.unescape(client.get(f"/offres/{vacancy_id}/audit").get_data(as_text=True))
    excluded = html[html.index("Aides exclues par ce contrat"):]
    assert label in excluded
    kind_unknown = incentive_ops.FIELD_LABELS_FR["employer.kind"]
    assert kind_unknown not in html
    assert possible_ids  # the aids that still depend on who is hired stay listed as possible

    with app.app_context():
        org = db.session.get(Vacancy, vacancy_id).organization  # type: ignore[union-attr]
        org.employer_kind = None
        db.session.commit()
    html = html_lib.unescape(client.get(f"/offres/{vacancy_id}/audit").get_data(as_text=True))
    assert kind_unknown in html  # unknown again: the page says what the aid depends on


def test_cli_sets_facts_of_an_existing_employer(app: Flask) -> None:
    result = run_cli(app, "orgs", "set-employer", "--name", "Employeur A", "--employer-kind", "self_employed",
                     "--employees-fte", "0")
    assert result.exit_code == 0, result.output
    assert "self_employed, 0 ETP" in result.output
    result = run_cli(app, "orgs", "set-employer", "--name", "Employeur A", "--employees-fte", "2")
    assert result.exit_code == 0, result.output
    with app.app_context():
        org = db.session.execute(select(Organization).where(Organization.name == "Employeur A")).scalar_one()
        assert org.employer_kind is EmployerKind.SELF_EMPLOYED and org.employees_fte == 2.0


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--name", "Employeur A"), "--employer-kind"),
        (("--name", "Inconnue SA", "--employees-fte", "3"), "--name"),
        (("--name", "Employeur A", "--employees-fte", "-1"), "--employees-fte"),
        (("--name", "CISP A", "--employer-kind", "non_profit"), "--employer-kind : Réservé aux organisations de type employeur"),
    ],
)
def test_cli_set_employer_errors_write_nothing(app: Flask, args: tuple[str, ...], expected: str) -> None:
    with app.app_context():
        before = {o.name: (o.employer_kind, o.employees_fte) for o in db.session.scalars(select(Organization))}
    result = run_cli(app, "orgs", "set-employer", *args)
    assert result.exit_code != 0, result.output
    assert expected in result.output, result.output
    with app.app_context():
        db.session.expire_all()
        after = {o.name: (o.employer_kind, o.employees_fte) for o in db.session.scalars(select(Organization))}
    assert after == before
