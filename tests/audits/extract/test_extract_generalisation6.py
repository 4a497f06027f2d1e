"""Sixth generalisation round, languages, experience and strength: error classes read on the five IT samples
(the fifth one mostly), each tested with French and Belgian sentences written for the test (no offer text) and with
look-alikes that must not change."""

from typing import Any

import pytest
from extract_helpers import found, of_kind


def _languages(reqs: list[dict[str, Any]]) -> list[tuple[str, Any, Any]]:
    return [(r["text"], r["language"], r["cefr"]) for r in of_kind(reqs, "language")]


# --- languages listed with their articles: each language of the list is an item ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\n- Maîtrise du néerlandais, du français et de l'anglais ;",
         [("néerlandais", "nl", "B2"), ("français", "fr", "B2"), ("anglais", "en", "B2")]),
        ("Vous avez une bonne connaissance de l’allemand et de l’anglais.",
         [("allemand", "de", "B1"), ("anglais", "en", "B1")]),
        # round 15: a "connaissance passive" is a bare "connaissance" (null), not in the guide's table
        ("Connaissance passive du néerlandais, de l'allemand ou de l'anglais exigée.",
         [("néerlandais", "nl", None), ("allemand", "de", None), ("anglais", "en", None)]),
    ],
)
def test_languages_listed_with_articles(run: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _languages(run(text)) == expected


def test_level_after_a_list_of_languages_governs_them_all(run: Any) -> None:
    # a level word before, about another thing, does not grade the first language of the list
    text = "Bonne connaissance des logiciels comptables Niveau de néerlandais et de français courant exigé"
    assert _languages(run(text)) == [("néerlandais", "nl", "B2"), ("français", "fr", "B2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each language keeps its own level when the list is not one phrase
        ("Anglais courant, notions de néerlandais.", [("Anglais", "en", "B2"), ("néerlandais", "nl", "A2")]),
        # a language of a course or an origin is still no requirement
        ("Vous donnerez des cours de français et d'anglais à nos apprenants.", []),
    ],
)
def test_language_lists_look_alikes(run: Any, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _languages(run(text)) == expected


# --- CEFR of wordings the guide leaves null or maps -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "excellent" qualifies the writing, not the language: a word outside the guide's list, CEFR null
        ("Vous avez un excellent rédactionnel en français (orthographe, clarté).", [("français", "fr", None)]),
        ("Vous avez d'excellentes qualités rédactionnelles en néerlandais.", [("néerlandais", "nl", None)]),
        # "excellent" on the language or its level still grades it
        ("Excellent anglais exigé.", [("anglais", "en", "B2")]),
        ("Vous avez un excellent niveau de néerlandais.", [("néerlandais", "nl", "B2")]),
        ("Excellente maîtrise du français écrit.", [("français", "fr", "B2")]),
        # "parfaitement" says how well the language is mastered, not that two are spoken: B2; "bilingue" stays C1
        ("Maîtriser parfaitement le français.", [("français", "fr", "B2")]),
        ("Vous parlez parfaitement le néerlandais.", [("néerlandais", "nl", "B2")]),
        ("Vous êtes parfaitement bilingue français-néerlandais.", [("français", "fr", "C1"), ("néerlandais", "nl", "C1")]),
        # "bonne connaissance" is B1, "notions" / "connaissances de base" A2
        ("Une bonne connaissance de l'allemand est demandée.", [("allemand", "de", "B1")]),
        ("Des connaissances de base en néerlandais sont un atout.", [("néerlandais", "nl", "A2")]),
    ],
)
def test_cefr_of_level_words(run: Any, text: str, expected: list[tuple[str, str, Any]]) -> None:
    assert _languages(run(text)) == expected


# --- experience: juniors welcome, English seniority in titles, past work and habits, kinds of experience --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\n- Les profils juniors rigoureux et motivés sont bienvenus.",
         [("Les profils juniors rigoureux et motivés sont bienvenus", 0.0)]),
        ("Les profils junior sont les bienvenus dans notre bureau de Namur.", [("Les profils junior sont les bienvenus", 0.0)]),
        ("Profil junior bienvenu.", [("Profil junior bienvenu", 0.0)]),
    ],
)
def test_juniors_welcome_is_experience_zero_optional(run: Any, text: str, expected: list[tuple[str, float]]) -> None:
    reqs = run(text)
    assert found(reqs, "experience") == expected
    assert [r["strength"] for r in of_kind(reqs, "experience")] == ["optional"]


