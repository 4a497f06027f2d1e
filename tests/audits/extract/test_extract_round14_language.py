"""Round 14 (languages): a bare "connaissance" names no level, "niveau conversation" and "un peu" grade, trilingual
posts, German knowledge words, "l'autre langue nationale", a restated language as the lower alternative, and a
language's own predicate that makes it a plus. Sentences written for the test (no ad or offer text), French and
Belgian wordings, with look-alikes that must keep their old reading."""

from typing import Any

import pytest
from extract_helpers import of_kind

_HEAD = (
    "Notre PME de services installée à Wavre renforce son équipe. Vous rejoindrez un service de huit personnes.\n"
    "Votre profil :\n"
)


def _langs(reqs: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [(r["language"], r["cefr"]) for r in of_kind(reqs, "language")]


def _strengths(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["language"], r["strength"]) for r in of_kind(reqs, "language")]


# --- a bare "connaissance" names no level; a grading word or a level beside it still does -----------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Connaissance de l'allemand souhaitée pour les clients d'Eupen.", [("de", None)]),
        ("- Une connaissance du néerlandais est un atout.", [("nl", None)]),
        ("- Des connaissances en anglais seraient appréciées.", [("en", None)]),
        ("- Connaissance pratique du néerlandais exigée.", [("nl", None)]),
        # look-alikes: a grading word or a level written beside it
        ("- Bonne connaissance du néerlandais exigée.", [("nl", "B1")]),
        ("- Très bonne connaissance de l'anglais.", [("en", "B2")]),
        ("- Connaissances de base en allemand.", [("de", "A2")]),
        ("- Connaissance du néerlandais (niveau B2) indispensable.", [("nl", "B2")]),
    ],
)
def test_bare_knowledge_no_level(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run(_HEAD + line)) == expected


# --- "niveau conversation" (B1) and "un peu" (A2) -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Tu parles espagnol (niveau conversation) pour accueillir les touristes.", [("es", "B1")]),
        ("- Anglais de niveau conversationnel demandé.", [("en", "B1")]),
        ("- Vous comprenez un peu le néerlandais ? C'est un avantage.", [("nl", "A2")]),
        ("- Tu parles un peu d'italien : parfait pour nos clients.", [("it", "A2")]),
    ],
)
def test_conversation_and_a_little(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run(_HEAD + line)) == expected


def test_a_little_with_a_question_is_a_plus(run: Any) -> None:
    reqs = run(_HEAD + "- Permis B exigé.\nVous comprenez un peu le néerlandais ? C'est un avantage sur nos chantiers.")
    assert _strengths(reqs) == [("nl", "preferred")]


# --- trilingual posts -------------------------------------------------------------------------------------------------


def test_trilingual_names_three_languages(run: Any) -> None:
    reqs = run(_HEAD + "- Vous êtes trilingue néerlandais, français et anglais ; le portugais est un atout.")
    assert _langs(reqs) == [("nl", "C1"), ("fr", "C1"), ("en", "C1"), ("pt", None)]
    assert _strengths(reqs)[-1] == ("pt", "preferred")


def test_trilingual_codes(run: Any) -> None:
    reqs = run(_HEAD + "- Vous accueillez nos visiteurs.", title="Hôte d'accueil trilingue NL/FR/EN (H/F/X)")
    assert _langs(reqs) == [("nl", "C1"), ("fr", "C1"), ("en", "C1")]


def test_code_pair_stays_two(run: Any) -> None:
    assert _langs(run(_HEAD + "- Bilingue NL/FR exigé.")) == [("nl", "C1"), ("fr", "C1")]


# --- German knowledge words -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Sachbearbeiter (m/w/d) - Deutschkenntnisse erforderlich", [("de", None)]),
        ("Verkäufer (m/w/d) - gute Französischkenntnisse", [("fr", "B1")]),
        ("Buchhalter (m/w/d) - sehr gute Niederländischkenntnisse", [("nl", "B2")]),
    ],
)
def test_german_knowledge_words(run: Any, title: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run(_HEAD + "- Expérience en comptabilité.", title=title)) == expected


def test_german_word_look_alike(run: Any) -> None:
    # "Deutschland" is a country, not a knowledge word
    assert _langs(run(_HEAD + "- Déplacements fréquents vers nos clients en Deutschland et aux Pays-Bas.")) == []


# --- the other national language ----------------------------------------------------------------------------------------


def test_other_national_language(run: Any) -> None:
    reqs = run(_HEAD + "- Bilingue NL/FR ou bonne connaissance de l'autre langue nationale (niveau B2)")
    assert _langs(reqs) == [("nl", "C1"), ("fr", "C1"), ("nl", "B2")]


# --- a restated language: the lower alternative, not a repetition --------------------------------------------------------


