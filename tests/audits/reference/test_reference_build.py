"""The build is reproducible: rebuilding from ../shared/data gives the committed package data byte for byte.

This is a build test, so it reads the raw open data beside the clone (`../shared/data`). Without it the test is
skipped locally and FAILS in CI (CI=true), where ../shared is always present.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from audits.reference.build import DATA_FILE, main

REPO = Path(__file__).resolve().parents[3]
SHARED_DATA = (REPO / ".." / "shared" / "data").resolve()
PACKAGED = REPO / "audits" / "data"


def _shared_or_skip() -> Path:
    if (SHARED_DATA / "rome-v460").is_dir():
        return SHARED_DATA
    message = f"raw open data not found at {SHARED_DATA} (needed by the reproducible-build test)"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(message)
    pytest.skip(message)


def _args(data: Path, out: Path) -> list[str]:
    return [
        "--rome", str(data / "rome-v460"), "--esco", str(data / "esco-v1.0-fr"), "--onet", str(data / "onet-27.0"),
        "--nesta", str(data / "nesta-crosswalk"), "--places", str(data / "be-postal"), "--out", str(out),
    ]


def test_rebuild_is_byte_identical_to_packaged_data(tmp_path):
    """One build compared with the committed files, which another process built (with another string-hash
    seed): this shows both that the build is deterministic across runs and that the packaged data is up to
    date with the code."""
    import gzip

    data = _shared_or_skip()
    first = tmp_path / "a"
    assert main(_args(data, first)) == 0
    built, packaged = (first / DATA_FILE).read_bytes(), (PACKAGED / DATA_FILE).read_bytes()
    assert gzip.decompress(built) == gzip.decompress(packaged), (
        "reference content differs from the packaged file: rebuild with python -m audits.reference.build "
        "(if it differs on every run, the build is not deterministic)"
    )
    assert built == packaged, "same content, different gzip bytes: another zlib version compressed it"
    assert (first / "ATTRIBUTION.md").read_bytes() == (PACKAGED / "ATTRIBUTION.md").read_bytes()
    assert (first / DATA_FILE).stat().st_size < 15 * 1024 * 1024
    notice = (first / "ATTRIBUTION.md").read_text(encoding="utf-8")
    for needle in ("Licence Ouverte", "France Travail, ROME 4.0", "ESCO", "CC BY 4.0", "O*NET", "MIT", "Statbel"):
        assert needle in notice


def test_missing_source_is_a_clear_error_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "out"
    empty = tmp_path / "empty"
    empty.mkdir()
    code = main(["--rome", str(empty), "--esco", str(empty), "--onet", str(empty), "--nesta", str(empty),
                 "--out", str(out)])
    assert code == 2
    assert "erreur de lecture des sources" in capsys.readouterr().err
    assert not out.exists()


def test_product_runs_without_shared_data(tmp_path):
    """The packaged data alone is enough: a fresh interpreter, in another directory, classifies a title."""
    script = "from audits.reference import classify; print(classify('Cariste H/F').rome_code)"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "N1101"


def test_packaged_data_is_compact_json():
    import gzip

    raw = gzip.decompress((PACKAGED / DATA_FILE).read_bytes())
    data = json.loads(raw)
    assert data["format"] == 1 and len(data["occupations"]) == len(data["entry_norms"]) == 1584
