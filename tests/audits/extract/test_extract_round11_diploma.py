"""Round 11, diplomas: classes read on the errors of the fourteenth to seventeenth samples. Sentences written for the
test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_levels

# --- "IDE" as a development environment (plural environments, notebooks, code editors), not the nurse's diploma -----


@pytest.mark.parametrize(
    "line",
    [
        "- Maîtrise de Python et de ses environnements de développement (IDE, notebooks).",
        "- Bonne pratique des IDE et des éditeurs de code modernes.",
        "- Travail quotidien sous RStudio ou tout autre IDE.",
        "- Aisance avec les outils de développement (IDE, Git, CI).",
    ],
)
def test_ide_as_development_environment(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "- Vous êtes IDE et souhaitez rejoindre un service de pneumologie.",
        "- IDE diplômé(e) d'État, vous rejoignez notre équipe de soins.",
    ],
)
def test_ide_nurse_still_read(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == [("IDE", 6)]
