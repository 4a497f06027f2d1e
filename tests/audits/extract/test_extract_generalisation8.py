"""Eighth generalisation round, experience, languages, strength and protected criteria: error classes read on the
sixth and seventh IT samples, each tested with French and Belgian sentences written for the test (no offer text)
and with look-alikes that must not change."""

from typing import Any

import pytest
from extract_helpers import found, of_kind


def _experience(reqs: list[dict[str, Any]]) -> list[tuple[str, Any, str]]:
    return [(r["text"], r["years"], r["strength"]) for r in of_kind(reqs, "experience")]


# --- robustness: words without accents, inclusive endings ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "experience" without its accent pairs with its duration as "expérience" does
        ("Profil :\n- Minimum 4 ans d'experience en comptabilité", [("Minimum 4 ans d'experience", 4.0)]),
        ("Vous avez au moins 2 ans d'experience.", [("au moins 2 ans d'experience", 2.0)]),
    ],
)
def test_unaccented_experience_keeps_its_years(run: Any, text: str, expected: list[tuple[str, float]]) -> None:
    assert found(run(text), "experience") == expected


def test_expertise_still_needs_its_own_opening(run: Any) -> None:
    # the employer's expertise is no requirement, whatever the accent folding does
    assert found(run("Nos atouts : une expertise de 15 ans dans le chauffage."), "experience") == []


@pytest.mark.parametrize(
    "text",
    ["Débutant.e motivé.e accepté.e", "Débutant·e·s bienvenu·e·s", "Débutant-e accepté-e"],
)
def test_beginner_with_inclusive_endings(run: Any, text: str) -> None:
    assert _experience(run("Profil :\n- " + text)) == [(text, 0.0, "optional")]


# --- a duration measured by the experience word before it -----------------------------------------------------


def test_experience_of_n_years_within_a_company(run: Any) -> None:
    text = "Vous justifiez d'une expérience professionnelle de plus de 3 ans au sein d'un bureau d'études."
    assert [(t, y) for t, y, _ in _experience(run(text))] == [("expérience professionnelle de plus de 3 ans", 3.0)]


def test_company_years_within_a_zoning_stay_out(run: Any) -> None:
    assert found(run("Notre société est active depuis plus de 3 ans au sein du zoning de Ghlin."), "experience") == []


# --- "dont N ans en …": a second duration ---------------------------------------------------------------------


def test_part_of_an_experience_is_an_item_of_its_own(run: Any) -> None:
    text = "Vous avez 6 ans d'expérience en comptabilité, dont 2 ans en fiduciaire."
    assert found(run(text), "experience") == [("6 ans d'expérience", 6.0), ("2 ans", 2.0)]


def test_dont_without_experience_is_no_item(run: Any) -> None:
    text = "Contrat de 12 mois dont 2 mois en télétravail."
    assert found(run(text), "experience") == []


# --- past work stated without "vous" or "expérience" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Profil :\n- Avoir déjà travaillé sur des chantiers de rénovation", "Avoir déjà travaillé sur des chantiers de rénovation"),
        ("Vous avez pu mener des projets de migration vers le cloud.", "Vous avez pu mener des projets de migration vers le cloud"),
        ("Vous êtes rigoureux et avez déjà encadré une équipe, idéalement en usine.", "avez déjà encadré une équipe"),
    ],
)
def test_past_work_without_the_word(run: Any, text: str, span: str) -> None:
    assert span in [t for t, _ in found(run(text), "experience")]


def test_tasks_to_lead_are_no_past_work(run: Any) -> None:
    assert found(run("Vos missions : mener des projets de migration et encadrer une équipe."), "experience") == []


# --- clause openings: "Solide compréhension et expérience de…", "- solide expérience X", "Des expériences de…" ---


@pytest.mark.parametrize(
    "line",
    [
        "Bonne compréhension et expérience des outils de paie.",
        "solide expérience Excel et VBA pour les rapports",
        "Des expériences de travail dans un contexte multiculturel.",
    ],
)
def test_profile_item_opening_with_an_experience(run: Any, line: str) -> None:
    assert len(found(run("Profil :\n- " + line), "experience")) == 1


def test_glued_capital_after_an_acronym(run: Any) -> None:
    # markup stripped between two list items: "… en Data et IAExpérience personnelle…"
    reqs = run("Profil : Étudiant en bachelier IAExpérience personnelle sur des projets IA")
    assert found(reqs, "experience") == [("Expérience", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Missions : organiser des partages d'expérience entre les équipes.",
        "Profil\nAu-delà de vos expériences passées, nous cherchons une personnalité.",
    ],
)
def test_exchanges_and_past_experiences_are_no_requirement(run: Any, text: str) -> None:
    assert found(run(text), "experience") == []


