"""The pure audit: requirements + occupation + references -> findings, score, real requirements.

`audit_requirements` is the whole audit once the requirements are extracted; it does no I/O beyond the
packaged legal tables, so unit tests call it with hand-built requirements and norms.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import math
from collections.abc import Iterable, Sequence
from pathlib import Path

import audits
from audits.auditing import rules as _rules  # noqa: F401  (registers the rules)
from audits.auditing.base import AuditContext, Flag, Rule, registered_rules
from audits.auditing.legal import LegalData, load_legal_data
from audits.auditing.norms import Norm, RealizedNorm
from audits.auditing.rules.references import matches_any
from audits.model import (
    AuditReport,
    Finding,
    Occupation,
    PostAnalysisInput,
    Requirement,
    VacancyInput,
)

# Score: start at 100 and subtract per finding by severity (docs/audit.md, "Score").
SEVERITY_WEIGHTS = {"critical": 25.0, "warning": 10.0, "info": 2.0}


class AuditInputError(ValueError):
    """The vacancy cannot be audited as given (e.g. an unreadable reference_date)."""


def _code_hash() -> str:
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


CODE_VERSION = f"audits-{audits.__version__}+rules.{_code_hash()}"


def reference_date_of(vacancy: VacancyInput, default: dt.date | None = None) -> dt.date:
    if vacancy.reference_date:
        try:
            return dt.date.fromisoformat(vacancy.reference_date)
        except ValueError as exc:
            raise AuditInputError(
                f"reference_date {vacancy.reference_date!r} n'est pas une date ISO (AAAA-MM-JJ)"
            ) from exc
    return default or dt.date.today()


def _sort_key(finding: Finding) -> tuple[int, float, str]:
    field_rank = {"title": 0, "description": 1}.get(finding.field or "", 2)
    start = float(finding.start) if finding.start is not None else math.inf
    return field_rank, start, finding.code


def score_of(findings: Iterable[Finding]) -> float:
    """Accessibility 0..100: 100 minus the severity weights of the findings, floored at 0."""
    return max(0.0, 100.0 - sum(SEVERITY_WEIGHTS[f.severity] for f in findings))


_ACTION_RANK = {"drop": 3, "replace": 2, "lower": 2, "soften": 1, "none": 0}


def real_requirements_of(
    requirements: Sequence[Requirement],
    flags: Sequence[Flag],
    norm: Norm | None,
    post_analysis: PostAnalysisInput | None,
) -> tuple[Requirement, ...]:
    """Stated requirements minus the inflated ones, plus the legal obligations the ad forgot."""
    decided: dict[int, Flag] = {}
    for flag in flags:
        if flag.requirement is None or flag.action == "none":
            continue
        for index, req in enumerate(requirements):
            if req is flag.requirement or req == flag.requirement:
                current = decided.get(index)
                if current is None or _ACTION_RANK[flag.action] > _ACTION_RANK[current.action]:
                    decided[index] = flag
    real: list[Requirement] = []
    for index, req in enumerate(requirements):
        if req.kind == "protected_criterion":
            continue  # never a requirement the matcher may use
        decision = decided.get(index)
        if decision is None:
            real.append(dataclasses.replace(req, native=False, cefr=req.cefr or "C1") if req.native else req)
        elif decision.action == "drop":
            continue
        elif decision.replacement is not None:
            real.append(decision.replacement)
        else:
            real.append(req)
    # Legal obligations of the post, added even when the ad forgot them. They have no span in the text:
    # an empty `text` at offset 0 keeps `text == field[start:end]` true.
    licences = {r.category.upper() for r in real if r.kind == "licence" and r.category}
    mandatory_licences = list(norm.mandatory_licences if norm else ()) + list(post_analysis.required_licences if post_analysis else ())
    for category in dict.fromkeys(c.upper() for c in mandatory_licences):
        if category not in licences:
            real.append(Requirement(kind="licence", text="", field="description", start=0, end=0,
                                    strength="required", category=category))
    mandatory_certs = list(norm.mandatory_certificates if norm else ()) + list(post_analysis.required_certificates if post_analysis else ())
    for name in dict.fromkeys(mandatory_certs):
        if not any(matches_any(r, [name]) for r in real if r.kind in ("certification", "diploma", "licence")):
            real.append(Requirement(kind="certification", text="", field="description", start=0, end=0,
                                    strength="required", code=name))
    return tuple(real)


def audit_requirements(
    vacancy: VacancyInput,
    requirements: Sequence[Requirement],
    occupation: Occupation,
    *,
    norm: Norm | None = None,
    post_analysis: PostAnalysisInput | None = None,
    realized_norm: RealizedNorm | None = None,
    legal: LegalData | None = None,
    reference_date: dt.date | None = None,
    rules: Sequence[Rule] | None = None,
    reference_version: str = "none",
    language: str = "fr",
    warnings: Sequence[str] = (),
) -> AuditReport:
    """Run every rule and assemble the report (findings sorted: title first, then by offset, then code)."""
    legal = legal or load_legal_data()
    notes = list(warnings)
    if realized_norm is not None and occupation.rome_code and realized_norm.rome_code != occupation.rome_code:
        notes.append(
            f"norme réalisée ignorée : elle porte sur {realized_norm.rome_code}, l'offre sur {occupation.rome_code}"
        )
        realized_norm = None
    ctx = AuditContext(
        vacancy=vacancy,
        requirements=tuple(requirements),
        occupation=occupation,
        norm=norm,
        post_analysis=post_analysis,
        realized_norm=realized_norm,
        legal=legal,
        reference_date=reference_date or reference_date_of(vacancy),
        language=language,
    )
    active = list(rules) if rules is not None else [cls() for cls in registered_rules()]
    flags: list[Flag] = []
    for rule in active:
        flags.extend(rule.analyze(ctx))
    # A finding shared by several flags (one per member of "CAP ou Bac pro") is reported once.
    findings = tuple(sorted(dict.fromkeys(f.finding for f in flags), key=_sort_key))
    if norm is None and occupation.rome_code is None and post_analysis is None:
        notes.append("métier non reconnu et pas d'analyse de poste : diplôme et expérience non comparés à une norme")
    return AuditReport(
        id=vacancy.id,
        occupation=occupation,
        score=score_of(findings),
        findings=findings,
        requirements=tuple(requirements),
        real_requirements=real_requirements_of(requirements, flags, norm, post_analysis),
        code_version=CODE_VERSION,
        reference_version=f"{legal.version}+{reference_version}",
        language=language,
        warnings=tuple(notes),
    )
