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
        ("- Diplôme de chef d'entreprise IFAPME (menuisier).", [("Diplôme de chef d'entreprise", 5)]),  # round 16: 5, as the third and fourth written batches read it
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
            [("master", 7), ("ingénieur commercial", 7), ("graduat", 5)],
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


# --- French wordings: a titre named by its trade with its level, M2 by its field, English degree names --------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Titre professionnel Technicien d'assistance informatique (niveau 4).",
            [("Titre professionnel Technicien d'assistance informatique (niveau 4)", 4)],
        ),
        ("- Titre professionnel TSSR, niveau 5, exigé.", [("Titre professionnel TSSR, niveau 5", 5)]),
        ("- Titre pro Développeur web et web mobile (niveau 5).", [("Titre pro Développeur web et web mobile (niveau 5)", 5)]),
        ("- M2 en finance.", [("M2", 7)]),
        ("- Formation d'aide-soignant(e) exigée.", [("Formation d'aide-soignant(e)", 4)]),
        ("- Bachelor's degree in computer science.", [("Bachelor's degree", 6)]),
        ("- Diploma in business administration.", [("Diploma in business", None)]),
    ],
)
def test_french_and_english_wordings(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Surface de 200 M2 en centre-ville.",
        "- Nous vous offrons une formation d'aide-soignant(e) en cours d'emploi.",
    ],
)
def test_french_look_alikes(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


# --- lists of alternatives: one group, each diploma its own item ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Bac+2 (BTS SIO, DUT informatique) ou titre RNCP niveau 5.",
            [("Bac+2", 5), ("BTS SIO", 5), ("DUT", 5), ("titre RNCP niveau 5", 5)],
        ),
        ("- Formation de type Bac+2 (BTS, DUT).", [("Bac+2", 5), ("BTS", 5), ("DUT", 5)]),
        ("- Diplôme de niveau Bac+5 (master, école d'ingénieur).", [("niveau Bac+5", 7), ("master", 7), ("école d'ingénieur", 7)]),
        ("- Titulaire d'un diplôme Bac+2/3 type BTS, DUT ou licence.", [("Bac+2/3", 5), ("BTS", 5), ("DUT", 5), ("licence", 6)]),
        ("- Vous êtes titulaire d'un BTS, d'un DUT ou d'une licence.", [("BTS", 5), ("DUT", 5), ("licence", 6)]),
        ("- Titulaire d'un BTS informatique ou licence.", [("BTS", 5), ("licence", 6)]),
        ("- Tu es titulaire d'une licence ou d'un Bachelor en mathématiques.", [("licence", 6), ("Bachelor", 6)]),
        ("- Être titulaire d'une Licence (ou d'un Bachelor) en statistiques.", [("Licence", 6), ("Bachelor", 6)]),
        ("- Bachelor's or Master's degree in Computer Science.", [("Bachelor's", 6), ("Master's degree", 7)]),
        ("- Master's degree in computer science or engineering school.", [("Master's degree", 7), ("engineering school", 7)]),
    ],
)
def test_lists_one_group(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert diploma_levels(reqs) == expected
    groups = diploma_groups(reqs)
    assert len(groups) == 1 and None not in groups


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the fields belong to the master: one item
        ("- Master en droit, sciences politiques ou économie.", [("Master", 7)]),
        # a restated level is no group; a driving or software licence is no degree
        ("- Bac+5 (master), 3 ans d'expérience.", [("Bac+5", 7), ("master", 7)]),
        ("- BTS, permis B et licence Microsoft Office.", [("BTS", 5)]),
        ("- BTS ou licence de conduire.", [("BTS", 5)]),
        # commas only, no "ou": three requirements
        ("- CAP boulanger, BEP vente et Bac pro commerce.", [("CAP", 3), ("BEP", 3), ("Bac pro", 4)]),
    ],
)
def test_lists_not_grouped(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert diploma_levels(reqs) == expected
    assert diploma_groups(reqs) == {None}


# --- a title named by its profession, a diploma by its branch, Belgian public-service levels, bioingénieur, LL.M. ----


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Le titre de formateur professionnel d'adultes est apprécié.", [("titre de formateur", None)]),
        # Round 17: the dental assistant's title has one RNCP level, 4 (data/diploma_titles.json; golds wfr/xfr say 4)
        ("- Titre d'assistant(e) dentaire exigé.", [("Titre d'assistant(e) dentaire", 4)]),
        ("- Un diplôme technique est un plus.", [("diplôme technique", None)]),
        ("- Études secondaires terminées.", [("Études secondaires terminées", 4)]),
        ("- Un LL.M. en droit des technologies.", [("LL.M.", 7)]),
    ],
)
def test_named_titles_and_branches(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Bioingénieur ou ingénieur civil en chimie.", [("Bioingénieur", 7), ("ingénieur civil", 7)]),
        (
            "- Être titulaire d'un diplôme de master (ou diplôme de niveau A délivré en Belgique).",
            [("master", 7), ("diplôme de niveau A", 7)],
        ),
        ("- Bachelier en électromécanique ou diplôme technique équivalent.", [("Bachelier", 6), ("diplôme technique", None)]),
    ],
)
def test_named_titles_in_lists(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert diploma_levels(reqs) == expected
    groups = diploma_groups(reqs)
    assert len(groups) == 1 and None not in groups


@pytest.mark.parametrize(
    "line",
    [
        "- Vous interviendrez au titre de consultant senior.",
        "- Titre de séjour valide.",
        "- Titre de transport remboursé à 50 %.",
        "- Diplôme en poche, vous cherchez votre premier emploi.",
        "- Prime de diplôme selon barème.",
    ],
)
def test_named_title_look_alikes(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


# --- look-alikes: pay by diploma, school years taught, a course followed or leading to a diploma --------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Prime de diplôme : +5 % pour les titulaires d'un master.",
        "- Barème selon diplôme (bachelier ou master).",
        "- Cours donnés en 5e et 6e secondaire professionnelle.",
        "- Formation en cours d'emploi vers le CQ6 possible.",
        "- Vous suivrez une formation certifiante (titre professionnel de niveau 4) financée par l'entreprise.",
        "- Vous encadrez nos apprentis IFAPME en menuiserie.",
    ],
)
def test_pay_classes_and_courses_look_alikes(run: Any, line: str) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Bachelier en informatique (type court) ou master (type long).", [("Bachelier", 6), ("master", 7)]),
        (
            "- Diplôme de l'enseignement supérieur de type long ou de type court.",
            [("Diplôme de l'enseignement supérieur de type long", 7), ("de type court", 6)],
        ),
        ("- Infirmier(ère) bachelier(ère) ou breveté(e).", [("bachelier", 6), ("breveté(e)", 5)]),
        ("- Bac+2 minimum (BTS, DUT ou équivalent).", [("Bac+2", 5), ("BTS", 5), ("DUT", 5)]),
    ],
)
def test_belgian_types_and_minimum_lists(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert diploma_levels(reqs) == expected
    groups = diploma_groups(reqs)
    assert len(groups) == 1 and None not in groups


# --- French State diplomas abbreviated, named tracks, the accountant's diploma, M1/M2 --------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Diplôme d'État d'éducateur de jeunes enfants (DEEJE) ou CAP AEPE.",
            [("Diplôme d'État d'éducateur de jeunes enfants", 6), ("CAP AEPE", 3)],
        ),
        ("- DE d'auxiliaire de puériculture ou DE aide-soignant.", [("DE d'auxiliaire de puériculture", 4), ("DE aide-soignant", 4)]),
        ("- Licence STAPS ou BPJEPS AF.", [("Licence STAPS", 6), ("BPJEPS AF", 4)]),
        ("- Diplôme d'expertise comptable (DEC) ou DSCG.", [("Diplôme d'expertise comptable", 7), ("DSCG", 7)]),  # round 14: DSCG 7
        ("- M1/M2 en informatique.", [("M1", 6), ("M2", 7)]),
    ],
)
def test_french_named_diplomas_in_lists(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    reqs = run(PROFILE_HEAD + line)
    assert diploma_levels(reqs) == expected
    groups = diploma_groups(reqs)
    assert len(groups) == 1 and None not in groups


# --- elided engineering branch, Dutch and German names, "no diploma" without its verb -------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Ingénieur industriel ou civil.", [("Ingénieur industriel", 7), ("civil", 7)]),
        ("- Abitur oder gleichwertiger Abschluss.", [("Abitur", 4)]),
        ("- Master in de rechten of licentiaat.", [("Master", 7), ("licentiaat", 7)]),
    ],
)
def test_elided_branch_and_other_languages(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected


def test_no_particular_diploma_without_verb(run: Any) -> None:
    reqs = of_kind(run(PROFILE_HEAD + "- Pas de diplôme particulier, mais une licence IV serait un plus."), "diploma")
    assert [(r["text"], r["eqf_level"], r["strength"]) for r in reqs] == [("Pas de diplôme particulier", None, "optional")]


# --- the engineer in lower case sharing the field after a comma, "En tant que Docteur" -------------------------------


def test_lower_case_engineer_sharing_the_field(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "- Niveau Master 2+ ou ingénieur, en informatique ou science des données.")
    assert diploma_levels(reqs) == [("Master", 7), ("ingénieur", 7)]
    groups = diploma_groups(reqs)
    assert len(groups) == 1 and None not in groups


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- En tant que Docteur rattaché au projet R&D, vous développez un assistant.", [("Docteur", 8)]),
        # the job after "ou", its phrase going on: unread (round 10)
        ("- Master ou ingénieur commercial avec 3 ans d'expérience.", [("Master", 7)]),
    ],
)
def test_doctor_and_engineer_job(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected


# --- a higher diploma or a training given its level after its fields and a comma: one item --------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Diplôme supérieur en ingénierie ou sciences, niveau Bac+5.", [("Diplôme supérieur en ingénierie ou sciences, niveau Bac+5", 7)]),
        ("- Formation en informatique, niveau Bac+3 minimum.", [("Formation en informatique, niveau Bac+3", 6)]),
        # not a language level after other requirements
        ("- Diplôme supérieur, 3 ans d'expérience, niveau d'anglais B2.", [("Diplôme supérieur", 5)]),
    ],
)
def test_level_after_fields_and_comma(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert diploma_levels(run(PROFILE_HEAD + line)) == expected
