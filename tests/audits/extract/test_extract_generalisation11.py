"""Fourth generalisation round (issue 4), diplomas and licences: error classes read on the IT samples up to the
eleventh, each tested with French and Belgian sentences written for the test (no offer text) and with look-alikes
that must not change."""

from typing import Any

import pytest
from extract_helpers import found, of_kind


def _licences(reqs: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [(r["text"], r["category"]) for r in of_kind(reqs, "licence")]


# --- the vehicle category named without the word "permis" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Missions :\n- Livraisons en camionnette dans la région de Namur.", "Chauffeur-livreur VL (H/F)", [("VL", "B")]),
        ("Profil :\n- Vous êtes conducteur VL ou PL expérimenté.", "Employé (H/F)", [("VL", "B"), ("PL", "C")]),
    ],
)
def test_light_vehicle_category_without_permis(run: Any, text: str, title: str, expected: list[tuple[str, str]]) -> None:
    assert _licences(run(text, title=title)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Profil :\n- Maîtrise des outils VL et des tableaux de bord.",  # no driving word near it
        "Nos bureaux VL sont situés à Liège.",
        # the job told as a story on a long line, not a heading
        "Le chauffeur VL de notre équipe, c'est la personne qui fait le lien entre nos clients et nos dépôts chaque jour.",
    ],
)
def test_vl_without_driving_word_unread(run: Any, text: str) -> None:
    assert _licences(run(text)) == []


# --- the lower-case engineer in apposition to a higher-education level -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\nDe formation Bac+5, ingénieur informatique, vous avez déjà mené des projets web.",
         [("Bac+5", 7), ("ingénieur informatique", 7)]),
        ("Profil :\n- Formation Bac+5, ingénieure ou master en réseaux", [("Bac+5", 7), ("ingénieure", 7), ("master", 7)]),
        ("Profil :\n- Diplôme de niveau Bac+5, ingenieur generaliste, souhaité", [("niveau Bac+5", 7), ("ingenieur generaliste", 7)]),
    ],
)
def test_engineer_after_a_comma_is_the_level_form(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Profil :\n- Bac+5, ingénieur commercial, vous aimez la vente.",  # a job, not a degree
        "Profil :\n- Bac+5, ingénieur d'affaires junior ou confirmé.",
    ],
)
def test_engineer_jobs_after_a_comma_unread(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == [("Bac+5", 7)]


# --- an intern's course: the level of a student who is looking for an internship --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Profil :\nÉtudiant(e) de formation Bac+4 en gestion, vous recherchez un stage de 6 mois à Bruxelles.",
        "Profil :\nEn école de commerce (Bac+5), tu cherches une alternance dans la finance ?",
    ],
)
def test_intern_looking_for_an_internship_course_unread(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == []


def test_held_diploma_with_internship_word_kept(run: Any) -> None:
    # a diploma already held, in a sentence that is not the intern's own search
    text = "Profil :\nTitulaire d'un Bac+3 en comptabilité, vous avez déjà effectué un stage en cabinet."
    assert found(run(text), "diploma") == [("Bac+3", 6)]


# --- a school given its level: one item ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\nVous êtes diplômé(e) d'une école d'ingénieurs de niveau Bac+5.", [("école d'ingénieurs de niveau Bac+5", 7)]),
        ("Profil :\n- Ecole de commerce, niveau Master", [("Ecole de commerce, niveau Master", 7)]),
    ],
)
def test_school_with_its_level_is_one_item(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert [(t.split("diplômé(e) d'une ")[-1], lvl) for t, lvl in found(run(text), "diploma")] == expected


def test_school_and_another_level_stay_two(run: Any) -> None:
    text = "Profil :\n- École d'ingénieurs ou Bac+3 en informatique"
    assert len(found(run(text), "diploma")) == 2


# --- a certificate asked by its generic word -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\nVous connaissez SAP. Une certification dans ce domaine serait un atout.", [("Une certification", "CERTIFICATION")]),
        ("Profil :\nLa certification d'auditeur qualité est vivement souhaitée.", [("La certification d'auditeur", "AUDITEUR")]),
        ("Profil :\n- Une certification Odoo Fonctionnel\n- Anglais courant", [("Une certification Odoo Fonctionnel", "ODOO FONCTIONNEL")]),
        # without its accent
        ("Profil :\nUne certification en cybersecurite est appreciee.", [("Une certification", "CERTIFICATION")]),
    ],
)
def test_generic_certification_asked(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "certification") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Avantages :\nNous vous accompagnons vers une certification reconnue.",
        "Notre société a obtenu la certification ISO 9001 en 2020 et vise la certification 14001.",
        "Missions :\nVous préparez la certification de nos équipes et suivez les audits.",
    ],
)
def test_generic_certification_not_asked(run: Any, text: str) -> None:
    assert found(run(text), "certification") == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Chauffeur / Chauffeuse de poids lourd (H/F)", [("poids lourd", "C")]),
        ("Conducteur super-lourd - Charleroi", [("super-lourd", "CE")]),
    ],
)
def test_heavy_vehicle_named_in_a_driver_title(run: Any, title: str, expected: list[tuple[str, str]]) -> None:
    assert _licences(run("Missions :\n- Livraisons régionales.", title=title)) == expected


def test_heavy_vehicle_fleet_in_a_story_unread(run: Any) -> None:
    text = "Nos chauffeurs de poids lourds parcourent chaque semaine toute la Wallonie pour livrer nos clients du bâtiment."
    assert _licences(run(text)) == []
