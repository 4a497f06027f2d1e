"""Errors as RFC 9457 problem details (`application/problem+json`) for the API and operations endpoints,
and as a small French HTML page for the portal pages.

Every error response of `/api/...`, `/healthz` and `/readyz` has `type`, `title`, `status`, `detail`, and, for
validation problems, `errors` mapping a dotted field path to a list of French messages. A 500 never leaks
internals: the exception is logged with the request id, and the client gets that id to quote.
"""

from __future__ import annotations

import http
import logging
import re
from collections.abc import Mapping
from typing import Any

import marshmallow as ma
from flask import Flask, Response, g, json, render_template, request
from flask_smorest import Api
from flask_smorest.utils import prepare_response
from werkzeug.exceptions import HTTPException, InternalServerError

log = logging.getLogger(__name__)

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "urn:poste-juste:problem:"

TITLES: dict[int, str] = {
    400: "Requête invalide",
    401: "Authentification requise",
    403: "Accès refusé",
    404: "Ressource introuvable",
    405: "Méthode non autorisée",
    409: "Conflit avec l'état de la ressource",
    413: "Requête trop volumineuse",
    415: "Type de contenu non pris en charge",
    422: "Données invalides",
    429: "Trop de requêtes",
    500: "Erreur interne",
    503: "Service indisponible",
}
DEFAULT_DETAILS: dict[int, str] = {
    400: "La requête est mal formée.",
    401: "Fournissez un jeton valide dans l'en-tête « Authorization: Bearer <jeton> ».",
    403: "Votre rôle ne permet pas cette action.",
    404: "Cette ressource n'existe pas ou ne vous est pas accessible.",
    405: "Cette méthode HTTP n'est pas acceptée sur cette adresse.",
    409: "L'action est incompatible avec l'état actuel de la ressource.",
    413: "Le corps de la requête dépasse la taille maximale autorisée.",
    415: "Envoyez le corps en JSON avec l'en-tête « Content-Type: application/json ».",
    422: "Certains champs sont invalides : voir « errors ».",
    429: "Trop de requêtes : réessayez plus tard.",
    500: "Une erreur interne est survenue. Citez l'identifiant de requête au support.",
    503: "Un service nécessaire ne répond pas.",
}
TYPE_SLUGS: dict[int, str] = {
    400: "bad-request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    409: "conflict",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "invalid-fields",
    429: "too-many-requests",
    500: "internal-error",
    503: "unavailable",
}

# marshmallow/webargs speak English; users read French.
_FRENCH_MESSAGES = {
    "Unknown field.": "Champ inconnu.",
    "Missing data for required field.": "Champ obligatoire manquant.",
    "Field may not be null.": "Ce champ ne peut pas être vide (null).",
    "Not a valid string.": "Texte attendu.",
    "Not a valid integer.": "Nombre entier attendu.",
    "Not a valid number.": "Nombre attendu.",
    "Not a valid boolean.": "Booléen attendu (true ou false).",
    "Not a valid date.": "Date attendue au format AAAA-MM-JJ.",
    "Not a valid datetime.": "Date et heure attendues au format ISO 8601.",
    "Not a valid list.": "Liste attendue.",
    "Not a valid mapping type.": "Objet JSON attendu.",
    "Invalid input type.": "Type de données invalide.",
    "Invalid JSON body.": "Corps JSON invalide (syntaxe).",
    "Invalid value.": "Valeur invalide.",
    "Not a valid email address.": "Adresse e-mail invalide.",
    "Special numeric values (nan or infinity) are not permitted.": "Les valeurs NaN et infinies sont refusées.",
}
_PATTERNS = [
    (re.compile(r"^Longer than maximum length (\d+)\.$"), "Trop long : {0} caractères au maximum."),
    (re.compile(r"^Shorter than minimum length (\d+)\.$"), "Trop court : {0} caractères au minimum."),
    (re.compile(r"^Must be one of: (.*)\.$"), "Valeur attendue parmi : {0}."),
    (re.compile(r"^Must be greater than or equal to (\S+)\.$"), "Doit être supérieur ou égal à {0}."),
    (re.compile(r"^Must be less than or equal to (\S+)\.$"), "Doit être inférieur ou égal à {0}."),
]


