"""Round 12, glued text: an ad whose markup was stripped runs its lines together ("Votre profilMaster en
architectureExpérience de 3 ans"). The cleaning step reads such a junction as a line break without moving any offset
into the original string. Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import diploma_levels, found, of_kind

from audits.extract.scope import Layout
from audits.extract.textmap import clean_text, glue_junctions


def _lines(text: str) -> list[str]:
    return clean_text(text).text.split("\n")


# --- the cleaning step: where a junction is, and the map back to the original --------------------------------------


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a lower-case word glued to a capitalised one
        ("Votre profilMaster en architecture", ["Votre profil", "Master en architecture"]),
        ("DEAS obligatoirePermis B obligatoire", ["DEAS obligatoire", "Permis B obligatoire"]),
        ("Vos missionsDéveloppement d'applications", ["Vos missions", "Développement d'applications"]),
        ("Connaissance du néerlandais un plusExpérience en fiduciaire", ["Connaissance du néerlandais un plus", "Expérience en fiduciaire"]),
        ("Description du posteEn tant que technicien", ["Description du poste", "En tant que technicien"]),
        ("Tu prépares un Bac+5 en dataTu as une bonne compréhension", ["Tu prépares un Bac+5 en data", "Tu as une bonne compréhension"]),
        # ... or to a capitalised acronym of a requirement
        ("Permis B souhaitableVCA de base", ["Permis B souhaitable", "VCA de base"]),
        ("Connaissances SQL exigéesCACES 3 apprécié", ["Connaissances SQL exigées", "CACES 3 apprécié"]),
        # a sentence end, a closing bracket
        ("Nous outillons la production.Profil recherché", ["Nous outillons la production.", "Profil recherché"]),
        ("Expérience avec une API REST.Profil recherché", ["Expérience avec une API REST.", "Profil recherché"]),
        ("Pourquoi nous rejoindre ?Une équipe soudée", ["Pourquoi nous rejoindre ?", "Une équipe soudée"]),
        ("Technicien de maintenance (H/F)Profil recherché", ["Technicien de maintenance (H/F)", "Profil recherché"]),
        ("Anglais courant (B2)Permis B", ["Anglais courant (B2)", "Permis B"]),
        # a heading word glued to what it heads
        ("PROFILBac+2 en comptabilité", ["PROFIL", "Bac+2 en comptabilité"]),
        ("FormationBac+3 en informatique", ["Formation", "Bac+3 en informatique"]),
        ("ProfilÉtudiant(e) en dernière année", ["Profil", "Étudiant(e) en dernière année"]),
        ("PROFIL RECHERCHÉBac+5", ["PROFIL RECHERCHÉ", "Bac+5"]),
        # a capital run or a word glued to a requirement word
        ("Maîtrise d'ExcelPermis B", ["Maîtrise d'Excel", "Permis B"]),
        ("MongoDB, NoSQLAnglais lu et écrit", ["MongoDB, NoSQL", "Anglais lu et écrit"]),
        ("Méthodes Agile, SAFEVous accordez de l'importance", ["Méthodes Agile, SAFE", "Vous accordez de l'importance"]),
        # a level glued to the next line
        ("Profil :Bac+2Expérience de 1 an", ["Profil :Bac+2", "Expérience de 1 an"]),
        ("Anglais C1Permis B", ["Anglais C1", "Permis B"]),
        ("Permis BAutonomie, sens du service", ["Permis B", "Autonomie, sens du service"]),
        ("Permis BPas le vertige", ["Permis B", "Pas le vertige"]),
        ("Permis CEVous êtes autonome", ["Permis CE", "Vous êtes autonome"]),
        ("Habilitation à jour3 ans minimum en chantier", ["Habilitation à jour", "3 ans minimum en chantier"]),
    ],
)
def test_glued_lines_are_split(text: str, lines: list[str]) -> None:
    assert _lines(text) == lines


@pytest.mark.parametrize(
    "text",
    [
        # words that mix cases legitimately
        "Maîtrise de JavaScript, TypeScript, PowerShell, GitLab, DevOps, SharePoint, LinkedIn et PowerBI.",
        "Un job étudiant chez McDonald's, un iPhone, la plateforme eScriptorium.",
        "Variables en camelCase, getUserName(), document.getElementById, useState.",
        "Bases PostgreSQL, postgreSQL, MySQL, NoSQL et (No)SQL ; outils spaCy, NLTK ; AWS CloudFormation.",
        "Diplôme BAfA ou équivalent, MongoDB, QlikSense, SQLServer.",
        # initials, elisions, inclusive writing, list numbers, hashtags, handles
        "Rencontre avec M.Dupont et Mr.Smith, Dr.House, J.Doe.",
        "La place de l'IA, la maîtrise d'Excel et d'Outlook.",
        "Nous recherchons un(e)Ingénieur orienté(e)Data.",
        "Étapes :\n1.Entretien\n2.Conception",
        "#VousComptezPourNous #BienPlusQuUnJob @nextGen",
        "Stack : ASP.Net, VB.Net, C#.NET.",
        "Airbus A320Neo, Office 365Pro, Boeing 737Max.",
    ],
)
def test_words_that_mix_cases_are_not_split(text: str) -> None:
    assert glue_junctions(text) == []
    assert clean_text(text).text.replace("\u00a0", " ") == text.replace("\u00a0", " ")


def test_inserted_break_maps_to_no_original_character() -> None:
    original = "Votre profilMaster en architectureExpérience de 3 ans"
    ct = clean_text(original)
    assert ct.text == "Votre profil\nMaster en architecture\nExpérience de 3 ans"
    for piece in ("Votre profil", "Master en architecture", "Expérience de 3 ans"):
        i = ct.text.index(piece)
        s, e = ct.to_original(i, i + len(piece))
        assert original[s:e] == piece
    # every other character still maps to itself; the breaks map to an empty range at the junction
    kept = [(s, e) for s, e in zip(ct.starts, ct.ends, strict=True) if e > s]
    assert [original[s:e] for s, e in kept] == list(original)
    assert [(s, e) for s, e in zip(ct.starts, ct.ends, strict=True) if e == s] == [(12, 12), (34, 34)]


def test_html_inline_tags_glued_to_their_content() -> None:
    original = "<p><strong>Profil recherch&eacute;</strong>Bac+5 en informatique<em>Permis</em>&nbsp;B exigé</p>"
    ct = clean_text(original)
    assert "Profil recherché\nBac+5 en informatique\nPermis B exigé" in ct.text
    i = ct.text.index("Permis B")
    s, e = ct.to_original(i, i + len("Permis B"))
    assert original[s:e] == "Permis</em>&nbsp;B"
    j = ct.text.index("recherché")
    s, e = ct.to_original(j, j + len("recherché"))
    assert original[s:e] == "recherch&eacute;"


# --- the extraction on glued ads: the item is found, its span is the original substring and ends at the junction ---


def test_master_after_a_glued_profile_heading(run: Any) -> None:
    reqs = run("Votre profilMaster en architectureExpérience de 3 ans")
    assert diploma_levels(reqs) == [("Master", 7)]
    assert found(reqs, "experience") == [("Expérience de 3 ans", 3.0)]


def test_licence_after_a_glued_cue(run: Any) -> None:
    reqs = run("Profil : DEAS obligatoirePermis B obligatoireExpérience à domicile appréciée")
    assert [(r["text"], r["category"], r["strength"]) for r in of_kind(reqs, "licence")] == [("Permis B", "B", "required")]
    assert [(r["text"], r["strength"]) for r in of_kind(reqs, "diploma")] == [("DEAS", "required")]


def test_certification_and_licence_in_a_glued_site_list(run: Any) -> None:
    reqs = run("Votre profil :Permis BPas le vertigeVCA souhaitéOffreCDI")
    assert [(r["text"], r["category"]) for r in of_kind(reqs, "licence")] == [("Permis B", "B")]
    assert [(r["text"], r["strength"]) for r in of_kind(reqs, "certification")] == [("VCA", "preferred")]


def test_belgian_profile_glued(run: Any) -> None:
    reqs = run("Votre profilBachelier en comptabilitéMinimum 2 ans d'expérience en fiduciaireNéerlandais : niveau B2")
    assert diploma_levels(reqs) == [("Bachelier", 6)]
    assert found(reqs, "experience") == [("Minimum 2 ans d'expérience", 2.0)]
    assert [(r["language"], r["strength"]) for r in of_kind(reqs, "language")] == [("nl", "required")]


def test_belgian_requirements_glued_with_an_asset(run: Any) -> None:
    reqs = run("Exigences :CESS requisPermis B et véhicule personnelVCA de base un atout")
    assert diploma_levels(reqs) == [("CESS", 4)]
    assert [(r["text"], r["strength"]) for r in of_kind(reqs, "licence")] == [("Permis B", "required")]
    # (the certificate's own span is the certification recogniser's business: "VCA" or "VCA de base")
    assert [(r["text"][:3], r["strength"]) for r in of_kind(reqs, "certification")] == [("VCA", "preferred")]


def test_level_glued_to_the_next_item(run: Any) -> None:
    reqs = run("Profil :Bac+2Expérience de 1 an en supportPermis BAutonomie, sens du service")
    assert diploma_levels(reqs) == [("Bac+2", 5)]
    assert found(reqs, "experience") == [("Expérience de 1 an", 1.0)]
    assert [r["text"] for r in of_kind(reqs, "licence")] == ["Permis B"]


def test_language_level_glued_to_a_licence(run: Any) -> None:
    reqs = run("Langues : Anglais C1Permis B exigé")
    assert [r["language"] for r in of_kind(reqs, "language")] == ["en"]
    assert [(r["text"], r["category"]) for r in of_kind(reqs, "licence")] == [("Permis B", "B")]


def test_sentence_end_glued_to_the_profile_heading(run: Any) -> None:
    reqs = run("Nous recherchons un technicien.Profil :Graduat en électromécaniqueConnaissance du néerlandais un plus")
    assert diploma_levels(reqs) == [("Graduat", 5)]  # round 14: the graduat is EQF 5
    assert [(r["language"], r["strength"]) for r in of_kind(reqs, "language")] == [("nl", "preferred")]


def test_sentences_glued_after_a_name(run: Any) -> None:
    reqs = run("Vous êtes titulaire d'un Master en droitVous avez 5 ans d'expérience en cabinet")
    assert diploma_levels(reqs) == [("Master", 7)]
    assert found(reqs, "experience") == [("5 ans d'expérience", 5.0)]


# --- strength: a heading glued to its content grades what it heads -------------------------------------------------


def test_glued_plus_heading_grades_the_next_lines(run: Any) -> None:
    reqs = run("Profil recherchéBac+5 en informatiqueLes plusPermis B")
    assert [(r["text"], r["strength"]) for r in of_kind(reqs, "diploma")] == [("Bac+5", "required")]
    assert [(r["text"], r["strength"]) for r in of_kind(reqs, "licence")] == [("Permis B", "preferred")]


def test_glued_profile_heading_ends_an_asset_list(run: Any) -> None:
    reqs = run(
        "Appréciées\nConnaissances cloud : Azure ou GCP.Notions de machine learning.Expérience avec une API REST."
        "Profil recherché\nBac+3 à Bac+5 en informatique ou équivalent."
    )
    assert [(r["text"], r["strength"]) for r in of_kind(reqs, "diploma")] == [("Bac+3 à Bac+5", "required")]


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("Compétences :Permis CEAnglais courant", "required"),
        ("Atouts :Permis CEAnglais courant", "preferred"),
        ("Votre profilCAP cuisine exigéExpérience de 2 ans souhaitéeNous offronsUn CDI", "required"),
    ],
)
def test_inline_heading_glued_to_its_first_item(run: Any, text: str, strength: str) -> None:
    reqs = run(text)
    first = [r for r in reqs if r["kind"] in {"licence", "diploma"}][0]
    assert first["strength"] == strength
    assert first["text"] in {"Permis CE", "CAP"}


# --- list bullets glued to the previous item -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Votre profil- Master (tous domaines)- 3 ans minimum- Permis B", ["Votre profil", "- Master (tous domaines)", "- 3 ans minimum", "- Permis B"]),
        ("Votre profil• CACES 3 valide• permis BLes plus• prime d'équipe", ["Votre profil", "- CACES 3 valide", "- permis B", "Les plus", "- prime d'équipe"]),
        ("Profil•VCA de base", ["Profil", "-VCA de base"]),
        ("<p>Vos atouts</p><p>Néerlandais▪ anglais</p>", ["", "Vos atouts", "", "Néerlandais", "- anglais", ""]),
    ],
)
def test_glued_bullets_open_a_line(text: str, lines: list[str]) -> None:
    assert _lines(text) == lines


@pytest.mark.parametrize(
    "text",
    [
        "Une expérience de 6- 10 ans dans le domaine.",
        "Basé à Saint-Denis, e-commerce, Bruxelles-Capitale, sous-traitance.",
        "CDI • Temps plein • Bruxelles",
        "Du Bac+2 → Bac+5 selon le poste.",
    ],
)
def test_dashes_and_separators_that_are_not_glued_bullets(text: str) -> None:
    assert "\n" not in clean_text(text).text


def _items(reqs: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    keys = ("kind", "text", "strength", "eqf_level", "years", "language", "category", "code")
    return [tuple(r[k] for k in keys) for r in reqs if r["kind"] not in {"skill", "soft_skill"}]


@pytest.mark.parametrize(
    ("glued", "broken"),
    [
        (
            "Votre profil- Bachelier en électromécanique- 3 ans d'expérience minimum- Permis C souhaité",
            "Votre profil\n- Bachelier en électromécanique\n- 3 ans d'expérience minimum\n- Permis C souhaité",
        ),
        (
            "Votre profil• CAP cuisine• 2 ans d'expérience en brasserie• néerlandais apprécié",
            "Votre profil\n• CAP cuisine\n• 2 ans d'expérience en brasserie\n• néerlandais apprécié",
        ),
    ],
)
def test_glued_bullet_list_reads_as_the_list(run: Any, glued: str, broken: str) -> None:
    items = _items(run(glued))
    assert items == _items(run(broken))
    assert len(items) == 3


# --- chains of glued words: a cue or a heading alone between two glued lines ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Accueil des clientsAppréciéPermis B", ["Accueil des clients", "Apprécié", "Permis B"]),
        ("Bac+2 en comptabilitéATOUTSPermis B", ["Bac+2 en comptabilité", "ATOUTS", "Permis B"]),
        ("Expérience en fiduciaireSouhaitéNéerlandais", ["Expérience en fiduciaire", "Souhaité", "Néerlandais"]),
        ("CAP cuisine exigéAtoutsPermis B", ["CAP cuisine exigé", "Atouts", "Permis B"]),
    ],
)
def test_glued_chains_are_split(text: str, lines: list[str]) -> None:
    assert _lines(text) == lines


@pytest.mark.parametrize(
    ("text", "licence_strength"),
    [
        ("Vos missionsAccueil des clientsAppréciéPermis B", "preferred"),
        ("PROFILBac+2 en comptabilitéATOUTSPermis B", "preferred"),
        ("Votre profilCAP cuisine exigéAtoutsPermis B", "preferred"),
        ("Votre profilCAP cuisine exigéPermis B", "required"),
    ],
)
def test_glued_cue_heading_grades_the_next_item(run: Any, text: str, licence_strength: str) -> None:
    assert [(r["text"], r["strength"]) for r in of_kind(run(text), "licence")] == [("Permis B", licence_strength)]


# --- scope: the usual section titles close the heading before them --------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Description du poste",
        "Description de l'entreprise",
        "Informations supplémentaires",
        "Pourquoi nous rejoindre ?",
        "Qui sommes-nous ?",
        "Ce que nous offrons",
        "Nous vous proposons",
        "Avantages",
        "Votre rôle et vos missions",
        "Conditions de travail",
    ],
)
def test_section_titles_are_headings(title: str) -> None:
    layout = Layout(f"Les plus\nPermis C\n{title}\nUn CDI à temps plein")
    assert layout.lines[2].is_heading
    assert layout.lines[3].governing_heading == (layout.lines[2].start, layout.lines[2].end)


@pytest.mark.parametrize(
    "line",
    ["Rémunération : selon expérience", "Le poste est basé à Namur.", "Nous offrons un CDI", "Expérience souhaitée"],
)
def test_sentences_about_a_section_are_not_headings(line: str) -> None:
    assert not Layout(f"Profil\n{line}").lines[1].is_heading


def test_glued_offer_title_ends_an_asset_list(run: Any) -> None:
    reqs = run("Votre profilCAP cuisineAppréciéPermis BInformations supplémentairesCDI, livraisons en camionnette (permis C)")
    assert [(r["text"], r["strength"]) for r in of_kind(reqs, "licence")] == [("Permis B", "preferred"), ("permis C", "required")]


# --- a semicolon, a heading colon before a dash, a digit before a dash, emoji bullets ---------------------------------


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Anglais courant;Permis B exigé", ["Anglais courant;", "Permis B exigé"]),
        ("Profil recherché :- Bac+2- Permis B", ["Profil recherché :", "- Bac+2", "- Permis B"]),
        ("Bac+2✅Permis B✅VCA", ["Bac+2", "✅Permis B", "✅VCA"]),
        ("Votre profil👉 CACES 3 valide", ["Votre profil", "👉 CACES 3 valide"]),
    ],
)
def test_more_glued_separators(text: str, lines: list[str]) -> None:
    assert _lines(text) == lines


@pytest.mark.parametrize("text", ["Horaires : 8h-16h, a;b", "Une expérience de 6- 10 ans.", "Du Bac+2 → Bac+5.", "Contact : Madame A. IBBS- Directrice"])
def test_separators_that_do_not_glue_lines(text: str) -> None:
    assert "\n" not in clean_text(text).text


def test_glued_items_after_a_heading_colon_and_dash(run: Any) -> None:
    reqs = run("Profil recherché :- Bac+2 en comptabilité- Permis B- Néerlandais un atout")
    assert diploma_levels(reqs) == [("Bac+2", 5)]
    assert [(r["text"], r["strength"]) for r in of_kind(reqs, "licence")] == [("Permis B", "required")]
    assert [(r["language"], r["strength"]) for r in of_kind(reqs, "language")] == [("nl", "preferred")]
