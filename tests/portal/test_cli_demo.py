"""`flask orgs|users|tokens|demo` commands: French messages naming the offending option, nothing half-written."""

from __future__ import annotations

from typing import Any

import pytest
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
          "long-enough-password"), "--role : Le rôle coach exige une organisation de type : isp_operator."),
        (("users", "create", "--org", "Employeur A", "--email", "pas-un-email", "--role", "employer_user",
          "--password", "long-enough-password"), "--email"),
        (("users", "create", "--org", "Employeur A", "--email", "employer.a@test.example", "--role",
          "employer_user", "--password", "long-enough-password"), "existe déjà"),
        (("orgs", "create", "--name", "Employeur A", "--kind", "employer"), "existe déjà"),
        (("orgs", "create", "--name", "XY", "--kind", "employer", "--nace", "abc"),
         "--nace (1re valeur : « abc ») : Code NACE-BEL attendu"),
        (("orgs", "create", "--name", "Y", "--kind", "banque"), "--kind : « banque » n'est pas admis"),
        (("tokens", "create", "--email", "personne@nulle.part"), "--email"),
        (("orgs", "agree", "--employer", "Employeur A", "--operator", "Employeur B", "--start", "2026-01-01"),
         "--operator : L'organisation doit être un opérateur d'insertion (ISP)."),
        (("orgs", "agree", "--employer", "Employeur A", "--operator", "CISP A", "--start", "01/02/2026"),
         "--start : « 01/02/2026 » n'est pas une date AAAA-MM-JJ"),
    ]
    for args, expected in cases:
        result = run(app, *args)
        assert result.exit_code != 0, (args, result.output)
        assert expected in result.output, (args, result.output)
    assert row_counts(app) == before


# Options whose schema or service field has another name (or that click checks itself): the message names the
# option as typed, in French, with the position and value of a repeated option; nothing is written.
LONG_NAME = "x" * 121
USER = ("users", "create", "--org", "Employeur A", "--email", "new@test.example", "--role", "employer_user")


CASES = {  # id: (arguments, expected in the message, absent from it)
    "nace position and value": (
        ("orgs", "create", "--name", "XY", "--kind", "employer", "--nace", "52.10", "--nace", "5210"),
        "  - --nace (2e valeur : « 5210 ») : Code NACE-BEL attendu", "nace_codes"),
    "fte on a non-employer": (
        ("orgs", "create", "--name", "XY", "--kind", "isp_operator", "--employees-fte", "3"),
        "  - --employees-fte : Réservé aux organisations de type employeur", "employees_fte"),
    "negative fte": (
        ("orgs", "create", "--name", "XY", "--kind", "employer", "--employees-fte", "-3"),
        "  - --employees-fte : Valeur attendue entre 0 et 1000000.", "employees_fte"),
    "fte not a number": (
        ("orgs", "create", "--name", "XY", "--kind", "employer", "--employees-fte", "beaucoup"),
        "--employees-fte : « beaucoup » n'est pas un nombre.", "Invalid value"),
    "missing option": (("orgs", "create", "--kind", "employer"), "Option obligatoire manquante : --name.",
                       "Missing option"),
    "option without value": (("orgs", "create", "--name", "XY", "--kind", "employer", "--nace"),
                             "--nace : une valeur est attendue après l'option.", "requires an argument"),
    "unknown option": (("orgs", "create", "--name", "XY", "--kind", "employer", "--naf", "52"),
                       "Option inconnue : --naf.", "No such option"),
    "kind on a non-employer": (("orgs", "set-employer", "--name", "CISP A", "--employer-kind", "non_profit"),
                               "  - --employer-kind : Réservé aux organisations de type employeur", "employer_kind"),
    "agreement employer": (("orgs", "agree", "--employer", "CISP A", "--operator", "CISP B", "--start", "2026-01-01"),
                           "  - --employer : L'organisation doit être un employeur.", "employer_id"),
    "agreement end": (("orgs", "agree", "--employer", "Employeur A", "--operator", "CISP A", "--start", "2026-01-01",
                       "--end", "2025-12-31"), "  - --end : La date de fin précède la date de début.", "end_date"),
    "user display name": (
        (*USER, "--password", "long-enough-password", "--name", LONG_NAME),
        "  - --name : Longueur attendue entre 1 et 120 caractères.", "display"),
    "user password": ((*USER, "--password", "court"), "  - --password : Le mot de passe doit compter au moins",
                      "- password :"),
    "token name": (("tokens", "create", "--email", "employer.a@test.example", "--name", LONG_NAME),
                   "  - --name : Longueur attendue entre 1 et 120 caractères.", "pj_"),  # no token printed
    "token days range": (("tokens", "create", "--email", "employer.a@test.example", "--days", "0"),
                         "  - --days : Entier attendu entre 1 et 365.", "valid_days"),
    "token days not a number": (("tokens", "create", "--email", "employer.a@test.example", "--days", "abc"),
                                "--days : « abc » n'est pas un nombre entier.", "Invalid value"),
}


@pytest.mark.parametrize(("args", "expected", "absent"), CASES.values(), ids=CASES.keys())
def test_cli_errors_name_the_option_as_typed(app: Any, args: tuple[str, ...], expected: str, absent: str) -> None:
    before = row_counts(app)
    result = run(app, *args)
    assert result.exit_code != 0, result.output
    assert expected in result.output
    assert absent not in result.output  # neither the schema's field name nor click's English
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
