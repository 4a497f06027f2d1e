"""`/api/docs`: the API reference rendered on the server from the OpenAPI spec (no external JavaScript)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, render_template

bp = Blueprint("api_docs_page", __name__)

METHOD_ORDER = ["get", "post", "put", "patch", "delete"]


@bp.get("/api/docs")
def docs_page() -> Any:
    from employer_portal.api import api

    spec = api.spec.to_dict()
    endpoints = []
    for path, operations in sorted(spec.get("paths", {}).items()):
        for method in METHOD_ORDER:
            op = operations.get(method)
            if op is None:
                continue
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary") or "",
                    "description": op.get("description") or "",
                    "tags": op.get("tags") or [],
                    "public": op.get("security") == [],
                    "responses": sorted(op.get("responses", {}).keys()),
                }
            )
    return render_template("api_docs.html", spec=spec, endpoints=endpoints)
