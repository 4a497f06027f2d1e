"""Round 14 (driving licences): the class named by the vehicle or the job ("Chauffeur de car D", "nous recrutons un
conducteur super lourd", "permis tracteur"), false licences (experience, tasks, documents a service delivers, a licence
given or led to) and a licence's own predicate that makes it a plus. Sentences written for the test (no ad or offer
text), French and Belgian wordings, with look-alikes that must stay unflagged."""

from typing import Any

import pytest
from extract_helpers import of_kind

_HEAD = "Entreprise familiale de transport installée près de Tournai, nous renforçons notre équipe.\n"


def _cats(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["text"], r["category"]) for r in of_kind(reqs, "licence")]


def _strengths(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["category"], r["strength"]) for r in of_kind(reqs, "licence")]


# --- the class named by the vehicle or the person sought ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Chauffeur de car D (H/F)", [("D", "D")]),
        ("Conducteur d'autobus D - Mons", [("D", "D")]),
        ("Chauffeur poids lourd C - Liège", [("poids lourd", "C")]),
        ("Chauffeur-livreur BE - remorque (H/F)", [("BE", "BE")]),
    ],
)
def test_driver_vehicle_category_in_title(run: Any, title: str, expected: list[tuple[str, str]]) -> None:
    assert _cats(run(_HEAD + "Tournées régionales, retour chaque soir.", title=title)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nous recrutons un chauffeur super lourd pour la ligne Lille-Anvers.", [("super lourd", "CE")]),
        ("La société engage deux chauffeurs poids lourds pour ses chantiers.", [("poids lourds", "C")]),
        ("Nous recherchons des conducteurs CE pour du transport frigorifique.", [("CE", "CE")]),
    ],
)
def test_person_sought_named_by_class(run: Any, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _cats(run(_HEAD + sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous justifiez de 3 ans d'expérience comme chauffeur poids lourd.",  # the experience
        "- 1 an d'expérience minimum comme chauffeur C",  # the experience, on a short line
        "Vous avez une première expérience en conduite SPL sur longues distances.",  # the experience
        "Nos poids lourds sont entretenus dans notre atelier.",  # the fleet
    ],
)
def test_class_look_alikes(run: Any, sentence: str) -> None:
    assert _cats(run(_HEAD + sentence)) == []


def test_tractor_licence(run: Any) -> None:
    reqs = run(_HEAD + "Permis B exigé ; le permis tracteur (G) est apprécié pour les travaux de la ferme.")
    assert _cats(reqs) == [("Permis B", "B"), ("permis tracteur", "G")]
    assert _strengths(reqs) == [("B", "required"), ("G", "preferred")]


def test_category_restated_by_vehicle_is_one_licence(run: Any) -> None:
    assert _cats(run(_HEAD + "Permis : CE - super lourd exigé")) == [("Permis : CE", "CE")]


# --- false licences ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Missions : accueil des citoyens, délivrance des titres de séjour et des permis de conduire.",
        "Vous préparez les élèves à l'examen du permis de conduire.",
    ],
)
def test_document_not_asked(run: Any, sentence: str) -> None:
    assert _cats(run(_HEAD + sentence)) == []


def test_licence_given_with_code_95(run: Any) -> None:
    reqs = run(_HEAD + "Permis B exigé. Nous organisons une formation de chauffeur (permis C + code 95 financés).")
    assert _cats(reqs) == [("Permis B", "B")]


def test_licence_led_to(run: Any) -> None:
    reqs = run(_HEAD + "Permis C souhaité (à défaut permis B, et nous vous accompagnons vers le permis C).")
    assert [c for _, c in _cats(reqs)] == ["C", "B"]


def test_job_licence_given_in_title(run: Any) -> None:
    reqs = run(_HEAD + "Vous avez le permis B depuis deux ans.", title="Chauffeur SPL (H/F) - permis CE pris en charge")
    assert _cats(reqs) == [("permis B", "B")]


def test_bare_licence_still_read(run: Any) -> None:
    assert _cats(run(_HEAD + "Permis de conduire indispensable pour les déplacements.")) == [("Permis de conduire", "B")]


# --- a licence's own predicate that makes it a plus ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le permis C1 (camionnette frigorifique) serait top.", [("C1", "preferred")]),
        ("Le permis B est un atout, le permis CE un gros plus.", [("B", "preferred"), ("CE", "preferred")]),
        ("Permis B exigé (BE = un plus pour la remorque).", [("B", "required"), ("BE", "preferred")]),
        ("Le permis BE, c'est un vrai plus pour tracter la remorque.", [("BE", "preferred")]),
        ("Permis B et voiture personnelle : un plus pour les tournées.", [("B", "preferred")]),
        ("Permis B obligatoire, permis C ou CE très appréciés.", [("B", "required"), ("C", "preferred"), ("CE", "preferred")]),
        ("Vous avez déjà votre permis D ? Vous démarrez sans formation.", [("D", "preferred")]),
    ],
)
def test_licence_plus_predicate(run: Any, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _strengths(run(_HEAD + sentence)) == expected


def test_licence_required_stays_required(run: Any) -> None:
    assert _strengths(run(_HEAD + "Le permis C est indispensable, un CACES est un plus.")) == [("C", "required")]


# --- an exam a school or a training prepares, the people a benefit is for, a public's paperwork ---------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Missions : accueil des élèves, préparation des dossiers de présentation au permis B et au permis A.",
        "Chaque hiver, une formation payée avec passage du permis C et de la FCO.",
        "Nous proposons une formation financée pour les demandeurs d'emploi titulaires du permis B depuis un an.",
        "Vous aidez les usagers dans leurs démarches : impôts, mutuelle, permis de conduire et carte grise.",
    ],
)
def test_not_the_candidates_licence(run: Any, sentence: str) -> None:
    assert _cats(run(_HEAD + sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a requirement written with "pour les titulaires" but no benefit in the sentence
        ("Ce poste est réservé pour les titulaires du permis CE.", ["CE"]),
        # "passage du permis" asked, no training that includes it
        ("Formation : passage du permis C exigé avant l'embauche.", ["C"]),
    ],
)
def test_candidates_licence_kept(run: Any, sentence: str, expected: list[str]) -> None:
    assert [c for _, c in _cats(run(_HEAD + sentence))] == expected


# --- a category list that goes on after a bracket; a question about what the candidate lacks -----------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Permis de conduire : G (engins agricoles), B", ["G", "B"]),
        ("Permis C (camion grue) et CE", ["C", "CE"]),
        # look-alike: a word in brackets that is not a category stops nothing else
        ("Permis B (de préférence depuis 2 ans)", ["B"]),
    ],
)
def test_category_list_after_bracket(run: Any, sentence: str, expected: list[str]) -> None:
    assert [c for _, c in _cats(run(_HEAD + sentence))] == expected


def test_but_not_question(run: Any) -> None:
    reqs = run(_HEAD + "Permis CE exigé.\nVous avez le permis CE mais pas encore la FIMO ? Nous la finançons.")
    assert _cats(reqs) == [("Permis CE", "CE")]
