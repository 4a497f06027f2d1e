"""Round 16, diplomas: the wording families the fourth written batch showed unread — Belgian alternance routes named bare
among diplomas (IFAPME, CEFA, EFP, SFPME, apprentissage, promotion sociale), titres de compétence, equivalents named by
their authority, "no diploma" said as a question or an invitation, the operating-room nurse's State diploma written in
full, and diplomas not asked (an exam to pass later, a diploma the candidate must not hold). Sentences written for the
test (variants of the families, no offer text), with look-alikes that must give nothing."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, levels, with_strength

# --- Belgian alternance routes listed among diplomas ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Vous avez une formation de boulanger (CQ6, CQ7 ou IFAPME).",
         [("formation de boulanger", None), ("CQ6", 3), ("CQ7", 4), ("IFAPME", 3)]),
        ("- CQ7 en cuisine, IFAPME ou CEFA.", [("CQ7", 4), ("IFAPME", 3), ("CEFA", 3)]),
        # the route with its trade, and the chef d'entreprise course (5)
        ("- Diplôme de carrossier (CQ6/CQ7 en carrosserie, IFAPME carrossier réparateur).",
         [("Diplôme de carrossier", None), ("CQ6", 3), ("CQ7", 4), ("IFAPME carrossier réparateur", 3)]),
        ("- Diplôme de pâtissier (IFAPME chef d'entreprise ou apprentissage, 7P pâtisserie).",
         [("Diplôme de pâtissier", None), ("IFAPME chef d'entreprise", 5), ("apprentissage", 3), ("7P pâtisserie", 4)]),
        ("- Menuisier diplômé (CQ6 menuiserie ou SFPME menuisier) souhaité.", [("CQ6", 3), ("SFPME menuisier", 3)]),
        # a trade followed by its providers, as one member of the list
        ("* Formation de plombier : CQ6 ou CQ7 sanitaire, monteur en chauffage central (IFAPME/EFP) ou expérience.",
         [("CQ6", 3), ("CQ7", 4), ("monteur en chauffage central (IFAPME/EFP)", 3)]),
        # the 6th year named by its number before the 7th
        ("- Diplôme en boucherie (6e ou 7e professionnelle, CEFA) souhaité.",
         [("Diplôme en boucherie", None), ("6e", 3), ("7e professionnelle", 4), ("CEFA", 3)]),
        # adult education and the provider's course among levelled diplomas
        ("- Une formation en toiture (CQ6 ou CQ7 en couverture, formation IFAPME ou promotion sociale).",
         [("Une formation en toiture", None), ("CQ6", 3), ("CQ7", 4), ("formation IFAPME", 3), ("promotion sociale", None)]),
    ],
)
def test_alternance_routes_listed(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a training and its providers only: one item, no level (several providers name no one certificate)
        ("- Formation de plafonneur (promotion sociale, IFAPME, Forem) = atout.", [("Formation de plafonneur", None)]),
        # a list with a job-training agency is where the training was followed
        # (Round 18: unless a qualification certificate is in the bracket: then the apprenticeship is one more route, as the
        # golds of vbe and ube read "(CQ6/CQ7 soudure, Forem, IFAPME)", "(CQ6, IFAPME, promotion sociale ou Forem)")
        ("- Formation en peinture (CQ6, IFAPME, Forem) ou expérience.", [("Formation en peinture", None), ("CQ6", 3), ("IFAPME", 3)]),
        # the provider as a place or a pay scale
        ("- Rétribution d'apprenti selon barème IFAPME, cours au centre IFAPME de Namur.", []),
        ("- Bachelier en comptabilité (ou équivalent en promotion sociale).", [("Bachelier", 6)]),
        # a single provider without a levelled diploma beside it keeps no level
        ("- Formation IFAPME ou expérience équivalente.", [("Formation IFAPME", None)]),
    ],
)
def test_alternance_lookalikes(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_admission_test_is_an_alternative(run: Any) -> None:
    line = "- Avoir réussi le CE1D ou avoir réussi l'épreuve d'admission EFP."
    assert levels(run, PROFILE_HEAD + line) == [("CE1D", 2), ("avoir réussi l'épreuve d'admission EFP", None)]


# --- titres de compétence and equivalents named by their authority ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 19: a bracket of bare year codes restates the diploma's level: one item at the lowest (gold tpub)
        ("- Diplôme de carrossier (CQ6/CQ7) ou titre de compétence équivalent.",
         [("Diplôme de carrossier (CQ6/CQ7)", 3), ("titre de compétence équivalent", None)]),
        ('- CQ7 électricité ou titre de compétence "monteur frigoriste".', [("CQ7", 4), ('titre de compétence "monteur frigoriste"', None)]),
        ("- Bachelier en kinésithérapie (diplôme belge ou reconnu par la FWB).", [("Bachelier", 6), ("reconnu par la FWB", None)]),
        ("- Être titulaire d'un bachelier en logopédie, ou d'un autre titre reconnu par l'ONE pour la fonction d'encadrement.",
         [("bachelier", 6), ("autre titre reconnu par l'ONE pour la fonction d'encadrement", None)]),
        ("- Bachelier en marketing ou certificat de l'enseignement de promotion sociale en gestion.",
         [("Bachelier", 6), ("certificat de l'enseignement de promotion sociale", None)]),
    ],
)
def test_titles_and_authority_equivalents(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_titles_not_asked(run: Any) -> None:
    # an exam the hire will sit, a diploma the candidate must not hold
    text = (PROFILE_HEAD + "- À l'issue du stage, vous pourrez présenter l'épreuve du titre de compétence \"carreleur\".\n"
            "- Ne pas être titulaire d'un diplôme de l'enseignement supérieur.")
    assert levels(run, text) == []


# --- "no diploma" as a question or an invitation ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Vous n'avez pas de diplôme ? Votre expérience sera étudiée.", "Vous n'avez pas de diplôme ?"),
        ("Tu n'as pas de diplôme ? Viens nous voir.", "Tu n'as pas de diplôme ?"),
        ("Pas de diplôme ? Votre portfolio fera la différence.", "Pas de diplôme ?"),
        ("- Aucun diplôme : nous regardons votre motivation.", "Aucun diplôme"),
        ("Pas de diplôme, pas de permis, pas de CV obligatoire.", "Pas de diplôme"),
        ("Pas besoin d'expérience ni de diplôme, la motivation avant tout.", "ni de diplôme"),
        ("Les bricoleurs sans diplôme sont aussi les bienvenus.", "sans diplôme sont aussi les bienvenus"),
    ],
)
def test_no_diploma_questions(run: Any, line: str, span: str) -> None:
    assert with_strength(run, PROFILE_HEAD + line) == [(span, None, "optional")]


@pytest.mark.parametrize(
    "line",
    [
        "Nous accompagnons des jeunes sans diplôme vers l'emploi.",
        "Le public : des adultes n'ayant pas de diplôme du secondaire.",
        "- Les jeunes sans diplôme sont accompagnés par nos éducateurs.",
    ],
)
def test_no_diploma_lookalikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


def test_diploma_waived_on_a_condition(run: Any) -> None:
    # "Pas besoin de diplôme si …, sinon CQ6": the alternatives after are asked, the waiver is no item
    line = "Pas besoin de diplôme si vous avez 3 ans d'expérience, sinon CQ6 peintre."
    assert [t for t, _ in levels(run, PROFILE_HEAD + line)] == ["CQ6"]


# --- French specialised nurses written in full -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Diplôme d'État d'infirmier de bloc opératoire (IBODE) exigé.", [("Diplôme d'État d'infirmier de bloc opératoire", 7)]),
        ("- Diplôme d'État d'infirmière anesthésiste obligatoire.", [("Diplôme d'État d'infirmière anesthésiste", 7)]),
        # the nurse's own DE stays 6
        ("- Diplôme d'État d'infirmier exigé.", [("Diplôme d'État d'infirmier", 6)]),
    ],
)
def test_specialised_nurses(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected
