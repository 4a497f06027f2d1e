"""Fifth generalisation round, diplomas and the minimum EQF per offer: error classes read on the fifth IT sample
(/tmp OUTDOC merged into docs/extraction.md, "Fifth round (diplomas)"), each tested with French and Belgian sentences
written for the test (no offer text) and with look-alikes that must keep their diploma."""

from typing import Any

import pytest
from extract_helpers import found

# --- "Master" and "BP" inside a role or product name ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vous participez au déploiement d'une solution de Master Data Management pour nos clients.",
        "Notre salle d'escape game recrute un Game Master pour les week-ends.",
        "Le Master Chef de la brigade vous forme aux recettes maison.",
        "Au sein de l'équipe des RH BP, vous accompagnez les managers de site.",
        "Vous rejoignez les Finance BP du groupe à Namur.",
    ],
)
def test_role_or_product_names_are_no_diploma(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titulaire d'un Master Data Science, vous rejoignez l'équipe de Liège.", [("Master", 7)]),
        ("Master en informatique exigé ; notre Scrum Master vous accueille.", [("Master", 7)]),
        ("Diplôme : BP coiffure exigé.", [("BP", 4)]),
        ("De formation boulanger (CAP/BEP/Bac Pro/BP), vous avez deux ans d'expérience.",
         [("CAP", 3), ("BEP", 3), ("Bac Pro", 4), ("BP", 4)]),
    ],
)
def test_real_master_and_bp_still_read(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- the course a training organisation, an apprentice or an intern prepares --------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Alternance développeur (H/F)",
         "Nous vous engageons en contrat d'apprentissage pour vous permettre d'obtenir un diplôme d'État reconnu.\n"
         "Sans le BAC : vous préparez un BAC avec un titre RNCP de niveau 4.\n"
         "Avec un BAC+2 : vous visez un BAC+3 avec un diplôme d'État RNCP35000 niveau 6.\n"
         "Avec un BAC+3 : vous intégrez un Master BAC+5.\n"
         "Avec une licence : vous accédez au Master en deux ans."),
        ("Stagiaire marketing (H/F)", "Ton profil : Être étudiant(e) Bac +4/5 en école de commerce."),
        ("Stagiaire (H/F)", "Étudiante Master 1 en gestion, tu cherches un stage de six mois à Mons."),
        ("Stagiaire RH (H/F)", "Vous êtes en Master 2 ressources humaines et cherchez un stage de six mois."),
        ("Stagiaire (H/F)", "Actuellement en bac +3, tu cherches un stage à Wavre."),
        ("Stagiaire (H/F)", "Inscrit(e) en licence de gestion, vous cherchez un stage."),
        ("Stagiaire (H/F)", "En cours de Master en finance, vous êtes curieux."),
        ("Alternance (H/F)", "Diplôme préparé : BTS SIO."),
        ("Alternance (H/F)", "Décrochez un Bachelor en marketing digital en alternance."),
        ("Stagiaire (H/F)", "Dans le cadre de ton cursus (Master), tu rejoins l'équipe."),
        # list items glued into one sentence where the markup was stripped: the held cue belongs to the next item
        ("Alternance data (H/F)",
         "Tu prépares un Bac+5 en informatiqueTu as une bonne maîtrise de SQLTu es curieux"),
    ],
)
def test_course_prepared_is_no_diploma_asked(run: Any, title: str, text: str) -> None:
    assert found(run(text, title), "diploma") == []


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Alternance paie (H/F)", "Titulaire d'un Bac+2, vous préparez une licence professionnelle en alternance.",
         [("Bac+2", 5), ("licence professionnelle", 6)]),
        ("Comptable (H/F)", "Vous avez obtenu un BTS et souhaitez évoluer vers la révision.", [("BTS", 5)]),
        ("Responsable (H/F)", "Vous visez un poste à responsabilités : BTS exigé.", [("BTS", 5)]),
        ("Comptable (H/F)", "Diplôme obtenu : Bac+3 en comptabilité.", [("Bac+3", 6)]),
        ("Gestionnaire (H/F)", "Vous êtes titulaire d'un Master 2 et vous êtes en possession du permis B.", [("Master", 7)]),
        ("Gestionnaire (H/F)", "Vous êtes en charge du suivi ; Master exigé.", [("Master", 7)]),
        ("Technicien (H/F)", "Diplôme en cours de validation accepté ; BTS minimum.", [("BTS", 5)]),
        ("Stagiaire (H/F)", "Étudiant(e) en master, vous êtes déjà titulaire d'une licence en droit.",
         [("master", 7), ("licence en droit", 6)]),
    ],
)
def test_diploma_held_next_to_a_course_is_kept(run: Any, title: str, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text, title), "diploma") == expected


