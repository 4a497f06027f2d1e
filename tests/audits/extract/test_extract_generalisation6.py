"""Sixth generalisation round, languages, experience and strength: error classes read on the five IT samples
(the fifth one mostly), each tested with French and Belgian sentences written for the test (no offer text) and with
look-alikes that must not change."""

from typing import Any

import pytest
from extract_helpers import found, of_kind  # noqa: F401  (found: experience tests below)


def _languages(reqs: list[dict[str, Any]]) -> list[tuple[str, Any, Any]]:
    return [(r["text"], r["language"], r["cefr"]) for r in of_kind(reqs, "language")]


# --- languages listed with their articles: each language of the list is an item ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\n- Maîtrise du néerlandais, du français et de l'anglais ;",
         [("néerlandais", "nl", "B2"), ("français", "fr", "B2"), ("anglais", "en", "B2")]),
        ("Vous avez une bonne connaissance de l’allemand et de l’anglais.",
         [("allemand", "de", "B1"), ("anglais", "en", "B1")]),
        ("Connaissance passive du néerlandais, de l'allemand ou de l'anglais exigée.",
         [("néerlandais", "nl", "B1"), ("allemand", "de", "B1"), ("anglais", "en", "B1")]),
    ],
)
def test_languages_listed_with_articles(run: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _languages(run(text)) == expected


def test_level_after_a_list_of_languages_governs_them_all(run: Any) -> None:
    # a level word before, about another thing, does not grade the first language of the list
    text = "Bonne connaissance des logiciels comptables Niveau de néerlandais et de français courant exigé"
    assert _languages(run(text)) == [("néerlandais", "nl", "B2"), ("français", "fr", "B2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each language keeps its own level when the list is not one phrase
        ("Anglais courant, notions de néerlandais.", [("Anglais", "en", "B2"), ("néerlandais", "nl", "A2")]),
        # a language of a course or an origin is still no requirement
        ("Vous donnerez des cours de français et d'anglais à nos apprenants.", []),
    ],
)
def test_language_lists_look_alikes(run: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _languages(run(text)) == expected


# --- CEFR of wordings the guide leaves null or maps -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "excellent" qualifies the writing, not the language: a word outside the guide's list, CEFR null
        ("Vous avez un excellent rédactionnel en français (orthographe, clarté).", [("français", "fr", None)]),
        ("Vous avez d'excellentes qualités rédactionnelles en néerlandais.", [("néerlandais", "nl", None)]),
        # "excellent" on the language or its level still grades it
        ("Excellent anglais exigé.", [("anglais", "en", "B2")]),
        ("Vous avez un excellent niveau de néerlandais.", [("néerlandais", "nl", "B2")]),
        ("Excellente maîtrise du français écrit.", [("français", "fr", "B2")]),
        # "parfaitement" says how well the language is mastered, not that two are spoken: B2; "bilingue" stays C1
        ("Maîtriser parfaitement le français.", [("français", "fr", "B2")]),
        ("Vous parlez parfaitement le néerlandais.", [("néerlandais", "nl", "B2")]),
        ("Vous êtes parfaitement bilingue français-néerlandais.", [("français", "fr", "C1"), ("néerlandais", "nl", "C1")]),
        # "bonne connaissance" is B1, "notions" / "connaissances de base" A2
        ("Une bonne connaissance de l'allemand est demandée.", [("allemand", "de", "B1")]),
        ("Des connaissances de base en néerlandais sont un atout.", [("néerlandais", "nl", "A2")]),
    ],
)
def test_cefr_of_level_words(run: Any, text: str, expected: list[tuple[str, str, Any]]) -> None:
    assert _languages(run(text)) == expected
