"""The span model's corpus reader, its reading gate and how its proposals join the rules' (no trained model needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audits.extract.components import RequirementFinder
from audits.extract.mention import Mention
from audits.extract.scope import Layout
from audits.extract.spanmodel.corpus import CorpusError, Span, read_corpus, read_corpus_dir, strip_marks
from audits.extract.spanmodel.model import model_mentions
from audits.extract.spanmodel.segments import cue_sentences

CORPUS = Path(__file__).resolve().parents[3] / "training" / "extract"


def test_strip_marks_gives_offsets_into_the_clean_text() -> None:
    text, spans = strip_marks("Profil : [[diploma:Bac+5]] ([[diploma:école d'ingénieur]]), [[language:anglais courant]].")
    assert text == "Profil : Bac+5 (école d'ingénieur), anglais courant."
    assert [text[s.start : s.end] for s in spans] == ["Bac+5", "école d'ingénieur", "anglais courant"]
    assert spans[0] == Span("diploma", 9, 14)


@pytest.mark.parametrize(
    ("marked", "message"),
    [
        ("Un [[skill:Python]] exigé", "type inconnu"),
        ("Un [[diploma: Bac]] exigé", "entourée d'espaces"),
        ("Un [[diploma:Bac exigé", "mal formés"),
        ("Un [[Bac]] exigé", "mal formés"),
        ("Un Bac]] exigé", "mal formés"),
    ],
)
def test_strip_marks_rejects_malformed_marks(marked: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        strip_marks(marked)


def test_a_bad_corpus_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    good = {"id": "a", "title": "Cariste", "description": "[[certification:CACES R489]] exigé"}
    path.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"x\.jsonl ligne 2 : JSON invalide"):
        list(read_corpus(path))
    path.write_text(json.dumps(good) + "\n" + json.dumps(good) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="ligne 2 : id 'a' en double"):
        list(read_corpus(path))
    path.write_text(json.dumps({**good, "description": "[[diploma:Bac"}) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"ligne 1 \(a, description\)"):
        list(read_corpus(path))


def test_the_committed_corpus_reads_and_every_mark_is_in_a_window_the_model_reads() -> None:
    examples = read_corpus_dir(CORPUS)
    ads = {e.ad_id for e in examples}
    assert len(ads) >= 500
    marks = [(e, s) for e in examples for s in e.spans]
    outside = [
        (e.ad_id, e.text[s.start : s.end])
        for e, s in marks
        if s.kind in {"diploma", "experience", "language"}
        and not any(a <= s.start and s.end <= b for a, b in cue_sentences(e.text))
    ]
    # The gate must not hide the kinds the model adds: at most 1 % of their marks fall outside the windows it reads.
    assert len(outside) <= 0.01 * len(marks), outside[:20]


def test_the_gate_reads_requirement_lines_only_and_keeps_an_abbreviation_in_one_window() -> None:
    text = "Nous sommes une PME familiale.\nProfil :\n- min. 5 ans sur un poste similaire\n- Anglais courant\nTickets resto."
    windows = [text[a:b] for a, b in cue_sentences(text)]
    assert windows == ["- min. 5 ans sur un poste similaire", "- Anglais courant"]


def _finder() -> RequirementFinder:
    return RequirementFinder("pj_requirements", "", None, "required", 0.5, "B")


def test_model_spans_the_rules_did_not_find_are_added_with_their_own_attributes() -> None:
    finder = _finder()
    text = "Formation supérieure Architecte, Ingénieur ou Urbaniste\nIdéalement 3 ans en bureau d'études\nAnglais lu"
    layout = Layout(text)
    spans = [
        ("diploma", 21, 31),  # Architecte: no diploma word -> not added
        ("diploma", 33, 42),  # Ingénieur
        ("experience", text.index("3 ans"), text.index("\nAnglais")),
        ("language", text.index("Anglais"), len(text)),
    ]
    added = model_mentions(text, spans, [], finder.diploma_terms, 0.5, layout, frozenset({"diploma", "experience", "language"}))
    assert [(m.kind, text[m.start : m.end]) for m in added] == [
        ("diploma", "Ingénieur"),
        ("experience", "3 ans en bureau d'études"),
        ("language", "Anglais lu"),
    ]
    assert added[1].attrs == {"years": 3.0}
    assert added[2].attrs["language"] == "en"
    # By default the model's experience spans are not added (they cost F1 on the fifth blind pair).
    default = model_mentions(text, spans, [], finder.diploma_terms, 0.5, layout)
    assert [m.kind for m in default] == ["diploma", "language"]


def test_unknown_span_model_kinds_are_refused() -> None:
    with pytest.raises(ValueError, match="span_model_kinds"):
        RequirementFinder("pj_requirements", "", None, "required", 0.5, "B", False, "", ["diploma", "skill"])


def test_model_spans_over_rule_mentions_in_offer_sections_or_without_a_language_are_not_added() -> None:
    finder = _finder()
    text = "Profil : Bac+2 exigé, une langue étrangère\nNous vous offrons :\n- une formation continue"
    layout = Layout(text)
    rule = [Mention("diploma", text.index("Bac+2"), text.index("Bac+2") + 5, {"eqf_level": 5}, family="diploma")]
    spans = [
        ("diploma", text.index("Bac+2"), text.index(" exigé") + 6),  # overlaps the rule's mention
        ("language", text.index("une langue"), text.index("\nNous")),  # names no language
        ("diploma", text.index("une formation"), len(text)),  # what the employer offers
    ]
    assert model_mentions(text, spans, rule, finder.diploma_terms, 0.5, layout) == []


def test_a_finder_given_model_spans_applies_the_rules_filters_and_strength_to_them() -> None:
    finder = _finder()
    text = "Profil :\n- Cursus Urbaniste ou Géographe souhaité\n- Tu prépares un Mastère Urbanisme en alternance"
    layout = Layout(text)
    assert finder.find(text, "description", layout) == []  # the rules alone read nothing here
    spans = [
        ("diploma", text.index("Cursus"), text.index(" ou Géo")),
        ("diploma", text.index("Mastère"), text.index(" en alternance")),  # the course prepared: the rules drop it
    ]
    found = [m for m in finder.find(text, "description", layout, spans) if m.kind == "diploma"]
    assert [(text[m.start : m.end], m.strength) for m in found] == [("Cursus Urbaniste", "preferred")]


def test_the_corpus_evaluation_counts_found_missed_and_extra_mentions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from audits.evaluate.__main__ import main

    ad = {
        "id": "t-1",
        "title": "Technicien [[experience:confirmé]] H/F",
        "description": "Profil :\n- [[diploma:Bac+2]] exigé\n- [[diploma:Cursus Urbaniste]]\n- Anglais courant",
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(ad, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "m.json"
    assert main(["corpus", str(tmp_path), "--json", str(out), "--errors"]) == 0
    kinds = json.loads(out.read_text(encoding="utf-8"))["kinds"]
    assert (kinds["diploma"]["tp"], kinds["diploma"]["fn"]) == (1, 1)  # "Cursus Urbaniste": no rule reads it
    assert (kinds["experience"]["tp"], kinds["language"]["fp"]) == (1, 1)  # the language was not marked
    assert "FN diploma «Cursus Urbaniste»" in capsys.readouterr().out
    assert main(["corpus", str(tmp_path / "none")]) == 2
