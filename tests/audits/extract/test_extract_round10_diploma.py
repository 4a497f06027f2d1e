"""Round 10, diplomas: classes read on the ads the team wrote (training/extract) — the engineer's title named before a
higher diploma on a profile line, and look-alikes that are no diploma asked. Sentences written for the test (no offer
text, no corpus line)."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_groups, diploma_levels

# --- the engineer's title opening a profile line, before a higher diploma -----------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Ingénieur ou Master en électronique", [("Ingénieur", 7), ("Master", 7)]),
        ("Ingénieur ou Bac+5 en informatique", [("Ingénieur", 7), ("Bac+5", 7)]),
        ("INGENIEUR OU BAC+5 EQUIVALENT", [("INGENIEUR", 7), ("BAC+5", 7)]),
        ("Vous êtes ingénieur ou titulaire d'un Master en chimie.", [("ingénieur", 7), ("Master", 7)]),
        ("- Ingénieur ou docteur en physique", [("Ingénieur", 7), ("docteur en", 8)]),
    ],
)
def test_engineer_before_a_higher_diploma(run: Any, line: str, expected: list[tuple[str, int]]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert diploma_levels(reqs) == expected
    assert len(diploma_groups(reqs)) == 1 and None not in diploma_groups(reqs)


@pytest.mark.parametrize(
    "line",
    [
        "- Ingénieur commercial ou Master en gestion",  # a job title, then the diploma
        "Le poste d'Ingénieur ou Master : à définir",  # not opening the line
    ],
)
def test_engineer_job_title_is_not_an_alternative(run: Any, line: str) -> None:
    assert [t for t, _e in diploma_levels(run(PROFILE_HEAD + line))] == ["Master"]


# --- the course of trainees met or supervised, or a student is admitted to: not asked ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Notre atelier accueille chaque année des alternants en BTS et en CAP.",
        "Vous êtes admis(e) en Master 1 pour la rentrée de septembre.",
        "Contrôleur de gestion - Alternance Master",
        "Vous tutorerez les apprentis de l'IUT et des écoles d'ingénieurs du réseau.",
        "Après le contrat, une poursuite en master est possible.",
    ],
)
def test_trainees_course_is_not_asked(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- CAP cuisine exigé, vous encadrerez les apprentis.", [("CAP cuisine", 3)]),
        ("- BTS exigé ; vous formerez nos apprentis.", [("BTS", 5)]),
    ],
)
def test_diploma_asked_next_to_trainees_stays(run: Any, line: str, expected: list[tuple[str, int]]) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + line))] == [e for _t, e in expected]


# --- "Master Data" as a team's or project's reference data ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Vous animerez l'équipe Master Data.", []),
        ("- Reprise des données comptables (Master Data, balances).", []),
        ("Titulaire d'un Master Data, vous aimez le code.", [7]),
        ("- Master Data Science ou équivalent", [7]),
    ],
)
def test_master_data(run: Any, line: str, expected: list[int]) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + line))] == expected


# --- a vocational training named by its trade: by a Belgian provider, or as a diploma's alternative ---------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- CQ6 en menuiserie ou formation IFAPME ;", [("CQ6", 3), ("formation IFAPME", 3)]),  # round 16: beside a CQ, the apprenticeship (3; fourth written batch)
        ("- CQ7 en mécanique ou formation qualifiante en tournage (Forem, Technocampus)",
         [("CQ7", 4), ("formation qualifiante en tournage", None)]),
        ("- Formation de boucher (promotion sociale ou IFAPME) souhaitée", [("Formation de boucher", None)]),
        # Round 15: a named training is at its trade's usual certificate (labelling guide: "formation « secrétaire médicale »" 4)
        ("- BTS SAM ou une formation de secrétaire juridique.", [("BTS SAM", 5), ("formation de secrétaire juridique", 4)]),
    ],
)
def test_vocational_training(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert diploma_levels(reqs) == expected
    if len(expected) > 1:
        assert len(diploma_groups(reqs)) == 1 and None not in diploma_groups(reqs)


@pytest.mark.parametrize(
    "line",
    [
        "Vous suivrez une formation de cariste (Forem) à l'embauche.",
        "- Formation de base assurée par nos soins (Forem).",
        "- Formation de techniciens sur site.",
        "- Formation de 3 jours prévue à l'arrivée.",
    ],
)
def test_training_given_is_not_a_diploma(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


# --- the school level of the people a service is for -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Nos jeunes ont des parcours variés (certains sans CEB, d'autres en CESS).",
        "Nous aidons des enfants dont certains n'ont pas obtenu leur CE1D.",
        "Soutien scolaire aux élèves du CP jusqu'au baccalauréat.",
    ],
)
def test_level_of_people_served_is_not_asked(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


@pytest.mark.parametrize(
    ("line", "eqf"),
    [
        ("Pour encadrer nos jeunes, vous êtes titulaire d'un bachelier éducateur.", 6),
        ("Accompagnement d'enfants, DEES exigé.", 6),
        ("Vous aimez les enfants et êtes titulaire du CAP AEPE.", 3),
        ("- Jeune diplômé(e) d'un BTS, vous êtes motivé.", 5),
    ],
)
def test_diploma_asked_near_people_served_stays(run: Any, line: str, eqf: int) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + line))] == [eqf]


# --- more courses prepared, financed or attended: not asked -------------------------------------------------------


@pytest.mark.parametrize(
    ("title_or_line", "in_title"),
    [
        ("Apprenti(e) Technicien de maintenance - Bac pro ou BTS MS", True),
        ("Tu es inscrit(e) dans un établissement préparant le DCG en alternance.", False),
        ("La commune finance chaque année la formation au BPJEPS pour deux animateurs.", False),
        ("- Une expérience de recherche (stage de Master) est un atout.", False),
    ],
)
def test_course_prepared_or_financed_is_not_asked(run: Any, title_or_line: str, in_title: bool) -> None:
    reqs = run(PROFILE_HEAD + "- Sens du service.", title=title_or_line) if in_title else run(PROFILE_HEAD + title_or_line)
    assert diploma_levels(reqs) == []


def test_diploma_asked_beside_preparing_stays(run: Any) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + "- Master en physique exigé ; nous préparons les dossiers."))] == [7]


# --- the diplomas of the team, counted or said held by its members ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "L'équipe : 2 médecins, 1 cadre de santé, 12 IDE et 14 AS.",
        "Rejoignez une équipe de 18 IDE dans des locaux neufs.",
        "Les animateurs de l'équipe sont titulaires du BPJEPS.",
        "Notre équipe compte deux infirmières diplômées d'État qui travaillent au produit.",
    ],
)
def test_team_diplomas_are_not_asked(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


@pytest.mark.parametrize(
    ("line", "eqf"),
    [
        ("Au sein d'une équipe de 10, vous êtes titulaire d'un BTS.", 5),
        ("- Équipe de 4 personnes ; DEAS exigé.", 4),
    ],
)
def test_diploma_asked_beside_the_team_stays(run: Any, line: str, eqf: int) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + line))] == [eqf]


# --- a school as a place, an event or the employer ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nos bureaux sont sur le campus d'une grande école d'ingénieurs.", []),
        ("Nous serons au salon des écoles d'ingénieurs de la région.", []),
        ("Vous êtes diplômé(e) d'une école d'ingénieurs.", [7]),
        ("De formation Bac+5 au sein d'une grande école d'ingénieur.", [7, 7]),
    ],
)
def test_school_as_a_place(run: Any, line: str, expected: list[int]) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + line))] == expected
