"""Round 18, languages and experience: wording families from the sixth written batch's errors, with variants written
for the test (no ad text) and look-alikes that must give nothing. Sentences written for the test."""

from typing import Any

import pytest
from extract_helpers import PROFILE_HEAD, of_kind


def langs(run: Any, text: str) -> list[tuple[str, Any, str]]:
    return [(r["language"], r["cefr"], r["strength"]) for r in of_kind(run(text), "language")]


def exps(run: Any, text: str) -> list[tuple[str, Any, str]]:
    return [(r["text"], r["years"], r["strength"]) for r in of_kind(run(text), "experience")]


# Round 18: the spoken wish "bien vu" grades a language (and any item) as preferred, and names the language asked.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nous recrutons un plombier. Le basque ou l'espagnol, c'est bien vu avec les clients.", [("eu", None, "preferred"), ("es", None, "preferred")]),
        ("Nous recrutons un serveur. L'italien serait très bien vu pour notre clientèle.", [("it", None, "preferred")]),
        ("Nous recrutons un vendeur. Parler néerlandais est bien vu.", [("nl", None, "preferred")]),
    ],
)
def test_bien_vu_is_a_wish(run: Any, text: str, expected: list[tuple[str, Any, str]]) -> None:
    assert langs(run, text) == expected


def test_bien_vu_grades_experience(run: Any) -> None:
    assert [s for _, _, s in exps(run, "Nous recrutons un cuisinier. Une expérience en restauration collective serait bien vue.")] == ["preferred"]


# Round 18: the language said understood ("doit être compris et parlé"); "y compris" is not a cue.
def test_language_understood_is_asked(run: Any) -> None:
    assert langs(run, "Nous recrutons un agent. Le français doit être compris et parlé (échanges avec les patients).") == [("fr", None, "required")]
    assert langs(run, "Nous recrutons un agent. L'anglais doit être compris à l'écrit.") == [("en", None, "required")]


def test_y_compris_is_not_a_cue(run: Any) -> None:
    assert langs(run, "Nous recrutons un cuisinier. Menus tout compris, y compris anglais et desserts maison.") == []


# Round 18: the agreement left open in brackets ("serai(en)t un plus") does not cut the clause.
@pytest.mark.parametrize(
    "line",
    ["- L'arabe ou le turc serai(en)t un plus", "- Le polonais et/ou le roumain serai(en)t un atout."],
)
def test_open_agreement_plus(run: Any, line: str) -> None:
    found = langs(run, PROFILE_HEAD + line)
    assert len(found) == 2 and all(s == "preferred" for _, _, s in found)


# Round 18: a heading of wishes written with the sign ("Les + :") names the language it lists alone.
@pytest.mark.parametrize(
    "line", ["Les + : connaissances en logistique, néerlandais.", "Petits + : allemand, permis C.", "Un plus : néerlandais."]
)
def test_plus_sign_heading(run: Any, line: str) -> None:
    found = langs(run, "Nous recrutons un employé.\nCe qu'on attend :\n- 2 ans d'expérience\n" + line)
    assert len(found) == 1 and found[0][2] == "preferred"


# Round 18: codes chained with "+" ("FR + DE ou NL parlé") are one list.
@pytest.mark.parametrize(("text", "isos"), [("FR + DE ou NL parlé (touristes).", ["fr", "de", "nl"]), ("NL + EN courant exigés.", ["nl", "en"])])
def test_plus_sign_chains_codes(run: Any, text: str, isos: list[str]) -> None:
    assert [i for i, _, _ in langs(run, "Nous recrutons un barman. " + text)] == isos


# Round 18: seniority asked as a condition of the post is experience with its years; the pay scale's, the staff's are not.
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Conditions : compter une ancienneté de service de 7 ans dans l'enseignement fondamental.", 7.0),
        (PROFILE_HEAD + "- au moins 5 ans d'ancienneté dans l'enseignement de promotion sociale", 5.0),
        ("Conditions d'accès : justifier d'une ancienneté minimale de 4 ans dans le niveau B.", 4.0),
    ],
)
def test_seniority_asked(run: Any, text: str, years: float) -> None:
    found = exps(run, text)
    assert [(y, s) for _, y, s in found] == [(years, "required")]


@pytest.mark.parametrize(
    "text",
    [
        "Nous offrons : reprise d'ancienneté jusqu'à 10 ans, prime d'ancienneté de 3 ans.",
        "Notre équipe a une ancienneté moyenne de 12 ans.",
        "Nous offrons : valorisation de l'ancienneté de 6 ans maximum.",
    ],
)
def test_seniority_of_pay_or_staff_is_not_asked(run: Any, text: str) -> None:
    assert exps(run, text) == []


