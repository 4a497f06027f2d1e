"""Round 20, English and German requirement lines (recognizers/foreign.py), by family: languages named with a level or a
firmness (before or after the name, a speaking verb, a shared cue, a list under a language cue, German "-kenntnisse",
ICAO), diplomas (English degrees, German trainings, "no degree required"), experience (English and German years and
wordings), driving licences; English/German ads read, their French sentences read by the French rules, and look-alikes
that must give nothing. Sentences written for the test (no offer text)."""

from typing import Any

import pytest
from extract_helpers import found, of_kind, strengths

from audits.extract.recognizers.foreign import blank, find_foreign, foreign_segments

EN_HEAD = "We are a fast-growing scale-up in Brussels and we are looking for a new colleague for our team.\nYour profile:\n"
DE_HEAD = "Das Unternehmen in Eupen sucht eine/n Mitarbeiter/in für unser Team.\nIhr Profil:\n"


def _langs(run: Any, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(r["text"], r["language"], r["cefr"], r["strength"]) for r in of_kind(run(text), "language")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- fluent English", ("fluent English", "en", "B2", "required")),
        ("- English fluent", ("English fluent", "en", "B2", "required")),
        ("- FLUENT ENGLISH REQUIRED", ("FLUENT ENGLISH REQUIRED", "en", "B2", "required")),
        ("- Fluent in German", ("Fluent in German", "de", "B2", "required")),
        ("- You speak Dutch fluently", ("You speak Dutch fluently", "nl", "B2", "required")),
        ("- good command of English", ("good command of English", "en", "B1", "required")),
        ("- working knowledge of Spanish", ("working knowledge of Spanish", "es", "B1", "required")),
        ("- basic Italian", ("basic Italian", "it", "A2", "required")),
        ("- Dutch is a plus", ("Dutch is a plus", "nl", None, "preferred")),
        ("- German would be appreciated", ("German would be appreciated", "de", None, "preferred")),
        ("- Dutch is an asset", ("Dutch is an asset", "nl", None, "preferred")),
        ("- Dutch nice to have", ("Dutch nice to have", "nl", None, "preferred")),
        ("- English (C1) mandatory", ("English (C1)", "en", "C1", "required")),
        ("- you can run a meeting in English", ("run a meeting in English", "en", "B2", "required")),
    ],
)
def test_english_language_lines(run: Any, line: str, expected: tuple[str, str, str | None, str]) -> None:
    assert _langs(run, EN_HEAD + line + "\n- Hybrid work and meal vouchers.") == [expected]


def test_native_gives_language_and_protected_criterion(run: Any) -> None:
    reqs = run(EN_HEAD + "- Native French\n- Fluent English")
    assert found(reqs, "language") == [("Native French", "C2"), ("Fluent English", "B2")]
    assert [r.get("native", False) for r in of_kind(reqs, "language")] == [True, False]
    assert found(reqs, "protected_criterion") == [("Native French", "language_origin")]


def test_shared_cue_and_alternatives(run: Any) -> None:
    langs = _langs(run, EN_HEAD + "- fluent English and French; Dutch is a plus")
    assert langs == [("fluent English", "en", "B2", "required"), ("French", "fr", "B2", "required"), ("Dutch is a plus", "nl", None, "preferred")]
    reqs = run(EN_HEAD + "- Languages: English fluent; French or Dutch nice to have")
    groups = {r["text"]: r["alternative_group"] for r in of_kind(reqs, "language")}
    assert groups["French"] is not None and groups["French"] == groups["Dutch nice to have"]
    assert strengths(reqs, "language")["French"] == "preferred"
    reqs = run(EN_HEAD + "- fluent English + one more language (Spanish, Italian or German)")
    assert [r["language"] for r in of_kind(reqs, "language")] == ["en", "es", "it", "de"]
    assert len({r["alternative_group"] for r in of_kind(reqs, "language")[1:]}) == 1


def test_language_codes_under_a_cue(run: Any) -> None:
    assert [r["language"] for r in of_kind(run(EN_HEAD + "- Languages: EN/FR"), "language")] == ["en", "fr"]
    assert [r["language"] for r in of_kind(run(EN_HEAD + "- Sprachen: DE/FR/NL"), "language")] == ["de", "fr", "nl"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("* Deutsch als Muttersprache", ("Deutsch als Muttersprache", "de", "C2", "required")),
        ("* sehr gute Deutschkenntnisse (C1)", ("sehr gute Deutschkenntnisse (C1)", "de", "C1", "required")),
        ("* gute Englischkenntnisse", ("gute Englischkenntnisse", "en", "B1", "required")),
        ("* Französischkenntnisse von Vorteil", ("Französischkenntnisse von Vorteil", "fr", None, "preferred")),
        ("* Niederländisch wünschenswert", ("Niederländisch wünschenswert", "nl", None, "preferred")),
        ("* Französisch fließend", ("Französisch fließend", "fr", "B2", "required")),
    ],
)
def test_german_language_lines(run: Any, line: str, expected: tuple[str, str, str | None, str]) -> None:
    assert _langs(run, DE_HEAD + line + "\n* Wir bieten ein herzliches Team.")[0] == expected


