"""Evaluate the occupation classifier against the ROME codes France Travail assigned to real offers.

    python -m audits.reference.evaluate OFFERS.jsonl [--worst 25]

Only `title` and `description` go into the classifier; `rome_code` is the gold label (lines without one are
counted and skipped). Prints top-1 / top-3 accuracy and the worst misses (gold code absent from the top 3).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from audits.reference.classifier import get_classifier


@dataclass
class EvaluationResult:
    n: int
    top1: int
    top3: int
    skipped: int
    top1_parent: int  # gold equals the prediction or its ROME 4.0 parent sheet (see docs: version drift)
    misses: list[tuple[str, str, str | None, list[str]]]  # (title, gold, predicted, top-3)
    unlabelled_classified: int = 0  # offers without rome_code that still got a code (robustness check)
    unlabelled_domains: Counter[str] | None = None  # ROME "grand domaine" letter of those predictions
    confidence_buckets: dict[str, list[int]] | None = None  # "0.8-1.0" -> [correct, total]
    # Ceiling: top-1 when the classifier is given France Travail's own appellation label instead of the title
    # (analysis only; the label never goes into the classifier for the real figures).
    appellation_ceiling: tuple[int, int] = (0, 0)

    @property
    def top1_accuracy(self) -> float:
        return self.top1 / self.n if self.n else 0.0

    @property
    def top3_accuracy(self) -> float:
        return self.top3 / self.n if self.n else 0.0


class OffersFileError(ValueError):
    pass


def evaluate(path: Path, use_description: bool = True) -> EvaluationResult:
    clf = get_classifier()
    ref = clf.reference
    n = top1 = top3 = skipped = top1_parent = unlabelled = 0
    domains: Counter[str] = Counter()
    buckets: dict[str, list[int]] = {}
    ceiling_ok = ceiling_n = 0
    misses: list[tuple[str, str, str | None, list[str]]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                offer = json.loads(line)
            except json.JSONDecodeError as exc:
                raise OffersFileError(f"{path}:{lineno}: JSON invalide ({exc.msg})") from exc
            if not isinstance(offer, dict):
                raise OffersFileError(f"{path}:{lineno}: un objet JSON est attendu")
            gold = offer.get("rome_code")
            title = offer.get("title") or offer.get("intitule") or ""
            if not isinstance(title, str):
                skipped += 1
                continue
            if not gold:
                # No gold code (e.g. the IT offers file): we still classify, to check coverage and domains.
                skipped += 1
                occ = clf.classify(title, offer.get("description") if use_description else None)
                if occ.rome_code:
                    unlabelled += 1
                    domains[occ.rome_code[0]] += 1
                continue
            description = offer.get("description") if use_description else None
            occ = clf.classify(title, description if isinstance(description, str) else None)
            predicted = [occ.rome_code] if occ.rome_code else []
            predicted += [a.rome_code for a in occ.alternatives]
            n += 1
            top1 += bool(predicted[:1] == [gold])
            bucket = f"{min(int(occ.confidence * 5), 4) / 5:.1f}-{min(int(occ.confidence * 5), 4) / 5 + 0.2:.1f}"
            stats = buckets.setdefault(bucket, [0, 0])
            stats[0] += bool(predicted[:1] == [gold])
            stats[1] += 1
            appellation = offer.get("appellation")
            if isinstance(appellation, str) and appellation.strip():
                ceiling_n += 1
                ceiling_ok += clf.classify(appellation).rome_code == gold
            top3 += gold in predicted[:3]
            parent = (rec.rome_parent if (rec := ref.occupation(predicted[0])) else None) if predicted else None
            top1_parent += bool(predicted) and gold in (predicted[0], parent)
            if gold not in predicted[:3]:
                misses.append((title, gold, occ.rome_code, predicted[:3]))
    return EvaluationResult(n, top1, top3, skipped, top1_parent, misses, unlabelled, domains,
                            dict(sorted(buckets.items())), (ceiling_ok, ceiling_n))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits.reference.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("offers", type=Path, help="offres JSONL avec title, description et rome_code")
    parser.add_argument("--worst", type=int, default=25, help="nombre d'erreurs listées")
    parser.add_argument("--no-description", action="store_true", help="classer sur le seul intitulé")
    args = parser.parse_args(argv)
    if not args.offers.is_file():
        print(f"evaluate : fichier introuvable : {args.offers}", file=sys.stderr)
        return 2
    try:
        res = evaluate(args.offers, use_description=not args.no_description)
    except OffersFileError as exc:
        print(f"evaluate : {exc}", file=sys.stderr)
        return 2
    print(f"offres évaluées : {res.n} (sans rome_code, ignorées : {res.skipped})")
    print(f"top-1 : {res.top1_accuracy:.3f} ({res.top1}/{res.n})")
    print(f"top-3 : {res.top3_accuracy:.3f} ({res.top3}/{res.n})")
    if res.n:
        print(f"top-1 en acceptant la fiche parente ROME 4.0 du code prédit : {res.top1_parent / res.n:.3f} "
              f"({res.top1_parent}/{res.n})")
    ok, total = res.appellation_ceiling
    if total:
        print(f"plafond (l'appellation choisie par France Travail classée à la place de l'intitulé) : "
              f"{ok / total:.3f} ({ok}/{total})")
    if res.confidence_buckets:
        print("justesse top-1 par tranche de confiance : " + " ; ".join(
            f"{b} : {c}/{t}" for b, (c, t) in res.confidence_buckets.items()))
    if res.skipped and res.unlabelled_domains is not None:
        print(f"offres sans rome_code classées quand même : {res.unlabelled_classified}/{res.skipped} ; "
              "grands domaines ROME prédits : " + ", ".join(f"{d} {k}" for d, k in res.unlabelled_domains.most_common(6)))
    if res.misses:
        pairs = Counter((gold, pred) for _, gold, pred, _ in res.misses)
        print(f"\nconfusions (code attendu -> code prédit), hors top-3 : {len(res.misses)}")
        for (gold, pred), count in pairs.most_common(args.worst):
            print(f"  {gold} -> {pred or 'inconnu'} : {count}")
        print("\nexemples :")
        for title, gold, pred, top in res.misses[: args.worst]:
            print(f"  {gold} ≠ {pred or 'inconnu'} {top} : {title[:90]}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into `head`: not an error
        sys.exit(0)
