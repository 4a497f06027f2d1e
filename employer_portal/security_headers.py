"""HTTP security headers on every response.

The pages load nothing from elsewhere and run no inline script or style, so the Content-Security-Policy can
say exactly that (a template that needs inline CSS must move it to `static/`).
"""

from __future__ import annotations

from flask import Flask, Response

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def init_security_headers(app: Flask) -> None:
    @app.after_request
    def _add_headers(response: Response) -> Response:
        for header, value in SECURITY_HEADERS.items():
            response.headers.setdefault(header, value)
        return response