def test_german_pair_and_alternative(run: Any) -> None:
    langs = _langs(run, DE_HEAD + "* Deutsch und Französisch fließend")
    assert [(t, lang, c) for t, lang, c, _ in langs] == [("Deutsch", "de", "B2"), ("Französisch fließend", "fr", "B2")]
    reqs = run(DE_HEAD + "* Deutsch als Muttersprache oder sehr gute Deutschkenntnisse (C1)")
    groups = [r["alternative_group"] for r in of_kind(reqs, "language")]
    assert len(groups) == 2 and groups[0] is not None and groups[0] == groups[1]


def test_icao_level(run: Any) -> None:
    reqs = run("Technicien aéronautique. Anglais B2 minimum (ICAO level 4 appreciated).")
    assert ("ICAO level 4 appreciated", "en", None, "preferred") in [(r["text"], r["language"], r["cefr"], r["strength"]) for r in of_kind(reqs, "language")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- bachelor's degree in business or office management", ("bachelor's degree in business or office management", 6)),
        ("- Master's degree in Finance", ("Master's degree in Finance", 7)),
        ("- Business school degree is a plus", ("Business school degree is a plus", 7)),
        ("- MBA preferred", ("MBA preferred", 7)),
        ("- PharmD or equivalent", ("PharmD", 7)),
        pytest.param("- University degree in engineering", ("University degree in engineering", None), marks=pytest.mark.xfail(strict=True, reason="engineering read as engineer (7)")),
    ],
)
def test_english_degrees(run: Any, line: str, expected: tuple[str, int | None]) -> None:
    assert found(run(EN_HEAD + line + "\n- Hybrid work."), "diploma") == [expected]


@pytest.mark.xfail(strict=True, reason="round 20: not done in time (see the report)")
def test_no_degree_required_is_optional(run: Any) -> None:
    for line in ("No degree required - skills first.", "No formal qualifications needed.", "A degree is not required."):
        reqs = run(EN_HEAD + line)
        assert [(r["code"], r["eqf_level"], r["strength"]) for r in of_kind(reqs, "diploma")] == [("SANS DIPLOME", None, "optional")], line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("* Ausbildung zum/zur Pflegehelfer/in (ZAWM)", ("Ausbildung zum/zur Pflegehelfer/in (ZAWM)", 4)),
        ("* abgeschlossene Berufsausbildung als Koch", ("abgeschlossene Berufsausbildung als Koch", 4)),
        ("* abgeschlossenes Studium", ("abgeschlossenes Studium", None)),
        ("* Schulabschluss", ("Schulabschluss", None)),
    ],
)
def test_german_trainings(run: Any, line: str, expected: tuple[str, int | None]) -> None:
    assert found(run(DE_HEAD + line), "diploma") == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- at least 3 years as office manager", ("at least 3 years as office manager", 3.0)),
        ("- 3+ years of experience in B2B sales", ("3+ years of experience in B2B sales", 3.0)),
        ("- 7+ years of hands-on experience", ("7+ years of hands-on experience", 7.0)),
        ("- 2 years in a 4/5* hotel", ("2 years in a 4/5* hotel", 2.0)),
        ("- five years of experience", ("five years of experience", 5.0)),
        ("- previous experience in retail is a plus", ("previous experience in retail is a plus", None)),
    ],
)
def test_english_experience(run: Any, line: str, expected: tuple[str, float | None]) -> None:
    assert found(run(EN_HEAD + line), "experience") == [expected]


