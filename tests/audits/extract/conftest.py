"""One extraction pipeline per test session: loading spaCy, the term lists and the classifier takes seconds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from audits.extract import Extractor
from audits.model import ExtractionResult

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "audits" / "contracts" / "requirements.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def check(res: ExtractionResult, title: str, description: str) -> dict[str, Any]:
    """Every output validates against the contract and every span is the original substring."""
    d = res.to_dict()
    VALIDATOR.validate(d)
    for r in d["requirements"]:
        field = title if r["field"] == "title" else description
        assert field[r["start"] : r["end"]] == r["text"], r
        assert r["start"] < r["end"]
    return d


@pytest.fixture
def run(extractor: Extractor) -> Any:
    def _run(description: str, title: str = "Employé (H/F)") -> list[dict[str, Any]]:
        res = extractor.extract("t", title, description)
        return list(check(res, title, description)["requirements"])

    return _run


def of_kind(reqs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in reqs if r["kind"] == kind]
