"""The benchmark command runs end to end and prints every figure docs/figures.md quotes (speed is measured by the
command, never asserted by a test)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from audits.extract.bench import machine_reference_ms


def test_bench_prints_its_figures(tmp_path: Path) -> None:
    offers = tmp_path / "offers.jsonl"
    ads = [
        {"id": "a1", "title": "Magasinier H/F", "description": "Profil : CAP logistique, CACES R489 3 exigé, permis B."},
        {"id": "a2", "title": "Comptable", "description": "Bachelier en comptabilité, 2 ans d'expérience, néerlandais courant."},
    ]
    offers.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ads), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "audits.extract.bench", str(offers), "--repeat", "1"],
        capture_output=True, text=True, check=True, timeout=300,
    ).stdout
    for label in ("référence machine", "offres : 2", "extraction complète", "premier passage", "nlp.pipe nu", "ratio extraction", "pic de mémoire"):
        assert label in out, (label, out)


def test_machine_reference_times_a_real_workload() -> None:
    ms = machine_reference_ms(rounds=1)
    # 2 million multiplications and additions in CPython take tens to hundreds of milliseconds, never nothing.
    assert 1.0 < ms < 60_000
