"""A school's catalogue or an apprenticeship's ladder of courses names diplomas it prepares, not diplomas it asks.

Round 1 recognised one school's wordings ("notre école propose plus de 30 formations"); the same school's next ad
and other schools' ads said it otherwise. The structural signal that carries is the shape of the text: diplomas at
**three or more distinct levels** together with **two or more kinds of programme words** (an RNCP code, a State
recognition, admission or intake dates, "formation diplômante" / "cursus", the apprenticeship contract). An employer's
ad that asks for a diploma names one level or a range, rarely three, and never with RNCP codes or intake dates.

In such a text a diploma is kept only where its sentence asks for it in so many words ("Bac+2 exigé", "minimum") —
the entry requirement of the course, which the apprentice must hold.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from audits.extract.mention import Mention

_PROGRAMME_SIGNALS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.I)
    for p in (
        r"(?<![\w])RNCP",
        r"dipl[ôo]mes?\s+d'?[ée]tat\s+(?:reconnus?|RNCP)|reconnue?s?\s+par\s+l'?[ée]tat|"
        r"titres?\s+(?:professionnels?\s+)?(?:certifi|enregistr|homologu)\w*|certifi[ée]e?s?\s+Qualiopi",
        r"(?<![\w])admissions?(?![\w])|rentr[ée]e\s+(?:de\s+)?(?:septembre|octobre|janvier|f[ée]vrier|mars|20\d\d)|"
        r"conditions?\s+d'?acc[èe]s\s+(?:[àa]\s+la\s+formation|au\s+cursus)",
        r"formations?\s+dipl[ôo]mantes?|(?<![\w])cursus(?![\w])|(?:nos|ses|leurs)\s+(?:formations|programmes|dipl[ôo]mes)(?![\w])",
        r"(?<![\w])en\s+alternance(?![\w])|contrat\s+d(?:e\s+|'\s*)?(?:apprentissage|professionnalisation)|(?<![\w])apprentissage(?![\w])",
    )
)
_MIN_LEVELS = 3
_MIN_SIGNALS = 2
_STRONG_CUE_RE = re.compile(r"exig|requis|obligatoire|indispensable|imp[ée]ratif|minimum|au\s+moins", re.I)


def is_catalogue(text: str, mentions: list[Mention]) -> bool:
    levels = {m.attrs.get("eqf_level") for m in mentions if m.kind == "diploma"} - {None}
    if len(levels) < _MIN_LEVELS:
        return False
    return sum(1 for p in _PROGRAMME_SIGNALS if p.search(text)) >= _MIN_SIGNALS


def drop_catalogue_diplomas(
    text: str, mentions: list[Mention], sentence_at: Callable[[int], tuple[int, int]], catalogue: bool | None = None
) -> list[Mention]:
    """The mentions without the diplomas a catalogue lists (see the module's docstring). `catalogue` is the verdict
    of `is_catalogue` taken on the mentions before other filters dropped some of the school's diplomas."""
    if not (is_catalogue(text, mentions) if catalogue is None else catalogue):
        return mentions
    kept = []
    for m in mentions:
        if m.kind == "diploma" and m.attrs.get("code") != "SANS DIPLOME":
            s, e = sentence_at(m.start)
            if not _STRONG_CUE_RE.search(text, s, e):
                continue
        kept.append(m)
    return kept
