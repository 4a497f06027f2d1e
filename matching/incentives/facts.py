"""Named facts the rule conditions test, derived from the raw case, each with its French wording.

A condition in a rule file names a fact path (`worker.age_on_eve`); this registry says how the value is computed,
which raw fields it needs (so a missing one gives "unknown" and names the field to fill in), and how to say it in
French. Derived facts follow the legal test date: the Walloon target-group decree tests the worker's situation
"la veille de l'entrée en service" (décret 2 février 2017; wallex 106314), so ages and unemployment months are
computed on hire_date - 1 day.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from matching.incentives.case import ENUM_LABELS_FR, IncentiveCase

# Belgian default full-time week when the case does not give the sector's reference (most joint committees: 38 h).
DEFAULT_FULL_TIME_HOURS = 38.0


def add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def full_months(start: date, end: date) -> int:
    """Completed months from `start` to `end` (0 if end < start)."""
    if end < start:
        return 0
    n = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, n) > end:
        n -= 1
    return n


def age_on(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def birthday(birth: date, age: int) -> date:
    """Date on which `age` is reached (29 Feb births reach it on 1 March in common years)."""
    year = birth.year + age
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return date(year, birth.month, birth.day)


def quarter_end(d: date) -> date:
    month = ((d.month - 1) // 3) * 3 + 3
    return date(d.year, month, calendar.monthrange(d.year, month)[1])


def fr_date(d: date) -> str:
    return d.strftime("%d/%m/%Y")


@dataclass(frozen=True)
class FactValue:
    """A computed fact: `value is None` means unknown; `data` holds the raw inputs used; `note_fr` an assumption."""

    value: Any
    data: dict[str, Any]
    missing: tuple[str, ...] = ()
    note_fr: str | None = None


@dataclass(frozen=True)
class FactSpec:
    path: str
    label_fr: str  # noun phrase: "l'âge du travailleur la veille de l'entrée en service"
    inputs: tuple[str, ...]  # raw case fields needed (named in "missing data" messages)
    compute: Callable[[IncentiveCase], FactValue]
    unit_fr: str = ""
    kind: str = "number"  # number | bool | enum
    true_fr: str = ""  # bool facts: sentence when true
    false_fr: str = ""  # bool facts: sentence when false
    enum_labels: dict[str, str] = field(default_factory=dict)
    # Optional natural phrasing per operator, "{v}" = threshold: {"gte": "le contrat dure au moins {v} mois"}
    phrases: dict[str, str] = field(default_factory=dict)
    # For facts that move with the hire date: hire date from/until which `op value` holds (None if never)
    date_hint: Callable[[IncentiveCase, str, float], str | None] | None = None


def _raw(case: IncentiveCase, *paths: str) -> FactValue:
    """A fact that is a raw field."""
    path = paths[0]
    v = case.raw(path)
    if isinstance(v, date):
        v = v.isoformat()
    return FactValue(v, {path: v}, () if v is not None else (path,))


def _elapsed(
    path: str, day_label: str, day_of: Callable[[date], date], measure: Callable[[date, date], int]
) -> Callable[[IncentiveCase], FactValue]:
    """The fact `measure(worker date at path, day_of(hire date))`: an age or a duration; unknown without the date."""

    def compute(case: IncentiveCase) -> FactValue:
        since: date | None = case.raw(path)
        day = day_of(case.hire_date)
        data = {path: since.isoformat() if since else None, day_label: day.isoformat()}
        if since is None:
            return FactValue(None, data, (path,))
        return FactValue(measure(since, day), data)

    return compute


def _eve(hire_date: date) -> date:
    return hire_date - timedelta(days=1)


_age_on_eve = _elapsed("worker.birth_date", "veille de l'entrée", _eve, age_on)
_age_end_quarter = _elapsed("worker.birth_date", "fin du trimestre d'entrée", quarter_end, age_on)
_unemployed_months = _elapsed("worker.unemployed_since", "veille de l'entrée", _eve, full_months)


def _work_time_fraction(case: IncentiveCase) -> FactValue:
    c = case.contract
    data = {"contract.weekly_hours": c.weekly_hours, "contract.full_time_weekly_hours": c.full_time_weekly_hours}
    if c.weekly_hours is None:
        return FactValue(None, data, ("contract.weekly_hours",))
    note = None
    full = c.full_time_weekly_hours
    if full is None:
        full = DEFAULT_FULL_TIME_HOURS
        note = f"durée hebdomadaire à temps plein non fournie : {DEFAULT_FULL_TIME_HOURS:g} h supposées"
    return FactValue(round(min(c.weekly_hours / full, 1.0), 4), data, (), note)


def _quarterly_wage(case: IncentiveCase) -> FactValue:
    wage = case.contract.gross_monthly_wage
    data = {"contract.gross_monthly_wage": wage}
    if wage is None:
        return FactValue(None, data, ("contract.gross_monthly_wage",))
    # [C] The ONSS quarterly reference wage also counts bonuses; 3 x monthly gross is a lower approximation.
    return FactValue(round(wage * 3, 2), data, (), "approximation : salaire trimestriel = 3 × salaire mensuel brut")


# A date hint suggests moving the hire date: waiting up to 2 years (e.g. for 24 months of unemployment) or
# bringing the hire forward by up to 3 months are realistic changes; "hire in 2005" or "in 2060" are not.
HINT_FUTURE_MONTHS = 24
HINT_PAST_MONTHS = 3


def _within_horizon(case: IncentiveCase, d: date) -> bool:
    return add_months(case.hire_date, -HINT_PAST_MONTHS) <= d <= add_months(case.hire_date, HINT_FUTURE_MONTHS)


def _date_hint_unemployed(case: IncentiveCase, op: str, value: float) -> str | None:
    since = case.worker.unemployed_since
    if since is None or op not in {"gte", "gt"}:
        return None
    months = int(value) + (1 if op == "gt" else 0)
    # Condition tested on the eve: hire date must be at least (since + N months) + 1 day.
    start = add_months(since, months) + timedelta(days=1)
    if not _within_horizon(case, start):
        return None
    return f"entrée en service à partir du {fr_date(start)}"


def _date_hint_age_eve(case: IncentiveCase, op: str, value: float) -> str | None:
    birth = case.worker.birth_date
    if birth is None:
        return None
    if op in {"gte", "gt"}:
        target = int(value) + (1 if op == "gt" else 0)
        start = birthday(birth, target) + timedelta(days=1)
        return f"entrée en service à partir du {fr_date(start)}" if _within_horizon(case, start) else None
    if op in {"lt", "lte"}:
        limit = int(value) + (1 if op == "lte" else 0)
        last = birthday(birth, limit)  # on the eve the worker must still be below `limit`
        return f"entrée en service au plus tard le {fr_date(last)}" if _within_horizon(case, last) else None
    return None


def _date_hint_age_quarter(case: IncentiveCase, op: str, value: float) -> str | None:
    birth = case.worker.birth_date
    if birth is None or op not in {"gte", "gt"}:
        return None
    target = int(value) + (1 if op == "gt" else 0)
    reached = birthday(birth, target)
    first_day_of_quarter = date(reached.year, ((reached.month - 1) // 3) * 3 + 1, 1)
    if not _within_horizon(case, first_day_of_quarter):
        return None
    return f"entrée en service à partir du {fr_date(first_day_of_quarter)}"


def _bool(path: str, label: str, true_fr: str, false_fr: str) -> FactSpec:
    return FactSpec(path, label, (path,), lambda c: _raw(c, path), kind="bool", true_fr=true_fr, false_fr=false_fr)


def _enum(path: str, label: str) -> FactSpec:
    return FactSpec(path, label, (path,), lambda c: _raw(c, path), kind="enum",
                    enum_labels=ENUM_LABELS_FR[path.split(".")[-1]])


FACTS: dict[str, FactSpec] = {
    f.path: f
    for f in [
        FactSpec("worker.age_on_eve", "l'âge du travailleur la veille de l'entrée en service",
                 ("worker.birth_date",), _age_on_eve, unit_fr="ans", date_hint=_date_hint_age_eve),
        FactSpec("worker.age_at_end_of_hire_quarter", "l'âge du travailleur à la fin du trimestre d'entrée",
                 ("worker.birth_date",), _age_end_quarter, unit_fr="ans", date_hint=_date_hint_age_quarter),
        FactSpec("worker.unemployed_months_on_eve",
                 "la durée d'inoccupation comme demandeur d'emploi la veille de l'entrée en service",
                 ("worker.unemployed_since",), _unemployed_months, unit_fr="mois",
                 phrases={"gte": "le travailleur compte au moins {v} mois d'inoccupation la veille de l'entrée"},
                 date_hint=_date_hint_unemployed),
        _bool("worker.registered_job_seeker", "l'inscription comme demandeur d'emploi inoccupé",
              "le travailleur est inscrit comme demandeur d'emploi inoccupé (Forem)",
              "le travailleur n'est pas inscrit comme demandeur d'emploi inoccupé"),
        _enum("worker.residence_region", "la résidence principale du travailleur"),
        _enum("worker.highest_qualification", "le diplôme le plus élevé du travailleur"),
        _bool("worker.unemployment_benefits", "les allocations de chômage",
              "le travailleur perçoit des allocations de chômage",
              "le travailleur ne perçoit pas d'allocations de chômage"),
        _bool("worker.integration_income", "le revenu d'intégration",
              "le travailleur perçoit le revenu d'intégration (CPAS)",
              "le travailleur ne perçoit pas le revenu d'intégration"),
        _bool("worker.previous_impulsion_25", "un Impulsion -25 ans déjà obtenu",
              "le travailleur a déjà bénéficié d'Impulsion -25 ans",
              "le travailleur n'a jamais bénéficié d'Impulsion -25 ans"),
        _bool("worker.followed_by_isp_operator", "le suivi par un opérateur d'insertion (ISP)",
              "le travailleur est suivi par un opérateur d'insertion (CISP, MIRE, CPAS…)",
              "le travailleur n'est pas suivi par un opérateur d'insertion"),
        _bool("worker.employed_by_employer_last_12_months", "un emploi chez cet employeur dans les 12 derniers mois",
              "le travailleur a travaillé chez cet employeur dans les 12 derniers mois",
              "le travailleur n'a pas travaillé chez cet employeur dans les 12 derniers mois"),
        FactSpec("worker.days_worked_for_employer_last_3_months",
                 "le nombre de jours prestés chez cet employeur dans les 3 derniers mois",
                 ("worker.days_worked_for_employer_last_3_months",),
                 lambda c: _raw(c, "worker.days_worked_for_employer_last_3_months"), unit_fr="jours"),
        _enum("employer.kind", "le type d'employeur"),
        _enum("employer.workplace_region", "la région du siège d'exploitation"),
        FactSpec("employer.employees_fte", "l'effectif de l'employeur", ("employer.employees_fte",),
                 lambda c: _raw(c, "employer.employees_fte"), unit_fr="ETP"),
        _bool("employer.isp_collaboration_agreement", "une convention de collaboration avec un opérateur ISP",
              "l'employeur a une convention de collaboration avec un opérateur d'insertion (ISP)",
              "l'employeur n'a pas de convention de collaboration avec un opérateur d'insertion"),
        _bool("employer.net_new_job", "la création nette d'emploi",
              "l'embauche crée un emploi net supplémentaire",
              "l'embauche ne crée pas d'emploi net supplémentaire"),
        _bool("employer.approved_tutor", "un tuteur agréé",
              "l'employeur dispose d'un tuteur agréé",
              "l'employeur ne dispose pas d'un tuteur agréé"),
        _enum("contract.type", "le type de contrat"),
        FactSpec("contract.duration_months", "la durée du contrat", ("contract.duration_months",),
                 lambda c: _raw(c, "contract.duration_months"), unit_fr="mois",
                 phrases={"gte": "le contrat dure au moins {v} mois", "lte": "le contrat dure au plus {v} mois"}),
        FactSpec("contract.work_time_fraction", "la fraction d'occupation (heures / temps plein)",
                 ("contract.weekly_hours",), _work_time_fraction,
                 phrases={"gte": "le contrat est au moins à {p} d'un temps plein"}),
        FactSpec("contract.quarterly_wage_eur", "le salaire trimestriel de référence", ("contract.gross_monthly_wage",),
                 _quarterly_wage, unit_fr="EUR"),
        _bool("job_quality_ok", "le contrôle de qualité d'emploi de l'audit",
              "le poste passe les contrôles de qualité d'emploi de l'audit",
              "le poste ne passe pas les contrôles de qualité d'emploi de l'audit"),
    ]
}


def compute(case: IncentiveCase, path: str) -> FactValue:
    return FACTS[path].compute(case)
