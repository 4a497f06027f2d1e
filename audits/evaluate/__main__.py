"""Dispatcher of `python -m audits.evaluate <command>`."""

from __future__ import annotations

import sys

USAGE = (
    "usage: python -m audits.evaluate extract GOLD.jsonl OFFERS.jsonl [--protected SENTENCES.jsonl] [--json OUT]\n"
    "       python -m audits.evaluate corpus training/extract [--errors] [--json OUT]"
)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(USAGE, file=sys.stdout if args else sys.stderr)
        return 0 if args else 2
    if args[0] == "extract":
        from audits.evaluate.extraction import main as extract_main

        return extract_main(args[1:])
    if args[0] == "corpus":
        from audits.evaluate.corpus import main as corpus_main

        return corpus_main(args[1:])
    print(f"python -m audits.evaluate : commande inconnue {args[0]!r}\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
