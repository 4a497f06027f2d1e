"""Audit pipeline through the API, tasks in-process (eager): submit -> persisted run and findings -> decisions ->
rewritten ad -> idempotent re-audit -> edited vacancy re-audited with decisions carried over. Real auditor
(spaCy + reference), loaded once per test process."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import func, select

from tests.conftest import ApiClient, World

AD = (
    "Notre entrepôt recherche un préparateur de commandes (H/F).\n"
    "Profil : Bac+2 exigé, 5 ans d'expérience minimum, permis B indispensable.\n"
    "Horaires de jour, CDI 38 h/semaine."
)


def create_vacancy(api: ApiClient, description: str = AD, **extra: Any) -> int:
    body = {
        "title": "Préparateur de commandes (H/F)",
        "description": description,
        "contract_type": "CDI",
        "weekly_hours": 38,
        "gross_monthly_wage": 2400,
        "workplace_postal_code": "6000",
        **extra,
    }
    response = api.post("/api/v1/vacancies", as_="employer_a", json=body)
    assert response.status_code == 201, response.get_json()
    return int(response.get_json()["id"])


def run_count(app: Flask, vacancy_id: int) -> int:
    from employer_portal.extensions import db
    from employer_portal.models import AuditRun

    with app.app_context():
        return int(
            db.session.execute(
                select(func.count(AuditRun.id)).where(AuditRun.vacancy_id == vacancy_id)
            ).scalar_one()
        )


def audited(api: ApiClient, vacancy_id: int) -> dict[str, Any]:
    response = api.get(f"/api/v1/vacancies/{vacancy_id}/audit", as_="employer_a")
    assert response.status_code == 200, response.get_json()
    body: dict[str, Any] = response.get_json()
    assert body["run"] is not None, "the eager audit task did not persist a run"
    assert body["run"]["status"] == "done", body["run"]
    return body


def finding(body: dict[str, Any], code: str) -> dict[str, Any]:
    found = [f for f in body["run"]["findings"] if f["code"] == code]
    assert found, [f["code"] for f in body["run"]["findings"]]
    return found[0]


def test_submit_persists_run_findings_and_versions(api: ApiClient, app: Flask) -> None:
    vacancy_id = create_vacancy(api)
    assert api.get(f"/api/v1/vacancies/{vacancy_id}/audit", as_="employer_a").get_json()["run"] is None
    assert api.post(f"/api/v1/vacancies/{vacancy_id}/submit", as_="employer_a").status_code == 200
    body = audited(api, vacancy_id)
    assert body["vacancy_status"] == "audited"
    run = body["run"]
    assert run["code_version"] and run["reference_version"]
    assert 0 <= run["score"] <= 100
    assert run["occupation"]["rome_code"] == "N1103"
    diploma = finding(body, "diploma_above_norm")
    # Offsets point at the original text.
    assert AD[diploma["start"] : diploma["end"]] == diploma["text"] == "Bac+2"
    assert diploma["status"] == "open" and diploma["evidence"] and diploma["explanation"]
    assert all(f["code_version"] == run["code_version"] for f in run["findings"])
    assert {r["kind"] for r in run["requirements"]} >= {"diploma", "experience", "licence"}


def test_reaudit_of_same_content_is_idempotent(api: ApiClient, app: Flask) -> None:
    vacancy_id = create_vacancy(api)
    api.post(f"/api/v1/vacancies/{vacancy_id}/submit", as_="employer_a")
    first = audited(api, vacancy_id)["run"]["id"]
    response = api.post(f"/api/v1/vacancies/{vacancy_id}/audit", as_="employer_a")
    assert response.status_code == 202, response.get_json()
    assert response.get_json()["run"]["id"] == first
    assert response.get_json()["vacancy_status"] == "audited"
    assert run_count(app, vacancy_id) == 1


def test_run_audit_twice_writes_one_run(api: ApiClient, app: Flask) -> None:
    """The task body itself (as a redelivered message would run it) is idempotent."""
    from employer_portal.services import audit_ops

    vacancy_id = create_vacancy(api)
    api.post(f"/api/v1/vacancies/{vacancy_id}/submit", as_="employer_a")
    with app.app_context():
        assert audit_ops.run_audit(vacancy_id) == audit_ops.run_audit(vacancy_id)
        assert audit_ops.run_audit(10**9) is None
    assert run_count(app, vacancy_id) == 1


def test_accept_dismiss_rewrite_and_reaudit_after_edit(api: ApiClient, app: Flask) -> None:
    vacancy_id = create_vacancy(api)
    api.post(f"/api/v1/vacancies/{vacancy_id}/submit", as_="employer_a")
    body = audited(api, vacancy_id)
    diploma = finding(body, "diploma_above_norm")
    licence = finding(body, "licence_not_needed")

    # Dismissing needs a reason; the error names the field.
    response = api.post(f"/api/v1/findings/{licence['id']}/decision", as_="employer_a", json={"decision": "dismissed"})
    assert response.status_code == 422
    assert "reason" in response.get_json()["errors"]
    response = api.post(
        f"/api/v1/findings/{licence['id']}/decision",
        as_="employer_a",
        json={"decision": "dismissed", "reason": "Livraisons occasionnelles chez les clients"},
    )
    assert response.status_code == 200
    assert response.get_json()["status"] == "dismissed"
    bad = api.post(f"/api/v1/findings/{diploma['id']}/decision", as_="employer_a", json={"decision": "maybe"})
    assert bad.status_code == 422 and "decision" in bad.get_json()["errors"]

    # Nothing accepted yet: the rewritten ad is the ad.
    rewritten = api.get(f"/api/v1/vacancies/{vacancy_id}/rewritten", as_="employer_a").get_json()
    assert rewritten["description"] == AD and rewritten["applied"] is False

    response = api.post(f"/api/v1/findings/{diploma['id']}/decision", as_="employer_a", json={"decision": "accepted"})
    assert response.status_code == 200 and response.get_json()["status"] == "accepted"
    rewritten = api.get(f"/api/v1/vacancies/{vacancy_id}/rewritten", as_="employer_a").get_json()
    assert rewritten["applied"] is True and rewritten["accepted"] == [diploma["id"]]
    # The inflated requirement is gone or softened (the wording of the suggestion belongs to the audit library).
    assert "Bac+2 exigé" not in rewritten["description"] and rewritten["description"] != AD
    assert "permis B" in rewritten["description"]  # the dismissed finding is not applied

    # Edit (audited -> draft), re-audit: a new run, the untouched sentence keeps its decision.
    edited = AD.replace("5 ans d'expérience minimum", "expérience en entrepôt appréciée")
    response = api.patch(f"/api/v1/vacancies/{vacancy_id}", as_="employer_a", json={"description": edited})
    assert response.status_code == 200 and response.get_json()["status"] == "draft"
    response = api.post(f"/api/v1/vacancies/{vacancy_id}/audit", as_="employer_a")
    assert response.status_code == 202
    body = audited(api, vacancy_id)
    assert body["vacancy_status"] == "audited"
    assert run_count(app, vacancy_id) == 2
    codes = {f["code"] for f in body["run"]["findings"]}
    assert "experience_above_norm" not in codes
    assert finding(body, "diploma_above_norm")["status"] == "accepted"
    assert finding(body, "licence_not_needed")["status"] == "dismissed"

    # A finding of the superseded run can no longer be decided.
    stale = api.post(f"/api/v1/findings/{diploma['id']}/decision", as_="employer_a", json={"decision": "dismissed",
                                                                                             "reason": "x"})
    assert stale.status_code == 409


def test_audit_endpoints_authorization(api: ApiClient, world: World) -> None:
    vacancy_id = create_vacancy(api)
    api.post(f"/api/v1/vacancies/{vacancy_id}/submit", as_="employer_a")
    finding_id = audited(api, vacancy_id)["run"]["findings"][0]["id"]
    for path in (f"/api/v1/vacancies/{vacancy_id}/audit", f"/api/v1/vacancies/{vacancy_id}/rewritten"):
        assert api.get(path, as_="employer_b").status_code == 404  # other organization: as if missing
        assert api.get(path, as_="coach_a").status_code == 403
        assert api.get(path, as_="federation_a").status_code == 403
        assert api.get(path, as_="admin").status_code == 200
        assert api.get(path).status_code == 401
    assert api.post(f"/api/v1/vacancies/{vacancy_id}/audit", as_="employer_b").status_code == 404
    assert api.post(f"/api/v1/vacancies/{vacancy_id}/audit", as_="admin").status_code == 403
    decision = {"decision": "accepted"}
    assert api.post(f"/api/v1/findings/{finding_id}/decision", as_="employer_b", json=decision).status_code == 404
    assert api.post(f"/api/v1/findings/{finding_id}/decision", as_="coach_a", json=decision).status_code == 403
    assert api.post("/api/v1/findings/999999/decision", as_="employer_a", json=decision).status_code == 404
    assert api.get("/api/v1/vacancies/999999/audit", as_="employer_a").status_code == 404


def test_sector_audits_are_aggregates_with_minimum_cell(api: ApiClient) -> None:
    vacancy_id = create_vacancy(api)
    api.post(f"/api/v1/vacancies/{vacancy_id}/submit", as_="employer_a")
    audited(api, vacancy_id)
    response = api.get("/api/v1/federation/sector-audits", as_="federation_a")
    assert response.status_code == 200
    body = response.get_json()
    (cell,) = [c for c in body["sectors"] if c["sector"] == "52"]
    # One employer only in sector 52: withheld (min 3), so that nobody reads one employer's audits.
    assert cell["audited_vacancies"] is None and cell["share_above_norm"] is None and cell["by_code"] is None
    admin = api.get("/api/v1/federation/sector-audits", as_="admin").get_json()
    (cell,) = [c for c in admin["sectors"] if c["sector"] == "52"]
    assert cell["audited_vacancies"] == 1 and cell["share_above_norm"] == 1.0
    assert api.get("/api/v1/federation/sector-audits", as_="employer_a").status_code == 403
    assert api.get("/api/v1/federation/sector-audits", as_="coach_a").status_code == 403


def test_realized_norm_from_past_audits_of_the_same_occupation(api: ApiClient, app: Flask, world: World) -> None:
    """>= REALIZED_NORM_MIN_VACANCIES finished audits of N1103 -> the next audit of N1103 uses their norm."""
    from audits.auditing import REALIZED_NORM_MIN_VACANCIES
    from employer_portal.extensions import db
    from employer_portal.models import AuditRun, AuditRunStatus, Vacancy
    from employer_portal.services import audit_ops

    app.config["REALIZED_NORM_CACHE_SECONDS"] = 0
    try:
        with app.app_context():
            for i in range(REALIZED_NORM_MIN_VACANCIES):
                vacancy = Vacancy(organization_id=world.org_ids["employer_b"], title=f"Préparateur {i}",
                                  description="Préparer les commandes.", full_time_hours=38)
                db.session.add(vacancy)
                db.session.flush()
                # Past reports as the audit stores them: 1 in 4 asks a CESS (EQF 4), the others no diploma.
                requirements = [{"kind": "diploma", "text": "CESS", "field": "description", "start": 0, "end": 4,
                                 "strength": "required", "eqf_level": 4}] if i % 4 == 0 else []
                db.session.add(AuditRun(vacancy_id=vacancy.id, status=AuditRunStatus.DONE, report={
                    "id": str(vacancy.id), "occupation": {"rome_code": "N1103", "confidence": 1.0},
                    "score": 90, "findings": [], "requirements": requirements, "real_requirements": requirements,
                    "code_version": "t", "reference_version": "t"}))
            # Another occupation never counts.
            other = Vacancy(organization_id=world.org_ids["employer_b"], title="Cariste", description="x",
                            full_time_hours=38)
            db.session.add(other)
            db.session.flush()
            db.session.add(AuditRun(vacancy_id=other.id, status=AuditRunStatus.DONE, report={
                "occupation": {"rome_code": "N1101"}, "requirements": []}))
            db.session.commit()
            norm = audit_ops.realized_norm_for("N1103", exclude_vacancy_id=-1)
            assert norm is not None and norm.n_vacancies == REALIZED_NORM_MIN_VACANCIES
            assert norm.share_at_least_eqf(4) == 0.25
            assert audit_ops.realized_norm_for("N1101", exclude_vacancy_id=-1) is None  # 1 < minimum
        vacancy_id = create_vacancy(api, rome_code="N1103")
        api.post(f"/api/v1/vacancies/{vacancy_id}/submit", as_="employer_a")
        assert audited(api, vacancy_id)["run"]["realized_norm_vacancies"] == REALIZED_NORM_MIN_VACANCIES
    finally:
        audit_ops._realized_cache.clear()  # the session's other tests must not see this world's norm


class _RefusingAuditor:
    reference_version = "test"

    def __init__(self, error: Exception) -> None:
        self.error = error

    def audit(self, *args: Any, **kwargs: Any) -> Any:
        raise self.error


def test_refused_or_crashed_audit_is_recorded_as_failed(api: ApiClient, app: Flask) -> None:
    from audits.auditing import AuditInputError

    for error, message in ((AuditInputError("date de référence illisible"), "date de référence illisible"),
                           (RuntimeError("boom"), "Erreur interne")):
        app.config["AUDITOR_FACTORY"] = lambda error=error: _RefusingAuditor(error)
        vacancy_id = create_vacancy(api)
        assert api.post(f"/api/v1/vacancies/{vacancy_id}/submit", as_="employer_a").status_code == 200
        body = api.get(f"/api/v1/vacancies/{vacancy_id}/audit", as_="employer_a").get_json()
        assert body["run"]["status"] == "failed" and message in body["run"]["error"]
        assert body["run"]["findings"] == [] and body["vacancy_status"] == "submitted"
    # Fixed: the employer retries, the audit goes through.
    del app.config["AUDITOR_FACTORY"]
    assert api.post(f"/api/v1/vacancies/{vacancy_id}/audit", as_="employer_a").status_code == 202
    assert audited(api, vacancy_id)["vacancy_status"] == "audited"
