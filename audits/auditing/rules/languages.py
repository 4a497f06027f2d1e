"""language_not_needed and native_language_required."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from audits.auditing.base import AuditContext, CiPattern, Flag, Rule, as_asset, language_name, register
from audits.auditing.norms import REALIZED_NORM_RARE_SHARE
from audits.auditing.rules.references import pa_given, rarely_asked
from audits.model import Requirement

CEFR_ORDER = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6}
UNIA_PROPORTIONALITY = (
    "Unia (ediv.be, fiche 97) : une exigence de langue doit correspondre aux tâches réelles ; sinon elle peut "
    "constituer une discrimination indirecte"
)
NATIVE_LEGAL = (
    "Loi du 30 juillet 1981 (antiracisme) et loi du 10 mai 2007 (anti-discrimination, critère de la langue) ; "
    "décret wallon du 6 novembre 2008"
)
# A "native" language requirement within this many characters of a "langue maternelle" wording is the same place.
_NATIVE_WINDOW = 40
_LANGS = r"(?:anglais|fran[çc]ais|n[ée]erlandais|allemand|espagnol|italien|portugais|arabe|english|french|dutch|german|spanish)"
_LANG_WORD = re.compile(_LANGS, re.IGNORECASE)
# "natif" / "native" only next to a language: "cloud natif", "React Native" are not about people.
_NATIVE_TEXT = CiPattern(
    r"(?:de\s+)?langue\s+maternelle|native\s+speaker|locuteur\s+natif|locutrice\s+native"
    rf"|\b{_LANGS}\s+(?:\(?\s*)?(?:natif|native|niveau\s+natif|langue\s+natale)\b"
    rf"|\b(?:natif|native)\s+{_LANGS}\b"
    r"|d['’]origine\s+(?:francophone|anglophone|n[ée]erlandophone|germanophone)",
    ("maternelle", "nati", "origine"),
)


# "professeur d'anglais", "formateur en néerlandais": the language is the subject taught, hence needed.
_TAUGHT = re.compile(r"(?:professeur|prof|enseignant|formateur|formatrice|traducteur|traductrice|interpr[èe]te)\w*"
                     r"(?:\s*\(\w+\))?\s+(?:d['’]\s?|de\s+|en\s+)$", re.IGNORECASE)


def _foreign_languages(ctx: AuditContext) -> list[Requirement]:
    return [
        r for r in ctx.hard("language")
        if r.language and r.language != ctx.language and not r.native
        and not _TAUGHT.search(ctx.text(r.field), max(0, r.start - 40), r.start)
    ]


@register
class LanguageNotNeeded(Rule):
    codes = ("language_not_needed",)
    description = "Langue (ou niveau de langue) exigée sans usage dans les tâches du poste."

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        pa = pa_given(ctx.post_analysis)
        for req in _foreign_languages(ctx):
            name = language_name(req.language)
            if pa is not None:
                uses = {u.language: u for u in pa.languages_used}
                use = uses.get(req.language or "")
                if use is None:
                    evidence = f"Votre analyse de poste ne cite aucune tâche en {name}"
                    finding = ctx.finding_for(
                        req, "language_not_needed", "warning", evidence,
                        f"Votre analyse de poste ne prévoit aucun usage du {name}. Exiger cette langue écarte "
                        "des candidat·es qui peuvent faire le travail.",
                        sentence="", inline=as_asset(req.text),
                    )
                    yield Flag(finding, req, "drop")
                elif use.cefr and req.cefr and CEFR_ORDER.get(req.cefr, 0) > CEFR_ORDER.get(use.cefr, 0):
                    whom = f" avec {use.with_whom}" if use.with_whom else ""
                    evidence = f"Votre analyse de poste : le {name} est utilisé{whom} au niveau {use.cefr} (CECR)"
                    finding = ctx.finding_for(
                        req, "language_not_needed", "warning", evidence,
                        f"Le niveau de {name} demandé dépasse l'usage réel du poste. Indiquez le niveau utile.",
                        sentence=f"{name.capitalize()} : niveau {use.cefr} (CECR) pour échanger{whom}",
                        inline=f"{name} niveau {use.cefr} (CECR)",
                    )
                    yield Flag(finding, req, "lower", dataclasses.replace(req, cefr=use.cefr))
                continue
            realized = ctx.realized_norm
            if realized is not None and realized.usable:
                share = realized.share_by_language.get(req.language or "", 0.0)
                if share < REALIZED_NORM_RARE_SHARE:
                    evidence = f"{rarely_asked(realized, share, f'le {name}')} ; {UNIA_PROPORTIONALITY}"
                    finding = ctx.finding_for(
                        req, "language_not_needed", "warning", evidence,
                        f"Les offres comparables n'exigent presque jamais le {name}. Si le poste ne l'utilise pas "
                        "tous les jours, présentez-le comme un atout.",
                        inline=as_asset(req.text),
                    )
                    yield Flag(finding, req, "soften", dataclasses.replace(req, strength="preferred"))
                    continue
            # No post analysis and no comparison: a note asking the employer to check the tasks (no rewrite:
            # we cannot tell whether the language is needed).
            finding = ctx.finding_for(
                req, "language_not_needed", "info", UNIA_PROPORTIONALITY,
                f"Vérifiez que le poste utilise vraiment le {name} au quotidien. Si oui, indiquez le niveau utile "
                "(par exemple B1 du CECR) et avec qui ; sinon présentez-le comme un atout. Une analyse de poste "
                "permet de le justifier.",
            )
            yield Flag(finding, req, "none")


def _about_a_language(ctx: AuditContext, which: str, start: int, end: int) -> bool:
    """Extractor hits on "natif"/"native" count only near a language word or "langue maternelle":
    "React Native", "cloud native", "GCP natif" are technologies (seen on real offers)."""
    window = ctx.text(which)[max(0, start - 30) : end + 30]  # type: ignore[arg-type]
    return bool(_LANG_WORD.search(window) or re.search(r"maternelle|speaker|locut", window, re.IGNORECASE))


@register
class NativeLanguageRequired(Rule):
    codes = ("native_language_required",)
    description = "« Langue maternelle » exigée au lieu d'un niveau de langue (discrimination liée à l'origine)."

    EXPLANATION = (
        "Exiger une « langue maternelle » écarte les personnes selon leur origine, ce que la loi interdit. "
        "Indiquez plutôt le niveau de langue nécessaire au travail (CECR)."
    )

    def analyze(self, ctx: AuditContext) -> Iterator[Flag]:
        # The same wording may come three ways: the extractor's `language_origin` criterion ("langue
        # maternelle"), our own text pattern, and the language requirement marked `native`. One finding per
        # place: the wording's span first (its rewrite is cleanest), the language requirement only if alone.
        candidates: list[tuple[str, int, int, Requirement | None]] = []
        for criterion in ctx.requirements:
            if criterion.kind == "protected_criterion" and criterion.criterion == "language_origin":
                if _about_a_language(ctx, criterion.field, criterion.start, criterion.end):
                    candidates.append((criterion.field, criterion.start, criterion.end, None))
        for which in ("title", "description"):
            for match in _NATIVE_TEXT.finditer(ctx, which):
                candidates.append((which, match.start(), match.end(), None))
        for language in ctx.requirements:
            if language.kind == "language" and language.native:
                if _about_a_language(ctx, language.field, language.start, language.end):
                    candidates.append((language.field, language.start, language.end, language))
        taken: list[tuple[str, int, int]] = []
        for which, start, end, req in candidates:
            window = _NATIVE_WINDOW if req is not None else 0
            if any(f == which and s - window < end and e + window > start for f, s, e in taken):
                continue
            taken.append((which, start, end))
            if req is not None:
                inline = f"{language_name(req.language)} : très bonne maîtrise (niveau C1 du CECR)"
            else:
                # Keep the language the wording names ("Anglais natif" -> "Anglais (niveau C1 du CECR)").
                named = _LANG_WORD.search(ctx.text(which)[start:end])  # type: ignore[arg-type]
                inline = f"{named.group(0)} (niveau C1 du CECR)" if named else "(niveau C1 du CECR)"
            finding = ctx.finding_at(
                which, start, end, "native_language_required", "critical",  # type: ignore[arg-type]
                "Unia (ediv.be, fiches 97-98) : demander le niveau C1 ou C2 du CECR au lieu de « langue maternelle »",
                self.EXPLANATION, inline=inline, legal_reference=NATIVE_LEGAL, req=req, keep_markers=True,
            )
            yield Flag(finding)
