"""diploma_above_norm: a required diploma above what the post needs."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from audits.auditing.base import EQF_LABELS_FR, AuditContext, Flag, Rule, as_asset, register
from audits.auditing.norms import REALIZED_NORM_RARE_SHARE, onet_evidence_for
from audits.auditing.rules.references import legally_required, pa_given, rarely_asked
from audits.model import Requirement

EXPLANATION = (
    "Ce diplôme dépasse ce que le poste demande réellement. L'exiger écarte des personnes capables de faire "
    "le travail, souvent peu qualifiées mais expérimentées ou prêtes à être formées."
)


# Diploma words of ROME's access sentences and their EQF level, to read the top of a range ("CAP à Bac+2").
_ROME_LEVELS = re.compile(
    r"bac\s*\+\s*(\d)|\b(cap|bep|cqp|bac(?:calaur[ée]at)?|brevet professionnel|bts|dut|but|deust|licence|bachelier|"
    r"ma[iî]trise|master|ing[ée]nieur|doctorat)\b",
    re.IGNORECASE,
)
_WORD_LEVEL = {"cap": 3, "bep": 3, "cqp": 3, "bac": 4, "baccalauréat": 4, "baccalaureat": 4, "brevet professionnel": 4,
               "bts": 5, "dut": 5, "deust": 5, "but": 6, "licence": 6, "bachelier": 6, "maîtrise": 6, "maitrise": 6,
               "master": 7, "ingénieur": 7, "ingenieur": 7, "doctorat": 8}


def rome_top_level(sentence: str | None) -> int | None:
    """Highest diploma level named in ROME's access sentence: the top of the range the occupation accepts."""
    levels = []
    for match in _ROME_LEVELS.finditer(sentence or ""):
        if match.group(1):
            levels.append(min(8, {1: 5, 2: 5, 3: 6, 4: 6, 5: 7}.get(int(match.group(1)), 8)))
        else:
            levels.append(_WORD_LEVEL.get(match.group(2).lower(), 0))
    return max(levels) if levels else None


def _reference_level(ctx: AuditContext, level: int) -> tuple[int, str] | None:
    """(level the post needs, evidence) from the first reference that speaks, or None when none does."""
    pa = pa_given(ctx.post_analysis)
    if pa is not None:
        if pa.min_eqf_level is None:
            return 0, "Votre analyse de poste ne justifie aucun niveau de diplôme par les tâches"
        return pa.min_eqf_level, (
            f"Votre analyse de poste justifie au plus le niveau {EQF_LABELS_FR.get(pa.min_eqf_level, pa.min_eqf_level)}"
            f" (CEC {pa.min_eqf_level})"
        )
    norm = ctx.norm
    if norm is not None and norm.diploma_known:
        # "accessible sans diplôme" -> 0; "CAP à Bac+2" -> the top of the range (Bac+2) is not inflated.
        ref = 0 if norm.min_eqf is None else max(norm.min_eqf, rome_top_level(norm.min_eqf_evidence) or 0)
        if norm.min_eqf_evidence:
            evidence = f"{norm.source_label} : « {norm.min_eqf_evidence} »"
        elif ref == 0:
            evidence = f"{norm.source_label} : accessible sans diplôme"
        else:
            evidence = f"{norm.source_label} : niveau d'entrée {EQF_LABELS_FR.get(ref, ref)} (CEC {ref})"
        onet = onet_evidence_for(norm, level)
        if onet:
            evidence += f" ; {onet}"
        realized = ctx.realized_norm
        if realized is not None and realized.usable:
            share = realized.share_at_least_eqf(level)
            evidence += (
                f" ; {round(100 * share)} % des {realized.n_vacancies} offres auditées pour ce métier "
                "exigent ce niveau ou plus"
            )
        return ref, evidence
    realized = ctx.realized_norm
    if realized is not None and realized.usable:
        share = realized.share_at_least_eqf(level)
        if share < REALIZED_NORM_RARE_SHARE:
            usual = [k for k, s in realized.share_by_min_eqf.items() if k is not None and k < level and s > 0]
            ref = max(usual) if usual else 0
            return ref, rarely_asked(realized, share, "ce niveau de diplôme ou plus")
    return None


