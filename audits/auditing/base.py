"""Rule machinery: the audit context every rule reads, the `Flag` a rule returns, and the rule registry.

Rules are small registered classes (in the style of Presidio's recognizers): each declares the finding codes
it can emit and a French description, and turns an `AuditContext` into `Flag`s. A `Flag` is a `Finding`
plus what it means for the de-inflated requirements (drop, lower, soften).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from audits.auditing.legal import LegalData
from audits.auditing.norms import Norm, RealizedNorm
from audits.auditing.text import bullet_prefix, segment_bounds, span_with_trailing_markers
from audits.languages import language_name as language_name  # re-exported: the rules import it from here
from audits.model import (
    Field,
    Finding,
    Occupation,
    PostAnalysisInput,
    Requirement,
    Severity,
    VacancyInput,
)

Action = Literal["none", "drop", "lower", "soften", "replace"]

_OR_WORD = re.compile(r"\b(?:ou|soit|or)\b", re.IGNORECASE)

# A whole sentence / list item is replaced only when the flagged requirement (with its "exigé", "minimum"...)
# covers it nearly entirely; otherwise the requirement is rewritten in place, so nothing else is lost.
# Deleting is stricter than rewriting: a deleted sentence cannot keep what else it said.
_REPLACEMENT_MAX_WORDS = 3
_DELETION_MAX_WORDS = 4
# Capitalised headings that are not content ("DIPLOME AMP ou AES exigé", "PROFIL : permis B").
_PLAIN_CAPS = frozenset({"diplome", "diplôme", "profil", "experience", "expérience", "formation", "niveau", "langues", "permis"})
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Flag:
    """What a rule found: the finding, the requirement it concerns, and its effect on real requirements."""

    finding: Finding
    requirement: Requirement | None = None
    action: Action = "none"
    replacement: Requirement | None = None  # for "lower" / "replace" / "soften"


@dataclass(frozen=True)
class AuditContext:
    vacancy: VacancyInput
    requirements: tuple[Requirement, ...]
    occupation: Occupation
    norm: Norm | None
    post_analysis: PostAnalysisInput | None
    realized_norm: RealizedNorm | None
    legal: LegalData
    reference_date: dt.date
    language: str = "fr"  # language of the ad: that language is never "not needed"
    _lowered: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def lowered(self, which: str) -> str | None:
        """The field ("title", "description" or "full") in lower case, or None if lowering moved offsets."""
        if which not in self._lowered:
            text = self.full_text if which == "full" else self.text(which)  # type: ignore[arg-type]
            low = text.lower()
            self._lowered[which] = low if len(low) == len(text) else None
        return self._lowered[which]

    def text(self, which: Field) -> str:
        return self.vacancy.title if which == "title" else self.vacancy.description

    @property
    def full_text(self) -> str:
        return self.vacancy.title + "\n" + self.vacancy.description

    def hard(self, kind: str) -> list[Requirement]:
        return [r for r in self.requirements if r.kind == kind and r.strength == "required"]

    def alternatives_of(self, req: Requirement) -> list[Requirement]:
        if req.alternative_group is None:
            return []
        return [r for r in self.requirements if r.alternative_group == req.alternative_group and r is not req]

    def others_in_segment(self, req: Requirement, seg: tuple[int, int], start: int | None = None,
                          end: int | None = None) -> list[Requirement]:
        start = req.start if start is None else start
        end = req.end if end is None else end
        return [
            r
            for r in self.requirements
            if r is not req and r.field == req.field and r.start < seg[1] and r.end > seg[0]
            and not (r.start >= start and r.end <= end)
        ]

    def segment_of(self, req: Requirement) -> tuple[int, int]:
        return segment_bounds(self.text(req.field), req.start, req.end)

    def same_segment(self, req: Requirement, kinds: tuple[str, ...]) -> list[Requirement]:
        """Other requirements of these kinds in the sentence / list item of `req`."""
        seg = self.segment_of(req)
        return [
            r for r in self.requirements
            if r is not req and r.kind in kinds and r.field == req.field and r.start >= seg[0] and r.end <= seg[1]
        ]

    def or_linked(self, req: Requirement, kinds: tuple[str, ...]) -> list[Requirement]:
        """Requirements of these kinds joined to `req` by "ou" / "soit" in the same sentence: alternatives
        the extractor may not have grouped ("5 ans d'expérience OU bac+3 en droit")."""
        text = self.text(req.field)
        linked = []
        for other in self.same_segment(req, kinds):
            lo, hi = (req.end, other.start) if other.start >= req.end else (other.end, req.start)
            if _OR_WORD.search(text, lo, max(lo, hi)) or _OR_WORD.search(text[max(0, min(req.start, other.start) - 6) : min(req.start, other.start)]):
                linked.append(other)
        return linked

    # --- building findings -------------------------------------------------------------------------------

    def finding_for(
        self,
        req: Requirement,
        code: str,
        severity: Severity,
        evidence: str,
        explanation: str,
        *,
        sentence: str | None = None,
        inline: str | None = None,
        legal_reference: str | None = None,
    ) -> Finding:
        """A finding on `req`'s span whose suggestion is the rewritten segment.

        `sentence` replaces the whole sentence / list item when the requirement is nearly all of it ("" deletes
        it); otherwise `inline` replaces the requirement and its trailing strength words inside the sentence.
        """
        return self.finding_at(
            req.field, req.start, req.end, code, severity, evidence, explanation,
            sentence=sentence, inline=inline, legal_reference=legal_reference, req=req,
        )

    def finding_at(
        self,
        which: Field,
        start: int,
        end: int,
        code: str,
        severity: Severity,
        evidence: str,
        explanation: str,
        *,
        sentence: str | None = None,
        inline: str | None = None,
        legal_reference: str | None = None,
        req: Requirement | None = None,
        keep_markers: bool = False,
    ) -> Finding:
        text = self.text(which)
        seg = segment_bounds(text, start, end)
        segment = text[seg[0] : seg[1]]
        prefix = bullet_prefix(segment)
        # "exigé", "minimum"... go with the requirement when it is softened or removed; kept when only reworded.
        span_end = end if keep_markers else span_with_trailing_markers(text, start, end, seg[1])
        alone = req is None or not self.others_in_segment(req, seg, start, end)
        if text[start:span_end].count("(") > text[start:span_end].count(")") and text[span_end : span_end + 1] == ")":
            span_end += 1  # the span opened a parenthesis: replace its closing one too
        # Replace or delete the whole sentence only if what is left around the span is a few plain words
        # ("Expérience :", "Homme uniquement pour ce poste"), never content such as "CDI" or a figure.
        rest = _WORDS.findall(text[seg[0] : start] + " " + text[span_end : seg[1]])
        covered = len(rest) <= (_DELETION_MAX_WORDS if sentence == "" else _REPLACEMENT_MAX_WORDS) and not any(
            (w.isupper() and len(w) > 1 and w.lower() not in _PLAIN_CAPS) or any(c.isdigit() for c in w) for w in rest
        )
        suggestion: str | None = None
        if sentence is not None and alone and covered:
            suggestion = prefix + sentence if sentence else ""
        elif inline is not None:
            before = text[seg[0] : start]
            if inline and not before.strip(" -–—•*·") and start > seg[0] + len(before.rstrip()) - 1:
                inline = inline[0].upper() + inline[1:]  # the rewrite now starts the sentence
            suggestion = (before + inline + text[span_end : seg[1]]).rstrip()
            if not suggestion.strip(" -–—•*·,"):
                suggestion = ""  # nothing left of the sentence: delete it
        elif sentence is not None and alone:
            suggestion = prefix + sentence if sentence else ""
        return Finding(
            code=code,
            severity=severity,
            evidence=evidence,
            explanation=explanation,
            suggestion=suggestion,
            field=which,
            start=start,
            end=end,
            text=text[start:end],
            legal_reference=legal_reference,
        )


class Rule:
    """Base class of the audit rules. Subclasses set `codes` and `description` and implement `analyze`."""

    codes: ClassVar[tuple[str, ...]] = ()
    description: ClassVar[str] = ""

    def analyze(self, ctx: AuditContext) -> Iterable[Flag]:  # pragma: no cover - abstract
        raise NotImplementedError


_REGISTRY: list[type[Rule]] = []


def register(cls: type[Rule]) -> type[Rule]:
    """Class decorator: add a rule to the default rule set (in module import order)."""
    if not cls.codes:
        raise TypeError(f"{cls.__name__} declares no finding code")
    _REGISTRY.append(cls)
    return cls


def registered_rules() -> Iterator[type[Rule]]:
    yield from _REGISTRY


class CiPattern:
    """A case-insensitive pattern run as a case-sensitive one on the lowered text (several times faster
    with Python's `re`); falls back to re.IGNORECASE when lowering changes the text's length.
    The regex must be written in lower case."""

    def __init__(self, regex: str, needles: tuple[str, ...] = ()) -> None:
        self.fast = re.compile(regex)
        self.slow = re.compile(regex, re.IGNORECASE)
        self.pattern = regex
        # Substrings one of which every match contains: a C-speed `in` test skips the regex on most ads.
        self.needles = needles

    def finditer(self, ctx: AuditContext, which: str) -> Iterator[re.Match[str]]:
        low = ctx.lowered(which)
        if low is not None:
            if self.needles and not any(n in low for n in self.needles):
                return iter(())
            return self.fast.finditer(low)
        return self.slow.finditer(ctx.full_text if which == "full" else ctx.text(which))  # type: ignore[arg-type]

    def search(self, ctx: AuditContext, which: str) -> re.Match[str] | None:
        return next(iter(self.finditer(ctx, which)), None)


# --- small text helpers shared by rules ---------------------------------------------------------------------


def normalise(value: str) -> str:
    """Upper case, no accents, single spaces: for comparing certificate names and codes."""
    decomposed = unicodedata.normalize("NFKD", value)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^A-Z0-9+]+", " ", plain.upper()).strip()


def as_asset(text: str) -> str:
    """The inline rewrite of a requirement turned into a plus: the same words whichever rule softens it."""
    return f"{text} (un atout, pas une condition)"


def fr_years(years: float) -> str:
    if years == int(years):
        n = int(years)
        return f"{n} an" if n == 1 else f"{n} ans"
    months = round(years * 12)
    return f"{months} mois"


EQF_LABELS_FR = {
    1: "certificat d'études de base (CEB)",
    2: "premier degré du secondaire (CE1D)",
    3: "CAP/BEP ou CQ6",
    4: "CESS ou Bac",
    5: "Bac+2 (BES, BTS)",
    6: "bachelier (Bac+3)",
    7: "master (Bac+5)",
    8: "doctorat",
}

