"""Benchmark of the reference and the classifier.

    python -m audits.reference.bench [OFFERS.jsonl ...] [--repeat 3] [--with-description]

Prints the reference load time, the classifier index build time, titles/s on one warm core (CPU time of this
process, so other processes on a shared machine distort it less than wall time; wall time is printed too) and
the peak RSS. Without an offers file it classifies the ROME appellations themselves (13k titles).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from audits.jsonl import JsonLinesError, iter_json_lines


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _read_titles(paths: list[Path]) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    try:
        for path in paths:
            for _, offer in iter_json_lines(path):
                if not isinstance(offer, dict):
                    continue
                title = offer.get("title")
                if isinstance(title, str):
                    desc = offer.get("description")
                    out.append((title, desc if isinstance(desc, str) else None))
    except JsonLinesError as exc:
        raise SystemExit(f"bench : {exc}") from exc
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits.reference.bench", description=__doc__.splitlines()[0])
    parser.add_argument("offers", type=Path, nargs="*", help="offres JSONL (champ title, description optionnelle)")
    parser.add_argument("--repeat", type=int, default=3, help="passages chronométrés (après un passage de chauffe)")
    parser.add_argument("--with-description", action="store_true", help="passer aussi la description")
    args = parser.parse_args(argv)
    for p in args.offers:
        if not p.is_file():
            print(f"bench : fichier introuvable : {p}", file=sys.stderr)
            return 2

    t0, c0 = time.perf_counter(), time.process_time()
    from audits.reference.store import Reference

    ref = Reference.load()
    load_s, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    t1, c1 = time.perf_counter(), time.process_time()
    from audits.reference.classifier import OccupationClassifier

    clf = OccupationClassifier(ref)
    index_s, index_cpu = time.perf_counter() - t1, time.process_time() - c1

    if args.offers:
        items = _read_titles(args.offers)
        source = ", ".join(str(p) for p in args.offers)
    else:
        items = [(m, None) for code in ref.all_rome_codes() for _, m, _f in ref.occupation(code).appellations]  # type: ignore[union-attr]
        source = "appellations ROME"
    if not items:
        print("bench : aucun intitulé à classer", file=sys.stderr)
        return 2
    if not args.with_description:
        items = [(t, None) for t, _ in items]

    sheets_s = sheets_cpu = None
    if args.with_description:
        # The description index (BM25 over the ROME sheets) is built on the first description: time it apart.
        t2, c2 = time.perf_counter(), time.process_time()
        clf._sheet_index()
        sheets_s, sheets_cpu = time.perf_counter() - t2, time.process_time() - c2
    for title, desc in items:  # warm-up: token memo, record caches
        clf.classify(title, desc)
    cpu = wall = 0.0
    for _ in range(max(1, args.repeat)):
        c0, w0 = time.process_time(), time.perf_counter()
        for title, desc in items:
            clf.classify(title, desc)
        cpu += time.process_time() - c0
        wall += time.perf_counter() - w0
    n = len(items) * max(1, args.repeat)
    print(f"référence : {ref.version}")
    print(f"chargement de la référence : {load_s:.3f} s (CPU {load_cpu:.3f} s) ; "
          f"index du classifieur : {index_s:.3f} s (CPU {index_cpu:.3f} s)")
    if sheets_s is not None:
        print(f"index des descriptions (BM25 des fiches, au premier appel avec description) : {sheets_s:.3f} s "
              f"(CPU {sheets_cpu:.3f} s)")
    print(f"intitulés : {len(items)} ({source}){' avec description' if args.with_description else ''}")
    print(f"débit (1 cœur, temps CPU) : {n / cpu:,.0f} intitulés/s ; temps réel : {n / wall:,.0f} intitulés/s")
    print(f"pic de mémoire (RSS) : {_peak_rss_mb():.0f} Mo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
