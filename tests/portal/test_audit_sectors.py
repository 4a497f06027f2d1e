"""Credentials gap by sector for federations (API and page): aggregates only, minimum cell size, no reasons."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient

from tests.conftest import ApiClient, World
from tests.portal.test_audit_page import login

SECRET_REASON = "Raison propre à Employeur C"


def _audited(app: Flask, org_id: int, codes: list[tuple[str, str]]) -> None:
    """A vacancy of `org_id` with a finished run holding findings (code, status)."""
    from employer_portal.extensions import db
    from employer_portal.models import AuditRun, AuditRunStatus, Finding, FindingStatus, Vacancy

    with app.app_context():
        vacancy = Vacancy(organization_id=org_id, title="Magasinier", description="x", full_time_hours=38)
        db.session.add(vacancy)
        db.session.flush()
        run = AuditRun(vacancy_id=vacancy.id, status=AuditRunStatus.DONE, report={"occupation": {}}, score=50)
        for code, status in codes:
            run.findings.append(Finding(code=code, severity="warning", evidence="e", explanation="x",
                                        status=FindingStatus(status),
                                        decision_reason=SECRET_REASON if status == "dismissed" else None))
        db.session.add(run)
        db.session.commit()


def _third_employer(app: Flask) -> int:
    from employer_portal.extensions import db
    from employer_portal.models import Organization, OrganizationKind

    with app.app_context():
        org = Organization(name="Employeur C", kind=OrganizationKind.EMPLOYER, nace_codes=["52.24"])
        db.session.add(org)
        db.session.commit()
        return org.id


def test_sector_figures_appear_from_three_employers(api: ApiClient, app: Flask, world: World,
                                                    client: FlaskClient) -> None:
    _audited(app, world.org_ids["employer_a"], [("diploma_above_norm", "accepted"), ("schedule_nights", "open")])
    _audited(app, world.org_ids["employer_b"], [("gendered_title_without_hfx", "open")])
    body = api.get("/api/v1/federation/sector-audits", as_="federation_a").get_json()
    (cell,) = body["sectors"]
    assert cell["sector"] == "52" and cell["audited_vacancies"] is None  # 2 employers < 3

    _audited(app, _third_employer(app), [("diploma_above_norm", "dismissed"), ("experience_above_norm", "open")])
    body = api.get("/api/v1/federation/sector-audits", as_="federation_a").get_json()
    (cell,) = body["sectors"]
    assert cell["audited_vacancies"] == 3 and cell["employers"] == 3
    assert cell["share_above_norm"] == round(2 / 3, 4)  # the gendered title is not "above the real post"
    by_code = {c["code"]: c for c in cell["by_code"]}
    assert by_code["diploma_above_norm"] == {"code": "diploma_above_norm", "vacancies": 2,
                                             "share_of_vacancies": round(2 / 3, 4), "accepted": 1, "dismissed": 1}
    assert SECRET_REASON not in str(body)

    login(client, world, "federation_a")
    assert "/secteurs/audits" in client.get("/").get_data(as_text=True)
    html = client.get("/secteurs/audits").get_data(as_text=True)
    assert "<strong>67 %</strong> des 3 offres" in html
    assert "Diplôme au-dessus du besoin réel" in html
    assert SECRET_REASON not in html


def test_sector_page_refuses_other_roles(client: FlaskClient, world: World) -> None:
    login(client, world, "employer_a")
    assert client.get("/secteurs/audits").status_code == 403
