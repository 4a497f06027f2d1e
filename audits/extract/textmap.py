"""Readable text for the matchers, with a character map back to the original field.

Job descriptions arrive as plain text, HTML fragments, or text with odd Unicode (NBSP, typographic apostrophes,
decomposed accents, control characters, emoji). The recognisers want plain, NFC-composed text with straight
apostrophes; the contract wants offsets into the ORIGINAL string. `clean_text` returns both: the cleaned text and,
for every cleaned character, the half-open range of original characters it came from. A span of the cleaned
text maps back to the smallest original substring that contains its source (an entity like `&eacute;` inside a
span comes back whole).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

# Tags that end a line of text when rendered: turned into "\n" so list items and paragraphs stay separate.
_BLOCK_TAGS = frozenset(
    "p br div li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer dt dd blockquote hr".split()
)
# Closing these does not start a new line: "<li>a</li><li>b</li>" is two lines, not two lines and a blank one.
_ITEM_TAGS = frozenset("li tr td th dt dd br".split())
_TAG_RE = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]{0,2000}>|<!--.*?-->", re.S)
_ENTITY_RE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
_LOOKS_HTML = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,2000}>|&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,31});")

# One-to-one replacements that keep the recognisers' regular expressions simple.
_CHAR_MAP = {
    "\u00a0": " ",  # no-break space
    "\u202f": " ",  # narrow no-break space (French typography before ':' and '?')
    "\u2009": " ",
    "\u2007": " ",
    "\u2019": "'",  # typographic apostrophe
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "\u2013": "-",
    "\u2011": "-",
    "\u2010": "-",
    "\u2212": "-",
    "\u00ad": "",  # soft hyphen: dropped
    "\u200b": "",  # zero-width space
    "\u200d": "",
    "\ufeff": "",
    "\u2022": "-",  # bullet
    "\u25cf": "-",
    "\u25aa": "-",
    "\u27a2": "-",
}


@dataclass(frozen=True)
class CleanText:
    text: str
    starts: tuple[int, ...]  # per cleaned char: first original index it came from
    ends: tuple[int, ...]  # per cleaned char: original end index (exclusive)
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the cleaned text to the original string."""
        if not self.text or start >= end:
            return (self.original_length, self.original_length) if not self.starts else (start, start)
        return self.starts[start], self.ends[end - 1]


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) in {"Cc", "Cf"} and ch not in "\n\t"


# Characters whose cleaning changes the text's length (dropped, composed, "\r\n"): they need the slow path.
_LENGTH_CHANGING = re.compile(r"[\u00ad\u200b\u200d\ufeff\r\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_ONE_TO_ONE = {ord(k): v for k, v in _CHAR_MAP.items() if len(v) == 1}


def _one_to_one_table() -> dict[int, str]:
    table = dict(_ONE_TO_ONE)
    for c in range(0x10000):
        ch = chr(c)
        if c not in table and ch not in "\n\t" and unicodedata.category(ch) in {"Cc", "Cf"} and not _LENGTH_CHANGING.match(ch):
            table[c] = " "
    return table


_TABLE = _one_to_one_table()


def clean_text(original: str) -> CleanText:
    """Strip HTML tags and entities (when the text looks like HTML) and normalise characters, keeping a map."""
    if not _LOOKS_HTML.search(original) and not _LENGTH_CHANGING.search(original):
        # Fast path (most ads): every replacement is one character for one, the map is the identity.
        # Control/format characters above U+FFFF (rare: tag characters) also take the slow path.
        # Only astral characters are looked at one by one (a Python step per character of the ad was ~0.5 ms).
        if not _ASTRAL.search(original) or all(
            unicodedata.category(c) not in {"Cc", "Cf"} for c in original if ord(c) >= 0x10000
        ):
            n = len(original)
            return CleanText(original.translate(_TABLE), tuple(range(n)), tuple(range(1, n + 1)), n)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    last_was_cr = False

    def emit(piece: str, s: int, e: int) -> None:
        nonlocal last_was_cr
        for ch in piece:
            ch = _CHAR_MAP.get(ch, ch)
            if ch == "":
                continue
            if ch == "\n" and last_was_cr:
                # "\r\n" is one line break, not a blank line: extend the "\n" emitted for "\r".
                ends[-1] = e
                last_was_cr = False
                continue
            last_was_cr = ch == "\r"
            if ch == "\r":
                ch = "\n"
            elif _is_control(ch):
                ch = " "
            if unicodedata.combining(ch) and out:
                composed = unicodedata.normalize("NFC", out[-1] + ch)
                if len(composed) == 1:
                    out[-1] = composed
                    ends[-1] = e
                    continue
            out.append(ch)
            starts.append(s)
            ends.append(e)

    if _LOOKS_HTML.search(original):
        pos = 0
        token_re = re.compile(_TAG_RE.pattern + "|" + _ENTITY_RE.pattern, re.S)
        for m in token_re.finditer(original):
            for i in range(pos, m.start()):
                emit(original[i], i, i + 1)
            tag = m.group(2)
            if tag is not None:
                name = tag.lower()
                closing = m.group(1) == "/"
                if name in _BLOCK_TAGS and not (closing and name in _ITEM_TAGS):
                    if len(out) >= 2 and out[-1] == "\n" and out[-2] == "\n":
                        ends[-1] = m.end()  # at most one blank line between blocks
                    else:
                        emit("\n", m.start(), m.end())
            elif m.group(0).startswith("&"):
                emit(html.unescape(m.group(0)), m.start(), m.end())
            pos = m.end()
        for i in range(pos, len(original)):
            emit(original[i], i, i + 1)
    else:
        for i, ch in enumerate(original):
            emit(ch, i, i + 1)
    return CleanText("".join(out), tuple(starts), tuple(ends), len(original))
