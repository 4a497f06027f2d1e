"""Too many failed logins for one e-mail (or from one address) -> 429 with Retry-After, right password or not."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient

from employer_portal.auth.throttle import LoginThrottle
from tests.conftest import TEST_PASSWORD, ApiClient, World
from tests.portal.test_pages import csrf_token


def test_api_token_login_is_throttled_per_email(app: Any, api: ApiClient, world: World) -> None:
    app.extensions["login_throttle"].max_failures = 3
    email = world.emails["employer_a"]
    for _ in range(3):
        assert api.post("/api/v1/auth/tokens", json={"email": email, "password": "wrong-password"}).status_code == 401
    blocked = api.post("/api/v1/auth/tokens", json={"email": email, "password": TEST_PASSWORD})
    assert blocked.status_code == 429
    assert blocked.mimetype == "application/problem+json"
    assert 0 < int(blocked.headers["Retry-After"]) <= 900
    other = api.post("/api/v1/auth/tokens", json={"email": world.emails["coach_a"], "password": TEST_PASSWORD})
    assert other.status_code == 201  # another account from the same address still logs in


def test_success_resets_the_email_counter(app: Any, api: ApiClient, world: World) -> None:
    app.extensions["login_throttle"].max_failures = 3
    email = world.emails["coach_a"]
    for _ in range(2):
        api.post("/api/v1/auth/tokens", json={"email": email, "password": "wrong-password"})
    assert api.post("/api/v1/auth/tokens", json={"email": email, "password": TEST_PASSWORD}).status_code == 201
    for _ in range(2):
        api.post("/api/v1/auth/tokens", json={"email": email, "password": "wrong-password"})
    assert api.post("/api/v1/auth/tokens", json={"email": email, "password": TEST_PASSWORD}).status_code == 201


def test_page_login_is_throttled(app: Any, client: FlaskClient, world: World) -> None:
    app.extensions["login_throttle"].max_failures = 2
    email = world.emails["federation_a"]
    for _ in range(2):
        token = csrf_token(client, "/connexion")
        client.post("/connexion", data={"email": email, "password": "wrong-password", "csrf_token": token})
    token = csrf_token(client, "/connexion")
    response = client.post("/connexion", data={"email": email, "password": TEST_PASSWORD, "csrf_token": token})
    assert response.status_code == 429 and "Retry-After" in response.headers
    assert "Trop d&#39;essais" in response.get_data(as_text=True)


def test_address_budget_is_five_times_larger() -> None:
    throttle = LoginThrottle(None, max_failures=2, window_seconds=60)
    for i in range(9):
        throttle.record_failure(f"login-email:user{i}@x.example", "ip:10.0.0.1")
    assert throttle.retry_after("login-email:new@x.example", "ip:10.0.0.1") is None
    throttle.record_failure("login-email:user9@x.example", "ip:10.0.0.1")
    assert throttle.retry_after("login-email:new@x.example", "ip:10.0.0.1") is not None


def test_window_expires() -> None:
    throttle = LoginThrottle(None, max_failures=1, window_seconds=60)
    throttle.record_failure("login-email:a@x.example")
    assert throttle.retry_after("login-email:a@x.example") is not None
    failures, _end = throttle._memory["login-email:a@x.example"]
    throttle._memory["login-email:a@x.example"] = (failures, 0.0)  # window over
    assert throttle.retry_after("login-email:a@x.example") is None
