"""Round 16, languages: wording families from the fourth written batch's errors, with variants written for the test (no
ad text) and look-alikes that must give nothing. Sentences written for the test."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, of_kind


def langs(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, Any, Any, str]]:
    return [(r["text"], r["language"], r["cefr"], r["strength"]) for r in of_kind(run(text, title=title), "language")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a new subject after a comma (own definite article, own predicate): the level word before is the first's
        ("- Bonne connaissance du français, le néerlandais ou l'anglais est un atout",
         [("français", "fr", "B1", "required"), ("néerlandais", "nl", None, "preferred"), ("anglais", "en", None, "preferred")]),
        ("- Très bonne maîtrise du néerlandais, l'anglais serait un plus.",
         [("néerlandais", "nl", "B2", "required"), ("anglais", "en", None, "preferred")]),
        ("- Maîtrise du français, l'allemand et l'anglais sont des atouts.",
         [("français", "fr", "B2", "required"), ("allemand", "de", None, "preferred"), ("anglais", "en", None, "preferred")]),
        # look-alike: the same governing noun ("du … du … de l'") keeps one list and one level
        ("- Bonne connaissance du français, du néerlandais et de l'anglais.",
         [("français", "fr", "B1", "required"), ("néerlandais", "nl", "B1", "required"), ("anglais", "en", "B1", "required")]),
        # a list item is not a connector: the next item keeps its own level and strength
        ("- Vous êtes bilingue allemand-français\n- L'anglais est un plus\n- Maîtrise d'Excel",
         [("allemand", "de", "C1", "required"), ("français", "fr", "C1", "required"), ("anglais", "en", None, "preferred")]),
        # a list whose level closes it: every language waits for it
        ("Néerlandais, anglais et français courants obligatoires.",
         [("Néerlandais", "nl", "B2", "required"), ("anglais", "en", "B2", "required"), ("français", "fr", "B2", "required")]),
        ("Allemand, espagnol, italien : notions appréciées.",
         [("Allemand", "de", "A2", "preferred"), ("espagnol", "es", "A2", "preferred"), ("italien", "it", "A2", "preferred")]),
    ],
)
def test_language_subjects_and_lists(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the short forms of a plus
        ("Anglais courant obligatoire, allemand = plus.", [("Anglais", "en", "B2", "required"), ("allemand", "de", None, "preferred")]),
        ("Anglais courant obligatoire. Le français c'est bonus.", [("Anglais", "en", "B2", "required"), ("français", "fr", None, "preferred")]),
        ("- Allemand : atout", [("Allemand", "de", None, "preferred")]),
        # said not to be needed after a colon: not asked; "mais apprécié" keeps it, preferred
        ("- Néerlandais : pas nécessaire", []),
        ("- Anglais : non requis", []),
        ("- Anglais : non requis mais apprécié", [("Anglais", "en", None, "preferred")]),
        # the short register "pro", no level
        ("Tu maîtrises SQL. Anglais pro (toute la doc est en anglais).", [("Anglais", "en", None, "required")]),
        ("- Anglais pro indispensable.", [("Anglais", "en", None, "required")]),
    ],
)
def test_language_short_forms(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the grade of the ability, cut from the language at "et"
        ("- Très bonne expression écrite et orale en français", [("français", "fr", "B2", "required")]),
        ("- Bonne communication orale en anglais.", [("anglais", "en", "B1", "required")]),
        ("- Excellente aisance en néerlandais.", [("néerlandais", "nl", "B2", "required")]),
        # look-alike: a grade of another thing in the same item stays with it
        ("- Rigueur, communication en anglais.", [("anglais", "en", None, "required")]),
        # a level in brackets closing the sentence
        ("Si vous parlez l'italien, c'est un plus pour nos clients (niveau courant).", [("italien", "it", "B2", "preferred")]),
        ("Vous parlez le néerlandais avec nos fournisseurs (niveau B1).", [("néerlandais", "nl", "B1", "required")]),
        # a bonus for bilingualism is the employer's, not a level asked
        ("Atouts :\n- connaissance du néerlandais (prime de bilinguisme possible)", [("néerlandais", "nl", None, "preferred")]),
        ("- Connaissance de l'allemand (allocation linguistique prévue)", [("allemand", "de", None, "required")]),
    ],
)
def test_language_levels_round16(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


def test_school_subject_not_asked(run: Any) -> None:
    text = (
        "Poste vacant : 12 périodes d'anglais langue moderne 2 au premier degré.\n"
        "Vous avez une bonne maîtrise de l'anglais (niveau C1)."
    )
    assert langs(run, text, title="Professeur d'anglais (AESI)") == [("anglais", "en", "C1", "required")]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # convention 2: codes in a job title, one item each, no level; "bilingue" gives C1 (convention 4)
        ("Gestionnaire de dossiers - NL/FR", [("NL", "nl", None), ("FR", "fr", None)]),
        ("Assistant(e) commercial(e) (FR/NL/EN)", [("FR", "fr", None), ("NL", "nl", None), ("EN", "en", None)]),
        ("Réceptionniste bilingue FR/NL", [("FR", "fr", "C1"), ("NL", "nl", "C1")]),
        ("Agent service clients bilingue FR/NL (H/F) - Namur", [("FR", "fr", "C1"), ("NL", "nl", "C1")]),
    ],
)
def test_title_codes(run: Any, title: str, expected: list[tuple[str, Any, Any]]) -> None:
    got = [(r["text"], r["language"], r["cefr"]) for r in of_kind(run("Vous êtes rigoureux.", title=title), "language") if r["field"] == "title"]
    assert got == expected
