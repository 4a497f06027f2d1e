"""Which parts of an ad need lemmas: the statistical components run only there.

Of the extraction, only the soft-skill PhraseMatcher reads lemmas ("rigoureuse" -> "rigoureux"); the recognisers
read the text and the skill matcher reads lower-cased tokens. Running tok2vec + morphologizer + attribute_ruler +
lemmatizer over a whole ad to lemmatise the few words that can be a soft skill is most of the pipeline's cost.

The gate: a pattern matches only where each of its tokens has the lemma of the pattern's token, and the forms
the lemmatizer maps to a lemma share a prefix with it ("rigoureuse" / "rigoureux": "rigour"; "motivées" /
"motiver": "motiv"). Each pattern becomes a sequence of such stems, each followed by a few more characters
(function words such as "d'", "du", "à" match any short word); one regular-expression pass finds the places
where a pattern may match (a superset of the real matches).

Same lemmas as over the whole ad: fr_core_news_sm's tok2vec is a window CNN (window 1, depth 4), so a token's
vector depends on the 4 tokens on each side and nothing further; the morphologizer and lemmatizer work per token.
Each candidate place is sent with `CONTEXT_WORDS` whitespace-separated words on each side (spaCy tokenises each
whitespace-separated chunk on its own, so these are the very tokens of the whole ad, at least one each), and only
matches that start in a candidate place and lie at least `RECEPTIVE_FIELD` tokens from a cut are kept. The
equivalence with the ungated pipeline is checked on 1,176 offers (docs/extraction.md) and in tests.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

# Characters a stem may be followed by inside the same token (inflection, derivation: "rigour" + "euses").
_SUFFIX_SLACK = 4
# Tokens whose stem would be shorter than this are function words ("d'", "du", "à", "l'"): any short word.
_MIN_STEM = 3
_ANY_SHORT_WORD = r"\S{1,8}"
RECEPTIVE_FIELD = 4  # tokens on each side that change a token's vector in fr_core_news_sm's tok2vec
# Words of context kept on each side of a candidate: the receptive field, no more (each word is >= 1 token, so four
# words hold at least four tokens and a candidate's tokens keep their whole-text vectors). Six until session 11; the
# outputs with four are identical on the 1,176 dev + IT offers (gate on / off compared) and the slices ~25 % shorter.
CONTEXT_WORDS = 4


def stem(surface: str, lemma: str) -> str:
    """Prefix shared by the inflected forms that the lemmatizer maps to `lemma` (read from the pattern)."""
    surface, lemma = surface.lower(), lemma.lower()
    common = os.path.commonprefix([surface, lemma])
    # Inflection changes at most the last two letters of these lemmas ("discret"/"discrète", "travail"/"travaux",
    # "organiser"/"organisé", "sourire"/"souriant"); adjectives mostly only append ("assidu"/"assidues").
    return common[: max(_MIN_STEM, min(len(common), len(lemma) - 2))]


def _token_regex(text: str, lemma: str) -> str:
    s = stem(text, lemma or text)
    if len(s) < _MIN_STEM:
        return _ANY_SHORT_WORD
    slack = max(len(text), len(lemma)) - len(s) + _SUFFIX_SLACK
    return re.escape(s) + r"\S{0," + str(slack) + "}"


def gate_pattern(patterns: Iterable[Doc]) -> re.Pattern[str]:
    """One case-insensitive alternation: each lemma pattern as a sequence of stems (single spaces between)."""
    alts = set()
    for doc in patterns:
        toks = [_token_regex(t.text, t.lemma_) for t in doc if not t.is_space]
        if toks:
            alts.add(" ?".join(toks))
    ordered = sorted(alts, key=len, reverse=True)
    # Zero-width lookahead: every start position is reported, also inside another candidate.
    return re.compile(r"(?<!\w)(?=(" + "|".join(ordered) + r"))", re.I)


@dataclass(frozen=True)
class Region:
    """A slice of the text sent to the statistical components, and the candidate places it was cut for."""

    start: int
    end: int
    candidates: tuple[tuple[int, int], ...]
    at_text_start: bool
    at_text_end: bool


def gated_regions(text: str, gate: re.Pattern[str]) -> list[Region]:
    """Slices of `text` around every place a lemma pattern may match (overlapping slices merged)."""
    regions: list[tuple[int, int, list[tuple[int, int]]]] = []
    for m in gate.finditer(text):
        cand = (m.start(1), m.end(1))
        a, b = _with_context(text, cand[0], cand[1])
        if regions and regions[-1][1] >= a:
            last = regions[-1]
            regions[-1] = (last[0], max(last[1], b), last[2] + [cand])
        else:
            regions.append((a, b, [cand]))
    return [Region(a, b, tuple(c), a == 0, b == len(text)) for a, b, c in regions]


def keep_match(region: Region, sub: Doc, start_token: int, end_token: int) -> bool:
    """A match in a region's doc is kept when it starts at a candidate and its lemmas are those of the whole text."""
    start_char = region.start + sub[start_token].idx
    if not any(a <= start_char < b for a, b in region.candidates):
        return False
    if start_token < RECEPTIVE_FIELD and not region.at_text_start:
        return False
    return end_token <= len(sub) - RECEPTIVE_FIELD or region.at_text_end


def _with_context(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) widened by CONTEXT_WORDS whole whitespace-separated words on each side (or to the text's ends)."""
    start, end, n = a, b, len(text)
    while start > 0 and not text[start - 1].isspace():
        start -= 1  # a candidate starts at a word boundary, not always at whitespace ("l'autonomie")
    for _ in range(CONTEXT_WORDS):
        while start > 0 and text[start - 1].isspace():
            start -= 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    while end < n and not text[end].isspace():
        end += 1
    for _ in range(CONTEXT_WORDS):
        while end < n and text[end].isspace():
            end += 1
        while end < n and not text[end].isspace():
            end += 1
    return start, end
