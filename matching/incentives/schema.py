"""JSON Schemas of the rule files (one per aid), `cumulation.yaml` and the policy files.

Kept in Python so that the list of known facts comes from the fact registry: a rule that names a fact the engine
cannot compute fails at load with the file and field named, instead of answering "unknown" forever.
"""

from __future__ import annotations

from typing import Any

from matching.incentives.conditions import OPS
from matching.incentives.facts import FACTS

DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
CONFIDENCE = {"enum": ["V", "S", "C", "U"]}
TEXTS = {"type": "array", "items": {"type": "string", "minLength": 1}}
SCALAR = {"type": ["string", "number", "boolean"]}


def _condition() -> dict[str, Any]:
    facts = sorted(FACTS)
    leaf = {
        "type": "object",
        "required": ["fact", "op", "value"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string"},
            "fact": {"enum": facts},
            "op": {"enum": list(OPS)},
            "value": {"anyOf": [SCALAR, {"type": "array", "items": SCALAR, "minItems": 1},
                                {"type": "object", "required": ["param"], "additionalProperties": False,
                                 "properties": {"param": {"type": "string"}}}]},
            "unverified_values": {"type": "array", "items": SCALAR},
            "note_fr": {"type": "string"},
            "confidence": CONFIDENCE,
            "sources": TEXTS,
        },
    }
    group = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string"},
            "label_fr": {"type": "string"},
            "all_of": {"type": "array", "items": {"$ref": "#/$defs/condition"}, "minItems": 1},
            "any_of": {"type": "array", "items": {"$ref": "#/$defs/condition"}, "minItems": 1},
            "confidence": CONFIDENCE,
            "sources": TEXTS,
        },
        "oneOf": [{"required": ["all_of"]}, {"required": ["any_of"]}],
    }
    return {"oneOf": [leaf, group]}


_SCHEDULE_ITEM = {
    "type": "object",
    "additionalProperties": False,
    "required": ["per", "eur"],
    "properties": {
        "per": {"enum": ["month", "quarter", "year", "once"]},
        "from_month": {"type": "integer", "minimum": 1},
        "to_month": {"type": "integer", "minimum": 1},
        "at_month": {"type": "integer", "minimum": 1},
        "eur": {"type": "number", "minimum": 0},
        "label_fr": {"type": "string"},
        "when": {"type": "array", "items": {"$ref": "#/$defs/condition"}},
        "confidence": CONFIDENCE,
        "sources": TEXTS,
    },
    "if": {"properties": {"per": {"const": "once"}}},
    "then": {"required": ["at_month"]},
    "else": {"required": ["from_month", "to_month"]},
}

_SCHEDULE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["amount_status", "part_time"],
    "properties": {
        "amount_status": {"enum": ["exact", "upper_bound", "unknown"]},
        "part_time": {"enum": ["prorated", "not_prorated", "unverified"]},
        "beneficiary_fr": {"type": "string"},
        "items": {"type": "array", "items": _SCHEDULE_ITEM},
        "age_bands": {
            "type": "object",
            "additionalProperties": False,
            "required": ["per", "bands", "until"],
            "properties": {
                "per": {"const": "quarter"},
                "until": {"const": "legal_pension_age"},
                "bands": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "additionalProperties": False, "required": ["min_age", "eur"],
                    "properties": {"min_age": {"type": "integer"}, "max_age": {"type": ["integer", "null"]},
                                   "eur": {"type": "number", "minimum": 0}}}},
            },
        },
        "note_fr": {"type": "string"},
        "confidence": CONFIDENCE,
        "sources": TEXTS,
    },
}

_VERSION = {
    "type": "object",
    "additionalProperties": False,
    "required": ["valid_from", "valid_to", "legal", "sources", "confidence", "provisional", "conditions",
                 "schedule"],
    "properties": {
        "regime": {"type": "string"},
        "valid_from": DATE,
        "valid_to": {"anyOf": [DATE, {"type": "null"}]},
        "legal": {**TEXTS, "minItems": 1},
        "sources": {**TEXTS, "minItems": 1},
        "confidence": CONFIDENCE,
        "provisional": {"type": "boolean"},
        "conditions": {"type": "array", "items": {"$ref": "#/$defs/condition"}},
        "schedule": _SCHEDULE,
        "notes_fr": TEXTS,
        "obligations_fr": TEXTS,
    },
}


def rule_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "label_fr", "kind", "versions"],
        "properties": {
            "id": {"type": "string", "pattern": "^[A-Z][A-Z0-9_]*$"},
            "label_fr": {"type": "string", "minLength": 1},
            "kind": {"enum": ["activation_allowance", "employer_subsidy", "employer_ssc_reduction",
                              "training_contract", "bonus", "employer_level_subsidy"]},
            "description_fr": {"type": "string"},
            "date_basis": {"enum": ["hire_date", "application_date"]},
            "versions": {"type": "array", "minItems": 1, "items": _VERSION},
        },
        "$defs": {"condition": _condition()},
    }


def cumulation_schema() -> dict[str, Any]:
    ids = {"type": "array", "minItems": 1, "items": {"type": "string"}}
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["rules"],
        "properties": {"rules": {"type": "array", "items": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "a", "b", "allowed", "note_fr", "sources", "confidence"],
            "properties": {
                "id": {"type": "string"},
                "a": ids,
                "b": ids,
                "allowed": {"enum": [True, False, "unknown"]},
                "note_fr": {"type": "string"},
                "cap_fr": {"type": "string"},
                "sources": {**TEXTS, "minItems": 1},
                "confidence": CONFIDENCE,
            },
        }}},
    }


def policy_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "label_fr", "description_fr", "params", "exempt_aids", "conditions", "sources"],
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
            "label_fr": {"type": "string"},
            "description_fr": {"type": "string"},
            "params": {"type": "object", "additionalProperties": {"type": "number"}},
            "exempt_aids": {"type": "array", "items": {"type": "string"}},
            "conditions": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/condition"}},
            "sources": {**TEXTS, "minItems": 1},
        },
        "$defs": {"condition": _condition()},
    }
