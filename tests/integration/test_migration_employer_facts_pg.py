"""Revision 717af014bb39 on PostgreSQL: its downgrade drops the employer kind and headcount columns."""

from __future__ import annotations

from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text

from employer_portal import create_app
from employer_portal.extensions import db
from tests.integration.test_migrations_pg import empty_postgres_url  # noqa: F401  (fixture)


def test_downgrade_of_the_revision_drops_the_columns_on_postgresql(empty_postgres_url: str) -> None:  # noqa: F811
    app = create_app({"TESTING": True, "DATABASE_URL": empty_postgres_url, "REDIS_URL": None})
    with app.app_context():
        upgrade(revision="717af014bb39")
        with db.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO organizations (name, kind, nace_codes, created_at, employer_kind, employees_fte) "
                "VALUES ('Employeur', 'employer', '[]', now(), 'private_market', 40)"
            ))
        downgrade(revision="c3f1ebfdef9d")
        with db.engine.connect() as connection:
            columns = {c["name"] for c in inspect(connection).get_columns("organizations")}
            assert "employer_kind" not in columns and "employees_fte" not in columns
            assert connection.execute(text("SELECT count(*) FROM organizations")).scalar_one() == 1
        upgrade()
        with db.engine.connect() as connection:
            columns = {c["name"] for c in inspect(connection).get_columns("organizations")}
            assert {"employer_kind", "employees_fte"} <= columns
        db.session.remove()
        db.engine.dispose()
