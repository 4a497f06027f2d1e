"""licence_not_needed: a driving licence asked although the post does not drive."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audits.auditing.base import AuditContext, CiPattern, Flag, Rule, register
from audits.auditing.norms import REALIZED_NORM_RARE_SHARE
from audits.auditing.rules.references import legally_required, pa_given, rarely_asked
from audits.model import Requirement

# When the ad itself describes driving or travel, the licence serves the tasks: no flag without a post analysis.
_TRAVEL = CiPattern(
    r"d[ée]placements?|tourn[ée]es?|chantiers|[àa] domicile|chez (?:les|des|nos) (?:clients?|particuliers|patients?|b[ée]n[ée]ficiaires)"
    r"|v[ée]hicule (?:de service|de soci[ée]t[ée]|d'entreprise|utilitaire)|livraisons?|livrer|conduite|conduire|itin[ée]rant"
    r"|secteur g[ée]ographique|visites? (?:clients?|terrain)|interventions? (?:chez|sur site)|mobilit[ée]"
    r"|assurer (?:les )?transports?|transports? (?:n[ée]cessaires|des (?:jeunes|usagers|enfants|r[ée]sidents|patients))"
)
# ROME families where driving is the job itself (N41/N42: road transport; N43: urban transport; J1305 ambulance).
_DRIVING_FAMILIES = ("N41", "N42", "N43", "J1305")

EXPLANATION = (
    "Le poste ne demande pas de conduire. Exiger un permis écarte des personnes qui n'en ont pas les moyens ou "
    "qui ne peuvent pas conduire (handicap), alors qu'elles pourraient faire le travail."
)
INDIRECT = "Unia : le permis de conduire ne peut être exigé que si les tâches le nécessitent (risque de discrimination indirecte : fortune, handicap)"


# The ad's own sentence justifies the licence ("Permis B : relève du courrier, gestion des minibus").
_JUSTIFICATION = re.compile(
    r"v[ée]hicule|voiture|minibus|camionnette|courrier|courses|trajets?|transport|conduite|conduire|accessible|"
    r"se rendre|pour (?:aller|vous rendre|les)|usagers|r[ée]sidents|enfants",
    re.IGNORECASE,
)


def _justified(ctx: AuditContext, req: Requirement) -> bool:
    seg = ctx.segment_of(req)
    text = ctx.text(req.field)
    tail = text[req.end : seg[1]]
    return bool(_JUSTIFICATION.search(text, seg[0], seg[1])) or (":" in tail and len(tail.strip(" :")) > 12)


@register
class LicenceNotNeeded(Rule):
    codes = ("licence_not_needed",)
    description = "Permis de conduire exigé alors que les tâches n'impliquent pas de conduire."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        pa = pa_given(ctx.post_analysis)
        rome = ctx.occupation.rome_code or (ctx.norm.rome_code if ctx.norm else None) or ""
        for req in ctx.hard("licence"):
            if legally_required(ctx, req):
                continue
            label = f"permis {req.category}" if req.category else "permis de conduire"
            if pa is not None:
                evidence = (
                    "Votre analyse de poste ne cite aucun permis de conduire"
                    if not pa.required_licences
                    else f"Votre analyse de poste cite le(s) permis {', '.join(pa.required_licences)}, pas le {label}"
                )
                yield self._flag(ctx, req, evidence)
                continue
            if rome.startswith(_DRIVING_FAMILIES) or _TRAVEL.search(ctx, "full") or _justified(ctx, req):
                continue
            if ctx.norm is not None:
                evidence = f"{ctx.norm.source_label} : aucun permis n'est obligatoire pour ce métier ; {INDIRECT}"
                yield self._flag(ctx, req, evidence)
                continue
            realized = ctx.realized_norm
            if realized is not None and realized.usable and req.category:
                share = realized.share_by_licence.get(req.category, 0.0)
                if share < REALIZED_NORM_RARE_SHARE:
                    evidence = f"{rarely_asked(realized, share, f'le {label}')} ; {INDIRECT}"
                    yield self._flag(ctx, req, evidence)

    @staticmethod
    def _flag(ctx: AuditContext, req, evidence: str) -> Flag:  # type: ignore[no-untyped-def]
        finding = ctx.finding_for(
            req, "licence_not_needed", "warning", evidence, EXPLANATION,
            sentence="", inline=f"{req.text} (un atout si vous en disposez)",
        )
        return Flag(finding, req, "drop")
