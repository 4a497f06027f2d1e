"""Term lists shipped with the package (`audits/extract/data/`), loaded once per pipeline.

`terms_path` (component config) points to another directory holding files with the same names, so a deployment
can extend the lists without code changes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=16)
def load_json(name: str, terms_path: str = "") -> Any:
    base = Path(terms_path) if terms_path else DATA_DIR
    with (base / name).open(encoding="utf-8") as fh:
        return json.load(fh)
