"""`python -m audits.auditing.report OFFERS.jsonl [--date AAAA-MM-JJ] [--examples N]`: real-data report.

Audits every offer and prints (Markdown) the distribution of findings: how many ads ask above the norm for
diploma, experience, languages, licences..., the score distribution, and a sample of findings to check by
hand against the offers (ids and short quotes only: offer texts are never copied into the repository).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
from collections import Counter
from pathlib import Path

from audits.auditing import finding_codes
from audits.auditing.auditor import Auditor
from audits.auditing.inputs import load_vacancies
from audits.model import AuditReport

HEADLINE = (
    ("diploma_above_norm", "diplôme au-dessus de la norme"),
    ("experience_above_norm", "expérience au-dessus de la norme"),
    ("language_not_needed", "langue non justifiée (note ou avertissement)"),
    ("licence_not_needed", "permis non nécessaire"),
    ("certificate_trainable_on_job", "certificat court à financer"),
    ("contradictory_requirements", "exigences contradictoires"),
    ("protected_criterion", "critère protégé"),
)


def _short(text: str | None, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(reports: list[AuditReport], n_examples: int, seed: int) -> str:
    n = len(reports)
    by_code: Counter[str] = Counter()
    findings_total: Counter[str] = Counter()
    for report in reports:
        codes = {f.code for f in report.findings}
        by_code.update(codes)
        findings_total.update(f.code for f in report.findings)
    lines = [f"Offres auditées : {n}", "", "| code | offres concernées | part | constats |", "|---|---:|---:|---:|"]
    for code in finding_codes():
        lines.append(f"| `{code}` | {by_code[code]} | {100 * by_code[code] / n:.0f} % | {findings_total[code]} |")
    asked: Counter[str] = Counter()
    for report in reports:
        hard = [q for q in report.requirements if q.strength == "required"]
        kinds: set[str] = {q.kind for q in hard if q.kind != "experience" and q.kind != "language"}
        if any(q.kind == "experience" and (q.years or 0) >= 1 for q in hard):
            kinds.add("experience")
        if any(q.kind == "language" and q.language and q.language != report.language for q in hard):
            kinds.add("language")
        asked.update(kinds)
    lines += ["", "Ce que les offres exigent (exigences impératives extraites) et ce que l'audit en signale :", "",
              "| exigence | offres qui l'exigent | offres signalées au-dessus du poste |", "|---|---:|---:|"]
    for kind, code, label in (("diploma", "diploma_above_norm", "diplôme"),
                              ("experience", "experience_above_norm", "expérience ≥ 1 an"),
                              ("language", "language_not_needed", "langue étrangère"),
                              ("licence", "licence_not_needed", "permis de conduire"),
                              ("certification", "certificate_trainable_on_job", "certificat")):
        lines.append(f"| {label} | {asked[kind]} | {by_code[code]} |")
    severities: Counter[tuple[str, str]] = Counter((f.code, f.severity) for r in reports for f in r.findings)
    lines += ["", "En bref :"]
    for code, label in HEADLINE:
        split = ", ".join(f"{sev} {severities[(code, sev)]}" for sev in ("critical", "warning", "info") if severities[(code, sev)])
        lines.append(f"- {label} : {by_code[code]} offres sur {n} ({100 * by_code[code] / n:.0f} %)" + (f" — constats : {split}" if split else ""))
    scores = [r.score for r in reports]
    lines += [
        "",
        f"Score d'accessibilité : médiane {statistics.median(scores):.0f}, moyenne {statistics.mean(scores):.1f}, "
        f"min {min(scores):.0f}, max {max(scores):.0f} ; offres à 100 : {sum(1 for s in scores if s == 100)}",
        f"Métier reconnu : {sum(1 for r in reports if r.occupation.rome_code)} / {n}",
        "",
        "Échantillon de constats à vérifier à la main (id de l'offre, code, passage) :",
        "",
    ]
    rng = random.Random(seed)
    pool = [(r.id, f) for r in reports for f in r.findings
            if f.code in {c for c, _ in HEADLINE} or f.severity != "info"]
    for rid, f in rng.sample(pool, min(n_examples, len(pool))):
        lines.append(f"- `{rid}` `{f.code}` ({f.severity}) « {_short(f.text)} » — {_short(f.evidence, 110)}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits.auditing.report", description=__doc__)
    parser.add_argument("offers", type=Path)
    parser.add_argument("--date", help="date de référence des valeurs légales (AAAA-MM-JJ)")
    parser.add_argument("--examples", type=int, default=20)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--jsonl", type=Path, help="écrire aussi les audits complets dans ce fichier")
    args = parser.parse_args(argv)
    try:
        day = dt.date.fromisoformat(args.date) if args.date else None
    except ValueError:
        parser.error(f"--date {args.date!r} : date ISO attendue (AAAA-MM-JJ)")  # exits with status 2, like cli
    auditor = Auditor()
    reports = list(auditor.audit_many(load_vacancies(args.offers), reference_date=day))
    if not reports:
        print("aucune offre lisible", file=sys.stderr)
        return 2
    if args.jsonl:
        from audits.auditing.serialize import report_to_dict

        with args.jsonl.open("w", encoding="utf-8") as out:
            for report in reports:
                out.write(json.dumps(report_to_dict(report), ensure_ascii=False) + "\n")
    print(render(reports, args.examples, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
