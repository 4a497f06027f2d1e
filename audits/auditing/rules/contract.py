"""Job-quality rules of Belgian law: wage_below_minimum, part_time_below_legal_minimum, trial_period_clause,
fixed_term_chain. Dated values come from `audits/data/legal/*.yaml` (see `audits.auditing.legal`)."""

from __future__ import annotations

import math
from collections.abc import Iterator

from audits.auditing.base import AuditContext, CiPattern, Flag, Rule, normalise, register
from audits.auditing.legal import format_date_fr, format_eur
from audits.model import Finding

DEFAULT_FULL_TIME_HOURS = 38.0


def _contract_word(ctx: AuditContext) -> str:
    return normalise(ctx.vacancy.contract_type or "")


def _hours(value: float) -> str:
    whole, minutes = divmod(round(value * 60), 60)  # 11.9988 h is "12 h", not "11 h 60"
    return f"{whole} h {minutes:02d}" if minutes else f"{whole} h"


@register
class WageBelowMinimum(Rule):
    codes = ("wage_below_minimum",)
    description = "Salaire brut mensuel sous le revenu minimum mensuel moyen garanti (RMMMG), proratisé au temps de travail."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        vacancy = ctx.vacancy
        if vacancy.gross_monthly_wage is None:
            return
        table = ctx.legal["rmmmg"]
        excluded = {normalise(c) for c in table.raw.get("not_applicable_contracts", [])}
        if _contract_word(ctx) in excluded:
            return  # the RMMMG does not apply to students, apprentices, PFI trainees
        value = table.at(ctx.reference_date)
        if value is None:
            return
        full_time = vacancy.full_time_hours or float(table.raw.get("full_time_hours_default", DEFAULT_FULL_TIME_HOURS))
        hours = vacancy.weekly_hours or full_time
        fraction = min(hours / full_time, 1.0)
        # Rounded UP to the cent: the prorated minimum is a floor the wage must reach.
        minimum = math.ceil(round(float(value.data["eur"]) * fraction * 100, 6)) / 100
        if vacancy.gross_monthly_wage >= minimum - 0.005:
            return
        evidence = (
            f"RMMMG au {format_date_fr(ctx.reference_date)} : {format_eur(float(value.data['eur']))} brut par mois à "
            f"temps plein ({value.provenance()}) ; pour {_hours(hours)} sur {_hours(full_time)} par semaine, minimum "
            f"{format_eur(minimum)} ; l'offre propose {format_eur(vacancy.gross_monthly_wage)}"
        )
        yield Flag(
            Finding(
                code="wage_below_minimum",
                severity="critical",
                evidence=evidence,
                explanation=(
                    "Le salaire proposé est inférieur au salaire minimum légal belge pour ce temps de travail. "
                    "C'est illégal, et le barème de votre commission paritaire est souvent plus élevé encore."
                ),
                suggestion=(
                    f"Salaire brut mensuel d'au moins {format_eur(minimum)} pour {_hours(hours)} par semaine "
                    "(vérifiez aussi le barème de votre commission paritaire)"
                ),
                legal_reference=table.legal_reference,
            )
        )


@register
class PartTimeBelowLegalMinimum(Rule):
    codes = ("part_time_below_legal_minimum",)
    description = "Temps partiel de moins d'un tiers du temps plein (loi du 3 juillet 1978, art. 11bis)."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        vacancy = ctx.vacancy
        if vacancy.weekly_hours is None:
            return
        table = ctx.legal["part_time_minimum"]
        value = table.at(ctx.reference_date)
        if value is None:
            return
        full_time = vacancy.full_time_hours or DEFAULT_FULL_TIME_HOURS
        fraction = float(value.data["fraction"])
        floor = full_time * fraction
        # 1/3 of 38 h is 12 h 40: compare with a minute of tolerance for the rounded fraction.
        if vacancy.weekly_hours >= floor - 1 / 60 or vacancy.weekly_hours <= 0:
            return
        evidence = (
            f"Minimum légal : un tiers du temps plein, soit {_hours(floor)} pour un régime de {_hours(full_time)} "
            f"({value.provenance()}) ; l'offre propose {_hours(vacancy.weekly_hours)}"
        )
        for draft in table.drafts_after(ctx.reference_date):
            evidence += f" ; à noter : {draft.data.get('status', 'projet')} fixerait ce minimum à {round(100 * float(draft.data['fraction']))} % à partir du {format_date_fr(draft.valid_from)}"
        yield Flag(
            Finding(
                code="part_time_below_legal_minimum",
                severity="critical",
                evidence=evidence,
                explanation=(
                    "Un contrat à temps partiel doit compter au moins un tiers des heures d'un temps plein, sauf "
                    "dérogation sectorielle approuvée. Un horaire plus court est illégal et ne permet pas d'en vivre."
                ),
                suggestion=f"Temps partiel d'au moins {_hours(floor)} par semaine",
                legal_reference=table.legal_reference,
            )
        )


