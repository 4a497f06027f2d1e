"""Embedded mode: a file-based SQLite database runs in WAL mode with synchronous=NORMAL (commits without an fsync
each); an in-memory one cannot and is left alone; foreign keys stay on everywhere; PostgreSQL is never touched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from employer_portal import create_app, sqlite_wal_wanted
from employer_portal.extensions import db
from tests.conftest import make_app

SYNCHRONOUS_NORMAL = 1  # PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL (SQLite's default)


def pragmas(app) -> tuple[str, int, int]:  # type: ignore[no-untyped-def]
    with app.app_context():
        with db.engine.connect() as connection:
            result = (
                connection.execute(text("PRAGMA journal_mode")).scalar_one(),
                connection.execute(text("PRAGMA synchronous")).scalar_one(),
                connection.execute(text("PRAGMA foreign_keys")).scalar_one(),
            )
        db.engine.dispose()
    return result


def test_file_database_is_in_wal_mode_on_every_connection(tmp_path: Path) -> None:
    app = make_app(tmp_path / "embedded.sqlite3")
    assert pragmas(app) == ("wal", SYNCHRONOUS_NORMAL, 1)
    # A second connection (new pool after dispose) gets synchronous=NORMAL again: it is per connection.
    assert pragmas(app) == ("wal", SYNCHRONOUS_NORMAL, 1)
    # journal_mode=WAL is recorded in the file itself: a plain sqlite3 connection sees it too.
    import sqlite3

    with sqlite3.connect(tmp_path / "embedded.sqlite3") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_test_databases_run_in_wal_mode_too(app) -> None:  # type: ignore[no-untyped-def]
    assert pragmas(app)[0] == "wal"


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_in_memory_database_is_left_alone(url: str) -> None:
    app = create_app({"TESTING": True, "DATABASE_URL": url, "REDIS_URL": None, "SECRET_KEY": "x"})
    journal, synchronous, foreign_keys = pragmas(app)
    assert journal == "memory" and synchronous != SYNCHRONOUS_NORMAL and foreign_keys == 1


def test_sqlite_wal_setting_off_keeps_the_rollback_journal(tmp_path: Path) -> None:
    app = make_app(tmp_path / "plain.sqlite3", SQLITE_WAL=False)
    journal, synchronous, foreign_keys = pragmas(app)
    assert journal == "delete" and synchronous != SYNCHRONOUS_NORMAL and foreign_keys == 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite:////var/lib/poste-juste/db.sqlite3", True),
        ("sqlite:///instance/poste_juste.sqlite3", True),
        ("sqlite://", False),
        ("sqlite:///:memory:", False),
        ("sqlite:///file::memory:?uri=true", False),
        ("sqlite:///file:shared?mode=memory&cache=shared&uri=true", False),
        ("postgresql+psycopg://u:p@127.0.0.1/poste_juste", False),
    ],
)
def test_which_databases_get_wal(url: str, expected: bool) -> None:
    assert sqlite_wal_wanted(make_url(url)) is expected
    assert sqlite_wal_wanted(make_url(url), enabled=False) is False


def our_connect_listeners(app) -> list[str]:  # type: ignore[no-untyped-def]
    with app.app_context():
        return [fn.__name__ for fn in db.engine.pool.dispatch.connect if fn.__name__ == "_fk_on"]


def test_postgresql_connections_get_no_pragma(tmp_path: Path) -> None:
    # Our "connect" listener is attached for SQLite URLs only: no PRAGMA is ever sent to PostgreSQL (checked
    # without a server: listeners are attached at app creation, connections are made lazily).
    postgres = create_app({"TESTING": True, "DATABASE_URL": "postgresql+psycopg://u:p@127.0.0.1:1/none",
                           "REDIS_URL": None, "SECRET_KEY": "x"})
    assert our_connect_listeners(postgres) == []
    assert our_connect_listeners(make_app(tmp_path / "x.sqlite3")) == ["_fk_on"]
