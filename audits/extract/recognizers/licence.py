"""Driving licences: "permis B", "permis C/CE", "permis VL/PL/SPL", "permis poids lourd", "permis de conduire".

VL = B, PL = C, SPL = CE (French usage), "poids lourd" = C, "super lourd" = CE, "EC" is written for CE. A bare
"permis de conduire" is read as category B (the default licence), documented in docs/extraction.md.
"""

from __future__ import annotations

import re

from audits.extract.fastscan import GatedPattern, fold
from audits.extract.mention import Mention
from audits.extract.training import held_by_others_or_given, not_held_question, offered_right_after

_ALIASES = {
    "VL": "B", "PL": "C", "SPL": "CE", "EC": "CE", "EB": "BE", "C1E": "C1E", "D1E": "D1E",
    "POIDS LOURD": "C", "POIDS LOURDS": "C", "POIDS-LOURD": "C", "POIDS-LOURDS": "C",
    "SUPER LOURD": "CE", "SUPER LOURDS": "CE", "SUPER-LOURD": "CE", "TRANSPORT EN COMMUN": "D",
    "TRANSPORTS EN COMMUN": "D", "AUTO": "B", "VOITURE": "B",
}
_CAT = r"(?:AM|A1|A2|C1E|C1|D1E|D1|BE|EB|CE|EC|DE|SPL|PL|VL|A|B|C|D|G|poids[- ]lourds?|super[- ]lourds?|transports?\s+en\s+commun)"
_PERMIS_RE = re.compile(
    # Round 12: "Maîtrise de QGISPermis B", "chantierPermis B": the line before glued where the markup was stripped.
    r"(?:(?<![\w])|(?<=[a-zà-ÿA-Z])(?=(?-i:P)))permis(?:\s+de\s+conduire)?(?:\s+(?:de\s+)?(?:cat[ée]gories?|cat\.?|type))?\s*(?:[:(]\s*)?"
    # Round 2: "Permis BRespect des délais" — the next list item glued where the markup was stripped (a capital and
    # a lower-case letter after the category, case-sensitive so that "permis BE" stays BE). Round 12: "permis auto",
    # "permis voiture" (B), first only: "permis B et voiture indispensables" names a car, not a second licence.
    rf"(?P<first>{_CAT}|auto|voiture)(?:(?![\w])|(?=(?-i:[A-Z][a-zà-ÿ])))(?P<rest>(?:\s*(?:,|/|et|ou|&|-|\+)\s*(?:{_CAT})(?![\w]))*)",
    re.I,
)
_BARE_RE = re.compile(r"(?<![\w])permis\s+de\s+conduire(?:\s+(?:valide|en\s+cours\s+de\s+validit[ée]))?(?![\w])", re.I)
_CAT_RE = re.compile(rf"(?<![\w]){_CAT}(?![\w])", re.I)


_LOWERCASE_WORDS = frozenset({"de", "a", "d", "g", "am", "ce", "c", "pl", "be", "De", "A", "Ce"} - {"A"})


def _normalise(raw: str) -> str:
    # "super-lourds", "poids-lourds": hyphen or space, singular or plural name the same vehicle class
    key = re.sub(r"[\s-]+", " ", raw.upper())
    key = re.sub(r"^(POIDS|SUPER) LOURDS$", r"\1 LOURD", key)
    return _ALIASES.get(key, key)


