"""Audit rules, one module per family. Importing this package registers them (in this order)."""

from audits.auditing.rules import (  # noqa: F401  (imported for registration)
    certificates,
    contract,
    diploma,
    discrimination,
    experience,
    languages,
    licences,
    load,
    post_analysis,
    schedule,
)
