"""Round 20, French language requirements: wording families from the eighth and ninth written batches' errors, each
with variants written for the test (other frames, orders, capitals, brackets) and look-alikes that must give nothing.
Sentences written for the test (no ad text)."""

from typing import Any

import pytest
from extract_helpers import of_kind


def langs(run: Any, text: str, title: str = "Employé (H/F)") -> list[tuple[str, Any, Any, str]]:
    return [(r["text"], r["language"], r["cefr"], r["strength"]) for r in of_kind(run(text, title=title), "language")]


def isos(run: Any, text: str) -> list[str]:
    return [r[1] for r in langs(run, text)]


# Belgian language certificates in their other wordings: the second language by its rank, the article alone, the body
# under its other names; one item, Dutch.
@pytest.mark.parametrize(
    "text",
    [
        "Profil : master en droit ; certificat de connaissance de la seconde langue (article 8 des lois coordonnées) délivré par BOSA - Selor.",
        "Le certificat de connaissance élémentaire de la deuxième langue est exigé.",
        "Vous disposez du brevet de l'article 9 §2 (SPF BOSA).",
        "L'attestation Talent.brussels de connaissance de la seconde langue est un atout.",
        "La réussite de l'examen linguistique Selor (article 12) est un atout.",
        "L'examen de l'article 7 est obligatoire pour la nomination.",
        "ATTESTATION DE CONNAISSANCE DE L'AUTRE LANGUE NATIONALE : EXIGÉE.",
    ],
)
def test_language_certificate_wordings(run: Any, text: str) -> None:
    found = langs(run, text)
    assert len(found) == 1 and found[0][1] == "nl", found


@pytest.mark.parametrize(
    "text",
    [
        "Vous êtes engagé sous contrat article 60 §7.",
        "L'attestation article 60 est fournie par le CPAS.",
        "Le présent article 12 du règlement prévoit un test de connaissances en informatique.",
        "Certificat de l'article 3 du décret sur la sécurité.",
    ],
)
def test_articles_that_are_not_language_certificates(run: Any, text: str) -> None:
    assert langs(run, text) == []


def test_certificate_held_or_to_obtain_in_the_passive(run: Any) -> None:
    found = langs(run, "Le brevet linguistique BOSA (article 9 §1er) est exigé ou devra être obtenu dans l'année.")
    assert [(f[1], f[3]) for f in found] == [("nl", "preferred")]


@pytest.mark.parametrize(
    "text",
    [
        "Bilingue FR/NL (certificat Selor article 9 ou engagement à l'obtenir).",
        "Vous êtes bilingue français-néerlandais (brevet linguistique SPF BOSA art. 8 ou à obtenir dans l'année).",
    ],
)
def test_certificate_bracketed_after_a_bilingual_pair_is_one_more_item(run: Any, text: str) -> None:
    found = langs(run, text)
    assert len(found) == 3 and any(f[0].lower().startswith(("certificat", "brevet")) for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Parfait bilingue français/néerlandais (test linguistique prévu).",
        "Tu es bilingue FR/NL (tests linguistiques pendant la sélection).",
    ],
)
def test_language_test_of_the_selection_after_a_pair_is_not_an_item(run: Any, text: str) -> None:
    assert len(langs(run, text)) == 2


def test_certificate_bracketed_after_the_one_language_it_attests_is_its_proof(run: Any) -> None:
    found = langs(run, "Connaissance suffisante du néerlandais (attestation Selor article 12 ou à obtenir).")
    assert [f[0] for f in found] == ["néerlandais"]


def test_certificate_not_suppressed_by_another_language_after_it(run: Any) -> None:
    found = langs(run, "Profil : certificat de connaissance de la seconde langue (article 8) ou à présenter dans le stage ; maîtrise de l'anglais : un atout.")
    assert [f[1] for f in found] == ["nl", "en"]


@pytest.mark.parametrize(
    ("text", "cefr"),
    [
        ("Certificat de connaissance approfondie du néerlandais exigé.", "C1"),
        ("Brevet linguistique de connaissance approfondie du néerlandais.", "C1"),
    ],
)
def test_certificate_of_thorough_knowledge_is_c1(run: Any, text: str, cefr: str) -> None:
    assert [f[2] for f in langs(run, text)] == [cefr]


def test_language_of_an_immersion_class_is_not_the_item(run: Any) -> None:
    found = langs(run, "Atout : formation en immersion néerlandais et certificat de connaissance approfondie du néerlandais.")
    assert [(f[1], f[2]) for f in found] == [("nl", "C1")]


