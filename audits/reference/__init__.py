"""Reference data (ROME 4.0, ESCO/ISCO-08, O*NET) and the occupation classifier.

    from audits.reference import get_reference, classify
    ref = get_reference()              # packaged data, loaded once per process
    ref.occupation("N1105"); ref.entry_norm("N1105")
    classify("Agent de conditionnement H/F")   # -> audits.model.Occupation

The data is built from the raw open data by `python -m audits.reference.build` (see docs/reference-data.md).
"""

from audits.reference.classifier import OccupationClassifier, classify, get_classifier
from audits.reference.records import EntryNorm, OccupationRecord
from audits.reference.store import Reference, ReferenceDataError, get_reference

__all__ = [
    "EntryNorm",
    "OccupationClassifier",
    "OccupationRecord",
    "Reference",
    "ReferenceDataError",
    "classify",
    "get_classifier",
    "get_reference",
]
