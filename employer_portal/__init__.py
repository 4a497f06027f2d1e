"""Poste Juste portal: the Flask shell around the pure `audits` and `matching` libraries.

`create_app(config)` builds the app: configuration from the environment (see `config.py`), extensions, the
API (every `employer_portal.api.*` module's `blp`), the pages (every `employer_portal.pages.*` module's `bp`),
problem-details errors, JSON logs with request ids, Celery (in-process without `REDIS_URL`) and the CLI.
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    from employer_portal import models  # noqa: F401  (registers every table on the metadata)
    from employer_portal.api import init_api
    from employer_portal.auth.throttle import init_login_throttle
    from employer_portal.cli import register_cli
    from employer_portal.config import load_config
    from employer_portal.errors import register_error_handlers
    from employer_portal.extensions import csrf, db, login_manager, migrate
    from employer_portal.logging_setup import configure_logging, init_request_logging
    from employer_portal.ops import bp as ops_bp
    from employer_portal.pages import register_pages
    from employer_portal.security_headers import init_security_headers
    from employer_portal.services.errors import ServiceError
    from employer_portal.tasks import celery_init_app

    app = Flask(__name__, instance_relative_config=True)
    app.config.update(load_config(app.instance_path, config))
    os.makedirs(app.instance_path, exist_ok=True)
    configure_logging(app.config["LOG_LEVEL"])
    init_request_logging(app)  # first before_request hook: every later log line has the request id
    init_security_headers(app)

    db.init_app(app)
    _enable_sqlite_foreign_keys(app)
    migrate_dir = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "migrations")
    migrate.init_app(app, db, directory=migrate_dir, render_as_batch=True, compare_type=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Connectez-vous pour accéder à cette page."
    login_manager.login_message_category = "info"

    @login_manager.user_loader
    def _load_user(user_id: str) -> Any:
        from employer_portal.models import User

        return db.session.get(User, int(user_id)) if user_id.isdigit() else None

    init_login_throttle(app)
    register_error_handlers(app)
    init_api(app)
    app.register_blueprint(ops_bp)
    register_pages(app)

    @app.errorhandler(ServiceError)
    def _service_error(exc: ServiceError) -> Any:
        from employer_portal.errors import Problem, handle_http_exception

        db.session.rollback()  # nothing half-written
        return handle_http_exception(Problem(exc.status, exc.detail, errors=exc.errors))

    celery_init_app(app)
    register_cli(app)
    return app


def _enable_sqlite_foreign_keys(app: Flask) -> None:
    """SQLite ignores foreign keys unless asked, per connection; PostgreSQL always enforces them.

    A file-based SQLite database (the embedded mode) also gets WAL + synchronous=NORMAL (`sqlite_wal_wanted`).
    """
    if not app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        return
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from employer_portal.extensions import db

    with app.app_context():
        engine: Engine = db.engine
        wal = sqlite_wal_wanted(engine.url, app.config.get("SQLITE_WAL", True))

        @event.listens_for(engine, "connect")
        def _fk_on(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if wal:
                # WAL: a commit appends to the log instead of rewriting pages behind an fsync of a rollback
                # journal, and readers no longer block the writer (web process + in-process tasks). With
                # synchronous=NORMAL a commit no longer waits for an fsync: a power loss (not a crash of the
                # process) may lose the last transactions, never corrupt the file — the usual embedded setting.
                # journal_mode is persistent in the file; asking again on every connection is a no-op.
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()


def sqlite_wal_wanted(url: Any, enabled: bool = True) -> bool:
    """WAL for a file-based SQLite database only: an in-memory one has no journal file to put in WAL mode.

    `url` is a SQLAlchemy URL; `enabled` is the app's `SQLITE_WAL` setting (True unless a caller turns it off,
    as `bench_api --no-sqlite-wal` does to measure the difference).
    """
    if not enabled or url.get_backend_name() != "sqlite":
        return False
    database = url.database or ""
    if database in ("", ":memory:"):
        return False
    # URI filenames: "file::memory:?uri=true", "file:name?mode=memory&cache=shared".
    if database.startswith("file:") and (":memory:" in database or "mode=memory" in database):
        return False
    return url.query.get("mode") != "memory"