# --- grade scales and company durations are no age -----------------------------------------------------------


def _ages(reqs: list[dict[str, Any]]) -> list[str]:
    return [r["text"] for r in of_kind(reqs, "protected_criterion") if r["criterion"] == "age"]


@pytest.mark.parametrize(
    "text",
    [
        "Notre entreprise en chiffres :\n- 21 ans d'innovation\n- 300 clients",
        "Cela fait plus de 20 ans qu'on accompagne les PME wallonnes.",
        "Profil : 1 à 4 ans d'expérience (junior confirmé / consultant).",
        "Nous recherchons un consultant junior ou confirmé.",
    ],
)
def test_company_durations_and_grade_scales_are_no_age(run: Any, text: str) -> None:
    assert _ages(run(text)) == []


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Offre réservée aux -25 ans.", "Employé (H/F)", ["-25 ans"]),
        ("Candidat de moins de 26 ans.", "Employé (H/F)", ["moins de 26 ans"]),
        ("Vous tenez la comptabilité.", "Comptable Junior (H/F)", ["Junior"]),
    ],
)
def test_ages_still_flagged(run: Any, text: str, title: str, expected: list[str]) -> None:
    assert _ages(run(text, title)) == expected


def test_grade_scale_asks_no_seniority(run: Any) -> None:
    assert found(run("Profil : 1 à 4 ans d'expérience (junior confirmé / consultant)."), "experience") == [
        ("1 à 4 ans d'expérience", 1.0)
    ]


# --- languages: listed alone, registers, working context, restatements ------------------------------------------


def _languages(reqs: list[dict[str, Any]]) -> list[tuple[str, Any, Any, str]]:
    return [(r["text"], r["language"], r["cefr"], r["strength"]) for r in of_kind(reqs, "language")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil :\n- Maîtrise d'Excel\n- Néerlandais professionnel\n- Rigueur", [("Néerlandais", "nl", None, "required")]),
        ("Compétences :\nAllemand\nCe que nous offrons :\nUn CDI.", [("Allemand", "de", None, "required")]),
    ],
)
def test_language_alone_on_a_profile_line(run: Any, text: str, expected: list[tuple[str, str, Any, str]]) -> None:
    assert _languages(run(text)) == expected


def test_language_alone_outside_a_profile_is_no_requirement(run: Any) -> None:
    assert _languages(run("Notre bureau de Liège\nAnglais\nNos valeurs")) == []


@pytest.mark.parametrize(
    ("text", "cefr"),
    [
        ("Bonus :\n* Maîtrise de l'anglais technique", None),  # a register, no level
        ("Une maîtrise du néerlandais professionnel courant.", "B2"),  # a level written after the register
        ("Un bon niveau d'anglais professionnel est requis.", "B1"),  # "bon niveau" names the level
        ("Bonne maîtrise du néerlandais technique (lu / écrit / parlé).", "B2"),  # a level after the register
    ],
)
def test_register_after_the_language(run: Any, text: str, cefr: Any) -> None:
    assert [c for _, _, c, _ in _languages(run(text))] == [cefr]


def test_working_context_in_a_language(run: Any) -> None:
    reqs = run("Profil : à l'aise dans un contexte néerlandophone, vous êtes rigoureux.")
    assert [(lang, c) for _, lang, c, _ in _languages(reqs)] == [("nl", None)]


def test_francophone_region_is_no_language_requirement(run: Any) -> None:
    assert _languages(run("Nos clients : la Belgique francophone et la Flandre.")) == []


def test_language_restated_in_a_parenthesis_is_one_item(run: Any) -> None:
    reqs = run("Vous possédez un anglais technique (rédaction de rapports en anglais).")
    assert [(t, lang) for t, lang, _, _ in _languages(reqs)] == [("anglais", "en")]


def test_second_language_with_its_own_predicate(run: Any) -> None:
    reqs = run("Profil : Parler couramment le néerlandais, l'allemand est un plus.")
    assert _languages(reqs) == [("néerlandais", "nl", "B2", "required"), ("allemand", "de", None, "preferred")]


def test_items_joined_by_et_share_the_cue(run: Any) -> None:
    reqs = run("Avec 3 ans d'expérience et une expérience en management, ce serait un atout.")
    assert [r["strength"] for r in of_kind(reqs, "experience")] == ["preferred", "preferred"]


# --- a sentence glued after a parenthesis, a cue in the item's own parenthesis ------------------------------------