def to_french(message: str) -> str:
    if message in _FRENCH_MESSAGES:
        return _FRENCH_MESSAGES[message]
    for pattern, template in _PATTERNS:
        m = pattern.match(message)
        if m:
            return template.format(*m.groups())
    return message


def flatten_errors(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """{"json": {"tasks": {0: {"name": ["..."]}}}} -> {"tasks.0.name": ["..."]} (location level dropped)."""
    flat: dict[str, list[str]] = {}
    if isinstance(messages, Mapping):
        for key, value in messages.items():
            key_s = str(key)
            # webargs nests by location ("json", "query", "view_args"); the location is not a field name,
            # except when the whole body is the problem ("json": ["Invalid JSON body."]).
            if not prefix and key_s in {
                "json",
                "query",
                "querystring",
                "view_args",
                "headers",
                "form",
                "files",
            }:
                if isinstance(value, list | tuple):
                    flat.setdefault("_body" if key_s == "json" else key_s, []).extend(
                        to_french(str(v)) for v in value
                    )
                else:
                    for k, v in flatten_errors(value, "").items():
                        flat.setdefault(k, []).extend(v)
                continue
            path = f"{prefix}.{key_s}" if prefix else key_s
            for k, v in flatten_errors(value, path).items():
                flat.setdefault(k, []).extend(v)
    elif isinstance(messages, list | tuple):
        if all(isinstance(m, str) for m in messages):
            flat.setdefault(prefix or "_body", []).extend(to_french(m) for m in messages)
        else:
            for item in messages:
                for k, v in flatten_errors(item, prefix).items():
                    flat.setdefault(k, []).extend(v)
    elif isinstance(messages, str):
        flat.setdefault(prefix or "_body", []).append(to_french(messages))
    return flat


def problem_response(
    status: int,
    detail: str | None = None,
    *,
    errors: Mapping[str, list[str]] | None = None,
    type_slug: str | None = None,
    title: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + (type_slug or TYPE_SLUGS.get(status, "error")),
        "title": title or TITLES.get(status, "Erreur"),
        "status": status,
        "detail": detail or DEFAULT_DETAILS.get(status, ""),
        "instance": request.path if request else None,
    }
    request_id = getattr(g, "request_id", None)
    if request_id:
        body["request_id"] = request_id
    if errors:
        body["errors"] = {k: list(v) for k, v in errors.items()}
    response = Response(json.dumps(body, ensure_ascii=False), status=status, mimetype=PROBLEM_CONTENT_TYPE)
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


class ProblemHTTPException(HTTPException):
    """Raise from services/views to answer a specific problem: `raise Problem(409, "détail")`."""

    def __init__(
        self,
        status: int,
        detail: str | None = None,
        *,
        errors: Mapping[str, list[str]] | None = None,
        type_slug: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(description=detail)
        self.code = status
        self.detail = detail
        self.errors = dict(errors) if errors else None
        self.type_slug = type_slug
        self.extra_headers = dict(headers or {})


Problem = ProblemHTTPException


def wants_problem_json() -> bool:
    path = request.path
    return path.startswith("/api") or path in {"/healthz", "/readyz"}


def _http_exception_to_problem(exc: HTTPException) -> Response:
    status = exc.code or 500
    headers: dict[str, str] = {}
    if status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="poste-juste"'
    if isinstance(exc, ProblemHTTPException):
        headers.update(exc.extra_headers)
        return problem_response(
            status, exc.detail, errors=exc.errors, type_slug=exc.type_slug, headers=headers
        )
    detail: str | None = None
    errors: dict[str, list[str]] | None = None
    data = getattr(exc, "data", None) or {}
    if "messages" in data:  # webargs validation error (422) or invalid JSON (400)
        errors = flatten_errors(data["messages"])
        if status == 400 and "_body" in errors:
            detail = "Le corps de la requête n'est pas du JSON valide."
    else:
        if data.get("errors"):
            errors = flatten_errors(data["errors"])
        detail = data.get("message")
    valid_methods = getattr(exc, "valid_methods", None)
    if status == 405 and valid_methods:
        headers["Allow"] = ", ".join(valid_methods)
    if status == 413:
        detail = (
            f"Le corps de la requête dépasse la limite de {request_size_limit()} octets "
            "(variable MAX_CONTENT_LENGTH)."
        )
    return problem_response(status, detail, errors=errors, headers=headers)


def request_size_limit() -> int:
    from flask import current_app

    return int(current_app.config.get("MAX_CONTENT_LENGTH") or 0)


def _html_error(status: int, detail: str | None) -> tuple[str, int]:
    return (
        render_template(
            "error.html",
            status=status,
            title=TITLES.get(status, "Erreur"),
            detail=detail or DEFAULT_DETAILS.get(status, ""),
        ),
        status,
    )


def handle_http_exception(exc: HTTPException) -> Any:
    if wants_problem_json():
        return _http_exception_to_problem(exc)
    if exc.code == 401:
        from flask import redirect, url_for

        return redirect(url_for("auth.login", next=request.full_path))
    return _html_error(exc.code or 500, exc.description if isinstance(exc, ProblemHTTPException) else None)


def handle_unexpected_exception(exc: Exception) -> Any:
    if isinstance(exc, HTTPException):
        return handle_http_exception(exc)
    from sqlalchemy.exc import IntegrityError

    from employer_portal.extensions import db

    if isinstance(exc, RecursionError) and request.is_json:
        # json.loads on "[[[[…" nested a few thousand deep: a malformed body, not a server fault.
        db.session.rollback()
        return problem_response(
            400, "Le corps JSON est imbriqué trop profondément.", errors={"_body": ["JSON trop imbriqué."]}
        )
    if isinstance(exc, IntegrityError):
        # Services check uniqueness first; this is the race where two requests pass that check together.
        db.session.rollback()
        log.warning("integrity error answered as 409", extra={"path": request.path, "error": str(exc.orig)})
        detail = "Une ressource identique vient d'être enregistrée par une autre requête ; rechargez et réessayez."
        if wants_problem_json():
            return problem_response(409, detail)
        return _html_error(409, detail)
    log.exception("unhandled exception", extra={"path": request.path})

    # Nothing half-written: whatever the failing request had pending is dropped.
    db.session.rollback()
    if wants_problem_json():
        return problem_response(500)
    return _html_error(500, None)


class ProblemSchema(ma.Schema):
    """RFC 9457 problem details, as answered by every API error (documentation only: never used to dump)."""

    type = ma.fields.String(metadata={"description": "urn:poste-juste:problem:<slug>"})
    title = ma.fields.String(metadata={"description": "short French title of the HTTP status"})
    status = ma.fields.Integer()
    detail = ma.fields.String(metadata={"description": "French explanation of this occurrence"})
    instance = ma.fields.String(metadata={"description": "request path"})
    request_id = ma.fields.String(metadata={"description": "quote it to the support"})
    errors = ma.fields.Dict(
        keys=ma.fields.String(),
        values=ma.fields.List(ma.fields.String()),
        metadata={"description": "dotted field path -> French messages (validation problems)"},
    )


class ProblemApi(Api):
    """flask-smorest `Api` whose error handler answers problem details instead of its own JSON shape, and whose
    OpenAPI document says so (error responses: `ProblemSchema` as `application/problem+json`)."""

    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self) -> None:
        for status in http.HTTPStatus:
            response: dict[str, Any] = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
                prepare_response(response, self.spec, PROBLEM_CONTENT_TYPE)
            else:
                prepare_response(response, self.spec, self.DEFAULT_RESPONSE_CONTENT_TYPE)
            self.spec.components.response(status.name, response, lazy=True)
        default = {"description": "Problem details (RFC 9457)", "schema": self.ERROR_SCHEMA}
        prepare_response(default, self.spec, PROBLEM_CONTENT_TYPE)
        self.spec.components.response("DEFAULT_ERROR", default, lazy=True)

    def handle_http_exception(self, error: HTTPException) -> Any:  # noqa: D401 - flask-smorest hook
        return handle_http_exception(error)


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(InternalServerError, handle_http_exception)
    app.register_error_handler(Exception, handle_unexpected_exception)
