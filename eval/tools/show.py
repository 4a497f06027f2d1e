"""Print offers (title + description only) in numbered chunks, for reading while annotating.

Usage: python eval/tools/show.py OFFERS.jsonl START COUNT [--sample SIZE --seed SEED]
START is 0-based, in file order; with --sample, START and COUNT run over the sorted sample of SIZE offers drawn
with SEED (the held-out rule of gold_format.sample_indices), and each offer shows its sample and file positions.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_format import HELD_OUT_SEED, GoldFormatError, read_jsonl, sample_indices  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="show.py", description="Affiche des offres (titre + description).")
    parser.add_argument("offers", type=Path, help="fichier JSONL des offres")
    parser.add_argument("start", type=int, help="première offre affichée (0 = la première)")
    parser.add_argument("count", type=int, help="nombre d'offres affichées")
    parser.add_argument("--sample", type=int, default=None, help="taille de l'échantillon (ex. 60)")
    parser.add_argument(
        "--seed", type=int, default=HELD_OUT_SEED, help=f"graine de l'échantillon (défaut {HELD_OUT_SEED})"
    )
    args = parser.parse_args(argv)
    try:
        offers = read_jsonl(args.offers)
        positions = (
            sample_indices(len(offers), args.sample, args.seed)
            if args.sample is not None
            else list(range(len(offers)))
        )
    except (GoldFormatError, OSError) as exc:
        print(f"erreur : {exc}", file=sys.stderr)
        return 1
    for rank in range(args.start, min(args.start + args.count, len(positions))):
        offer = offers[positions[rank]]
        where = f"#{rank}" if args.sample is None else f"#{rank} (ligne {positions[rank] + 1})"
        print(f"===== {where} {offer['id']} | TITLE: {offer['title']}")
        print(offer["description"])
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
