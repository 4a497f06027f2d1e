"""One extraction pipeline per test session: loading spaCy, the term lists and the classifier takes seconds.

Helpers (`check`, `of_kind`, `VALIDATOR`) live in `extract_helpers.py`: test modules import them from there.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import check

from audits.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture
def run(extractor: Extractor) -> Any:
    def _run(description: str, title: str = "Employé (H/F)") -> list[dict[str, Any]]:
        res = extractor.extract("t", title, description)
        return list(check(res, title, description)["requirements"])

    return _run
