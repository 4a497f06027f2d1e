"""Deployment policies: extra conditions on top of the law, off by default.

The law alone is the default answer (`policy=None` or "loi"). A deployment that follows the Assises de
l'insertion switches on the "assises" policy (`--policy assises` or `POSTE_JUSTE_INCENTIVE_POLICY=assises`): every
per-hire aid then also requires an ISP collaboration agreement, a net additional job, a durable contract, a job
that passes the audit's job-quality checks and the windfall guard (see `policies/assises.yaml` and
docs/incentives.md). Policy conditions are evaluated and explained exactly like legal ones, marked
"politique assises" in the trace.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from matching.incentives.conditions import Condition
from matching.incentives.ruleset import RuleFileError, check_schema, parse_condition, read_yaml
from matching.incentives.schema import policy_schema

ENV_POLICY = "POSTE_JUSTE_INCENTIVE_POLICY"
ENV_DURABLE_MONTHS = "POSTE_JUSTE_INCENTIVE_DURABLE_MONTHS"
LAW = "loi"


class PolicyError(ValueError):
    """Unknown policy name or bad parameter (message in French)."""


@dataclass(frozen=True)
class Policy:
    id: str
    label_fr: str
    description_fr: str
    params: dict[str, float]
    exempt_aids: tuple[str, ...]
    conditions: tuple[Condition, ...]
    sources: tuple[str, ...]

    @property
    def origin(self) -> str:
        return f"politique {self.id}"


@lru_cache(maxsize=1)
def available_policies() -> tuple[str, ...]:
    root = resources.files("matching.incentives").joinpath("policies")
    return tuple(sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".yaml")))


@lru_cache(maxsize=8)
def _policy_file(name: str) -> Any:
    """The validated policy file (cached: a deployment evaluates many cases with the same policy)."""
    display = f"policies/{name}.yaml"
    entry = resources.files("matching.incentives").joinpath("policies").joinpath(f"{name}.yaml")
    data: Any = read_yaml(entry, display)
    check_schema(data, policy_schema(), display)
    return data


def load_policy(name: str, **params: float) -> Policy:
    """Load `policies/<name>.yaml`; keyword `params` override its defaults (e.g. `durable_min_months=18`)."""
    if name not in available_policies():
        raise PolicyError(f"politique inconnue « {name} » (disponibles : {LAW}, {', '.join(available_policies())})")
    display = f"policies/{name}.yaml"
    data = _policy_file(name)
    values = dict(data["params"])
    for key, value in params.items():
        if key not in values:
            raise PolicyError(f"paramètre de politique inconnu « {key} » (connus : {', '.join(values)})")
        if value < 0:
            raise PolicyError(f"le paramètre {key} doit être positif (reçu {value})")
        values[key] = float(value)
    conditions = []
    for i, c in enumerate(data["conditions"]):
        cond, _ = parse_condition(c, f"conditions[{i}]", values, display)
        conditions.append(cond)
    if data["id"] != name:
        raise RuleFileError(display, "id", f"l'identifiant doit être « {name} »")
    return Policy(data["id"], data["label_fr"], data["description_fr"], values, tuple(data["exempt_aids"]),
                  tuple(conditions), tuple(data["sources"]))


def resolve_policy(policy: str | Policy | None) -> Policy | None:
    """`None` reads the deployment's environment (`POSTE_JUSTE_INCENTIVE_POLICY`, default: the law alone)."""
    if isinstance(policy, Policy):
        return policy
    name = policy if policy is not None else os.environ.get(ENV_POLICY, "").strip() or LAW
    if name == LAW:
        return None
    params: dict[str, float] = {}
    months = os.environ.get(ENV_DURABLE_MONTHS, "").strip()
    if months:
        try:
            params["durable_min_months"] = float(months)
        except ValueError:
            raise PolicyError(f"{ENV_DURABLE_MONTHS} doit être un nombre de mois (reçu « {months} »)") from None
    return load_policy(name, **params)