# Said not needed, in the frames the language alone does not read: the negation before, after the chain, "no problem".
@pytest.mark.parametrize(
    "text",
    [
        "Vous connaissez Winbooks.\nPas de néerlandais requis.",
        "Aucune connaissance du néerlandais n'est exigée.",
        "Expérience en gériatrie : un plus. Néerlandais ou anglais : non requis.",
        "FRANÇAIS, NÉERLANDAIS ET ANGLAIS : PAS NÉCESSAIRES.",
        "Pas besoin de parler anglais pour ce poste.",
        "Sans exigence d'allemand.",
        "Vous ne parlez que français ? Aucun problème.",
        "Tu ne parles pas néerlandais ? Pas de souci, on t'accompagne.",
        "Les candidats dont la langue maternelle n'est pas le français sont les bienvenus.",
    ],
)
def test_language_said_not_needed_in_other_frames(run: Any, text: str) -> None:
    assert langs(run, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pas besoin de parler anglais, mais le néerlandais est un atout.",
        "Sans connaissance du néerlandais, vous ne pourrez pas travailler ici : néerlandais courant exigé.",
    ],
)
def test_not_needed_look_alikes_keep_the_language_asked(run: Any, text: str) -> None:
    assert "nl" in isos(run, text)


def test_not_needed_with_a_wish_stays_asked(run: Any) -> None:
    assert isos(run, "Pas d'anglais exigé, mais un plus.") == ["en"]


# The languages as a sentence (or a semicolon clause) of their own, or with the use they serve.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Restaurant à Namur. Français et anglais pour les clients internationaux. Horaire flexible.", ["fr", "en"]),
        ("Atelier à Andenne. Expérience de 2 ans. Français. Anglais : notions suffisantes.", ["fr", "en"]),
        ("Pas de diplôme requis. Français ou néerlandais ; anglais de base. Horaire 6h-14h.", ["fr", "nl", "en"]),
        ("Vendeur en boutique. Français, anglais. Horaire flexible.", ["fr", "en"]),
        ("Vendeur en boutique. FRANÇAIS ET ANGLAIS. Horaire flexible.", ["fr", "en"]),
        ("Réceptionniste. Anglais pour accueillir la clientèle touristique. CDI.", ["en"]),
        ("Cuisine française traditionnelle. Allemand.", ["de"]),
    ],
)
def test_languages_as_a_sentence_of_their_own(run: Any, text: str, expected: list[str]) -> None:
    assert isos(run, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nous recherchons un professeur. Français pour les élèves de 3e. Horaire à convenir.",
        "Nos cours : mathématiques, histoire. La cuisine française est notre fierté.",
        "Le site existe en français et en anglais.",
        "Notre bureau de Namur\nNéerlandais\nNos valeurs",
    ],
)
def test_sentence_look_alikes_give_nothing(run: Any, text: str) -> None:
    assert langs(run, text) == []


# Names glued in lower case to the previous item where list markup was stripped, before a level word.
@pytest.mark.parametrize(
    ("text", "iso", "cefr"),
    [
        ("Votre profil :1 an d'expérience souhaitéfrançais courant, permis B", "fr", "B2"),
        ("Votre profil :2 ans d'expérience idéalementfrançais langue maternelle", "fr", "C2"),
        ("Profil :bachelier en comptabilitéanglais professionnel exigé", "en", None),
        ("Profil :CESS techniqueallemand niveau B1", "de", "B1"),
    ],
)
def test_glued_lower_case_names_before_a_level(run: Any, text: str, iso: str, cefr: Any) -> None:
    found = langs(run, text)
    assert [(f[1], f[2]) for f in found] == [(iso, cefr)]


def test_glued_lower_case_needs_a_level_word(run: Any) -> None:
    assert langs(run, "Une équipe dynamiquefrançais et belge, située à Namur.") == []


# Regional languages after a knowledge or speaking word.
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("La maîtrise du breton n'est pas requise, mais c'est un atout.", "br"),
        ("Des notions d'occitan seraient un plus.", "oc"),
        ("Vous parlez corse ? C'est un atout.", "co"),
        ("Connaissance du wallon appréciée pour les animations.", "wa"),
        ("NOTIONS DE PROVENÇAL : UN PLUS.", "oc"),
    ],
)
def test_regional_languages(run: Any, text: str, iso: str) -> None:
    assert isos(run, text) == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "Restaurant sur le littoral breton, cuisine corse et créole.",
        "Connaissance du tissu économique wallon appréciée.",
        "Entreprise picarde implantée à Amiens.",
    ],
)
def test_regional_names_that_are_places_or_dishes(run: Any, text: str) -> None:
    assert langs(run, text) == []


# "Un peu de …": a little of the language, A2; "pas obligé" makes it optional.
@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("Un peu de néerlandais c'est cool mais pas obligé.", "optional"),
        ("Un petit peu d'espagnol serait top.", "preferred"),
        ("Un peu de néerlandais.", "required"),
    ],
)
def test_a_little_of_the_language(run: Any, text: str, strength: str) -> None:
    found = langs(run, text)
    assert [(f[2], f[3]) for f in found] == [("A2", strength)]


def test_a_little_of_something_else_is_not_the_language(run: Any) -> None:
    assert langs(run, "Il faut un peu de patience et de l'entregent.") == []
