"""Extraction round 10, experience: general classes read on the team-written corpus (training/extract) — durations
heading a profile item without the word "expérience", the word abbreviated ("d'XP", "exp."), the employer's or a
team's years, a contract's length — tested with sentences written for the test (no offer text) and with look-alikes
that must not match."""

from typing import Any

import pytest
from extract_helpers import of_kind

_FR = "Notre PME de Liège renforce son équipe technique.\n\nVotre profil\n"


def _experience(reqs: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [(r["text"], r["years"]) for r in of_kind(reqs, "experience")]


# --- a duration heading a profile item, without the word ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "years"),
    [
        ("- 4 à 6 ans en bureau d'études", "4 à 6 ans", 4.0),
        ("3) 2 ans minimum en soudure TIG", "2 ans minimum", 2.0),
        ("Permis B exigé. 3 ans min en maintenance de chaudières.", "3 ans min", 3.0),
        ("- Au moins 4 ans de pose de carrelage", "Au moins 4 ans", 4.0),
        ("Vous avez 8 ans de menuiserie derrière vous ?", "8 ans", 8.0),
    ],
)
def test_duration_heading_an_item(run: Any, line: str, text: str, years: float) -> None:
    assert (text, years) in _experience(run(_FR + line + "\n"))


def test_among_after_years_without_the_word(run: Any) -> None:
    got = _experience(run(_FR + "- 6+ ans de développement Java, dont 2 ans en architecture\n"))
    assert ("6+ ans", 6.0) in got and ("2 ans", 2.0) in got


@pytest.mark.parametrize(
    "line",
    [
        "- 3 à 5 ans de contrat renouvelable",
        "- Contrat de 6 à 12 mois en intérim",
        "- CDD de 2 ans, salaire selon expérience",
        "Contrat à durée déterminée de 24 mois, rémunération selon expérience.",
        "Nous sommes implantés depuis 12 ans en Wallonie.",
    ],
)
def test_contract_and_history_lengths_are_not_experience(run: Any, line: str) -> None:
    assert not [t for t, y in _experience(run(_FR + line + "\n")) if y]


# --- the word abbreviated ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text", "years"),
    [
        ("- 4 ans d'XP minimum en production", "4 ans d'XP minimum", 4.0),
        ("- 2-4 ans dexp en support", "2-4 ans dexp", 2.0),
        ("- exp. 6 ans en métré", "exp. 6 ans", 6.0),
    ],
)
def test_abbreviated_word(run: Any, line: str, text: str, years: float) -> None:
    assert (text, years) in _experience(run(_FR + line + "\n"))


def test_abbreviated_word_in_title(extractor: Any) -> None:
    res = extractor.extract("t", "Technicien CVC (4 ans exp.)", "Nous recrutons un technicien.").to_dict()
    assert [(r["text"], r["years"]) for r in of_kind(res["requirements"], "experience")] == [("4 ans exp.", 4.0)]


def test_xp_look_alike(run: Any) -> None:
    assert _experience(run(_FR + "- Gagnez des XP en jouant 2 ans\n- 4 ans d'exploitation du site\n")) == []


# --- the employer's or a team's years ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Notre équipe a plus de 12 ans d'expérience cumulée en imagerie.",
        "Nous avons 45 ans d'expérience dans la charpente.",
        "Menuiserie familiale (plus de 50 ans d'expérience), nous recherchons un poseur.",
        "Nos formateurs ont 18 ans d'expérience en moyenne.",
    ],
)
def test_someone_elses_years(run: Any, sentence: str) -> None:
    assert _experience(run("Présentation\n" + sentence + "\n")) == []


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("On cherche quelqu'un qui :\n- a 4 ans d'expérience en paie", 4.0),
        ("- Le profil idéal a 6 ans d'expérience en gestion de chantier.", 6.0),
        ("- Vous avez 15 ans d'expérience en direction technique.", 15.0),
        ("→ Min. 2 ans d'expérience en cuisine", 2.0),
    ],
)
def test_candidate_years_kept(run: Any, line: str, years: float) -> None:
    got = _experience(run(_FR + line + "\n"))
    assert len(got) == 1 and got[0][1] == years


# --- an ideal on an item of its own, under the experience it qualifies ----------------------------------------------


def test_ideal_item_under_an_experience(run: Any) -> None:
    got = _experience(run(_FR + "- 4 ans d'expérience minimum en contrôle de gestion\n- Idéalement dans l'industrie pharmaceutique\n"))
    assert ("Idéalement dans l'industrie pharmaceutique", None) in got


