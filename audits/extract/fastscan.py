"""Skip the regular expressions that cannot match a text, before running them.

A hundred case-insensitive patterns over every description cost as much as the spaCy components themselves,
although most of them match nothing in a given ad. From each compiled pattern we derive (with the regex
parser) the set of literal prefixes one of which every match must start with ("cap", "bep", "dipl"...). A pattern
is run only when one of its prefixes occurs in the lower-cased text (a C-speed substring test). Patterns whose
prefixes cannot be derived (leading optional parts, large character classes) are always run. The results are
exactly those of running every pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

_MAX_PREFIX = 8
_MAX_SET = 256
_MAX_CLASS = 4
# Above this many prefix occurrences in a text, one regex scan is cheaper than a match attempt at each of them.
_MAX_TRIED_STARTS = 48
# `\s` in a pattern is read as " " in a prefix; the text is searched with every whitespace mapped to " ".
_WHITESPACE = {c: " " for c in range(0x3001) if re.match(r"\s", chr(c))}


def _class_chars(av: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, val in av:
        if op is C.LITERAL:
            chars.add(chr(val).lower())
        elif op is C.CATEGORY and val is C.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return None  # ranges, categories, negations: too wide to help
    return chars if len(chars) <= _MAX_CLASS else None


def _seq(items: Any, prefixes: set[str]) -> tuple[set[str], set[str]] | None:
    """Prefixes after reading `items` from `prefixes`: (final, extendable); None when unknown.

    "final" prefixes stopped early (a class too wide, a repeat, the length cap): what follows in an enclosing
    sequence must not be appended to them. "extendable" ones consumed all of `items`.
    """
    items = list(items)
    final = {p for p in prefixes if len(p) >= _MAX_PREFIX}
    active = prefixes - final
    for idx, (op, av) in enumerate(items):
        if not active:
            break
        if op in (C.AT, C.ASSERT_NOT, C.ASSERT):
            continue  # zero-width
        if op is C.LITERAL:
            active = {p + chr(av).lower() for p in active}
        elif op is C.IN:
            chars = _class_chars(av)
            if chars is None:
                return final | active, set()
            active = {p + c for p in active for c in chars}
        elif op is C.SUBPATTERN or op is C.BRANCH:
            branches = [av[-1]] if op is C.SUBPATTERN else list(av[1])
            ext: set[str] = set()
            for branch in branches:
                sub = _seq(branch, active)
                if sub is None:
                    return None
                final |= sub[0]
                ext |= sub[1]
            active = ext
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            # Optional: a match goes on either through it or straight to what follows.
            through = _seq(av[2], active)
            skipped = _seq(items[idx + 1 :], active)
            if through is None or skipped is None:
                return None
            after_through = _seq(items[idx + 1 :], through[1]) if through[1] else (set(), set())
            if after_through is None:
                return None
            return final | through[0] | skipped[0] | after_through[0], skipped[1] | after_through[1]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            sub = _seq(av[2], active)
            if sub is None:
                return None
            return final | sub[0] | sub[1], set()  # what follows a repeat is not fixed
        else:
            return final | active, set()
        if len(active) + len(final) > _MAX_SET:
            return None
        final |= {p for p in active if len(p) >= _MAX_PREFIX}
        active = {p for p in active if len(p) < _MAX_PREFIX}
    return final, active


def _stop(result: tuple[set[str], set[str]] | None) -> set[str] | None:
    if result is None:
        return None
    out = result[0] | result[1]
    if not out or any(len(p) == 0 for p in out):
        return None
    return {p[:_MAX_PREFIX] for p in out}


def literal_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a parser change in a future Python must not break extraction
        return None
    found = _stop(_seq(list(parsed), {""}))
    return frozenset(found) if found else None


def fold(text: str) -> str:
    """The text the prefixes are looked for in: lower-cased, every whitespace as " " (compute once per text)."""
    return text.lower().translate(_WHITESPACE)


class _PrefixIndex:
    """Every scanner's prefixes, looked for once per text for all of them.

    Forty-five scanners each tested their own prefixes (~1,500 substring searches a text, ~0.4 ms an offer). Here the
    text's three-character substrings are collected once (a set of a few thousand), and only the prefixes whose first
    three characters are among them are searched for; the answer is shared by every scanner until the next text. The
    same set of prefixes as testing each one (tested). One cache entry: the extractor reads one text at a time.
    """

    def __init__(self) -> None:
        self._buckets: dict[str, list[str]] = {}
        self._short: list[str] = []  # prefixes under three characters, tested directly
        self._known: set[str] = set()
        self._keys: frozenset[str] = frozenset()
        self._last: tuple[str, frozenset[str]] | None = None

    def add(self, prefixes: Iterable[str]) -> None:
        for x in prefixes:
            if x in self._known:
                continue
            self._known.add(x)
            if len(x) >= 3:
                self._buckets.setdefault(x[:3], []).append(x)
            else:
                self._short.append(x)
        self._keys = frozenset(self._buckets)
        self._last = None  # a new scanner: the cached answer does not hold its prefixes

    def present(self, low: str) -> frozenset[str]:
        last = self._last
        if last is not None and (last[0] is low or last[0] == low):  # equal: a scanner that folded the text again
            return last[1]
        grams = {low[i : i + 3] for i in range(len(low) - 2)}
        out = [x for x in self._short if x in low]
        for g in grams & self._keys:
            out += [x for x in self._buckets[g] if len(x) == 3 or x in low]
        found = frozenset(out)
        self._last = (low, found)
        return found


_INDEX = _PrefixIndex()


class GatedPatterns:
    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.prefixes = [literal_prefixes(p) for p in self.patterns]
        self._all_prefixes = frozenset(x for pre in self.prefixes if pre for x in pre)
        _INDEX.add(self._all_prefixes)

    def present(self, low: str) -> frozenset[str]:
        """The prefixes of these patterns that occur in the folded text."""
        return self._all_prefixes & _INDEX.present(low)

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[tuple[int, re.Match[str]]]:
        """Yield (pattern index, match) in pattern order, skipping patterns that cannot match."""
        low = fold(text) if lowered is None else lowered
        aligned = len(low) == len(text)  # lower() kept every offset: prefix positions are match positions
        present = self.present(low)  # once per text: patterns share many prefixes
        for i, p in enumerate(self.patterns):
            pre = self.prefixes[i]
            if pre is None:
                yield from ((i, m) for m in p.finditer(text))
                continue
            hits = pre & present
            if not hits:
                continue
            # past _MAX_TRIED_STARTS offsets a full scan of the pattern is cheaper than trying each one (counted in C first)
            starts = _prefix_offsets(low, hits) if aligned and sum(low.count(x) for x in hits) <= _MAX_TRIED_STARTS else None
            if starts is not None:
                yield from ((i, m) for m in _match_at_starts(p, text, starts))
            else:
                yield from ((i, m) for m in p.finditer(text))


def _prefix_offsets(low: str, prefixes: Iterable[str]) -> set[int]:
    """The offsets where one of `prefixes` occurs in `low`."""
    return {k for x in prefixes for k in _offsets(low, x)}


def _match_at_starts(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying only the offsets where a prefix occurs (`starts`).

    Every match starts with one of the prefixes (at the same offset in the folded text), so the leftmost match
    from any offset starts at one of these; a pattern that begins with a lookbehind or no literal makes the
    regular-expression engine try every offset of the text, which is what this spares. Matches are never empty
    (a prefix is at least one character), so after a match the next one starts at or after its end.
    """
    end = 0
    for k in sorted(starts):
        if k < end:
            continue
        m = pattern.match(text, k)
        if m is not None:
            end = m.end()
            yield m


