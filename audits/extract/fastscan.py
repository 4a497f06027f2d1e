"""Skip the regular expressions that cannot match a text, before running them.

A hundred case-insensitive patterns over every description cost as much as the spaCy components themselves,
although most of them match nothing in a given ad. From each compiled pattern we derive (with the regex
parser) the set of literal prefixes one of which every match must start with ("cap", "bep", "dipl"...), and the
literal words every match contains further in ("ambulanci", "gradu"). A pattern is run only when one of its
prefixes and all its required words occur in the lower-cased text, and only from the offsets of its prefixes; one
Aho–Corasick pass finds every word of every pattern in a text. Patterns whose prefixes cannot be derived (leading
optional parts, large character classes) are run over the whole text whenever their required words are there. The
results are exactly those of running every pattern.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

import ahocorasick  # type: ignore[import-untyped]

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


# Runs of literal characters shorter than this are not worth a substring test ("de", "un" are in every ad).
_MIN_REQUIRED = 3
# An alternation whose branches share no word gives a clause "one of these words"; past this many words the test
# costs more than it saves.
_MAX_CLAUSE = 12

# A clause is satisfied when one of its words occurs in the folded text; a pattern can match only where all its
# clauses are. Most clauses hold one word.
Clause = tuple[str, ...]


def _flat(items: Any) -> Iterator[tuple[Any, Any]]:
    """The items of a sequence with its groups' own sequences spliced in: a group's literals continue the run."""
    for op, av in items:
        if op is C.SUBPATTERN:
            yield from _flat(av[-1])
        elif op is getattr(C, "ATOMIC_GROUP", None):
            yield from _flat(av)
        else:
            yield op, av


def _required(items: Any) -> set[Clause]:
    """The clauses every match of the sequence `items` satisfies (its lookarounds' text included): its runs of literal
    characters, lower-cased, whitespace as " "; for an alternation, the words all its branches share, else one word
    of each branch."""
    out: set[Clause] = set()
    run = ""

    def flush() -> None:
        nonlocal run
        if len(run) >= _MIN_REQUIRED:
            out.add((run,))
        run = ""

    for op, av in _flat(items):
        if op is C.LITERAL:
            run += chr(av).lower().translate(_WHITESPACE)
        elif op is C.IN:
            chars = _class_chars(av)
            if chars is not None and len(chars) == 1:
                run += next(iter(chars))
            else:
                flush()
        elif op in (C.AT, C.ASSERT_NOT):
            continue  # zero-width: the characters on both sides are adjacent
        elif op is C.BRANCH:
            flush()
            out |= _alternation([_words(_required(branch)) for branch in av[1]])
        elif op is C.ASSERT:
            flush()
            out |= _required(av[1])  # a lookahead or lookbehind must match the text too
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)) and av[0] >= 1:
            flush()
            out |= _required(av[2])
        else:
            flush()  # optional parts, wide classes, any character, back-references: nothing required
    flush()
    return out


def _words(clauses: set[Clause]) -> set[str]:
    return {c[0] for c in clauses if len(c) == 1}


def _alternation(branches: list[set[str]]) -> set[Clause]:
    """The clauses of an alternation from each branch's required words: the substrings all branches hold ("bts" in
    "BTS xx ou" and "BTSA xx ou"), else one word per branch (the longest) when every branch has one."""
    if not branches or not all(branches):
        return set()
    first = min(branches, key=lambda b: sum(map(len, b)))
    candidates = {r[i:j] for r in first for i in range(len(r)) for j in range(i + _MIN_REQUIRED, len(r) + 1)}
    shared = {c for c in candidates if all(any(c in t for t in b) for b in branches)}
    if shared:
        return {(c,) for c in shared}
    clause = {max(b, key=len) for b in branches}
    if len(clause) > _MAX_CLAUSE:  # "(?<=NDRC ou )|(?<=NDRC/)|(?<=GPME ou )…": their first four characters are required too
        clause = {w[:4] for w in clause}
    clause = {w for w in clause if not any(t != w and t in w for t in clause)}  # "ndrc" present whenever "ndrc ou " is
    return {tuple(sorted(clause))} if len(clause) <= _MAX_CLAUSE else set()


def _simplest(clauses: set[Clause]) -> tuple[Clause, ...]:
    """Clauses not implied by another (a word inside a longer required word; a clause one of whose words is inside a
    required word), longest single words first."""
    singles = _words(clauses)
    kept = [c for c in clauses if not any(t != w and w in t for w in c for t in singles) and not (len(c) > 1 and any(w in t for w in c for t in singles))]
    return tuple(sorted(kept, key=lambda c: (len(c), -len(c[0]), c)))


def required_literals(pattern: re.Pattern[str]) -> tuple[Clause, ...]:
    """The clauses (see `Clause`) any match of the pattern satisfies in the folded text.

    A pattern whose prefix occurs everywhere ("de ", "diplôme ") is often decided by a rarer word further in
    ("ambulancier", "conseill") or by a lookbehind's ("BTS" in "(?<=BTS .. ou )"): when it is not in the text, the
    pattern cannot match there.
    """
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a parser change in a future Python must not break extraction
        return ()
    return _simplest(_required(list(parsed)))


Gate = tuple[frozenset[str] | None, tuple[Clause, ...]]


def _zero_width(item: tuple[Any, Any]) -> bool:
    """An assertion, or a group of alternative assertions ("(?:(?<![\\w])|(?<=[a-z]s)(?=débutant))")."""
    op, av = item
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return True
    if op is C.SUBPATTERN:
        return all(_zero_width(x) for x in av[-1])
    if op is C.BRANCH:
        return all(_zero_width(x) for branch in av[1] for x in branch)
    return False


def branch_gates(pattern: re.Pattern[str]) -> list[Gate]:
    """(literal prefixes or None, required clauses) of each alternative of a pattern that is one alternation between
    zero-width assertions ("(?<![\\w])(?:A|B|C)(?![\\w])"), else of the whole pattern.

    A match goes through one alternative, so the pattern can match only where one alternative's gate passes, and it
    starts at a prefix of a passing alternative. One alternative without a prefix ("(?:les\\s+)?(?:[\\w-]+\\s+)?débutant…")
    no longer forces a scan of every text: only of those holding its required word ("butant").
    """
    try:
        items = list(P.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - as literal_prefixes
        return [(None, ())]
    while len(items) == 1 and items[0][0] is C.SUBPATTERN:
        items = list(items[0][1][-1])
    solid = [k for k, item in enumerate(items) if not _zero_width(item)]
    if len(solid) == 1 and items[solid[0]][0] is C.BRANCH:
        k = solid[0]
        sequences = [items[:k] + list(branch) + items[k + 1 :] for branch in items[k][1][1]]
    else:
        sequences = [items]
    out: list[Gate] = []
    for seq in sequences:
        prefixes = _stop(_seq(seq, {""}))
        out.append((frozenset(prefixes) if prefixes else None, _simplest(_required(seq))))
    return out


_last_fold: tuple[str, str] = ("", "")


def fold(text: str) -> str:
    """The text the prefixes are looked for in: lower-cased, every whitespace as " ". The last answer is kept: the
    recognisers' scans of one text fold the same string object."""
    global _last_fold
    if _last_fold[0] is text:
        return _last_fold[1]
    low = text.lower().translate(_WHITESPACE)
    _last_fold = (text, low)
    return low