@pytest.mark.parametrize(
    "lines",
    ["- Bac+3 en gestion\n- Idéalement dans l'industrie pharmaceutique\n", "- Maîtrise d'Excel\n- Idéalement sur Power BI\n"],
)
def test_ideal_item_under_something_else(run: Any, lines: str) -> None:
    assert not [t for t, _y in _experience(run(_FR + lines)) if "déalement" in t]


# --- beginners welcome, beginners refused ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "inside"),
    [
        ("Les débutant·e·s motivé·e·s sont bienvenu·e·s, un parrain t'accompagne.", "débutant·e·s motivé·e·s sont bienvenu·e·s"),
        ("Une expérience est un plus ; les débutants motivés sont acceptés.", "débutants motivés sont acceptés"),
        ("Nous recrutons aussi des profils débutants.", "profils débutants"),
        ("Vous êtes débutant(e) ou vous avez déjà travaillé en atelier.", "débutant(e)"),
        ("Les livreurs débutants titulaires du permis B sont les bienvenus.", "livreurs débutants"),
    ],
)
def test_beginners_welcome(run: Any, sentence: str, inside: str) -> None:
    got = [(t, y) for t, y in _experience(run(_FR + sentence + "\n")) if inside in t]
    assert got and got[0][1] == 0.0


@pytest.mark.parametrize(
    "sentence",
    ["Vous formerez les techniciens débutants de l'équipe.", "Nos clients débutants sont accompagnés.", "Le module débutant est ouvert à tous."],
)
def test_beginner_look_alikes(run: Any, sentence: str) -> None:
    assert _experience(run(_FR + sentence + "\n")) == []


def test_beginners_refused(run: Any) -> None:
    reqs = of_kind(run(_FR + "Horaires de nuit. Débutants s'abstenir.\n"), "experience")
    assert [(r["text"], r["years"], r["strength"]) for r in reqs] == [("Débutants s'abstenir", None, "required")]


# --- "dont …": a part of the experience just named ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "inside", "years"),
    [
        ("- 9 ans d'expérience minimum en logistique, dont 4 en encadrement", "dont 4 en encadrement", 4.0),
        ("- 6 ans d'expérience sur Dynamics 365 dont au moins un déploiement complet", "au moins un déploiement complet", None),
        ("- 5 ans d'expérience en UX, dont une partie en agence", "dont une partie en agence", None),
    ],
)
def test_part_of_an_experience(run: Any, line: str, inside: str, years: Any) -> None:
    got = [(t, y) for t, y in _experience(run(_FR + line + "\n")) if inside in t]
    assert got and got[0][1] == years


@pytest.mark.parametrize(
    "line",
    ["- Expérience en gestion de 14 magasins, dont 4 en Flandre", "Notre équipe compte 30 personnes, dont 5 en alternance.", "- Maîtrise de 3 langages, dont 2 en production"],
)
def test_part_of_something_else(run: Any, line: str) -> None:
    assert not [t for t, _y in _experience(run(_FR + line + "\n")) if t.startswith("dont")]


# --- the background the candidate comes from: an ideal before it, what qualifies it read apart ----------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Vous venez idéalement du secteur de la logistique.", "Vous venez idéalement du secteur de la logistique"),
        ("- Tu viens de préférence de l'hôtellerie ou de la restauration", "Tu viens de préférence de l'hôtellerie ou de la restauration"),
        ("- Vous venez de la boulangerie (2 ans minimum comme ouvrier)", "Vous venez de la boulangerie"),
        ("Vous venez du bâtiment avec 4 ans d'expérience minimum en chantier.", "Vous venez du bâtiment"),
    ],
)
def test_background(run: Any, sentence: str, text: str) -> None:
    assert (text, None) in _experience(run(_FR + sentence + "\n"))


@pytest.mark.parametrize("sentence", ["Vous venez de Mons ou des environs.", "Vous venez d'obtenir votre diplôme ?", "Vous venez de la région de Charleroi."])
def test_background_look_alikes(run: Any, sentence: str) -> None:
    assert _experience(run(_FR + sentence + "\n")) == []


# --- a seniority word on the colleague who guides the newcomer -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tu seras formé en binôme avec un carreleur confirmé.",
        "Ton tuteur, Paul, frigoriste confirmé, t'accompagne les premières semaines.",
        "Un chauffeur expérimenté sera ton tuteur.",
        "Un tuteur dédié, chef de chantier confirmé, te suit.",
    ],
)
def test_guiding_colleague(run: Any, sentence: str) -> None:
    assert _experience(run(_FR + sentence + "\n")) == []


@pytest.mark.parametrize("sentence", ["- Vous êtes carreleur confirmé.", "Nous recherchons un frigoriste confirmé."])
def test_grade_asked_kept(run: Any, sentence: str) -> None:
    assert [t for t, _y in _experience(run(_FR + sentence + "\n"))] == ["confirmé"]
