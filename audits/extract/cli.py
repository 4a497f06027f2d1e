"""`python -m audits extract IN.jsonl > OUT.jsonl`: streaming requirement extraction.

Input: one JSON object per line, {"id", "title", "description"}. Output (stdout): one line per valid input line,
valid against audits/contracts/requirements.schema.json. A bad line (invalid JSON, missing id, wrong types) gets
a message on stderr naming its line number and the problem; the other lines are processed. Exit code: 0 when
every line was processed, 1 when at least one line was rejected, 2 on a usage error (missing file).
A progress bar is drawn on stderr only when stderr is a terminal. `-` reads standard input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

USAGE = "python -m audits extract IN.jsonl [--batch-size N] [--max-chars N] > OUT.jsonl"


def _parse_line(lineno: int, raw: str) -> tuple[dict[str, Any] | None, str | None]:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return None, f"ligne {lineno} : JSON invalide ({exc.msg}, colonne {exc.colno})"
    if not isinstance(obj, dict):
        return None, f"ligne {lineno} : un objet JSON {{\"id\", \"title\", \"description\"}} est attendu"
    oid = obj.get("id")
    if isinstance(oid, int) and not isinstance(oid, bool):
        oid = str(oid)
    if not isinstance(oid, str) or not oid.strip():
        return None, f"ligne {lineno} : champ « id » manquant ou vide"
    title, description = obj.get("title", ""), obj.get("description", "")
    for name, value in (("title", title), ("description", description)):
        if value is not None and not isinstance(value, str):
            return None, f"ligne {lineno} (id {oid}) : le champ « {name} » doit être une chaîne"
    return {"id": oid, "title": title or "", "description": description or ""}, None


def _valid_items(fh: TextIO, errors: list[str], err: TextIO) -> Iterator[dict[str, Any]]:
    for lineno, raw in enumerate(fh, start=1):
        if not raw.strip():
            continue
        item, problem = _parse_line(lineno, raw)
        if problem:
            errors.append(problem)
            print(f"python -m audits extract : {problem} — ligne ignorée", file=err, flush=True)
            continue
        assert item is not None
        yield item


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits extract", usage=USAGE, description=__doc__.split("\n")[0])
    parser.add_argument("input", help="fichier JSONL d'offres ({id, title, description} par ligne), ou - pour stdin")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-chars", type=int, default=None, help="longueur maximale d'une description (défaut 100000)")
    args = parser.parse_args(argv)

    from audits.extract.extractor import MAX_CHARS, Extractor

    try:
        fh: TextIO = sys.stdin if args.input == "-" else open(args.input, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        print(f"python -m audits extract : impossible de lire {args.input} ({exc.strerror})", file=sys.stderr)
        return 2
    errors: list[str] = []
    extractor = Extractor(batch_size=args.batch_size, max_chars=args.max_chars or MAX_CHARS)
    results = extractor.extract_many(_valid_items(fh, errors, sys.stderr))
    if sys.stderr.isatty():
        from tqdm import tqdm

        results = tqdm(results, unit=" offres", file=sys.stderr)
    try:
        for res in results:
            sys.stdout.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    finally:
        if fh is not sys.stdin:
            fh.close()
    if errors:
        print(f"python -m audits extract : {len(errors)} ligne(s) rejetée(s)", file=sys.stderr)
        return 1
    return 0
