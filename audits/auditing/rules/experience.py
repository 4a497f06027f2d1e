"""experience_above_norm and contradictory_requirements (experience / diploma said both optional and required)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from audits.auditing.base import AuditContext, CiPattern, Flag, Rule, as_asset, fr_years, register
from audits.auditing.norms import REALIZED_NORM_RARE_SHARE
from audits.auditing.rules.references import pa_given, rarely_asked
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


def _reference_years(ctx: AuditContext, years: float) -> tuple[float, str, bool] | None:
    """(years the post needs, evidence, proven). Not proven = our skill-level heuristic: only a note."""
    pa = pa_given(ctx.post_analysis)
    if pa is not None:
        if pa.min_experience_years is None:
            return 0.0, "Votre analyse de poste ne justifie aucune durée d'expérience", True
        return pa.min_experience_years, (
            f"Votre analyse de poste justifie au plus {fr_years(pa.min_experience_years)} d'expérience"
        ), True
    norm = ctx.norm
    if norm is not None:
        proven = True
        if norm.experience_years_usual is not None:
            ref = norm.experience_years_usual
            if norm.experience_evidence:
                evidence = f"{norm.source_label} : « {norm.experience_evidence} »"
            elif ref == 0:
                evidence = f"{norm.source_label} : accessible sans expérience professionnelle"
            else:
                evidence = f"{norm.source_label} : expérience habituelle à l'entrée {fr_years(ref)}"
        elif norm.ilo_skill_level in YEARS_BY_SKILL_LEVEL and not norm.manager:
            # (not for management posts: leading a team after some years in the trade is the normal path)
            proven = False
            ref = YEARS_BY_SKILL_LEVEL[norm.ilo_skill_level]
            evidence = (
                f"{norm.source_label} : métier de niveau de compétence OIT {norm.ilo_skill_level} (CITP-08), "
                f"appris en principe en {fr_years(ref) if ref else 'moins d’un an'} au poste"
            )
        else:
            return None
        if norm.experience_years_usual is None and norm.experience_evidence:
            evidence += f" ; « {norm.experience_evidence} »"
        return ref, evidence, proven
    realized = ctx.realized_norm
    if realized is not None and realized.usable:
        share = realized.share_at_least_years(years)
        if share < REALIZED_NORM_RARE_SHARE:
            lower = [k for k, s in realized.share_by_min_years.items() if k is not None and k < years and s > 0]
            evidence = rarely_asked(realized, share, f"{fr_years(years)} d'expérience ou plus")
            return (max(lower) if lower else 0.0), evidence, True
    return None


def _suggestions(ref: float) -> tuple[str, str]:
    if ref <= 0:
        return "Débutant·e accepté·e : formation au poste assurée", "une première expérience (débutant·e accepté·e)"
    return (f"Une expérience de {fr_years(ref)} dans un poste similaire est demandée",
            f"une expérience d'au moins {fr_years(ref)}")


# The inline rewrite brings its own article: swallow the ad's ("vous avez une [3 ans d'expérience]"), and
# elide "de" before it ("vous justifiez de [5 ans]" -> "vous justifiez d'une expérience...").
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:une?|des|l['’])\s*)$", re.IGNORECASE)
_DE_BEFORE = re.compile(r"\bde\s+$", re.IGNORECASE)


def _start_and_inline(ctx: AuditContext, req: Requirement, inline: str) -> tuple[int, str]:
    text = ctx.text(req.field)
    window = max(0, req.start - 6)
    match = _ARTICLE_BEFORE.search(text, window, req.start)
    if match:
        return match.start(), inline
    match = _DE_BEFORE.search(text, window, req.start)
    if match:
        return match.start(), "d'" + inline
    return req.start, inline


@register
class ExperienceAboveNorm(Rule):
    codes = ("experience_above_norm",)
    description = "Années d'expérience exigées au-delà de ce que le métier demande à l'entrée."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        for req in ctx.hard("experience"):
            # Under a year ("première expérience", "6 mois") is not treated as inflation: it rarely screens out.
            if not req.years or req.years < MIN_FLAGGED_YEARS:
                continue
            if ctx.or_linked(req, ("diploma",)) or any(a.kind == "diploma" for a in ctx.alternatives_of(req)):
                continue  # "5 ans d'expérience OU bac+3": the years are one way in, not a barrier
            reference = _reference_years(ctx, req.years)
            if reference is None:
                continue
            ref, evidence, proven = reference
            if req.years <= ref:
                continue
            sentence, inline = _suggestions(ref)
            explanation = EXPLANATION if proven else EXPLANATION + (
                " Cette estimation vient du niveau de compétence du métier : si le poste demande vraiment cette "
                "expérience, une analyse de poste permet de le justifier."
            )
            start, inline = _start_and_inline(ctx, req, inline)
            finding = ctx.finding_at(
                req.field, start, req.end, "experience_above_norm",
                "warning" if proven else "info", evidence, explanation, sentence=sentence, inline=inline, req=req,
            )
            if ref <= 0:
                yield Flag(finding, req, "drop")
            else:
                yield Flag(finding, req, "lower", dataclasses.replace(req, years=ref))


def _open_cue(ctx: AuditContext, kind: str) -> tuple[str, int, int, str] | None:
    """(field, start, end, text) of a statement that the requirement is NOT needed (extracted or in the text)."""
    for req in ctx.requirements:
        if req.kind == kind and (req.strength == "optional" or (kind == "experience" and req.years == 0)):
            if not _conditional(ctx.text(req.field), req.start):
                return req.field, req.start, req.end, req.text
    pattern = _BEGINNERS if kind == "experience" else _NO_DIPLOMA
    for which in ("title", "description"):
        for match in pattern.finditer(ctx, which):
            if _conditional(ctx.text(which), match.start()):  # type: ignore[arg-type]
                continue
            return which, match.start(), match.end(), match.group(0)
    return None


def _conditional(text: str, start: int) -> bool:
    """"Bac+3, avec ou sans expérience": a condition of one profile, not a statement about the post."""
    return text[max(0, start - 10) : start].lower().rstrip().endswith("avec ou")


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
                if self._alternative(ctx, req, cue):
                    continue
                yield self._flag(ctx, req, cue, kind)

    @staticmethod
    def _alternative(ctx: AuditContext, req: Requirement, cue: tuple[str, int, int, str]) -> bool:
        """"5 ans d'expérience OU bac+3 sans expérience": both in one sentence joined by "ou" is a choice."""
        if cue[0] != req.field:
            return False
        seg = ctx.segment_of(req)
        if not (seg[0] <= cue[1] and cue[2] <= seg[1]):
            return False
        lo, hi = sorted((req.end, cue[1]))
        return bool(re.search(r"\b(?:ou|soit)\b", ctx.text(req.field)[lo:hi], re.IGNORECASE))

    @staticmethod
    def _flag(ctx: AuditContext, req: Requirement, cue: tuple[str, int, int, str], kind: str) -> Flag:
        evidence = f"L'offre dit « {cue[3]} » et exige « {req.text} »"
        if kind == "experience":
            explanation = (
                "L'offre se contredit : elle accepte les débutant·es mais exige des années d'expérience. "
                "Les candidat·es sans expérience ne postuleront pas. Gardez une seule version, de préférence "
                "l'ouverture aux débutant·es."
            )
            sentence, inline = _suggestions(0.0)  # the rewrite of an experience the post does not need
        else:
            explanation = (
                "L'offre se contredit : elle dit qu'aucun diplôme n'est nécessaire mais en exige un. "
                "Gardez une seule version, de préférence l'ouverture sans diplôme."
            )
            sentence, inline = "Aucun diplôme n'est exigé", as_asset(req.text)
        finding = ctx.finding_for(req, "contradictory_requirements", "warning", evidence, explanation,
                                  sentence=sentence, inline=inline)
        return Flag(finding, req, "drop")
