"""Round 12, certifications and licences: families of wordings (lists, Belgian and French certificates, licence
categories) and their look-alikes. Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import of_kind

from audits.extract.training import offered_on_line, offered_right_after, training_offer

HEAD = "Notre entreprise de Wallonie renforce son équipe.\nProfil recherché :\n"


def certs(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["text"], r["code"]) for r in of_kind(reqs, "certification")]


def licences(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["text"], r["category"]) for r in of_kind(reqs, "licence")]


# --- one "given by the employer" rule (training.py) for trainings, licences and certificates ----------------------


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Permis C financé par l'entreprise", 8, True),
        ("Permis D entièrement pris en charge", 8, True),
        ("Permis CE inclus dans votre parcours", 9, True),
        ("Permis B obligatoire, permis C financé", 8, False),
    ],
)
def test_offered_right_after(text: str, end: int, expected: bool) -> None:
    assert offered_right_after(text, end) is expected


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Certifications AWS et Azure financées à 100 %", 18, True),
        ("CACES R489 exigé, formation financée", 10, False),
        ("Habilitation électrique B1V, BR et BC à jour (recyclage pris en charge)", 37, False),
        ("SST apprécié (sinon formation prise en charge)", 3, False),
        ("SST\nTickets restaurant pris en charge à 60 %", 3, False),
    ],
)
def test_offered_on_line(text: str, end: int, expected: bool) -> None:
    assert offered_on_line(text, end) is expected


def test_training_sentence_uses_the_same_words() -> None:
    assert training_offer("Formation CACES financée par l'entreprise.") == "drop"
    assert training_offer("Formation incluse dans le contrat.") == "drop"
    assert training_offer("CACES exigé, ou formation financée en interne.") == "optional"
    assert training_offer("CACES R489 exigé.") is None


@pytest.mark.parametrize(
    ("line", "expected_certs", "expected_licences"),
    [
        ("- Habilitation électrique B1V, BR et BC à jour (recyclage pris en charge par l'entreprise)",
         [("Habilitation électrique B1V", "HABILITATION ELECTRIQUE B1V"), ("BR", "HABILITATION ELECTRIQUE BR"),
          ("BC", "HABILITATION ELECTRIQUE BC")], []),
        ("- Permis B exigé. Le permis C est entièrement financé par l'entreprise.", [], [("Permis B", "B")]),
        ("- Certifications Azure financées à 100 %.", [], []),
    ],
)
def test_offered_in_ads(run: Any, line: str, expected_certs: list[tuple[str, str]], expected_licences: list[tuple[str, str]]) -> None:
    reqs = run(HEAD + line)
    assert certs(reqs) == expected_certs
    assert licences(reqs) == expected_licences
