"""Where a requirement sits in the ad: line, list item, sentence, clause, heading and section.

Strength cues ("exigé", "un plus", "débutant accepté") govern a scope: the clause first, then the sentence, then
the heading that introduces a list ("Profil recherché :", "Les plus :", "Atouts"). A heading governs the lines
after it until the next heading, or until a blank line once it has governed at least one line. The section kind
(missions, profile, offer) is remembered until the next heading of another kind; it tells employer offers
("nous vous proposons une formation") from requirements.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

SectionKind = str  # "missions" | "profile" | "offer" | ""

_LIST_ITEM_RE = re.compile(r"^\s*(?:[-*•·o>]+|->|=>|\d{1,2}[.)]|[a-z][.)])\s+")
_INLINE_HEADING_RE = re.compile(r"^\s*(?:[-*•·>]+\s*)?([^:\n]{2,45}?)\s*:\s*(?=\S)")
_MISSIONS_RE = re.compile(
    r"missions?|activit[ée]s|t[âa]ches|responsabilit[ée]s|description du poste|le poste|votre r[ôo]le|"
    r"vous (?:serez|aurez|allez)|au quotidien|descriptif",
    re.I,
)
_PROFILE_RE = re.compile(
    r"profil|comp[ée]tences|qualifications?|formations?|exp[ée]riences?|savoir|requis|pr[ée]requis|exigences?|"
    r"atouts?|les plus|dipl[ôo]mes?|permis|langues?|certifications?|habilitations?|vous [êe]tes|id[ée]alement|"
    r"conditions d'acc[eè]s|aptitudes|qualit[ée]s|"
    # Round 17: the profile heading of mixed ads ("What we're looking for", "Ce qu'on cherche", "Ce que nous attendons")
    r"looking\s+for|ce\s+qu['’]\s*on\s+(?:cherche|attend)|ce\s+que\s+nous\s+(?:cherchons|recherchons|attendons)|"
    # Round 18: the wishes' heading written with the sign ("Les + : …", "Petits + :", "Un plus : …")
    r"les\s*\+|petits?\s*\+|^\W*\+\W*$|\bun\s+(?:petit\s+|vrai\s+)?plus\b",
    re.I,
)
_OFFER_RE = re.compile(
    r"nous (?:vous )?(?:offrons|proposons)|avantages|ce que nous|pourquoi nous|r[ée]mun[ée]ration|salaire|"
    r"conditions de travail|informations compl[ée]mentaires|l'entreprise|qui sommes|[àa] propos",
    re.I,
)
# Round 17: the next item of a list glued with a bare hyphen, before its capital ("…ou ingénieur-Minimum 6 ans
# d'expérience…-Certification SAP fortement souhaitée-Français et anglais courants"): the item opens with a requirement
# noun or a degree word ("Saint-Quentin", "Jean-Marc" stay whole). Shared with the experience recogniser.
GLUED_ITEM = (
    r"-(?:Minimum|Au\s+moins|Id[ée]alement|Formation|Exp[ée]riences?|Certifications?|Certificats?|Dipl[ôo]mes?|"
    r"Permis|Ma[îi]trise|Connaissances?|Bonne|Excellente|Titulaire|Fran[çc]ais|Anglais|N[ée]erlandais|Mobilit[ée])(?![\w-])"
)
# A list bullet glued to the previous full stop where markup was stripped (".- Bac+5 avec…") opens a sentence too.
# A closing parenthesis followed by a capitalised determiner or pronoun and a lower-case word ("(B2 minimum) Une
# première expérience…") is a sentence boundary whose full stop was lost with the markup ("La Poste" stays whole).
# Round 15: a list glued to the previous item's last word or bracket, without a full stop ("…sur chenilles- le permis C
# (transport de la pelle)- le VCA de base- idéalement un certificat", "…en ordre de validité• Code 95"): each item is
# a sentence, so that "idéalement" governs its own item only; so does a semicolon glued to the next item
# ("…CQ7;3 ans d'expérience en atelier;permis B…"). The item opens with a determiner, a pronoun, an adverb of
# degree or a requirement noun: "Histoire- Géographie", "commerce- vente", "pré- et post-opératoire" stay whole.
_SENTENCE_END_RE = re.compile(
    # (Round 17: not after the abbreviation of a category before its number, "Le CACES R489 cat. 1 serait un plus")
    # (Round 19: nor after "ex." opening examples, "un des titres prévus par le décret (ex. : éducateur, instituteur)")
    r"(?<=[.!?;])(?<!(?i:\bcat)\.)(?<!(?i:\bniv)\.)(?<!(?i:\bex)\.)\s+|(?<=[.!?])(?=[A-ZÀ-Ý])|(?<=[a-zà-ÿ)];)(?=[A-Za-zÀ-ÿ\d])|(?<=[.!?])(?=[-–•*]\s)|"
    r"(?<=[a-zà-ÿ)])(?=[-–]\s+(?i:le|la|les|l['’]|une?|des|du|d['’]|vous|tu|votre|ton|vos|tes|id[ée]alement|minimum|au\s+moins|"
    r"[êe]tre|avoir|bonne?|tr[èe]s|excellente?|parfaite?|permis|exp[ée]rience|connaissances?|ma[îi]trise|pas|aucune?|notions?|"
    r"dipl[ôo]me|formation|titulaire|capacit[ée])(?![\w-]))|(?<=[^\s•])(?=•)|"
    r"(?<=\))\s+(?=(?:Une?|Le|La|Les|Des|Vous|Tu|Nous|Votre|Vos|Ton|Tes)\s+[a-zàâçéèêëîïôûù])|"
    # Round 17: a list glued with a bare hyphen before the next item's capital (GLUED_ITEM above).
    r"(?<=[A-Za-zà-ÿÀ-Ý0-9)])(?=" + GLUED_ITEM + ")|"
    # Round 17: the same glued list opening with a determiner or a pronoun ("…production alimentaire-Le brevet cariste est
    # un plus"; "Bar-le-Duc" stays whole) and a list glued with asterisks ("…est un atout* Permis B* VCA de base").
    r"(?<=[a-zà-ÿ0-9)])(?=-(?:Le|La|Les|Une?|Vous|Tu|Votre|Ton)\s+[a-zà-ÿ])|(?<=[a-zà-ÿ0-9)])(?=\*\s+[A-ZÀ-Ý])"
)
# Round 17: "5 ans d'expérience minimum dont idéalement une partie dans le BTP": the part after "dont" is a clause of its
# own, its cue grades that part, not the whole before it.
_CLAUSE_SPLIT_RE = re.compile(r"[,;]|\s(?:et|mais|ainsi que|dont)\s|\s[-–]\s|\(|\)")
# Round 18: a gender or number ending in brackets glued to its word ("serai(en)t un plus", "motivé(e)s") is part of
# the word, not an aside that closes the clause.
_AGREEMENT_BRACKET_RE = re.compile(r"(?<=[\w])\((?:e|es|s|en|ent|ne|nes|le|les|trice|rice|euse)\)", re.I)


def _agreement_bracket(text: str, pos: int) -> bool:
    """Whether the bracket at `pos` opens or closes a glued agreement ending."""
    if text[pos] == "(":
        return bool(_AGREEMENT_BRACKET_RE.match(text, pos))
    if text[pos] == ")":
        opening = text.rfind("(", max(0, pos - 8), pos)
        glued = _AGREEMENT_BRACKET_RE.match(text, opening) if opening > 0 else None
        return glued is not None and glued.end() == pos + 1
    return False


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    is_list_item: bool
    is_heading: bool  # the whole line is a heading
    inline_heading: tuple[int, int] | None  # "Formation requise : CAP" -> span of "Formation requise"
    governing_heading: tuple[int, int] | None  # span of the heading line that governs this line
    section: SectionKind


def _section_of(heading: str) -> SectionKind:
    if _OFFER_RE.search(heading):
        return "offer"
    if _PROFILE_RE.search(heading):
        return "profile"
    if _MISSIONS_RE.search(heading):
        return "missions"
    return ""


def _looks_like_heading(stripped: str) -> bool:
    if not stripped or len(stripped) > 120:
        return False
    if stripped.endswith(":"):
        return True
    if len(stripped) <= 50 and _SECTION_HEADING_RE.fullmatch(stripped):
        return True  # "Description du poste", "Pourquoi nous rejoindre ?", "Ce que nous offrons"
    if len(stripped) <= 45 and not re.search(r"[.!?,;]$", stripped):
        letters = [c for c in stripped if c.isalpha()]
        # "QMF-DB2", "SAP-R3": one token with a digit is a product or an acronym (a list item), not a heading.
        acronym = not re.search(r"\s", stripped) and bool(re.search(r"\d", stripped))
        if len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8 and not acronym:
            return True  # "PROFIL RECHERCHÉ", "VOS MISSIONS"
        if re.fullmatch(
            r"(?:[-*#]\s*)?(?:le |les |votre |vos |ton |tes )?(?:profil(?: recherch[ée])?|atouts?|les plus|"
            r"comp[ée]tences(?: \w+)?|missions?|formation|exp[ée]rience|qualifications?|savoir[- ][êe]tre|"
            r"avantages|pr[ée]requis)",
            stripped,
            re.I,
        ):
            return True
        if _CUE_HEADING_RE.fullmatch(stripped):
            return True  # "Apprécié", "**Un plus**", "Serait un plus": a strength cue alone on its line heads a list
    return False


# The usual section titles of job boards, alone on their line. Where markup was stripped they are the only sign that a
# section ends (no blank line follows a glued list: "Les plus\nPermis B\nInformations supplémentaires\nCDI, formation
# en néerlandais"), so they close the heading before them; a question mark may end them ("Qui sommes-nous ?").
_SECTION_HEADING_RE = re.compile(
    r"[-*#_\s]*(?:(?:[1-9]|i{1,3}|iv|v)[.)]\s*)?(?:"
    r"description\s+(?:de\s+l'entreprise|de\s+la\s+soci[ée]t[ée]|du\s+poste|de\s+la\s+mission|de\s+la\s+fonction)|"
    r"descriptif(?:\s+(?:du\s+poste|de\s+la\s+mission|mission|de\s+la\s+fonction))?|"
    r"informations\s+(?:suppl[ée]mentaires|compl[ée]mentaires|g[ée]n[ée]rales)|"
    r"pourquoi\s+(?:nous\s+rejoindre|(?:nous\s+)?choisir|rejoindre)(?:\s+[\w'-]+){0,3}|qui\s+sommes[- ]nous|"
    r"(?:[àa]\s+propos|au\s+sujet)\s+(?:de\s+nous|du\s+poste|de\s+l'entreprise|de\s+la\s+soci[ée]t[ée])|"
    r"(?:votre|ton)\s+(?:futur\s+)?r[ôo]le(?:\s+et\s+(?:vos|tes)\s+(?:missions|t[âa]ches))?|"
    r"(?:vos|tes|les)\s+(?:principales\s+|futures\s+)?(?:missions|t[âa]ches|responsabilit[ée]s)(?:\s+principales)?|"
    r"missions\s+(?:principales|cl[ée]s|et\s+responsabilit[ée]s)|responsabilit[ée]s|fonctions?\s+et\s+responsabilit[ée]s|"
    r"poste\s+et\s+missions|le\s+poste|contexte(?:\s+(?:de\s+la\s+mission|du\s+poste))?|"
    r"ce\s+que\s+(?:nous\s+(?:vous\s+)?(?:offrons|proposons)|l'entreprise\s+vous\s+(?:offre|propose))|"
    r"(?:nous\s+(?:vous\s+)?(?:offrons|proposons)|notre\s+offre|l'offre)|(?:nos\s+|vos\s+|les\s+)?avantages|"
    r"conditions(?:\s+de\s+travail)?(?:\s+et\s+avantages)?|(?:lieu\s+et\s+)?r[ée]mun[ée]ration|"
    r"process(?:us)?\s+de\s+recrutement|profil\s+du\s+candidat"
    r")\s*[?:!]?\s*",
    re.I,
)
_CUE_HEADING_RE = re.compile(
    r"[-*#_\s]*(?:(?:est|sont|serait|seraient|sera)\s+)?(?:un\s+(?:vrai\s+)?plus|des\s+plus|appr[ée]ci[ée]e?s?|"
    r"souhait[ée]e?s?|souhaitables?|bonus|nice\s+to\s+have|facultati(?:f|ve)s?|optionnel(?:le)?s?)[*_\s!]*",
    re.I,
)


class Layout:
    """Lines, sentences and clauses of one cleaned text, with lookups by character offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[Line] = []
        heading: tuple[int, int] | None = None
        governed = 0
        section: SectionKind = ""
        pos = 0
        for raw in text.split("\n"):
            start, end = pos, pos + len(raw)
            pos = end + 1
            stripped = raw.strip()
            if not stripped:
                if heading is not None and governed:
                    heading, governed = None, 0
                self.lines.append(Line(start, end, raw, False, False, None, None, section))
                continue
            is_item = bool(_LIST_ITEM_RE.match(raw))
            if _looks_like_heading(stripped) and not (is_item and not stripped.endswith(":")):
                lead = len(raw) - len(raw.lstrip())
                heading = (start + lead, start + lead + len(stripped))
                governed = 0
                new_section = _section_of(stripped)
                section = new_section or section
                self.lines.append(Line(start, end, raw, is_item, True, None, None, section))
                continue
            inline = None
            m = _INLINE_HEADING_RE.match(raw)
            if m and (_PROFILE_RE.search(m.group(1)) or _MISSIONS_RE.search(m.group(1)) or _OFFER_RE.search(m.group(1))):
                inline = (start + m.start(1), start + m.end(1))
            line_section = _section_of(m.group(1)) if inline and m else ""
            self.lines.append(Line(start, end, raw, is_item, False, inline, heading, line_section or section))
            if heading is not None:
                governed += 1
        self._line_starts = [ln.start for ln in self.lines]
        # Sentences: split each line at sentence punctuation.
        self.sentences: list[tuple[int, int]] = []
        for ln in self.lines:
            s = ln.start
            for m in _SENTENCE_END_RE.finditer(ln.text):
                e = ln.start + m.start()
                if e > s:
                    self.sentences.append((s, e))
                s = ln.start + m.end()
            if ln.end > s:
                self.sentences.append((s, ln.end))
        self._sentence_starts = [s for s, _ in self.sentences]

    def line_at(self, offset: int) -> Line:
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return self.lines[max(i, 0)]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        if not self.sentences:
            return (0, len(self.text))
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[max(i, 0)]

    def clause_around(self, start: int, end: int) -> tuple[int, int]:
        """The clause holding [start, end): bounded by , ; ( ) "et" "mais" inside its sentence.

        A parenthesis right after the span belongs to it: "Expérience en magasin (souhaitée)".
        """
        s0, e0 = self.sentence_at(start)
        s0, e0 = min(s0, start), max(e0, end)
        left = s0
        for m in _CLAUSE_SPLIT_RE.finditer(self.text, s0, start):
            if not _agreement_bracket(self.text, m.start()):
                left = m.end()
        right = e0
        nxt = next((m for m in _CLAUSE_SPLIT_RE.finditer(self.text, end, e0) if not _agreement_bracket(self.text, m.start())), None)
        if nxt:
            right = nxt.start()
            if nxt.group(0) == "(" or self.text[nxt.start() : nxt.start() + 2].strip() == "(":
                close = self.text.find(")", nxt.end(), e0 + 1)
                right = close + 1 if close != -1 else e0
        return left, right
