"""Round 15, languages, licences, experience: wording families from the third written batch's errors, with variants
written for the test (no ad text) and look-alikes that must give nothing. Sentences written for the test."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, of_kind


def langs(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, Any, Any, str]]:
    return [(r["text"], r["language"], r["cefr"], r["strength"]) for r in of_kind(run(text, title=title), "language")]


# --- languages: levels (the guide's table) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a few words, rudiments: a beginner's level, as "notions"
        ("- Quelques mots de néerlandais appréciés.", [("néerlandais", "nl", "A2", "preferred")]),
        ("- Des rudiments d'allemand seraient utiles.", [("allemand", "de", "A2", "preferred")]),
        # "connaissance passive" is a bare "connaissance": no level
        ("- Une connaissance passive du néerlandais est un plus.", [("néerlandais", "nl", None, "preferred")]),
        # the level after the colon is the language's own, not the bilingual level of the item before
        ("- Anglais bilingue exigé, espagnol : notions appréciées.", [("Anglais", "en", "C1", "required"), ("espagnol", "es", "A2", "preferred")]),
        # the grade after a register and an aside
        ("- Anglais technique (documentation) : bonne compréhension écrite", [("Anglais", "en", "B1", "required")]),
        # an explicit level code wins over the level word
        ("- Néerlandais : maîtrise parfaite exigée (C1)", [("Néerlandais", "nl", "C1", "required")]),
        # mastery is B2 whatever adjective grades it (the guide: maîtrise B2)
        ("- Parfaite maîtrise du français.", [("français", "fr", "B2", "required")]),
        # a register names no level
        ("- Anglais professionnel indispensable.", [("Anglais", "en", None, "required")]),
    ],
)
def test_language_levels(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


def test_bilingual_pair_gives_both_languages(run: Any) -> None:
    # the guide: "Bilingue français/anglais" -> fr C1 and en C1 (both asked, never alternatives)
    for line in ("- Bilingue FR/NL indispensable.", "- Vous êtes parfaitement bilingue français-néerlandais."):
        got = {(r["language"], r["cefr"], r["alternative_group"]) for r in of_kind(run(PROFILE_HEAD + line), "language")}
        assert got == {("fr", "C1", None), ("nl", "C1", None)}


# --- languages: cues and look-alikes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Vous devez simplement savoir lire et écrire le français.", [("français", "fr", None, "required")]),
        ("- Tu sais lire et écrire le néerlandais pour remplir les fiches.", [("néerlandais", "nl", None, "required")]),
    ],
)
def test_reading_and_writing_the_language(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a teacher's or a diploma's subject, the discipline FLE
        "Titre requis : AESI langues germaniques (orientation néerlandais) ou bachelier instituteur.",
        "Fonction : maître de seconde langue (néerlandais), 12 périodes par semaine.",
        "Nous cherchons un formateur en alphabétisation et français langue étrangère.",
        "Profil :\n- Master en langues et lettres ou AESI français-FLE.",
        # a language said not to be needed, the plus after "mais" is another language's
        "Profil :\n- le néerlandais n'est pas nécessaire, mais un bon esprit d'équipe oui.",
        # a selection step and a benefit
        "Le processus comprend un test linguistique puis un entretien.",
        "Nous offrons une prime linguistique et une prime TOEIC de 300 € par an.",
    ],
)
def test_no_language_asked(run: Any, text: str) -> None:
    assert of_kind(run(text), "language") == []


def test_not_needed_then_another_language_as_a_plus(run: Any) -> None:
    text = PROFILE_HEAD + "- le néerlandais n'est pas nécessaire, mais quelques bases d'allemand seraient un plus"
    assert langs(run, text) == [("allemand", "de", "A2", "preferred")]


def test_glued_list_item_level_is_not_the_next_languages(run: Any) -> None:
    text = "Profil- Maîtrise de Winbooks ou de BOB- Le néerlandais est un atout- Rigueur"
    assert langs(run, text) == [("néerlandais", "nl", None, "preferred")]


# --- languages: test scores and Belgian language certificates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Votre anglais est opérationnel : TOEIC 850 minimum.", [("anglais est opérationnel : TOEIC 850 minimum", "en", "B2", "required")]),
        ("- TOEIC 600 minimum exigé.", [("TOEIC 600 minimum", "en", "B1", "required")]),
        ("- Score TOEIC de 950 points souhaité.", [("TOEIC de 950 points", "en", "C1", "preferred")]),
        ("- IELTS 6.5 requis.", [("IELTS 6.5 requis", "en", "B2", "required")]),
    ],
)
def test_test_scores_are_language_items(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Bonne connaissance du néerlandais (niveau B1) ; la possession du brevet linguistique (art. 8) est un atout.",
         [("néerlandais", "nl", "B1", "required"), ("brevet linguistique (art. 8)", "nl", None, "preferred")]),
        ("- Le certificat Selor est un atout.", [("certificat Selor", "nl", None, "preferred")]),
        ("- Être titulaire du certificat linguistique BOSA (article 9).", [("certificat linguistique BOSA (article 9)", "nl", None, "required")]),
    ],
)
def test_belgian_language_certificates(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


def test_language_certificate_to_obtain_after_hiring_is_not_asked(run: Any) -> None:
    text = PROFILE_HEAD + "- Le certificat linguistique SELOR (article 9) peut être obtenu après l'engagement."
    assert of_kind(run(text), "language") == []