def test_juniors_welcome_is_no_age(run: Any) -> None:
    assert of_kind(run("Les profils juniors curieux sont bienvenus."), "protected_criterion") == []


@pytest.mark.parametrize(
    "text",
    [
        # juniors as colleagues or as people the candidate guides: no requirement
        "Vous encadrerez les profils juniors de l'équipe.",
        "Nos profils juniors sont accompagnés par un parrain pendant un an.",
    ],
)
def test_juniors_look_alikes_stay_unread(run: Any, text: str) -> None:
    assert found(run(text), "experience") == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Data Engineer Confirmed (H/F)", [("Confirmed", None)]),
        ("Experienced Java Developer (H/F)", [("Experienced", None)]),
        ("Développeur Java Senior (H/F)", [("Senior", None)]),
    ],
)
def test_english_seniority_in_titles(run: Any, title: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run("Rejoignez notre équipe de Louvain-la-Neuve.", title), "experience") == expected


def test_english_seniority_look_alikes(run: Any) -> None:
    # a confirmed appointment, not a person
    assert found(run("Votre rendez-vous sera confirmed par e-mail.", "Employé (H/F)"), "experience") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several experiences, past internships, habits: experience, years unknown
        ("Vous justifiez de plusieurs expériences de vente en magasin.", [("plusieurs expériences", None)]),
        ("Vous avez plusieurs expériences en comptabilité.", [("plusieurs expériences", None)]),
        ("Vous avez effectué un ou plusieurs stages dans la logistique (entrepôt, transport).",
         [("Vous avez effectué un ou plusieurs stages dans la logistique (entrepôt, transport)", None)]),
        ("Tu as réalisé des missions d'audit en cabinet.", [("Tu as réalisé des missions d'audit en cabinet", None)]),
        ("Vous êtes habitué(e) aux chantiers de rénovation lourde.",
         [("Vous êtes habitué(e) aux chantiers de rénovation lourde", None)]),
        ("Vous êtes rompu aux techniques de négociation commerciale.",
         [("Vous êtes rompu aux techniques de négociation commerciale", None)]),
        # an experience whose kinds are listed in a parenthesis
        ("Connaissances en statistique, expérience projet (académique ou personnelle) en traitement du langage.",
         [("expérience projet (académique ou personnelle)", None)]),
        ("Une expérience (stage ou alternance) en cabinet comptable.", [("expérience (stage ou alternance)", None)]),
    ],
)
def test_past_work_and_habits_are_experience(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "experience") == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the job offers, the employer's habits, tasks
        "Vous souhaitez progresser à travers l'expérience projet.",
        "Nos équipes sont habituées aux chantiers de grande taille.",
        "Vous effectuerez plusieurs stages d'observation pendant votre formation.",
        "Nous avons réalisé des missions pour de grands comptes.",
        "Nos clients vivent plusieurs expériences de marque.",
    ],
)
def test_past_work_look_alikes_stay_unread(run: Any, text: str) -> None:
    assert found(run(text), "experience") == []


# --- strength: the scope of a cue ---------------------------------------------------------------------------------


def _strengths(reqs: list[dict[str, Any]], kind: str) -> list[tuple[str, str]]:
    return [(r["text"], r["strength"]) for r in of_kind(reqs, kind)]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a cue in a parenthesis with a named example qualifies the example, not the requirement before it
        # (the ideal itself is a second, preferred experience item: the gold convention of issue 4, round 3)
        ("Profil :\n- Expérience confirmée dans un environnement cloud (idéalement Azure ou GCP).", "experience",
         [("Expérience", "required"), ("idéalement Azure ou GCP", "preferred")]),
        ("Profil :\n- Expérience avec des outils d'intégration continue (GitLab de préférence).", "experience",
         [("Expérience", "required"), ("GitLab de préférence", "preferred")]),
        # a parenthesis that holds the cue alone still qualifies the requirement
        ("Profil :\n- Expérience en gestion de stock (souhaitée).", "experience", [("Expérience", "preferred")]),
        ("Profil :\n- Permis B (idéalement).", "licence", [("Permis B", "preferred")]),
        # a cue outside the parenthesis governs as before
        ("Idéalement, une expérience dans un environnement cloud (Azure ou GCP).", "experience",
         [("expérience", "preferred")]),
    ],
)
def test_cue_in_a_parenthesis_with_an_example(run: Any, text: str, kind: str, expected: list[tuple[str, str]]) -> None:
    assert _strengths(run(text), kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence hard-wrapped on the next line, in lower case, keeps its cue
        ("Vous êtes autonome et la maîtrise du néerlandais serait\nun plus pour nos clients flamands.",
         [("néerlandais", "preferred")]),
        ("Une expérience en logistique est\nsouhaitée.", [("expérience", "preferred")]),
    ],
)
def test_cue_on_a_wrapped_line(run: Any, text: str, expected: list[tuple[str, str]]) -> None:
    reqs = run(text)
    got = _strengths(reqs, "language") + _strengths(reqs, "experience")
    assert got == expected


