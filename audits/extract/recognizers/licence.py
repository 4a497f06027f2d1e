"""Driving licences: "permis B", "permis C/CE", "permis VL/PL/SPL", "permis poids lourd", "permis de conduire".

VL = B, PL = C, SPL = CE (French usage), "poids lourd" = C, "super lourd" = CE, "EC" is written for CE. A bare
"permis de conduire" is read as category B (the default licence), documented in docs/extraction.md.
"""

from __future__ import annotations

import re

from audits.extract.fastscan import GatedPattern, fold
from audits.extract.mention import Mention
from audits.extract.not_needed import said_not_needed
from audits.extract.recognizers.language import PLUS_PREDICATE_AFTER_RE, prefer_chains
from audits.extract.training import held_by_others_or_given, not_held_question, offered_right_after

_ALIASES = {
    "VL": "B", "PL": "C", "SPL": "CE", "EC": "CE", "EB": "BE", "C1E": "C1E", "D1E": "D1E",
    "POIDS LOURD": "C", "POIDS LOURDS": "C", "POIDS-LOURD": "C", "POIDS-LOURDS": "C",
    "SUPER LOURD": "CE", "SUPER LOURDS": "CE", "SUPER-LOURD": "CE", "TRANSPORT EN COMMUN": "D",
    "TRANSPORTS EN COMMUN": "D", "AUTO": "B", "VOITURE": "B", "TRACTEUR": "G",
}
_CAT = r"(?:AM|A1|A2|C1E|C1|D1E|D1|BE|EB|CE|EC|DE|SPL|PL|VL|A|B|C|D|G|poids[- ]lourds?|super[- ]lourds?|transports?\s+en\s+commun)"
# Round 17: "PERMIS D ET DE LA FIMO": in capitals, "DE" before an article is the preposition, not a category.
_ARTICLE_AFTER = r"[ \t]+(?i:la|le|les|l['’]|une?|votre|vos|son|sa|ses)(?![\w])"
_PERMIS_RE = re.compile(
    # Round 12: "Maîtrise de QGISPermis B", "chantierPermis B": the line before glued where the markup was stripped.
    # (Round 19: also after an acronym, lower-case: "enregistrement auprès de l'AViQpermis B et véhicule")
    r"(?:(?<![\w])|(?<=[a-zà-ÿA-Z])(?=(?-i:P))|(?<=(?-i:[A-Z]))(?=(?-i:p)))permis(?:\s+de\s+conduire)?(?:\s+(?:de\s+)?(?:cat[ée]gories?|cat\.?|type))?\s*(?:[:(]\s*)?"
    # Round 2: "Permis BRespect des délais" — the next list item glued where the markup was stripped (a capital and
    # a lower-case letter after the category, case-sensitive so that "permis BE" stays BE). Round 12: "permis auto",
    # "permis voiture" (B), first only: "permis B et voiture indispensables" names a car, not a second licence.
    rf"(?P<first>{_CAT}|auto|voiture|tracteur)(?:(?![\w])|(?=(?-i:[A-Z][a-zà-ÿ])))(?P<rest>(?:\s*(?:\([a-zà-ÿ'’ ]{{1,30}}\)\s*)?(?:,|/|et|ou|&|-|\+)\s*(?:{_CAT})(?![\w])(?!{_ARTICLE_AFTER})"
    # Round 17: "permis D (ou DE)": the other category in brackets
    rf"|\s*\(\s*(?:ou|et|voire)\s+(?:{_CAT})(?=\s*\)))*)",
    re.I,
)
_BARE_RE = re.compile(r"(?<![\w])permis\s+de\s+conduire(?:\s+(?:valide|en\s+cours\s+de\s+validit[ée]))?(?![\w])", re.I)
_CAT_RE = re.compile(rf"(?<![\w]){_CAT}(?![\w])", re.I)


