"""JSON Lines files (one JSON value per line): the one reader of the project's evaluation and benchmark tools.

Every problem raises `JsonLinesError`, a `ValueError` whose French message names the file and the 1-based line:

    eval/gold/extract-dev.jsonl, ligne 12 : JSON invalide (Expecting ',' delimiter, colonne 40)

Dependency-free, so that the gold-file tools (eval/tools) can use it without loading the extractor they evaluate.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

BlankLines = Literal["skip", "error"]


class JsonLinesError(ValueError):
    """A JSON Lines file that cannot be read; `path` and `line` (None for the whole file) say where."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        where = f"{path}, ligne {line}" if line is not None else str(path)
        super().__init__(f"{where} : {problem}")
        self.path = Path(path)
        self.line = line
        self.problem = problem


def iter_json_lines(path: Path | str, *, blank_lines: BlankLines = "skip") -> Iterator[tuple[int, object]]:
    """Yield (line number, decoded value) for each line of `path`.

    Blank lines are skipped, or refused with `blank_lines="error"` (hand-written gold files must not have any).
    What a value must hold is left to the caller (`read_json_objects` asks for objects).
    """
    try:
        fh = Path(path).open("rb")  # bytes: a bad UTF-8 sequence is reported with its own line number
    except FileNotFoundError:
        raise JsonLinesError(path, None, "fichier introuvable") from None
    except OSError as exc:
        raise JsonLinesError(path, None, f"fichier illisible ({exc.strerror})") from exc
    with fh:
        for lineno, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise JsonLinesError(path, lineno, f"texte non UTF-8 (octet {exc.start + 1})") from exc
            if not line.strip():
                if blank_lines == "error":
                    raise JsonLinesError(path, lineno, "ligne vide")
                continue
            try:
                yield lineno, json.loads(line.rstrip("\r\n"))  # so the column counts within the line
            except json.JSONDecodeError as exc:
                raise JsonLinesError(path, lineno, f"JSON invalide ({exc.msg}, colonne {exc.colno})") from exc


def read_json_objects(path: Path | str, *, blank_lines: BlankLines = "skip") -> list[dict[str, Any]]:
    """Every line of `path` as a JSON object (a dict); any other value is a `JsonLinesError` naming its line."""
    rows: list[dict[str, Any]] = []
    for lineno, value in iter_json_lines(path, blank_lines=blank_lines):
        if not isinstance(value, dict):
            raise JsonLinesError(path, lineno, f"un objet JSON {{...}} est attendu, pas {json_type_fr(value)}")
        rows.append(value)
    return rows


def json_type_fr(value: object) -> str:
    """What a decoded JSON value is, in French, for messages: "une liste", "un nombre", "la valeur null"..."""
    if isinstance(value, dict):
        return "un objet"
    if isinstance(value, list | tuple):
        return "une liste"
    if isinstance(value, str):
        return "un texte"
    if isinstance(value, bool) or value is None:
        return f"la valeur {json.dumps(value)}"
    if isinstance(value, int | float):
        return "un nombre"
    return f"une valeur de type {type(value).__name__}"