def lics(run: Any, text: str) -> list[tuple[str, str]]:
    return [(r["category"], r["strength"]) for r in of_kind(run(text), "licence")]


# Round 18: after a comma a singular cue is the last licence's own; a plural one takes the list.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Permis B, BE apprécié.", [("B", "required"), ("BE", "preferred")]),
        ("Permis B, permis G souhaité.", [("B", "required"), ("G", "preferred")]),
        ("Permis B obligatoire, permis C ou BE appréciés.", [("B", "required"), ("C", "preferred"), ("BE", "preferred")]),
        ("Permis C, CE appréciés.", [("C", "preferred"), ("CE", "preferred")]),
    ],
)
def test_licence_cue_after_comma(run: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert lics(run, "Nous recrutons un chauffeur. " + text) == expected


# Round 18: "l'expérience du/de la X" asked by a cue of its sentence; the employer's and the client's are not.
@pytest.mark.parametrize(
    "text",
    [
        "Un atout : le brevet cariste ou l'expérience du pick-to-voice.",
        "L'expérience de la vente en magasin est un plus.",
        "L'expérience des chantiers de rénovation est souhaitée.",
    ],
)
def test_definite_experience_with_cue(run: Any, text: str) -> None:
    assert len(exps(run, "Nous recrutons un vendeur. " + text)) == 1


@pytest.mark.parametrize(
    "text",
    ["L'expérience de nos équipes est un atout pour vous former.", "Rejoignez-nous : vous vivrez l'expérience de la restauration rapide."],
)
def test_definite_experience_not_asked(run: Any, text: str) -> None:
    assert exps(run, "Nous recrutons un vendeur. " + text) == []


# Round 18: a grade, its cue, then the years after a comma or a dash: two items (the grade, and the years).
@pytest.mark.parametrize(
    ("text", "years"),
    [("Expérimenté obligatoire, minimum 3 ans. VCA exigé.", 3.0), ("Profil : confirmé(e) – 5 ans minimum sur chantier.", 5.0)],
)
def test_grade_then_years(run: Any, text: str, years: float) -> None:
    assert [y for _, y, _ in exps(run, "Nous recrutons un maçon. " + text)] == [None, years]


def test_grade_then_contract_is_not_years(run: Any) -> None:
    assert [y for _, y, _ in exps(run, "Nous recrutons un maçon confirmé, CDD de 6 mois.")] == [None]


# Round 18: a cue whose clause names "any other" language or licence grades those, not the items before it.
@pytest.mark.parametrize(
    "text",
    ["- Trilingue FR/NL/EN, toute autre langue est un atout", "- Bilingue français/néerlandais, une autre langue serait un plus"],
)
def test_any_other_language_plus(run: Any, text: str) -> None:
    found = langs(run, PROFILE_HEAD + text)
    assert found and all(s == "required" for _, _, s in found)


def test_any_other_licence_plus(run: Any) -> None:
    assert lics(run, "Nous recrutons un chauffeur. Permis C, tout autre permis est un plus.") == [("C", "required")]


# Round 18: the plural wish after a colon takes the whole list ("néerlandais, arabe : atouts").
def test_plural_atouts_after_colon(run: Any) -> None:
    found = langs(run, "Nous recrutons une éducatrice.\nLangues : néerlandais, arabe : atouts.")
    assert [(i, s) for i, _, s in found] == [("nl", "preferred"), ("ar", "preferred")]


# Round 18: a teaching post's subject named by the adjective ("maître-assistant(e) en langue néerlandaise") is not
# asked; the language asked with the same adjective is.
def test_teaching_post_language_adjective(run: Any) -> None:
    text = "La Haute École recrute un(e) maître-assistant(e) en langue néerlandaise.\nNiveau de langue : néerlandais C2 ; anglais C1 apprécié."
    assert langs(run, text) == [("nl", "C2", "required"), ("en", "C1", "preferred")]
    assert [i for i, _, _ in langs(run, "Nous recrutons un chargé de cours de langue anglaise. Anglais C2 exigé.")] == ["en"]
    assert langs(run, "Nous recrutons un agent. Maîtrise de la langue française exigée.") == [("fr", "B2", "required")]


# Round 18: reading named as the use of a language on a form line ("Anglais : lecture de documentation").
def test_reading_use_is_asked(run: Any) -> None:
    text = "Hôpital public - pharmacien\n• Master en sciences pharmaceutiques\n• Anglais : lecture de documentation scientifique"
    assert [i for i, _, _ in langs(run, text)] == ["en"]


# Round 18: "idéalement" opening a clause of its own before a new noun phrase grades that clause only.
def test_ideal_clause_grades_its_own_clause(run: Any) -> None:
    text = "Le candidat idéal a une formation hôtelière, un anglais courant et idéalement des notions de sommellerie."
    assert langs(run, text) == [("en", "B2", "required")]
    assert lics(run, "Nous recrutons un chauffeur. Permis B et idéalement le permis C.") == [("B", "required"), ("C", "preferred")]


# Round 18: an experience joined to a diploma by "+" is asked; a first experience the job gives is not.
@pytest.mark.parametrize("text", ["Votre profil : CESS (ou CQ6 + expérience), à l'aise avec Excel.", "Profil : CAP maçon + expérience exigée."])
def test_plus_experience(run: Any, text: str) -> None:
    assert [y for _, y, _ in exps(run, text)] == [None]


def test_first_experience_given_is_not_asked(run: Any) -> None:
    text = "Pas de diplôme, pas d'expérience exigée : le contrat sert justement à acquérir une première expérience."
    assert exps(run, text) == [("pas d'expérience exigée", 0.0, "optional")]
    assert exps(run, "Nous recrutons un vendeur. Une première expérience en magasin est souhaitée.") == [("première expérience", 0.5, "preferred")]


# Round 18: three codes without "trilingue" name the languages, no level; "Trilingue FR/NL/EN" is C1.
def test_three_codes_without_trilingual(run: Any) -> None:
    assert [c for _, c, _ in langs(run, "Profil : NL/FR/EN indispensables, 1 à 2 ans d'expérience.")] == [None, None, None]
    assert [c for _, c, _ in langs(run, PROFILE_HEAD + "- Trilingue FR/NL/EN : non négociable")] == ["C1", "C1", "C1"]


# Round 18: "c'est top" is a wish; "mais pas obligatoire" after it keeps it preferred. A predicate after a comma with a
# subject of its own ("la connaissance des Incoterms est un atout") does not grade the items before.
def test_cest_top_and_own_subject(run: Any) -> None:
    assert langs(run, "On cherche un serveur. Si tu parles un peu anglais c'est top mais pas obligatoire.") == [("en", "A2", "preferred")]
    text = "Profil : 1 à 2 ans d'expérience en transit, la connaissance des Incoterms est un atout."
    assert [s for _, _, s in exps(run, text)] == ["required"]


# Round 18: the welcome said by the employer's verb before the noun.
@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Une expérience est souhaitée mais nous étudierons les candidatures de débutantes motivées.", "débutantes motivées"),
        ("Nous examinerons aussi les profils de jeunes diplômés.", "jeunes diplômés"),
    ],
)
def test_welcome_verb_before_beginners(run: Any, text: str, span: str) -> None:
    assert (span, 0.0, "optional") in exps(run, "Nous recrutons une secrétaire. " + text)


