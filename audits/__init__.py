"""Pure library: reference data, occupation classifier, requirement extraction and audit rules.

No Flask, no SQLAlchemy, no `employer_portal` import here (a test enforces it).
"""

__version__ = "0.1.0"
