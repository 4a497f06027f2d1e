"""certificate_trainable_on_job: short certificates (VCA, SST, HACCP, CACES...) the employer can fund."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from audits.auditing.base import AuditContext, CiPattern, Flag, Rule, register
from audits.auditing.legal import LegalData
from audits.auditing.rules.references import legally_required, matches_any, pa_given
from audits.model import Requirement

_CUES_BY_VERSION: dict[str, CiPattern] = {}


def _training_cues(legal: LegalData) -> CiPattern:
    pattern = _CUES_BY_VERSION.get(legal.version)
    if pattern is None:
        cues = legal["trainable_certificates"].raw.get("training_offered_cues", [])
        pattern = CiPattern("|".join(f"(?:{c.lower()})" for c in cues))
        _CUES_BY_VERSION[legal.version] = pattern
    return pattern


def trainable_entry(legal: LegalData, req: Requirement) -> dict[str, Any] | None:
    for entry in legal["trainable_certificates"].raw.get("certificates", []):
        if matches_any(req, list(entry.get("match", [])) + [entry["code"]]):
            return dict(entry)
    return None


def training_offered(ctx: AuditContext) -> bool:
    return _training_cues(ctx.legal).search(ctx, "full") is not None


@register
class CertificateTrainableOnJob(Rule):
    codes = ("certificate_trainable_on_job",)
    description = "Certificat court (VCA, SST, HACCP, CACES...) exigé alors qu'il s'obtient en quelques jours : à financer ou à passer après l'embauche."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        if pa_given(ctx.post_analysis) is not None:
            return  # with a post analysis, certificates it does not require are requirement_not_in_post_analysis
        if training_offered(ctx):
            return  # the employer already trains: nothing to suggest
        for req in ctx.hard("certification"):
            if legally_required(ctx, req):
                continue
            entry = trainable_entry(ctx.legal, req)
            if entry is None:
                continue
            evidence = f"{entry['label']} : {entry['training']} (source : {entry['source']} [{entry['confidence']}])"
            explanation = (
                f"Ce certificat s'obtient en {entry['training']}. Au lieu de l'exiger, proposez de le financer à "
                "l'embauche (ou via le Forem / un plan formation-insertion) : vous élargissez le recrutement."
            )
            finding = ctx.finding_for(
                req, "certificate_trainable_on_job", "info", evidence, explanation,
                sentence=f"{req.text} souhaité ; sinon, formation financée par l'entreprise à l'embauche",
                inline=f"{req.text} (ou formation financée à l'embauche)",
            )
            yield Flag(finding, req, "soften", dataclasses.replace(req, strength="preferred"))
