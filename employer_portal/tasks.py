"""Celery plumbing (Flask's `celery_init_app` pattern) and the portal's own tasks.

Rules every task follows (see docs/architecture.md):
- it takes ids, never objects, and reloads what it needs;
- it is idempotent: running it twice leaves the same state as running it once (acks_late redelivers);
- it runs inside a Flask app context (FlaskTask below), so `db.session` works as in a request;
- it is enqueued with `enqueue_after_commit`, so a worker never sees an id whose row is not committed yet.

Without `REDIS_URL`, `task_always_eager` runs tasks in-process at commit time (embedded mode).
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import unicodedata
from typing import Any

import sqlalchemy as sa
from celery import Celery, Task, shared_task
from flask import Flask, current_app, has_app_context
from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from employer_portal.extensions import db

log = logging.getLogger(__name__)

_PENDING_KEY = "poste_juste_pending_tasks"


def celery_init_app(app: Flask) -> Celery:
    class FlaskTask(Task):  # type: ignore[misc]
        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            with app.app_context():
                return self.run(*args, **kwargs)

    celery_app = Celery(app.name, task_cls=FlaskTask)
    celery_app.config_from_object(app.config["CELERY"])
    celery_app.set_default()
    app.extensions["celery"] = celery_app
    _import_task_modules()
    return celery_app


def _import_task_modules() -> None:
    """Import this module and every `employer_portal.services.*` module, so their `@shared_task`s register.

    A worker only knows the tasks whose modules were imported; scanning the services package means a new
    task module needs no registration line here.
    """
    import employer_portal.services as services

    for info in pkgutil.iter_modules(services.__path__, services.__name__ + "."):
        importlib.import_module(info.name)


# --- enqueue after commit ---------------------------------------------------------------------------------


def enqueue_after_commit(task: Task, *args: Any) -> None:
    """Send `task.apply_async(args)` once the current `db.session` transaction commits; drop it on rollback.

    Call it inside the unit of work that writes the rows the task will read, before `db.session.commit()`.
    """
    session = db.session()
    if session.get_transaction() is None:
        # Begin the unit of work now: a rollback must have a transaction to end, or the pending task would
        # survive it and leak into the next commit.
        session.connection()
    session.info.setdefault(_PENDING_KEY, []).append((task.name, args))


@event.listens_for(Session, "after_commit")
def _dispatch_pending(session: Session) -> None:
    pending = session.info.pop(_PENDING_KEY, None)
    if not pending:
        return
    celery_app: Celery | None = current_app.extensions.get("celery") if has_app_context() else None
    for name, args in pending:
        if celery_app is None:
            log.error("task not sent: no Celery app in context", extra={"task": name})
            continue
        result = celery_app.tasks[name].apply_async(args=args)
        log.info("task enqueued", extra={"task": name, "task_args": list(args), "task_id": result.id})
        if celery_app.conf.task_always_eager and result.failed():
            # Eager mode stores the error instead of raising into the committing code: log it loudly.
            log.error(
                "eager task failed",
                extra={"task": name, "task_args": list(args), "error": repr(result.result)},
            )


@event.listens_for(Session, "after_transaction_end")
def _drop_pending_on_rollback(session: Session, transaction: SessionTransaction) -> None:
    # After a commit the list was already popped; what remains at the end of the outermost transaction
    # belongs to a rolled-back unit of work and must never run.
    if transaction.parent is None and not transaction.nested:
        session.info.pop(_PENDING_KEY, None)


# --- tasks ------------------------------------------------------------------------------------------------


_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def normalise_for_search(*parts: str | None) -> str:
    """Lower-case, accent-free, single-spaced text: "Préparateur (H/F)" -> "preparateur h f"."""
    text = " ".join(p for p in parts if p)
    # NFKD splits accents off, but French ligatures stay whole: "œuvre" must match a search for "oeuvre".
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in stripped)
    return " ".join(cleaned.split())


@shared_task(name="employer_portal.refresh_vacancy_search_text", acks_late=True, ignore_result=False)
def refresh_vacancy_search_text(vacancy_id: int) -> str | None:
    """Recompute `Vacancy.search_text` from its current title/description/ROME code (used by `?q=` search).

    Idempotent: the result depends only on the row's current content; a vanished vacancy is not an error.
    Returns the stored text (None when the vacancy no longer exists).
    """
    from employer_portal.models import Vacancy
    from employer_portal.models._types import utcnow

    vacancy = db.session.get(Vacancy, vacancy_id)
    if vacancy is None:
        log.info("vacancy gone, nothing to index", extra={"vacancy_id": vacancy_id})
        return None
    text = normalise_for_search(vacancy.title, vacancy.description, vacancy.rome_code)
    if vacancy.search_text != text:
        # A Core UPDATE, not an attribute change: indexing is not an edit, so `updated_at` must not move.
        db.session.execute(
            sa.update(Vacancy)
            .where(Vacancy.id == vacancy_id)
            .values(search_text=text, search_text_updated_at=utcnow(), updated_at=Vacancy.updated_at)
        )
        db.session.commit()
    return text
