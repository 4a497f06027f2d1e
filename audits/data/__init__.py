"""Packaged reference data (built by `python -m audits.reference.build`; see ATTRIBUTION.md)."""
