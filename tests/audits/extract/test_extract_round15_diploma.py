"""Round 15, diplomas: the wording families the third written batch showed unread — Belgian 7th-year courses and educator
classes, equivalents named by their authority, diplomas named by their trade, IFAPME/EFP apprenticeships, degree
professions listed with a degree, French paramedical titles, the pre-Bologna licence, "no diploma" wordings — and the
diplomas of other people. Sentences written for the test (variants of the families, no offer text), with look-alikes
that must give nothing."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_groups, levels, with_strength

# --- Belgian 7th-year courses and care certificates (CQ7, EQF 4) -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 7P électromécanicien ou CQ7 en maintenance.", [("7P électromécanicien", 4), ("CQ7", 4)]),
        ("- Vous avez terminé une 7e professionnelle de puériculture.", [("7e professionnelle", 4)]),
        ("- Certificat de qualification d'aide-soignante, visa en ordre.", [("Certificat de qualification d'aide-soignante", 4)]),
        ("- Titulaire du certificat d'aide familial(e).", [("certificat d'aide familial(e)", 4)]),
        # the year in brackets joins the diploma and sets its level
        ("- Diplôme de menuisier (7e professionnelle) ou expérience équivalente.", [("Diplôme de menuisier (7e professionnelle)", 4)]),
        ("- Puériculteur(trice) : diplôme de puériculteur(trice) (7ème année professionnelle).",
         [("diplôme de puériculteur(trice) (7ème année professionnelle)", 4)]),
        # ... and a 6th year in brackets says 3
        ("- Certificat de qualification d'aide familial(e) (CQ6, 6e professionnelle).",
         [("Certificat de qualification d'aide familial(e) (CQ6, 6e professionnelle)", 3)]),
        # the other trades' CQ stays the 6th year's
        ("- Certificat de qualification de couvreur.", [("Certificat de qualification de couvreur", 3)]),
    ],
)
def test_belgian_seventh_year_courses(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- Belgian educator classes and childcare titles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Éducatrice spécialisée (A1) ou éducatrice (A2).", [("Éducatrice spécialisée (A1)", 6), ("éducatrice (A2)", 4)]),
        ("- Éducateur(trice) spécialisé(e) en orthopédagogie (A1).", [("Éducateur(trice) spécialisé(e) en orthopédagogie (A1)", 6)]),
        # two classes: the educator's diploma and each class, three alternatives
        ("- Diplôme d'éducateur (A1 / A2) ou d'agent d'éducation.",
         [("Diplôme d'éducateur", None), ("A1", 6), ("A2", 4), ("agent d'éducation", 4)]),
        # the auxiliaire de l'enfance is a 6th-year course (3), the puériculteur a 7th (4)
        ("- Diplôme d'agent d'éducation, de puériculteur/trice ou d'auxiliaire de l'enfance.",
         [("Diplôme d'agent d'éducation", 4), ("puériculteur/trice", 4), ("auxiliaire de l'enfance", 3)]),
        # the old Belgian A2 technical diploma beside a CQ or with its trade
        ("- A2 mécanique ou CQ7 mécanicien.", [("A2 mécanique", 4), ("CQ7", 4)]),
        ("- Diplôme technique (A2, CQ6 ou CESS) en électricité.", [("A2", 4), ("CQ6", 3), ("CESS", 4)]),
        ("- Infirmière graduée ou bachelière en soins infirmiers.", [("Infirmière graduée", 6), ("bachelière", 6)]),
    ],
)
def test_belgian_educator_and_care_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Néerlandais niveau A2 minimum.",
        "- Des notions d'anglais (A2) sont un plus.",
        "- Permis A2 pour la moto de service.",
        "- Une équipe de 8 professionnels (éducateurs A1, A2) vous accueille.",
    ],
)
def test_a1_a2_look_alikes(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


# --- equivalents named by their authority ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Master en droit ou diplôme étranger jugé équivalent par la Communauté française.",
         [("Master", 7), ("diplôme étranger jugé équivalent par la Communauté française", 7)]),
        ("- BTS MCO ou diplôme européen équivalent.", [("BTS MCO", 5), ("diplôme européen équivalent", 5)]),
        # a title (the ONE's list spans several levels) has none
        ("- Bachelier en soins infirmiers ou titre reconnu équivalent par la Fédération Wallonie-Bruxelles.",
         [("Bachelier", 6), ("titre reconnu équivalent par la Fédération Wallonie-Bruxelles", None)]),
        ("- Titres requis : puéricultrice, auxiliaire de l'enfance ou tout autre titre repris dans la liste de l'ONE.",
         # (Round 18: the "Titres requis :" heading is no longer part of the first title, as the golds of w and u write it)
         [("puéricultrice", 4), ("auxiliaire de l'enfance", 3), ("tout autre titre repris dans la liste de l'ONE", None)]),
        # a bare equivalent stays inside the item before it
        ("- CESS ou titre équivalent.", [("CESS", 4)]),
        # an example in brackets is the item, not the equivalent
        ("- Diplôme de puériculteur(trice) ou titre reconnu équivalent par l'ONE (par ex. un CESS).",
         [("Diplôme de puériculteur(trice)", 4), ("CESS", 4)]),
    ],
)
def test_equivalents_with_their_authority(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_equivalent_is_an_alternative(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "- BTS MCO ou diplôme européen équivalent.")
    groups = diploma_groups(reqs)
    assert len(groups) == 1 and None not in groups


# --- diplomas named by their trade, IFAPME/EFP apprenticeships ---------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Diplôme de cuisinier souhaité.", [("Diplôme de cuisinier", 3)]),
        ("- Diplôme de comptable (promotion sociale) ou bachelier en comptabilité.", [("Diplôme de comptable", None), ("bachelier", 6)]),
        ("- Diplôme d'architecte ou master en urbanisme.", [("Diplôme d'architecte", 7), ("master", 7)]),
        ("- Diplôme d'instituteur primaire.", [("Diplôme d'instituteur primaire", 6)]),
        ("- Titre de compétence « Aide-ménager(ère) » apprécié.", [("Titre de compétence « Aide-ménager(ère) »", None)]),
        ("- CQ6 carrelage ou titre de compétence de carreleur.", [("CQ6", 3), ("titre de compétence de carreleur", None)]),
        ("- Animatrice socio-culturelle brevetée.", [("Animatrice socio-culturelle brevetée", None)]),
        ("- Formation IFAPME de coiffeur ou CQ6 coiffure.", [("Formation IFAPME de coiffeur", 3), ("CQ6", 3)]),
        ("- Formation EFP en électricité du bâtiment.", [("Formation EFP en électricité du bâtiment", 3)]),
        # IFAPME's chef courses are its chef d'entreprise programme (4); the provider alone names no trade
        ("- Formation IFAPME de chef de cuisine appréciée.", [("Formation IFAPME de chef de cuisine", 4)]),
        ("- Formation IFAPME souhaitée.", [("Formation IFAPME", None)]),
    ],
)
def test_diplomas_named_by_their_trade(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Le diplôme de formateur GSU est un atout.",
        "- Brevet de secouriste apprécié.",
        "- Brevet d'échafaudeur en ordre.",
        "- Formation en premiers secours souhaitée.",
    ],
)
def test_trade_look_alikes_are_no_diplomas(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


# --- degree professions listed with a degree ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Master en sciences pharmaceutiques, pharmacien ou ingénieur chimiste.",
         [("Master", 7), ("pharmacien", 7), ("ingénieur chimiste", 7)]),
        ("- Bac+5 (pharmacien, master ou ingénieur).", [("Bac+5", 7), ("pharmacien", 7), ("master", 7), ("ingénieur", 7)]),
        ("- Master en gestion, économie ou ingénieur commercial.", [("Master", 7), ("ingénieur commercial", 7)]),
        ("- Bachelier en psychologie, assistant social ou assistant en psychologie.",
         [("Bachelier", 6), ("assistant social", 6), ("assistant en psychologie", 6)]),
        ("- Ingénieur généraliste ou Master en logistique.", [("Ingénieur généraliste", 7), ("Master", 7)]),
        # the engineer inside a degree's field is that degree
        ("- Bachelier en sciences de l'ingénieur industriel.", [("Bachelier", 6)]),
    ],
)
def test_degree_professions(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_sales_engineer_beside_a_french_level_stays_a_job(run: Any) -> None:
    assert levels(run, PROFILE_HEAD + "- Bac+5, ingénieur commercial, vous aimez la vente.") == [("Bac+5", 7)]


# --- French paramedical titles, notariat, old licence, generic higher diploma ------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Diplôme d'État d'ergothérapeute exigé.", [("Diplôme d'État d'ergothérapeute", 6)]),
        ("- DE de pédicure-podologue exigé.", [("DE de pédicure-podologue", 6)]),
        ("- DE de manipulateur en électroradiologie médicale ou DTS imagerie médicale.",
         [("DE de manipulateur en électroradiologie médicale", 6), ("DTS imagerie médicale", 6)]),
        ("- Certificat de capacité d'orthophoniste exigé.", [("Certificat de capacité d'orthophoniste", 7)]),
        ("- Diplôme d'État de sage-femme exigé.", [("Diplôme d'État de sage-femme", 7)]),
        ("- Diplôme supérieur du notariat ou master en droit notarial.", [("Diplôme supérieur du notariat", 7), ("master", 7)]),
        ("- Certificat d'aptitude aux fonctions d'aide-soignant.", [("Certificat d'aptitude aux fonctions d'aide-soignant", 4)]),
        ("- Diplôme d'assistant pharmaceutico-technique.", [("Diplôme d'assistant pharmaceutico-technique", 4)]),
        ("- BP Coiffure ou CAP Coiffure.", [("BP", 4), ("CAP", 3)]),
        # the Belgian licence before Bologna is a master's; the French licence stays 6
        ("- Master en droit (ou licence en droit).", [("Master", 7), ("licence en droit", 7)]),
        ("- Licence en histoire, ancien régime, ou master.", [("Licence en histoire, ancien régime", 7), ("master", 7)]),
        ("- Licence en droit ou master en droit.", [("Licence en droit", 6), ("master", 7)]),
        # a generic higher diploma takes the lowest degree its bracket names; "(… minimum)" restates it
        ("- Diplôme de l'enseignement supérieur (bachelier minimum).", [("Diplôme de l'enseignement supérieur (bachelier minimum)", 6)]),
        # Round 19: degrees offered as alternatives are the items; the generic diploma heading them has no level (golds
        # tbe, vmix, upub)
        ("- Diplôme de l'enseignement supérieur (bachelier ou master).",
         [("Diplôme de l'enseignement supérieur", None), ("bachelier", 6), ("master", 7)]),
    ],
)
def test_levels_of_named_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- no diploma needed -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Aucune exigence de diplôme, seule la motivation compte.", "Aucune exigence de diplôme"),
        ("- Pas d'exigence en matière de diplôme.", "Pas d'exigence en matière de diplôme"),
        ("- Les candidatures sans diplôme mais motivées seront examinées.", "sans diplôme"),
        ("- Les personnes sans qualification sont aussi invitées à postuler.", "sans qualification"),
        ("- Jeune de 18 à 25 ans, pas de diplôme nécessaire.", "pas de diplôme nécessaire"),
    ],
)
def test_no_diploma_needed(run: Any, line: str, expected: str) -> None:
    assert with_strength(run, PROFILE_HEAD + line) == [(expected, None, "optional")]


def test_no_diploma_after_the_title_gender_mark(run: Any) -> None:
    assert with_strength(run, "Entretien de bureaux le soir.", title="Agent d'entretien H/F sans diplôme - temps partiel") == [
        ("sans diplôme", None, "optional")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Vous accompagnerez des personnes sans qualification vers l'emploi.",
        "Vous accompagnerez des adultes peu scolarisés (souvent sans CEB) vers une qualification.",
    ],
)
def test_people_served_without_diploma(run: Any, text: str) -> None:
    assert levels(run, text) == []


# --- other people's diplomas and diplomas not asked --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rémunération : barème 301 pour les bacheliers, 401 pour les masters.",
        "Nous finançons votre BPJEPS après six mois.",
        "Nous vous accompagnons dans une VAE DEAES.",
        "Vous encadrerez une équipe de 12 soignants (IDE, AS, AMP).",
        "Notre apprenti en CAP Pâtissier vous assistera.",
        "Analyse des déviations et suivi des CAPA.",
        "Profil :\n- Permis C, CAP (certificat d'aptitude professionnelle) en ordre de formation continue.",
        "Les étudiants qui seront diplômés en juin peuvent postuler.",
        "Tu suis ta formation au CEFA deux jours par semaine (certificat de qualification au bout du parcours).",
        "La haute école recrute des chargés de cours pour son bachelier en marketing.",
        "La personne qui ne possède pas le CAPAES s'engage à l'obtenir.",
    ],
)
def test_diplomas_not_asked(run: Any, text: str) -> None:
    assert levels(run, text) == []


def test_a_diploma_said_not_enough_is_not_asked(run: Any) -> None:
    assert levels(run, PROFILE_HEAD + "- Le CAP seul ne suffit pas : BP exigé.") == [("BP", 4)]


# --- one item for a diploma restated in brackets -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Éducateur A2 ou agent d'éducation (CESS de l'enseignement technique de qualification).",
         [("Éducateur A2", 4), ("agent d'éducation (CESS de l'enseignement technique de qualification)", 4)]),
        ("- Diplôme de l'enseignement secondaire supérieur (tout CESS).", [("Diplôme de l'enseignement secondaire supérieur (tout CESS)", 4)]),
        ("- DEEJE obligatoire (diplôme d'État d'éducateur de jeunes enfants).", [("DEEJE", 6)]),
        # two diplomas in the bracket stay alternatives
        ("- Formation agricole (CQ6 agriculture ou CESS technique).", [("CQ6", 3), ("CESS", 4)]),
    ],
)
def test_restated_brackets(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- complementary trainings and specialisations wished for ------------------------------------------------------------


def test_specialisation_wished_for(run: Any) -> None:
    text = PROFILE_HEAD + "- Master en psychologie clinique.\n- Une formation complémentaire en thérapie familiale est un atout."
    assert with_strength(run, text) == [("Master", 7, "required"), ("Une formation complémentaire en thérapie", None, "preferred")]
    # a specialisation inside the degree's own sentence is no second item
    assert levels(run, PROFILE_HEAD + "Diplômé(e) d'une école d'ingénieur avec une spécialisation en informatique, vous souhaitez évoluer.") == [
        ("école d'ingénieur", 7)
    ]


# --- levels read from the words around ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Titre professionnel Assistant(e) de vie aux familles souhaité.", [("Titre professionnel", 3)]),
        ("- Formation de secrétaire médical(e) (promotion sociale) exigée.", [("Formation de secrétaire médical(e)", 4)]),
        ("- Niveau 3 (CAP/BEP) en logistique souhaité.", [("Niveau 3", 3), ("CAP", 3), ("BEP", 3)]),
        ("- Une formation de clerc de notaire est un atout.", [("Une formation de clerc", None)]),
        ("- Bac+5 (pharmacien, master en chimie ou ingénieur).", [("Bac+5", 7), ("pharmacien", 7), ("master", 7), ("ingénieur", 7)]),
    ],
)
def test_levels_from_the_words_around(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_teaching_title_heading_and_pay_scale(run: Any) -> None:
    text = (
        "Notre athénée engage un professeur de mathématiques.\nTitre requis : AESI en mathématiques.\n"
        "Titre pédagogique : le CAP est apprécié.\nBarème selon titre (barème 301 pour l'AESI)."
    )
    assert levels(run, text) == [("AESI", 6), ("CAP", None)]
    # a formation "de 3 jours" or a driver's course wished for is no diploma
    assert levels(run, PROFILE_HEAD + "- Une formation de 3 jours est un plus.\n- Une formation de cariste serait un atout.") == []
