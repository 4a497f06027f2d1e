"""Conditions: small named predicates on facts, combined with all_of / any_of, evaluated in three values.

A leaf reads `{fact: worker.age_on_eve, op: lt, value: 25}`. Evaluating it gives `met`, `unmet` or `unknown`
(the fact's raw data is missing, or the reference does not settle the case: `unverified_values`), with the data
used and a French sentence. For an unmet condition, `smallest_change` derives from the threshold itself what would
make it met ("éligible si le contrat dure au moins 2 mois"), never from canned text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from matching.incentives.case import IncentiveCase
from matching.incentives.facts import FACTS, FactSpec, compute

Status = Literal["met", "unmet", "unknown"]
OPS = ("eq", "ne", "lt", "lte", "gt", "gte", "in", "not_in")
_OP_FR = {"gte": "au moins", "gt": "plus de", "lte": "au plus", "lt": "moins de", "eq": "égal à", "ne": "différent de"}


def fmt_number(v: Any) -> str:
    if isinstance(v, bool) or not isinstance(v, int | float):
        return str(v)
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", " ")
    return f"{v:,.2f}".replace(",", " ").replace(".", ",").rstrip("0").rstrip(",")


@dataclass(frozen=True)
class Leaf:
    id: str
    fact: str
    op: str
    value: Any
    unverified_values: tuple[Any, ...] = ()
    note_fr: str | None = None

    def requirement_fr(self) -> str:
        """What the condition asks, as a French clause ("le contrat dure au moins 2 mois")."""
        spec = FACTS[self.fact]
        v = self.value
        if spec.kind == "bool" and self.op in {"eq", "ne"}:
            want = bool(v) if self.op == "eq" else not bool(v)
            return spec.true_fr if want else spec.false_fr
        if spec.kind == "enum":
            values = v if isinstance(v, list | tuple) else [v]
            names = [f"« {spec.enum_labels.get(x, x)} »" for x in values]
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " ou " + names[-1]
            if self.op in {"eq", "in"}:
                return f"{spec.label_fr} est {joined}"
            return f"{spec.label_fr} n'est pas {joined}"
        if self.op in spec.phrases:
            pct = f"{fmt_number(round(float(v) * 100, 2))} %" if isinstance(v, int | float) else str(v)
            return spec.phrases[self.op].format(v=fmt_number(v), p=pct)
        unit = f" {spec.unit_fr}" if spec.unit_fr else ""
        return f"{spec.label_fr} : {_OP_FR.get(self.op, self.op)} {fmt_number(v)}{unit}"


@dataclass(frozen=True)
class Group:
    id: str
    mode: Literal["all_of", "any_of"]
    children: tuple[Condition, ...]
    label_fr: str | None = None


Condition = Leaf | Group


@dataclass(frozen=True)
class Change:
    """One change that would turn an unmet leaf into a met one."""

    fact: str
    text_fr: str  # "le contrat dure au moins 2 mois"
    date_hint_fr: str | None = None  # "entrée en service à partir du 01/03/2026"
    op: str = "eq"
    value: Any = None

    def sentence_fr(self) -> str:
        hint = f" ({self.date_hint_fr})" if self.date_hint_fr else ""
        return f"éligible si {self.text_fr}{hint}"


@dataclass(frozen=True)
class ConditionOutcome:
    condition_id: str
    status: Status
    sentence_fr: str
    origin: str = "loi"  # "loi" or "politique <name>"
    fact: str | None = None
    requirement_fr: str | None = None
    value: Any = None
    data: dict[str, Any] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
    note_fr: str | None = None
    children: tuple[ConditionOutcome, ...] = ()
    mode: str | None = None
    changes: tuple[Change, ...] = ()  # leaf: what would make it met (only when unmet)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.condition_id, "status": self.status, "origin": self.origin,
                             "sentence_fr": self.sentence_fr}
        if self.fact:
            d.update({"fact": self.fact, "requirement_fr": self.requirement_fr, "value": self.value,
                      "data": self.data})
        if self.missing:
            d["missing"] = list(self.missing)
        if self.note_fr:
            d["note_fr"] = self.note_fr
        if self.children:
            d["mode"] = self.mode
            d["children"] = [c.to_dict() for c in self.children]
        return d

    def leaves(self) -> list[ConditionOutcome]:
        if not self.children:
            return [self]
        return [leaf for c in self.children for leaf in c.leaves()]


def _compare(op: str, actual: Any, expected: Any) -> bool:
    if op == "eq":
        return bool(actual == expected)
    if op == "ne":
        return bool(actual != expected)
    if op == "in":
        return actual in expected
    if op == "not_in":
        return actual not in expected
    a, e = float(actual), float(expected)
    return {"lt": a < e, "lte": a <= e, "gt": a > e, "gte": a >= e}[op]


def _value_suffix(spec: FactSpec, value: Any) -> str:
    """The actual value, to append to the requirement (booleans say it already)."""
    if spec.kind == "bool":
        return ""
    if spec.kind == "enum":
        return f" (actuellement : {spec.enum_labels.get(value, value)})"
    if spec.path == "contract.work_time_fraction":
        return f" (actuellement : {fmt_number(round(float(value) * 100, 2))} %)"
    unit = f" {spec.unit_fr}" if spec.unit_fr else ""
    return f" (actuellement : {fmt_number(value)}{unit})"


def evaluate_condition(cond: Condition, case: IncentiveCase, origin: str = "loi") -> ConditionOutcome:
    if isinstance(cond, Group):
        kids = tuple(evaluate_condition(c, case, origin) for c in cond.children)
        statuses = [k.status for k in kids]
        status: Status
        if cond.mode == "all_of":
            status = "unmet" if "unmet" in statuses else "unknown" if "unknown" in statuses else "met"
            word = "toutes les conditions"
        else:
            status = "met" if "met" in statuses else "unknown" if "unknown" in statuses else "unmet"
            word = "au moins une des conditions"
        label = cond.label_fr or word
        return ConditionOutcome(cond.id, status, f"{label} ({_STATUS_FR[status]})", origin,
                                children=kids, mode=cond.mode)

    spec = FACTS[cond.fact]
    fv = compute(case, cond.fact)
    req = cond.requirement_fr()
    notes = [n for n in (fv.note_fr, cond.note_fr) if n]
    if fv.value is None:
        fields = ", ".join(fv.missing)
        return ConditionOutcome(cond.id, "unknown", f"donnée manquante ({fields}) pour vérifier : {req}", origin,
                                cond.fact, req, None, fv.data, fv.missing, "; ".join(notes) or None)
    if fv.value in cond.unverified_values:
        notes.insert(0, "la référence ne permet pas de trancher ce cas (règle non vérifiée)")
        return ConditionOutcome(cond.id, "unknown", f"non vérifiable : {req}{_value_suffix(spec, fv.value)}",
                                origin, cond.fact, req, fv.value, fv.data, (), "; ".join(notes))
    ok = _compare(cond.op, fv.value, cond.value)
    described = _value_suffix(spec, fv.value)
    if ok:
        if spec.kind == "enum" and cond.op == "eq":
            described = ""  # the requirement already names the value
        return ConditionOutcome(cond.id, "met", f"{req}{described}", origin, cond.fact, req, fv.value, fv.data,
                                (), "; ".join(notes) or None)
    hint = spec.date_hint(case, cond.op, float(cond.value)) if spec.date_hint and _is_number(cond.value) else None
    change = Change(cond.fact, req, hint, cond.op, cond.value)
    return ConditionOutcome(cond.id, "unmet", f"non rempli : {req}{described}", origin, cond.fact, req,
                            fv.value, fv.data, (), "; ".join(notes) or None, changes=(change,))


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


_STATUS_FR = {"met": "remplie", "unmet": "non remplie", "unknown": "inconnue"}


def smallest_change(outcome: ConditionOutcome) -> list[Change]:
    """The fewest leaf changes that would make an unmet condition met (unknown leaves do not count).

    For `any_of`, the alternative needing the fewest changes wins; on a tie, the one that changes a quantity
    rather than a category (a longer contract is a smaller change than another kind of contract), then the one
    with the most conditions already met: a 1-month CDD gets "dure au moins 2 mois" rather than "un CDI".
    """
    if not outcome.children:
        return list(outcome.changes) if outcome.status == "unmet" else []
    if outcome.mode == "all_of":
        return [ch for kid in outcome.children for ch in smallest_change(kid)]
    best: tuple[int, int, int] | None = None
    best_changes: list[Change] = []
    for kid in outcome.children:
        changes = smallest_change(kid)
        categorical = sum(1 for ch in changes if FACTS[ch.fact].kind != "number")
        met = sum(1 for leaf in kid.leaves() if leaf.status == "met")
        key = (len(changes), categorical, -met)
        if best is None or key < best:
            best, best_changes = key, changes
    return best_changes
