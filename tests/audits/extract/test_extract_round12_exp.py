"""Extraction round 12, experience: general classes of wordings the rules had not met — "débutant" alone said of the
person sought, years in unusual forms, past work without the word — tested with sentences written for the test (no
offer text) and with look-alikes that must not match. Offsets are checked by the `run` fixture
(`text == field[start:end]`)."""

from typing import Any

import pytest
from extract_helpers import found, of_kind, strengths

_FR = "Notre PME de Liège renforce son équipe technique.\n\nVotre profil\n"


# --- "débutant" alone, said of the person sought: 0, optional ------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Consultant Débutant Data Analyst (H/F)", "Débutant"),
        ("Technicien de maintenance débutant H/F", "débutant"),
        ("Comptable débutant(e) - Namur", "débutant(e)"),
    ],
)
def test_beginner_in_a_title(run: Any, title: str, text: str) -> None:
    reqs = [r for r in run(_FR + "Rigueur et sens du service.\n", title=title) if r["field"] == "title"]
    assert [(r["text"], r["years"], r["strength"]) for r in of_kind(reqs, "experience")] == [(text, 0.0, "optional")]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("- Débutant", "Débutant"),
        ("- Débutant(e) motivé(e)", "Débutant(e)"),
        ("Expérience : débutant", "débutant"),
        ("Nous recherchons un Analyste programmeur débutant.", "débutant"),
        ("Ce poste est idéal pour un profil débutant.", "débutant"),
        ("Vous êtes menuisier(ère) passionné(e), débutant(e) curieux(se) ou expert(e) chevronné(e) ?", "débutant(e)"),
        ("Tu es débutant ? On te forme.", "débutant"),
        ("Poste accessible à un débutant.", "débutant"),
        ("Graduat ou bachelier, jeune diplômé ou débutant.", "débutant"),
        ("Que vous soyez junior ou confirmé, nous vous accompagnons.", "Que vous soyez junior"),
        ("Que tu sois débutant(e) ou expert(e), rejoins-nous.", "Que tu sois débutant(e)"),
    ],
)
def test_beginner_said_of_the_candidate(run: Any, line: str, text: str) -> None:
    reqs = run(_FR + line + "\n")
    assert found(reqs, "experience") == [(text, 0.0)]  # nothing else: not the label, not the other grade ("chevronné(e)")
    assert strengths(reqs, "experience")[text] == "optional"


def test_beginner_or_years_are_two_items_in_one_group(run: Any) -> None:
    reqs = of_kind(run(_FR + "Expérience : Débutant ou 2 à 5 ans dans le domaine de la chimie\n"), "experience")
    assert [(r["text"], r["years"], r["strength"]) for r in reqs] == [("Débutant", 0.0, "optional"), ("2 à 5 ans", 2.0, "required")]
    assert reqs[0]["alternative_group"] is not None and reqs[0]["alternative_group"] == reqs[1]["alternative_group"]


def test_beginner_glossed_by_years_is_one_item(run: Any) -> None:
    got = found(run(_FR + "Niveau d'expérience dans la fonction\nDébutant (1 à 5 ans d'expérience)\n"), "experience")
    assert got == [("1 à 5 ans d'expérience", 1.0)]


@pytest.mark.parametrize(
    "line",
    [
        "- Formations Python Débutants à animer",
        "Anglais : niveau débutant",
        "Niveau en Excel : débutant à confirmé",
        "Vous animerez des cours pour débutants et confirmés.",
        "Vous formerez les techniciens débutants aux bonnes pratiques.",
        "Nous accompagnons des entrepreneurs débutants dans leur création.",
        "Vous encadrerez le débutant de l'équipe.",
        "Public visé : du débutant à l'expert.",
    ],
)
def test_beginner_look_alikes(run: Any, line: str) -> None:
    assert not [t for t, y in found(run(_FR + line + "\n"), "experience") if y == 0.0]


