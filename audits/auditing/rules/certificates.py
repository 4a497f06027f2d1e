"""certificate_trainable_on_job: short certificates (VCA, SST, HACCP, CACES...) the employer can fund."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from audits.auditing.base import AuditContext, CiPattern, Flag, Rule, register
from audits.auditing.legal import LegalData
from audits.auditing.rules.references import legally_required, matches_any, pa_given
from audits.auditing.text import STRENGTH_MARKERS
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
        # Certificates of one family in one sentence ("HABILITATIONS ELECTRIQUES (B2V, BS, BC et H0)") are one
        # barrier: one finding spanning them.
        groups: dict[tuple[str, tuple[int, int], str], list[Requirement]] = {}
        entries: dict[str, dict[str, Any]] = {}
        for req in ctx.hard("certification"):
            if legally_required(ctx, req):
                continue
            entry = trainable_entry(ctx.legal, req)
            if entry is None:
                continue
            entries[entry["code"]] = entry
            groups.setdefault((req.field, ctx.segment_of(req), entry["code"]), []).append(req)
        for (which, segment, code), members in groups.items():
            entry = entries[code]
            start, end = min(m.start for m in members), max(m.end for m in members)
            if len(members) > 1:
                end = max(end, segment[1])  # the list runs to the end of the sentence: "(B2V, BS, BC et H0)"
            text = STRENGTH_MARKERS.sub("", ctx.text(which)[start:end]).strip()  # type: ignore[arg-type]
            evidence = f"{entry['label']} : {entry['training']} (source : {entry['source']} [{entry['confidence']}])"
            explanation = (
                f"Ce certificat s'obtient en {entry['training']}. Au lieu de l'exiger, proposez de le financer à "
                "l'embauche (ou via le Forem / un plan formation-insertion) : vous élargissez le recrutement."
            )
            finding = ctx.finding_at(
                which, start, end, "certificate_trainable_on_job", "info", evidence, explanation,  # type: ignore[arg-type]
                sentence=f"{text} : un atout ; sinon, formation financée par l'entreprise à l'embauche",
                inline=f"{text} (ou formation financée à l'embauche)", req=members[0],
            )
            for member in members:
                yield Flag(finding, member, "soften", dataclasses.replace(member, strength="preferred"))
