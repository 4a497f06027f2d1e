"""Server-rendered pages: login (CSRF), logout, dashboards per role, the employer's vacancy form."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import TEST_PASSWORD, World


def csrf_token(client: FlaskClient, path: str) -> str:
    html = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html
    )
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def login(client: FlaskClient, email: str, password: str = TEST_PASSWORD) -> Any:
    token = csrf_token(client, "/connexion")
    return client.post("/connexion", data={"email": email, "password": password, "csrf_token": token})


def test_login_page_is_french_and_accessible(client: FlaskClient) -> None:
    response = client.get("/connexion")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<html lang="fr">' in html
    assert '<main id="contenu"' in html and 'role="banner"' in html and 'role="contentinfo"' in html
    assert '<label for="email">Adresse e-mail</label>' in html
    assert '<label for="password">Mot de passe</label>' in html
    assert "https://" not in html  # no external asset


def test_dashboard_requires_login(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 302 and response.location.startswith("/connexion")


def test_login_without_csrf_token_is_refused(client: FlaskClient, world: World) -> None:
    response = client.post("/connexion", data={"email": world.emails["employer_a"], "password": TEST_PASSWORD})
    assert response.status_code == 400
    assert client.get("/").status_code == 302  # still anonymous


def test_wrong_password(client: FlaskClient, world: World) -> None:
    response = login(client, world.emails["employer_a"], "not-the-password")
    assert response.status_code == 401
    assert "E-mail ou mot de passe incorrect." in response.get_data(as_text=True)


def test_login_redirects_only_to_local_paths(client: FlaskClient, world: World) -> None:
    token = csrf_token(client, "/connexion")
    response = client.post(
        "/connexion?next=https://evil.example/", data={"email": world.emails["coach_a"], "password": TEST_PASSWORD,
                                                        "csrf_token": token}
    )
    assert response.status_code == 302 and response.location == "/"


@pytest.mark.parametrize("target", ["/\\evil.example/", "/\\/evil.example/", "\\\\evil.example/"])
def test_login_refuses_backslash_targets(client: FlaskClient, world: World, target: str) -> None:
    # Browsers read a backslash as "/": "/\\evil.example" would leave the site.
    token = csrf_token(client, "/connexion")
    response = client.post(
        "/connexion", query_string={"next": target},
        data={"email": world.emails["coach_a"], "password": TEST_PASSWORD, "csrf_token": token},
    )
    assert response.status_code == 302 and response.location == "/"


def test_employer_dashboard_lists_only_own_vacancies(client: FlaskClient, world: World) -> None:
    assert login(client, world.emails["employer_a"]).status_code == 302
    html = client.get("/").get_data(as_text=True)
    assert "Préparateur de commandes A" in html
    assert "Préparateur de commandes B" not in html
    assert client.get(f"/offres/{world.vacancy_ids['b']}").status_code == 404
    assert client.get(f"/offres/{world.vacancy_ids['a']}").status_code == 200


def test_employer_creates_and_edits_a_vacancy_through_the_form(client: FlaskClient, world: World) -> None:
    login(client, world.emails["employer_a"])
    token = csrf_token(client, "/offres/nouvelle")
    form = {
        "csrf_token": token,
        "title": "Magasinier (H/F)",
        "description": "Réception des palettes.\r\nRangement.",
        "contract_type": "CDI",
        "weekly_hours": "38",
        "gross_monthly_wage": "2300,50",
        "workplace_postal_code": "6000",
        "posts": "2",
        "schedule_weekends": "on",
    }
    response = client.post("/offres/nouvelle", data=form)
    assert response.status_code == 302
    api = client.application.test_client()
    listed = api.get("/api/v1/vacancies?q=magasinier", headers=world.headers("employer_a")).json
    assert len(listed) == 1
    vacancy = listed[0]
    assert vacancy["description"] == "Réception des palettes.\nRangement."
    assert vacancy["gross_monthly_wage"] == 2300.5 and vacancy["schedule"]["weekends"] is True

    edit = client.post(f"/offres/{vacancy['id']}", data={**form, "title": "Magasinier cariste (H/F)"})
    assert edit.status_code == 302
    assert api.get(f"/api/v1/vacancies/{vacancy['id']}", headers=world.headers("employer_a")).json["title"] == (
        "Magasinier cariste (H/F)"
    )


def test_vacancy_form_errors_are_shown_and_nothing_is_written(client: FlaskClient, world: World) -> None:
    login(client, world.emails["employer_a"])
    token = csrf_token(client, "/offres/nouvelle")
    response = client.post(
        "/offres/nouvelle",
        data={"csrf_token": token, "title": "x", "description": "ok", "weekly_hours": "beaucoup",
              "workplace_postal_code": "ABCD"},
    )
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert 'role="alert"' in html and 'aria-invalid="true"' in html
    assert "Code postal belge attendu" in html and "Nombre attendu." in html
    listed = client.application.test_client().get("/api/v1/vacancies", headers=world.headers("employer_a")).json
    assert len(listed) == 1


def test_submit_from_dashboard(client: FlaskClient, world: World) -> None:
    login(client, world.emails["employer_a"])
    token = csrf_token(client, "/")
    response = client.post(f"/offres/{world.vacancy_ids['a']}/soumettre", data={"csrf_token": token})
    assert response.status_code == 302
    html = client.get("/").get_data(as_text=True)
    assert "soumise à l&#39;audit" in html  # the flash message
    # Submitted, or already audited when the audit pipeline ran in-process right after the commit.
    status = client.application.test_client().get(
        f"/api/v1/vacancies/{world.vacancy_ids['a']}", headers=world.headers("employer_a")
    ).json["status"]
    assert status in {"submitted", "audited"}
    assert client.post(f"/offres/{world.vacancy_ids['b']}/soumettre", data={"csrf_token": token}).status_code == 404
    assert client.post(f"/offres/{world.vacancy_ids['a']}/soumettre", data={}).status_code == 400  # no CSRF


def test_coach_dashboard_shows_only_a_count(client: FlaskClient, world: World) -> None:
    login(client, world.emails["coach_a"])
    html = client.get("/").get_data(as_text=True)
    assert "<strong>1</strong> personne" in html
    assert "REF-A" not in html and "Candidat·e TESTA" not in html
    assert client.get("/offres/nouvelle").status_code == 403


def test_federation_dashboard_shows_aggregates(client: FlaskClient, world: World) -> None:
    login(client, world.emails["federation_a"])
    html = client.get("/").get_data(as_text=True)
    assert "Offres par secteur et statut" in html and '<th scope="row">52</th>' in html
    assert "masqué" in html  # two employers only: withheld
    assert "Préparateur de commandes" not in html


def test_admin_dashboard(client: FlaskClient, world: World) -> None:
    login(client, world.emails["admin"])
    html = client.get("/").get_data(as_text=True)
    assert "Administration de la plateforme" in html
    assert "Employeur A" in html and "Page suivante" not in html  # two employers: one page, no pager


def test_admin_dashboard_pages_the_employer_table(app: Flask, client: FlaskClient, world: World) -> None:
    from employer_portal.extensions import db
    from employer_portal.models import Organization, OrganizationKind
    from employer_portal.pages.dashboard import ADMIN_PAGE_SIZE

    with app.app_context():
        db.session.add_all(
            Organization(name=f"Employeur n° {i:03d}", kind=OrganizationKind.EMPLOYER)
            for i in range(ADMIN_PAGE_SIZE)
        )
        db.session.commit()
    login(client, world.emails["admin"])
    first = client.get("/").get_data(as_text=True)
    # Ordered by id: the world's two employers, then the new ones; 52 employers = a full page and 2 rows.
    assert "page 1 sur 2, 52 employeurs" in first
    assert "Employeur A" in first and f"Employeur n° {ADMIN_PAGE_SIZE - 3:03d}" in first
    assert f"Employeur n° {ADMIN_PAGE_SIZE - 2:03d}" not in first
    assert 'href="/?page=2"' in first and "Page précédente" not in first
    second = client.get("/?page=2").get_data(as_text=True)
    assert f"Employeur n° {ADMIN_PAGE_SIZE - 2:03d}" in second and f"Employeur n° {ADMIN_PAGE_SIZE - 1:03d}" in second
    assert "Employeur A" not in second and 'href="/?page=1"' in second and "Page suivante" not in second
    for bad in ("0", "3", "-1", "abc", "²"):
        assert client.get(f"/?page={bad}").status_code == 404


def test_logout_needs_post_and_csrf(client: FlaskClient, world: World) -> None:
    login(client, world.emails["coach_a"])
    assert client.get("/deconnexion").status_code == 405
    token = csrf_token(client, "/")
    assert client.post("/deconnexion", data={"csrf_token": token}).status_code == 302
    assert client.get("/").status_code == 302


def test_session_cookie_does_not_authenticate_the_api(client: FlaskClient, world: World) -> None:
    login(client, world.emails["employer_a"])
    assert client.get("/api/v1/vacancies").status_code == 401


def test_api_docs_page_lists_endpoints_without_external_assets(client: FlaskClient) -> None:
    response = client.get("/api/docs")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "/api/v1/vacancies/{vacancy_id}/submit" in html and "/api/openapi.json" in html
    assert "<script" not in html and "cdn" not in html.lower()
    spec = client.get("/api/openapi.json").json
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert spec["paths"]["/api/v1/auth/tokens"]["post"]["security"] == []


def test_unknown_page_is_a_french_404(client: FlaskClient) -> None:
    response = client.get("/nulle-part")
    assert response.status_code == 404 and "Ressource introuvable" in response.get_data(as_text=True)


def test_openapi_documents_errors_as_problem_details(client: FlaskClient) -> None:
    spec = client.get("/api/openapi.json").json
    create = spec["paths"]["/api/v1/vacancies"]["post"]["responses"]
    assert "422" in create and "default" in create
    default = spec["components"]["responses"]["DEFAULT_ERROR"]["content"]
    assert list(default) == ["application/problem+json"]
    assert {"type", "title", "status", "detail", "errors"} <= set(spec["components"]["schemas"]["Problem"]["properties"])
