"""too_many_hard_requirements: the sum of hard requirements screens out most job seekers."""

from __future__ import annotations

from collections.abc import Iterator

from audits.auditing.base import AuditContext, Flag, Rule, normalise, register
from audits.auditing.rules.certificates import trainable_entry
from audits.auditing.rules.references import legally_required
from audits.model import Finding

# Kinds that act as hard filters for a job seeker (skills and soft skills are learnt or judged at interview).
SCREENING_KINDS = ("diploma", "experience", "language", "licence", "certification")
# More than this many hard screening requirements is flagged (documented in docs/audit.md).
MAX_HARD_REQUIREMENTS = 3


@register
class TooManyHardRequirements(Rule):
    codes = ("too_many_hard_requirements",)
    description = f"Plus de {MAX_HARD_REQUIREMENTS} exigences impératives (diplôme, expérience, langue, permis, certificat)."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        seen: set[object] = set()
        labels: list[str] = []
        for req in ctx.requirements:
            if req.strength != "required" or req.kind not in SCREENING_KINDS:
                continue
            if req.kind == "language" and req.language == ctx.language:
                continue
            if req.kind == "experience" and not req.years:
                continue
            if legally_required(ctx, req):
                continue  # a legal obligation of the post is not a choice of the employer
            # One barrier per alternative group, per diploma list in one sentence, and per repeated mention.
            keys: set[object] = {(req.kind, normalise(req.code or req.category or req.language or req.text))}
            if req.alternative_group is not None:
                keys.add(("group", req.alternative_group))
            if req.kind == "diploma":
                keys.add(("diplomas", req.field, ctx.segment_of(req)))
            if req.kind == "certification":
                entry = trainable_entry(ctx.legal, req)
                if entry is not None:
                    keys.add(("certificates", req.field, ctx.segment_of(req), entry["code"]))
            if keys & seen:
                seen.update(keys)
                continue
            seen.update(keys)
            labels.append(f"« {req.text} »")
        if len(labels) <= MAX_HARD_REQUIREMENTS:
            return
        yield Flag(
            Finding(
                code="too_many_hard_requirements",
                severity="warning",
                evidence=f"{len(labels)} exigences impératives : {', '.join(labels)}",
                explanation=(
                    f"Chaque exigence impérative élimine une partie des candidat·es ; à {len(labels)}, il ne reste "
                    "presque personne, surtout parmi les personnes peu qualifiées. Gardez impératif ce que le poste "
                    "exige vraiment dès le premier jour, et présentez le reste comme des atouts."
                ),
                suggestion=(
                    f"Gardez au plus {MAX_HARD_REQUIREMENTS} exigences impératives ; écrivez les autres "
                    "« … est un atout »."
                ),
            )
        )
