"""`audits/` and `matching/` are pure libraries: no Flask, SQLAlchemy, Celery or portal import, ever.

Two checks: a static scan of every module's imports (with `ast`, so a lazily imported module inside a function
counts too), and an import-time check in a fresh interpreter that importing every module of both packages pulls
none of the forbidden packages into `sys.modules`.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PURE_PACKAGES = ("audits", "matching")
FORBIDDEN = ("flask", "flask_", "sqlalchemy", "celery", "employer_portal", "alembic", "kombu")


def is_forbidden(module: str) -> bool:
    top = module.split(".")[0]
    return any(top == f or (f.endswith("_") and top.startswith(f)) for f in FORBIDDEN)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def python_files() -> list[Path]:
    return sorted(p for package in PURE_PACKAGES for p in (ROOT / package).rglob("*.py"))


def test_there_is_something_to_check() -> None:
    assert any(p.name == "model.py" for p in python_files())


def test_is_forbidden_rules() -> None:
    assert is_forbidden("flask") and is_forbidden("flask_login") and is_forbidden("sqlalchemy.orm")
    assert is_forbidden("employer_portal.models") and is_forbidden("celery")
    assert not is_forbidden("flaskless") and not is_forbidden("audits.model") and not is_forbidden("json")


@pytest.mark.parametrize("path", python_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_forbidden_import_statement(path: Path) -> None:
    offending = [f"line {line}: {module}" for line, module in imported_modules(path) if is_forbidden(module)]
    assert offending == [], f"{path.relative_to(ROOT)} imports {offending}"


def test_importing_the_libraries_loads_no_forbidden_module() -> None:
    script = f"""
import importlib, json, pkgutil, sys
sys.path.insert(0, {str(ROOT)!r})
errors = []
for package_name in {PURE_PACKAGES!r}:
    package = importlib.import_module(package_name)
    for info in pkgutil.walk_packages(package.__path__, package_name + "."):
        if info.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(info.name)
        except Exception as exc:  # an unimportable module is reported, not hidden
            errors.append(f"{{info.name}}: {{exc!r}}")
print(json.dumps({{"modules": sorted(sys.modules), "errors": errors}}))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    loaded = [m for m in report["modules"] if is_forbidden(m)]
    assert loaded == [], f"importing audits/matching loaded {loaded}"
    assert report["errors"] == []