# --- "no diploma asked": a diploma item without level, optional ----------------------------------------------------


def _diplomas_with_strength(reqs: list[dict[str, Any]]) -> list[tuple[str, Any, str]]:
    return [(r["text"], r["eqf_level"], r["strength"]) for r in reqs if r["kind"] == "diploma"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les qualités humaines comptent d'abord. Pas de diplôme requis.", [("Pas de diplôme requis", None, "optional")]),
        ("Vous êtes autodidacte, sans forcément de diplôme, mais passionné(e).",
         [("sans forcément de diplôme", None, "optional")]),
        ("Aucun diplôme n'est exigé : nous regardons votre motivation.",
         [("Aucun diplôme n'est exigé", None, "optional")]),
        ("Nous sommes ouverts à tous, quel que soit votre niveau de diplôme.",
         [("quel que soit votre niveau de diplôme", None, "optional")]),
        ("Poste accessible sans diplôme, permis B indispensable.", [("accessible sans diplôme", None, "optional")]),
        # the diploma that is welcome keeps its own level and strength
        ("Diplôme non requis mais un CAP cuisine serait un plus.",
         [("Diplôme non requis", None, "optional"), ("CAP", 3, "preferred")]),
    ],
)
def test_no_diploma_asked(run: Any, text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert _diplomas_with_strength(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people a service is for, not the candidate
        ("Vous accompagnez des jeunes sans diplôme vers l'emploi. Bachelier assistant social exigé.",
         [("Bachelier", 6, "required")]),
        ("Le diplôme de fin d'études secondaires est exigé (CESS).", [("CESS", 4, "required")]),
    ],
)
def test_no_diploma_look_alikes(run: Any, text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert _diplomas_with_strength(run(text)) == expected


# --- higher-education alternatives: a university before the school, plural schools, "niveau Licence / master", the
# engineer as the ideal ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Formation : Bac+3/5, Université/écoles d'ingénieurs.",
         [("Bac+3/5", 6), ("Université", None), ("écoles d'ingénieurs", 7)]),
        ("Titulaire d'un Bac+5 (haute école ou écoles de commerce).",
         [("Bac+5", 7), ("haute école", None), ("écoles de commerce", 7)]),
        ("Vous disposez d'un niveau Licence / master en gestion documentaire.", [("niveau Licence", 6), ("master", 7)]),
        ("Diplômé(e) d'une licence ou d'un master en droit social.", [("licence", 6), ("master", 7)]),
        ("Un diplôme Bac +5, idéalement ingénieur ou équivalent, sera apprécié.",
         [("Bac +5", 7), ("idéalement ingénieur", 7)]),
        ("Vous êtes titulaire d'un master, de préférence ingénieur.", [("master", 7), ("de préférence ingénieur", 7)]),
    ],
)
def test_higher_education_alternatives(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a licence that is no degree, a university as the place of a master, an engineer as a job
        ("Licence de conduire exigée ; vous gérez les licences logicielles.", []),
        ("Master (Université de Namur) ou équivalent.", [("Master", 7)]),
        ("Un master, idéalement ingénieur commercial dans l'âme.", [("master", 7)]),
        ("Vous avez un Bac+5 ; notre école de commerce partenaire vous accueille.", [("Bac+5", 7), ("école de commerce", 7)]),
    ],
)
def test_higher_education_look_alikes(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- a named training with its examples and an equivalent ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Formation en cuisine (CAP, Bac Pro, Mention complémentaire ou équivalent).",
         [("Formation en cuisine", None), ("CAP", 3), ("Bac Pro", 4), ("Mention complémentaire", 3)]),
        ("Formation en menuiserie (CAP, BP ou équivalent) souhaitée.",
         [("Formation en menuiserie", None), ("CAP", 3), ("BP", 4)]),
        # no domain named: the listed diplomas only (round 14: a training named by its domain with two diplomas or more
        # is one more alternative even without an equivalent, as the written batches' labels read it)
        ("Formation en électricité (CAP ou BEP).", [("Formation en électricité", None), ("CAP", 3), ("BEP", 3)]),
        ("Issu(e) d'une formation technique (BEP/BAC Pro en maintenance).", [("BEP", 3), ("BAC Pro", 4)]),
        ("Une formation en gestion (Bac+2 minimum) est demandée.", [("Bac+2", 5)]),
    ],
)
def test_named_training_with_examples(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- the second school named bare after a slash ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De formation Bac+5 (école d'Ingénieurs/Commerce ou Université), vous avez six ans d'expérience.",
         [("Bac+5", 7), ("école d'Ingénieurs", 7), ("Commerce", 7), ("Université", None)]),
        ("Diplômé(e) d'une école de commerce/ingénieur.", [("école de commerce", 7), ("ingénieur", 7)]),
        # the trade, not a school
        ("Diplômé(e) d'une école de commerce, vous aimez le commerce/la vente.", [("école de commerce", 7)]),
    ],
)
def test_bare_second_school_after_a_slash(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- a training organisation's catalogue -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Notre centre de formation délivre des titres RNCP du niveau 3 au niveau 6 (CAP, BTS, Bachelor).",
        "Notre école propose plus de 30 formations, du BTS au Mastère, en alternance.",
        "Nos programmes Bachelor et MBA sont reconnus par l'État.",
        "Nos élèves préparent des diplômes du CAP au BTS.",
    ],
)
def test_catalogue_is_no_diploma_asked(run: Any, text: str) -> None:
    assert found(run(text, "Formateur (H/F)"), "diploma") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Notre école recrute un formateur. Vous êtes titulaire d'un Master en mathématiques.", [("Master", 7)]),
        ("Diplômé(e) d'un BTS, vous rejoignez nos formations en tant que formateur.", [("BTS", 5)]),
        ("Vous êtes titulaire d'un diplôme reconnu par l'État (Bachelier en soins infirmiers).", [("Bachelier", 6)]),
    ],
)
def test_diploma_asked_by_a_school_is_kept(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text, "Formateur (H/F)"), "diploma") == expected


