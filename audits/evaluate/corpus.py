"""`python -m audits.evaluate corpus DIR`: the extractor against the ads the team wrote (`training/extract`).

A third signal beside the hand-labelled real offers: ~1,000 ads written by seven engineers in their own words (Belgian
and French terms, English lines, layouts of job boards and agencies), each requirement marked inline. It measures how
far the rules read wordings from another source than the offers (extraction round 10 was written from its errors, so
it is no longer unseen; the blind offer samples are). The marks follow the labelling guide as each writer read it, so a few conventions differ (see
docs/extraction.md); mention F1 per kind (same overlap matching as `extract`), no attributes or strength.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from audits.evaluate.extraction import Counts, match
from audits.extract.spanmodel.corpus import KINDS, load_corpus_dir


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits.evaluate corpus")
    parser.add_argument("corpus", type=Path, help="dossier des annonces annotées (training/extract)")
    parser.add_argument("--errors", action="store_true", help="affiche chaque erreur (FP, FN) avec son contexte")
    parser.add_argument("--json", type=Path, default=None, help="écrit les chiffres dans ce fichier JSON")
    parser.add_argument("--span-model", action="store_true", help="avec le modèle de mentions (spanmodel)")
    args = parser.parse_args(argv)
    examples = load_corpus_dir(args.corpus)
    if examples is None:
        return 2
    from audits.extract import Extractor

    config = {"pj_requirements": {"span_model": True}} if args.span_model else None
    extractor = Extractor(config=config, classify=False)
    by_ad: dict[str, dict[str, Any]] = {}
    for ex in examples:
        by_ad.setdefault(ex.ad_id, {})[ex.field] = ex
    items = [{"id": ad, "title": f["title"].text, "description": f["description"].text} for ad, f in by_ad.items()]
    counts = {k: Counts() for k in KINDS}
    errors: list[str] = []
    for res in extractor.extract_many(items):
        pred = [r for r in res.to_dict()["requirements"] if r["kind"] in counts]
        gold = [
            {"kind": s.kind, "field": field, "start": s.start, "end": s.end}
            for field, ex in by_ad[res.id].items()
            for s in ex.spans
        ]
        pairs = match(gold, pred)
        matched_gold = {i for i, _ in pairs}
        matched_pred = {j for _, j in pairs}
        for i, g in enumerate(gold):
            if i in matched_gold:
                counts[g["kind"]].tp += 1
            else:
                counts[g["kind"]].fn += 1
                errors.append(_error(res.id, "FN", g, by_ad[res.id][g["field"]].text))
        for j, p in enumerate(pred):
            if j not in matched_pred:
                counts[p["kind"]].fp += 1
                errors.append(_error(res.id, "FP", p, by_ad[res.id][p["field"]].text))
    print(f"Annonces écrites par l'équipe — {len(items)} annonces ({args.corpus})")
    print(f"{'type':<16}{'P':>7}{'R':>7}{'F1':>7}{'VP':>6}{'FP':>6}{'FN':>6}")
    out: dict[str, Any] = {"ads": len(items), "kinds": {}}
    for kind, c in counts.items():
        p, r, f = c.prf()
        out["kinds"][kind] = {"precision": p, "recall": r, "f1": f, "tp": c.tp, "fp": c.fp, "fn": c.fn}
        print(f"{kind:<16}{p:>7.3f}{r:>7.3f}{f:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    if args.errors:
        print("\nErreurs")
        print("\n".join(errors))
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def _error(ad: str, what: str, item: dict[str, Any], text: str) -> str:
    s, e = item["start"], item["end"]
    context = text[max(0, s - 60) : s] + "[" + text[s:e] + "]" + text[e : e + 40]
    return f"  {ad} {what} {item['kind']} «{text[s:e]}» | {context!r}"