_VEHICLE_WORD_RE = re.compile(r"lourd|commun", re.I)
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
_ENGLISH_SCAN = GatedPattern(_ENGLISH_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 12: a second category after a licence, with its own cue or reason ("Permis B indispensable, BE un plus",
# "le permis B ; le BE est un vrai plus", "permis D (DE apprécié…)", "permis CE (ou C pour les porteurs)").
# Round 17: "le BE (remorque) est un plus" (the category's aside before its cue), "permis C (pour déplacer la pelle sur
# porte-engin, CE un plus)" (the second category at the end of the first's aside).
_FOLLOWING_CAT_RE = re.compile(
    r"(?:[^\n.;()]{0,25}?|[ \t]*\([^\n.;()]{0,50}?)(?:[,;(]|\bet\b|\bou\b)\s*(?:ou\s+|et\s+)?(?:le\s+|la\s+|un\s+)?(?P<cat>(?-i:BE|C1E|CE|C1|DE|D1|C|D))(?![\w])"
    r"(?=(?:\s*\([^()\n]{1,30}\))?(?:\s*=|\s+(?:est|un|une|serait|appr[ée]ci|souhait|pour|exig|obligatoire|indispensable|id[ée]al|de\s+pr[ée]f|bienvenu)))",
)
# Round 12: a licence named as the vehicles a workshop repairs ("atelier PL", "mécanicien PL") or the colleagues who
# drive them ("nos chauffeurs SPL"), an exam code ("PL-400"): no licence asked.
_NOT_ASKED_VEHICLE_BEFORE_RE = re.compile(
    r"(?:atelier|m[ée]cani\w*|r[ée]paration|maintenance|garage|concession|pi[èe]ces|carrosserie|pneus?|(?:nos|vos|ses)\s+(?:chauffeurs|conducteurs))\s+(?:\w+\s+)?$",
    re.I,
)

# "2 ans d'expérience comme chauffeur C", "expérience en conduite SPL", "Conduire un ensemble routier SPL": the
# experience or the task, not a licence named by the job. Round 17: a mechanic's "2 ans d'expérience sur PL" (the
# vehicles worked on).
_EXPERIENCE_BEFORE_RE = re.compile(
    r"(?:exp[ée]rience\w*|ans|ann[ée]es?)\s+(?:\w+\s+){0,2}?(?:comme|en\s+tant\s+que|de|en|sur)\s+(?:\w+\s+)?$|ensembles?\s+routiers?\s+$|"
    r"(?:en|de)\s+conduite\s+$",
    re.I,
)
# "Nous recrutons un chauffeur poids lourd", "recherchons des chauffeurs CE pour …", "recrute un conducteur super lourd
# citerne": the person sought, named by the vehicle class in a sentence, gives the licence (the guide: "nous
# recrutons un(e) Chauffeur SPL" in the body gives CE).
_SOUGHT_DRIVER_RE = re.compile(
    r"(?<![\w])(?i:recrut\w*|recherch\w*|cherch\w*|engag\w*)\s+(?i:un|une|un\(e\)|des|plusieurs|\d+|deux|trois)\s+"
    r"(?i:chauffeu\w*|conduct(?:eur|rice)\w*)(?:\s*\([^()\n]{1,8}\))?(?:[-\s]livr\w+)?\s+"
    r"(?:(?P<weight>(?i:poids|super)[- ]lourds?)|(?P<cat>C1E|C1|CE|C|D1|DE|D|EC))(?![\w'’])"
)
_SOUGHT_DRIVER_SCAN = GatedPattern(_SOUGHT_DRIVER_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# "Permis B et véhicule : un plus", "le permis C et le code 95 seraient un avantage": the licence and what goes with it
# share the predicate after them.
_WITH_AFTER_RE = re.compile(
    r"\s+(?:et|\+)\s+(?:(?:le|la|l['’]|un|une|votre|son|ton)\s*)?(?:v[ée]hicule|voiture|code\s+95|CAP|FIMO|FCO)(?:\s+personnel(?:le)?)?\s*:?",
    re.I,
)
# "Permis B obligatoire, permis C ou BE appréciés", "permis C ou EC très apprécié": a plus cue written right after the
# categories grades them, whatever the chain of alternatives with the licence before says.
_PLURAL_CUE_RE = re.compile(r"(?<![\w])(?:sont|seraient|seront)(?![\w])|[ée]e?s(?![\w])|(?:ables|atouts|plus\s+appr\w+s)(?![\w])", re.I)
_PLUS_CUE_AFTER_RE = re.compile(
    r"(?:\s*\([^()\n]{0,60}\))?\s*(?:(?:est|sont|serait|seraient|sera)\s+)?(?:(?:tr[èe]s|vivement|fortement|aussi)\s+)?"
    r"(?:appr[ée]ci[ée]e?s?|souhait[ée]e?s?|bienvenue?s?|souhaitables?)(?![\w])",
    re.I,
)
# "Vous avez déjà votre permis D et votre code 95 ? Vous commencez directement": holding it is a plus, the training
# is offered otherwise.
_ALREADY_BEFORE_RE = re.compile(r"(?:(?<![\w])(?:avez|as)\s+d[ée]j[àa]\s+(?:votre|ton|le|la|un)|d[ée]j[àa]\s+titulaires?\s+(?:du|de\s+la|d['’]))\s*$", re.I)
_QUESTION_AFTER_RE = re.compile(r"[^.?!\n]{0,40}\?")
# "délivrance des cartes d'identité, passeports et permis de conduire", "Accompagner les candidats à l'examen du
# permis de conduire": the document a service delivers or a school prepares for, not a licence asked.
_DOCUMENT_BEFORE_RE = re.compile(
    r"d[ée]livr\w*|passeports?|cartes?\s+d['’]identit[ée]|titres?\s+de\s+s[ée]jour|renouvellement|[ée]tat\s+civil|examens?\s+(?:du|de)\s+$|"
    # "démarches du quotidien : impôts, retraite, CAF, permis de conduire et carte grise" (a public's paperwork)
    r"d[ée]marches|imp[ôo]ts|cartes?\s+grises?",
    re.I,
)
# A driving school's or a training's exam, and the people a benefit is for: "préparation des dossiers de présentation au
# permis B, au permis A et au permis de conduire accompagné", "une formation rémunérée avec passage du permis D", "(nous
# finançons le code 95 pour les titulaires du permis C)", "une formation financée pour les demandeurs d'emploi
# titulaires du permis B": not the candidate's licence.
_EXAM_BEFORE_RE = re.compile(r"pr[ée]sentation\s+(?:au|aux|[àa]\s+l['’]examen)|formations?\b[^.;\n]{0,60}avec\s+(?:le\s+|la\s+)?(?:passage|obtention)\s+(?:du|de\s+la|des)\s*$", re.I)
_BENEFICIARIES_BEFORE_RE = re.compile(r"(?<![\w])pour\s+(?:les|des)\s+(?:[\w'’]+\s+){0,4}?titulaires\s+(?:du|de\s+la|d['’])\s*$", re.I)
# Round 17: "Nous formons les titulaires du permis B motivés : le permis D est financé", "nous accompagnons les
# titulaires du permis B vers le C": the people the employer trains, not the candidate's licence.
_TRAINED_HOLDERS_BEFORE_RE = re.compile(
    r"(?<![\w])(?:formons|formerons|accompagnons|accompagnerons)\s+(?:les|des)\s+(?:[\w'’]+\s+){0,3}?titulaires\s+(?:du|de\s+la|d['’])\s*$", re.I
)
_BENEFIT_RE = re.compile(r"finan[cç]|formations?\b|offert|pris\s+en\s+charge|prise\s+en\s+charge|rembours", re.I)
# "Chauffeur PL (H/F) - permis C financé": the line says the licence of the vehicle class is given.
_OFFERED_ON_LINE_RE = re.compile(r"permis\s+(?:\w+\s+)?(?:financ|offert|pris\s+en\s+charge|inclus)", re.I)

_SENIORITY_RE = re.compile(r"(?<![\w])\d+\s*ans?\s+de\s+permis(?![\w])", re.I)
_SENIORITY_SCAN = GatedPattern(_SENIORITY_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 4: the light-vehicle category too ("Conducteur VL", "chauffeur VL/PL"): employers name the vehicle class
# without the word "permis" for light vans as for lorries; the driving-word gate below keeps other "VL" out.
_BARE_VEHICLE_RE = re.compile(r"(?<![\w])(SPL|PL|VL)(?![\w])(?!-\d)")
# "Chauffeur / Chauffeuse de poids lourd", "conducteur super lourd": the category named by the vehicle, on a short
# line (a title or heading: "nos poids lourds sillonnent …" is the fleet).
_BARE_WEIGHT_RE = re.compile(r"(?:chauffeu|conduct)\w*(?:\s*/\s*\w+)?\s+(?:de\s+|d['’]\s*)?(?P<cat>(?:poids|super)[- ]lourds?)(?![\w])", re.I)
_BARE_WEIGHT_SCAN = GatedPattern(_BARE_WEIGHT_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_DRIVER_CAT_RE = re.compile(r"(?i:chauffeu\w*|conduct(?:eur|rice)\w*)(?:[-\s]livr\w+)?"
                            # "Chauffeur de bus D", "Chauffeur poids lourd C": the vehicle named before the category
                            r"(?:\s+(?i:(?:de\s+|d['’]\s*)?(?:bus|autobus|autocar|car|camion|poids[- ]lourds?|super[- ]lourds?)))?"
                            r"\s+(?P<cat>C1E|C1|CE|BE|C|D1|(?:DE|D)(?!\s\w))(?![\w'’])"
                            r"(?P<rest>(?:[ \t]*(?:/|ou|et|,)[ \t]*(?:C1E|C1|CE|C|D1|DE|D)(?![\w'’]))*)")  # not "CONDUCTEUR DE LIGNE"
_DRIVER_CAT_SCAN = GatedPattern(_DRIVER_CAT_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 12: the driver's certificates beside it too ("Requis :\n- SPL\n- FIMO/FCO en cours de validité").
_DRIVER_RE = re.compile(r"chauffeur|conduct|poids|camion|routier|permis|FIMO|FCO|tachygraphe|code\s+95", re.I)


# "(H/F)" after the driver's name: the post's name written as a title inside the body ("nous recrutons un(e) Chauffeur
# SPL (H/F)", the twelfth IT sample's 202CHPB gives CE).
# "recherche chauffeur SPL pour trajets …", "RECRUTE CHAUFFEUR SPL POUR …": the post's name without a determiner, written
# as a title inside the sentence (the team corpus labels it).
_TITLE_STYLE_BEFORE_RE = re.compile(r"(?<![\w])(?i:recrute|recherche|cherche|engage)\s+(?i:chauffeu|conduct)\w*(?:\s*/\s*\w+)?\s+$")
_CLOSES_SENTENCE_RE = re.compile(r"[ \t]*(?:[.!:;\n]|$)")
_GENDER_MARK_AFTER_RE = re.compile(r"\s*\((?:H|F|M|X)\s*/\s*(?:H|F|M|X)(?:\s*/\s*(?:H|F|M|X))?\)", re.I)


def _in_sentence_beside_permis(text: str, start: int, end: int, category: str, found: list[Mention]) -> bool:
    """Round 17: the vehicle class of the driver sought, in a sentence of the body ("recherche un conducteur SPL pour des
    tournées régionales", "recrute des conducteurs PL en CDI", "NOUS CHERCHONS UN CHAUFFEUR CE POUR DES TRAJETS …"),
    when the ad names the same licence with the word "permis" ("Permis CE", "Permis C en cours de validité"): the job
    described, the licence is the permis' item (fifth written batch, four ads). A title or heading line keeps it."""
    if (
        _heading_line(text, start)
        or _GENDER_MARK_AFTER_RE.match(text, end)
        or _CLOSES_SENTENCE_RE.match(text, end)
        or _TITLE_STYLE_BEFORE_RE.search(text, max(0, start - 50), start)
    ):
        return False  # (the post named alone closing its sentence, "nous recherchons un-e Conducteur/trice SPL.", dev 192SZHK)
    return any(f.attrs.get("category") == category and text[f.start : f.start + 6].lower() == "permis" for f in found)


def _heading_line(text: str, pos: int) -> bool:
    """A short line (a title, a heading, a list item of the job's name) around `pos`."""
    return _line_end(text, pos) - (text.rfind("\n", 0, pos) + 1) <= 60


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _experience_before(text: str, pos: int) -> bool:
    """The driver's class follows an experience or a task ("2 ans d'expérience comme chauffeur C")."""
    return bool(_EXPERIENCE_BEFORE_RE.search(text, max(0, pos - 60), pos))


# Whole-text scans, tried only where their literal prefixes occur (fastscan.py): same matches.
_PERMIS_SCAN = GatedPattern(_PERMIS_RE)
_BARE_VEHICLE_SCAN = GatedPattern(_BARE_VEHICLE_RE)
_BARE_SCAN = GatedPattern(_BARE_RE)


def find_licences(text: str, default_category: str = "B", lowered: str | None = None) -> list[Mention]:
    low = fold(text) if lowered is None else lowered
    found: list[Mention] = []
    for m in _SENIORITY_SCAN.finditer(text):
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
        named = {_normalise(first): first}
        for c in _CAT_RE.finditer(text, rest_start, m.end("rest")):
            if c.group(0) in _LOWERCASE_WORDS:
                break
            same = named.get(_normalise(c.group(0)))
            if same is not None and (_VEHICLE_WORD_RE.search(same) or _VEHICLE_WORD_RE.search(c.group(0))):
                continue  # "Permis : C - Poids lourd exigé": the category restated by its vehicle, one licence ("SPL/EC": two)
            named.setdefault(_normalise(c.group(0)), c.group(0))
            found.append(Mention("licence", c.start(), c.end(), {"category": _normalise(c.group(0))}, family="licence"))
    for m in _BARE_VEHICLE_SCAN.finditer(text, low):
        # "Chauffeur PL/SPL", "Conducteur VL": the vehicle categories named without the word "permis".
        if any(f.start <= m.start() < f.end for f in found):
            continue
        if m.group(1) == "VL" and not _heading_line(text, m.start()):
            continue  # "le conducteur VL chez nous, c'est …", "nos VL": a story about the job or the fleet, not asked
        if _NOT_ASKED_VEHICLE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) or _experience_before(text, m.start()):
            continue
        if _OFFERED_ON_LINE_RE.search(text, text.rfind("\n", 0, m.start()) + 1, _line_end(text, m.end())):
            continue  # "Chauffeur PL (H/F) - permis C financé": the job's licence is given
        if _in_sentence_beside_permis(text, m.start(), m.end(), _normalise(m.group(1)), found):
            continue
        if _DRIVER_RE.search(text, max(0, m.start() - 40), m.end() + 40):
            found.append(Mention("licence", m.start(), m.end(), {"category": _normalise(m.group(1))}, family="licence"))
    for m in _BARE_WEIGHT_SCAN.finditer(text, low):
        if _heading_line(text, m.start("cat")) and not any(f.start < m.end() and m.start("cat") < f.end for f in found) and not _experience_before(text, m.start()):
            found.append(Mention("licence", m.start("cat"), m.end("cat"), {"category": _normalise(m.group("cat"))}, family="licence"))
    # Round 13: the lorry and bus categories after the driver's name in a title or heading ("Chauffeur CE (code 95)",
    # "Conducteur C/CE"); not in a sentence ("2 ans d'expérience en tant que chauffeur CE" is the experience).
    for m in _DRIVER_CAT_SCAN.finditer(text, low):
        # the vehicle already read as the category ("Chauffeur poids lourd C") is one licence, not two
        if _heading_line(text, m.start("cat")) and not any(f.start < m.end() and m.start() < f.end for f in found) and not _experience_before(text, m.start()):
            found.append(Mention("licence", m.start("cat"), m.end("cat"), {"category": _normalise(m.group("cat"))}, family="licence"))
            for c in re.finditer(r"C1E|C1|CE|C|D1|DE|D", m.group("rest")):
                found.append(Mention("licence", m.start("rest") + c.start(), m.start("rest") + c.end(), {"category": c.group(0)}, family="licence"))
    # the guide (202CHPF): "Nous recrutons des Conducteurs Poids-lourd" is not labelled when the body names the licence
    # itself ("Permis C ou CE en cours de validité"): the vehicle class spelled out is the job; a code ("un Chauffeur
    # SPL", 202CHPB) still is the licence
    licence_named = any(low.startswith("permis", f.start) for f in found)
    for m in _SOUGHT_DRIVER_SCAN.finditer(text, low):
        g = "weight" if m.group("weight") else "cat"
        if g == "weight" and licence_named:
            continue
        if _in_sentence_beside_permis(text, m.start(g), m.end(g), _normalise(m.group(g)), found):
            continue
        if not any(f.start < m.end(g) and m.start(g) < f.end for f in found):
            found.append(Mention("licence", m.start(g), m.end(g), {"category": _normalise(m.group(g))}, family="licence"))
    if "driv" in low:
        for m in _ENGLISH_SCAN.finditer(text):
            cat = m.group("cat") or default_category
            found.append(Mention("licence", m.start(), m.end(), {"category": _normalise(cat)}, family="licence"))
    for f in list(found):
        nxt = _FOLLOWING_CAT_RE.match(text, f.end)
        if nxt and not any(g.start < nxt.end("cat") and nxt.start("cat") < g.end for g in found):
            found.append(Mention("licence", nxt.start("cat"), nxt.end("cat"), {"category": _normalise(nxt.group("cat"))}, family="licence"))
    for m in _BARE_SCAN.finditer(text, low):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        if _DOCUMENT_BEFORE_RE.search(text, max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80), m.start()):
            continue
        found.append(Mention("licence", m.start(), m.end(), {"category": default_category}, family="licence"))
    # "Vous n'avez pas le permis D ? Nous finançons votre formation": a question about a licence the candidate may lack
    kept = [
        f
        for f in found
        if not offered_right_after(text, f.end)
        # "(permis D + CAP financés)": offered with what goes with it
        and not ((w := _WITH_AFTER_RE.match(text, f.end)) is not None and offered_right_after(text, w.end()))
        and not not_held_question(text, f.start, f.end)
        and not held_by_others_or_given(text, f.start, f.end)
        and not _TOWARDS_BEFORE_RE.search(text, max(0, f.start - 80), f.start)
        and not _GIVEN_BEFORE_RE.search(text, max(0, f.start - 60), f.start)
        # "Vous avez le permis D mais pas la FIMO ?": the question is about what the candidate lacks, the licence is
        # assumed (asked elsewhere, if at all)
        and not _BUT_NOT_QUESTION_AFTER_RE.match(text, f.end)
        and not _not_candidates(text, f.start)
        # "Le permis B n'est pas demandé", "Permis B : non exigé" (not_needed.py)
        and not said_not_needed(text, f.end)
    ]
    return _plus_predicates(text, sorted(kept, key=lambda m: m.start))


# "(sinon permis B et nous vous accompagnons vers le permis C)": the licence the employer leads the recruit to.
# Round 18: the employer's verb of giving before the licence ("Nous finançons le permis D pour…", "L'entreprise prend en
# charge le permis C", "nous payons votre permis CE après la période d'essai"): a benefit, not a requirement.
_GIVEN_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:nous|on|l['’]entreprise|la\s+soci[ée]t[ée]|l['’]employeur|qui)\s+(?:vous\s+|te\s+)?"
    r"(?:finan[cç]\w+|pa(?:y|i)\w*|offr\w+|rembours\w+|prend\w*\s+en\s+charge|assur\w+))"
    r"\s+(?:int[ée]gralement\s+|enti[èe]rement\s+|aussi\s+|[ée]galement\s+)?(?:le|la|l['’]|votre|ton|vos|tes|les)?\s*"
    r"(?:(?:formation|passage|examen)\s+(?:au|du|de|d['’])\s*)?$",
    re.I,
)
_TOWARDS_BEFORE_RE = re.compile(r"accompagn\w*\s+(?:[^.;\n]{0,40}\s)?(?:vers|jusqu['’]au)\s+(?:le|la|l['’])?\s*(?:permis\s+)?$", re.I)
_BUT_NOT_QUESTION_AFTER_RE = re.compile(r"\s+mais\s+(?:pas|non)\b[^.?!\n]{0,40}\?", re.I)
_CHAIN_RE = re.compile(r"\s*(?:,|/|\bet\b|\bou\b|&|-|\+)\s*(?:(?:le|la|un)\s+)?(?:permis\s+)?", re.I)


def _not_candidates(text: str, start: int) -> bool:
    """The licence of an exam a school or a training prepares, or of the people a benefit is for."""
    line_start = text.rfind("\n", 0, start) + 1
    if _EXAM_BEFORE_RE.search(text, max(line_start, start - 80), start) or _TRAINED_HOLDERS_BEFORE_RE.search(text, max(line_start, start - 80), start):
        return True
    sentence_start = max(line_start, text.rfind(".", 0, start) + 1, text.rfind("(", 0, start) + 1, start - 200)
    return bool(_BENEFICIARIES_BEFORE_RE.search(text, max(line_start, start - 80), start) and _BENEFIT_RE.search(text, sentence_start, start))


def _plus_predicates(text: str, found: list[Mention]) -> list[Mention]:
    """Licences whose own predicate or cue after them makes them a plus are preferred ("le permis BE serait top", "Le
    permis B est un atout, le permis C un gros plus", "permis C ou BE appréciés" after "Permis B obligatoire, "), with
    the categories chained to them; so is a licence asked about as already held ("Vous avez déjà votre permis D ?")."""

    def first_preferred(out: list[Mention], i: int, j: int) -> int | None:
        end = out[j].end
        paren = re.match(r"\s*\([^()\n]{1,30}\)", text[end : end + 40])
        if paren and not PLUS_PREDICATE_AFTER_RE.match(text, end):
            end += paren.end()  # "permis tracteur (G) apprécié"
        with_after = _WITH_AFTER_RE.match(text, end)
        after = with_after.end() if with_after else end
        cue = PLUS_PREDICATE_AFTER_RE.match(text, after) or _PLUS_CUE_AFTER_RE.match(text, after)
        already = bool(_ALREADY_BEFORE_RE.search(text, max(0, out[i].start - 40), out[i].start) and _QUESTION_AFTER_RE.match(text, out[j].end))
        if already:
            return i
        if cue is None:
            return None
        # Round 18: "Permis B, permis G apprécié", "Permis B, BE souhaité": after a comma a singular cue is the last
        # licence's own (with those joined to it by "ou"/"et"); a plural one takes the list ("permis C, CE appréciés")
        if _PLURAL_CUE_RE.search(cue.group(0)):
            return i
        first = j
        while first > i and "," not in text[out[first - 1].end : out[first].start]:
            first -= 1
        return first

    return prefer_chains(text, found, _CHAIN_RE, first_preferred)