class _PrefixIndex:
    """Every scanner's prefixes and required words, found in one pass over the text for all of them.

    The scanners (131: 45 of several patterns, 86 single whole-text patterns) each tested their own prefixes (~1,500
    substring searches a text for the first 45), then searched again for the offsets of the ones present. One
    Aho–Corasick automaton over all the words (~3,700; pyahocorasick, in C) gives every occurrence of every word in
    one pass (~650 an offer of the dev set); the answer is shared by every scanner until the next text. One cache
    entry: the extractor reads one text at a time (a thread that finds another text's answer there computes its own).
    """

    def __init__(self) -> None:
        self._known: set[str] = set()
        self._automaton: Any = None
        self._last: tuple[str, dict[str, list[int]], frozenset[str]] | None = None

    def add(self, words: Iterable[str]) -> None:
        new = set(words) - self._known
        if new:
            self._known |= new
            self._automaton = None  # rebuilt on first use
            self._last = None  # a new scanner: the cached answer does not hold its words

    def _search(self, low: str) -> tuple[str, dict[str, list[int]], frozenset[str]]:
        last = self._last
        if last is not None and (last[0] is low or last[0] == low):  # equal: a scanner that folded the text again
            return last
        if self._automaton is None:
            automaton = ahocorasick.Automaton()
            for word in self._known:
                automaton.add_word(word, word)
            automaton.make_automaton()
            self._automaton = automaton
        found: dict[str, list[int]] = {}
        for end, word in self._automaton.iter(low) if self._known else ():
            found.setdefault(word, []).append(end - len(word) + 1)
        self._last = (low, found, frozenset(found))
        return self._last

    def search(self, low: str) -> tuple[dict[str, list[int]], frozenset[str]]:
        """Each known word present in the folded text -> its offsets in increasing order; the set of those words."""
        found = self._search(low)
        return found[1], found[2]

    def present(self, low: str) -> frozenset[str]:
        return self._search(low)[2]


