"""Amounts: expand a version's schedule for one case, prorated by contract length and (when the rule says so)
by working time, and total it.

`amount_total_eur` covers the contract's duration (a CDD of 6 months gets 6 months of a monthly aid), or the whole
schedule for an open-ended contract (CDI). When the rule prorates part-time work and the hours are unknown, or the
duration of a fixed-term contract is unknown, the total is the full-time / whole-schedule maximum and
`exact` is false, with a French note saying why: never a silent guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from matching.incentives.case import IncentiveCase
from matching.incentives.conditions import evaluate_condition
from matching.incentives.facts import add_months, age_on, birthday, compute, quarter_end
from matching.incentives.ruleset import Schedule


def legal_pension_age(birth: date) -> int:
    """Belgian legal pension age (loi du 10 août 2015): 65, 66 from 1 Feb 2025, 67 from 1 Feb 2030."""
    if birthday(birth, 65) < date(2025, 2, 1):
        return 65
    if birthday(birth, 66) < date(2030, 2, 1):
        return 66
    return 67


@dataclass(frozen=True)
class Period:
    per: str  # month | quarter | year | once
    eur: float  # amount per period after working-time prorating
    count: float  # periods counted within the contract (fractional for a partial month/quarter/year)
    subtotal_eur: float
    from_month: int | None = None
    to_month: int | None = None
    from_date: date | None = None
    to_date: date | None = None
    label_fr: str | None = None
    status: str = "included"  # included | conditional (a `when` condition is unknown: not in the total)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"per": self.per, "eur": self.eur, "count": self.count, "subtotal_eur": self.subtotal_eur}
        if self.from_month is not None:
            d.update({"from_month": self.from_month, "to_month": self.to_month})
        if self.from_date is not None and self.to_date is not None:
            d.update({"from_date": self.from_date.isoformat(), "to_date": self.to_date.isoformat()})
        if self.label_fr:
            d["label_fr"] = self.label_fr
        if self.status != "included":
            d["status"] = self.status
        return d


@dataclass(frozen=True)
class Amount:
    periods: tuple[Period, ...]
    total_eur: float | None  # None when the rule gives no amount (amount_status unknown)
    max_eur: float | None  # whole schedule at full time
    status: str  # exact | upper_bound | unknown
    exact: bool
    notes_fr: tuple[str, ...]


def _months_overlap(start: int, end: int, horizon: float | None) -> float:
    """Months of [start, end] (1-based, inclusive) that fall within the first `horizon` months."""
    lo, hi = start - 1, float(end)
    if horizon is not None:
        hi = min(hi, horizon)
    return max(0.0, hi - lo)


_PER_MONTHS = {"month": 1, "quarter": 3, "year": 12}


def compute_amount(schedule: Schedule, case: IncentiveCase) -> Amount:
    if schedule.amount_status == "unknown":
        # No amount to prorate: only say why there is none (PFI, APE, 2026 Impulsion 57+).
        return Amount((), None, None, "unknown", False, (schedule.note_fr,) if schedule.note_fr else ())
    notes: list[str] = []
    exact = True
    c = case.contract
    horizon: float | None
    if c.type == "CDI":
        horizon = None
    elif c.duration_months is not None:
        horizon = float(c.duration_months)
    else:
        horizon = None
        exact = False
        notes.append("durée du contrat inconnue : total calculé sur tout le barème (maximum)")

    fraction = 1.0
    if schedule.part_time == "prorated":
        fv = compute(case, "contract.work_time_fraction")
        if fv.value is None:
            exact = False
            notes.append("temps de travail inconnu : montants à temps plein (maximum), proratisés selon la règle")
        else:
            fraction = float(fv.value)
            if fv.note_fr:
                notes.append(fv.note_fr)
            if fraction < 1:
                notes.append(f"montants proratisés au temps de travail ({round(fraction * 100, 1):g} %)")
    elif schedule.part_time == "unverified":
        notes.append("proratisation à temps partiel non confirmée par la référence [U] : montants à temps plein")

    periods: list[Period] = []
    total = 0.0
    maximum = 0.0
    for item in schedule.items:
        status = "included"
        if item.when:
            outcomes = [evaluate_condition(w, case) for w in item.when]
            if any(o.status == "unmet" for o in outcomes):
                continue
            if any(o.status == "unknown" for o in outcomes):
                status = "conditional"
                label = item.label_fr or "montant conditionnel"
                notes.append(f"{label} : condition non vérifiable avec les données fournies, non comptée")
        eur = round(item.eur * fraction, 2)
        if item.per == "once":
            count = 1.0 if horizon is None or horizon >= item.from_month else 0.0
            full_count = 1.0
            period = Period("once", eur, count, round(eur * count, 2), item.from_month, item.from_month,
                            label_fr=item.label_fr, status=status)
        else:
            months = _months_overlap(item.from_month, item.to_month, horizon)
            size = _PER_MONTHS[item.per]
            count = round(months / size, 4)
            full_count = (item.to_month - item.from_month + 1) / size
            period = Period(item.per, eur, count, round(eur * count, 2), item.from_month, item.to_month,
                            label_fr=item.label_fr, status=status)
        if status == "included":
            total += period.subtotal_eur
            maximum += item.eur * full_count
        periods.append(period)

    if schedule.age_bands:
        age_periods, age_total, age_max, age_notes = _age_band_periods(schedule, case, horizon, fraction)
        periods += age_periods
        total += age_total
        maximum += age_max
        notes += age_notes
        if not age_periods and case.worker.birth_date is None:
            exact = False

    if schedule.amount_status == "upper_bound":
        notes.append("montant maximal annoncé : le montant réel n'est pas publié")
    if schedule.note_fr:
        notes.append(schedule.note_fr)
    return Amount(tuple(periods), round(total, 2), round(maximum, 2), schedule.amount_status,
                  exact and schedule.amount_status == "exact", tuple(notes))


def _age_band_periods(schedule: Schedule, case: IncentiveCase, horizon: float | None,
                      fraction: float) -> tuple[list[Period], float, float, list[str]]:
    """Quarter by quarter from the hire quarter: the band is read on the age at the quarter's last day; the
    reduction ends with the quarter in which the legal pension age is reached."""
    birth = case.worker.birth_date
    if birth is None:
        return [], 0.0, 0.0, ["date de naissance inconnue : barème par âge non calculable"]
    pension_day = birthday(birth, legal_pension_age(birth))
    end_of_contract = None if horizon is None else add_months(case.hire_date, int(horizon)) + timedelta(
        days=round((horizon - int(horizon)) * 30.44)) - timedelta(days=1)
    periods: list[Period] = []
    total = maximum = 0.0
    q_start = date(case.hire_date.year, ((case.hire_date.month - 1) // 3) * 3 + 1, 1)
    current: list[Any] | None = None  # [eur, first_quarter_start, last_quarter_end, count, in_contract_count]
    for _ in range(4 * 50):
        if q_start > pension_day:
            break
        q_end = quarter_end(q_start)
        age = age_on(birth, q_end)
        eur_full = next((b.eur for b in schedule.age_bands
                         if b.min_age <= age and (b.max_age is None or age <= b.max_age)), 0.0)
        in_contract = end_of_contract is None or q_start <= end_of_contract
        if current is not None and current[0] == eur_full and current[4] == in_contract:
            current[2], current[3] = q_end, current[3] + 1
        else:
            if current is not None:
                periods.append(_band_period(current, fraction))
            current = [eur_full, q_start, q_end, 1, in_contract]
        maximum += eur_full
        if in_contract:
            total += round(eur_full * fraction, 2)
        q_start = q_end + timedelta(days=1)
    if current is not None:
        periods.append(_band_period(current, fraction))
    kept = [p for p in periods if p.count > 0]
    notes = [f"réduction jusqu'au trimestre de l'âge légal de la pension ({legal_pension_age(birth)} ans, "
             f"atteint le {pension_day.strftime('%d/%m/%Y')})"]
    return kept, round(total, 2), round(maximum, 2), notes


def _band_period(cur: list[Any], fraction: float) -> Period:
    eur_full, first, last, count, in_contract = cur
    eur = round(eur_full * fraction, 2)
    n = float(count) if in_contract else 0.0
    return Period("quarter", eur, n, round(eur * n, 2), from_date=first, to_date=last)
