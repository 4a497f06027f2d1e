"""Wordings the dev set did not hold, found as error classes on unseen IT offers (docs/extraction.md, "Held-out
check"): each class is tested with French and Belgian sentences written for the test, not copied from an offer."""

from typing import Any

import pytest
from extract_helpers import of_kind


def found(reqs: list[dict[str, Any]], kind: str) -> list[tuple[str, Any]]:
    attr = {"diploma": "eqf_level", "experience": "years", "language": "cefr", "certification": "code", "protected_criterion": "criterion"}[kind]
    return [(r["text"], r[attr]) for r in of_kind(reqs, kind)]


# --- languages -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous avez une communication fluide en anglais avec nos clients.", [("en", "B2")]),
        ("Capacité à rédiger en français comme en anglais.", [("fr", None), ("en", None)]),
        ("Vous êtes à l'aise en anglais.", [("en", None)]),
        ("Vous savez vous exprimer en néerlandais avec nos clients flamands.", [("nl", None)]),
        ("Vous échangez au quotidien en allemand avec la maison mère à Eupen.", [("de", None)]),
    ],
)
def test_language_of_an_ability_after_en(run: Any, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(r["language"], r["cefr"]) for r in of_kind(run(text), "language")] == expected


@pytest.mark.parametrize("text", ["Le site est traduit en anglais.", "Nos catalogues sont imprimés en néerlandais et en français."])
def test_language_of_a_thing_after_en_is_not_asked(run: Any, text: str) -> None:
    assert of_kind(run(text), "language") == []


@pytest.mark.parametrize(
    ("text", "expected", "strength"),
    [
        ("Anglais et Français obligatoire.", [("Anglais", "en"), ("Français", "fr")], "required"),
        ("Néerlandais et anglais souhaités pour ce poste à Bruxelles.", [("Néerlandais", "nl"), ("anglais", "en")], "preferred"),
    ],
)
def test_first_of_two_coordinated_languages_takes_the_cue_of_the_second(run: Any, text: str, expected: list[tuple[str, str]], strength: str) -> None:
    langs = of_kind(run(text), "language")
    assert [(r["text"], r["language"]) for r in langs] == expected
    assert {r["strength"] for r in langs} == {strength}
    assert all(r["alternative_group"] is None for r in langs)


def test_professional_english_has_no_cefr_level(run: Any) -> None:
    # The CEFR table of walloon-reference.md §6 gives no level for "professionnel" (labelling guide: null).
    assert [(r["language"], r["cefr"]) for r in of_kind(run("Anglais professionnel requis."), "language")] == [("en", None)]


# --- protected criteria ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "L'unité compte deux développeurs junior.\n\nLe/la développeur junior participera aux projets.",
        "En tant que comptable junior, vous tiendrez la caisse.",
        "Notre collaborateur junior vous accompagnera pendant la mise en route.",
    ],
)
def test_junior_repeated_as_the_job_name_is_not_an_age_criterion(run: Any, text: str) -> None:
    assert of_kind(run(text), "protected_criterion") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nous recherchons un(e) Data Scientist junior pour notre équipe.",
        "Nous engageons un employé administratif junior (M/F/X) pour notre bureau de Namur.",
        "Poste de comptable junior.",
    ],
)
def test_junior_for_the_person_sought_stays_an_age_criterion(run: Any, text: str) -> None:
    assert found(run(text), "protected_criterion") == [("junior", "age")]


@pytest.mark.parametrize(
    "text",
    [
        "Nous veillons à l'évolution de carrière des hommes et des femmes et au bien-être de nos salariés LGBT+.",
        "Nous accueillons des femmes et des hommes de tous horizons dans une démarche inclusive.",
        "Notre politique de mixité vise autant de femmes que d'hommes dans nos équipes.",
    ],
)
def test_inclusion_statements_are_not_protected_criteria(run: Any, text: str) -> None:
    assert of_kind(run(text), "protected_criterion") == []


@pytest.mark.parametrize(
    ("text", "criterion"),
    [("Pas de profils LGBT, nous sommes une entreprise traditionnelle.", "sexual_orientation"), ("Nous recherchons des femmes pour ce poste.", "sex")],
)
def test_exclusions_naming_the_same_groups_stay_flagged(run: Any, text: str, criterion: str) -> None:
    assert criterion in {c for _, c in found(run(text), "protected_criterion")}
