"""The training corpus of the span model: ads written by the team, requirements marked inline.

Why written by us: the real offers in `../shared` are evaluation input only (their terms are unknown), so the model
learns from ads this project authored and owns (`training/extract/*.jsonl`), and is judged on the real ones.

A corpus line is `{"id": str, "title": str, "description": str}` where each requirement is marked in place as
`[[kind:text]]` (kind one of `KINDS`). `read_corpus` strips the marks and returns the clean texts with the
character spans of each mark, so `clean[start:end] == text`. A malformed line raises `CorpusError` naming the
file, the line and what is wrong; nothing is half-read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

KINDS = ("diploma", "experience", "language", "licence", "certification")

_MARK_RE = re.compile(r"\[\[([a-z_]+):([^\[\]]*)\]\]")
_STRAY_RE = re.compile(r"\[\[|\]\]")


class CorpusError(ValueError):
    """A corpus line that cannot be read (file and line named in the message)."""


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Example:
    """One ad of the corpus, marks removed: `field` is "title" or "description"."""

    ad_id: str
    field: str
    text: str
    spans: tuple[Span, ...]


def strip_marks(marked: str) -> tuple[str, tuple[Span, ...]]:
    """`"Un [[diploma:Bac+2]] exigé"` -> `("Un Bac+2 exigé", (Span("diploma", 3, 8),))`.

    Raises ValueError for an unknown kind, an empty or padded span, or a bracket pair left unmatched."""
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    length = 0
    for m in _MARK_RE.finditer(marked):
        before = marked[pos : m.start()]
        if _STRAY_RE.search(before):
            raise ValueError(f"crochets [[ ]] mal formés avant {m.group(0)!r}")
        kind, text = m.group(1), m.group(2)
        if kind not in KINDS:
            raise ValueError(f"type inconnu {kind!r} dans {m.group(0)!r} (types : {', '.join(KINDS)})")
        if not text.strip() or text != text.strip():
            raise ValueError(f"marque vide ou entourée d'espaces : {m.group(0)!r}")
        out.append(before)
        length += len(before)
        spans.append(Span(kind, length, length + len(text)))
        out.append(text)
        length += len(text)
        pos = m.end()
    rest = marked[pos:]
    if _STRAY_RE.search(rest):
        raise ValueError("crochets [[ ]] mal formés (marque non fermée ou type manquant)")
    out.append(rest)
    return "".join(out), tuple(spans)


def read_corpus(path: Path) -> Iterator[Example]:
    """Every ad of one corpus file, title and description as two examples."""
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        lines = fh.readlines()
    examples: list[Example] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name} ligne {number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{where} : JSON invalide ({exc.msg})") from None
        if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in ("id", "title", "description")):
            raise CorpusError(f"{where} : il faut un objet {{\"id\", \"title\", \"description\"}} (chaînes)")
        if row["id"] in seen:
            raise CorpusError(f"{where} : id {row['id']!r} en double")
        seen.add(row["id"])
        for field in ("title", "description"):
            try:
                text, spans = strip_marks(row[field])
            except ValueError as exc:
                raise CorpusError(f"{where} ({row['id']}, {field}) : {exc}") from None
            examples.append(Example(row["id"], field, text, spans))
    yield from examples


def read_corpus_dir(directory: Path) -> list[Example]:
    """All `*.jsonl` files of a directory, in name order (ids must be unique across files)."""
    examples: list[Example] = []
    ids: dict[str, str] = {}
    for path in sorted(directory.glob("*.jsonl")):
        for ex in read_corpus(path):
            if ex.field == "title":
                if ex.ad_id in ids:
                    raise CorpusError(f"{path.name} : id {ex.ad_id!r} déjà dans {ids[ex.ad_id]}")
                ids[ex.ad_id] = path.name
            examples.append(ex)
    if not examples:
        raise CorpusError(f"{directory} : aucun fichier *.jsonl")
    return examples


def load_corpus_dir(directory: Path) -> list[Example] | None:
    """`read_corpus_dir` for a command line: None after printing the French error (file, line, what) on stderr."""
    import sys

    try:
        return read_corpus_dir(directory)
    except (CorpusError, OSError) as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return None


def _to_clean(starts: tuple[int, ...], ends: tuple[int, ...], start: int, end: int) -> tuple[int, int] | None:
    """The cleaned-text span of the original characters [start, end): the cleaned characters whose source lies inside
    it (None if none does, e.g. a span made only of a dropped tag)."""
    inside = [i for i in range(len(starts)) if start <= starts[i] and ends[i] <= end]
    if not inside:
        return None
    return inside[0], inside[-1] + 1


def load_gold(gold_path: Path, ads_path: Path, kinds: tuple[str, ...] = KINDS) -> list[Example]:
    """The gold-labelled written ads of one set as examples (title and description of each ad), spans in the texts
    the extractor reads (`textmap.clean_text`), so a model trained on them sees what it will be shown.

    Gold items are `{"kind", "field", "start", "end", "text"}` with offsets into the ad's original field
    (docs/labelling-guide.md); only `kinds` are kept (protected criteria and others are not spans of the model).
    An item whose text is not at its offsets, or an ad of the gold missing from ADS, raises `CorpusError`."""
    from audits.extract.textmap import clean_text
    from audits.jsonl import JsonLinesError, iter_json_lines, read_json_objects

    try:
        ads = {str(row.get("id")): {"title": row.get("title") or "", "description": row.get("description") or ""}
               for row in read_json_objects(ads_path)}
        gold_rows = list(iter_json_lines(gold_path))
    except JsonLinesError as exc:
        raise CorpusError(str(exc)) from None
    examples: list[Example] = []
    seen: set[str] = set()
    for number, row in gold_rows:
        where = f"{gold_path.name} ligne {number}"
        if not isinstance(row, dict):
            raise CorpusError(f"{where} : un objet JSON {{...}} est attendu")
        ad_id = str(row.get("id"))
        if ad_id not in ads:
            raise CorpusError(f"{where} : annonce {ad_id!r} absente de {ads_path.name}")
        if ad_id in seen:
            raise CorpusError(f"{where} : id {ad_id!r} en double")
        seen.add(ad_id)
        for field in ("title", "description"):
            original = ads[ad_id][field]
            ct = clean_text(original)
            spans: list[Span] = []
            for item in row.get("requirements", []):
                if item.get("field") != field or item.get("kind") not in kinds:
                    continue
                start, end = int(item["start"]), int(item["end"])
                if original[start:end] != item.get("text"):
                    raise CorpusError(f"{where} ({ad_id}, {field}) : {item.get('text')!r} n'est pas en {start}:{end}")
                clean = _to_clean(ct.starts, ct.ends, start, end)
                if clean is not None:
                    s, e = clean
                    while s < e and ct.text[s].isspace():
                        s += 1
                    while e > s and ct.text[e - 1].isspace():
                        e -= 1
                    if s < e:
                        spans.append(Span(item["kind"], s, e))
            examples.append(Example(ad_id, field, ct.text, tuple(sorted(spans, key=lambda x: (x.start, x.end)))))
    return examples


def main(argv: list[str] | None = None) -> int:
    """`python -m audits.extract.spanmodel.corpus FILE_OR_DIR...`: check files, print counts per kind."""
    import sys
    from collections import Counter

    args = sys.argv[1:] if argv is None else argv
    counts: Counter[str] = Counter()
    ads = 0
    for arg in args:
        p = Path(arg)
        try:
            examples = read_corpus_dir(p) if p.is_dir() else list(read_corpus(p))
        except (CorpusError, OSError) as exc:
            print(f"erreur : {exc}", file=sys.stderr)
            return 1
        ads += sum(1 for e in examples if e.field == "title")
        counts.update(s.kind for e in examples for s in e.spans)
    print(f"{ads} annonces, " + ", ".join(f"{k} {counts[k]}" for k in KINDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
