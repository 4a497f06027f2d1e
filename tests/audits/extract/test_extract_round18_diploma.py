"""Round 18, diplomas (structure): the wording families the sixth written batch showed unread — a training named in a profile
list before the bracket of its routes, a trade held "de formation", a training named by two fields, the job-training agency
as one more route beside a qualification certificate, the diploma said not to matter, a title the employer trains people
towards, a course said to be given, an apprentice "en formation IFAPME", and the TPP convention (the nurse's titre
professionnel particulier is a certification, no longer a diploma). Sentences written for the test (variants of the
families, no offer text), with look-alikes that must give something else or nothing."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, levels, with_strength

# --- a training in a profile list, then the bracket of the diplomas and routes that give it -------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18: a route (IFAPME, titre de compétence, plein exercice) anywhere in the bracket keeps the training as an item
        ("- Formation en maçonnerie (CQ6/CQ7, IFAPME ou titre de compétence)\n- Permis B",
         [("Formation en maçonnerie", None), ("CQ6", 3), ("CQ7", 4), ("IFAPME", 3), ("titre de compétence", None)]),
        ("- Formation en toiture (CQ6, IFAPME ou titre de compétence de couvreur)\n- Permis B",
         [("Formation en toiture", None), ("CQ6", 3), ("IFAPME", 3), ("titre de compétence de couvreur", None)]),
        # Round 18: Belgian certificates listed with a comma are examples of the training
        ("- Formation en construction (CQ6, 7e professionnelle gros oeuvre)\n- Permis B",
         [("Formation en construction", None), ("CQ6", 3), ("7e professionnelle gros", 4)]),
    ],
)
def test_training_before_its_routes(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_certificates_joined_by_or_stay_alone(run: Any) -> None:
    # look-alike: "(CQ6 ou CESS)" names the certificates asked, not examples of the course
    got = levels(run, PROFILE_HEAD + "- Une formation agricole (CQ6 agriculture ou CESS technique agronomie) est souhaitée.")
    assert ("Une formation agricole", None) not in got and ("formation agricole", None) not in got


# --- a trade held "de formation" -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Vous êtes électricien de formation et avez 2 ans d'expérience.", [("électricien de formation", 3)]),
        ("- Boulanger de formation\n- 2 ans d'expérience", [("Boulanger de formation", None)]),
        ("- Boucher de formation (IFAPME boucher-charcutier, CQ6/CQ7 boucherie)\n- Permis B",
         [("Boucher de formation", None), ("IFAPME boucher-charcutier", 3), ("CQ6", 3), ("CQ7", 4)]),
    ],
)
def test_trade_by_training(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line)[: len(expected)] == expected


def test_training_session_is_no_trade(run: Any) -> None:
    # look-alikes: a session, a centre, a plan of training
    line = "- Une session de formation, un centre de formation et un plan de formation vous attendent."
    assert levels(run, PROFILE_HEAD + line) == []


# --- a training named by two fields ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "first"),
    [
        ("- Formation technique en électromécanique ou en chauffage (CESS, graduat, bachelier)\n- Permis B",
         ("Formation technique en électromécanique ou en chauffage", None)),
        ("- Formation en horticulture ou en aménagement de parcs et jardins (CQ6, IFAPME ou Forem)\n- Permis B",
         ("Formation en horticulture ou en aménagement de parcs et jardins", None)),
        ("- Une formation en ostéopathie ou en thérapie manuelle est un plus.", ("Une formation en ostéopathie ou en thérapie manuelle", None)),
    ],
)
def test_training_in_two_fields(run: Any, line: str, first: tuple[str, Any]) -> None:
    assert levels(run, PROFILE_HEAD + line)[0] == first


# --- a job-training agency beside a qualification certificate --------------------------------------------------------------


def test_agency_beside_certificate(run: Any) -> None:
    got = levels(run, PROFILE_HEAD + "- Formation en horticulture (CQ6, IFAPME, promotion sociale ou Forem)\n- Permis B")
    assert ("IFAPME", 3) in got and ("promotion sociale", None) in got


def test_agencies_alone_stay_one_training(run: Any) -> None:
    # look-alike: no certificate in the bracket, the providers say where the one training was followed
    got = levels(run, PROFILE_HEAD + "- Formation en menuiserie (secondaire technique ou professionnel, IFAPME, Forem) ou expérience")
    assert ("IFAPME", 3) not in got


# --- no diploma needed: the diploma said not to matter ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("7 ans d'expérience en Java. Le diplôme n'est pas important.", [("Le diplôme n'est pas important", None, "optional")]),
        ("Vos diplômes ne sont pas déterminants, votre motivation oui.", [("Vos diplômes ne sont pas déterminants", None, "optional")]),
        ("Ton diplôme compte peu.", [("Ton diplôme compte peu", None, "optional")]),
    ],
)
def test_diploma_does_not_matter(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert with_strength(run, PROFILE_HEAD + line) == expected


# --- titles and courses the employer gives ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Nous recrutons aussi des titulaires du permis B, que nous formons en alternance au titre professionnel conducteur de transport en commun sur route.",
        "Sans expérience ? Nous vous préparons au CAP cuisine.",
        "On te finance le titre pro préparateur de commandes.",
        "Nous offrons des formations continues (la formation en état civil est organisée par la commune).",
        "Une formation en hygiène sera assurée en interne.",
        "Boulangerie cherche apprenti(e) boulanger-pâtissier(ère) en formation IFAPME ou EFP.",
    ],
)
def test_training_given_is_no_diploma(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


def test_diploma_then_employer_training(run: Any) -> None:
    # look-alike: the diploma is asked, the employer trains to its methods
    assert levels(run, PROFILE_HEAD + "- Titulaire d'un CAP cuisine, nous vous formons à nos méthodes.") == [("CAP", 3)]


# --- the TPP convention ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Bachelier infirmier responsable de soins généraux\n- Le titre professionnel particulier en gériatrie est un atout",
        "- Bachelier infirmier responsable de soins généraux\n- Titre professionnel particulier en soins intensifs et aide médicale urgente (SIAMU) exigé",
        "- Bachelier infirmier responsable de soins généraux\n- TPP en santé mentale et psychiatrie apprécié",
    ],
)
def test_tpp_is_no_diploma(run: Any, line: str) -> None:
    got = levels(run, PROFILE_HEAD + line)
    assert all("articulier" not in text and "TPP" not in text for text, _ in got)
    assert got[0][1] == 6  # the bachelor stays


def test_titre_pro_still_a_diploma(run: Any) -> None:
    # look-alike: the French titre professionnel is a diploma
    assert levels(run, PROFILE_HEAD + "- Titre professionnel de secrétaire assistant(e) exigé") [0][0].startswith("Titre professionnel")


# --- Belgian years, classes and options --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 18: the 7th year named by its other branches, and the 6th elided before it across a slash
        ("- Diplôme en hôtellerie (6e/7e qualification hôtellerie, IFAPME cuisinier) exigé",
         [("Diplôme en hôtellerie", None), ("6e", 3), ("7e qualification hôtellerie", 4), ("IFAPME cuisinier", 3)]),
        ("- 7e technique horticulture ou expérience équivalente", [("7e technique horticulture", 4)]),
        ("- 7ème année technique de qualification en électricité", [("7ème année technique de qualification", 4)]),
        # Round 18: the educator's class after a slash form
        ("Éducateur/trice A1 pour notre service résidentiel", [("Éducateur/trice A1", 6)]),
        ("- Educatrice / rice A2 exigée", [("Educatrice / rice A2", 4)]),
        # Round 18: the CESS named by its option; not its branch
        ("- CESS à orientation secrétariat exigé", [("CESS à orientation secrétariat", 4)]),
        ("- CESS option aide familiale ou 7e professionnelle", [("CESS option aide familiale", 4), ("7e professionnelle", 4)]),
        ("- CESS orientation technique de qualification ou générale", [("CESS", 4)]),
    ],
)
def test_belgian_years_classes_options(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_titles_heading_list(run: Any) -> None:
    # Round 18: "Titres :" opens a list of childcare titles, not part of the first
    line = "Titres : puériculteur(trice), auxiliaire de l'enfance, agent d'éducation.\n- Permis B"
    assert levels(run, PROFILE_HEAD + line) == [("puériculteur(trice)", 4), ("auxiliaire de l'enfance", 3), ("agent d'éducation", 4)]


def test_trade_training_against_a_diploma(run: Any) -> None:
    # Round 18: a trade's training offered against a diploma on a profile line
    assert levels(run, PROFILE_HEAD + "- Formation de secrétaire médicale ou CESS à orientation secrétariat\n- Permis B") == [
        ("Formation de secrétaire médicale", 4), ("CESS à orientation secrétariat", 4)]
    assert levels(run, PROFILE_HEAD + "- Une formation de cuisinier ou un CAP cuisine\n- Permis B")[0] == ("Une formation de cuisinier", 3)


# --- routes in a bracket, specialisations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("- Tu as un CQ6 ou CQ7 électricité (ou IFAPME installateur-électricien), le BA4", ("IFAPME installateur-électricien", 3)),
        ("- Certificat d'aide familial(e) (7e professionnelle, formation de promotion sociale) exigé", ("formation de promotion sociale", None)),
        ("- Formation agricole (CQ6 agriculture, IFAPME ou enseignement de plein exercice) est un atout", ("enseignement de plein exercice", None)),
    ],
)
def test_routes_in_bracket(run: Any, line: str, item: tuple[str, Any]) -> None:
    assert item in levels(run, PROFILE_HEAD + line)


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("- Bachelier infirmier responsable de soins généraux\n- une spécialisation en santé communautaire est un atout", ("une spécialisation en santé communautaire", None)),
        ("- Master en droit, spécialisation en droit social souhaitée\n- Permis B", ("spécialisation en droit social", None)),
        ("- Bachelier en kinésithérapie, spécialisation en rééducation périnéale appréciée", ("spécialisation en rééducation périnéale", None)),
    ],
)
def test_specialisation_wished(run: Any, line: str, item: tuple[str, Any]) -> None:
    assert item in levels(run, PROFILE_HEAD + line)


def test_specialisation_of_the_firm(run: Any) -> None:
    # look-alike: the employer's specialisation, no cue
    assert levels(run, PROFILE_HEAD + "Notre cabinet a une spécialisation en droit social reconnue depuis 20 ans.") == []


# --- look-alikes found on the team corpus and the sixth batch ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Assistant(e) de formation", "Responsable de formation", "Chargé de formation (H/F)"],
)
def test_training_department_jobs_are_no_trade(run: Any, title: str) -> None:
    # Round 18: the jobs of a training department are not a trade held "de formation"
    assert levels(run, "Centre de formation professionnelle cherche un profil organisé.", title) == []


@pytest.mark.parametrize(
    "line",
    [
        "Nous accueillons des adultes primo-arrivants, dont beaucoup sont titulaires de diplômes de leur pays d'origine.",
        "Le public : des réfugiés dont les diplômes obtenus dans leur pays ne sont pas reconnus.",
    ],
)
def test_diplomas_of_the_public_abroad(run: Any, line: str) -> None:
    # Round 18: the diplomas the people served got in their own country
    assert levels(run, PROFILE_HEAD + line + "\n- Master FLE exigé") == [("Master FLE", 7)]  # the field from the catalogue
