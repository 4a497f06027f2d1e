"""Round 19, diplomas not needed and diplomas not asked, by family: the "no diploma needed" wordings (said not to matter,
not needed with a qualifier, indifference, English lines of mixed ads, "sans diplôme" said of the candidate, not of the
public served nor on a condition), titles named without being asked (refused, the students a school trains, missing,
the trigger of a condition, options listed after "peu importe ton diplôme", a course's certificate, a Belgian health
title granted by the SPF, a course the employer pays for, an acronym restating the diploma past its cue), the strength
of a title said not needed or said to be enough, and mixed English/French ads read as French. Sentences written for the
test (no offer text), with look-alikes that must give nothing."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, diploma_levels, diploma_strengths, found, of_kind

from audits.extract.langdetect import detect_language


def _diplomas(run: Any, text: str) -> list[tuple[str, Any, str]]:
    return diploma_strengths(run(text))


@pytest.mark.parametrize(
    ("line", "span"),
    [
        # said not to matter, any article, singular or plural
        ("- Le diplôme n'a pas d'importance : c'est ton savoir-faire qui compte.", "Le diplôme n'a pas d'importance"),
        ("- Les diplômes n'ont aucune importance pour nous.", "Les diplômes n'ont aucune importance"),
        ("- Votre qualification importe peu, votre motivation fait la différence.", "Votre qualification importe peu"),
        ("- Le diplôme ne compte pas, seule l'envie compte.", "Le diplôme ne compte pas"),
        ("- Diplôme : facultatif.", "Diplôme : facultatif"),
        # not needed, with a qualifier or a plural verb
        ("- Aucun diplôme préalable demandé.", "Aucun diplôme préalable demandé"),
        ("- Pas de qualification particulière exigée.", "Pas de qualification particulière exigée"),
        ("- Les diplômes ne sont pas exigés.", "Les diplômes ne sont pas exigés"),
        ("- Aucune qualification spécifique n'est demandée.", "Aucune qualification spécifique n'est demandée"),
        # indifference
        ("- Peu importent les diplômes, on regarde ce que tu sais faire.", "Peu importent les diplômes"),
        ("- Avec ou sans diplôme, postulez !", "Avec ou sans diplôme"),
        ("- Diplômé(e) ou non, tu es le bienvenu.", "Diplômé(e) ou non"),
        ("- Pas besoin d'être diplômé pour nous rejoindre.", "Pas besoin d'être diplômé"),
        ("- Il n'est pas nécessaire d'avoir un diplôme.", "pas nécessaire d'avoir un diplôme"),
        # English lines of a French ad
        ("- no specific degree needed", "no specific degree needed"),
        ("- No degree required, we train you.", "No degree required"),
        ("- A degree is not required.", "degree is not required"),
    ],
)
def test_no_diploma_family(run: Any, line: str, span: str) -> None:
    assert _diplomas(run, PROFILE_HEAD + line) == [(span, None, "optional")]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # "sans diplôme" said of the candidate: after a hiring verb, a clause of its own, with a permission, glued
        ("Le DEAES est souhaité mais nous recrutons aussi sans diplôme si vous êtes motivé.", "sans diplôme"),
        ("Conditions : aucune expérience exigée, sans diplôme, bonne condition physique.", "sans diplôme"),
        ("Profil :\n- Sans diplôme\n- Permis B", "Sans diplôme"),
        ("Horaires : 6h-14h et week-endsSans diplôme, c'est possible ! Formation donnée.", "Sans diplôme"),
        ("Le poste est accessible sans diplôme.", "accessible sans diplôme"),
        ("On embauche des profils sans qualification.", "sans qualification"),
    ],
)
def test_none_said_of_candidate(run: Any, text: str, span: str) -> None:
    assert [(t, s) for t, _, s in _diplomas(run, text) if t == span] == [(span, "optional")]


@pytest.mark.parametrize(
    "text",
    [
        # the public served, not the candidate
        "Public : jeunes de 16 à 25 ans, sans diplôme, en recherche d'emploi.",
        "Vous accompagnez des jeunes sans diplôme vers leur premier emploi.",
        "Nous formons des adultes sans qualification, éloignés de l'emploi.",
        "Les stagiaires, souvent sans diplôme, suivent un parcours de 6 mois.",
        # a waiver on a condition: the experience is what is asked
        "Les candidats sans diplôme mais avec 3 ans d'expérience dans le bâtiment peuvent postuler.",
        "Les candidatures sans diplôme, à condition de justifier de 2 ans d'expérience, seront examinées.",
        "Titulaire du titre professionnel ADVF ou d'un CAP ; sans diplôme, une expérience d'au moins 1 an est exigée.",
    ],
)
def test_none_lookalikes(run: Any, text: str) -> None:
    assert [t for t, _, _ in _diplomas(run, text) if "sans" in t.lower()] == []


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        # refused
        ("Titre requis : bachelier éducateur spécialisé (A1). Les éducateurs A2 ne seront pas retenus.", "A2", "bachelier"),
        ("Titre requis : bachelier instituteur primaire (AESI primaire ne s'applique pas ici).", "AESI", "bachelier"),
        ("Master en droit exigé ; un bachelier n'est pas suffisant.", "bachelier", "Master"),
        # the students a school trains
        ("La Haute École engage un maître-assistant (formation des futurs AESI). Conditions : master en langues.", "AESI", "master"),
        # missing, or the trigger of a condition on another title
        ("Le CAP est requis si vous êtes porteur d'un master sans titre pédagogique. AESS en français exigé.", "titre pédagogique", "AESS"),
        # options listed after the diploma said not to matter
        ("Ce qu'on cherche : 2 ans d'expérience ; peu importe ton diplôme, école d'ingé, fac ou autodidacte.", "école d'ingé", "peu importe ton diplôme"),
        # a course's certificate
        ("Vous avez obtenu l'attestation de la formation de directeur de maison de repos. Bachelier exigé.", "formation de directeur", "Bachelier"),
        # the Belgian health title granted by the SPF (the agreement)
        ("Bachelier en diététique, agréé par le SPF Santé publique (titre professionnel de diététicien).", "titre professionnel", "Bachelier"),
        # a course the employer pays for
        ("Permis D exigé. Pas de permis D ? Nous finançons votre formation (titre professionnel conducteur de bus).", "titre professionnel", None),
        ("Permis B exigé. On prend en charge ta formation au CAP cuisine.", "CAP", None),
    ],
)
def test_named_not_asked(run: Any, text: str, absent: str, kept: Any) -> None:
    spans = [t for t, _ in diploma_levels(run(text))]
    assert not any(absent in t for t in spans), spans
    if kept:
        assert any(t.startswith(kept) for t in spans), spans


def test_asked_titles_stay(run: Any) -> None:
    # a title asked plainly, or held before a course the employer pays, is still an item
    spans = [t for t, _ in diploma_levels(run(PROFILE_HEAD + "- Titulaire d'un CAP cuisine, nous finançons votre formation continue."))]
    assert spans == ["CAP cuisine"] or spans == ["CAP"]
    # "peu importe ton diplôme, mais un BTS est un plus": the wish keeps the BTS
    got = _diplomas(run, PROFILE_HEAD + "- Peu importe ton diplôme, mais un BTS est un plus.")
    assert ("BTS", 5, "preferred") in got


def test_family_kept_before_experience(run: Any) -> None:
    # the full sentences of the family stay items when experience follows ("Pas de diplôme requis, une expérience …")
    got = _diplomas(run, PROFILE_HEAD + "- Pas de diplôme requis, une expérience en vente est un plus.")
    assert got == [("Pas de diplôme requis", None, "optional")]


def test_restating_acronym_past_cue(run: Any) -> None:
    got = diploma_levels(run(PROFILE_HEAD + "- Diplôme d'État d'aide-soignant obligatoire (DEAS)."))
    assert got == [("Diplôme d'État d'aide-soignant", 4)]


@pytest.mark.parametrize(
    ("line", "title", "strength"),
    [
        # a named title said not needed is the guide's optional diploma
        ("Le CESS n'est pas demandé.", "CESS", "optional"),
        ("CAP non exigé.", "CAP", "optional"),
        # said to be enough after "no diploma needed"
        ("Aucun diplôme préalable demandé, le Brevet des collèges est suffisant.", "Brevet des collèges", "optional"),
        ("Pas de diplôme requis : le CEB suffit.", "CEB", "optional"),
        # look-alikes: a wish keeps it preferred, "suffit" alone keeps it asked
        ("CAP non exigé mais apprécié.", "CAP", "preferred"),
        ("Le CAP suffit.", "CAP", "required"),
    ],
)
def test_waived_strength(run: Any, line: str, title: str, strength: str) -> None:
    got = {t: s for t, _, s in _diplomas(run, PROFILE_HEAD + line)}
    assert got[title] == strength


def test_english_welcome_is_preferred(run: Any) -> None:
    got = _diplomas(run, PROFILE_HEAD + "- no specific degree needed, but a BTS SAM or similar is welcome")
    assert got == [("no specific degree needed", None, "optional"), ("BTS SAM", 5, "preferred")]


def test_mixed_ad_read_as_french(run: Any) -> None:
    text = (
        "We are a growing SaaS company and we are hiring our first sales manager for the Brussels office.\n"
        "What you will do\n- prospecter les clients et préparer les démos\n- gérer les partenaires et les revendeurs\n"
        "Who you are\n- Master en commerce ou équivalent\n- 3 years of experience in sales\n- français natif, English fluent\n- Permis B"
    )
    assert detect_language(text).language == "fr"
    reqs = run(text, title="Sales manager")
    assert found(reqs, "diploma")[0] == ("Master", 7)
    assert of_kind(reqs, "licence")


def test_english_ad_gives_its_explicit_items(run: Any) -> None:
    # Round 20: an English ad gives its explicit English requirement phrases (recognizers/foreign.py), nothing more.
    text = (
        "We are a growing SaaS company and we are hiring a sales manager for our Brussels office. You will prospect "
        "new customers, run demos and manage our partners. You have a Master's degree in business and 3 years of "
        "experience in sales. You are fluent in English and French and you have a driving licence."
    )
    assert detect_language(text).language == "en"
    reqs = run(text, title="Sales manager")
    assert found(reqs, "diploma") == [("Master's degree in business and 3 years of experience in sales", 7)]  # span too long (round 20 limit)
    assert found(reqs, "experience") == [("3 years of experience in sales", 3.0)]
    assert found(reqs, "language") == [("fluent in English", "B2"), ("French", "B2")]
    assert [r["category"] for r in of_kind(reqs, "licence")] == ["B"]


def test_english_ad_without_requirement_phrases_gives_nothing(run: Any) -> None:
    text = (
        "We are a growing SaaS company and we are hiring a sales manager for our Brussels office. You will prospect "
        "new customers, run demos and manage our partners in the French market. Team player, cloud-first mindset, "
        "and a great sense of humour. We offer French lessons to non-French speakers."
    )
    assert detect_language(text).language == "en"
    assert run(text, title="Sales manager") == []
