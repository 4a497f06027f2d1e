"""The evaluation command reports each half of the file, the v460 gold and calibration buckets."""

from __future__ import annotations

import json

from audits.reference import evaluate

OFFERS = [
    {"title": "Cariste H/F", "description": "Conduite de chariots élévateurs.", "rome_code": "N1101",
     "appellation": "Cariste"},
    # Coded on an older ROME: the appellation now belongs to the child sheet K1225.
    {"title": "Conseiller en économie sociale et familiale", "description": "", "rome_code": "K1201",
     "appellation": "Conseiller / Conseillère en économie sociale et familiale"},
    {"title": "Serveur / Serveuse (H/F)", "description": "Service en salle.", "rome_code": "G1803"},
    {"title": "Manutentionnaire", "description": "", "rome_code": "A1101"},  # a deliberate miss
]


def test_halves_v460_gold_and_buckets(tmp_path, capsys):
    path = tmp_path / "offers.jsonl"
    path.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in OFFERS) + "\n", encoding="utf-8")
    assert evaluate.main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "top-1 : 0.500 (2/4)" in out
    assert "1re moitié (lignes 1–2, réglage) : top-1 0.500 (1/2)" in out
    assert "or v460 : top-1 1.000 (2/2)" in out  # K1225 counts as right against the v460 gold
    assert "2e moitié (lignes 3–4, contrôle) : top-1 0.500 (1/2)" in out
    assert "autre fiche pour 1/4 offres" in out
    assert "fichier entier : " in out and "par tranche de confiance" in out


def test_result_halves_and_buckets(tmp_path):
    path = tmp_path / "offers.jsonl"
    path.write_text("\n".join(json.dumps(o, ensure_ascii=False) for o in OFFERS) + "\n", encoding="utf-8")
    res = evaluate.evaluate(path)
    first, second = res.halves()
    assert [o.line for o in first] == [1, 2] and [o.line for o in second] == [3, 4]
    assert sum(t for _, _, _, t in res.confidence_buckets()) == 4
    assert res.drifted == 1 and res.top1 == 2
