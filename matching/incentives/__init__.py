"""Walloon hiring incentives engine: which aids apply to a hire, how much, what is missing, what would change.

Rules are data (`rules/*.yaml`, one file per aid, dated versions with legal sources and confidence tags), read
like OpenFisca parameters: the version in force on the hire date applies. Public API:

    evaluate(case, policy=None, *, on=None) -> IncentiveResult      # .to_dict() is the JSON contract
    validate_case(dict) -> IncentiveCase                             # raises CaseError(field, message)
    explain(result) -> str                                           # the French trace
    load_rules(directory=None) -> RuleSet                            # raises RuleFileError(file, field, message)
    load_policy(name, **params) -> Policy                            # "assises"; the law alone is the default

Pure library: no Flask, no SQLAlchemy.
"""

from matching.incentives.case import CaseError, IncentiveCase, validate_case
from matching.incentives.engine import evaluate
from matching.incentives.explain import explain
from matching.incentives.policy import ENV_DURABLE_MONTHS, ENV_POLICY, Policy, PolicyError, load_policy
from matching.incentives.result import AidOutcome, IncentiveResult
from matching.incentives.ruleset import RuleFileError, RuleSet, load_rules

__all__ = [
    "ENV_DURABLE_MONTHS",
    "ENV_POLICY",
    "AidOutcome",
    "CaseError",
    "IncentiveCase",
    "IncentiveResult",
    "Policy",
    "PolicyError",
    "RuleFileError",
    "RuleSet",
    "evaluate",
    "explain",
    "load_policy",
    "load_rules",
    "validate_case",
]
