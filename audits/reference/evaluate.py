"""Evaluate the occupation classifier against the ROME codes France Travail assigned to real offers.

    python -m audits.reference.evaluate OFFERS.jsonl [--worst 25] [--no-description]

Only `title` and `description` go into the classifier; `rome_code` is the gold label (lines without one are
counted and skipped). Prints top-1 / top-3 accuracy for the whole file and for each half by file order (the
first half is the one parameters were tuned on, the second half is held out), accuracy per confidence bucket,
and the worst misses (gold code absent from the top 3).

Version drift: the offers were coded on an older ROME 4.0 version. The offer's `appellation` (the job title
France Travail chose) is looked up among the packaged v460 appellations; when it now belongs to another sheet,
that sheet is the "v460 gold". Both figures are printed. The appellation is read here, for scoring only; it never
goes into the classifier.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from audits.jsonl import JsonLinesError, iter_json_lines
from audits.reference.classifier import OccupationClassifier, get_classifier
from audits.reference.store import Reference
from audits.reference.text import fold, split_gendered_label, strip_title_noise, ungender

# Confidence buckets (lower bounds), for calibration: does "0.9" mean right 9 times in 10?
BUCKETS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True)
class OfferOutcome:
    line: int
    title: str
    gold: str
    gold_v460: str  # the v460 sheet holding France Travail's appellation, or `gold` when not found or ambiguous
    predicted: tuple[str, ...]  # best code first, then alternatives; empty when unknown
    confidence: float

    @property
    def top1(self) -> bool:
        return self.predicted[:1] == (self.gold,)

    @property
    def top3(self) -> bool:
        return self.gold in self.predicted[:3]

    @property
    def top1_v460(self) -> bool:
        return self.predicted[:1] == (self.gold_v460,)

    @property
    def top3_v460(self) -> bool:
        return self.gold_v460 in self.predicted[:3]


@dataclass(frozen=True)
class Figures:
    n: int
    top1: int
    top3: int
    top1_v460: int
    top3_v460: int

    @classmethod
    def of(cls, outcomes: list[OfferOutcome]) -> Figures:
        return cls(
            len(outcomes),
            sum(o.top1 for o in outcomes),
            sum(o.top3 for o in outcomes),
            sum(o.top1_v460 for o in outcomes),
            sum(o.top3_v460 for o in outcomes),
        )

    def line(self) -> str:
        def r(k: int) -> str:
            return f"{k / self.n:.3f} ({k}/{self.n})" if self.n else "-"

        return (f"top-1 {r(self.top1)} ; top-3 {r(self.top3)} ; or v460 : top-1 {r(self.top1_v460)}, "
                f"top-3 {r(self.top3_v460)}")


@dataclass
class EvaluationResult:
    outcomes: list[OfferOutcome]
    skipped: int
    top1_parent: int  # gold equals the prediction or its ROME 4.0 parent sheet (see docs: version drift)
    unlabelled_classified: int = 0  # offers without rome_code that still got a code (robustness check)
    unlabelled_domains: Counter[str] = field(default_factory=Counter)  # ROME "grand domaine" letter
    drifted: int = 0  # offers whose France Travail appellation now sits in another v460 sheet

    @property
    def n(self) -> int:
        return len(self.outcomes)

    @property
    def top1(self) -> int:
        return sum(o.top1 for o in self.outcomes)

    @property
    def top3(self) -> int:
        return sum(o.top3 for o in self.outcomes)

    @property
    def top1_accuracy(self) -> float:
        return self.top1 / self.n if self.n else 0.0

    @property
    def top3_accuracy(self) -> float:
        return self.top3 / self.n if self.n else 0.0

    @property
    def misses(self) -> list[tuple[str, str, str | None, list[str]]]:
        """(title, gold, predicted, top-3) of the offers whose gold code is not in the top 3."""
        return [(o.title, o.gold, o.predicted[0] if o.predicted else None, list(o.predicted[:3]))
                for o in self.outcomes if not o.top3]

    def halves(self) -> tuple[list[OfferOutcome], list[OfferOutcome]]:
        """First half by file order (tuning), second half (held out)."""
        k = (self.n + 1) // 2
        return self.outcomes[:k], self.outcomes[k:]

    def confidence_buckets(self, outcomes: list[OfferOutcome] | None = None) -> list[tuple[str, int, int, int]]:
        """(bucket, right at top-1, right against the v460 gold, total) for each bucket that has offers."""
        rows = []
        for i, low in enumerate(BUCKETS):
            high = BUCKETS[i + 1] if i + 1 < len(BUCKETS) else 1.0001
            inside = [o for o in (self.outcomes if outcomes is None else outcomes) if low <= o.confidence < high]
            if inside:
                rows.append((f"{low:.1f}–{min(high, 1.0):.1f}", sum(o.top1 for o in inside),
                             sum(o.top1_v460 for o in inside), len(inside)))
        return rows


class AppellationLocator:
    """Which v460 sheet holds a given appellation label (exact after folding; gendered forms both indexed)."""

    def __init__(self, reference: Reference) -> None:
        self._where: dict[str, set[str]] = {}
        for code, occ in reference.raw_occupations().items():
            for app in occ["appellations"]:
                for label in app[1:]:
                    if label:
                        for key in self._keys(label):
                            self._where.setdefault(key, set()).add(code)

    @staticmethod
    def _keys(label: str) -> set[str]:
        masculine, feminine = split_gendered_label(label)
        keys = {fold(label), fold(masculine), fold(ungender(strip_title_noise(label)))}
        if feminine:
            keys.add(fold(feminine))
        return keys - {""}

    def sheets(self, label: str) -> set[str]:
        out: set[str] = set()
        for key in self._keys(label):
            out |= self._where.get(key, set())
        return out


def _v460_gold(gold: str, appellation: object, locator: AppellationLocator) -> str:
    if not isinstance(appellation, str) or not appellation.strip():
        return gold
    sheets = locator.sheets(appellation)
    if gold in sheets or len(sheets) != 1:
        return gold  # unchanged, not found, or ambiguous: keep France Travail's code
    return next(iter(sheets))


def evaluate(path: Path, use_description: bool = True, classifier: OccupationClassifier | None = None
             ) -> EvaluationResult:
    clf = classifier or get_classifier()
    ref = clf.reference
    locator = AppellationLocator(ref)
    skipped = top1_parent = unlabelled = 0
    domains: Counter[str] = Counter()
    outcomes: list[OfferOutcome] = []
    for lineno, offer in iter_json_lines(path):
        if not isinstance(offer, dict):
            raise JsonLinesError(path, lineno, "un objet JSON {...} est attendu")
        gold = offer.get("rome_code")
        title = offer.get("title") or offer.get("intitule") or ""
        description = offer.get("description") if use_description else None
        description = description if isinstance(description, str) else None
        if not isinstance(title, str):
            skipped += 1
            continue
        occ = clf.classify(title, description)
        if not isinstance(gold, str) or not gold:
            # No gold code (e.g. the IT offers file): we still classify, to check coverage and domains.
            skipped += 1
            if occ.rome_code:
                unlabelled += 1
                domains[occ.rome_code[0]] += 1
            continue
        predicted = ((occ.rome_code,) if occ.rome_code else ()) + tuple(a.rome_code for a in occ.alternatives)
        outcomes.append(OfferOutcome(lineno, title, gold, _v460_gold(gold, offer.get("appellation"), locator),
                                     predicted if occ.rome_code else (), occ.confidence))
        parent = (rec.rome_parent if (rec := ref.occupation(predicted[0])) else None) if predicted else None
        top1_parent += bool(predicted) and gold in (predicted[0], parent)
    drifted = sum(o.gold_v460 != o.gold for o in outcomes)
    return EvaluationResult(outcomes, skipped, top1_parent, unlabelled, domains, drifted)


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
    except JsonLinesError as exc:
        print(f"evaluate : {exc}", file=sys.stderr)
        return 2
    print(f"offres évaluées : {res.n} (sans rome_code, ignorées : {res.skipped})")
    print(f"top-1 : {res.top1_accuracy:.3f} ({res.top1}/{res.n})")
    print(f"top-3 : {res.top3_accuracy:.3f} ({res.top3}/{res.n})")
    if res.n:
        first, second = res.halves()
        print(f"  1re moitié (lignes 1–{first[-1].line}, réglage) : {Figures.of(first).line()}")
        if second:
            print(f"  2e moitié (lignes {second[0].line}–{second[-1].line}, contrôle) : {Figures.of(second).line()}")
        print(f"  fichier entier : {Figures.of(res.outcomes).line()}")
        print(f"« or v460 » : l'appellation choisie par France Travail se trouve aujourd'hui (ROME v460) dans une "
              f"autre fiche pour {res.drifted}/{res.n} offres ; cette fiche sert alors de référence")
        print(f"top-1 en acceptant la fiche parente ROME 4.0 du code prédit : {res.top1_parent / res.n:.3f} "
              f"({res.top1_parent}/{res.n})")
        print("justesse top-1 par tranche de confiance (code France Travail / or v460) :")
        for name, part in (("1re moitié", first), ("2e moitié", second), ("fichier entier", res.outcomes)):
            if part:
                print(f"  {name} : " + " ; ".join(
                    f"{b} : {c}/{t} ({v}/{t})" for b, c, v, t in res.confidence_buckets(part)))
    if res.skipped:
        print(f"offres sans rome_code classées quand même : {res.unlabelled_classified}/{res.skipped} ; "
              "grands domaines ROME prédits : " + ", ".join(f"{d} {k}" for d, k in res.unlabelled_domains.most_common(6)))
    misses = res.misses
    if misses:
        pairs = Counter((gold, pred) for _, gold, pred, _ in misses)
        print(f"\nconfusions (code attendu -> code prédit), hors top-3 : {len(misses)}")
        for (gold, pred), count in pairs.most_common(args.worst):
            print(f"  {gold} -> {pred or 'inconnu'} : {count}")
        print("\nexemples :")
        for title, gold, pred, top in misses[: args.worst]:
            print(f"  {gold} ≠ {pred or 'inconnu'} {top} : {title[:90]}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into `head`: not an error
        sys.exit(0)
