"""Round 12, diplomas: families of Belgian and French wordings, lists of alternatives, and their look-alikes. Sentences
written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_groups, diploma_levels, of_kind

# --- Belgian certificates and degrees, with their levels (walloon-reference §3) --------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Certificat de qualification (6e) en mécanique.", [("Certificat de qualification (6e)", 3)]),
        ("- Certificat de qualification de couvreur exigé.", [("Certificat de qualification de couvreur", 3)]),
        ("- Secondaire technique ou professionnel en électricité.", [("Secondaire technique ou professionnel", 4)]),
        ("- Diplôme de secondaire technique en électromécanique.", [("Diplôme de secondaire technique", 4)]),
        ("- Vous avez terminé vos humanités techniques.", [("humanités techniques", 4)]),
        ("- Licencié en droit, vous avez cinq ans d'expérience.", [("Licencié en droit", 7)]),
        ("- Ingénieur de gestion souhaité.", [("Ingénieur de gestion", 7)]),
        ("- AESI en mathématiques.", [("AESI", 6)]),
        ("- Agrégé de l'enseignement secondaire inférieur en sciences.", [("Agrégé de l'enseignement secondaire inférieur", 6)]),
        ("- Infirmier breveté, vous rejoignez notre maison de repos.", [("Infirmier breveté", 5)]),
        ("- Bachelier infirmier responsable de soins généraux (IRSG).", [("Bachelier infirmier responsable de soins généraux", 6)]),
        ("- Éducateur classe A1 exigé.", [("Éducateur classe A1", 6)]),
        ("- Diplôme d'éducateur A2.", [("éducateur A2", 4)]),
        ("- Diplôme de puéricultrice exigé.", [("Diplôme de puéricultrice", 4)]),
        ("- Certificat d'aide-soignant(e) et enregistrement au SPF Santé.", [("Certificat d'aide-soignant(e)", 4)]),
        ("- Visa d'aide-soignant obligatoire.", [("Visa d'aide-soignant", 4)]),
        ("- Certificat d'apprentissage IFAPME en boulangerie.", [("Certificat d'apprentissage", 3)]),
        ("- Diplôme de chef d'entreprise IFAPME (menuisier).", [("Diplôme de chef d'entreprise", 4)]),
        ("- Diplôme de l'enseignement de promotion sociale en comptabilité.", [("Diplôme de l'enseignement de promotion sociale", None)]),
        ("- Gesellenbrief als Elektriker.", [("Gesellenbrief", 3)]),
        ("- Vous disposez du titre requis pour enseigner.", [("titre requis", None)]),
    ],
)
def test_belgian_wordings(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Éducateur A1 ou A2.", [("Éducateur A1", 6), ("A2", 4)]),
        (
            "- Infirmier breveté ou bachelier infirmier responsable de soins généraux.",
            [("Infirmier breveté", 5), ("bachelier infirmier responsable de soins généraux", 6)],
        ),
        ("- AESS ou agrégation de l'enseignement secondaire supérieur.", [("AESS", 7), ("agrégation de l'enseignement secondaire supérieur", 7)]),
        (
            "- Vous êtes master en sciences économiques, ingénieur de gestion ou bachelier en comptabilité.",
            [("master", 7), ("ingénieur de gestion", 7), ("bachelier", 6)],
        ),
        (
            "- Vous êtes titulaire d'un master en sciences économiques, ingénieur commercial ou graduat en comptabilité.",
            [("master", 7), ("ingénieur commercial", 7), ("graduat", 6)],
        ),
        ("- Master en gestion ou ingénieur commercial.", [("Master", 7), ("ingénieur commercial", 7)]),
    ],
)
def test_belgian_lists_one_group(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert diploma_levels(reqs) == expected
    groups = diploma_groups(reqs)
    assert len(groups) == 1 and None not in groups


# The Belgian teacher's CAP (certificat d'aptitude pédagogique) has no level of its own; the French vocational CAP keeps 3.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- CAP (certificat d'aptitudes pédagogiques) ou en voie de l'obtenir.", [("CAP", None)]),
        ("- Titre suffisant : AESI en mathématiques ou ingénieur avec CAP.", [("AESI", 6), ("CAP", None)]),
        ("- CAP cuisine exigé.", [("CAP", 3)]),
    ],
)
def test_pedagogical_cap(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    levels = diploma_levels(run(PROFILE_HEAD + line))
    assert [x for x in levels if x[0] == "CAP" or x in expected] == expected


@pytest.mark.parametrize(
    "line",
    [
        # the job, not the degree
        "- Nous recherchons un ingénieur commercial pour notre filiale.",
        "- Ingénieur commercial H/F, vous développez le portefeuille clients.",
        # the level where the teacher teaches
        "- Professeur dans l'enseignement secondaire supérieur, vous préparez vos cours.",
        "- Vous donnerez des cours en bachelier infirmier.",
        "- Professeur de mathématiques en secondaire supérieur.",
        # a course given, data aggregation, a language level
        "- Plusieurs ASH suivent chaque année la formation d'aide-soignant financée par la clinique.",
        "- Vous suivrez la formation de chef d'entreprise IFAPME.",
        "- Agrégation des données patients et analyse des contenus.",
        "- Niveau A2 en néerlandais ou A1 en allemand.",
    ],
)
def test_belgian_look_alikes(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


def test_title_required_heading_introduces_the_diploma(run: Any) -> None:
    assert diploma_levels(run(PROFILE_HEAD + "- Titre requis : bachelier instituteur primaire.")) == [("bachelier", 6)]


def test_belgian_offsets_and_strength(run: Any) -> None:
    text = PROFILE_HEAD + "- Éducateur classe A1 exigé.\n- Diplôme de puéricultrice souhaité."
    reqs = of_kind(run(text), "diploma")
    assert [(r["text"], r["strength"]) for r in reqs] == [("Éducateur classe A1", "required"), ("Diplôme de puéricultrice", "preferred")]
    for r in reqs:
        assert text[r["start"] : r["end"]] == r["text"]
