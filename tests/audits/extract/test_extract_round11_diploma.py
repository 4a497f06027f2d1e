"""Round 11, diplomas: classes read on the errors of the fourteenth to seventeenth samples. Sentences written for the
test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_groups, diploma_levels

# --- "IDE" as a development environment (plural environments, notebooks, code editors), not the nurse's diploma -----


@pytest.mark.parametrize(
    "line",
    [
        "- Maîtrise de Python et de ses environnements de développement (IDE, notebooks).",
        "- Bonne pratique des IDE et des éditeurs de code modernes.",
        "- Travail quotidien sous RStudio ou tout autre IDE.",
        "- Aisance avec les outils de développement (IDE, Git, CI).",
    ],
)
def test_ide_as_development_environment(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "- Vous êtes IDE et souhaitez rejoindre un service de pneumologie.",
        "- IDE diplômé(e) d'État, vous rejoignez notre équipe de soins.",
    ],
)
def test_ide_nurse_still_read(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == [("IDE", 6)]


# --- a higher training whose bracket lists alternatives: its field after them, or commas only ---------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- De formation supérieure (master ou diplôme d'ingénieur en finance ou statistiques), vous avez 3 ans d'expérience.",
            [("formation supérieure", None), ("master", 7), ("diplôme d'ingénieur", 7)],
        ),
        (
            "- Formation universitaire (Licence ou Master dans le domaine de la logistique) exigée.",
            [("Formation universitaire", None), ("Licence", 6), ("Master", 7)],
        ),
        (
            "- Vous disposez d'une formation supérieure en informatique (Bac+5, ingénieur).",
            [("une formation supérieure", None), ("Bac+5", 7), ("ingénieur", 7)],
        ),
        (
            "- Formation supérieure en chimie (Licence, Master ou doctorat).",
            [("Formation supérieure", None), ("Licence", 6), ("Master", 7), ("doctorat", 8)],
        ),
    ],
)
def test_higher_training_with_bracket_alternatives(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert diploma_levels(reqs) == expected
    assert len(diploma_groups(reqs)) == 1 and None not in diploma_groups(reqs)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a wish after the comma, a single level with its field, a technical course: the training is no alternative
        ("- Formation supérieure en informatique (Bac+5, idéalement en école d'ingénieur).", [("Bac+5", 7), ("école d'ingénieur", 7)]),
        ("- De formation supérieure (Bac+5 en finance), vous avez 3 ans d'expérience.", [("Bac+5", 7)]),
        ("- Formation technique (BEP ou Bac Pro en électrotechnique).", [("BEP", 3), ("Bac Pro", 4)]),
    ],
)
def test_bracket_without_higher_training_alternative(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected


# --- a diploma's level given by a verb ("classé au moins au niveau 7", "doit correspondre au niveau 7") ------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Titre ou diplôme classé au moins au niveau 6 en gestion.", [("Titre ou diplôme classé au moins au niveau 6", 6)]),
        (
            "- Le grade ou diplôme requis doit correspondre au moins au niveau 7 du cadre des qualifications.",
            [("grade ou diplôme requis doit correspondre au moins au niveau 7", 7)],
        ),
        ("- Diplôme enregistré au RNCP au niveau 5 exigé.", [("Diplôme enregistré au RNCP au niveau 5", 5)]),
        ("- Titres classés au niveau 6 acceptés.", [("Titres classés au niveau 6", 6)]),
    ],
)
def test_level_given_by_a_verb(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Le grade correspond au niveau 3 de la grille salariale.",  # a civil-service rank
        "- Poste classé au niveau 7 de la convention collective.",  # a pay grade
        "- Vous êtes classé au moins au niveau 5 du référentiel interne.",
    ],
)
def test_level_by_a_verb_without_diploma_noun(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


# --- a level restated in brackets across "ou équivalent" is one item with the diploma --------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Diplôme d'ingénieur ou équivalent (Bac+5) en génie civil.", [("Diplôme d'ingénieur ou équivalent (Bac+5)", 7)]),
        (
            "- Diplômé(e) d'une école d'ingénieur (ou équivalent bac +5), vous avez 3 ans d'expérience.",
            [("école d'ingénieur (ou équivalent bac +5)", 7)],
        ),
        ("- Master ou diplôme équivalent (Bac +5) en finance.", [("Master ou diplôme équivalent (Bac +5)", 7)]),
        ("- BTS ou équivalent (Bac+2).", [("BTS ou équivalent (Bac+2)", 5)]),
        # a lower level in the bracket is no restatement: two items
        ("- Diplôme d'ingénieur ou équivalent (Bac+3 minimum) en mécanique.", [("Diplôme d'ingénieur", 7), ("Bac+3", 6)]),
    ],
)
def test_level_restated_across_or_equivalent(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected


def test_or_equivalent_bracket_listing_more_is_not_merged(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "- Diplôme d'ingénieur ou équivalent (Bac+5 minimum/ Master 2) en data science.")
    assert ("Diplôme d'ingénieur ou équivalent (Bac+5", 7) not in diploma_levels(reqs)


# --- a lower-case "licence" before an engineering school, in a list of degrees ------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Diplômé(e) d'un Bac +3/+5 (licence, école d'ingénieur ou master) en informatique.",
            [("Bac +3/+5", 6), ("licence", 6), ("école d'ingénieur", 7), ("master", 7)],
        ),
        ("- Titulaire d'une licence ou d'un diplôme d'ingénieur en chimie.", [("licence", 6), ("diplôme d'ingénieur", 7)]),
        ("- Gestion des licences, école numérique et outils.", []),  # software licences
    ],
)
def test_licence_before_engineering_school(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected


# --- the engineer after a colon or bracket, the second diploma introduced by its holder's word --------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Formation : Ingénieur ou Diplômé(e) d'un BAC+5 en gestion de projet.", [("Ingénieur", 7), ("BAC+5", 7)]),
        ("Formation : ingénieur ou titulaire d'un Master en chimie.", [("ingénieur", 7), ("Master", 7)]),
        ("Formation (ingénieur ou diplômée d'un master) exigée.", [("ingénieur", 7), ("master", 7)]),
        ("Poste : ingénieur ou technicien, titulaire d'un Bac+2.", [("Bac+2", 5)]),  # jobs, then a lower level
    ],
)
def test_engineer_then_holder_of_a_diploma(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected
