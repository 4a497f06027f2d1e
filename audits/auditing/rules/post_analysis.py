"""requirement_not_in_post_analysis: certificates and skills the employer's own post analysis does not need."""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz import fuzz

from audits.auditing.base import AuditContext, Flag, Rule, as_asset, normalise, register
from audits.auditing.rules.certificates import trainable_entry
from audits.auditing.rules.references import legally_required, pa_given
from audits.model import PostAnalysisInput, Requirement

# rapidfuzz partial ratio above which a skill is considered named by a task, tool or skill of the analysis.
MATCH_THRESHOLD = 80


def _vocabulary(pa: PostAnalysisInput) -> list[str]:
    words = [t.name for t in pa.tasks] + [s for t in pa.tasks for s in t.skills] + list(pa.tools)
    words += list(pa.working_conditions) + list(pa.required_certificates)
    return [normalise(w) for w in words if w]


def _named(req: Requirement, vocabulary: list[str]) -> bool:
    target = normalise(req.text)
    code = normalise(req.code) if req.code else None
    for word in vocabulary:
        if code and code == word:
            return True
        if fuzz.partial_ratio(target, word) >= MATCH_THRESHOLD:
            return True
    return False


@register
class RequirementNotInPostAnalysis(Rule):
    codes = ("requirement_not_in_post_analysis",)
    description = "Certificat ou compétence exigé que l'analyse de poste de l'employeur ne mentionne pas."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        pa = pa_given(ctx.post_analysis)
        if pa is None:
            return
        vocabulary = _vocabulary(pa)
        for req in ctx.requirements:
            if req.strength != "required" or req.kind not in ("certification", "skill"):
                continue
            if legally_required(ctx, req) or _named(req, vocabulary):
                continue
            what = "certificat" if req.kind == "certification" else "compétence"
            evidence = f"Votre analyse de poste ne cite aucune tâche ni aucun {what} lié à « {req.text} »"
            explanation = (
                f"Votre propre analyse du poste n'a pas besoin de ce {what}. L'exiger écarte des candidat·es "
                "sans raison liée au travail."
            )
            entry = trainable_entry(ctx.legal, req) if req.kind == "certification" else None
            if entry is not None:
                explanation += f" S'il devient utile, il s'obtient en {entry['training']}."
            finding = ctx.finding_for(
                req, "requirement_not_in_post_analysis", "warning", evidence, explanation,
                sentence="", inline=as_asset(req.text),
            )
            yield Flag(finding, req, "drop")
