"""Celery tasks of the audit and matching pipeline. Thin: ids in, the services do the work.

Registered because `employer_portal.services.audit_ops` (imported at Celery init with every services module)
imports this module. Both tasks are idempotent and `acks_late`: a redelivered message recomputes the same state.
"""

from __future__ import annotations

from celery import shared_task


@shared_task(name="employer_portal.audit_vacancy", acks_late=True, ignore_result=False)
def audit_vacancy(vacancy_id: int) -> int | None:
    """Audit a vacancy's current content; returns the AuditRun id (None when the vacancy is gone)."""
    from employer_portal.services import audit_ops

    return audit_ops.run_audit(vacancy_id)


@shared_task(name="employer_portal.compute_shortlist", acks_late=True, ignore_result=False)
def compute_shortlist(vacancy_id: int) -> int:
    """Recompute the shortlists (one per ISP operator) of an audited vacancy; returns the entry count."""
    from employer_portal.services import shortlist_ops

    return shortlist_ops.compute_for_vacancy(vacancy_id)


@shared_task(name="employer_portal.recompute_operator_shortlists", acks_late=True, ignore_result=False)
def recompute_operator_shortlists(operator_id: int) -> int:
    """After an operator's candidates changed: recompute that operator's shortlists of the open vacancies."""
    from employer_portal.services import shortlist_ops

    return shortlist_ops.recompute_for_operator(operator_id)


@shared_task(name="employer_portal.recompute_employer_shortlists", acks_late=True, ignore_result=False)
def recompute_employer_shortlists(employer_id: int) -> int:
    """After an employer's aid facts changed (kind, headcount, agreements): recompute its open vacancies' lists."""
    from employer_portal.services import shortlist_ops

    return shortlist_ops.recompute_for_employer(employer_id)
