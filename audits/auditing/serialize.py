"""JSON form of an audit report (audits/contracts/audit.schema.json), with stable finding ids."""

from __future__ import annotations

from typing import Any

from audits.model import AuditReport


def report_to_dict(report: AuditReport) -> dict[str, Any]:
    """`report.to_dict()` plus `id` on each finding: its index, the id `rewrite()` takes."""
    data = report.to_dict()
    for index, finding in enumerate(data["findings"]):
        finding["id"] = index
    return data
