"""Round 21, French and English named diplomas by family (dipcat3, from the tenth and eleventh written batches' errors,
generalised): the series of the general and technological bac listed after a bac (brackets, slashes, "série", caps),
each an item at 4; social-work initials introduced by "d'"/"de" ("les candidatures d'ES ou d'AES"); English degrees with
a list of fields closed by another degree or "or equivalent", a bare bachelor/master as the other side of "or", a
business school by its major. Each family has look-alikes that must not fire. Sentences written for the test (no offer
text); offsets are checked by the `run` fixture."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre service renforce son équipe.\nProfil recherché :\n"
HEAD_EN = "Our client is looking for a new team member.\nProfile:\n"
TAIL_EN = "\nKnowledge of SAP is nice to have. Permanent contract."


def diplomas(run: Any, text: str) -> list[tuple[str, Any]]:
    return [(r["text"], r["eqf_level"]) for r in of_kind(run(text), "diploma")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the series in brackets after a bare bac, a bac pro among them already an item
        ("Être titulaire d'un bac (STMG, général ou bac pro AGORA).",
         [("bac", 4), ("STMG", 4), ("général", 4), ("bac pro AGORA", 4)]),
        ("Titulaire du BAC (S, ES ou STMG) exigé.", [("BAC", 4), ("S", 4), ("ES", 4), ("STMG", 4)]),
        ("Niveau bac (général ou technologique) requis.", [("Niveau bac", 4), ("général", 4), ("technologique", 4)]),
        # the series chained after a bac that names one
        ("Bac STI2D / STL / ES / S / L exigé.", [("Bac STI2D", 4), ("STL", 4), ("ES", 4), ("S", 4), ("L", 4)]),
        ("BAC S OU STI2D OBLIGATOIRE.", [("BAC S", 4), ("STI2D", 4)]),
        ("Bac ES, S ou L souhaité.", [("Bac ES", 4), ("S", 4), ("L", 4)]),
        ("Vous êtes titulaire d'un bac général ou technologique.", [("bac général", 4), ("technologique", 4)]),
        ("Titulaire d'un baccalauréat série S ou ES.", [("baccalauréat", 4), ("S", 4), ("ES", 4)]),
        # look-alikes: a capital letter that opens a word, a bracket that is no series, a second diploma
        ("Bac S, L'expérience en magasin compte aussi.", [("Bac S", 4)]),
        ("Bac ou équivalent, S'adresser à la mairie.", [("Bac", 4)]),
        ("Bac (ou équivalent) exigé.", [("Bac", 4)]),
        ("Bac STMG et BTS MCO exigés.", [("Bac STMG", 4), ("BTS MCO", 5)]),
    ],
)
def test_bac_series_listed(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diplomas(run, HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Éducateur en IME : DEME exigé (les candidatures d'ES ou d'AES seront étudiées).", ["DEME", "ES", "AES"]),
        ("Travail éducatif en foyer : candidatures d'ES, de ME ou d'AES bienvenues.", ["ES", "ME", "AES"]),
        ("Équipe éducative : profils de ME et/ou de TISF acceptés.", ["ME", "TISF"]),
        # look-alikes: one initial alone, or a text with nothing social or educational
        ("Équipe éducative : candidatures d'ES bienvenues.", []),
        ("Logistique : zones de DE ou d'AS en entrepôt.", []),
    ],
)
def test_social_work_initials_with_preposition(run: Any, line: str, expected: list[str]) -> None:
    assert [t for t, _ in diplomas(run, HEAD + line)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Master's degree in IT or bachelor + 5 years of experience.", [("Master's degree in IT", 7), ("bachelor", 6)]),
        ("Master's degree in statistics, data science or business school with a data major.",
         [("Master's degree in statistics, data science", 7), ("business school with a data major", 7)]),
        ("• Bachelor in logistics, international trade or equivalent through experience",
         [("Bachelor in logistics, international trade", 6)]),
        ("Bachelor's degree in finance, accounting or economics. 3 years of experience.",
         [("Bachelor's degree in finance, accounting or economics", 6)]),
        ("MSc or Bachelor in computer science. English fluent.", [("MSc", 7), ("Bachelor in computer science", 6)]),
        ("A degree in marketing or a bachelor with 5 years of experience.", [("degree in marketing", None), ("bachelor", 6)]),
        # look-alikes: a comma that ends the field, a business school that is the employer
        ("Master's degree in Finance, 3 years of experience in audit.", [("Master's degree in Finance", 7)]),
        ("We are a business school with a strong network.", []),
    ],
)
def test_english_degrees_listed(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diplomas(run, HEAD_EN + line + TAIL_EN) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ingénieur ou BTS TP avec 8 ans d'expérience en conduite de travaux.", [("Ingénieur", 7), ("BTS TP", 5)]),
        ("Profil : Ingénieur / Master en génie civil exigé.", [("Ingénieur", 7), ("Master", 7)]),
        ("Formation : Ingénieur(e) ou Bac+5 en mécanique.", [("Ingénieur(e)", 7), ("Bac+5", 7)]),
        # look-alikes: the engineer as a colleague, a job title in lower case
        ("Vous travaillerez avec l'Ingénieur ou le BTS du service.", [("BTS", 5)]),
        ("Nous recrutons un ingénieur commercial ou BTS NDRC.", [("BTS NDRC", 5)]),
    ],
)
def test_engineer_before_a_diploma(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diplomas(run, HEAD + line) == expected
