"""Fifth generalisation round, diplomas and the minimum EQF per offer: error classes read on the fifth IT sample
(/tmp OUTDOC merged into docs/extraction.md, "Fifth round (diplomas)"), each tested with French and Belgian sentences
written for the test (no offer text) and with look-alikes that must keep their diploma."""

from typing import Any

import pytest
from extract_helpers import found

# --- "Master" and "BP" inside a role or product name ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vous participez au déploiement d'une solution de Master Data Management pour nos clients.",
        "Notre salle d'escape game recrute un Game Master pour les week-ends.",
        "Le Master Chef de la brigade vous forme aux recettes maison.",
        "Au sein de l'équipe des RH BP, vous accompagnez les managers de site.",
        "Vous rejoignez les Finance BP du groupe à Namur.",
    ],
)
def test_role_or_product_names_are_no_diploma(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titulaire d'un Master Data Science, vous rejoignez l'équipe de Liège.", [("Master", 7)]),
        ("Master en informatique exigé ; notre Scrum Master vous accueille.", [("Master", 7)]),
        ("Diplôme : BP coiffure exigé.", [("BP", 4)]),
        ("De formation boulanger (CAP/BEP/Bac Pro/BP), vous avez deux ans d'expérience.",
         [("CAP", 3), ("BEP", 3), ("Bac Pro", 4), ("BP", 4)]),
    ],
)
def test_real_master_and_bp_still_read(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected
