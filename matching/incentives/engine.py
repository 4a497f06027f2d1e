"""`evaluate(case, policy)`: which Walloon aids apply to this hire, how much, what is missing, what would change.

For each aid: pick the version in force on the hire date (SESAM: on the application date), evaluate its
conditions (and the policy's, when a policy is switched on) in three values, compute the schedule of an eligible
aid, and for a non-eligible one the smallest change that would make it eligible. Then resolve cumulation between
the eligible aids and pick the allowed combination worth the most.
"""

from __future__ import annotations

from datetime import date
from itertools import combinations
from typing import Any

from matching.incentives.case import IncentiveCase, validate_case
from matching.incentives.conditions import Change, ConditionOutcome, evaluate_condition, smallest_change
from matching.incentives.facts import fr_date
from matching.incentives.policy import LAW, Policy, resolve_policy
from matching.incentives.result import AidOutcome, Combination, CumulationOutcome, IncentiveResult
from matching.incentives.ruleset import Aid, AidVersion, RuleSet, load_rules
from matching.incentives.schedule import compute_amount


def evaluate(case: dict[str, Any] | IncentiveCase, policy: str | Policy | None = None, *,
             on: date | None = None, rules: RuleSet | None = None) -> IncentiveResult:
    """Evaluate a hiring case.

    `case`: a dict in the `incentive-case.schema.json` form (validated, `CaseError` on bad input) or an
    `IncentiveCase`. `policy`: "loi" (the law alone), "assises", a `Policy`, or None to read the deployment's
    `POSTE_JUSTE_INCENTIVE_POLICY` (default: the law alone). `on`: evaluate as if the worker entered service on
    that date instead of `hire_date` (what-if). `rules`: another rule set (tests); default the packaged rules.
    """
    c = validate_case(case) if isinstance(case, dict) else case
    if on is not None:
        c = c.with_hire_date(on)
    pol = resolve_policy(policy)
    ruleset = rules or load_rules()
    outcomes = [evaluate_aid(aid, c, pol) for aid in ruleset.aids]
    eligible = [o for o in outcomes if o.status == "eligible"]
    cumulation = _cumulation(eligible, ruleset)
    best = _best_combination(eligible, cumulation, allow_uncertain=False)
    optimistic = _best_combination(eligible, cumulation, allow_uncertain=True)
    if optimistic is not None and best is not None and set(optimistic.ids) == set(best.ids):
        optimistic = None
    if best is not None:
        chosen = set(best.ids)
        outcomes = [_with_best(o, o.id in chosen) for o in outcomes]
    return IncentiveResult(c.hire_date, pol.id if pol else LAW, tuple(outcomes), tuple(cumulation), best,
                           optimistic, c.warnings)


def _with_best(o: AidOutcome, flag: bool) -> AidOutcome:
    if o.status != "eligible":
        return o
    return AidOutcome(o.id, o.label_fr, o.kind, o.status, o.version, o.conditions, o.amount, o.suggestions_fr,
                      o.reason_fr, o.date_basis_fr, flag)


def _basis_date(aid: Aid, case: IncentiveCase) -> tuple[date, str | None]:
    if aid.date_basis == "application_date":
        if case.application_date is not None:
            return case.application_date, f"version choisie à la date de demande ({fr_date(case.application_date)})"
        return case.hire_date, ("date de demande inconnue (application_date) : version choisie à la date "
                                "d'entrée en service")
    return case.hire_date, None


def evaluate_aid(aid: Aid, case: IncentiveCase, policy: Policy | None, *, look_ahead: bool = True) -> AidOutcome:
    basis, basis_note = _basis_date(aid, case)
    version = aid.version_on(basis)
    if version is None:
        return _no_version(aid, case, basis, basis_note, policy, look_ahead)

    outcomes: list[ConditionOutcome] = [evaluate_condition(cond, case) for cond in version.conditions]
    if policy is not None and aid.id not in policy.exempt_aids:
        outcomes += [evaluate_condition(cond, case, policy.origin) for cond in policy.conditions]
    statuses = {o.status for o in outcomes}
    if "unmet" in statuses:
        suggestions = _suggestions(outcomes)
        return AidOutcome(aid.id, aid.label_fr, aid.kind, "not_eligible", version, tuple(outcomes),
                          suggestions_fr=suggestions, date_basis_fr=basis_note)
    if "unknown" in statuses:
        return AidOutcome(aid.id, aid.label_fr, aid.kind, "unknown", version, tuple(outcomes),
                          date_basis_fr=basis_note)
    amount = compute_amount(version.schedule, case)
    return AidOutcome(aid.id, aid.label_fr, aid.kind, "eligible", version, tuple(outcomes), amount,
                      date_basis_fr=basis_note)


def _strictest(changes: list[Change]) -> list[Change]:
    """Keep one threshold per fact and direction: "au moins 24 mois" makes "au moins 12 mois" redundant
    (the law asks 2 months, the policy 12: the coach needs to read only the binding one)."""
    best: dict[tuple[str, str], Change] = {}
    for ch in changes:
        if ch.op not in {"gte", "gt", "lte", "lt"}:
            continue
        key = (ch.fact, "up" if ch.op in {"gte", "gt"} else "down")
        cur = best.get(key)
        if cur is None or (float(ch.value) > float(cur.value)) == (key[1] == "up"):
            best[key] = ch
    keep = set(map(id, best.values()))
    return [ch for ch in changes if ch.op not in {"gte", "gt", "lte", "lt"} or id(ch) in keep]


def _suggestions(outcomes: list[ConditionOutcome]) -> tuple[str, ...]:
    changes = _strictest([ch for o in outcomes if o.status == "unmet" for ch in smallest_change(o)])
    seen: list[str] = []
    for ch in changes:
        s = ch.sentence_fr()
        if s not in seen:
            seen.append(s)
    if len(seen) > 1:
        # All of them are needed together: say so, so that a coach does not read them as alternatives.
        return tuple(seen) + ("(toutes ces conditions ensemble)",)
    return tuple(seen)


def _no_version(aid: Aid, case: IncentiveCase, basis: date, basis_note: str | None, policy: Policy | None,
                look_ahead: bool) -> AidOutcome:
    later = [v for v in aid.versions if v.valid_from > basis]
    earlier = [v for v in aid.versions if v.valid_to is not None and v.valid_to < basis]
    date_word = "demande" if aid.date_basis == "application_date" else "entrée en service"
    suggestions: list[str] = []
    nearest: AidVersion | None = None
    if later:
        nearest = later[0]
        reason = f"pas encore en vigueur à cette date : en vigueur à partir du {fr_date(nearest.valid_from)}"
        if nearest.provisional:
            reason += " (provisoire)"
        text = f"éligible seulement pour une {date_word} à partir du {fr_date(nearest.valid_from)}"
        if look_ahead and aid.date_basis == "hire_date":
            preview = evaluate_aid(aid, case.with_hire_date(nearest.valid_from), policy, look_ahead=False)
            text += f" (avec les mêmes données à cette date : {_STATUS_FR[preview.status]})"
        suggestions.append(text)
    else:
        nearest = earlier[-1] if earlier else None
        ended = fr_date(nearest.valid_to) if nearest and nearest.valid_to else "?"
        reason = f"plus en vigueur : aide supprimée pour une {date_word} après le {ended}"
        suggestions.append(f"éligible seulement pour une {date_word} au plus tard le {ended}")
    return AidOutcome(aid.id, aid.label_fr, aid.kind, "not_eligible", None, (), None, tuple(suggestions), reason,
                      basis_note, nearest_version=nearest)


_STATUS_FR = {"eligible": "éligible", "not_eligible": "non éligible", "unknown": "indéterminé (données manquantes)"}


def _cumulation(eligible: list[AidOutcome], rules: RuleSet) -> list[CumulationOutcome]:
    out = []
    for x, y in combinations([o.id for o in eligible], 2):
        rule = rules.cumulation_rule(x, y)
        if rule is None:
            out.append(CumulationOutcome(x, y, "unknown", "aucune règle de cumul connue pour cette paire : "
                                                          "à vérifier auprès du Forem"))
        else:
            out.append(CumulationOutcome(x, y, rule.allowed, rule.note_fr, rule.id, rule.sources, rule.confidence,
                                         rule.cap_fr))
    return out


def _best_combination(eligible: list[AidOutcome], cumulation: list[CumulationOutcome], *,
                      allow_uncertain: bool) -> Combination | None:
    """Exhaustive search (at most 2^10 subsets) for the allowed set worth the most, then with the most aids.

    With `allow_uncertain=False` (the recommendation) only pairs a rule explicitly allows are combined: a coach
    should not promise a cumulation nobody has confirmed. Aids without a computable amount count 0.
    """
    if not eligible:
        return None
    blocked = {frozenset((c.a, c.b)) for c in cumulation
               if c.allowed is False or (c.allowed == "unknown" and not allow_uncertain)}
    uncertain = {frozenset((c.a, c.b)) for c in cumulation if c.allowed == "unknown"}
    amounts = {o.id: (o.amount.total_eur or 0.0) if o.amount else 0.0 for o in eligible}
    ids = [o.id for o in eligible]
    best: tuple[float, int, int] | None = None
    best_ids: tuple[str, ...] = ()
    for size in range(len(ids), 0, -1):
        for subset in combinations(ids, size):
            pairs = [frozenset(p) for p in combinations(subset, 2)]
            if any(p in blocked for p in pairs):
                continue
            n_uncertain = sum(1 for p in pairs if p in uncertain)
            key = (round(sum(amounts[i] for i in subset), 2), size, -n_uncertain)
            if best is None or key > best:
                best, best_ids = key, subset
    assert best is not None  # every single aid is an allowed subset
    unc = [tuple(sorted(p)) for p in combinations(best_ids, 2) if frozenset(p) in uncertain]
    return Combination(best_ids, best[0], tuple((a, b) for a, b in unc))
