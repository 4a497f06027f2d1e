"""`flask orgs|users|tokens|demo` commands: French messages naming the offending option, nothing half-written."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from employer_portal.extensions import db
from employer_portal.models import Candidate, Organization, User, Vacancy
from tests.conftest import row_counts


def run(app: Any, *args: str) -> Any:
    return app.test_cli_runner().invoke(args=list(args))


def test_create_org_user_token_then_use_the_token(app: Any) -> None:
    result = run(app, "orgs", "create", "--name", "Boulangerie Demo", "--kind", "employer", "--nace", "10.71")
    assert result.exit_code == 0, result.output
    assert "Organisation créée" in result.output
    result = run(app, "users", "create", "--org", "Boulangerie Demo", "--email", "rh@boulangerie.example",
                 "--role", "employer_user", "--password", "pain-au-chocolat")
    assert result.exit_code == 0, result.output
    result = run(app, "tokens", "create", "--email", "rh@boulangerie.example")
    assert result.exit_code == 0
    token = result.output.strip()
    me = app.test_client().get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200 and me.json["organization"]["name"] == "Boulangerie Demo"


def test_cli_errors_name_the_option_and_write_nothing(app: Any) -> None:
    before = row_counts(app)
    cases = [
        (("users", "create", "--org", "Inconnue", "--email", "a@b.example", "--role", "coach", "--password",
          "long-enough-password"), "--org"),
        (("users", "create", "--org", "Employeur A", "--email", "a@b.example", "--role", "coach", "--password",
          "long-enough-password"), "role"),
        (("users", "create", "--org", "Employeur A", "--email", "pas-un-email", "--role", "employer_user",
          "--password", "long-enough-password"), "--email"),
        (("users", "create", "--org", "Employeur A", "--email", "employer.a@test.example", "--role",
          "employer_user", "--password", "long-enough-password"), "existe déjà"),
        (("orgs", "create", "--name", "Employeur A", "--kind", "employer"), "existe déjà"),
        (("orgs", "create", "--name", "X", "--kind", "employer", "--nace", "abc"), "--nace-codes"),
        (("orgs", "create", "--name", "Y", "--kind", "banque"), "--kind"),
        (("tokens", "create", "--email", "personne@nulle.part"), "--email"),
        (("orgs", "agree", "--employer", "Employeur A", "--operator", "Employeur B", "--start", "2026-01-01"),
         "operator_id"),
        (("orgs", "agree", "--employer", "Employeur A", "--operator", "CISP A", "--start", "01/02/2026"), "--start"),
    ]
    for args, expected in cases:
        result = run(app, *args)
        assert result.exit_code != 0, (args, result.output)
        assert expected in result.output, (args, result.output)
    assert row_counts(app) == before


def test_agreement_from_cli(app: Any) -> None:
    result = run(app, "orgs", "agree", "--employer", "Employeur A", "--operator", "CISP A", "--start", "2026-01-01")
    assert result.exit_code == 0, result.output
    assert "Accord #" in result.output


def test_demo_load_is_idempotent_and_synthetic(app: Any) -> None:
    first = run(app, "demo", "load")
    assert first.exit_code == 0, first.output
    assert "60 personne(s) synthétique(s)" in first.output
    for email in ("admin@demo.poste-juste.be", "employeur@demo.poste-juste.be", "coach@demo.poste-juste.be",
                  "federation@demo.poste-juste.be"):
        assert email in first.output
    assert "demo-poste-juste" in first.output
    counts = row_counts(app)
    second = run(app, "demo", "load")
    assert second.exit_code == 0 and "rien à ajouter" in second.output
    assert row_counts(app) == counts
    with app.app_context():
        demo_candidates = list(db.session.scalars(select(Candidate).where(Candidate.operator_reference.like("SYN-%"))))
        assert len(demo_candidates) == 60 and all(c.synthetic for c in demo_candidates)
        assert len({c.pseudonym for c in demo_candidates}) == 60
        employer = db.session.scalar(select(Organization).where(Organization.name == "Logistique Demo SRL"))
        titles = list(db.session.scalars(select(Vacancy.title).where(Vacancy.organization_id == employer.id)))  # type: ignore[union-attr]
        assert len(titles) == 3 and any("Bac+2 exigé" in t and "bilingue FR/NL" in t for t in titles)
        assert db.session.execute(select(func.count(User.id)).where(User.email.like("%@demo.poste-juste.be"))).scalar_one() == 4


def test_demo_logins_work(app: Any) -> None:
    run(app, "demo", "load")
    client = app.test_client()
    for email, role in (("employeur@demo.poste-juste.be", "employer_user"), ("coach@demo.poste-juste.be", "coach")):
        token = client.post("/api/v1/auth/tokens", json={"email": email, "password": "demo-poste-juste"}).json["token"]
        assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json["user"]["role"] == role
    coach_token = client.post(
        "/api/v1/auth/tokens", json={"email": "coach@demo.poste-juste.be", "password": "demo-poste-juste"}
    ).json["token"]
    candidates = client.get("/api/v1/candidates?page_size=100", headers={"Authorization": f"Bearer {coach_token}"})
    assert len(candidates.json) == 60
    federation_token = client.post(
        "/api/v1/auth/tokens", json={"email": "federation@demo.poste-juste.be", "password": "demo-poste-juste"}
    ).json["token"]
    stats = client.get("/api/v1/stats/vacancies-by-sector", headers={"Authorization": f"Bearer {federation_token}"})
    cells = {(c["sector"], c["status"]): c for c in stats.json["cells"]}
    # The demo has three employers in sector 52 (plus the test world's two): the cell is shown.
    assert cells[("52", "draft")]["employers"] == 5 and cells[("52", "draft")]["vacancies"] == 7