_INDEX = _PrefixIndex()


class GatedPatterns:
    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self.gates = [branch_gates(p) for p in self.patterns]
        self._all_prefixes = frozenset(x for gates in self.gates for pre, _ in gates if pre for x in pre)
        _INDEX.add(self._all_prefixes | {w for gates in self.gates for _, required in gates for clause in required for w in clause})
        # Which patterns a present prefix may let through (a table of 300 terms is mostly gated off: look up the
        # few whose prefixes are in the text instead of testing each); patterns with an alternative without a
        # prefix are always looked at.
        self._by_prefix: dict[str, list[int]] = {}
        for i, gates in enumerate(self.gates):
            for x in {x for pre, _ in gates if pre for x in pre}:
                self._by_prefix.setdefault(x, []).append(i)
        self._always = [i for i, gates in enumerate(self.gates) if any(pre is None for pre, _ in gates)]

    def present(self, low: str) -> frozenset[str]:
        """The prefixes of these patterns that occur in the folded text."""
        return self._all_prefixes & _INDEX.present(low)

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[tuple[int, re.Match[str]]]:
        """Yield (pattern index, match) in pattern order, skipping patterns that cannot match."""
        low = fold(text) if lowered is None else lowered
        occurrences, present = _INDEX.search(low)  # once per text for every scanner
        candidates = set(self._always)
        for x in self._all_prefixes & present:
            candidates.update(self._by_prefix[x])
        for i in sorted(candidates):
            hits = _hits(self.gates[i], occurrences, present)
            if hits is None or hits:
                yield from ((i, m) for m in _run(self.patterns[i], text, len(low) == len(text), occurrences, hits))


def _hits(gates: list[Gate], occurrences: dict[str, list[int]], present: frozenset[str]) -> set[str] | None:
    """The prefixes of a pattern's passing alternatives, where its matches start; None: an alternative without a
    prefix passes, a match may start anywhere; empty: the pattern cannot match."""
    hits: set[str] = set()
    for pre, required in gates:
        if pre is not None and pre.isdisjoint(present):
            continue
        if not all(any(w in occurrences for w in clause) for clause in required):
            continue
        if pre is None:
            return None
        hits |= pre & present
    return hits


def _run(pattern: re.Pattern[str], text: str, aligned: bool, occurrences: dict[str, list[int]], hits: set[str] | None) -> Iterator[re.Match[str]]:
    """The pattern's matches: tried at its prefixes' offsets (`aligned`: lower() kept every offset), or, past
    _MAX_TRIED_STARTS offsets (a full scan is then cheaper) or without prefixes, by a scan of the whole text."""
    if hits is not None and aligned and sum(len(occurrences[x]) for x in hits) <= _MAX_TRIED_STARTS:
        return _match_at_starts(pattern, text, {k for x in hits for k in occurrences[x]})
    return pattern.finditer(text)


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
    """One pattern's `finditer` and `search` over a whole text, tried only where it can match (same matches).

    For the recognisers' whole-text scans that start with a lookbehind or a case-insensitive alternation: the
    regular-expression engine tries them at every offset of an ad (~0.1–0.6 ms each an offer).
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._gated = GatedPatterns([pattern])  # registers the words; the test suite finds the scanner through it
        self._gates = self._gated.gates[0]
        self._prefixes = self._gated._all_prefixes
        self._anywhere = bool(self._gated._always)

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        # GatedPatterns.finditer for one pattern, without its generator: most calls end at the first test
        low = fold(text) if lowered is None else lowered
        occurrences, present = _INDEX.search(low)
        if not self._anywhere and self._prefixes.isdisjoint(present):
            return iter(())
        hits = _hits(self._gates, occurrences, present)
        if hits is not None and not hits:
            return iter(())
        return _run(self.pattern, text, len(low) == len(text), occurrences, hits)

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        """The pattern's `search(text)`: its first match."""
        return next(self.finditer(text, lowered), None)
