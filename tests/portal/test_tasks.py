"""Celery plumbing: tasks run after commit (eagerly without Redis), never after a rollback; idempotence."""

from __future__ import annotations

from typing import Any

from employer_portal.extensions import db
from employer_portal.models import Vacancy
from employer_portal.tasks import enqueue_after_commit, normalise_for_search, refresh_vacancy_search_text
from tests.conftest import World


def test_normalise_for_search() -> None:
    assert normalise_for_search("Préparateur (H/F)", None, "N1103") == "preparateur h f n1103"
    assert normalise_for_search("  Œuvre   ÉTÉ  ") == "oeuvre ete"


def test_task_runs_only_after_commit_and_never_after_rollback(app: Any, world: World) -> None:
    vid = world.vacancy_ids["a"]
    with app.app_context():
        vacancy = db.session.get(Vacancy, vid)
        vacancy.title = "Cariste de nuit"  # type: ignore[union-attr]
        enqueue_after_commit(refresh_vacancy_search_text, vid)
        db.session.rollback()
        db.session.remove()
        assert db.session.get(Vacancy, vid).search_text is None  # type: ignore[union-attr]

        vacancy = db.session.get(Vacancy, vid)
        vacancy.title = "Cariste de nuit"  # type: ignore[union-attr]
        enqueue_after_commit(refresh_vacancy_search_text, vid)
        db.session.commit()  # eager: the task ran, in its own session, on committed data
        db.session.remove()
        assert db.session.get(Vacancy, vid).search_text.startswith("cariste de nuit")  # type: ignore[union-attr]


def test_a_rolled_back_enqueue_does_not_leak_into_the_next_commit(app: Any, world: World) -> None:
    vid = world.vacancy_ids["a"]
    with app.app_context():
        enqueue_after_commit(refresh_vacancy_search_text, vid)
        db.session.rollback()
        db.session.get(Vacancy, vid).posts = 4  # type: ignore[union-attr]
        db.session.commit()
        db.session.remove()
        assert db.session.get(Vacancy, vid).search_text is None  # type: ignore[union-attr]


def test_task_is_idempotent_and_does_not_touch_updated_at(app: Any, world: World) -> None:
    vid = world.vacancy_ids["a"]
    with app.app_context():
        before = db.session.get(Vacancy, vid).updated_at  # type: ignore[union-attr]
        db.session.remove()
        celery = app.extensions["celery"]
        first = celery.tasks[refresh_vacancy_search_text.name].apply(args=(vid,)).get()
        second = celery.tasks[refresh_vacancy_search_text.name].apply(args=(vid,)).get()
        assert first == second == "preparateur de commandes a preparer les commandes bac 2 exige"
        vacancy = db.session.get(Vacancy, vid)
        assert vacancy.updated_at == before and vacancy.search_text == first  # type: ignore[union-attr]
        assert celery.tasks[refresh_vacancy_search_text.name].apply(args=(987654,)).get() is None


def test_task_options(app: Any) -> None:
    task = app.extensions["celery"].tasks[refresh_vacancy_search_text.name]
    assert task.acks_late is True
    assert app.extensions["celery"].conf.task_always_eager is True  # no REDIS_URL in unit tests
