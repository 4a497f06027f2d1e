"""A tiny extractor and reference standing in for spaCy in CLI tests (the real ones are tested end to end)."""

from __future__ import annotations

import re
from typing import Any

from audits.auditing import Auditor
from audits.model import ExtractionResult, Occupation, Requirement
from tests.audits.auditing.helpers import WAREHOUSE


class RegexExtractor:
    """Finds "Bac+N" diplomas and "N ans d'expérience" only: enough to drive the CLI."""

    def extract(self, id: str, title: str, description: str) -> ExtractionResult:
        reqs = []
        for m in re.finditer(r"Bac\+(\d)", description):
            reqs.append(Requirement(kind="diploma", text=m.group(0), field="description", start=m.start(), end=m.end(),
                                    strength="required", eqf_level=min(3 + int(m.group(1)), 8)))
        for m in re.finditer(r"(\d+) ans d'expérience", description):
            reqs.append(Requirement(kind="experience", text=m.group(0), field="description", start=m.start(), end=m.end(),
                                    strength="required", years=float(m.group(1))))
        return ExtractionResult(id=id, language="fr", occupation=Occupation(rome_code="N1103", confidence=0.8), requirements=tuple(reqs))


class FakeReference:
    version = "fake-1"

    def entry_norm(self, rome_code: str) -> Any:
        return WAREHOUSE if rome_code == "N1103" else None

    def occupation(self, rome_code: str) -> Any:
        return None


def fake_auditor() -> Auditor:
    return Auditor(extractor=RegexExtractor(), reference=FakeReference())
