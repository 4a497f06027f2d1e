"""`python -m audits.extract.bench OFFERS.jsonl [--repeat N]`: speed and memory of the extraction.

Prints offers/s on one core (the process is pinned to one CPU and numeric libraries to one thread; the best of the
repeated passes, and the first pass with empty caches), the ratio to a bare `nlp.pipe` of the same spaCy components
(tok2vec, morphologizer, attribute_ruler, lemmatizer) over the same texts in the same run, and the peak RSS. Both wall-clock and CPU-time rates are printed: on a shared
machine the CPU-time figure is the one that does not depend on the neighbours. A fixed pure-Python workload is timed
first ("référence machine"): the same code reads slower on a slowed host (a throttled virtual CPU loses time that
no process sees), so figures from different days compare only together with that reference.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from collections import deque
from pathlib import Path

_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpus[-1]})


def machine_reference_ms(rounds: int = 3) -> float:
    """Best CPU time of a fixed pure-Python workload (2 million squares summed), in milliseconds."""
    best = float("inf")
    for _ in range(rounds):
        c = time.process_time()
        sum(i * i for i in range(2_000_000))
        best = min(best, time.process_time() - c)
    return best * 1000


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if any(os.environ.get(v) != "1" for v in _THREAD_VARS):
        # Thread pools are sized when numpy is imported (already done by the package import): re-run pinned.
        env = dict(os.environ, **dict.fromkeys(_THREAD_VARS, "1"))
        os.execve(sys.executable, [sys.executable, "-m", "audits.extract.bench", *argv], env)
    parser = argparse.ArgumentParser(prog="python -m audits.extract.bench")
    parser.add_argument("offers", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--span-model", default="", help="dossier d'un modèle de mentions entraîné (spanmodel) : le mesurer aussi")
    args = parser.parse_args(argv)
    _pin()
    reference_ms = machine_reference_ms()

    from audits.extract.extractor import Extractor, bare_pipe
    from audits.extract.textmap import clean_text

    items = []
    with args.offers.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                o = json.loads(line)
                items.append({"id": str(o["id"]), "title": o.get("title") or "", "description": o.get("description") or ""})
    texts = []
    for it in items:
        texts += [clean_text(it["title"]).text, clean_text(it["description"]).text]

    t0 = time.perf_counter()
    config = {"pj_requirements": {"span_model": True, "span_model_path": args.span_model}} if args.span_model else None
    extractor = Extractor(config=config, batch_size=args.batch_size)
    if extractor._classify is not None:  # its description index, built once per process (as a worker should at start)
        from audits.reference.classifier import get_classifier

        get_classifier().warm_up()
    load_s = time.perf_counter() - t0
    nlp = extractor.nlp

    class _Bare:
        """The same loaded pipeline with only spaCy's own components enabled."""

        @staticmethod
        def pipe(texts: list[str], batch_size: int) -> None:
            # Docs are dropped as they come, as the extractor does: holding 300 docs and their tensors would
            # measure the benchmark's memory, not the pipeline's.
            deque(bare_pipe(nlp, texts, batch_size=batch_size), maxlen=0)

    bare = _Bare()
    # The first pass, before anything was read: the lemmatizer's cache, the occupations' skill matchers are empty.
    # The best of the repeated passes below reads texts already read, as a long stream of ads mostly does.
    w, c = time.perf_counter(), time.process_time()
    deque(extractor.extract_many(items), maxlen=0)
    cold_wall, cold_cpu = time.perf_counter() - w, time.process_time() - c
    bare.pipe(texts[:40], batch_size=args.batch_size * 2)  # warm-up both
    deque(extractor.extract_many(items[:20]), maxlen=0)

    no_classifier = Extractor(nlp=extractor.nlp, batch_size=args.batch_size, classify=False)
    bare_wall, bare_cpu, full_wall, full_cpu, own_wall, own_cpu = [], [], [], [], [], []
    for _ in range(args.repeat):
        w, c = time.perf_counter(), time.process_time()
        bare.pipe(texts, batch_size=args.batch_size * 2)
        bare_wall.append(time.perf_counter() - w)
        bare_cpu.append(time.process_time() - c)
        w, c = time.perf_counter(), time.process_time()
        n = sum(1 for _ in extractor.extract_many(items))
        full_wall.append(time.perf_counter() - w)
        full_cpu.append(time.process_time() - c)
        w, c = time.perf_counter(), time.process_time()
        deque(no_classifier.extract_many(items), maxlen=0)
        own_wall.append(time.perf_counter() - w)
        own_cpu.append(time.process_time() - c)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    bw, bc, fw, fc = min(bare_wall), min(bare_cpu), min(full_wall), min(full_cpu)
    classifier = "oui" if extractor._classify is not None else "non (audits.reference absent)"
    print(f"offres : {n} ({args.offers}), répétitions : {args.repeat}, meilleur passage retenu")
    print(f"référence machine (2 M carrés sommés en Python pur, meilleur de 3) : {reference_ms:.0f} ms")
    print(f"chargement (spaCy + listes + classifieur) : {load_s:.1f} s ; classifieur de métier utilisé : {classifier}")
    print(f"extraction complète : {n / fw:7.1f} offres/s (horloge)  {n / fc:7.1f} offres/s (temps CPU)")
    print(f"premier passage (caches vides) : {len(items) / cold_wall:7.1f} offres/s (horloge)  {len(items) / cold_cpu:7.1f} offres/s (temps CPU)")
    ow, oc = min(own_wall), min(own_cpu)
    # Ratios paired within each round (bare, full, own run back to back) and their median: on a shared machine
    # the neighbours' load drifts between rounds, much less within one.
    paired_full = statistics.median(f / b for f, b in zip(full_cpu, bare_cpu, strict=True))
    paired_own = statistics.median(o / b for o, b in zip(own_cpu, bare_cpu, strict=True))
    print(f"sans classifieur    : {n / ow:7.1f} offres/s (horloge)  {n / oc:7.1f} offres/s (temps CPU)")
    print(f"nlp.pipe nu         : {n / bw:7.1f} offres/s (horloge)  {n / bc:7.1f} offres/s (temps CPU)")
    print(f"ratio extraction / nlp.pipe nu : {fw / bw:.2f} (horloge)  {fc / bc:.2f} (temps CPU)")
    print(f"ratio sans classifieur / nlp.pipe nu : {ow / bw:.2f} (horloge)  {oc / bc:.2f} (temps CPU)")
    print(f"ratios appariés par passage (médiane, temps CPU) : extraction {paired_full:.2f}, sans classifieur {paired_own:.2f}")
    print(f"pic de mémoire (RSS) : {rss_mb:.0f} Mo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
