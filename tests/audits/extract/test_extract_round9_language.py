"""Round 9 (languages, protected look-alikes, licences, certifications): general classes read on the errors of the
tenth to thirteenth IT samples, tested with sentences written for the test (no offer text) and with look-alikes
that must not change."""

from typing import Any

import pytest
from extract_helpers import of_kind

_FR = (
    "Notre entreprise de logistique basée à Lyon renforce son équipe. Vous rejoindrez une équipe soudée et "
    "travaillerez sur des projets variés avec nos clients.\nProfil recherché :\n"
)


def _langs(reqs: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [(r["language"], r["cefr"]) for r in of_kind(reqs, "language")]


# --- languages named by their adjective after a plural "langues", chained ------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Maîtrise des langues française et anglaise exigée.", [("fr", "B2"), ("en", "B2")]),
        ("Bonne maîtrise des langues anglaise, allemande et espagnole.", [("en", "B2"), ("de", "B2"), ("es", "B2")]),
        ("Les langues francaise et anglaise courantes sont indispensables.", [("fr", "B2"), ("en", "B2")]),
        ("Langue anglaise courante.", [("en", "B2")]),
    ],
)
def test_adjectives_after_plural_langues(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert _langs(run(_FR + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Vous travaillerez pour une entreprise française et anglaise.",  # the company's nationality
        "Cuisine française et italienne au restaurant d'entreprise.",
    ],
)
def test_adjectives_look_alikes(run: Any, line: str) -> None:
    assert _langs(run(_FR + line)) == []
