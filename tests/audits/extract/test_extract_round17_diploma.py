"""Round 17, diplomas: the wording families the fifth written batch showed unread — the level of studies denied or answered
by indifference, a diploma the hire may commit to obtain, several diplomas closed by a plural "sont des atouts", the
route to obtain a qualification later, the diploma a teacher or trainer teaches, "DE" as a preposition in capitals, the
titre de compétence named bare and the IFAPME title named by its trade, the engineer as the other branch of a higher
degree, a training named by its field before a colon and its diplomas, a trade's training before its routes, the BUT's
second year, the educator's other class, the hotel school after an article, the graduat "ancien régime", diplomas named by
the socio-cultural animator and the adviser. Sentences written for the test (variants of the families, no offer text),
with look-alikes that must give something else or nothing."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, levels, with_strength

# --- no diploma: the level of studies denied, the heading answered by indifference -------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Aucun niveau d'études requis. Une première expérience est indispensable.", [("Aucun niveau d'études requis", None, "optional")]),
        ("- Pas de niveau scolaire exigé : nous vous formons.", [("Pas de niveau scolaire exigé", None, "optional")]),
        ("Pas de diplôme scolaire particulier demandé.", [("Pas de diplôme scolaire particulier demandé", None, "optional")]),
        ("Diplôme : peu importe, on regarde ton portfolio.", [("Diplôme : peu importe", None, "optional")]),
        ("Niveau d'études : indifférent.", [("Niveau d'études : indifférent", None, "optional")]),
    ],
)
def test_no_level_of_studies(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert with_strength(run, PROFILE_HEAD + line) == expected


def test_no_diploma_of_other_people(run: Any) -> None:
    # the learners a trainer selects, not the candidate
    line = "- Participer aux jurys des futurs apprenants (pas de niveau de diplôme requis pour eux !)\n- Bachelier en sciences de l'éducation."
    assert levels(run, PROFILE_HEAD + line) == [("Bachelier", 6)]


# --- a diploma the hire may commit to obtain -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Bachelier infirmier + CAP (certificat d'aptitude pédagogique) ou s'engager à le suivre.",
         [("Bachelier", 6, "required"), ("CAP", None, "preferred")]),
        ("- Master en gestion hospitalière, ou s'engager à le suivre dans les 3 ans.", [("Master", 7, "preferred")]),
        ("Titres requis : master en psychologie. Le CAPAES (ou l'engagement à l'obtenir dans les 6 ans) est requis.",
         [("master", 7, "required"), ("CAPAES", None, "preferred")]),
    ],
)
def test_commitment_to_obtain_is_preferred(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert with_strength(run, PROFILE_HEAD + line) == expected


def test_commitment_lookalike(run: Any) -> None:
    # no commitment offered: the diploma stays required
    assert with_strength(run, PROFILE_HEAD + "- Master en gestion hospitalière exigé.") == [("Master", 7, "required")]


# --- a route to obtain a qualification later ------------------------------------------------------------------------------


def test_route_to_obtain_later(run: Any) -> None:
    line = "Conditions : posséder l'accès à la profession ou être prêt à l'obtenir via le jury central ou une formation IFAPME chef d'entreprise."
    assert levels(run, PROFILE_HEAD + line) == []


# --- several diplomas closed by a plural cue ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Un CQ6 ou CQ7 en maçonnerie, une formation IFAPME ou un titre de compétence sont des atouts.",
         [("CQ6", 3, "preferred"), ("CQ7", 4, "preferred"), ("formation IFAPME", 3, "preferred"), ("titre de compétence", None, "preferred")]),
        ("- Un BTS ou une licence en logistique seraient un plus.", [("BTS", 5, "preferred"), ("licence en logistique", 6, "preferred")]),
    ],
)
def test_plural_cue_after_a_list(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert with_strength(run, PROFILE_HEAD + line) == expected


def test_plural_cue_lookalike(run: Any) -> None:
    # the first diploma required in its own words: only the ones after it are wishes
    line = "- CQ6 exigé ; CQ7 et formation IFAPME sont des atouts."
    assert with_strength(run, PROFILE_HEAD + line)[0] == ("CQ6", 3, "required")


# --- the diploma a teacher or trainer teaches -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "line", "expected"),
    [
        ("Formateur(trice) CAP Cuisine - CFA", "Vous êtes titulaire d'un BP Arts de la cuisine.", [("BP", 4)]),
        ("Formatrice BTS MCO (H/F)", "Vous avez un Master en commerce.", [("Master", 7)]),
        ("Professeur de mathématiques - Secondaire supérieur", "Titre requis : master en sciences mathématiques.", [("master", 7)]),
        ("Enseignant(e)", "Charge : cours pratiques en section brevet d'infirmier hospitalier. Titre : bachelier infirmier.", [("bachelier", 6)]),
    ],
)
def test_diploma_taught(run: Any, title: str, line: str, expected: list[tuple[str, Any]]) -> None:
    assert [(t, lv) for t, lv in levels(run, line, title)] == expected
    assert levels(run, "", title) == []


def test_diploma_taught_lookalike(run: Any) -> None:
    # the trainer's own diploma, held
    assert levels(run, PROFILE_HEAD + "- Vous êtes formateur titulaire d'un CAP cuisine.") == [("CAP", 3)]


# --- "DE" as a preposition in capitals ------------------------------------------------------------------------------------


def test_capital_preposition_is_not_the_state_diploma(run: Any) -> None:
    assert levels(run, "", "INFIRMIER(E) DE BLOC OPERATOIRE - CLINIQUE") == []
    assert levels(run, "", "INFIRMIER DE NUIT (H/F)") == []
    # the State diploma itself in a title
    assert levels(run, "", "Infirmier DE - EHPAD") == [("Infirmier DE", 6)]


# --- titres de compétence and IFAPME titles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Diplôme : CQ6 chauffage-sanitaire, titre IFAPME de monteur en chauffage ou équivalent.",
         [("CQ6", 3), ("titre IFAPME de monteur en chauffage ou équivalent", 3)]),
        ("- CQ6/CQ7 construction ou titre IFAPME maçon.", [("CQ6", 3), ("CQ7", 4), ("titre IFAPME maçon", 3)]),
        ("- CQ7 électricité ou titre de compétence.", [("CQ7", 4), ("titre de compétence", None)]),
    ],
)
def test_competence_and_provider_titles(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_competence_title_lookalike(run: Any) -> None:
    # no levelled diploma beside it: a bare "titre de compétence" is not read
    assert levels(run, PROFILE_HEAD + "Nous vous aidons à obtenir un titre de compétence.") == []


# --- the engineer as the other branch of a higher degree ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Profil : Ingénieur généraliste ou Master qualité.", [("Ingénieur généraliste", 7), ("Master", 7)]),
        ("Profil : ingénieur(e) HSE ou Master QHSE.", [("ingénieur(e) HSE", 7), ("Master", 7)]),
        ("-Formation Bac+5 finance ou ingénieur-Minimum 6 ans d'expérience", [("Bac+5", 7), ("ingénieur", 7)]),
        ("- Bac+5 école de commerce ou ingé (ou parcours atypique)", [("Bac+5 école de commerce", 7), ("ingé", 7)]),
        ("- Master en chimie ou ingénieur industriel en chimie.", [("Master", 7), ("ingénieur industriel", 7)]),
    ],
)
def test_engineer_beside_degree(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "- Master ou ingénieur commercial confirmé.",
        "Poste : Ingénieur d'affaires ou Master.",
    ],
)
def test_engineer_job_lookalikes(run: Any, line: str) -> None:
    assert [t for t, _ in levels(run, PROFILE_HEAD + line)] == ["Master"]


# --- a training named by its field before a colon and its diplomas --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("* Formation technique : CESS électromécanique, 7e professionnelle froid, ou bachelier en électromécanique",
         [("Formation technique", None), ("CESS", 4), ("7e professionnelle froid", 4), ("bachelier", 6)]),
        ("- Formation en mécanique automobile : CQ6 ou CQ7 en mécanique", [("Formation en mécanique", None), ("CQ6", 3), ("CQ7", 4)]),
        # a level after the colon is the training's level
        ("- Formation commerciale : Bac+2 minimum", [("Formation commerciale : Bac+2", 5)]),
    ],
)
def test_training_then_colon(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- a trade's training before its routes; a trade's training against experience ----------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Votre profil : formation d'électricien (CQ6 électricité, IFAPME installateur-électricien ou titre de compétence), 1 an d'expérience.",
         [("formation d'électricien", None), ("CQ6", 3), ("IFAPME installateur-électricien", 3), ("titre de compétence", None)]),
        ("Formation de secrétaire médicale ou expérience équivalente d'au moins 2 ans.", [("Formation de secrétaire médicale", 4)]),
        ("- Une formation de plombier ou 3 ans d'expérience.", [("Une formation de plombier", 3)]),
    ],
)
def test_trade_trainings(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_trade_training_given_lookalike(run: Any) -> None:
    assert levels(run, PROFILE_HEAD + "Nous vous proposons une formation de plombier ou une expérience en atelier.") == []


# --- levels: the BUT's year, the educator's other class, the old graduat, titles named by trade ---------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Profil : Bac+2 validé (BTS, DUT, BUT 2).", [("Bac+2", 5), ("BTS", 5), ("DUT", 5), ("BUT 2", 5)]),
        ("- BUT GEA ou licence.", [("BUT GEA", 6), ("licence", 6)]),
        ("• Etre porteur du diplôme d'éducateur A2 ou A1", [("éducateur A2", 4), ("A1", 6)]),
        ("Profil : diplôme de bachelier assistant social (graduat ancien régime accepté).", [("bachelier", 6), ("graduat ancien régime", 6)]),
        ("- Titre professionnel de contrôleur technique VL exigé.", [("Titre professionnel de contrôleur", 4)]),
    ],
)
def test_round17_levels(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Idéalement diplômé(e) d'un BTS MHR ou d'une école hôtelière.", [("BTS MHR", 5), ("école hôtelière", None)]),
        ("- CAP cuisine ou école hôtelière souhaité.", [("CAP", 3), ("école hôtelière", None)]),
        ("Profil : diplôme d'animateur socio-culturel ou bachelier en sciences sociales.",
         [("diplôme d'animateur socio-culturel", None), ("bachelier", 6)]),
        ("Atouts : diplôme de conseiller fiscal, expérience en transmission d'entreprises.", [("diplôme de conseiller fiscal", None)]),
    ],
)
def test_round17_named_diplomas(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_holiday_brevet_stays_out(run: Any) -> None:
    # the animator's holiday-camp brevet is a certificate, not a diploma
    assert levels(run, PROFILE_HEAD + "- Brevet d'animateur de centre de vacances souhaité.") == []


# --- other people's diplomas: the team described, pay, a certificate's name, training given --------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("L'équipe est composée d'auxiliaires de puériculture (DEAP) et d'agents titulaires du CAP AEPE. Profil : DEEJE exigé.",
         [("DEEJE", 6)]),
        ("Notre laboratoire compte 18 personnes (techniciens, bacheliers et masters en sciences).\nBachelier en chimie exigé.",
         [("Bachelier", 6)]),
        ("Profil : CESS ou bachelier en informatique (un bachelier sera rémunéré au même barème).", [("CESS", 4), ("bachelier", 6)]),
        ("- Être titulaire du certificat de formation en sciences administratives.", []),
        ("Débutants acceptés : nous assurons une formation en manutention des patients.", []),
    ],
)
def test_round17_not_asked(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_team_lookalike(run: Any) -> None:
    # the team counts on the candidate: the diploma is asked
    assert levels(run, PROFILE_HEAD + "Notre équipe compte sur vous : bachelier en comptabilité exigé.") == [("bachelier", 6)]


# --- more items: a second BTS speciality after a slash or a comma ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Formation commerciale Bac+2 (BTS NDRC, MCO…) minimum", [("Formation commerciale Bac+2", 5, "required"), ("BTS NDRC", 5, "required"), ("MCO", 5, "required")]),
        ("Ce qu'on cherche : BTS NDRC / MCO ou équivalent.", [("BTS NDRC", 5, "required"), ("MCO ou équivalent", 5, "required")]),
    ],
)
def test_round17_more_items(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert with_strength(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Nous proposons une formation ou une expérience en immersion dans nos ateliers.", []),
        # a certification's acronym after the comma is no second speciality
        ("- BTS SIO, CCNA apprécié.", ["BTS SIO"]),
        ("- Formation requise : CAP AEPE, BAFA ou équivalent.", ["CAP AEPE"]),
        # two BTS specialities are two diplomas (guide, convention 1: distinct diplomas are separate items), after "ou"
        # as after "," or "/" (the catalogue of titles, data/diploma_titles.json; xfr-050 and xfr-057 label one item)
        ("- BTS NDRC ou MCO apprécié.", ["BTS NDRC", "MCO"]),
        ("- Formation : BTS NDRC, MCO ou équivalent.", ["BTS NDRC", "MCO ou équivalent"]),
    ],
)
def test_round17_more_items_lookalikes(run: Any, line: str, expected: list[str]) -> None:
    assert [t for t, _ in levels(run, PROFILE_HEAD + line)] == expected


# --- one item: an old name restated, a level with its school, the CAP's speciality acronym --------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Conditions : être titulaire d'un diplôme de gradué en construction (ancien graduat).", [("gradué en construction (ancien graduat)", 6)]),
        ("- Bac+5 école de commerce ou ingé", [("Bac+5 école de commerce", 7), ("ingé", 7)]),
        ("- Titulaire du CAP Accompagnant éducatif petite enfance (CAP AEPE).", [("CAP", 3)]),
        ("- Diplômé(e) d'une école d'ingé ou équivalent.", [("école d'ingé", 7)]),
    ],
)
def test_round17_one_item(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- the 6th professional year; a wish after a comma that is the orientation's -------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- 6e professionnelle ou CESS, orientation technique ou industrie alimentaire un atout",
         [("6e professionnelle", 3, "required"), ("CESS", 4, "required")]),
        ("- Bac pro, option maintenance appréciée.", [("Bac pro", 4, "required")]),
        # the diploma itself wished: the orientation does not make it required
        ("- Idéalement un CESS, orientation technique un atout.", [("CESS", 4, "preferred")]),
    ],
)
def test_orientation_wish(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert with_strength(run, PROFILE_HEAD + line) == expected


# --- third batch: the occupation's acronym, colleagues, a title's level in brackets, trades sharing "diplôme de" -------------


@pytest.mark.parametrize(
    "title",
    ["Éducateur de jeunes enfants (EJE) - Multi-accueil", "Educateur de jeunes enfants (EJE) H/F", "Technicien d'intervention sociale et familiale (TISF)"],
)
def test_occupation_acronym_in_title(run: Any, title: str) -> None:
    assert levels(run, "", title) == []


def test_occupation_acronym_lookalike(run: Any) -> None:
    # a diploma named before its acronym stays one item with it
    assert levels(run, PROFILE_HEAD + "- Diplôme d'État d'éducateur de jeunes enfants (DEEJE) obligatoire.") == [
        ("Diplôme d'État d'éducateur de jeunes enfants", 6)]


@pytest.mark.parametrize(
    "line",
    ["- Participer à la surveillance nocturne en lien avec l'IDE.", "Vous travaillez sous la responsabilité de l'IDE coordinatrice."],
)
def test_colleague_named_by_diploma(run: Any, line: str) -> None:
    assert levels(run, PROFILE_HEAD + line) == []


def test_colleague_lookalike(run: Any) -> None:
    assert levels(run, PROFILE_HEAD + "- IDE avec 2 ans d'expérience en bloc.") == [("IDE", 6)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Titre d'assistant(e) dentaire (niveau 4) obligatoire.", [("Titre d'assistant(e) dentaire (niveau 4)", 4)]),
        ("Profil : diplôme d'animateur socio-culturel, d'éducateur ou bachelier en sciences sociales.",
         [("diplôme d'animateur socio-culturel", None), ("d'éducateur", None), ("bachelier", 6)]),
        ("- Diplôme d'assistant social, d'éducateur spécialisé ou d'ergothérapeute.",
         [("Diplôme d'assistant social", 6), ("éducateur spécialisé", 6), ("ergothérapeute", 6)]),
        ("Titre requis : bachelier instituteur primaire (AESI primaire).", [("bachelier", 6)]),
    ],
)
def test_round17_third_batch(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_commitment_shared_by_listed_alternatives(run: Any) -> None:
    line = ("PROFIL REQUIS : être porteur d'un des titres de formation reconnus par l'ONE (brevet d'animateur, CESS à orientation "
            "sociale…) ou s'engager à suivre la formation de base.")
    assert {st for _, _, st in with_strength(run, PROFILE_HEAD + line)} == {"preferred"}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the wish is the complement's: the degree stays required
        ("Formation : Master 2 droit des affaires / fiscalité, idéalement complété par une grande école ou un LLM.",
         [("Master", 7, "required"), ("grande école", 7, "preferred")]),
        ("- CESS en électricité, option domotique appréciée.", [("CESS", 4, "required")]),
        # the degree itself wished
        ("- Idéalement un Master en droit, de préférence complété par un LLM.", [("Master", 7, "preferred")]),
    ],
)
def test_complement_wish(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert with_strength(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a diploma "of the sector" with no field, its diplomas listed: those only
        ("Un diplôme du secteur (ADVF, DEAES) est bienvenu mais pas indispensable.", [("ADVF", 3), ("DEAES", 3)]),
        ("Une formation dans le domaine (BTS, DUT) est un plus.", [("BTS", 5), ("DUT", 5)]),
        # with its field, the diploma is an item
        ("Un diplôme du secteur sanitaire et social : c'est un plus.", [("diplôme du secteur sanitaire et social", None)]),
    ],
)
def test_sector_diploma_with_examples(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


# --- fourth batch: professions as a degree's equivalents, the graduate before the bachelor -------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Conditions : diplôme de master ou équivalent (architecte, ingénieur architecte, urbaniste).",
         [("master", 7), ("architecte", 7), ("ingénieur architecte", 7), ("urbaniste", 7)]),
        ("- Bachelier ou titre équivalent (infirmier, éducateur ou psychologue).",
         [("Bachelier", 6), ("infirmier", 6), ("éducateur", 6), ("psychologue", 6)]),
    ],
)
def test_equivalent_professions(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_equivalent_professions_lookalike(run: Any) -> None:
    # fields in the bracket, not professions
    assert levels(run, PROFILE_HEAD + "- Master ou équivalent (en droit ou en gestion).") == [("Master", 7)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [("Gradué / Bachelier comptable - Province de Liège", [("Gradué", 5), ("Bachelier", 6)])],
)
def test_graduate_before_bachelor(run: Any, title: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, "", title) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the degree's name alone in brackets restates the level of the diploma before it
        ("Vous êtes ingénieur industriel en électromécanique, en électricité ou en construction (master), ou ingénieur civil.",
         [("ingénieur industriel", 7), ("ingénieur civil", 7)]),
        ("- Bachelier en comptabilité ou en fiscalité (bachelier).", [("Bachelier", 6)]),
        # another level in the bracket is another item
        ("- Graduat en comptabilité (bachelier).", [("Graduat", 5), ("bachelier", 6)]),
    ],
)
def test_restated_degree_word(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the young person is the candidate: the wish before the diploma says so
        ("Nous cherchons une jeune vendeuse dynamique, de préférence avec un bachelier en marketing.", [("bachelier", 6, "preferred")]),
    ],
)
def test_young_candidate_with_a_wished_diploma(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert with_strength(run, line) == expected


def test_young_people_served_lookalike(run: Any) -> None:
    assert levels(run, "Vous accompagnez des jeunes en décrochage, idéalement vers le CESS.") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Vous êtes titulaire du DEI ; une formation en éducation thérapeutique du patient (ETP 40h) est un atout.", [("DEI", 6)]),
        ("- Une formation en secourisme de 12 heures est appréciée.", []),
    ],
)
def test_training_in_hours_is_not_a_diploma(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected


def test_training_without_hours_lookalike(run: Any) -> None:
    assert levels(run, PROFILE_HEAD + "- Une formation en comptabilité est un atout.") == [("Une formation en comptabilité", None)]


# --- the catalogue's acronyms after "titre pro" (integration of the two round-17 branches) ----------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Titre pro DWWM exigé.", [("Titre pro DWWM", 5)]),
        ("- Titre professionnel CDA apprécié.", [("Titre professionnel CDA", 6)]),
        ("- Titre pro TAI apprécié.", [("Titre pro TAI", 4)]),
        # a word that is no acronym of a title keeps the clause's own reading
        ("- Titre professionnel exigé.", [("Titre professionnel", None)]),
    ],
)
def test_titre_pro_acronym_levels(run: Any, line: str, expected: list[tuple[str, Any]]) -> None:
    assert levels(run, PROFILE_HEAD + line) == expected
