"""Health and readiness, request ids, JSON logs, configuration from the environment."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from employer_portal.config import DEFAULT_MAX_CONTENT_LENGTH, ConfigError, load_config
from employer_portal.logging_setup import JsonFormatter
from tests.conftest import ApiClient, make_app


def test_healthz(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json == {"status": "ok"}


def test_readyz_embedded(client: FlaskClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json["database"] == "ok" and "in-process" in response.json["broker"]


def test_readyz_503_when_broker_unreachable(app: Any) -> None:
    app.config["REDIS_URL"] = "redis://127.0.0.1:1/0"
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.mimetype == "application/problem+json"
    assert "Redis" in response.json["detail"]


def test_readyz_503_when_database_unreachable(tmp_path: Path) -> None:
    app = make_app(tmp_path / "missing-dir" / "nothing.sqlite3")
    response = app.test_client().get("/readyz")
    assert response.status_code == 503 and "base de données" in response.json["detail"]


def test_request_id_is_honoured_or_generated(client: FlaskClient) -> None:
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
    for bad in ("bad id with spaces", "x" * 129, "<script>"):
        generated = client.get("/healthz", headers={"X-Request-ID": bad}).headers["X-Request-ID"]
        assert len(generated) == 32 and generated.isalnum()


def test_problem_carries_the_request_id(api: ApiClient) -> None:
    response = api.get("/api/v1/vacancies/424242", "employer_a", headers={"X-Request-ID": "trace-42"})
    assert response.status_code == 404 and response.json["request_id"] == "trace-42"


def test_json_log_line_has_request_id(app: Any) -> None:
    formatter = JsonFormatter()
    with app.test_request_context("/x", headers={"X-Request-ID": "r-1"}):
        from flask import g

        g.request_id = "r-1"
        record = logging.LogRecord("t", logging.INFO, __file__, 1, "hello %s", ("world",), None)
        record.vacancy_id = 7
        line = json.loads(formatter.format(record))
    assert line["msg"] == "hello world" and line["request_id"] == "r-1" and line["vacancy_id"] == 7
    assert line["level"] == "INFO" and line["ts"].endswith("+00:00")


def test_access_log_line_per_request(client: FlaskClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="employer_portal.access"):
        client.get("/healthz", headers={"X-Request-ID": "r-2"})
    records = [r for r in caplog.records if r.name == "employer_portal.access"]
    assert records and records[-1].path == "/healthz" and records[-1].status == 200  # type: ignore[attr-defined]


def test_secret_key_required_outside_development(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        load_config(str(tmp_path), env={})
    with pytest.raises(ConfigError):
        load_config(str(tmp_path), env={"POSTE_JUSTE_ENV": "production"})
    dev = load_config(str(tmp_path), env={"POSTE_JUSTE_ENV": "development"})
    assert dev["SECRET_KEY"] and dev["SESSION_COOKIE_SECURE"] is False
    prod = load_config(str(tmp_path), env={"SECRET_KEY": "s3cret"})
    assert prod["SECRET_KEY"] == "s3cret" and prod["SESSION_COOKIE_SECURE"] is True


def test_environment_variables(tmp_path: Path) -> None:
    config = load_config(
        str(tmp_path),
        env={"SECRET_KEY": "k", "DATABASE_URL": "postgresql+psycopg://u@h/db", "REDIS_URL": "redis://h:6379/0",
             "MAX_CONTENT_LENGTH": "2048", "LOG_LEVEL": "debug"},
    )
    assert config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"
    assert config["CELERY"]["broker_url"] == "redis://h:6379/0" and config["CELERY"]["task_always_eager"] is False
    assert config["CELERY"]["task_acks_late"] is True
    assert config["MAX_CONTENT_LENGTH"] == 2048 and config["LOG_LEVEL"] == "DEBUG"
    embedded = load_config(str(tmp_path), env={"SECRET_KEY": "k"})
    assert embedded["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path}/poste_juste.sqlite3"
    assert embedded["CELERY"]["task_always_eager"] is True and embedded["REDIS_URL"] is None
    assert embedded["MAX_CONTENT_LENGTH"] == DEFAULT_MAX_CONTENT_LENGTH == 1024 * 1024
    with pytest.raises(ConfigError, match="MAX_CONTENT_LENGTH"):
        load_config(str(tmp_path), env={"SECRET_KEY": "k", "MAX_CONTENT_LENGTH": "1MB"})


def test_configured_body_limit_applies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, world: Any) -> None:
    monkeypatch.setenv("MAX_CONTENT_LENGTH", "100")
    app = make_app(tmp_path / "x.sqlite3")
    response = app.test_client().post("/api/v1/vacancies", json={"title": "x" * 200, "description": "y"})
    assert response.status_code == 413 and "100 octets" in response.json["detail"]


def test_security_headers_on_pages_and_api(client: FlaskClient) -> None:
    for path in ("/connexion", "/healthz", "/api/v1/vacancies"):
        headers = client.get(path).headers
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"], path
        assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"


def test_token_last_use_is_recorded_even_on_reads(app: Any, api: ApiClient, world: Any) -> None:
    from employer_portal.auth.secrets import hash_token
    from employer_portal.extensions import db
    from employer_portal.models import ApiToken

    assert api.get("/api/v1/me", "coach_a").status_code == 200
    with app.app_context():
        token = db.session.scalar(db.select(ApiToken).where(ApiToken.token_hash == hash_token(world.tokens["coach_a"])))
        assert token is not None and token.last_used_at is not None


def test_readyz_503_when_schema_is_behind(tmp_path: Path) -> None:
    app = make_app(tmp_path / "never-migrated.sqlite3")
    response = app.test_client().get("/readyz")
    assert response.status_code == 503 and "make migrate" in response.json["detail"]
