"""The hiring case the engine evaluates: parsing and validation of `incentive-case.schema.json` input.

`validate_case(dict)` turns untrusted JSON into an `IncentiveCase` or raises `CaseError` naming the field path in
French. Every field except `hire_date` may be absent: absence is kept as `None` so that the engine answers
"unknown" for the conditions that need it, never a silent no.

The package carries its own copy of the contract (`case.schema.json`) extended compatibly with optional fields
that some aids or the "assises" policy need (see `EXTENSIONS`): the product never reads `../shared` at run time.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import jsonschema

from matching.errors import MatchingInputError

# Optional fields added to the shared contract (compatible extension: new optional fields only).
EXTENSIONS = {
    "application_date": "date de la demande d'aide (SESAM dépend de cette date ; à défaut, date d'entrée en service)",
    "job_quality_ok": "le poste passe les contrôles de qualité d'emploi de l'audit (politique « assises »)",
    "worker.employed_by_employer_last_12_months": "le travailleur a travaillé chez cet employeur dans les 12 derniers mois",
    "worker.days_worked_for_employer_last_3_months": "jours prestés chez cet employeur dans les 3 derniers mois (PFI)",
}

ENUM_LABELS_FR: dict[str, dict[str, str]] = {
    "residence_region": {
        "wallonia_fr": "région de langue française (Wallonie hors Communauté germanophone)",
        "german_community": "Communauté germanophone",
        "brussels": "Région de Bruxelles-Capitale",
        "flanders": "Flandre",
        "abroad": "étranger",
    },
    "highest_qualification": {
        "none": "aucun diplôme",
        "primary": "certificat d'études de base (primaire)",
        "lower_secondary": "secondaire inférieur (sans CESS)",
        "upper_secondary": "CESS ou équivalent",
        "higher": "diplôme de l'enseignement supérieur",
    },
    "kind": {
        "private_market": "employeur privé du secteur marchand",
        "non_profit": "employeur non marchand (ASBL)",
        "local_authority": "pouvoir local",
        "public_federal_regional": "service public fédéral, communautaire ou régional",
        "self_employed": "indépendant",
    },
    "type": {
        "CDI": "CDI",
        "CDD": "CDD",
        "interim": "intérim",
        "alternance": "contrat d'alternance",
        "PFI": "PFI (plan formation-insertion)",
    },
}
ENUM_LABELS_FR["workplace_region"] = ENUM_LABELS_FR["residence_region"]


class CaseError(MatchingInputError):
    """Bad hiring case. `field` is the dotted path of the offending field (e.g. `contract.weekly_hours`)."""

    def __init__(self, field: str, message: str, value: object = None) -> None:
        super().__init__(field, value, message)


@dataclass(frozen=True)
class Worker:
    birth_date: date | None = None
    residence_region: str | None = None
    registered_job_seeker: bool | None = None
    unemployed_since: date | None = None
    highest_qualification: str | None = None
    unemployment_benefits: bool | None = None
    integration_income: bool | None = None
    previous_impulsion_25: bool | None = None
    followed_by_isp_operator: bool | None = None
    employed_by_employer_last_12_months: bool | None = None
    days_worked_for_employer_last_3_months: float | None = None


@dataclass(frozen=True)
class Employer:
    kind: str | None = None
    workplace_region: str | None = None
    employees_fte: float | None = None
    isp_collaboration_agreement: bool | None = None
    net_new_job: bool | None = None
    approved_tutor: bool | None = None


@dataclass(frozen=True)
class Contract:
    type: str | None = None
    duration_months: float | None = None
    weekly_hours: float | None = None
    full_time_weekly_hours: float | None = None
    gross_monthly_wage: float | None = None


@dataclass(frozen=True)
class IncentiveCase:
    hire_date: date
    worker: Worker = field(default_factory=Worker)
    employer: Employer = field(default_factory=Employer)
    contract: Contract = field(default_factory=Contract)
    application_date: date | None = None
    job_quality_ok: bool | None = None
    warnings: tuple[str, ...] = ()

    def raw(self, path: str) -> Any:
        """Value of a raw input field by dotted path (`worker.birth_date`), `None` when absent."""
        obj: Any = self
        for part in path.split("."):
            obj = getattr(obj, part, None)
            if obj is None:
                return None
        return obj

    def with_hire_date(self, hire_date: date) -> IncentiveCase:
        return replace(self, hire_date=hire_date)

    def to_dict(self) -> dict[str, Any]:
        """The case back in contract form (absent fields omitted, dates as ISO strings)."""

        def clean(d: dict[str, Any]) -> dict[str, Any]:
            return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in d.items() if v is not None}

        out: dict[str, Any] = {"hire_date": self.hire_date.isoformat()}
        for name in ("worker", "employer", "contract"):
            part = clean(asdict(getattr(self, name)))
            if part:
                out[name] = part
        out.update(clean({"application_date": self.application_date, "job_quality_ok": self.job_quality_ok}))
        return out


@lru_cache(maxsize=1)
def case_schema() -> dict[str, Any]:
    text = resources.files("matching.incentives").joinpath("case.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@lru_cache(maxsize=1)
def _case_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(case_schema())


def _path(parts: Any) -> str:
    return ".".join(str(p) for p in parts) or "(racine)"


def _french_schema_error(error: jsonschema.ValidationError) -> CaseError:
    path = _path(error.absolute_path)
    v = str(error.validator)
    inst = error.instance
    rule: Any = error.validator_value
    if v == "required":
        missing = str(error.message).split("'")[1] if "'" in str(error.message) else "?"
        fpath = f"{path}.{missing}" if error.absolute_path else missing
        return CaseError(fpath, "champ obligatoire absent.")
    if v == "enum":
        allowed = ", ".join(str(x) for x in rule)
        return CaseError(path, f"valeur inconnue « {inst} » (valeurs admises : {allowed}).", inst)
    if v == "type":
        expected = rule
        names: dict[str, str] = {"object": "un objet", "string": "une chaîne", "boolean": "true ou false",
                                 "number": "un nombre", "null": "null", "integer": "un entier"}
        if isinstance(expected, list):
            want = " ou ".join(names.get(str(t), str(t)) for t in expected)
        else:
            want = names.get(str(expected), str(expected))
        return CaseError(path, f"type incorrect « {json.dumps(inst, ensure_ascii=False)} » (attendu : {want}).", inst)
    if v in {"minimum", "exclusiveMinimum"}:
        return CaseError(path, f"doit être positif ou nul (reçu {inst}).", inst)
    if v == "maximum":
        return CaseError(path, f"doit être au plus {rule} (reçu {inst}).", inst)
    return CaseError(path, f"valeur refusée : {error.message}", inst)


def _parse_date(value: str, path: str) -> date:
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise CaseError(path, f"date invalide « {value} » (format attendu AAAA-MM-JJ, date réelle).", value) from None


_DATE_FIELDS = {"hire_date", "application_date", "worker.birth_date", "worker.unemployed_since"}


def _known_paths(schema: dict[str, Any], prefix: str = "") -> set[str]:
    out: set[str] = set()
    for name, sub in schema.get("properties", {}).items():
        p = f"{prefix}{name}"
        out.add(p)
        if isinstance(sub, dict) and "properties" in sub:
            out |= _known_paths(sub, p + ".")
    return out


def _drop_nulls(data: dict[str, Any]) -> dict[str, Any]:
    """`null` means "not known" like an absent field (forms and APIs often send it): accepting it is a
    compatible widening of the contract, and the engine then answers "unknown" for what needed it."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            continue
        out[key] = {k: v for k, v in value.items() if v is not None} if isinstance(value, dict) else value
    return out


