"""Third generalisation round (issue 4), experience, languages and strength: error classes read on the IT samples up
to the ninth, each tested with French and Belgian sentences written for the test (no offer text) and with look-alikes
that must not change."""

from typing import Any

import pytest
from extract_helpers import of_kind


def _experience(reqs: list[dict[str, Any]]) -> list[tuple[str, Any, str]]:
    return [(r["text"], r["years"], r["strength"]) for r in of_kind(reqs, "experience")]


# --- an ideal that adds a domain, a sector or a technology: a second, preferred experience item -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profil :\n- Expérience de 3 ans en comptabilité, idéalement dans le secteur de la construction.",
            [("Expérience de 3 ans", 3.0, "required"), ("idéalement dans le secteur de la construction", None, "preferred")],
        ),
        (
            "Vous avez une expérience en gestion de réseaux (idéalement Cisco ou Juniper).",
            [("expérience", None, "required"), ("idéalement Cisco ou Juniper", None, "preferred")],
        ),
        # without its accent, as typed in a hurry
        (
            "Vous justifiez d'une expérience en logistique, idealement en entrepot frigorifique.",
            [("expérience", None, "required"), ("idealement en entrepot frigorifique", None, "preferred")],
        ),
        (
            "Une expérience en paie est demandée, de préférence au sein d'un secrétariat social.",
            [("expérience", None, "required"), ("de préférence au sein d'un secrétariat social", None, "preferred")],
        ),
    ],
)
def test_ideal_domain_is_a_second_preferred_experience(run: Any, text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert _experience(run(text)) == expected


def test_ideal_background_alone_is_a_preferred_experience(run: Any) -> None:
    text = "Idéalement issue du secteur de la distribution, vous aimez le contact client."
    assert _experience(run(text)) == [("Idéalement issue du secteur de la distribution", None, "preferred")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ideal qualifies the diploma named between them, not the experience
        ("Vous avez 3 ans d'expérience et un Master, idéalement en statistique.", [("3 ans d'expérience", 3.0, "required")]),
        # the ideal is the experience itself: one item
        ("Vous justifiez idéalement d'une expérience dans le commerce de détail.", [("expérience", None, "preferred")]),
        # "idéalement 5 ans": the duration's own item, not a domain
        (
            "Expérience solide (idéalement 5 ans) en maintenance.",
            [("Expérience", None, "required"), ("idéalement 5 ans", 5.0, "preferred")],
        ),
        # another sentence, about where the candidate lives
        ("Expérience en soins à domicile exigée. Idéalement, vous habitez la région de Namur.", [("Expérience", None, "required")]),
    ],
)
def test_ideal_look_alikes_add_no_experience(run: Any, text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert _experience(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare sector word in apposition after the experience's domain
        (
            "Vous avez 4 ans d'expérience en milieu hospitalier, idéalement pédiatrique.",
            [("4 ans d'expérience", 4.0, "required"), ("idéalement pédiatrique", None, "preferred")],
        ),
        # "acquise en …": the ideal keeps its cue, the experience before it stays required
        (
            "Vous avez une expérience de 5 ans, idéalement acquise en cabinet d'audit.",
            [("expérience de 5 ans", 5.0, "required"), ("idéalement acquise en cabinet d'audit", None, "preferred")],
        ),
        (
            "Vous disposez d'une expérience en soudure de 3 ans minimum, si possible dans le naval.",
            [("expérience en soudure de 3 ans minimum", 3.0, "required"), ("si possible dans le naval", None, "preferred")],
        ),
        # the cue after the name, in a parenthesis
        (
            "Profil :\n- Expérience des outils de déploiement (Jenkins de préférence).",
            [("Expérience", None, "required"), ("Jenkins de préférence", None, "preferred")],
        ),
        # a sentence glued to the next where markup was stripped: the ideal stops at the full stop
        (
            "Vous avez une expérience de 2 ans, si possible dans la grande distribution.Vous parlez néerlandais.",
            [("expérience de 2 ans", 2.0, "required"), ("si possible dans la grande distribution", None, "preferred")],
        ),
    ],
)
def test_ideal_variants(run: Any, text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert _experience(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ideal qualifies a tool the candidate masters, not the experience
        ("Une expérience de chef d'équipe, maîtrisant SAP, idéalement sur le module MM.", ["expérience"]),
        # a trait of the person is no sector
        ("Vous avez 2 ans d'expérience en vente, idéalement motivé.", ["2 ans d'expérience"]),
        # a bare word without the comma of an apposition
        ("Une expérience idéalement pédiatrique est demandée.", ["expérience"]),
    ],
)
def test_ideal_variant_look_alikes(run: Any, text: str, expected: list[str]) -> None:
    assert [t for t, _, _ in _experience(run(text))] == expected


# --- "XP" for expérience; a grade that restates the experience before it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\n- XP de développement Java en milieu bancaire", [("XP", None)]),
        ("Vous avez 3 ans d'XP en administration réseau.", [("3 ans d'XP", 3.0)]),
        ("Profil :\n- Minimum 4 ans d'expérience : profil senior", [("Minimum 4 ans d'expérience", 4.0)]),
    ],
)
def test_xp_and_restated_grade(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert [(t, y) for t, y, _ in _experience(run(text))] == expected


@pytest.mark.parametrize(
    "text",
    ["Profil :\n- Connaissance de Windows XP et de Linux", "Méthodes agiles (Scrum, XP).", "Gagnez des XP en jouant."],
)
def test_xp_look_alikes(run: Any, text: str) -> None:
    assert _experience(run(text)) == []
