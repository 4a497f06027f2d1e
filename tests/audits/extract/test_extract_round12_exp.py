"""Extraction round 12, experience: general classes of wordings the rules had not met — "débutant" alone said of the
person sought, years in unusual forms, past work without the word — tested with sentences written for the test (no
offer text) and with look-alikes that must not match. Offsets are checked by the `run` fixture
(`text == field[start:end]`)."""

from typing import Any

import pytest
from extract_helpers import of_kind

_FR = "Notre PME de Liège renforce son équipe technique.\n\nVotre profil\n"


def _experience(reqs: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [(r["text"], r["years"]) for r in of_kind(reqs, "experience")]


def _strengths(reqs: list[dict[str, Any]]) -> dict[str, str]:
    return {r["text"]: r["strength"] for r in of_kind(reqs, "experience")}


# --- "débutant" alone, said of the person sought: 0, optional ------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Consultant Débutant Data Analyst (H/F)", "Débutant"),
        ("Technicien de maintenance débutant H/F", "débutant"),
        ("Comptable débutant(e) - Namur", "débutant(e)"),
    ],
)
def test_beginner_in_a_title(run: Any, title: str, text: str) -> None:
    reqs = [r for r in run(_FR + "Rigueur et sens du service.\n", title=title) if r["field"] == "title"]
    assert [(r["text"], r["years"], r["strength"]) for r in of_kind(reqs, "experience")] == [(text, 0.0, "optional")]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("- Débutant", "Débutant"),
        ("- Débutant(e) motivé(e)", "Débutant(e)"),
        ("Expérience : débutant", "débutant"),
        ("Nous recherchons un Analyste programmeur débutant.", "débutant"),
        ("Ce poste est idéal pour un profil débutant.", "débutant"),
        ("Vous êtes menuisier(ère) passionné(e), débutant(e) curieux(se) ou expert(e) chevronné(e) ?", "débutant(e)"),
        ("Tu es débutant ? On te forme.", "débutant"),
        ("Poste accessible à un débutant.", "débutant"),
        ("Graduat ou bachelier, jeune diplômé ou débutant.", "débutant"),
        ("Que vous soyez junior ou confirmé, nous vous accompagnons.", "Que vous soyez junior"),
        ("Que tu sois débutant(e) ou expert(e), rejoins-nous.", "Que tu sois débutant(e)"),
    ],
)
def test_beginner_said_of_the_candidate(run: Any, line: str, text: str) -> None:
    reqs = run(_FR + line + "\n")
    assert _experience(reqs) == [(text, 0.0)]  # nothing else: not the label, not the other grade ("chevronné(e)")
    assert _strengths(reqs)[text] == "optional"


def test_beginner_or_years_are_two_items_in_one_group(run: Any) -> None:
    reqs = of_kind(run(_FR + "Expérience : Débutant ou 2 à 5 ans dans le domaine de la chimie\n"), "experience")
    assert [(r["text"], r["years"], r["strength"]) for r in reqs] == [("Débutant", 0.0, "optional"), ("2 à 5 ans", 2.0, "required")]
    assert reqs[0]["alternative_group"] is not None and reqs[0]["alternative_group"] == reqs[1]["alternative_group"]


def test_beginner_glossed_by_years_is_one_item(run: Any) -> None:
    got = _experience(run(_FR + "Niveau d'expérience dans la fonction\nDébutant (1 à 5 ans d'expérience)\n"))
    assert got == [("1 à 5 ans d'expérience", 1.0)]


@pytest.mark.parametrize(
    "line",
    [
        "- Formations Python Débutants à animer",
        "Anglais : niveau débutant",
        "Niveau en Excel : débutant à confirmé",
        "Vous animerez des cours pour débutants et confirmés.",
        "Vous formerez les techniciens débutants aux bonnes pratiques.",
        "Nous accompagnons des entrepreneurs débutants dans leur création.",
        "Vous encadrerez le débutant de l'équipe.",
        "Public visé : du débutant à l'expert.",
    ],
)
def test_beginner_look_alikes(run: Any, line: str) -> None:
    assert not [t for t, y in _experience(run(_FR + line + "\n")) if y == 0.0]
