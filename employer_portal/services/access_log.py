"""Writing the access log of personal data (every read of candidate data: who, what, when, through what)."""

from __future__ import annotations

from collections.abc import Iterable

from flask import g, has_request_context

from employer_portal.extensions import db
from employer_portal.models import AccessLog, User


def record_access(
    actor: User | None, action: str, object_type: str, object_ids: Iterable[int], channel: str
) -> int:
    """Add one AccessLog row per object to the current unit of work (committed with it). Returns the count."""
    token = getattr(g, "api_token", None) if has_request_context() else None
    request_id = getattr(g, "request_id", None) if has_request_context() else None
    count = 0
    for object_id in object_ids:
        db.session.add(
            AccessLog(
                user_id=actor.id if actor else None,
                organization_id=actor.organization_id if actor else None,
                api_token_id=token.id if token is not None else None,
                action=action,
                object_type=object_type,
                object_id=object_id,
                channel=channel,
                request_id=request_id,
            )
        )
        count += 1
    return count
