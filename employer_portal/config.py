"""Configuration read from environment variables (12-factor), with explicit overrides for tests.

Every variable is documented in README.md ("Configuration"). Nothing here reads files: the instance folder only
hosts the default embedded SQLite database.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

DEVELOPMENT_ENVS = {"development", "testing"}
DEFAULT_MAX_CONTENT_LENGTH = 1024 * 1024  # 1 MiB: a job ad with its post analysis is a few KiB


class ConfigError(RuntimeError):
    """Raised at start-up when the environment cannot produce a safe configuration."""


def _env_name(env: Mapping[str, str], overrides: Mapping[str, Any]) -> str:
    if overrides.get("TESTING"):
        return "testing"
    name = (
        overrides.get("POSTE_JUSTE_ENV") or env.get("POSTE_JUSTE_ENV") or env.get("FLASK_ENV") or "production"
    )
    return str(name).strip().lower()


def _positive_int(raw: str, name: str) -> int:
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} doit être un entier positif (reçu {raw!r}).") from exc
    if value <= 0:
        raise ConfigError(f"{name} doit être un entier positif (reçu {raw!r}).")
    return value


def load_config(
    instance_path: str, overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Build the Flask config dict. `overrides` win over the environment (tests use them)."""
    env = os.environ if env is None else env
    overrides = dict(overrides or {})
    env_name = _env_name(env, overrides)

    database_url = (
        overrides.pop("DATABASE_URL", None)
        or env.get("DATABASE_URL")
        or ("sqlite:///" + os.path.join(instance_path, "poste_juste.sqlite3"))
    )
    redis_url = overrides.pop("REDIS_URL", None) if "REDIS_URL" in overrides else env.get("REDIS_URL")
    redis_url = redis_url or None

    secret_key = overrides.get("SECRET_KEY") or env.get("SECRET_KEY")
    if not secret_key:
        if env_name not in DEVELOPMENT_ENVS:
            raise ConfigError(
                "SECRET_KEY est obligatoire hors développement : définissez la variable d'environnement "
                "SECRET_KEY (ou POSTE_JUSTE_ENV=development pour un poste de développement)."
            )
        # Development only: a fixed, clearly-named key so sessions survive restarts of `make run`.
        secret_key = "dev-only-insecure-secret-key"

    max_length_raw = env.get("MAX_CONTENT_LENGTH")
    max_content_length = (
        _positive_int(max_length_raw, "MAX_CONTENT_LENGTH") if max_length_raw else DEFAULT_MAX_CONTENT_LENGTH
    )

    config: dict[str, Any] = {
        "POSTE_JUSTE_ENV": env_name,
        "TESTING": env_name == "testing",
        "SECRET_KEY": secret_key,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "REDIS_URL": redis_url,
        "MAX_CONTENT_LENGTH": max_content_length,
        "LOG_LEVEL": (env.get("LOG_LEVEL") or "INFO").upper(),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": env_name not in DEVELOPMENT_ENVS,
        "REMEMBER_COOKIE_SECURE": env_name not in DEVELOPMENT_ENVS,
        "WTF_CSRF_TIME_LIMIT": 8 * 3600,
        # A federation only sees a (sector, status) cell when at least this many employers contribute to it,
        # so that an aggregate never reveals one employer's vacancies.
        "FEDERATION_MIN_EMPLOYERS": _positive_int(
            env.get("FEDERATION_MIN_EMPLOYERS", "3"), "FEDERATION_MIN_EMPLOYERS"
        ),
        # Failed logins tolerated per e-mail in the window (an address gets five times as many), then 429.
        "LOGIN_MAX_FAILURES": _positive_int(env.get("LOGIN_MAX_FAILURES", "10"), "LOGIN_MAX_FAILURES"),
        "LOGIN_WINDOW_SECONDS": _positive_int(env.get("LOGIN_WINDOW_SECONDS", "900"), "LOGIN_WINDOW_SECONDS"),
        # flask-smorest / OpenAPI
        "API_TITLE": "Poste Juste API",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/api",
        "OPENAPI_JSON_PATH": "openapi.json",
        "CELERY": {
            # "memory://localhost/": a bare "memory://" makes kombu log "No hostname was supplied" in every process.
            "broker_url": redis_url or "memory://localhost/",
            "result_backend": redis_url,
            # Without Redis, tasks run in-process right away (embedded mode of `make run` and unit tests).
            "task_always_eager": redis_url is None,
            "task_eager_propagates": False,
            "task_acks_late": True,
            "task_reject_on_worker_lost": True,
            "worker_prefetch_multiplier": 1,
            "broker_connection_retry_on_startup": True,
            "task_serializer": "json",
            "result_serializer": "json",
            "accept_content": ["json"],
            "result_expires": 3600,
            # Keep the app's JSON log handler in workers too (Celery would otherwise replace the root logger's).
            "worker_hijack_root_logger": False,
        },
    }
    config.update(overrides)
    return config
