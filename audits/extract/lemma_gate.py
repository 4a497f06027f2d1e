"""Which parts of an ad need lemmas: the statistical components run only there.

Of the extraction, only the soft-skill PhraseMatcher reads lemmas ("rigoureuse" -> "rigoureux"); the recognisers
read the text and the skill matcher reads lower-cased tokens. Running tok2vec + morphologizer + attribute_ruler +
lemmatizer over a whole ad to lemmatise the few sentences that can hold a soft skill is most of the pipeline's
cost. A pattern can only match where a token's lemma equals the lemma of its first token, and the inflected forms
of these words share a prefix with their lemma ("rigoureuse" / "rigoureux": "rigour"), so a sentence is sent to
the statistical components only when a word in it starts with one of those stems (a single regular expression
pass). The segments sent are slices of the original text, so offsets map back by adding the segment's start.

Same lemmas as over the whole ad: fr_core_news_sm's tok2vec is a window CNN (window 1, depth 4), so a token's
vector depends on the 4 tokens on each side and nothing further; the morphologizer and lemmatizer work per token.
Each selected sentence is therefore extended by `CONTEXT_WORDS` whitespace-separated words on each side (spaCy
tokenises each whitespace-separated chunk on its own, so those words give the very tokens of the whole ad, and at
least one token each). The equivalence with the ungated pipeline is checked on the dev offers and in tests.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable

from spacy.tokens import Doc

# Segment boundaries: line breaks and sentence punctuation followed by a space.
_BOUNDARY_RE = re.compile(r"\n|(?<=[.!?;])\s")
# Letters a stem may be followed by inside the same word (inflection and derivation: "rigour" + "euses").
_SUFFIX_SLACK = 4
# Words of context kept on each side of a selected sentence: twice tok2vec's receptive field of 4 tokens.
CONTEXT_WORDS = 8


def stem(surface: str, lemma: str) -> str:
    """Prefix shared by every inflected form that the lemmatizer maps to `lemma` (as read from the pattern)."""
    surface, lemma = surface.lower(), lemma.lower()
    common = os.path.commonprefix([surface, lemma])
    if not common:
        return lemma[:3] if len(lemma) >= 3 else lemma
    # French inflection changes at most the last three letters of the lemma ("discret"/"discrète", "vif"/"vive").
    return common[: max(3, min(len(common), len(lemma) - 3))]


def stem_pattern(stems: Iterable[tuple[str, int]]) -> re.Pattern[str]:
    """One case-insensitive pass: a word starting with a stem and at most `slack` more letters."""
    alts = sorted({f"{re.escape(s)}\\w{{0,{slack}}}" for s, slack in stems}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.I)


def first_token_stems(patterns: Iterable[Doc]) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for doc in patterns:
        if len(doc):
            tok = doc[0]
            s = stem(tok.text, tok.lemma_ or tok.text)
            out.append((s, max(len(tok.text), len(tok.lemma_)) - len(s) + _SUFFIX_SLACK))
    return out


def gated_segments(text: str, gate: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of `text` (merged runs of sentences) holding a word the gate accepts; empty when none."""
    hits = [m.start() for m in gate.finditer(text)]
    if not hits:
        return []
    bounds = [0] + [m.end() for m in _BOUNDARY_RE.finditer(text)] + [len(text)]
    chosen: list[tuple[int, int]] = []
    for pos in hits:
        i = bisect.bisect_right(bounds, pos) - 1
        a, b = _with_context(text, bounds[i], bounds[i + 1])
        if chosen and chosen[-1][1] >= a:
            chosen[-1] = (chosen[-1][0], max(chosen[-1][1], b))
        else:
            chosen.append((a, b))
    return chosen


def _with_context(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) widened by CONTEXT_WORDS whole whitespace-separated words on each side (or to the text's ends)."""
    start, end, n = a, b, len(text)
    for _ in range(CONTEXT_WORDS):
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    for _ in range(CONTEXT_WORDS):
        while end < n and text[end].isspace():
            end += 1
        while end < n and not text[end].isspace():
            end += 1
    return start, end
