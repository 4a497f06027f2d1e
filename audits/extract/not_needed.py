"""A licence, language or certificate said not to be needed: "Le permis B n'est pas demandé", "Néerlandais : pas
requis", "VCA non obligatoire", "French not required".

Why one module: the words that take a requirement back were read by three patterns of different reach
(certification.py, licence.py, language.py), so "Permis B : non exigé" and "Anglais : non exigé" did not behave alike.
The rule is the same whatever the kind, as training.py's offered-training rule is: the mention is not an item
(the guide's "not needed" rule names diplomas and experience; a licence, language or certificate said not to be
needed is not asked either, wbe: "La phytolicence n'est pas nécessaire" is not an item). Said with a wish, it is kept
and graded down instead ("pas obligatoire mais apprécié", "Anglais souhaité, non exigé", "non exigé, mais un plus":
the strength cue reads it as preferred).
"""

from __future__ import annotations

import re

# The negation and the word of need: "n'est pas nécessaire", "ne sont pas exigés", "n'y est pas demandé", "non
# requis", "pas obligatoire", "n'est nullement imposé", "n'est pas du tout requis".
_NEGATION = (
    r"(?:(?:n['’]\s*(?:est|sont|y\s+est)|ne\s+(?:sont|sera|seront|serait))\s+(?:pas|nullement)|(?:est\s+)?(?:pas|non|nullement))\s+"
    r"(?:du\s+tout\s+|vraiment\s+)?"
)
_NEEDED = r"(?:n[ée]cessaires?|exig[ée]e?s?|requise?s?|obligatoires?|demand[ée]e?s?|indispensables?|impos[ée]e?s?)(?![\w])"
# English requirement lines: "French not required", "Dutch is not a must".
_ENGLISH = r"(?:is\s+)?not\s+(?:required|needed|mandatory|a\s+must|necessary)(?![\w])"
# Right after the mention, past an aside in brackets and one word of its own ("CACES (R489) non exigé", "VCA de base
# pas nécessaire", "permis B : pas nécessaire", "Néerlandais - non requis").
NOT_NEEDED_AFTER_RE = re.compile(
    r"(?:\s*\([^()\n]{0,80}\))?(?:\s+(?:de\s+base|[\w-]+))?\s*(?:[:,\-–]\s*)?(?:" + _NEGATION + _NEEDED + "|" + _ENGLISH + ")",
    re.I,
)
# A wish in the words read ("Anglais apprécié, pas obligatoire"), or right after them ("non obligatoire mais apprécié",
# "non exigé, mais un plus", "ne sera pas indispensable mais utile", "not required but a plus"): wished, not taken back.
# The words of a wish; certification.py reads the same list inside a bracket or a clause.
WISH_RE = re.compile(r"appr[ée]ci|souhait|atout|plus|bienvenu|avantage|id[ée]al", re.I)
_BUT_WISHED_AFTER_RE = re.compile(
    r"[\s,]*(?:mais|but|toutefois|cependant)\s+(?:(?:il\s+|c['’])?(?:est|reste|serait|sera)\s+)?(?:tr[èe]s\s+|fortement\s+|vivement\s+|bien\s+)?"
    r"(?:appr[ée]ci|souhait|recommand|conseill|pr[ée]f[ée]r|bienvenu|utile|un\s+(?:\w+\s+)?(?:plus|\+|atout|avantage)|appreciated|welcome|"
    r"a\s+(?:\w+\s+)?plus|an?\s+(?:\w+\s+)?(?:asset|advantage)|nice\s+to\s+have|preferred|desirable)",
    re.I,
)


def but_wished_after(text: str, pos: int) -> bool:
    """A wish right after `pos` keeps what was said not needed ("…, mais un plus", "but appreciated")."""
    return _BUT_WISHED_AFTER_RE.match(text, pos) is not None


def said_not_needed(text: str, end: int) -> bool:
    """The words right after a mention ending at `end` say it is not needed, with no wish that keeps it."""
    m = NOT_NEEDED_AFTER_RE.match(text, end)
    if m is None or WISH_RE.search(m.group(0)):
        return False
    return not _BUT_WISHED_AFTER_RE.match(text, m.end())


# Round 19: a title said to be refused or not to count ("Les éducateurs A2 ne seront pas retenus", "(AESI primaire ne
# s'applique pas ici)", "le CESS n'est pas suffisant", "un BTS ne convient pas", "les bacheliers sont exclus"): not asked,
# and not an item either (unlike "n'est pas demandé", which the guide keeps as an optional diploma). A few words of the
# title's own may stand between ("AESI primaire", "A2 de nuit"), no clause break.
# Round 21: the same refusal through a modal or with an adverb ("les éducateurs A2 ne peuvent malheureusement pas être
# retenus", "ne pourront pas être acceptés", "ne sont hélas pas retenus", "ne peuvent être pris en considération", "ne sont
# pas éligibles", "ne seront plus acceptés").
_SORRY = r"(?:(?:malheureusement|h[ée]las|toutefois|cependant|donc|en\s+aucun\s+cas)\s+)?"
_REFUSED = r"(?:retenu|accept|pris\w*\s+en\s+(?:compte|consid[ée]ration)|consid[ée]r|valable|suffisant|valid|[ée]ligible|admissible|recevable|admis)"
_REJECTED_AFTER_RE = re.compile(
    r"[^.;,:()\n]{0,25}?\s(?:ne\s+(?:sera|seront|sont|est|serait|seraient)\s+" + _SORRY + r"(?:pas|plus)\s+" + _SORRY + _REFUSED
    + r"|ne\s+(?:peu(?:t|vent)|pourr(?:a|ont|ait|aient))\s+" + _SORRY + r"(?:pas\s+|plus\s+)?" + _SORRY + r"(?:[êe]tre\s+)" + _REFUSED
    + r"|n['’](?:est|sont)\s+" + _SORRY + r"(?:pas|plus)\s+" + _SORRY + _REFUSED
    + r"|ne\s+s['’]appliquen?t?\s+pas|ne\s+convien(?:t|nent|dront|dra)\s+pas"
    r"|(?:est|sont|seront)\s+exclu|non\s+(?:retenu|accept[ée]|valable|[ée]ligible))",
    re.I,
)


def said_rejected(text: str, end: int) -> bool:
    """The words right after a mention ending at `end` refuse it ("ne seront pas retenus", "ne s'applique pas")."""
    return _REJECTED_AFTER_RE.match(text, end) is not None
