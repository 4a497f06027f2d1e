"""Organizations, users, agreements, tokens and identity."""

from __future__ import annotations

from typing import Any

from tests.conftest import TEST_PASSWORD, ApiClient, World


def test_organization_crud_and_agreements(api: ApiClient, world: World) -> None:
    created = api.post(
        "/api/v1/organizations", "admin", json={"name": "MIRE Demo", "kind": "isp_operator", "postal_code": "7000"}
    )
    assert created.status_code == 201 and created.json["kind"] == "isp_operator"
    oid = created.json["id"]
    assert api.get(f"/api/v1/organizations/{oid}", "admin").json["name"] == "MIRE Demo"
    listed = api.get("/api/v1/organizations?kind=isp_operator", "admin").json
    assert {o["name"] for o in listed} == {"CISP A", "CISP B", "MIRE Demo"}
    renamed = api.patch(f"/api/v1/organizations/{oid}", "admin", json={"name": "MIRE Hainaut"})
    assert renamed.json["name"] == "MIRE Hainaut"
    assert api.patch(f"/api/v1/organizations/{oid}", "admin", json={"name": "CISP A"}).status_code == 409
    assert api.patch(f"/api/v1/organizations/{oid}", "admin", json={"kind": "employer"}).status_code == 422
    assert api.get("/api/v1/organizations/999999", "admin").status_code == 404

    employer = world.org_ids["employer_a"]
    agreement = api.post(
        f"/api/v1/organizations/{employer}/agreements", "admin",
        json={"operator_id": oid, "start_date": "2026-01-01", "end_date": "2026-12-31"},
    )
    assert agreement.status_code == 201
    assert api.get(f"/api/v1/organizations/{employer}/agreements", "admin").json == [agreement.json]
    duplicate = api.post(f"/api/v1/organizations/{employer}/agreements", "admin",
                         json={"operator_id": oid, "start_date": "2026-01-01"})
    assert duplicate.status_code == 409
    backwards = api.post(f"/api/v1/organizations/{employer}/agreements", "admin",
                         json={"operator_id": oid, "start_date": "2026-02-01", "end_date": "2026-01-01"})
    assert backwards.status_code == 422 and "end_date" in backwards.json["errors"]
    wrong_kind = api.post(f"/api/v1/organizations/{employer}/agreements", "admin",
                          json={"operator_id": world.org_ids["employer_b"], "start_date": "2026-01-01"})
    assert wrong_kind.status_code == 422 and "operator_id" in wrong_kind.json["errors"]


def test_bad_nace_code_and_kind(api: ApiClient) -> None:
    response = api.post("/api/v1/organizations", "admin", json={"name": "X SA", "kind": "bank", "nace_codes": ["5A"]})
    assert response.status_code == 422
    assert set(response.json["errors"]) == {"kind", "nace_codes.0"}


def test_user_creation_rules(api: ApiClient, world: World) -> None:
    body = {"organization_id": world.org_ids["operator_a"], "email": "Nouveau.Coach@Test.Example",
            "role": "coach", "password": "long-enough-password", "display_name": "Nouveau coach"}
    created = api.post("/api/v1/users", "admin", json=body)
    assert created.status_code == 201
    assert created.json["email"] == "nouveau.coach@test.example"  # normalised
    assert "password" not in created.json and "password_hash" not in created.json
    assert api.post("/api/v1/users", "admin", json=body).status_code == 409
    wrong_org = api.post("/api/v1/users", "admin", json={**body, "email": "x@test.example",
                                                          "organization_id": world.org_ids["employer_a"]})
    assert wrong_org.status_code == 422 and "role" in wrong_org.json["errors"]
    short = api.post("/api/v1/users", "admin", json={**body, "email": "y@test.example", "password": "court"})
    assert short.status_code == 422 and "password" in short.json["errors"]
    unknown_org = api.post("/api/v1/users", "admin", json={**body, "email": "z@test.example", "organization_id": 99999})
    assert unknown_org.status_code == 422 and "organization_id" in unknown_org.json["errors"]
    members = api.get(f"/api/v1/users?organization_id={world.org_ids['operator_a']}", "admin").json
    assert {u["email"] for u in members} == {"coach.a@test.example", "nouveau.coach@test.example"}


