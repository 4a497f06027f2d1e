"""Shared fixtures: a migrated SQLite app per test, and a "world" of two organizations per role with users and
API tokens, so that every test can act as any role of its own or of another organization.

Speed: the schema (Alembic upgrade, never create_all) and the world are built ONCE per session into a template
SQLite file; each test gets its own copy of that file, hence full isolation for a file copy.

CI rule: with CI=true, a skipped test is a failure (integration services must be reachable in CI).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from employer_portal import create_app

pytest_plugins = ["pytester"]  # tests/portal/test_ci_hook.py runs pytest on a throwaway suite

TEST_PASSWORD = "correct-horse-battery"
ROLES = ("admin", "employer", "coach", "federation")


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[Any]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()
    if _ci() and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"CI=true: a skipped test is a failure here ({reason})"


def make_app(database_path: Path, **overrides: Any) -> Flask:
    config: dict[str, Any] = {
        "TESTING": True,
        "DATABASE_URL": f"sqlite:///{database_path}",
        "REDIS_URL": None,
        "SECRET_KEY": "test-secret",
    }
    config.update(overrides)
    return create_app(config)


@dataclass
class World:
    """Names: admin, employer_a, employer_b, coach_a, coach_b, federation_a (role "federation" = federation_a)."""

    org_ids: dict[str, int] = field(default_factory=dict)
    user_ids: dict[str, int] = field(default_factory=dict)
    emails: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    vacancy_ids: dict[str, int] = field(default_factory=dict)  # "a" (employer_a's draft), "b"
    candidate_ids: dict[str, int] = field(default_factory=dict)  # "a" (operator_a's), "b"

    def headers(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}


def _build_world(app: Flask) -> World:
    from datetime import date

    from employer_portal.auth.secrets import hash_password
    from employer_portal.extensions import db
    from employer_portal.models import (
        Candidate,
        Organization,
        OrganizationKind,
        PostAnalysis,
        Role,
        User,
        Vacancy,
    )
    from employer_portal.services import users as user_ops

    world = World()
    password_hash = hash_password(TEST_PASSWORD)
    orgs = {
        "platform": Organization(name="Plateforme", kind=OrganizationKind.PLATFORM),
        "employer_a": Organization(name="Employeur A", kind=OrganizationKind.EMPLOYER, nace_codes=["52.10"]),
        "employer_b": Organization(name="Employeur B", kind=OrganizationKind.EMPLOYER, nace_codes=["52.29"]),
        "operator_a": Organization(name="CISP A", kind=OrganizationKind.ISP_OPERATOR),
        "operator_b": Organization(name="CISP B", kind=OrganizationKind.ISP_OPERATOR),
        "federation_a": Organization(name="Fédération A", kind=OrganizationKind.FEDERATION, nace_codes=["52"]),
    }
    with app.app_context():
        db.session.add_all(orgs.values())
        db.session.flush()
        people = {
            "admin": ("platform", Role.ADMIN),
            "employer_a": ("employer_a", Role.EMPLOYER_USER),
            "employer_b": ("employer_b", Role.EMPLOYER_USER),
            "coach_a": ("operator_a", Role.COACH),
            "coach_b": ("operator_b", Role.COACH),
            "federation_a": ("federation_a", Role.FEDERATION_ANALYST),
        }
        users = {}
        for name, (org_name, role) in people.items():
            users[name] = User(
                organization_id=orgs[org_name].id,
                email=f"{name.replace('_', '.')}@test.example",
                display_name=name,
                role=role,
                password_hash=password_hash,
            )
        db.session.add_all(users.values())
        db.session.flush()
        for key, employer in (("a", "employer_a"), ("b", "employer_b")):
            vacancy = Vacancy(
                organization_id=orgs[employer].id,
                created_by_id=users[employer].id,
                title=f"Préparateur de commandes {key.upper()}",
                description="Préparer les commandes.\nBac+2 exigé.",
                full_time_hours=38.0,
            )
            db.session.add(vacancy)
            db.session.add(PostAnalysis(vacancy=vacancy, tasks=[{"name": "Préparer", "skills": []}]))
            operator = "operator_" + key
            candidate = Candidate(
                operator_id=orgs[operator].id,
                operator_reference=f"REF-{key.upper()}",
                pseudonym=f"Candidat·e TEST{key.upper()}",
                synthetic=True,
                consent_given_at=date(2026, 1, 1),
                consent_scope=["matching"],
            )
            db.session.add(candidate)
            db.session.flush()
            world.vacancy_ids[key] = vacancy.id
            world.candidate_ids[key] = candidate.id
        db.session.commit()
        world.org_ids = {k: v.id for k, v in orgs.items()}
        world.user_ids = {k: v.id for k, v in users.items()}
        world.emails = {k: v.email for k, v in users.items()}
        for name, user in users.items():
            _token, clear = user_ops.issue_token(db.session.get(User, user.id), "test")
            world.tokens[name] = clear
        # Role aliases used by the authorization matrix: the "own" organization is always A.
        for role, name in (("employer", "employer_a"), ("coach", "coach_a"), ("federation", "federation_a")):
            world.tokens[role] = world.tokens[name]
    return world


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World]:
    """Migrated (Alembic head) SQLite database with the world in it, built once per session."""
    from flask_migrate import upgrade

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    app = make_app(path)
    with app.app_context():
        upgrade()
    world = _build_world(app)
    with app.app_context():
        from employer_portal.extensions import db

        db.engine.dispose()
    return path, world


@pytest.fixture(scope="session")
def _shared_app(tmp_path_factory: pytest.TempPathFactory) -> tuple[Flask, Path]:
    """One app for the session (building one costs ~0.1 s); each test restores its database file."""
    path = tmp_path_factory.mktemp("db") / "test.sqlite3"
    return make_app(path), path


@pytest.fixture
def database_path(_shared_app: tuple[Flask, Path]) -> Path:
    return _shared_app[1]


@pytest.fixture
def world(_template: tuple[Path, World]) -> World:
    return _template[1]


@pytest.fixture
def app(_shared_app: tuple[Flask, Path], _template: tuple[Path, World]) -> Iterator[Flask]:
    from employer_portal.extensions import db

    app, path = _shared_app
    with app.app_context():
        db.engine.dispose()  # no pooled connection may survive the file swap
    shutil.copyfile(_template[0], path)
    app.extensions["celery"].set_default()
    app.extensions["login_throttle"].clear()
    saved_config = dict(app.config)
    yield app
    app.config.clear()
    app.config.update(saved_config)
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def api(client: FlaskClient, world: World) -> ApiClient:
    return ApiClient(client, world)


class ApiClient:
    """`api.get("/api/v1/vacancies", as_="employer_a")`: the test client with a role's bearer token."""

    def __init__(self, client: FlaskClient, world: World) -> None:
        self.client = client
        self.world = world

    def request(self, method: str, path: str, as_: str | None = None, **kwargs: Any) -> Any:
        headers = dict(kwargs.pop("headers", {}) or {})
        if as_ is not None:
            headers.update(self.world.headers(as_))
        return self.client.open(path, method=method, headers=headers, **kwargs)

    def get(self, path: str, as_: str | None = None, **kwargs: Any) -> Any:
        return self.request("GET", path, as_, **kwargs)

    def post(self, path: str, as_: str | None = None, **kwargs: Any) -> Any:
        return self.request("POST", path, as_, **kwargs)

    def put(self, path: str, as_: str | None = None, **kwargs: Any) -> Any:
        return self.request("PUT", path, as_, **kwargs)

    def patch(self, path: str, as_: str | None = None, **kwargs: Any) -> Any:
        return self.request("PATCH", path, as_, **kwargs)

    def delete(self, path: str, as_: str | None = None, **kwargs: Any) -> Any:
        return self.request("DELETE", path, as_, **kwargs)


def row_counts(app: Flask) -> dict[str, int]:
    """Rows per table: a failed write must leave every count unchanged."""
    from sqlalchemy import func, select

    from employer_portal.extensions import db

    with app.app_context():
        return {
            table.name: db.session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in db.metadata.sorted_tables
        }