def test_cue_in_the_items_parenthesis_and_glued_sentences(run: Any) -> None:
    text = "Profil : Le tableur est un plus Bon niveau de néerlandais (B2 minimum) Une première expérience est souhaitée."
    reqs = run(text)
    assert _languages(reqs) == [("néerlandais", "nl", "B2", "required")]
    assert [(r["years"], r["strength"]) for r in of_kind(reqs, "experience")] == [(0.5, "preferred")]


def test_a_name_after_a_parenthesis_is_no_sentence_break(run: Any) -> None:
    reqs = run("Vous avez travaillé (2 ans) La Poste et le néerlandais est souhaité.")
    assert [r["strength"] for r in of_kind(reqs, "language")] == ["preferred"]


# --- beginners welcome, glued numbers, the job's own plan ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ouvert à tous, avec ou sans bagage technique préalable.", "avec ou sans bagage technique préalable"),
        ("Profil : avec ou sans expérience, vous êtes motivé.", "avec ou sans expérience"),
        ("Une première expérience de formateur serait un plus. Pour les profils juniors dans ce domaine, nous proposons "
         "un accompagnement.", "Pour les profils juniors dans ce domaine"),
    ],
)
def test_no_background_needed(run: Any, text: str, span: str) -> None:
    assert (span, 0.0, "optional") in _experience(run(text))


def test_juniors_without_support_offered_stay_unread(run: Any) -> None:
    # no support offered: not a welcome to beginners
    text = "Pour les profils juniors, le salaire est fixé par la grille."
    assert [y for _, y, _ in _experience(run(text))] == []


def test_number_glued_to_the_word_before(run: Any) -> None:
    reqs = run("Profil : Diplôme en géomatique3 à 5 ans d'expérience en SIG")
    assert found(reqs, "experience") == [("3 à 5 ans d'expérience", 3.0)]


def test_the_jobs_own_plan_is_no_experience(run: Any) -> None:
    text = "Dans ce projet, le doctorant combinera 18 mois en tant que chercheur à Liège avec 18 mois à Gand."
    assert found(run(text), "experience") == []
    assert found(run("Profil : 2 ans en tant que comptable."), "experience") == [("2 ans", 2.0)]


# --- strength: a cue heading an item with a question mark, a cue glued to the next item --------------------------


def test_cue_with_a_question_mark_heads_its_item(run: Any) -> None:
    text = "Profil recherché\n- Expérience : 3 ans minimum.\n- Un plus ?  Une expérience dans le transport\n- Rigueur"
    assert [(y, s) for _, y, s in _experience(run(text))] == [(3.0, "required"), (None, "preferred")]


def test_cue_glued_to_the_next_item_grades_only_its_own(run: Any) -> None:
    text = "Profil :\nUne expérience en paie est un plusBon esprit d'analyse et rigueurÀ l'aise en néerlandais"
    reqs = run(text)
    assert [s for _, _, s in _experience(reqs)] == ["preferred"]
    assert [r["strength"] for r in of_kind(reqs, "language")] == ["required"]


# --- one wording, two protected grounds; births of things; the people served -------------------------------------


def _criteria(reqs: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted((r["text"], r["criterion"]) for r in of_kind(reqs, "protected_criterion"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seuls les candidats nés après 1990 seront retenus.", [("nés après 1990", "age"), ("nés après 1990", "birth")]),
        ("Pour ce guichet, vous parlez néerlandais sans accent étranger.",
         [("sans accent", "origin"), ("sans accent étranger", "language_origin")]),
    ],
)
def test_one_wording_two_grounds(run: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert _criteria(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Notre histoire : une boutique de Namur, née en 2004, devenue une enseigne régionale.",
        "Vous accueillez des demandeurs d'emploi d'origine étrangère au sein de la MIRE.",
    ],
)
def test_births_of_things_and_people_served_are_no_criterion(run: Any, text: str) -> None:
    assert _criteria(run(text)) == []


def test_origin_asked_of_the_candidate_still_flagged(run: Any) -> None:
    assert _criteria(run("Candidats d'origine étrangère s'abstenir.")) == [("d'origine étrangère", "origin")]


# --- a trade the candidate already practises ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Vous êtes un professionnel de la boulangerie, précis et rigoureux ?\nRejoignez-nous.",
         "Vous êtes un professionnel de la boulangerie"),
        ("Tu es une vraie pro de la vente en magasin.", "Tu es une vraie pro de la vente en magasin"),
    ],
)
def test_a_professional_of_the_trade(run: Any, text: str, span: str) -> None:
    assert found(run(text), "experience") == [(span, None)]


@pytest.mark.parametrize(
    "text", ["Vous accompagnez les professionnels de santé du réseau.", "Vous êtes un professionnel reconnu par vos pairs."]
)
def test_professionals_served_or_unqualified_are_no_experience(run: Any, text: str) -> None:
    assert found(run(text), "experience") == []
