"""The extraction evaluator on a gold that covers a sample of an offers file without structured fields
(the held-out check, `eval/gold/extract-it-sample.jsonl` against `offers-it-fr.jsonl`).

Predictions are given with --pred, so no spaCy model is loaded: only the scoring is under test.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from audits.evaluate.extraction import main as evaluate_main

# Attributes a licence item leaves null (the gold format writes every key, null where not applicable).
NULL_ATTRIBUTES = (
    "alternative_group",
    "eqf_level",
    "isced_level",
    "years",
    "language",
    "cefr",
    "code",
    "criterion",
)


def _licence(text: str, start: int, category: str) -> dict[str, Any]:
    span = {"field": "description", "start": start, "end": start + len(text), "text": text}
    return {
        "kind": "licence",
        **span,
        "strength": "required",
        **dict.fromkeys(NULL_ATTRIBUTES),
        "category": category,
    }


def _write(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _run(tmp_path: Path, offers: list[dict[str, Any]]) -> dict[str, Any]:
    # Gold: offer B only. Predictions: all three offers, each with a licence; A and C are outside the sample.
    gold = _write(
        tmp_path / "gold.jsonl",
        [{"id": "B", "language": "fr", "requirements": [_licence("permis B", 0, "B")]}],
    )
    pred = _write(
        tmp_path / "pred.jsonl",
        [{"id": o["id"], "requirements": [_licence("permis B", 0, "B")]} for o in offers],
    )
    offers_path = _write(tmp_path / "offers.jsonl", offers)
    out_json = tmp_path / "figures.json"
    code = evaluate_main([str(gold), str(offers_path), "--pred", str(pred), "--json", str(out_json)])
    assert code == 0
    figures: dict[str, Any] = json.loads(out_json.read_text(encoding="utf-8"))
    return figures


def test_only_the_gold_offers_are_scored_and_the_structured_signal_is_out_of_scope(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offers = [{"id": i, "title": "Chauffeur", "description": "permis B exigé"} for i in ("A", "B", "C")]
    figures = _run(tmp_path, offers)
    printed = capsys.readouterr().out
    assert figures["offers"] == 1
    assert figures["kinds"]["licence"] == {
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "tp": 1,
        "fp": 0,
        "fn": 0,
    }
    assert figures["structured"] is None
    assert "sans objet : aucune des offres évaluées n'a de champ structuré" in printed


def test_the_structured_signal_counts_only_the_gold_offers(tmp_path: Path) -> None:
    licence_field = [{"libelle": "B - Véhicule léger", "exigence": "E"}]
    offers = [
        {"id": i, "title": "Chauffeur", "description": "permis B exigé", "licences": licence_field}
        for i in ("A", "B", "C")
    ]
    figures = _run(tmp_path, offers)
    rows = {row["check"]: (row["agree"], row["total"]) for row in figures["structured"]}
    assert rows["permis exigé (champ structuré) -> permis de cette catégorie extrait"] == (1, 1)


def test_several_gold_files_are_scored_as_one_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Two sets, each with its own offers file; the second set's licence is missed by the predictions.
    first = tmp_path / "first"
    second = tmp_path / "second"
    first.mkdir()
    second.mkdir()
    gold_a = _write(first / "gold.jsonl", [{"id": "A", "language": "fr", "requirements": [_licence("permis B", 0, "B")]}])
    offers_a = _write(first / "offers.jsonl", [{"id": "A", "title": "Chauffeur", "description": "permis B exigé"}])
    gold_b = _write(second / "gold.jsonl", [{"id": "B", "language": "fr", "requirements": [_licence("permis C", 0, "C")]}])
    offers_b = _write(second / "offers.jsonl", [{"id": "B", "title": "Chauffeur", "description": "permis C exigé"}])
    pred = _write(tmp_path / "pred.jsonl", [{"id": "A", "requirements": [_licence("permis B", 0, "B")]}, {"id": "B", "requirements": []}])
    out_json = tmp_path / "figures.json"
    argv = [str(gold_a), str(offers_a), "--also", str(gold_b), str(offers_b), "--pred", str(pred), "--json", str(out_json)]
    assert evaluate_main(argv) == 0
    figures = json.loads(out_json.read_text(encoding="utf-8"))
    assert figures["offers"] == 2
    assert (figures["kinds"]["licence"]["tp"], figures["kinds"]["licence"]["fn"]) == (1, 1)
    assert f"Extraction — 2 offres ({gold_a}, {gold_b})" in capsys.readouterr().out


def test_an_offer_in_two_gold_files_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write(tmp_path / "gold.jsonl", [{"id": "A", "language": "fr", "requirements": []}])
    offers = _write(tmp_path / "offers.jsonl", [{"id": "A", "title": "Chauffeur", "description": "permis B exigé"}])
    pred = _write(tmp_path / "pred.jsonl", [{"id": "A", "requirements": []}])
    assert evaluate_main([str(gold), str(offers), "--also", str(gold), str(offers), "--pred", str(pred)]) == 2
    assert "offres présentes dans deux fichiers or" in capsys.readouterr().err


def test_a_set_whose_offers_file_lacks_an_offer_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = _write(tmp_path / "gold.jsonl", [{"id": "A", "language": "fr", "requirements": []}])
    offers = _write(tmp_path / "offers.jsonl", [{"id": "A", "title": "Chauffeur", "description": "permis B exigé"}])
    other_gold = _write(tmp_path / "other.jsonl", [{"id": "Z", "language": "fr", "requirements": []}])
    pred = _write(tmp_path / "pred.jsonl", [{"id": "A", "requirements": []}])
    assert evaluate_main([str(gold), str(offers), "--also", str(other_gold), str(offers), "--pred", str(pred)]) == 2
    assert f"offres absentes de {offers} : Z" in capsys.readouterr().err


def test_no_protected_skips_the_sentences_beside_the_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A protected-sentences file beside the gold is read by default; --no-protected leaves it out.
    _write(tmp_path / "protected-sentences.jsonl", [{"text": "Jeune homme de 20 ans", "criteria": ["age", "sex"]}])
    gold = _write(tmp_path / "gold.jsonl", [{"id": "A", "language": "fr", "requirements": []}])
    offers = _write(tmp_path / "offers.jsonl", [{"id": "A", "title": "Chauffeur", "description": "permis B exigé"}])
    pred = _write(tmp_path / "pred.jsonl", [{"id": "A", "requirements": []}])
    out_json = tmp_path / "figures.json"
    assert evaluate_main([str(gold), str(offers), "--pred", str(pred), "--no-protected", "--json", str(out_json)]) == 0
    assert "Critères protégés" not in capsys.readouterr().out
    assert "protected" not in json.loads(out_json.read_text(encoding="utf-8"))
