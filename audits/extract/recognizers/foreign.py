"""English and German requirement lines: a lexicon of explicit requirement phrases, no NLP model.

Walloon and Brussels employers post in English, and the German-speaking Community (Eupen, Sankt Vith) in German,
often with French lines in between. The French rules never read English or German sentences (the extractor blanks
them, `foreign_segments`); this module reads the explicit items of those sentences, and the English/German lines
inside French ads ("• You speak French fluently • Dutch is a plus" under "Ton profil :"):

- languages named with a level or a firmness ("fluent English", "English fluent", "Dutch is a plus", "good command of
  English", "you can run a meeting in English", "Languages: EN/FR", "Deutsch als Muttersprache", "sehr gute
  Deutschkenntnisse (C1)", "Französischkenntnisse von Vorteil", "ICAO level 4"), graded as the French rules grade
  their words (language.py, labelling guide): fluent/fließend = courant (B2), bilingual = bilingue (C1), good
  command/gute Kenntnisse = bonne connaissance (B1), basic/Grundkenntnisse = notions (A2), native/Muttersprache =
  langue maternelle (C2, `native`, plus a protected `language_origin`), a CEFR code written wins;
- diplomas ("bachelor's degree in X", "Master's degree", "MBA", "PhD", "PharmD", "Business school degree", "Ausbildung
  zum/zur X", "abgeschlossene Berufsausbildung", "Studium", "Schulabschluss") and "No degree required" (code
  "SANS DIPLOME", optional, as the French "pas de diplôme requis");
- experience ("3+ years of experience", "at least 3 years as X", "0-2 years of experience", "mindestens 2 Jahre
  Erfahrung", "Berufserfahrung in der Altenpflege wünschenswert", "Erste Erfahrung im Verkauf");
- driving licences ("driving licence B", "Führerschein Klasse B").

A strength written in the item's own clause (required/must/mandatory, a plus/nice to have/preferred/ideally,
erforderlich/Voraussetzung, von Vorteil/wünschenswert/idealerweise) is forced; without one the French resolver
decides (a French heading such as "Atouts :" above an English line still counts).
"""

from __future__ import annotations

import re
from collections import Counter

from audits.extract.fastscan import GatedPattern
from audits.extract.mention import Mention
from audits.model import Strength

# --- cheap pre-check ---------------------------------------------------------------------------------------------
# An ad without any of these words holds no English/German requirement phrase: substring tests on the lower-cased text
# (a few microseconds), then nothing else. A case-insensitive alternation searched over every ad cost about 0.3 ms an
# offer, as much as the rest of this module; these substrings are a superset of what the phrases below need.
_HINT_WORDS = (
    "english", "french", "dutch", "german", "spanish", "italian", "flemish", "language", "fluent", "native", "bilingual",
    "speak", "degree", "bachelor", "master", "pharmd", "year", "experience", "driving",
    "driver", "icao", "deutsch", "französisch", "franzosisch", "englisch", "niederländisch", "niederlandisch",
    "kenntnisse", "muttersprach", "fließend", "fliessend", "ausbildung", "studium", "abschluss", "lehre", "erfahrung",
    "jahre", "führerschein", "fuhrerschein", "ervaring",
)
# the short degree names as words only ("mba" is inside "embauche"), searched for only when one occurs
_SHORT_HINTS = ("mba", "phd", "llm", "ll.m")
_SHORT_HINT_RE = re.compile(r"(?<![a-z])(?:mba|phd|ll\.?m)(?![a-z])")


# --- language names ----------------------------------------------------------------------------------------------
_EN_NAMES = {
    "english": "en", "french": "fr", "dutch": "nl", "flemish": "nl", "german": "de", "spanish": "es", "italian": "it",
    "portuguese": "pt", "arabic": "ar", "russian": "ru", "polish": "pl", "turkish": "tr", "romanian": "ro",
    "chinese": "zh", "mandarin": "zh", "japanese": "ja", "luxembourgish": "lb",
}
# German names, also as the first half of "-kenntnisse" ("Deutschkenntnisse", "Französischkenntnisse").
_DE_NAMES = {
    "deutsch": "de", "französisch": "fr", "franzosisch": "fr", "englisch": "en", "niederländisch": "nl",
    "niederlandisch": "nl", "flämisch": "nl", "spanisch": "es", "italienisch": "it", "luxemburgisch": "lb",
    "portugiesisch": "pt", "arabisch": "ar", "russisch": "ru", "polnisch": "pl", "türkisch": "tr",
}
_CODES = {"en": "en", "fr": "fr", "nl": "nl", "de": "de", "es": "es", "it": "it"}
_NAME_OF: dict[str, str] = {**_EN_NAMES, **_DE_NAMES}
_EN_NAME = r"(?:" + "|".join(_EN_NAMES) + r")"
_DE_NAME = r"(?:" + "|".join(_DE_NAMES) + r")"
# a language word: an English name, a German name (alone or "Deutschkenntnisse"), never inside a longer word
# ("Frenchie", "Deutschland", "non-French speakers" is ruled out by the speaker check below)
_LANG_RE = re.compile(
    r"(?<![\w-])(?P<name>" + _EN_NAME + r"|" + _DE_NAME + r")(?P<knowledge>kenntnisse)?(?![\w])", re.I
)
_LANG_SCAN = GatedPattern(_LANG_RE)  # whole-text scan, tried only where it can match (fastscan.py)

