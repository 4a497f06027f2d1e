"""An apprenticeship ad's "Formation : BTS …" line is the course prepared, not a diploma held; an ad that merely names
apprenticeship (among past experiences, as an option) keeps every diploma it asks (audits/extract/components.py)."""

from typing import Any

import pytest
from extract_helpers import of_kind

ASKED = "Profil :\n- Formation : Bac+2 minimum (BTS, DUT) en informatique ou équivalent.\n"


@pytest.mark.parametrize(
    "other_line",
    [
        "- Expérience : une première expérience (stage, alternance, premier poste) en support.",
        "- Alternance possible pour la suite du parcours.",
        "- Vous avez travaillé en apprentissage ou en CDD.",
    ],
)
def test_naming_apprenticeship_keeps_the_diplomas_asked(run: Any, other_line: str) -> None:
    diplomas = [r["text"] for r in of_kind(run(ASKED + other_line), "diploma")]
    assert diplomas == ["Bac+2", "BTS", "DUT"]


@pytest.mark.parametrize(
    "contract",
    [
        "Contrat d'apprentissage de deux ans avec notre CFA.",
        "Poste en alternance : trois semaines en entreprise, une semaine à l'école.",
        "Nous recrutons un(e) apprenti(e) vendeur(se).",
        "Contrat de professionnalisation d’un an.",
    ],
)
def test_the_course_line_of_an_apprenticeship_ad_is_not_a_diploma_held(run: Any, contract: str) -> None:
    assert of_kind(run(contract + "\nFormation : BTS MCO, préparé avec notre CFA."), "diploma") == []


def test_a_diploma_held_in_an_apprenticeship_ad_stays(run: Any) -> None:
    reqs = run("Poste en alternance.\nFormation : Bac minimum exigé pour entrer en BTS.")
    assert [r["text"] for r in of_kind(reqs, "diploma")][:1] == ["Bac"]
