"""Round 15, languages, licences, experience: wording families from the third written batch's errors, with variants
written for the test (no ad text) and look-alikes that must give nothing. Sentences written for the test."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, of_kind


def langs(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, Any, Any, str]]:
    return [(r["text"], r["language"], r["cefr"], r["strength"]) for r in of_kind(run(text, title=title), "language")]


# --- languages: levels (the guide's table) -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a few words, rudiments: a beginner's level, as "notions"
        ("- Quelques mots de néerlandais appréciés.", [("néerlandais", "nl", "A2", "preferred")]),
        ("- Des rudiments d'allemand seraient utiles.", [("allemand", "de", "A2", "preferred")]),
        # "connaissance passive" is a bare "connaissance": no level
        ("- Une connaissance passive du néerlandais est un plus.", [("néerlandais", "nl", None, "preferred")]),
        # the level after the colon is the language's own, not the bilingual level of the item before
        ("- Anglais bilingue exigé, espagnol : notions appréciées.", [("Anglais", "en", "C1", "required"), ("espagnol", "es", "A2", "preferred")]),
        # the grade after a register and an aside
        ("- Anglais technique (documentation) : bonne compréhension écrite", [("Anglais", "en", "B1", "required")]),
        # an explicit level code wins over the level word
        ("- Néerlandais : maîtrise parfaite exigée (C1)", [("Néerlandais", "nl", "C1", "required")]),
        # mastery is B2 whatever adjective grades it (the guide: maîtrise B2)
        ("- Parfaite maîtrise du français.", [("français", "fr", "B2", "required")]),
        # a register names no level
        ("- Anglais professionnel indispensable.", [("Anglais", "en", None, "required")]),
    ],
)
def test_language_levels(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


def test_bilingual_pair_gives_both_languages(run: Any) -> None:
    # the guide: "Bilingue français/anglais" -> fr C1 and en C1 (both asked, never alternatives)
    for line in ("- Bilingue FR/NL indispensable.", "- Vous êtes parfaitement bilingue français-néerlandais."):
        got = {(r["language"], r["cefr"], r["alternative_group"]) for r in of_kind(run(PROFILE_HEAD + line), "language")}
        assert got == {("fr", "C1", None), ("nl", "C1", None)}


# --- languages: cues and look-alikes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Vous devez simplement savoir lire et écrire le français.", [("français", "fr", None, "required")]),
        ("- Tu sais lire et écrire le néerlandais pour remplir les fiches.", [("néerlandais", "nl", None, "required")]),
    ],
)
def test_reading_and_writing_the_language(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a teacher's or a diploma's subject, the discipline FLE
        "Titre requis : AESI langues germaniques (orientation néerlandais) ou bachelier instituteur.",
        "Fonction : maître de seconde langue (néerlandais), 12 périodes par semaine.",
        "Nous cherchons un formateur en alphabétisation et français langue étrangère.",
        "Profil :\n- Master en langues et lettres ou AESI français-FLE.",
        # a language said not to be needed, the plus after "mais" is another language's
        "Profil :\n- le néerlandais n'est pas nécessaire, mais un bon esprit d'équipe oui.",
        # a selection step and a benefit
        "Le processus comprend un test linguistique puis un entretien.",
        "Nous offrons une prime linguistique et une prime TOEIC de 300 € par an.",
    ],
)
def test_no_language_asked(run: Any, text: str) -> None:
    assert of_kind(run(text), "language") == []


def test_not_needed_then_another_language_as_a_plus(run: Any) -> None:
    text = PROFILE_HEAD + "- le néerlandais n'est pas nécessaire, mais quelques bases d'allemand seraient un plus"
    assert langs(run, text) == [("allemand", "de", "A2", "preferred")]


def test_glued_list_item_level_is_not_the_next_languages(run: Any) -> None:
    text = "Profil- Maîtrise de Winbooks ou de BOB- Le néerlandais est un atout- Rigueur"
    assert langs(run, text) == [("néerlandais", "nl", None, "preferred")]


# --- languages: test scores and Belgian language certificates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Votre anglais est opérationnel : TOEIC 850 minimum.", [("anglais est opérationnel : TOEIC 850 minimum", "en", "B2", "required")]),
        ("- TOEIC 600 minimum exigé.", [("TOEIC 600 minimum", "en", "B1", "required")]),
        ("- Score TOEIC de 950 points souhaité.", [("TOEIC de 950 points", "en", "C1", "preferred")]),
        ("- IELTS 6.5 requis.", [("IELTS 6.5 requis", "en", "B2", "required")]),
    ],
)
def test_test_scores_are_language_items(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Bonne connaissance du néerlandais (niveau B1) ; la possession du brevet linguistique (art. 8) est un atout.",
         [("néerlandais", "nl", "B1", "required"), ("brevet linguistique (art. 8)", "nl", None, "preferred")]),
        ("- Le certificat Selor est un atout.", [("certificat Selor", "nl", None, "preferred")]),
        ("- Être titulaire du certificat linguistique BOSA (article 9).", [("certificat linguistique BOSA (article 9)", "nl", None, "required")]),
    ],
)
def test_belgian_language_certificates(run: Any, line: str, expected: list[tuple[str, Any, Any, str]]) -> None:
    assert langs(run, PROFILE_HEAD + line) == expected


def test_language_certificate_to_obtain_after_hiring_is_not_asked(run: Any) -> None:
    text = PROFILE_HEAD + "- Le certificat linguistique SELOR (article 9) peut être obtenu après l'engagement."
    assert of_kind(run(text), "language") == []


# --- licences ------------------------------------------------------------------------------------------------------------


def lics(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, Any, str]]:
    return [(r["text"], r["category"], r["strength"]) for r in of_kind(run(text, title=title), "licence")]


@pytest.mark.parametrize(
    "line",
    [
        "- Le permis B n'est pas demandé, l'entreprise est desservie par le bus.",
        "- Permis B : pas nécessaire (bureaux à 5 min de la gare).",
        "- Permis B : non exigé.",
        "- Le permis C n'est nullement requis pour ce poste.",
    ],
)
def test_licence_said_not_needed_is_no_item(run: Any, line: str) -> None:
    assert lics(run, PROFILE_HEAD + line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Permis B non obligatoire mais apprécié.", [("Permis B", "B", "preferred")]),
        ("- Permis B obligatoire.", [("Permis B", "B", "required")]),
    ],
)
def test_licence_graded_down_or_asked_stays(run: Any, line: str, expected: list[tuple[str, Any, str]]) -> None:
    assert lics(run, PROFILE_HEAD + line) == expected


def test_vehicle_class_of_the_person_sought_when_the_ad_names_the_licence(run: Any) -> None:
    # the guide (202CHPF): the spelled-out vehicle is the job when the body names the licence itself
    text = "Transports X engage un chauffeur poids lourd pour des trajets en Belgique.\nVOTRE PROFIL\n• Permis CE en ordre de validité"
    assert lics(run, text) == [("Permis CE", "CE", "required")]
    # alone, it still names the licence; and a code is the licence (202CHPB)
    assert lics(run, "Transports X recrute un conducteur super lourd pour des tournées régionales.") == [("super lourd", "CE", "required")]
    assert [c for _, c, _ in lics(run, "Nous recrutons un(e) Chauffeur SPL (H/F). Permis CE exigé.")] == ["CE", "CE"]


def test_glued_list_items_keep_their_own_cue(run: Any) -> None:
    text = ("CONDUCTEUR DE PELLE (H/F). Vous avez:- 5 ans d'expérience minimum sur pelle- le permis C (transport de la pelle)"
            "- le VCA de base- idéalement un certificat de conducteur d'engins")
    assert lics(run, text) == [("permis C", "C", "required")]
    text = "Profil recherché:diplôme de mécanicien;3 ans d'expérience en atelier;permis B obligatoire;la certification airco est un atout."
    assert [(r["years"], r["strength"]) for r in of_kind(run(text), "experience")] == [(3.0, "required")]


def test_compound_words_with_a_stray_space_are_not_list_items(run: Any) -> None:
    text = ("Vous enseignerez le Français/ Histoire- Géographie dans des classes du CAP, Bac Pro (commerce- vente) et BTS "
            "Tourisme.")
    assert of_kind(run(text), "diploma") == []


# --- experience ----------------------------------------------------------------------------------------------------------


def exps(run: Any, text: str) -> list[tuple[str, Any, str]]:
    return [(r["text"], r["years"], r["strength"]) for r in of_kind(run(text), "experience")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Les jeunes diplômés sont toutefois les bienvenus.", "Les jeunes diplômés sont toutefois les bienvenus"),
        ("- Les pharmaciens fraîchement diplômés sont les bienvenus.", "Les pharmaciens fraîchement diplômés sont les bienvenus"),
        ("- Les candidat(e)s sortant(e)s d'études sont les bienvenu(e)s.", "Les candidat(e)s sortant(e)s d'études sont les bienvenu(e)s"),
        ("- Les candidats sortant de spécialisation sont également invités à postuler.",
         "Les candidats sortant de spécialisation sont également invités à postuler"),
        ("- Les ingénieurs récemment diplômés sont acceptés.", "Les ingénieurs récemment diplômés sont acceptés"),
        ("- Débutants diplômés acceptés", "Débutants diplômés acceptés"),
        ("- Débutant(e) motivé(e) : nous étudierons aussi votre candidature !", "Débutant(e) motivé(e) : nous étudierons aussi votre candidature"),
    ],
)
def test_graduates_and_beginners_welcome(run: Any, line: str, expected: str) -> None:
    assert exps(run, PROFILE_HEAD + line) == [(expected, 0.0, "optional")]


def test_beginner_profiles_welcomed_willingly(run: Any) -> None:
    got = exps(run, PROFILE_HEAD + "- Une expérience en MR est un atout, mais nous accueillons volontiers des profils débutants.")
    assert got[-1] == ("volontiers des profils débutants", 0.0, "optional")


@pytest.mark.parametrize(
    "text",
    [
        "Les étudiants sortant de l'école sont nos futurs clients.",
        "Nos jeunes diplômés bienvenus sur nos autres offres !",
        "Les débutants seront formés par nos soins.",
    ],
)
def test_no_welcome_without_a_welcome(run: Any, text: str) -> None:
    assert [r for r in of_kind(run(text), "experience") if r["years"] == 0] == []


def test_equivalent_by_experience_is_an_alternative_to_the_diploma(run: Any) -> None:
    reqs = run(PROFILE_HEAD + "- CESS ou équivalence par l'expérience.")
    exp = of_kind(reqs, "experience")
    dip = of_kind(reqs, "diploma")
    assert [(r["text"], r["years"]) for r in exp] == [("équivalence par l'expérience", None)]
    assert exp[0]["alternative_group"] is not None and exp[0]["alternative_group"] == dip[0]["alternative_group"]


def test_seasons_are_not_years(run: Any) -> None:
    assert exps(run, PROFILE_HEAD + "- Expérience d'au moins une saison en réception d'hôtel.")[0][1] is None
    assert exps(run, PROFILE_HEAD + "- 2 ans d'expérience en réception d'hôtel.")[0][1] == 2.0


def test_relative_clause_list_item(run: Any) -> None:
    text = "Nous recherchons quelqu'un qui :\n- possède un diplôme de secondaire supérieur ;\n- a une expérience d'accueil en milieu social (souhaitée)."
    assert exps(run, text) == [("expérience", None, "preferred")]
    assert exps(run, "Notre ASBL :\n- a une expérience de 30 ans dans l'accueil.") == []


def test_pay_scale_seniority_is_not_asked(run: Any) -> None:
    text = PROFILE_HEAD + "- Ancienneté : l'expérience utile est valorisable jusqu'à 10 ans dans le barème."
    assert exps(run, text) == []
    # a payroll experience is asked
    assert exps(run, PROFILE_HEAD + "- 3 ans d'expérience dans la rémunération et les avantages sociaux.") == [("3 ans d'expérience", 3.0, "required")]


# --- strength cues -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("- Une expérience en cuisine serait un petit plus.", "experience"),
        ("- Le CACES R489 est un bel avantage.", "certification"),
        ("- Une expérience en vente facilitera votre intégration.", "experience"),
        ("- Quelques connaissances en HACCP seront utiles.", "certification"),
    ],
)
def test_plus_cues_in_other_words(run: Any, line: str, kind: str) -> None:
    assert [r["strength"] for r in of_kind(run(PROFILE_HEAD + line), kind)] == ["preferred"]
