"""Evaluation and benchmark commands, on small hand-written offer files."""

from __future__ import annotations

import json

from audits.reference import bench, evaluate

OFFERS = [
    {"id": "t1", "title": "Cariste H/F", "description": "Conduite de chariots élévateurs.", "rome_code": "N1101"},
    {"id": "t2", "title": "Serveur / Serveuse (H/F)", "description": "Service en salle.", "rome_code": "G1803"},
    # A deliberate miss: the gold code is not what the title says, it must appear in the confusion list.
    {"id": "t3", "title": "Manutentionnaire", "description": "", "rome_code": "A1101"},
    {"id": "t4", "title": "Sans code", "description": ""},
]


def _write(tmp_path, rows, extra_line=None):
    path = tmp_path / "offers.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    if extra_line is not None:
        lines.append(extra_line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_evaluate_prints_accuracy_and_confusions(tmp_path, capsys):
    assert evaluate.main([str(_write(tmp_path, OFFERS))]) == 0
    out = capsys.readouterr().out
    assert "offres évaluées : 3 (sans rome_code, ignorées : 1)" in out
    assert "top-1 : 0.667 (2/3)" in out
    assert "A1101 -> N1105 : 1" in out


def test_evaluate_bad_line_names_it(tmp_path, capsys):
    path = _write(tmp_path, OFFERS[:1], extra_line="{not json")
    assert evaluate.main([str(path)]) == 2
    assert "offers.jsonl, ligne 2 : JSON invalide" in capsys.readouterr().err


def test_evaluate_missing_file(tmp_path, capsys):
    assert evaluate.main([str(tmp_path / "none.jsonl")]) == 2
    assert "introuvable" in capsys.readouterr().err


def test_bench_prints_figures(tmp_path, capsys):
    assert bench.main([str(_write(tmp_path, OFFERS)), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    for needle in ("chargement de la référence", "intitulés/s", "pic de mémoire (RSS)"):
        assert needle in out
