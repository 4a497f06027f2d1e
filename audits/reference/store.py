"""Loading the packaged reference dataset and answering questions about ROME codes.

The dataset is read once per process (`get_reference()` is cached behind a lock); records are built lazily
from the raw JSON on first access and then cached, which keeps the load time low.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from audits.reference.records import EntryNorm, OccupationRecord

DATA_FILE = "reference.json.gz"
_ROME_CODE = re.compile(r"^[A-N][0-9]{4}$")


class ReferenceDataError(RuntimeError):
    """The packaged reference data is missing or unreadable (rebuild it with `python -m audits.reference.build`)."""


class Reference:
    def __init__(self, data: dict[str, Any]) -> None:
        if not isinstance(data, dict) or data.get("format") != 1 or "occupations" not in data:
            raise ReferenceDataError("format de données de référence inconnu")
        self._data = data
        self.version: str = data["version"]
        self._occupations: dict[str, Any] = data["occupations"]
        self._norms: dict[str, Any] = data["entry_norms"]
        self._items: dict[str, list[str]] = data["items"]
        self.onet_categories: dict[str, list[str]] = data.get("onet_categories", {})
        self.place_tokens: frozenset[str] = frozenset(data.get("place_tokens", ()))
        self._codes = sorted(self._occupations)
        self._competences_index: list[tuple[str, str, str]] | None = None
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: Path | None = None) -> Reference:
        try:
            if path is None:
                raw = resources.files("audits.data").joinpath(DATA_FILE).read_bytes()
            else:
                raw = Path(path).read_bytes()
            data = json.loads(gzip.decompress(raw))
        except (OSError, EOFError, ValueError) as exc:  # missing, truncated gzip, bad JSON
            raise ReferenceDataError(
                f"données de référence illisibles ({exc}); reconstruire avec python -m audits.reference.build"
            ) from exc
        return cls(data)

    # --- lookups ------------------------------------------------------------------------------------------

    @staticmethod
    def _key(rome_code: object) -> str | None:
        if not isinstance(rome_code, str):
            return None
        code = rome_code.strip().upper()
        return code if _ROME_CODE.match(code) else None

    def all_rome_codes(self) -> list[str]:
        return list(self._codes)

    def has(self, rome_code: str) -> bool:
        key = self._key(rome_code)
        return key is not None and key in self._occupations

    def occupation(self, rome_code: str) -> OccupationRecord | None:
        key = self._key(rome_code)
        if key is None or key not in self._occupations:
            return None
        return self._occupation(key)

    @lru_cache(maxsize=4096)  # noqa: B019 - the Reference lives for the whole process
    def _occupation(self, code: str) -> OccupationRecord:
        o = self._occupations[code]
        comps = tuple((ogr, self._items[ogr][0]) for ogr, _core in o["competences"] if ogr in self._items)
        return OccupationRecord(
            rome_code=code,
            label=o["label"],
            parent=o["parent"],
            regulated=o["regulated"],
            manager=o["manager"],
            appellations=tuple((a[0], a[1], a[2]) for a in o["appellations"]),
            competences=comps,
            acces_metier=o["acces_metier"],
            isco_code=o["isco_code"],
            isco_source=o["isco_source"],
            onet_codes=tuple(o["onet_codes"]),
            job_zone=o["job_zone"],
            onet_education=self._ordered(o["onet_education"], "RL"),
            onet_experience=self._ordered(o["onet_experience"], "RW"),
            mobility=tuple(o["mobility"]),
            coeur_metier=frozenset(ogr for ogr, core in o["competences"] if core),
            rome_parent=o.get("rome_parent"),
            definition=o.get("definition", ""),
        )

    def _ordered(self, dist: dict[str, float] | None, scale: str) -> dict[str, float] | None:
        """O*NET categories in their natural order (lowest education first), not alphabetical."""
        if dist is None:
            return None
        order = self.onet_categories.get(scale, [])
        keys = [k for k in order if k in dist] + sorted(k for k in dist if k not in order)
        return {k: dist[k] for k in keys}

    def entry_norm(self, rome_code: str) -> EntryNorm | None:
        key = self._key(rome_code)
        if key is None or key not in self._norms:
            return None
        return self._entry_norm(key)

    @lru_cache(maxsize=4096)  # noqa: B019
    def _entry_norm(self, code: str) -> EntryNorm:
        n = self._norms[code]
        o = self._occupations[code]
        return EntryNorm(
            rome_code=code,
            min_eqf=n["min_eqf"],
            min_eqf_evidence=n["min_eqf_evidence"],
            experience_alone_gives_access=n["experience_alone_gives_access"],
            experience_years_usual=n["experience_years_usual"],
            experience_evidence=n["experience_evidence"],
            mandatory_licences=tuple(n["mandatory_licences"]),
            mandatory_certificates=tuple(n["mandatory_certificates"]),
            legal_evidence=n["legal_evidence"],
            regulated=n["regulated"],
            ilo_skill_level=n["ilo_skill_level"],
            isced_range=n["isced_range"],
            onet_education_shares=self._ordered(o["onet_education"], "RL"),
            sources=tuple(n["sources"]),
            diploma_status=n["diploma_status"],
            useful_certificates=tuple(n["useful_certificates"]),
            job_zone=o["job_zone"],
            onet_experience_median_years=_median_band_years(self._ordered(o["onet_experience"], "RW")),
        )

    def competences_index(self) -> list[tuple[str, str, str]]:
        """(code_ogr, label, rome_code) for every competence/savoir linked to a ROME code."""
        with self._lock:
            if self._competences_index is None:
                self._competences_index = [
                    (ogr, self._items[ogr][0], code)
                    for code in self._codes
                    for ogr, _core in self._occupations[code]["competences"]
                    if ogr in self._items
                ]
            return list(self._competences_index)

    def item_kind(self, code_ogr: str) -> str | None:
        """"savoir_faire", "savoir_etre" or "savoir" for a competence code."""
        item = self._items.get(code_ogr)
        return item[1] if item else None

    def packaged_label_entries(self, normalisation_version: int) -> list[tuple[str, str, str | None]] | None:
        """The classifier entries computed by the build, or None if made with another normalisation."""
        index = self._data.get("classifier_index")
        if not index or index.get("normalisation") != normalisation_version:
            return None
        return [(e[0], e[1], e[2]) for e in index["entries"]]

    def raw_occupations(self) -> dict[str, Any]:
        """Raw JSON records (read-only by convention) for the classifier index."""
        return self._occupations


_BAND_START = re.compile(r"Over (\d+) (month|year)s?")


def _median_band_years(dist: dict[str, float] | None) -> float | None:
    """Lower bound in years of the band holding the median, for O*NET RW bands in their natural order."""
    if not dist or sum(dist.values()) <= 0:
        return None
    half = sum(dist.values()) / 2
    cumulative = 0.0
    for label, share in dist.items():
        cumulative += share
        if cumulative >= half:
            m = _BAND_START.search(label)
            if m is None:
                return 0.0  # "None", "Up to and including 1 month"
            value = float(m.group(1))
            return round(value / 12, 2) if m.group(2) == "month" else value
    return None


_LOCK = threading.Lock()
_INSTANCE: Reference | None = None


def get_reference() -> Reference:
    """The packaged reference, loaded once per process."""
    global _INSTANCE
    if _INSTANCE is None:
        with _LOCK:
            if _INSTANCE is None:
                _INSTANCE = Reference.load()
    return _INSTANCE