def validate_case(data: Any) -> IncentiveCase:
    """Validate a decoded JSON case against the (extended) contract; raise `CaseError` naming the field."""
    if not isinstance(data, dict):
        raise CaseError("(racine)", "le cas doit être un objet JSON.", data)
    data = _drop_nulls(data)
    schema = case_schema()
    errors = sorted(_case_validator().iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), str(e.validator)))
    if errors:
        raise _french_schema_error(errors[0])

    dates: dict[str, date | None] = {}
    for p in sorted(_DATE_FIELDS):
        head, _, tail = p.partition(".")
        raw = data.get(head) if not tail else (data.get(head) or {}).get(tail)
        dates[p] = None if raw is None else _parse_date(raw, p)

    hire = dates["hire_date"]
    assert hire is not None  # required by the schema
    birth, since = dates["worker.birth_date"], dates["worker.unemployed_since"]
    if birth is not None and birth >= hire:
        raise CaseError("worker.birth_date", "la date de naissance doit précéder la date d'entrée en service.",
                        birth.isoformat())
    if birth is not None and hire.year - birth.year > 120:
        raise CaseError("worker.birth_date", f"date de naissance invraisemblable « {birth.isoformat()} ».",
                        birth.isoformat())
    if since is not None and since > hire:
        raise CaseError("worker.unemployed_since",
                        "le début d'inoccupation ne peut pas suivre la date d'entrée en service.", since.isoformat())
    if birth is not None and since is not None and since < birth:
        raise CaseError("worker.unemployed_since", "le début d'inoccupation précède la naissance.", since.isoformat())

    w, e, c = data.get("worker") or {}, data.get("employer") or {}, data.get("contract") or {}
    if c.get("weekly_hours") is not None and c["weekly_hours"] > 168:
        raise CaseError("contract.weekly_hours", f"une semaine compte 168 heures (reçu {c['weekly_hours']}).",
                        c["weekly_hours"])
    if c.get("full_time_weekly_hours") == 0:
        raise CaseError("contract.full_time_weekly_hours", "la durée à temps plein ne peut pas être nulle.", 0)

    warnings: list[str] = []
    known = _known_paths(schema)
    for key, value in data.items():
        if key not in known:
            warnings.append(f"champ inconnu ignoré : {key}")
        elif isinstance(value, dict):
            warnings += [f"champ inconnu ignoré : {key}.{k}" for k in value if f"{key}.{k}" not in known]
    contract_type = c.get("type")
    if contract_type == "CDI" and c.get("duration_months") is not None:
        warnings.append("contract.duration_months ignoré : un CDI est à durée indéterminée.")

    def pick(cls: type, src: dict[str, Any], prefix: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(cls):
            p = f"{prefix}.{f.name}"
            out[f.name] = dates[p] if p in dates else src.get(f.name)
        return out

    contract_kwargs = pick(Contract, c, "contract")
    if contract_type == "CDI":
        contract_kwargs["duration_months"] = None
    return IncentiveCase(
        hire_date=hire,
        worker=Worker(**pick(Worker, w, "worker")),
        employer=Employer(**pick(Employer, e, "employer")),
        contract=Contract(**contract_kwargs),
        application_date=dates["application_date"],
        job_quality_ok=data.get("job_quality_ok"),
        warnings=tuple(warnings),
    )
