"""REST API under `/api/v1` (flask-smorest + marshmallow).

Registration pattern: every module of this package that defines a module-level `blp`
(`flask_smorest.Blueprint`) is registered by `register_api`, in module-name order. A new resource is one new
module; nothing else to edit. Blueprint names must be unique app-wide: prefix them with `api_`.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from flask import Flask, g, request
from flask_smorest import Blueprint, Page
from sqlalchemy import func, select

from employer_portal.errors import ProblemApi, problem_response
from employer_portal.extensions import csrf, db

api = ProblemApi()

BODY_METHODS = {"POST", "PUT", "PATCH"}
PUBLIC_PATHS = {"/api/openapi.json", "/api/docs", "/api/v1/auth/tokens"}


class SqlPage(Page):  # type: ignore[misc]
    """flask-smorest pager over an SQLAlchemy select: LIMIT/OFFSET in the database, COUNT for the header."""

    @property
    def items(self) -> list[Any]:
        return list(
            db.session.scalars(
                self.collection.limit(self.page_params.page_size).offset(self.page_params.first_item)
            )
        )

    @property
    def item_count(self) -> int:
        return int(
            db.session.execute(select(func.count()).select_from(self.collection.subquery())).scalar_one()
        )


def init_api(app: Flask) -> None:
    api.init_app(app)
    api.spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer"})
    api.spec.options["security"] = [{"bearerAuth": []}]
    for module in _api_modules():
        blp = getattr(module, "blp", None)
        if isinstance(blp, Blueprint):
            api.register_blueprint(blp)
            # Token-authenticated JSON endpoints: no ambient credentials, so no CSRF token either.
            csrf.exempt(blp)

    @app.before_request
    def _guard_api_requests() -> Any:
        if not request.path.startswith("/api/"):
            return None
        limit = app.config.get("MAX_CONTENT_LENGTH")
        if limit and request.content_length is not None and request.content_length > limit:
            return problem_response(
                413,
                f"Le corps de la requête dépasse la limite de {limit} octets (variable MAX_CONTENT_LENGTH).",
            )
        if request.method in BODY_METHODS and _has_body() and not request.is_json:
            return problem_response(
                415,
                "Envoyez le corps en JSON avec l'en-tête « Content-Type: application/json » "
                f"(reçu : « {request.mimetype or 'aucun'} »).",
            )
        if request.path in PUBLIC_PATHS or request.method == "OPTIONS":
            return None
        from employer_portal.auth.api_auth import authenticate_bearer

        g.actor = authenticate_bearer()
        return None


def _has_body() -> bool:
    return bool(request.content_length) or request.headers.get("Transfer-Encoding", "").lower() == "chunked"


def _api_modules() -> list[Any]:
    package = importlib.import_module(__name__)
    names = sorted(info.name for info in pkgutil.iter_modules(package.__path__, __name__ + "."))
    return [importlib.import_module(name) for name in names]
