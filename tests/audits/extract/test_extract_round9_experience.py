"""Extraction round 9, experience: general classes read on the tenth to thirteenth IT samples' errors — label lines
and their values, past work in more wordings, seniority words said of a group or a skill, determiners and topic
prepositions around the word, "0 à N ans" — tested with sentences written for the test (no offer text) and with
look-alikes that must not change."""

from typing import Any

import pytest
from extract_helpers import of_kind

_FR = (
    "Notre entreprise de logistique basée à Lille renforce son équipe. Vous rejoindrez une équipe soudée et "
    "travaillerez sur des projets variés avec nos clients.\n"
)


def _experience(reqs: list[dict[str, Any]]) -> list[tuple[str, Any, str]]:
    return [(r["text"], r["years"], r["strength"]) for r in of_kind(reqs, "experience")]


# --- label lines: a heading made of label words, a label and its value on one line --------------------------------


@pytest.mark.parametrize(
    "heading",
    ["EXPÉRIENCE(S) REQUISE(S) :", "Expériences/compétences attendues", "Expérience et formation :", "Expérience professionnelle souhaitée :"],
)
def test_label_only_heading_is_no_item(run: Any, heading: str) -> None:
    got = _experience(run(_FR + heading + "\n\n- Expérience en gestion de stocks\n"))
    assert [t for t, _y, _s in got] == ["Expérience en gestion de stocks"] or [t for t, _y, _s in got] == ["Expérience"]


@pytest.mark.parametrize(
    ("line", "inside"),
    [
        ("- Expérience :  dans un entrepôt ou en environnement portuaire.", "dans un entrepôt ou en environnement portuaire"),
        ("Expérience souhaitée : en gestion de flotte", "en gestion de flotte"),
        ("Expérience requise : stage en logistique au minimum, 2 ans pour un profil confirmé", "stage en logistique au minimum"),
    ],
)
def test_label_value_on_one_line(run: Any, line: str, inside: str) -> None:
    got = _experience(run(_FR + "Profil :\n" + line + "\n"))
    assert any(inside in t for t, _y, _s in got), got


# --- past work in more wordings ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "inside"),
    [
        ("Vous avez idéalement déjà travaillé sur des entrepôts automatisés.", "déjà travaillé sur des entrepôts"),
        ("Vous avez déjà été impliqué(e) dans l'ouverture d'un site logistique.", "déjà été impliqué(e)"),
        ("Idéalement, vous avez déjà piloté des inventaires et avez déjà écrit des procédures qualité.", "déjà écrit des procédures"),
        ("Le profil idéal connaît le transport routier et a déjà encadré une équipe de caristes.", "a déjà encadré une équipe"),
        ("Vous avez participé à la conception et au suivi de projets d'entrepôts.", "participé à la conception"),
        ("Vous avez commencé à vous familiariser avec les outils WMS.", "commencé à vous familiariser"),
    ],
)
def test_past_work_more_wordings(run: Any, line: str, inside: str) -> None:
    got = _experience(run(_FR + "Profil recherché :\n" + line + "\n"))
    assert any(inside in t for t, _y, _s in got), got


@pytest.mark.parametrize(
    "line",
    [
        "Vous rejoindrez une entreprise qui a déjà fait ses preuves sur le marché.",
        "Notre société a déjà accompagné plus de 200 clients.",
        "Si vous avez déjà postulé, inutile de renvoyer votre CV.",
        "Il y a déjà 10 ans que nous livrons la région.",
    ],
)
def test_past_work_look_alikes(run: Any, line: str) -> None:
    assert _experience(run(_FR + line + "\n")) == []


def test_ideal_past_work_is_preferred(run: Any) -> None:
    got = _experience(run(_FR + "Profil recherché :\nVous avez idéalement déjà travaillé sur des entrepôts automatisés.\n"))
    assert [s for _t, _y, s in got] == ["preferred"]


# --- seniority words: a group, a skill's range, synonyms ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Nos chantiers sont menés par des équipes de caristes et de préparateurs motivés et expérimentés.",
        "Compétences techniques confirmées en gestion d'entrepôt.",
        "Kubernetes (notions à confirmé apprécié)",
        "Vous animerez l'équipe d'exploitation (confirmés + juniors).",
    ],
)
def test_seniority_of_a_group_or_a_skill_is_not_asked(run: Any, line: str) -> None:
    assert _experience(run(_FR + "Profil :\n" + line + "\n")) == []


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("Pour ce site, nous recherchons des profils expérimentés en logistique du froid.", "expérimentés"),
        ("Nous recherchons un préparateur chevronné pour notre plateforme.", "chevronné"),
        ("Nous recrutons un(e) cariste aguerri(e) pour notre entrepôt.", "aguerri(e)"),
    ],
)
def test_seniority_asked(run: Any, line: str, word: str) -> None:
    got = _experience(run(_FR + line + "\n"))
    assert [t for t, _y, _s in got] == [word]


# --- the words around "expérience": determiners, topics, narrative, wishes -----------------------------------------


@pytest.mark.parametrize(
    ("line", "inside"),
    [
        ("- Vos expériences des outils de gestion d'entrepôt (WMS, TMS) ;", "expériences"),
        ("- Intérêt pour la robotique ainsi que quelques expériences autour de son déploiement ;", "expériences"),
        ("- Intérim ou toute autre expérience concrète avec des chariots élévateurs ;", "expérience"),
        ("Bac+2 ou niveau d'expérience équivalent", "expérience"),
        ("Les profils issus de la grande distribution ou de l'industrie sont particulièrement appréciés.", "issus de la grande distribution"),
    ],
)
def test_experience_around_the_word(run: Any, line: str, inside: str) -> None:
    got = _experience(run(_FR + "Profil :\n" + line + "\n"))
    assert any(inside in t for t, _y, _s in got), got


@pytest.mark.parametrize(
    "line",
    [
        "Tout au long de votre expérience chez nous, vous serez accompagné(e) par un tuteur.",
        "Vous souhaitez mettre à profit votre expérience dans un groupe en croissance.",
        "Les profils issus d'écoles de commerce sont nombreux dans l'équipe.",
        "Notre groupe est une PME familiale : 120 salariés, 30 ans d'expérience et trois entrepôts.",
        "Votre expérience, votre rigueur et votre sens du service seront des atouts pour nous.",
        "Nos sites vous offriront une expérience terrain enrichissante et variée.",
    ],
)
def test_experience_look_alikes(run: Any, line: str) -> None:
    assert _experience(run(_FR + line + "\n")) == []


def test_next_duration_of_a_dont_list(run: Any) -> None:
    got = _experience(run(_FR + "Vous avez 6 ans d'expérience en achats dont 3 ans en achats industriels et 2 ans en logistique.\n"))
    assert [y for _t, y, _s in got] == [6.0, 3.0, 2.0]


@pytest.mark.parametrize("line", ["Expérience : 0 à 2 ans d'expérience", "- Entre 0 et 1 an d'expérience sur un poste similaire"])
def test_range_from_zero_is_optional(run: Any, line: str) -> None:
    got = _experience(run(_FR + "Profil :\n" + line + "\n"))
    assert [(y, s) for _t, y, s in got] == [(0.0, "optional")]


def test_postposed_cue_in_a_parenthesis_is_an_ideal(run: Any) -> None:
    got = _experience(run(_FR + "Profil :\n- Expérience significative en ordonnancement (Kardex souhaité) et en inventaires.\n"))
    assert [s for _t, _y, s in got] == ["required", "preferred"]
    assert "Kardex souhaité" in got[1][0]


def test_long_label_line_is_read_in_linear_time(run: Any) -> None:
    # a label line is split one way only: a long run of label words must not backtrack exponentially
    run(_FR + "Expérience " + "souhaitée et connaissances / " * 200 + "x\n")


@pytest.mark.parametrize(
    "block",
    [
        "Compétences techniques :\n* WMS - Confirmé - Souhaitable\n* SAP - Expert - Impératif\n",
        "Profil :\n- Expérience : stage a minima si débutant, 2 ans en entrepôt si profil expérimenté\n",
    ],
)
def test_grade_as_skill_level_or_condition_is_not_asked(run: Any, block: str) -> None:
    got = _experience(run(_FR + block))
    assert not any(t.lower() in ("confirmé", "expérimenté") for t, _y, _s in got), got


def test_past_work_glued_to_previous_sentence(run: Any) -> None:
    got = _experience(run(_FR + "Profil :\nVous maîtrisez Python et SQLVous avez déjà travaillé sur des entrepôts automatisés.\n"))
    assert any("déjà travaillé" in t for t, _y, _s in got), got
