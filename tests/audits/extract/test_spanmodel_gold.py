"""The span model's gold loader (written sets -> training examples), its train options and the diploma gate (no
training run: the spaCy training itself is not called)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from audits.evaluate.extraction import span_model_config
from audits.extract.spanmodel import train
from audits.extract.spanmodel.corpus import CorpusError, load_gold
from audits.extract.spanmodel.segments import cue_sentences

ROOT = Path(__file__).resolve().parents[3]


def _write(tmp_path: Path, ads: list[dict[str, str]], gold: list[dict[str, object]]) -> tuple[Path, Path]:
    a, g = tmp_path / "ads.jsonl", tmp_path / "gold.jsonl"
    a.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in ads), encoding="utf-8")
    g.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in gold), encoding="utf-8")
    return g, a


def _item(kind: str, field: str, text: str, whole: str) -> dict[str, object]:
    start = whole.index(text)
    return {"kind": kind, "field": field, "start": start, "end": start + len(text), "text": text}


def test_gold_items_become_spans_of_the_text_the_extractor_reads(tmp_path: Path) -> None:
    desc = "Profil :\n- Bachelier en comptabilité exigé\n- Anglais courant\n- 3 ans d'expérience"
    title = "Comptable (H/F)"
    gold = [
        {
            "id": "a1",
            "requirements": [
                _item("diploma", "description", "Bachelier en comptabilité", desc),
                _item("language", "description", "Anglais courant", desc),
                _item("protected_criterion", "description", "3 ans", desc),  # not a model kind: left out
            ],
        }
    ]
    g, a = _write(tmp_path, [{"id": "a1", "title": title, "description": desc}], gold)
    examples = load_gold(g, a)
    assert [(e.field, e.text) for e in examples] == [("title", title), ("description", desc)]
    spans = examples[1].spans
    assert [(s.kind, desc[s.start : s.end]) for s in spans] == [
        ("diploma", "Bachelier en comptabilité"),
        ("language", "Anglais courant"),
    ]
    only = load_gold(g, a, ("diploma",))
    assert [s.kind for s in only[1].spans] == ["diploma"]


def test_gold_offsets_into_html_are_mapped_to_the_cleaned_text(tmp_path: Path) -> None:
    desc = "<p>Profil :</p><ul><li>Dipl&ocirc;me d&#39;infirmier exig&eacute;</li></ul>"
    raw = "Dipl&ocirc;me d&#39;infirmier"
    g, a = _write(
        tmp_path,
        [{"id": "h", "title": "Infirmier", "description": desc}],
        [{"id": "h", "requirements": [_item("diploma", "description", raw, desc)]}],
    )
    ex = load_gold(g, a)[1]
    assert "<" not in ex.text
    (span,) = ex.spans
    assert ex.text[span.start : span.end] == "Diplôme d'infirmier"


def test_a_gold_item_off_its_text_or_an_ad_missing_is_named(tmp_path: Path) -> None:
    desc = "Bac+2 exigé"
    bad = {"kind": "diploma", "field": "description", "start": 0, "end": 4, "text": "Bac+2"}
    g, a = _write(tmp_path, [{"id": "x", "title": "T", "description": desc}], [{"id": "x", "requirements": [bad]}])
    with pytest.raises(CorpusError, match=r"gold\.jsonl ligne 1 \(x, description\)"):
        load_gold(g, a)
    g, a = _write(tmp_path, [{"id": "x", "title": "T", "description": desc}], [{"id": "y", "requirements": []}])
    with pytest.raises(CorpusError, match="'y' absente de ads.jsonl"):
        load_gold(g, a)


def test_a_committed_written_set_loads_with_every_span_on_its_gold_text() -> None:
    gold, ads = ROOT / "eval/gold/extract-written-wfr1.jsonl", ROOT / "eval/written/wfr1.jsonl"
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    examples = load_gold(gold, ads)
    assert len(examples) == 2 * len(rows)
    want = sorted(
        (r["id"], i["field"], i["kind"], i["text"].strip())
        for r in rows
        for i in r["requirements"]
        if i["kind"] in ("diploma", "experience", "language", "licence", "certification")
    )
    got = sorted((e.ad_id, e.field, s.kind, e.text[s.start : s.end]) for e in examples for s in e.spans)
    assert got == want


def test_the_diploma_gate_reads_diploma_lines_only() -> None:
    text = "Profil :\n- Bachelier en électromécanique\n- 3 ans d'expérience\n- Anglais courant\n- CE1D minimum"
    assert [text[a:b] for a, b in cue_sentences(text, gate="diploma")] == ["- Bachelier en électromécanique", "- CE1D minimum"]
    # The all-kinds gate also reads the experience and language lines.
    assert "- Anglais courant" in [text[a:b] for a, b in cue_sentences(text)]


def test_train_reads_gold_sources_keeps_the_kinds_asked_and_records_digests(tmp_path: Path) -> None:
    desc = "Profil :\n- Bachelier en comptabilité\n- Anglais courant"
    gold = [
        {
            "id": "a1",
            "requirements": [
                _item("diploma", "description", "Bachelier en comptabilité", desc),
                _item("language", "description", "Anglais courant", desc),
            ],
        }
    ]
    g, a = _write(tmp_path, [{"id": "a1", "title": "Comptable", "description": desc}], gold)
    loaded = train.load_sources(None, [[g, a]], ("diploma",))
    assert loaded is not None
    examples, sources = loaded
    assert [s.kind for e in examples for s in e.spans] == ["diploma"]
    assert sources == [
        {"gold": str(g), "gold_sha256_16": train.file_digest(g), "ads": str(a), "ads_sha256_16": train.file_digest(a)}
    ]
    docs, lost = train.to_docs(spacy.blank("fr"), examples, "diploma")
    assert lost == 0 and [[(e.label_, e.text) for e in d.ents] for d in docs] == [[("diploma", "Bachelier en comptabilité")]]
    # The same ad twice (two sources) is refused.
    assert train.load_sources(None, [[g, a], [g, a]], ("diploma",)) is None


def test_train_command_line_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit):
        train.main([])  # no corpus, no --gold
    with pytest.raises(SystemExit):
        train.main(["--gold", "g", "a", "--kinds", "skill", str(tmp_path / "out")])
    seen: dict[str, object] = {}

    def fake_load(corpus: Path | None, golds: list[list[Path]], kinds: tuple[str, ...]) -> None:
        seen.update(corpus=corpus, golds=golds, kinds=kinds)
        return None

    monkeypatch.setattr(train, "load_sources", fake_load)
    out = tmp_path / "out"
    assert train.main(["--gold", "g1", "a1", "--gold", "g2", "a2", "--kinds", "diploma", "--gate", "diploma", str(out)]) == 1
    assert seen == {"corpus": None, "golds": [[Path("g1"), Path("a1")], [Path("g2"), Path("a2")]], "kinds": ("diploma",)}
    assert not out.exists()


def test_the_evaluator_span_model_option_builds_the_extractor_config() -> None:
    assert span_model_config(None) is None
    assert span_model_config("/m") == {"pj_requirements": {"span_model": True, "span_model_path": "/m"}}
    assert span_model_config("/m", "diploma") == {
        "pj_requirements": {"span_model": True, "span_model_path": "/m", "span_model_kinds": ["diploma"]}
    }
