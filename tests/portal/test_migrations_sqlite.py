"""Migrations are the schema's source of truth (SQLite side; PostgreSQL in tests/integration)."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect

from employer_portal.extensions import db
from tests.conftest import make_app


def schema_diff(connection) -> list:  # type: ignore[no-untyped-def]
    context = MigrationContext.configure(connection, opts={"compare_type": True, "render_as_batch": True})
    return compare_metadata(context, db.metadata)


def test_upgrade_head_matches_models_then_downgrade_base(tmp_path: Path) -> None:
    app = make_app(tmp_path / "fresh.sqlite3")
    with app.app_context():
        upgrade()
        with db.engine.connect() as connection:
            assert schema_diff(connection) == []
            tables = set(inspect(connection).get_table_names())
        assert {t.name for t in db.metadata.sorted_tables} <= tables
        downgrade(revision="base")
        with db.engine.connect() as connection:
            assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
        upgrade()  # and back up again: downgrade left nothing behind that breaks a re-run
        with db.engine.connect() as connection:
            assert schema_diff(connection) == []
        db.engine.dispose()


def test_single_initial_revision_without_parent() -> None:
    versions = Path(__file__).resolve().parents[2] / "migrations" / "versions"
    initial = [p for p in versions.glob("*.py") if "down_revision = None" in p.read_text(encoding="utf-8")]
    assert len(initial) == 1
