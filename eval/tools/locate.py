"""Turn the compact gold source (`eval/gold/extract-dev.src.jsonl`) into `eval/gold/extract-dev.jsonl`.

The source holds, per offer (one line each, in the offers file's order), only the short requirement snippets
and their attributes; this tool finds each snippet in the offer text, computes the code-point offsets and writes
the agreed gold format. The offer texts themselves are read from a path argument and never written out.

Source line: {"id": "193FKBM", "r": [<item>, ...]}. Item keys (short, to keep the source readable by diff):
  k      kind: diploma | experience | language | licence | certification | protected_criterion | skill | soft_skill
  t      the exact snippet (becomes `text`)
  f      field: "d" description (default) or "t" title
  in     optional longer context that contains `t` once; the snippet is searched inside it
  n      optional 0-based occurrence of `in` (or of `t` when there is no `in`); required when ambiguous
  s      strength: "r" required (default), "p" preferred, "o" optional
  g      alternative_group (int)
  eqf    eqf_level; isced  isced_level (default derived from eqf, see EQF_TO_ISCED)
  y      years; lang  ISO 639-1; cefr; cat  licence category; code; crit  criterion; native  true
Usage:
  python eval/tools/locate.py --offers ../shared/data/offers/offers-dev-fr.jsonl \
      [--src eval/gold/extract-dev.src.jsonl] [--out eval/gold/extract-dev.jsonl] [--partial]
With --partial the source may cover a sample of the offers (held-out gold, e.g. extract-it-sample), in file order.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_format import (  # noqa: E402  (script run from anywhere; the sibling module is not a package)
    ITEM_KEYS,
    REPO_ROOT,
    GoldFormatError,
    check_extract_rows,
    check_offsets,
    read_jsonl,
)

# French CNC / EQF level -> ISCED 2011 level as in walloon-reference.md §3.3: CAP/BEP and Bac are both upper
# secondary (ISCED 3), Bac+2 short tertiary (5), licence and Bac+4 (6), master (7), doctorate (8).
EQF_TO_ISCED: dict[int, int] = {1: 1, 2: 2, 3: 3, 4: 3, 5: 5, 6: 6, 7: 7, 8: 8}
STRENGTHS: dict[str, str] = {"r": "required", "p": "preferred", "o": "optional"}
FIELDS: dict[str, str] = {"d": "description", "t": "title"}
ATTR_KEYS: dict[str, str] = {
    "g": "alternative_group",
    "eqf": "eqf_level",
    "isced": "isced_level",
    "y": "years",
    "lang": "language",
    "cefr": "cefr",
    "cat": "category",
    "code": "code",
    "crit": "criterion",
}
SOURCE_KEYS: frozenset[str] = frozenset({"k", "t", "f", "in", "n", "s", "native", *ATTR_KEYS})


def _find_all(haystack: str, needle: str) -> list[int]:
    found: list[int] = []
    pos = haystack.find(needle)
    while pos != -1:
        found.append(pos)
        pos = haystack.find(needle, pos + 1)
    return found


def locate_item(src: dict[str, Any], offer: dict[str, Any], where: str) -> dict[str, Any]:
    """Resolve one source item against its offer; raise GoldFormatError with `where` if it cannot be placed."""
    unknown = set(src) - SOURCE_KEYS
    if unknown:
        raise GoldFormatError(f"{where}: clés inconnues {sorted(unknown)}")
    if "k" not in src or "t" not in src:
        raise GoldFormatError(f"{where}: 'k' et 't' sont obligatoires")
    field = FIELDS.get(src.get("f", "d"))
    strength = STRENGTHS.get(src.get("s", "r"))
    if field is None or strength is None:
        raise GoldFormatError(f"{where}: champ 'f' ou 's' invalide")
    text: str = src["t"]
    haystack: str = offer[field]
    anchor = src.get("in", text)
    hits = _find_all(haystack, anchor)
    if not hits:
        raise GoldFormatError(f"{where}: {anchor!r} introuvable dans {field}")
    if "n" in src:
        if src["n"] >= len(hits):
            raise GoldFormatError(
                f"{where}: occurrence {src['n']} de {anchor!r} absente ({len(hits)} trouvées)"
            )
        base = hits[src["n"]]
    elif len(hits) > 1:
        raise GoldFormatError(
            f"{where}: {anchor!r} apparaît {len(hits)} fois dans {field}; préciser 'n' ou 'in'"
        )
    else:
        base = hits[0]
    if "in" in src:
        inner = _find_all(anchor, text)
        if len(inner) != 1:
            raise GoldFormatError(f"{where}: {text!r} doit apparaître exactement une fois dans {anchor!r}")
        base += inner[0]
    item: dict[str, Any] = {
        "kind": src["k"],
        "field": field,
        "start": base,
        "end": base + len(text),
        "text": text,
        "strength": strength,
    }
    for short, long in ATTR_KEYS.items():
        item[long] = src.get(short)
    if item["kind"] == "diploma" and item["isced_level"] is None and item["eqf_level"] is not None:
        item["isced_level"] = EQF_TO_ISCED[item["eqf_level"]]
    ordered = {key: item[key] for key in ITEM_KEYS}
    if src.get("native"):
        ordered["native"] = True
    return ordered


def build(src_rows: list[dict[str, Any]], offers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    by_id = {o["id"]: o for o in offers}
    out: list[dict[str, Any]] = []
    for lineno, row in enumerate(src_rows, start=1):
        offer = by_id.get(row.get("id", ""))
        if offer is None:
            raise GoldFormatError(f"source ligne {lineno}: id {row.get('id')!r} absent du fichier d'offres")
        reqs = [
            locate_item(item, offer, f"source ligne {lineno} ({row['id']}) item {i}")
            for i, item in enumerate(row.get("r", []))
        ]
        reqs.sort(key=lambda r: (r["field"] != "title", r["start"], r["end"], r["kind"]))
        out.append({"id": row["id"], "language": "fr", "requirements": reqs})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Calcule les positions des annotations d'or à partir de la source."
    )
    parser.add_argument(
        "--offers", type=Path, required=True, help="fichier JSONL des offres (lu, jamais copié)"
    )
    parser.add_argument("--src", type=Path, default=REPO_ROOT / "eval" / "gold" / "extract-dev.src.jsonl")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "eval" / "gold" / "extract-dev.jsonl")
    parser.add_argument(
        "--partial",
        action="store_true",
        help="accepte une source qui ne couvre qu'une partie des offres (un échantillon, dans l'ordre du fichier)",
    )
    args = parser.parse_args(argv)
    try:
        offers = read_jsonl(args.offers)
        src_rows = read_jsonl(args.src)
        rows = build(src_rows, offers)
        check_extract_rows(rows)
        check_offsets(rows, offers, subset=args.partial)
    except (GoldFormatError, OSError) as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 1
    # Write to a temporary file first so that an error never leaves a half-written gold file.
    tmp = args.out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(args.out)
    n_items = sum(len(r["requirements"]) for r in rows)
    print(f"{len(rows)} offres, {n_items} exigences écrites dans {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