def test_token_login_me_and_revocation(api: ApiClient, world: World) -> None:
    wrong = api.post("/api/v1/auth/tokens", json={"email": world.emails["coach_a"], "password": "wrong-password"})
    assert wrong.status_code == 401
    unknown = api.post("/api/v1/auth/tokens", json={"email": "nobody@test.example", "password": "wrong-password"})
    assert unknown.status_code == 401 and unknown.json["detail"] == wrong.json["detail"]  # no account probing
    issued = api.post(
        "/api/v1/auth/tokens", json={"email": world.emails["coach_a"].upper(), "password": TEST_PASSWORD, "name": "n8n"}
    )
    assert issued.status_code == 201
    token = issued.json["token"]
    assert token.startswith("pj_") and issued.json["prefix"] == token[:10] and issued.json["expires_at"]
    headers = {"Authorization": f"Bearer {token}"}
    me = api.client.get("/api/v1/me", headers=headers)
    assert me.status_code == 200
    assert me.json["user"]["role"] == "coach" and me.json["organization"]["name"] == "CISP A"
    assert api.client.delete("/api/v1/me/token", headers=headers).status_code == 204
    assert api.client.get("/api/v1/me", headers=headers).status_code == 401
    assert api.get("/api/v1/me", "coach_a").status_code == 200  # other tokens unaffected


def test_tokens_are_stored_hashed(app: Any, world: World) -> None:
    from employer_portal.extensions import db
    from employer_portal.models import ApiToken

    with app.app_context():
        stored = {t.token_hash for t in db.session.scalars(db.select(ApiToken))}
    assert world.tokens["admin"] not in stored
    assert all(len(h) == 64 for h in stored)


def test_malformed_authorization_headers(api: ApiClient) -> None:
    for value in ("", "Bearer", "Bearer ", "Basic abc", "Token pj_x", "Bearer pj_unknown"):
        response = api.client.get("/api/v1/me", headers={"Authorization": value})
        assert response.status_code == 401, value
        assert response.mimetype == "application/problem+json"


def test_expired_token_is_refused(app: Any, api: ApiClient, world: World) -> None:
    from datetime import UTC, datetime, timedelta

    from employer_portal.auth.secrets import hash_token
    from employer_portal.extensions import db
    from employer_portal.models import ApiToken

    with app.app_context():
        token = db.session.scalar(db.select(ApiToken).where(ApiToken.token_hash == hash_token(world.tokens["admin"])))
        token.expires_at = datetime.now(UTC) - timedelta(seconds=1)  # type: ignore[union-attr]
        db.session.commit()
    assert api.get("/api/v1/me", "admin").status_code == 401


def test_inactive_user_token_is_refused(app: Any, api: ApiClient, world: World) -> None:
    from employer_portal.extensions import db
    from employer_portal.models import User

    with app.app_context():
        db.session.get(User, world.user_ids["coach_a"]).active = False  # type: ignore[union-attr]
        db.session.commit()
    assert api.get("/api/v1/me", "coach_a").status_code == 401


def test_federation_aggregates_withhold_small_cells(app: Any, api: ApiClient, world: World) -> None:
    response = api.get("/api/v1/stats/vacancies-by-sector", "federation_a")
    assert response.status_code == 200
    body = response.json
    assert body["min_employers"] == 3
    draft = next(c for c in body["cells"] if c["sector"] == "52" and c["status"] == "draft")
    assert draft == {"sector": "52", "status": "draft", "vacancies": None, "employers": None}  # 2 employers < 3
    app.config["FEDERATION_MIN_EMPLOYERS"] = 2
    shown = api.get("/api/v1/stats/vacancies-by-sector", "federation_a").json
    draft = next(c for c in shown["cells"] if c["sector"] == "52" and c["status"] == "draft")
    assert draft == {"sector": "52", "status": "draft", "vacancies": 2, "employers": 2}
    assert next(c for c in shown["cells"] if c["status"] == "published")["vacancies"] == 0