# --- acronyms that IT and HR ads use for something else ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vous maîtrisez un IDE (VS Code, IntelliJ) et Git.",
        "Votre IDE préféré vous sert au débogage de nos services Java.",
        "Sensible aux enjeux DEI et à l'inclusion, vous rejoignez l'équipe RH.",
        "Vous intervenez sur les BTS et eNodeB du réseau de Wallonie.",
    ],
)
def test_it_and_hr_homonyms_are_no_diploma(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IDE diplômé(e) d'État, vous rejoignez notre service de soins à domicile.", [("IDE", 6)]),
        ("Infirmier (IDE) exigé pour notre maison de repos ; inclusion et diversité sont nos valeurs.", [("IDE", 6)]),
        # Round 17: the speciality acronym is inside the span (data/diploma_titles.json)
        ("Titulaire d'un BTS SN, vous intervenez sur les eNodeB.", [("BTS SN", 5)]),
        ("BTS Systèmes numériques exigé : vous intervenez sur les antennes relais LTE.", [("BTS", 5)]),
    ],
)
def test_nurse_diploma_still_read(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- a training and the level stated after its domains ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diplômé(e) d'une formation en informatique, statistique ou équivalent - de niveau master a minima.",
         [("une formation en informatique, statistique ou équivalent - de niveau master", 7)]),
        ("Vous avez une formation en gestion, comptabilité ou finance, de niveau Bac+3.",
         [("une formation en gestion, comptabilité ou finance, de niveau Bac+3", 6)]),
        # a level offered as another branch, or stated in another sentence: two items
        ("Formation en gestion ou de niveau Bac+2 en commerce.", [("Formation en gestion", None), ("niveau Bac+2", 5)]),
        ("Une formation en électricité ; titulaire d'un diplôme de niveau Bac+2.",
         [("Une formation en électricité", None), ("niveau Bac+2", 5)]),
    ],
)
def test_training_and_its_stated_level(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- a State diploma named by its acronym -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diplôme d'État AES exigé pour l'accompagnement éducatif et social.", [("Diplôme d'État AES", 3)]),
        ("Vous êtes titulaire du diplôme d'État IBODE.", [("diplôme d'État IBODE", 7)]),
        # a State diploma whose name is no known acronym keeps its null level
        # (round 20: the puériculture DE is now in the catalogue at 6, golds s and r; another unknown one stands in)
        ("Diplôme d'État de professeur de danse souhaité.", [("Diplôme d'État de professeur", None)]),
    ],
)
def test_state_diploma_named_by_its_acronym(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected
