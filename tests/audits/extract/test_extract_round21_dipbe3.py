"""Round 21, Belgian titles by family (dipbe3, from the tenth and eleventh written batches' errors, generalised): the
graduate named after its profession ("bibliothécaire gradué(e)") or with a qualifier before its field ("gradué(e)
spécifique en …"); the nurse's brevet abbreviated ("brevet inf."); the childcare assistant's CQ named by its acronym
before or after the title; "puériculteur·trice" and the engineer's branches in inclusive writing, with the second
branch after "ou" as its own item. Each family has look-alikes that must not fire. Sentences written for the test (no
offer text); offsets are checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre service renforce son équipe.\nProfil recherché :\n"


def diplomas(run: Any, line: str, title: str = "Employé (H/F)") -> list[tuple[str, Any]]:
    return [(r["text"], r["eqf_level"]) for r in of_kind(run(HEAD + line, title), "diploma")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the graduate after the profession it qualifies, any case, any gender form
        ("Vous êtes bibliothécaire gradué(e) ou bachelier.", [("bibliothécaire gradué(e)", 5), ("bachelier", 6)]),
        ("Comptable gradué ou bachelier en comptabilité requis.", [("Comptable gradué", 5), ("bachelier", 6)]),
        ("- COMPTABLE GRADUÉ(E) exigé.", [("COMPTABLE GRADUÉ(E)", 5)]),
        ("Vous êtes documentaliste graduée.", [("documentaliste graduée", 5)]),
        # a qualifier before the field
        ("Vous êtes graduée spécialisée en comptabilité ou bachelière.",
         [("graduée spécialisée en comptabilité", 5), ("bachelière", 6)]),
        ("Gradué(e) spécifique en informatique exigé.", [("Gradué(e) spécifique en informatique", 5)]),
        # the nurse's brevet abbreviated, with or without its period, any case
        ("Bachelier / brevet inf. requis.", [("Bachelier", 6), ("brevet inf.", 5)]),
        ("Bachelier infirmier ou BREVET INF, expérience en gériatrie.", [("Bachelier", 6), ("BREVET INF", 5)]),
        ("Vous êtes titulaire d'un brevet d'inf. hospitalier.", [("brevet d'inf.", 5)]),
        # the childcare CQ: acronym before or after the title
        ("Puériculteur·trice ou auxiliaire de l'enfance (CQ) exigé.", [("Puériculteur·trice", 4)]),
        ("Vous avez un CQ d'auxiliaire de l'enfance ou un bachelier.", [("CQ d'auxiliaire de l'enfance", 3), ("bachelier", 6)]),
        ("CQ6 auxiliaire de l'enfance requis.", [("CQ6 auxiliaire de l'enfance", 3)]),
        # the inclusive childcare title in a list
        ("Titres : puériculteur.rice, éducateur A2.", [("puériculteur.rice", 4), ("éducateur A2", 4)]),
        # the engineer's branches in inclusive writing; the second branch is its own item
        ("Diplôme : ingénieur(e) industriel(le) / civil(e) exigé.", [("ingénieur(e) industriel(le)", 7), ("civil(e)", 7)]),
        ("Vous êtes ingénieur.e civil.e ou industriel.le.", [("ingénieur.e civil.e", 7), ("industriel.le", 7)]),
    ],
)
def test_belgian_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    found = diplomas(run, line)
    for item in expected:
        assert item in found


def test_inclusive_engineer_in_the_title(run: Any) -> None:
    found = [(r["text"], r["eqf_level"]) for r in of_kind(run("Nous recrutons pour notre service travaux.", "Ingénieur·e industriel·le ou civil·e"), "diploma")]
    assert ("Ingénieur·e industriel·le", 7) in found
    assert ("civil·e", 7) in found


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: 'brevet informatique', a graduate colleague, staff in the plural
        "Connaissance en informatique (brevet informatique) exigée.",
        "Vous travaillerez avec un comptable gradué et deux employés.",
        "Les puériculteurs·trices de la crèche vous accueillent.",
        # 'industriel ou civil' with no engineer's title before it names no degree (the second-branch pass needs one)
        "Vous êtes à l'aise dans un environnement industriel ou civil.",
        "Chantiers industriels / civils en Wallonie.",
    ],
)
def test_look_alikes(run: Any, line: str) -> None:
    assert diplomas(run, line) == []