# Round 12: the English wording of Belgian and international ads ("Valid driving licence", "Driving licence B",
# "driver's license").
_ENGLISH_RE = re.compile(
    r"(?<![\w])(?:(?:valid|full|clean)\s+)?driv(?:ing|er['’]?s)\s+licen[cs]e(?:\s+(?:category\s+|cat\.?\s*)?(?P<cat>(?-i:AM|A1|A2|BE|C1E|C1|CE|D1|DE|A|B|C|D))(?![\w]))?",
    re.I,
)
# Round 12: a second category after a licence, with its own cue or reason ("Permis B indispensable, BE un plus",
# "le permis B ; le BE est un vrai plus", "permis D (DE apprécié…)", "permis CE (ou C pour les porteurs)").
_FOLLOWING_CAT_RE = re.compile(
    r"[^\n.;]{0,25}?(?:[,;(]|\bet\b|\bou\b)\s*(?:ou\s+|et\s+)?(?:le\s+|la\s+|un\s+)?(?P<cat>(?-i:BE|C1E|CE|C1|DE|D1|C|D))(?![\w])"
    r"(?=\s+(?:est|un|une|serait|appr[ée]ci|souhait|pour|exig|obligatoire|indispensable|id[ée]al|de\s+pr[ée]f|bienvenu))",
)
# Round 12: a licence named as the vehicles a workshop repairs ("atelier PL", "mécanicien PL") or the colleagues who
# drive them ("nos chauffeurs SPL"), an exam code ("PL-400"): no licence asked.
_NOT_ASKED_VEHICLE_BEFORE_RE = re.compile(
    r"(?:atelier|m[ée]cani\w*|r[ée]paration|maintenance|garage|concession|pi[èe]ces|carrosserie|pneus?|(?:nos|vos|ses)\s+(?:chauffeurs|conducteurs))\s+(?:\w+\s+)?$",
    re.I,
)

_SENIORITY_RE = re.compile(r"(?<![\w])\d+\s*ans?\s+de\s+permis(?![\w])", re.I)
# Round 4: the light-vehicle category too ("Conducteur VL", "chauffeur VL/PL"): employers name the vehicle class
# without the word "permis" for light vans as for lorries; the driving-word gate below keeps other "VL" out.
_BARE_VEHICLE_RE = re.compile(r"(?<![\w])(SPL|PL|VL)(?![\w])(?!-\d)")
# "Chauffeur / Chauffeuse de poids lourd", "conducteur super lourd": the category named by the vehicle, on a short
# line (a title or heading: "nos poids lourds sillonnent …" is the fleet).
_BARE_WEIGHT_RE = re.compile(r"(?:chauffeu|conduct)\w*(?:\s*/\s*\w+)?\s+(?:de\s+|d['’]\s*)?(?P<cat>(?:poids|super)[- ]lourds?)(?![\w])", re.I)
_DRIVER_CAT_RE = re.compile(r"(?i:chauffeu\w*|conduct(?:eur|rice)\w*)(?:[-\s]livr\w+)?\s+(?P<cat>C1E|C1|CE|C|D1|(?:DE|D)(?!\s\w))(?![\w'’])"
                            r"(?P<rest>(?:[ \t]*(?:/|ou|et|,)[ \t]*(?:C1E|C1|CE|C|D1|DE|D)(?![\w'’]))*)")  # not "CONDUCTEUR DE LIGNE"
# Round 12: the driver's certificates beside it too ("Requis :\n- SPL\n- FIMO/FCO en cours de validité").
_DRIVER_RE = re.compile(r"chauffeur|conduct|poids|camion|routier|permis|FIMO|FCO|tachygraphe|code\s+95", re.I)


