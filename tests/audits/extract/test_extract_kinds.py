"""Each kind of requirement, in French and Belgian wording."""

from typing import Any

import pytest
from extract_helpers import of_kind


@pytest.mark.parametrize(
    ("text", "span", "eqf", "isced"),
    [
        ("Vous êtes titulaire du CESS.", "CESS", 4, 3),
        ("Un CQ6 en électricité est demandé.", "CQ6", 3, 3),
        ("Bachelier en comptabilité exigé.", "Bachelier", 6, 6),
        ("Titulaire d'un BES en informatique.", "BES", 5, 5),
        ("Master en droit indispensable.", "Master", 7, 7),
        ("Vous avez le CE1D.", "CE1D", 2, 2),
        ("Diplôme : Bac+2 en logistique.", "Bac+2", 5, 5),
        ("Titulaire d'un BTS MCO.", "BTS MCO", 5, 5),  # Round 17: the speciality inside the span
        ("Vous avez un titre professionnel de niveau 4.", "titre professionnel de niveau 4", 4, 3),
        ("Diplôme d'État d'aide-soignant exigé.", "Diplôme d'État d'aide-soignant", 4, 4),
        ("Profil : Bac +3 minimum.", "Bac +3", 6, 6),
    ],
)
def test_diploma_levels(run: Any, text: str, span: str, eqf: int, isced: int) -> None:
    diplomas = of_kind(run(text), "diploma")
    assert [(d["text"], d["eqf_level"], d["isced_level"]) for d in diplomas] == [(span, eqf, isced)]


def test_diploma_alternatives_share_a_group(run: Any) -> None:
    diplomas = of_kind(run("Profil : CAP ou Bac pro exigé. Vous avez le permis B."), "diploma")
    assert [d["text"] for d in diplomas] == ["CAP", "Bac pro"]
    assert diplomas[0]["alternative_group"] is not None
    assert diplomas[0]["alternative_group"] == diplomas[1]["alternative_group"]
    assert all(d["strength"] == "required" for d in diplomas)


def test_diplomas_joined_by_and_are_not_alternatives(run: Any) -> None:
    reqs = run("Vous avez un CAP cuisine et le permis B.")
    assert all(r["alternative_group"] is None for r in reqs)


def test_diplomas_taught_are_not_asked(run: Any) -> None:
    assert of_kind(run("Notre école forme 800 élèves du CAP au BTS."), "diploma") == []


@pytest.mark.parametrize(
    ("text", "years", "strength"),
    [
        ("Vous avez 3 ans d'expérience dans la vente.", 3.0, "required"),
        ("Expérience de 2 à 5 ans sur un poste similaire.", 2.0, "required"),
        ("Au moins 6 mois d'expérience en cuisine.", 0.5, "required"),
        ("Une première expérience en magasin est appréciée.", 0.5, "preferred"),
        ("Débutant accepté.", 0.0, "optional"),
        ("Les débutants sont les bienvenus.", 0.0, "optional"),
        ("Vous avez une expérience confirmée en soudure.", None, "required"),
        ("Une expérience significative de minimum 2 ans est exigée.", 2.0, "required"),
    ],
)
def test_experience(run: Any, text: str, years: float | None, strength: str) -> None:
    exp = of_kind(run(text), "experience")
    assert len(exp) == 1, exp
    assert exp[0]["years"] == years
    assert exp[0]["strength"] == strength


def test_salary_clause_is_not_experience(run: Any) -> None:
    assert of_kind(run("Rémunération selon expérience. Salaire en fonction de votre expérience."), "experience") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anglais courant exigé.", [("en", "B2")]),
        ("Des notions de néerlandais sont un plus.", [("nl", "A2")]),
        ("Bonne connaissance de l'allemand.", [("de", "B1")]),
        ("Néerlandais niveau B2 (CECR).", [("nl", "B2")]),
        ("Vous êtes bilingue français/néerlandais.", [("fr", "C1"), ("nl", "C1")]),
    ],
)
def test_languages(run: Any, text: str, expected: list[tuple[str, str]]) -> None:
    langs = of_kind(run(text), "language")
    assert [(r["language"], r["cefr"]) for r in langs] == expected


def test_mother_tongue_is_kept_and_flagged(run: Any) -> None:
    reqs = run("Français langue maternelle exigé.")
    lang = of_kind(reqs, "language")
    assert lang and lang[0]["language"] == "fr" and lang[0].get("native") is True
    assert [r["criterion"] for r in of_kind(reqs, "protected_criterion")] == ["language_origin"]


def test_teaching_subject_is_not_a_language_requirement(run: Any) -> None:
    assert of_kind(run("Vous donnerez des cours d'anglais à nos stagiaires."), "language") == []


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Permis B obligatoire.", ["B"]),
        ("Vous êtes titulaire du permis C et CE.", ["C", "CE"]),
        ("Permis SPL exigé.", ["CE"]),
        ("Permis VL.", ["B"]),
        ("Permis poids lourd indispensable.", ["C"]),
        ("Permis de conduire exigé.", ["B"]),
        ("Le permis de construire est déposé.", []),
    ],
)
def test_licences(run: Any, text: str, categories: list[str]) -> None:
    assert [r["category"] for r in of_kind(run(text), "licence")] == categories