def test_wrapped_line_look_alike(run: Any) -> None:
    # a new line that opens with a capital is a new sentence: its cue stays there
    text = "Profil :\n- Une expérience en logistique\n- Anglais souhaité"
    reqs = run(text)
    assert _strengths(reqs, "experience") == [("expérience", "required")]


@pytest.mark.parametrize(
    "heading",
    ["Apprécié", "**Appréciés**", "Serait un plus", "Un plus", "Souhaité", "## Bonus"],
)
def test_cue_word_heading_without_colon_governs_its_list(run: Any, heading: str) -> None:
    text = f"Profil recherché :\n- 3 ans d'expérience en comptabilité\n\n{heading}\n\n- Connaissance de Winbooks\n- Expérience en secrétariat social\n- Néerlandais courant"
    reqs = run(text)
    assert _strengths(reqs, "experience") == [("3 ans d'expérience", "required"), ("Expérience", "preferred")]
    assert _strengths(reqs, "language") == [("Néerlandais", "preferred")]


def test_acronym_line_under_a_heading_is_an_item(run: Any) -> None:
    # "SAP-R3" in capitals is the first item of the list, not a heading that would cut the list from its cue
    text = "Les compétences suivantes sont un atout :\nSAP-R3\nBonne maîtrise du néerlandais (lu, écrit, parlé)"
    assert _strengths(run(text), "language") == [("néerlandais", "preferred")]


@pytest.mark.parametrize(
    "text",
    [
        # a sentence that holds a cue word is no heading: it does not govern the list after it
        "Votre sens du service sera apprécié.\n- 3 ans d'expérience en comptabilité",
        # a capitals heading still starts a new list
        "Atouts :\n- Permis C\n\nPROFIL\n- 3 ans d'expérience en comptabilité",
    ],
)
def test_cue_heading_look_alikes(run: Any, text: str) -> None:
    assert [s for _, s in _strengths(run(text), "experience")] == ["required"]


# --- "open to profiles with …, whatever your level of experience": welcome, not needed -------------------------


def test_open_to_profiles_with_is_optional(run: Any) -> None:
    text = ("Nous sommes ouverts aux profils ayant un CAP, un CESS ou une expérience en menuiserie. Nous recrutons "
            "quels que soient votre niveau de diplôme ou d'expérience.")
    reqs = run(text)
    assert {r["strength"] for r in of_kind(reqs, "diploma")} == {"optional"}
    assert [(t, r["strength"]) for (t, _), r in zip(found(reqs, "experience"), of_kind(reqs, "experience"), strict=True)] == [
        ("expérience", "optional"), ("expérience", "optional")]
    assert [y for _, y in found(reqs, "experience")] == [None, 0.0]


def test_whatever_your_experience(run: Any) -> None:
    reqs = run("Le poste est accessible quelle que soit votre expérience.")
    assert found(reqs, "experience") == [("expérience", 0.0)]
    assert [r["strength"] for r in of_kind(reqs, "experience")] == ["optional"]


@pytest.mark.parametrize(
    "text",
    [
        # the employer's openness to other things, a requirement plainly asked
        "Nous sommes ouverts aux propositions de nos clients. Vous avez un CAP en menuiserie.",
        "Ouvert aux profils variés, le poste demande un CAP en menuiserie.",
    ],
)
def test_open_to_look_alikes(run: Any, text: str) -> None:
    assert [r["strength"] for r in of_kind(run(text), "diploma")] == ["required"]


# --- experience the ad offers or refers to, beginners or experienced both welcome ----------------------------------


def test_beginner_or_experienced_is_optional(run: Any) -> None:
    reqs = run("Cuisinier (H/F) pour notre brasserie de Liège.\n\nDébutant ou avec expérience\n\nHoraire de jour.")
    assert found(reqs, "experience") == [("Débutant ou avec expérience", 0.0)]
    assert [r["strength"] for r in of_kind(reqs, "experience")] == ["optional"]


