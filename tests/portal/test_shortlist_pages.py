"""Shortlist pages: the coach's lists and "propose" button, the employer's pseudonymous view; logged reads."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from tests.conftest import World
from tests.portal.test_audit_page import csrf, login
from tests.portal.test_shortlist_api import setup  # noqa: F401  (fixture)


def test_coach_lists_and_proposes_employer_sees_pseudonyms(
    client: FlaskClient, app: Flask, world: World, setup: dict[str, Any]  # noqa: F811
) -> None:
    from employer_portal.extensions import db
    from employer_portal.models import AccessLog, ShortlistEntry

    vacancy_id = setup["vacancy"]
    login(client, world, "coach_a")
    assert 'href="/listes"' in client.get("/").get_data(as_text=True)
    listing = client.get("/listes").get_data(as_text=True)
    assert f'href="/offres/{vacancy_id}/liste"' in listing
    page = client.get(f"/offres/{vacancy_id}/liste")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "dossier A-1" in html and "dossier B-1" not in html  # own operator's people only
    assert "aurait écarté cette personne" in html

    with app.app_context():
        entry = db.session.scalars(
            select(ShortlistEntry).where(ShortlistEntry.candidate_id == setup["candidates"]["a1"])
        ).one()
        entry_id, pseudonym = entry.id, entry.pseudonym
    assert client.post(f"/listes/entrees/{entry_id}/proposer").status_code == 400  # no CSRF token
    response = client.post(f"/listes/entrees/{entry_id}/proposer", data={"csrf_token": csrf(html)})
    assert response.status_code == 302
    client.post("/deconnexion", data={"csrf_token": csrf(html)})

    login(client, world, "employer_a")
    audit_page = client.get(f"/offres/{vacancy_id}/audit").get_data(as_text=True)
    assert f'href="/offres/{vacancy_id}/liste"' in audit_page
    html = client.get(f"/offres/{vacancy_id}/liste").get_data(as_text=True)
    assert pseudonym in html and "dossier" not in html and "A-1" not in html
    # Details only for the proposed person.
    assert html.count("<h3>Aides à l'embauche</h3>") == 1
    assert client.get("/listes").status_code == 403
    assert client.post(f"/listes/entrees/{entry_id}/proposer", data={"csrf_token": csrf(html)}).status_code == 403

    with app.app_context():
        channels = set(db.session.scalars(select(AccessLog.channel).where(AccessLog.action == "shortlist")))
        assert channels == {"page"}


def test_other_employer_and_federation_get_nothing(client: FlaskClient, world: World,
                                                    setup: dict[str, Any]) -> None:  # noqa: F811
    login(client, world, "employer_b")
    assert client.get(f"/offres/{setup['vacancy']}/liste").status_code == 404
    page = client.get("/").get_data(as_text=True)
    client.post("/deconnexion", data={"csrf_token": csrf(page)})
    login(client, world, "federation_a")
    assert client.get(f"/offres/{setup['vacancy']}/liste").status_code == 403
