"""`python -m audits.auditing.bench OFFERS.jsonl [--repeat N] [--cpu K]`: batch audit throughput on one core.

Prints: start-up time (spaCy + reference), full audit rate (classification + extraction + rules, vacancies/s,
warm pass), per-vacancy latency p50/p95, and the rules-only rate (extraction done beforehand).
Target (issue 5): >= 80 vacancies/s for the full audit on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from audits.auditing.auditor import Auditor
from audits.auditing.engine import audit_requirements
from audits.auditing.inputs import InputError, vacancy_from_dict
from audits.model import PostAnalysisInput, VacancyInput


def _load(path: Path) -> list[tuple[VacancyInput, PostAnalysisInput | None]]:
    items = []
    with path.open(encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                items.append(vacancy_from_dict(json.loads(line)))
            except (json.JSONDecodeError, InputError) as exc:
                print(f"ligne {number} ignorée : {exc}", file=sys.stderr)
    return items


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits.auditing.bench", description=__doc__)
    parser.add_argument("offers", type=Path, help="JSONL d'offres (id, title, description, ...)")
    parser.add_argument("--repeat", type=int, default=3, help="passes chronométrées après une passe de chauffe")
    parser.add_argument("--cpu", type=int, default=0, help="cœur sur lequel épingler le processus (Linux)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})  # one core, as the target says
    items = _load(args.offers)
    if not items:
        print("aucune offre lisible", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    auditor = Auditor()
    startup = time.perf_counter() - t0
    for vacancy, pa in items:  # warm-up pass: caches, lazy spaCy pipes
        auditor.audit(vacancy, pa)
    latencies: list[float] = []
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for vacancy, pa in items:
            s = time.perf_counter()
            auditor.audit(vacancy, pa)
            latencies.append(time.perf_counter() - s)
    full = time.perf_counter() - t0
    n = len(items) * args.repeat
    extractions = [auditor.extractor.extract(v.id, v.title, v.description) for v, _ in items]
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for (vacancy, pa), extraction in zip(items, extractions, strict=True):
            occupation = extraction.occupation if not vacancy.rome_code else auditor._occupation(vacancy, extraction)
            audit_requirements(vacancy, extraction.requirements, occupation, norm=auditor.norm(occupation.rome_code),
                               post_analysis=pa, legal=auditor.legal)
    rules_only = time.perf_counter() - t0
    print(f"offres : {len(items)} × {args.repeat} passes, 1 cœur (cpu {args.cpu}), machine partagée")
    print(f"démarrage (spaCy + référentiel) : {startup:.2f} s")
    print(f"audit complet (classification + extraction + règles) : {n / full:.1f} offres/s "
          f"(p50 {1000 * statistics.median(latencies):.1f} ms, p95 {1000 * _pct(latencies, 0.95):.1f} ms par offre) "
          f"— objectif ≥ 80 offres/s : {'atteint' if n / full >= 80 else 'NON atteint'}")
    print(f"règles seules (extraction faite) : {n / rules_only:.1f} offres/s ({1000 * rules_only / n:.2f} ms par offre)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
