"""Diplomas and certificates (Belgian FWB and French) with their EQF and ISCED levels.

Levels follow /work/shared/domain/walloon-reference.md §3 (copied into `data/diplomas.json`, which is the table
this module reads): Belgian CEB, CE1D, CQ6/CQ7, CESS, BES, bachelier, master; French CAP, BEP, Bac, BP, BTS, DUT,
BUT, licence, Bac+N, titre professionnel niveau N, Diplômes d'État of health and social work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audits.extract.fastscan import AnchoredPattern, GatedPattern, MultiPattern, fold
from audits.extract.mention import Mention
from audits.extract.not_needed import said_not_needed, said_rejected
from audits.extract.recognizers.driver_cap import is_driver_cap
from audits.extract.third_party import held_by_third_party
from audits.model import Strength

# Bac+N -> (EQF, ISCED). French CNC levels are aligned with EQF (INSEE); Bac+4 (maîtrise, M1) is level 6.
BAC_PLUS: dict[int, tuple[int, int]] = {1: (4, 4), 2: (5, 5), 3: (6, 6), 4: (6, 6), 5: (7, 7), 6: (7, 7), 7: (7, 7), 8: (8, 8)}
# "niveau IV" (old French nomenclature) and "niveau 4" (CNC/EQF).
OLD_LEVELS: dict[str, int] = {"V": 3, "IV": 4, "III": 5, "II": 6, "I": 7}
LEVEL_ISCED: dict[int, int] = {1: 1, 2: 2, 3: 3, 4: 3, 5: 5, 6: 6, 7: 7, 8: 8}


@dataclass(frozen=True)
class DiplomaTerm:
    code: str
    pattern: re.Pattern[str]
    eqf: int | None
    isced: int | None
    needs_context: bool  # weak acronym (AES, AMP): only after "diplôme", "titulaire", "DE"...


# Round 2 (sixth/seventh samples): ads copied through forms lose their apostrophes ("école dingénieur", "diplôme
# dEtat"); every apostrophe of the table may be missing where an elision can be, before a vowel or an h that starts
# a word ("de puériculture" is no "d'e…").
_ELIDED = "(?:'|(?=[aeiouyhàâéèêëîïôûAEIOUYHÀÂÉÈÊËÎÏÔÛ]\\w))"


def _apostrophe_optional(pattern: str) -> str:
    return re.sub(r"(?<!\\)'(?![?*])", lambda _: _ELIDED, pattern)


def load_terms(entries: list[dict[str, object]]) -> list[DiplomaTerm]:
    terms = []
    for e in entries:
        flags = 0 if e.get("case_sensitive") else re.I
        body = r"(?<![\w+])(?:" + str(e["pattern"]) + r")(?![\w+])"
        try:
            pattern = re.compile(_apostrophe_optional(body), flags)
        except re.error:
            # The rewrite breaks an apostrophe inside a look-behind (fixed width) or inside a character class
            # ("[\w'-]+"): such a term keeps its apostrophes as written (3 terms of the table today).
            pattern = re.compile(body, flags)
        terms.append(
            DiplomaTerm(
                code=str(e["code"]),
                pattern=pattern,
                eqf=e.get("eqf") if isinstance(e.get("eqf"), int) else None,  # type: ignore[arg-type]
                isced=e.get("isced") if isinstance(e.get("isced"), int) else None,  # type: ignore[arg-type]
                needs_context=bool(e.get("needs_context")),
            )
        )
    return terms


# "Bac+2", "BAC +2/3", "Profil recherchéBac+3" (words glued where the markup was stripped), "bac +2 à bac +5" (a range takes its minimum), "Bac 2" (the "+" forgotten).
_BAC_PLUS_RE = re.compile(
    r"(?:(?<![\w])|(?<=[a-zà-ÿ])(?=(?-i:B)))(?:niveau\s+)?bac(?:calaur[ée]at)?\s*(?:\+\s*|(?=\s?[2-8]\b(?!\s*(?:ans|mois|h|heures))))\s*(\d)"
    # Round 9: a slash followed by the level written in full again ("Bac+2 / Bac+3") names two alternatives, each read on
    # its own; the short forms ("Bac+2/3", "Bac +4/+5") and "à"/"-" ranges stay one item at their minimum.
    r"(?:\s*(?:/(?!\s*(?:niveau\s+)?bac)|à|-)\s*(?:bac\s*)?\+?\s*\d)?(?![\w])",
    re.I,
)
_BAC_PLUS_SCAN = GatedPattern(_BAC_PLUS_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_LEVEL_RE = re.compile(
    r"(?<![\w])(?:titre|dipl[ôo]me|certification|formation|qualification)s?\s+(?:professionnel(?:le)?\s+|pro\s+|RNCP\s+|homologu[ée]e?\s+|d'[ée]tat\s+)?"
    r"(?:de\s+)?niveau\s+(\d|IV|V|III|II|I)(\+)?(?![\w])",
    re.I,
)
_LEVEL_SCAN = GatedPattern(_LEVEL_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 11: the level given by a verb ("Titre ou diplôme classé au moins au niveau 7", "le grade ou diplôme requis doit
# correspondre au niveau 7", "diplôme enregistré au RNCP au niveau 6"): the noun first, "grade" only beside a diploma
# (alone it is a civil-service rank: "le grade correspond au niveau 3 de la grille").
# Round 15: a bare level with its diplomas in brackets ("niveau 3 (CAP/BEP) logistique souhaité", "niveau IV (Bac pro)").
_BARE_LEVEL_RE = re.compile(
    r"(?<![\w])(?<!de\s)(?<!au\s)niveau\s+([3-8]|IV|V|III|II|I)(?=\s*\(\s*(?:CAP|BEP|BTS|Bac|BP|DUT|BUT|licence|master|DEAES|titre)\b)",
    re.I,
)
_BARE_LEVEL_SCAN = GatedPattern(_BARE_LEVEL_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 20: a bare level of the old French nomenclature (Roman numerals name nothing but diploma levels) with a cue or a
# bracket after it ("Niveau IV minimum (Bac pro …)", "niveau V exigé", "Niveau III souhaité"); the Arabic "niveau 4" alone is
# anything (a grid, a language, a step).
_ROMAN_LEVEL_RE = re.compile(
    r"(?<![\w])(?<!de\s)(?<!au\s)niveau\s+(?-i:(IV|V|III|II))(?![\w])"
    r"(?=\s*(?:minimum|mini\b|min\.|requis|exig|souhait|obligatoire|appr[ée]ci|indispensable|\(|ou\s+(?:plus|sup|[ée]quivalent)))",
    re.I,
)
_ROMAN_LEVEL_SCAN = GatedPattern(_ROMAN_LEVEL_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_LEVEL_VERB_RE = re.compile(
    r"(?<![\w])(?:(?:titre|grade)\s+ou\s+)?(?:titre|dipl[ôo]me)s?\s+(?:requis\s+)?(?:doit\s+)?(?:[êe]tre\s+)?"
    r"(?:class[ée]|enregistr[ée]|inscrit|reconnu|correspond(?:re|ant)|[ée]quivalent)(?:e|s|es)?\s+(?:au\s+RNCP\s+)?"
    r"(?:(?:au\s+)?(?:moins|minimum)\s+)?au\s+niveau\s+([1-8])(?![\w])",
    re.I,
)
_LEVEL_VERB_SCAN = GatedPattern(_LEVEL_VERB_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 13: with the acronym that names it ("titre professionnel ADVF", "titre pro TSSR"): one item, not a second
# diploma for the acronym.
_TITRE_PRO_RE = re.compile(r"(?<![\w])titre\s+pro(?:fessionnel)?(?![\w])(?:\s+(?-i:[A-Z]{2,6})(?![\w]))?", re.I)
_TITRE_PRO_SCAN = GatedPattern(_TITRE_PRO_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 12: a professional or RNCP title named by its trade, its level after the name ("Titre professionnel Technicien
# d'assistance informatique (niveau 4)", "titre RNCP Développeur web de niveau 5", "titre pro TSSR, niveau 5"): one item
# with that level (the bare "titre professionnel" match is shorter and gives way).
_NAMED_TITLE_LEVEL_RE = re.compile(
    r"(?<![\w])(?:titre|certification)s?\s+(?:professionnel(?:le)?|pro|RNCP)\s+(?:(?!niveau\b|ou\b)[^\n().;:,]){1,60}?"
    r"(?:\s*\(\s*|\s*,\s*|\s*[-–]\s*|\s+)(?:de\s+|au\s+)?niveau\s+([1-8]|IV|V|III|II|I)(?![\w])(?:\s*\))?",
    re.I,
)
_NAMED_TITLE_LEVEL_SCAN = GatedPattern(_NAMED_TITLE_LEVEL_RE)
# "Pas de diplôme demandé", "sans obligatoirement de diplôme(s)", "aucun diplôme n'est exigé", "diplôme non requis",
# "quel que soit votre niveau de diplôme", "accessible sans diplôme": the ad says no diploma is needed — a diploma
# item with no level, optional (labelling guide, fifth sample). A bare "sans diplôme" is not read: "des jeunes sans
# diplôme" are the people a service is for.
# Round 19: the rest of the "no diploma needed" family, written by its parts rather than by sentence — a diploma word
# (article or possessive, singular or plural, "qualification", "niveau d'études") said not to matter ("Le diplôme n'a pas
# d'importance", "les diplômes n'ont aucune importance", "la qualification importe peu", "le diplôme ne compte pas", "diplôme
# facultatif") or said not needed with a qualifier or a plural verb ("Aucun diplôme préalable demandé", "pas de
# qualification particulière exigée", "les diplômes ne sont pas exigés"), indifference ("peu importent les diplômes",
# "qu'importe ton diplôme", "avec ou sans diplôme", "diplômé(e) ou non"), "pas besoin d'être diplômé", "il n'est pas
# nécessaire d'avoir un diplôme", and the English lines of mixed ads ("no specific degree needed", "no degree required",
# "degree not required"). "sans diplôme" alone is read apart (_none_clauses): the public served uses it too.
_DIPLOMA_WORD = r"(?:dipl[ôo]mes?(?:\(s\))?|qualifications?|niveau\s+d'[ée]tudes?)"
_NEED_WORD = r"(?:demand|requis|exig|n[ée]cessaire|obligatoire|indispensable|impos)\w*"
_NO_DIPLOMA_R19 = (
    r"(?:le|les|ton|votre|vos|tes)\s+" + _DIPLOMA_WORD + r"\s+(?:"
    r"n'(?:a|ont)\s+(?:pas|aucune|que\s+peu|pas\s+(?:beaucoup|grande?))\s+(?:d'|de\s+)?importance"
    r"|(?:a|ont)\s+peu\s+d'importance|(?:nous\s+)?importe(?:nt)?\s+peu|ne\s+compte(?:nt)?\s+pas|(?:est|sont)\s+(?:facultati|optionnel|secondaire)\w*"
    r"|ne\s+sont\s+pas\s+(?:forc[ée]ment\s+|obligatoirement\s+|du\s+tout\s+)?" + _NEED_WORD + r")"
    r"|dipl[ôo]mes?\s*(?::\s*)?(?:facultati|optionnel)\w*"
    r"|(?:pas\s+de|aucune?)\s+" + _DIPLOMA_WORD + r"\s+(?:(?:pr[ée]alable|particuli[èe]re?|sp[ée]cifique|minimum|officiel(?:le)?|pr[ée]cise?)s?\s+){1,2}"
    r"(?:n'est\s+|ne\s+sont\s+|n'\s*)?" + _NEED_WORD +
    r"|pas\s+de\s+qualifications?\s+(?:n'est\s+)?" + _NEED_WORD +
    r"|(?:peu\s+importe(?:nt)?|qu'importe)\s+(?:le|les|ton|votre|vos|tes)\s+dipl[ôo]mes?"
    r"|avec ou\s+sans\s+dipl[ôo]mes?|dipl[ôo]m[ée](?:e|\(e\))?s?\s+ou\s+(?:non|pas)"
    r"|(?:pas|nul)\s+besoin\s+d'[êe]tre\s+dipl[ôo]m[ée](?:e|\(e\))?s?"
    r"|pas\s+(?:n[ée]cessaire|obligatoire|indispensable)\s+d'(?:avoir|[êe]tre|poss[ée]der)\s+(?:un\s+|de\s+)?dipl[ôo]m(?:e|[ée](?:e|\(e\))?)s?"
    r"|no\s+(?:specific\s+|particular\s+|formal\s+|prior\s+)?(?:degree|diploma|qualification)s?\s+(?:is\s+|are\s+)?(?:needed|required|necessary|mandatory)"
    r"|(?:degree|diploma)\s+(?:is\s+)?not\s+(?:required|needed|necessary|mandatory)"
    # Round 20: the diploma set aside for what counts instead ("On ne regarde pas ton diplôme", "nous ne regardons pas les
    # diplômes", "ce qui compte : ton code, pas ton diplôme", "on recrute sur la motivation, pas sur le diplôme", "ta
    # motivation plutôt que ton diplôme", "l'attitude compte plus que le diplôme"): the ad asks none.
    r"|(?:on\s+ne|nous\s+ne|ne)\s+(?:regard|juge|s[ée]lectionn|recrut|fix)(?:e|ons|ent)\s+pas\s+(?:(?:sur|[àa])\s+)?(?:ton|votre|tes|vos|le|les)\s+dipl[ôo]mes?"
    r"|(?<=,\s)pas\s+(?:(?:sur|[àa])\s+)?(?:ton|votre|tes|vos|le|les)\s+dipl[ôo]mes?(?=\s*(?:[.,;!()\n]|$))"
    r"|(?:plut[ôo]t\s+que|plus\s+que)\s+(?:sur\s+)?(?:ton|votre|tes|vos|le|les)\s+dipl[ôo]mes?"
)
# Round 21: the same family in the frames the earlier rounds missed —
# - indifference in speech, the diploma word before or after ("Diplôme ? On s'en fiche un peu", "le diplôme, on s'en
#   moque", "on se fiche des diplômes", "Diplôme ? Pas obligatoire", "Diplôme ? Peu importe");
# - "Bac+0" ("Bac+0 OK", "niveau Bac +0 accepté"), "zéro diplôme", "sans CV ni diplôme";
# - the reader's missing diploma as one of the ways in ("que vous n'ayez aucun diplôme", "même si tu n'as pas de diplôme",
#   "vous n'avez pas encore de qualification"), the question "Sans diplôme ?", "Non diplômé(e) ?", "Pas diplômé ?";
# - the non-graduates let in ("Les non-diplômés peuvent postuler", "Non diplômés : candidature possible", "non-diplômé(e)s
#   bienvenu(e)s", "poste ouvert aux non-diplômés"): the permission tells them from the public a service is for;
# - the qualifier with no verb ("Aucune qualification particulière", "pas de qualification spécifique ;", "aucun niveau
#   d'études minimum"), no school prerequisite ("aucun prérequis scolaire"), every level taken ("tous niveaux d'études
#   acceptés"), a heading answered "aucun" ("Diplôme requis : aucun", "Niveau d'études : néant").
_NON_GRADUATES = r"non[\s-]?dipl[ôo]m[ée](?:e|\(e\)|·e)?s?(?:\(e\)s|·e·s|\(es\))?"
_NO_DIPLOMA_R21 = (
    r"dipl[ôo]mes?\s*[?:!,–-]*\s*(?:on|nous)\s+(?:s['’]en|nous\s+en)\s+(?:fiche|fout|moque|balance|fichons|moquons)"
    r"(?:\s+(?:un\s+peu|pas\s+mal|compl[èe]tement|royalement|totalement))?"
    r"|(?:on|nous|je)\s+(?:se|s['’]en|nous|nous\s+en|me|m['’]en)\s+(?:fiche|fout|moque|balance|fichons|moquons)\s+(?:un\s+peu\s+|pas\s+mal\s+|"
    r"compl[èe]tement\s+|royalement\s+|totalement\s+)?(?:du|des|de\s+(?:ton|votre|tes|vos))\s+dipl[ôo]mes?"
    r"|dipl[ôo]mes?\s*\?\s*(?:(?:ce\s+n['’]est\s+|c['’]est\s+)?pas\s+(?:(?:si|tr[èe]s|vraiment|forc[ée]ment)\s+)?(?:important|grave|obligatoire|"
    r"n[ée]cessaire|indispensable|requis|exig[ée]|un\s+probl[èe]me|un\s+crit[èe]re)|peu\s+importe|facultatif|optionnel|aucune\s+importance)"
    r"|bac\s*\+\s*0(?!\d)(?:\s+(?:ok|accept[ée]e?s?|bienvenue?s?|possible))?|z[ée]ro\s+dipl[ôo]me(?:\s+(?:requis|exig[ée]|demand[ée]|n[ée]cessaire))?"
    r"|sans\s+CV\s+ni\s+dipl[ôo]mes?"
    r"|(?:que\s+|m[êe]me\s+si\s+)?(?:vous\s+n['’](?:ayez|avez)|tu\s+n['’](?:aies|as))\s+(?:(?:pas|jamais)\s+(?:encore\s+)?(?:de\s+|d['’])|aucune?\s+)"
    r"(?:dipl[ôo]mes?|qualifications?)"
    r"|sans\s+dipl[ôo]mes?\s*\?|(?:pas|vous\s+n['’][êe]tes\s+pas|tu\s+n['’]es\s+pas)\s+(?:encore\s+)?dipl[ôo]m[ée](?:e|\(e\)|·e)?s?\s*\?"
    r"|" + _NON_GRADUATES + r"\s*\?"
    r"|(?:(?:les|des|aux)\s+)?(?:(?:candidat(?:\(e\)|·e)?s?|personnes|profils)\s+)?" + _NON_GRADUATES +
    r"(?:\s*[:,–-]\s*|\s+)(?:(?:sont|seront)\s+(?:aussi\s+|[ée]galement\s+)?(?:les\s+)?(?:accept|bienvenu|admis)\w*(?:\(e\)s|\(es\))?"
    r"|(?:accept|bienvenu|admis)\w*(?:\(e\)s|\(es\))?|peuvent\s+(?:aussi\s+|[ée]galement\s+)?(?:postuler|candidater|pr[ée]senter\s+leur\s+candidature)"
    r"|candidatures?\s+(?:possible|accept[ée]e|bienvenue|recevable)s?|c['’]est\s+possible|possible)"
    r"|(?:ouvert|accessible|accept|recrut|embauch|engag)\w*\s+(?:aussi\s+|[ée]galement\s+|m[êe]me\s+)?(?:aux|des|les)\s+"
    r"(?:(?:candidat(?:\(e\)|·e)?s?|personnes|profils)\s+)?" + _NON_GRADUATES +
    r"|(?:pas\s+de|aucune?)\s+(?:dipl[ôo]mes?|qualifications?|niveau\s+(?:d['’][ée]tudes?|scolaire))\s+(?:particuli[èe]re?|sp[ée]cifique|minimum|pr[ée]alable)s?"
    r"(?=\s*(?:[,.;!)\n]|$|mais\b|ni\b))"
    r"|(?:aucun|pas\s+de|sans)\s+pr[ée]requis\s+(?:scolaires?|acad[ée]miques?|de\s+formation|de\s+niveau(?:\s+d['’][ée]tudes?)?)"
    r"|tous\s+niveaux\s+(?:d['’][ée]tudes?|scolaires?|de\s+dipl[ôo]mes?|de\s+formation)(?:\s+(?:accept[ée]s|bienvenus))?"
    r"|(?:dipl[ôo]mes?|niveau\s+(?:d['’][ée]tudes?|scolaire)|qualifications?)(?:\s+(?:requis|exig[ée]|demand[ée]|minimum)e?s?)?\s*:\s*"
    r"(?:aucune?|n[ée]ant|sans)(?=\s*(?:[,.;!\n]|$))"
)
_NO_DIPLOMA_RE = re.compile(
    r"(?<![\w])(?:"
    r"(?:pas|aucun)\s+(?:de\s+|d'?|besoin\s+d'?(?:un\s+)?|besoin\s+de\s+)?dipl[ôo]mes?(?:\(s\))?\s+(?:(?:scolaire|acad[ée]mique)\s+)?(?:particulier\s+|sp[ée]cifique\s+)?"
    r"(?:n'?est\s+|ne\s+sont\s+|n'\s*)?(?:demand|requis|exig|n[ée]cessaire|obligatoire|indispensable)\w*"
    # Round 2: "Pas besoin de diplôme", "aucun prérequis de diplôme" (no verb after).
    r"|pas\s+besoin\s+(?:de\s+|d'?(?:un\s+)?)dipl[ôo]mes?|(?:pas\s+de|aucun)\s+pr[ée]requis\s+(?:de\s+)?dipl[ôo]mes?"
    # Round 12: "Pas de diplôme particulier, mais …", "Aucun diplôme spécifique." (the verb left out)
    r"|(?:pas|aucun)\s+(?:de\s+)?dipl[ôo]mes?\s+(?:particulier|sp[ée]cifique)s?(?=\s*(?:[,.;!\n]|$|mais\b))"
    r"|sans\s+(?:obligatoirement|forc[ée]ment|n[ée]cessairement)\s+(?:de\s+|d'|[êe]tre\s+)?dipl[ôo]m[ée]?(?:e|s|\(e\)|\(s\))*"
    r"|dipl[ôo]mes?\s*(?::\s*)?(?:n'est\s+pas|non|pas)\s+(?:requis|exig|obligatoire|n[ée]cessaire|indispensable)\w*"
    r"|quel(?:le)?s?\s+que\s+soi(?:t|ent)\s+(?:votre|ton|le|leur|vos)\s+(?:niveau\s+de\s+)?dipl[ôo]mes?"
    r"|(?:m[êe]me|y\s+compris|ouverte?s?|accessibles?|accept[ée]e?s?)\s+(?:aux\s+(?:candidat|personne|profil)\w*\s+(?:[^\W\d_]+(?:\(e\)|\(s\))*\s+)?)?sans\s+dipl[ôo]mes?"
    # Round 14: "aucune qualification (particulière) n'est requise", "aucun diplôme non plus", a title "Manutentionnaire - sans
    # diplôme" (a dash before it, the end of the title or its (H/F) after)
    r"|aucune\s+qualification\s+(?:particuli[èe]re\s+|sp[ée]cifique\s+)?(?:n'est\s+)?(?:requise|exig[ée]e|demand[ée]e|n[ée]cessaire)"
    r"|aucun\s+dipl[ôo]me\s+non\s+plus"
    r"|(?<=[-–]\s)sans\s+dipl[ôo]me(?=\s*(?:$|\(|[-–]))"
    # Round 13: the diploma denied beside experience ("Aucun diplôme ni expérience exigés", "Aucune expérience ni
    # diplôme demandés", "Sans diplôme, sans expérience": the pair says the ad asks neither, unlike the public's
    # "jeunes sans diplôme"), "aucune condition de diplôme n'est requise", "Ton diplôme nous importe peu".
    r"|(?:aucun|pas\s+de)\s+dipl[ôo]mes?\s+ni\s+(?:d'|de\s+)?exp[ée]riences?(?:\s+(?:n'est|ne\s+sont))?\s+(?:demand|requis|exig|n[ée]cessaire|obligatoire)\w*"
    r"|(?:aucune|pas\s+d')\s*exp[ée]riences?\s+ni\s+(?:de\s+)?dipl[ôo]mes?(?:\s+(?:n'est|ne\s+sont))?\s+(?:demand|requis|exig|n[ée]cessaire|obligatoire)\w*"
    r"|sans\s+dipl[ôo]mes?(?=\s*(?:,|/|\bet\b|\bni\b)\s*(?:sans\s+|d'|de\s+)?exp[ée]rience)"
    r"|(?:aucune|sans)\s+conditions?\s+de\s+dipl[ôo]mes?(?:\s+(?:n'est|ne\s+sont)\s+(?:requis|exig|demand|n[ée]cessaire)\w*)?"
    r"|(?:ton|votre|le)\s+dipl[ôo]me\s+(?:nous\s+|m'|me\s+)?importe\s+peu|peu\s+(?:nous\s+)?importe\s+(?:ton|votre|le)\s+dipl[ôo]me"
    # Round 15: the requirement itself denied ("Aucune exigence de diplôme", "pas d'exigence en matière de diplôme", "sans
    # prérequis de diplôme"), and "sans diplôme" after the (H/F) of a title ("Aide à domicile H/F sans diplôme - débutant accepté").
    r"|(?:aucune|pas\s+d'|sans)\s*(?:exigence|condition|pr[ée]requis)s?\s+(?:de\s+|d'|en\s+(?:mati[èe]re|termes)\s+de\s+)(?:niveau\s+(?:de\s+|d')?)?dipl[ôo]mes?"
    r"|(?<=H/F\s)sans\s+dipl[ôo]me|(?<=\(H/F\)\s)sans\s+dipl[ôo]me|(?<=F/H\s)sans\s+dipl[ôo]me"
    # Round 16: the missing diploma as a question to the reader ("Vous n'avez pas de diplôme ?", "Pas de diplôme ?", "Tu n'as
    # pas de diplôme ?"), and "Pas de diplôme" / "Aucun diplôme" opening a clause with nothing after but punctuation ("Pas de
    # diplôme, pas de permis, …", "- Aucun diplôme : nous vous formons"); not "pas de diplôme du secondaire".
    r"|(?:vous\s+n'avez\s+pas|tu\s+n'as\s+pas|pas)\s+(?:de\s+|d')dipl[ôo]mes?\s*\?"
    # Round 20: any bullet sign before it, emoji included ("✅ Pas de diplôme, pas de CV", "👉 Aucun diplôme !")
    r"|(?:(?<=\n)|(?<=\A)|(?<=[.!?:;•*\-–]\s)|(?<=[.!?:;])|(?<=[^\w\s,'’(\"«]\s))(?:pas|aucun)\s+(?:de\s+)?dipl[ôo]mes?(?=\s*(?:[,:;!]|\.(?!\w)|\n|$))"
    # Round 17: the level of studies denied ("Aucun niveau d'études requis", "pas de niveau scolaire exigé", "aucun niveau de
    # diplôme n'est demandé") and the diploma heading answered by indifference ("Diplôme : peu importe", "Niveau d'études :
    # indifférent", "Formation : pas nécessaire").
    r"|(?:pas|aucun)\s+(?:de\s+)?niveau\s+(?:d'[ée]tudes?|scolaire|de\s+dipl[ôo]me|de\s+formation)\s+(?:particulier\s+|minimum\s+)?(?:n'est\s+)?(?:requis|exig|demand|n[ée]cessaire|impos)\w*"
    r"|(?:dipl[ôo]mes?|niveau\s+(?:d'[ée]tudes?|scolaire)|formation)\s*:\s*(?:peu\s+importe|indiff[ée]rent|sans\s+importance|non\s+(?:requis|exig[ée]|obligatoire)|pas\s+(?:n[ée]cessaire|requis|exig[ée]|obligatoire))"
    # Round 18: the diploma said not to matter ("Le diplôme n'est pas important", "les diplômes ne sont pas déterminants", "Ton
    # diplôme n'est pas un critère", "le diplôme compte peu")
    r"|(?:le|les|ton|votre|vos|tes)\s+dipl[ôo]mes?\s+(?:n'est|ne\s+sont)\s+pas\s+(?:(?:tr[èe]s|si|vraiment|le\s+plus)\s+)?"
    r"(?:important|essentiel|d[ée]terminant|primordial|un\s+crit[èe]re|une\s+priorit[ée]|ce\s+qui\s+compte)\w*"
    r"|(?:le|les|ton|votre|vos|tes)\s+dipl[ôo]mes?\s+compte(?:nt)?\s+peu"
    r"|" + _NO_DIPLOMA_R19 +
    r"|" + _NO_DIPLOMA_R21 +
    r")(?![\w])",
    re.I,
)
# Every wording above names the diploma, a qualification, a level, a course, a prerequisite, the bac, the CV or a degree
# within its first 120 characters; its first words are common ones ("que", "vous", "les", "on"): tried only near those.
_NO_DIPLOMA_ANCHORS = ("dipl", "qualif", "niveau", "formation", "requis", "bac", "cv", "degree")
_NO_DIPLOMA_SCAN = AnchoredPattern(_NO_DIPLOMA_RE, _NO_DIPLOMA_ANCHORS, reach=120)
# Round 16: a diploma waived on a condition ("Pas besoin de diplôme si tu as 2 ans d'expérience, sinon CQ6 …") is not
# waived: the alternatives that follow are what the ad asks.
# Round 19: the condition is one when it names what stands in for the diploma — experience, another title or course —
# however it is joined ("si vous avez", "mais avec", "à condition de justifier", "moyennant"): "les candidats sans
# diplôme mais avec 3 ans d'expérience peuvent postuler" asks the experience; "nous recrutons aussi sans diplôme si
# vous avez le sens du service" waives the diploma.
_CONDITION_AFTER_RE = re.compile(
    r"\s*,?\s*(?:si\s+(?:tu|vous)|mais\s+(?:avec|ayant|justifiant|disposant|poss[ée]dant|pouvant)|[àa]\s+condition|pourvu|moyennant|justifiant|ayant)\b"
    r"[^.;!?\n]{0,50}?(?:exp[ée]rience|\bans?\b|dipl[ôo]m|titre|formation|certifi|\bCQ|brevet|qualifi)",
    re.I,
)
# Round 19: "sans diplôme" said of the candidate — after a hiring verb ("nous recrutons aussi sans diplôme", "poste
# accessible / ouvert sans diplôme", "on embauche des profils sans diplôme"), as a clause of its own in a list of
# conditions ("Conditions : aucune expérience exigée, sans diplôme, bonne condition physique", "- Sans diplôme"), with
# a permission after it ("Sans diplôme, c'est possible !", "sans diplôme accepté"), or glued to the text before after
# HTML stripping ("week-endsSans diplôme, c'est possible"). The public a service is for says it too ("Public : jeunes de
# 16 à 25 ans, sans diplôme"): _public_before tells them apart.
# Round 21: "pas de diplôme" too, a clause of its own in a list of what is not asked ("Pas d'expérience exigée, pas de diplôme.")
_NONE_RE = re.compile(r"(?<![\w])(?:sans\s+(?:aucun\s+)?|aucune?\s+|pas\s+de\s+)(?:dipl[ôo]mes?|qualifications?)(?![\w])", re.I)
_NONE_SCAN = GatedPattern(_NONE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 20: "no diploma" as the last alternative of a list of titles ("DEAES, ADVF, Bac pro ASSP… ou aucune qualification, nous
# vous formons", "CAP cuisine ou sans diplôme"), or followed by the employer's training ("Aucune qualification : nous vous formons")
_LAST_ALTERNATIVE_BEFORE_RE = re.compile(r"(?<![\w])ou\s+(?:m[êe]me\s+)?$", re.I)
_WE_TRAIN_AFTER_RE = re.compile(r"\s*[,:;–-]?\s*(?:nous\s+(?:vous\s+)?|on\s+(?:te\s+|vous\s+)?)form(?:ons|e)\b", re.I)
_HIRING_BEFORE_RE = re.compile(
    r"(?<![\w])(?:recrut|embauch|engag|accept|ouvert|accessible|postuler|candidater)\w*\s+(?:aussi\s+|[ée]galement\s+|m[êe]me\s+|volontiers\s+)?"
    r"(?:(?:des|les|aux)\s+(?:profils|candidat\w*|personnes|d[ée]butant\w*)\s+)?$",
    re.I,
)
# the clause opens with it: after a list sign or a stop, at the start of a line, or glued to the word before ("week-endsSans")
_CLAUSE_OPEN_BEFORE_RE = re.compile(r"(?:[:;,•\n]\s*|[*\-–.!?]\s+)$|^$")
_CLAUSE_END_AFTER_RE = re.compile(r"\s*(?:[,;.!)\n]|$|et\b|ni\b)", re.I)
# a bare "sans diplôme" then, after a comma, the experience asked instead ("…ou d'un CAP ; sans diplôme, une expérience d'au
# moins 1 an est exigée"); not after the family's full sentences ("Pas de diplôme requis, une expérience est un plus")
_EXPERIENCE_INSTEAD_AFTER_RE = re.compile(r"\s*,\s*(?:une?\s+|au\s+moins\s+|minimum\s+|\d+\s+ans?\s+)[^.;!?\n,]{0,20}?exp[ée]rience", re.I)
_PERMISSION_AFTER_RE = re.compile(r"\s*,?\s*(?:c'est\s+(?:possible|ok|pas\s+grave)|accept|bienvenu|possible|pas\s+de\s+(?:probl[èe]me|souci))", re.I)
_PUBLIC_BEFORE_RE = re.compile(
    r"\b(?:public|jeunes?|b[ée]n[ée]ficiaires?|stagiaires?|apprenants?|usagers?|[ée]l[èe]ves?|d[ée]crocheurs?|demandeurs?\s+d'emploi|"
    r"NEET|adultes?|mineurs?|r[ée]sidents?|d[ée]tenus?|migrants?|personnes?\s+(?:accompagn|[ée]loign|en\s+(?:insertion|difficult)))\w*"
    r"(?P<between>[^.;!?\n]{0,100})$",
    re.I,
)


# Round 21: the waiver is a condition, not a waiver, when —
# - the question about the missing diploma is answered by a condition ("pas de diplôme ? On regarde aussi ton parcours si tu
#   as au moins 5 ans d'expérience", "Sans diplôme ? Possible à condition d'avoir 3 ans de métier"): the experience is asked;
# - the missing diploma opens an "if" whose main clause asks something instead ("Si vous n'avez pas de diplôme, 3 ans
#   d'expérience sont exigés"); not "Même si tu n'as pas de diplôme, postule !".
_ANSWERED_BY_CONDITION_RE = re.compile(
    r"[^.;!?\n]{0,60}?(?:\bsi\s+(?:tu|vous)|[àa]\s+condition|pourvu|moyennant)\b[^.;!?\n]{0,50}?"
    r"(?:\d+\s*(?:ans?|ann[ée]es?)\b|dipl[ôo]m|titre|certifi|\bCQ|brevet)",
    re.I,
)
# - the missing diploma opens an "if" ("Si vous n'avez pas de diplôme, 3 ans d'expérience sont exigés", "Si vous n'avez pas de
#   diplôme mais de la motivation, débutants acceptés": the item, if any, is what follows); not "Même si tu n'as pas …";
# - "but" then the years that replace it ("ou pas de diplôme mais 5 ans de métier", "Tu n'as pas de diplôme mais 5 ans
#   d'expérience ?"): the years are the way in, in the diplomas' group.
_IF_BEFORE_RE = re.compile(r"(?<![\w])(?<!m[êe]me\s)si\s+$", re.I)
_READERS_MISSING_RE = re.compile(r"n['’](?:as|avez|aies|ayez)(?![\w])", re.I)
_BUT_YEARS_AFTER_RE = re.compile(r"\s*,?\s*mais\s+(?:avec\s+|ayant\s+)?[^.;!?\n]{0,25}?(?:\d+\s*(?:ans?|ann[ée]es?)\b|exp[ée]rience)", re.I)


def _waiver_on_condition(text: str, m: re.Match[str]) -> bool:
    if m.group(0).endswith("?") and _ANSWERED_BY_CONDITION_RE.match(text, m.end()):
        return True
    if _IF_BEFORE_RE.search(text, max(0, m.start() - 10), m.start()):
        return True
    # only the reader's missing diploma: "Pas de diplôme requis, mais une expérience de 2 ans" waives it (the guide)
    return bool(_READERS_MISSING_RE.search(m.group(0)) and _BUT_YEARS_AFTER_RE.match(text, m.end()))


def _public_before(text: str, start: int) -> bool:
    """A people-served noun earlier in the sentence, with no word turning to the candidate between."""
    before = _PUBLIC_BEFORE_RE.search(text, max(0, start - 140), start)
    return bool(before and not _CANDIDATE_BETWEEN_RE.search(before.group("between")))


def _none_clauses(text: str, found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in _NONE_SCAN.finditer(text):
        a, b = m.start(), m.end()
        before = text[max(0, a - 60) : a]
        glued = text[a] == "S" and before[-1:].islower()
        if not (
            _HIRING_BEFORE_RE.search(before)
            or _PERMISSION_AFTER_RE.match(text, b)
            or _LAST_ALTERNATIVE_BEFORE_RE.search(before)
            or _WE_TRAIN_AFTER_RE.match(text, b)
            or ((glued or _CLAUSE_OPEN_BEFORE_RE.search(before)) and _CLAUSE_END_AFTER_RE.match(text, b))
        ):
            continue
        if _CONDITION_AFTER_RE.match(text, b) or _EXPERIENCE_INSTEAD_AFTER_RE.match(text, b) or _public_before(text, a) or _BUT_YEARS_AFTER_RE.match(text, b):
            continue
        if any(f.start < b and a < f.end for f in found + out):
            continue
        out.append(Mention("diploma", a, b, {"eqf_level": None, "isced_level": None, "code": "SANS DIPLOME"},
                           forced_strength="optional", family="diploma"))
    return out
# Round 21: an unusual path offered as the last way in, the waiver said right after it ("école d'ingé ou de commerce (ou
# parcours atypique, on s'en fiche un peu du diplôme …)"): the path is the "no diploma" item, optional (gold q). Alone
# ("Bac+5 école de commerce ou ingé (ou parcours atypique, on est open)") it is no item (gold v, round 17's test); with its
# proof after it ("ou un parcours atypique avec un portfolio solide") it is the experience recognizer's. One "no diploma" a sentence: a second one restates the first ("ou parcours
# atypique, on s'en fiche un peu du diplôme").
_ATYPICAL_PATH_RE = re.compile(
    r"(?<![\w])(?:ou|or)\s+(?:(?:un|une|d['’]un|d['’]une)\s+)?(?P<none>(?:parcours|profil)s?\s+atypiques?)(?![\w])(?!\s+avec\b)", re.I
)
_ATYPICAL_PATH_SCAN = GatedPattern(_ATYPICAL_PATH_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_SENTENCE_BREAK_RE = re.compile(r"[.!?;:\n]")
_RESTATED_GAP = 40


def _atypical_paths(text: str, found: list[Mention]) -> list[Mention]:
    out = list(found)
    for m in _ATYPICAL_PATH_SCAN.finditer(text):
        a, b = m.span("none")
        waiver_after = any(f.attrs.get("code") == "SANS DIPLOME" and b <= f.start <= b + _RESTATED_GAP
                           and not _SENTENCE_BREAK_RE.search(text, b, f.start) for f in out)
        if waiver_after and not any(f.start < b and a < f.end for f in out):
            out.append(Mention("diploma", a, b, {"eqf_level": None, "isced_level": None, "code": "SANS DIPLOME"},
                               forced_strength="optional", family="diploma"))
    return out


def _one_waiver_a_clause(found: list[Mention], text: str) -> list[Mention]:
    """Two "no diploma" items a short comma apart restate each other ("ou parcours atypique, on s'en fiche un peu du
    diplôme", "Diplôme ? On s'en fiche, pas besoin d'un bac+5"): the one that names what is waived (a title, a path) stays,
    else the first."""
    waivers = sorted((f for f in found if f.attrs.get("code") == "SANS DIPLOME"), key=lambda f: f.start)
    dropped: set[int] = set()
    for first, later in zip(waivers, waivers[1:], strict=False):
        if later.start < first.end or later.start - first.end > _RESTATED_GAP or _SENTENCE_BREAK_RE.search(text, first.end, later.start):
            continue
        named_later = bool(later.attrs.get("waived_title")) and not first.attrs.get("waived_title")
        dropped.add(id(first) if named_later else id(later))
    return [f for f in found if id(f) not in dropped]


# Round 17: no diploma asked of other people ("des futurs apprenants (pas de niveau de diplôme requis pour eux !)").
_FOR_OTHERS_AFTER_RE = re.compile(r"\s*pour\s+(?:eux|elles|les\s+(?:apprenants|stagiaires|participants|b[ée]n[ée]ficiaires|jeunes|enfants)|ces\s+)", re.I)
# Round 15: candidates without a diploma invited all the same ("les candidatures sans diplôme avec une première expérience
# sont aussi étudiées", "Les personnes sans qualification mais motivées sont invitées à postuler", "profils sans diplôme
# acceptés"): the ad says none is needed. The candidacy verb is what tells them from the public a service is for ("des
# jeunes sans diplôme", "stagiaires sans qualification").
# Round 16: "ni de diplôme" after the experience denied ("Pas besoin d'expérience ni de diplôme", "sans expérience ni diplôme"):
# the diploma part of the pair is the item.
_NOR_DIPLOMA_RE = re.compile(
    r"(?<![\w])(?:pas\s+besoin\s+d'|pas\s+d'|aucune\s+|sans\s+)exp[ée]riences?\s+(?P<none>ni\s+(?:de\s+|d')?dipl[ôo]mes?)(?![\w])", re.I
)
# Round 16: someone without a diploma welcomed all the same, whatever the noun ("Les passionnés de jardinage sans diplôme
# sont aussi les bienvenus", "les curieux sans diplôme peuvent aussi postuler"): the welcome itself is the cue.
# Round 20: the same welcome further on, the missing diploma narrowed to a field ("un(e) passionné(e) sans diplôme agricole qui
# a déjà travaillé en élevage nous intéresse aussi", "les profils sans diplôme du bâtiment mais motivés sont les bienvenus",
# "une personne sans qualification en cuisine peut aussi postuler"): the field stays in the item.
_WELCOME_AFTER_RE = re.compile(
    r"(?<![\w])(?P<none>sans\s+(?:dipl[ôo]mes?|qualifications?)(?:\s+(?:sont|seront)\s+(?:aussi\s+|[ée]galement\s+|m[êe]me\s+)?(?:les\s+)?bienvenu(?:e|\(e\))?s?"
    r"|\s+peuvent\s+(?:aussi\s+|[ée]galement\s+)?postuler))(?![\w])",
    re.I,
)
_WELCOME_FIELD_RE = re.compile(
    r"(?<![\w])(?P<none>sans\s+(?:dipl[ôo]mes?|qualifications?)(?:\s+(?:(?:du|de\s+la|de\s+l'|des|en|dans\s+l[ae']\s*)\s*)?"
    r"(?!qui\b|mais\b|et\b|ou\b|sont\b|seront\b|peu\w*\b|nous\b|est\b)(?-i:[a-zà-ÿ])[\w'-]+)?)(?![\w])"
    r"(?=[^.;!?\n]{0,80}?(?<![\w])(?:(?:sont|seront|est|sera)\s+(?:aussi\s+|[ée]galement\s+|m[êe]me\s+)?(?:les?\s+|la\s+)?bienvenu(?:e|\(e\))?s?"
    r"|peu(?:t|vent)\s+(?:aussi\s+|[ée]galement\s+)?postuler|(?:nous\s+)?int[ée]ress(?:e|ent)\s+(?:aussi|[ée]galement|tout\s+autant)))",
    re.I,
)
_NONE_WELCOME_RE = re.compile(
    r"(?<![\w])(?:candidat(?:ure)?s?|candidat\(e\)s|personnes|profils)\s+(?P<none>sans\s+(?:dipl[ôo]mes?|qualifications?))(?![\w])"
    r"(?=[^.;!?\n]{0,80}?\b(?:postul|invit[ée]|[ée]tudi[ée]|accept[ée]|bienvenu|consid[ée]r[ée]|examin[ée]|retenu|peuvent|sont\s+(?:aussi|[ée]galement)))",
    re.I,
)
_NONE_WELCOME_SCAN = GatedPattern(_NONE_WELCOME_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 13: a French professional title named by its trade without its level ("Titre professionnel agent magasinier",
# "titre pro TSSR", "titre professionnel gestionnaire de paie"): the RNCP level its trade family has — the trades of
# warehouse, driving, building, cleaning, catering and home help are level 3 (CAP level), technicians 4, higher
# technicians, payroll and accounting managers, insertion advisers and web developers 5; the Belgian nurse's
# "titre professionnel particulier" (SIAMU, gériatrie…) follows a bachelor's degree (6). Other trades keep no level.
_TITRE_PRO_TRADE_RE = re.compile(r"(?:[^\n.;:,()]|\([a-zèé]{1,5}\)){0,80}", re.I)  # Round 15: "(e)", "(trice)" inside the trade
_TITRE_PRO_LEVELS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (6, re.compile(r"^titres?\s+pro(?:fessionnels?)?\s+particuliers?\b", re.I)),
    # Round 18: the training of a health-care manager ("une formation de cadre de santé"), a bachelor-level course (6)
    (6, re.compile(r"\bcadres?\s+de\s+sant[ée]\b", re.I)),
    (5, re.compile(
        r"\b(?:technicien(?:ne)?\s+sup[ée]rieur|TSSR|TSMEL|gestionnaire\s+(?:de\s+paie|comptable|de\s+la\s+paie|d'unit[ée])|CIP\b|"
        r"conseill(?:er|[èe]re)\s+en\s+insertion|d[ée]veloppeu(?:r|se)\s+web|assistant(?:e)?\s+(?:manager|de\s+direction|ressources\s+humaines)|"
        r"n[ée]gociat(?:eur|rice)\s+technico|"
        # Round 14: site managers (chef de chantier, conducteur de travaux: RNCP 5)
        r"chef\s+de\s+chantier|conduct(?:eur|rice)\s+de\s+travaux)", re.I)),
    (4, re.compile(
        r"\b(?:technicien(?:ne)?|secr[ée]taire|comptable\s+assistant|vendeu(?:r|se)\s+conseil|conseill(?:er|[èe]re)\s+(?:de\s+vente|relation\s+client)|"
        # Round 14: the site foreman's team leader
        r"chef\s+d'[ée]quipe|"
        # Round 17: the technical inspector of vehicles (RNCP 4)
        r"contr[ôo]leu(?:r|se)\s+technique)", re.I)),
    (3, re.compile(
        r"\b(?:agent(?:e)?|cariste|magasinier|pr[ée]parat(?:eur|rice)\s+de\s+commandes|conduct(?:eur|rice)|livreu(?:r|se)|routier|CTRMV|"
        r"canalisateur|ADVF|assistant(?:e)?\s+de\s+vie|ma[çc]on|plaquiste|peintre|carreleu(?:r|se)|menuisier|plombier|"
        r"[ée]lectricien|cuisini(?:er|[èe]re)|serveu(?:r|se)|commis|employ[ée](?:e)?|ouvri(?:er|[èe]re)|soudeu(?:r|se)|"
        r"op[ée]rat(?:eur|rice)|manutentionnaire|plongeu(?:r|se)|coffreur|couvreur|façadier|d[ée]m[ée]nageu(?:r|se))", re.I)),
    # Round 17: the titles written by their acronym after "titre pro" ("titre pro DWWM", "titre professionnel CDA"), at the
    # RNCP levels of the catalogue's "TP <acronym>" entries (data/diploma_titles.json), which this clause's match outranks.
    (6, re.compile(r"^\S+\s+(?:pro(?:fessionnel)?\s+)(?-i:CDA|AIS|RPS)\b", re.I)),
    (5, re.compile(r"^\S+\s+(?:pro(?:fessionnel)?\s+)(?-i:DWWM|ARH|GCF|NTC|FPA|ECSR|MCS|GU)\b", re.I)),
    (4, re.compile(r"^\S+\s+(?:pro(?:fessionnel)?\s+)(?-i:TAI|CRCD|SAMS|ASCA|TMEE|CCS)\b", re.I)),
)


_NEXT_ALTERNATIVE_RE = re.compile(r"\s+(?:ou|et/ou)\s+", re.I)


def _titre_pro_level(text: str, start: int) -> int | None:
    """The RNCP level of the trade named in the clause that starts with "titre professionnel" at `start`, or None."""
    m = _TITRE_PRO_TRADE_RE.match(text, start)
    # Round 15: the inclusive forms read as the base word ("Assistant(e) de vie aux familles", "Agent(e) de propreté")
    tail = re.sub(r"\((?:e|ne|trice|rice|euse|[èe]re|i[èe]re)\)|·(?:e|ne|trice|rice)", "", m.group(0)) if m else ""
    # Round 19: the trade ends at the next alternative ("titre professionnel Agent de propreté et d'hygiène ou CQP Chef
    # d'équipe propreté": the agent's title, 3, not the team leader's)
    tail = _NEXT_ALTERNATIVE_RE.split(tail, maxsplit=1)[0]
    for level, pattern in _TITRE_PRO_LEVELS:
        if pattern.search(tail):
            return level
    return None


# A weak acronym (AES, AMP, M2, BP) is a diploma after one of these words, or in a list of diplomas ("CAP/BEP/Bac
# Pro/BP"); alone it is something else ("l'équipe des EHS BP": business partners).
_CONTEXT_RE = re.compile(
    r"(?:dipl[ôo]m|titulaire|(?-i:\bDE\b)|d'[ée]tat|formation|titre|certificat|niveau|\b(?:CAP|BEP|bac|BTS|CQ\s?[67])\b)", re.I
)


# Acronyms that IT and HR ads use for something else, told apart by the words around them (unless a diploma word
# comes just before, "titulaire d'un BTS", or a requirement cue just after, "BTS SN exigé"): an "IDE" next to code editors is a development environment, "DEI" next to
# diversity words is Diversity, Equity and Inclusion (not the nurse's diploma), a "BTS" next to NodeB or relay
# antennas is a mobile network's base station.
_HOMONYMS: dict[str, re.Pattern[str]] = {
    "IDE": re.compile(
        r"IntelliJ|Eclipse|VS\s?Code|Visual\s+Studio|PyCharm|Jupyter|WebStorm|NetBeans|Xcode|Android\s+Studio|\bGit(?:Hub|Lab)?\b|"
        r"d[ée]bog|debugg|compilat|environnements?\s+de\s+d[ée]veloppement|langages?\s+de\s+programmation|"
        # Round 11: the plural ("leurs environnements de développement (IDE, notebooks)"), notebooks, code editors and
        # the data scientists' editors name the development environment too
        r"\bnotebooks?\b|[ée]diteurs?\s+de\s+code|outils\s+de\s+d[ée]veloppement|RStudio|Spyder|integrated\s+development",
        re.I,
    ),
    "DEI": re.compile(r"diversit|inclusion|[ée]quit[ée]|\bD&I\b|\bDE&I\b", re.I),
    # a mobile network's base station
    "BTS": re.compile(r"\b[eg]?NodeB\b|\bGSM\b|\bLTE\b|\bRAN\b|antennes?[\s-]+relais|stations?\s+de\s+base", re.I),
    # Round 9: the French engineering school CESI (a research partner, a campus), not the Belgian lower-secondary certificate
    "CESI": re.compile(r"[ée]cole|campus|LINEACT|universit[ée]|laboratoire|collaboration|partenari|ing[ée]nieurs?", re.I),
}


# A capitalised possessive glued to the term names a public service or an app ("Mon Master", "Ma Licence Pro"):
# an ad never asks for "Mon Master".
_PRODUCT_NAME_BEFORE_RE = re.compile(r"(?<![\w])(?-i:Mon|Ma|Mes)\s$")
_CUE_AFTER_RE = re.compile(r"exig|requis|souhait|obligatoire|minimum|indispensable|appr[ée]ci|dipl[ôo]m", re.I)


class DiplomaTable:
    """The term table with its one-pass scanner (see fastscan)."""

    def __init__(self, terms: list[DiplomaTerm]) -> None:
        self.terms = terms
        self.scanner = MultiPattern([t.pattern for t in terms])


# Round 18: the diplomas of the people a service is for, obtained in their own country ("des adultes primo-arrivants, dont
# beaucoup sont titulaires de diplômes de leur pays d'origine", "des réfugiés dont les diplômes obtenus dans leur pays ne sont
# pas reconnus"): not asked of the candidate
_OTHERS_COUNTRY_RE = re.compile(r"\s+(?:obtenus?\s+)?(?:de|d'|dans|à|en)\s+(?:leurs?|son|sa)\s+pays\b", re.I)


def _others_country(text: str, m: Mention) -> bool:
    """The clause "de leur pays" inside the diploma's span or right after it."""
    found = _OTHERS_COUNTRY_RE.search(text, m.start, m.end + 40)
    return found is not None and found.start() <= m.end


def find_diplomas(text: str, table: DiplomaTable, lowered: str | None = None) -> list[Mention]:
    found: list[Mention] = []

    def add(start: int, end: int, code: str, eqf: int | None, isced: int | None) -> None:
        found.append(
            Mention("diploma", start, end, {"eqf_level": eqf, "isced_level": isced, "code": code}, family="diploma")
        )

    for m in _BAC_PLUS_SCAN.finditer(text):
        n = int(m.group(1))
        if n in BAC_PLUS:
            eqf, isced = BAC_PLUS[n]
            add(m.start(), m.end(), f"BAC+{n}", eqf, isced)
    for m in _LEVEL_SCAN.finditer(text):
        raw = m.group(1).upper()
        level = int(raw) if raw.isdigit() else OLD_LEVELS[raw]
        # Round 14: "diplôme de niveau 1 (master)" (the Belgian public service's level 1, the old French level I) is a
        # master's; "titre de niveau 2+" is the Belgian bachelor's level
        if raw == "1":
            level = 7
        elif raw == "2" and m.group(2):
            level = 6
        if 1 <= level <= 8:
            add(m.start(), m.end(), f"NIVEAU {level}", level, LEVEL_ISCED[level])
    for m in _BARE_LEVEL_SCAN.finditer(text):
        raw = m.group(1).upper()
        level = int(raw) if raw.isdigit() else OLD_LEVELS[raw]
        add(m.start(), m.end(), f"NIVEAU {level}", level, LEVEL_ISCED[level])
    for m in _ROMAN_LEVEL_SCAN.finditer(text):
        level = OLD_LEVELS[m.group(1)]
        add(m.start(), m.end(), f"NIVEAU {level}", level, LEVEL_ISCED[level])
    for m in _LEVEL_VERB_SCAN.finditer(text):
        level = int(m.group(1))
        add(m.start(), m.end(), f"NIVEAU {level}", level, LEVEL_ISCED[level])
    for m in _NAMED_TITLE_LEVEL_SCAN.finditer(text, lowered):
        raw = m.group(1).upper()
        level = int(raw) if raw.isdigit() else OLD_LEVELS[raw]
        end = m.end() if m.group(0).rstrip().endswith(")") and "(" in m.group(0) else m.end() - (1 if m.group(0).endswith(")") else 0)
        add(m.start(), end, f"NIVEAU {level}", level, LEVEL_ISCED[level])
    for m in _TITRE_PRO_SCAN.finditer(text):
        pro_level = _titre_pro_level(text, m.start())
        add(m.start(), m.end(), "TITRE PRO", pro_level, LEVEL_ISCED[pro_level] if pro_level else None)
    for m in _NO_DIPLOMA_SCAN.finditer(text, lowered):
        if _CONDITION_AFTER_RE.match(text, m.end()) or _FOR_OTHERS_AFTER_RE.match(text, m.end()) or _waiver_on_condition(text, m):
            continue
        found.append(
            Mention("diploma", m.start(), m.end(), {"eqf_level": None, "isced_level": None, "code": "SANS DIPLOME"},
                    forced_strength="optional", family="diploma")
        )
    for m in _NONE_WELCOME_SCAN.finditer(text):
        if _CONDITION_AFTER_RE.match(text, m.end("none")):
            continue  # Round 19: "les candidats sans diplôme mais avec 3 ans d'expérience peuvent postuler"
        found.append(
            Mention("diploma", m.start("none"), m.end("none"), {"eqf_level": None, "isced_level": None, "code": "SANS DIPLOME"},
                    forced_strength="optional", family="diploma")
        )
    found += _none_clauses(text, found)
    found = _atypical_paths(text, found)
    for rx in (_NOR_DIPLOMA_RE, _WELCOME_AFTER_RE, _WELCOME_FIELD_RE):
        for m in rx.finditer(text):
            if rx is _WELCOME_FIELD_RE and (_public_before(text, m.start("none")) or _CONDITION_AFTER_RE.match(text, m.end("none"))):
                continue  # Round 20: "des jeunes sans diplôme qui sont les bienvenus dans nos ateliers": the public served
            if not any(f.start < m.end("none") and m.start("none") < f.end for f in found):
                found.append(
                    Mention("diploma", m.start("none"), m.end("none"), {"eqf_level": None, "isced_level": None, "code": "SANS DIPLOME"},
                            forced_strength="optional", family="diploma")
                )
    for i, m in table.scanner.finditer(text, lowered):
        t = table.terms[i]
        if t.needs_context and not _CONTEXT_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        if (
            m.group(0) in _HOMONYMS
            and _HOMONYMS[m.group(0)].search(text, max(0, m.start() - 80), m.end() + 80)
            and not _CONTEXT_RE.search(text, max(0, m.start() - 30), m.start())
            and not _CUE_AFTER_RE.search(text, m.end(), m.end() + 40)
        ):
            continue
        if _PRODUCT_NAME_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()):
            continue  # Round 2: "la plateforme Mon Master": a service's name, not a diploma
        if t.code == "TITRE PRO" and t.eqf is None and (pro_level := _titre_pro_level(text, m.start())):
            add(m.start(), m.end(), t.code, pro_level, LEVEL_ISCED[pro_level])
            continue
        add(m.start(), m.end(), t.code, t.eqf, t.isced)
    found = [m for m in found if not (m.attrs["code"] == "FORMATION" and _PROVIDER_BEFORE_RE.search(text, max(0, m.start - 40), m.start))]
    found = [m for m in found if not _pay_grade_or_staff(text, m) and not _not_asked_before(text, m) and not _master_data(text, m)]
    found = [m for m in found if not _people_served(text, m) and not _staff_count(text, m) and not _school_as_place(text, m) and not _title_heading(text, m)]
    found = [c for m in found if not _teaching_place(text, m) and not _training_given(text, m) and (c := _pedagogical_cap(text, m)) is not None]
    found = [m for m in found if not _not_asked_r15(text, m)]
    found = _resolve_overlaps(_state_diplomas_named(found))
    found = _context_levels(found, text)
    classes = _belgian_classes(found, text)
    inner = [c for c in classes if c.attrs.get("listed") and c.attrs.get("code") != "EDUCATEUR"]  # the classes inside "(A1 ou A2)"
    found = _resolve_overlaps(found + [c for c in classes if c not in inner]) + inner
    found += _trade_diplomas(found, text)
    found = _seventh_year_brackets(sorted(found, key=lambda m: m.start), text)
    found = _care_diploma_lists(found, text)
    found += _school_diplomas(found, text, lowered)
    found += _business_engineers_listed(found, text)
    found += _listed_licences(found, text)
    found += _vocational_trainings(found, text)
    found += _trade_trainings(found, text)
    found += _trades_by_training(found, text)
    found += _social_work_abbreviations(found, text)
    ideals = _ideal_refinements(found, text)
    found = [f for f in found if not (f.attrs.get("code") in _GENERIC and any(i.start < f.end and f.start < i.end for i in ideals))] + ideals
    found += _elliptical_schools(found, text)
    found += _listed_alternatives(sorted(found, key=lambda m: m.start), text)
    found += _degree_professions(sorted(found, key=lambda m: m.start), text)
    found += _equivalent_titles(sorted(found, key=lambda m: m.start), text)
    found = _apprenticeship_levels(_restating_brackets(_drop_named_after_acronym(sorted(found, key=lambda m: m.start), text), text), text)
    found = _professions_after_training(sorted(found, key=lambda m: m.start), text)
    low = lowered if lowered is not None else fold(text)
    found = sorted(found + _professions_listed_with_diploma(found, text, low), key=lambda m: m.start)
    found = sorted(found + _bts_acronyms_listed(found, text), key=lambda m: m.start)
    found = sorted(found + _bac_series_listed(found, text), key=lambda m: m.start)
    found = sorted(found + _engineer_before_diploma(found, text), key=lambda m: m.start)
    found = _health_titles_held(found, text, low)
    found = sorted(found + _second_fields(found, text), key=lambda m: m.start)
    found = _two_fields(found, text)
    found = _merge_ranges_and_levels(_drop_parenthesised_acronyms(sorted(found, key=lambda m: m.start), text), text)
    found = _second_pass(sorted(found + _listed_providers(found, text), key=lambda m: m.start), text)
    found = _drop_routes_and_safety_courses(_public_level_brackets(_level_code_brackets(found, text), text), text)
    found = _training_certificate_brackets(found, text)
    found = sorted(found + _routes_after_participle(found, text), key=lambda m: m.start)
    found = _named_trainings_with_titles([m for m in _drop_tpp(found, text) if not _others_country(text, m)], text)
    found = _engagement_to_obtain(_stated_degree_levels(_drop_not_the_candidates(found, text), text), text)
    return _set_aside_after_named(_lowest_level_accepted(found, text), text)


# Round 20: the lowest school levels said to be accepted or enough ("Niveau 3ème accepté", "CEB suffit", "niveau brevet
# bienvenu"): no more than the least the ad takes, the guide's optional diploma (gold r).
_ACCEPTED_AFTER_RE = re.compile(r"\s*,?\s*(?:accept[ée]|bienvenu)", re.I)  # not "suffit": the golds of r read "le CEB suffit" as required


# Round 20: the diploma "set aside" for what counts ("… compte plus que ton diplôme", "on regarde ce que tu sais faire, pas ton
# diplôme") says no diploma is needed only when the ad names none before it; after "Bachelier … idéalement, mais ton parcours
# compte plus que ton diplôme" the named one is asked and the sentence only weighs it (golds u, v, r).
_SET_ASIDE_RE = re.compile(
    r"^(?:pas\s+(?:(?:sur|[àa])\s+)?(?:ton|votre|tes|vos|le|les)\s|plut[ôo]t\s+que|plus\s+que|(?:on\s+|nous\s+)?ne\s+\w+\s+pas\s)", re.I
)


def _set_aside_after_named(found: list[Mention], text: str) -> list[Mention]:
    named = [f.end for f in found if f.attrs.get("code") != "SANS DIPLOME"]
    return [m for m in found if not (m.attrs.get("code") == "SANS DIPLOME" and _SET_ASIDE_RE.match(text[m.start : m.end])
                                     and any(m.start - 300 <= end <= m.start for end in named))]


def _lowest_level_accepted(found: list[Mention], text: str) -> list[Mention]:
    return [m.with_(forced_strength="optional") if isinstance(m.attrs.get("eqf_level"), int) and m.attrs["eqf_level"] <= 2
            and m.forced_strength is None and _ACCEPTED_AFTER_RE.match(text, m.end) else m for m in found]


def _drop_not_the_candidates(found: list[Mention], text: str) -> list[Mention]:
    """Round 20: the last reading of whose title it is, over every mention, the late passes' too (the classes, the
    routes, the professions listed): the staff's or the public's (third_party), a pay grade by diploma, a title to be
    obtained after hiring."""
    found = [m for m in found if not (m.attrs.get("code") != "SANS DIPLOME" and held_by_third_party(text, m.start, m.end))
             and not _pay_grade_or_staff(text, m)]
    found = _drop_inside_named_brackets(_drop_obtained_after_hiring(found, text), text)
    return _drop_restated_and_misread(found, text)


# Round 21: mentions that add no diploma to the ones the ad asks —
# - a title named as the one the reader may lack, already asked earlier ("… complété par le CAP. À défaut de titre
#   pédagogique, un engagement est possible", "faute de DEAES, …", "en l'absence du CESS, …"): the same item again;
# - the top of a range written after the minimum's examples ("Bac+2 minimum (BTS, DUT…) à Bac+3/4", "Bac+2 (BTS…) jusqu'à
#   Bac+5"): the range takes its minimum (labelling guide), the upper end is no item;
# - the diploma a no-diploma sentence says nothing goes beyond ("Pas de diplôme spécifique demandé au-delà du Bachelor", "aucun
#   diplôme requis en plus du CESS"): the sentence restates the one asked, neither a waiver nor a second item;
# - "DE" read as "diplôme d'État" where it is the preposition of a trade written in capitals ("AUXILIAIRE DE PUÉRICULTURE",
#   "CADRE D'EMPLOIS DES AUXILIAIRES DE PUÉRICULTURE"): after a capitalised noun on its line, not after an article or a cue
#   ("TITULAIRE DU DE …"), a heading ("PROFIL\nDE …") or with the "d'" of the full name ("DE d'éducateur spécialisé");
# (a top with its school, "Bac+2 (BTS MCO) à Bac+5 école de commerce", is an item: gold tfr)
_LACKING_BEFORE_RE = re.compile(r"(?<![\w])(?:[àa]\s+d[ée]faut|faute|en\s+l['’]absence)\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+)(?:votre\s+|ton\s+|un\s+|une\s+)?$", re.I)
_RANGE_TOP_BEFORE_RE = re.compile(r"(?:\)|…|\.\.\.|etc\.?)\s*(?:[àa]|jusqu['’]\s*[àa]|voire)\s*(?:un\s+)?$", re.I)
_BEYOND_BEFORE_RE = re.compile(r"(?<![\w])(?:au[- ]del[àa]|en\s+plus|autre|outre|hormis|except[ée]|[àa]\s+part)\s*(?:du|de\s+la|de\s+l['’]|des|d['’]une?|de|que\s+(?:le|la|l['’]|les|un|une))?\s*$", re.I)
_CAPS_NOUN_BEFORE_RE = re.compile(r"(?<![\w'’])(?!(?:DU|UN|LE|LES|DES|SON|SA|VOTRE|TON|AVEC|SANS|ET|OU|OBTENTION|TITULAIRE|TITULAIRES)\s)(?-i:[A-ZÀ-Þ]{3,})[^\S\n]+$")
_BARE_LEVEL_TEXT_RE = re.compile(r"bac\s*\+\s*\d(?:\s*/\s*\+?\s*\d)?", re.I)


def _drop_restated_and_misread(found: list[Mention], text: str) -> list[Mention]:
    kept: list[Mention] = []
    for m in found:
        code = m.attrs.get("code")
        sentence_start = max(text.rfind(c, 0, m.start) for c in ".!?;\n") + 1
        words = text[m.start : m.end].casefold()
        earlier_same = any(k.end <= m.start and (k.attrs.get("code") == code or text[k.start : k.end].casefold() == words) for k in kept)
        if earlier_same and _LACKING_BEFORE_RE.search(text, max(0, m.start - 30), m.start):
            continue
        if (str(code).startswith("BAC+") and _BARE_LEVEL_TEXT_RE.fullmatch(text, m.start, m.end) and _RANGE_TOP_BEFORE_RE.search(text, max(0, m.start - 20), m.start)
                and any(str(k.attrs.get("code")).startswith("BAC+") and k.start >= sentence_start for k in kept)):
            continue
        beyond = _BEYOND_BEFORE_RE.search(text, max(sentence_start, m.start - 25), m.start)
        if beyond and any(k.attrs.get("code") == "SANS DIPLOME" and sentence_start <= k.start < m.start for k in kept):
            kept = [k for k in kept if not (k.attrs.get("code") == "SANS DIPLOME" and sentence_start <= k.start < m.start)]
            if earlier_same:
                continue
        if text.startswith("DE ", m.start) and not re.match(r"DE\s+(?:d['’]|de\s)", text[m.start : m.start + 8], re.I) and _CAPS_NOUN_BEFORE_RE.search(text, max(0, m.start - 30), m.start):
            continue
        kept.append(m)
    return kept


# Round 20: a bracket right after a diploma that says only what it was called before ("bachelier en construction
# (ex-graduat)", "bachelier instituteur primaire (ex-AESI instituteur primaire)", "(anciennement graduat)", "(ancien
# régendat)"): words of that one item, not another diploma. (The school years and routes in such a bracket, "(7e
# professionnelle ou promotion sociale)", are left as they were: the golds disagree, rbe vs ube.)
_FORMER_NAME_OPEN_RE = re.compile(r"\(\s*(?:ex\s*[-.]\s*|ex\s+|anciennement\s+|ancien(?:ne)?s?\s+|autrefois\s+|pr[ée]c[ée]demment\s+|jadis\s+)$", re.I)
_BRACKET_OWNER_GAP_RE = re.compile(r"[^()\n.;:,]{0,60}?\s*")
# Round 21: the former titles said to be accepted ("Titulaire du DEAES (ex-DEAMP/DEAVS acceptés)", "(anciens DEAVS également
# admis)", "(ex-DEAMP ou DEAVS reconnus)") are alternatives the ad takes, an item each (gold qfr), not a name given in passing
_FORMER_ACCEPTED_RE = re.compile(r"[^()\n]{0,60}?\b(?:accept|admis|bienvenu|valables?|reconnu|recevab|[ée]galement|aussi)", re.I)


def _drop_inside_named_brackets(found: list[Mention], text: str) -> list[Mention]:
    if "(" not in text:
        return found
    kept: list[Mention] = []
    for m in found:
        opening = text.rfind("(", max(0, m.start - 80), m.start)
        if opening >= 0 and _inside_bracket(text, m.start) and any(
            f is not m and f.end <= opening and _BRACKET_OWNER_GAP_RE.fullmatch(text, f.end, opening) for f in found
        ):
            if _FORMER_NAME_OPEN_RE.search(text, opening, m.start) and not _FORMER_ACCEPTED_RE.match(text, m.end):
                continue
        kept.append(m)
    return kept


# Round 20: a title the new hire obtains later, in any frame ("le CAPAES devra être obtenu", "Le titre pédagogique peut être
# obtenu après l'engagement (CAPAES dans les 6 ans)", "Le CAP pour formateurs peut être suivi en cours d'emploi", "le
# titre professionnel est préparé en contrat de professionnalisation", "il pourra être obtenu dans les 6 ans de l'entrée en
# fonction", "à acquérir dans les 3 ans"): not held, not asked now. A "must" needs no time ("devra être obtenu"); a "may"
# or a present tense needs one (after hiring, within N years, during the job, on a work-study contract).
_LATER_TIME = (
    r"(?:apr[èe]s|d[èe]s|dans|en\s+cours|au\s+cours|pendant|durant|[àa]\s+l['’]issue|ult[ée]rieurement|par\s+la\s+suite|plus\s+tard|une\s+fois|"
    r"en\s+contrat|en\s+alternance|en\s+interne|chez\s+nous|avec\s+nous|sur\s+le\s+temps)(?![\w])"
)
_LATER_PARTICIPLE = r"(?:obtenu|acquis|suivi|pass[ée]|pr[ée]par[ée]|pr[ée]sent[ée]|valid[ée]|d[ée]croch[ée])(?:e|s|es)?"
_OBTAINED_AFTER_HIRING_RE = re.compile(
    r"(?<![\w])(?:(?:devra|devront|doit|doivent|devrez|devras)\s+(?:[êe]tre\s+)?" + _LATER_PARTICIPLE + r"(?![\w])"
    r"|(?:peut|peuvent|pourra|pourront|pourrait|sera|seront|est|sont)\s+(?:[êe]tre\s+)?" + _LATER_PARTICIPLE + r"\s+" + _LATER_TIME
    + r"|[àa]\s+(?:acqu[ée]rir|obtenir|passer)\s+" + _LATER_TIME
    # "(CAPAES dans les 6 ans)", "dans les 3 ans suivant l'engagement": a delay counted from hiring
    + r"|dans\s+les\s+(?:\d+|deux|trois|quatre|cinq|six)\s+(?:premi[èe]res?\s+)?(?:ans|ann[ée]es|mois)(?=\s*\)|[^.;\n]{0,40}?"
    r"(?:entr[ée]e\s+en\s+fonction|engagement|embauche|nomination|recrutement|prise\s+de\s+fonction|d[ée]signation))"
    r"|n['’]est\s+pas\s+(?:demand[ée]|exig[ée]|requis)e?\s+[àa]\s+l['’]\s*(?:embauche|engagement|entr[ée]e))",
    re.I,
)
_OBTAINED_AFTER_HIRING_SCAN = GatedPattern(_OBTAINED_AFTER_HIRING_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_ANAPHOR_RE = re.compile(r"\s*(?:il|elle|ils|elles|celui-ci|celle-ci|ce\s+dernier|cette\s+derni[èe]re|ce\s+titre|ce\s+dipl[ôo]me|ce\s+certificat)(?![\w])", re.I)
_LATER_KEPT_RE = re.compile(
    r"appr[ée]ci|souhait|atout|un\s+plus|id[ée]al|pr[ée]f[ée]r|\bsinon\b|[àa]\s+d[ée]faut|engag\w*\s+[àa]\s|pr[êe]t(?:e|\(e\))?s?\s+[àa]\s"
    # "CAPAES ou disposé(e) à l'obtenir (obligatoire dans les 6 ans)", "(ou à obtenir dans les 2 ans)": held or undertaken, a wish
    r"|dispos[ée](?:e|\(e\))?s?\s+[àa]\s|\bou\s+[àa]\s+(?:obtenir|acqu[ée]rir|passer)", re.I
)
_BRACKETED_AFTER_RE = re.compile(r"[^,;()]{0,40}\(\s*$")


def _drop_obtained_after_hiring(found: list[Mention], text: str) -> list[Mention]:
    if not found or "obten" not in text and "acqu" not in text and "suivi" not in text and "pr" not in text and " ans" not in text:
        return found
    dropped: set[int] = set()
    for later in _OBTAINED_AFTER_HIRING_SCAN.finditer(text):
        clause_start = max(text.rfind(c, 0, later.start()) for c in ".!?;\n") + 1
        clause_end = min((i for c in ".!?;\n" if (i := text.find(c, later.end())) >= 0), default=len(text))
        if _LATER_KEPT_RE.search(text, clause_start, clause_end):
            continue
        before = [i for i, m in enumerate(found) if clause_start <= m.start and m.end <= later.start()]
        if not before and _ANAPHOR_RE.match(text, clause_start) and clause_start >= 1 and text[clause_start - 1] in ".;":
            # "Le CAPAES est requis pour la nomination; il pourra être obtenu dans les 6 ans": the title of the clause before
            prev_start = max(text.rfind(c, 0, clause_start - 1) for c in ".!?;\n") + 1
            if not _LATER_KEPT_RE.search(text, prev_start, clause_start):
                before = [i for i, m in enumerate(found) if prev_start <= m.start and m.end < clause_start][-1:]
        if before:
            last = before[-1]
            dropped.add(last)
            # the title restated in brackets with it ("Le CAP pour formateurs (certificat d'aptitude pédagogique) peut …")
            for i in reversed(before[:-1]):
                if not _BRACKETED_AFTER_RE.fullmatch(text, found[i].end, found[last].start):
                    break
                dropped.add(i)
                last = i
        # the title in a bracket after the words ("peut être obtenu après l'engagement (CAPAES dans les 6 ans)")
        bracket = text.rfind("(", clause_start, later.end())
        if bracket >= 0 and text.find(")", bracket, later.start()) < 0:
            dropped.update(i for i, m in enumerate(found) if bracket < m.start and m.end <= later.start())
        dropped.update(i for i, m in enumerate(found) if later.end() <= m.start < clause_end and _inside_bracket(text, m.start)
                       and text.rfind("(", 0, m.start) > later.start())
    return [m for i, m in enumerate(found) if i not in dropped]


# Round 19: the ad takes one who undertakes to obtain the diploma ("un des titres prévus par le décret ATL (ex. : …) ou
# vous vous engagez à suivre la formation", "CAPAES ou engagement à l'obtenir dans les 6 ans", "ou s'engager à le
# suivre"): a wish, preferred, as certification.py reads the same words. Past the diploma's own bracket; only the
# undertaking ("(ou en cours)" after a diploma keeps the heading's strength).
_ENGAGEMENT_AFTER_RE = re.compile(
    r"(?:\s*\([^()\n]{0,120}\))?[^.;\n()]{0,45}?(?<![\w])ou\s+(?:s['’]\s*engager|vous\s+vous\s+engagez|tu\s+t['’]\s*engages|"
    r"(?:l['’]\s*|un\s+)?engagement|vous\s+acceptez\s+de|tu\s+acceptes\s+de|accepter\s+de)\s+(?:[àa]\s+)?(?:le|la|les|l['’])?\s*"
    r"(?:passer|obtenir|suivre|acqu[ée]rir|pr[ée]parer)(?![\w])",
    re.I,
)


def _engagement_to_obtain(found: list[Mention], text: str) -> list[Mention]:
    if "engag" not in text and "accept" not in text:
        return found
    return [m.with_(forced_strength="preferred") if m.forced_strength is None and _ENGAGEMENT_AFTER_RE.match(text, m.end) else m
            for m in found]


# Round 19: a diploma restated by its degree in brackets takes that degree's level ("diplôme d'assistant
# pharmaceutico-technique (bachelier)": the course became a bachelor, 6); and in a Belgian ad the (pre-Bologna) "licence
# en …" is the second cycle, a master's (7: "une licence en gestion hospitalière est un atout"; the French licence is 6).
_DEGREE_IN_BRACKET_RE = re.compile(r"\(\s*(?P<deg>bacheli(?:er|[èe]re)|master|graduat|BES|CESS|CQ\s?7|CQ\s?6)\s*\)$", re.I)
_DEGREE_BRACKET_AFTER_RE = re.compile(r"\s*\(\s*(?P<deg>bacheli(?:er|[èe]re)|master|graduat)\s*\)", re.I)
_DEGREE_LEVELS = {"bachelier": 6, "bachelière": 6, "bacheliere": 6, "master": 7, "graduat": 5, "bes": 5, "cess": 4, "cq7": 4, "cq 7": 4,
                  "cq6": 3, "cq 6": 3}
# (institutions and Belgian degrees, not cities: a French ad may name Brussels or Liège)
_BELGIAN_AD_RE = re.compile(r"(?<![\w])(?:(?i:bacheli(?:er|[èe]re)|graduat|r[ée]gendat|humanit[ée]s|intercommunale)|CESS|AViQ|FWB|Wallonie|INAMI|"
                            r"Forem|Actiris|CPAS|Selor|ONE)(?![\w])")
_BELGIAN_AD_SCAN = GatedPattern(_BELGIAN_AD_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_BELGIAN_LICENCE_RE = re.compile(r"(?:une\s+|la\s+)?licence\s+(?:en|d'|de)\s", re.I)


# Round 19: a named training whose bracket gives the titles it may lead to ("Formation de secrétaire médicale (titre
# professionnel ou certificat AFPA, Pigier…) exigée", "formation « secrétaire de mairie » (titre professionnel ou DU)
# appréciée"): one item, the training with its bracket, at the titre's level for that trade (the labelling guide's named
# training, "at the level of the usual certificate").
_NAMED_TRAINING_BEFORE_RE = re.compile(r"(?<![\w])(?:une\s+)?formation\s+(?:de\s+|d'|«\s*|\"\s*)(?P<trade>[^()\n.;:]{2,50}?)\s*[»\"]?\s*\(\s*$", re.I)
_BRACKET_END_RE = re.compile(r"[^()\n]{0,120}?\)")


def _named_trainings_with_titles(found: list[Mention], text: str) -> list[Mention]:
    out = list(found)
    for m in found:
        if m.attrs.get("code") != "TITRE PRO" or m not in out:
            continue
        before = _NAMED_TRAINING_BEFORE_RE.search(text, max(0, m.start - 70), m.start)
        close = _BRACKET_END_RE.match(text, m.end)
        if before is None or close is None:
            continue
        level = m.attrs.get("eqf_level") or _titre_pro_level("titre professionnel " + before.group("trade"), 0)
        inside = [f for f in out if before.start() <= f.start and f.end <= close.end()]
        out = [f for f in out if f not in inside]
        out.append(Mention("diploma", before.start(), close.end(), {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None,
                                                                     "code": "FORMATION METIER"}, family="diploma"))
    return sorted(out, key=lambda f: f.start)


def _stated_degree_levels(found: list[Mention], text: str) -> list[Mention]:
    out = []
    belgian: bool | None = None
    for m in found:
        b = _DEGREE_IN_BRACKET_RE.search(text, m.start, m.end) or _DEGREE_BRACKET_AFTER_RE.match(text, m.end)
        # only upwards: "bachelier (graduat)" names the old name of the same degree, not a lower one
        if b is not None and (level := _DEGREE_LEVELS.get(b.group("deg").lower())) and int(m.attrs.get("eqf_level") or 0) < level:
            m = m.with_(attrs={**m.attrs, "eqf_level": level, "isced_level": LEVEL_ISCED[level]})
        elif m.attrs.get("code") == "LICENCE" and m.attrs.get("eqf_level") == 6 and _BELGIAN_LICENCE_RE.match(text, m.start):
            if belgian is None:
                belgian = bool(_BELGIAN_AD_SCAN.search(text))
            if belgian:
                m = m.with_(attrs={**m.attrs, "eqf_level": 7, "isced_level": 7})
        out.append(m)
    return out


# Round 18 (the TPP convention, labelling guide's last section): the Belgian nurse's "titre professionnel particulier" (SIAMU,
# gériatrie, santé mentale …) is a permit to practise granted by the SPF, read by certification.py, no longer a diploma; the
# specialisation it follows ("bachelier de spécialisation en …", "une spécialisation en …") stays a diploma.
_TPP_RE = re.compile(r"(?<![\w])(?:titres?\s+pro(?:fessionnel)?s?\s+particuliers?|(?-i:TPP))(?![\w])", re.I)
_PARTICULIER_RE = re.compile(r"particulier", re.I)
_PARTICULIER_SCAN = GatedPattern(_PARTICULIER_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def _drop_tpp(found: list[Mention], text: str) -> list[Mention]:
    if "TPP" not in text and not _PARTICULIER_SCAN.search(text):  # Round 21: "TITRE PROFESSIONNEL PARTICULIER" in capitals too
        return found
    return [m for m in found if not _TPP_RE.match(text, m.start)]


# Round 3: a diploma level on a pay line is the pay grade ("Rémunération : niveau Bac, catégorie B", "Salaire : barème
# Bac+3 de la commission paritaire"), and the schools the employer's team comes from describe the staff ("notre équipe
# est issue de grandes écoles d'ingénieurs", "nos consultants, issus des meilleures universités"): neither is asked.
_PAY_LINE_RE = re.compile(r"[\s*•·-]*(?:r[ée]mun[ée]ration|salaire|traitement|bar[èe]me)\b[^\n:]{0,30}:[^\n]*", re.I)
_STAFF_FROM_RE = re.compile(
    r"\b(?:[ée]quipes?|collaborateurs|consultants|ing[ée]nieurs|chercheurs|fondateurs|associ[ée]s)\b[^.;\n]{0,60}?"
    r"\bissu(?:e|s|es)?\s+(?:de|des|d')\b[^.;\n]*$",
    re.I,
)


# Round 3: the level of the courses a teacher gives ("enseignements à assurer au niveau Master", "cours dispensés en
# anglais au niveau Bachelier") is the students' level; not when the clause names the teacher's own diploma
# ("enseignant titulaire d'un diplôme de niveau Master").
_TEACHING_LEVEL_RE = re.compile(
    r"\b(?:enseignements?|enseigner|cours|modules?|travaux\s+pratiques)\b"
    r"(?:(?!dipl[ôo]m|titulaire|formation|issu|poss[ée]d|avez|avoir|vous\s+[êe]tes)[^.;\n]){0,60}?\b(?:au|de)\s+niveau\s+$",
    re.I,
)


# Round 9: what the clause before a diploma says it is not asked of the candidate — a training the employer offers
# ("Possibilité de formation en ASG ou AMP", "Nous vous proposons une formation en local", "formation financée au
# CAP"), a degree an intern will obtain ("Futur(e) diplômé(e) d'une école de commerce"), a school as the place
# of past work ("Expérience souhaitée dans l'enseignement (idéalement dans une Grande École d'ingénieurs)") —
# unless a cue between says the diploma is held or required ("Nous vous proposons ce poste si vous êtes titulaire d'un BTS").
_COURSE_ADVERB = r"(?:(?:notamment|principalement|surtout|entre\s+autres|aussi|[ée]galement|actuellement|chaque\s+ann[ée]e)\s*,?\s+)?"
_NOT_ASKED_BEFORE_RE = re.compile(
    r"(?:possibilit[ée]s?\s+de\s+(?:suivre\s+|passer\s+|pr[ée]parer\s+)?(?:une\s+|des\s+)?formations?"
    r"|(?:nous|on)\s+(?:vous|te)\s+(?:propos|offr|financ|pay)\w*\s+(?:une\s+|des\s+)?formations?"
    # Round 19: the course the employer pays for, named by its owner ("Nous finançons votre formation (titre professionnel
    # …)", "on prend en charge ta formation au CAP", "l'entreprise rembourse votre formation")
    r"|(?:nous|on|l'entreprise|la\s+soci[ée]t[ée]|l'agence|l'employeur)\s+(?:vous\s+|te\s+)?(?:finan[cç]|pay|offr|rembours|pren\w*\s+en\s+charge)\w*\s+"
    r"(?:enti[èe]rement\s+|int[ée]gralement\s+)?(?:votre|ta|vos|tes|la|une|les)\s+formations?"
    r"|formations?\s+(?:financ[ée]e|offerte|prise\s+en\s+charge|propos[ée]e|assur[ée]e)s?\s+(?:au|à\s+la|en|pour)"
    r"|futur(?:e|\(e\))?s?\s+dipl[ôo]m[ée](?:e|\(e\))?s?"
    # Round 10: the course of the trainees the candidate will meet or supervise ("encadrer un apprenti en CAP", "nos
    # alternants en BTS et en CAP", "apprentis de l'IUT et des écoles d'ingénieurs"), the course a student is admitted to
    # or may go on to ("admis(e) en Master 1", "poursuite en master"), and the course an alternance title or line names
    # ("Contrôleur de gestion - Alternance Master").
    r"|(?<![\w])(?:apprenti|alternant|stagiaire)(?:e|\(e\))?s?\s+(?:issu(?:e|\(e\))?s?\s+)?(?:en|de|d'|du|des|au|aux)"
    # Round 14: "une quinzaine d'alternants (CAP …, Bac pro …)"
    r"|(?<![\w])(?:apprenti|alternant|stagiaire)(?:e|\(e\))?s\s*\("
    r"|(?<![\w])admis(?:e|\(e\))?s?\s+(?:en|au|à)|(?<![\w])poursuite\s+(?:d'[ée]tudes\s+)?en"
    r"|(?<![\w])(?-i:A)(?:lternance|lternant(?:e|\(e\))?|pprenti(?:e|\(e\))?)(?![\w])(?=[^\n:]{0,60}$)"
    # Round 10: a school or an employer preparing the course ("un établissement préparant le DCG", "nous préparons au
    # titre professionnel …"), an intake into a course ("entrées en formation ADVF"), a course the employer finances
    # ("La commune finance la formation au BPJEPS"), and a degree's internship or transcripts ("stage de Master",
    # "relevés de notes de Master").
    r"|(?<![\w])pr[ée]par(?:ant|ons|ent)\s+" + _COURSE_ADVERB + r"(?:le|la|les|l'|au|aux|à|un|une)|(?<![\w])entr[ée]es?\s+en\s+formation"
    # Round 21: the courses a school organises or gives ("La Haute École organise les bacheliers en soins infirmiers", "l'institut
    # dispense notamment le BTS", "organisme de formation qui prépare notamment au CAP"), an evening or day class named by its
    # degree ("Cours du soir (bachelier en comptabilité)", "cours de jour : BTS"), and the work-study posts an employer fills
    # ("Nous recrutons aussi en alternance (BTS, licence pro)", "on embauche chaque année des apprentis : CAP, BP")
    r"|(?<![\w])(?:organis|dispens)(?:e|ent|ons|ant)\s+" + _COURSE_ADVERB + r"(?:le|la|les|l'|des|un|une|au|aux|en)"
    r"|(?<![\w])(?<!en\s)(?<!au\s)cours(?:\s+(?:du\s+soir|de\s+jour|en\s+journ[ée]e|du\s+samedi|de\s+promotion\s+sociale))?\s*(?:\(|:|[-–])\s*"
    r"|(?<![\w])(?:recrut|embauch|accueill|engag)\w*\s+(?:aussi\s+|[ée]galement\s+|chaque\s+ann[ée]e\s+|r[ée]guli[èe]rement\s+)*"
    r"(?:en\s+(?:alternance|apprentissage|contrat\s+de\s+professionnalisation)|des\s+(?:alternant|apprenti)(?:e|\(e\))?s)\s*(?:\(|:|[-–])\s*"
    # Round 14: a training or specialisation the employer funds or leads to ("possibilité de financement d'une spécialisation
    # (IBODE, IADE)", "l'établissement peut financer votre formation d'aide-soignant (DEAS)", "accompagnement vers le
    # diplôme d'expertise comptable"), and the students a school trains ("les futurs bacheliers instituteurs et AESI").
    r"|(?<![\w])financ\w*\s+(?:de\s+|d')?(?:votre\s+|ta\s+|une?\s+|la\s+|le\s+|l')?(?:formations?|sp[ée]cialisations?|dipl[ôo]mes?|cursus|parcours)\b"
    r"|(?<![\w])accompagnement\s+(?:vers|[àa]\s+l'obtention\s+d[eu]|pour\s+(?:obtenir|pr[ée]parer))\s"

    r"|(?<![\w])financ\w*\s+[^.;\n]{0,30}?formations?\s+(?:au|à\s+la|aux|à\s+l')|(?<![\w])(?:stage|relev[ée]s?\s+de\s+notes)\s+de"
    # Round 12: a course the candidate will follow ("Vous suivrez une formation certifiante (titre professionnel …)") or one
    # leading to the diploma ("Formation en cours d'emploi vers le CQ6 possible").
    r"|(?<![\w])suiv(?:rez|ra|re|ez)\s+(?:une\s+|la\s+|des\s+|un\s+)?(?:formations?|parcours|cursus)"
    r"|(?<![\w])formations?\b[^.;\n]{0,40}?\s(?:vers|menant\s+(?:au|à\s+la|à\s+l'|aux)|qui\s+m[èe]ne\s+(?:au|à))\s*(?:le\s+|la\s+|l')?"
    r"|(?P<place>exp[ée]rience[^.;!?\n]{0,80}?\bdans\s+(?:une?|des|les|l')\s*))"
    r"(?P<between>[^.;!?\n]{0,60})$",
    re.I,
)
_HELD_BETWEEN_RE = re.compile(r"titulaire|exig|requis|obligatoire|dipl[ôo]m[ée](?:e|\(e\))?s?\s+(?:d'|de|du)(?!.*futur)", re.I)


# Round 14: right before the diploma, the course of an apprenticeship ("alternance BTS Banque", "Apprentissage BTS MS",
# "vous préparerez le BP électricien"), a
# bonus paid for it ("prime IBODE") or the classes a school teaches ("de la seconde au BTS", "du CP au bac").
_COURSE_RIGHT_BEFORE_RE = re.compile(
    r"(?<![\w])(?:(?:alternance|apprentissage|contrat\s+de\s+professionnalisation)\s*(?:[-–:]\s*)?(?:en\s+)?"
    r"|primes?\s+(?:de\s+|d')?|(?:propos|offr|d[ée]livr)(?:e|ent|ons)\s+(?:un|une|le|la|des|l')\s*|pr[ée]par(?:erez|era|eront|eras)\s+(?:le\s+|la\s+|l'|un\s+|une\s+|au\s+|aux\s+)"
    r"|(?:de\s+la\s+|du\s+|de\s+)(?:seconde|sixi[èe]me|6e|maternelle|CP|primaire|coll[èe]ge)\s+(?:au|à\s+la|jusqu'au)\s+)$",
    re.I,
)
# Round 14: the students a school trains ("une connaissance des futurs bacheliers instituteurs et AESI que l'on formera").
_FUTURE_STUDENTS_RE = re.compile(
    r"(?<![\w])futur(?:e|\(e\))?s\s+(?:bacheli|dipl[ôo]m|ing[ée]nieur|master|instituteur|institutrice|infirmi|enseignant|professeur|[ée]tudiant)\w*"
    r"[^.;!?\n]{0,60}$",
    re.I,
)
# Round 14: a title to be obtained after hiring ("le CAPAES devra être obtenu dans les 6 ans"): not held, not asked now.
_OBTAINED_LATER_AFTER_RE = re.compile(
    r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:devra|devront|doit|doivent)\s+(?:[êe]tre\s+)?(?:obtenu|acquis|pass[ée])", re.I
)


# Round 14: "Titre requis :", "Titres suffisants acceptés :", "(titre requis)", "Les titres suffisants seront examinés",
# "(titre de pénurie)" head or comment a list of diplomas; a title is an item only as the object held ("les candidats
# porteurs d'un titre suffisant (par ex. …)").
_TITLE_HELD_BEFORE_RE = re.compile(r"(?:\bd'une?|\bune?|\bdu)\s+$", re.I)


def _title_heading(text: str, m: Mention) -> bool:
    # Round 15: "Titre pédagogique : le CAP … est apprécié" heads the title it names
    if m.attrs.get("code") == "CAP PEDAGOGIQUE" and re.match(r"titres?\b", text[m.start : m.end], re.I) and re.match(r"\s*:", text[m.end :]):
        return True
    return m.attrs.get("code") == "TITRE REQUIS" and not _TITLE_HELD_BEFORE_RE.search(text, max(0, m.start - 8), m.start)


def _not_asked_before(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    if (
        _COURSE_RIGHT_BEFORE_RE.search(text, max(line_start, m.start - 40), m.start)
        or _OBTAINED_LATER_AFTER_RE.match(text, m.end)
        or _FUTURE_STUDENTS_RE.search(text, max(line_start, m.start - 80), m.end)
    ):
        return True
    lead = re.match(r"(?:une\s+|des\s+)?formations?\b", text[m.start : m.end], re.I)  # "formation en ASG" holds the offer's noun
    before = _NOT_ASKED_BEFORE_RE.search(text, max(line_start, m.start - 160), m.start + (lead.end() if lead else 0))
    if before and before.group("place") and m.attrs.get("code") not in _SCHOOLS:
        return False  # the workplace branch speaks of schools only ("expérience … dans une grande école")
    return bool(before and not _HELD_BETWEEN_RE.search(before.group("between")))


# Round 10: "Master Data" ending its phrase is the reference data a team or project manages ("l'équipe Master Data",
# "reprise des données (Master Data, balances…)"), not a degree; a degree named so keeps a cue before it ("titulaire
# d'un Master Data") or a field after it ("Master Data Science", "Master data/numérique").
_MASTER_DATA_AFTER_RE = re.compile(r"\s+data(?=\s*(?:[,.;)(\n]|$))", re.I)
_MASTER_DATA_CUE_RE = re.compile(r"(?:dipl[ôo]m|titulaire|formation|bac|niveau|\bun|\bd'un|\ben)\W*$", re.I)


def _master_data(text: str, m: Mention) -> bool:
    return (
        m.attrs.get("code") == "MASTER"
        and text[m.start : m.end].lower() == "master"
        and bool(_MASTER_DATA_AFTER_RE.match(text, m.end))
        and not _MASTER_DATA_CUE_RE.search(text, max(0, m.start - 30), m.start)
    )


# Round 10 (team-written ads): the school level of the people a service is for ("Nos jeunes ont des parcours variés
# (certains sans CEB, d'autres en CESS)", "des enfants dont certains n'ont pas obtenu leur CEB", "soutien aux élèves du
# CP jusqu'au baccalauréat", "assistance lors des examens (épreuves pratiques du Bac et du BTS)"): a people-served noun
# earlier in the clause, no word between that turns to the candidate ("vous êtes", "titulaire", "profil"), and no
# requirement cue just after ("Accompagnement d'enfants, DEES exigé" stays).
_PEOPLE_SERVED_RE = re.compile(
    # Round 12: not the children of a diploma's name ("Diplôme d'État d'éducateur de jeunes enfants (DEEJE) ou CAP AEPE")
    r"\b(?:jeunes?(?!\s+dipl|\s+enfants)|(?<!ducateur de jeunes )(?<!ducatrice de jeunes )(?<!\(trice\) de jeunes )enfants|[ée]l[èe]ves|adolescents|b[ée]n[ée]ficiaires|apprenants|usagers|examens|[ée]preuves)\b"
    r"(?P<between>[^.;!?\n]{0,90})$",
    re.I,
)
_CANDIDATE_BETWEEN_RE = re.compile(
    # Round 13: "… est appréciée, tout comme le titre professionnel de …": the cue of the sentence asks it too
    # Round 14: not "diplôme" ("des jeunes sans diplôme ou avec un CAP") nor third persons ("des titulaires d'un CAP")
    r"\b(?:vous|tu)\s+(?:[êe]tes|avez|poss[ée]d|disposez|es\b|as\b)|(?<!des\s)(?<!les\s)titulaire|dipl[ôo]m(?:é|ée|é\(e\)|e\(e\))|profil|candidat|exig|requis|obligatoire|demand"
    r"|\b(?:est|sont)\s+(?:appr[ée]ci[ée]|souhait[ée])|tout\s+comme\b"
    # Round 17: a wish between the person and the diploma is the candidate's ("une jeune vendeuse, de préférence avec un
    # bachelier en marketing")
    r"|\b(?:de\s+pr[ée]f[ée]rence|id[ée]alement|si\s+possible)\s+(?:avec|titulaire|dipl[ôo]m)", re.I
)
_REQUIRED_AFTER_RE = re.compile(r"[^.;\n]{0,30}?\b(?:exig|requis|obligatoire|indispensable|souhait|appr[ée]ci|minimum|un\s+(?:plus|atout))", re.I)


def _people_served(text: str, m: Mention) -> bool:
    if m.attrs.get("code") == "SANS DIPLOME":
        return False  # Round 15: "Profil : jeune de 16 à 29 ans, …, pas de diplôme nécessaire" says what the job needs
    line_start = text.rfind("\n", 0, m.start) + 1
    before = _PEOPLE_SERVED_RE.search(text, max(line_start, m.start - 120), m.start)
    return bool(
        before
        and not _CANDIDATE_BETWEEN_RE.search(before.group("between"))
        and not _REQUIRED_AFTER_RE.match(text, m.end)
    )


# Round 12: the school level where a teacher teaches ("Professeur dans l'enseignement secondaire supérieur", "Vous
# donnerez des cours en bachelier infirmier", "enseignant en master"): the students' level, not the candidate's diploma;
# the teacher's own degree comes with its holder's word ("enseignant titulaire d'un master").
_TEACHING_PLACE_BEFORE_RE = re.compile(
    # Round 14: also "expérience d'enseignement dans le secondaire supérieur", "Enseignant(e) en mathématiques - secondaire supérieur"
    r"\b(?:professeur|enseignant|instituteur|institutrice|ma[îi]tre|formateur|formatrice|cours|enseigner|enseignez|enseignerez|enseignement|classes?)"
    r"(?:e|\(e\)|·e|s)*(?:\s+(?:de|d'|en)\s*[^\W\d_]+)?(?:\s+donn[ée]e?s?)?(?:\s+(?:dans|en|à|au|aux)\s+(?:l'|le\s+|la\s+|les\s+|section\s+)?|\s*[-–]\s*)"
    # the school years taught ("Cours donnés en 5e et 6e secondaire professionnelle")
    r"(?:\d(?:e|[èe]me)\s+(?:(?:et|à|-)\s+\d(?:e|[èe]me)\s+)?)?$",
    re.I,
)


def _teaching_place(text: str, m: Mention) -> bool:
    place = _TEACHING_PLACE_BEFORE_RE.search(text, max(0, m.start - 60), m.start)
    # after a dash, only a school level is the place ("Enseignant(e) en mathématiques - secondaire supérieur"); a diploma
    # there is the one asked ("Professeur de français – AESS")
    if place and place.group(0).rstrip().endswith(("-", "–")):
        return bool(re.match(r"(?:enseignement\s+)?(?:secondaire|primaire|fondamental|maternel)", text[m.start : m.end], re.I))
    return bool(place)


# Round 12: a bare "licence" listed after another diploma ("d'un BTS, d'un DUT ou d'une licence", "Bac+2/3 type BTS, DUT
# ou licence", "BTS informatique ou licence"): the degree, as it already was before a master's; not a software or sports
# licence, nor a driving licence ("BTS, permis B et licence …" has no diploma before it in the list).
_LICENCE_AFTER_RE = re.compile(
    r"(?:\s+(?!ou\b|et\b)[\w'’-]+){0,3}?\s*\)?\s*(?:,|/|\bou\b|\bet\s*/\s*ou\b)\s*(?:d'une\s+|une\s+|la\s+)?(?P<lic>licence)(?![\w-])"
    r"(?!\s*(?:de\s+conduire|IV|III|d'exploitation|d'utilisation|logiciel|Microsoft|sportive|f[ée]d[ée]rale|\d))",
    re.I,
)


def _listed_licences(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    if "icence" not in text:
        return out
    for f in found:
        if not 4 <= (f.attrs.get("eqf_level") or 0) <= 7:
            continue
        lic = _LICENCE_AFTER_RE.match(text, f.end)
        if lic and "\n" not in text[f.end : lic.start("lic")] and not any(g.start < lic.end("lic") and lic.start("lic") < g.end for g in found + out):
            out.append(Mention("diploma", lic.start("lic"), lic.end("lic"), {"eqf_level": 6, "isced_level": 6, "code": "LICENCE"}, family="diploma"))
    return out


# Round 12: a named training ("formation d'aide-soignant", "formation de chef d'entreprise") that the employer finances or
# the staff follow ("plusieurs ASH suivent la formation d'aide-soignant financée par la clinique", "vous suivrez la
# formation de chef d'entreprise"): a course given, not a diploma held.
_TRAINING_GIVEN_AFTER_RE = re.compile(
    r"\s+(?:financ|offert|pris\w*\s+en\s+charge|propos[ée]|dispens|assur[ée]|en\s+interne|en\s+cours\s+d'emploi)"
    # Round 18: the course said to be given, a word or two of its field left after the span ("la formation en état civil est
    # organisée par la commune", "une formation en hygiène sera assurée en interne")
    r"|(?:\s+(?!est\b|sera\b)[\w'’-]+){0,2}?\s+(?:est|sera|sont|seront)\s+(?:enti[èe]rement\s+|int[ée]gralement\s+|ensuite\s+)?"
    r"(?:organis|assur|dispens|financ|offert|pris\w*\s+en\s+charge|propos|donn)",
    re.I,
)


_EMPLOYER_GIVES_BEFORE_RE = re.compile(r"(?<![\w])(?:nous|on)\s+(?:vous\s+|te\s+)?(?:assur|dispens|propos|offr|financ|organis|donn)\w*\s+$", re.I)


# Round 18: a title the employer trains people towards or pays for ("des candidats … que nous formons en alternance au titre
# professionnel conducteur de transport en commun", "nous vous préparons au CAP", "on te finance le titre pro", "nous vous
# accompagnons vers le BTS"): the employer's course, not a diploma asked.
_EMPLOYER_TRAINS_BEFORE_RE = re.compile(
    r"(?<![\w])(?:nous|on)\s+(?:vous\s+|te\s+|les\s+|l')?(?:form|pr[ée]par|financ|accompagn)\w*"
    r"(?:\s+(?:en\s+alternance|en\s+interne|gratuitement|ensuite|jusqu'))?\s+(?:vers\s+|à\s+)?(?:au|aux|à\s+la|à\s+l'|le|la|les|l'|votre|ton|un|une)\s*$",
    re.I,
)


def _training_given(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    if _EMPLOYER_TRAINS_BEFORE_RE.search(text, max(line_start, m.start - 60), m.start):
        return True
    # Round 17: with its article, the employer's giving verb just before ("nous assurons une formation en manutention")
    if re.match(r"(?:une|la|des)\s+formations?\b", text[m.start : m.end], re.I):
        return bool(_TRAINING_GIVEN_AFTER_RE.match(text, m.end) or _EMPLOYER_GIVES_BEFORE_RE.search(text, max(line_start, m.start - 40), m.start))
    if not re.match(r"formations?\b", text[m.start : m.end], re.I):
        return False
    return bool(_TRAINING_GIVEN_AFTER_RE.match(text, m.end) or _FOLLOWED_BEFORE_RE.search(text, max(line_start, m.start - 40), m.start))


# Round 12: in Belgium the CAP is the teacher's certificate of pedagogical aptitude (no level of its own: it is taken on
# top of a degree), told from the French vocational CAP by the teaching words around it ("AESS / CAP", "ingénieur avec
# CAP", "CAP (certificat d'aptitudes pédagogiques)", "titre pédagogique (CAP, CAPAES)").
_PEDAGOGY_AROUND_RE = re.compile(r"p[ée]dagogi|CAPAES|\bAES[IS]\b|agr[ée]g|titres?\s+(?:requis|suffisants?|de\s+p[ée]nurie)", re.I)
# Round 14: a Belgian teaching ad says so anywhere in its text (its required titles, the AESI/AESS, the CAPAES), and the
# CAP it asks for further down ("bachelier en électricité, complété par un CAP") is the pedagogical one too.
_TEACHING_AD_RE = re.compile(r"\btitres?\s+(?:requis|suffisants?|de\s+p[ée]nurie)|\bAES[IS]\b|CAPAES|agr[ée]g[ée]", re.I)
_TEACHING_AD_SCAN = GatedPattern(_TEACHING_AD_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_TEACHER_RE = re.compile(r"enseign|professeur|instituteur|institutrice|ma[îi]tre[- ]assistant|\bcours\b|[ée]l[èe]ves|\bclasses?\b", re.I)
_TEACHER_SCAN = GatedPattern(_TEACHER_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 14: the lawyer's certificate ("Le CAPA serait un atout" for a lawyer or a jurist) is a master-level title (EQF 7),
# not the agricultural CAPa.
_LAWYER_AROUND_RE = re.compile(r"avocat|barreau|juridique|juriste|\bdroit\b|notari", re.I)


def _pedagogical_cap(text: str, m: Mention) -> Mention | None:
    if m.attrs.get("code") != "CAP":
        return m
    # The Belgian driver's CAP (code 95) is a certification, read by the one predicate certification.py uses too.
    if is_driver_cap(text, m.start, m.end):
        return None
    if text[m.start : m.end] == "CAPA" and _LAWYER_AROUND_RE.search(text, max(0, m.start - 300), m.end + 300):
        return m.with_(attrs={**m.attrs, "code": "CAPA", "eqf_level": 7, "isced_level": 7})
    if not (
        _PEDAGOGY_AROUND_RE.search(text, max(0, m.start - 60), m.end + 60)
        or (_TEACHING_AD_SCAN.search(text) and _TEACHER_SCAN.search(text))
    ):
        return m
    return m.with_(attrs={**m.attrs, "code": "CAP PEDAGOGIQUE", "eqf_level": None, "isced_level": None})


# Round 12: the Belgian business engineer's master ("ingénieur commercial", Solvay, HEC Liège) names a sales job in
# France; it is the degree where it is listed with another degree ("master en sciences économiques, ingénieur
# commercial ou graduat en comptabilité", "Master en gestion ou ingénieur commercial") or named after a diploma word.
_BUSINESS_ENGINEER_RE = re.compile(
    r"(?<![\w])ing[ée]nieur(?:e|\(e\))?s?\s+commercia(?:l|le|ux)(?![\w])"
    # ending its phrase: a job goes on ("ingénieur commercial junior", "… avec 3 ans d'expérience", "… H/F")
    r"(?=\s*(?:[.;,\n]|$|ou\b|et\b|\((?!H)))",
    re.I,
)
_BUSINESS_ENGINEER_SCAN = GatedPattern(_BUSINESS_ENGINEER_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_LIST_BEFORE_RE = re.compile(r"(?:(?:\s+(?:en|d'|de)\s*[^.;:\n()]{1,40}?)?\s*(?:,|/|\bou\b)\s*(?:d'un\s+|un\s+)?"
                             r"|\s+d')$", re.I)
_LIST_AFTER_RE = re.compile(r"\s*(?:,|/|\bou\b)\s*(?:d'un\s+|un\s+|d'une\s+|une\s+)?", re.I)
_DEGREE_WORD_BEFORE_RE = re.compile(r"(?:dipl[ôo]m[ée]?e?s?|titre|master|titulaire\s+d'un)\s+(?:d'|de\s+|en\s+)?$", re.I)


def _business_engineers_listed(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    if "commercia" not in text:
        return out
    for b in _BUSINESS_ENGINEER_SCAN.finditer(text):
        if any(f.start < b.end() and b.start() < f.end for f in found):
            continue
        line_start = text.rfind("\n", 0, b.start()) + 1
        prev = [f for f in found if line_start <= f.end <= b.start() and (f.attrs.get("eqf_level") or 0) >= 5]
        listed_after = any(
            (a := _LIST_AFTER_RE.match(text, b.end())) and a.end() == f.start and (f.attrs.get("eqf_level") or 0) >= 5 for f in found
        )
        gap = text[max(p.end for p in prev) : b.start()] if prev else ""
        # a bare comma after a level is an apposition ("Bac+5, ingénieur commercial, vous aimez la vente"): an "ou" must join
        listed_before = bool(prev) and bool(_LIST_BEFORE_RE.fullmatch(gap)) and ("," not in gap or listed_after)
        named = bool(_DEGREE_WORD_BEFORE_RE.search(text, max(line_start, b.start() - 30), b.start()))
        # named first, "Ingénieur commercial ou Master en gestion" is the job (round 10): a degree must come before
        if listed_before or named:
            out.append(Mention("diploma", b.start(), b.end(), {"eqf_level": 7, "isced_level": 7, "code": "INGENIEUR"}, family="diploma"))
    return out


# Round 10 (team-written ads): the diplomas of the team described, counted or said held by its members ("L'équipe : 2
# médecins, 12 IDE, 14 AS", "une équipe de 18 IDE", "Notre équipe compte … deux infirmières diplômées d'État", "Les
# maîtres-nageurs de l'équipe sont titulaires du BPJEPS"): a team word earlier in the clause, a head count or a
# third-person "sont titulaires" just before the diploma.
_STAFF_COUNT_RE = re.compile(
    r"\b(?:[ée]quipes?|coll[èe]gues|effectifs?|personnel|collaborat(?:eurs|rices)|emploie|emploient|employons|comptons|r[ée]unit|regroupe)\b[^.;!?\n]{0,80}?"
    r"(?:(?<![\w+])(?:\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt)\s+(?:[^\W\d_][\w-]*\s+)?"
    r"|\bsont\s+(?:tou(?:te)?s\s+)?(?:titulaires|dipl[ôo]m[ée]e?s)\s+(?:du|de\s+la|de\s+l'|des|d')\s*"
    # Round 14: the members the team is made of, holders of their diplomas ("une équipe composée de médecins et
    # d'aides-soignants titulaires du DEAS", "éducateurs titulaires du DEME, AES…", "dont 6 experts-comptables diplômés du DEC")
    r"|(?P<holders>[^\W\d_][\w'-]*(?:s|x)\s+(?:titulaires|dipl[ôo]m[ée]e?s)\s+(?:du|de\s+la|de\s+l'|des|d')\s*(?:[^.;:\n()]{0,30}?,\s*)?))$",
    re.I,
)
# the holders are the people sought when the clause recruits them ("notre équipe recherche des aides-soignants titulaires du DEAS")
_RECRUITING_RE = re.compile(r"recherch|recrut|cherch|renfor|rejoi|\b(?:vous|tu)\b|candidat|profil|poste", re.I)


def _staff_count(text: str, m: Mention) -> bool:
    if str(m.attrs.get("code", "")).startswith(("BAC+", "NIVEAU")):
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    staff = _STAFF_COUNT_RE.search(text, max(line_start, m.start - 120), m.start)
    return bool(staff and not (staff.group("holders") and _RECRUITING_RE.search(staff.group(0))))


# Round 10 (team-written ads): a school as a place, an event or the employer ("bureaux sur le campus d'une grande école
# d'ingénieurs", "au salon des écoles d'ingénieurs", "la DSI d'une grande école d'ingénieurs recrute", "le Programme
# Grande École"): not a diploma asked. "au sein d'une grande école" stays (a degree taken there, labelling guide).
_SCHOOL_PLACE_BEFORE_RE = re.compile(
    r"\b(?:campus|salons?|forums?|DSI|direction|services?|programmes?|locaux|partenariats?)\s+(?:d'une?\s+|des\s+|de\s+l'|du\s+|de\s+la\s+)?(?:grandes?\s+)?$",
    re.I,
)


def _school_as_place(text: str, m: Mention) -> bool:
    return m.attrs.get("code") in _SCHOOLS and bool(
        re.match(r"(?:[ée]coles?|grandes?\s+[ée]coles?)\b", text[m.start : m.end], re.I)
        and _SCHOOL_PLACE_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    )


# Round 12: a pay scale or bonus by diploma ("Prime de diplôme : +5 % pour les titulaires d'un master", "Barème selon
# diplôme (bachelier ou master)", "rémunération en fonction du diplôme"): the diplomas paid, not asked.
_PAY_BY_DIPLOMA_RE = re.compile(
    r"\b(?:primes?|bar[èe]mes?|r[ée]mun[ée]ration|salaires?|traitement|[ée]chelle|bonus)\s+(?:de\s+|selon\s+(?:le\s+|votre\s+|son\s+)?|li[ée]e?\s+au\s+|"
    r"en\s+fonction\s+(?:du\s+|de\s+votre\s+))dipl[ôo]mes?\b[^.;\n]{0,60}$",
    re.I,
)


# Round 13: the team's own degrees ("nos consultants sont tous diplômés en psychologie", "notre équipe est composée
# d'ingénieurs diplômés") and the courses the apprentices or the new hire prepare ("dans le cadre de la préparation
# du BTS Banque", "admis(e) dans une formation Bac+3", "obligatoire pour entrer en BP"): not asked of the candidate.
_STAFF_ARE_RE = re.compile(
    r"\b(?:nos|notre|leurs?|ses|tous\s+nos|toutes\s+nos)\s+(?:[\w'-]+\s+){0,2}(?:sont|est)\s+(?:tou(?:te)?s\s+|majoritairement\s+|souvent\s+|compos[ée]e?s?\s+d[e']\s*)?$"
    r"|\bpr[ée]paration\s+(?:du|de\s+la|de\s+l'|d'une?|au|aux)\s*$|\badmise?(?:\(e\))?s?\s+(?:dans|en)\s+(?:une\s+)?(?:formation\s+)?$"
    r"|\bpour\s+(?:entrer|int[ée]grer|acc[ée]der)\s+(?:en|au|à\s+la|dans\s+une?)\s+(?:formation\s+)?$"
    # Round 14: some of the staff just named ("25 juristes, dont plusieurs titulaires du CAPA")
    r"|\bdont\s+(?:plusieurs|certain(?:e)?s|la\s+plupart|beaucoup|\d+|deux|trois|quatre)\s+(?:[^\W\d_][\w-]*\s+)?(?:sont\s+)?"
    r"(?:titulaires|dipl[ôo]m[ée]e?s)\s+(?:du|de\s+la|de\s+l'|des|d')\s*$"
    # Round 14: a named member of the staff and the diploma they hold ("notre sommelier, titulaire d'un BP sommelier")
    r"|\b(?:notre|nos)\s+(?!futur|candidat|recrue|nouve|profil|id[ée]al|prochain)[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*)?\s*,?\s*(?:est\s+|sont\s+)?"
    r"(?:titulaires?|dipl[ôo]m[ée]e?s?)\s+(?:du|de\s+la|de\s+l'|des|d'une?|d')\s*$",
    re.I,
)


# Round 20: the pay scale or grade named by a diploma or a class ("Barème bachelier", "rémunéré au barème master", "échelle
# A1 ou A2 selon diplôme", "traitement de niveau master"): the post's pay, not a diploma asked.
_PAY_SCALE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:bar[èe]mes?|[ée]chelles?(?:\s+bar[ée]miques?)?|traitement|r[ée]mun[ée]ration|r[ée]mun[ée]r[ée](?:e|\(e\))?s?|salaires?|pay[ée](?:e|\(e\))?s?)"
    r"\s+(?:(?:au|du|de|d'|selon|sur|[àa]\s+la|[àa]\s+l'|le|la)\s+)*(?:(?:niveau|bar[èe]me|[ée]chelle)\s+(?:de\s+|d'|du\s+)?)?"
    r"(?:[\w+-]{1,12}\s*(?:\bou\b|/|\b[àa]\b|\bet\b|-)\s*)?$",
    re.I,
)


# Round 21: the pay scale named after the diploma ("(diplôme de bachelier = échelle B)", "master → barème A1", "bachelier :
# échelle B1", "un master donne accès à l'échelle A1", "bachelier, rémunéré au barème 2.1"): the grid of the post, not asked.
_PAY_SCALE_AFTER_RE = re.compile(
    r"[^\S\n]*(?:=|→|->|=>|:|,?\s*(?:donne|donnant|ouvre|ouvrant|correspond|correspondant)\s+(?:(?:droit|acc[èe]s)\s+)?(?:[àa]\s+)?(?:l['’]|la|le|au)?"
    r"|,?\s*(?:r[ée]mun[ée]r[ée]|pay[ée]|plac[ée]|class[ée])(?:e|\(e\))?s?\s+(?:au|en|sur|[àa]\s+l['’])?)\s*"
    r"(?:bar[èe]mes?|[ée]chelles?(?:\s+bar[ée]miques?)?|grades?|classes?\s+(?-i:[A-E]))(?![\w])",
    re.I,
)


def _pay_grade_or_staff(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    if _PAY_SCALE_AFTER_RE.match(text, m.end):
        return True
    if _PAY_BY_DIPLOMA_RE.search(text, max(line_start, m.start - 80), m.start):
        return True
    if _PAY_SCALE_BEFORE_RE.search(text, max(line_start, m.start - 60), m.start):
        return True
    if _TEACHING_LEVEL_RE.search(text, max(line_start, m.start - 100), m.start):
        return True
    pay = _PAY_LINE_RE.match(text, line_start)
    if pay and pay.end() >= m.end and text.find(":", line_start, m.start) >= 0:
        return True
    if _STAFF_ARE_RE.search(text, max(line_start, m.start - 80), m.start):
        return True
    return bool(_STAFF_FROM_RE.search(text, max(line_start, m.start - 120), m.start))


# "spécialiste de la formation en digital learning", "notre centre de formation technique": the employer's trade or
# its own courses, not a diploma asked.
_PROVIDER_BEFORE_RE = re.compile(
    r"(?:(?:de|à|a)\s+la\s+|(?:centres?|organismes?|instituts?|[ée]coles?|cabinets?|offres?|catalogue|plans?|programmes?|"
    r"parcours|sp[ée]cialiste|acteur|leader|r[ée]seau|soci[ée]t[ée]|entreprise|m[ée]tiers?|ing[ée]nierie)\s+(?:de\s+|d'une\s+)?|"
    r"(?:nos|notre|ses|leurs?)\s+)$",
    re.I,
)
# "diplômé(e) du CEIPI", "diplôme de l'ESSEC": a diploma of a school named by its acronym, level unknown; only where no
# known diploma is named ("diplôme de BTS" is a BTS).
_SCHOOL_DIPLOMA_RE = re.compile(
    r"(?<![\w])dipl[ôo]m(?:e|[ée](?:e|\(e\))?)s?\s+(?:du|de\s+l'|de\s+la|d')\s*(?-i:[A-Z][A-Z&-]{2,})(?![\w])",
    re.I,
)


_SCHOOL_DIPLOMA_SCAN = GatedPattern(_SCHOOL_DIPLOMA_RE)


def _school_diplomas(found: list[Mention], text: str, lowered: str | None) -> list[Mention]:
    return [
        Mention("diploma", m.start(), m.end(), {"eqf_level": None, "isced_level": None, "code": "DIPLOME"}, family="diploma")
        for m in _SCHOOL_DIPLOMA_SCAN.finditer(text, lowered)
        if not any(f.start < m.end() and m.start() < f.end for f in found)
        # Round 14: the team's ("35 collaborateurs, dont 6 experts-comptables diplômés du DEC")
        and not _staff_count(text, Mention("diploma", m.start(), m.end(), {"code": "DIPLOME"}, family="diploma"))
    ]


# Round 10 (team-written ads, Belgian): a vocational training named by its trade is a diploma item, level null, where
# it is shown to be one — by a Belgian training provider ("formation IFAPME en toiture", "certificat IFAPME", "formation
# de soudeur (Forem, IFAPME)", "formation qualifiante en usinage (Forem, Technocampus)", "(promotion sociale ou IFAPME)")
# or as the alternative of a diploma on the same line ("CQ6 carreleur ou formation de carreleur", "BTS SAM ou d'une
# formation de secrétaire médicale"). Not a training the employer gives or the candidate will follow ("vous suivrez
# une formation de cariste (Forem)"), nor "formation de base / de 3 jours / de nos équipes".
_PROVIDER = r"(?:IFAPME|Forem|FOREM|promotion\s+sociale|Technocampus|CEFA|EFP|Bruxelles\s+Formation)"
_TRADE_WORD = r"[^\W\d_][\w'’()·-]*"
_VOCATIONAL_RE = re.compile(
    r"(?<![\w])(?:formation|certificat)s?\s+(?:qualifiante\s+|sp[ée]cifique\s+|professionnelle\s+)?"
    r"(?:(?-i:IFAPME|FOREM|Forem|EFP|SFPME)(?:\s+en\s+" + _TRADE_WORD + r")?(?![\w])"
    r"|(?:de\s+(?!base\b|qualit|nos\b|vos\b|la\s|l'|votre\b|notre\b|plusieurs\b|courte|longue|formateur|d[ée]marrage|terrain)|d'(?!int[ée]gration|une?\b|accueil|adaptation)|en\s+)"
    r"(?P<trade>" + _TRADE_WORD + r"(?:\s+(?!ou\b|et\b|en\b|avec\b|au\b|à\b|pour\b|est\b|sont\b|serait\b|exig|requis|souhait)" + _TRADE_WORD + r"){0,3}?)"
    r"(?=\s*(?P<provider>\((?:[^()\n]{0,40}?[\s,(])?" + _PROVIDER + r"\b)|\s*(?:[;.,:\n…!]|ou\b|est\b|sont\b|serait\b|exig|requis|souhait|appr[ée]ci|$)))",
    re.I,
)
_VOCATIONAL_GATE = GatedPattern(_VOCATIONAL_RE)
_PROVIDER_LIST_RE = re.compile(r"(?<![\w])" + _PROVIDER + r"(?![\w])", re.I)
_ALTERNATIVE_BEFORE_RE = re.compile(r"\bou\s+(?:d'une\s+|une\s+|de\s+|d')?$", re.I)
_FOLLOWED_BEFORE_RE = re.compile(r"suiv|propos|offr|financ|inscri|pr[ée]par|assur|dispens|b[ée]n[ée]fici", re.I)


_IN_TRAINING_BEFORE_RE = re.compile(r"(?:\bapprenti\w*(?:\(e\))?[^.;:\n]{0,40}?)?(?<![\w])en\s+$", re.I)


def _vocational_trainings(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _VOCATIONAL_GATE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _FOLLOWED_BEFORE_RE.search(text, max(line_start, m.start() - 40), m.start()):
            continue
        # Round 18: an apprentice "en formation IFAPME ou EFP" is in training, the job's status, not a training held
        if _IN_TRAINING_BEFORE_RE.search(text, max(line_start, m.start() - 40), m.start()):
            continue
        provider = m.group("trade") is None or bool(m.group("provider"))
        alternative = bool(_ALTERNATIVE_BEFORE_RE.search(text, max(line_start, m.start() - 12), m.start())) and any(
            line_start <= f.start and f.end <= m.start() and f.attrs.get("eqf_level") is not None for f in found
        )
        if not (provider or alternative):
            continue
        if any(f.start < m.end() and m.start() < f.end and (f.end - f.start) >= (m.end() - m.start()) for f in found):
            continue
        # Round 15: a named training is at its trade's usual title (labelling guide: "formation « secrétaire médicale »" 4)
        trade = re.sub(r"\((?:e|ne|trice|rice|euse|[èe]re|i[èe]re)\)", "", m.group("trade") or "")
        # (not a driver's or machine operator's course: its certificate is the certification, no diploma level)
        level = next((lv for lv, pat in _TITRE_PRO_LEVELS[1:] if pat.search(trade)), None) if trade and not re.match(r"conduct|carist", trade, re.I) else None
        # Round 16: a training offered by several providers ("Formation de carreleur (promotion sociale, IFAPME, Forem)") names
        # no one certificate: no level (fourth written batch)
        if m.group("provider") and len(_PROVIDER_LIST_RE.findall(text, m.end(), text.find(")", m.end()) if ")" in text[m.end():] else len(text))) >= 2:
            level = None
        out.append(Mention("diploma", m.start(), m.end(), {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None, "code": "FORMATION"},
                           family="diploma"))
    return out


# Round 14: a training named by the trade it teaches, asked of the candidate ("Vous avez suivi une formation de secrétaire
# médicale", "titulaire d'une formation de maçon (AFPA)", "- Formation de prothésiste dentaire souhaitée"): a diploma at the
# level of that trade's usual title (secretaries 4, building and catering trades 3; others unknown, labelling guide). Not a
# training the employer gives ("nous vous proposons une formation de vendeur", "formation de cariste assurée"), nor
# the trainings that are certificates (cariste, secouriste: CACES, SST).
_TRADE_SUFFIX = r"(?:eur|euse|rice|ier|i[èe]re|ien|ienne|aire|iste|on|in|ant|ante)(?:\(e\)|\(ne\)|\(trice\)|\(rice\)|\(i[èe]re\)|e)?s?"
_TRADE_TRAINING_RE = re.compile(
    r"(?<![\w])(?:une\s+)?formation\s+(?:de\s+|d')(?!cariste|secouriste|sauveteur|conduct|pontier|grutier|formateur|tuteur|base\b)"
    # Round 20: the trades without one of those endings ("formation de peintre", "formation de boucher-charcutier")
    r"(?P<trade>(?:peintre|bouch(?:er|[èe]re)|boulang(?:er|[èe]re))(?=[\s,;.)]|$)|(?![\w'’-]*ions?\b)[^\W\d_][\w'’-]*?" + _TRADE_SUFFIX + r"(?:\s+(?:m[ée]dica(?:l|le|l\(e\))|dentaire|juridique|comptable|administrati(?:f|ve|f\(ve\))|commercia(?:l|le|l\(e\))|sp[ée]cialis[ée](?:e|\(e\))?|[^\W\d_][\w'’-]*?" + _TRADE_SUFFIX + r"))?)(?![\w(])",
    re.I,
)
_TRADE_TRAINING_SCAN = GatedPattern(_TRADE_TRAINING_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_TRADE_ASKED_BEFORE_RE = re.compile(
    r"(?:\b(?:vous\s+avez|tu\s+as|avez|ayant|ont|a|avoir)\s+(?:suivi|valid[ée]|termin[ée]|obtenu)|titulaire|issu(?:e|\(e\))?s?|justifi\w*|poss[ée]d\w*|dispos\w*\s+d'"
    # Round 15: the wish before it ("idéalement, une formation d'auxiliaire de bibliothèque") and a profile list's item
    # ("Profil:- une formation de couvreur ou 3 ans d'expérience")
    r"|\bid[ée]alement|\bde\s+pr[ée]f[ée]rence|\bprofil\w*\s*:)"
    r"[^.;!?\n]{0,25}$",
    re.I,
)
_TRADE_ASKED_AFTER_RE = re.compile(
    # Round 19: the cue may follow the bracket of certificates that give the training ("Formation de secrétaire médicale
    # (titre professionnel ou certificat AFPA, Pigier…) exigée")
    r"(?:\s*\([^()\n]{0,80}\))?[^.;!?\n(]{0,50}?\b(?:exig|requis|souhait|appr[ée]ci|atout|un\s+plus|obligatoire|indispensable)"
    # Round 19: or the diploma given as its example ("Formation de soudeur, par exemple 7e technique en soudure", "formation
    # de cuisinier, type CQ6 ou CAP"): the training is what the candidate holds
    r"|\s*,?\s*(?:par\s+exemple|p\.\s?ex\.|type|tel(?:le)?\s+que|comme|notamment)\s+(?:un\s+|une\s+|le\s+|la\s+|l')?"
    r"(?:(?-i:CESS|CQ[67]|CAP|BEP|BTS|Bac|BAC|IFAPME|CEFA|EFP)|[67]\s?(?:e|è|[èe]me)\s|dipl[ôo]me|bachelier|titre|certificat)"
    # Round 17: the training offered against experience ("Formation de secrétaire médicale ou expérience équivalente", "une
    # formation de plombier ou 3 ans d'expérience"): what the candidate must bring
    r"|\s+ou\s+(?:d'une\s+|une\s+)?(?:\d+\s+ans?\s+d'|au\s+moins\s+\d+\s+ans?\s+d')?exp[ée]riences?(?![\w])"
    # Round 18: or offered against a diploma ("Formation de secrétaire médicale ou CESS à orientation secrétariat", "une formation
    # de cuisinier ou un CAP cuisine")
    r"|\s+ou\s+(?:d'une?\s+|une?\s+|le\s+|la\s+)?(?-i:CESS|CQ[67]|CAP|BEP|BTS|Bac|BAC|bac|dipl[ôo]me|bachelier|titre|certificat)(?![\w])"
    # Round 20: or said done by the candidate, by its route ("Formation de boucher-charcutier suivie en alternance", "une
    # formation de peintre obtenue en promotion sociale", "formation de coiffeuse terminée")
    r"|\s+(?:suivie|obtenue|termin[ée]e|valid[ée]e|achev[ée]e|r[ée]ussie|compl[ée]t[ée]e)(?![\w])",
    re.I,
)
_TRADE_GIVEN_RE = re.compile(r"propos|offr|financ|suivrez|suivre|dispens|assur|inscri|b[ée]n[ée]fici|pr[ée]par|possibilit|nous\s+vous", re.I)


def _trade_trainings(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    if "ormation" not in text:
        return out
    for m in _TRADE_TRAINING_SCAN.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 60) : m.start()]
        if _TRADE_GIVEN_RE.search(before) or _TRAINING_GIVEN_AFTER_RE.match(text, m.end()) or _TRADE_GIVEN_RE.match(text, m.end() + 1):
            continue
        if not (_TRADE_ASKED_BEFORE_RE.search(text, max(line_start, m.start() - 60), m.start()) or _TRADE_ASKED_AFTER_RE.match(text, m.end())):
            continue
        level = next((lv for lv, pat in _TITRE_PRO_LEVELS[1:] if pat.search(m.group("trade"))), None)
        out.append(Mention("diploma", m.start(), m.end(), {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None,
                                                          "code": "FORMATION"}, family="diploma"))
    return out


# Round 18: a trade held "de formation" ("Boucher de formation (IFAPME boucher-charcutier, CQ6/CQ7 boucherie)", "Vous êtes
# électricien de formation", "- Cuisinier(ère) de formation"): the training of that trade, asked of the candidate (labelling
# guide: "A training in a profile list"), at the trade's usual level like "formation de <trade>"; not a course, a session
# or a centre ("session de formation", "besoin de formation", "organisme de formation").
_TRADE_BY_TRAINING_RE = re.compile(
    r"(?<![\w'’])(?<!\w-)(?P<trade>(?!(?:[\w'’-]*ions?|besoins?|bulletins?|moyens?|plans?|centres?|organismes?|jours?|parcours|cycles?"
    r"|sessions?|cahiers?|dossiers?|fichiers?|calendriers?|ateliers?|chantiers?|premi[èe]re|derni[èe]re)\b)"
    # the jobs of a training department ("Assistant(e) de formation", "Responsable de formation", "Chargé de formation")
    r"(?!(?:assistant|responsable|charg[ée]|coordinat|conseill|ing[ée]nieur|direct|gestionnaire|animat|format|r[ée]f[ée]rent|chef|technicien)[\w()]*\s)"
    r"[^\W\d_][\w'’-]*?(?:" + _TRADE_SUFFIX + r"|(?:er|[èe]re|\(e\)|\([èe]re\))s?))\s+de\s+formation(?![\w])",
    re.I,
)
_TRADE_BY_TRAINING_SCAN = GatedPattern(_TRADE_BY_TRAINING_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_PERSON_BEFORE_RE = re.compile(r"(?:^|\n)[\s•·*➤>-]*$|\b(?:vous\s+[êe]tes|tu\s+es|[êe]tre|id[ée]alement|profil\w*\s*:)\s*$", re.I)


def _trades_by_training(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    if "e formation" not in text:
        return out
    for m in _TRADE_BY_TRAINING_SCAN.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if not _PERSON_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        bracket = bool(re.match(r"\s*\(", text[m.end() :]))
        level = None if bracket else next((lv for lv, pat in _TITRE_PRO_LEVELS[1:] if pat.search(m.group("trade"))), None)
        out.append(Mention("diploma", m.start(), m.end(), {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None,
                                                          "code": "FORMATION"}, family="diploma"))
    return out


# Round 9: care and social diplomas named by their profession in a list after "Diplôme(s)" ("Diplôme ASG et/ou Aide
# soignant(e) et/ou Auxiliaire de vie sociale", "Diplômes acceptés : AMP, aide-soignant(e)"): each is the State diploma
# of that profession (ASG, a complementary training, has no level), one group. Alone, the profession is the job ("une
# aide-soignante"), so at least two names must follow the diploma word.
_CARE_PROFESSIONS: list[tuple[str, str, int | None]] = [
    (r"aide[- ]soignan(?:t|te)(?:e|\(e\))?s?", "DE AIDE-SOIGNANT", 4),
    # Round 20: the Belgian family-care title (a 6th-year professional course or its IFAPME/promotion sociale route, EQF 3)
    (r"aide[- ]famili(?:al|ale|al\(e\)|aux|ales)", "AIDE FAMILIAL", 3),
    (r"auxiliaire\s+de\s+pu[ée]riculture", "DE AUXILIAIRE PUERICULTURE", 4),
    (r"auxiliaire\s+de\s+vie\s+sociale|(?-i:AVS|AMP|AES|DEAES|DEAMP)|aide\s+m[ée]dico[- ]psychologique"
     r"|accompagnant(?:e|\(e\))?\s+[ée]ducati(?:f|ve)\s+et\s+social(?:e)?", "DE AES", 3),
    (r"(?-i:ASG)|assistant(?:e|\(e\))?\s+de\s+soins\s+en\s+g[ée]rontologie", "ASG", None),
    (r"infirmi(?:er|[èe]re)(?:\(e\)|\([èe]re\)|e)?s?", "DE INFIRMIER", 6),
    (r"moniteur(?:\(rice\)|rice)?[- ][ée]ducat(?:eur|rice)(?:\(rice\))?", "DE MONITEUR EDUCATEUR", 4),
    (r"[ée]ducat(?:eur|rice)(?:\(rice\))?\s+sp[ée]cialis[ée](?:e|\(e\))?", "DE EDUCATEUR SPECIALISE", 6),
    # Round 13: the Belgian childcare and social titles ("Titres requis : puériculteur(trice), auxiliaire de l'enfance,
    # agent(e) d'éducation", "… ou assistant social", "… ou d'un cadre en soins de santé"); walloon-reference levels
    # (puériculteur 4, the 7th-year professional courses 4, bachelors 6).
    # Round 15: the slash form ("puériculteur/trice") too; the auxiliaire de l'enfance is a 6th-year professional course
    # (CQ6, EQF 3: the third written batch's reading; walloon-reference §3.1 CQ6 3 or 4 [U]), the puériculteur a 7th (4).
    (r"pu[ée]ricult(?:eur|rice)(?:\((?:trice|rice)\)|·rice|·trice|\s?/\s?(?:trice|rice))?s?", "PUERICULTURE", 4),
    (r"auxiliaires?\s+de\s+l'enfance", "AUXILIAIRE ENFANCE", 3),
    (r"agent(?:e|\(e\))?s?\s+d'[ée]ducation", "AGENT EDUCATION", 4),
    # Round 15: the Belgian educator named by his class inside such a list ("diplôme d'agent d'éducation, d'éducateur(trice)
    # A2, de puériculteur(trice) …"): A1 the bachelier (6), A2 the secondary course (4).
    (r"[ée]ducat(?:eur|rice)(?:\(trice\)|\(rice\)|·rice|·trice)?s?\s+(?:de\s+)?(?:classe\s+|cat[ée]gorie\s+)?A2(?![\w])", "EDUCATEUR A2", 4),
    (r"[ée]ducat(?:eur|rice)(?:\(trice\)|\(rice\)|·rice|·trice)?s?\s+(?:sp[ée]cialis[ée](?:e|\(e\))?\s+)?(?:de\s+)?(?:classe\s+|cat[ée]gorie\s+)?A1(?![\w])", "EDUCATEUR A1", 6),
    (r"assistant(?:e|\(e\))?s?\s+soci(?:al|ale|al\(e\)|aux|ales)", "ASSISTANT SOCIAL", 6),
    (r"cadre\s+en\s+soins\s+de\s+sant[ée]", "CADRE DE SANTE", 6),
]
# Round 13: one of these names after "ou" that follows a diploma found on the same line ("master en santé publique ou
# d'un cadre en soins de santé", "bachelier éducateur spécialisé … ou assistant social") is an alternative diploma;
# alone it is the job or a colleague ("en lien avec l'assistante sociale").
_CARE_AFTER_DIPLOMA_RE = re.compile(
    r"\bou\s+(?:d'une?\s+|une?\s+|de\s+|d')?(?P<item>" + "|".join(f"(?:{p})" for p, _c, _l in _CARE_PROFESSIONS[-7:]) + r")(?![\w])",
    re.I,
)
_CARE_AFTER_DIPLOMA_SCAN = GatedPattern(_CARE_AFTER_DIPLOMA_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_CARE_ITEM = "|".join(f"(?P<c{i}>{p})" for i, (p, _c, _l) in enumerate(_CARE_PROFESSIONS))
_CARE_SEP = r"\s*(?:,|/|et\s*/\s*ou|\bou\b|\bet\b)\s*(?:d'|de\s+|du\s+)?"
_CARE_ANY = "|".join(f"(?:{p})" for p, _c, _l in _CARE_PROFESSIONS)
_CARE_HEAD_RE = re.compile(
    r"(?<![\w])(?:dipl[ôo]mes?|titres?(?=\s+(?:requis|accept[ée]s)|\s*:))(?:\s+(?:d'[ée]tat|accept[ée]s|requis|exig[ée]s|possibles))?\s*(?::\s*)?(?:d'|de\s+|du\s+)?"
    r"(?=(?:" + _CARE_ANY + r")(?![\w])" + _CARE_SEP + r"(?:" + _CARE_ANY + r")(?![\w]))",
    re.I,
)
_CARE_HEAD_SCAN = GatedPattern(_CARE_HEAD_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_CARE_ITEM_RE = re.compile(r"(?:" + _CARE_ITEM + r")(?![\w])", re.I)
_CARE_SEP_RE = re.compile(_CARE_SEP, re.I)


_STATE_HEAD_RE = re.compile(r"d'[ée]tat", re.I)


def _care_diploma_lists(found: list[Mention], text: str) -> list[Mention]:
    new: list[Mention] = []
    for head in _CARE_HEAD_SCAN.finditer(text):
        pos, first = head.end(), True
        while (item := _CARE_ITEM_RE.match(text, pos)) is not None:
            i = int(next(k for k, v in item.groupdict().items() if v is not None)[1:])
            _p, code, level = _CARE_PROFESSIONS[i]
            if code == "PUERICULTURE" and _STATE_HEAD_RE.search(head.group(0)):
                code, level = "DE PUERICULTRICE", 6  # Round 19: the French State diploma (a nurse's specialisation), not the Belgian 7th year
            # Round 18: a "Titres :" heading is not part of the first title ("Titres : puériculteur(trice), auxiliaire de l'enfance")
            start = head.start() if first and not head.group(0).lower().startswith("titre") else item.start()
            new.append(Mention("diploma", start, item.end(), {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None,
                                                                "code": code, "listed": True}, family="diploma"))
            first = False
            sep = _CARE_SEP_RE.match(text, item.end())
            if sep is None or sep.end() == item.end():
                break
            pos = sep.end()
    for m in _CARE_AFTER_DIPLOMA_SCAN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not any(line_start <= f.start and f.end <= m.start() and m.start() - f.end <= 90 for f in found + new):
            continue
        if any(n.start < m.end("item") and m.start("item") < n.end for n in new):
            continue
        i = next(k for k, (p, _c, _l) in enumerate(_CARE_PROFESSIONS) if re.fullmatch(p, m.group("item"), re.I))
        _p, code, level = _CARE_PROFESSIONS[i]
        new.append(Mention("diploma", m.start("item"), m.end("item"), {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None,
                                                                      "code": code, "listed": True}, family="diploma"))
    if not new:
        return found
    kept = [f for f in found if not any(n.start < f.end and f.start < n.end for n in new)]
    return sorted(kept + new, key=lambda m: m.start)


# Round 2: social-work job ads name the State diplomas they accept by their initials, dotted or not ("éducateurs :
# ES, ME ou ETS", "Travailleurs sociaux : E.S, M.E, E.T.S."). Alone these letters are anything; a list of two or
# more of them, in a text about social or educational work, is that list of diplomas.
_SOCIAL_DIPLOMAS: dict[str, tuple[str, int]] = {
    "ES": ("DE EDUCATEUR SPECIALISE", 6), "ME": ("DE MONITEUR EDUCATEUR", 4), "ETS": ("DE EDUCATEUR TECHNIQUE SPECIALISE", 6),
    "EJE": ("DE EJE", 6), "AS": ("DE ASS", 6), "ASS": ("DE ASS", 6), "CESF": ("DE CESF", 6), "AES": ("DE AES", 3),
    "AMP": ("DE AES", 3), "TISF": ("DE TISF", 4),
}
_INITIALS = r"(?:(?:[A-Z]\.){1,3}[A-Z]\.?|[A-Z]{2,4})"
# Round 21: "d'" or "de" may open each item ("les candidatures d'ES ou d'AES", "profils de ME et/ou de TISF").
_INITIALS_LIST_RE = re.compile(r"(?<![\w.])" + _INITIALS + r"(?:\s*(?:,|/|\bet/ou\b|\bou\b|\bet\b)\s*(?:d['’]|de\s+)?" + _INITIALS + r")+(?![\w])")
_INITIAL_RE = re.compile(_INITIALS)
_SOCIAL_WORK_RE = re.compile(r"social|sociaux|[ée]ducat|m[ée]dico|prot[ée]ction\s+de\s+l'enfance", re.I)
_SOCIAL_WORK_SCAN = GatedPattern(_SOCIAL_WORK_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def _social_work_abbreviations(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    if not _SOCIAL_WORK_SCAN.search(text):
        return out
    for lst in _INITIALS_LIST_RE.finditer(text):
        items = [(i, _SOCIAL_DIPLOMAS.get(i.group(0).replace(".", ""))) for i in _INITIAL_RE.finditer(text, lst.start(), lst.end())]
        if sum(1 for _, d in items if d) < 2:
            continue
        for i, d in items:
            end = i.end() - 1 if i.group(0).endswith(".") and "." in i.group(0)[:-1] else i.end()
            if d and not any(f.start < end and i.start() < f.end for f in found + out):
                out.append(Mention("diploma", i.start(), end, {"eqf_level": d[1], "isced_level": LEVEL_ISCED[d[1]], "code": d[0]}, family="diploma"))
    return out


# Round 2: an ideal added to a diploma ("Master en finance, idéalement avec une spécialisation en data", "Bac+5 et
# de préférence un complément de formation en statistique") is a second diploma item, level null, preferred (the
# labelling guide's rule for an ideal attached to a requirement); it refines the diploma, it is no alternative.
_IDEAL_REFINEMENT_RE = re.compile(
    r"[^.;:!?\n()]{0,60}?(?P<ideal>(?:id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible|voire)\s+(?:avec\s+|compl[ée]t[ée](?:e|\(e\))?\s+(?:par|d['’]?)\s*)?"
    r"(?:une?\s+|d['’]?une?\s+|la\s+|le\s+)?(?:sp[ée]cialisation|compl[ée]ment\s+de\s+formation|formation\s+compl[ée]mentaire|double\s+dipl[ôo]me|majeure|dominante)"
    r"(?:\s+(?:en|dans|de)\s+[^.;:!?\n()]{1,60}?)?)(?=\s*(?:[.;:!?\n(),]|$|vous\b|tu\b))",
    re.I,
)


# Round 9: the specialty wished for, as a clause of its own after the diploma and its list of schools ("Bac+5 (école de
# commerce ou université), une spécialité finance serait un plus"): the same refinement, its cue inside the item so that
# it no longer grades the diploma before it.
_SPECIALTY_PLUS_RE = re.compile(
    r"(?:\s*\([^()\n]{0,80}\))?\s*,\s*(?P<ideal>(?:une|la)\s+(?:sp[ée]cialit[ée]|sp[ée]cialisation|dominante|majeure)\s+[^.;:!?\n()]{1,50}?"
    r"\s+(?:serait|sera|est|constitue(?:rait)?)\s+(?:un\s+(?:plus|\+|atout)|appr[ée]ci[ée]e))(?![\w])",
    re.I,
)


def _ideal_refinements(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        if m.attrs.get("eqf_level") is None and m.attrs.get("code") not in _HIGHER_SCHOOLS:
            continue
        r = _IDEAL_REFINEMENT_RE.match(text, m.end)
        forced: Strength | None = None
        if r is None and (r := _SPECIALTY_PLUS_RE.match(text, m.end)) is not None:
            forced = "preferred"  # its own cue ("serait un plus") says it, and must not grade the diploma before it
        # a generic training inside the ideal ("… complément de formation en statistique") is part of it
        if r and not any(f.start < r.end("ideal") and r.start("ideal") < f.end and f.attrs.get("code") not in _GENERIC for f in found + out):
            out.append(Mention("diploma", r.start("ideal"), r.end("ideal"), {"eqf_level": None, "isced_level": None, "code": "SPECIALISATION"},
                               forced_strength=forced, family="diploma"))
    return out


# "École d'ingénieurs ou de commerce", "école de commerce ou d'ingénieur": the second school is named by its
# complement only.
# Fifth round: after a slash the complement may come bare ("école d'Ingénieurs/Commerce", "école de commerce/ingénieur").
_SCHOOL_ELLIPSIS_RE = re.compile(
    r"\s*(?:(?:,|/|\bou\b|\bet\b)\s*(?:d'une\s+)?(?:(?P<commerce>de\s+commerce|de\s+management|de\s+gestion)|(?P<ingenieur>d'ing[ée]nieurs?))"
    r"|/\s*(?:(?P<commerce2>commerce|management)|(?P<ingenieur2>ing[ée]nieurs?)))(?![\w])",
    re.I,
)

# Round 3: another school named by its field only ("école d'ingénieurs ou d'informatique", "école de commerce ou de
# design"): a school of the same rank; not an experience or a preference offered instead ("ou d'expérience
# équivalente", "ou de préférence …").
_OTHER_SCHOOL_ELLIPSIS_RE = re.compile(
    r"\s*(?:,|/|\bou\b)\s*(?P<other>d'(?!exp[ée]rience|[ée]quivalen|une?\b|autres?\b)[^\W\d_]{4,}"
    r"|de\s+(?!formation|niveau|pr[ée]f[ée]rence|type|m[êe]me|bonne?s?|tr[èe]s)[^\W\d_]{4,})(?=\s*(?:[,.;)/\n]|ou\b|et\b|$))",
    re.I,
)


def _elliptical_schools(found: list[Mention], text: str) -> list[Mention]:
    out = []
    for m in found:
        if m.attrs["code"] in {"INGENIEUR", "ECOLE DE COMMERCE"} and re.search(r"[ée]cole", text[m.start : m.end], re.I):
            e = _SCHOOL_ELLIPSIS_RE.match(text, m.end)
            if e:
                group = next(g for g in ("commerce", "ingenieur", "commerce2", "ingenieur2") if e.group(g))
                code = "ECOLE DE COMMERCE" if group.startswith("commerce") else "INGENIEUR"
                if code != m.attrs["code"]:
                    out.append(m.with_(start=e.start(group), end=e.end(group), attrs={**m.attrs, "code": code}))
            elif o := _OTHER_SCHOOL_ELLIPSIS_RE.match(text, m.end):
                out.append(m.with_(start=o.start("other"), end=o.end("other"), attrs={**m.attrs, "code": "GRANDE ECOLE"}))
        elif (m.attrs.get("eqf_level") or 0) >= 6:
            e = _ENGINEER_ALTERNATIVE_RE.match(text, m.end)
            if e:
                g = "title" if e.group("title") else "lower" if e.group("lower") else "ideal"
                out.append(m.with_(start=e.start(g), end=e.end(g), attrs={**m.attrs, "code": "INGENIEUR", "eqf_level": 7, "isced_level": 7}))
    return out


# "diplômé(e) de niveau Master ou Ingénieur": the engineer's title as the alternative of a higher-education diploma
# (capitalised and ending the phrase; "Master ou ingénieur commercial" names a job).
# Fifth round: also the engineer named as the ideal form of that diploma, in lower case ("Un Bac +5, idéalement
# ingénieur ou équivalent", "un master, de préférence ingénieur"); the cue is part of the item, as in the guide.
_ENGINEER_ALTERNATIVE_RE = re.compile(
    r"(?:\s*[12]\s*\+?)?\s*(?:(?:ou|/)\s*(?P<title>(?-i:I)ng[ée]nieur)|,?\s*(?P<ideal>(?:id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible|voire)\s+ing[ée]nieur)"
    # Round 12: in lower case when the field after a comma is shared by both ("Niveau Master 2+ ou ingénieur, en informatique")
    r"|(?:ou|/)\s*(?P<lower>ing[ée]nieur(?:e|\(e\))?)(?=\s*,\s*(?:en|dans)\s))"
    r"(?=\s*(?:$|[,.;)\n]|ou\b|et\b))",
    re.I,
)


# Round 21: the engineer's title named first, as the alternative of a diploma that follows ("Ingénieur ou BTS TP avec 8
# ans d'exp.", "Profil : Ingénieur / Master en génie civil", "INGÉNIEUR OU DUT GÉNIE CIVIL"): EQF 7. It must open its clause
# and be capitalised, and the next thing must be a diploma already read; "ingénieur commercial ou …" names a job.
_ENGINEER_FIRST_RE = re.compile(r"(?<![\w])(?-i:I)ng[ée]nieur(?:e|\(e\)|·e)?(?P<sep>\s*(?:/|\bou\b)\s*(?:d'une?\s+|une?\s+|d')?)", re.I)
_ENGINEER_FIRST_SCAN = GatedPattern(_ENGINEER_FIRST_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_CLAUSE_START_BEFORE_RE = re.compile(r"(?:^|[.:;•(\n]|,|\b(?:profil|titulaire\s+d'un\s+dipl[ôo]me\s+d'|dipl[ôo]m[ée](?:e|\(e\))?)\s*:?)\s*[-–*•]?\s*$", re.I)


def _engineer_before_diploma(found: list[Mention], text: str) -> list[Mention]:
    if "nieur" not in text:
        return []
    starts = {f.start: f for f in found}
    out: list[Mention] = []
    for m in _ENGINEER_FIRST_SCAN.finditer(text):
        nxt = starts.get(m.end())
        if nxt is None or nxt.attrs.get("code") == "INGENIEUR" or not _CLAUSE_START_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if any(f.start < m.start("sep") and m.start() < f.end for f in found):
            continue
        out.append(Mention("diploma", m.start(), m.start("sep"), {"eqf_level": 7, "isced_level": LEVEL_ISCED[7], "code": "INGENIEUR"},
                           family="diploma"))
    return out


# "Bac+5 (École d'ingénieur, Université ou équivalent)", "Bac +4/5 (Ingénieur, Master ou équivalent)", "école
# d'ingénieurs, de management ou d'une grande université": a list of alternatives after a higher-education diploma
# names a university (level null, labelling guide: also "ou équivalent universitaire") or the engineer's title (EQF 7)
# by the bare word. A noun must end at a separator: "Master (Université de Lyon)", "Master, université partenaire"
# are not alternatives; the adjective may take its domain ("ou universitaire à dominante juridique").
_LIST_SEPARATOR_RE = re.compile(r"\s*(?:\(|,|/|\bou\b|\bet\b|:(?!\s*\n))\s*(?:d'une\s+|d'un\s+|une\s+|un\s+|l')?", re.I)
_LIST_ITEM_RE = re.compile(
    r"(?P<adj>(?:(?:formation|dipl[ôo]me)\s+)?(?:[ée]quivalent\s+)?universitaires?(?:\s+[ée]quivalente?s?)?)|(?P<univ>(?:grandes?\s+)?universit[ée]s?|hautes?\s+[ée]coles?)"
    # Round 9: another school named in full in the list ("Grande école d'ingénieur, école d'actuariat ou …"): a
    # school of the same rank (EQF 7); not a school of the employer's ("école partenaire") — it must end at a separator.
    r"|(?P<school>[ée]coles?\s+(?:d'(?!ing[ée]nieur)|de\s+(?!commerce|management))[^\W\d_]{4,})(?=\s*(?:[,/);.]|ou\b|et\b|\n|$))"
    # Round 2: the engineer may take its field ("Master ou Ingénieur en informatique", "Bac +5 ou ingénieur en
    # informatique."); a job title goes on with an adjective or a complement ("ou ingénieur commercial") and fails
    # the separator that must follow. A bare lower-case "ingénieur" in a list stays unread ("docteur, ingénieur ou …").
    r"|(?P<eng>(?:(?-i:I)ng[ée]nieur(?:e|\(e\))?|ing[ée]nieur(?:e|\(e\))?(?=\s+en\s))(?:\s+en\s+[\w-]+)?)(?=\s*(?:[,/);.]|ou\b|et\b|\n|$))",
    re.I,
)
_LIST_ITEM_END_RE = re.compile(r"\s*(?:[,/);.]|ou\b|et\b|\?|\n|$)", re.I)
_HIGHER_SCHOOLS = frozenset({"INGENIEUR", "ECOLE DE COMMERCE", "UNIVERSITAIRE"})
# Round 3: opening the parenthesis right after a higher-education level, the bare lower-case engineer is the first of
# that level's forms ("Bac+5 (ingénieur, université ou équivalent)"); elsewhere it stays unread (a list of jobs).
# Round 4: also after a comma, and with the engineering field every school names ("De formation Bac+5, ingénieur
# informatique, vous …", "Formation Bac+5, ingénieure ou master"): in apposition to the level, the degree's form. The
# field is a closed list of engineering branches: "Bac+5, ingénieur commercial" or "… ingénieur d'affaires" stay jobs.
_PAREN_ENGINEER_RE = re.compile(
    r"(?P<eng>ing[ée]nieur(?:e|\(e\))?"
    r"(?:\s+(?:informatique|g[ée]n[ée]raliste|civil|agronome|[ée]lectronique|m[ée]canique|t[ée]l[ée]coms?|chimiste))?"
    # Round 9: "ingénieur généraliste ou spécialisé": the two forms of the engineering degree, one item.
    r"(?:\s+ou\s+sp[ée]cialis[ée](?:e|\(e\))?)?)"
    r"(?=\s*(?:[,/).\n]|ou\b|\(|$))",
    re.I,
)
_DOMAIN_BEFORE_LIST_RE = re.compile(r"\s+(?:en|in|d'|de)\s*[^()\n.;:,]{1,50}?(?=\s*\()", re.I)


# Fifth round: a university named BEFORE the higher school or diploma it is the alternative of ("Université/écoles
# d'ingénieurs", "haute école ou master"); only "/" and "ou" join them (a comma may end another phrase).
_UNIVERSITY_BEFORE_RE = re.compile(r"(?:^|(?<=[\s,:;(]))(?P<univ>(?:grande\s+)?universit[ée]|haute\s+[ée]cole)\s*(?:/|\bou\b)\s*(?:d'une\s+|d'un\s+|une\s+|un\s+)?$", re.I)


# Round 2: the engineer named first in a parenthesis or after a colon ("Bac+5 (ingénieur ou master en data)",
# "Formation : ingénieur / master"); elsewhere "ingénieur ou master" may follow a job title.
# Round 11: the second introduced by its holder's word ("Formation : Ingénieur ou Diplômé(e) d'un BAC+5").
_ENGINEER_BEFORE_RE = re.compile(
    r"(?<=[(:])\s*(?P<eng>ing[ée]nieur(?:e|\(e\))?)\s*(?:/|\bou\b)\s*(?:(?:titulaire|dipl[ôo]m[ée](?:e|\(e\))?)\s+)?(?:d'une\s+|d'un\s+|une\s+|un\s+)?$",
    re.I,
)
# Round 10 (team-written ads): the engineer's title opening a profile line before a higher diploma ("- Ingénieur ou
# Master en informatique", "INGENIEUR OU BAC+5 EQUIVALENT", "Vous êtes ingénieur ou titulaire d'un Master"): the title
# and the diploma are alternatives. Capitalised at a line start (a bullet allowed; "Profil" glued by stripped markup),
# any case after "vous êtes"; "ou" must follow directly ("Ingénieur commercial ou Master" names a job).
_ENGINEER_LINE_BEFORE_RE = re.compile(
    r"(?:(?<=\n)|(?<=^)|(?<=Profil)|(?<=PROFIL))[ \t]*(?:[-•*→✔▪·]\s*)?(?P<eng>(?-i:I)(?:ng[ée]nieur(?:e|\(e\))?|NG[ÉE]NIEUR)"
    # Round 15: with its branch ("- Ingénieur généraliste ou Master Qualité"); not a job's qualifier ("Ingénieur commercial ou …")
    r"(?:\s+(?:g[ée]n[ée]raliste|civil|industriel|agronome|chimiste)(?:le)?)?)"
    r"\s+(?:ou|OU)\s+(?:(?:titulaire|dipl[ôo]m[ée](?:e|\(e\))?)\s+)?(?:d'une\s+|d'un\s+|une\s+|un\s+)?$"
    r"|(?<![\w])vous\s+[êe]tes\s+(?P<eng2>ing[ée]nieur(?:e|\(e\))?)\s+ou\s+(?:(?:titulaire|dipl[ôo]m[ée](?:e|\(e\))?)\s+)?(?:d'une\s+|d'un\s+|une\s+|un\s+)?$",
    re.I,
)


def _listed_alternatives(found: list[Mention], text: str) -> list[Mention]:
    starts = {m.start: m for m in found}
    out: list[Mention] = []
    for m in found:
        if not ((m.attrs.get("eqf_level") or 0) >= 6 or m.attrs.get("code") in _HIGHER_SCHOOLS):
            continue
        head = max(0, m.start - 40)
        eng = _ENGINEER_BEFORE_RE.search(text[head : m.start]) if m.attrs.get("code") != "INGENIEUR" else None
        if eng and not any(f.start < head + eng.end("eng") and head + eng.start("eng") < f.end for f in found + out):
            out.append(m.with_(start=head + eng.start("eng"), end=head + eng.end("eng"), attrs={"eqf_level": 7, "isced_level": 7, "code": "INGENIEUR"}))
        line_eng = _ENGINEER_LINE_BEFORE_RE.search(text, head, m.start) if m.attrs.get("code") != "INGENIEUR" and not eng else None
        if line_eng:
            g = "eng" if line_eng.group("eng") else "eng2"
            if not any(f.start < line_eng.end(g) and line_eng.start(g) < f.end for f in found + out):
                out.append(m.with_(start=line_eng.start(g), end=line_eng.end(g), attrs={"eqf_level": 7, "isced_level": 7, "code": "INGENIEUR"}))
        before = _UNIVERSITY_BEFORE_RE.search(text[head : m.start])
        if before and not any(f.start < head + before.end("univ") and head + before.start("univ") < f.end for f in found + out):
            out.append(m.with_(start=head + before.start("univ"), end=head + before.end("univ"), attrs={"eqf_level": None, "isced_level": None, "code": "UNIVERSITE"}))
        pos = m.end
        # Round 2: the list may follow the diploma's field ("Master en sciences de gestion (Haute École ou Université)")
        domain = _DOMAIN_BEFORE_LIST_RE.match(text, pos)
        if domain:
            pos = domain.end()
        while (sep := _LIST_SEPARATOR_RE.match(text, pos)) and sep.end() > pos:
            nxt = starts.get(sep.end())
            if nxt is not None:
                pos = nxt.end
                continue
            item = _LIST_ITEM_RE.match(text, sep.end())
            # after a comma only a Bac+N level takes the apposition ("Vous êtes docteur, ingénieur ou …" lists titles)
            # Round 9: also after a colon ("Formation Bac +5 : ingénieur généraliste ou spécialisé").
            apposed = False
            if item is None and (text[pos : sep.end()].strip() == "(" or (text[pos : sep.end()].strip() in {",", ":"} and str(m.attrs.get("code", "")).startswith("BAC+"))):
                item = _PAREN_ENGINEER_RE.match(text, sep.end())
                apposed = item is not None
            # Round 2: glued by a slash to the school before it ("école d'ingénieurs/université spécialisée en data"),
            # the university is that school's alternative whatever follows it.
            # (_PAREN_ENGINEER_RE has only the "eng" group: groupdict() reads the others as absent.)
            groups = item.groupdict() if item is not None else {}
            glued = text[pos : sep.end()] == "/" and groups.get("univ")
            # the apposed engineer may take its specialities in brackets ("ingénieur généraliste (mécanique, …)")
            if item is None or not (groups.get("adj") or glued or _LIST_ITEM_END_RE.match(text, item.end()) or (apposed and text[item.end() : item.end() + 2].lstrip().startswith("("))):
                break
            if not any(f.start < item.end() and item.start() < f.end for f in found + out):
                level = 7 if item.group("eng") or groups.get("school") else None
                code = "INGENIEUR" if item.group("eng") else "GRANDE ECOLE" if groups.get("school") else "UNIVERSITE"
                attrs = {"eqf_level": level, "isced_level": level, "code": code}
                out.append(m.with_(start=item.start(), end=item.end(), attrs={**attrs, "listed": True} if apposed else attrs))
            pos = item.end()
        # Round 9: a list in brackets after the level, closed by a university equivalent after items that are fields, not
        # diplomas ("Bac+5 (école d'ingénieur, statistique, data science ou équivalent universitaire)").
        if text[m.end : m.end + 3].lstrip().startswith("(") and (tail := _UNIVERSITY_EQUIVALENT_CLOSING_RE.match(text, m.end)):
            if not any(f.start < tail.end("eq") and tail.start("eq") < f.end for f in found + out):
                out.append(m.with_(start=tail.start("eq"), end=tail.end("eq"), attrs={"eqf_level": None, "isced_level": None, "code": "UNIVERSITE"}))
    return out


_UNIVERSITY_EQUIVALENT_CLOSING_RE = re.compile(
    r"\s*\([^()\n]{0,100}?\s(?:ou|et/ou)\s+(?P<eq>(?:(?:formation|dipl[ôo]me)\s+)?[ée]quivalent\s+universitaire)\s*\)", re.I
)


# Round 9: "Formation supérieure Architecte, Ingénieur, Urbaniste": a higher-education training followed by a list of
# capitalised professions accepts any of them; the first joins the training's span, the engineer is EQF 7, the others
# have no level. At least two names, ending the phrase (a single capitalised word may start the next sentence).
_PROFESSION = r"(?-i:[A-ZÀ-ÖØ-Þ])[^\W\d_]+(?:-[^\W\d_]+)?(?:\(e\))?(?:\s+(?:du|de\s+la|des|de|d')\s*[^\W\d_]+)?"
_PROFESSION_LIST_RE = re.compile(
    r"\s+(?P<first>" + _PROFESSION + r")(?P<rest>(?:\s*(?:,|/|\bou\b|\bet\b)\s*" + _PROFESSION + r")+)"
    r"(?=\s*(?:(?:,\s*)?ou\s+[ée]quivalent\w*)?\s*(?:[,.;)\n]|$))"
)
_PROFESSION_ITEM_RE = re.compile(r"\s*(?:,|/|\bou\b|\bet\b)\s*(?P<item>" + _PROFESSION + r")")
_ENGINEER_WORD_RE = re.compile(r"ing[ée]nieur", re.I)


def _professions_after_training(found: list[Mention], text: str) -> list[Mention]:
    out = list(found)
    for i, m in enumerate(found):
        if m.attrs.get("code") != "FORMATION" or not re.fullmatch(r"(?:une\s+)?formation\s+sup[ée]rieure", text[m.start : m.end], re.I):
            continue
        lst = _PROFESSION_LIST_RE.match(text, m.end)
        if lst is None or any(f.start < lst.end() and lst.start() < f.end for f in found if f is not m):
            continue
        items = [(lst.start("first"), lst.end("first"))] + [(x.start("item"), x.end("item")) for x in _PROFESSION_ITEM_RE.finditer(text, lst.start("rest"), lst.end())]
        for k, (a, b) in enumerate(items):
            level = 7 if _ENGINEER_WORD_RE.match(text, a) else None
            attrs = {"eqf_level": level, "isced_level": level, "code": "INGENIEUR" if level else "FORMATION", "listed": True}
            if k == 0:
                out[i] = m.with_(end=b, attrs=attrs if level else {**m.attrs, "listed": True})
            else:
                out.append(m.with_(start=a, end=b, attrs=attrs))
    return sorted(out, key=lambda x: x.start)


# "diplôme de niveau BEP à BTS", "du CESS au bachelier": one requirement whose minimum is the first diploma.
_RANGE_BETWEEN_RE = re.compile(r"\s*(?:à|au|jusqu'(?:à|au))\s*", re.I)
# "issu(e) d'une formation Bac+5", "formation de niveau Bac+3": the generic word and the level it is given are one.
# Third round: with its domain in between ("une formation en Data Science Bac + 5", "issu(e) d'une formation supérieure
# en informatique de type ingénieur"), at most four words and no conjunction ("formation en gestion ou Bac+2" is two).
# Round 9: a bare "type" introduces examples, alternatives of the training ("formation supérieure en informatique type Bac
# + 5 (école ingénieur, …)", "Formation supérieure type ingénieur ou équivalent"): not merged; "de type ingénieur" still is.
_LEVEL_BETWEEN_RE = re.compile(
    r"(?:\s+(?!(?:ou|et|avec|puis|mais|sinon|voire|vous|tu|nous|qui|que|type)\b)[\w'’-]+){0,4}?\s*(?::\s*)?(?:(?:de\s+)?niveau\s+|de\s+type\s+)?", re.I
)


# Round 14: a degree followed at once by the title or diploma that names its specialty ("Master ingénieur industriel",
# "Bachelier instituteur primaire", "bachelier AESI", "Bachelier éducateur spécialisé (A1)"): one item, the degree's level.
_DEGREE_WITH_SPECIALTY = frozenset({"BACHELIER", "MASTER", "M1"})
_FIELDS_CHAIN_RE = re.compile(r"\s+en\s+[^.;:\n()]{1,120}?(?:,|\bou\b)\s+en\s+", re.I)
# Round 14: a title without a level whose RNCP level follows in brackets ("titre d'assistant(e) dentaire obligatoire (titre
# RNCP niveau 4)", "Titre professionnel de secrétaire (niveau 4)"): one item, with that level.
_LEVEL_IN_BRACKETS_BETWEEN_RE = re.compile(r"[^.;:\n()]{0,50}?\(\s*", re.I)


def _merge_ranges_and_levels(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        # Round 14: a degree's last field named like a diploma ("master en sciences économiques, en statistique ou en ingénieur
        # de gestion"): the fields after a degree belong to it (labelling guide, conventions before the third batch)
        if prev is not None and prev.attrs.get("eqf_level") is not None and _FIELDS_CHAIN_RE.fullmatch(text, prev.end, m.start):
            out[-1] = prev.with_(end=m.end)
            continue
        if (
            prev is not None
            and prev.attrs.get("code") in _DEGREE_WITH_SPECIALTY
            and not str(m.attrs.get("code", "")).startswith(("BAC+", "NIVEAU"))
            and m.attrs.get("code") not in _GENERIC | {"SANS DIPLOME", "SPECIALISATION"}
            and re.fullmatch(r"[ \t]+", text[prev.end : m.start])
        ):
            out[-1] = prev.with_(end=m.end)
            continue
        if (
            prev is not None
            and prev.attrs.get("eqf_level") is None
            and prev.attrs.get("code") not in {"SANS DIPLOME", "SPECIALISATION", "CAP PEDAGOGIQUE", "TITRE REQUIS"}
            and str(m.attrs.get("code", "")).startswith("NIVEAU")
            and "ou" not in re.findall(r"\w+", text[prev.end : m.start].lower())
            and _LEVEL_IN_BRACKETS_BETWEEN_RE.fullmatch(text, prev.end, m.start)
            and text.startswith(")", m.end)
        ):
            out[-1] = m.with_(start=prev.start, end=m.end + 1)
            continue
        # and a diploma with its level restated in brackets ("bachelier assistant social (titre de niveau 2+)")
        if (
            prev is not None
            and prev.attrs.get("eqf_level") is not None
            and str(m.attrs.get("code", "")).startswith("NIVEAU")
            and not str(prev.attrs.get("code", "")).startswith(("NIVEAU", "BAC+"))
            and "ou" not in re.findall(r"\w+", text[prev.end : m.start].lower())
            and _LEVEL_IN_BRACKETS_BETWEEN_RE.fullmatch(text, prev.end, m.start)
            and text.startswith(")", m.end)
        ):
            # the level written in the brackets wins over the one read from the trade ("Titre de technicien … (niveau 5)")
            out[-1] = prev.with_(end=m.end + 1, attrs={**prev.attrs, "eqf_level": m.attrs["eqf_level"], "isced_level": m.attrs.get("isced_level")})
            continue
        if prev is not None and prev.attrs.get("code") in _GENERIC and m.attrs.get("eqf_level") is not None and not _named_after_colon(text, prev, m) and (
            _LEVEL_BETWEEN_RE.fullmatch(text, prev.end, m.start) or _stated_level(text, prev.end, m)
        ):
            out[-1] = m.with_(start=prev.start)
            continue
        # Round 12: a higher diploma given its level after its fields and a comma ("Diplôme supérieur en ingénierie ou
        # sciences, niveau Bac+5"): one item, with the level stated.
        if (
            prev is not None
            and prev.attrs.get("code") in _GENERIC | {"SUPERIEUR"}
            and m.attrs.get("eqf_level") is not None
            and text[m.start : m.end].lower().startswith("niveau")
            and _FIELDS_THEN_COMMA_RE.fullmatch(text, prev.end, m.start)
        ):
            out[-1] = m.with_(start=prev.start)
            continue
        # Round 4: a school given its level ("diplômé(e) d'une école d'ingénieurs de niveau Bac+5", "école de commerce,
        # niveau Master"): the level says which of the school's diplomas, one item.
        if prev is not None and prev.attrs.get("code") in _SCHOOLS and m.attrs.get("eqf_level") is not None and _SCHOOL_LEVEL_RE.fullmatch(
            text[prev.end : m.end]
        ):
            out[-1] = m.with_(start=prev.start)
            continue
        if (
            prev is not None
            and prev.attrs.get("eqf_level") is not None
            and m.attrs.get("eqf_level") is not None
            and prev.attrs["eqf_level"] < m.attrs["eqf_level"]
            and _RANGE_BETWEEN_RE.fullmatch(text, prev.end, m.start)
        ):
            out[-1] = prev.with_(end=m.end)
            continue
        if (
            prev is not None
            and prev.attrs.get("eqf_level") is not None
            and prev.attrs.get("eqf_level") == m.attrs.get("eqf_level")
            and str(m.attrs.get("code", "")).startswith("BAC+")
            and _RESTATED_LEVEL_BETWEEN_RE.fullmatch(text, prev.end, m.start)
            # Round 11: across "ou équivalent" only when the level closes the bracket ("(Bac+5 minimum/ Master 2)" lists more)
            and ("quivalent" not in text[prev.end : m.start] or text.startswith(")", m.end))
        ):
            close = m.end + 1 if "(" in text[prev.end : m.start] and text[m.end : m.end + 1] == ")" else m.end
            out[-1] = prev.with_(end=close)  # "Master 2 BAC+5", "BTS Bac+2": one diploma with its level restated
            continue
        # Round 9: an engineering training with its level in brackets, lower than the school's ("De formation
        # Ingénieur/Bâtiment (Bac+3/5)"): the level restated in brackets is one item (labelling guide, settled after the
        # tenth sample), and the bracket says which level is accepted.
        if (
            prev is not None
            and prev.attrs.get("code") in _SCHOOLS | {"MASTER"}
            and str(m.attrs.get("code", "")).startswith("BAC+")
            and (m.attrs.get("eqf_level") or 0) < (prev.attrs.get("eqf_level") or 0)
            # also "Master Degrees (BAC+4/5)"
            and re.fullmatch(r"(?:\s*/\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}|\s+degrees?)?\s*\(\s*", text[prev.end : m.start], re.I)
            and text[m.end : m.end + 1] == ")"
        ):
            out[-1] = m.with_(start=prev.start, end=m.end + 1)
            continue
        out.append(m)
    return out


_GENERIC = frozenset({"DIPLOME", "FORMATION", "UNIVERSITAIRE"})

# Round 18: a training named by two fields ("Formation en horticulture ou en aménagement de parcs et jardins (CQ6, …)",
# "Formation technique en électromécanique ou en chauffage (CESS, graduat, bachelier)", "Formation en hôtellerie ou en
# tourisme souhaitée"): one item up to its last field, as the golds of w, y and u write it
_FIELD_WORD = r"(?!ou\b|et\b|est\b|sont\b|serait\b|exig|requis|souhait|appr[ée]ci|obligatoire|indispensable)[^\W\d_][\w'’-]*"
_TWO_FIELDS_RE = re.compile(
    r"(?:\s+en\s+" + _FIELD_WORD + r")?(?:\s+(?:(?:de|des|du|d'|et)\s*)?" + _FIELD_WORD + r"){0,3}?"
    r"\s+ou\s+en\s+" + _FIELD_WORD + r"(?:\s+(?:(?:de|des|du|d'|et)\s*)?" + _FIELD_WORD + r"){0,4}?"
    r"(?=\s*(?:\(|[.;,:\n)]|$|est\b|sont\b|serait\b|exig|requis|souhait|appr[ée]ci|un\s+plus|obligatoire|indispensable))",
    re.I,
)


def _two_fields(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        if m.attrs.get("code") == "FORMATION" and (more := _TWO_FIELDS_RE.match(text, m.end)):
            if not any(f is not m and m.end <= f.start < more.end() for f in found):
                m = m.with_(end=more.end())
        out.append(m)
    return out


# Round 17: a training named by its field, then a colon and the diplomas that give it ("Formation technique : CESS
# électromécanique, 7e professionnelle froid ou bachelier", "Formation en mécanique automobile : CQ6/CQ7, certificat IFAPME"):
# the training and each diploma are items of their own (the golds of ybe, zbe and vbe); a level after the colon ("Formation
# commerciale : Bac+2", "Formation : niveau 4") still gives the training its level.
def _named_after_colon(text: str, prev: Mention, m: Mention) -> bool:
    return ":" in text[prev.end : m.start] and not str(m.attrs.get("code", "")).startswith(("BAC+", "NIVEAU"))


_SCHOOLS = frozenset({"INGENIEUR", "ECOLE DE COMMERCE", "GRANDE ECOLE"})
_SCHOOL_LEVEL_RE = re.compile(r"\s*,?\s*(?:de\s+)?niveau\s+\S.*", re.I | re.S)
# Fifth round: the level stated for the training after its list of domains ("une formation en informatique, data
# science ou équivalent - de niveau master a minima", "formation en gestion, comptabilité ou finance, de niveau Bac+3");
# not a level offered as another branch ("formation en gestion ou de niveau Bac+2").
_FIELDS_THEN_COMMA_RE = re.compile(r"(?:\s+(?:en|dans|d')\s*[^.;:\n()]{1,80}?)?\s*,\s*", re.I)
_STATED_LEVEL_BETWEEN_RE = re.compile(r"[^.;:\n()]{0,120}?(?<!\bou)(?:\s*[-–,]\s*|\s+)de\s+(?P<niveau>niveau\s+)?", re.I)


def _stated_level(text: str, start: int, level: Mention) -> bool:
    between = _STATED_LEVEL_BETWEEN_RE.fullmatch(text, start, level.start)
    return bool(between and (between.group("niveau") or text[level.start : level.end].lower().startswith("niveau")))
# "Master 2 BAC+5", "BTS - Bac+2", "BTS (Bac+2)", "formation Ingénieur en Informatique (Bac +5)"
# Round 11: and across "ou équivalent", before or inside the bracket ("Diplôme d'ingénieur ou équivalent (Bac+5)", "école
# d'ingénieur (ou équivalent bac +5)"): the level still restates the diploma, one item.
_RESTATED_LEVEL_BETWEEN_RE = re.compile(
    r"\s+(?:[12]\s+)?|\s*[-–]\s*|(?:\s+(?:en|d'|de)\s*[^.;:\n()]{1,60}?)?(?:\s+ou\s+(?:dipl[ôo]me\s+)?[ée]quivalent)?\s*\(\s*"
    r"(?:ou\s+(?:dipl[ôo]me\s+)?[ée]quivalent\s*:?\s*)?",
    re.I,
)
_DOMAIN_THEN_PAREN_RE = re.compile(r"[^.;:\n()]{1,80}?\(\s*(?:(?:minimum|min\.|au\s+moins)\s*:?\s*)?")


def _drop_parenthesised_acronyms(found: list[Mention], text: str) -> list[Mention]:
    """"Diplôme d'État d'Éducateur Spécialisé (DEES)" is one requirement, not two; and "issu(e) d'une formation
    technique (BEP/BAC Pro)" asks for the diplomas named in the parenthesis, not for a third, level-less one."""
    out: list[Mention] = []
    restating_until = -1
    for m in found:
        # "une formation en Bâtiment, Génie Civil ou Matériaux (Bac +2 à Bac +5)": the level of the course named before
        between = text[out[-1].end : m.start] if out else ""
        # Round 14: acronyms in brackets restating the diploma before them, at its level ("certificat de l'enseignement
        # secondaire inférieur (CE1D, CESI)", "AESI mathématiques (régendat)"): one item
        if (
            out
            and out[-1].attrs.get("code") not in _GENERIC
            and not str(out[-1].attrs.get("code", "")).startswith(("BAC+", "NIVEAU"))  # a level's examples: "bac+5 (master)"
            and out[-1].attrs.get("eqf_level") is not None
            and out[-1].attrs.get("eqf_level") == m.attrs.get("eqf_level")
            and not str(m.attrs.get("code", "")).startswith(("BAC+", "NIVEAU"))
        ):
            if m.start < restating_until and re.fullmatch(r"[^)\n]*?(?:,|/|\bou\b)\s*", between):
                continue
            if _FIELD_THEN_PAREN_RE.fullmatch(between) and not _CUE_AFTER_RE.search(between) and (rest := _acronyms_to_close(text, m)):
                restating_until = rest.end()
                continue
        if out and out[-1].attrs.get("code") in _GENERIC and m.attrs.get("eqf_level") is not None and _DOMAIN_THEN_PAREN_RE.fullmatch(between):
            if not (
                (re.fullmatch(r"\s*\(\s*", between) and _named_training_with_examples(out[-1], m, text))
                or _diplomas_or_equivalent(m, text)
                or _field_with_alternatives(out[-1], m, text)
                or _diplomas_listed(out[-1], m, found, text)
            ):
                out.pop()
        elif out and re.fullmatch(r"\s*\(\s*", between):
            if out[-1].attrs.get("code") in _GENERIC and not (
                _named_training_with_examples(out[-1], m, text) or _diplomas_or_equivalent(m, text) or _field_with_alternatives(out[-1], m, text)
                or _diplomas_listed(out[-1], m, found, text)
            ):
                out.pop()
            elif text[m.end : m.end + 3].lstrip().startswith(")") and not (
                str(out[-1].attrs.get("code", "")).startswith("BAC+") and m.attrs.get("code") != out[-1].attrs.get("code")
            ):
                continue  # an acronym restating the diploma before it; not the example of a level ("bac+5 (master)")
        out.append(m)
    return out


# Round 14: a training named by its field whose parenthesis lists two diplomas or more ("Une formation en menuiserie (CESS ou
# IFAPME)", "Formation en électricité (CAP, Bac pro ou BTS)", "De formation mécanique automobile (CAP, Bac Pro …)"): the
# training is itself one more alternative, as the labels of the written batches read it; a level alone or a range
# ("formation supérieure (Bac+5)", "(Bac+2 à Bac+5)") is the training's level and absorbs it.
_OTHER_ITEM_BEFORE_RE = re.compile(r"(?:,|\bou\b|\bet/ou\b)\s*(?:d'une?\s+|une?\s+)?$", re.I)
_PROVIDER_ITEM_RE = re.compile(r"[^()\n]{0,80}?(?:,|\bou\b)\s*" + _PROVIDER + r"\s*\)")
# Round 18: a route named anywhere in the bracket after a separator ("Formation en maçonnerie (CQ6/CQ7, IFAPME ou titre de
# compétence)", "Formation agricole (CQ6 agriculture, IFAPME ou enseignement de plein exercice)"): the training is one more
# alternative (the golds of ube, vbe, zpub)
_ROUTE_IN_BRACKET_RE = re.compile(
    r"[^()\n]{0,80}?(?:,|\bou\b|/)\s*(?:(?:une\s+)?formation\s+|apprentissage\s+)?(?:" + _PROVIDER + r"|titres?\s+de\s+comp[ée]tence)(?![\w])[^()\n]{0,80}\)",
    re.I,
)
# Round 18: Belgian certificates listed with a comma ("Formation en horticulture (CQ6, 7e technique horticulture)", "Formation
# en construction (CQ6, 6e professionnelle gros oeuvre)") are examples of the training, which stays an item; "(CQ6 ou CESS)"
# still names the certificates asked
# Round 17: also a diploma "of the sector" with no field named ("Un diplôme du secteur (ADVF, DEAES) est bienvenu"): the
# listed diplomas only
_HIGHER_GENERIC_RE = re.compile(r"sup[ée]rieur|universitaire|technique\W*$|(?:du|le)\s+(?:secteur|domaine|m[ée]tier)\W*$", re.I)
# (an "ou" offers alternatives: "Diplôme d'État d'aide-soignant obligatoire (DEAS ou DPAS)" names two)
# Round 17: the restating acronym may carry its speciality's ("CAP Accompagnant éducatif petite enfance (CAP AEPE)",
# "bachelier instituteur primaire (AESI primaire)")
_ACRONYMS_TO_CLOSE_RE = re.compile(r"(?:\s+(?-i:[A-Z][A-Z0-9]{1,5})(?![\w]))?(?:\s+(?-i:[a-zà-ÿ])[\w'’-]+(?<=\w))?(?:\s*(?:,|/)\s*(?-i:[A-Z][A-Z0-9]{1,5})(?![\w]))*\s*\)", re.I)
_ACRONYMS_TO_CLOSE_PLAIN_RE = re.compile(r"(?:\s+(?-i:[A-Z][A-Z0-9]{1,5})(?![\w]))?(?:\s*(?:,|/)\s*(?-i:[A-Z][A-Z0-9]{1,5})(?![\w]))*\s*\)", re.I)


def _acronyms_to_close(text: str, m: Mention) -> re.Match[str] | None:
    """The rest of a restating bracket after `m`; a lower-case speciality word only after an acronym ("(AESI primaire)")."""
    if text[m.start : m.end].isupper():
        return _ACRONYMS_TO_CLOSE_RE.match(text, m.end)
    return _ACRONYMS_TO_CLOSE_PLAIN_RE.match(text, m.end)


_FIELD_THEN_PAREN_RE = re.compile(r"(?:\s+(?!ou\b|et\b)[^\W\d_][\w'-]*){0,4}\s*\(\s*", re.I)


_TRADE_TRAINING_HEAD_RE = re.compile(r"(?:une\s+)?formation\s+(?:de\s+|d')(?-i:[a-zà-ÿ])", re.I)
_SEPARATOR_IN_BRACKET_RE = re.compile(r",|/|\bou\b", re.I)


def _diplomas_listed(generic: Mention, first: Mention, found: list[Mention], text: str) -> bool:
    if str(first.attrs.get("code", "")).startswith(("BAC+", "NIVEAU")) or _HIGHER_GENERIC_RE.search(text, generic.start, generic.end):
        # a level is the training's; a higher training without its field keeps the older rule (_field_with_alternatives), and
        # a bare "formation technique (CESS ou Bac Pro)" names no field: the listed diplomas only
        return False
    close = text.find(")", first.end)
    if close < 0 or "\n" in text[first.end : close]:
        return False
    if _PROVIDER_ITEM_RE.match(text, first.end) or _ROUTE_IN_BRACKET_RE.match(text, first.end):
        return True
    # Round 17: a training named by its trade whose bracket lists several routes ("formation d'électricien (CQ6 électricité,
    # IFAPME installateur-électricien ou titre de compétence)", "formation de soudeur (CQ7 soudure ou titre IFAPME)"): the
    # trade's training is one more alternative, as after a colon (the golds of zbe and vbe)
    if _TRADE_TRAINING_HEAD_RE.match(text, generic.start, generic.end) and _SEPARATOR_IN_BRACKET_RE.search(text, first.end, close):
        return True
    others = [f for f in found if first.end < f.start < close and _OTHER_ITEM_BEFORE_RE.search(text, first.end, f.start)]
    # the Belgian secondary certificates alone are what a secondary course leads to ("formation en électromécanique (CQ6
    # ou CESS)"): the certificates are asked, not the course
    if "," in text[generic.end : close] and not _HIGHER_GENERIC_RE.search(text, generic.start, generic.end):
        return True
    return bool(others) and not all(str(f.attrs.get("code", "")).startswith(("CQ", "CESS")) for f in [first, *others])


# Fifth round: "Formation en pâtisserie (CAP, Bac Pro, Mention complémentaire ou équivalent)": a training named by its
# domain, whose parenthesis gives examples and accepts an equivalent, is itself an alternative (level null) next to
# the diplomas it lists; "formation technique (BEP/BAC Pro)" (no domain, no equivalent) asks for the listed ones only.
_EXAMPLES_WITH_EQUIVALENT_RE = re.compile(r"[^()\n]{0,120}?\b(?:ou|et/ou)\s+(?:tout\s+autre\s+dipl[ôo]me\s+)?[ée]quivalent", re.I)


def _diplomas_or_equivalent(first: Mention, text: str) -> bool:
    """Round 2: "De formation supérieure (Master ou équivalent)", "Formation en menuiserie souhaitée (CAP/BEP ou
    équivalent)": a parenthesis that names diplomas and accepts an equivalent leaves the training itself as an
    alternative; a level there ("(Bac+2 ou équivalent)") is the training's level and absorbs it."""
    return not str(first.attrs.get("code", "")).startswith(("BAC+", "NIVEAU")) and bool(_EXAMPLES_WITH_EQUIVALENT_RE.match(text, first.start))


# Round 3: "formation supérieure en comptabilité (Graduat ou Bac+3)", "diplômé(e) d'une formation universitaire en
# logistique (Master ou école d'ingénieur)": a higher-education training named by its field, whose parenthesis offers
# several diplomas as alternatives, is itself one more alternative (level null) — any higher degree in that field is
# accepted, the diplomas are examples. Not a single level ("formation supérieure (Bac+5)": that level), not a range
# ("(Bac+2 à Bac+5)"), not a training without a field; and not a secondary-level course ("formation en
# électromécanique (CQ6 ou CESS)": the listed certificates are what that course leads to).
_FIELD_RE = re.compile(r"\b(?:sup[ée]rieur|universitaire).{0,40}?\b(?:en|dans\s+(?:le|la|les))\s+\w", re.I | re.S)
# Round 9: two levels in full across a slash are alternatives too ("Formation supérieure en informatique (Bac +2 / Bac +3)").
# Round 11: a comma between two diplomas is an "or" too ("formation supérieure en informatique (Bac+5, ingénieur)"),
# not a comma before a wish ("(Bac+5, idéalement ingénieur)").
_PAREN_ALTERNATIVES_RE = re.compile(
    r"[^()\n]{0,80}?(?:\s(?:ou|et/ou)\s|\s*/\s*(?=(?:niveau\s+)?bac)"
    r"|\s*,\s*(?=(?:dipl[ôo]me\s+d'|[ée]cole\s+d')?(?:bac|master|mast[èe]re|ing[ée]nieur|licence|doctorat|BTS|DUT|BUT|MBA)\b))[^()\n]{0,80}\)",
    re.I,
)
# Round 11: the field may follow the alternatives inside the parenthesis ("De formation supérieure (master ou diplôme
# d'ingénieur en finance, statistiques)"): the higher training is an alternative too, as when its field comes first.
_HIGHER_RE = re.compile(r"\b(?:sup[ée]rieur|universitaire)", re.I)
_FIELD_IN_PAREN_RE = re.compile(r"[^()\n]{0,80}?\s(?:ou|et/ou)\s[^()\n]{0,60}?\b(?:en|dans\s+(?:le|la|les))\s+\w[^()\n]{0,120}\)", re.I)


def _field_with_alternatives(generic: Mention, first: Mention, text: str) -> bool:
    paren = text.rfind("(", generic.end, first.start + 1)
    return bool(
        paren >= 0
        and (
            (_FIELD_RE.search(text, generic.start, paren) and _PAREN_ALTERNATIVES_RE.match(text, paren + 1))
            or (_HIGHER_RE.search(text, generic.start, paren) and _FIELD_IN_PAREN_RE.match(text, paren + 1))
        )
    )


def _named_training_with_examples(generic: Mention, first: Mention, text: str) -> bool:
    named = re.search(r"\bformation\s+en\s+\w", text[generic.start : generic.end], re.I)
    return bool(named and _EXAMPLES_WITH_EQUIVALENT_RE.match(text, first.start))


# Round 15: an equivalent that names its own authority, origin or list is its own item (labelling guide, conventions before
# the third written batch, rule 2): "titre reconnu équivalent par l'ONE", "diplôme étranger reconnu équivalent par la
# Fédération Wallonie-Bruxelles", "diplôme européen équivalent (reconnu en France)", "titre équivalent reconnu par la FWB",
# "tout autre titre repris dans la liste de l'ONE". A bare "ou titre équivalent" / "ou diplôme jugé équivalent" stays inside
# the item before it. A diploma so named is at the level of the diploma it stands for (the nearest levelled one before it
# on the line); a "titre" (the ONE's list of titles spans several levels) has none.
_AUTHORITY = (
    r"(?:l'ONE|la\s+FWB|la\s+F[ée]d[ée]ration\s+Wallonie[- ]Bruxelles|la\s+Communaut[ée]\s+fran[çc]aise|l'AViQ|l'[ÉE]tat"
    r"|(?:la\s+)?France|(?:la\s+)?Belgique|le\s+SPF(?:\s+Sant[ée](?:\s+publique)?)?)"
)
# Round 21: the Belgian routes to a title outside full-time school: social promotion, the SME-training networks, the
# alternating-training centres ("en promotion sociale", "dans l'enseignement de promotion sociale", "par l'IFAPME")
_TITLE_ROUTE = r"(?:(?:l'|la\s+)?(?:enseignement\s+(?:de\s+)?)?promotion\s+sociale|(?:l'|le\s+|un\s+)?(?-i:IFAPME|EFP|SFPME|CEFA|IAWM|ZAWM))"
# Round 19: a diploma of a named neighbouring country ("ou diplôme allemand équivalent", "diplôme luxembourgeois équivalent"):
# an equivalent with its own origin, like "diplôme européen équivalent" (gold tbe)
_COUNTRY_ADJ = r"(?:allemand|fran[çc]ais|luxembourgeois|n[ée]erlandais|hollandais|suisse|italien|espagnol|britannique|canadien|qu[ée]b[ée]cois)e?"
_FOR_FUNCTION = r"(?:\s+pour\s+(?:la\s+fonction|le\s+poste|l'accueil|l'encadrement|la\s+direction)(?:\s+(?:de|d'|du)?\s*[\w'-]+(?:\s+[\w'-]+)?)?)?"
_EQUIVALENT_TITLE_RE = re.compile(
    # Round 17: "un des titres de formation reconnus par l'ONE"
    r"(?<![\w])(?P<head>(?:tout\s+)?(?:autres?\s+)?(?:titres?|dipl[ôo]mes?)(?:\s+de\s+formation)?)\s+"
    r"(?:"
    r"(?:[ée]tranger|europ[ée]en|belge|" + _COUNTRY_ADJ + r")s?(?:\s+(?:reconnu|jug[ée])s?)?(?:\s+(?:comme\s+)?[ée]quivalents?)?(?:\s+(?:reconnu|d[ée]livr[ée])s?)?(?:\s+(?:par|en)\s+" + _AUTHORITY + r")?"
    r"|(?:(?:reconnu|jug[ée]|consid[ée]r[ée])s?\s+(?:comme\s+)?)?[ée]quivalents?(?:\s+(?:reconnu|d[ée]livr[ée])s?)?\s+(?:par|en)\s+" + _AUTHORITY +
    # Round 19: an equivalent named by the foreign diploma it means ("CESS ou diplôme équivalent (Abitur)")
    r"|[ée]quivalents?\s*\(\s*(?-i:[A-Z][a-zà-ÿ]{3,}|[A-Z]{2,6})(?:\s+[\w'’-]+){0,3}\s*\)"
    # Round 21: an equivalent named by the Belgian route that gives it ("ou d'un titre équivalent obtenu en promotion sociale",
    # "titre équivalent de promotion sociale", "diplôme équivalent délivré par l'IFAPME", "titre de promotion sociale
    # équivalent"): its own item, like one named by its authority (golds of q and p, three ads)
    r"|[ée]quivalents?\s+(?:(?:obtenu|d[ée]livr[ée]|acquis|d[ée]croch[ée])s?\s+)?(?:en|de|dans|par|via|à)\s+" + _TITLE_ROUTE +
    r"|(?:de|en)\s+" + _TITLE_ROUTE + r"\s+[ée]quivalents?"
    r"|repris\s+(?:dans|sur)\s+la\s+liste\s+(?:de\s+|d')" + _AUTHORITY + r"(?:\s+pour\s+le\s+personnel(?:\s+d'encadrement)?)?"
    # Round 16: the title recognised by the authority with no "équivalent" ("ou d'un autre titre reconnu par l'ONE pour la
    # fonction de direction") and a title of the authority's list ("un titre de la liste ONE pour l'accueil temps libre")
    r"|(?:reconnu|agr[ée][ée]|valid[ée])s?\s+par\s+" + _AUTHORITY + _FOR_FUNCTION +
    r"|(?:de|figurant\s+sur)\s+la\s+liste\s+(?:de\s+l'|de\s+la\s+|l')?(?-i:ONE|FWB|AViQ)" + _FOR_FUNCTION +
    r")(?![\w])"
    # the authority's recognition alone as the alternative of a named diploma ("(diplôme belge ou reconnu par la FWB)")
    r"|(?<=\sou\s)(?:[ée]quivalent\s+)?reconnue?s?\s+(?:[ée]quivalente?s?\s+)?par\s+" + _AUTHORITY + r"(?![\w])",
    re.I,
)
_EQUIVALENT_TITLE_SCAN = GatedPattern(_EQUIVALENT_TITLE_RE)  # whole-text scan, tried only where it can match (fastscan.py)


_EXAMPLE_AFTER_RE = re.compile(r"\s*\(\s*(?:par\s+ex|p\.\s*ex|ex\.|exemple|notamment|comme\b)", re.I)


def _equivalent_titles(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    lowered = text.lower()  # Round 21: and in capitals ("TITRE ÉQUIVALENT OBTENU EN PROMOTION SOCIALE")
    if "quivalen" not in lowered and "liste" not in lowered and "reconnu" not in lowered:
        return out
    for m in _EQUIVALENT_TITLE_SCAN.finditer(text):
        bracket = m.group(0).find("(")
        # the foreign diploma in the equivalent's bracket ("(Abitur)") is that equivalent's name, not another item
        inside = m.start() + bracket if bracket >= 0 else m.end()
        if any(f.start < m.end() and m.start() < f.end and not (inside <= f.start and f.end <= m.end()) for f in found):
            continue
        if m.group("head") and re.fullmatch(r"dipl[ôo]mes?", m.group("head"), re.I) and "quivalen" not in m.group(0) and "liste" not in m.group(0) \
                and not re.search(r"[ée]tranger|europ[ée]en|" + _COUNTRY_ADJ, m.group(0), re.I):
            continue  # "un diplôme reconnu par l'État (Bachelier …)": the diploma named after is the item
        if m.group("head") and re.fullmatch(r"(?:titres?|dipl[ôo]mes?)\s+belges?", m.group(0), re.I):
            continue  # Round 16: "(diplôme belge ou reconnu par la FWB)": the Belgian diploma is the one named before
        if _EXAMPLE_AFTER_RE.match(text, m.end()):
            continue  # "titre reconnu équivalent par l'ONE (par ex. agent d'éducation)": the example is the item
        level: int | None = None
        if m.group("head") and re.match(r"dipl", m.group("head"), re.I):
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = [f for f in found if line_start <= f.start and f.end <= m.start() and f.attrs.get("eqf_level") is not None]
            if before:
                level = int(before[-1].attrs["eqf_level"])  # type: ignore[arg-type]
        out.append(Mention("diploma", m.start(), m.end(), {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None,
                                                          "code": "EQUIVALENT"}, family="diploma"))
    return out


# Round 15: the Belgian educator's class in brackets ("éducateur spécialisé (A1)", "éducateur(trice) spécialisé(e) en
# activités socio-sportives ou en accompagnement psycho-éducatif (A1)"): one item at that class's level (A1 the bachelier,
# 6; A2 the secondary course, 4, labelling guide's Belgian levels). Two classes ("diplôme d'éducateur(trice) (A1 ou A2)")
# give the educator's diploma (no level, up to its bracket) and each class as its alternative.
_EDUCATOR_CLASS_RE = re.compile(
    r"(?<![\w])(?<!orientation\s)(?:(?:dipl[ôo]me|titre)s?\s+(?:d'|de\s+))?[ée]ducat(?:eur|rice)(?:\(trice\)|\(rice\)|·rice|·trice|/trice)?s?"
    r"(?:\s+sp[ée]cialis[ée](?:e|\(e\))?s?)?(?:\s+en\s+[^()\n;.:]{1,100}?)?\s*\(\s*(?P<a>(?-i:A[12]))(?:\s*(?:ou|/|,|et)\s*(?P<b>(?-i:A[12])))?\s*\)",
    re.I,
)
_EDUCATOR_CLASS_SCAN = GatedPattern(_EDUCATOR_CLASS_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_CLASS_LEVELS = {"A1": 6, "A2": 4}
# Round 15: "A2" alone names the old Belgian upper-secondary technical diploma ("Diplôme … en électricité (A2, CQ6 ou 7P
# électricien)", "diplôme en mécanique (A2 mécanique automobile, CQ7 …)"): listed beside a CQ/CESS/7P or followed by its
# trade. Never on a language line (CEFR A2).
_A2_RE = re.compile(
    r"(?<![\w-])(?<!permis\s)(?<!cat[ée]gorie\s)(?<!niveau\s)(?<!classe\s)(?<![ée]chelle\s)(?<!bar[èe]me\s)(?<!grade\s)(?-i:A2)"
    r"(?P<trade>\s+(?:en\s+)?(?!minimum\b|maximum\b|pour\b|avec\b|dans\b|sans\b|chez\b|requis|souhait|exig|obligatoire|appr[ée]ci|niveau\b)"
    r"(?-i:[a-zà-ÿ])[\w'-]{4,}(?:\s+(?-i:[a-zà-ÿ])[\w'-]{4,})?)?(?![\w-])"
)
_A2_SCAN = GatedPattern(_A2_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_A2_NEIGHBOUR_RE = re.compile(r"\bCQ\s?[67]\b|\b7P\b|\bCESS\b|\b6P\b|7e\s+professionnelle")
# Round 21: the language check reads the sentence, not the line: an ad written as one paragraph names its languages on
# the same line as "CQ6/7P électricité ou A2 électromécanique." ("Langue : français, l'allemand est un atout").
_SENTENCE_END_RE = re.compile(r"[.;!?](?=\s|$)|\n")


def _sentence_around(text: str, start: int, end: int) -> str:
    begin = max((s.end() for s in _SENTENCE_END_RE.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    after = _SENTENCE_END_RE.search(text, end, end + 200)
    return text[begin : after.start() if after else min(len(text), end + 200)]


_LANGUAGE_LINE_RE = re.compile(r"n[ée]erlandais|anglais|allemand|espagnol|italien|langue|CECR|\bfran[çc]ais\b|notions|parl[ée]|[ée]crit|oral", re.I)


def _belgian_classes(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    if "A1" not in text and "A2" not in text:
        return out
    for m in _EDUCATOR_CLASS_SCAN.finditer(text):
        if m.group("b") is None:
            level = _CLASS_LEVELS[m.group("a")]
            out.append(Mention("diploma", m.start(), m.end(), {"eqf_level": level, "isced_level": LEVEL_ISCED[level], "code": f"EDUCATEUR {m.group('a')}"},
                               family="diploma"))
            continue
        head_end = text.rindex("(", m.start(), m.start("a"))  # the items may not overlap: the educator's diploma ends at its bracket
        head_end = len(text[:head_end].rstrip())
        out.append(Mention("diploma", m.start(), head_end, {"eqf_level": None, "isced_level": None, "code": "EDUCATEUR", "listed": True}, family="diploma"))
        for g in ("a", "b"):
            level = _CLASS_LEVELS[m.group(g)]
            out.append(Mention("diploma", m.start(g), m.end(g), {"eqf_level": level, "isced_level": LEVEL_ISCED[level], "code": f"EDUCATEUR {m.group(g)}",
                                                                "listed": True}, family="diploma"))
    for m in _A2_SCAN.finditer(text):
        if any(o.start <= m.start() < o.end for o in out) or any(f.start <= m.start() < f.end for f in found):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _LANGUAGE_LINE_RE.search(_sentence_around(text, m.start(), m.end())):
            continue
        if not (m.group("trade") or _A2_NEIGHBOUR_RE.search(text, max(line_start, m.start() - 40), m.end() + 40)):
            continue
        out.append(Mention("diploma", m.start(), m.end(), {"eqf_level": 4, "isced_level": 3, "code": "A2"}, family="diploma"))
    return out


# Round 15: a diploma or title named by the trade it qualifies for ("diplôme de mécanicien automobile", "diplôme de
# comptable obtenu en promotion sociale", "diplôme d'architecte", "brevet de bibliothécaire", "titre de compétence de
# peintre en bâtiment", "titre de compétence « Soudeur sur tôles »", "diplôme d'école hôtelière", "animateur
# socio-culturel breveté"): a diploma item; its level from the trade's family where the table of professional titles
# knows it, the master-level professions at 7, otherwise none (a 7th-year bracket after it sets 4, below). Not the
# brevets that are certificates (cariste, secouriste, animateur de centres de vacances, plongeur, pilote).
_TRADE_NOUN = (
    r"(?!cariste|secour|sauvet|plong|pilot|animat(?!eur\s+socio|rice\s+socio)|conduct|moniteur|formateur|formatrice|premiers|base\b|fin\b|niveau\b)"
    # Round 17: the socio-cultural animator's diploma (not the holiday-camp brevet) and the adviser ("diplôme de conseiller fiscal")
    r"(?:comptable|architecte|peintre|ma[îi]tre|conseill(?:er|[èe]re)(?:\(?[èe]re\)?)?|[^\W\d_][\w'’-]*?" + _TRADE_SUFFIX + r")(?:-[^\W\d_]+)?"
)
_TRADE_DIPLOMA_RE = re.compile(
    r"(?<![\w])(?:(?P<head>dipl[ôo]mes?|titres?\s+de\s+comp[ée]tences?)\s+"
    r"(?:(?:de\s+|d')(?P<trade>[ée]coles?\s+h[ôo]teli[èe]re|" + _TRADE_NOUN + r"(?:\s+(?:en\s+)?(?!ou\b|et\b|en\b|est\b|exig|requis|souhait|obligatoire|obtenu)(?-i:[a-zà-ÿ])[\w'’-]{3,})?)"
    # Round 19: also by its field ("titre de compétence en électricité industrielle", "titres de compétences en maçonnerie")
    r"|(?:(?<=comp[ée]tence\s)|(?<=comp[ée]tences\s))(?:de\s+|d'|en\s+)(?P<any>[^\W\d_][\w'’-]+(?:\s+(?:en\s+|de\s+|d')?(?!ou\b|et\b|est\b)[^\W\d_][\w'’-]{2,}){0,2})"
    r"|(?<=comp[ée]tence\s)«\s*(?P<quoted>[^»\n]{2,60}?)\s*»"
    # Round 16: the trade in straight quotes ('titre de compétence "électricien installateur résidentiel"') and the title as
    # an equivalent of the diplomas before it ("CQ6/CQ7 … ou titre de compétence équivalent")
    r"|(?:(?<=nce\s)|(?<=nces\s))\"[^\"\n]{2,60}?\"|(?:(?<=nce\s)|(?<=nces\s))[ée]quivalente?s?)"
    r"|(?P<bprof>[^\W\d_][\w'’-]*?(?:eur|rice|ier|i[èe]re|iste|ien|ienne)(?:\(trice\)|\(rice\)|\(e\))?(?:\s+(?-i:[a-zà-ÿ])[\w'’-]{3,})?\s+brevet[ée](?:e|\(e\))?))(?![\w])",
    re.I,
)
_TRADE_DIPLOMA_SCAN = GatedPattern(_TRADE_DIPLOMA_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_MASTER_PROFESSIONS_RE = re.compile(r"architecte|pharmacien|psychologue|m[ée]decin|v[ée]t[ée]rinaire|kin[ée]sith[ée]rapeute", re.I)
# the Belgian professional bachelors named by their profession ("diplôme d'instituteur primaire", "diplôme d'assistant social")
_BACHELOR_PROFESSIONS_RE = re.compile(
    r"instituteur|institutrice|assistant(?:e|\(e\))?\s+social|[ée]ducat(?:eur|rice)(?:\(trice\))?\s+sp[ée]cialis|ergoth[ée]rapeute|logop[èe]de|"
    r"biblioth[ée]caire[- ]documentaliste|infirmi(?:er|[èe]re)", re.I)


_EXAM_LATER_BEFORE_RE = re.compile(r"(?:pr[ée]senter|passer|obtenir|pr[ée]parer)\s+(?:l'[ée]preuve\s+(?:du|de\s+la|d')\s*|le\s+|la\s+|un\s+|une\s+)?$", re.I)


def _trade_diplomas(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in _TRADE_DIPLOMA_SCAN.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found + out):
            continue
        if _EXAM_LATER_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # Round 16: "vous pourrez présenter l'épreuve du titre de compétence « monteur »": obtained later
        if re.search(r"\(\s*ou\s+(?:l'|un\s+)?ancien\s+$", text[max(0, m.start() - 20) : m.start()], re.I):
            continue  # "bachelier instituteur (ou ancien diplôme d'instituteur)": the same degree under its old name
        trade = m.group("trade") or ""
        level = (7 if _MASTER_PROFESSIONS_RE.match(trade) else 6 if _BACHELOR_PROFESSIONS_RE.match(trade)
                 else next((lv for lv, pat in _TITRE_PRO_LEVELS[1:] if pat.search(trade)), None))
        if m.group("head") and re.match(r"titre", m.group("head"), re.I):
            level = None  # a titre de compétence validates part of a trade: no level (walloon-reference §3.2)
        out.append(Mention("diploma", m.start(), m.end(), {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None,
                                                          "code": "DIPLOME METIER"}, family="diploma"))
    return out


# Round 19: a diploma governs the professions listed after it. Employers name the alternatives to a diploma by the
# profession the title leads to ("diplôme d'éducateur A1 ou A2, d'animateur socioculturel ou un bachelier", "BTS SAM /
# assistant de manager", "Bac pro PSPA, pilote de ligne de production ou CQP", "une puéricultrice diplômée d'État, ou une
# éducatrice de jeunes enfants"), and a title cue names the titles it accepts the same way ("un des titres prévus par le
# décret ATL (ex. : brevet d'animateur, éducateur, instituteur, puériculteur)", "Titres requis : éducateur, instituteur").
# Each name right after the diploma (or the cue), separated by a comma, a slash or "ou", is one more diploma of the list.
# A titre professionnel names its trade in words ("Titre professionnel agent magasinier ou préparateur de commandes"): one
# item, the golds' reading, so it starts no list here. Not the job itself, the team or the public: a name after a clause boundary, after "vous", after a strength cue
# ("BTS exigé, vendeur dans l'âme") or qualified as a person ("cuisinier confirmé", "éducateur motivé") is not listed.
_PERSON_WORDS = (
    r"(?:ou|et|avec|pour|dans|chez|qui|que|vous|tu|nous|est|sont|serait|sera|exig|requis|souhait|appr[ée]ci|obligatoire|"
    r"indispensable|minimum|confirm|exp[ée]riment|motiv|autonome|dynamique|polyvalent|rigoureu|s[ée]rieu|senior|junior|"
    r"d[ée]butant|passionn|qualifi|h/f|f/h|ayant|justifi|poss[ée]d|capable|pr[eê]t)"
)
# words with a trade's ending that are no trade ("Bac+2 ou supérieur", "Bac pro, filière vente", "CAP, salaire attractif")
_NOT_TRADE = (
    r"(?!(?:sup|inf|ext|int|ant|post)[ée]rieur|ing[ée]nieur|docteur|d[ée]tent|porteu|titulaire|candidat|demandeu|b[ée]n[ée]ficiaire|locut|meilleur|secteur|valeur|leur|ailleurs|plusieurs|premi|derni|m[ée]tier|chantier|particuli|"
    r"entier|enti[èe]re|courrier|dossier|papier|janvier|f[ée]vrier|r[ée]guli|fili[èe]re|mati[èe]re|mani[èe]re|carri[èe]re|"
    r"lumi[èe]re|liste|piste|catalogue|dialogue|ancien|quotidien|entretien|moyen|bien|lien)"
)
# Round 20: the written forms of a feminine or inclusive title ("aide familial(e)", "infirmier·e", "puériculteur·rice",
# "éducateur·trice·s", "employé(e) administratif(ve)", "animateur/trice", "éducateur.rice")
_GENDER_TAIL = (r"(?:\((?:e|ne|le|ve|trice|rice|i[èe]re|euse|fe)\)|[·.](?:e|ne|le|trice|rice|i[èe]re|euse)(?:[·.]s)?(?![\w])"
                r"|\s?/\s?(?:trice|rice|euse|i[èe]re|e)(?![\w])|e)?s?")
_TITLE_PROFESSION_HEAD = (
    _NOT_TRADE + r"(?:[^\W\d_]{2,}?(?:eur|euse|rice|ier|i[èe]re|[ciudg]ien|[ciudg]ienne|iste|logue|iatre|p[èe]de|th[ée]rapeute)"
    r"|(?:assist|accompagn|soign|surveill|commer[çc]|interven|enseign|n[ée]goci|consult|aid)ante?|agente?"
    r"|(?:secr[ée]t|biblioth[ée]c|fonctionn|gestionn|v[ée]t[ée]rin|not|mandat|commiss|auxili|document)aire"
    # trades without those endings
    r"|boulang(?:er|[èe]re)|bouch(?:er|[èe]re)|ma[çc]on|peintre|comptable|architecte|m[ée]decin|sage-femme|g[ée]om[èe]tre"
    r"|pilote|avocate?|cuisin(?:ier|i[èe]re)|instits?|[ée]ducs?"
    # Round 20: the care assistants named "aide …" ("titre d'aide familial(e) ou d'aide-soignant(e)", "aide ménagère")
    r"|aide[- ](?:soignant|familial|m[ée]nag|[ée]ducat|sanitaire|logisti)\w*)"
    + _GENDER_TAIL +
    # course names that stand for their Belgian title ("6e professionnelle auxiliaire de l'enfance ou puériculture")
    r"|pu[ée]riculture"
)
_TITLE_PROFESSION = (
    r"(?:" + _TITLE_PROFESSION_HEAD + r")(?![\w·])"
    r"(?:\s+(?!" + _PERSON_WORDS + r")(?:d'|l')?[^\W\d_][\w'’-]*" + _GENDER_TAIL + r"){0,5}?"
)
# Round 20: the title may run on with what the candidate has beside it ("assistant(e) en psychologie avec une expérience
# probante", "infirmier gradué/breveté avec expérience"): the item ends before "avec", "ayant", "justifiant".
_LISTED_END = (r"(?=\s*(?:[,/;.)?!…]|\bou\b|\bet\b|\n|$|(?:souhait|exig|requis|appr[ée]ci|obligatoire|indispensable|est\s+un|serait)"
               r"|(?:avec|ayant|justifiant)\b))")
_PROFESSION_AFTER_DIPLOMA_RE = re.compile(
    # the diploma's speciality left out of its span ("Bac pro PSPA", "CAP pâtissier", "6e professionnelle auxiliaire de
    # l'enfance"), then ",", "/", "ou", ", ou"
    # l'enfance"), then ",", "/", "ou", ", ou"; a slash glued to that speciality joins two names of one diploma ("DEUST
    # préparateur/technicien en pharmacie")
    r"(?:\s+(?-i:[A-Z][A-Z0-9]{1,7})(?![\w]))?(?P<spec>(?:\s+(?!" + _PERSON_WORDS + r"\b)(?:d'|l')?(?-i:[a-zà-ÿ])[\w'’-]*){1,4}?)?"
    # ("d'éducateur" keeps its preposition, as the listed alternatives do: "diplôme d'animateur, d'éducateur ou bachelier")
    # Round 20: past a bracket of its route or level ("certificat de garde à domicile (enseignement de promotion sociale ou
    # IFAPME) ou d'aide familial(e)"), or inside a bracket that opens on "ou" ("bachelier assistant social (ou assistant(e)
    # en psychologie …)")
    r"(?P<bracket>\s*\([^()\n]{1,80}\))?"
    r"(?P<sep>\s*(?:,\s*(?:ou|et/ou)\b|,|\bou\b|\bet/ou\b|\(\s*ou\b)|(?(spec)\s+/|\s*/))\s*(?:d'une\s+|d'un\s+|une\s+|un\s+)?"
    r"(?P<item>(?:de\s+|d'|du\s+)?" + _TITLE_PROFESSION + r")" + _LISTED_END,
    re.I,
)
# the title cue: "un des titres prévus par le décret ATL", "les titres requis par l'arrêté", "Titres requis :",
# "être porteur d'un des titres suivants :"; its examples in brackets after it
_TITLE_CUE_RE = re.compile(
    r"(?<![\w])(?P<cue>(?:(?:l')?un\s+des\s+|les\s+|des\s+)?titres?\s+(?:requis|pr[ée]vus|vis[ée]s|fix[ée]s|d[ée]finis|reconnus)"
    r"\s+(?:par|dans)\s+(?:le|la|les|l')\s*(?:d[ée]cret|arr[êe]t[ée]|r[èe]glement|statut|liste|cadre)(?:\s+(?-i:[A-Z][\w-]*)){0,3}"
    # Round 20: the titles of a list the authority keeps ("un des titres de la liste fixée par l'ONE", "l'un des titres
    # repris dans la liste de la FWB", "les diplômes figurant sur la liste arrêtée par l'AViQ")
    r"|(?:(?:l')?un\s+des\s+|les\s+|des\s+)(?:titres|dipl[ôo]mes)\s+(?:de|repris\s+(?:sur|dans)|figurant\s+(?:sur|dans)|pr[ée]vus\s+(?:sur|dans))"
    r"\s+(?:la|une)\s+liste(?:\s+(?:fix[ée]e|[ée]tablie|arr[êe]t[ée]e|d[ée]finie|publi[ée]e|officielle))?"
    r"(?:\s+(?:par|de)\s+(?:le\s+|la\s+|les\s+|l')?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2})?"
    # Round 20: a title named by its sector, then the titles it covers ("un titre de la petite enfance : puériculture,
    # auxiliaire de l'enfance", "un diplôme du secteur social : éducateur, assistant social")
    r"|(?:un|le)\s+(?:titre|dipl[ôo]me)\s+(?:de\s+la|du|des|de\s+l')\s*(?:secteur\s+|domaine\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?(?=\s*:))"
    r"(?P<open>\s*\(\s*(?:(?:ex\.?|p\.\s*ex\.?|par\s+exemple|notamment|comme)\s*:?\s*)?)?"
    r"|(?<![\w])(?:titres?|dipl[ôo]mes?)\s+(?:requis|accept[ée]s|admis|suivants)\s*:\s*",
    re.I,
)
_TITLE_CUE_SCAN = GatedPattern(_TITLE_CUE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_OPEN_BRACKET_BEFORE_RE = re.compile(r"\(\s*$")
_TITLE_ITEM_RE = re.compile(r"(?:d'une\s+|d'un\s+|une\s+|un\s+|de\s+|d'|du\s+)?(?P<item>" + _TITLE_PROFESSION + r")" + _LISTED_END, re.I)
_OTHER_ITEM_RE = re.compile(r"(?:brevet|certificat|attestation|dipl[ôo]me)[^,;()\n]{1,80}?(?=\s*(?:,|\bou\b))", re.I)
_LIST_SEP_RE = re.compile(r"\s*(?:,|/|\bou\b|\bet/ou\b|\bet\b)\s*", re.I)
# levels of the titles these professions name (Belgian bachelors and secondary courses, French State diplomas, BTS, Bac pro)
_LISTED_TITLE_LEVELS: list[tuple[re.Pattern[str], str, int | None]] = [
    (re.compile(r"[ée]ducat(?:eur|rice)\w*(?:\(\w+\))?\s+de\s+jeunes\s+enfants", re.I), "DE EJE", 6),
    (re.compile(r"pu[ée]ricult", re.I), "PUERICULTURE", 4),
    (re.compile(r"assistant\w*(?:\(e\))?\s+(?:de\s+)?(?:manager|direction|gestion)", re.I), "BTS", 5),
    (re.compile(r"pilote\s+de\s+ligne", re.I), "BAC PRO", 4),
    (_MASTER_PROFESSIONS_RE, "DIPLOME METIER", 7),
    (_BACHELOR_PROFESSIONS_RE, "DIPLOME METIER", 6),
]


# a vocational diploma named by its speciality: the next trade is the same diploma in another speciality ("CAP pâtissier
# ou boulanger", "Bac pro PSPA, pilote de ligne de production")
_SPECIALITY_DIPLOMAS = frozenset({"CAP", "BEP", "BAC PRO", "BP", "BTM", "BTMS", "MC", "MENTION COMPLEMENTAIRE", "BTS", "DUT", "BUT",
                                  "DEUST", "TITRE PRO"})


_PREPOSITION_RE = re.compile(r"^(?:de\s+|d'|du\s+)", re.I)


def _listed_title_mention(text: str, start: int, end: int, after: Mention | None = None) -> Mention:
    name = _PREPOSITION_RE.sub("", text[start:end])
    code, level = "DIPLOME METIER", None
    if after is not None and after.attrs.get("code") in _SPECIALITY_DIPLOMAS:
        code, level = str(after.attrs["code"]), after.attrs.get("eqf_level")
    for p, c, lv in _LISTED_TITLE_LEVELS:
        if p.match(name):
            code, level = c, lv
            break
    else:
        care = next(((c, lv) for p, c, lv in _CARE_PROFESSIONS if re.match(p, name, re.I)), None)
        if care and care[1] is not None:
            code, level = care
        elif after is not None and after.attrs.get("code") in _FIELD_DEGREES:
            level = after.attrs.get("eqf_level")  # Round 20: "bachelier en biologie médicale ou technologue de laboratoire"
    return Mention("diploma", start, end, {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None,
                                           "code": code, "listed": True}, family="diploma")


def _found_at(found: list[Mention], pos: int) -> Mention | None:
    return next((f for f in found if f.start == pos), None)


def _title_items(text: str, pos: int, found: list[Mention]) -> tuple[list[tuple[int, int]], int]:
    """The professions named as titles in the list that starts at `pos`, and where that list ends."""
    items: list[tuple[int, int]] = []
    end = pos
    while True:
        if (m := _TITLE_ITEM_RE.match(text, pos)) is not None:
            items.append((m.start("item"), m.end("item")))
            end = m.end()
        elif (other := _OTHER_ITEM_RE.match(text, pos)) is not None:
            end = other.end()  # a certificate among the examples ("brevet d'animateur de centres de vacances"), read elsewhere
        elif (known := _found_at(found, pos)) is not None:
            end = known.end  # a diploma already read ("Titres requis : CESS, éducateur, instituteur")
        else:
            break
        sep = _LIST_SEP_RE.match(text, end)
        if sep is None:
            break
        pos = sep.end()
    return items, end


# Round 20: a degree of an orientation, then the professions it covers in brackets ("un bachelier à orientation sociale ou
# paramédicale (assistant social, éducateur spécialisé, infirmier, sage-femme…)", "un diplôme pédagogique (instit, éduc)"):
# each profession is one more title of the group, at the degree's level. At least two names, and the bracket closes on them.
_PROFESSIONS_BRACKET_OPEN_RE = re.compile(r"[^()\n.;:]{0,80}?\(\s*(?:(?:ex\.?|p\.\s*ex\.?|par\s+exemple|notamment|comme)\s*:?\s*)?", re.I)
_PROFESSIONS_BRACKET_CLOSE_RE = re.compile(r"\s*(?:…|\.\.\.|,?\s*etc\.?)?\s*\)")
# the sector's title is followed by a colon ("un titre de la petite enfance : …")
_COLON_RE = re.compile(r"\s*:\s*")


def _professions_listed_with_diploma(found: list[Mention], text: str, low: str) -> list[Mention]:
    new: list[Mention] = []
    taken = lambda a, b: any(f.start < b and a < f.end for f in found + new)  # noqa: E731
    # the title cue and the professions it lists
    for cue in _TITLE_CUE_SCAN.finditer(text) if "titre" in low or "dipl" in low else ():  # (the cue's words: a cheap gate)
        if _OPEN_BRACKET_BEFORE_RE.search(text, max(0, cue.start() - 3), cue.start()):
            continue  # "(titres reconnus par l'arrêté « personnel »)": restating the diplomas listed before, no item of its own
        pos = cue.end()
        if cue.group("cue"):
            colon = _COLON_RE.match(text, cue.end("cue"))
            if not taken(cue.start("cue"), cue.end("cue")):
                new.append(Mention("diploma", cue.start("cue"), cue.end("cue"), {"eqf_level": None, "isced_level": None,
                                                                               "code": "TITRE REQUIS"}, family="diploma"))
            elif colon is None:
                continue
            if colon is not None:
                pos = colon.end()  # Round 20: "un titre de la petite enfance : puériculture, …"
            elif cue.group("open") is None or "(" not in cue.group("open"):
                continue
        items, _end = _title_items(text, pos, found)
        if cue.group("cue") or len(items) >= 2:
            new += [_listed_title_mention(text, a, b) for a, b in items if not taken(a, b)]
    # the professions in brackets after a degree
    for f in list(found) if "(" in text else ():
        if "titre" in text[f.start:f.end].lower():
            continue  # "un titre de la liste ONE (puériculture, aide familiale…)": examples of the list, one item (golds v)
        if (opened := _PROFESSIONS_BRACKET_OPEN_RE.match(text, f.end)) is None or _EQUIVALENT_PROFESSIONS_RE.match(text, f.end):
            continue  # "Bachelier ou titre équivalent (infirmier, …)": the equivalents' rule, at the degree's level
        items, end = _title_items(text, opened.end(), found)
        if len(items) >= 2 and _PROFESSIONS_BRACKET_CLOSE_RE.match(text, end):
            for a, b in items:
                if not taken(a, b):
                    item = _listed_title_mention(text, a, b)
                    if item.attrs["eqf_level"] is None and f.attrs.get("eqf_level") is not None:
                        item = _listed_title_mention(text, a, b, f if f.attrs.get("code") in _FIELD_DEGREES else None)
                    new.append(item)
    # the professions right after a diploma
    for f in sorted(found + new, key=lambda m: m.start):
        if f.attrs.get("code") == "TITRE PRO" or str(f.attrs.get("code", "")).startswith(("BAC+", "NIVEAU")):
            continue  # a level names its field by the profession ("un BAC +2 GEA ou assistant manager": one item, gold umix)
        pos = f.end
        while (m := _PROFESSION_AFTER_DIPLOMA_RE.match(text, pos)) is not None and not taken(m.start("item"), m.end("item")):
            if m.group("spec") and (f.attrs.get("code") in _SPECIALITY_DIPLOMAS
                                    or (f.attrs.get("code") in _FIELD_DEGREES and "," in m.group("sep"))):
                # "CAP installateur sanitaire ou installateur thermique", "Bachelier en secrétariat de direction, assistant
                # de direction ou équivalent": one diploma named two ways (the golds' one item). Round 20: a degree's field
                # then "/" or "ou" and a profession is two titles ("bachelier en soins infirmiers / sage-femme",
                # "bachelier en biologie médicale ou technologue de laboratoire médical")
                break
            new.append(_listed_title_mention(text, m.start("item"), m.end("item"), f))
            pos = m.end("item")
    return new


# Round 19: a BTS speciality acronym listed after another one ("Bac+2 commercial (NDRC, TC, MCO…)", "BTS NDRC, MCO ou
# GPME"): the whole list is BTS, each its own item. Only after a mention already read as a BTS: alone "TC" or "CG" is
# anything.
_BTS_NEXT_RE = re.compile(
    r"\s*(?:,|/|\bou\b|\bet\b)\s*(?P<item>(?-i:NDRC|MCO|MUC|NRC|GPME|SAM|PME|CG|SIO|TC|CI|AG|AM|AD|MHR|ESF|SP3S|CRSA|ATI|"
    r"MS|FED|SN|TP|CPI|CIRA|ABM|ACSE|APV|GTLA|TL|OL))(?![\w])(?!\s+ou\s+[ée]quivalent)",
    re.I,
)


# Round 20: the same for the bac pro and the BEP ("BAC PRO MEI / MELEC", "Bac pro TMSEC / MFER", "BEP CSS ou ASSP"): a speciality
# acronym of the national catalogue listed after one, each its own item at the first one's level; after a comma ("Bac Pro
# MELEC, MSPC") the golds of x keep one item, so only "/" and "ou" open a new one.
_BAC_PRO_NEXT_RE = re.compile(
    r"\s*(?:/|\bou\b)\s*(?P<item>(?-i:ASSP|SAPAT|MELEC|MEI|MSPC|ARCU|GA|AGORA|MCV|TMA|TFCA|MFER|TMSEC|PSPA|CGEA|CGESCF|ELEEC|CIEL|"
    r"PCEPC|TISEC|ICCER|SN|MV|MRC|HPS|TU|TCB|TCI|TGT|EDPI|TFBMA|CSS|MRCU|MSMA))(?![\w])(?!\s+ou\s+[ée]quivalent)",
    re.I,
)
_SPECIALITIES_NEXT: dict[str, re.Pattern[str]] = {"BTS": _BTS_NEXT_RE, "BAC PRO": _BAC_PRO_NEXT_RE, "BEP": _BAC_PRO_NEXT_RE}


# Round 21: the series of the general and technological bac listed after a bac ("bac (STMG, général ou bac pro AGORA)",
# "Bac STI2D / STL / ES / S / L", "BAC S OU STI2D", "baccalauréat série S ou ES", "Niveau bac (général ou technologique)"):
# each series is its own item at 4, as the golds of p split them. The acronyms keep their case (a bare "S" or "L" is
# anything), the words ("général", "techno") take any case and gender; a "bac pro X" inside is already an item.
_BAC_SERIES = (r"(?:(?-i:STMG|STI2D|STL|ST2S|STAV|STHR|STD2A|S2TMD|ES|S|L)(?![\w'’])|(?:g[ée]n[ée]ral|techno(?:logique)?|scientifique|"
               r"litt[ée]raire|[ée]conomique(?:\s+et\s+sociale?)?|professionnel)(?:le|e)?s?(?![\w'’]))")
_BAC_SERIES_OPEN_RE = re.compile(r"\s*(?:\(\s*(?:s[ée]ries?\s+)?|s[ée]ries?\s+)(?P<item>" + _BAC_SERIES + ")", re.I)
_BAC_SERIES_NEXT_RE = re.compile(r"\s*(?:,|/|\bet/ou\b|\bou\b|\bet\b)\s*(?:(?:un\s+|le\s+)?bac(?:calaur[ée]at)?\s+)?(?P<item>" + _BAC_SERIES + ")",
                                 re.I)
_BAC_SERIES_TAIL_RE = re.compile(r"\s+(?:" + _BAC_SERIES + r")$", re.I)


def _bac_series_listed(found: list[Mention], text: str) -> list[Mention]:
    new: list[Mention] = []
    for f in found:
        if f.attrs.get("code") != "BAC":
            continue
        matches: list[re.Match[str]] = []
        if not _BAC_SERIES_TAIL_RE.search(text, f.start, f.end):  # a bare bac: its series open with "(" or "série"
            if (first := _BAC_SERIES_OPEN_RE.match(text, f.end)) is None:
                continue
            matches.append(first)
        pos = matches[0].end() if matches else f.end
        while (m := _BAC_SERIES_NEXT_RE.match(text, pos)) is not None:
            matches.append(m)
            pos = m.end()
        for m in matches:
            if not any(g.start < m.end("item") and m.start("item") < g.end for g in found + new):
                new.append(Mention("diploma", m.start("item"), m.end("item"),
                                   {"eqf_level": 4, "isced_level": LEVEL_ISCED[4], "code": "BAC", "listed": True}, family="diploma"))
    return new


def _bts_acronyms_listed(found: list[Mention], text: str) -> list[Mention]:
    new: list[Mention] = []
    for f in found:
        next_re = _SPECIALITIES_NEXT.get(str(f.attrs.get("code")))
        if next_re is None or (f.attrs.get("code") != "BTS" and not re.search(r"[A-Z]{2,}$", text[f.start : f.end])):
            continue  # a bare "Bac pro" has no speciality list after it
        pos = f.end
        while (m := next_re.match(text, pos)) is not None and not any(g.start < m.end() and m.start("item") < g.end for g in found + new):
            new.append(Mention("diploma", m.start("item"), m.end("item"),
                               {"eqf_level": f.attrs.get("eqf_level"), "isced_level": f.attrs.get("isced_level"), "code": f.attrs.get("code"), "listed": True},
                               family="diploma"))
            pos = m.end()
    return new


# Round 19: the regulated health professions held as a title. The candidate "is" a doctor of a stated kind ("Vous êtes
# médecin généraliste agréé (ou en fin d'assistanat)", "être médecin spécialiste en gériatrie"), or the profession is
# said qualified ("kinésithérapeute diplômé(e)", "puéricultrice diplômée d'État", "psychologue agréé(e)"): the diploma
# of that profession, at its level (doctors, pharmacists, physiotherapists, psychologists, midwives 7; the Belgian
# bachelors 6). The doctor still in training is an alternative with no level. Alone ("nous recrutons un médecin",
# "en lien avec le psychologue") the profession is the job or a colleague.
_HEALTH_PROFESSION = (
    r"m[ée]decin|pharmacien(?:ne|\(ne\))?|(?:masseur[- ])?kin[ée]sith[ée]rapeute|kin[ée]|psychologue|sage-femme|dentiste|"
    r"logop[èe]de|ergoth[ée]rapeute|orthophoniste|psychomotricien(?:ne|\(ne\))?|podologue|di[ée]t[ée]ticien(?:ne|\(ne\))?|"
    r"infirmi(?:er|[èe]re)(?:\(e\)|\([èe]re\))?|pu[ée]ricult(?:eur|rice)(?:\(trice\))?|sage-femme"
)
_DOCTOR_KIND = r"(?:g[ée]n[ée]raliste|sp[ée]cialiste(?!\s+en\s+charge)(?:\s+en\s+[\w'’-]+(?:\s+[\w'’-]+)?)?|p[ée]diatre|psychiatre|g[ée]riatre|urgentiste)"
_QUALIFIED = r"(?:agr[ée][ée](?:e|\(e\))?|dipl[ôo]m[ée](?:e|\(e\))?(?:\s+d'[ée]tat)?)"
_HEALTH_HELD_RE = re.compile(
    # held ("vous êtes", "être"); not a bare profile line ("• Médecin généraliste agréé(e), inscrit(e) à l'Ordre": the
    # agrément there is the permit to practise, a certification in the golds, upub)
    r"(?:(?<![\w])(?:vous\s+[êe]tes|tu\s+es|[êe]tre)\s+(?:un\s+|une\s+)?(?P<doc>m[ée]decin\s+" + _DOCTOR_KIND + r"(?:\s+" + _QUALIFIED + r")?))"
    r"(?:\s*\(\s*ou\s+(?P<alt>en\s+(?:fin\s+d'assistanat|fin\s+de\s+sp[ée]cialisation|cours\s+de\s+sp[ée]cialisation|formation)"
    r"(?:\s+(?-i:[a-zà-ÿ])[\w'’-]*){0,3})\s*\))?"
    # (a psychologist or physiotherapist "agréé(e)" is registered, a certification: only "diplômé(e)" here)
    r"|(?<![\w])(?P<prof>(?:" + _HEALTH_PROFESSION + r")\s+dipl[ôo]m[ée](?:e|\(e\))?(?:\s+d'[ée]tat)?)(?![\w])",
    re.I,
)
_HEALTH_HELD_SCAN = GatedPattern(_HEALTH_HELD_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_HEALTH_LEVELS = [(re.compile(r"m[ée]decin|pharmacien|kin[ée]|psychologue|sage-femme|dentiste|orthophoniste", re.I), 7),
                  (re.compile(r"logop|ergoth|psychomot|podolog|infirmi|pu[ée]ricult", re.I), 6)]
# "de préférence pédiatre ou généraliste" after a doctor's diploma: the specialist titles preferred
_SPECIALIST = r"p[ée]diatre|g[ée]n[ée]raliste|g[ée]riatre|psychiatre|urgentiste|anesth[ée]siste|chirurgien(?:ne)?|[a-zé]{3,}ologue"
_SPECIALIST_PREFERRED_RE = re.compile(
    r"(?P<a>(?:de\s+pr[ée]f[ée]rence|id[ée]alement|si\s+possible)\s+(?:" + _SPECIALIST + r"))(?:\s*(?:,|\bou\b)\s*(?P<b>" + _SPECIALIST + r"))?(?![\w])",
    re.I,
)
_SPECIALIST_PREFERRED_SCAN = GatedPattern(_SPECIALIST_PREFERRED_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_DOCTOR_DIPLOMA_RE = re.compile(r"m[ée]decin|docteur\s+en\s+m[ée]decine", re.I)
_HEALTH_BEFORE_DE_RE = re.compile(r"(?:" + _HEALTH_PROFESSION + r")\s+$", re.I)


def _health_titles_held(found: list[Mention], text: str, low: str) -> list[Mention]:
    if "decin" not in low and "dipl" not in low:  # the doctor's and the qualified professions' words: a cheap gate
        return found
    new: list[Mention] = []
    # the bare "diplômée d'État" inside "puéricultrice diplômée d'État" gives way to the profession it qualifies
    found = [f for f in found if not (f.attrs.get("code") == "DE" and f.attrs.get("eqf_level") is None and _HEALTH_BEFORE_DE_RE.search(text, max(0, f.start - 40), f.start))]

    def add(start: int, end: int, level: int | None, code: str, strength: Strength | None = None) -> None:
        if not any(f.start < end and start < f.end for f in found + new):
            new.append(Mention("diploma", start, end, {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None,
                                                       "code": code}, forced_strength=strength, family="diploma"))

    for m in _HEALTH_HELD_SCAN.finditer(text):
        group = "doc" if m.group("doc") else "prof"
        name, start = m.group(group), m.start(group)
        level = next((lv for p, lv in _HEALTH_LEVELS if p.match(name)), None)
        add(start, start + len(name), level, "PROFESSION SANTE")
        if m.group("alt"):
            add(m.start("alt"), m.end("alt"), None, "PROFESSION SANTE")
    for m in _SPECIALIST_PREFERRED_SCAN.finditer(text):
        if not any(f.end <= m.start() and m.start() - f.end <= 250 and _DOCTOR_DIPLOMA_RE.search(text, f.start, f.end) for f in found + new):
            continue
        # the preference is theirs, not the doctor's diploma's before it ("docteur en médecine, de préférence pédiatre")
        add(m.start("a"), m.end("a"), 7, "PROFESSION SANTE", "preferred")
        if m.group("b"):
            add(m.start("b"), m.end("b"), 7, "PROFESSION SANTE", "preferred")
    return sorted(found + new, key=lambda m: m.start)


# Round 19: a second field given elliptically after a diploma ("Le DU d'orthopédie ou de micronutrition", "master en
# langues et lettres modernes (orientation germaniques) ou en traduction"): a second diploma of the same kind and level.
# A university diploma (DU, DIU) names one field each; a degree does so only when a bracket closes its first field ("master
# en informatique ou en gestion" stays one degree, the golds' reading).
_FIELD_WORDS = r"(?-i:[a-zà-ÿ])[\w'’-]+(?:\s+(?!ou\b|et\b|est\b|sont\b|serait\b|exig|requis|souhait|appr[ée]ci|obligatoire)(?:d'|de\s+|des\s+|du\s+|et\s+)?(?-i:[a-zà-ÿ])[\w'’-]+){0,3}?"
_SECOND_FIELD_RE = re.compile(
    r"(?P<first>(?:\s+(?:en|de|d'|du)\s*[^()\n,;.]{1,60}?)?\s*\([^()\n]{1,60}\))?\s+ou\s+(?P<item>(?:en|de|d'|du)\s*" + _FIELD_WORDS + r")"
    r"(?=\s*(?:[,;.)\n]|$|\bou\b|\bet\b|est\b|sont\b|serait\b|exig|requis|souhait|appr[ée]ci|obligatoire))",
    re.I,
)
_ONE_FIELD_DIPLOMAS = frozenset({"DU"})
_FIELD_DEGREES = frozenset({"MASTER", "BACHELIER", "LICENCE", "M1", "M2"})


def _second_fields(found: list[Mention], text: str) -> list[Mention]:
    new: list[Mention] = []
    for f in found:
        code = f.attrs.get("code")
        if code not in _ONE_FIELD_DIPLOMAS and code not in _FIELD_DEGREES:
            continue
        m = _SECOND_FIELD_RE.match(text, f.end)
        if m is None or (code in _FIELD_DEGREES and not m.group("first")):
            continue
        if any(g.start < m.end("item") and m.start("item") < g.end for g in found if g is not f):
            continue
        new.append(f.with_(start=m.start("item"), end=m.end("item"), attrs={**f.attrs, "listed": True}))
    return new


# Round 15: the year of a Belgian professional course given in brackets after the diploma ("puériculteur(trice) (7e
# professionnelle)", "certificat de qualification d'aide-soignant (7e professionnelle)", "diplôme de mécanicien automobile
# (7e professionnelle, CQ7)"): one item, the bracket inside it, at the 7th year's level (CQ7, EQF 4).
_SEVENTH_YEAR_BRACKET_RE = re.compile(
    r"\s*\(\s*(?:7\s?(?:e|è|[èe]me)\s+(?:ann[ée]e\s+)?professionnelle|(?-i:7P|CQ\s?7))(?:\s*(?:,|/|ou|-)\s*(?:7\s?(?:e|[èe]me)\s+(?:ann[ée]e\s+)?professionnelle|(?-i:7P|CQ\s?7)))*\s*\)"
)


# The 6th year said in the bracket ("Certificat de qualification d'aide familial(e) (CQ6 en 6e professionnelle …)") sets 3.
_SIXTH_YEAR_BRACKET_RE = re.compile(r"\s*\(\s*(?:(?-i:CQ\s?6)|6\s?(?:e|è|[èe]me)\s+(?:ann[ée]e\s+)?professionnelle)\b[^()\n]{0,60}\)")


# Round 15: a diploma restated in brackets by another name at the same level ("agent(e) d'éducation (CESS de l'enseignement
# technique de qualification)", "diplôme de l'enseignement secondaire supérieur (tout CESS)", "diplôme de
# bibliothécaire-documentaliste … (graduat)"): one item, at the bracket's level where the first had none. Not a level's
# example ("Bac+5 (master)": two items, labelling guide). A title heading a bracket of diplomas ("un titre de pénurie
# (bachelier en sciences économiques appliquées)") is only their comment.
_RESTATING_OPEN_RE = re.compile(r"\s*\(\s*(?:tout\s+|toute\s+|un\s+|une\s+|le\s+|la\s+)?")
_RESTATING_GAP_OPEN_RE = re.compile(r"[^()\n.;,:]{1,60}?\(\s*")
_RESTATING_CLOSE_RE = re.compile(r"(?:\s+(?:(?!\bou\b|\bet\b)[^()\n,/]){0,60}?)?\s*\)")


def _restating_brackets(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    skip: set[int] = set()
    for i, a in enumerate(found):
        if i in skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        opened = _RESTATING_OPEN_RE.match(text, a.end)
        if (a.attrs.get("eqf_level") is None or a.attrs.get("code") == "DIPLOME METIER") and not opened:
            opened = _RESTATING_GAP_OPEN_RE.match(text, a.end)  # a level-less trade diploma, its field then the bracket
        if nxt is not None and opened and opened.end() == nxt.start and not str(a.attrs.get("code", "")).startswith(("BAC+", "NIVEAU")):
            closed = _RESTATING_CLOSE_RE.match(text, nxt.end)
            if a.attrs.get("code") == "TITRE REQUIS":
                continue  # the title comments the diplomas in its bracket
            la, lb = a.attrs.get("eqf_level"), nxt.attrs.get("eqf_level")
            guessed = a.attrs.get("code") == "DIPLOME METIER"  # its level read from the profession: the bracket says better
            # a bracket holding only another diploma's name ("(DEES)", "(master)") is left to _drop_parenthesised_acronyms
            bare = closed is not None and text[nxt.end : closed.end()].strip() == ")" and opened.group(0).strip() == "("
            if bare and not guessed:
                out.append(a)
                continue
            if closed and lb is not None and (la is None or la == lb or guessed) and not str(nxt.attrs.get("code", "")).startswith(("BAC+", "NIVEAU")):
                a = a.with_(end=closed.end(), attrs={**a.attrs, "eqf_level": lb, "isced_level": nxt.attrs.get("isced_level")})
                skip.add(i + 1)
        out.append(a)
    return out


def _seventh_year_brackets(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    absorbed: list[tuple[int, int]] = []
    for m in found:
        b = _SEVENTH_YEAR_BRACKET_RE.match(text, m.end)
        if b and m.attrs.get("code") not in {"CQ7"}:
            m = m.with_(end=b.end(), attrs={**m.attrs, "eqf_level": 4, "isced_level": 3})
            absorbed.append((b.start(), b.end()))
        elif m.attrs.get("code") == "CQ7" and (b := _SIXTH_YEAR_BRACKET_RE.match(text, m.end)):
            m = m.with_(end=b.end(), attrs={**m.attrs, "eqf_level": 3, "isced_level": 3})
            absorbed.append((b.start(), b.end()))
        out.append(m)
    return [m for m in out if not any(a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for a, b in absorbed)]


# Round 15: a Belgian vocational training by its provider and trade ("formation IFAPME en mécanique polyvalente",
# "formation IFAPME/EFP de cuisinier de collectivité", "Certificat d'apprentissage IFAPME – Boucher-charcutier"): the
# IFAPME/EFP apprenticeship (certificat d'apprentissage, EQF 3 [U], walloon-reference §3.2), the trade inside the span. The
# "chef d'entreprise" course keeps its own level (table).
_APPRENTICESHIP_TRADE_RE = re.compile(
    r"\s*(?:/\s*(?-i:EFP|SFPME|IFAPME))?(?:\s*[-–]\s*|\s+(?:en|de|d')\s*|\s+)(?!chef\s+d'entreprise|ou\b|et\b|est\b|exig|requis|souhait|serait|obligatoire|appr[ée]ci)"
    r"(?-i:[A-Za-zà-ÿÀ-Ý])[\w'’-]+(?:\s+(?!ou\b|et\b|est\b|exig|requis|souhait|serait|obligatoire|appr[ée]ci)(?:de\s+|d')?(?-i:[a-zà-ÿ])[\w'’-]{3,}){0,2}"
)


def _apprenticeship_levels(found: list[Mention], text: str) -> list[Mention]:
    out = []
    for m in found:
        head = text[m.start : m.end]
        # a provider alone ("formation IFAPME") names no trade and keeps no level; the certificate has its level already
        if m.attrs.get("code") == "FORMATION" and re.search(r"(?-i:IFAPME|EFP|SFPME)", head):
            t = _APPRENTICESHIP_TRADE_RE.match(text, m.end)
            trade = bool(t) or bool(re.search(r"(?-i:IFAPME|EFP|SFPME)\s*(?:/\s*(?-i:EFP|IFAPME)\s*)?(?:en|de|d')\s*\w", head))
            if trade:
                end = t.end() if t else m.end
                # "formation IFAPME de chef de cuisine": the IFAPME's chef courses are its chef d'entreprise programme (table: 4)
                level = 4 if re.search(r"\bchef\s+d", text[m.start : end], re.I) else 3
                m = m.with_(end=end, attrs={**m.attrs, "eqf_level": level, "isced_level": 3})
            elif m.attrs.get("eqf_level") is None and _levelled_beside(found, text, m.start, m.end):
                # Round 16: "(CQ6 ou CQ7 en maçonnerie, formation IFAPME ou promotion sociale)": among levelled diplomas the
                # provider's course is its apprenticeship certificate (3), as the fourth written batch reads it
                m = m.with_(attrs={**m.attrs, "eqf_level": 3, "isced_level": 3})
        out.append(m)
    return out


# Round 16: the Belgian alternance and adult-education routes named bare as one alternative among diplomas ("(CQ6, CQ7 ou
# IFAPME)", "(6e ou 7e professionnelle, CEFA, IFAPME)", "(CQ6/CQ7 en mécanique, IFAPME mécanicien polyvalent)", "(IFAPME chef
# d'entreprise ou apprentissage, 7P boucherie)", "(CQ6 ou CQ7 en maçonnerie, formation IFAPME ou promotion sociale)",
# "CQ7 électricité, électricien installateur (IFAPME/EFP) ou …"): each is a diploma item — the IFAPME/EFP/SFPME/CEFA
# apprenticeship at its certificate's level (3, walloon-reference §3.2), its chef d'entreprise course at the table's level,
# adult education ("promotion sociale") and a hotel school with no level. Only in a list that holds a levelled diploma: a
# training followed by its providers only ("Formation de carreleur (promotion sociale, IFAPME, Forem)") is one item, and
# the provider elsewhere is a place or a pay scale ("barème IFAPME", "au centre IFAPME de Limal").
# Round 21: and the German-speaking Community's apprenticeship networks ("apprentissage IAWM/ZAWM", "apprentissage en commerce
# de détail (IAWM)"), the same EQF 3 apprenticeship certificate as the IFAPME's (golds of p and q)
_APPRENTICE_PROVIDER = r"(?-i:IFAPME|CEFA|EFP|SFPME|IAWM|ZAWM)"
_BARE_PROVIDER_RE = re.compile(
    # Round 21: the apprenticeship named by its trade, its network in brackets ("apprentissage en commerce de détail (IAWM)",
    # "apprentissage de boulanger (IFAPME)")
    r"(?P<trade_then_network>apprentissage\s+(?:en|de|d'|comme)\s*(?-i:[a-zà-ÿ])[\w'’-]+(?:\s+(?!ou\b|et\b)[\w'’-]+){0,3}\s*"
    r"\(\s*" + _APPRENTICE_PROVIDER + r"(?:\s*/\s*" + _APPRENTICE_PROVIDER + r")*\s*\))|"
    r"(?P<item>(?:apprentissage\s+)?" + _APPRENTICE_PROVIDER + r"(?:\s*/\s*" + _APPRENTICE_PROVIDER + r")*"
    r"(?P<chef>\s+chef\s+d'entreprise(?:\s+(?-i:[a-zà-ÿ])[\w'’-]{3,})?)?"
    r"(?:\s+(?:en\s+|de\s+|d')?(?!ou\b|et\b|souhait|exig|requis|obligatoire|appr[ée]ci|demand|termin)(?-i:[a-zà-ÿ])[\w'’-]{3,}"
    r"(?:\s+(?!ou\b|et\b|souhait|exig|requis|obligatoire|appr[ée]ci|demand|termin)(?:de\s+|d')?(?-i:[a-zà-ÿ])[\w'’-]{3,}){0,2})?"
    # Round 21: the network followed by the apprenticeship it gives, in brackets ("IFAPME (apprentissage cuisinier)")
    r"(?:\s*\(\s*apprentissage(?:\s+[^()\n]{1,40}?)?\s*\))?"
    # Round 18: the route named as a course ("formation de promotion sociale", "enseignement de plein exercice")
    r"|(?P<nolevel>(?:(?:formation|enseignement)\s+(?:de\s+)?)?promotion\s+sociale|[ée]cole\s+h[ôo]teli[èe]re|enseignement\s+de\s+plein\s+exercice)"
    r"|(?P<app>apprentissage))(?![\w])",
    re.I,
)
_BARE_PROVIDER_SCAN = GatedPattern(_BARE_PROVIDER_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_PROVIDER_SEP_BEFORE_RE = re.compile(r"(?:\(|,|/|\bou\b|\btype\b)\s*$", re.I)
_PROVIDER_SEP_AFTER_RE = re.compile(r"\s*(?:[,)/;…]|\.(?!\w)|\bou\b|$)", re.I)
# a trade followed by its providers in brackets, as one member of a list ("électricien installateur industriel (IFAPME/EFP)")
_TRADE_THEN_PROVIDERS_RE = re.compile(
    r"(?<=[,:]\s)(?P<item>(?-i:[a-zà-ÿ])[\w'’-]+(?:\s+(?!ou\b|et\b)[\w'’-]+){0,4}\s*\(\s*" + _APPRENTICE_PROVIDER
    + r"(?:\s*[/,]\s*" + _APPRENTICE_PROVIDER + r")*\s*\))"
)
_TRADE_THEN_PROVIDERS_SCAN = GatedPattern(_TRADE_THEN_PROVIDERS_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# a list that also names a job-training agency ("(secondaire technique ou professionnel, IFAPME, Forem)") lists where the
# training was followed: the whole is one item (fourth written batch)
_TRAINING_PROVIDERS_AROUND_RE = re.compile(r"(?<![\w])(?:Forem|Technifutur|Technocampus|Bruxelles\s+Formation|Actiris)(?![\w])", re.I)
# "6e ou 7e professionnelle": the 6th year named by its number alone, the CQ6 (3)
# Round 18: across a slash too, and before the 7th year's other branches ("6e/7e qualification hôtellerie", "6e ou 7e technique")
_SIXTH_ELLIPSIS_RE = re.compile(
    r"(?<![\w])(?P<item>6\s?(?:e|è|[èe]me))\s*(?:\bou\b|/)\s*(?=7\s?(?:e|è|[èe]me)\s+(?:ann[ée]e\s+)?(?:professionnelle|qualification|technique))", re.I
)
_SIXTH_ELLIPSIS_SCAN = GatedPattern(_SIXTH_ELLIPSIS_RE)  # whole-text scan, tried only where it can match (fastscan.py)


# Round 21: the 7th year named bare, one member of a list of levelled diplomas ("(CQ6, 7e année, Meister ou BES)", "(bachelier,
# BES ou 7e année)"): the CQ7 (4, golds of q and r). Not the year restated in the bracket of a named diploma ("puériculteur(trice)
# (7e année)", "(7e année ou promotion sociale)"): no levelled diploma beside it there.
_SEVENTH_YEAR_BARE_RE = re.compile(
    r"(?<![\w])7\s?(?:e|è|[èe]me)\s+ann[ée]e(?!\s+(?:professionnelle|technique|qualification|de\s+qualification|d'|de\s|du\s|des\s))(?![\w])", re.I
)
_SEVENTH_YEAR_BARE_SCAN = GatedPattern(_SEVENTH_YEAR_BARE_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def _levelled_beside(found: list[Mention], text: str, start: int, end: int) -> bool:
    """A levelled diploma in the same bracket as [start, end), or else earlier on the same line and clause."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opening = text.rfind("(", line_start, start)
    # Round 18: a bracket opened by "ou" offers one more route for the diplomas before it ("un CQ6 ou CQ7 électricité (ou IFAPME
    # installateur-électricien)")
    if opening >= 0 and text.rfind(")", opening, start) < 0 and not re.match(r"\(\s*ou\b", text[opening:start], re.I):
        closing = text.find(")", end)
        lo, hi = opening, (closing if 0 <= closing < line_end else line_end)
    else:
        stop = max(text.rfind(".", line_start, start), text.rfind(";", line_start, start))
        lo, hi = max(line_start, stop + 1), end
    return any(lo <= f.start and f.end <= hi and not (f.start >= start and f.end <= end) and f.attrs.get("eqf_level") is not None
               for f in found)


# Round 19: a trade's training followed by a bracket that names only the Belgian routes to it ("une formation en cuisine
# (CEFA, IFAPME, école hôtelière)", "vous êtes boucher de formation (IFAPME, CEFA ou enseignement de plein exercice)",
# "Formation de barman (type IFAPME ou école hôtelière)"): each route is an alternative diploma item, as among levelled
# diplomas. Not after a named certificate, which the bracket only says where to obtain ("certificat d'aide familial
# (enseignement de plein exercice ou promotion sociale)", "CQ6 cuisinier (IFAPME, EFP …)", "diplôme de chef d'entreprise
# (IFAPME ou EFP)": levelled heads), nor when the bracket names adult education, a job-training agency or a school
# ("(promotion sociale ou IFAPME)", "(promotion sociale, IFAPME, Forem)", "(promotion sociale ou EPHEC)": one item, older golds
# and round 10's tests).
_ROUTE = (r"(?:(?-i:IFAPME|CEFA|EFP|SFPME)|(?:l')?enseignement\s+(?:de\s+plein\s+exercice|en\s+alternance)"
          r"|(?:une\s+)?[ée]cole\s+h[ôo]teli[èe]re|apprentissage|alternance)")
_ROUTES_ONLY_BRACKET_RE = re.compile(
    r"\(\s*(?:type\s+|par\s+exemple\s+|ex\.\s*)?(?:l'|le\s+|la\s+)?" + _ROUTE
    + r"(?:\s*(?:,|/|\bou\b|\bet\b)\s*(?:l'|le\s+|la\s+)?" + _ROUTE + r")*\s*…?\s*\)",
    re.I,
)


def _providers_after_training(found: list[Mention], text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind("(", line_start, start)
    if opening < 0 or text.rfind(")", opening, start) >= 0:
        return False
    bracket = _ROUTES_ONLY_BRACKET_RE.match(text, opening)
    if bracket is None or bracket.end() < end:
        return False
    return any(f.end <= opening and not text[f.end : opening].strip() and f.attrs.get("eqf_level") is None
               and f.attrs.get("code") in {"FORMATION", "DIPLOME METIER", "DIPLOME", "SUPERIEUR"} for f in found)


def _qualification_in_bracket(found: list[Mention], text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind("(", line_start, start)
    if opening < 0 or text.rfind(")", opening, start) >= 0:
        return False
    closing = text.find(")", end)
    if closing < 0 or "\n" in text[end:closing]:
        return False
    return any(opening < f.start and f.end <= closing and str(f.attrs.get("code", "")).startswith("CQ") for f in found)


def _listed_providers(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []

    def free(a: int, b: int) -> bool:
        return not any(f.start < b and a < f.end for f in found + out)

    for m in _TRADE_THEN_PROVIDERS_SCAN.finditer(text):
        a, b = m.span("item")
        if free(a, b) and _PROVIDER_SEP_AFTER_RE.match(text, b) and _levelled_beside(found, text, a, b):
            out.append(Mention("diploma", a, b, {"eqf_level": 3, "isced_level": 3, "code": "APPRENTISSAGE", "listed": True}, family="diploma"))
    for m in _SEVENTH_YEAR_BARE_SCAN.finditer(text):
        a, b = m.span()
        line_start = text.rfind("\n", 0, a) + 1
        if free(a, b) and _PROVIDER_SEP_BEFORE_RE.search(text, max(line_start, a - 8), a) and _PROVIDER_SEP_AFTER_RE.match(text, b) \
                and _levelled_beside(found, text, a, b):
            out.append(Mention("diploma", a, b, {"eqf_level": 4, "isced_level": 4, "code": "CQ7", "listed": True}, family="diploma"))
    for m in _SIXTH_ELLIPSIS_SCAN.finditer(text):
        a, b = m.span("item")
        if free(a, b):
            out.append(Mention("diploma", a, b, {"eqf_level": 3, "isced_level": 3, "code": "CQ6", "listed": True}, family="diploma"))
    for m in _BARE_PROVIDER_SCAN.finditer(text):
        a, b = m.span("item") if m.group("item") else m.span()
        line_start = text.rfind("\n", 0, a) + 1
        if m.group("trade_then_network"):
            # an apprenticeship with its trade and network is a diploma wherever it stands, unless it is offered
            if free(a, b) and not _FOLLOWED_BEFORE_RE.search(text, max(line_start, a - 40), a):
                out.append(Mention("diploma", a, b, {"eqf_level": 3, "isced_level": 3, "code": "APPRENTISSAGE"}, family="diploma"))
            continue
        if not (free(a, b) and _PROVIDER_SEP_BEFORE_RE.search(text, max(line_start, a - 8), a) and _PROVIDER_SEP_AFTER_RE.match(text, b)):
            continue
        if not (_levelled_beside(found, text, a, b) or _providers_after_training(found, text, a, b)):
            continue
        # Round 18: beside a qualification certificate in the same bracket, a job-training agency is one more route, not the
        # place of one training ("Formation en horticulture (CQ6, IFAPME, promotion sociale ou Forem)", "(CQ6/CQ7 soudure, Forem,
        # IFAPME)": the golds of ube and vbe)
        if _TRAINING_PROVIDERS_AROUND_RE.search(text[max(line_start, a - 80) : b + 80]) and not _qualification_in_bracket(found, text, a, b):
            continue
        if m.group("nolevel"):
            level = None
        elif m.group("chef"):
            level = 5
        else:
            level = 3
        out.append(Mention("diploma", a, b, {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None, "code": "APPRENTISSAGE",
                                             "listed": True}, family="diploma"))
    return out


# Round 15: other people's diplomas and diplomas not asked, in wordings the earlier rounds had not met: a driver's CAP kept
# up by continuous training with its driver card (a certification, code 95); the CAPA of quality systems (corrective and
# preventive actions); "(souvent sans CEB)" of adults a service trains; a pay scale by diploma ("barème 501 pour les
# bacheliers"); students who will graduate ("qui seront diplômé(e)s en juin"); a title referred back to ("à défaut de
# candidat porteur du titre requis"); a diploma said not to be enough ("le CAP seul ne suffit pas"); an apprentice's
# course ("un apprenti en CAP Boulanger", "certificat de qualification au bout du parcours"); a VAE or a diploma the hire
# commits to prepare or obtain ("accompagnement à la VAE IBODE", "engagement à préparer le diplôme de cadre de santé",
# "ne possède pas le CAPAES s'engage à l'obtenir"); a course the employer pays for ("Nous finançons votre titre
# professionnel", "prise en charge par l'ASBL (CAP …)"); an orientation of the public ("vers les CAP et les ESAT").
_NOT_ASKED_R15_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:adultes|stagiaires|publics?|personnes|primo-arrivants|demandeurs\s+d'emploi)\b[^.;!?\n]{0,80}?\bsans\s+(?:le\s+|leur\s+)?"
    r"|(?<![\w])bar[èe]mes?\s+\d{3}[^.;\n]{0,60}?\bpour\s+(?:les\s+|l'|le\s+|la\s+)"
    r"|(?<![\w])(?:porteur|porteuse|titulaire)s?\s+du\s+"
    r"|(?<![\w])apprenti(?:e|\(e\))?\s+(?:en|de)\s+"
    r"|(?<![\w])VAE\s+"
    r"|(?<![\w])(?:engage(?:ment)?|s'engager?)\s+[àa]\s+(?:pr[ée]parer|obtenir|passer)\s+(?:le\s+|la\s+|l'|un\s+|une\s+)?"
    r"|(?<![\w])ne\s+poss[èe]de(?:nt)?\s+pas\s+(?:le\s+|la\s+|l')"
    # Round 16: a diploma the candidate must not hold (an insertion plan's "ne pas être titulaire d'un diplôme de
    # l'enseignement supérieur")
    r"|(?<![\w])ne\s+pas\s+(?:[êe]tre\s+titulaire|poss[ée]der|avoir)\s+(?:d'une?\s+|du\s+|de\s+la\s+|de\s+l'|des\s+|de\s+)"
    r"|(?<![\w])(?:nous\s+)?finan[cç](?:ons|er|e|erons|ez)\s+(?:votre|ton|le|la|l')\s*"
    # the staff named by their diplomas ("une équipe de 45 professionnels (IDE, AS, ASH)", "4 professionnelles (CAP AEPE …")
    r"|(?<![\w])\d{1,3}\s+(?:professionnel(?:le)?s|agents|salari[ée]e?s|collaborat(?:eurs|rices)|soignants|personnes)\s*\((?:[^()\n]{0,40}?,\s*)?"
    # a school's own programme ("chargé(e)s de cours pour son bachelier en informatique")
    r"|(?<![\w])pour\s+(?:son|sa|ses|leur|leurs|notre|nos)\s+"
    r"|(?<![\w])pris(?:e|es)?\s+en\s+charge\s+par\s+[^.;\n()]{1,30}\(\s*"
    r"|(?<![\w])(?:orientation|orienter|notamment)\s+vers\s+les\s+|(?<![\w])vers\s+les\s+)$",
    re.I,
)
_NOT_ASKED_R15_AFTER_RE = re.compile(
    r"\s*(?:seule?s?\s+ne\s+suffi|ne\s+suffi(?:t|sent)\s+pas|au\s+bout\s+du\s+parcours|[àa]\s+l'issue\s+(?:du\s+parcours|de\s+la\s+formation))"
    r"|\s*(?:\([^()\n]{0,60}\)|\))?\s+en\s+ordre\s+de\s+formation\s+continue",
    re.I,
)
_FUTURE_GRADUATES_RE = re.compile(r"(?<![\w])(?:seront|serez|sera|seras)\s+$", re.I)
_CAPA_QUALITY_RE = re.compile(r"d[ée]viations?|correcti|pr[ée]venti|non[- ]conformit|investigations?|\bGMP\b|\bBPF\b|root\s+cause|\b8D\b|\bQMS\b", re.I)


def _not_asked_r15(text: str, m: Mention) -> bool:
    code = m.attrs.get("code")
    if code == "SANS DIPLOME":
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    if _NOT_ASKED_R15_BEFORE_RE.search(text, max(line_start, m.start - 90), m.start):
        # "titulaire du CESS" asks it: only the title referred back by its own words ("porteur du titre requis")
        held = re.search(r"(?:porteur|porteuse|titulaire)s?\s+du\s+$", text[max(line_start, m.start - 20) : m.start], re.I)
        if not held or code == "TITRE REQUIS":
            return True
    if _NOT_ASKED_R15_AFTER_RE.match(text, m.end):
        return True
    if re.match(r"dipl[ôo]m[ée]", text[m.start : m.end], re.I) and _FUTURE_GRADUATES_RE.search(text, max(line_start, m.start - 12), m.start):
        return True
    if text[m.start : m.end] == "CAPA" and _CAPA_QUALITY_RE.search(text, max(0, m.start - 200), m.end + 200):
        return True
    return bool(code == "FORMATION" and re.search(r"premiers\s+secours|secourisme", text[m.start : m.end + 12], re.I))


# Round 15: an acronym followed by its name in brackets ("DEEJE obligatoire (diplôme d'État d'éducateur de jeunes enfants)",
# "AESI en mathématiques (agrégé de l'enseignement secondaire inférieur, …)"): one diploma, not two.
_ACRONYM_THEN_NAME_RE = re.compile(r"[^()\n]{0,40}?\(\s*$")


def _drop_named_after_acronym(found: list[Mention], text: str) -> list[Mention]:
    drop: set[int] = set()
    for i, a in enumerate(found):
        for j, b in enumerate(found):
            if i == j or b.start <= a.end or b.start - a.end > 45 or a.attrs.get("code") != b.attrs.get("code"):
                continue
            if a.end - a.start >= b.end - b.start or not re.fullmatch(r"[A-Z0-9]{2,8}", text[a.start : a.end]):
                continue
            if _ACRONYM_THEN_NAME_RE.fullmatch(text, a.end, b.start):
                drop.add(j)
    return [f for k, f in enumerate(found) if k not in drop]


# Round 15: levels that depend on the words around the match. The Belgian licence before Bologna is a master's (EQF 7,
# walloon-reference §3.3): "master en droit (ou licence en droit)", "licence en kinésithérapie, ancien régime". The engineer
# inside a bachelor's or master's field ("bachelier en sciences de l'ingénieur industriel") is that degree's field, not a
# second diploma. A generic higher-education diploma followed by the degrees it means in brackets ("diplôme de
# l'enseignement supérieur (bachelier ou master)", "(bachelier minimum)") is at the lowest of them.
_OLD_LICENCE_AFTER_RE = re.compile(r"[^()\n.;]{0,40}?(?:,\s*|\(\s*|\s+)ancien\s+r[ée]gime", re.I)
_OLD_LICENCE_BEFORE_RE = re.compile(r"(?:master|licenci[ée])[^()\n.;]{0,60}?\(\s*ou\s+(?:d'une\s+|une\s+)?$", re.I)
_ENGINEER_FIELD_BEFORE_RE = re.compile(r"sciences\s+(?:de\s+l'|de\s+l’)\s*$|sciences\s+de\s+$", re.I)
_GENERIC_BRACKET_RE = re.compile(r"(?:\s+[^()\n.;:]{0,80}?)?\s*\(\s*(?P<inner>[^()\n]{2,80}?)\s*\)")


def _context_levels(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    restated: list[Mention] = []
    for m in found:
        if any(m is r for r in restated):
            continue
        code = m.attrs.get("code")
        if code == "LICENCE" and (_OLD_LICENCE_AFTER_RE.match(text, m.end) or _OLD_LICENCE_BEFORE_RE.search(text, max(0, m.start - 90), m.start)):
            old = _OLD_LICENCE_AFTER_RE.match(text, m.end)
            m = m.with_(end=old.end() if old else m.end, attrs={**m.attrs, "eqf_level": 7, "isced_level": 7})
        elif code == "INGENIEUR" and _ENGINEER_FIELD_BEFORE_RE.search(text, max(0, m.start - 20), m.start):
            continue
        elif code == "SUPERIEUR" and (b := _GENERIC_BRACKET_RE.match(text, m.end)):
            inner = [f for f in found if b.start("inner") <= f.start and f.end <= b.end("inner") and f.attrs.get("eqf_level") is not None]
            if inner:
                level = min(int(f.attrs["eqf_level"]) for f in inner)  # type: ignore[arg-type]
                m = m.with_(attrs={**m.attrs, "eqf_level": level, "isced_level": LEVEL_ISCED[level]})
                # Round 19: degrees offered as alternatives ("(bachelier ou master)", "(bachelier/master)") are the group's
                # items; the generic diploma heading them has no level of its own (golds tbe, vmix, upub)
                if len(inner) >= 2 and not re.search(r"minimum|au\s+moins|min\.", b.group("inner"), re.I):
                    m = m.with_(attrs={**m.attrs, "eqf_level": None, "isced_level": None})
                if len(inner) == 1 and re.search(r"minimum|au\s+moins|min\.", b.group("inner"), re.I):
                    m = m.with_(end=b.end())  # "(bachelier minimum)" restates the level: one item
                    restated += inner
        out.append(m)
    return out


# Round 15: professions that are degrees, listed with a degree ("Bac+5 (pharmacien, master en affaires réglementaires ou
# ingénieur)", "diplôme d'ingénieur civil, d'ingénieur industriel, d'architecte ou d'un master", "Ingénieur civil ou
# industriel en chimie, biochimie, ou pharmacien industriel", "bachelier éducateur spécialisé, assistant social ou assistant
# en psychologie"): each is an alternative diploma (master-level professions 7, the Belgian social bachelors 6). Alone the
# word is the job or a colleague, so the list must start at a diploma of level 6 or more on the same line.
_DEGREE_PROFESSION_RE = re.compile(
    r"(?P<m7>pharmacien(?:ne)?(?:\s+industriel(?:le)?)?|architecte|psychologue|m[ée]decin|v[ée]t[ée]rinaire"
    r"|ing[ée]nieur(?:e|\(e\))?(?:\s+(?:civil|industriel|commercial|de\s+gestion|g[ée]n[ée]raliste|agronome|chimiste)(?:le)?)?(?:\s+(?:en|des)\s+[\w-]+)?)"
    r"|(?P<m6>assistant(?:e|\(e\))?\s+(?:social(?:e)?|en\s+psychologie)|[ée]ducat(?:eur|rice)(?:\(trice\))?\s+sp[ée]cialis[ée](?:e|\(e\))?|ergoth[ée]rapeute|logop[èe]de)",
    re.I,
)
_CHAIN_SEP_RE = re.compile(r"\s*(?:,\s*(?:ou\s+)?|/|\bou\b|\bet/ou\b)\s*(?:d'une?\s+|une?\s+|d'|de\s+)?", re.I)
_CHAIN_FIELD_RE = re.compile(r"(?:en\s+)?(?-i:[a-zà-ÿ])[\w'-]+(?=\s*(?:,|/|\bou\b))", re.I)
_CHAIN_END_RE = re.compile(r"\s*(?:[,;.)/\n]|ou\b|et\b|$)", re.I)


def _degree_professions(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    starts = {f.start: f for f in found}
    for m in found:
        if (m.attrs.get("eqf_level") or 0) < 6:
            continue
        pos = m.end
        # the degree's own profession in apposition ("bachelier éducateur spécialisé, assistant social ou …")
        own = re.match(r"\s+", text[pos:])
        if own and (p0 := _DEGREE_PROFESSION_RE.match(text, pos + own.end())) and _CHAIN_SEP_RE.match(text, p0.end()):
            pos = p0.end()
        field = re.match(r"\s+(?:en|de|d')\s*[^,;.()\n/]{1,50}?(?=\s*(?:,|/|\bou\b|\())", text[pos:], re.I)
        if field:
            pos += field.end()
        bracket = text[pos : pos + 2].lstrip().startswith("(")
        if bracket:
            pos = text.index("(", pos) + 1
        sep_needed = not bracket
        for _ in range(6):
            if sep_needed:
                sep = _CHAIN_SEP_RE.match(text, pos)
                if sep is None or sep.end() == pos:
                    break
                pos = sep.end()
            sep_needed = True
            while text[pos : pos + 1] == " ":
                pos += 1
            if pos in starts:
                pos = starts[pos].end
                # its field ("master en affaires réglementaires ou ingénieur")
                fld = re.match(r"\s+(?:en|de|d')\s*[^,;.()\n/]{1,50}?(?=\s*(?:,|/|\bou\b|\)))", text[pos:], re.I)
                pos += fld.end() if fld else 0
                continue
            p = _DEGREE_PROFESSION_RE.match(text, pos)
            # a bare "ingénieur" in a list of titles is unread outside a degree's bracket ("Vous êtes docteur, ingénieur ou …")
            bare_engineer = p is not None and re.fullmatch(r"ing[ée]nieur(?:e|\(e\))?", p.group(0), re.I) is not None
            # the business engineer beside a French Bac+N level is the sales job ("Bac+5, ingénieur commercial, vous aimez la vente")
            sales_job = p is not None and re.search(r"commercia", p.group(0), re.I) is not None and str(m.attrs.get("code", "")).startswith(("BAC+", "NIVEAU"))
            if p and _CHAIN_END_RE.match(text, p.end()) and not (bare_engineer and not bracket) and not sales_job:
                if not any(f.start < p.end() and p.start() < f.end for f in found + out):
                    level = 7 if p.group("m7") else 6
                    out.append(Mention("diploma", p.start(), p.end(), {"eqf_level": level, "isced_level": level, "code": "PROFESSION", "listed": True},
                                       family="diploma"))
                pos = p.end()
                continue
            f = _CHAIN_FIELD_RE.match(text, pos)
            if f:
                pos = f.end()
                continue
            break
    return out


def _state_diplomas_named(found: list[Mention]) -> list[Mention]:
    """"Diplôme d'État AES", "diplôme d'État IBODE": the State diploma is the one its last word names, with that level
    (the generic "diplôme d'État …" match is longer and has no level)."""
    out = []
    for m in found:
        if m.attrs.get("code") == "DE" and m.attrs.get("eqf_level") is None:
            named = [n for n in found if n is not m and n.end == m.end and n.start >= m.start and n.attrs.get("eqf_level") is not None]
            if named:
                m = m.with_(attrs=dict(named[0].attrs))
        out.append(m)
    return out


def _resolve_overlaps(found: list[Mention]) -> list[Mention]:
    """Longest wins; a level-less match ("titre pro") absorbed by a levelled one ("titre pro niveau 4")."""
    kept: list[Mention] = []
    for m in sorted(found, key=lambda m: (-(m.end - m.start), m.start)):
        hit = next((i for i, k in enumerate(kept) if k.start < m.end and m.start < k.end), None)
        if hit is None:
            kept.append(m)
            continue
        # Round 2: a level-less training phrase that took the level's first word as its domain ("issu(e) d'une
        # formation Bac +2", "formation niveau …") is that level: one item, the union of both, with the level.
        k = kept[hit]
        # Round 14: also when the level ends the phrase ("Issu(e) d'une formation BTS TP": the training is that BTS).
        if k.attrs.get("code") in _GENERIC and k.attrs.get("eqf_level") is None and m.attrs.get("eqf_level") is not None and m.end >= k.end:
            kept[hit] = m.with_(start=min(k.start, m.start), end=max(k.end, m.end))
    return sorted(kept, key=lambda m: m.start)


# --- Round 17 (the fifth written batch's errors) ----------------------------------------------------------------------
# Round 17: a diploma the candidate may instead commit to obtain ("Master en gestion hospitalière, ou s'engager à le
# suivre", "Le CAPAES (ou l'engagement à l'obtenir dans les 6 ans)", "CAP pédagogique ou vous vous engagez à l'obtenir"):
# not a condition of hiring, preferred. Only the diploma nearest before the commitment, in its clause.
_COMMIT_AFTER_RE = re.compile(
    r"[^.;\n]{0,100}?(?<![\w])ou\s+(?:s'engager|l'engagement|vous\s+engager|vous\s+vous\s+engagez|tu\s+t'engages|[êe]tre\s+pr[êe]t(?:e|\(e\))?|accepter)"
    r"\s+[àa]\s+(?:le\s+|la\s+|les\s+|l')?(?:suivre|obtenir|passer|acqu[ée]rir|pr[ée]parer|entamer)",
    re.I,
)
# Round 17: the means of obtaining a qualification later ("prêt à l'obtenir via le jury central ou une formation IFAPME",
# "à acquérir par une formation IFAPME"): a route, not a diploma asked.
_OBTAIN_ROUTE_BEFORE_RE = re.compile(r"(?:obtenir|acqu[ée]rir|passer)\s+(?:via|par|gr[âa]ce\s+[àa]|au\s+moyen\s+d')[^.;\n]{0,60}$", re.I)
# Round 17: several diplomas closed by a plural cue ("Un CQ6 ou CQ7, une formation IFAPME ou un titre de compétence sont des
# atouts", "BTS ou licence seraient un plus"): every diploma of the clause before the cue is preferred.
_PLURAL_PREFERRED_RE = re.compile(
    r"(?<![\w])(?:sont|seraient|constituent|repr[ée]sentent)\s+(?:des|de\s+(?:vrais|gros|r[ée]els|s[ée]rieux))\s+(?:atouts|plus)(?![\w])"
    r"|(?<![\w])(?:sont|seraient)\s+(?:un\s+(?:plus|atout)|appr[ée]ci[ée]e?s|souhait[ée]e?s|bienvenue?s)(?![\w])",
    re.I,
)
_PLURAL_PREFERRED_SCAN = GatedPattern(_PLURAL_PREFERRED_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_ALTERNATIVE_BETWEEN_RE = re.compile(r"(?=[^.;:\n+]*(?:\bou\b|,|\(|/))(?![^.;:\n+]*(?:\bet\b|exig|requis|obligatoire|indispensable))[^.;:\n+]{0,120}", re.I)
_REQUIRED_CUE_RE = re.compile(r"exig|requis|obligatoire|indispensable|minimum|\bmais\b", re.I)


def _strength_wordings(found: list[Mention], text: str) -> list[Mention]:
    out = list(found)
    ordered = sorted(range(len(out)), key=lambda i: out[i].start)
    for pos, i in enumerate(ordered):
        m = out[i]
        if m.attrs.get("code") == "SANS DIPLOME":
            continue
        commit = _COMMIT_AFTER_RE.match(text, m.end)
        nxt = out[ordered[pos + 1]] if pos + 1 < len(ordered) else None
        if commit and (nxt is None or nxt.start >= commit.end()):
            out[i] = m.with_(forced_strength="preferred")
            # the alternatives listed before it share the commitment ("un des titres reconnus par l'ONE (…, CESS à orientation
            # sociale…) ou s'engager à suivre la formation"); not a diploma added with "+" ("bachelier infirmier + CAP … ou s'engager")
            back, right = pos - 1, m
            while back >= 0 and _ALTERNATIVE_BETWEEN_RE.fullmatch(text, out[ordered[back]].end, right.start):
                out[ordered[back]] = out[ordered[back]].with_(forced_strength="preferred")
                right = out[ordered[back]]
                back -= 1
    for cue in _PLURAL_PREFERRED_SCAN.finditer(text):
        clause_start = max(text.rfind(c, 0, cue.start()) for c in ".;:\n!?") + 1
        members = [i for i in ordered if clause_start <= out[i].start and out[i].end <= cue.start()]
        if len(members) >= 2 and not _REQUIRED_CUE_RE.search(text, out[members[0]].start, cue.start()):
            for i in members:
                if out[i].attrs.get("code") != "SANS DIPLOME":
                    out[i] = out[i].with_(forced_strength="preferred")
    return out


def _obtained_by_route(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    return bool(_OBTAIN_ROUTE_BEFORE_RE.search(text, max(line_start, m.start - 90), m.start))


# Round 17: the diploma a teacher or trainer teaches, not holds ("Formateur(trice) CAP Cuisine - CFA", "Professeur de
# mathématiques - Secondaire supérieur", "section brevet d'infirmier hospitalier", "préparer les élèves au CESS").
_TAUGHT_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:format(?:eur|rice)|professeur|enseignant|prof)(?:\(?(?:e|trice|rice)\)?|\s*/\s*(?:formatrice|enseignante|professeure))?s?"
    r"\s+(?:(?:de|en|d')\s+)?(?:cours\s+)?"
    r"|(?<![\w])section\s+(?:de\s+)?"
    r"|(?<![\w])pr[ée]par(?:er|ez|ation\s+d)\s*(?:les\s+|des\s+|nos\s+)?(?:[ée]l[èe]ves|apprenant|apprentis|stagiaires|jeunes|candidats|[ée]tudiants)\w*\s+(?:au|aux|[àa]\s+l')\s*)$",
    re.I,
)
_TEACHER_TITLE_RE = re.compile(r"(?<![\w])(?:professeur|enseignant|instituteur|institutrice|formateur|formatrice)", re.I)


def _taught(text: str, m: Mention) -> bool:
    line_start = text.rfind("\n", 0, m.start) + 1
    if _TAUGHT_BEFORE_RE.search(text, max(line_start, m.start - 80), m.start):
        return True
    # the level taught after a teacher's title ("PROFESSEUR DE MATHEMATIQUES (H/F) - Secondaire supérieur")
    words = text[m.start : m.end]
    return (m.attrs.get("code") == "CESS" and re.match(r"(?:enseignement\s+)?secondaire|degr[ée]", words, re.I) is not None
            and _TEACHER_TITLE_RE.search(text, max(line_start, m.start - 80), m.start) is not None
            and re.search(r"dipl[ôo]m|titulaire|certificat|CESS", text[max(line_start, m.start - 80) : m.start], re.I) is None)


# Round 17: "DE" read as the State diploma in an all-capitals title where it is the preposition ("INFIRMIER(E) DE BLOC
# OPERATOIRE", "INFIRMIER DE NUIT"): a word in capitals follows.
_CAPS_PREPOSITION_AFTER_RE = re.compile(r"\s+(?-i:[A-ZÀ-Ý]{3,})(?![\w])")


def _capital_preposition(text: str, m: Mention) -> bool:
    span = text[m.start : m.end]
    return span.endswith(" DE") and span.isupper() and _CAPS_PREPOSITION_AFTER_RE.match(text, m.end) is not None


def _drop_not_asked(found: list[Mention], text: str) -> list[Mention]:
    return [m for m in found if not (_obtained_by_route(text, m) or _taught(text, m) or _capital_preposition(text, m) or _held_by_others(text, m)
                                     or _occupation_acronym(found, text, m) or _colleague(text, m))]


# Round 17: the Belgian titre de compétence named bare among levelled diplomas ("CQ6 électricité, IFAPME … ou titre de
# compétence", "un CQ6, une formation IFAPME ou un titre de compétence sont des atouts"): one more alternative, no level.
_BARE_COMPETENCE_TITLE_RE = re.compile(
    r"(?:(?<=[,/(])|(?<![\w])ou)\s*(?:d'un\s+|un\s+|le\s+)?(?P<item>titres?\s+de\s+comp[ée]tences?)(?=\s*(?:[,)/;.]|ou\b|et\b|sont\b|est\b|\n|$))",
    re.I,
)
_BARE_COMPETENCE_TITLE_SCAN = GatedPattern(_BARE_COMPETENCE_TITLE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 17: the IFAPME / EFP title named by its trade ("titre IFAPME de monteur en chauffage", "titre IFAPME maçon",
# "diplôme EFP de coiffeur", "certificat de l'IFAPME en boucherie"): the apprenticeship certificate (3); its "ou
# équivalent" stays in the item. What follows the provider must be a trade, not a verb or a place ("titre IFAPME reconnu
# par la Région", "titre IFAPME obtenu", "diplôme EFP pour …").
_PROVIDER_TITLE_RE = re.compile(
    r"(?<![\w])(?:titre|dipl[ôo]me|certificat)s?\s+(?:de\s+l'|d')?(?-i:IFAPME|EFP|SFPME|CEFA)(?:\s*/\s*(?-i:IFAPME|EFP|SFPME))?"
    r"(?:\s+(?:de\s+|d'|en\s+)?(?!ou\b|et\b|souhait|exig|requis|obligatoire|chef\b|reconnu|obtenu|d[ée]livr|pour\b|dans\b|chez\b|sont\b|sera\b|serait\b)(?-i:[a-zà-ÿ])[\w'’-]{3,}"
    r"(?:\s+(?!ou\b|et\b|souhait|exig|requis|obligatoire)(?:en\s+|de\s+|d')?(?-i:[a-zà-ÿ])[\w'’-]{3,}){0,2})?"
    r"(?:\s+ou\s+[ée]quivalent)?(?![\w])",
    re.I,
)
_PROVIDER_TITLE_SCAN = GatedPattern(_PROVIDER_TITLE_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def _provider_and_competence_titles(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []

    def free(a: int, b: int) -> bool:
        return not any(f.start < b and a < f.end for f in found + out)

    for m in _PROVIDER_TITLE_SCAN.finditer(text):
        if free(m.start(), m.end()) and not _EXAM_LATER_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            out.append(Mention("diploma", m.start(), m.end(), {"eqf_level": 3, "isced_level": 3, "code": "APPRENTISSAGE"}, family="diploma"))
    for m in _BARE_COMPETENCE_TITLE_SCAN.finditer(text):
        a, b = m.span("item")
        if free(a, b) and _levelled_beside(found + out, text, a, b):
            out.append(Mention("diploma", a, b, {"eqf_level": None, "isced_level": None, "code": "DIPLOME METIER", "listed": True}, family="diploma"))
    return out


# Round 17: the engineer's title as the other branch of a higher degree, in any case and with its branch or an acronym field
# ("Ingénieur généraliste ou Master qualité", "Profil : ingénieur(e) HSE ou Master QHSE", "Formation Bac+5 finance ou
# ingénieur", "Bac+5 école de commerce ou ingé"): an item at EQF 7. After the degree, up to three words of its field may
# come between; before it, the title must open the line or follow a colon or a bullet. A job's qualifier ("ingénieur
# commercial", "ingénieur d'affaires") fails both: only the engineering branches, an acronym or "en …" may follow.
_ENGINEER = r"ing[ée]nieur(?:e|\(e\))?|ing[ée](?![\w])"
_ENGINEER_BRANCH = r"(?:\s+(?:g[ée]n[ée]raliste|civil(?:e)?|industriel(?:le)?|agronome|chimiste)|\s+(?-i:[A-Z]{2,5})(?![\w])|\s+en\s+[\w-]+)?"
_ENGINEER_AFTER_DEGREE_RE = re.compile(
    r"(?:\s+(?!ou\b|et\b)(?:en\s+|de\s+|d')?[^\W\d_][\w'’-]*){0,3}?\s*(?:\bou\b|/)\s*(?:d'un\s+|un\s+|une\s+)?"
    r"(?P<eng>(?:" + _ENGINEER + r")" + _ENGINEER_BRANCH + r")(?=\s*(?:$|[,.;)(\n]|-|ou\b|et\b|avec\b))",
    re.I,
)
_ENGINEER_BEFORE_DEGREE_RE = re.compile(
    r"(?:(?<=:)|(?<=\n)|(?<=^)|(?<=[•▶➢►*-]))\s*(?P<eng>(?:" + _ENGINEER + r")" + _ENGINEER_BRANCH + r")\s+(?:ou|OU|/)\s+"
    r"(?:(?:titulaire|dipl[ôo]m[ée](?:e|\(e\))?)\s+)?(?:d'une?\s+|une?\s+)?$",
    re.I,
)
_DEGREE_SCHOOLS = frozenset({"INGENIEUR", "ECOLE DE COMMERCE", "GRANDE ECOLE", "UNIVERSITAIRE"})


def _engineer_beside_degree(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []

    def add(m: Mention, a: int, b: int) -> None:
        if not any(f.start < b and a < f.end for f in found + out):
            out.append(m.with_(start=a, end=b, attrs={"eqf_level": 7, "isced_level": 7, "code": "INGENIEUR"}, forced_strength=None))

    for m in found:
        if not ((m.attrs.get("eqf_level") or 0) >= 6 or m.attrs.get("code") in _DEGREE_SCHOOLS):
            continue
        after = _ENGINEER_AFTER_DEGREE_RE.match(text, m.end)
        # Round 19: an engineer's degree then its branches ("diplôme d'ingénieur civil ou industriel") is one degree, not a
        # second engineer
        if after and not re.search(r"ing[ée]nieur", text[m.start : m.end], re.I):
            add(m, *after.span("eng"))
        line_start = text.rfind("\n", 0, m.start) + 1
        before = _ENGINEER_BEFORE_DEGREE_RE.search(text, max(line_start, m.start - 60), m.start)
        if before:
            add(m, *before.span("eng"))
    return out


# Round 21: French (and a few Belgian) grandes écoles, business schools, IEP/Sciences Po, ENS and IAE named as the degree
# itself ("Diplôme d'ingénieur génie civil (ESTP, INSA, CESI...)", "école d'ingénieurs (ENSAI, ENSAE, ISUP…)", "master GRH ou
# IAE", "diplômé(e) de l'ESSEC", "issu·e d'une école type NEOMA ou KEDGE"): an item each at EQF 7, the grande-école
# diploma's level (gold qfr, the written batches since u). Names keep their case (a capitalised "Mines" or "Centrale", an
# upper-case acronym), and each is read only where the sentence asks for a degree: a member of a bracket or a list after
# a degree, school or level, or after a degree cue (diplômé·e de, issu·e de, type, école, formation). The staff's school
# ("3 ingénieurs diplômés de l'INSA"), a teacher's ("prof de l'ESSEC") or a partner ("en partenariat avec l'EDHEC") is no
# item. CESI is also the Belgian lower-secondary certificate: only beside another school or an engineer's degree.
_ENGINEERING_SCHOOLS = (
    r"ESTP|INSA(?:\s+(?:Lyon|Toulouse|Rennes|Rouen|Strasbourg|Hauts-de-France|Centre\s+Val\s+de\s+Loire))?|CESI|ENSAI|ENSAE|ISUP|ISFA|ENSAM|"
    r"Arts\s+et\s+M[ée]tiers|CentraleSup[ée]lec|Centrale(?:\s+(?:Lyon|Lille|Nantes|Marseille|M[ée]diterran[ée]e|Paris))?|Sup[ée]lec|"
    r"Polytechnique|[ÉE]cole\s+polytechnique|Mines(?:\s+(?:ParisTech|Paris|Saint-[ÉE]tienne|Nancy|Al[èe]s|Albi|Douai))?|Ponts(?:\s+ParisTech)?|"
    r"ENSTA|ENSEEIHT|ENSIMAG|ENSIIE|ENSEIRB(?:-MATMECA)?|ENSEA|ENSIAME|ENSAIT|ENSIC|ENSCP|ENSG|ENSAT|ENSTIB|ENSC|ENIM|ENIT|ENIB|"
    r"EPITA|EPITECH|Epitech|EFREI|ESIEE|ESILV|ESIEA|ESIGELEC|ESME(?:\s+Sudria)?|ESTACA|ECAM|ICAM|HEI|ISEN|ISEP|ISAE(?:-SUPAERO)?|SUPAERO|"
    r"ENTPE|EIVP|ESTP\s+Paris|UTC|UTT|UTBM|IMT(?:\s+Atlantique)?|T[ée]l[ée]com\s+(?:Paris|SudParis|Bretagne)|INP|Grenoble\s+INP|"
    r"Polytech(?:\s+[A-Z][\w-]+)?|CY\s+Tech|EISTI|AgroParisTech|Agrocampus|ISARA|ESA|ENSAIA|Chimie\s+ParisTech|ESPCI|ENAC|ENSMA"
)
_BUSINESS_SCHOOLS = (
    r"HEC(?:\s+(?:Paris|Montr[ée]al|Li[èe]ge|Lausanne))?|ESSEC|ESCP|EDHEC|EM\s?Lyon|emlyon|NEOMA|KEDGE|SKEMA|Audencia|TBS|GEM|ICN|INSEEC|"
    r"I[ÉE]SEG|EDC|ISC|PSB|ESCE|ESC(?:\s+[A-Z][\w-]+)?|EM\s+(?:Strasbourg|Normandie|Grenoble)|BSB|Montpellier\s+BS|MBS|Rennes\s+SB|ESDES|"
    r"ISG|IPAG|ESG|EBS\s+Paris|Solvay|ICHEC|Louvain\s+School\s+of\s+Management|LSM|Vlerick|Dauphine"
)
_OTHER_HIGHER_SCHOOLS = r"Sciences\s+Po(?:\s+[A-Z][\w-]+)?|IEP(?:\s+(?:de\s+)?[A-Z][\w-]+)?|ENS(?:\s+(?:Ulm|Lyon|Paris-Saclay|Rennes))?|Normale\s+Sup|IAE(?:\s+(?:de\s+)?[A-Z][\w-]+)?|ENA|INSP|ENSSIB|[ÉE]cole\s+des\s+[Cc]hartes"
_NAMED_SCHOOL = r"(?<![\w-])(?:(?P<eng>" + _ENGINEERING_SCHOOLS + r")|(?P<biz>" + _BUSINESS_SCHOOLS + r")|(?P<other>" + _OTHER_HIGHER_SCHOOLS + r"))(?![\w-])"
_NAMED_SCHOOL_RE = re.compile(_NAMED_SCHOOL)
_NAMED_SCHOOL_ANY_CASE_RE = re.compile(_NAMED_SCHOOL, re.I)  # found in any case, kept as written or ALL CAPS ("MINES, CENTRALE")
# tried only where a school name starts (fastscan): an alternation of ~90 names searched over every ad cost ~0.1 ms
_NAMED_SCHOOL_SCAN = GatedPattern(_NAMED_SCHOOL_ANY_CASE_RE)
# What may stand between a degree (or the previous school) and the next school of its list: a bracket opening, a comma, a
# slash, "ou", "et", an article, "type", "p. ex."
_SCHOOL_LIST_GAP_RE = re.compile(
    r"(?:\s+(?!ou\b|et\b)(?:en\s+|de\s+|d'|du\s+)?[^\W\d_][\w'’-]*){0,4}?\s*(?:\(\s*(?:(?:type|ex\.?|p\.\s*ex\.?|par\s+exemple|notamment|comme)\s*:?\s*)?|"
    r"(?:,|/|\bou\b|\bet\b)\s*(?:d'une?\s+|une?\s+|l'|de\s+l'|d'|type\s+)?)",
    re.I,
)
_SCHOOL_SEP_RE = re.compile(r"\s*(?:,|/|\bou\b|\bet\b|\bou\s+d'une?\b|\bou\s+une?\b)\s*(?:l'|d'|de\s+l'|une?\s+)?", re.I)
# A degree cue right before a school named alone
_SCHOOL_CUE_BEFORE_RE = re.compile(
    r"(?:dipl[ôo]m[ée](?:e|\(e\)|·e)?|issu(?:e|\(e\)|·e)?|sorti(?:e|\(e\)|·e)?|form[ée](?:e|\(e\)|·e)?|dipl[ôo]me)\s+"
    r"(?:de\s+l'|de\s+|d'une?\s+|d'|du\s+|des\s+)(?:(?:[ée]cole|institut|universit[ée])\s+(?:type\s+)?)?$"
    r"|(?:[ée]cole|formation|profil|cursus|parcours)\s+(?:de\s+commerce\s+|d'ing[ée]nieurs?\s+)?(?:type\s+|de\s+type\s+)?$|\btype\s+$",
    re.I,
)
_SCHOOL_STAFF_BEFORE_RE = re.compile(
    r"(?:\d+|nos|vos|leurs|des|dont|ses|plusieurs|les)\s+[^.;:\n]{0,30}?dipl[ôo]m[ée]s\s+[^.;:\n]{0,10}$|"
    r"(?:prof(?:esseur|esseure)?|enseignant\w*|intervenant\w*|ancien\w*|partenariat|partenaires?|campus|chaire|alumni|forum|salon)\b[^.;:\n]{0,25}$",
    re.I,
)
_SCHOOL_EQUIVALENT_AFTER_RE = re.compile(r"\s+ou\s+(?:[ée]quivalent|similaire)", re.I)
_HIGHER_DEGREE_CODES = frozenset({"INGENIEUR", "ECOLE DE COMMERCE", "GRANDE ECOLE", "UNIVERSITAIRE", "MASTER", "M1", "DOCTORAT", "FORMATION",
                                  "SUPERIEUR", "MIAGE", "IAE", "DIPLOME", "FOREIGN"})


_GENERIC_SCHOOL_HOLDERS = frozenset({"DIPLOME", "FORMATION", "UNIVERSITAIRE"})


def _school_mention(template: Mention, m: re.Match[str]) -> Mention:
    code = "INGENIEUR" if m.group("eng") else "ECOLE DE COMMERCE" if m.group("biz") else "GRANDE ECOLE"
    return template.with_(start=m.start(), end=m.end(), attrs={"eqf_level": 7, "isced_level": 7, "code": code}, forced_strength=None)


def _named_schools(found: list[Mention], text: str) -> list[Mention]:
    """Round 21: the named schools of a degree list or after a degree cue, an item each at 7 (see _NAMED_SCHOOL_RE). A
    Belgian "CESI" found by the table inside such a list is replaced."""
    if not found and "dipl" not in text and "issu" not in text:
        return found
    hits = [m for m in _NAMED_SCHOOL_SCAN.finditer(text) if m.group(0).isupper() or _NAMED_SCHOOL_RE.fullmatch(m.group(0))]
    if not hits:
        return found
    degrees = [f for f in found if (f.attrs.get("eqf_level") or 0) >= 6 or f.attrs.get("code") in _HIGHER_DEGREE_CODES]
    template = found[0] if found else Mention("diploma", 0, 0, {}, family="diploma")
    previous_end: int | None = None  # end of the last school read, for the next member of its list
    out: list[Mention] = []
    for m in hits:
        before = text[max(0, m.start() - 120) : m.start()]
        listed = any(0 <= m.start() - d.end < 80 and _SCHOOL_LIST_GAP_RE.fullmatch(text, d.end, m.start()) for d in degrees)
        # "… (ESTP, INSA, CESI...)": the next member of a list whose earlier member was a school
        if not listed and previous_end is not None:
            listed = _SCHOOL_SEP_RE.fullmatch(text, previous_end, m.start()) is not None
        cued = _SCHOOL_CUE_BEFORE_RE.search(before[-60:]) is not None
        equivalent = _SCHOOL_EQUIVALENT_AFTER_RE.match(text, m.end()) is not None
        if m.group(0) == "CESI" and not listed:
            continue  # the Belgian certificat d'enseignement secondaire inférieur
        if not (listed or cued or (equivalent and any(abs(d.start - m.start()) < 120 for d in degrees))):
            continue
        if _SCHOOL_STAFF_BEFORE_RE.search(before[-60:]):
            continue
        inside = [f for f in found if f.start <= m.start() and m.end() <= f.end and f.attrs.get("code") != "CESI"]
        if inside:
            previous_end = m.end()
            # "diplômé(e) de l'ESSEC" read as a bare diploma: the school gives its level
            out += [f.with_(attrs={**f.attrs, "eqf_level": 7, "isced_level": 7}) for f in inside
                    if f.attrs.get("eqf_level") is None and f.attrs.get("code") in _GENERIC_SCHOOL_HOLDERS]
            continue  # already an item ("ingénieur INSA", "ESC")
        out.append(_school_mention(template, m))
        previous_end = m.end()
    if not out:
        return found
    kept = [f for f in found if not any(o.start < f.end and f.start < o.end for o in out)]  # a Belgian CESI, a level-less holder
    return sorted(kept + out, key=lambda f: f.start)


# Round 17: a trade's training followed by the diplomas that give it ("formation d'électricien (CQ6, IFAPME … ou titre de
# compétence)", "Formation de soudeur : CQ6/CQ7 soudure"): the training names no one certificate, no level (the golds of
# zbe and vbe); alone it keeps its trade's level ("Formation de secrétaire médicale ou expérience équivalente": 4).
_ROUTES_OPEN_RE = re.compile(r"\s*(?:\(|:(?!\s*\n))\s*")


def _trade_training_routes(found: list[Mention], text: str) -> list[Mention]:
    out = list(found)
    for i, m in enumerate(out):
        if m.attrs.get("code") != "FORMATION" or m.attrs.get("eqf_level") is None:
            continue
        if not _TRADE_TRAINING_HEAD_RE.match(text, m.start, m.end) or not (opened := _ROUTES_OPEN_RE.match(text, m.end)):
            continue
        if any(f.start == opened.end() and f.attrs.get("eqf_level") is not None for f in found):
            out[i] = m.with_(attrs={**m.attrs, "eqf_level": None, "isced_level": None})
    return out


# Round 17: the year of a BUT reached ("Bac+2 validé (BTS, DUT, BUT 2)", "BUT 2e année"): two years of the bachelor are a
# Bac+2 (5), as "Bac+2" before it says; the third ("BUT 3") is the degree (6).
_BUT_YEAR_AFTER_RE = re.compile(r"\s*(?:[12](?![\w+])|\(?\s*(?:[12])\s*(?:e|è|[èe]me|re|[èe]re)\s+ann[ée]e\s*\)?)", re.I)
# Round 17: the Belgian educator's second class offered after the first ("diplôme d'éducateur A2 ou A1"): A1 is the
# bachelor (6).
_OTHER_CLASS_AFTER_RE = re.compile(r"\s+(?:ou|/)\s+(?P<cls>(?-i:A1|A2))(?![\w])")
# Round 17: the hotel school after an article ("un BTS MHR ou d'une école hôtelière"): an alternative with no level.
_HOTEL_SCHOOL_AFTER_RE = re.compile(r"(?:\s+(?!ou\b)[^\W\d_][\w'’-]*){0,3}?\s+ou\s+(?:d'une\s+|une\s+)?(?P<school>[ée]cole\s+h[ôo]teli[èe]re)(?![\w])", re.I)


def _level_corrections(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    extra: list[Mention] = []
    for m in found:
        code = m.attrs.get("code")
        if code == "BUT" and (year := _BUT_YEAR_AFTER_RE.match(text, m.end)):
            m = m.with_(end=year.end(), attrs={**m.attrs, "eqf_level": 5, "isced_level": 5})
        if str(code).startswith("EDUCATEUR") and (other := _OTHER_CLASS_AFTER_RE.match(text, m.end)):
            level = _CLASS_LEVELS[other.group("cls")]
            extra.append(m.with_(start=other.start("cls"), end=other.end("cls"), attrs={"eqf_level": level, "isced_level": LEVEL_ISCED[level], "code": "EDUCATEUR " + other.group("cls")}))
        if m.attrs.get("eqf_level") is not None and (school := _HOTEL_SCHOOL_AFTER_RE.match(text, m.end)):
            extra.append(m.with_(start=school.start("school"), end=school.end("school"), attrs={"eqf_level": None, "isced_level": None, "code": "ECOLE HOTELIERE"}))
        out.append(m)
    return out + [e for e in extra if not any(f.start < e.end and e.start < f.end for f in out)]


# Round 17: the diplomas of the team a sentence describes ("L'équipe est composée d'auxiliaires de puériculture (DEAP) et
# d'agents titulaires du CAP AEPE", "Notre laboratoire compte 18 personnes (techniciens, bacheliers et masters)"): held by
# others, not asked.
_TEAM_SENTENCE_RE = re.compile(
    r"(?<![\w])(?:[ée]quipe|service|laboratoire|structure|cabinet|atelier|cr[èe]che|bureau)(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:est\s+compos[ée]e|se\s+compose|compte(?!\s+sur)|comprend|r[ée]unit|regroupe)\b[^.;!?\n]*$",
    re.I,
)
# Round 17: a diploma said to be paid or valued on a scale ("(un bachelier sera rémunéré au même barème)"): pay, not a condition.
_PAID_AFTER_RE = re.compile(
    # Round 20: past what the holders may do ("les titulaires d'un bachelier peuvent postuler mais seront rémunérés au niveau
    # C", "un master est accepté mais sera payé au barème B", "les masters seront engagés à l'échelle A1")
    r"(?:\s+[^.;,:\n()]{0,40}?\s+mais)?\s+(?:sera|seront|est|sont)\s+(?:r[ée]mun[ée]r|pay[ée]|valoris|(?:engag|recrut|nomm)[ée]e?s?\s+(?:au|[àa]\s+l['’]|[àa]\s+la|selon|sur)\s)",
    re.I,
)
# Round 17: a training that is part of a certificate's name ("titulaire du certificat de formation en sciences administratives"):
# the certificate is another kind.
_CERTIFICATE_OF_BEFORE_RE = re.compile(r"(?:certificat|attestation|brevet)s?\s+de\s+$", re.I)


# Round 17: a training counted in hours ("une formation en éducation thérapeutique du patient (ETP 40h)", "formation de base
# de 100 heures"): a short course, which the golds label a certificate when at all, not a diploma.
_HOURS_AFTER_RE = re.compile(r"[^.;\n]{0,60}?(?<![\w])\d{1,3}\s*(?:h|heures)(?![\w])", re.I)


def _held_by_others(text: str, m: Mention) -> bool:
    if m.attrs.get("code") == "FORMATION" and m.attrs.get("eqf_level") is None and _HOURS_AFTER_RE.match(text, m.end):
        return True
    sentence_start = max(text.rfind(c, 0, m.start) for c in ".!?;\n") + 1
    if _TEAM_SENTENCE_RE.search(text, sentence_start, m.start):
        return True
    if _PAID_AFTER_RE.match(text, m.end):
        return True
    return m.attrs.get("code") == "FORMATION" and _CERTIFICATE_OF_BEFORE_RE.search(text, max(0, m.start - 20), m.start) is not None


# Round 17: a BTS's second speciality after its first ("BTS NDRC / MCO", "BTS NDRC, MCO…", "BTS SIO ou SN"): another BTS, same
# level; not a certificate's acronym.
# (the golds read "BTS NDRC ou MCO" and "BTSA ACSE, TC ou équivalent" as one item: "ou" and a comma before "ou équivalent" keep it)
_SECOND_SPECIALITY_RE = re.compile(
    r"\s+(?-i:[A-Z]{2,6})(?![\w])\s*(?:/\s*(?P<acr>" + r"(?!(?-i:CACES|CCNA|ITIL|VCA|SST|HACCP|TOEIC|TOEFL|PMP|AWS|BAFA|BAFD|BNSSA|PSC1|DUT|BUT|BTS|CAP|BEP)\b)(?-i:[A-Z]{2,6}))(?![\w])(?P<eq>\s+ou\s+[ée]quivalent)?"
    r"|,\s*(?P<acr2>(?!(?-i:CACES|CCNA|ITIL|VCA|SST|HACCP|TOEIC|TOEFL|PMP|AWS|BAFA|BAFD|BNSSA|PSC1|DUT|BUT|BTS|CAP|BEP)\b)(?-i:[A-Z]{2,6}))(?![\w])(?!\s+ou\s+[ée]quivalent))"
)
_SPECIALITY_DIPLOMAS = frozenset({"BTS", "BTSA", "DUT", "BUT", "BAC PRO", "CAP", "BP"})


def _split_more_items(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []

    def free(a: int, b: int) -> bool:
        return not any(f.start < b and a < f.end for f in found + out)

    for f in found:
        if f.attrs.get("code") in _SPECIALITY_DIPLOMAS and (sec := _SECOND_SPECIALITY_RE.match(text, f.end)):
            g = "acr" if sec.group("acr") else "acr2"
            a, b = sec.start(g), sec.end("eq") if sec.group("eq") else sec.end(g)
            if free(a, b):
                out.append(f.with_(start=a, end=b, attrs={**f.attrs, "listed": True}))
    return out


# Round 17: a diploma restated in brackets by its old name ("GRADUÉ EN CONSTRUCTION (ANCIEN GRADUAT)", "bachelier en
# comptabilité (graduat, ancien régime)"): one item, at the level the bracket says.
_OLD_NAME_BRACKET_RE = re.compile(r"[^()\n.;:,]{0,60}?\(\s*$")


def _old_names_in_brackets(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(found, key=lambda f: f.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.attrs.get("code") == m.attrs.get("code") == "GRADUAT"
                and _OLD_NAME_BRACKET_RE.fullmatch(text, prev.end, m.start) and text[m.end : m.end + 3].lstrip().startswith(")")):
            close = text.index(")", m.end) + 1
            out[-1] = prev.with_(end=close, attrs={**prev.attrs, "eqf_level": m.attrs.get("eqf_level"), "isced_level": m.attrs.get("isced_level")})
            continue
        out.append(m)
    return out


# Round 17: a level followed at once by the school that gives it ("Bac+5 école de commerce", "Bac+5 école d'ingénieur ou
# master"): one item at the level, as "école de commerce, niveau Bac+5" is.
def _level_then_school(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in sorted(found, key=lambda f: f.start):
        prev = out[-1] if out else None
        if (prev is not None and str(prev.attrs.get("code", "")).startswith("BAC+") and m.attrs.get("code") in _SCHOOLS
                and re.fullmatch(r"[ \t]+", text[prev.end : m.start])):
            out[-1] = prev.with_(end=m.end)
            continue
        out.append(m)
    return out


# Round 17: a wish that qualifies the diplomas just listed, after a comma ("6e professionnelle ou CESS, orientation technique
# un atout", "Bac pro, option maintenance appréciée", "Master 2 en droit, idéalement complété par un LLM"): the wish is the
# orientation's or the complement's, the diplomas before it stay required unless their own clause wishes them.
_ORIENTATION_WISH_RE = re.compile(
    r"(?:\s+[^.;,:\n()]{1,60}?)?\s*,\s*(?:(?:une|l')\s*)?(?:orientation|option|sp[ée]cialisation|sp[ée]cialit[ée]|fili[èe]re)\b[^.;,\n]{0,60}?"
    r"\b(?:(?:est\s+|serait\s+)?un\s+(?:atout|plus)|appr[ée]ci[ée]e?|souhait[ée]e?|bienvenue?)(?![\w])"
    # and the wish for a complement to the degree ("Master 2 en droit des affaires, idéalement complété par un LLM")
    r"|(?:\s+[^.;,:\n()]{1,60}?)?\s*,\s*(?:id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible)\s+(?:compl[ée]t[ée]|renforc[ée]|enrichi|doubl[ée]|assorti)(?:e|s|es)?\s+(?:par|d'|de|avec)\b",
    re.I,
)
_WISH_BEFORE_RE = re.compile(r"id[ée]al|pr[ée]f[ée]r|souhait|appr[ée]ci|atout|un\s+plus|si\s+possible|bienvenu", re.I)


def _orientation_wishes(found: list[Mention], text: str) -> list[Mention]:
    out = list(found)
    for wish in (w for f in found if (w := _ORIENTATION_WISH_RE.match(text, f.end))):
        clause_start = max(text.rfind(c, 0, wish.start()) for c in ".;:\n!?") + 1
        if _WISH_BEFORE_RE.search(text, clause_start, wish.start()):
            continue
        for i, m in enumerate(out):
            if clause_start <= m.start and m.end <= wish.start() and m.forced_strength is None:
                out[i] = m.with_(forced_strength="required")
    return out


# Round 17: the occupation's own acronym in brackets after its name ("Éducateur de jeunes enfants (EJE)" in a title): the
# initials of the words before it; the occupation, not a diploma (labelling guide, conventions for the fifth batch, rule 3).
# A diploma named before the bracket keeps its acronym (_drop_parenthesised_acronyms).
_SMALL_WORDS = frozenset({"de", "des", "du", "d", "la", "le", "les", "l", "en", "et", "à", "aux", "au"})


def _occupation_acronym(found: list[Mention], text: str, m: Mention) -> bool:
    acronym = text[m.start : m.end]
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
        return False
    if not (text[: m.start].rstrip().endswith("(") and text[m.end :].lstrip().startswith(")")):
        return False
    opening = text.rfind("(", 0, m.start)
    if any(f.end <= opening and f.end >= opening - 60 for f in found if f is not m):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text[max(0, opening - 60) : opening]) if w.lower() not in _SMALL_WORDS]
    initials = "".join(w[0] for w in words[-len(acronym) :]).upper()
    return len(words) >= len(acronym) and _fold_accents(initials) == _fold_accents(acronym)


def _fold_accents(s: str) -> str:
    return s.translate(str.maketrans("ÉÈÊËÀÂÎÏÔÛÙÇ", "EEEEAAIIOUUC"))


# Round 17: a colleague named by the diploma of the post ("en lien avec l'IDE", "sous la responsabilité de l'IDE", "en binôme
# avec les IBODE"): the people worked with, not a diploma asked.
_COLLEAGUE_BEFORE_RE = re.compile(
    r"(?:en\s+lien|en\s+collaboration|en\s+bin[ôo]me|sous\s+la\s+responsabilit[ée]|sous\s+l'autorit[ée]|aux\s+c[ôo]t[ée]s|en\s+appui|en\s+relation|en\s+soutien)"
    r"\s+(?:avec\s+|de\s+|d'|des\s+)?(?:l'|les\s+|la\s+|le\s+|des\s+|nos\s+|une?\s+)?$",
    re.I,
)


# Round 20: a care acronym with an article or a head count before it names people, not a diploma ("les transmissions avec
# l'IDE de nuit", "(2 IDE + 4 AS)", "les AES de l'équipe", "aux IDEC"): one says "le DE" or "un DEI" for the diploma.
_PEOPLE_ARTICLE_BEFORE_RE = re.compile(r"(?:(?<![\w])[lL]['’]|(?<![\w])(?:les|aux|des|nos|vos|ses|leurs|Les|Aux|Nos)\s+|(?<![\w.,])\d{1,3}\s+)$")


def _colleague(text: str, m: Mention) -> bool:
    if not str(m.attrs.get("code", "")).startswith("DE "):
        return False
    if _COLLEAGUE_BEFORE_RE.search(text, max(0, m.start - 60), m.start) is not None:
        return True
    words = text[m.start : m.end]
    return words.isupper() and words.isalpha() and _PEOPLE_ARTICLE_BEFORE_RE.search(text, max(0, m.start - 8), m.start) is not None


# Round 17: a title's level in brackets after its trade ("Titre d'assistant(e) dentaire (niveau 4) obligatoire", "titre
# professionnel de vendeur conseil (niveau 4)"): one item with that level.
_TRADE_THEN_LEVEL_RE = re.compile(r"[^()\n.;:]{0,50}?\(\s*(?:titre\s+)?(?:RNCP\s+)?(?:de\s+)?niveau\s+(?P<level>[3-8])\s*\)", re.I)


def _levels_in_brackets(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        if m.attrs.get("eqf_level") is None and m.attrs.get("code") in {"TITRE PRO", "DIPLOME METIER", "FORMATION", "DIPLOME"} and (
            lv := _TRADE_THEN_LEVEL_RE.match(text, m.end)
        ) and not any(f is not m and m.end <= f.start < lv.end() for f in found):
            level = int(lv.group("level"))
            m = m.with_(end=lv.end(), attrs={**m.attrs, "eqf_level": level, "isced_level": LEVEL_ISCED[level]})
        out.append(m)
    return out


# Round 17: the head word shared by the trades after it ("diplôme d'animateur socio-culturel, d'éducateur ou bachelier"): each
# trade after a comma is a diploma of its own, level from its profession.
_ELLIPTIC_TRADE_RE = re.compile(r"\s*,\s*(?P<item>(?:de\s+|d')(?P<trade>" + _TRADE_NOUN + r"))(?=\s*(?:,|\bou\b|\bet\b|\)|;|\.|$))", re.I)


def _elliptic_trades(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        if m.attrs.get("code") != "DIPLOME METIER" or not re.match(r"dipl[ôo]me", text[m.start : m.end], re.I):
            continue
        pos = m.end
        while (e := _ELLIPTIC_TRADE_RE.match(text, pos)) and not any(f.start < e.end() and e.start("trade") < f.end for f in found + out):
            trade = e.group("trade")
            level = 7 if _MASTER_PROFESSIONS_RE.match(trade) else 6 if _BACHELOR_PROFESSIONS_RE.match(trade) else None
            out.append(m.with_(start=e.start("item"), end=e.end("item"), attrs={"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None, "code": "DIPLOME METIER", "listed": True}))
            pos = e.end()
    return out


# Round 17: the professions that count as the equivalent of a degree, listed in its bracket ("diplôme de master ou équivalent
# (architecte, ingénieur architecte, urbaniste)"): each is an alternative at the degree's level. Only after "ou équivalent":
# a bracket right after the degree names its fields or examples (_listed_alternatives).
_EQUIVALENT_PROFESSIONS_RE = re.compile(r"\s+ou\s+(?:dipl[ôo]me\s+|titre\s+)?[ée]quivalents?\s*\(\s*", re.I)
_PROFESSION_ITEM_LOWER_RE = re.compile(r"(?!(?:en|dans|de|d'|des|du|avec|par|pour)\b)(?-i:[a-zà-ÿ])[\w'’-]+(?:\s+(?!ou\b|et\b)(?-i:[a-zà-ÿ])[\w'’-]+){0,2}")
_PROFESSION_SEP_RE = re.compile(r"\s*(?:,|/|\bou\b)\s*", re.I)
_PROFESSION_WORD_RE = re.compile(r"(?:iste|ecte|eur|eure|ien|ienne|ier|i[èe]re|ique|ogue|aire)s?$|^ing[ée]nieur", re.I)


def _equivalent_professions(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        level = m.attrs.get("eqf_level")
        if not level or level < 6 or not (opened := _EQUIVALENT_PROFESSIONS_RE.match(text, m.end)):
            continue
        items, pos = [], opened.end()
        while (item := _PROFESSION_ITEM_LOWER_RE.match(text, pos)):
            items.append(item)
            sep = _PROFESSION_SEP_RE.match(text, item.end())
            if not sep or sep.end() == item.end():
                break
            pos = sep.end()
        if not items or not re.match(r"\s*\)", text[items[-1].end() :]):
            continue
        if not all(_PROFESSION_WORD_RE.search(i.group(0).split()[0]) for i in items):
            continue
        for i in items:
            if not any(f.start < i.end() and i.start() < f.end for f in found + out):
                out.append(m.with_(start=i.start(), end=i.end(), attrs={"eqf_level": level, "isced_level": LEVEL_ISCED[level], "code": "PROFESSION", "listed": True}))
    return out


# Round 17: the old graduate named before the bachelor in the same slot ("Gradué / Bachelier comptable", "gradué(e) ou
# bachelier en comptabilité"): the graduat (5), an alternative.
_GRADUATE_BEFORE_BACHELOR_RE = re.compile(r"(?<![\w])(?P<g>gradu[ée](?:e|\(e\))?)\s*(?:/|\bou\b)\s*(?=bacheli)", re.I)
_GRADUATE_BEFORE_BACHELOR_SCAN = GatedPattern(_GRADUATE_BEFORE_BACHELOR_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def _graduates_before_bachelors(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for g in _GRADUATE_BEFORE_BACHELOR_SCAN.finditer(text):
        a, b = g.span("g")
        if not any(f.start < b and a < f.end for f in found):
            out.append(Mention("diploma", a, b, {"eqf_level": 5, "isced_level": 5, "code": "GRADUAT"}, family="diploma"))
    return out

# Round 17: a degree's name alone in brackets after a diploma of the same level and its fields ("ingénieur industriel en
# électromécanique, en électricité ou en construction (master)"): the level restated, one item.
_BARE_DEGREE_IN_BRACKET_RE = re.compile(r"(?:master|bachelier|bachelor|licence|doctorat)s?", re.I)


def _restated_degree_words(found: list[Mention], text: str) -> list[Mention]:
    ordered = sorted(found, key=lambda f: f.start)
    out: list[Mention] = []
    for m in ordered:
        prev = out[-1] if out else None
        bare = (_BARE_DEGREE_IN_BRACKET_RE.fullmatch(text, m.start, m.end) and text[: m.start].rstrip().endswith("(")
                and text[m.end :].lstrip().startswith(")"))
        if (bare and prev is not None and prev.attrs.get("eqf_level") == m.attrs.get("eqf_level")
                and not str(prev.attrs.get("code", "")).startswith(("BAC+", "NIVEAU"))  # a level's example: "bac+5 (master)"
                and re.fullmatch(r"[^.;:\n()]{0,100}\(\s*", text[prev.end : m.start])):
            continue
        out.append(m)
    return out


# Round 19: a title the ad names without asking it, by the reason rather than the wording —
# - refused ("Les éducateurs A2 ne seront pas retenus", "(AESI primaire ne s'applique pas ici)": not_needed.said_rejected);
# - the students a school trains ("formation des futurs AESI", "nos futures infirmières bachelières");
# - missing ("un master sans titre pédagogique", "avec ou sans BTS");
# - the trigger of a condition on another requirement ("le CAP est requis si vous êtes porteur d'un master");
# - an option listed after the diploma said not to matter ("peu importe ton diplôme, école d'ingé, fac ou autodidacte",
#   "quel que soit votre diplôme (BTS, licence…)");
# - a course's certificate ("l'attestation de la formation de directeur"), another kind;
# - the Belgian health professional's "titre professionnel" granted by the SPF ("agréé par le SPF Santé publique (titre
#   professionnel de diététicien)"), the agreement, a permit to practise (as the TPP convention reads it).
_FUTURE_BEFORE_RE = re.compile(r"(?<![\w])futur(?:e|\(e\))?s\s+(?:[^\W\d_]+\s+)?$", re.I)
_MISSING_BEFORE_RE = re.compile(r"(?<![\w])sans\s+(?:(?:le|la|les|un|une|de|d'|aucun|aucune)\s*)?$", re.I)
_CONDITION_OF_REQUIREMENT_BEFORE_RE = re.compile(
    r"(?:requis|exig[ée]|obligatoire|demand[ée]|n[ée]cessaire)\w*\s+(?:uniquement\s+|seulement\s+)?si\s+(?:vous|tu)\s+[^.;!?\n]{0,40}$", re.I
)
_INDIFFERENCE_RE = re.compile(r"peu\s+importe|qu'importe|quel(?:le)?s?\s+que\s+soi|avec\s+ou\s+sans|importance|importe", re.I)
# Round 20: the indifference then the diplomas it welcomes, after a colon or in brackets ("Avec ou sans diplôme : DEAES, ADVF,
# BEP ASSP… ou aucune qualification", "peu importe le diplôme (CAP, BEP, Bac pro…)"): each named diploma an optional item
# (gold rfr); after a comma ("peu importe ton diplôme, école d'ingé, fac ou autodidacte") they are no items.
_EXAMPLES_OPEN_RE = re.compile(r"\s*[:(]")
_KEPT_BETWEEN_RE = re.compile(r"[.;!?\n]|\b(?:mais|but|toutefois|cependant)\b|appr[ée]ci|souhait|plus\b|atout|id[ée]al|pr[ée]f[ée]r", re.I)
_COURSE_CERTIFICATE_BEFORE_RE = re.compile(r"(?:certificat|attestation)s?\s+(?:de\s+(?:la\s+|fin\s+de\s+)?|d'une?\s+|du\s+)$", re.I)
_AGREEMENT_AROUND_RE = re.compile(r"\bSPF\b|\bINAMI\b")  # not a French "agrément préfectoral"


# Round 21: a named title said not needed before it ("pas besoin de CAP ni de BEP", "nul besoin d'un BTS", "pas besoin
# d'avoir le bac", "pas besoin d'être titulaire du CAP") is the guide's "no diploma", optional and of no level: one item
# from the cue to the last title it denies ("ni de …", "ou …").
_NO_NEED_OF_BEFORE_RE = re.compile(
    r"(?<![\w])(?:pas|nul|aucun)\s+besoin\s+(?:d['’](?:avoir|[êe]tre\s+titulaire)\s+)?(?:de\s+|d['’]|du\s+|d['’]un\s+|d['’]une\s+|le\s+|la\s+|l['’]|un\s+|une\s+)?$",
    re.I,
)
_NOR_BETWEEN_RE = re.compile(r"\s*(?:,|\bni\b|\bou\b|/)\s*(?:de\s+|d['’]|du\s+|d['’]un\s+|d['’]une\s+|un\s+|une\s+|le\s+|la\s+)?", re.I)


def _no_need_of_named(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.attrs.get("waived_title") and prev.end <= m.start
                and _NOR_BETWEEN_RE.fullmatch(text, prev.end, m.start)):
            out[-1] = prev.with_(end=m.end)
            continue
        cue = _NO_NEED_OF_BEFORE_RE.search(text, max(0, m.start - 40), m.start) if m.attrs.get("code") != "SANS DIPLOME" else None
        if cue is None:
            out.append(m)
            continue
        out.append(Mention("diploma", cue.start(), m.end, {"eqf_level": None, "isced_level": None, "code": "SANS DIPLOME",
                                                           "waived_title": True}, forced_strength="optional", family="diploma"))
    return out


def _named_not_asked(found: list[Mention], text: str) -> list[Mention]:
    found = _one_waiver_a_clause(_no_need_of_named(found, text), text)
    indifferent = [f for f in found if f.attrs.get("code") == "SANS DIPLOME" and _INDIFFERENCE_RE.search(text, f.start, f.end)]
    out: list[Mention] = []
    for m in found:
        if m.attrs.get("code") == "SANS DIPLOME":
            out.append(m)
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        before = text[max(line_start, m.start - 80) : m.start]
        words = text[m.start : m.end]
        if (
            said_rejected(text, m.end)
            or _FUTURE_BEFORE_RE.search(before[-40:])
            or _MISSING_BEFORE_RE.search(before[-20:])
            or _CONDITION_OF_REQUIREMENT_BEFORE_RE.search(before)
            or any(f.end <= m.start and m.start - f.end <= 80 and not _KEPT_BETWEEN_RE.search(text, f.end, m.start)
                   and not _EXAMPLES_OPEN_RE.match(text, f.end) for f in indifferent)
            or (re.match(r"formations?\b", words, re.I) and _COURSE_CERTIFICATE_BEFORE_RE.search(before[-30:]))
            or (m.attrs.get("code") == "TITRE PRO" and re.match(r"titres?\s+professionnels?\s+d", words, re.I)
                and _AGREEMENT_AROUND_RE.search(text, max(line_start, m.start - 80), m.end + 40))
        ):
            continue
        if any(f.end <= m.start and m.start - f.end <= 160 and _EXAMPLES_OPEN_RE.match(text, f.end)
               and not re.search(r"[.;!?\n]", text[f.end : m.start]) for f in indifferent):
            out.append(m.with_(forced_strength="optional"))  # Round 20: "Avec ou sans diplôme : DEAES, ADVF…"
            continue
        out.append(_waived_strength(text, m, found))
    return out


# Round 19: a named title said not needed ("Le CESS n'est pas demandé", "CAP non exigé") is the guide's optional diploma;
# after "no diploma needed" in the same sentence, a title said to be enough ("Aucun diplôme préalable demandé, le Brevet des
# collèges est suffisant", "pas de diplôme requis : le CEB suffit") is the most the ad accepts, optional too.
_ENOUGH_AFTER_RE = re.compile(r"\s+(?:est|sont|sera|seront|serait)\s+(?:largement\s+|amplement\s+)?suffisante?s?|\s+suffi(?:t|sent|ra|ront|rait)\b", re.I)


def _waived_strength(text: str, m: Mention, found: list[Mention]) -> Mention:
    if said_not_needed(text, m.end):
        return m.with_(forced_strength="optional")
    if _ENOUGH_AFTER_RE.match(text, m.end):
        sentence_start = max(text.rfind(c, 0, m.start) for c in ".!?\n") + 1
        if any(f.attrs.get("code") == "SANS DIPLOME" and sentence_start <= f.start < m.start for f in found):
            return m.with_(forced_strength="optional")
    return m


# Round 19: an acronym in brackets restating the diploma just before it past its cue word ("Diplôme d'État d'aide-soignant
# obligatoire (DEAS)", "Diplôme d'État d'infirmier exigé (DEI)"): one item; only the same diploma (same code).
_CUE_THEN_BRACKET_RE = re.compile(r"\s+(?:obligatoire|exig[ée]e?|requise?|indispensable|souhait[ée]e?|appr[ée]ci[ée]e?|imp[ée]ratif)s?\s*\(\s*$", re.I)


def _restated_past_cue(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.attrs.get("code") == m.attrs.get("code")
            and _CUE_THEN_BRACKET_RE.fullmatch(text, prev.end, m.start)
            and re.match(r"\s*\)", text[m.end :])
        ):
            continue
        out.append(m)
    return out


# Rounds 12 and 21: the second branch of a Belgian engineer's title, elided after "ou" or "/" ("Ingénieur industriel ou
# civil", "ingénieur civil ou industriel en électromécanique", "Ingénieur·e industriel·le ou civil·e", "ingénieur(e)
# industriel(le) / civil(e)"): its own item at the first branch's level (golds z, ppub, pmix). Only right after an
# engineer's title already read: "un environnement industriel ou civil" names no degree.
_ENGINEER_TITLE_END_RE = re.compile(r"ing[ée]nieur\S*\s+(?:civil|industriel)\S*$", re.I)
_SECOND_BRANCH_RE = re.compile(
    r"\s*(?:ou|/)\s*(?P<branch>(?:civil|industriel)(?:·le|\.le|\(le\)|le|·e|\.e|\(e\)|e)?s?)(?![\w·])", re.I
)


def _engineer_second_branch(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        if m.kind != "diploma" or not _ENGINEER_TITLE_END_RE.search(text, m.start, m.end):
            continue
        after = _SECOND_BRANCH_RE.match(text, m.end)
        if after is None:
            continue
        a, b = after.span("branch")
        if not any(f.start < b and a < f.end for f in found + out):
            level = m.attrs.get("eqf_level") or 7
            out.append(Mention("diploma", a, b, {"eqf_level": level, "isced_level": level, "code": "INGENIEUR"}, family="diploma"))
    return out


def _second_pass(found: list[Mention], text: str) -> list[Mention]:
    """Rounds 17 and 18, after the first reading: drop what is not asked of the candidate, add the titles, engineers,
    routes and list members the first reading leaves out, correct levels, and grade strength from the wordings
    around the diplomas. Each step sorts by position because the next one reads neighbours."""
    found = _restated_past_cue(_named_not_asked(_drop_not_asked(found, text), text), text)
    found = sorted(found + _provider_and_competence_titles(found, text), key=lambda m: m.start)
    found = sorted(found + _engineer_beside_degree(found, text), key=lambda m: m.start)
    found = sorted(found + _engineer_second_branch(found, text), key=lambda m: m.start)
    found = _named_schools(found, text)
    found = sorted(_level_corrections(_trade_training_routes(found, text), text), key=lambda m: m.start)
    found = _old_names_in_brackets(found + _split_more_items(found, text), text)
    found = sorted(_levels_in_brackets(found, text) + _elliptic_trades(found, text), key=lambda m: m.start)
    found = sorted(found + _equivalent_professions(found, text) + _graduates_before_bachelors(found, text), key=lambda m: m.start)
    found = _restated_degree_words(found, text)
    return _orientation_wishes(_strength_wordings(_level_then_school(found, text), text), text)


# Round 19: a bracket that only restates the Belgian secondary years or their certificates ("diplôme de mécanicien (6e/7e
# professionnelle)", "6e/7e professionnelle ou technique en électricité (CQ6/CQ7)", "Formation en cuisine de collectivité
# (niveau CQ6 minimum)", "formation en mécanique (CQ6 ou plus)") names the level of the diploma before it, not another
# diploma: ONE item running over the bracket, at the lowest level written (labelling guide, "A level restated in brackets
# is one item", a range takes its minimum). Only bare codes: a bracket naming a branch or another route ("(CQ6 / 7e
# professionnelle restauration)", "(CQ6, IFAPME ou promotion sociale)", "(CQ6 ou équivalent)") lists alternatives.
_YEAR_CODE = r"(?:(?-i:CQ\s?[67]|[67]P|[67]\s?TQ)|[67]\s?(?:e|è|[èe]me)(?:\s+ann[ée]e)?(?:\s+(?:professionnelle|technique|de\s+qualification|(?-i:TQ|P)))?)(?![\w])"
_YEAR_CODES_BRACKET_RE = re.compile(
    r"\s*\(\s*(?:niveau\s+)?" + _YEAR_CODE + r"(?:\s*(?:/|,|\bou\b)\s*" + _YEAR_CODE + r")*"
    r"(?:\s+(?:minimum|min\.|au\s+moins|ou\s+plus|ou\s+sup[ée]rieur))?\s*\)",
    re.I,
)
_YEAR_LEVEL_RE = re.compile(r"(?<![\w])(?:CQ\s?)?([67])(?:\s?(?:e|è|[èe]me)(?:\s+ann[ée]e)?)?(\s*(?-i:TQ)|\s+technique|\s+de\s+qualification)?", re.I)
_HEAD_GAP_RE = re.compile(r"[^,;:.()\n]{0,60}")


def _level_code_brackets(found: list[Mention], text: str) -> list[Mention]:
    if "(" not in text:
        return found
    out = sorted(found, key=lambda m: m.start)
    i = 0
    while i < len(out):
        head = out[i]
        gap = _HEAD_GAP_RE.match(text, head.end)
        gap_end = gap.end() if gap else head.end  # (the gap may be empty: it always matches)
        b = _YEAR_CODES_BRACKET_RE.match(text, gap_end)
        if b is None or any(head.end <= f.start < gap_end for f in out):
            i += 1
            continue
        # the years slashed before the bracket are the same range ("6e/7e professionnelle … (CQ6/CQ7)")
        first = i
        while first > 0 and str(out[first - 1].attrs.get("code", "")).startswith("CQ") and re.fullmatch(r"\s*/\s*", text[out[first - 1].end : out[first].start]):
            first -= 1
        start = out[first].start
        # the 6th professional year gives the CQ6 (3); the 6th technical year and the 7th give the CESS or CQ7 (4)
        levels = [3 if y.group(1) == "6" and not y.group(2) else 4 for y in _YEAR_LEVEL_RE.finditer(text, b.start(), b.end())]
        levels += [int(f.attrs["eqf_level"]) for f in out[first : i + 1] if str(f.attrs.get("code", "")).startswith("CQ") and f.attrs.get("eqf_level")]
        own = out[first].attrs.get("eqf_level")
        # a head with its own level (CESS, a named certificate) keeps it: the bracket only says which year gives it
        level = int(own) if own is not None and not str(out[first].attrs.get("code", "")).startswith("CQ") else min(levels)
        merged = out[first].with_(end=b.end(), attrs={**out[first].attrs, "eqf_level": level, "isced_level": LEVEL_ISCED[level]})
        out = [f for f in out[:first] if f.end <= start] + [merged] + [f for f in out[first:] if f.start >= b.end()]
        i = first + 1
    return out


# Round 19: the route by which a named diploma was obtained ("Diplôme d'aide-soignant(e) obtenu en promotion sociale ou en
# 7e professionnelle", "certificat obtenu via l'IFAPME ou en 7P") says where it was earned, not a second diploma (gold tbe).
_OBTAINED_ROUTE_BEFORE_RE = re.compile(r"\bobtenu(?:e|\(e\))?s?\s+(?:en|via|par|à|dans)\b[^.;:\n()]{0,50}?(?:\bou\b|/|,)\s*(?:en\s+|via\s+|par\s+|dans\s+)?(?:une?\s+|la\s+|l')?$", re.I)
_YEAR_CODE_START_RE = re.compile(r"(?-i:CQ\s?[67]|[67]P)|[67]\s?(?:e|è|[èe]me)\s", re.I)
# the safety and hygiene courses ("Certificat HACCP / formation en hygiène alimentaire", "formation en premiers secours",
# "formation sécurité"): certificates of a course, read by certification.py, never a diploma item in the golds
_SAFETY_COURSE_RE = re.compile(
    r"(?:une\s+|la\s+)?formations?\s+(?:en\s+|à\s+l'|à\s+la\s+|aux\s+|de\s+)?(?:hygi[èe]ne|s[ée]curit[ée]|secourisme|premiers\s+secours|(?-i:HACCP)|gestes\s+et\s+postures)(?![\w])",
    re.I,
)


def _drop_routes_and_safety_courses(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    for m in found:
        code = str(m.attrs.get("code", ""))
        if code.startswith("CQ") and _YEAR_CODE_START_RE.match(text, m.start) and _OBTAINED_ROUTE_BEFORE_RE.search(text, max(0, m.start - 70), m.start):
            continue
        if code == "FORMATION" and _SAFETY_COURSE_RE.match(text, m.start):
            continue
        if code == "FORMATION RECONNUE" and _inside_bracket(text, m.start):
            continue  # "certificat d'aide familial(e) (… ou formation agréée par l'AViQ)": where the certificate is obtained
        out.append(m)
    return out


# Round 19: the diploma that opens a public level, followed by the degrees that give that level ("un diplôme donnant accès à
# un emploi de niveau A (master ou licence)", "… aux emplois de niveau A (master)"): one item, the bracket inside it (golds
# vpub, tpub, like "niveau A1 - master").
_BRACKET_AFTER_RE = re.compile(r"\s*\([^()\n]{1,80}\)")


def _public_level_brackets(found: list[Mention], text: str) -> list[Mention]:
    heads = [m for m in found if str(m.attrs.get("code", "")).startswith("NIVEAU PUBLIC") and _BRACKET_AFTER_RE.match(text, m.end)]
    if not heads:
        return found
    out = list(found)
    for h in heads:
        b = _BRACKET_AFTER_RE.match(text, h.end)
        assert b is not None
        out = [m for m in out if m is not h and not (b.start() <= m.start and m.end <= b.end())] + [h.with_(end=b.end())]
    return sorted(out, key=lambda m: m.start)


def _inside_bracket(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    opening = text.rfind("(", line_start, pos)
    return opening >= 0 and text.rfind(")", opening, pos) < 0


# Round 19: the Belgian routes named after the candidate's participle, with their articles ("formé(e) via l'IFAPME, le CEFA
# ou l'enseignement de plein exercice", "issu(e) de l'IFAPME ou d'une école hôtelière", "Diplômé(e) d'une école hôtelière
# (Bachelor, Master …)"): each route is a diploma item (the apprenticeship 3, the others no level), alternatives of one
# another. Not a training to come ("vous serez formé(e) par l'IFAPME"), nor other people's ("nos apprentis formés au CEFA").
_ROUTE_ITEM = (r"(?P<r>(?-i:IFAPME|CEFA|EFP|SFPME)|enseignement\s+de\s+plein\s+exercice|enseignement\s+de\s+promotion\s+sociale"
               r"|promotion\s+sociale|enseignement\s+en\s+alternance|[ée]cole\s+h[ôo]teli[èe]re)")
_ROUTE_ARTICLE = r"(?:de\s+l'|de\s+la\s+|du\s+|d'une\s+|d'un\s+|l'|le\s+|la\s+|une\s+|en\s+|via\s+|par\s+|à\s+l'|au\s+)?"
_PARTICIPLE_ROUTES_RE = re.compile(
    r"(?<![\w])(?:form[ée]|issu|dipl[ôo]m[ée])(?:e|\(e\)|·e)?s?\s+(?:via\s+|par\s+|à\s+|en\s+|dans\s+|de\s+|d'|du\s+)?"
    r"(?:l'|la\s+|le\s+|une\s+|un\s+)?(?=(?-i:IFAPME|CEFA|EFP|SFPME)|enseignement\s+de\s+p|enseignement\s+en\s+a|promotion\s+sociale|[ée]cole\s+h[ôo]teli)",
    re.I,
)
_PARTICIPLE_ROUTES_SCAN = GatedPattern(_PARTICIPLE_ROUTES_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_NEXT_ROUTE_RE = re.compile(r"\s*(?:,|/|\bou\b)\s*" + _ROUTE_ARTICLE + r"(?=(?-i:IFAPME|CEFA|EFP|SFPME)|enseignement\s|promotion\s+sociale|[ée]cole\s+h[ôo]teli)", re.I)
# "les jeunes diplômés d'école hôtelière sont les bienvenus": newcomers welcomed, an experience item (gold xlong)
_WELCOME_IN_CLAUSE_RE = re.compile(r"[^.;\n]{0,80}?\b(?:bienvenu|accept[ée]|encourag)", re.I)
_ONE_ROUTE_RE = re.compile(_ROUTE_ITEM + r"(?![\w])", re.I)
_NOT_CANDIDATE_BEFORE_RE = re.compile(r"(?:serez|sera|seront|serai[st]?|allez\s+[êe]tre|apprentis?|stagiaires?|[ée]l[èe]ves?|jeunes|nos\s+\w+|dipl[ôo]m[ée]s)\s+$", re.I)


def _routes_after_participle(found: list[Mention], text: str) -> list[Mention]:
    out: list[Mention] = []
    if not re.search(r"IFAPME|CEFA|EFP|SFPME|exercice|promotion|h[ôo]teli|alternance", text):
        return out
    for p in _PARTICIPLE_ROUTES_SCAN.finditer(text):
        if _NOT_CANDIDATE_BEFORE_RE.search(text, max(0, p.start() - 25), p.start()) or _WELCOME_IN_CLAUSE_RE.match(text, p.end()):
            continue
        pos = p.end()
        while (r := _ONE_ROUTE_RE.match(text, pos)) is not None:
            a, b = r.span()
            if not any(f.start < b and a < f.end for f in found + out):
                level = 3 if re.fullmatch(r"IFAPME|CEFA|EFP|SFPME", r.group(0)) else None
                out.append(Mention("diploma", a, b, {"eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None,
                                                     "code": "APPRENTISSAGE", "listed": True}, family="diploma"))
            nxt = _NEXT_ROUTE_RE.match(text, b)
            if nxt is None:
                break
            pos = nxt.end()
    return out


# Round 19: a trade's training followed by the kind of certificate that closes it ("Formation de secrétaire médicale (titre
# professionnel ou certificat AFPA, Pigier…) exigée", "formation initiale de contrôleur technique (titre professionnel)"): one
# item running over the bracket, at the training's level or else the title's (golds tmix, ufr, vfr, zfr). The same bracket
# after a training the employer pays or gives ("Nous finançons votre formation (titre professionnel Conducteur …)") is no
# diploma asked (gold tfr).
_CERTIFICATE_BRACKET_RE = re.compile(r"\s*\(\s*(?:le\s+|un\s+)?(?:titre\s+pro(?:fessionnel)?|certificat|dipl[ôo]me)(?![\w])[^()\n]{0,80}\)", re.I)
_TRAINING_GIVEN_BRACKET_RE = re.compile(r"(?:finan[cç]|propos|offr|assur|pr[ée]par|pren\w*\s+en\s+charge)\w*\s+(?:votre|une|la|cette)\s+formation\s*\(\s*$", re.I)


def _training_certificate_brackets(found: list[Mention], text: str) -> list[Mention]:
    if "(" not in text:
        return found
    out = sorted(found, key=lambda m: m.start)
    for m in list(out):
        if str(m.attrs.get("code", "")) == "TITRE PRO" and _TRAINING_GIVEN_BRACKET_RE.search(text, max(0, m.start - 60), m.start):
            out.remove(m)
    for head in [m for m in out if m.attrs.get("code") == "FORMATION"]:
        b = _CERTIFICATE_BRACKET_RE.match(text, head.end)
        if b is None or head not in out:
            continue
        inner = [f for f in out if b.start() <= f.start and f.end <= b.end()]
        if sum(f.attrs.get("eqf_level") is not None for f in inner) >= 2:
            continue  # distinct levelled diplomas ("(titre pro gestionnaire de paie, licence pro RH ou DUT GEA)"): alternatives
        level = head.attrs.get("eqf_level")
        if level is None:
            level = min((int(f.attrs["eqf_level"]) for f in inner if f.attrs.get("eqf_level") is not None), default=None)
        merged = head.with_(end=b.end(), attrs={**head.attrs, "eqf_level": level, "isced_level": LEVEL_ISCED[level] if level else None})
        out = [f for f in out if f is not head and f not in inner] + [merged]
    return sorted(out, key=lambda m: m.start)
