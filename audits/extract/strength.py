"""How firmly a requirement is asked: cue words and the scope they govern.

Resolution order for one mention (or one chain of alternatives): the wording of the mention itself
("débutant accepté" is optional), then the nearest cue in its clause, then the nearest cue in its sentence, then
a cue in the inline heading ("Langue souhaitée : anglais") or in the heading that governs its list, then the
default. The default is `required`: a requirement stated in an ad without qualification is read as asked (see
docs/extraction.md). Cue lists are configurable (component config `strength_cues`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from audits.extract.fastscan import MultiPattern
from audits.extract.scope import Layout
from audits.model import Strength

# The adjective before "plus" / "atout" in both preferred cues below ("un vrai plus", "constitue un petit atout"), and in
# the plus predicates language.py and licence.py read after a chain of mentions (round 17: one list; "beau" from
# language.py's copy, "un beau plus"; "big" from the English of Belgian start-ups, "le Dutch est un big plus"). PLUS_ADJECTIVE + "[sx]?" reads the plural ("de vrais atouts", "de beaux plus").
PLUS_ADJECTIVE = r"(?:vrai|r[ée]el|gros|petit|bel?|beau|grand|s[ée]rieux|v[ée]ritable|big)"
_PLUS_ADJECTIVE = r"(?:" + PLUS_ADJECTIVE + r"\s+)?"

# Negations first: "non obligatoire" must not count as "obligatoire".
DEFAULT_CUES: dict[str, list[str]] = {
    "optional": [
        # (round 20: the spoken "pas obligé", "c'est cool mais pas obligé")
        r"(?:non|pas|nullement|aucunement)\s+(?:obligatoire|oblig[ée]e?s?(?![\w])|exig[ée]e?s?|requise?s?|n[ée]cessaires?|indispensables?|impos[ée]e?s?)",
        r"n'(?:est|sont)\s+pas\s+(?:obligatoire|exig[ée]e?s?|requise?s?|n[ée]cessaires?|indispensables?)s?",
        r"facultati(?:f|ve)s?|optionnel(?:le)?s?",
        r"d[ée]butant(?:e|\(e\)|\.e|-e)?s?(?:\s+motiv[ée](?:e|\(e\))?s?)?\s+(?:accept[ée](?:e|\(e\)|-e)?s?|bienvenue?s?|possible)",
        # (Round 17: not "les candidatures sans diplôme justifiant d'une expérience de 2 ans": the experience is then the
        # condition, graded by its own words)
        r"sans\s+dipl[ôo]me(?!s?\s+(?:mais\s+)?(?:justifiant|ayant|avec|poss[ée]dant|disposant|pouvant\s+justifier)(?![\w]))",
        r"pas\s+d'exp[ée]rience\s+(?:requise|exig[ée]e|n[ée]cessaire)|sans\s+exp[ée]rience|aucune\s+exp[ée]rience",
        # "Nous sommes ouverts aux profils ayant un CAP, un Bac pro ou une expérience…": welcome, not needed
        # (not with a minimum: "ouverts aux profils ayant au moins 2 ans d'expérience" asks the two years)
        r"ouverte?s?\s+(?:aux|[àa]\s+(?:tous\s+)?les)\s+(?:tous\s+)?profils\s+(?:ayant|avec|poss[ée]dant|issus)"
        r"(?![^.;\n]{0,40}(?:au\s+moins|minimum|a\s+minima|au\s+minimum))",
        # "une expérience dans la vente et/ou vous êtes tout simplement motivé(e)": experience or motivation alone
        r"(?:et/)?ou\s+(?:(?:vous\s+[êe]tes|tu\s+es)\s+)?(?:tout\s+)?(?:simplement|juste)\s+"
        r"(?:motiv[ée]\w*|l'envie|envie|curieu\w*|passionn[ée]\w*)",
    ],
    "preferred": [
        # "souhaite(s)" before an infinitive is the verb ("si tu souhaites intégrer", "l'entreprise souhaite recruter").
        r"souhait[ée]e?s?(?<!souhaite)(?<!souhaites)|souhaites?(?!\s+(?:\w+(?:er|ir|re|oir)|que|qu'\w*)(?![\w']))|souhaitables?|"
        r"appr[ée]ci[ée]e?s?|appr[ée]ciables?",
        # (round 18: the agreement left open, "l'arabe ou le turc serai(en)t un plus")
        r"(?:serait|serai\(en\)t|sera|est|constitue|constituerait|repr[ée]sente)\s+(?:un|une)\s+" + _PLUS_ADJECTIVE + r"(?:plus|\+|atout|avantage)",
        # Round 18: the spoken wish "bien vu" ("le basque ou l'espagnol, c'est bien vu", "une expérience en cuisine
        # serait bien vue", "Anglais : très bien vu")
        r"(?:tr[èe]s\s+|toujours\s+)?bien\s+vue?s?(?![\w])",
        r"un\s+" + _PLUS_ADJECTIVE + r"(?:plus|\+)(?!\s*\d)",
        # Round 18: the spoken "c'est top" ("Si tu parles un peu anglais c'est top", "le permis BE serait top")
        r"(?:c['’]est|serait|ce\s+serait)\s+(?:vraiment\s+|trop\s+)?top(?![\w])",
        # round 15 (the cue list language.py and licence.py read after a chain of mentions, PLUS_PREDICATE_AFTER_RE):
        # "quelques notions de néerlandais sont utiles", "des notions d'espagnol faciliteront vos échanges"
        r"(?:est|sont|serait|seraient|sera|seront)\s+(?:tr[èe]s\s+|bien\s+|vraiment\s+)?utiles?(?![\w])|facilit(?:era|eront|erait|eraient)(?![\w])",
        # English requirement sentences inside French ads: "Experience with Kafka is a plus", "nice to have"
        r"(?:is|would\s+be)\s+(?:a|an)\s+(?:(?:big|real|strong)\s+)?(?:plus|asset|advantage|bonus)|nice[\s-]+to[\s-]+have|preferably|ideally|preferred",
        # Round 19: "a BTS SAM or similar is welcome", "a Master's degree would be appreciated" (not the "welcome pack")
        r"(?:is|are|would\s+be)\s+(?:(?:very|most|more\s+than|always)\s+)?(?:welcome|appreciated)",
        # Round 17: the sign written for the word ("certification ITIL = plus", "(PCR) = atout")
        r"=\s*(?:un\s+)?(?:plus|atout|avantage)",
        # Round 19: the same predicate after a colon closing a list ("CQ6 couvreur… ou 6e professionnelle toiture : un avantage")
        r"(?<=:)\s*(?:un|une)\s+" + _PLUS_ADJECTIVE + r"(?:avantage|atout)(?![\w])",
        # Round 17: the plural predicate ("le permis C et le code 95 seraient un avantage", "sont des atouts")
        r"(?:sont|seraient|seront)\s+(?:des|un|une)\s+(?:plus|atouts?|avantages?)",
        # "… est préférable": the adjective grades as "de préférence" does
        r"id[ée]alement|de\s+pr[ée]f[ée]rence|pr[ée]f[ée]rablement|pr[ée]f[ée]r[ée]e?s?|pr[ée]f[ée]rables?",
        r"atouts?|bienvenue?s?|recommand[ée]e?s?|si\s+possible|valoris[ée]e?s?|[ée]ventuellement|avantageu(?:x|se)",
    ],
    "required": [
        r"exig[ée]e?s?|exig[ée]\(e\)|exigences?|impérati(?:f|ve)s?|impérativement|indispensables?",
        r"obligatoires?|obligatoirement|requise?s?|requis\(e\)|n[ée]cessaires?|n[ée]cessairement|essentiel(?:le)?s?",
        r"vous\s+devez|devez\s+(?:[êe]tre|avoir|poss[ée]der|justifier|disposer)|doit\s+(?:[êe]tre|avoir|poss[ée]der)",
        r"incontournables?|pr[ée]requis|imp[ée]ratifs?",
        # Weak cues: they state a requirement without grading it; any other cue in the scope wins over them.
        r"titulaire|demand[ée]e?s?|attendue?s?|minimum|au\s+moins|min\.|justifie[rz]?",
    ],
}
# "non obligatoire", "pas exigé": says the item is not required; "optional" unless a "plus" is said around it.
_NEGATED_REQUIRED_RE = re.compile(r"(?:non|pas|nullement|aucunement|n'(?:est|sont)\s+pas)\s", re.I)
_WEAK_REQUIRED_RE = re.compile(r"titulaire|demand|attendu|minimum|au\s+moins|min\.|justifie", re.I)
# A heading like "Les plus :" or "Atouts" carries a cue of its own that a sentence would not ("plus").
HEADING_CUES: dict[str, list[str]] = {
    # (Round 17: the English heading of mixed ads, "Nice to have :", "Nice-to-have")
    # (Round 18: a heading that ends in the bare sign, "Petits +", "Vos +")
    "preferred": [r"\bles\s+plus\b|\bplus\s*:|\bles\s*\+|\+\s*:|(?<![\w+])\+\W*$|\bbonus\b|\batouts?\b|appr[ée]ci|souhait|id[ée]alement|un\s+plus|nice[\s-]+to[\s-]+have"],
    "required": [r"requis|exig|obligatoire|indispensable|imp[ée]ratif|pr[ée]requis|n[ée]cessaire"],
    "optional": [r"facultati|optionnel"],
}
_ANY_OTHER_SUBJECT_RE = re.compile(
    r"[,;–—-]\s*(?:(?:la\s+)?connaissance\s+d['’]\s*)?(?:tout(?:e|es)?\s+(?:autre|les\s+autres)|une\s+autre|d['’]autres|les\s+autres)\s+"
    r"(?:langues?|permis|certifications?|certificats?|dipl[ôo]mes?|formations?|exp[ée]riences?)(?![\w])",
    re.I,
)
_PREDICATE_CUE_RE = re.compile(r"(?:est|sont|serait|seraient|sera|seront|constitue\w*|repr[ée]sente\w*)\s", re.I)
# (a knowledge noun heads the subject: "le traitement des données ou les bases NoSQL est un plus" after "une expérience
# avec le calcul distribué," continues the list of what the experience was with)
_OWN_SUBJECT_BEFORE_CUE_RE = re.compile(
    r"[,;]\s*(?:la|le|les|l['’]|une|des)\s*(?:bonne\s+|parfaite\s+)?(?:connaissances?|ma[îi]trise|pratique|utilisation|usage|notions?|"
    r"habitude|aisance|familiarit[ée]|capacit[ée])(?![\w])[^,;()\n]{0,80}\s$",
    re.I,
)
_ORDER: tuple[Strength, ...] = ("optional", "preferred", "required")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    strength: Strength
    # "idéalement dans le secteur du bâtiment" qualifies a domain inside its clause, not the whole sentence.
    clause_only: bool = False
    weak: bool = False
    # "… est un plusBon esprit": glued to the next item, the cue closes its own item and grades nothing after it.
    glued_after: bool = False


# Round 17: "… est un plus pour évoluer vers le réglage", "serait un atout pour ce poste": the predicate grades its
# subject; what follows it is the reason, not a domain the cue would qualify.
_PLUS_PREDICATE_RE = re.compile(r"(?:plus|atout|avantage|\+)$", re.I)
_IDEAL_WORD_RE = re.compile(r"id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible", re.I)
_CLAUSE_LINK_BEFORE_RE = re.compile(r"(?:,|(?<![\w])et|(?<![\w])ou)\s*$", re.I)
_NOUN_PHRASE_AFTER_RE = re.compile(r"\s*,?\s*(?:des|une?|la|le|les|l['’]|du|d['’]|quelques)(?![\w])", re.I)
_DOMAIN_QUALIFIER_RE = re.compile(r"\s+(?:en|dans|sur|aupr[èe]s|au\s+sein|chez|avec|pour)\b", re.I)
# "Bac+2, idéalement issu(e) de l'assurance": after a comma, the cue qualifies the background that follows, not the
# diploma before it ("Idéalement issu d'une formation en mécanique, vous avez…" opens its sentence and governs it).
_AFTER_COMMA_RE = re.compile(r",\s*$")
_BACKGROUND_RE = re.compile(r"\s+issu(?:e|\(e\)|\.e)?s?\s+d", re.I)


# "Expérience d'un environnement cloud (idéalement Azure ou GCP)", "(GitLab de préférence)": a preferred cue inside
# a parenthesis after the requirement, next to a named example, grades the example, not the requirement; a
# parenthesis that holds the cue alone ("Permis B (souhaité)", "(fortement apprécié)") still grades it.
_CUE_FILLER_RE = re.compile(
    r"(?<![\w])(?:fortement|vivement|tr[èe]s|grandement|vraiment|serait|sera|est|un|une|vrai|gros|r[ée]el|plus|atouts?|"
    r"avantage|mais|non|pas|obligatoire|requis|id[ée]alement|de|pr[ée]f[ée]rence|pr[ée]f[ée]rablement|si|possible|"
    r"souhait\w*|appr[ée]ci\w*|bienvenu\w*|recommand\w*|et|ou)(?![\w])|[\W_]+",
    re.I,
)
_NAMED_EXAMPLE_RE = re.compile(r"(?<![\w])(?![ABC][12](?![\w]))[A-ZÀ-Ý][\w+#.-]+")
# A sentence wrapped on the next line, which goes on in lower case ("la maîtrise de l'anglais serait\nun plus").
_WRAP_AFTER_RE = re.compile(r"[ \t]*\n[ \t]*(?=[a-zàâçéèêëîïôûù])")
# A heading word glued into a line whose breaks were stripped: "… le bien commun. Atouts Connaissance de X;
# Expérience dans Y; …" — the cue word opens the sentence run, its items are separated by ";" up to the next full stop.
_GLUED_HEADING_RE = re.compile(
    # also a list item opening with the cue and a question or exclamation mark ("- Un plus ?  Une expérience…")
    r"(?:^[-*•·>]*\s*|[.!?]\s+)((?i:atouts?|les\s+plus|un\s+plus|bonus|appr[ée]ci[ée]e?s?|souhait[ée]e?s?))\s*[?!]?\s+(?=[A-ZÀ-Ý])[^.!?\n]*$"
)
# Round 17: the words that link an item to the one before it, which then shares its cue.
_LINKED_ITEM_RE = re.compile(
    r"\s*(?:avec|et|ainsi\s+qu|tout\s+comme|comme|de\s+m[êe]me\s+qu|voire|ou|notamment|en\s+particulier|surtout|"
    r"id[ée]alement|de\s+pr[ée]f[ée]rence|dont|mais|sinon|[àa]\s+d[ée]faut)(?![\w])",
    re.I,
)
# Round 17: a bracket opened right after the item, and the field a cue at its head prefers.
_PAREN_OPENING_RE = re.compile(r"[ \t]*\([ \t]*")
_FIELD_AFTER_CUE_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:en|dans|option|orientation|fili[èe]re|section|sp[ée]cialit[ée]|ing[ée]nieur|sciences)(?![\w])", re.I
)
_ANSWER_PLUS_RE = re.compile(
    r"\s*(?:c['’]est|ce\s+serait|ça\s+serait|ce\s+sera)\s+(?:un\s+(?:vrai\s+|gros\s+|r[ée]el\s+)?(?:plus|\+|atout|avantage)|appr[ée]ci[ée])(?![\w])", re.I
)
_BRACKETS_RE = re.compile(r"\([^()\n]*\)")
_OWN_PAREN_RE = re.compile(r"\s*\(([^()\n]{1,40})\)")
_WRAP_BEFORE_RE = re.compile(r"[^.!?:;\s][ \t]*\n[ \t]*$")


def _compile(cues: dict[str, list[str]], whole_words: bool = True) -> list[tuple[Strength, re.Pattern[str]]]:
    out: list[tuple[Strength, re.Pattern[str]]] = []
    for level in _ORDER:
        for pat in cues.get(level, []):
            # a cue glued to the next item's capital where markup was stripped ("… est un plusBon esprit") still ends
            body = r"(?<![\w])(?:" + pat + r")(?:(?![\w])|(?=(?-i:[A-ZÀ-Ý][a-zà-ÿ])))" if whole_words else pat
            out.append((level, re.compile(body, re.I)))
    return out


class StrengthResolver:
    def __init__(self, cues: dict[str, list[str]] | None = None, default: Strength = "required") -> None:
        self._patterns = _compile(cues or DEFAULT_CUES)
        self._heading_patterns = _compile(HEADING_CUES, whole_words=False)  # stems: "souhait" in "souhaitées"
        self._scanner = MultiPattern([p for _, p in self._patterns])
        self.default = default

    def find_cues(self, text: str, lowered: str | None = None) -> list[Cue]:
        found: list[Cue] = []
        hits = sorted(self._scanner.finditer(text, lowered), key=lambda h: h[0])  # pattern order = priority order
        for i, m in hits:
            level = self._patterns[i][0]
            if any(c.start < m.end() and m.start() < c.end for c in found):
                continue  # already covered by a stronger reading ("non obligatoire")
            clause_only = level == "preferred" and not _PLUS_PREDICATE_RE.search(m.group(0)) and bool(
                _DOMAIN_QUALIFIER_RE.match(text, m.end())
                or (_AFTER_COMMA_RE.search(text, max(0, m.start() - 3), m.start()) and _BACKGROUND_RE.match(text, m.end()))
                # Round 18: "…, un anglais courant et idéalement des notions de sommellerie": opening a clause of its own
                # before a new noun phrase, the cue grades that clause only
                or (
                    _IDEAL_WORD_RE.fullmatch(m.group(0))
                    and _CLAUSE_LINK_BEFORE_RE.search(text, max(0, m.start() - 5), m.start())
                    and _NOUN_PHRASE_AFTER_RE.match(text, m.end())
                )
            )
            weak = level == "required" and bool(_WEAK_REQUIRED_RE.fullmatch(m.group(0)))
            glued_after = m.end() < len(text) and text[m.end()].isupper() and m.end() > 0 and text[m.end() - 1].isalpha()
            found.append(Cue(m.start(), m.end(), level, clause_only, weak, glued_after))
        return sorted(found, key=lambda c: c.start)

    def heading_strength(self, heading: str) -> Strength | None:
        for level, pat in self._heading_patterns:
            if pat.search(heading):
                return level
        return None

    def _preferred_around(self, layout: Layout, cues: list[Cue], start: int) -> bool:
        """A "preferred" cue in the sentence or the governing heading: "not required" then means "a plus"."""
        s, e = layout.sentence_at(start)
        if any(c.strength == "preferred" and s <= c.start < e for c in cues):
            return True
        line = layout.line_at(start)
        return any(span and self.heading_strength(layout.text[span[0] : span[1]]) == "preferred" for span in (line.inline_heading, line.governing_heading))

    @staticmethod
    def _grades_paren_example(text: str, cue: Cue, end: int) -> bool:
        """A preferred cue in a parenthesis opened after the requirement, beside words of its own (an example)."""
        if cue.strength != "preferred" or cue.start < end:
            return False
        opening = text.rfind("(", end, cue.start)
        if opening < 0 or ")" in text[opening : cue.start]:
            return False
        closing = text.find(")", cue.end)
        if closing < 0 or "\n" in text[opening:closing]:
            return False
        # A named example (a capitalised name: "Azure", "GitLab"), not a level ("(niveau B2 apprécié)" still grades).
        return bool(_NAMED_EXAMPLE_RE.search(_CUE_FILLER_RE.sub(" ", text[opening + 1 : closing])))

    @staticmethod
    def _grades_paren_field(text: str, cue: Cue, end: int) -> bool:
        """Round 17: "un master (de préférence en sciences politiques, économie ou droit)", "titulaire d'un master (de
        préférence ingénieur ou sciences)": a preferred cue opening the bracket right after the item, before a field,
        grades the field; the item keeps its own reading ("Permis B (souhaité)" still grades B)."""
        if cue.strength != "preferred" or cue.start < end:
            return False
        opening = _PAREN_OPENING_RE.fullmatch(text, end, cue.start)
        return opening is not None and _FIELD_AFTER_CUE_RE.match(text, cue.end) is not None

    @staticmethod
    def _wrapped_sentence(layout: Layout, start: int) -> tuple[int, int]:
        """The sentence at `start`, joined with the lines it is wrapped over (a line that goes on in lower case)."""
        text = layout.text
        s, e = layout.sentence_at(start)
        for _ in range(3):
            wrap = _WRAP_AFTER_RE.match(text, e)
            if not wrap or text[max(0, e - 1)] in ".!?;:":
                break
            e = max(e, layout.sentence_at(wrap.end())[1])
        for _ in range(3):
            if s == 0 or not text[s].islower() or not _WRAP_BEFORE_RE.search(text, max(0, s - 200), s):
                break
            s = min(s, layout.sentence_at(text.rfind("\n", 0, s) - 1)[0])
        return s, e

    @staticmethod
    def _governs_paren_item(text: str, cue: Cue, end: int, others: Sequence[tuple[int, int]]) -> bool:
        """"une formation en X (idéalement de niveau Bac +2)": a cue inside a parenthesis that follows the item and
        holds another requirement governs that one; "Permis B (souhaité)" alone in its parenthesis still qualifies B."""
        opening = text.rfind("(", end, cue.start)
        if opening < 0 or ")" in text[opening : cue.start]:
            return False
        closing = text.find(")", cue.end)
        closing = len(text) if closing < 0 else closing
        # "(souhaitée, idéalement en magasin)": a cue that a comma parts from the item after it still grades the
        # requirement before the parenthesis; the ideal after the comma carries its own cue.
        return any(
            opening < a and b <= closing and not (cue.end <= a and re.search(r"[,;]", text[cue.end : a])) for a, b in others
        )

    @staticmethod
    def _owned_by_later_item(layout: Layout, cue: Cue, end: int, others: Sequence[tuple[int, int]]) -> bool:
        """"Anglais courant, l'allemand est un plus": a cue after a comma whose clause names another requirement
        grades that one; the requirement before the comma keeps its own reading. Items joined by "et"/"ou" share
        the cue ("3 ans d'expérience et une expérience en management sont un atout")."""
        if cue.start < end:
            return False
        text = layout.text
        for a, b in others:
            # (Round 17: not the commas of a bracket of examples, "Une certification Microsoft (MD-102, AZ-900) ou CCNA
            # est un atout": the items joined by "ou" share the cue)
            if re.fullmatch(r"\s*\([^()\n]*", text[end:a]):
                continue
            if end <= a and b <= cue.start and re.search(r"[,;]", _BRACKETS_RE.sub("", text[end:a])):
                lo, hi = layout.clause_around(a, b)
                if lo <= cue.start < max(hi, b) or not re.search(r"[,;()]", text[b : cue.start]):
                    return True
        return False

    @staticmethod
    def _owned_by_earlier_item(layout: Layout, cue: Cue, start: int, others: Sequence[tuple[int, int]]) -> bool:
        """Round 17: "CAP couvreur minimum, BP couvreur apprécié, expérience 5 ans dans le zinc", "le permis C (le CE est
        un plus), le code 95 à jour": a cue before a comma or a bracket, in a clause that names another requirement
        before the cue, grades that one; the requirement after the comma keeps its own reading. ("Idéalement titulaire
        d'un BTS, vous avez…": the cue opens its clause, nothing before it, and still grades the sentence.)"""
        if cue.end > start or cue.weak:
            return False
        text = layout.text
        between = text[cue.end : start]
        # (a list of items parted by commas, not a bracket of examples right after the cue, "Formation souhaitée (CAP/BEP)",
        # nor an item linked to the one before, "…est souhaitée, avec une formation en…", "tout comme le titre…")
        if not re.search(r"[,;]", between) or _LINKED_ITEM_RE.match(between, max(between.rfind(","), between.rfind(";")) + 1):
            return False
        lo, _hi = layout.clause_around(cue.start, cue.end)
        return any(lo <= a and b <= cue.start for a, b in others)

    def resolve(
        self, layout: Layout, cues: list[Cue], start: int, end: int, exclude: list[tuple[int, int]], others: Sequence[tuple[int, int]] = ()
    ) -> Strength:
        """Strength of the requirement spanning [start, end); cues inside `exclude` spans belong to others; `others`
        are the other requirements' spans."""

        def nearest(lo: int, hi: int, in_clause: bool) -> Strength | None:
            best: tuple[int, int, Strength, Cue] | None = None
            for c in cues:
                if c.start < lo or c.end > hi or (c.clause_only and not in_clause) or (c.glued_after and c.end <= start):
                    continue
                if any(a <= c.start and c.end <= b for a, b in exclude):
                    continue
                if (
                    self._governs_paren_item(layout.text, c, end, others)
                    or self._grades_paren_example(layout.text, c, end)
                    or self._grades_paren_field(layout.text, c, end)
                ):
                    continue
                if not in_clause and (self._owned_by_later_item(layout, c, end, others) or self._owned_by_earlier_item(layout, c, start, others)):
                    continue
                # Round 18: "Trilingue FR/NL/EN, toute autre langue est un atout", "Permis B ; tout autre permis est un
                # plus": the cue grades the other ones its clause names, not the items before it
                if not in_clause and c.start >= end and _ANY_OTHER_SUBJECT_RE.search(layout.text, end, c.start):
                    continue
                # Round 18: "1 à 2 ans d'expérience en transit, la connaissance des Incoterms est un atout": after a comma,
                # a subject of its own with its verb owns the predicate, even a subject that is no item
                if not in_clause and c.start >= end and _PREDICATE_CUE_RE.match(layout.text, c.start) and _OWN_SUBJECT_BEFORE_CUE_RE.search(layout.text, end, c.start):
                    continue
                dist = c.start - end if c.start >= end else (start - c.end if c.end <= start else 0)
                key = (int(c.weak), dist)
                if best is None or key < best[:2]:
                    best = (key[0], key[1], c.strength, c)
            if best is None:
                return None
            if best[2] == "optional" and _NEGATED_REQUIRED_RE.match(layout.text, best[3].start) and self._preferred_around(layout, cues, start):
                return "preferred"  # "un vrai +, mais pas obligatoire", "(non obligatoire)" under "Les plus :"
            return best[2]

        # "Bon niveau d'anglais (B2 minimum)": a parenthesis right after the item holds its own cue, whatever the
        # glued sentence around it says.
        paren = _OWN_PAREN_RE.match(layout.text, end)
        if paren:
            level = nearest(paren.start(1), paren.end(1), True)
            if level:
                return level
        # Round 17: "Vous êtes titulaire d'un certificat SST ? C'est un plus.": the answer to a question grades its items
        # (before the question's own weak cue, "titulaire")
        qs, qe = layout.sentence_at(start)
        if layout.text[max(qs, qe - 2) : qe].strip().endswith("?") and _ANSWER_PLUS_RE.match(layout.text, qe):
            return "preferred"
        lo, hi = layout.clause_around(start, end)
        wrap = _WRAP_AFTER_RE.match(layout.text, hi)
        if wrap and layout.text[max(0, hi - 1)] not in ".!?;:,":
            hi = max(hi, layout.clause_around(wrap.end(), wrap.end() + 1)[1])
        level = nearest(lo, hi, True)
        if level:
            return level
        s, e = self._wrapped_sentence(layout, start)
        level = nearest(min(s, start), max(e, end), False)
        if level:
            return level
        line = layout.line_at(start)
        for span in (line.inline_heading, line.governing_heading):
            if span:
                level = self.heading_strength(layout.text[span[0] : span[1]])
                if level:
                    return level
        glued = _GLUED_HEADING_RE.search(layout.text[line.start : start].lstrip())
        if glued:
            level = self.heading_strength(glued.group(1))
            if level:
                return level
        return self.default