# --- years in unusual forms ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "years"),
    [
        ("Vous avez un minimum de 5 ans d'expertise en cybersécurité.", "un minimum de 5 ans d'expertise", 5.0),
        ("Vous justifiez de 7 ans minimum dans le contrôle de gestion.", "7 ans minimum", 7.0),
        ("Vous justifiez d'au moins deux années dans un poste similaire.", "d'au moins deux années", 2.0),
        ("Vous justifiez d'un an d'ancienneté dans un poste similaire.", "un an", 1.0),
        ("Tu as 3 ans de métier.", "3 ans", 3.0),
        ("Vous avez occupé pendant au moins 3 ans un poste de gestionnaire de paie.", "au moins 3 ans", 3.0),
        ("Vous avez travaillé au moins 4 ans dans la logistique.", "au moins 4 ans", 4.0),
        ("- C# .NET Core (5 ans minimum)", "C# .NET Core (5 ans minimum)", 5.0),
        ("- Soudure TIG (3 ans requis)", "Soudure TIG (3 ans requis)", 3.0),
        ("data: 3 ans (Requis)", "data: 3 ans (Requis)", 3.0),
        ("Vous avez une dizaine d'années d'expérience en gestion de paie.", "dizaine d'années d'expérience", 10.0),
        ("Une quinzaine d'années d'expérience dans le bâtiment.", "quinzaine d'années d'expérience", 15.0),
        # (round 15: a season is not a year — every gold gives "minimum 2 saisons", "au moins une saison" no years)
        ("- 2 saisons minimum en tant que chef de rang", "2 saisons minimum", None),
        ("Une expérience probante de 2 ans dans la fonction.", "expérience probante de 2 ans", 2.0),
        ("Vous disposez d'une expérience utile de 3 ans dans le secteur.", "expérience utile de 3 ans", 3.0),
        ("- 10+ ans en développement logiciel", "10+ ans", 10.0),
        ("- 5+ years in B2B sales", "5+ years", 5.0),
        ("- At least 3 years of experience as a DevOps engineer", "At least 3 years of experience", 3.0),
        ("- At least 2 years in a quality role in the food industry", "At least 2 years", 2.0),
    ],
)
def test_years_in_unusual_forms(run: Any, line: str, text: str, years: float) -> None:
    reqs = run(_FR + line + "\n")
    assert (text, years) in found(reqs, "experience")
    assert strengths(reqs, "experience")[text] == "required"


def test_years_asked_by_a_verb_beside_other_years(run: Any) -> None:
    line = "Vous justifiez de 7 ans minimum dans la comptabilité avec idéalement 5 ans d'expérience sur un poste similaire."
    got = found(run(_FR + line + "\n"), "experience")
    assert ("7 ans minimum", 7.0) in got and ("5 ans d'expérience", 5.0) in got


def test_years_glossing_a_grade(run: Any) -> None:
    got = found(run(_FR + "Vous êtes plus expérimenté·e (5 ans et plus) ? Postulez aussi.\n"), "experience")
    assert [y for _t, y in got] == [5.0] and "5 ans et plus" in got[0][0]


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez une dizaine d'années d'expérience en gestion de paie, idéalement en secrétariat social.",
        "Tu as 3 ans de métier.",
    ],
)
def test_one_item_for_one_duration(run: Any, line: str) -> None:
    assert len([y for _t, y in found(run(_FR + line + "\n"), "experience") if y is not None]) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Rémunération : 2 400 € brut mensuel sur 13 mois (selon expérience).",
        "Entre 40 000 et 45 000 € brut annuel sur 12 mois (selon expérience).",
        "Fort d'une expérience de 45 ans, notre atelier répare vos machines.",
        "Avec plus de 20 ans d'expertise, notre bureau est un acteur reconnu.",
        "Nous offrons une expérience enrichissante de 6 mois à l'étranger.",
        "Prime après un an d'ancienneté.",
        "Recyclage SST pour les agents ayant un an d'ancienneté.",
        "Vous avez 18 ans minimum.",
        "- Contrat : 3 ans (renouvelable)",
        "- Mission de 18 mois (minimum)",
        "Nos 15 ans d'expérience au service des PME.",
    ],
)
def test_years_look_alikes(run: Any, line: str) -> None:
    assert not [t for t, y in found(run(_FR + line + "\n"), "experience") if y]


# --- English lines and labels ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "strength"),
    [
        ("- Previous experience in a regulated environment is a plus", "preferred"),
        ("- Proven experience with Kubernetes in production", "required"),
    ],
)
def test_english_experience_without_years(run: Any, line: str, strength: str) -> None:
    reqs = of_kind(run(_FR + line + "\n"), "experience")
    assert [(r["years"], r["strength"]) for r in reqs] == [(None, strength)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("EXPÉRIENCES SOUHAITÉES : une expérience dans le domaine de la gestion documentaire serait appréciée.\n", 1),
        ("Expérience professionnelle requise ou appréciée :\n- Expérience en pilotage de projets\n- Expérience en gestion de budget\n", 2),
        ("Expérience significative d'au moins 2 ans d'expérience sur un poste de dessinateur.\n", 1),
        ("Expérience Vous avez une expérience d'au moins 3 ans dans le domaine.\n", 1),
        ("Expériences/connaissances requises\nExpertise technique sur AutoCAD\n", 0),
        ("Nous sommes l'éditeur de la plateforme 3DEXPERIENCE.\n", 0),
    ],
)
def test_labels_and_names_are_not_items(run: Any, text: str, want: int) -> None:
    assert len(found(run(_FR + text), "experience")) == want


