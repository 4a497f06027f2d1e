"""Readable text for the matchers, with a character map back to the original field.

Job descriptions arrive as plain text, HTML fragments, or text with odd Unicode (NBSP, typographic apostrophes,
decomposed accents, control characters, emoji). The recognisers want plain, NFC-composed text with straight
apostrophes; the contract wants offsets into the ORIGINAL string. `clean_text` returns both: the cleaned text and,
for every cleaned character, the half-open range of original characters it came from. A span of the cleaned
text maps back to the smallest original substring that contains its source (an entity like `&eacute;` inside a
span comes back whole).
"""

from __future__ import annotations

import bisect
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
            return _unglue(CleanText(original.translate(_TABLE), tuple(range(n)), tuple(range(1, n + 1)), n), original)
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
    return _unglue(CleanText("".join(out), tuple(starts), tuple(ends), len(original)), original)


# --- lines glued where markup was stripped ------------------------------------------------------------------------
# An ad whose tags were lost runs its lines together: "Votre profilMaster en architectureExpérience de 3 ans",
# "DEAS obligatoirePermis B obligatoire", "production.Profil recherchéBac+5". The matchers read word boundaries and
# lines, so the cleaned text gets a "\n" at such a junction; the "\n" comes from no original character (an empty
# range at the junction), so every span maps back to the same original substring and no span crosses the junction.
# The shapes were measured on the 1,176 dev and IT offers (count and a random read of each family): a lower-case
# word glued to a capitalised one is a junction ("JavaScript", "PowerShell", "McDonald's", "iPhone", "eScriptorium",
# "GitLab" start with a capital or a single letter); a capital run glued to a capital ("PowerBI", "MongoDB",
# "SQLServer") is a product unless a heading or a requirement word sits on one side of it ("PROFILBac+2",
# "ExcelPermis B", "Bac+2Expérience").
_UP = "A-ZÀ-ÖØ-ÞŒÆ"
_LO = "a-zà-öø-ÿœæß"
# Words that open a requirement or a heading: a capital run or a digit glued before them is still a junction.
_OPENING_WORDS = (
    r"Permis|Bac(?![" + _LO + r"])|Baccalaur[ée]at|Bachelier|Bachelor|Dipl[ôo]m|Titulaire|Exp[ée]riences?(?![" + _LO + r"])|"
    r"(?<!Cloud)(?<!Trans)Formations?(?![" + _LO + r"])|Anglais|Fran[çc]ais|N[ée]erlandais|Allemand|Espagnol|Italien|Langues?(?![" + _LO + r"])|"
    r"Profil|Comp[ée]tences|Certifications?(?![" + _LO + r"])|Atouts?(?![" + _LO + r"])|Qualifications|Connaissances?(?![" + _LO + r"])|"
    r"Ma[îi]trise(?![" + _LO + r"])|(?:Vous|Nous|Tu)\s"
)
# Capitalised acronyms of diplomas, certificates, contracts and headings ("obligatoireVCA", "souhaitableCACES").
_OPENING_ACRONYMS = (
    r"(?:VCA|CACES|BAC|BTS|DUT|BEP|CAP|CESS|CEB|DEAS|DAEU|HACCP|SST|BA[45]|CQ\d|CDI|CDD|TOEIC|TOEFL|IELTS|DELF|DALF|"
    r"PROFIL|FORMATION|EXP[ÉE]RIENCE|COMP[ÉE]TENCES|LANGUES|DIPL[ÔO]ME|ATOUTS?|QUALIFICATIONS|PR[ÉE]REQUIS|EXIGENCES|PERMIS)"
    # the acronym ends there, or another glued word starts ("CAPVous", "ATOUTSPermis"; not "BACHELIER", "CAPEX")
    r"(?![" + _LO + r"]|[" + _UP + r"][" + _UP + r"\d])"
)
# Heading words glued to what they head ("ProfilÉtudiant(e)", "FormationBac+3", "PROFILBac+2", "LanguesAnglais").
_HEADING_WORDS = (
    r"Profile?|PROFILE?|Formations?|FORMATIONS?|Comp[ée]tences|COMP[ÉE]TENCES|Langues|LANGUES|Missions|MISSIONS|"
    r"Qualifications|QUALIFICATIONS|Pr[ée]requis|PR[ÉE]REQUIS|Exigences|EXIGENCES|Atouts|ATOUTS|Dipl[ôo]mes|DIPL[ÔO]MES|"
    r"RECHERCH[ÉE]E?|REQUIS|Requirements|Skills"
)
# Two-letter words that open a line ("projetLe but", "posteEn tant que"); other two-letter capitalised tails are
# product names ("spaCy").
_SHORT_WORDS = r"(?:En|Le|La|Un|Au|De|Du|Tu|Il|On|Ce|Si|Je|Et|Ou|Où|Sa|Ta|Ma|Ne|Se|Y|À)"
# Lower-case heads of identifiers and product names ("camelCase", "getUserName", "useState", "webMethods",
# "nextCloud", "postgreSQL", "spaCy"): glued to a capital they are one word. An identifier after a dot
# ("document.getElementById") is kept whole by the look-behind.
_CODE_PREFIXES = (
    r"(?:get|set|use|has|add|for|camel|inner|outer|fetch|handle|init|web|own|next|spa|digi|post|type|java|power|share|"
    r"micro|mongo|maria|node)[A-ZÀ-ÖØ-ÞŒÆ]"
)
_GLUE_RE = re.compile(
    # 1. a lower-case word (3+ letters, from a word start) glued to a capitalised word that is not itself camel-cased
    # ("postGreSQL"); the capitalised word may be glued to the next one ("clientsAppréciéPermis B")
    rf"(?P<low>(?<![\w#@.$])(?!{_CODE_PREFIXES})[{_LO}]{{3,}})(?=[{_UP}][{_LO}]{{2,}}+(?![{_UP}][{_UP}\d]|[\d_])|{_SHORT_WORDS}(?![\w])|{_OPENING_ACRONYMS})"
    # 2. a letter, digit or closing bracket glued to a requirement or heading word ("ExcelPermis", "MongoDBAnglais")
    rf"|(?P<open>[^\W_])(?={_OPENING_WORDS})"
    # 3. a heading word glued to a capital or a digit ("FormationBac+3", "PROFILBac+2")
    rf"|(?P<head>(?<![\w#@])(?:{_HEADING_WORDS}))(?=[{_UP}][{_LO}]|\d|{_OPENING_ACRONYMS})"
    # 4. a sentence end glued to the next capitalised word ("production.Profil recherché", "!Informations",
    # "Anglais courant;Permis B")
    # (also after an acronym, "API REST.Profil", and after a French spaced "?" or "!", "l'ISCOD ?Une formation")
    rf"|(?P<end>(?:(?<=[{_LO}{_UP}\d%)])|(?<=[{_LO}{_UP}\d%)] ))[.!?…;]+)(?=[{_UP}][{_LO}]|{_OPENING_ACRONYMS})(?!Net(?![{_LO}]))"
    # 5. a closing bracket glued to a capitalised word ("(H/F)Profil", "(Bac+5)Expérience")
    rf"|(?P<close>[)\]])(?=[{_UP}][{_LO}]|{_OPENING_ACRONYMS})"
    # 6. a level glued to the next line: "Bac+2Expérience", "Anglais C1Permis B", "Permis BAutonomie"
    rf"|(?P<level>\+\s?\d{{1,2}}|(?<![\w])[ABC][12]|(?i:permis)\s+(?:(?i:cat[ée]gorie)\s+)?[A-E](?:1E|1|E|M)?)"
    rf"(?=[{_UP}][{_LO}]{{2,}})"
    # 7. years glued to the word before them: "à jour3 ans minimum"
    rf"|(?P<years>(?<![\w#@])[{_LO}]{{3,}})(?=\d{{1,2}}\s*(?:ans?|ann[ée]es?|mois)(?![\w]))"
    # 8. a list dash glued to the end of the previous item or to its heading: "Votre profil- Master (tous domaines)- 3
    # ans minimum", "Profil recherché :- Bac+2"
    # (not a range of numbers, "une expérience de 6- 10 ans", nor a name and its title, "Madame A. IBBS- Directrice";
    # a licence category is an item's end, "Permis B- Néerlandais")
    rf"|(?P<bullet>(?:[{_LO})\].!?%:;]|(?<![\w])[A-E][1E]?)(?=-[ \t]+[{_UP}\d])|(?<![\s\d])\d(?=-[ \t]+[{_UP}]))"
)
# "M.Dupont", "Mr.Smith", "Dr.House": an abbreviated title before a name, not a sentence end.
# A list number ("\n2.Conception") opens its item, it does not end a sentence.
_TITLE_ABBREVIATION_RE = re.compile(r"(?:^|[^\w])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Ste|Me|Mme|Mlle|Pr|Prof|Cie)$|(?:^|\s)\d{1,2}$")
# An inclusive ending in brackets glued to its word ("un(e)Ingénieur", "orienté(e)Data"): not a line end.
_INCLUSIVE_BRACKET_RE = re.compile(rf"[{_LO}{_UP}]\([{_LO}]{{1,5}}\)$")


