"""Bad input, limits, schema validation and the command line."""

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from extract_helpers import VALIDATOR, check

from audits.extract import MAX_CHARS, InvalidOfferError, cli


def test_empty_text_gives_no_requirement(extractor: Any) -> None:
    res = extractor.extract("e", "", "")
    d = check(res, "", "")
    assert d["requirements"] == []
    assert res.warnings


def test_one_megabyte_description_is_truncated_with_a_warning(extractor: Any) -> None:
    block = "Nous recherchons un cariste. Permis B exigé. " * 25_000  # ~1.1 MB
    res = extractor.extract("big", "Cariste", block)
    d = check(res, "Cariste", block)
    assert any("tronquée" in w for w in res.warnings)
    assert all(r["end"] <= MAX_CHARS for r in d["requirements"])
    assert any(r["kind"] == "licence" for r in d["requirements"])


def test_non_french_text_invents_nothing(extractor: Any) -> None:
    text = "Wij zoeken een heftruckchauffeur. Je hebt een rijbewijs B en ervaring in de logistiek. Wij bieden een vast contract."
    res = extractor.extract("x", "", text)
    d = check(res, "", text)
    assert d["language"] == "nl"
    assert d["requirements"] == []
    assert res.warnings


def test_english_text_gives_its_explicit_items_only(extractor: Any) -> None:
    # Round 20 (product decision): an English ad gives its explicit English requirement phrases, with a warning.
    text = "We are looking for a forklift driver. You have a driving licence and two years of experience in logistics."
    res = extractor.extract("x", "", text)
    d = check(res, "", text)
    assert d["language"] == "en"
    assert [(r["kind"], r["text"]) for r in d["requirements"]] == [
        ("licence", "driving licence"),
        ("experience", "two years of experience in logistics"),
    ]
    assert any("seules les exigences explicites" in w for w in res.warnings)


def test_control_characters_and_emoji_keep_offsets(extractor: Any) -> None:
    text = "🚚\u0000\u0007 Permis\u00a0C exigé 💪\u200b, CACES\u2009R489 ✅ et 2 ans d\u2019expérience."
    d = check(extractor.extract("c", "Chauffeur (H/F)", text), "Chauffeur (H/F)", text)
    kinds = sorted(r["kind"] for r in d["requirements"])
    assert kinds == ["certification", "experience", "licence"]


def test_invalid_items_raise_a_documented_error(extractor: Any) -> None:
    with pytest.raises(InvalidOfferError):
        list(extractor.extract_many([{"title": "x", "description": "y"}]))
    with pytest.raises(InvalidOfferError):
        list(extractor.extract_many([{"id": "a", "title": 3, "description": "y"}]))


def test_extract_many_keeps_order_and_ids(extractor: Any) -> None:
    items = [{"id": str(i), "title": "Cariste", "description": f"Permis B. {i} ans d'expérience."} for i in range(1, 40)]
    results = list(extractor.extract_many(items))
    assert [r.id for r in results] == [str(i) for i in range(1, 40)]
    for r in results:
        VALIDATOR.validate(r.to_dict())


def test_cli_streams_valid_lines_and_names_bad_ones(extractor: Any, tmp_path: Path, monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setattr("audits.extract.extractor.Extractor", lambda **kwargs: extractor)
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(
            [
                json.dumps({"id": "1", "title": "Cariste (H/F)", "description": "CACES R489 cat 3 exigé."}),
                "{pas du json",
                json.dumps({"title": "sans id"}),
                json.dumps({"id": "4", "title": "Vendeur", "description": 12}),
                json.dumps({"id": "5", "title": "Magasinier", "description": "Permis B."}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    code = cli.main([str(src)])
    out, err = capsys.readouterr()
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [d["id"] for d in lines] == ["1", "5"]
    for d in lines:
        VALIDATOR.validate(d)
    assert "ligne 2" in err and "JSON invalide" in err
    assert "ligne 3" in err and "id" in err
    assert "ligne 4" in err and "description" in err


def test_cli_missing_file(capsys: Any) -> None:
    assert cli.main(["/nonexistent/offers.jsonl"]) == 2
    assert "impossible de lire" in capsys.readouterr().err


def test_cli_reads_stdin(extractor: Any, monkeypatch: Any, capsys: Any) -> None:
    monkeypatch.setattr("audits.extract.extractor.Extractor", lambda **kwargs: extractor)
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"id": "s", "title": "", "description": "Permis B."}) + "\n"))
    assert cli.main(["-"]) == 0
    assert json.loads(capsys.readouterr().out)["requirements"][0]["category"] == "B"
