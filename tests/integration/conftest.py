"""Integration fixtures: a throwaway PostgreSQL database, a real Redis and a real Celery worker.

- PostgreSQL: `poste_juste_test_<random>` is created on TEST_POSTGRES_ADMIN_URL
  (default postgresql+psycopg://postgres@127.0.0.1:5432/postgres) and dropped at the end of the session.
- Redis: TEST_REDIS_URL (default redis://127.0.0.1:6379/15), flushed before use.
- Worker: `celery.contrib.testing.worker.start_worker` in a thread, solo pool.
Unreachable services skip the tests locally; with CI=true the root conftest turns those skips into failures.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from employer_portal import create_app

ADMIN_URL = os.environ.get("TEST_POSTGRES_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Collection hooks see every item of the session, hence the path filter.
    for item in items:
        if "/integration/" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    name = f"poste_juste_test_{secrets.token_hex(4)}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 3})
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        pytest.skip(f"PostgreSQL injoignable sur {make_url(ADMIN_URL).render_as_string()} : {exc}")
    url = make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def redis_url() -> str:
    import redis

    try:
        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2, socket_timeout=2)
        client.ping()
        client.flushdb()
        client.close()
    except Exception as exc:
        pytest.skip(f"Redis injoignable sur {REDIS_URL} : {exc}")
    return REDIS_URL


@pytest.fixture(scope="session")
def pg_app(postgres_url: str, redis_url: str) -> Iterator[Flask]:
    """The app on the session's PostgreSQL database (migrated with Alembic) and on Redis (not eager)."""
    from flask_migrate import upgrade

    from employer_portal.extensions import db

    app = create_app(
        {"TESTING": True, "DATABASE_URL": postgres_url, "REDIS_URL": redis_url, "SECRET_KEY": "integration"}
    )
    with app.app_context():
        upgrade()
    yield app
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="session")
def celery_worker(pg_app: Flask) -> Iterator[Any]:
    from celery.contrib.testing.worker import start_worker

    celery = pg_app.extensions["celery"]
    celery.set_default()
    assert not celery.conf.task_always_eager
    with start_worker(celery, perform_ping_check=False, pool="solo", loglevel="WARNING", shutdown_timeout=10) as worker:
        yield worker


@pytest.fixture
def pg_client(pg_app: Flask) -> Any:
    pg_app.extensions["celery"].set_default()
    return pg_app.test_client()