# --- past work without the word: "vous avez occupé un rôle de…", "eu l'occasion de…", "l'habitude de…" ---------------


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Vous avez occupé un rôle d'architecte ou de chef d'équipe dans le bâtiment.",
         "Vous avez occupé un rôle d'architecte ou de chef d'équipe dans le bâtiment"),
        ("Tu as occupé une fonction d'encadrement.", "Tu as occupé une fonction d'encadrement"),
        ("Vous avez aussi eu l'occasion de coder en Python.", "Vous avez aussi eu l'occasion de coder en Python"),
        ("Ayant déjà eu l'occasion de gérer un entrepôt, vous connaissez les flux.", "Ayant déjà eu l'occasion de gérer un entrepôt"),
        ("Vous avez l'habitude de travailler avec des données de capteurs.", "Vous avez l'habitude de travailler avec des données de capteurs"),
        ("Vous avez pour habitude de piloter des chantiers.", "Vous avez pour habitude de piloter des chantiers"),
        ("Vous avez évolué au sein d'un cabinet d'expertise comptable.", "Vous avez évolué au sein d'un cabinet d'expertise comptable"),
        ("Vous avez travaillé dans la grande distribution.", "Vous avez travaillé dans la grande distribution"),
        ("Vous avez exercé en tant que magasinier.", "Vous avez exercé en tant que magasinier"),
    ],
)
def test_past_work_is_experience(run: Any, line: str, text: str) -> None:
    assert found(run(_FR + line + "\n"), "experience") == [(text, None)]


def test_grade_and_its_past_work_are_one_item(run: Any) -> None:
    line = "Étudiant(e) pour un stage, ou profil salarié expérimenté ayant déjà travaillé sur un poste similaire."
    got = found(run(_FR + line + "\n"), "experience")
    assert got == [("expérimenté ayant déjà travaillé sur un poste similaire", None)]


@pytest.mark.parametrize(
    "line",
    [
        "Vous aurez l'occasion de travailler sur des projets variés.",
        "Vous occuperez un rôle clé dans l'équipe.",
        "Vous avez la capacité d'intervenir sur des projets critiques.",
        "Vous avez déjà postulé chez nous ? Inutile de renvoyer votre CV.",
        "Notre société a déjà accompagné 200 clients.",
        "Nous avons travaillé pour les plus grands groupes.",
        "Vous avez l'habitude de travailler en équipe.",
        "Vous avez l'habitude d'échanger avec des interlocuteurs variés.",
        "Rémunération selon expérience.",
        "Vous améliorerez l'expérience client sur nos canaux.",
        "Nous soignons l'expérience candidat.",
        "Une expérience enrichissante vous attend.",
        "EXPÉRIENCES",
    ],
)
def test_past_work_look_alikes(run: Any, line: str) -> None:
    assert found(run(_FR + line + "\n"), "experience") == []


# --- years by their place: a title, a label that asks, years joined to years ------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "years"),
    [("Chef de chantier gros œuvre – 7+ ans", "7+ ans", 7.0), ("Comptable (H/F) – min. 3 ans", "min. 3 ans", 3.0)],
)
def test_minimum_years_in_a_title(run: Any, title: str, text: str, years: float) -> None:
    reqs = [r for r in run(_FR + "Rigueur.\n", title=title) if r["field"] == "title"]
    assert [(r["text"], r["years"]) for r in of_kind(reqs, "experience")] == [(text, years)]


@pytest.mark.parametrize("title", ["Chauffeur livreur - CDD 6 mois", "Agent d'accueil - 12 mois renouvelable"])
def test_contract_length_in_a_title(run: Any, title: str) -> None:
    assert not of_kind([r for r in run(_FR + "Rigueur.\n", title=title) if r["field"] == "title"], "experience")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ce que nous attendons : min. 2 ans en cuisine ou 4 ans en boulangerie.", [("min. 2 ans", 2.0), ("4 ans", 4.0)]),
        ("Ce qu'il te faut : 3 ans min de soudure en atelier.", [("3 ans min", 3.0)]),
        ("Votre profil : CAP couvreur ou BP couvreur, au moins 5 ans sur les toits, maîtrise du zinc.", [("au moins 5 ans", 5.0)]),
        ("Profil :Bac+2Expérience de 1 an en support", [("Expérience de 1 an", 1.0)]),
    ],
)
def test_years_by_their_place(run: Any, line: str, expected: list[tuple[str, float]]) -> None:
    assert found(run(_FR + line + "\n"), "experience") == expected


def test_years_joined_by_or_share_a_group(run: Any) -> None:
    reqs = of_kind(run(_FR + "Ce que nous attendons : min. 2 ans en cuisine ou 4 ans en boulangerie.\n"), "experience")
    assert len(reqs) == 2 and reqs[0]["alternative_group"] is not None and reqs[0]["alternative_group"] == reqs[1]["alternative_group"]


