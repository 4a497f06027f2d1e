"""Protected criteria and their clean look-alikes (Belgian law of 10 May 2007, 30 July 1981, Walloon decree 2008)."""

from typing import Any

import pytest
from extract_helpers import of_kind


def criteria(run: Any, text: str, title: str = "Employé (H/F)") -> set[str]:
    return {r["criterion"] for r in of_kind(run(text, title), "protected_criterion")}


@pytest.mark.parametrize(
    ("text", "criterion"),
    [
        ("Vous avez entre 25 et 35 ans.", "age"),
        ("Nous recherchons un jeune vendeur motivé.", "age"),
        ("Rejoignez une équipe jeune et dynamique !", "age"),
        ("Candidat de moins de 30 ans.", "age"),
        ("Nous recherchons une femme pour ce poste.", "sex"),
        ("Nationalité belge exigée.", "nationality"),
        ("Candidat d'origine belge de préférence.", "origin"),
        ("Bonne présentation exigée.", "physical_appearance"),
        ("Vous êtes en bonne santé.", "health"),
        ("Poste réservé aux personnes valides.", "disability"),
        ("Sans enfants de préférence, les horaires sont variables.", "family_status"),
        ("Célibataire de préférence.", "civil_status"),
        ("Vous êtes catholique pratiquant.", "religion"),
        ("Aucune affiliation politique n'est acceptée.", "political"),
        ("Candidats non syndiqués uniquement.", "union"),
        ("Vous êtes propriétaire de votre logement.", "wealth"),
        ("Candidat né en Belgique.", "birth"),
        ("Issu d'un bon milieu.", "social_origin"),
        ("Orientation sexuelle : hétérosexuel.", "sexual_orientation"),
        ("Néerlandais langue maternelle.", "language_origin"),
    ],
)
def test_each_criterion_fires(run: Any, text: str, criterion: str) -> None:
    assert criterion in criteria(run, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jeune entreprise innovante, nous recrutons un technicien (H/F).",
        "Accompagner chaque jeune dans son projet.",
        "Tous nos postes sont ouverts aux personnes en situation de handicap.",
        "Nous recrutons sans distinction d'âge, de sexe ou d'origine.",
        "Vente de fromages d'appellation d'origine contrôlée.",
        "Mutuelle familiale et ambiance familiale.",
        "Vous travaillerez dans le secteur de la santé.",
        "Vous assurez la bonne présentation des produits en rayon.",
        "Titre de séjour et permis de travail valides.",
        "Remplacement d'un congé de maternité.",
        "Homme ou femme de terrain, vous aimez le contact.",
        "Vous avez plus de 10 ans d'expérience.",
        "Entreprise familiale fondée il y a plus de 50 ans.",
        "Candidats âgés de 18 ans au moins, âge légal pour le travail de nuit.",
    ],
)
def test_clean_look_alikes_do_not_fire(run: Any, text: str) -> None:
    assert criteria(run, text) == set()


def test_one_gender_title_without_hf(run: Any) -> None:
    assert "sex" in criteria(run, "Vente en boutique.", title="Vendeuse")
    assert "sex" not in criteria(run, "Vente en boutique.", title="Vendeuse (H/F)")
    assert "sex" not in criteria(run, "Vente en boutique.", title="Vendeur / Vendeuse")
    assert "sex" not in criteria(run, "Vente en boutique.", title="Vendeur(se)")


def test_junior_is_age_but_junior_accepted_is_an_open_door(run: Any) -> None:
    assert "age" in criteria(run, "Poste de comptable junior.")
    reqs = run("Bac+3 recommandé, profil junior accepté.")
    assert "age" not in {r["criterion"] for r in of_kind(reqs, "protected_criterion")}
    assert [r["years"] for r in of_kind(reqs, "experience")] == [0.0]


def test_feminine_colleague_is_not_the_person_sought(run: Any) -> None:
    assert criteria(run, "Sous la responsabilité de la directrice, vous serez accompagné(e) d'une assistante.") == set()
    assert "sex" in criteria(run, "Le cabinet recherche une secrétaire médicale pour son accueil.")
