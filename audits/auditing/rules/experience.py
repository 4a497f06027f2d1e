"""experience_above_norm and contradictory_requirements (experience / diploma said both optional and required)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from audits.auditing.base import AuditContext, CiPattern, Flag, Rule, fr_years, register
from audits.auditing.norms import REALIZED_NORM_RARE_SHARE
from audits.auditing.rules.references import pa_given
from audits.model import Requirement

# Years of experience usually needed at entry, by ILO ISCO-08 skill level, when the norm gives none. This is
# our documented heuristic (docs/audit.md), not a published figure: level 1-2 posts are learnt on the job.
YEARS_BY_SKILL_LEVEL = {1: 0.0, 2: 1.0, 3: 2.0, 4: 3.0}

MIN_FLAGGED_YEARS = 1.0

EXPLANATION = (
    "Le poste ne demande pas autant d'expérience. Une exigence d'années écarte des débutant·es et des personnes "
    "en reconversion qui peuvent apprendre le travail avec une formation au poste."
)

_BEGINNERS = CiPattern(
    r"d[ée]butante?s?(?:\s*\(e\)|·e)?\s+(?:accept[ée]e?s?|bienvenue?s?|admise?s?)|sans exp[ée]rience"
    r"|premi[èe]re exp[ée]rience (?:accept|bienvenue)|aucune exp[ée]rience (?:n'est )?(?:requise|exig[ée]e|n[ée]cessaire)",
    ("but", "rience"),
)
_NO_DIPLOMA = CiPattern(r"sans dipl[ôo]me|aucun dipl[ôo]me (?:n'est )?(?:requis|exig[ée]|n[ée]cessaire)", ("dipl",))


def _reference_years(ctx: AuditContext, years: float) -> tuple[float, str] | None:
    pa = pa_given(ctx.post_analysis)
    if pa is not None:
        if pa.min_experience_years is None:
            return 0.0, "Votre analyse de poste ne justifie aucune durée d'expérience"
        return pa.min_experience_years, (
            f"Votre analyse de poste justifie au plus {fr_years(pa.min_experience_years)} d'expérience"
        )
    norm = ctx.norm
    if norm is not None:
        if norm.experience_years_usual is not None:
            ref = norm.experience_years_usual
            if norm.experience_evidence:
                evidence = f"{norm.source_label} : « {norm.experience_evidence} »"
            elif ref == 0:
                evidence = f"{norm.source_label} : accessible sans expérience professionnelle"
            else:
                evidence = f"{norm.source_label} : expérience habituelle à l'entrée {fr_years(ref)}"
        elif norm.ilo_skill_level in YEARS_BY_SKILL_LEVEL:
            ref = YEARS_BY_SKILL_LEVEL[norm.ilo_skill_level]
            evidence = (
                f"{norm.source_label} : métier de niveau de compétence OIT {norm.ilo_skill_level} (CITP-08), "
                f"appris en principe en {fr_years(ref) if ref else 'moins d’un an'} au poste"
            )
        else:
            return None
        if norm.experience_years_usual is None and norm.experience_evidence:
            evidence += f" ; « {norm.experience_evidence} »"
        return ref, evidence
    realized = ctx.realized_norm
    if realized is not None and realized.usable:
        share = realized.share_at_least_years(years)
        if share < REALIZED_NORM_RARE_SHARE:
            lower = [k for k, s in realized.share_by_min_years.items() if k is not None and k < years and s > 0]
            return (max(lower) if lower else 0.0), (
                f"Seules {round(100 * share)} % des {realized.n_vacancies} offres auditées pour "
                f"ROME {realized.rome_code} exigent {fr_years(years)} d'expérience ou plus"
            )
    return None


def _suggestions(ref: float) -> tuple[str, str]:
    if ref <= 0:
        return "Débutant·e accepté·e : formation au poste assurée", "une première expérience (débutant·e accepté·e)"
    return f"Une expérience de {fr_years(ref)} dans un poste similaire est demandée", f"{fr_years(ref)} d'expérience"


@register
class ExperienceAboveNorm(Rule):
    codes = ("experience_above_norm",)
    description = "Années d'expérience exigées au-delà de ce que le métier demande à l'entrée."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        for req in ctx.hard("experience"):
            # Under a year ("première expérience", "6 mois") is not treated as inflation: it rarely screens out.
            if not req.years or req.years < MIN_FLAGGED_YEARS:
                continue
            reference = _reference_years(ctx, req.years)
            if reference is None:
                continue
            ref, evidence = reference
            if req.years <= ref:
                continue
            sentence, inline = _suggestions(ref)
            finding = ctx.finding_for(
                req, "experience_above_norm", "warning", evidence, EXPLANATION, sentence=sentence, inline=inline
            )
            if ref <= 0:
                yield Flag(finding, req, "drop")
            else:
                yield Flag(finding, req, "lower", dataclasses.replace(req, years=ref))


def _open_cue(ctx: AuditContext, kind: str) -> tuple[str, int, int, str] | None:
    """(field, start, end, text) of a statement that the requirement is NOT needed (extracted or in the text)."""
    for req in ctx.requirements:
        if req.kind == kind and (req.strength == "optional" or (kind == "experience" and req.years == 0)):
            return req.field, req.start, req.end, req.text
    pattern = _BEGINNERS if kind == "experience" else _NO_DIPLOMA
    for which in ("title", "description"):
        match = pattern.search(ctx, which)
        if match:
            return which, match.start(), match.end(), match.group(0)
    return None


@register
class ContradictoryRequirements(Rule):
    codes = ("contradictory_requirements",)
    description = "L'offre dit à la fois « débutant accepté » (ou « sans diplôme ») et exige des années d'expérience (ou un diplôme)."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        hard_exp = [r for r in ctx.hard("experience") if r.years and r.years >= 1]
        hard_dipl = [r for r in ctx.hard("diploma") if not any(a.kind == "experience" for a in ctx.alternatives_of(r))]
        for kind, hard in (("experience", hard_exp), ("diploma", hard_dipl)):
            if not hard:
                continue
            cue = _open_cue(ctx, kind)
            if cue is None:
                continue
            for req in hard:
                yield self._flag(ctx, req, cue, kind)

    @staticmethod
    def _flag(ctx: AuditContext, req: Requirement, cue: tuple[str, int, int, str], kind: str) -> Flag:
        evidence = f"L'offre dit « {cue[3]} » et exige « {req.text} »"
        if kind == "experience":
            explanation = (
                "L'offre se contredit : elle accepte les débutant·es mais exige des années d'expérience. "
                "Les candidat·es sans expérience ne postuleront pas. Gardez une seule version, de préférence "
                "l'ouverture aux débutant·es."
            )
            sentence, inline = "Débutant·e accepté·e : formation au poste assurée", "une première expérience (débutant·e accepté·e)"
        else:
            explanation = (
                "L'offre se contredit : elle dit qu'aucun diplôme n'est nécessaire mais en exige un. "
                "Gardez une seule version, de préférence l'ouverture sans diplôme."
            )
            sentence, inline = "Aucun diplôme n'est exigé", f"{req.text} (un atout, pas une condition)"
        finding = ctx.finding_for(req, "contradictory_requirements", "warning", evidence, explanation,
                                  sentence=sentence, inline=inline)
        return Flag(finding, req, "drop")
