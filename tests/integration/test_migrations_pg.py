"""Migrations on PostgreSQL: upgrade to head, no difference with the models, downgrade to base."""

from __future__ import annotations

import secrets

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from employer_portal import create_app
from employer_portal.extensions import db
from tests.integration.conftest import ADMIN_URL


@pytest.fixture
def empty_postgres_url(postgres_url: str) -> str:  # depends on postgres_url: skips/fails the same way
    name = f"poste_juste_mig_{secrets.token_hex(4)}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_upgrade_compare_downgrade_on_postgresql(empty_postgres_url: str) -> None:
    app = create_app({"TESTING": True, "DATABASE_URL": empty_postgres_url, "REDIS_URL": None})
    with app.app_context():
        assert db.engine.dialect.name == "postgresql"
        upgrade()
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, db.metadata) == []
            assert {t.name for t in db.metadata.sorted_tables} <= set(inspect(connection).get_table_names())
        downgrade(revision="base")
        with db.engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
        db.session.remove()
        db.engine.dispose()
