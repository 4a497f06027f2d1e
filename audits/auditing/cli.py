"""`python -m audits audit IN.jsonl [--date AAAA-MM-JJ] > OUT.jsonl`: batch audit, one JSON line per vacancy.

Input lines: {id, title, description} plus optional rome_code, contract_type, duration_months, weekly_hours,
full_time_hours, gross_monthly_wage, previous_fixed_term_contracts, schedule, reference_date, post_analysis.
A bad line is reported on stderr with its number and skipped; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

from audits.auditing.auditor import BATCH_SIZE, Auditor
from audits.auditing.inputs import InputError, vacancy_from_dict
from audits.auditing.serialize import report_to_dict
from audits.model import PostAnalysisInput, VacancyInput

# Tests replace this to inject a fake extractor; the default builds spaCy and the reference once.
auditor_factory: Callable[[], Auditor] = Auditor


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m audits audit", description="Audite des offres d'emploi (JSONL).")
    parser.add_argument("input", help="fichier JSONL d'offres ({id, title, description, ...}), ou - pour l'entrée standard")
    parser.add_argument("--date", help="date de référence des valeurs légales (AAAA-MM-JJ), par défaut aujourd'hui")
    return parser


def _parsed(stream: TextIO, err: TextIO, counter: list[int]) -> Iterator[tuple[int, VacancyInput, PostAnalysisInput | None]]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            vacancy, post_analysis = vacancy_from_dict(json.loads(line))
        except json.JSONDecodeError as exc:
            counter[0] += 1
            print(f"ligne {number} : JSON invalide ({exc.msg}, colonne {exc.colno}) ; ligne ignorée", file=err)
            continue
        except InputError as exc:
            counter[0] += 1
            print(f"ligne {number} : {exc} ; ligne ignorée", file=err)
            continue
        yield number, vacancy, post_analysis


def run(stream: TextIO, out: TextIO, err: TextIO, reference_date: dt.date | None, batch_size: int = BATCH_SIZE) -> int:
    auditor = auditor_factory()
    failures = [0]
    lines = _parsed(stream, err, failures)
    while True:
        batch = list(itertools.islice(lines, batch_size))
        if not batch:
            break
        try:
            reports = list(auditor.audit_many([(v, pa) for _, v, pa in batch], reference_date=reference_date))
        except ValueError:
            reports = None  # one bad vacancy in the batch: audit them one by one to name it
        for index, (number, vacancy, post_analysis) in enumerate(batch):
            if reports is not None:
                report = reports[index]
            else:
                try:
                    report = auditor.audit(vacancy, post_analysis, reference_date=reference_date)
                except ValueError as exc:
                    failures[0] += 1
                    print(f"ligne {number} : {exc} ; ligne ignorée", file=err)
                    continue
            out.write(json.dumps(report_to_dict(report), ensure_ascii=False) + "\n")
    return 1 if failures[0] else 0


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    day = None
    if args.date:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError:
            print(f"--date {args.date!r} : date ISO attendue (AAAA-MM-JJ)", file=sys.stderr)
            return 2
    if args.input == "-":
        return run(sys.stdin, sys.stdout, sys.stderr, day)
    try:
        with open(args.input, encoding="utf-8") as stream:
            return run(stream, sys.stdout, sys.stderr, day)
    except OSError as exc:
        print(f"impossible de lire {args.input} : {exc.strerror}", file=sys.stderr)
        return 2
