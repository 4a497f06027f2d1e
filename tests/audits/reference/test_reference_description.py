"""The description's part of the classifier: BM25 against the ROME sheets, generic titles, confidence.

Descriptions here are written for the tests (no offer text is copied into the repository).
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from audits.model import Occupation
from audits.reference import classify
from audits.reference.classifier import get_classifier
from audits.reference.evaluate import AppellationLocator, _v460_gold
from audits.reference.sheet_index import doc_tokens
from audits.reference.store import get_reference
from audits.reference.text import fold

OFFICE_CLEANING = (
    "Vous assurez le nettoyage et la désinfection des bureaux et des locaux : sols, sanitaires, vitres, vidage "
    "des poubelles, dans le respect des protocoles d'hygiène et avec les produits de nettoyage adaptés."
)
BUILDING_UPKEEP = (
    "Vous assurez l'entretien courant du bâtiment : petits travaux de plomberie, d'électricité, de peinture et "
    "de menuiserie, remplacement des ampoules, réparation des portes et serrures."
)
FOOD_PACKING = (
    "Vous conduisez une ligne de conditionnement : mise en barquettes, étiquetage, emballage des produits "
    "alimentaires, contrôle des poids et de l'hygiène."
)
MECHANICAL_ASSEMBLY = (
    "Vous réalisez le montage et l'assemblage de pièces mécaniques sur la ligne : vissage, ajustage, contrôle "
    "des cotes et des tolérances au pied à coulisse."
)


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        ("Agent d'entretien (H/F)", OFFICE_CLEANING, "K2205"),  # propreté de locaux
        ("Agent d'entretien (H/F)", BUILDING_UPKEEP, "I1203"),  # entretien du bâtiment
        ("Agent polyvalent", OFFICE_CLEANING, "K2205"),
        ("Agent polyvalent", BUILDING_UPKEEP, "I1203"),
        ("Opérateur de production (H/F)", FOOD_PACKING, "H2105"),  # production en industrie alimentaire
        ("Opérateur de production (H/F)", MECHANICAL_ASSEMBLY, "H2909"),  # montage-assemblage
        ("Agent de production", MECHANICAL_ASSEMBLY, "H2909"),
    ],
)
def test_generic_title_is_decided_by_the_description(title, description, expected):
    assert classify(title, description).rome_code == expected


def test_same_generic_title_two_descriptions_two_codes():
    a = classify("Opérateur de fabrication", FOOD_PACKING)
    b = classify("Opérateur de fabrication", MECHANICAL_ASSEMBLY)
    assert a.rome_code != b.rome_code


def test_a_title_that_is_an_appellation_is_not_overridden():
    # The description reads like a storekeeper-manager's sheet, but "Magasinier" is an appellation of N1110.
    desc = "Vous encadrez l'équipe du magasin, organisez les réceptions et les inventaires, gérez les stocks."
    assert classify("Magasinier / Magasinière (H/F)", desc).rome_code == "N1110"


def test_a_description_alone_never_makes_a_code():
    assert classify("Poste à pourvoir", OFFICE_CLEANING) == Occupation.unknown()


def test_alternatives_are_less_confident_than_the_answer():
    for title, desc in [("Agent d'entretien (H/F)", OFFICE_CLEANING), ("Magasinier H/F", None),
                        ("Opérateur de production", FOOD_PACKING)]:
        occ = classify(title, desc)
        assert occ.alternatives and all(a.confidence < occ.confidence for a in occ.alternatives), occ


SPORT_SHOP = (
    "Vous conseillez les clients sur les chaussures de running, les vélos, les raquettes et le matériel de "
    "randonnée, et mettez en rayon les articles de sport."
)
STOREKEEPING = (
    "Vous réceptionnez les marchandises, contrôlez les livraisons, rangez les articles dans le magasin et tenez "
    "les stocks et les inventaires à jour."
)


def test_the_sheet_the_description_prefers_is_the_first_alternative():
    # "Vendeur en boulangerie" is an appellation of D1106; the title also names D1211 (vendeur en articles de
    # sport) well enough, and this description reads like it: it becomes the first runner-up.
    title_only = classify("Vendeur en boulangerie")
    occ = classify("Vendeur en boulangerie", SPORT_SHOP)
    assert occ.rome_code == title_only.rome_code == "D1106"  # the title keeps the answer
    assert title_only.alternatives[0].rome_code != "D1211"
    assert occ.alternatives[0].rome_code == "D1211"


def test_a_description_that_agrees_with_the_answer_promotes_nothing():
    # Reads like the storekeeper's own sheet: the parent sheet stays the first alternative.
    occ = classify("Magasinier (H/F)", STOREKEEPING)
    assert occ.rome_code == "N1110"
    assert occ.alternatives[0].rome_code == "N1103"


@pytest.mark.parametrize(
    ("title", "description"),
    [("Vendeur en boulangerie", SPORT_SHOP), ("Magasinier", STOREKEEPING), ("Agent d'entretien", OFFICE_CLEANING),
     ("Opérateur de production", FOOD_PACKING), ("Moniteur d'atelier", None), ("Employé de rayon", SPORT_SHOP)],
)
def test_alternatives_are_listed_in_confidence_order(title, description):
    occ = classify(title, description)
    confidences = [a.confidence for a in occ.alternatives]
    assert confidences and confidences == sorted(confidences, reverse=True)
    assert confidences[0] < occ.confidence


def test_a_description_that_points_elsewhere_lowers_confidence():
    forklift = ("Vous conduisez un chariot élévateur pour charger et décharger les camions, ranger les palettes "
                "en rack et approvisionner les lignes.")
    agreeing = classify("Cariste (H/F)", forklift)
    elsewhere = classify("Cariste (H/F)", MECHANICAL_ASSEMBLY)
    assert agreeing.rome_code == elsewhere.rome_code  # a precise title keeps its code...
    assert elsewhere.confidence < agreeing.confidence  # ...but with less trust


def test_each_sheet_definition_retrieves_its_own_sheet():
    # Sanity of the BM25 index: a sheet's own definition should read most like that sheet. ROME has
    # near-duplicate sheets (parent and children), so a sibling may win; the rate must stay high.
    ref = get_reference()
    index = get_classifier()._sheet_index()
    codes = ref.all_rome_codes()[::10]
    hits = 0
    for code in codes:
        rec = ref.occupation(code)
        assert rec is not None
        scores = index.scores(rec.definition)
        hits += max(scores, key=lambda c: scores[c]) == code
    assert hits / len(codes) >= 0.9, hits


def test_scores_are_relative_and_empty_text_scores_nothing():
    index = get_classifier()._sheet_index()
    scores = index.scores(OFFICE_CLEANING)
    assert max(scores.values()) == 1.0 and min(scores.values()) > 0.0
    assert index.scores("") == {} and index.scores("🚀 12 45") == {}
    assert "nettoyage" in doc_tokens(OFFICE_CLEANING) and "vous" not in doc_tokens(OFFICE_CLEANING)


def _fold_per_character(text: str) -> str:
    """The original definition of fold(): every character folded on its own."""
    import re

    def one(c: str) -> str:
        c = c.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
        c = unicodedata.normalize("NFKD", c)
        return "".join(x for x in c if not unicodedata.combining(x)).lower()

    return re.sub(r"[^a-z0-9]+", " ", "".join(one(c) for c in text.lower())).strip()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
@example("0\u2de00")  # a combining Cyrillic letter: outside U+0300–U+036F, still a combining mark
def test_fold_equals_the_per_character_definition(text):
    assert fold(text) == _fold_per_character(text)


def test_fold_french_examples():
    assert fold("Cœur de métier – Œuvre ÉTÉ") == "coeur de metier oeuvre ete"
    assert fold("Aide-soignant(e) ’ ﬁnal") == "aide soignant e final"


def test_v460_gold_follows_the_appellation_into_its_new_sheet():
    locator = AppellationLocator(get_reference())
    # "Conseiller en ESF" was coded K1201 (older ROME); in v460 it is an appellation of child sheet K1225.
    assert _v460_gold("K1201", "Conseiller / Conseillère en économie sociale et familiale", locator) == "K1225"
    assert _v460_gold("N1105", "Manutentionnaire", locator) == "N1105"  # unchanged
    assert _v460_gold("N1105", "intitulé inconnu du ROME", locator) == "N1105"  # not found: keep the gold
    assert _v460_gold("N1105", None, locator) == "N1105"


def test_warm_up_builds_the_description_index_once():
    clf = get_classifier()
    clf.warm_up()
    index = clf._sheet_index()
    clf.warm_up()
    assert clf._sheet_index() is index
