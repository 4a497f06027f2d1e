"""What `evaluate` returns: one outcome per aid, the cumulation analysis and the best allowed combination.

`IncentiveResult.to_dict()` is the JSON the CLI prints and the portal will serve: lists `eligible`,
`not_eligible`, `unknown`, each item with `id`, `label_fr`, `provisional`, `sources`; eligible items also carry
`schedule` and `amount_total_eur`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from matching.incentives.conditions import ConditionOutcome
from matching.incentives.ruleset import AidVersion
from matching.incentives.schedule import Amount


@dataclass(frozen=True)
class AidOutcome:
    id: str
    label_fr: str
    kind: str
    status: str  # eligible | not_eligible | unknown
    version: AidVersion | None
    conditions: tuple[ConditionOutcome, ...] = ()
    amount: Amount | None = None
    suggestions_fr: tuple[str, ...] = ()
    reason_fr: str | None = None  # e.g. no version in force on that date
    date_basis_fr: str | None = None
    in_best_combination: bool = False
    # No version in force: the nearest one (before or after the date), whose sources back the "not in force" answer.
    nearest_version: AidVersion | None = None

    @property
    def provisional(self) -> bool:
        # No version in force: the answer rests on the validity dates, provisional only if the nearest version is.
        return bool(self.version and self.version.provisional)

    @property
    def sources(self) -> tuple[str, ...]:
        v = self.version or self.nearest_version
        return v.sources if v else ()

    def unmet(self) -> list[ConditionOutcome]:
        return [c for c in self.conditions if c.status == "unmet"]

    def unknown(self) -> list[ConditionOutcome]:
        return [c for c in self.conditions if c.status == "unknown"]

    def missing_fields(self) -> list[str]:
        out: list[str] = []
        for c in self.unknown():
            for leaf in c.leaves():
                if leaf.status == "unknown":
                    out += [m for m in leaf.missing if m not in out]
        return out

    def to_dict(self, with_trace: bool = True) -> dict[str, Any]:
        v = self.version
        ref = v or self.nearest_version
        d: dict[str, Any] = {
            "id": self.id,
            "label_fr": self.label_fr,
            "kind": self.kind,
            "status": self.status,
            "provisional": self.provisional,
            "confidence": v.confidence if v else None,
            "sources": list(self.sources),
            "legal": list(ref.legal) if ref else [],
            "version": None if v is None else {
                "regime": v.regime,
                "valid_from": v.valid_from.isoformat(),
                "valid_to": v.valid_to.isoformat() if v.valid_to else None,
            },
        }
        if self.date_basis_fr:
            d["date_basis_fr"] = self.date_basis_fr
        if self.reason_fr:
            d["reason_fr"] = self.reason_fr
        if self.status == "eligible":
            a = self.amount
            d["schedule"] = [p.to_dict() for p in a.periods] if a else []
            d["amount_total_eur"] = a.total_eur if a else None
            d["amount_max_eur"] = a.max_eur if a else None
            d["amount_status"] = a.status if a else "unknown"
            d["amount_exact"] = a.exact if a else False
            d["amount_notes_fr"] = list(a.notes_fr) if a else []
            if v and v.schedule.beneficiary_fr:
                d["beneficiary_fr"] = v.schedule.beneficiary_fr
            d["in_best_combination"] = self.in_best_combination
            d["obligations_fr"] = list(v.obligations_fr) if v else []
        if self.status == "not_eligible":
            d["unmet"] = [{"id": c.condition_id, "origin": c.origin, "sentence_fr": c.sentence_fr}
                          for c in self.unmet()]
            d["suggestions_fr"] = list(self.suggestions_fr)
        if self.unknown():
            d["unknown_conditions"] = [{"id": c.condition_id, "origin": c.origin, "sentence_fr": c.sentence_fr}
                                       for c in self.unknown()]
            d["missing_fields"] = self.missing_fields()
        if v and v.notes_fr:
            d["notes_fr"] = list(v.notes_fr)
        if with_trace:
            d["trace"] = [c.to_dict() for c in self.conditions]
        return d


@dataclass(frozen=True)
class CumulationOutcome:
    a: str
    b: str
    allowed: bool | str  # True, False or "unknown" (no rule, or the rule itself is unverified)
    note_fr: str
    rule_id: str | None = None
    sources: tuple[str, ...] = ()
    confidence: str | None = None
    cap_fr: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"a": self.a, "b": self.b, "allowed": self.allowed, "rule": self.rule_id,
                             "note_fr": self.note_fr, "sources": list(self.sources),
                             "confidence": self.confidence}
        if self.cap_fr:
            d["cap_fr"] = self.cap_fr
        return d


@dataclass(frozen=True)
class Combination:
    ids: tuple[str, ...]
    amount_total_eur: float
    uncertain_pairs: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"ids": list(self.ids), "amount_total_eur": self.amount_total_eur,
                "uncertain_pairs": [list(p) for p in self.uncertain_pairs]}


@dataclass(frozen=True)
class IncentiveResult:
    hire_date: date
    policy: str  # "loi" or the policy id
    aids: tuple[AidOutcome, ...]
    cumulation: tuple[CumulationOutcome, ...] = ()
    best_combination: Combination | None = None  # only pairs a rule explicitly allows
    # Worth more if the uncertain pairs (no rule, or an unverified one) turn out to be allowed; None if the same.
    combination_if_uncertain_allowed: Combination | None = None
    warnings: tuple[str, ...] = field(default=())

    def by_status(self, status: str) -> list[AidOutcome]:
        return [a for a in self.aids if a.status == status]

    def aid(self, aid_id: str) -> AidOutcome:
        return next(a for a in self.aids if a.id == aid_id)

    def to_dict(self, with_trace: bool = True) -> dict[str, Any]:
        return {
            "hire_date": self.hire_date.isoformat(),
            "policy": self.policy,
            "eligible": [a.to_dict(with_trace) for a in self.by_status("eligible")],
            "not_eligible": [a.to_dict(with_trace) for a in self.by_status("not_eligible")],
            "unknown": [a.to_dict(with_trace) for a in self.by_status("unknown")],
            "cumulation": [c.to_dict() for c in self.cumulation],
            "best_combination": self.best_combination.to_dict() if self.best_combination else None,
            "combination_if_uncertain_allowed": (self.combination_if_uncertain_allowed.to_dict()
                                                 if self.combination_if_uncertain_allowed else None),
            "warnings": list(self.warnings),
        }
