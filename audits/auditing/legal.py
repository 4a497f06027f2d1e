"""Dated Belgian legal values (minimum wage, part-time floor, trial period...) read from `audits/data/legal/*.yaml`.

Values follow the OpenFisca habit: each one has `valid_from` / `valid_to`, a source and a confidence tag
(V verified, S secondary, C computed, U unverified). Rules ask for the value *at a date* and carry the tag
into the evidence, so a computed or unverified amount is shown to the employer as provisional.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEGAL_DIR = Path(__file__).resolve().parent.parent / "data" / "legal"
# Only values verified in the legal text ([V]) are shown as settled; secondary-source [S], computed [C] and
# unverified [U] values are carried as provisional, as the Walloon reference asks.
PROVISIONAL_TAGS = frozenset({"S", "C", "U"})
_PROVISIONAL_NOTE = {
    "S": "source secondaire, à confirmer dans le texte officiel",
    "C": "valeur calculée, provisoire, à confirmer dans le texte officiel",
    "U": "valeur non vérifiée, provisoire",
}


class LegalDataError(RuntimeError):
    """The packaged legal YAML is missing or malformed (a packaging bug, not a user error)."""


@dataclass(frozen=True)
class DatedValue:
    """One dated entry of a legal table, with its provenance."""

    valid_from: dt.date
    valid_to: dt.date | None
    data: dict[str, Any]
    confidence: str
    source: str

    @property
    def provisional(self) -> bool:
        return self.confidence in PROVISIONAL_TAGS

    def covers(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def provenance(self) -> str:
        """French provenance note, e.g. « source : SPF Emploi [V] » or a provisional warning."""
        note = f"source : {self.source} [{self.confidence}]"
        if self.provisional:
            note += " — " + _PROVISIONAL_NOTE[self.confidence]
        return note


def _as_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class LegalTable:
    id: str
    legal_reference: str
    values: tuple[DatedValue, ...]
    raw: dict[str, Any]

    def at(self, day: dt.date, *, in_force_only: bool = True) -> DatedValue | None:
        """The value in force on `day` (drafts marked `in_force: false` are skipped unless asked)."""
        for value in self.values:
            if in_force_only and value.data.get("in_force") is False:
                continue
            if value.covers(day):
                return value
        return None

    def drafts_after(self, day: dt.date) -> tuple[DatedValue, ...]:
        """Announced but not-in-force values that start on or before `day` (shown as a caveat)."""
        return tuple(v for v in self.values if v.data.get("in_force") is False and v.valid_from <= day)


def _load_table(path: Path) -> LegalTable:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LegalDataError(f"cannot read legal table {path}: {exc}") from exc
    if not isinstance(raw, dict) or "id" not in raw:
        raise LegalDataError(f"legal table {path} has no id")
    values = []
    for entry in raw.get("values", []) or []:
        valid_from = _as_date(entry.get("valid_from"))
        if valid_from is None or "confidence" not in entry or "source" not in entry:
            raise LegalDataError(f"{path}: every value needs valid_from, confidence and source: {entry}")
        values.append(
            DatedValue(
                valid_from=valid_from,
                valid_to=_as_date(entry.get("valid_to")),
                data=dict(entry),
                confidence=str(entry["confidence"]),
                source=str(entry["source"]),
            )
        )
    return LegalTable(
        id=str(raw["id"]),
        legal_reference=str(raw.get("legal_reference", "")),
        values=tuple(sorted(values, key=lambda v: v.valid_from)),
        raw=raw,
    )


@dataclass(frozen=True)
class LegalData:
    tables: dict[str, LegalTable]
    version: str

    def __getitem__(self, table_id: str) -> LegalTable:
        try:
            return self.tables[table_id]
        except KeyError as exc:
            raise LegalDataError(f"no legal table {table_id!r} in {LEGAL_DIR}") from exc


@lru_cache(maxsize=4)
def load_legal_data(directory: Path = LEGAL_DIR) -> LegalData:
    """Load every `*.yaml` of the legal directory once; `version` is a short hash of their bytes."""
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        raise LegalDataError(f"no legal YAML in {directory}")
    digest = hashlib.sha256()
    tables: dict[str, LegalTable] = {}
    for path in paths:
        digest.update(path.read_bytes())
        table = _load_table(path)
        tables[table.id] = table
    return LegalData(tables=tables, version="legal-" + digest.hexdigest()[:10])


def format_eur(amount: float) -> str:
    """French money format: 2 189,13 EUR."""
    whole, cents = f"{amount:,.2f}".split(".")
    return whole.replace(",", "\u202f") + "," + cents + " EUR"


def format_date_fr(day: dt.date) -> str:
    months = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {months[day.month - 1]} {day.year}"