def _heading_line(text: str, pos: int) -> bool:
    """A short line (a title, a heading, a list item of the job's name) around `pos`."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return (len(text) if end < 0 else end) - start <= 60


# Whole-text scans, tried only where their literal prefixes occur (fastscan.py): same matches.
_PERMIS_SCAN = GatedPattern(_PERMIS_RE)
_BARE_VEHICLE_SCAN = GatedPattern(_BARE_VEHICLE_RE)
_BARE_SCAN = GatedPattern(_BARE_RE)


def find_licences(text: str, default_category: str = "B", lowered: str | None = None) -> list[Mention]:
    low = fold(text) if lowered is None else lowered
    found: list[Mention] = []
    for m in _SENIORITY_RE.finditer(text):
        found.append(Mention("licence", m.start(), m.end(), {"category": default_category}, family="licence"))
    for m in _PERMIS_SCAN.finditer(text, low):
        first = m.group("first")
        if first in _LOWERCASE_WORDS:
            continue  # "permis de construire", "permis à points": French words, not categories
        if offered_right_after(text, m.end()):
            # "Permis C/CE inclus dans la formation", "le permis CE est financé par l'entreprise", "Permis D offert": a
            # licence the employer gives is a benefit, not a requirement (the rule of training.py)
            continue
        # Lower-case single letters after "permis" are still categories ("permis b"), but "permis de ..." is not.
        found.append(Mention("licence", m.start(), m.end("first"), {"category": _normalise(first)}, family="licence"))
        rest_start = m.start("rest")
        for c in _CAT_RE.finditer(text, rest_start, m.end("rest")):
            if c.group(0) in _LOWERCASE_WORDS:
                break
            found.append(Mention("licence", c.start(), c.end(), {"category": _normalise(c.group(0))}, family="licence"))
    for m in _BARE_VEHICLE_SCAN.finditer(text, low):
        # "Chauffeur PL/SPL", "Conducteur VL": the vehicle categories named without the word "permis".
        if any(f.start <= m.start() < f.end for f in found):
            continue
        if m.group(1) == "VL" and not _heading_line(text, m.start()):
            continue  # "le conducteur VL chez nous, c'est …", "nos VL": a story about the job or the fleet, not asked
        if _NOT_ASKED_VEHICLE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if _DRIVER_RE.search(text, max(0, m.start() - 40), m.end() + 40):
            found.append(Mention("licence", m.start(), m.end(), {"category": _normalise(m.group(1))}, family="licence"))
    if "lourd" in low:
        for m in _BARE_WEIGHT_RE.finditer(text):
            if _heading_line(text, m.start("cat")) and not any(f.start < m.end() and m.start("cat") < f.end for f in found):
                found.append(Mention("licence", m.start("cat"), m.end("cat"), {"category": _normalise(m.group("cat"))}, family="licence"))
    # Round 13: the lorry and bus categories after the driver's name in a title or heading ("Chauffeur CE (code 95)",
    # "Conducteur C/CE"); not in a sentence ("2 ans d'expérience en tant que chauffeur CE" is the experience).
    for m in _DRIVER_CAT_RE.finditer(text) if ("chauffeu" in low or "conduct" in low) else ():
        if _heading_line(text, m.start("cat")) and not any(f.start < m.end() and m.start("cat") < f.end for f in found):
            found.append(Mention("licence", m.start("cat"), m.end("cat"), {"category": _normalise(m.group("cat"))}, family="licence"))
            for c in re.finditer(r"C1E|C1|CE|C|D1|DE|D", m.group("rest")):
                found.append(Mention("licence", m.start("rest") + c.start(), m.start("rest") + c.end(), {"category": c.group(0)}, family="licence"))
    if "driv" in low:
        for m in _ENGLISH_RE.finditer(text):
            cat = m.group("cat") or default_category
            found.append(Mention("licence", m.start(), m.end(), {"category": _normalise(cat)}, family="licence"))
    for f in list(found):
        nxt = _FOLLOWING_CAT_RE.match(text, f.end)
        if nxt and not any(g.start < nxt.end("cat") and nxt.start("cat") < g.end for g in found):
            found.append(Mention("licence", nxt.start("cat"), nxt.end("cat"), {"category": _normalise(nxt.group("cat"))}, family="licence"))
    for m in _BARE_SCAN.finditer(text, low):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        found.append(Mention("licence", m.start(), m.end(), {"category": default_category}, family="licence"))
    # "Vous n'avez pas le permis D ? Nous finançons votre formation": a question about a licence the candidate may lack
    kept = (
        f
        for f in found
        if not offered_right_after(text, f.end) and not not_held_question(text, f.start, f.end) and not held_by_others_or_given(text, f.start, f.end)
    )
    return sorted(kept, key=lambda m: m.start)
