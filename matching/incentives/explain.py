"""The French trace of an evaluation (`python -m matching.incentives explain CASE.json`).

Every condition is listed with its status, the data used and its origin (law or policy), so that a coach can
check the answer line by line and see what to ask the employer or the worker.
"""

from __future__ import annotations

from typing import Any

from matching.incentives.conditions import ConditionOutcome, fmt_number
from matching.incentives.facts import fr_date
from matching.incentives.result import AidOutcome, IncentiveResult
from matching.incentives.schedule import Period

_MARK = {"met": "[remplie]", "unmet": "[non remplie]", "unknown": "[inconnue]"}
_HEAD = {"eligible": "ÉLIGIBLE", "not_eligible": "NON ÉLIGIBLE", "unknown": "INDÉTERMINÉ (données manquantes)"}
_PER = {"month": "par mois", "quarter": "par trimestre", "year": "par an", "once": "une fois"}


def eur(v: float | None) -> str:
    if v is None:
        return "montant inconnu"
    v = round(v, 2)
    if float(v).is_integer():
        return f"{fmt_number(v)} €"
    return f"{v:,.2f}".replace(",", " ").replace(".", ",") + " €"  # cents always in two digits: 1 234,50 €


def _data(d: dict[str, Any]) -> str:
    return ", ".join(f"{k} = {'absent' if v is None else v}" for k, v in d.items())


def _condition_lines(c: ConditionOutcome, indent: str) -> list[str]:
    origin = "" if c.origin == "loi" else f" ({c.origin})"
    lines = [f"{indent}{_MARK[c.status]} {c.sentence_fr}{origin}"]
    if c.fact and c.data:
        lines.append(f"{indent}    données : {_data(c.data)}")
    if c.note_fr:
        lines.append(f"{indent}    note : {c.note_fr}")
    for kid in c.children:
        lines += _condition_lines(kid, indent + "    ")
    return lines


def _period_line(p: Period) -> str:
    if p.per == "once":
        when = f"après {p.from_month} mois" if p.from_month and p.from_month > 1 else "au début du contrat"
        what = f"{eur(p.eur)} une fois ({when})"
    elif p.from_date and p.to_date:
        what = f"{eur(p.eur)} par trimestre du {fr_date(p.from_date)} au {fr_date(p.to_date)}"
    else:
        what = f"{eur(p.eur)} {_PER[p.per]}, mois {p.from_month} à {p.to_month}"
    label = f"{p.label_fr} : " if p.label_fr else ""
    flag = " — conditionnel, non compté" if p.status == "conditional" else ""
    return f"{label}{what} → {fmt_number(p.count)} période(s) dans le contrat = {eur(p.subtotal_eur)}{flag}"


def _aid_lines(a: AidOutcome) -> list[str]:
    v = a.version
    head = f"{_HEAD[a.status]} — {a.label_fr} [{a.id}]"
    if v:
        end = fr_date(v.valid_to) if v.valid_to else "…"
        head += f" (version du {fr_date(v.valid_from)} au {end}, confiance {v.confidence}"
        head += ", PROVISOIRE)" if v.provisional else ")"
    lines = [head]
    if a.date_basis_fr:
        lines.append(f"  {a.date_basis_fr}")
    if a.reason_fr:
        lines.append(f"  {a.reason_fr}")
    if a.conditions:
        lines.append("  Conditions :")
        for c in a.conditions:
            lines += _condition_lines(c, "    ")
    if a.status == "eligible" and a.amount is not None:
        am = a.amount
        if am.total_eur is None:
            lines.append("  Montant : non calculable pour cette aide")
        else:
            lines.append("  Montants :")
            lines += [f"    {_period_line(p)}" for p in am.periods]
            qualifier = "exact" if am.exact else "maximum"
            lines.append(f"  Total sur la durée du contrat : {eur(am.total_eur)} ({qualifier})")
        lines += [f"    note : {n}" for n in am.notes_fr]
        if v and v.obligations_fr:
            lines.append("  Obligations de l'employeur :")
            lines += [f"    - {o}" for o in v.obligations_fr]
    if a.status == "not_eligible" and a.suggestions_fr:
        lines.append("  Ce qui changerait la réponse :")
        lines += [f"    - {s}" for s in a.suggestions_fr]
    missing = a.missing_fields()
    if missing:
        lines.append(f"  Données à compléter : {', '.join(missing)}")
    if v and v.notes_fr:
        lines += [f"  note : {n}" for n in v.notes_fr]
    if v:
        lines.append(f"  Base légale : {' ; '.join(v.legal)}")
        lines.append(f"  Sources : {' ; '.join(v.sources)}")
    return lines


def explain(result: IncentiveResult) -> str:
    policy = "la loi seule" if result.policy == "loi" else f"la loi et la politique « {result.policy} »"
    lines = [f"Aides à l'embauche en Wallonie — entrée en service le {fr_date(result.hire_date)} — "
             f"règles appliquées : {policy}", ""]
    for w in result.warnings:
        lines.append(f"Avertissement : {w}")
    for status in ("eligible", "unknown", "not_eligible"):
        for a in result.by_status(status):
            lines += _aid_lines(a)
            lines.append("")
    if result.cumulation:
        lines.append("Cumul entre aides éligibles :")
        word = {True: "cumul autorisé", False: "cumul interdit", "unknown": "cumul incertain"}
        for c in result.cumulation:
            src = f" (sources : {' ; '.join(c.sources)}, confiance {c.confidence})" if c.sources else ""
            cap = f" ; plafond : {c.cap_fr}" if c.cap_fr else ""
            lines.append(f"  {c.a} + {c.b} : {word[c.allowed]} — {c.note_fr}{cap}{src}")
    if result.best_combination:
        b = result.best_combination
        lines.append(f"Meilleure combinaison autorisée : {' + '.join(b.ids)} = {eur(b.amount_total_eur)}")
        o = result.combination_if_uncertain_allowed
        if o is not None:
            pairs = ", ".join(f"{x} + {y}" for x, y in o.uncertain_pairs)
            lines.append(f"Si les cumuls incertains ({pairs}) sont confirmés : {' + '.join(o.ids)} = "
                         f"{eur(o.amount_total_eur)}")
    elif not result.by_status("eligible"):
        lines.append("Aucune aide éligible avec les données fournies.")
    return "\n".join(lines).rstrip() + "\n"
