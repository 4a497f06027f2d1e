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