class AnchoredPattern:
    """One pattern's `finditer` (same matches), for a pattern with common words among its first words ("que vous
    n'ayez aucun diplôme", "les non-diplômés peuvent postuler"): its literal prefixes occur dozens of times an ad, but
    every match holds one of `anchors` (lower-case substrings: "dipl", "qualif"…) at most `reach` characters after its
    start. Only the prefix offsets with an anchor that close are tried. The caller vouches for the anchors; the test
    suite compares both scans on the team's ads.
    """

    def __init__(self, pattern: re.Pattern[str], anchors: Sequence[str], reach: int) -> None:
        self.pattern = pattern
        self.prefixes = literal_prefixes(pattern)
        self.anchors = tuple(anchors)
        self.reach = reach

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        low = fold(text) if lowered is None else lowered
        if self.prefixes is None or len(low) != len(text):
            yield from self.pattern.finditer(text)
            return
        anchored = sorted(k for a in self.anchors for k in _offsets(low, a))
        if not anchored:
            return
        starts = {k for x in self.prefixes for k in _offsets(low, x)
                  if (i := bisect_left(anchored, k)) < len(anchored) and anchored[i] - k <= self.reach}
        yield from _match_at_starts(self.pattern, text, starts)


def _offsets(low: str, x: str) -> Iterator[int]:
    k = low.find(x)
    while k != -1:
        yield k
        k = low.find(x, k + 1)


MultiPattern = GatedPatterns  # the name the recognisers use


class GatedPattern:
    """One pattern's `finditer`, tried only at the offsets of its literal prefixes (same matches).

    For the recognisers' whole-text scans that start with a lookbehind or a case-insensitive alternation: the
    regular-expression engine tries them at every offset of an ad (~0.1–0.6 ms each an offer).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._gated = GatedPatterns([pattern])

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        return (m for _, m in self._gated.finditer(text, lowered))
