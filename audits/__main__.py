"""`python -m audits extract IN.jsonl` and `python -m audits audit IN.jsonl`: batch commands.

This module only dispatches; each command lives next to the code it drives.
"""

from __future__ import annotations

import sys

USAGE = "usage: python -m audits {extract,audit} IN.jsonl [options] > OUT.jsonl"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help"}:
        print(USAGE, file=sys.stderr if not args else sys.stdout)
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command == "extract":
        from audits.extract.cli import main as extract_main

        return extract_main(rest)
    if command == "audit":
        from audits.auditing.cli import main as audit_main

        return audit_main(rest)
    print(f"python -m audits: unknown command {command!r}\n{USAGE}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
