"""Extraction round 13, experience and languages: beginners welcome in other words, years in the trade or asked in a
relative clause, ideals spent in a department, and look-alikes (colleagues' seniority, an adult's age, a language
test among the selection steps). Sentences written for the test (no offer text); offsets are checked by the `run`
fixture (`text == field[start:end]`)."""

from typing import Any

import pytest
from extract_helpers import found, of_kind, strengths

_FR = "Notre PME de Liège renforce son équipe technique.\n\nVotre profil\n"


# --- beginners, juniors and young graduates welcome: 0, optional -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "un débutant motivé est accepté",
        "une débutante est acceptée",
        "les débutants peuvent postuler",
        "les juniors motivés peuvent postuler",
        "les juniors sont également les bienvenus",
        "Jeune diplômé accepté",
        "Jeunes diplômés bienvenus",
        "les jeunes diplômés sont les bienvenus",
        "les jeunes diplômé·e·s sont aussi les bienvenu·e·s",
        "Jeunes diplômé(e)s acceptés",
        "Les candidatures de jeunes diplômés sont étudiées",
        "les candidatures des jeunes diplômées seront examinées",
        "Jeunes diplômé(e)s encouragé(e)s à postuler",
        "les jeunes diplômés peuvent aussi postuler",
        "Poste ouvert aux jeunes diplômés",
    ],
)
def test_beginners_welcome(run: Any, text: str) -> None:
    reqs = run(_FR + "Le CAP est apprécié, mais " + text + ".\n")
    item = text.removeprefix("Poste ")  # the post is not the item
    assert (item, 0.0) in found(reqs, "experience")
    assert strengths(reqs, "experience")[item] == "optional"


@pytest.mark.parametrize(
    "line",
    [
        "Un junior vous assistera dans la saisie.",
        "Vous êtes jeune diplômé d'une école de commerce.",
        "Vous encadrerez deux juniors et un alternant.",
        "Vous formerez les jeunes diplômés de notre programme.",
        "Notre programme accueille chaque année 8 jeunes diplômés.",
        "Jeunes diplômés bienvenus sur nos autres offres !",
    ],
)
def test_beginner_words_without_a_welcome(run: Any, line: str) -> None:
    assert not [t for t, y in found(run(_FR + line + "\n"), "experience") if y == 0.0]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Ton profil : pas besoin de diplôme ni d'expérience, on te forme.", "ni d'expérience"),
        ("Aucun diplôme ni expérience exigés, on t'explique tout.", "ni expérience exigés"),
        ("Aucun prérequis de diplôme ni d'expérience : une personne organisée.", "ni d'expérience"),
        ("Vous n'avez ni diplôme ni expérience ? Nous vous formons.", "ni expérience"),
    ],
)
def test_no_experience_in_a_negated_pair(run: Any, line: str, text: str) -> None:
    reqs = run(_FR + line + "\n")
    assert (text, 0.0) in found(reqs, "experience")
    assert strengths(reqs, "experience")[text] == "optional"


def test_no_diploma_nor_experience_refused(run: Any) -> None:
    reqs = run(_FR + "Sans diplôme ni expérience s'abstenir.\n")
    assert found(reqs, "experience") == [("Sans diplôme ni expérience s'abstenir", None)]
    assert strengths(reqs, "experience")["Sans diplôme ni expérience s'abstenir"] == "required"


def test_no_experience_first_word(run: Any) -> None:
    assert ("Aucune expérience", 0.0) in found(run(_FR + "Aucune expérience ni diplôme requis.\n"), "experience")


# --- years: in the trade, after "justifier de", in a relative clause -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "years"),
    [
        ("Ou tu as appris sur le tas avec au moins 5 ans de métier ? Ça nous va.", "au moins 5 ans", 5.0),
        ("Vous avez 3 ans de métier derrière vous.", "3 ans", 3.0),
        ("- 10 ans de pratique professionnelle minimum", "10 ans", 10.0),
        (
            "Être titulaire du DEAES, ou justifier de 9 mois d'expérience dans l'accompagnement.",
            "9 mois d'expérience",
            0.75,
        ),
        ("Justifier de 2 ans d'expérience en atelier.", "2 ans d'expérience", 2.0),
        ("On cherche quelqu'un qui a 3 ans minimum de vente en SaaS B2B.", "3 ans minimum", 3.0),
        ("Nous recherchons une personne qui justifie de 2 ans au moins en atelier.", "2 ans au moins", 2.0),
    ],
)
def test_years_asked(run: Any, line: str, text: str, years: float) -> None:
    assert (text, years) in found(run(_FR + line + "\n"), "experience")


