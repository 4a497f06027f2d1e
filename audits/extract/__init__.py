"""Requirement extraction from French (and Walloon) job ads with spaCy. See docs/extraction.md."""

from audits.extract.extractor import MAX_CHARS, Extractor, InvalidOfferError, build_pipeline

__all__ = ["MAX_CHARS", "Extractor", "InvalidOfferError", "build_pipeline"]
