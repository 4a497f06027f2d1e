"""`python -m matching.incentives evaluate CASE.json [--policy assises]` and `... explain CASE.json`.

`evaluate` prints the result as JSON on stdout; `explain` prints the French trace. Bad input (unreadable file,
non-JSON, invalid case) prints a French error naming the field on stderr, nothing on stdout, and exits 2.
`CASE.json` may be `-` for stdin.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from matching.incentives.case import CaseError, validate_case
from matching.incentives.engine import evaluate
from matching.incentives.explain import explain
from matching.incentives.policy import ENV_POLICY, PolicyError, resolve_policy
from matching.incentives.ruleset import RuleFileError

_ARGPARSE_FR = (
    ("the following arguments are required", "arguments obligatoires manquants"),
    ("unrecognized arguments", "arguments non reconnus"),
    ("invalid choice", "choix invalide"),
    ("invalid float value", "nombre invalide"),
    ("invalid int value", "entier invalide"),
    ("expected one argument", "une valeur est attendue"),
    ("argument ", "option "),
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        for english, french in _ARGPARSE_FR:
            message = message.replace(english, french)
        self.print_usage(sys.stderr)
        print(f"Erreur : {message}", file=sys.stderr)
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m matching.incentives",
                description="Aides wallonnes à l'embauche : éligibilité, montants, conditions manquantes.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, help_fr in (("evaluate", "affiche le résultat en JSON"), ("explain", "affiche la trace en français")):
        s = sub.add_parser(name, help=help_fr)
        s.add_argument("case", help="fichier JSON du cas (incentive-case.schema.json), ou - pour l'entrée standard")
        s.add_argument("--policy", default=None,
                       help=f"« loi » (défaut) ou « assises » ; à défaut, la variable {ENV_POLICY}")
        s.add_argument("--durable-months", type=float, default=None,
                       help="politique assises : durée minimale d'un contrat durable, en mois (défaut 12)")
        s.add_argument("--on", default=None, help="évaluer comme si l'entrée en service avait lieu à cette date")
        if name == "evaluate":
            s.add_argument("--no-trace", action="store_true", help="omettre la trace des conditions")
    b = sub.add_parser("bench", help="mesure le temps de chargement des règles et d'évaluation d'un cas")
    b.add_argument("case", help="fichier JSON du cas")
    b.add_argument("-n", type=int, default=300, help="nombre d'évaluations (défaut 300)")
    b.add_argument("--policy", default=None)
    return p


def _bench(case: Any, n: int, policy: str | None) -> int:
    """Figures for docs/incentives.md: cold rule loading, then the mean of `n` evaluations + to_dict()."""
    import time

    from matching.incentives.ruleset import load_rules

    t0 = time.perf_counter()
    load_rules()
    load_ms = (time.perf_counter() - t0) * 1000
    evaluate(case, policy)  # warm the policy and schema caches
    t0 = time.perf_counter()
    for _ in range(max(n, 1)):
        evaluate(case, policy).to_dict()
    per_case = (time.perf_counter() - t0) * 1000 / max(n, 1)
    print(json.dumps({"rules_load_ms": round(load_ms, 1), "evaluate_ms_per_case": round(per_case, 2),
                      "evaluations": max(n, 1)}))
    return 0


def _fail(message: str) -> int:
    print(f"Erreur : {message}", file=sys.stderr)
    return 2


def _read_case(arg: str) -> Any:
    text = sys.stdin.read() if arg == "-" else Path(arg).read_text(encoding="utf-8")
    return json.loads(text)


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse already printed usage / help; keep main() testable
        return int(exc.code or 0)
    try:
        raw = _read_case(args.case)
    except OSError as exc:
        return _fail(f"{args.case} : lecture impossible ({exc.strerror or exc}).")
    except UnicodeDecodeError:
        return _fail(f"{args.case} : le fichier n'est pas en UTF-8.")
    except json.JSONDecodeError as exc:
        return _fail(f"{args.case} : JSON invalide à la ligne {exc.lineno}, colonne {exc.colno} ({exc.msg}).")
    on = None
    if getattr(args, "on", None) is not None:
        try:
            on = date.fromisoformat(args.on)
        except ValueError:
            return _fail(f"--on : date invalide « {args.on} » (format attendu AAAA-MM-JJ).")
    try:
        case = validate_case(raw)
        if args.command == "bench":
            return _bench(case, args.n, args.policy)
        policy = args.policy
        if args.durable_months is not None:
            from matching.incentives.policy import load_policy

            base = resolve_policy(policy)
            if base is None:
                return _fail("--durable-months n'a de sens qu'avec une politique (--policy assises).")
            policy = load_policy(base.id, durable_min_months=args.durable_months)
        result = evaluate(case, policy, on=on)
    except CaseError as exc:
        return _fail(f"{args.case} : {exc}")
    except (PolicyError, RuleFileError) as exc:
        return _fail(str(exc))
    if args.command == "evaluate":
        out = result.to_dict(with_trace=not args.no_trace)
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(explain(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