def test_licence_alternatives(run: Any) -> None:
    lic = of_kind(run("Permis C ou CE exigé."), "licence")
    assert len(lic) == 2 and lic[0]["alternative_group"] == lic[1]["alternative_group"] is not None


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("CACES R489 cat 3 exigé.", ["CACES R489 3"]),
        ("CACES R482 Cat G serait un plus.", ["CACES R482 G"]),
        ("Vous avez le SST à jour.", ["SST"]),
        ("Habilitation électrique B1V, BR requise.", ["HABILITATION ELECTRIQUE B1V", "HABILITATION ELECTRIQUE BR"]),
        ("Attestation VCA Basis obligatoire sur chantier.", ["VCA"]),  # round 15: the basic level is coded VCA (the guide, every written gold)
        ("Vous maîtrisez les normes HACCP.", ["HACCP"]),
        ("BAFA souhaité.", ["BAFA"]),
        ("AIPR opérateur exigé.", ["AIPR"]),
        ("Carte conducteur à jour.", ["CARTE CONDUCTEUR TACHYGRAPHE"]),
    ],
)
def test_certifications(run: Any, text: str, codes: list[str]) -> None:
    assert [r["code"] for r in of_kind(run(text), "certification")] == codes


def test_fimo_or_fco_is_one_group(run: Any) -> None:
    certs = of_kind(run("Permis D + FIMO ou FCO en cours de validité."), "certification")
    assert [c["code"] for c in certs] == ["FIMO", "FCO"]
    assert certs[0]["alternative_group"] == certs[1]["alternative_group"] is not None


def test_haccp_as_company_procedure_is_not_a_requirement(run: Any) -> None:
    assert of_kind(run("Application des règles d'hygiène selon le plan HACCP de l'établissement."), "certification") == []


def test_soft_skills_on_lemmas_not_on_the_team(run: Any) -> None:
    soft = of_kind(run("Vous êtes rigoureuse et autonome. Vous rejoindrez une équipe dynamique."), "soft_skill")
    assert [s["text"] for s in soft] == ["rigoureuse", "autonome"]


def test_skills_link_rome_competences_of_the_classified_occupation(extractor: Any) -> None:
    from audits.reference import classify, get_reference

    title = "Cariste (H/F)"
    occupation = classify(title, "")
    assert occupation.rome_code is not None
    rows = [(code, label) for code, label, rome in get_reference().competences_index() if rome == occupation.rome_code]
    code, label = next((c, lab) for c, lab in rows if len(lab.split()) >= 3)
    description = f"Profil recherché : {label}."
    res = extractor.extract("s", title, description)
    skills = [r for r in res.requirements if r.kind == "skill"]
    assert any(s.code == code and s.text.lower() == label.lower() for s in skills), (label, skills)


def test_the_real_occupation_classifier_is_used(extractor: Any) -> None:
    import audits.reference

    assert extractor._classify is audits.reference.classify
    res = extractor.extract("o", "Cariste (H/F)", "Vous conduisez un chariot élévateur en entrepôt. CACES R489 cat 3.")
    assert res.occupation.rome_code is not None


def test_electrical_levels_after_a_cue_each_get_an_item(run: Any) -> None:
    certs = of_kind(run("Habilitations électriques exigées (B1V, BR et H0) pour ce poste."), "certification")
    assert [c["code"] for c in certs] == [f"HABILITATION ELECTRIQUE {c}" for c in ("B1V", "BR", "H0")]


def test_apprenticeship_course_is_not_a_diploma_held(run: Any) -> None:
    text = "Contrat en alternance.\nFormation : BTS électrotechnique ou Bac pro.\nProfil : titulaire d'un CAP."
    assert [d["text"] for d in of_kind(run(text), "diploma")] == ["CAP"]


def test_generic_formation_with_named_diplomas_in_parenthesis(run: Any) -> None:
    diplomas = of_kind(run("Vous êtes issu d'une formation technique (CAP/Bac pro en électricité)."), "diploma")
    assert [d["text"] for d in diplomas] == ["CAP", "Bac pro"]


@pytest.mark.parametrize(
    "text",
    [
        "Profil : bilingue FR/NL.",
        "Vous êtes bilingue NL/FR, la fonction l'exige.",
        "Bilingue français/néerlandais indispensable.",
        "Bilingue Français - Néerlandais",
        "Langues : FR/NL",
        "Poste au guichet (FR-NL).",
    ],
)
def test_bilingual_french_dutch_asks_both_at_c1(run: Any, text: str) -> None:
    langs = of_kind(run(text), "language")
    assert sorted((r["language"], r["cefr"]) for r in langs) == [("fr", "C1"), ("nl", "C1")]
    # Both languages are asked: never "one of them".
    assert all(r["alternative_group"] is None for r in langs)


def test_language_codes_need_a_pair_or_a_cue(run: Any) -> None:
    # a bare "connaissance" names no level (round 14: the guide lists "bonne connaissance" as B1, every gold reads it null)
    assert [(r["language"], r["cefr"]) for r in of_kind(run("Connaissance du NL est un atout."), "language")] == [("nl", None)]
    assert of_kind(run("Référence FR/NL-2024, contrat FR."), "language") == []
    # Capitals "EN", "DE" alone are French words, not languages.
    assert of_kind(run("FORMATION EN ALTERNANCE, PERMIS DE CONDUIRE."), "language") == []


def test_alternative_languages_without_bilingual_stay_alternatives(run: Any) -> None:
    langs = of_kind(run("Anglais ou néerlandais courant souhaité."), "language")
    assert [r["language"] for r in langs] == ["en", "nl"]
    assert langs[0]["alternative_group"] is not None and langs[0]["alternative_group"] == langs[1]["alternative_group"]