def test_zero_years_is_optional(run: Any) -> None:
    reqs = run(EN_HEAD + "- 0-2 years of experience (internships count!)")
    assert [(r["years"], r["strength"]) for r in of_kind(reqs, "experience")] == [(0.0, "optional")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("* mindestens 2 Jahre Erfahrung im Verkauf", ("mindestens 2 Jahre Erfahrung im Verkauf", 2.0, "required")),
        ("* Berufserfahrung in der Altenpflege wünschenswert", ("Berufserfahrung in der Altenpflege wünschenswert", None, "preferred")),
        ("* Erste Erfahrung im Verkauf von Vorteil", ("Erste Erfahrung im Verkauf von Vorteil", 0.5, "preferred")),
    ],
)
def test_german_experience(run: Any, line: str, expected: tuple[str, float | None, str]) -> None:
    assert [(r["text"], r["years"], r["strength"]) for r in of_kind(run(DE_HEAD + line), "experience")] == [expected]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (EN_HEAD + "- driving licence B", "B"),
        (EN_HEAD + "- valid driver's license (category C)", "C"),
        (DE_HEAD + "* Führerschein Klasse B erforderlich", "B"),
        (DE_HEAD + "* Führerschein CE", "CE"),
    ],
)
def test_driving_licences(run: Any, text: str, category: str) -> None:
    assert [r["category"] for r in of_kind(run(text), "licence")] == [category]
    assert not of_kind(run(text), "diploma")  # the English "licence" is no French Licence


@pytest.mark.xfail(strict=True, reason="round 20: not done in time (see the report)")
def test_english_lines_in_a_french_ad(run: Any) -> None:
    text = (
        "Société de conseil à Louvain-la-Neuve, nous recrutons un analyste pour nos projets.\nTon profil :\n"
        "• Master en gestion ou équivalent\n• You speak French fluently and have a good command of English\n• Dutch is a plus"
    )
    langs = _langs(run, text)
    assert langs == [
        ("You speak French fluently", "fr", "B2", "required"),
        ("good command of English", "en", "B1", "required"),
        ("Dutch is a plus", "nl", None, "preferred"),
    ]


@pytest.mark.xfail(strict=True, reason="round 20: not done in time (see the report)")
def test_french_rule_wins_on_overlap(run: Any) -> None:
    langs = _langs(run, "Nous recrutons un commercial pour notre agence.\nProfil : anglais courant, Dutch is a plus.")
    assert [t for t, *_ in langs] == ["anglais courant", "Dutch is a plus"]


def test_language_said_not_mandatory_or_a_lesson(run: Any) -> None:
    text = EN_HEAD + "- Fluent English\n- French is not mandatory, German would be appreciated\n\nWe offer French lessons for non-French speakers."
    assert [(t, lang) for t, lang, _, _ in _langs(run, text)] == [("Fluent English", "en"), ("German would be appreciated", "de")]


@pytest.mark.parametrize(
    "text",
    [
        "Nous recherchons un Team player pour notre équipe Cloud. Vous travaillerez sur nos produits SaaS.",
        "Entreprise française implantée à Bruxelles, nous vendons sur le French market et en Allemagne.",
        "Vous rejoignez une équipe dynamique. Formation LLM et IA générative proposée en interne.",
        "Vous développerez des agents basés sur des LLM (GPT, Mistral) pour nos clients.",
        "Notre cuisine propose des spécialités German et English breakfast le dimanche.",
    ],
)
def test_look_alikes_give_nothing(run: Any, text: str) -> None:
    reqs = run(text)
    assert not [r for r in reqs if r["kind"] in {"language", "diploma", "experience", "licence"}]


@pytest.mark.xfail(strict=True, reason="round 20: not done in time (see the report)")
def test_lexicon_precheck_and_offsets() -> None:
    assert find_foreign("Vous avez le permis B et un CAP cuisine.") == []
    text = "Profil : Master en droit.\nFluent English is required.\nBon relationnel."
    segments = foreign_segments(text)
    assert [text[a:b].strip() for a, b in segments] == ["Fluent English is required."]
    blanked = blank(text, segments)
    assert len(blanked) == len(text) and "English" not in blanked and blanked.count("\n") == text.count("\n")


@pytest.mark.xfail(strict=True, reason="round 20: not done in time (see the report)")
def test_german_ad_reads_its_french_sentence(run: Any) -> None:
    text = (
        "Das Wohn- und Pflegezentrum in Sankt Vith sucht eine/n Pflegehelfer/in.\n"
        "* Diplôme d'aide-soignant ou Ausbildung zum/zur Pflegehelfer/in\n* Französischkenntnisse von Vorteil"
    )
    reqs = run(text, title="Pflegehelfer/in")
    dips = of_kind(reqs, "diploma")
    assert [r["text"] for r in dips] == ["Diplôme d'aide-soignant", "Ausbildung zum/zur Pflegehelfer/in"]
    assert dips[0]["alternative_group"] is not None and dips[0]["alternative_group"] == dips[1]["alternative_group"]
