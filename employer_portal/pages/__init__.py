"""Server-rendered pages (French, accessible). Registration pattern: every module of this package that defines
a module-level `bp` (`flask.Blueprint`) is registered by `register_pages`, in module-name order."""

from __future__ import annotations

import importlib
import pkgutil

from flask import Blueprint, Flask


def register_pages(app: Flask) -> None:
    package = importlib.import_module(__name__)
    for name in sorted(info.name for info in pkgutil.iter_modules(package.__path__, __name__ + ".")):
        module = importlib.import_module(name)
        bp = getattr(module, "bp", None)
        if isinstance(bp, Blueprint):
            app.register_blueprint(bp)