@pytest.mark.parametrize(
    "text",
    [
        # the job as an experience offered to the candidate
        "Envie de rejoindre une équipe avec une expérience qui pourrait booster votre carrière ? Postulez !",
        "Nous vous offrons une expérience qui vous permettra de grandir.",
        # a closing note that refers to the requirements above
        "Avant de postuler, merci de bien vérifier l'expérience demandée et les compétences requises.",
    ],
)
def test_experience_offered_or_referred_to_stays_unread(run: Any, text: str) -> None:
    assert found(run(text), "experience") == []


def test_experience_that_gave_a_skill_is_asked(run: Any) -> None:
    # a past experience the candidate has, described by what it taught: still asked
    assert found(run("Vous avez une expérience qui vous a permis de maîtriser la paie."), "experience") == [("expérience", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the background the candidate comes from: experience, years unknown
        ("Vous venez de l'hôtellerie ou de la restauration et aimez le contact.", [("Vous venez de l'hôtellerie ou de la restauration", None)]),
        ("Tu viens du secteur bancaire, idéalement du crédit.", [("Tu viens du secteur bancaire", None)]),
        ("Issu(e) du monde de l'assurance, vous connaissez les contrats IARD.", [("Issu(e) du monde de l'assurance", None)]),
    ],
)
def test_background_the_candidate_comes_from(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "experience") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a fresh graduate, a diploma background, the company's roots
        "Vous venez d'obtenir votre diplôme en comptabilité.",
        "Tu viens de terminer tes études d'infirmier.",
        "Notre fondateur, issu du monde de l'assurance, a créé la société en 2010.",
        # where the candidate lives is not labelled
        "Vous venez de la région de Charleroi ? Nos horaires sont adaptés.",
    ],
)
def test_background_look_alikes(run: Any, text: str) -> None:
    assert found(run(text), "experience") == []


# --- strength: experience or mere motivation; a heading word glued into a flattened line ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vous avez une expérience dans la vente et/ou vous êtes tout simplement motivé(e) ?",
        "Une expérience en entrepôt ou simplement l'envie d'apprendre : rejoignez-nous.",
    ],
)
def test_experience_or_mere_motivation_is_optional(run: Any, text: str) -> None:
    assert [s for _, s in _strengths(run(text), "experience")] == ["optional"]


def test_motivation_look_alike(run: Any) -> None:
    # motivation asked beside the experience, not instead of it
    text = "Vous avez une expérience dans la vente et vous êtes motivé(e)."
    assert [s for _, s in _strengths(run(text), "experience")] == ["required"]


def test_heading_word_glued_into_a_flattened_line(run: Any) -> None:
    text = ("Profil Vous avez 3 ans d'expérience en comptabilité; Vous êtes rigoureux. Atouts Connaissance de Winbooks; "
            "Expérience dans le secteur public; Néerlandais courant. Conditions Contrat à durée indéterminée.")
    reqs = run(text)
    assert _strengths(reqs, "experience") == [("3 ans d'expérience", "required"), ("Expérience", "preferred")]
    assert _strengths(reqs, "language") == [("Néerlandais", "preferred")]


def test_open_to_profiles_with_a_minimum_stays_required(run: Any) -> None:
    reqs = run("Nous sommes ouverts aux profils ayant au moins 2 ans d'expérience en soudure.")
    assert [(y, r["strength"]) for (_, y), r in zip(found(reqs, "experience"), of_kind(reqs, "experience"), strict=True)] == [
        (2.0, "required")]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # a level or a number beside the cue is no named example: the cue still grades the requirement
        ("Profil :\n- Néerlandais (niveau B2 apprécié).", "language", [("Néerlandais", "preferred")]),
        ("Profil :\n- Expérience en vente (souhaitée, idéalement en magasin).", "experience", [("Expérience", "preferred"), ("idéalement en magasin", "preferred")]),
    ],
)
def test_cue_in_a_parenthesis_without_a_named_example(run: Any, text: str, kind: str, expected: list[tuple[str, str]]) -> None:
    assert _strengths(run(text), kind) == expected


@pytest.mark.parametrize(
    "text",
    ["Vous êtes bilingue français/néerlandais, anglais courant.", "Bilingue français-néerlandais et anglais courant exigé."],
)
def test_bilingual_pair_keeps_c1_before_a_graded_language(run: Any, text: str) -> None:
    assert [(lang, cefr) for _, lang, cefr in _languages(run(text))] == [("fr", "C1"), ("nl", "C1"), ("en", "B2")]


def test_perfect_candidate_is_no_language_level(run: Any) -> None:
    # "parfait" about the candidate, not the language: the language keeps the level its own words give
    assert _languages(run("Vous êtes le profil parfait si vous parlez anglais.")) == [("anglais", "en", None)]
