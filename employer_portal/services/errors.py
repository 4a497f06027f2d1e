"""Domain errors raised by services; `employer_portal.errors` maps them to problem details (and the CLI to
French messages). Messages are French: they reach users as they are."""

from __future__ import annotations

from collections.abc import Mapping


class ServiceError(Exception):
    status = 400

    def __init__(self, detail: str, *, errors: Mapping[str, list[str]] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = dict(errors) if errors else None


class NotFound(ServiceError):
    """Missing, or belonging to another organization: both answer the same, so ids leak nothing."""

    status = 404

    def __init__(self, what: str = "Cette ressource") -> None:
        super().__init__(f"{what} n'existe pas ou ne vous est pas accessible.")


class PermissionDenied(ServiceError):
    status = 403


class Conflict(ServiceError):
    status = 409


class InvalidInput(ServiceError):
    status = 422