@pytest.mark.parametrize(
    "line",
    [
        "Nous avons 20 ans de métier et un atelier neuf.",
        "L'artisan a 10 ans de métier et vous formera.",
        "Une entreprise qui a 30 ans de métier.",
        "Fière de 20 ans d'expérience, notre société innove.",
        "Notre société, qui a 12 ans, recrute un magasinier.",
        "Vous devez avoir plus de 18 ans (contrat de professionnalisation adulte possible).",
        "Avoir au moins 18 ans.",
    ],
)
def test_years_not_asked(run: Any, line: str) -> None:
    assert not [y for _t, y in found(run(_FR + line + "\n"), "experience") if y]


def test_age_under_a_heading_naming_experience(run: Any) -> None:
    reqs = run(
        _FR
        + "Aucun prérequis de diplôme ni d'expérience : une personne soigneuse. Vous devez avoir plus de 18 ans.\n"
    )
    assert found(reqs, "experience") == [("ni d'expérience", 0.0)]


# --- an ideal spent in a department or a place: a second, preferred item ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "ideal"),
    [
        (
            "- Tu as une expérience de la vente en GSB, idéalement au rayon outillage",
            "idéalement au rayon outillage",
        ),
        ("- Une expérience en soins infirmiers, idéalement aux urgences", "idéalement aux urgences"),
        ("- Une expérience commerciale, de préférence à l'export", "de préférence à l'export"),
    ],
)
def test_ideal_in_a_department(run: Any, line: str, ideal: str) -> None:
    reqs = run(_FR + line + "\n")
    by_text = strengths(reqs, "experience")
    assert by_text[ideal] == "preferred"
    assert [s for t, s in by_text.items() if t != ideal] == ["required"]


def test_ideal_minimum_stays_with_the_years(run: Any) -> None:
    reqs = run(_FR + "- Une expérience en logistique, idéalement au moins 3 ans\n")
    assert not [t for t, _y in found(reqs, "experience") if t.startswith("idéalement au")]


# --- look-alikes: colleagues' seniority, a part of an experience already read ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Vous conduisez d'abord en doublure avec un conducteur expérimenté sur vos futures lignes.",
        "Vous serez accompagné d'un technicien confirmé pendant un mois.",
        "Vous travaillez sous la responsabilité d'un chef d'équipe expérimenté.",
        "Vous êtes épaulé par un cuisinier confirmé.",
    ],
)
def test_colleague_seniority(run: Any, line: str) -> None:
    assert found(run(_FR + line + "\n"), "experience") == []


# "dont une partie en …" after an experience stays a second item (years null), as the guide reads "dont une part
# significative en GenAI / LLM" (5991591); the first written batch labels the bare form both ways (2 and 2).
@pytest.mark.parametrize(
    ("line", "part"),
    [
        (
            "- 5 ans d'expérience en data, dont une part significative en GenAI",
            "dont une part significative en GenAI",
        ),
        (
            "- Vous avez une expérience de 3 ans dont une partie en collectivité",
            "dont une partie en collectivité",
        ),
    ],
)
def test_part_of_an_experience(run: Any, line: str, part: str) -> None:
    assert (part, None) in found(run(_FR + line + "\n"), "experience")


# --- languages: a test among the selection steps ---------------------------------------------------------------------


def test_language_test_in_the_selection_steps(run: Any) -> None:
    text = (
        _FR
        + "- Anglais courant\n\nLe processus comprend un entretien avec le cabinet, un test d'anglais écrit et oral, "
        "puis un entretien avec la DRH.\n"
    )
    assert [r["text"] for r in of_kind(run(text), "language")] == ["Anglais"]


def test_language_test_with_a_level_is_asked(run: Any) -> None:
    reqs = of_kind(
        run(_FR + "Un test d'anglais (niveau B2 exigé) aura lieu lors de l'entretien.\n"), "language"
    )
    assert [(r["language"], r["cefr"]) for r in reqs] == [("en", "B2")]


# --- languages: the level is the candidate's own words -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "bilingue" said of the people served or of the place grades nobody
        ("Des notions de néerlandais sont un plus (clientèle bilingue).", [("nl", "A2")]),
        ("- Bonnes connaissances du néerlandais (clients bilingues)", [("nl", "B1")]),
        ("Notre région bilingue demande une bonne connaissance de l'allemand.", [("de", "B1")]),
        # the bilingualism named by its noun is C1 for both languages
        ("- Le bilinguisme français/néerlandais est un atout", [("fr", "C1"), ("nl", "C1")]),
        # the aside is the next language's: its level word does not grade the first
        (
            "Il faut parler français (des notions de néerlandais sont bienvenues).",
            [("fr", None), ("nl", "A2")],
        ),
        ("Anglais (niveau B2) et néerlandais (notions).", [("en", "B2"), ("nl", "A2")]),
        ("Poste bilingue : néerlandais et français.", [("nl", "C1"), ("fr", "C1")]),
    ],
)
def test_language_level_of_the_candidate(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    reqs = of_kind(run(_FR + line + "\n"), "language")
    assert [(r["language"], r["cefr"]) for r in reqs] == expected
