"""Third generalisation round, diplomas only: error classes read on the third IT sample (docs/extraction.md,
"Third round (diplomas)"), each tested with French and Belgian sentences written for the test (no offer text) and
with look-alikes that must stay unread."""

from typing import Any

import pytest
from extract_helpers import found, of_kind

# --- a university or the engineer's title named by the bare word in a list of alternatives ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil : diplômé(e) d'un Bac+5 (école d'ingénieurs, Université ou équivalent) en chimie.",
         [("Bac+5", 7), ("école d'ingénieurs", 7), ("Université", None)]),
        ("Vous avez un Bac +4/5 (Ingénieur, Master ou équivalent) en génie civil.",
         [("Bac +4/5", 6), ("Ingénieur", 7), ("Master", 7)]),
        ("Diplômé d'une école de commerce ou d'une grande université, vous aimez les chiffres.",
         [("école de commerce", 7), ("grande université", None)]),
        ("Titulaire d'un master (ingénieur civil, université ou haute école), vous rejoignez notre bureau de Namur.",
         [("master", 7), ("ingénieur civil", 7), ("université", None), ("haute école", None)]),
        ("Diplôme requis : bachelier ou master (université / haute école).",
         [("bachelier", 6), ("master", 7), ("université", None), ("haute école", None)]),
    ],
)
def test_university_and_engineer_as_listed_alternatives(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titulaire d'un Master (Université de Liège), vous encadrez une équipe.", [("Master", 7)]),
        ("Master, université partenaire de notre programme de recherche.", [("Master", 7)]),
        ("Titulaire d'un Bac+2, vous travaillerez avec l'Université de Lille.", [("Bac+2", 5)]),
        ("Vous avez un CESS (université, haute école non requises).", [("CESS", 4)]),
        ("Titulaire d'un Master ou Ingénieur commercial confirmé.", [("Master", 7)]),
        ("Nos partenaires : Université, haute école et centres de formation.", []),
    ],
)
def test_university_look_alikes_stay_unread(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- a generic "formation" with its level or its type --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous avez une solide formation en Génie Électrique Bac + 5.", [("formation en Génie Électrique Bac + 5", 7)]),
        ("Profil : une formation en comptabilité générale Bac+3 exigée.", [("une formation en comptabilité générale Bac+3", 6)]),
        ("Une formation supérieure en économie / gestion / droit (minimum bac+3).", [("bac+3", 6)]),
        ("Formation : bachelier en informatique de gestion (minimum Bac+3) ou équivalent.", [("bachelier", 6), ("Bac+3", 6)]),
        ("Vous êtes issu(e) d'une formation supérieure en électronique de type ingénieur industriel.",
         [("issu(e) d'une formation supérieure en électronique de type ingénieur", 7)]),
        ("Une formation de type ingénieur est demandée.", [("de type ingénieur", 7)]),
    ],
)
def test_generic_training_with_its_level_or_type(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une formation en gestion ou un Bac+2 en comptabilité est requis.", [("Une formation en gestion", None), ("Bac+2", 5)]),
        ("Une formation technique, vous avez un Bac+2 idéalement.", [("Une formation technique", None), ("Bac+2", 5)]),
        ("Nous cherchons un profil de type ingénieur commercial pour la région de Charleroi.", []),
        ("Formation en horaire de journée puis passage en équipes alternantes.", []),
        ("Formation en horaires décalés les deux premières semaines.", []),
        ("Formation en journée au siège, puis en binôme sur chantier.", []),
        ("Formation en binôme avec notre chef d'atelier de Mons.", []),
    ],
)
def test_generic_training_look_alikes(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- the course prepared, with a second verb ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Accompagnement pour préparer et présenter le titre professionnel de niveau 5 équivalent Bac+2.",
        "Vous serez accompagné(e) pour préparer puis passer le CQ6 de cuisinier en alternance.",
        "Un parcours pour préparer et obtenir un bachelier en soins infirmiers.",
    ],
)
def test_course_prepared_with_a_second_verb(run: Any, text: str) -> None:
    assert of_kind(run(text), "diploma") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titulaire du titre professionnel de niveau 4, vous préparerez et présenterez les plats du jour.", [("titre professionnel de niveau 4", 4)]),
        ("Vous préparez et présentez les dossiers ; titulaire d'un BES en comptabilité.", [("BES", 5)]),
        ("Vous préparez le capot et les besoins du chantier, idéalement avec un BES en mécanique.", [("BES", 5)]),
        ("Vous préparerez les bacs de légumes, idéalement avec un CAP cuisine.", [("CAP", 3)]),
    ],
)
def test_held_diploma_beside_preparing_something_else(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- strength of a diploma ------------------------------------------------------------------------------------------


def _strengths(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["text"], r["strength"]) for r in of_kind(reqs, "diploma")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue after a comma qualifying the background that follows, not the diploma before it
        ("Profil : Formation supérieure Bac+2, idéalement issue de la logistique.", [("Formation supérieure Bac+2", "required")]),
        ("Titulaire d'un bachelier en comptabilité, de préférence issu(e) d'une fiduciaire liégeoise.", [("bachelier", "required")]),
        # the same cue opening its sentence governs it (labelling guide)
        ("Idéalement issu(e) d'une formation Bac+2, vous avez le sens du service.", [("issu(e) d'une formation Bac+2", "preferred")]),
        ("Un BTS serait un plus, idéalement en maintenance.", [("BTS", "preferred")]),
        # a list bullet glued to the previous full stop opens a new sentence
        ("Nous offrons une mutuelle avantageuse.- CESS avec 2 ans d'expérience en magasin.", [("CESS", "required")]),
        ("Nous offrons une mutuelle avantageuse.- Bac+5 avec 6 ans d'expérience en data.", [("Bac+5", "required")]),
        ("Un Bac+2 est apprécié.- Permis B.", [("Bac+2", "preferred")]),
    ],
)
def test_diploma_strength_scopes(run: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _strengths(run(text)) == expected


# --- "universitaire": level null (labelling guide), and an alternative by itself after a higher-education diploma ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diplômé(e) d'une école de commerce ou équivalent universitaire, vous pilotez le budget.",
         [("école de commerce", 7), ("équivalent universitaire", None)]),
        ("Vous êtes ingénieur civil ou universitaire à orientation scientifique.", [("ingénieur civil", 7), ("universitaire", None)]),
        ("Diplôme universitaire en logistique exigé.", [("Diplôme universitaire", None)]),
        ("Titulaire d'un diplôme universitaire de niveau Bac+3 en droit.", [("diplôme universitaire de niveau Bac+3", 6)]),
        ("Études universitaires (master) en sciences économiques.", [("master", 7)]),
    ],
)
def test_universitaire_is_level_less(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Notre école de commerce, partenaire universitaire de longue date, recrute.", [("école de commerce", 7)]),
        ("Titulaire d'un Master et enseignant universitaire depuis 5 ans.", [("Master", 7)]),
        ("Bac+5 exigé, restaurant universitaire sur le campus de Louvain-la-Neuve.", [("Bac+5", 7)]),
    ],
)
def test_universitaire_look_alikes(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- "avoir validé une formation": a training held, level null ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Avoir validé une formation dans le développement web (idéalement de niveau Bac +2)",
         [("Avoir validé une formation dans le développement", None, "required"), ("niveau Bac +2", 5, "preferred")]),
        ("Vous avez validé une formation en électromécanique (CQ6 ou CESS).", [("CQ6", 3, "required"), ("CESS", 4, "required")]),
        ("Avoir validé une formation en comptabilité.", [("Avoir validé une formation en comptabilité", None, "required")]),
    ],
)
def test_a_training_validated(run: Any, text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert [(r["text"], r["eqf_level"], r["strength"]) for r in of_kind(run(text), "diploma")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Après avoir validé une formation interne de trois semaines, vous serez autonome.",
        "Vous aurez validé une formation d'intégration au sein de notre centre de Wavre.",
        "Avoir validé une formation chez nous est un gage de qualité.",
    ],
)
def test_a_training_validated_look_alikes(run: Any, text: str) -> None:
    assert of_kind(run(text), "diploma") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue alone in the parenthesis after the item still qualifies it
        ("Bac+2 (souhaité) en gestion.", [("Bac+2", "preferred")]),
        ("Profil : CESS (idéalement), vous aimez le contact.", [("CESS", "preferred")]),
        # a cue in a parenthesis holding another requirement governs that one only
        ("Titulaire d'un CQ6 (idéalement un CESS) en cuisine.", [("CQ6", "required"), ("CESS", "preferred")]),
    ],
)
def test_a_cue_inside_a_parenthesis(run: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _strengths(run(text)) == expected
