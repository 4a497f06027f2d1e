"""Round 17, languages and licences: the "not needed" predicate shared by licences, languages and certificates
(not_needed.py), the one list of plus adjectives (strength.py), and wording families from the fifth written batch's
errors, with variants written for the test (no ad text) and look-alikes that must give nothing. Sentences written for
the test."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, of_kind


def langs(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, Any, Any, str]]:
    return [(r["text"], r["language"], r["cefr"], r["strength"]) for r in of_kind(run(text, title=title), "language")]


def licences(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, Any, str]]:
    return [(r["text"], r["category"], r["strength"]) for r in of_kind(run(text, title=title), "licence")]


def certs(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, str]]:
    return [(r["text"], r["strength"]) for r in of_kind(run(text, title=title), "certification")]


# Round 17: one "said not to be needed" rule for the three kinds: the same words take a licence, a language or a
# certificate back; a wish after them keeps it (preferred).
@pytest.mark.parametrize(
    "line",
    [
        "- Permis B : non exigé (bureaux à deux pas de la gare)",
        "- Le permis B n'est pas demandé pour ce poste.",
        "- Permis de conduire : pas nécessaire.",
        "- Néerlandais : non requis",
        "- Le néerlandais n'est pas exigé pour ce poste.",
        "- Anglais non obligatoire.",
        "- French not required.",
        "- VCA non exigé.",
        "- Le CACES n'est pas nécessaire.",
    ],
)
def test_said_not_needed_is_not_an_item(run: Any, line: str) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert [r["text"] for r in reqs if r["kind"] in ("language", "licence", "certification")] == []


@pytest.mark.parametrize(
    ("line", "kind", "text", "strength"),
    [
        ("- Permis B non exigé mais apprécié", "licence", "Permis B", "preferred"),
        ("- Anglais non obligatoire, mais un plus.", "language", "Anglais", "preferred"),
        # the corpus (it2-087) reads "pas indispensable mais utile" as optional: kept all the same
        ("- Parler anglais ne sera pas indispensable mais utile.", "language", "anglais", "optional"),
        ("- Néerlandais souhaité, pas obligatoire.", "language", "Néerlandais", "preferred"),
        ("- VCA apprécié, pas obligatoire.", "certification", "VCA", "preferred"),
    ],
)
def test_not_needed_but_wished_is_kept(run: Any, line: str, kind: str, text: str, strength: str) -> None:
    reqs = [r for r in run(PROFILE_HEAD + line) if r["kind"] == kind]
    assert [(r["text"], r["strength"]) for r in reqs] == [(text, strength)]


# Round 17: the plus adjectives are strength.py's one list, read by the language and licence predicates too.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Anglais courant. L'allemand serait un beau plus.", [("Anglais", "en", "B2", "required"), ("allemand", "de", None, "preferred")]),
        ("- Français courant ; l'espagnol et l'italien sont de vrais atouts.",
         [("Français", "fr", "B2", "required"), ("espagnol", "es", None, "preferred"), ("italien", "it", None, "preferred")]),
        ("- Français courant, le néerlandais est un véritable atout.", [("Français", "fr", "B2", "required"), ("néerlandais", "nl", None, "preferred")]),
    ],
)
def test_plus_adjectives_for_languages(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Permis B obligatoire, le permis C serait un beau plus.", [("Permis B", "B", "required"), ("permis C", "C", "preferred")]),
        ("- Permis B exigé ; le permis C est un véritable atout.", [("Permis B", "B", "required"), ("permis C", "C", "preferred")]),
    ],
)
def test_plus_adjectives_for_licences(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert licences(run, PROFILE_HEAD + line) == expected