def test_restated_as_lower_alternative(run: Any) -> None:
    reqs = run(_HEAD + "- Parfaitement bilingue français-allemand ou, sinon, une bonne pratique de l'allemand (niveau B1).")
    assert _langs(reqs) == [("fr", "C1"), ("de", "C1"), ("de", "B1")]


@pytest.mark.parametrize(
    "line",
    [
        # restated without "ou": the same item explained
        "- Anglais technique (niveau B2) : rédaction de rapports en anglais.",
        # restated with the same level
        "- Allemand courant (B2) ou à tout le moins un allemand de niveau B2.",
    ],
)
def test_restated_same_item(run: Any, line: str) -> None:
    assert len(_langs(run(_HEAD + line))) == 1


# --- a language's own predicate that makes it a plus -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Permis B exigé ; l'allemand (niveau A2) serait un plus pour nos tournées.", [("de", "preferred")]),
        ("- Le néerlandais est un petit plus pour les réunions.", [("nl", "preferred")]),
        ("- Quelques notions d'anglais sont utiles au comptoir.", [("en", "preferred")]),
        ("- Des bases d'espagnol ou d'italien faciliteront le contact avec les chauffeurs.", [("es", "preferred"), ("it", "preferred")]),
        ("- Anglais courant exigé ; le polonais et le roumain sont de vrais atouts.", [("en", "required"), ("pl", "preferred"), ("ro", "preferred")]),
        # look-alike: the comma parts the first language from the second one's own clause
        ("- Parler couramment le néerlandais, l'anglais est un atout.", [("nl", "required"), ("en", "preferred")]),
        # a plural predicate takes the whole list
        ("- L'allemand, l'anglais ou l'espagnol sont un plus.", [("de", "preferred"), ("en", "preferred"), ("es", "preferred")]),
    ],
)
def test_plus_predicate(run: Any, line: str, expected: list[tuple[str, str]]) -> None:
    assert _strengths(run(_HEAD + line)) == expected


def test_required_language_stays_required(run: Any) -> None:
    assert _strengths(run(_HEAD + "- Le néerlandais est indispensable pour ce poste.")) == [("nl", "required")]


# --- a thing written or held in the language is not an ability ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Nos modes opératoires sont rédigés en néerlandais par le siège.",
        "- Le suivi se fait lors de réunions en anglais ou en allemand avec l'usine.",
        "- Nos fiches techniques sont traduites en espagnol.",
    ],
)
def test_thing_in_the_language(run: Any, line: str) -> None:
    assert _langs(run(_HEAD + line)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a level or requirement word keeps it
        ("- Les rapports sont rédigés en anglais : niveau B2 exigé.", [("en", "B2")]),
        # the candidate's ability in the language
        ("- Vous rédigez en néerlandais sans difficulté.", [("nl", None)]),
        ("- Tu es à l'aise à l'écrit en allemand.", [("de", None)]),
    ],
)
def test_ability_in_the_language_kept(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run(_HEAD + line)) == expected


# --- a beginner's level before a register ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Notions d'allemand technique souhaitées.", [("de", "A2")]),
        ("- Bases d'anglais professionnel.", [("en", "A2")]),
        # look-alike: mastery of a register names no level (the guide)
        ("- Maîtrise du néerlandais technique.", [("nl", None)]),
    ],
)
def test_beginner_level_before_register(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run(_HEAD + line)) == expected


# --- a form's language line: the grade after a dash or a colon ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Langues :\nAllemand : bon\nNéerlandais : très bonne connaissance", [("de", "B1"), ("nl", "B2")]),
        ("Profil :\n- Allemand - bonne connaissance\n- Anglais – courant", [("de", "B1"), ("en", "B2")]),
        ("Langues : Néerlandais - Très bonne connaissance, Anglais - Notions", [("nl", "B2"), ("en", "A2")]),
        # "très bon" reads as "très bon niveau" (B1 in the IT gold)
        ("Langues :\nEspagnol : très bon", [("es", "B1")]),
    ],
)
def test_grade_after_dash_or_colon(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run("Notre agence de Charleroi recrute.\n" + text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nos bureaux : Lyon - Gand. Une formation en néerlandais - niveau avancé est proposée.",  # a course
        "Profil :\n- Anglais - Excel - Outlook",  # a list of tools, no grade
    ],
)
def test_grade_after_dash_look_alikes(run: Any, text: str) -> None:
    assert _langs(run("Notre agence de Charleroi recrute.\n" + text)) == []


# --- "un bon anglais": "bon" qualifying the candidate's language -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Vous avez un bon néerlandais.", [("nl", "B1")]),
        ("- Tu as un très bon allemand, l'anglais est un plus.", [("de", "B1"), ("en", None)]),
        ("- Un bon anglais courant est exigé.", [("en", "B2")]),
    ],
)
def test_good_language(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run(_HEAD + line)) == expected


def test_good_language_look_alike(run: Any) -> None:
    assert _langs(run("Notre bistrot de Dinant propose un bon français de terroir chaque midi.")) == []