# Round 18: beginners trained by the employer are welcome (optional, 0 years); staff trained are not beginners.
@pytest.mark.parametrize(
    ("text", "span"),
    [("Expérience souhaitée, débutants formés sur place.", "débutants formés sur place"), ("Débutant(e)s formé(e)s en interne.", "Débutant(e)s formé(e)s en interne")],
)
def test_beginners_trained(run: Any, text: str, span: str) -> None:
    assert (span, 0.0, "optional") in exps(run, "Nous recrutons des vendeurs. " + text)


def test_staff_trained_is_not_a_welcome(run: Any) -> None:
    assert exps(run, "Nos techniciens sont formés sur place par nos experts.") == []


# Round 18: a licence the employer's verb gives (finances, pays, takes in charge) is a benefit, not asked.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exigences : permis D. Nous finançons le permis D pour les titulaires du permis C.", [("D", "required")]),
        ("Permis B exigé. L'entreprise prend en charge le permis C.", [("B", "required")]),
        ("Permis B requis ; nous payons votre permis CE après la période d'essai.", [("B", "required")]),
    ],
)
def test_licence_given_by_employer(run: Any, text: str, expected: list[tuple[str, str]]) -> None:
    assert lics(run, "Nous recrutons un chauffeur. " + text) == expected


def test_licence_asked_by_employer_verb(run: Any) -> None:
    assert lics(run, "Nous recrutons un chauffeur. Nous vous demandons le permis C.") == [("C", "required")]


def test_living_the_experience_is_not_asked(run: Any) -> None:
    assert exps(run, "La personne accueillie peut faire l'expérience d'autres possibles : rien n'est obligatoire.") == []


# Round 18: a knowledge subject after a comma owns its predicate; a list of what the experience was with does not.
def test_list_after_experience_shares_the_plus(run: Any) -> None:
    text = "Une expérience avec le calcul distribué, le traitement des données temps réel ou les bases NoSQL est un plus."
    assert [s for _, _, s in exps(run, "Nous recrutons un ingénieur. " + text)] == ["preferred"]
