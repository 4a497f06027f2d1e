"""Print offers (title + description only) in numbered chunks, for reading while annotating.

Usage: python eval/tools/show.py OFFERS.jsonl START COUNT   (START is 0-based, in file order)
"""

from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage : show.py OFFRES.jsonl DEBUT NOMBRE", file=sys.stderr)
        return 2
    path, start, count = argv[0], int(argv[1]), int(argv[2])
    with open(path, encoding="utf-8") as fh:
        offers = [json.loads(line) for line in fh]
    for i, offer in enumerate(offers[start : start + count], start=start):
        print(f"===== #{i} {offer['id']} | TITLE: {offer['title']}")
        print(offer["description"])
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
