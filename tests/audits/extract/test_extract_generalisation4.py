"""Fourth generalisation round, experience and languages: error classes read on the fourth IT sample
(docs/extraction.md, "Fourth round (experience, languages)"), each tested with French and Belgian sentences written
for the test (no offer text) and with look-alikes that must stay unread."""

from typing import Any

import pytest
from extract_helpers import found, of_kind


def _languages(reqs: list[dict[str, Any]]) -> list[tuple[str, Any, Any]]:
    return [(r["text"], r["language"], r["cefr"]) for r in of_kind(reqs, "language")]


# --- seniority: the accented "sénior", the noun "séniorité", a recruited "collaborateur confirmé" -----------------


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Rejoignez notre équipe de Liège.", "Comptable sénior (H/F)", [("sénior", None)]),
        ("Nous recherchons un(e) gestionnaire de paie sénior pour notre secrétariat social.", "Gestionnaire (H/F)",
         [("sénior", None)]),
        ("Votre séniorité vous permet d'accompagner les stagiaires du service.", "Analyste (H/F)",
         [("Votre séniorité", None)]),
        ("Notre menuiserie familiale recherche un collaborateur confirmé pour l'atelier de Charleroi.", "Menuisier (H/F)",
         [("confirmé", None)]),
        ("La boulangerie engage une vendeuse expérimentée à temps plein.", "Vendeur (H/F)", [("expérimentée", None)]),
    ],
)
def test_seniority_asked(run: Any, text: str, title: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text, title), "experience") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a practice or a skill qualified, not a person
        "Spécialisation confirmée en réseaux industriels.",
        "Pratique confirmée d'un logiciel de comptabilité (Winbooks, BOB).",
        "Maîtrise confirmée des normes de sécurité.",
        # colleagues compared with the candidate
        "Vous guiderez des techniciens moins expérimentés sur les chantiers.",
        "Les profils les plus expérimentés encadrent les nouveaux venus.",
        # a colleague, not the person recruited
        "Vous travaillerez avec un collaborateur confirmé de notre bureau de Mons.",
        # mission sentences naming the post
        "En tant que comptable confirmé, vous tiendrez la comptabilité de nos clients.",
        "En\ntant que Data Analyst Confirmé, vous piloterez les tableaux de bord.",
        "En qualité d'ingénieur de données confirmé, vous interviendrez sur la chaîne de valeur.",
        # the elderly and the company
        "Notre résidence sénior accueille 80 personnes.",
        "La séniorité de nos équipes est notre force.",
    ],
)
def test_seniority_look_alikes_stay_unread(run: Any, text: str) -> None:
    assert found(run(text, "Employé (H/F)"), "experience") == []


# --- experience without the number: "avec", "déjà utilisé", "pris part à", "dont plusieurs années" ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Solide expérience avec les automates Siemens.", [("expérience", None)]),
        ("Connaissance des normes ISO et expérience avec des outils de planification.", [("expérience", None)]),
        ("Vous avez déjà utilisé un logiciel de gestion de stock (SAP, Odoo).",
         [("Vous avez déjà utilisé un logiciel de gestion de stock (SAP, Odoo)", None)]),
        ("Vous avez pris part à des projets de rénovation énergétique.",
         [("Vous avez pris part à des projets de rénovation énergétique", None)]),
        ("8 ans d'expérience en comptabilité, dont plusieurs années en cabinet fiduciaire.",
         [("8 ans d'expérience", 8.0), ("plusieurs années en cabinet fiduciaire", None)]),
        ("Vous avez plusieurs années d'expérience dans la vente de matériaux.",
         [("expérience", None)]),
    ],
)
def test_experience_without_a_number(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "experience") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nous avons une expérience avec les clients du secteur public.",
        "Notre expérience dans le bâtiment est reconnue.",
        "Présente depuis plusieurs années en Wallonie, notre société grandit.",
        "Nos clients nous font confiance depuis plusieurs années dans toute la Belgique.",
        "Vous utiliserez des outils modernes (SAP, Odoo).",
        "L'équipe a pris part à des projets européens.",
    ],
)
def test_experience_look_alikes_stay_unread(run: Any, text: str) -> None:
    assert found(run(text), "experience") == []


