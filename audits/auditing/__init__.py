"""Vacancy audit: flags the requirements above the real post, with evidence, explanations and rewrites.

    from audits.auditing import audit, Auditor, rewrite
    report = audit(vacancy, post_analysis)              # default Auditor (spaCy + reference loaded once)
    auditor = Auditor(); auditor.audit_many(vacancies)  # batch
    rewrite(vacancy.description, report.findings, accepted=[0, 3])

Finding ids are indices into `report.findings` (sorted: title first, then by offset, then by code), stable
for a given text, code version and reference version. The rule list, score formula and evidence sources are
documented in docs/audit.md.
"""

from audits.auditing.auditor import Auditor, audit, default_auditor
from audits.auditing.base import AuditContext, Flag, Rule, register, registered_rules
from audits.auditing.engine import (
    CODE_VERSION,
    SEVERITY_WEIGHTS,
    AuditInputError,
    audit_requirements,
    score_of,
)
from audits.auditing.legal import LegalData, load_legal_data
from audits.auditing.norms import (
    REALIZED_NORM_MIN_VACANCIES,
    Norm,
    RealizedNorm,
    norm_from_entry,
    realized_norm_from_reports,
)
from audits.auditing.text import rewrite, rewrite_vacancy


def finding_codes() -> dict[str, str]:
    """Every finding code the registered rules can emit, with its French description."""
    return {code: cls.description for cls in registered_rules() for code in cls.codes}


__all__ = [
    "CODE_VERSION",
    "REALIZED_NORM_MIN_VACANCIES",
    "SEVERITY_WEIGHTS",
    "AuditContext",
    "AuditInputError",
    "Auditor",
    "Flag",
    "LegalData",
    "Norm",
    "RealizedNorm",
    "Rule",
    "audit",
    "audit_requirements",
    "default_auditor",
    "finding_codes",
    "load_legal_data",
    "norm_from_entry",
    "realized_norm_from_reports",
    "register",
    "registered_rules",
    "rewrite",
    "rewrite_vacancy",
    "score_of",
]