# --- levels: the French rules' words mirrored (language.py `_LEVELS`, labelling guide) -------------------------------
_NATIVE = r"native(?:\s+speaker)?|mother\s+tongue|muttersprach\w*|als\s+muttersprache"
_LEVEL_WORDS: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(r"\b(?:" + _NATIVE + r")", re.I), "C2"),
    (re.compile(r"\bbilingu\w*|zweisprachig", re.I), "C1"),
    (re.compile(r"\bvery\s+good|excellent|sehr\s+gut\w*|fluen(?:t|tly|cy)|flie[ßs]end\w*|verhandlungssicher|"
                r"run\s+a\s+meeting|perfect\w*|perfekt\w*", re.I), "B2"),
    (re.compile(r"\bgood\s+(?:command|knowledge|level)|\bgood\b|working\s+knowledge|\bgute?\w*\b|solid\w*", re.I), "B1"),
    (re.compile(r"\bbasic\w*|grundkenntnisse|notions?\b", re.I), "A2"),
]
_CEFR_RE = re.compile(r"(?<![\w])([ABC][12])(?![\w])")

# A language word is a requirement only with one of these beside it, in its own clause.
# Before it: "fluent (in) English", "good command of English", "Native French", "you speak French", "run a meeting in
# English", "sehr gute Deutschkenntnisse".
_BEFORE_RE = re.compile(
    r"(?:(?:fluen(?:t|cy)|native|bilingual|proficien(?:t|cy)|excellent|very\s+good|good|strong|basic|working|solid|"
    r"business|professional|perfect|full|sehr\s+gute?\w*|gute?\w*|fundierte?\w*|perfekte?\w*)"
    r"(?:\s+(?:command|knowledge|level|skills|understanding|proficiency|written\s+and\s+spoken|spoken\s+and\s+written))?"
    r"(?:\s+(?:of|in))?(?:\s+(?:the|both))?"
    # the candidate speaks ("you speak", "able to speak"), not the team ("our team speaks French and English")
    r"|(?:you|to|can|must|also|and|should)\s+(?:also\s+)?(?:speak|write|read|understand)"
    r"|(?:run\s+a\s+meeting|work|communicate|negotiate|interact)\s+in"
    r"|(?:knowledge|command|proficiency|mastery)\s+of)\s+$",
    re.I,
)
# After it: "English fluent", "Dutch is a plus", "French or Dutch nice to have", "ENGLISH B2 MINIMUM", "Deutsch als
# Muttersprache", "Französisch fließend", "Englisch von Vorteil", "English (written & spoken)".
_AFTER_RE = re.compile(
    r"^\s*(?:[:\-–]\s*)?(?:(?:is|would\s+be|will\s+be)\s+)?(?:"
    r"fluen(?:t|tly)|native|bilingual|mandatory|required|essential|a\s+must|compulsory|preferred|appreciated|welcome|"
    r"(?:a|an)\s+(?:real\s+|big\s+)?(?:plus|asset|advantage|bonus)|nice[\s-]+to[\s-]+have|"
    r"\(?[ABC][12]\)?|level\s+[ABC][12]|\(\s*(?:written|spoken)|speaking|"
    r"als\s+muttersprache|muttersprachlich|flie[ßs]end|verhandlungssicher|in\s+wort\s+und\s+schrift|"
    r"von\s+vorteil|erw[üu]nscht|w[üu]nschenswert|erforderlich|zwingend|vorausgesetzt|ein\s+plus)",
    re.I,
)
# How far an after-cue reaches: "Dutch is a plus", "English (written & spoken)", "ENGLISH B2 MINIMUM".
_AFTER_SPAN_RE = re.compile(
    r"^\s*(?:[:\-–]\s*)?(?:(?:is|would\s+be|will\s+be)\s+)?(?:"
    r"(?:fluen(?:t|tly)|native|bilingual|mandatory|required|essential|a\s+must|compulsory|preferred|appreciated|welcome|"
    r"(?:a|an)\s+(?:real\s+|big\s+)?(?:plus|asset|advantage|bonus)|nice[\s-]+to[\s-]+have|speaking|"
    r"\(?(?:level\s+)?[ABC][12]\)?(?:\s+(?:minimum|min\.?|required))?|\([^()\n]{1,40}\)|"
    r"als\s+muttersprache|muttersprachlich|flie[ßs]end|verhandlungssicher|in\s+wort\s+und\s+schrift|"
    r"von\s+vorteil|erw[üu]nscht|w[üu]nschenswert|erforderlich|zwingend|vorausgesetzt|ein\s+plus)(?![\w]))+",
    re.I,
)
# A language list under its own cue: "Languages: EN/FR", "Sprachen: DE/FR", "bilingual FR/NL", "(FR/EN)" in a title.
_CODE_LIST_RE = re.compile(
    r"(?P<cue>(?:languages?|sprachen|bilingual|bilingue|zweisprachig)\s*:?\s*)?(?<![\w/])(?P<a>EN|FR|NL|DE)\s*/\s*(?P<b>EN|FR|NL|DE)(?:\s*/\s*(?P<c>EN|FR|NL|DE))?(?![\w/])"
)
_CODE_LIST_SCAN = GatedPattern(_CODE_LIST_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# "one more language (Spanish, Italian or German)", "Languages: English, French": names listed under a language cue.
_LIST_CUE_RE = re.compile(r"(?:languages?|sprachen|language\s*\(|languages?\s*\(|one\s+more\s+language\s*\(|another\s+language\s*\()\s*:?\s*$", re.I)
# A speaker or a market, not a language asked: "non-French speakers", "French lessons", "the French market".
_NOT_ASKED_AFTER_RE = re.compile(
    r"^[\s-]*(?:speakers?|lessons?|courses?|classes|market|clients?|customers?|team|company|companies|office|law|cuisine|"
    r"version|translation|site|subsidiar\w+|(?:is|are)\s+not\s+(?:mandatory|required|necessary|needed)|not\s+required)\b",
    re.I,
)
_NOT_ASKED_BEFORE_RE = re.compile(r"(?:non-|in\s+|into\s+|from\s+|are\s+in\s+|our\s+|the\s+)$", re.I)
_ICAO_RE = re.compile(r"ICAO\s+(?:english\s+)?level\s+[4-6](?:\s+(?:" + r"appreciated|preferred|required|minimum|mandatory|(?:is\s+)?(?:a|an)\s+(?:plus|asset))\b)?", re.I)
_ICAO_SCAN = GatedPattern(_ICAO_RE)  # whole-text scan, tried only where it can match (fastscan.py)

# --- strength ----------------------------------------------------------------------------------------------------
_REQUIRED_CUE_RE = re.compile(
    r"\b(?:required|mandatory|must|essential|compulsory|a\s+must|needed|erforderlich|voraussetzung|zwingend|unbedingt|"
    r"notwendig|vorausgesetzt|obligatorisch)\b",
    re.I,
)
_PREFERRED_CUE_RE = re.compile(
    r"(?:a|an)\s+(?:real\s+|big\s+|strong\s+|definite\s+)?(?:plus|asset|advantage|bonus)\b|nice[\s-]+to[\s-]+have|\bpreferred\b|\bpreferably\b|"
    r"\bideally\b|\bappreciated\b|\bdesirable\b|\bwelcome\b|\bbonus\b|"
    r"von\s+vorteil|w[üu]nschenswert|idealerweise|erw[üu]nscht|gerne\s+gesehen|ein\s+plus",
    re.I,
)
# An item's own clause: list items and clauses are cut at these (a cue does not reach the next comma-separated item).
_CLAUSE_CUT_RE = re.compile(r"[,;.!?\n•·*]|\s[–—-]\s")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    a = start
    while a > 0 and not _CLAUSE_CUT_RE.match(text, a - 1):
        a -= 1
    m = _CLAUSE_CUT_RE.search(text, end)
    return a, (m.start() if m else len(text))


def _strength(text: str, start: int, end: int) -> Strength | None:
    a, b = _clause(text, start, end)
    clause = text[a:b]
    if _PREFERRED_CUE_RE.search(clause):
        return "preferred"
    if _REQUIRED_CUE_RE.search(clause):
        return "required"
    return None


def clause_strength(text: str, start: int, end: int) -> Strength | None:
    """The firmness an English/German cue gives the item at [start, end) in its own clause (for the other recognisers'
    items of English lines: certification.py, round 21)."""
    return _strength(text, start, end)


def _grade(words: str) -> tuple[str | None, bool]:
    """(CEFR, native) of the words beside a language: a written CEFR code wins, then the guide's words."""
    code = _CEFR_RE.search(words)
    if code:
        return code.group(1), False
    for pattern, level in _LEVEL_WORDS:
        if pattern.search(words):
            return level, level == "C2"
    return None, False


def _language_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _LANG_SCAN.finditer(text):
        name = m.group("name").lower()
        iso = _NAME_OF.get(name)
        if iso is None:
            continue
        start, end = m.start(), m.end()
        ca, cb = _clause(text, start, end)
        before = text[max(ca, start - 60) : start]
        after = text[end : min(cb, end + 60)]
        if _NOT_ASKED_AFTER_RE.match(after) or (_NOT_ASKED_BEFORE_RE.search(before) and not _BEFORE_RE.search(before)):
            continue
        lead = _BEFORE_RE.search(before)
        trail = _AFTER_SPAN_RE.match(after) if _AFTER_RE.match(after) else None
        knowledge = m.group("knowledge") is not None  # "Deutschkenntnisse" is a knowledge asked by itself
        listed = _LIST_CUE_RE.search(text, max(ca, start - 40), start) is not None
        if not (lead or trail or knowledge or listed):
            continue
        s = lead.start() + max(ca, start - 60) if lead else start
        e = end + trail.end() if trail else end
        words = (lead.group(0) if lead else "") + " " + (trail.group(0) if trail else "")
        cefr, native = _grade(words)
        attrs: dict[str, object] = {"language": iso, "cefr": cefr}
        if native:
            attrs["native"] = True
        out.append(Mention("language", s, e, attrs, forced_strength=_strength(text, s, e), family="language"))
        if native:
            out.append(Mention("protected_criterion", s, e, {"criterion": "language_origin"}, family="protected"))
    out += _shared_cue(text, out)
    for m in _CODE_LIST_SCAN.finditer(text):
        if not m.group("cue") and not _in_brackets_or_title_tail(text, m.start(), m.end()):
            continue
        for g in ("a", "b", "c"):
            if m.group(g):
                out.append(Mention("language", m.start(g), m.end(g), {"language": _CODES[m.group(g).lower()], "cefr": None, "bilingual": True},
                                   family="language"))
    for m in _ICAO_SCAN.finditer(text):
        out.append(Mention("language", m.start(), m.end(), {"language": "en", "cefr": None},
                           forced_strength=_strength(text, m.start(), m.end()), family="language"))
    return out


def _in_brackets_or_title_tail(text: str, start: int, end: int) -> bool:
    """"(FR/EN)", "– EN/FR" at the end of a short line (a title): the languages of the post."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opened = text[line_start:start].rstrip().endswith("(") and text[end:line_end].lstrip().startswith(")")
    tail = line_end - line_start <= 90 and not text[end:line_end].strip(" )–-")
    return opened or tail


# "fluent English and French", "Deutsch und Französisch fließend": the other language of the pair shares the cue.
_PAIR_GAP_RE = re.compile(r"^\s*(?:and|und|&|\+|or|oder|,)\s*$", re.I)


def _shared_cue(text: str, found: list[Mention]) -> list[Mention]:
    taken = [(f.start, f.end) for f in found]
    extra: list[Mention] = []
    for m in _LANG_SCAN.finditer(text):  # left to right: "Spanish, Italian or German" chains through each new item
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        iso = _NAME_OF.get(m.group("name").lower())
        if iso is None:
            continue
        for f in found + extra:
            if f.kind != "language":
                continue
            gap = text[f.end : m.start()] if f.end <= m.start() else text[m.end() : f.start]
            if len(gap) > 8 or not _PAIR_GAP_RE.match(gap):
                continue
            if _NOT_ASKED_AFTER_RE.match(text[m.end() : m.end() + 30]):
                continue
            cefr = f.attrs.get("cefr") if not f.attrs.get("native") else None
            extra.append(Mention("language", m.start(), m.end(), {"language": iso, "cefr": cefr},
                                 forced_strength=f.forced_strength, family="language"))
            break
    return extra


# --- diplomas ----------------------------------------------------------------------------------------------------
# EQF of the degree words, as the French table grades them (bachelor/bachelier 6, master 7, doctorate 8).
_DEGREE_LEVELS: list[tuple[re.Pattern[str], int | None]] = [
    (re.compile(r"ph\.?\s?d|doctora", re.I), 8),
    (re.compile(r"master|\bMBA\b|\bM\.?Sc\b|\bLL\.?M\b|PharmD|business\s+school|engineer|bac\s*\+\s*5", re.I), 7),
    (re.compile(r"bachelor|\bB\.?Sc\b|bac\s*\+\s*3", re.I), 6),
    (re.compile(r"\bBTS\b|\bDUT\b|bac\s*\+\s*2|associate", re.I), 5),
    (re.compile(r"ausbildung\s+zu[mr]|berufsausbildung|abitur|high\s+school\s+diploma|CESS", re.I), 4),
    (re.compile(r"\blehre\b", re.I), 3),
]
# Round 21: the fields of a degree listed up to the alternative that closes them ("Master's degree in statistics, data
# science or business school …", "Bachelor in logistics, international trade or equivalent through experience"): the
# fields are one item (convention 1), the other degree or the equivalent after "or" is not part of it.
_FIELD_LIST = (r"[^,;.()\n]{2,40}?(?:,\s+(?-i:[a-z])[^,;.()\n]{1,40}?)+(?:(?=\s+or\s+(?:an?\s+)?(?i:equivalent|bachelor|master|business\s+school|"
               r"engineer|BSc|MSc|MBA|PhD|similar|relevant|related)\b)|\s+(?:or|and)\s+(?-i:[a-z])[^,;.()\n]{1,40}?(?=\s*(?:[,;.()\n]|$)))")
_DIPLOMA_RE = re.compile(
    # "bachelor's degree in business or office management", "Master's degree in Finance", "a degree in Law",
    # "Business school degree", "Engineer degree (Bac+5 minimum) in …", "BTS MHR or equivalent hospitality degree",
    # "university degree", "relevant degree"
    r"(?:(?:\b[A-Z]{2,5}(?:\s+[A-Z]{2,5})?\s+or\s+equivalent\s+)?(?i:bachelor'?s|master'?s|associate'?s|doctoral|university|college|"
    r"business\s+school|engineering|engineer|hospitality|relevant|higher\s+education|technical)\s+|[A-Z]\w+\s+)?"
    r"(?<![\w-])degree(?![\w-])(?!\s+of\s)(?:\s*\([^()\n]{1,30}\))?(?:\s+(?:in|of)\s+(?:" + _FIELD_LIST + r"|[^,;.()\n]{2,60}?(?=\s*(?:[,;.()\n]|\s[–—-]\s|$|\s+(?:is|are|would|or\s+(?:an?\s+)?"
    r"(?:equivalent|bachelor|master|business\s+school|BSc|MSc|MBA|PhD)|required|preferred|a\s+plus)))))?"
    r"|(?<![\w-])(?i:bachelor|master)'?s?(?=\s+(?:in|of)\s)(?:\s+(?:in|of)\s+(?:" + _FIELD_LIST + r"|[^,;.()\n]{2,50}?(?=\s*(?:[,;.()\n]|$)|\s+or\s+(?:an?\s+)?(?i:equivalent|similar|relevant|related)\b)))"
    # Round 21: a degree named bare as the other side of an alternative ("Master's degree in IT or bachelor + 5 years",
    # "MSc or Bachelor"), or a business school by its major ("business school with a data major")
    r"|(?:(?<=\bor\s)|(?<=\bor\sa\s)|(?<=\bor\san\s))(?i:bachelor|master)(?:'?s)?(?![\w'’-])(?!\s+(?:degree|in|of)\b)"
    r"|(?<![\w-])business\s+school\s+with\s+an?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:major|specialization|specialisation|focus)(?![\w-])"
    r"|(?<![\w-])(?:MBA|Ph\.?\s?D|PharmD|MSc|BSc)(?![\w-])"
    # German: "Ausbildung zum/zur Pflegehelfer/in (ZAWM, …)", "abgeschlossene Berufsausbildung als X", "abgeschlossenes
    # Studium", "Hochschulabschluss", "Schulabschluss", "Abitur", "Lehre (als) X"
    r"|(?:abgeschlossene[nrs]?\s+)?(?:Berufs)?[Aa]usbildung\s+(?:zu[mr](?:\s*/\s*zu[mr])?|als)\s+[\w/]+(?:\s*\([^()\n]{1,60}\))?"
    r"|(?:abgeschlossene[nrs]?\s+)(?:Berufsausbildung|Ausbildung|(?:Hochschul)?[Ss]tudium)(?:\s+(?:als|im|in|der)\s+[\w/-]+(?:\s+[\w/-]+)?)?"
    r"|(?:Fach)?[Hh]ochschulabschluss|(?:Fach)?[Hh]ochschulstudium|(?<![\w])Schulabschluss|(?<![\w])Abitur(?![\w])"
    r"|(?<![\w])Lehre\s+(?:als\s+)?[A-ZÄÖÜ][\w-]+(?:\s*,\s*ZAWM)?"
    # Round 21: the apprenticeship by its sector and network ("abgeschlossene Lehre im Einzelhandel (IAWM)")
    r"|(?:abgeschlossene[nrs]?\s+)?Lehre\s+(?:im|in\s+der|in)\s+[A-ZÄÖÜ][\w-]+(?:\s*\((?:IAWM|ZAWM)\))?",
)
_DIPLOMA_SCAN = GatedPattern(_DIPLOMA_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_NO_DEGREE_RE = re.compile(
    # "No degree required", "no formal qualifications needed", "Degree not required", "kein Abschluss erforderlich"
    r"(?<![\w])no\s+(?:specific\s+|formal\s+|particular\s+)?(?:degree|diploma|qualifications?)(?:\s+(?:is\s+)?(?:required|needed|necessary))?"
    r"|(?:degree|diploma)\s+(?:is\s+)?not\s+(?:required|needed|necessary|mandatory)"
    r"|(?:kein(?:e|en)?\s+(?:bestimmte[nr]?\s+)?(?:Abschluss|Ausbildung|Diplom)(?:\s+(?:erforderlich|notwendig|n[öo]tig))?)",
    re.I,
)
_NO_DEGREE_SCAN = GatedPattern(_NO_DEGREE_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def _diploma_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _NO_DEGREE_SCAN.finditer(text):
        out.append(Mention("diploma", m.start(), m.end(), {"eqf_level": None, "isced_level": None, "code": "SANS DIPLOME"},
                           forced_strength="optional", family="diploma"))
    for m in _DIPLOMA_SCAN.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in out):
            continue
        span = m.group(0)
        if span.lower().startswith(("no ", "kein")) or span.lower() == "degree":
            continue  # a bare "degree" ("the degree of automation") names no diploma
        level = next((lvl for pattern, lvl in _DEGREE_LEVELS if pattern.search(span)), None)
        s, e = m.start(), m.end()
        trail = _TRAIL_CUE_RE.match(text, e)
        if trail:
            e = trail.end()
        out.append(Mention("diploma", s, e, {"eqf_level": level, "isced_level": None, "code": "FOREIGN"},
                           forced_strength=_strength(text, s, e), family="diploma"))
    return out


_TRAIL_CUE_RE = re.compile(
    r"\s+(?:is\s+|would\s+be\s+)?(?:(?:a|an)\s+(?:plus|asset|advantage|bonus)|nice[\s-]+to[\s-]+have|preferred|required|mandatory|"
    r"von\s+Vorteil|w[üu]nschenswert|erforderlich|erw[üu]nscht)(?![\w])",
    re.I,
)

# --- experience --------------------------------------------------------------------------------------------------
_NUM = r"(?:\d{1,2}(?:[.,]5)?|one|two|three|four|five|six|seven|eight|nine|ten|ein(?:e|en)?|zwei|drei|vier|f[üu]nf)"
_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
             "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "funf": 5}
_EXPERIENCE_RE = re.compile(
    # "3+ years of experience", "at least 3 years as office manager", "0-2 years of experience", "7+ years of hands-on
    # experience", "2 years in a 4/5* hotel", "minimum 4 years of experience on SAP", "5 years' experience"
    r"(?P<en>(?:(?:at\s+least|minimum|min\.?|over|more\s+than)\s+)?(?P<y>" + _NUM + r")\s*(?:\+|-\s*\d{1,2}|–\s*\d{1,2}|to\s+\d{1,2})?\s*"
    r"years?'?\s*(?:(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:experience|practice)|(?=(?:as|in|of|with|within)\s))"
    r"(?:\s*(?:as|in|on|with|within|of|managing|leading)\s+[^,;.()\n]{2,70}?(?=\s*(?:[,;.()\n]|\s[–—-]\s|$|\s+(?:is|would)\s)))?)"
    # "mindestens 2 Jahre Erfahrung", "3 Jahre Berufserfahrung im Verkauf"
    r"|(?P<de>(?:(?:mindestens|mind\.|min\.)\s+)?(?P<yd>" + _NUM + r")\s*(?:\+|-\s*\d{1,2})?\s*Jahre?n?\s+(?:\w+\s+)?(?:Berufs)?[Ee]rfahrung(?:\s+(?:im|in|als|mit)\s+[^,;.()\n]{2,50}?(?=\s*(?:[,;.()\n]|$|\s+(?:von|ist|w[üu]nschenswert|erforderlich))))?)"
    # "Berufserfahrung in der Altenpflege", "Erste Erfahrung im Verkauf", "Erfahrung im Einzelhandel von Vorteil"
    r"|(?P<dn>(?P<first>[Ee]rste\s+)?(?:Berufs)?[Ee]rfahrung(?:en)?\s+(?:im|in\s+der|in\s+einem|in|als|mit)\s+[^,;.()\n]{2,50}?(?=\s*(?:[,;.()\n]|$|\s+(?:von|ist|w[üu]nschenswert|erforderlich|erw[üu]nscht))))"
    # "previous experience in sales", "proven experience as", "first experience in"
    # (Round 21: capitalised at the head of an item, "First experience in a customer service role is a plus", and
    # "a second experience abroad", "an international experience")
    r"|(?P<en2>(?P<first_en>(?i:first)\s+)?(?i:previous|proven|relevant|prior|solid|significant|first|some|second|international)\s+(?:work\s+|professional\s+)?experience"
    r"(?:\s+(?:as|in|with|of)\s+[^,;.()\n]{2,60}?(?=\s*(?:[,;.()\n]|$|\s+(?:is|would)\s)))?)",
)
_EXPERIENCE_SCAN = GatedPattern(_EXPERIENCE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 21: Dutch sentences inside French and bilingual Belgian ads: "1 jaar ervaring", "minimaal 3 jaar werkervaring
# als …", "eerste ervaring in de verkoop", "ervaring in de bouw is een pluspunt".
_NL_NUM = r"(?:\d{1,2}(?:[.,]5)?|een|twee|drie|vier|vijf|zes)"
_NL_EXPERIENCE_RE = re.compile(
    r"(?<![\w])(?:(?:minimaal|minstens|min\.|ten\s+minste)\s+)?(?P<y>" + _NL_NUM + r")\s*(?:\+|-\s*\d{1,2})?\s*jaar\s+"
    r"(?:relevante\s+|professionele\s+)?(?:werk|beroeps)?ervaring(?![\w])"
    r"|(?<![\w])(?P<first>eerste\s+)?(?:relevante\s+)?(?:werk|beroeps)?ervaring\s+(?:in|als|met)\s+[^,;.()\n=]{2,50}?(?=\s*(?:[,;.()\n=]|$|\s+(?:is|een|vereist)\s))",
    re.I,
)
_NL_EXPERIENCE_SCAN = GatedPattern(_NL_EXPERIENCE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_NL_WORD_NUM = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6}
# "or equivalent experience", "or equivalent through experience", "or equivalent work experience": the experience that
# stands for the diploma, in the diploma's group (as the French "ou expérience équivalente", experience.py)
_EQUIVALENT_EXPERIENCE_RE = re.compile(
    r"(?<![\w])equivalent\s+(?:(?:through|by|via|in)\s+)?(?:(?:professional|work|relevant|practical|industry)\s+)?experience(?![\w])", re.I
)
_EQUIVALENT_EXPERIENCE_SCAN = GatedPattern(_EQUIVALENT_EXPERIENCE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# "English", years of experience, then ", SaaS preferred", ", ideally in retail": an ideal domain added to the
# experience just read, a second, preferred item (as the French "idéalement …", experience.py)
_EN_IDEAL_AFTER_RE = re.compile(
    r"\s*,\s*(?P<ideal>(?:ideally|preferably)\s+(?:in|within|with|at|on)\s+[^,;.()\n]{2,50}?(?=\s*(?:[,;.()\n]|$))"
    r"|(?:[\w/&+.-]+\s+){1,3}?(?:preferred|is\s+a\s+plus|a\s+plus|nice\s+to\s+have|appreciated)(?![\w]))",
    re.I,
)
# "7+ years in security, of which 3 in consulting": a part of the years, an item of its own
_OF_WHICH_RE = re.compile(
    r"\s*,?\s*(?P<part>of\s+which\s+(?:at\s+least\s+)?(?P<n>\d{1,2})\s+(?:years?\s+)?(?:in|as|at|within|with|on)\s+[^,;.()\n]{2,60}?(?=\s*(?:[,;.()\n]|$)))",
    re.I,
)
_NO_EXPERIENCE_RE = re.compile(
    r"no\s+(?:prior\s+|previous\s+)?experience\s+(?:is\s+)?(?:required|needed|necessary)|keine\s+(?:Berufs)?[Ee]rfahrung\s+(?:erforderlich|notwendig|n[öo]tig)|Quereinsteiger(?:innen|\*innen|/innen)?\s+willkommen",
    re.I,
)
_NO_EXPERIENCE_SCAN = GatedPattern(_NO_EXPERIENCE_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def _years(word: str) -> float:
    w = word.lower()
    return float(_WORD_NUM.get(w, 0)) if w in _WORD_NUM else float(w.replace(",", "."))


def _experience_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _NO_EXPERIENCE_SCAN.finditer(text):
        out.append(Mention("experience", m.start(), m.end(), {"years": 0.0}, forced_strength="optional", family="experience"))
    for m in _EXPERIENCE_SCAN.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in out):
            continue
        forced: Strength | None = None
        if m.group("y") or m.group("yd"):
            years: float | None = _years(m.group("y") or m.group("yd"))
            if years == 0:
                forced = "optional"  # "0-2 years of experience": beginners accepted
        elif m.group("first") or m.group("first_en") or re.match(r"(?:first|erste)\s", m.group(0), re.I):
            years = 0.5
        else:
            years = None
        s, e = m.start(), m.end()
        trail = _TRAIL_CUE_RE.match(text, e)
        if trail:
            e = trail.end()
        out.append(Mention("experience", s, e, {"years": years}, forced_strength=forced or _strength(text, s, e), family="experience"))
        part = _OF_WHICH_RE.match(text, e)
        if part and years and float(part.group("n")) < years:
            out.append(Mention("experience", part.start("part"), part.end("part"), {"years": float(part.group("n"))},
                               forced_strength=_strength(text, part.start("part"), part.end("part")), family="experience"))
            e = part.end()
        ideal = _EN_IDEAL_AFTER_RE.match(text, e)
        if ideal:
            out.append(Mention("experience", ideal.start("ideal"), ideal.end("ideal"), {"years": None}, forced_strength="preferred",
                               family="experience"))
    for m in _NL_EXPERIENCE_SCAN.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in out):
            continue
        y = m.group("y")
        years = float(_NL_WORD_NUM.get(y.lower(), 0) or y.replace(",", ".")) if y else (0.5 if m.group("first") else None)
        out.append(Mention("experience", m.start(), m.end(), {"years": years}, forced_strength=_strength(text, m.start(), m.end()),
                           family="experience"))
    for m in _EQUIVALENT_EXPERIENCE_SCAN.finditer(text):
        if not any(f.start < m.end() and m.start() < f.end for f in out):
            # (the diploma's family: it chains with the diploma it stands for, alternatives.py)
            out.append(Mention("experience", m.start(), m.end(), {"years": None}, family="diploma"))
    return out


# --- driving licences --------------------------------------------------------------------------------------------
_LICENCE_RE = re.compile(
    # "driving licence B", "valid driver's license (category B)", "B driving licence", "Führerschein Klasse B"
    r"(?:(?P<pre>\b(?:B|C|CE|C1|D|BE)\s+))?(?:valid\s+)?(?:driving|driver'?s?)\s+licen[cs]e(?:\s*\(?\s*(?:category\s+|cat\.?\s+|class\s+)?(?P<post>B|C|CE|C1|D|BE)\b\)?)?"
    r"|F[üu]hrerschein(?:\s*\(?\s*(?:der\s+)?(?:Klasse\s+)?(?P<de>B|C|CE|C1|D|BE)\b\)?)?",
)
_LICENCE_SCAN = GatedPattern(_LICENCE_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def _licence_mentions(text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _LICENCE_SCAN.finditer(text):
        category = m.group("pre") or m.group("post") or m.group("de") or "B"
        out.append(Mention("licence", m.start(), m.end(), {"category": category.strip().upper()},
                           forced_strength=_strength(text, m.start(), m.end()), family="licence"))
    return out


def find_foreign(text: str) -> list[Mention]:
    """The explicit English/German requirement phrases of `text` (offsets into `text`)."""
    low = text.lower()
    if not any(word in low for word in _HINT_WORDS) and not (any(w in low for w in _SHORT_HINTS) and _SHORT_HINT_RE.search(low)):
        return []
    return _language_mentions(text) + _diploma_mentions(text) + _experience_mentions(text) + _licence_mentions(text)


def merge_foreign(text: str, found: list[Mention], foreign: list[Mention]) -> list[Mention]:
    """The French mentions plus the foreign ones that no French mention of the same kind overlaps (overlap: the French
    one is kept). The one exception: "licence" inside an English "driving licence" is no French diploma."""
    licences = [f for f in foreign if f.kind == "licence"]
    kept = [
        m for m in found
        if not (m.kind == "diploma" and any(f.start <= m.start and m.end <= f.end for f in licences))
        and not (m.kind == "language" and _not_asked(text, m))
    ]
    new = [f for f in foreign if not any(m.kind == f.kind and m.start < f.end and f.start < m.end for m in kept)]
    new = [f for f in new if not (f.kind == "diploma" and any(m.kind == "diploma" and _BRACKET_GAP_RE.match(text[m.end : f.start]) for m in kept if m.end <= f.start))]
    return kept + new


def _not_asked(text: str, m: Mention) -> bool:
    """An English language name the French rules took, followed by "is not mandatory" or "lessons": not asked."""
    if _NOT_REQUIRED_AFTER_RE.match(text, m.end):
        return True
    return bool(_LANG_RE.fullmatch(text, m.start, m.end)) and bool(_NOT_ASKED_AFTER_RE.match(text[m.end : m.end + 40]))


# "French is not mandatory", "Dutch not required": a language the ad does not ask (whichever rule read it).
_NOT_REQUIRED_AFTER_RE = re.compile(r"\s*(?:is\s+|are\s+)?not\s+(?:mandatory|required|necessary|needed|a\s+must)\b|\s*(?:ist\s+)?nicht\s+(?:erforderlich|notwendig|n[öo]tig)", re.I)
# "une formation de vendeur (Lehre Einzelhandel)", "Docteur en chimie organique (PhD)": the bracket after a French
# diploma names the same diploma again.
_BRACKET_GAP_RE = re.compile(r"^[^()\n]{0,40}\(\s*$")


# --- which sentences are foreign ---------------------------------------------------------------------------------
# Sentences, list items, and the clauses a dash joins ("Deutsch als Muttersprache (C1) – nos résidents sont germanophones";
# the cleaned text writes the dash "-").
_SEGMENT_CUT_RE = re.compile(r"[\n.;!?•]+|\s[-–—]\s")
_FR_WORDS = frozenset(
    "le la les un une des du de et est vous nous pour dans avec sur au aux en sont votre vos notre nos qui que ou par "
    "pas ce cette ces être avez êtes il elle sera son sa ses leur tu ton ta tes".split()
)
_FOREIGN_WORDS = frozenset(
    "the a an and of to in is are you your we our for with on at be will as that this it by from have has or not who "
    "der die das ein eine und ist sind sie wir ihr ihre unser unsere für mit auf zu im den dem des von bei nicht werden "
    "wird haben hat oder auch als".split()
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ELIDED_RE = re.compile(r"(?:[ldnsjcmt]|qu)'")


def foreign_segments(text: str) -> list[tuple[int, int]]:
    """The sentences of a text detected as English/German that are not French: more English/German function words
    than French ones, or none of either (a bare "- Fluent English" line inherits the ad's language)."""
    out: list[tuple[int, int]] = []
    cuts = [m.end() for m in _SEGMENT_CUT_RE.finditer(text)]
    for a, b in zip([0] + cuts, cuts + [len(text)], strict=True):
        if a == b:
            continue
        counts: Counter[str] = Counter()
        for word in _WORD_RE.findall(text[a:b].lower()):
            if _ELIDED_RE.match(word):
                counts["fr"] += 1  # "d'aide-soignant", "l'expérience": the elided article is French ("bachelor's" is not)
            elif word in _FR_WORDS:
                counts["fr"] += 1
            elif word in _FOREIGN_WORDS:
                counts["xx"] += 1
        if counts["fr"] == 0 or counts["xx"] > counts["fr"]:
            out.append((a, b))
    return out


def blank(text: str, segments: list[tuple[int, int]]) -> str:
    """`text` with the segments replaced by spaces of the same length (newlines kept): offsets do not move."""
    chars = list(text)
    for a, b in segments:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
