"""Second generalisation round: error classes read on the fresh IT sample (docs/extraction.md, "Second round"),
each tested with French and Belgian sentences written for the test (no offer text) and with look-alikes that must
stay unread."""

from typing import Any

import pytest
from extract_helpers import found, of_kind

# --- experience: durations without the word -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profil recherché :\n- Minimum 5 ans en développement web, dont 2 ans en rôle de chef de projet.", [("Minimum 5 ans", 5.0), ("2 ans", 2.0)]),
        ("Votre profil :\n- Au moins 3 ans sur des projets similaires\n- Permis B", [("Au moins 3 ans", 3.0)]),
        ("Votre profil :\n- 4 ans minimum dans la comptabilité d'une PME liégeoise", [("4 ans minimum", 4.0)]),
        ("Niveau d'expérience min. requis\nPlus de 3 ans\nLangues\nAnglais courant", [("Plus de 3 ans", 3.0)]),
        ("Durée du contrat\n6 mois\nExpérience\n2 ans", [("2 ans", 2.0)]),
        ("Expertise reconnue, minimum 5 ans, sur des sujets comptables.", [("Expertise reconnue, minimum 5 ans", 5.0)]),
        ("Compétences :\n- Expertise confirmée supérieure à 8 ans en SQL", [("Expertise confirmée supérieure à 8 ans", 8.0)]),
        ("Vous justifiez de 3 ans comme chef d'équipe ou en poste de contremaître.", [("3 ans", 3.0)]),
        ("Mission de 6 mois comme remplaçant d'un comptable.", []),
        ("Profil :\nBachelier en gestionExpérience de 2 ans minimum avec SAP.", [("Expérience de 2 ans minimum", 2.0)]),
        ("Fort(e) de 5 ans d'expérience en comptabilité, vous gérez les clôtures.", [("5 ans d'expérience", 5.0)]),
    ],
)
def test_duration_asked_by_its_place(run: Any, text: str, expected: list[tuple[str, float]]) -> None:
    assert found(run(text), "experience") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Votre profil :\n- Contrat de 6 mois minimum\n- Minimum 6 mois en CDD",
        "Nos missions :\n- Minimum 5 ans de garantie sur nos produits",
        "Avantages :\n- Au moins 2 ans en télétravail partiel",
        "Nous sommes une entreprise riche de 20 ans d'expérience dans le bâtiment.",
        "Forte de 30 ans d'expertise, notre société est leader en Wallonie.",
        "Durée du contrat\n6 mois",
        "Une entité de 75 personnes et une expertise de 15 ans en hydraulique.",
        "Nos 3 atouts : expertise de l'eau (depuis + de 80 ans), proximité, innovation.",
    ],
)
def test_durations_that_are_not_experience(run: Any, text: str) -> None:
    assert of_kind(run(text), "experience") == []


# --- experience: the bare word ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Au cours de vos expériences professionnelles, vous avez piloté des projets.",
        "Lors de ses expériences passées, le candidat a managé une équipe.",
        "Nous capitalisons sur notre retour d'expérience en la matière.",
        "Nous te proposons bien plus qu'un poste : une expérience professionnelle enrichissante.",
        "Nos atouts.Une expérience unique vous attend chez nous.",
    ],
)
def test_experience_word_that_asks_nothing(run: Any, text: str) -> None:
    assert of_kind(run(text), "experience") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Votre profil :\n- Expérience : une première expérience réussie en réseau", [("première expérience", 0.5)]),
        ("Votre profil :\n- Expérience : souhaitée dans le secteur", [("Expérience", None)]),
        ("Maîtrise de SQL.Une expérience avec les outils BI est un atout.", [("expérience", None)]),
        ("Exépérience en gestion d'équipes mixtes", [("Exépérience", None)]),
    ],
)
def test_experience_word_that_asks(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "experience") == expected


def test_a_label_before_its_mention_is_not_a_second_item_and_a_glued_sentence_keeps_its_cue(run: Any) -> None:
    reqs = run("Maîtrise de SQL.Une expérience avec les outils BI est un atout.")
    assert [r["strength"] for r in of_kind(reqs, "experience")] == ["preferred"]


# --- experience: seniority words as tool levels ---------------------------------------------------------


def test_tool_levels_in_a_skills_list_are_not_seniority(run: Any) -> None:
    text = "Compétences requises\nPower BI confirmé :\nCréation de rapports\nWallix - Confirmé\nTectia - Confirmé\nExcel : expérimenté"
    assert of_kind(run(text), "experience") == []