def _suggestions(text: str, domain: str | None, ref: int) -> tuple[str, str]:
    if ref == 0:
        tail = f"une expérience ou une formation en {domain} est un atout" if domain else "formation au poste assurée"
        return f"Aucun diplôme n'est exigé ; {tail}", as_asset(text)
    label = EQF_LABELS_FR.get(ref, f"niveau CEC {ref}")
    return f"{label[0].upper()}{label[1:]} ou expérience équivalente", f"{text} (ou {label}, ou expérience équivalente)"


# "Bac pro ou équivalent", "BTS ou expérience équivalente", "CAP ou expérience dans le métier": not a barrier.
_EQUIVALENT = re.compile(r"\bou\b[^.;\n]{0,40}(?:[ée]quivalen|exp[ée]rience|similaire)", re.IGNORECASE)
# "savoir garder la maîtrise en toutes situations": the old French "maîtrise" diploma is almost never what is meant.
_NOT_A_DIPLOMA = re.compile(r"^ma[iî]trise\b", re.IGNORECASE)
# "Game Master", "Scrum Master": job titles, not the degree.
_MASTER_TITLE = re.compile(r"(?:game|scrum|quiz|web|data|post)\s*$", re.IGNORECASE)


def _job_title_master(ctx: AuditContext, req: Requirement) -> bool:
    if not req.text.lower().startswith("master"):
        return False
    return bool(_MASTER_TITLE.search(ctx.text(req.field)[max(0, req.start - 8) : req.start]))


@register
class DiplomaAboveNorm(Rule):
    codes = ("diploma_above_norm",)
    description = "Diplôme exigé au-dessus du niveau d'entrée du métier (analyse de poste, ROME, offres comparables)."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        done: set[int] = set()
        for req in ctx.hard("diploma"):
            if id(req) in done or req.eqf_level is None or _NOT_A_DIPLOMA.match(req.text) or _job_title_master(ctx, req):
                continue
            if legally_required(ctx, req):
                continue
            # Alternatives: the extractor's group, plus the other diplomas of the same sentence or list item
            # ("BEP, Bac Pro ou BTS"): the post is open at the lowest of them.
            alternatives = ctx.alternatives_of(req)
            if any(a.kind == "experience" for a in alternatives) or ctx.or_linked(req, ("experience",)):
                continue  # "Bac+2 ou expérience équivalente": the diploma is not a hard barrier
            group = [req] + [a for a in alternatives if a.kind == "diploma" and a.field == req.field]
            group += [d for d in ctx.same_segment(req, ("diploma",)) if d not in group]
            group = [g for g in group if g.eqf_level is not None and not _NOT_A_DIPLOMA.match(g.text)]
            done.update(id(g) for g in group)
            seg = ctx.segment_of(req)
            if _EQUIVALENT.search(ctx.text(req.field), req.start, seg[1]):
                continue
            if any(legally_required(ctx, g) for g in group):
                continue
            level = min(g.eqf_level for g in group if g.eqf_level is not None)
            reference = _reference_level(ctx, level)
            if reference is None:
                continue
            ref, evidence = reference
            if level <= ref:
                continue
            start, end = min(g.start for g in group), max(g.end for g in group)
            text = ctx.text(req.field)[start:end]
            sentence, inline = _suggestions(text, req.domain, ref)
            finding = ctx.finding_at(
                req.field, start, end, "diploma_above_norm", "warning", evidence, EXPLANATION,
                sentence=sentence, inline=inline, req=req,
            )
            for member in group:
                if ref == 0:
                    yield Flag(finding, member, "drop")
                else:
                    yield Flag(finding, member, "lower", dataclasses.replace(member, eqf_level=ref, isced_level=None))