# Where a junction can be: a capital right after a lower-case letter, a punctuation mark, a bracket or a digit, a
# capital before a capitalised word ("PROFILBac"), a digit right after a lower-case letter ("jour3 ans"), a dash
# glued to a word and followed by a space and a capital ("profil- Master"). A plain
# scan for these is cheap; the families above are tried only around them (~0.2 ms an offer instead of 1.5-3 ms).
# The pattern opens with the right-hand character (capitals and digits are rare) so the engine skips the rest fast.
_GLUE_CANDIDATE_RE = re.compile(
    rf"[{_UP}\d](?<=[{_LO}.!?…;)\]\d][{_UP}]|[{_UP}][{_UP}](?=[{_LO}])|[{_LO}]\d)|-(?<=[{_LO}{_UP}\d.!?%)\]:;]-)(?=[ \t]+[{_UP}\d])"
)


def glue_junctions(text: str) -> list[int]:
    """Offsets of `text` where two lines were glued together (a line break belongs before the character there)."""
    out: list[int] = []
    for cand in _GLUE_CANDIDATE_RE.finditer(text):
        j = cand.start()
        if out and out[-1] == j:
            continue
        k = j - 1  # the families' left parts start at the glued token's first character at the earliest
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        # "Permis BAutonomie": the licence family starts at "permis", one word before the glued token
        back = text.rfind("ermis", max(0, k - 24), k)
        if back != -1:
            k = max(0, back - 1)
        # (bounded: without a match the scan would run to the end of the ad; the right-hand parts are short words)
        for m in _GLUE_RE.finditer(text, k, j + 64):
            if m.start() >= j:
                break
            if m.end() == j and _accept(text, m):
                out.append(j)
                break
    return out


