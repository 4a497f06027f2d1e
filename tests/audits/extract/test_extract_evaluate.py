"""The evaluator's matching and scoring, on small hand-made fixtures (no offer text from the dev set)."""

import json
from pathlib import Path
from typing import Any

from audits.evaluate.extraction import Report, main, match, normalise_code, score_offer, score_protected


def req(kind: str, start: int, end: int, **kw: Any) -> dict[str, Any]:
    base = {"kind": kind, "field": "description", "start": start, "end": end, "text": "x", "strength": "required"}
    base.update(kw)
    return base


def test_matching_is_one_to_one_largest_overlap_first() -> None:
    gold = [req("diploma", 0, 10), req("diploma", 12, 20)]
    pred = [req("diploma", 5, 15), req("diploma", 0, 4)]
    # (gold 0, pred 0) overlap 5 wins; gold 1 and pred 1 are then left without a free partner.
    assert sorted(match(gold, pred)) == [(0, 0)]
    assert sorted(match(gold, [req("diploma", 0, 9), req("diploma", 9, 20)])) == [(0, 0), (1, 1)]
    assert match([req("diploma", 0, 5)], [req("experience", 0, 5)]) == []
    assert match([req("licence", 0, 5)], [req("licence", 0, 5, field="title")]) == []


def test_scores_attributes_strength_and_min_eqf() -> None:
    report = Report()
    gold = [req("diploma", 0, 3, eqf_level=3), req("experience", 10, 20, years=2.0), req("certification", 30, 40, code="CACES R489 3")]
    pred = [req("diploma", 0, 3, eqf_level=4), req("experience", 12, 18, years=2.004, strength="preferred"), req("certification", 30, 45, code="caces r489 cat. 3")]
    score_offer(report, "o1", gold, pred)
    assert report.kinds["diploma"].tp == 1 and report.kinds["experience"].tp == 1
    assert report.attrs["diploma.eqf_level"].value == 0.0
    assert report.attrs["experience.years"].value == 1.0
    assert report.attrs["certification.code"].value == 1.0
    assert report.strength["experience"].value == 0.0
    assert report.min_eqf.ok == 0 and report.min_eqf.total == 1


def test_code_normalisation() -> None:
    assert normalise_code("CACES R489 cat 1, 3 et 5") == normalise_code("caces r489 1/3/5")
    assert normalise_code("habilitation électrique B1V") == "HABILITATION ELECTRIQUE B1V"


def test_protected_scoring_counts_clean_sentences() -> None:
    sentences = [{"text": "a", "criteria": ["age"]}, {"text": "b", "criteria": []}]
    per, micro, _ = score_protected(sentences, [{"age"}, {"sex"}])
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 0)
    assert per["sex"].fp == 1


def test_cli_on_precomputed_predictions(tmp_path: Path, capsys: Any) -> None:
    offers = tmp_path / "offers.jsonl"
    offers.write_text(
        json.dumps({"id": "A", "title": "Cariste", "description": "Permis B exigé.", "licences": [{"libelle": "B - Véhicule léger", "exigence": "E"}],
                    "formations": [], "languages": [], "experience_code": "D", "experience_label": "Débutant accepté"}) + "\n",
        encoding="utf-8",
    )
    item = req("licence", 0, 8, text="Permis B", category="B")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "A", "language": "fr", "requirements": [item]}) + "\n", encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text(json.dumps({"id": "A", "requirements": [item]}) + "\n", encoding="utf-8")
    out_json = tmp_path / "m.json"
    assert main([str(tmp_path / "gold.jsonl"), str(offers), "--pred", str(tmp_path / "pred.jsonl"), "--json", str(out_json)]) == 0
    metrics = json.loads(out_json.read_text())
    assert metrics["kinds"]["licence"]["f1"] == 1.0
    assert metrics["structured"][0]["share"] == 1.0
    assert "licence" in capsys.readouterr().out
