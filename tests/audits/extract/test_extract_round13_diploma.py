"""Round 13, diplomas: French diplomas named by their trade or title, 'no diploma asked' in its wordings, and the
look-alikes (the team's degrees, the courses apprentices prepare). Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_levels, of_kind

# --- diplomas named by their trade or title, with their levels --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- BP boulanger exigé.", [("BP", 4)]),
        ("- Vous êtes titulaire d'un CAP carreleur ou d'un BP carreleur mosaïste.", [("CAP", 3), ("BP", 4)]),
        ("- BP coiffure, 2 ans d'expérience en salon.", [("BP", 4)]),
        ("- BPA travaux paysagers souhaité.", [("BPA", 3)]),
        ("- Brevet professionnel agricole ou CAPa.", [("Brevet professionnel agricole", 3), ("CAPa", 3)]),
        ("- BPREA ou expérience équivalente en maraîchage.", [("BPREA", 4)]),
        ("- Une MC Cuisinier en desserts de restaurant serait un atout.", [("MC Cuisinier", 3)]),
        ("- MC sommellerie appréciée.", [("MC sommellerie", 3)]),
        ("- BEESAN ou BPJEPS AAN à jour.", [("BEESAN", 4), ("BPJEPS AAN", 4)]),
        ("- TFP agent de gardiennage exigé.", [("TFP", 3)]),
        ("- Un DU de soins palliatifs est un plus.", [("DU de soins", None)]),
        ("- Diplôme d'État de masseur-kinésithérapeute obligatoire.", [("Diplôme d'État de masseur-kinésithérapeute", 7)]),
        ("- Kinésithérapeute DE, inscrit à l'Ordre.", [("Kinésithérapeute DE", 7)]),
        ("- Opticienne diplômée, vous conseillez nos clients.", [("Opticienne diplômée", 5)]),
        ("- Master RH (IAE, école de commerce, université).", [("Master", 7), ("IAE", 7), ("école de commerce", 7)]),
        ("- Titre CIP ou licence professionnelle du secteur social.", [("Titre CIP", 5), ("licence professionnelle", 6)]),
    ],
)
def test_named_french_diplomas(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    got = diploma_levels(run(PROFILE_HEAD + line))
    for item in expected:
        assert item in got, got


# A professional title named by its trade takes that trade's RNCP level; the acronym after it is the same item.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Titre professionnel agent de propreté et d'hygiène souhaité.", 3),
        ("- Titre professionnel cariste d'entrepôt exigé.", 3),
        ("- Titre professionnel de conducteur du transport routier de marchandises sur porteur.", 3),
        ("- Titre professionnel ADVF ou DEAES.", 3),
        ("- Titre pro TSSR exigé.", 5),
        ("- Titre professionnel gestionnaire de paie souhaité.", 5),
        ("- Titre professionnel technicien d'équipement et d'exploitation en électricité.", 4),
        ("- Titre professionnel technicien supérieur de maintenance industrielle.", 5),
        # (Round 18: the nurse's "titre professionnel particulier" is a certification since the TPP convention, no longer a
        # diploma at 6: see test_extract_round18_diploma.py)
    ],
)
def test_professional_titles_by_trade(run: Any, line: str, expected: int) -> None:
    items = of_kind(run(PROFILE_HEAD + line), "diploma")
    titles = [r for r in items if r["text"].lower().startswith("titre")]
    assert len(titles) == 1, items
    assert titles[0]["eqf_level"] == expected
    assert not any(r["text"] in ("ADVF", "TSSR") for r in items)


def test_professional_title_unknown_trade_keeps_no_level(run: Any) -> None:
    items = of_kind(run(PROFILE_HEAD + "- Titre professionnel photographe souhaité."), "diploma")
    assert [r["eqf_level"] for r in items] == [None]


# --- look-alikes of the trade-named diplomas ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Adresse : BP 1234, 75000 Paris.",
        "Le site BP de la zone portuaire recrute.",
        "Nous travaillons avec le réseau IAE du département (structures d'insertion).",
        "Notre restaurant est ouvert DU LUNDI AU SAMEDI.",
        "Soirée animée par MC Donald et son groupe.",
    ],
)
def test_trade_diploma_lookalikes(run: Any, line: str) -> None:
    assert of_kind(run(PROFILE_HEAD + line), "diploma") == []


# --- "no diploma asked": level null, optional -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Aucun diplôme ni expérience exigés, on vous forme.",
        "Pas de diplôme ni d'expérience demandés.",
        "Aucune expérience ni diplôme demandés : on vous montre tout.",
        "Aucune expérience ni diplôme requis pour ce poste.",
        "Sans diplôme, sans expérience : bienvenue.",
        "Sans diplôme ni expérience, vous êtes le bienvenu.",
        "Aucune condition de diplôme n'est requise pour ce poste.",
        "Sans condition de diplôme.",
        "Ton diplôme nous importe peu, ta motivation beaucoup.",
        "Votre diplôme importe peu.",
        "Peu importe ton diplôme, nous te formons.",
    ],
)
def test_no_diploma_asked(run: Any, line: str) -> None:
    items = of_kind(run(PROFILE_HEAD + line), "diploma")
    assert len(items) == 1, items
    assert items[0]["eqf_level"] is None
    assert items[0]["strength"] == "optional"


@pytest.mark.parametrize(
    "line",
    [
        "Vous accompagnez des jeunes sans diplôme vers l'emploi.",
        "Notre association forme des adultes sans diplôme et sans emploi.",
    ],
)
def test_no_diploma_lookalikes(run: Any, line: str) -> None:
    assert of_kind(run(PROFILE_HEAD + line), "diploma") == []


# --- the team's degrees and the courses that are prepared are not asked ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Le petit plus : nos formateurs sont tous diplômés en psychologie du travail.", "diplômés en psychologie"),
        ("Notre équipe est composée d'ingénieurs diplômés et de techniciens.", "ingénieurs diplômés"),
        ("Dans le cadre de la préparation du BTS MCO, tu rejoins notre magasin.", "BTS"),
        ("Tu es admis(e) dans une formation Bac+3 RH à la rentrée.", "Bac+3"),
        ("Titulaire d'un CAP électricien (obligatoire pour entrer en BP), vous êtes motivé.", "BP"),
    ],
)
def test_not_asked_of_the_candidate(run: Any, line: str, absent: str) -> None:
    texts = [t for t, _ in diploma_levels(run(PROFILE_HEAD + line))]
    assert absent not in texts, texts


def test_candidate_degree_still_read(run: Any) -> None:
    assert diploma_levels(run(PROFILE_HEAD + "- Vous êtes diplômé en psychologie du travail.")) == [
        ("diplômé en psychologie", None)
    ]


def test_title_appreciated_beside_children(run: Any) -> None:
    line = "Une expérience du transport d'enfants est appréciée, tout comme le titre professionnel de conducteur de car."
    items = of_kind(run(PROFILE_HEAD + line), "diploma")
    assert [(r["eqf_level"], r["strength"]) for r in items] == [(3, "preferred")]


# --- Belgian childcare and social titles in a list of diplomas (step 2) ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 15: the auxiliaire de l'enfance is a 6th-year course (CQ6, EQF 3), the puériculteur a 7th (4)
        ("Titres requis : puéricultrice, auxiliaire de l'enfance ou agent d'éducation.",
         [4, 3, 4]),
        ("- Diplôme d'auxiliaire de l'enfance, de puériculteur(trice) ou d'agent(e) d'éducation.", [3, 4, 4]),
        ("- Vous êtes titulaire d'un bachelier en psychologie ou assistant(e) social(e).", [6, 6]),
        ("- Master en santé publique ou d'un cadre en soins de santé.", [7, 6]),
    ],
)
def test_belgian_care_titles_listed(run: Any, line: str, expected: list[int]) -> None:
    assert [level for _t, level in diploma_levels(run(PROFILE_HEAD + line))] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Vous travaillez avec l'infirmière ou l'assistante sociale du service.",
        "Une puéricultrice ou une assistante sociale vous accueillera.",
        "Notre équipe : deux puéricultrices et une assistante sociale.",
    ],
)
def test_belgian_care_titles_alone_are_people(run: Any, line: str) -> None:
    assert of_kind(run(PROFILE_HEAD + line), "diploma") == []


def test_bp_after_another_acronym_is_not_a_diploma(run: Any) -> None:
    assert of_kind(run(PROFILE_HEAD + "As part of the EHS BP team, you will support the plants."), "diploma") == []