@pytest.mark.parametrize(
    "line",
    [
        "Avantages : au moins 2 ans en télétravail partiel, mutuelle.",
        "Ce que nous offrons : 3 ans de contrat, minimum 2 ans en Belgique.",
        "Nous avons 30 ans d experience dans la restauration.",
        "Le cabinet, 25 ans d'expérience en recrutement, vous accompagne.",
    ],
)
def test_years_by_place_look_alikes(run: Any, line: str) -> None:
    assert not [t for t, y in found(run(_FR + line + "\n"), "experience") if y]


# --- a first piece of work: "un premier stage en …", "au moins un projet …" ------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "strength"),
    [
        ("- Un premier stage en milieu industriel est apprécié", "Un premier stage en milieu industriel", "preferred"),
        ("- Une première mission de déploiement serait un plus", "Une première mission de déploiement", "preferred"),
        ("- Une première saison en cuisine serait appréciée", "Une première saison en cuisine", "preferred"),
        ("Tu as un Bac+3 en informatique et au moins un stage en développement mobile.", "au moins un stage en développement mobile", "required"),
        ("Vous avez un premier stage ou une alternance en comptabilité.", "un premier stage ou une alternance en comptabilité", "required"),
    ],
)
def test_first_work_is_experience(run: Any, line: str, text: str, strength: str) -> None:
    reqs = run(_FR + line + "\n")
    assert (text, None) in found(reqs, "experience")
    assert strengths(reqs, "experience")[text] == strength


@pytest.mark.parametrize(
    "line",
    [
        "Ce poste est idéal pour un premier stage en entreprise.",
        "Vous effectuerez un stage de 6 mois au sein de l'équipe data.",
        "- Un stage de fin d'études de 6 mois",
        "Nous proposons un stage en comptabilité.",
        "Un projet de migration vers le cloud est en cours.",
        "Une mission de conseil vous attend chez nos clients.",
    ],
)
def test_first_work_look_alikes(run: Any, line: str) -> None:
    assert found(run(_FR + line + "\n"), "experience") == []


# --- English list items in French ads ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "years"),
    [
        ("- 4+ years of iOS development", "4+ years", 4.0),
        ("- 2+ years deploying models in production (PyTorch)", "2+ years", 2.0),
        ("- 3-5 years of modern C++ in low-latency environments", "3-5 years", 3.0),
        ("- Consulting experience is preferred", "Consulting experience", None),
        ("- Previous FRTB project experience would be highly appreciated", "Previous FRTB project experience", None),
    ],
)
def test_english_items(run: Any, line: str, text: str, years: Any) -> None:
    assert found(run(_FR + "Notre équipe travaille en anglais.\n" + line + "\n"), "experience") == [(text, years)]


@pytest.mark.parametrize(
    "line",
    ["- 3 years contract, renewable", "- Our customer experience is our pride", "- The user experience of our app matters"],
)
def test_english_look_alikes(run: Any, line: str) -> None:
    assert found(run(_FR + line + "\n"), "experience") == []


# --- grades the ad recruits, and odd year counts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Pour éviter toute déception, cette offre est réservée à des profils expérimentés.", "expérimentés"),
        ("Nous recrutons aujourd'hui des électriciens expérimentés pour nos chantiers.", "expérimentés"),
    ],
)
def test_plural_grade_the_ad_recruits(run: Any, line: str, text: str) -> None:
    assert found(run(_FR + line + "\n"), "experience") == [(text, None)]


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Vous avez au moins de 3 années d'expérience en paie.", 3.0),
        ("Vous avez 1 première année d'expérience dans la gestion de stock.", 1.0),
    ],
)
def test_odd_year_counts(run: Any, line: str, years: float) -> None:
    assert [y for _t, y in found(run(_FR + line + "\n"), "experience")] == [years]


def test_two_grades_glossed_by_years(run: Any) -> None:
    line = "Que vous soyez confirmé·e (3 à 5 ans d'expérience) ou plus expérimenté·e (5 ans et plus), postulez."
    years = [y for _t, y in found(run(_FR + line + "\n"), "experience")]
    assert 3.0 in years and 5.0 in years


# --- Belgian form labels -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "years"),
    [
        ("Ancienneté souhaitée : 2 ans dans la fonction.", "2 ans", 2.0),
        ("Expérience de 3 minimum souhaitée sur un poste similaire.", "Expérience de 3 minimum", 3.0),
        ("Vous bénéficiez d'une expérience utile d'au moins 2 ans.", "expérience utile d'au moins 2 ans", 2.0),
    ],
)
def test_belgian_form_labels(run: Any, line: str, text: str, years: float) -> None:
    assert found(run(_FR + line + "\n"), "experience") == [(text, years)]


def test_seniority_pay_clause_is_not_a_label(run: Any) -> None:
    assert found(run(_FR + "Prime d'ancienneté : 2 ans après l'embauche.\n"), "experience") == []