@pytest.mark.parametrize(
    "text",
    [
        "Poste : Comptable - confirmé",
        "Nous recherchons un cuisinier - confirmé",
        "Vous êtes un développeur confirmé.",
        "Intitulé du poste\nData Engineer confirmé H/F",
    ],
)
def test_seniority_of_the_person_sought_stays(run: Any, text: str) -> None:
    assert [r["text"] for r in of_kind(run(text), "experience")] == ["confirmé"]


# --- languages ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Consultant SAP – FR/AN (H/F)", "Nous recherchons un consultant parlant français et anglais.", [("fr", None), ("en", None), ("fr", None), ("en", None)]),
        # convention 2 (round 16): codes in a job title name the languages, no level
        ("Vendeur FR/NL (H/F)", "Accueil des clients à Bruxelles.", [("fr", None), ("nl", None)]),
        ("Vendeur FR/EN (H/F)", "Accueil des clients à Bruxelles.", [("fr", None), ("en", None)]),
        ("Vendeur bilingue FR/EN (H/F)", "Accueil des clients à Bruxelles.", [("fr", "C1"), ("en", "C1")]),
        ("Employé (H/F)", "Curieux et doté d'un bon esprit critiqueFrançais et Anglais courants", [("fr", "B2"), ("en", "B2")]),
        ("Employé (H/F)", "Les candidats parlant néerlandais sont les bienvenus.", [("nl", None)]),
        ("Employé (H/F)", "Score minimum requis au TOEIC en anglais\nPlus de 850", [("en", "B2")]),
        ("Employé (H/F)", "Anglais : TOEIC 800 minimum exigé.", [("en", "B2")]),
        ("Employé (H/F)", "Un score TOEIC supérieur à 600 en anglais est souhaité.", [("en", "B1")]),
        ("Employé (H/F)", "Anglais courant. Prime TOEIC de 300 € par an.", [("en", "B2")]),
    ],
)
def test_language_codes_cues_glued_names_and_test_scores(run: Any, title: str, text: str, expected: list[tuple[str, Any]]) -> None:
    assert [(r["language"], r["cefr"]) for r in of_kind(run(text, title=title), "language")] == expected


# (round 15: "TOEIC 600 minimum exigé" left this list — the guide's convention 7 makes a TOEIC score a language item,
# tested in test_extract_round15_lang.py)
@pytest.mark.parametrize("text", ["La plateforme JavaScript, TypeScript et NodeJS.", "Le portail est disponible en FR."])
def test_no_language_invented(run: Any, text: str) -> None:
    assert of_kind(run(text), "language") == []


# --- strength: "souhaiter" as a verb ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("Si tu souhaites intégrer une équipe, tu as 3 ans d'expérience en DevOps.", "required"),
        ("L'entreprise souhaite recruter un comptable avec 2 ans d'expérience.", "required"),
        ("Expérience de 2 ans souhaitée dans le secteur.", "preferred"),
        ("Vous avez idéalement 2 ans d'expérience, ce que nous souhaitons vivement.", "preferred"),
    ],
)
def test_souhaiter_as_a_verb_is_no_cue(run: Any, text: str, strength: str) -> None:
    assert [r["strength"] for r in of_kind(run(text), "experience")] == [strength]


# --- diplomas ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diplômé d'un bac+5 (master), vous avez le sens du service.", [("bac+5", 7), ("master", 7)]),
        ("Vous êtes diplômé(e) de niveau Master ou Ingénieur", [("Master", 7), ("Ingénieur", 7)]),
        ("Titulaire d'un bachelier ou Ingénieur.", [("bachelier", 6), ("Ingénieur", 7)]),
        ("Master ou ingénieur commercial avec 3 ans d'expérience.", [("Master", 7)]),
        ("Diplôme d'État d'Éducateur Spécialisé (DEES)", [("Diplôme d'État d'Éducateur Spécialisé", 6)]),
        ("Bac+2 (BTS)", [("Bac+2", 5), ("BTS", 5)]),
    ],
)
def test_examples_of_a_level_and_the_engineer_alternative(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Votre profil :\nExpérience : Minimum 3 ans d'expérience dans un rôle similaire.", [("Minimum 3 ans d'expérience", 3.0)]),
        ("POSTE : Comptable Senior - Liège H/F\nDESCRIPTION : notre cabinet grandit.", [("Senior", None)]),
        ("Vous avez eu l'occasion de travailler sur plusieurs projets de migration.", [("Vous avez eu l'occasion de travailler sur plusieurs projets de migration", None)]),
        ("Vous avez participé à des projets organisés en Scrum.", [("Vous avez participé à des projets organisés en Scrum", None)]),
        ("En tant que Senior, vous encadrerez deux juniors.", []),
        ("Vous avez participé à la vie associative de votre quartier ? Parlez-nous en.", []),
        ("Vous participerez à des projets variés.", []),
        ("Vous avez envie de participer à des projets ambitieux ?", []),
    ],
)
def test_experience_label_title_repeated_and_past_work(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "experience") == expected


