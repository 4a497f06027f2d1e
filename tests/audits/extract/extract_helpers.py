"""Helpers shared by the extraction tests (a uniquely named module: `conftest` names collide across test folders)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

from audits.model import ExtractionResult

SCHEMA = json.loads((Path(__file__).resolve().parents[3] / "audits" / "contracts" / "requirements.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def check(res: ExtractionResult, title: str, description: str) -> dict[str, Any]:
    """Every output validates against the contract and every span is the original substring."""
    d = res.to_dict()
    VALIDATOR.validate(d)
    for r in d["requirements"]:
        field = title if r["field"] == "title" else description
        assert field[r["start"] : r["end"]] == r["text"], r
        assert r["start"] < r["end"]
    return d


def of_kind(reqs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [r for r in reqs if r["kind"] == kind]


# The attribute that says what each kind asks: found(reqs, "experience") -> [("3 ans d'expérience", 3.0), ...].
_MAIN_ATTRIBUTE = {"diploma": "eqf_level", "experience": "years", "language": "cefr", "certification": "code",
                   "protected_criterion": "criterion"}


def found(reqs: list[dict[str, Any]], kind: str) -> list[tuple[str, Any]]:
    """(text, main attribute) of each requirement of `kind`, in output order."""
    return [(r["text"], r[_MAIN_ATTRIBUTE[kind]]) for r in of_kind(reqs, kind)]


def strengths(reqs: list[dict[str, Any]], kind: str) -> dict[str, str]:
    """text -> strength of each requirement of `kind`."""
    return {r["text"]: r["strength"] for r in of_kind(reqs, kind)}


# A profile heading the diploma tests put their line under, and the (text, EQF) pairs / groups they compare.
PROFILE_HEAD = "Notre société de services basée à Liège renforce son équipe technique.\nProfil recherché :\n"


def diploma_levels(reqs: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    return [(r["text"], r["eqf_level"]) for r in of_kind(reqs, "diploma")]


def diploma_groups(reqs: list[dict[str, Any]]) -> set[Any]:
    return {r["alternative_group"] for r in of_kind(reqs, "diploma")}


def diploma_strengths(reqs: list[dict[str, Any]]) -> list[tuple[str, Any, str]]:
    return [(r["text"], r["eqf_level"], r["strength"]) for r in of_kind(reqs, "diploma")]


# The diploma tests of rounds 15 and 16 run one line under a neutral title through the `run` fixture.
NEUTRAL_TITLE = "Employé (H/F)"


def levels(run: Any, text: str, title: str = NEUTRAL_TITLE) -> list[tuple[str, Any]]:
    return diploma_levels(run(text, title))


def with_strength(run: Any, text: str, title: str = NEUTRAL_TITLE) -> list[tuple[str, Any, str]]:
    return diploma_strengths(run(text, title))
