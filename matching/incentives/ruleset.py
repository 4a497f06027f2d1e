"""Rule files: one YAML file per aid (dated versions), `cumulation.yaml`, and their loading.

Like OpenFisca parameters, an aid is a list of versions with `valid_from` / `valid_to`; the engine picks the
version in force on the hire date. Every file is validated against `schema.py` at load, plus semantic checks a
schema cannot express (real dates, ordered non-overlapping versions, a [U] fact forces `provisional: true`).
A bad file raises `RuleFileError` naming the file and the field path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from matching.incentives.conditions import Condition, Group, Leaf
from matching.incentives.schema import cumulation_schema, rule_schema

CONFIDENCE_ORDER = {"U": 0, "C": 1, "S": 2, "V": 3}  # weakest first: [C] computed is re-checked before [S]


class RuleFileError(ValueError):
    """A rule file is malformed. `file` is its path, `field` the dotted path of the offending field."""

    def __init__(self, file: str, field: str, message: str) -> None:
        super().__init__(f"{file} : {field} : {message}")
        self.file = file
        self.field = field
        self.message = message


class _NoDatesLoader(yaml.SafeLoader):
    """Keeps ISO dates as strings so that the schema and `date.fromisoformat` check them uniformly."""


_NoDatesLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class ScheduleItem:
    per: str  # month | quarter | year | once
    eur: float
    from_month: int = 1
    to_month: int = 1
    label_fr: str | None = None
    when: tuple[Condition, ...] = ()


@dataclass(frozen=True)
class AgeBand:
    min_age: int
    max_age: int | None
    eur: float


@dataclass(frozen=True)
class Schedule:
    amount_status: str  # exact | upper_bound | unknown
    part_time: str  # prorated | not_prorated | unverified
    items: tuple[ScheduleItem, ...] = ()
    age_bands: tuple[AgeBand, ...] = ()
    beneficiary_fr: str | None = None
    note_fr: str | None = None


@dataclass(frozen=True)
class AidVersion:
    valid_from: date
    valid_to: date | None
    legal: tuple[str, ...]
    sources: tuple[str, ...]
    confidence: str
    provisional: bool
    conditions: tuple[Condition, ...]
    schedule: Schedule
    regime: str | None = None
    notes_fr: tuple[str, ...] = ()
    obligations_fr: tuple[str, ...] = ()

    def in_force(self, d: date) -> bool:
        return self.valid_from <= d and (self.valid_to is None or d <= self.valid_to)


@dataclass(frozen=True)
class Aid:
    id: str
    label_fr: str
    kind: str
    versions: tuple[AidVersion, ...]
    description_fr: str | None = None
    date_basis: str = "hire_date"
    file: str = ""

    def version_on(self, d: date) -> AidVersion | None:
        return next((v for v in self.versions if v.in_force(d)), None)


@dataclass(frozen=True)
class CumulationRule:
    id: str
    a: tuple[str, ...]
    b: tuple[str, ...]
    allowed: bool | str  # True, False or "unknown"
    note_fr: str
    sources: tuple[str, ...]
    confidence: str
    cap_fr: str | None = None

    def matches(self, x: str, y: str) -> bool:
        def hit(pattern: tuple[str, ...], aid: str) -> bool:
            return any(p == "*" or p == aid or (p.endswith("*") and aid.startswith(p[:-1])) for p in pattern)

        return (hit(self.a, x) and hit(self.b, y)) or (hit(self.a, y) and hit(self.b, x))


@dataclass(frozen=True)
class RuleSet:
    aids: tuple[Aid, ...]
    cumulation: tuple[CumulationRule, ...] = field(default=())

    def aid(self, aid_id: str) -> Aid:
        return next(a for a in self.aids if a.id == aid_id)

    def cumulation_rule(self, x: str, y: str) -> CumulationRule | None:
        """First matching rule: the file lists specific rules before wildcard ones."""
        return next((r for r in self.cumulation if r.matches(x, y)), None)


def _fmt_path(parts: Iterable[Any]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "(racine)"


def read_yaml(path: Path | Any, display: str) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_NoDatesLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"ligne {mark.line + 1}" if mark is not None else "(fichier)"
        raise RuleFileError(display, where, f"YAML invalide : {exc}") from None


def check_schema(data: Any, schema: dict[str, Any], display: str) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    errors = list(validator.iter_errors(data))
    if errors:
        # The deepest error is the most precise one (oneOf errors nest the real cause).
        err = max(errors, key=lambda e: len(list(e.absolute_path)))
        best = jsonschema.exceptions.best_match([err]) or err
        while best.context:
            best = max(best.context, key=lambda e: len(list(e.absolute_path)))
        raise RuleFileError(display, _fmt_path(best.absolute_path), _message_fr(best))


def _message_fr(err: jsonschema.ValidationError) -> str:
    """French wording of the schema errors a rule author meets most; the original message otherwise."""
    v, inst = str(err.validator), err.instance
    rule: Any = err.validator_value
    if v == "enum":
        return f"valeur inconnue {inst!r} (valeurs admises : {', '.join(map(str, rule))})"
    if v == "required":
        return f"champ obligatoire absent ({err.message.split(' is a required')[0]})"
    if v == "additionalProperties":
        return f"champ non prévu par le schéma ({err.message})"
    if v == "type":
        return f"type incorrect {inst!r} (attendu : {rule})"
    if v == "minItems":
        return f"liste vide ou trop courte (au moins {rule} élément(s))"
    if v == "pattern":
        return f"format invalide {inst!r} (motif {rule})"
    return err.message


def _date(value: str, display: str, path: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RuleFileError(display, path, f"date invalide « {value} »") from None


def parse_condition(raw: dict[str, Any], path: str, params: dict[str, float] | None = None,
                    display: str = "") -> tuple[Condition, list[str]]:
    """Build a condition tree; also return the confidence tags found (to check `provisional`)."""
    tags = [raw["confidence"]] if "confidence" in raw else []
    if "all_of" in raw or "any_of" in raw:
        mode = "all_of" if "all_of" in raw else "any_of"
        kids: list[Condition] = []
        for i, child in enumerate(raw[mode]):
            cond, ctags = parse_condition(child, f"{path}.{mode}[{i}]", params, display)
            kids.append(cond)
            tags += ctags
        return Group(raw.get("id", path), mode, tuple(kids), raw.get("label_fr")), tags  # type: ignore[arg-type]
    value = raw["value"]
    if isinstance(value, dict):
        name = value["param"]
        if params is None or name not in params:
            raise RuleFileError(display, f"{path}.value.param", f"paramètre inconnu « {name} »")
        value = params[name]
    if raw["op"] in {"in", "not_in"} and not isinstance(value, list):
        raise RuleFileError(display, f"{path}.value", "l'opérateur in/not_in attend une liste")
    if raw["op"] in {"lt", "lte", "gt", "gte"} and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise RuleFileError(display, f"{path}.value", "une comparaison numérique attend un nombre")
    leaf = Leaf(raw.get("id", raw["fact"]), raw["fact"], raw["op"],
                tuple(value) if isinstance(value, list) else value,
                tuple(raw.get("unverified_values", ())), raw.get("note_fr"))
    return leaf, tags


def _parse_schedule(raw: dict[str, Any], path: str, display: str) -> tuple[Schedule, list[str]]:
    tags = [raw["confidence"]] if "confidence" in raw else []
    items: list[ScheduleItem] = []
    for i, it in enumerate(raw.get("items", [])):
        ipath = f"{path}.items[{i}]"
        if "confidence" in it:
            tags.append(it["confidence"])
        when: list[Condition] = []
        for j, c in enumerate(it.get("when", [])):
            cond, ctags = parse_condition(c, f"{ipath}.when[{j}]", None, display)
            when.append(cond)
            tags += ctags
        if it["per"] == "once":
            items.append(ScheduleItem("once", it["eur"], it["at_month"], it["at_month"], it.get("label_fr"),
                                      tuple(when)))
            continue
        if it["to_month"] < it["from_month"]:
            raise RuleFileError(display, f"{ipath}.to_month", "to_month précède from_month")
        span = it["to_month"] - it["from_month"] + 1
        if it["per"] == "quarter" and span % 3 or it["per"] == "year" and span % 12:
            raise RuleFileError(display, f"{ipath}.to_month", f"une période « {it['per']} » doit couvrir "
                                "des trimestres/années entiers")
        items.append(ScheduleItem(it["per"], it["eur"], it["from_month"], it["to_month"], it.get("label_fr"),
                                  tuple(when)))
    bands: tuple[AgeBand, ...] = ()
    if "age_bands" in raw:
        bands = tuple(AgeBand(b["min_age"], b.get("max_age"), b["eur"]) for b in raw["age_bands"]["bands"])
    if raw["amount_status"] != "unknown" and not items and not bands:
        raise RuleFileError(display, f"{path}.items", "un montant connu exige des périodes (items ou age_bands)")
    return Schedule(raw["amount_status"], raw["part_time"], tuple(items), bands,
                    raw.get("beneficiary_fr"), raw.get("note_fr")), tags


def parse_aid(data: Any, display: str) -> Aid:
    check_schema(data, rule_schema(), display)
    versions: list[AidVersion] = []
    for i, v in enumerate(data["versions"]):
        vpath = f"versions[{i}]"
        start = _date(v["valid_from"], display, f"{vpath}.valid_from")
        end = None if v["valid_to"] is None else _date(v["valid_to"], display, f"{vpath}.valid_to")
        if end is not None and end < start:
            raise RuleFileError(display, f"{vpath}.valid_to", "valid_to précède valid_from")
        if versions:
            prev = versions[-1]
            if prev.valid_to is None or prev.valid_to >= start:
                raise RuleFileError(display, f"{vpath}.valid_from",
                                    "les versions doivent être triées et ne pas se chevaucher")
        tags = [v["confidence"]]
        conds: list[Condition] = []
        for j, c in enumerate(v["conditions"]):
            cond, ctags = parse_condition(c, f"{vpath}.conditions[{j}]", None, display)
            conds.append(cond)
            tags += ctags
        schedule, stags = _parse_schedule(v["schedule"], f"{vpath}.schedule", display)
        tags += stags
        weakest = min(tags, key=CONFIDENCE_ORDER.__getitem__)
        if weakest == "U" and not v["provisional"]:
            raise RuleFileError(display, f"{vpath}.provisional",
                                "une version qui contient un fait [U] doit être marquée provisional: true")
        if CONFIDENCE_ORDER[v["confidence"]] > CONFIDENCE_ORDER[weakest]:
            raise RuleFileError(display, f"{vpath}.confidence",
                                f"la confiance de la version ({v['confidence']}) dépasse celle de son fait le "
                                f"plus faible ({weakest})")
        versions.append(AidVersion(start, end, tuple(v["legal"]), tuple(v["sources"]), v["confidence"],
                                   v["provisional"], tuple(conds), schedule, v.get("regime"),
                                   tuple(v.get("notes_fr", ())), tuple(v.get("obligations_fr", ()))))
    return Aid(data["id"], data["label_fr"], data["kind"], tuple(versions), data.get("description_fr"),
               data.get("date_basis", "hire_date"), display)


def parse_cumulation(data: Any, display: str, aid_ids: set[str]) -> tuple[CumulationRule, ...]:
    check_schema(data, cumulation_schema(), display)
    out = []
    for i, r in enumerate(data["rules"]):
        for side in ("a", "b"):
            for j, aid in enumerate(r[side]):
                if aid != "*" and not aid.endswith("*") and aid not in aid_ids:
                    raise RuleFileError(display, f"rules[{i}].{side}[{j}]", f"aide inconnue « {aid} »")
        out.append(CumulationRule(r["id"], tuple(r["a"]), tuple(r["b"]), r["allowed"], r["note_fr"],
                                  tuple(r["sources"]), r["confidence"], r.get("cap_fr")))
    return tuple(out)


def load_rules(directory: str | Path | None = None) -> RuleSet:
    """Load every `*.yaml` aid file and `cumulation.yaml` from `directory` (default: the packaged rules)."""
    if directory is None:
        return _packaged_rules()
    return _load_from(Path(directory))


@lru_cache(maxsize=1)
def _packaged_rules() -> RuleSet:
    root = resources.files("matching.incentives").joinpath("rules")
    return _load_from(root)


def _load_from(root: Any) -> RuleSet:
    aids: list[Aid] = []
    cumulation_file = None
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".yaml"):
            continue
        display = f"rules/{entry.name}"
        if entry.name == "cumulation.yaml":
            cumulation_file = entry
            continue
        aid = parse_aid(read_yaml(entry, display), display)
        if entry.name != f"{aid.id.lower()}.yaml":
            raise RuleFileError(display, "id", f"le fichier doit s'appeler {aid.id.lower()}.yaml")
        aids.append(aid)
    if cumulation_file is None:
        raise RuleFileError("rules/cumulation.yaml", "(fichier)", "fichier absent")
    cum = parse_cumulation(read_yaml(cumulation_file, "rules/cumulation.yaml"), "rules/cumulation.yaml",
                           {a.id for a in aids})
    return RuleSet(tuple(aids), cum)
