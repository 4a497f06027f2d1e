"""Round 21, experience by family (from the tenth and eleventh written batches' errors, generalised): years spent on
an activity without the word "expérience" (a minimum after the work, an acronym or a capitalised domain, a bare
profile line, the candidate as a label), seasons and summers, the beginners' welcomes in more frames (a casual "ok", a
complement after the adjective, trained beginners in the present, a question answered by a welcome), "exp"/"expé"
shortened before what qualifies it, seniority after the condition's infinitive, English ("First experience", "a second
experience", "of which N in", "equivalent experience", ", X preferred"), German and Dutch phrases. Each family has
look-alikes that must not fire. Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import of_kind

HEAD = "Notre structure renforce son équipe.\nProfil recherché :\n"


def experiences(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, Any, str]]:
    return [(r["text"], r["years"], r["strength"]) for r in of_kind(run(text, title), "experience")]


def years_found(run: Any, text: str) -> list[Any]:
    return [y for _t, y, _s in experiences(run, text)]


@pytest.mark.parametrize(
    ("line", "years"),
    [
        # a minimum after the work named
        ("Bac pro chaudronnerie. 5 ans de soudure minimum.", 5.0),
        ("CAP coiffure, 3 ans de salon minimum, le sens du service.", 3.0),
        ("+ 4 ans de conduite professionnelle au moins", 4.0),
        ("Permis C. 2 ans de livraison urbaine mini.", 2.0),
        ("Diplôme exigé. 6 ans en cabinet d'audit minimum.", 6.0),
        # a minimum before a domain written as an acronym or a name
        ("Permis CE. 2 ans mini en SPL.", 2.0),
        ("Bac+5 sécurité. 6 ans minimum en SOC.", 6.0),
        ("CACES R482 exigé. Minimum 3 ans sur pelle à chenilles.", 3.0),
        ("Licence RH. Au moins 4 ans chez un éditeur SaaS.", 4.0),
        ("Permis B. Minimum 2 ans comme chef de rang.", 2.0),
        # "N+" is a minimum
        ("🎯 Toi : 3+ ans de dev back-end en production.", 3.0),
        ("Toi : 4+ ans de gestion de paie multi-sociétés.", 4.0),
        # the candidate as a label, a range
        ("Vous : bachelier en comptabilité. 3 à 5 ans en fiduciaire.", 3.0),
        ("Vous : BTS CG. 2 à 4 ans en cabinet comptable.", 2.0),
        # a bare profile line
        ("BTS SAM ou Licence LEA\n5 ans en cabinet ou direction générale", 5.0),
        ("Titre pro secrétaire\n3 ans dans un service juridique", 3.0),
    ],
)
def test_years_without_the_word(run: Any, line: str, years: float) -> None:
    assert years in years_found(run, HEAD + line)


@pytest.mark.parametrize(
    "line",
    [
        "CDD de 3 ans minimum, renouvelable.",
        "Avantages : au moins 2 ans en télétravail partiel.",
        "Garantie : 3 ans de garantie minimum sur nos produits.",
        "Vous devez avoir 18 ans minimum.",
        "L'entreprise existe depuis 30 ans en Bretagne.",
    ],
)
def test_years_look_alikes(run: Any, line: str) -> None:
    assert years_found(run, HEAD + line) == []


@pytest.mark.parametrize(
    "line",
    [
        "quelqu'un qui a déjà fait du rush en brasserie (2 saisons min.)",
        "Une saison de taille minimum est demandée.",
        "Minimum 3 saisons en cuisine.",
        "brevet d'animateur + 2 étés d'expérience comme animateur·rice.",
    ],
)
def test_seasons(run: Any, line: str) -> None:
    found = experiences(run, HEAD + line)
    assert found and all(y is None for _t, y, _s in found)


def test_season_contract_is_not_experience(run: Any) -> None:
    assert experiences(run, "Nous proposons un contrat saisonnier pour la saison d'été 2027.") == []


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("Minimum 1 an en cuisine pour le cuisinier, débutant ok pour commis.", "débutant ok"),
        ("Débutants OK, on forme.", "Débutants OK"),
        ("Les jeunes diplômés motivés par le terrain sont aussi les bienvenus.", "jeunes diplômés motivés par le terrain sont aussi les bienvenus"),
        ("Les débutantes passionnées de mécanique sont acceptées.", "débutantes"),
        ("Expérience en transport sanitaire appréciée, débutants formés.", "débutants formés"),
        ("Une expérience est un plus, mais les débutants sont formés chez nous.", "les débutants sont formés chez nous"),
        ("Débutant(e)s formé(e)s en interne.", "Débutant(e)s formé(e)s en interne"),
        ("Premier emploi ? Bienvenue !", "Premier emploi ? Bienvenue"),
        ("Pas d'expérience ? Pas grave.", "Pas d'expérience ? Pas grave"),
        ("Débutant ? On te forme.", "Débutant ? On te forme"),
        ("Jeune diplômé ? Ta candidature nous intéresse.", "Jeune diplômé ? Ta candidature nous intéresse"),
    ],
)
def test_beginners_welcome(run: Any, line: str, span: str) -> None:
    found = experiences(run, HEAD + line)
    assert any((span in t or t in span) and y == 0.0 and s == "optional" for t, y, s in found), found


@pytest.mark.parametrize(
    "line",
    [
        "Vous formerez les débutants de l'équipe.",
        "Les débutants seront formés par nos soins pendant 3 semaines.",
        "Cours pour débutants le samedi.",
    ],
)
def test_beginners_look_alikes(run: Any, line: str) -> None:
    assert not any(y == 0.0 for _t, y, _s in experiences(run, HEAD + line))


def test_welcome_condition_is_not_a_second_item(run: Any) -> None:
    found = experiences(run, HEAD + "Pas d'expérience ? Pas grave si tu as déjà bidouillé chez toi.")
    assert [t for t, _y, _s in found] == ["Pas d'expérience"]


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Permis B + attestation obligatoires.Exp souhaitée.", None),
        ("- Exp. similaire exigée", None),
        ("Une première expé en transport de patients, c'est bien.", 0.5),
        ("CAP maçon ou exp. equivalente (3 ans min).", 3.0),
        ("EXP EN RESTAURATION APPRÉCIÉE", None),
    ],
)
def test_exp_abbreviation(run: Any, line: str, years: Any) -> None:
    assert years in years_found(run, HEAD + line)


@pytest.mark.parametrize("line", ["Réf. EXP-2031 à rappeler.", "Date d'exp. du contrat : 2027."])
def test_exp_abbreviation_look_alikes(run: Any, line: str) -> None:
    assert experiences(run, HEAD + line) == []


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Être nommé à titre définitif et avoir 7 ans d'ancienneté de service.", 7.0),
        ("Conditions : compter 5 ans d'ancienneté dans l'enseignement.", 5.0),
    ],
)
def test_seniority_after_the_condition(run: Any, line: str, years: float) -> None:
    assert years in years_found(run, HEAD + line)


def test_staff_seniority_is_not_asked(run: Any) -> None:
    assert years_found(run, "Les agents ayant 2 ans d'ancienneté bénéficient d'une prime.") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- First experience in a customer service role is a plus", ("First experience in a customer service role", 0.5)),
        ("- first experience in retail", ("first experience in retail", 0.5)),
        ("Nice to have: Salesforce certification, a second experience abroad.", ("second experience", None)),
        ("- 7+ years in information security, of which 3 in consulting", ("of which 3 in consulting", 3.0)),
        ("- 10 years of experience in finance, of which at least 4 as CFO", ("of which at least 4 as CFO", 4.0)),
        ("- 2-4 years in customer success or account management, SaaS preferred", ("SaaS preferred", None)),
        ("- 3+ years in B2B sales, ideally in retail", ("ideally in retail", None)),
        ("Ihr Profil: Lehre oder Abitur, erste Erfahrung im Verkauf, Deutsch fließend.", ("erste Erfahrung im Verkauf", 0.5)),
        ("Erfahrungen im Einzelhandel von Vorteil.", ("Erfahrungen im Einzelhandel", None)),
        ("1 jaar ervaring = 1 an d'expérience minimum.", ("1 jaar ervaring", 1.0)),
        ("Minimaal 3 jaar werkervaring als elektricien.", ("3 jaar werkervaring", 3.0)),
        ("Eerste ervaring in de verkoop, rijbewijs B.", ("Eerste ervaring in de verkoop", 0.5)),
    ],
)
def test_foreign_phrases(run: Any, line: str, expected: tuple[str, Any]) -> None:
    found = experiences(run, "What we are looking for:\n" + line)
    assert any(expected[0] in t and y == expected[1] for t, y, _s in found), found


@pytest.mark.parametrize(
    "line",
    [
        "- Bachelor in logistics or equivalent through experience",
        "- Master's degree or equivalent experience",
        "- Bachelor's degree or equivalent work experience",
    ],
)
def test_equivalent_experience_chains_with_the_diploma(run: Any, line: str) -> None:
    reqs = run("Requirements:\n" + line)
    exp = [r for r in of_kind(reqs, "experience") if "equivalent" in r["text"]]
    dipl = of_kind(reqs, "diploma")
    assert exp and dipl and exp[0]["alternative_group"] is not None and exp[0]["alternative_group"] == dipl[0]["alternative_group"]


def test_glued_sentence_splits_word_and_years(run: Any) -> None:
    found = experiences(run, "Profil :BTS MS ; à défaut Bac pro MEI avec expérience.3 ans minimum en maintenance.")
    texts = [t for t, _y, _s in found]
    assert any(t.endswith("expérience") for t in texts) and any(t.startswith("3 ans minimum") for t in texts), texts


def test_ideal_after_min_abbreviation(run: Any) -> None:
    found = experiences(run, HEAD + "- Min. 3 ans d'expérience comme délégué terrain, idéalement dans l'outillage")
    assert ("idéalement dans l'outillage", None, "preferred") in found