# --- languages: a lost apostrophe, a wrapped line, levels the guide does not map, a language with its own article -


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bon niveau danglais (écrit et oral).", [("anglais", "en", "B1")]),
        ("Notions dallemand appréciées pour nos clients d'Eupen.", [("allemand", "de", "A2")]),
        ("Vous travaillerez avec nos clients. Anglais&nbsp;\ncourant indispensable.", [("Anglais", "en", "B2")]),
        ("Néerlandais\ncourant exigé pour notre agence de Bruxelles.", [("Néerlandais", "nl", "B2")]),
        ("Vous parlez un néerlandais opérationnel.", [("néerlandais", "nl", None)]),
        ("Niveau intermédiaire en anglais.", [("anglais", "en", None)]),
        ("Vous maîtrisez le français ainsi qu'un anglais technique suffisant pour lire les notices.",
         [("français", "fr", "B2"), ("anglais", "en", None)]),
        ("Vous maîtrisez le français ainsi qu'un néerlandais courant.", [("français", "fr", "B2"), ("néerlandais", "nl", "B2")]),
        ("Vous avez un bon niveau d'anglais.", [("anglais", "en", "B1")]),
    ],
)
def test_language_wordings(run: Any, text: str, expected: list[tuple[str, Any, Any]]) -> None:
    assert _languages(run(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a glued "d"/"l" before a name that does not start with a vowel is not an elision
        "Le dfrançais est une faute de frappe.",
        # a line that goes on in capitals is a new line, not a wrapped one
        "Clients en Anglais\nCourant électrique : installations en basse tension.",
        "Nous servons une clientèle internationale.",
    ],
)
def test_language_look_alikes_stay_unread(run: Any, text: str) -> None:
    assert _languages(run(text)) == []


# --- experience: a lost apostrophe, "N+ ans" list items, a requirement with its ideal in brackets ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous justifiez dun minimum de 3 années dexpérience en fiduciaire.", [("3 années dexpérience", 3.0)]),
        ("Vous comptez 2 ans dexpérience en crèche.", [("2 ans dexpérience", 2.0)]),
        ("Nos atouts\n- 5+ ans en gestion de chantier.\n- Permis B.", [("5+ ans", 5.0)]),
        ("Vous justifiez d'une expérience solide (idéalement 5 ans) dans l'assistanat de direction.",
         [("expérience", None), ("idéalement 5 ans", 5.0)]),
        ("Vous avez une expérience réussie en vente (de préférence 2 ans) dans le bricolage.",
         [("expérience", None), ("de préférence 2 ans", 2.0)]),
    ],
)
def test_experience_elision_plus_and_ideal(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "experience") == expected


def test_the_ideal_in_brackets_keeps_its_own_strength(run: Any) -> None:
    reqs = of_kind(run("Vous justifiez d'une expérience solide (idéalement 5 ans) dans la comptabilité."), "experience")
    assert [(r["years"], r["strength"]) for r in reqs] == [(None, "required"), (5.0, "preferred")]


@pytest.mark.parametrize(
    "text",
    [
        "Notre société existe depuis 20+ ans en Wallonie.",
        "- 3+ ans de garantie sur nos installations.",
        "Contrat de 12 mois (idéalement 6 mois renouvelable).",
        "Le dexpérience n'est pas un mot.",
    ],
)
def test_experience_elision_plus_and_ideal_look_alikes(run: Any, text: str) -> None:
    assert found(run(text), "experience") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Formation : bachelier en informatique./ * Anglais professionnel nécessaire", [("Anglais", "en", None)]),
        ("Néerlandais nécessaire pour le contact avec nos clients flamands.", [("Néerlandais", "nl", None)]),
    ],
)
def test_language_with_a_necessity_cue(run: Any, text: str, expected: list[tuple[str, Any, Any]]) -> None:
    assert _languages(run(text)) == expected


def test_a_professional_language_in_a_skills_list_stays_unread(run: Any) -> None:
    assert _languages(run("Environnement : Docker, Jenkins, Anglais professionnel, gestion du stress.")) == []


# --- an experience the job offers, asked as a question --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une 1ère expérience ou peut-être le début de carrière au sein de la Défense ?\nRejoignez-nous.", []),
        ("Envie d'une première expérience dans la vente ? Rejoignez notre magasin de Namur !", []),
        ("Vous avez une première expérience en vente ? Rejoignez-nous !", [("première expérience", 0.5)]),
        ("Tu as une expérience en horeca ? Postule !", [("expérience", None)]),
        ("Une première expérience en crèche est souhaitée.", [("première expérience", 0.5)]),
    ],
)
def test_experience_offered_as_a_question(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "experience") == expected
