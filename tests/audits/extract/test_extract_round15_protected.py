"""Round 15, protected criteria: "jeunes diplômés bienvenus / acceptés" is experience 0, not age (the guide's convention
6); the public a service serves and the tasks of a payroll or debt-mediation job are not criteria; a minimum working
age and the public service's nationality condition are. Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import found

HEAD = "Notre structure renforce son équipe.\nProfil recherché :\n"


def protected(run: Any, text: str) -> list[tuple[str, Any]]:
    return found(run(HEAD + text), "protected_criterion")


# --- "jeunes diplômés" as an open door (convention 6) ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Une expérience en officine est souhaitée, mais les jeunes diplômés sont les bienvenus.",
        "Les jeunes diplômé(e)s sont les bienvenu(e)s, un tutorat est prévu.",
        "- Jeune diplômé(e) accepté(e)",
        "Expérience de 2 ans souhaitée ; jeunes diplômés motivés acceptés.",
        "Les jeunes diplômées peuvent également postuler.",
        "Jeunes diplômés bienvenus.",
    ],
)
def test_young_graduates_welcome_is_not_age(run: Any, line: str) -> None:
    assert protected(run, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Nous recrutons un(e) jeune diplômé(e) en comptabilité pour notre fiduciaire.",
        "Profil : jeune diplômé en gestion, vous avez le sens du contact.",
    ],
)
def test_young_graduate_sought_stays_age(run: Any, line: str) -> None:
    assert [c for _, c in protected(run, line)] == ["age"]


# --- the public served, the job's own tasks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "La résidence accueille 140 résidents âgés de 65 à 102 ans.",
        "Les résidents sont âgés de 20 à 60 ans.",
        "Nous accompagnons des personnes de plus de 65 ans à domicile.",
        "Internat de 120 internes de 12 à 18 ans.",
        "Vos missions : paies, DSN, gestion des entrées/sorties, arrêts maladie, conseil en droit social.",
        "Vous assurez le suivi des arrêts de maladie et des accidents du travail.",
        "Le CPAS, institution agréée en médiation de dettes, recrute un médiateur de dettes.",
        "Vous suivez les procédures en règlement collectif de dettes.",
        "La maison d'accueil héberge des femmes et des familles en difficulté.",
        "Vous êtes titulaire de l'attestation de formation de directeur reconnue par l'AViQ.",
    ],
)
def test_public_served_and_tasks_are_not_criteria(run: Any, line: str) -> None:
    assert protected(run, line) == []


@pytest.mark.parametrize(
    ("line", "criterion"),
    [
        ("Candidat(e) sans arrêt maladie au cours des deux dernières années.", "health"),
        ("Les personnes en règlement collectif de dettes ne seront pas retenues.", "wealth"),
        ("Les personnes reconnues par l'AViQ ne seront pas retenues.", "disability"),
        ("Âgé(e) de 20 à 28 ans, vous avez le goût du contact.", "age"),
    ],
)
def test_the_same_words_about_the_candidate_still_fire(run: Any, line: str, criterion: str) -> None:
    assert [c for _, c in protected(run, line)] == [criterion]


# --- minimum working age, nationality of the public service -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Conditions :\n- avoir au minimum 15 ans\n- être titulaire du CE1D", "avoir au minimum 15 ans"),
        ("- avoir réussi le CE1D ou avoir 16 ans accomplis", "avoir 16 ans accomplis"),
        ("Pas besoin d'expérience. Tu dois avoir au moins 17 ans.", "avoir au moins 17 ans"),
        ("Vous avez plus de 16 ans et vous aimez le contact.", "avez plus de 16 ans"),
    ],
)
def test_minimum_working_age(run: Any, line: str, span: str) -> None:
    assert protected(run, line) == [(span, "age")]


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez au moins 10 ans d'expérience en cuisine.",
        "Vous avez 15 ans de métier dans le bâtiment.",
        "Avoir au minimum 12 ans en gestion de projets.",
    ],
)
def test_a_duration_of_work_is_not_an_age(run: Any, line: str) -> None:
    assert protected(run, line) == []


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Conditions générales : être belge ou citoyen de l'Union européenne ; jouir de ses droits civils.",
         "être belge ou citoyen de l'Union européenne"),
        ("- être belge ou ressortissant de l'UE ;", "être belge ou ressortissant de l'UE"),
        ("Conditions : être ressortissant d'un État membre de l'Espace économique européen.",
         "ressortissant d'un État membre de l'Espace économique européen"),
    ],
)
def test_public_service_nationality_is_one_item(run: Any, line: str, span: str) -> None:
    assert protected(run, line) == [(span, "nationality")]
