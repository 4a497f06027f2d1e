"""Round 9, diplomas: general classes read on the tenth to thirteenth IT samples — lists of schools, degrees or
professions after a level or a "formation supérieure", care diplomas named by their profession in a list, levels
written in full on both sides of a slash, and look-alikes that are no diploma asked (a training the employer offers,
a future graduate, a school as a workplace or a partner). Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import of_kind

_HEAD = "Notre société de services basée à Liège renforce son équipe technique.\nProfil recherché :\n"


def _diplomas(reqs: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [(r["text"], r["eqf_level"]) for r in of_kind(reqs, "diploma")]


def _groups(reqs: list[dict[str, Any]]) -> set[Any]:
    return {r["alternative_group"] for r in of_kind(reqs, "diploma")}


# --- two levels written in full on both sides of a slash are alternatives, not a range ----------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Bac+2 / Bac+3 en gestion.", [("Bac+2", 5), ("Bac+3", 6)]),
        ("- Niveau BAC +3/BAC +5 en informatique.", [("Niveau BAC +3", 6), ("BAC +5", 7)]),
        ("- Diplôme bac + 2 / bac + 3 exigé.", [("bac + 2", 5), ("bac + 3", 6)]),
    ],
)
def test_levels_in_full_across_a_slash(run: Any, line: str, expected: list[tuple[str, int]]) -> None:
    reqs = run(_HEAD + line)
    got = _diplomas(reqs)
    assert [e for _t, e in got] == [e for _t, e in expected]
    assert len(_groups(reqs)) == 1 and None not in _groups(reqs)


@pytest.mark.parametrize(("line", "eqf"), [("- Bac+2/3 en comptabilité.", 5), ("- Bac +4/+5 en data.", 6), ("- Bac+2 à Bac+5.", 5)])
def test_short_ranges_stay_one_item(run: Any, line: str, eqf: int) -> None:
    assert [e for _t, e in _diplomas(run(_HEAD + line))] == [eqf]
