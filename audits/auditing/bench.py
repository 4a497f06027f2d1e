"""`python -m audits.auditing.bench OFFERS.jsonl [--repeat N] [--cpu K]`: batch audit throughput on one core.

Prints: start-up time (spaCy + reference), full audit rate (classification + extraction + rules, vacancies/s,
warm pass), per-vacancy latency p50/p95, the rules-only rate (extraction done beforehand), and the CPU time per
vacancy of extraction, classification and rules, each timed alone.
Target (issue 5): >= 80 vacancies/s for the full audit on one core.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import time
from pathlib import Path

from audits.auditing.auditor import Auditor
from audits.auditing.inputs import load_vacancies


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits.auditing.bench", description=__doc__)
    parser.add_argument("offers", type=Path, help="JSONL d'offres (id, title, description, ...)")
    parser.add_argument("--repeat", type=int, default=3, help="passes chronométrées après une passe de chauffe")
    parser.add_argument("--cpu", type=int, default=0, help="cœur sur lequel épingler le processus (Linux)")
    parser.add_argument("--keep-rome-code", action="store_true",
                        help="garder le code ROME des offres (pas de classification, comme quand l'employeur le donne)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})  # one core, as the target says
    items = load_vacancies(args.offers)
    if not args.keep_rome_code:
        # The target counts classification: drop the employer's ROME code so that the classifier runs.
        items = [(dataclasses.replace(v, rome_code=None), pa) for v, pa in items]
    if not items:
        print("aucune offre lisible", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    auditor = Auditor()
    startup = time.perf_counter() - t0
    list(auditor.audit_many(items))  # warm-up pass: caches, lazy spaCy pipes
    n = len(items) * args.repeat
    # Batch path (what `python -m audits audit` runs): extraction through nlp.pipe in batches.
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for _report in auditor.audit_many(items):
            pass
    batch_wall, batch_cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    # One vacancy at a time (what an API call does): latency distribution.
    latencies: list[float] = []
    for vacancy, pa in items:
        s = time.perf_counter()
        auditor.audit(vacancy, pa)
        latencies.append(time.perf_counter() - s)
    # Shares of the batch audit, each step timed alone over the same passes (CPU time): extraction (spaCy and
    # recognisers, nlp.pipe in batches), classification (title + description ranking of audits.reference), rules.
    raw = [{"id": v.id, "title": v.title, "description": v.description} for v, _ in items]
    cpu0 = time.process_time()
    for _ in range(args.repeat):
        extractions = list(auditor.extractor.extract_many(raw))  # type: ignore[attr-defined]
    extract_cpu = time.process_time() - cpu0
    cpu0 = time.process_time()
    for _ in range(args.repeat):
        occupations = [auditor._occupation(v, e) for (v, _), e in zip(items, extractions, strict=True)]
    classify_cpu = time.process_time() - cpu0
    # Rules only: the occupation is decided beforehand too.
    extractions = [dataclasses.replace(e, occupation=o) for e, o in zip(extractions, occupations, strict=True)]
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for (vacancy, pa), extraction in zip(items, extractions, strict=True):
            auditor.audit_extracted(vacancy, extraction, pa)
    rules_wall, rules_cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    mode = "code ROME fourni (sans classification)" if args.keep_rome_code else "classification comprise"
    print(f"offres : {len(items)} × {args.repeat} passes, {mode}, 1 cœur (cpu {args.cpu}), "
          f"charge système {os.getloadavg()[0]:.1f}")
    print(f"démarrage (spaCy + référentiel) : {startup:.2f} s")
    steps = "extraction + règles" if args.keep_rome_code else "classification + extraction + règles"
    print(f"audit par lots ({steps}) : {n / batch_wall:.1f} offres/s au mur, "
          f"{n / batch_cpu:.1f} offres/s de temps CPU — objectif ≥ 80 offres/s : "
          f"{'atteint' if n / batch_wall >= 80 else 'NON atteint au mur'}")
    print(f"une offre à la fois : p50 {1000 * statistics.median(latencies):.1f} ms, p95 {1000 * _pct(latencies, 0.95):.1f} ms")
    print(f"règles seules (extraction faite) : {n / rules_wall:.1f} offres/s au mur, {n / rules_cpu:.1f} offres/s CPU "
          f"({1000 * rules_cpu / n:.2f} ms CPU par offre)")
    total = extract_cpu + classify_cpu + rules_cpu
    print("parts du temps CPU par offre (chaque étape mesurée seule) : "
          f"extraction {1000 * extract_cpu / n:.1f} ms ({100 * extract_cpu / total:.0f} %), "
          f"classification {1000 * classify_cpu / n:.1f} ms ({100 * classify_cpu / total:.0f} %), "
          f"règles {1000 * rules_cpu / n:.1f} ms ({100 * rules_cpu / total:.0f} %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
