"""Belgian postal codes -> coordinates, and an honest commute-time heuristic.

The table is package data built by `python -m matching.geo.build` (see NOTICE.md for sources and licences).
Commute minutes are NOT a routing result: great-circle distance x a detour factor / a mode speed + a fixed overhead
(see `CommuteModel`). Good enough to draw a radius around a workplace; a coach checks the real trip.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import UnknownPostalCodeError

TABLE_PATH = Path(__file__).with_name("be_postal_codes.json")
EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class PostalCode:
    code: str
    lat: float
    lon: float
    municipality: str
    region: str  # Wallonie, Flandre, Bruxelles


@dataclass(frozen=True)
class CommuteModel:
    """minutes = overhead + distance_km x detour / speed_kmh x 60, per mode.

    Car: roads are ~1.3x longer than the straight line, 65 km/h average door to door (mix of local roads and
    motorway), 5 min to park. Public transport: 1.2x detour (rail lines are fairly straight), 40 km/h average
    including changes, 15 min fixed for walking to the stop and waiting. Calibration check: Liège (4000) -> Namur
    (5000), 48 km as the crow flies, gives 63 min by car and 101 min by public transport (real: ~50 min by motorway,
    ~50 min by direct train + access). These are documented heuristics, not timetables: rural Walloon buses are
    often much slower, which is why the candidate's own maximum commute stays the binding constraint.
    """

    car_detour: float = 1.3
    car_speed_kmh: float = 65.0
    car_overhead_min: float = 5.0
    pt_detour: float = 1.2
    pt_speed_kmh: float = 40.0
    pt_overhead_min: float = 15.0

    def minutes(self, km: np.ndarray, mode: str) -> np.ndarray:
        if mode == "car":
            return self.car_overhead_min + km * self.car_detour / self.car_speed_kmh * 60.0
        return self.pt_overhead_min + km * self.pt_detour / self.pt_speed_kmh * 60.0


class PostalTable:
    """All Belgian postal codes with a dense index (0..n-1) so that candidates store a uint16, not a string."""

    def __init__(self, rows: dict[str, list[object]]) -> None:
        self.codes: tuple[str, ...] = tuple(sorted(rows))
        self._index = {c: i for i, c in enumerate(self.codes)}
        self.lat = np.array([float(rows[c][0]) for c in self.codes])  # type: ignore[arg-type]
        self.lon = np.array([float(rows[c][1]) for c in self.codes])  # type: ignore[arg-type]
        self.municipality = tuple(str(rows[c][2]) for c in self.codes)
        self.region = tuple(str(rows[c][3]) for c in self.codes)

    def __len__(self) -> int:
        return len(self.codes)

    def __contains__(self, code: object) -> bool:
        """True for a code of the table (surrounding spaces ignored); False for anything else, whatever its type."""
        return isinstance(code, str) and code.strip() in self._index

    def index_of(self, code: object, field: str = "code_postal") -> int:
        """Dense index of `code`. Any value that is not a known Belgian code as text (an int from unvalidated JSON,
        None, a list, "", "75001") raises `UnknownPostalCodeError` (a ValueError with a French message naming
        `field`), never a TypeError: every caller already maps that error to a French reply."""
        i = self._index.get(code.strip()) if isinstance(code, str) else None
        if i is None:
            raise UnknownPostalCodeError(field, code)
        return i

    def canonical(self, code: object, field: str = "code_postal") -> str:
        """The table's spelling of `code` (" 4000 " -> "4000"); raises like `index_of`."""
        return self.codes[self.index_of(code, field)]

    def get(self, code: object, field: str = "code_postal") -> PostalCode:
        i = self.index_of(code, field)
        return PostalCode(self.codes[i], float(self.lat[i]), float(self.lon[i]), self.municipality[i], self.region[i])

    def distances_km(self, code: object, field: str = "code_postal") -> np.ndarray:
        """Great-circle distance from `code` to every postal code of the table (haversine), shape (len(self),)."""
        i = self.index_of(code, field)
        lat1, lon1 = math.radians(self.lat[i]), math.radians(self.lon[i])
        lat2, lon2 = np.radians(self.lat), np.radians(self.lon)
        a = np.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
        return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


@lru_cache(maxsize=1)
def postal_table() -> PostalTable:
    rows = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    return PostalTable(rows)