_NUMBER = r"(?:\d+|un|une|deux|trois|quatre|cinq|six)"
_TRIAL = CiPattern(
    r"(?:,?\s*(?:avec|et|puis|apr[èe]s|pendant|durant)\s+)?(?:\b(?:une|la|sa|votre|d['’]une)\s+)?"
    rf"(?:\(\s*)?(?:{_NUMBER}\s+(?:mois|semaines?|jours?)\s+(?:de\s+|d['’]\s?))?"
    r"(?:p[ée]riode|clause)\s+d['’]\s?essais?"
    rf"(?:\s*(?::|de|d['’]une\s+dur[ée]e\s+de)\s*{_NUMBER}\s*(?:mois|semaines?|jours?))?"
    r"(?:,?\s*renouvelable(?:\s+une\s+fois)?)?(?:\s*\))?",
    ("essai",),
)


@register
class TrialPeriodClause(Rule):
    codes = ("trial_period_clause",)
    description = "Mention d'une période d'essai : nulle dans les contrats de travail belges depuis le 1er janvier 2014."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        table = ctx.legal["trial_period"]
        value = table.at(ctx.reference_date)
        if value is None or not value.data.get("trial_clause_void"):
            return
        exceptions = {normalise(w) for w in table.raw.get("exception_contract_words", [])}
        contract = _contract_word(ctx)
        if contract and any(word in contract.split() or word == contract for word in exceptions):
            return  # student and temp-agency contracts keep a legal trial period; PFI has its own
        for which in ("title", "description"):
            for match in _TRIAL.finditer(ctx, which):
                finding = ctx.finding_at(
                    which, match.start(), match.end(), "trial_period_clause", "critical",  # type: ignore[arg-type]
                    f"{table.legal_reference} ({value.provenance()})",
                    (
                        "Depuis 2014, une clause de période d'essai n'a plus d'effet dans un contrat de travail belge "
                        "(sauf contrat d'étudiant ou intérim). La mentionner induit les candidat·es en erreur : "
                        "retirez-la ; pendant les premiers mois, un préavis court s'applique."
                    ),
                    sentence="", inline="", legal_reference=table.legal_reference,
                )
                yield Flag(finding)


_CDD_CHAIN = CiPattern(
    r"\bcdd\s+(?:de\s+\d+\s+(?:mois|semaines?)\s+)?renouvelables?\b|\brenouvellement\s+(?:du\s+|de\s+)?(?:contrat|cdd)\b"
    r"|\bcontrats?\s+(?:à durée déterminée\s+)?successifs\b|\bcdd\s+(?:reconductible|reconduit)s?\b",
    ("cdd", "renouvel", "successif"),
)


@register
class FixedTermChain(Rule):
    codes = ("fixed_term_chain",)
    description = "CDD successifs pour le même poste (loi du 3 juillet 1978, art. 10 et 10bis) : au-delà des limites, le contrat devient un CDI."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        table = ctx.legal["fixed_term_chain"]
        value = table.at(ctx.reference_date)
        if value is None:
            return
        regime_a = value.data["regime_a"]
        previous = ctx.vacancy.previous_fixed_term_contracts
        if previous:
            total = previous + 1
            duration = ctx.vacancy.duration_months
            too_many = total > int(regime_a["max_contracts"])
            too_short = duration is not None and duration < float(regime_a["min_each_months"])
            severity = "warning" if too_many or too_short else "info"
            evidence = (
                f"{table.legal_reference} : au plus {regime_a['max_contracts']} CDD successifs d'au moins "
                f"{regime_a['min_each_months']} mois chacun, {regime_a['max_total_months']} mois au total "
                f"({value.provenance()}) ; ce poste en serait au {total}e contrat"
            )
            yield Flag(
                Finding(
                    code="fixed_term_chain",
                    severity=severity,  # type: ignore[arg-type]
                    evidence=evidence,
                    explanation=(
                        "Des CDD qui se suivent pour le même poste sont réputés former un CDI, sauf dans les limites "
                        "de la loi. Un poste durable mérite un CDI : c'est aussi ce qui rend l'offre attractive et "
                        "ouvre les aides à l'embauche wallonnes (Impulsion : CDI ou CDD d'au moins 2 mois)."
                    ),
                    suggestion="Proposez un CDI (ou un CDD unique avec une perspective de CDI écrite)",
                    legal_reference=table.legal_reference,
                )
            )
        for which in ("title", "description"):
            match = _CDD_CHAIN.search(ctx, which)
            if match is None:
                continue
            finding = ctx.finding_at(
                which, match.start(), match.end(), "fixed_term_chain", "info",  # type: ignore[arg-type]
                f"{table.legal_reference} : CDD successifs limités ({regime_a['max_contracts']} contrats, "
                f"{regime_a['max_total_months']} mois) ({value.provenance()})",
                (
                    "Un CDD « renouvelable » annonce des contrats successifs. Au-delà des limites légales, ils forment "
                    "un CDI ; si le besoin est durable, proposez directement un CDI."
                ),
                legal_reference=table.legal_reference,
            )
            yield Flag(finding)
            return
