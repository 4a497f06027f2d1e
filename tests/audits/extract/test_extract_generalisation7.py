"""Round 2 of the generalisation work (sixth and seventh IT samples): diplomas, certifications. Each test names the
general class of wording, with French and Belgian sentences written for the test (no offer's text)."""

from typing import Any

import pytest
from extract_helpers import found, of_kind

# --- normalisation: apostrophes lost in copy-paste --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil : diplômé(e) d'une école dingénieur en électronique.", [("école dingénieur", 7)]),
        ("Vous êtes titulaire dun diplôme dEtat dinfirmier.", [("diplôme dEtat dinfirmier", 6)]),
        ("Vous êtes titulaire d'un diplôme d'Etat d'infirmier.", [("diplôme d'Etat d'infirmier", 6)]),
    ],
)
def test_diploma_terms_without_apostrophes(run: Any, text: str, expected: list[tuple[str, int]]) -> None:
    assert found(run(text), "diploma") == expected


# --- a level-less training phrase that swallowed the level's first word ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous êtes issu(e) d'une formation Bac +2 dans le domaine de la maintenance.", [("issu(e) d'une formation Bac +2", 5)]),
        ("Issue d'une formation bac+3 en comptabilité, vous aimez les chiffres.", [("Issue d'une formation bac+3", 6)]),
        ("Issue d'une formation commerciale, vous aimez le contact.", [("Issue d'une formation commerciale", None)]),
    ],
)
def test_training_phrase_takes_the_level_it_overlaps(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- the engineer as an alternative, with its field or named first -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De formation Bac +5 ou ingénieur en électromécanique. Vous aimez les défis.", [("Bac +5", 7), ("ingénieur en électromécanique", 7)]),
        (
            "Diplôme : BTS, Bachelier, Master ou Ingénieur en Informatique,",
            [("BTS", 5), ("Bachelier", 6), ("Master", 7), ("Ingénieur en Informatique", 7)],
        ),
        ("- Bac+5 (ingénieur ou master en réseaux)", [("Bac+5", 7), ("ingénieur", 7), ("master", 7)]),
    ],
)
def test_engineer_listed_as_alternative(run: Any, text: str, expected: list[tuple[str, int]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize(
    "text",
    ["Vous avez un Master ou ingénieur commercial confirmé.", "Un master, ingénieur en poste depuis trois ans chez nous."],
)
def test_engineer_job_title_is_no_alternative(run: Any, text: str) -> None:
    assert [t for t, _ in found(run(text), "diploma")] == [t for t in ("Master", "master") if t in text]


# --- care diplomas by their full names ----------------------------------------------------------------------


def test_care_diplomas_full_names(run: Any) -> None:
    text = "Titulaire du Diplôme d'État d'Auxiliaire de vie sociale ou d'Accompagnant(e) Éducatif(ive) et social(e)."
    assert [lvl for _, lvl in found(run(text), "diploma")] == [3, 3]


def test_care_job_title_is_no_diploma(run: Any) -> None:
    assert found(run("Vous travaillez comme accompagnant éducatif et social au sein de notre équipe."), "diploma") == []


# --- diplomas of the people taught, not of the teacher -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vous accueillez les apprenant(e)s du lycée dans le cadre de la vente (CAP, Bac Pro notamment).",
        "Vous encadrez des étudiant·e·s de BTS en projet tutoré.",
        "- Coordonner la filière Réseaux pour tous les niveaux Bac+2 → Bac+5",
    ],
)
def test_diplomas_of_learners_are_not_asked(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == []


def test_teacher_own_diploma_still_asked(run: Any) -> None:
    assert found(run("Vous avez un Master et encadrez des stagiaires."), "diploma") == [("Master", 7)]


# --- a school's catalogue or an apprenticeship's ladder of courses -------------------------------------------

_LADDER = (
    "Contrat d'apprentissage de 24 mois au sein de notre agence de Namur.\n"
    "Selon votre niveau d'entrée, vous préparez un titre reconnu :\n"
    "- sans le bac : un titre RNCP de niveau 4 ;\n"
    "- avec le bac : un BTS Services informatiques (RNCP 35340) ;\n"
    "- avec un Bac+2 : une licence professionnelle, puis un Master.\n"
)


def test_ladder_of_courses_is_no_requirement(run: Any) -> None:
    assert found(run(_LADDER), "diploma") == []


def test_ladder_keeps_an_entry_requirement_stated_as_such(run: Any) -> None:
    reqs = found(run(_LADDER + "Bac obligatoire pour l'entrée en formation."), "diploma")
    assert reqs == [("Bac", 4)]


def test_employer_asking_several_levels_is_no_catalogue(run: Any) -> None:
    text = "Profil : BTS, Licence ou Master en informatique. Vous avez 2 ans d'expérience."
    assert [lvl for _, lvl in found(run(text), "diploma")] == [5, 6, 7]


# --- certifications ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous êtes certifié Microsoft : Azure Administrator - AZ104.", [("AZ104", "AZ-104")]),
        ("Certification DP 203 appréciée.", [("DP 203", "DP-203")]),
        ("Certification PL-300 exigée.", [("PL-300", "PL-300")]),
    ],
)
def test_vendor_exam_code_without_hyphen(run: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(run(text), "certification") == expected


def test_adr_outside_transport_is_no_certificate(run: Any) -> None:
    assert found(run("Vous rédigez la documentation technique : RFC, ADR, schémas d'architecture."), "certification") == []
    assert found(run("Chauffeur poids lourd, ADR citerne exigé."), "certification") == [("ADR citerne", "ADR")]


def test_certifying_courses_the_employer_offers(run: Any) -> None:
    text = "Nos avantages :\n- Montée en compétences : formations certifiantes (PRINCE2, PMP, PSPO), coaching"
    assert found(run(text), "certification") == []
    assert [c for _, c in found(run("Vous êtes certifié PMP."), "certification")] == ["PMP"]


# --- lists of schools and diplomas --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bac +5 (école d'ingénieur, master finance, école de management).", [("Bac +5", 7), ("école d'ingénieur", 7), ("master", 7), ("école de management", 7)]),
        ("De formation Bac+5 (grandes écoles ou universités), vous aimez les chiffres.", [("Bac+5", 7), ("grandes écoles", 7), ("universités", None)]),
        ("Diplômé(e) d'une école d'ingénieurs/université spécialisée en statistique.", [("école d'ingénieurs", 7), ("université", None)]),
    ],
)
def test_schools_listed_as_alternatives(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


def test_university_with_its_name_is_no_alternative(run: Any) -> None:
    assert found(run("Vous avez un Master, université de Liège de préférence."), "diploma") == [("Master", 7)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De formation supérieure (Master ou équivalent), vous aimez la data.", [("formation supérieure", None), ("Master", 7)]),
        ("Formation en électricité souhaitée (CAP/BEP ou équivalent).", [("Formation en électricité", None), ("CAP", 3), ("BEP", 3)]),
        ("Issu(e) d'une formation technique (CAP/Bac Pro), vous êtes manuel.", [("CAP", 3), ("Bac Pro", 4)]),
    ],
)
def test_training_with_diplomas_or_equivalent_in_parenthesis(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


# --- social-work diplomas by their initials -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Notre maison d'accueil recherche des travailleurs sociaux (H/F) : E.S, M.E, E.T.S.", [("E.S", 6), ("M.E", 4), ("E.T.S", 6)]),
        ("Éducateurs : ES ou ME, pour notre service d'aide à la jeunesse.", [("ES", 6), ("ME", 4)]),
    ],
)
def test_social_work_diploma_initials(run: Any, text: str, expected: list[tuple[str, int]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize(
    "text",
    ["Nous utilisons AWS, GCP et SQL pour nos services sociaux.", "Éducateur spécialisé : vous suivez le projet ES de la région."],
)
def test_initials_that_are_no_social_diploma(run: Any, text: str) -> None:
    assert [t for t, _ in found(run(text), "diploma") if t in {"AWS", "GCP", "SQL", "ES"}] == []


# --- the colleagues' schools -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rejoindre l'équipe, c'est travailler parmi une vingtaine de consultants aux parcours variés (écoles d'ingénieurs et écoles de commerce).",
        "Nos collaborateurs sont issus de grandes écoles et d'universités.",
    ],
)
def test_colleagues_schools_are_not_asked(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == []


def test_candidate_school_beside_colleagues_is_asked(run: Any) -> None:
    assert found(run("Comme nos consultants, vous êtes diplômé(e) d'une école d'ingénieurs."), "diploma") == [("école d'ingénieurs", 7)]


# --- English wordings ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MSc or PhD in Statistics.", [("MSc", 7), ("PhD", 8)]),
        ("You hold a degree in Data Science.", [("degree in Data", None)]),
        ("Engineering degree or equivalent.", [("Engineering degree", 7)]),
        ("Vous êtes titulaire d'un Mastère spécialisé ou d'un MBA.", [("Mastère", 7), ("MBA", 7)]),
    ],
)
def test_english_and_business_school_degrees(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


def test_english_look_alikes(run: Any) -> None:
    assert found(run("Nous utilisons MBAM et l'outil BSc-Reporter ; the degree of automation is high."), "diploma") == []


# --- an ideal attached to a diploma ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diplômé(e) d'une école d'ingénieurs, idéalement avec une spécialisation dans le domaine de la data, vous avez 3 ans d'expérience.",
            [("école d'ingénieurs", 7), ("idéalement avec une spécialisation dans le domaine de la data", None)],
        ),
        (
            "Master en finance, de préférence complété par une formation complémentaire en data science.",
            [("Master", 7), ("de préférence complété par une formation complémentaire en data science", None)],
        ),
    ],
)
def test_ideal_added_to_a_diploma(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    reqs = run(text)
    assert found(reqs, "diploma") == expected
    assert [r["strength"] for r in reqs if r["kind"] == "diploma"][-1] == "preferred"


def test_ideal_without_a_training_word_is_no_diploma(run: Any) -> None:
    assert found(run("Bac+2 minimum, idéalement en alternance."), "diploma") == [("Bac+2", 5)]


# --- a State security clearance -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Habilitation secret défense requise.", "Habilitation pour travailler dans le secteur de la Défense exigée.", "Vous êtes habilitable confidentiel défense."],
)
def test_defence_clearance(run: Any, text: str) -> None:
    assert [c for _, c in found(run(text), "certification")] == ["habilitation défense"]


