"""Print the figures quoted in docs/labelling-guide.md from the gold files (no offer text needed).

Usage: python eval/tools/stats.py [eval/gold/extract-dev.jsonl] [eval/gold/protected-sentences.jsonl]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_format import REPO_ROOT, GoldFormatError, protected_counts, read_jsonl  # noqa: E402


def main(argv: list[str]) -> int:
    gold = Path(argv[0]) if argv else REPO_ROOT / "eval" / "gold" / "extract-dev.jsonl"
    sentences = Path(argv[1]) if len(argv) > 1 else REPO_ROOT / "eval" / "gold" / "protected-sentences.jsonl"
    try:
        rows = read_jsonl(gold)
        protected = read_jsonl(sentences)
    except (GoldFormatError, OSError) as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 1
    items = [item for row in rows for item in row["requirements"]]
    kinds = Counter(item["kind"] for item in items)
    print(
        f"offres : {len(rows)}, exigences : {len(items)}, offres sans exigence : "
        f"{sum(1 for row in rows if not row['requirements'])}"
    )
    for kind, n in kinds.most_common():
        strengths = Counter(i["strength"] for i in items if i["kind"] == kind)
        print(f"  {kind:<20} {n:>4}  " + ", ".join(f"{s} {c}" for s, c in sorted(strengths.items())))
    print(f"  dans le titre : {sum(1 for i in items if i['field'] == 'title')}")
    groups = sum(
        len({i["alternative_group"] for i in row["requirements"] if i["alternative_group"]}) for row in rows
    )
    print(f"  groupes d'alternatives : {groups}")
    eqf = Counter(i["eqf_level"] for i in items if i["kind"] == "diploma")
    print("  diplômes par niveau CEC : " + ", ".join(f"{k}: {v}" for k, v in sorted(eqf.items(), key=str)))
    years = Counter(i["years"] for i in items if i["kind"] == "experience")
    print("  expérience (années) : " + ", ".join(f"{k}: {v}" for k, v in sorted(years.items(), key=str)))
    per, flagged, clean = protected_counts(protected)
    print(
        f"phrases : {flagged} avec critère, {clean} propres ; par critère : "
        + ", ".join(f"{k} {v}" for k, v in sorted(per.items()))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
