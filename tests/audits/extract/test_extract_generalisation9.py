"""Ninth generalisation round, diplomas: error classes read on the eighth and ninth IT samples, each tested with
French and Belgian sentences written for the test (no offer text) and with look-alikes that must not change."""

from typing import Any

import pytest
from extract_helpers import found

# --- a training named by its field, with diplomas offered as alternatives in a parenthesis ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Profil :\n- Issu(e) d'une formation supérieure en comptabilité (Graduat ou Bac +3), vous êtes rigoureux.",
            [("Issu(e) d'une formation supérieure", None), ("Graduat", 5), ("Bac +3", 6)],
        ),
        (
            "Profil :\n- Formation supérieure en électromécanique (Bac + 2 ou Bac + 3).",
            [("Formation supérieure", None), ("Bac + 2", 5), ("Bac + 3", 6)],
        ),
        (
            "Diplômé(e) d'une formation universitaire en logistique (Master ou école d'ingénieur), vous aimez le terrain.",
            [("une formation universitaire", None), ("Master", 7), ("école d'ingénieur", 7)],
        ),
    ],
)
def test_field_training_is_one_more_alternative(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    got = found(run(text), "diploma")
    assert [level for _, level in got] == [level for _, level in expected]
    assert [t for t, _ in got][1:] == [t for t, _ in expected][1:]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a single level in the parenthesis is the training's level
        ("Profil :\n- Formation supérieure (Bac+5).", [7]),
        # a range is one requirement at its minimum
        ("Profil :\n- Formation en construction, génie civil ou matériaux (Bac +2 à Bac +5).", [5]),
        # no field named: only the listed diplomas are asked
        ("Profil :\n- Issu(e) d'une formation technique (CESS ou Bac Pro), vous êtes motivé.", [4, 4]),
        # a secondary-level course in a field: the certificates it leads to
        ("Profil :\n- Issu(e) d'une formation en soudure (CQ6 ou CESS), vous êtes motivé.", [3, 4]),
    ],
)
def test_parenthesised_level_without_field_alternatives_unchanged(run: Any, text: str, expected: list[Any]) -> None:
    assert [level for _, level in found(run(text), "diploma")] == expected


# --- "parcours / cursus universitaire": a university training, level null -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\n- Issu(e) d'un parcours universitaire scientifique, vous aimez les chiffres.", [("parcours universitaire", None)]),
        ("Profil :\n- Cursus universitaire en chimie ou en biologie.", [("Cursus universitaire", None)]),
        ("Profil :\n- Master (Bac +5 en école de commerce / parcours\nuniversitaire).",
         [("Master (Bac +5", 7), ("école de commerce", 7), ("parcours\nuniversitaire", None)]),
    ],
)
def test_university_course_words(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nous accompagnons les étudiants tout au long de leur parcours universitaire.",
        "Notre asbl soutient chaque jeune dans son cursus universitaire.",
    ],
)
def test_someone_elses_university_course(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == []


# --- a pay grade and the staff's schools are not asked ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Conditions :\nRémunération : niveau Bac, catégorie C, selon le barème de la Région.",
        "Salaire : barème Bac+3 de la commission paritaire 200.",
        "Notre équipe R&D est issue de grandes écoles d'ingénieurs et de la recherche.",
    ],
)
def test_pay_grade_and_staff_background(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\n- Bac+2 exigé.\nSalaire : 2300 € brut selon barème.", [("Bac+2", 5)]),
        ("Notre équipe vous accueille. Vous êtes issu(e) d'une école d'ingénieurs.", [("école d'ingénieurs", 7)]),
        ("Profil :\n- Graduat en comptabilité.\nRémunération selon expérience.", [("Graduat", 5)]),
    ],
)
def test_requirements_near_pay_or_team_kept(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- the bare engineer opening the parenthesis of a higher-education level ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\n- Formation Bac+3 (ingénieur, université, ou équivalent)",
         [("Bac+3", 6), ("ingénieur", 7), ("université", None)]),
        ("Profil :\n- Master (ingénieur ou université)", [("Master", 7), ("ingénieur", 7), ("université", None)]),
    ],
)
def test_lower_case_engineer_opening_a_level_parenthesis(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Profil :\n- Bac+5 (ingénieur commercial ou équivalent)",  # a job title, not the engineer's diploma
        "Nous recrutons : technicien, ingénieur, docteur (Bac+5, ingénieur commercial).",
    ],
)
def test_engineer_job_titles_in_a_parenthesis_unread(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == [("Bac+5", 7)]


# --- the level of the courses a teacher gives is the students' level ---------------------------------------------


def test_teaching_level_is_not_asked(run: Any) -> None:
    text = "Profil :\n- Anglais courant (cours à donner en anglais au niveau Master)."
    assert found(run(text), "diploma") == []


@pytest.mark.parametrize(
    "text",
    [
        "Profil :\n- Enseignant(e) titulaire d'un diplôme de niveau Master.",
        "Profil :\n- Vous avez suivi une formation de niveau Master.",
    ],
)
def test_teachers_own_diploma_kept(run: Any, text: str) -> None:
    assert [level for _, level in found(run(text), "diploma")] == [7]


# --- another school named by its field only ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\n- Bac+5 issu d'une grande école d'ingénieurs ou d'informatique.",
         [("Bac+5", 7), ("école d'ingénieurs", 7), ("d'informatique", 7)]),
        ("Profil :\n- École de commerce ou de design, vous aimez créer.", [("École de commerce", 7), ("de design", 7)]),
    ],
)
def test_other_school_by_its_field(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


def test_experience_offered_instead_of_a_school_is_no_school(run: Any) -> None:
    assert found(run("Profil :\n- École d'ingénieur ou d'expérience équivalente."), "diploma") == [("École d'ingénieur", 7)]