def _accept(text: str, m: re.Match[str]) -> bool:
    pos = m.end()
    kind = m.lastgroup
    if kind in {"open", "low"}:
        # A hashtag or a handle ("#VousComptezPourNous", "@nextGen") or a web address is one word.
        k = m.start()
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        return not (text[k] in "#@" or "://" in text[k:pos] or "www." in text[k:pos])
    if kind == "end":
        return not _TITLE_ABBREVIATION_RE.search(text, max(0, m.start() - 6), m.start())
    if kind == "close":
        return not _INCLUSIVE_BRACKET_RE.search(text, max(0, pos - 9), pos)
    return True


# Bullets (the cleaned text shows some of them as "-") glued to the previous item: "pièces• préparation",
# "appréciée• permis B", "profil•CACES 3", "Bac+2✅Permis B", "profil👉 CACES". Plain arrows are left out: "Bac+2 →
# Bac+5" is a range.
_BULLET_RE = re.compile(
    "[\u2022\u25cf\u25aa\u25a0\u25e6\u27a2\u25ba\u2713\u2714\u2705\u2611\u279c\u27a4\u25b6\u25c6\u2666\u2605\u2756"
    "\U0001f539\U0001f538\U0001f449]"
)


def _glued_bullets(ct: CleanText, original: str) -> list[int]:
    """Cleaned offsets of the bullets of `original` that follow a non-space character."""
    out: list[int] = []
    identity = len(ct.text) == ct.original_length
    for m in _BULLET_RE.finditer(original):
        i = m.start() if identity else bisect.bisect_left(ct.starts, m.start())
        if 0 < i < len(ct.text) and ct.starts[i] == m.start() and not ct.text[i - 1].isspace():
            out.append(i)
    return out


def _unglue(ct: CleanText, original: str) -> CleanText:
    """`ct` with a "\n" at each glued junction; the "\n" maps to the empty original range where the junction is."""
    junctions = glue_junctions(ct.text)
    if _BULLET_RE.search(original):
        junctions = sorted(set(junctions) | set(_glued_bullets(ct, original)))
    if not junctions:
        return ct
    text, starts, ends = ct.text, ct.starts, ct.ends
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    prev = 0
    for j in junctions:
        pieces += (text[prev:j], "\n")
        new_starts += starts[prev:j]
        new_ends += ends[prev:j]
        new_starts.append(starts[j])
        new_ends.append(starts[j])
        prev = j
    pieces.append(text[prev:])
    new_starts += starts[prev:]
    new_ends += ends[prev:]
    return CleanText("".join(pieces), tuple(new_starts), tuple(new_ends), ct.original_length)
