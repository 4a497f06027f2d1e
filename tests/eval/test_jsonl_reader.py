"""The one JSON Lines reader (`audits.jsonl`) and the tools that use it: the extraction evaluator
(`python -m audits.evaluate extract`) and the gold-file tools (eval/tools/gold_format.py). Messages are pinned:
a French sentence naming the file and the line."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from audits.evaluate.extraction import main as evaluate_main
from audits.jsonl import JsonLinesError, iter_json_lines, read_json_objects

TOOLS_DIR = Path(__file__).resolve().parents[2] / "eval" / "tools"


def _gold_format() -> ModuleType:
    # Same module object as tests/eval/test_gold_files.py (eval/tools is a folder of scripts, not a package).
    if "gold_format" not in sys.modules:
        spec = importlib.util.spec_from_file_location("gold_format", TOOLS_DIR / "gold_format.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["gold_format"] = module
        spec.loader.exec_module(module)
    return sys.modules["gold_format"]


def _write(path: Path, *lines: str | bytes) -> Path:
    path.write_bytes(b"".join((x if isinstance(x, bytes) else x.encode("utf-8")) + b"\n" for x in lines))
    return path


def test_objects_are_read_with_their_line_numbers_and_blank_lines_skipped(tmp_path: Path) -> None:
    f = _write(tmp_path / "a.jsonl", '{"id": "1"}', "", "   ", '{"id": "2", "t": "é"}')
    assert list(iter_json_lines(f)) == [(1, {"id": "1"}), (4, {"id": "2", "t": "é"})]
    assert read_json_objects(f) == [{"id": "1"}, {"id": "2", "t": "é"}]
    assert read_json_objects(_write(tmp_path / "blank.jsonl", "")) == []
    assert read_json_objects(_write(tmp_path / "crlf.jsonl", '{"id": "1"}\r')) == [{"id": "1"}]


@pytest.mark.parametrize(
    ("lines", "blank_lines", "message"),
    [
        (['{"id": "1"}', '{"id": '], "skip", "ligne 2 : JSON invalide (Expecting value, colonne 8)"),
        (['{"id": "1"}', "{'id': 2}"], "skip", "ligne 2 : JSON invalide (Expecting property name enclosed in double "
                                               "quotes, colonne 2)"),
        (['{"id": "1"}', "", '{"id": "3"}'], "error", "ligne 2 : ligne vide"),
        (['{"id": "1"}', '["a"]'], "skip", "ligne 2 : un objet JSON {...} est attendu, pas une liste"),
        (['"texte"'], "skip", "ligne 1 : un objet JSON {...} est attendu, pas un texte"),
        (["42"], "skip", "ligne 1 : un objet JSON {...} est attendu, pas un nombre"),
        (["null"], "skip", "ligne 1 : un objet JSON {...} est attendu, pas la valeur null"),
        (['{"id": "1"}', b'{"t": "caf\xe9"}'], "skip", "ligne 2 : texte non UTF-8 (octet 11)"),
    ],
)
def test_every_bad_line_is_named_in_french(
    tmp_path: Path, lines: list[str | bytes], blank_lines: str, message: str
) -> None:
    f = _write(tmp_path / "bad.jsonl", *lines)
    with pytest.raises(JsonLinesError) as err:
        read_json_objects(f, blank_lines=blank_lines)  # type: ignore[arg-type]
    assert str(err.value) == f"{f}, {message}"
    assert isinstance(err.value, ValueError) and err.value.path == f and err.value.line == int(message.split()[1])


def test_a_missing_or_unreadable_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(JsonLinesError) as err:
        read_json_objects(tmp_path / "absent.jsonl")
    assert str(err.value) == f"{tmp_path / 'absent.jsonl'} : fichier introuvable" and err.value.line is None
    with pytest.raises(JsonLinesError, match="fichier illisible"):
        read_json_objects(tmp_path)  # a directory


def test_gold_tools_refuse_blank_lines_with_the_shared_message(tmp_path: Path) -> None:
    gold_format = _gold_format()
    f = _write(tmp_path / "gold.jsonl", '{"id": "1"}', "", '{"id": "3"}')
    with pytest.raises(gold_format.GoldFormatError) as err:
        gold_format.read_jsonl(f)
    assert str(err.value) == f"{f}, ligne 2 : ligne vide"
    f = _write(tmp_path / "gold2.jsonl", '{"id": "1"}', '{"id": ')
    with pytest.raises(gold_format.GoldFormatError) as err:
        gold_format.read_jsonl(f)
    assert str(err.value) == f"{f}, ligne 2 : JSON invalide (Expecting value, colonne 8)"
    assert gold_format.read_jsonl(_write(tmp_path / "ok.jsonl", '{"id": "1"}')) == [{"id": "1"}]


def test_evaluator_cli_answers_a_bad_line_with_status_2_and_the_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offers = _write(tmp_path / "offers.jsonl", json.dumps({"id": "A", "title": "t", "description": "d"}), "[1, 2]")
    gold = _write(tmp_path / "gold.jsonl", json.dumps({"id": "A", "language": "fr", "requirements": []}))
    assert evaluate_main([str(gold), str(offers), "--pred", str(gold)]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"python -m audits.evaluate extract : {offers}, ligne 2 : un objet JSON {{...}} est attendu, pas une liste\n"
    )
