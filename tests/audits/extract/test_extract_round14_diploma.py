"""Round 14, diplomas: the graduat at EQF 5, levels named by their title (DSCG, CAPA, practising doctors, Belgian levels 1
and 2+, an RNCP level in brackets), the Belgian driver's CAP and teaching titles, a degree with its specialty, a training
with the diplomas it lists, and the diplomas of other people (the team, students, a title to obtain after hiring).
Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_levels

SCHOOL = "Notre athénée engage un enseignant pour ses classes du deuxième degré.\n"


def levels(run: Any, text: str) -> list[tuple[str, Any]]:
    return diploma_levels(run(text))


# --- levels ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Graduat en marketing ou expérience équivalente.", [("Graduat", 5)]),
        ("- Vous êtes gradué(e) en informatique de gestion.", [("gradué(e) en", 5)]),
        ("- Un ancien graduat en électronique est accepté.", [("ancien graduat", 6)]),
        ("- Le DSCG serait un vrai plus.", [("DSCG", 7)]),
        ("- Titulaire du DCG, vous préparerez le DSCG en parallèle.", [("DCG", 6)]),
        ("- Docteur en médecine, agréé en médecine générale.", [("Docteur en médecine", 7)]),
        ("- Diplôme d'État de docteur en pharmacie exigé.", [("Diplôme d'État de docteur en pharmacie", 7)]),
        ("- Docteur en chimie organique (PhD).", [("Docteur en", 8)]),
        ("- Être titulaire d'un diplôme de niveau 1 (master) ou équivalent.", [("diplôme de niveau 1", 7)]),
        ("- Bachelier en droit (titre de niveau 2+).", [("Bachelier en droit (titre de niveau 2+)", 6)]),
        ("- Titre de technicien d'études obligatoire (titre RNCP niveau 5).", [("Titre de technicien d'études obligatoire (titre RNCP niveau 5)", 5)]),
        ("- Titre pro déménageur apprécié.", [("Titre pro", 3)]),
        ("- Titre professionnel chef de chantier travaux publics souhaité.", [("Titre professionnel", 5)]),
        ("- Issu(e) d'une formation BTS électrotechnique, vous aimez le terrain.", [("Issu(e) d'une formation BTS", 5)]),
    ],
)
def test_levels_named_by_the_title(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_lawyer_certificate_is_a_master_level_title(run: Any) -> None:
    text = "Notre cabinet d'avocats recrute un juriste en droit des sociétés.\nProfil :\n- Le CAPA est un atout."
    assert levels(run, text) == [("CAPA", 7)]
    # the agricultural CAPa, in a farm ad, stays at CAP level
    assert levels(run, "Notre exploitation maraîchère recrute.\nProfil :\n- CAPa productions horticoles souhaité.") == [("CAPa", 3)]


# --- the Belgian driver's CAP is no diploma; the French CAP stays one --------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Permis D et CAP chauffeur en ordre de validité.",
        "- Vous avez le permis C + CAP.",
        "- Le CAP (certificat d'aptitude professionnelle, code 95) est indispensable.",
        "- Permis CE, certificat d'aptitude professionnelle (code 95) valide.",
    ],
)
def test_driver_cap_is_not_a_diploma(run: Any, line: str) -> None:
    assert levels(run, "Transporteur régional engage un chauffeur poids lourd.\nProfil :\n" + line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- CAP conducteur livreur de marchandises exigé.", [("CAP", 3)]),
        ("- CAP maintenance des véhicules, permis B.", [("CAP", 3)]),
    ],
)
def test_french_cap_stays_a_diploma(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- Belgian teaching titles -----------------------------------------------------------------------------------------


def test_teaching_cap_far_from_other_teaching_words(run: Any) -> None:
    text = SCHOOL + "Titre requis : bachelier en mécanique automobile.\nLe candidat complétera sa formation par un CAP."
    assert ("CAP", None) in levels(run, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SCHOOL + "Titre requis : AESI en sciences (régendat).", [("AESI", 6)]),
        (SCHOOL + "Titres suffisants acceptés : master en chimie.", [("master", 7)]),
        (SCHOOL + "Profil : bachelier instituteur maternel (titre requis).", [("bachelier", 6)]),
        (SCHOOL + "Les titres suffisants seront examinés au cas par cas.", []),
        # the title held as an object stays an item
        (SCHOOL + "Les porteurs d'un titre suffisant peuvent postuler.", [("titre suffisant", None)]),
    ],
)
def test_title_headings_are_not_items(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Master ingénieur civil en construction exigé.", [("Master ingénieur civil", 7)]),
        ("- Bachelier AESI en mathématiques.", [("Bachelier AESI", 6)]),
        # a list is no specialty
        ("- Master ou ingénieur civil.", [("Master", 7), ("ingénieur civil", 7)]),
    ],
)
def test_degree_with_its_specialty_is_one_item(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- a training named by its field with the diplomas it lists ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Une formation en carrosserie (CAP ou Bac pro) est souhaitée.", [("Une formation en carrosserie", None), ("CAP", 3), ("Bac pro", 4)]),
        ("- Formation commerciale (BTS NDRC, Bachelor) appréciée.", [("Formation commerciale", None), ("BTS NDRC", 5), ("Bachelor", 6)]),
        ("- Formation en boucherie (CESS ou IFAPME).", [("Formation en boucherie", None), ("CESS", 4), ("IFAPME", 3)]),  # round 16: the apprenticeship among listed diplomas (fourth written batch)
        # one diploma in the brackets is the training's own; the Belgian secondary certificates alone are what it leads to
        ("- Formation en soudure (CQ6 ou CESS).", [("CQ6", 3), ("CESS", 4)]),
        ("- Formation en logistique (Bac+2).", [("Bac+2", 5)]),
        ("- Issu(e) d'une formation technique (BEP ou Bac pro).", [("BEP", 3), ("Bac pro", 4)]),
    ],
)
def test_training_with_listed_diplomas(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- diplomas of other people ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vous rejoindrez une équipe composée de kinés et d'ergothérapeutes titulaires du DE, et d'infirmiers.\nProfil : motivé.",
        "Le service compte une équipe de 12 personnes (dont 4 éducateurs titulaires du DEES, AMP).\nProfil : motivé.",
        "Le bureau réunit 20 collaborateurs, dont 5 ingénieurs diplômés de l'ENSAM.\nProfil : motivé.",
        "Notre chef pâtissier, titulaire d'un BTM, vous transmettra son savoir.",
        "Votre mission : préparer les futurs bacheliers en soins infirmiers et AESI à leurs stages.",
        "Le CAPAES devra être obtenu dans les trois ans suivant l'entrée en fonction.",
        "Nous proposons le financement d'une spécialisation (IPDE, IBODE) après un an.",
        "Avantages : prime IADE, tickets-restaurant.",
        "En deux ans, vous préparerez le BTS MCO avec notre école partenaire.",
        "Nous accueillons des jeunes sans diplôme et des titulaires d'un CAP en reconversion.",
        "Ce collège accueille ses élèves de la sixième au bac.",
    ],
)
def test_others_diplomas_are_not_asked(run: Any, text: str) -> None:
    assert levels(run, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people sought, in the plural, are the candidates
        ("Pour renforcer notre équipe, nous recherchons des aides-soignants titulaires du DEAS.", [("DEAS", 4)]),
        ("Notre futur collaborateur, titulaire d'un BTS, saura gérer les commandes.", [("BTS", 5)]),
        ("Notre pharmacie recrute.\nProfil : titulaire du BP de préparateur en pharmacie, vous préparerez les commandes.",
         [("BP de préparateur en pharmacie", 4)]),
    ],
)
def test_candidates_diplomas_stay(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, text) == expected


# --- generic trainings and diplomas named by their branch, sector or trade ---------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Vous possédez un diplôme du secteur social ou médico-social.", [("diplôme du secteur social", None)]),
        ("- Un diplôme à orientation pédagogique ou sociale est demandé.", [("diplôme à orientation pédagogique ou sociale", None)]),
        ("- Tu as un diplôme de comptabilité ou une expérience équivalente.", [("diplôme de comptabilité", None)]),
        ("- De formation électrotechnique, vous connaissez les automates.", [("formation électrotechnique", None)]),
        ("- Une formation hôtelière est un atout.", [("Une formation hôtelière", None)]),
        ("- Idéalement une formation dans la vente ou dans les métiers de la mode.", [("une formation dans la vente", None)]),
        ("- Vous avez suivi une formation de préparatrice en pharmacie.", [("une formation de préparatrice", None)]),
        ("- Vous êtes titulaire d'une formation de secrétaire juridique.", [("une formation de secrétaire juridique", 4)]),
        ("- Formation de carreleur souhaitée.", [("Formation de carreleur", 3)]),
    ],
)
def test_generic_trainings_asked(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nous vous proposons une formation de vendeur en magasin dès votre arrivée.",
        "Une formation de cariste sera assurée par nos soins.",
        "Vous suivrez une formation de conseiller clientèle de trois semaines.",
        "Une formation d'intégration de deux semaines vous attend.",
        "Formation de formateur possible après un an.",
        "Une formation dans le cadre de votre intégration vous sera proposée.",
        "Le diplôme du candidat retenu sera vérifié par le service du personnel.",
        "Notre centre propose un diplôme de pâtisserie aux adultes en reconversion.",
    ],
)
def test_trainings_given_or_look_alikes(run: Any, text: str) -> None:
    assert levels(run, text) == []


# --- one item: acronyms restating a diploma, a degree's last field named like a diploma -------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Être titulaire d'un certificat de l'enseignement secondaire inférieur (CE1D, CESI).", [("enseignement secondaire inférieur", 2)]),
        ("- Master en économie, en finance ou en ingénieur de gestion.", [("Master en économie, en finance ou en ingénieur de gestion", 7)]),
        # alternatives, or a level with its examples, stay items of their own
        ("- Diplôme d'État d'aide-soignant exigé (DEAS ou DPAS).", [("Diplôme d'État d'aide-soignant", 4), ("DEAS", 4), ("DPAS", 4)]),
        ("- Diplômé(e) d'un bac+5 (master), vous aimez la donnée.", [("bac+5", 7), ("master", 7)]),
        ("- Bac+2 minimum (BTS, DUT) en informatique.", [("Bac+2", 5), ("BTS", 5), ("DUT", 5)]),
        ("- Master en droit ou ingénieur commercial.", [("Master", 7), ("ingénieur commercial", 7)]),
    ],
)
def test_one_item_or_several(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le cabinet compte 25 juristes, dont plusieurs titulaires du CAPA.",
        "Notre officine emploie 4 pharmaciens et 11 préparateurs titulaires du BP de préparateur en pharmacie.",
        "Nous accueillons chaque année une quinzaine d'alternants (CAP cuisine, Bac pro, BTS).",
        "Notre groupe forme chaque année des apprentis au CAP opérateur logistique.",
        "Une expérience d'enseignement dans le secondaire supérieur est souhaitée.",
    ],
)
def test_staff_and_school_levels_are_not_asked(run: Any, text: str) -> None:
    assert levels(run, text) == []


def test_a_diploma_after_a_dash_in_a_teaching_title_stays(run: Any) -> None:
    assert levels(run, "Nous engageons un professeur de français – AESS pour le troisième degré.") == [("AESS", 7)]


# --- no diploma asked, in more wordings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Aucune qualification requise, nous formons sur le terrain.", "Aucune qualification requise"),
        ("- Aucune qualification spécifique n'est exigée.", "Aucune qualification spécifique n'est exigée"),
        ("- Pas d'expérience demandée, aucun diplôme non plus.", "aucun diplôme non plus"),
        ("- Nous sommes ouverts aux candidats motivés sans diplôme.", "ouverts aux candidats motivés sans diplôme"),
    ],
)
def test_no_diploma_asked(run: Any, line: str, expected: str) -> None:
    reqs = [r for r in run(PROFILE_HEAD + line) if r["kind"] == "diploma"]
    assert [(r["text"], r["strength"]) for r in reqs] == [(expected, "optional")]


def test_no_diploma_in_a_title(run: Any) -> None:
    reqs = [r for r in run("Préparation de commandes en entrepôt.", title="Préparateur de commandes - sans diplôme (H/F)") if r["kind"] == "diploma"]
    assert [(r["text"], r["strength"]) for r in reqs] == [("sans diplôme", "optional")]
    # the public of a service stays unread
    assert levels(run, "Vous accompagnez des jeunes sans diplôme vers l'emploi.") == []


# --- a profession with its State diploma -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Ambulancière DE, vous connaissez le secteur.", [("Ambulancière DE", 4)]),
        ("- Nous recrutons des aides-soignantes diplômées d'État.", [("aides-soignantes diplômées d'État", 4)]),
        ("- DE d'éducateur spécialisé exigé.", [("DE d'éducateur spécialisé", 6)]),
        ("- DE de moniteur éducateur souhaité.", [("DE de moniteur éducateur", 4)]),
    ],
)
def test_profession_with_state_diploma(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_upper_case_preposition_is_no_state_diploma(run: Any) -> None:
    reqs = [r for r in run("Soins de nuit en EHPAD.", title="AMBULANCIER DE GARDE - WEEK-END") if r["kind"] == "diploma"]
    assert reqs == []
