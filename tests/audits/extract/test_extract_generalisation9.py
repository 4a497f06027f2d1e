"""Ninth generalisation round, diplomas: error classes read on the eighth and ninth IT samples, each tested with
French and Belgian sentences written for the test (no offer text) and with look-alikes that must not change."""

from typing import Any

import pytest
from extract_helpers import found

# --- a training named by its field, with diplomas offered as alternatives in a parenthesis ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profil :\n- Issu(e) d'une formation supérieure en comptabilité (Graduat ou Bac +3), vous êtes rigoureux.",
            [("Issu(e) d'une formation supérieure", None), ("Graduat", 6), ("Bac +3", 6)],
        ),
        (
            "Profil :\n- Formation supérieure en électromécanique (Bac + 2 ou Bac + 3).",
            [("Formation supérieure", None), ("Bac + 2", 5), ("Bac + 3", 6)],
        ),
        (
            "Diplômé(e) d'une formation universitaire en logistique (Master ou école d'ingénieur), vous aimez le terrain.",
            [("une formation universitaire", None), ("Master", 7), ("école d'ingénieur", 7)],
        ),
    ],
)
def test_field_training_is_one_more_alternative(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    got = found(run(text), "diploma")
    assert [level for _, level in got] == [level for _, level in expected]
    assert [t for t, _ in got][1:] == [t for t, _ in expected][1:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single level in the parenthesis is the training's level
        ("Profil :\n- Formation supérieure (Bac+5).", [7]),
        # a range is one requirement at its minimum
        ("Profil :\n- Formation en construction, génie civil ou matériaux (Bac +2 à Bac +5).", [5]),
        # no field named: only the listed diplomas are asked
        ("Profil :\n- Issu(e) d'une formation technique (CESS ou Bac Pro), vous êtes motivé.", [4, 4]),
        # a secondary-level course in a field: the certificates it leads to
        ("Profil :\n- Issu(e) d'une formation en soudure (CQ6 ou CESS), vous êtes motivé.", [3, 4]),
    ],
)
def test_parenthesised_level_without_field_alternatives_unchanged(run: Any, text: str, expected: list[Any]) -> None:
    assert [level for _, level in found(run(text), "diploma")] == expected
