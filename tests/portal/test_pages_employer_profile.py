"""The employer's facts page (`/organisations/<id>/employeur`): employer kind and headcount, which the hiring aids
depend on. Changed by the employer's own users (their organisation only: another employer's page is 404) and by
the platform admins (any employer), validated by the API's schema; coaches and analysts get 403."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from employer_portal.extensions import db
from employer_portal.models import Organization
from employer_portal.models.organizations import EmployerKind
from tests.conftest import World, row_counts
from tests.portal.test_pages import csrf_token, login


def page(world: World, org: str = "employer_a") -> str:
    return f"/organisations/{world.org_ids[org]}/employeur"


def facts(app: Flask, org_id: int) -> tuple[EmployerKind | None, float | None]:
    with app.app_context():
        org = db.session.get(Organization, org_id)
        assert org is not None
        return org.employer_kind, org.employees_fte


def set_facts(app: Flask, org_id: int, kind: EmployerKind, fte: float) -> None:
    with app.app_context():
        org = db.session.get(Organization, org_id)
        assert org is not None
        org.employer_kind, org.employees_fte = kind, fte
        db.session.commit()


@pytest.fixture
def admin(client: FlaskClient, world: World) -> FlaskClient:
    assert login(client, world.emails["admin"]).status_code == 302
    return client


def test_admin_sees_the_form_in_french_with_why_we_ask(admin: FlaskClient, world: World, app: Flask) -> None:
    set_facts(app, world.org_ids["employer_a"], EmployerKind.NON_PROFIT, 118.5)
    response = admin.get(page(world))
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Employeur A" in html and 'name="csrf_token"' in html
    assert '<label for="employer_kind">Type d&#39;employeur</label>' in html
    assert '<label for="employees_fte">Effectif (équivalents temps plein)</label>' in html
    assert "aides wallonnes à l'embauche" in html and "moins de 50 ETP" in html  # why we ask
    assert '<option value="non_profit" selected>Employeur non marchand (ASBL)</option>' in html
    assert 'value="118,5"' in html
    for kind in EmployerKind:
        assert f'<option value="{kind.value}"' in html


def test_admin_changes_kind_and_headcount(admin: FlaskClient, world: World, app: Flask) -> None:
    org_id = world.org_ids["employer_a"]
    token = csrf_token(admin, page(world))
    response = admin.post(page(world), data={"csrf_token": token, "employer_kind": "local_authority",
                                             "employees_fte": "12,5"})
    assert response.status_code == 302 and response.location == page(world)
    assert facts(app, org_id) == (EmployerKind.LOCAL_AUTHORITY, 12.5)
    html = admin.get(page(world)).get_data(as_text=True)
    assert "enregistrés" in html and 'value="12,5"' in html
    # The API reads what the page wrote.
    body = app.test_client().get(f"/api/v1/organizations/{org_id}", headers=world.headers("admin")).json
    assert body["employer_kind"] == "local_authority" and body["employees_fte"] == 12.5
    # Emptied fields mean "unknown" again.
    response = admin.post(page(world), data={"csrf_token": token, "employer_kind": "", "employees_fte": ""})
    assert response.status_code == 302
    assert facts(app, org_id) == (None, None)


@pytest.mark.parametrize(
    ("kind", "fte", "message"),
    [
        ("private_market", "-3", "Effectif (équivalents temps plein) : Valeur attendue entre 0 et 1000000."),
        ("banque", "20", "Type d&#39;employeur : Type d&#39;employeur inconnu (« banque ») : choisissez-en un"),
        ("non_profit", "beaucoup", "Effectif (équivalents temps plein) : Nombre attendu."),
        ("non_profit", "nan", "Effectif (équivalents temps plein) : Les valeurs NaN et infinies sont refusées."),
    ],
)
def test_bad_input_is_shown_in_french_and_changes_nothing(
    admin: FlaskClient, world: World, app: Flask, kind: str, fte: str, message: str
) -> None:
    org_id = world.org_ids["employer_a"]
    set_facts(app, org_id, EmployerKind.SELF_EMPLOYED, 0.0)
    before = row_counts(app)
    token = csrf_token(admin, page(world))
    response = admin.post(page(world), data={"csrf_token": token, "employer_kind": kind, "employees_fte": fte})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert 'role="alert"' in html and "rien n'a été enregistré" in html and 'aria-invalid="true"' in html
    assert message in html
    assert f'value="{fte}"' in html  # the headcount is shown as typed
    assert facts(app, org_id) == (EmployerKind.SELF_EMPLOYED, 0.0)  # the valid field was not saved either
    assert row_counts(app) == before


def test_post_without_csrf_is_refused(admin: FlaskClient, world: World, app: Flask) -> None:
    response = admin.post(page(world), data={"employer_kind": "non_profit", "employees_fte": "3"})
    assert response.status_code == 400
    assert facts(app, world.org_ids["employer_a"]) == (None, None)


def test_admin_gets_404_for_a_missing_or_non_employer_organisation(admin: FlaskClient, world: World) -> None:
    token = csrf_token(admin, page(world))
    for path in (page(world, "operator_a"), page(world, "federation_a"), "/organisations/999999/employeur"):
        assert admin.get(path).status_code == 404, path
        assert admin.post(path, data={"csrf_token": token, "employees_fte": "3"}).status_code == 404, path


def test_employer_changes_own_facts_only(client: FlaskClient, world: World, app: Flask) -> None:
    own, other = world.org_ids["employer_a"], world.org_ids["employer_b"]
    set_facts(app, own, EmployerKind.PRIVATE_MARKET, 42.0)
    login(client, world.emails["employer_a"])
    dashboard = client.get("/").get_data(as_text=True)
    assert f'href="{page(world)}"' in dashboard  # the link from the employer dashboard
    assert "Employeur privé du secteur marchand" in dashboard and "42 ETP" in dashboard
    response = client.get(page(world))
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<select" in html and 'name="csrf_token"' in html  # the form, not a read-only page
    assert '<option value="private_market" selected>Employeur privé du secteur marchand</option>' in html
    assert 'value="42"' in html and "Les utilisateurs de l'employeur" in html
    token = csrf_token(client, page(world))
    response = client.post(page(world), data={"csrf_token": token, "employer_kind": "non_profit",
                                              "employees_fte": "7,5"})
    assert response.status_code == 302 and response.location == page(world)
    assert facts(app, own) == (EmployerKind.NON_PROFIT, 7.5)
    assert "enregistrés" in client.get(page(world)).get_data(as_text=True)
    # The API reads what the page wrote.
    body = app.test_client().get("/api/v1/me", headers=world.headers("employer_a")).json
    assert body["organization"]["employer_kind"] == "non_profit" and body["organization"]["employees_fte"] == 7.5

    # Another employer's page does not exist for them; its row is unchanged.
    before = row_counts(app)
    assert client.get(page(world, "employer_b")).status_code == 404
    response = client.post(page(world, "employer_b"), data={"csrf_token": token, "employer_kind": "non_profit",
                                                            "employees_fte": "7"})
    assert response.status_code == 404
    assert facts(app, other) == (None, None)
    assert row_counts(app) == before
    for path in (page(world, "operator_a"), "/organisations/999999/employeur"):
        assert client.get(path).status_code == 404, path


def test_employer_bad_input_changes_nothing(client: FlaskClient, world: World, app: Flask) -> None:
    own = world.org_ids["employer_a"]
    set_facts(app, own, EmployerKind.SELF_EMPLOYED, 0.0)
    login(client, world.emails["employer_a"])
    token = csrf_token(client, page(world))
    response = client.post(page(world), data={"csrf_token": token, "employer_kind": "non_profit",
                                              "employees_fte": "-2"})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "rien n'a été enregistré" in html and 'aria-invalid="true"' in html
    assert "Valeur attendue entre 0 et 1000000." in html
    assert facts(app, own) == (EmployerKind.SELF_EMPLOYED, 0.0)


@pytest.mark.parametrize("who", ["coach_a", "federation_a"])
def test_other_roles_are_refused(client: FlaskClient, world: World, app: Flask, who: str) -> None:
    login(client, world.emails[who])
    token = csrf_token(client, "/")
    assert client.get(page(world)).status_code == 403
    assert client.post(page(world), data={"csrf_token": token, "employees_fte": "7"}).status_code == 403
    assert facts(app, world.org_ids["employer_a"]) == (None, None)


def test_anonymous_is_sent_to_login(client: FlaskClient, world: World) -> None:
    response = client.get(page(world))
    assert response.status_code == 302 and response.location.startswith("/connexion")


def test_admin_dashboard_links_every_employer(admin: FlaskClient, world: World) -> None:
    html = admin.get("/").get_data(as_text=True)
    for org in ("employer_a", "employer_b"):
        assert f'href="{page(world, org)}"' in html
    assert f'href="{page(world, "operator_a")}"' not in html


def test_kind_labels_come_from_the_incentives_engine(app: Any) -> None:
    from employer_portal.pages.employer_profile import EMPLOYER_KIND_LABELS

    assert set(EMPLOYER_KIND_LABELS) == {k.value for k in EmployerKind}
    assert EMPLOYER_KIND_LABELS["local_authority"] == "Pouvoir local"