def test_electrical_clearance_near_fire_defence(run: Any) -> None:
    assert [c for _, c in found(run("Habilitation électrique B1V requise pour les travaux de défense incendie."), "certification")] == [
        "HABILITATION ELECTRIQUE B1V"
    ]


# --- typing shortcuts ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil : Bac5 en informatique.", [("Bac5", 7)]),
        ("Licence 3 en informatique de gestion.", [("Licence 3", 6)]),
        ("Pas besoin de diplome, juste de la motivation.", [("Pas besoin de diplome", None)]),
        ("Aucun prérequis de diplôme.", [("Aucun prérequis de diplôme", None)]),
    ],
)
def test_typing_shortcuts(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize("text", ["Nous avons une licence 3 postes pour l'outil.", "Réseaux L2/L3, routage BGP.", "Bac 3 ans de garantie."])
def test_typing_shortcut_look_alikes(run: Any, text: str) -> None:
    assert [lvl for _, lvl in found(run(text), "diploma") if lvl is not None and lvl >= 5] == []


def test_catalogue_seen_before_the_teaching_filters(run: Any) -> None:
    # the school's own titles ("nos titres") are dropped by another rule; the ladder still makes it a catalogue
    text = (
        "Rejoins notre école du numérique en alternance ! Du BTS au Mastère cybersécurité en passant par le Bachelor, "
        "nos titres sont certifiés RNCP. Admissions ouvertes, rentrée octobre 2026. Tu es titulaire du bac ? Candidate !"
    )
    assert found(run(text), "diploma") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Master en sciences de gestion (Haute École ou Université).", [("Master", 7), ("Haute École", None), ("Université", None)]),
        ("University degree in Computer Science required.", [("University degree in Computer", None)]),
    ],
)
def test_schools_after_the_diploma_field(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


def test_named_university_after_the_field_is_no_alternative(run: Any) -> None:
    assert found(run("Master en droit (Université de Liège)."), "diploma") == [("Master", 7)]


# --- the course an intern or apprentice follows ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vous poursuivez un Master en data science.",
        "Vous suivez une formation Bac+3 en développement.",
        "Stage de fin detudes Bac+5.",
        "Vous êtes actuellement en cursus Master.",
        "Tu es en 4e ou 5e année d'école d'ingénieurs.",
        "Currently enrolled in a Master's program in Computer Science.",
    ],
)
def test_course_followed_is_no_diploma_held(run: Any, text: str) -> None:
    assert found(run(text), "diploma") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous avez suivi une formation Bac+3 en développement.", [("Bac+3", 6)]),
        ("Titulaire d'un Master, vous suivez l'actualité de la data.", [("Master", 7)]),
    ],
)
def test_course_look_alikes_still_asked(run: Any, text: str, expected: list[tuple[str, int]]) -> None:
    assert found(run(text), "diploma") == expected


def test_service_named_like_a_diploma(run: Any) -> None:
    assert found(run("Vous modélisez les candidatures déposées sur la plateforme Mon Master."), "diploma") == []
    assert found(run("Vous avez un Master. Mon équipe vous attend."), "diploma") == [("Master", 7)]


# --- licences glued to the next list item ----------------------------------------------------------------------


def test_licence_glued_to_the_next_item(run: Any) -> None:
    reqs = run("Compétences :\n- Notions de comptabilité - Permis BRespect des délais\n- Autonomie")
    assert [(r["text"], r["category"]) for r in of_kind(reqs, "licence")] == [("Permis B", "B")]
    assert of_kind(run("Permis Bateau apprécié pour les sorties en mer."), "licence") == []
