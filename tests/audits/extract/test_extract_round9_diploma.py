"""Round 9, diplomas: general classes read on the tenth to thirteenth IT samples — lists of schools, degrees or
professions after a level or a "formation supérieure", care diplomas named by their profession in a list, levels
written in full on both sides of a slash, and look-alikes that are no diploma asked (a training the employer offers,
a future graduate, a school as a workplace or a partner). Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_groups, diploma_levels, of_kind

# --- two levels written in full on both sides of a slash are alternatives, not a range ----------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Bac+2 / Bac+3 en gestion.", [("Bac+2", 5), ("Bac+3", 6)]),
        ("- Niveau BAC +3/BAC +5 en informatique.", [("Niveau BAC +3", 6), ("BAC +5", 7)]),
        ("- Diplôme bac + 2 / bac + 3 exigé.", [("bac + 2", 5), ("bac + 3", 6)]),
    ],
)
def test_levels_in_full_across_a_slash(run: Any, line: str, expected: list[tuple[str, int]]) -> None:
    reqs = run(PROFILE_HEAD + line)
    got = diploma_levels(reqs)
    assert [e for _t, e in got] == [e for _t, e in expected]
    assert len(diploma_groups(reqs)) == 1 and None not in diploma_groups(reqs)


@pytest.mark.parametrize(("line", "eqf"), [("- Bac+2/3 en comptabilité.", 5), ("- Bac +4/+5 en data.", 6), ("- Bac+2 à Bac+5.", 5)])
def test_short_ranges_stay_one_item(run: Any, line: str, eqf: int) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + line))] == [eqf]


# --- schools written without their preposition ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Diplômé(e) d'un Bac+5 (Ecole commerce, Ingénieur ou Universitaire).", [7, 7, 7, None]),
        ("Formation Bac+5 (école ingénieur, université ou équivalent).", [7, 7, None]),
        ("Vous sortez d'une ecole ingenieurs reconnue.", [7]),
    ],
)
def test_school_without_preposition(run: Any, line: str, expected: list[Any]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert [e for _t, e in diploma_levels(reqs)] == expected


def test_school_without_preposition_look_alike(run: Any) -> None:
    # "commerce" and "ingénieur" as the shop and the job, not a school
    got = diploma_levels(run(PROFILE_HEAD + "Vous travaillerez dans notre école, commerce de proximité, avec un ingénieur produit."))
    assert got == []


# --- professions listed after a higher-education training -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Formation supérieure Géomètre, Ingénieur, Paysagiste ou équivalent.", [None, 7, None]),
        ("- Formation supérieure Économiste, Statisticien, Ingénieur.", [None, None, 7]),
    ],
)
def test_professions_after_higher_training(run: Any, line: str, expected: list[Any]) -> None:
    reqs = run(PROFILE_HEAD + line)
    got = diploma_levels(reqs)
    assert [e for _t, e in got] == expected
    assert got[0][0].startswith("Formation supérieure ")
    assert len(diploma_groups(reqs)) == 1 and None not in diploma_groups(reqs)


def test_higher_training_alone_stays_one_item(run: Any) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + "- Formation supérieure en gestion.\n- Permis B."))] == [None]


# --- the engineer after a colon, "généraliste ou spécialisé" -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "engineer"),
    [
        ("Formation Bac +5 : ingénieur généraliste ou spécialisé (mécanique, automatisme).", "ingénieur généraliste ou spécialisé"),
        ("Formation Bac+5 : ingénieure mécanique.", "ingénieure mécanique"),
    ],
)
def test_engineer_after_colon(run: Any, line: str, engineer: str) -> None:
    got = diploma_levels(run(PROFILE_HEAD + line))
    assert (engineer, 7) in got and len(got) == 2


def test_engineer_job_after_colon_not_read(run: Any) -> None:
    got = diploma_levels(run(PROFILE_HEAD + "Formation Bac +5 : ingénieur commercial dans l'industrie."))
    assert [e for _t, e in got] == [7]


# --- examples after a bare "type", a list closed by "ou équivalent", a specialty wished for -------------------------


def test_examples_after_type_are_alternatives(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "- Formation supérieure en chimie type Bac+5 (école ingénieur, université ou équivalent).")
    got = diploma_levels(reqs)
    assert [e for _t, e in got] == [None, 7, 7, None]
    assert len(diploma_groups(reqs)) == 1 and None not in diploma_groups(reqs)


def test_engineer_after_type(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "- Formation supérieure type ingénieur ou équivalent.")
    assert [e for _t, e in diploma_levels(reqs)] == [None, 7]
    assert len(diploma_groups(reqs)) == 1 and None not in diploma_groups(reqs)


def test_de_type_engineer_stays_one_item(run: Any) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + "- Issu(e) d'une formation supérieure de type ingénieur."))] == [7]


def test_specialty_wished_for_is_its_own_preferred_item(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "Titulaire d'un Bac+5 (école de commerce ou université), une spécialité contrôle de gestion serait un plus.")
    got = [(r["eqf_level"], r["strength"], r["alternative_group"] is None) for r in of_kind(reqs, "diploma")]
    assert got == [(7, "required", False), (7, "required", False), (None, "required", False), (None, "preferred", True)]


# --- care diplomas named by their profession in a list ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Diplôme ASG et/ou Aide-soignante et/ou Auxiliaire de vie sociale", [None, 4, 3]),
        ("Diplôme d'aide soignant ou d'auxiliaire de puériculture exigé.", [4, 4]),
        ("Diplômes acceptés : Auxiliaire de vie sociale, AMP, Aide-soignant(e).", [3, 3, 4]),
    ],
)
def test_care_diplomas_in_a_list(run: Any, line: str, expected: list[Any]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert [e for _t, e in diploma_levels(reqs)] == expected
    assert len(diploma_groups(reqs)) == 1 and None not in diploma_groups(reqs)


def test_care_profession_without_diploma_word_not_read(run: Any) -> None:
    # the job named, not a diploma
    got = diploma_levels(run(PROFILE_HEAD + "Vous travaillerez avec une aide-soignante et une auxiliaire de vie sociale."))
    assert got == []


# --- look-alikes: trainings the employer offers, future graduates, schools as workplaces or partners ---------------


@pytest.mark.parametrize(
    "text",
    [
        "AVANTAGES :\n- Possibilité de formation en ASG ou AMP\n- Mutuelle.",
        "Nous vous proposons une formation en interne et en local dès votre arrivée.",
        "Nous te proposons une formation en logistique pendant ta période d'essai.",
    ],
)
def test_training_offered_not_asked(run: Any, text: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + "Permis B.\n" + text)) == []


def test_training_asked_with_offer_nearby_kept(run: Any) -> None:
    got = diploma_levels(run(PROFILE_HEAD + "Formation en logistique exigée. Nous vous proposons un CDI."))
    assert len(got) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Futur diplômé d'une école de commerce ou d'une école hôtelière, vous cherchez un stage.",
        "Future diplômée d'un Master en finance, vous rejoindrez l'équipe pour six mois.",
    ],
)
def test_future_graduate_not_asked(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


def test_school_as_workplace_not_asked(run: Any) -> None:
    line = "- Expérience souhaitée dans l'enseignement (idéalement dans une grande école d'ingénieurs ou de commerce)."
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


def test_school_of_the_candidate_kept(run: Any) -> None:
    got = diploma_levels(run(PROFILE_HEAD + "- Diplômé(e) d'une grande école d'ingénieurs, vous avez une expérience en conseil."))
    assert [e for _t, e in got] == [7]


@pytest.mark.parametrize(
    "line",
    [
        "Le projet est mené en collaboration avec le CESI (LINEACT) et l'Université de Mons.",
        "Vous interviendrez au CESI, école d'ingénieurs partenaire.",
    ],
)
def test_cesi_school_not_a_certificate(run: Any, line: str) -> None:
    assert [t for t, _e in diploma_levels(run(PROFILE_HEAD + line)) if t == "CESI"] == []


def test_cesi_certificate_kept(run: Any) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + "- Vous êtes titulaire du CESI."))] == [2]


# --- more schools in a list, a university equivalent closing it, an engineering training with its level in brackets --


def test_full_school_in_a_list(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "Formation souhaitée : grande école d'ingénieur, école d'architecture ou formation universitaire équivalente.")
    got = diploma_levels(reqs)
    assert [e for _t, e in got] == [7, 7, None]
    assert got[1][0] == "école d'architecture"
    assert len(diploma_groups(reqs)) == 1 and None not in diploma_groups(reqs)


def test_university_equivalent_closing_a_list_of_fields(run: Any) -> None:
    got = diploma_levels(run(PROFILE_HEAD + "De formation Bac+5 (école d'ingénieur, chimie, biologie ou équivalent universitaire), vous…"))
    assert [e for _t, e in got] == [7, 7, None]
    assert got[-1][0] == "équivalent universitaire"


def test_engineering_training_with_lower_level_in_brackets(run: Any) -> None:
    got = diploma_levels(run(PROFILE_HEAD + "De formation Ingénieur/Génie civil (Bac+3/5), vous avez suivi des chantiers."))
    assert [e for _t, e in got] == [6]


def test_engineering_school_with_its_own_level_stays_one_item(run: Any) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + "Diplôme d'ingénieur (Bac +5) exigé."))] == [7]


# --- job boards' level lists, a master with a lower level in brackets, "Formation initiale en X", licence after BUT/ --


def test_job_board_level_list(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "Niveau d'études min. requis\nBAC+4 / MAITRISE / MASTER(1)\nLangues")
    assert [e for _t, e in diploma_levels(reqs)] == [6, 6, 6]


def test_maitrise_as_mastery_not_read(run: Any) -> None:
    assert diploma_levels(run(PROFILE_HEAD + "- MAITRISE d'Excel indispensable.\n- Maîtrise de SQL.")) == []


def test_master_with_lower_level_in_brackets(run: Any) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + "Master degree (BAC+4/5) in finance."))] == [6]


@pytest.mark.parametrize(("line", "n"), [("- Formation initiale en chimie ou en biologie.", 1), ("- La formation initiale en alternance dure deux ans.", 0)])
def test_initial_training_by_field(run: Any, line: str, n: int) -> None:
    assert len(diploma_levels(run(PROFILE_HEAD + line))) == n


def test_licence_after_but_slash(run: Any) -> None:
    assert [e for _t, e in diploma_levels(run(PROFILE_HEAD + "- Bac+3 souhaité : BUT/Licence Transport, ou équivalent."))] == [6, 6, 6]


def test_training_with_two_full_levels_in_brackets(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "Formation supérieure en comptabilité (Bac +2 / Bac +3)")
    assert [e for _t, e in diploma_levels(reqs)] == [None, 5, 6]
    assert len(diploma_groups(reqs)) == 1 and None not in diploma_groups(reqs)
