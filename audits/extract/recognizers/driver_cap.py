"""The Belgian driver's CAP: ONE predicate for diploma.py and certification.py.

In Belgium the bus and lorry driver's "CAP" (certificat d'aptitude professionnelle) is the professional-competence mark
of the code 95, a certification `code 95`; the French CAP is a vocational diploma at EQF 3 (the labelling guide's
conventions before the third written batch, 4). Round 14 recognised the Belgian one twice with different patterns
(diploma.py dropped it on three cues, certification.py added it on others); round 15 keeps one reading here:

- a "code 95" within 60 characters ("CAP (code 95)", "CAP / code 95 à jour");
- a driver's word or the long form right after it ("CAP chauffeur", "CAP (certificat d'aptitude professionnelle)");
- a heavy licence joined to it ("permis D + CAP", "C1 et CAP", "permis CE (valide) + CAP");
- or, standing alone (nothing after it but punctuation or a validity or asking word), in a driver's ad that names a
  Belgian driver's cue somewhere (code 95, sélection médicale, the long form).

"CAP conducteur routier" or "CAP conducteur livreur" (a field after it, no code 95) stays the French diploma.
"""

from __future__ import annotations

import re

from audits.extract.fastscan import GatedPattern

_CODE_95_RE = re.compile(r"code\s*95", re.I)
_AFTER_RE = re.compile(r"\s*(?:\(\s*)?(?:chauffeur|code\s*95|certificat\s+d['’]aptitude\s+professionnelle)", re.I)
_LICENCE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:permis\s+)?(?-i:C|CE|C1|C1E|D|DE|D1|D1E)\s*(?:\([^()\n]{0,40}\)\s*)?(?:\+|et|&|/)\s*(?:le\s+|du\s+|un\s+)?$", re.I
)
_ALONE_AFTER_RE = re.compile(
    r"\s*(?:$|[)\n.,;:+/]|valides?\b|en\s+ordre|[àa]\s+jour|exig|obligatoire|requis|indispensable|et\b|ou\b|\((?:H/F|F/H)|\((?:certificat|code))", re.I
)
_DRIVER_AD_RE = re.compile(
    r"chauffeur|conduct(?:eur|rice)s?\s+(?:de\s+bus|d['’]autocar|poids|PL|SPL|routier)|autocar|\bbus\b|permis\s+(?:C1?E?|D1?E?)(?![\w])", re.I
)
_DRIVER_AD_SCAN = GatedPattern(_DRIVER_AD_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_BELGIAN_DRIVER_RE = re.compile(r"code\s+95|s[ée]lection\s+m[ée]dicale|certificat\s+d['’]aptitude\s+professionnelle", re.I)
_BELGIAN_DRIVER_SCAN = GatedPattern(_BELGIAN_DRIVER_RE)  # whole-text scan, tried only where it can match (fastscan.py)

# The spans certification.py labels: the word with what restates it in brackets ("CAP (certificat d'aptitude
# professionnelle, code 95)", "CAP chauffeur (code 95)"), or the long form with its short one ("Certificat d'aptitude
# professionnelle (CAP)", "(code 95)").
DRIVER_CAP_RE = re.compile(
    r"(?<![\w])(?P<word>(?-i:CAP))(?![\w])(?:\s+chauffeur)?(?:\s*\(\s*(?:certificat\s+d['’]aptitude\s+professionnelle|code\s*95)[^()\n]{0,30}\))?|"
    r"(?<![\w])(?P<long>certificat\s+d['’]aptitude\s+professionnelle)(?:\s*\(\s*(?:CAP|code\s*95)[^()\n]{0,20}\))?",
    re.I,
)
DRIVER_CAP_SCAN = GatedPattern(DRIVER_CAP_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def is_driver_cap(text: str, start: int, end: int) -> bool:
    """`text[start:end]` ("CAP" or "certificat d'aptitude professionnelle") is the Belgian driver's CAP (code 95)."""
    return bool(
        _CODE_95_RE.search(text, max(0, start - 60), end + 60)
        or _AFTER_RE.match(text, end)
        or _LICENCE_BEFORE_RE.search(text, max(0, start - 40), start)
        or (_ALONE_AFTER_RE.match(text, end) and _DRIVER_AD_SCAN.search(text) and _BELGIAN_DRIVER_SCAN.search(text))
    )


def driver_caps(text: str) -> list[tuple[int, int]]:
    """The spans of the Belgian driver's CAP in `text` (certification.py codes each one `code 95`)."""
    if "CAP" not in text and "aptitude professionnelle" not in text.lower():
        return []
    spans = []
    for m in DRIVER_CAP_SCAN.finditer(text):
        # the bare word is judged by what follows it ("CAP chauffeur"), the long form after its bracket ("(CAP) en ordre")
        if is_driver_cap(text, m.start(), m.end("word") if m.group("word") else m.end()):
            spans.append((m.start(), m.end()))
    return spans