# --- certifications and the protected ceiling on experience ----------------------------------------------


def _certs(reqs: list[dict[str, Any]]) -> list[str]:
    return [r["code"] for r in of_kind(reqs, "certification")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CyberArk (Vault, CPM, PSM, PVWA) - Expert", []),
        ("Certification Scrum PSM I appréciée.", ["SCRUM", "PSM I"]),
        ("Vous êtes certifié PSM.", ["PSM"]),
        ("Gestion de produits (idéalement certif PSPO).", ["PSPO"]),
        ("Certifié sur un ou plusieurs produits Atlassian.", ["Atlassian"]),
        ("Vous êtes certifié ITIL et/ou Scrum Master / Product Owner.", ["ITIL", "SCRUM MASTER", "Product Owner"]),
        ("Rattaché au Product Owner, vous êtes certifié ITIL.", ["ITIL"]),
        ("Notre société est certifiée sur les solutions SAP.", []),
        ("Outils AtlassianCertifié sur les produits Atlassian.Certifié ITIL ou Scrum Master / Product OwnerAdepte du travail en équipe", ["Atlassian", "ITIL", "SCRUM MASTER", "Product Owner"]),
        ("Notre partenaireCertifié Microsoft", []),
    ],
)
def test_vendor_certifications_second_round(run: Any, text: str, expected: list[str]) -> None:
    assert _certs(run(text)) == expected


@pytest.mark.parametrize(
    ("text", "protected"),
    [
        ("3 à 4 ans d'expérience maximum sur des projets Power BI", ["age"]),
        ("Vous avez 5 ans d'expérience au plus dans la vente.", ["age"]),
        ("Minimum 3 ans d'expérience, idéalement 5 ans au maximum en poste.", []),
        ("Minimum 3 ans d'expérience en comptabilité.", []),
    ],
)
def test_ceiling_on_experience_is_an_age_criterion(run: Any, text: str, protected: list[str]) -> None:
    assert [r["criterion"] for r in of_kind(run(text), "protected_criterion")] == protected


# --- strength: "not required" said of a plus ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("Compétences qui peuvent être un plus :\n- Méthodes Agile.\n- Capacité à animer une réunion en anglais (non obligatoire).", "preferred"),
        ("Profil :\n- Anglais (non obligatoire)", "optional"),
        ("Anglais non obligatoire mais apprécié.", "preferred"),
    ],
)
def test_not_required_under_a_plus_is_preferred(run: Any, text: str, strength: str) -> None:
    assert [r["strength"] for r in of_kind(run(text), "language")] == [strength]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vous avez une formation en Bâtiment, Génie Civil ou Matériaux (Bac +2 à Bac +5).", [("Bac +2 à Bac +5", 5)]),
        ("Diplômé d'une formation Ingénieur, Master 2 BAC+5 ou équivalent.", [("formation Ingénieur", 7), ("Master 2 BAC+5", 7)]),
        ("De formation Ingénieur en Informatique (Bac +5) ou équivalent.", [("formation Ingénieur en Informatique (Bac +5)", 7)]),
        ("BTS Bac+2 exigé.", [("BTS Bac+2", 5)]),
        ("Master ou Bac+5", [("Master", 7), ("Bac+5", 7)]),
        ("Bachelier ou Bac+5", [("Bachelier", 6), ("Bac+5", 7)]),
        ("Bac+5 (Master ou école d'ingénieur)", [("Bac+5", 7), ("Master", 7), ("école d'ingénieur", 7)]),
        ("Notre école accueille 5 000 étudiants dans ses 40 diplômes (BTS, Bachelors, Mastères).", []),
        ("Nos étudiants viennent de partout ; vous êtes titulaire d'un BTS.", [("BTS", 5)]),
        ("Tu prépares une formation de niveau Ingénieur en alternance.", []),
    ],
)
def test_a_diploma_with_its_level_restated_and_a_school_s_own_diplomas(run: Any, text: str, expected: list[tuple[str, Any]]) -> None:
    assert found(run(text), "diploma") == expected
