"""Certifications: CACES R4xx with categories, SST, habilitations électriques, HACCP, FIMO/FCO, carte conducteur,
VCA, BAFA/BAFD, AIPR, CQP, SSIAP, ADR, carte professionnelle, Certiphyto.

`code` is normalised ("CACES R489 3", "HABILITATION ELECTRIQUE B1V BR", "SST") so that the audit and the
evaluator compare like with like.

Codes (round 15, one rule): the guide's short code when the certificate has one (`VCA` for the basic level "VCA de
base / Basis", `BA4`, `code 95`, `FSMA`, `ITAA`); a certificate named in words and followed by its own acronym in
brackets takes that acronym ("brevet supérieur de sauvetage aquatique (BSSA)" → `BSSA`, "brevet européen de premiers
secours (BEPS)" → `BEPS`, "certification airco (F-gas)" → `F-gas`), unless the name already carries an acronym or
the bracket names the issuing body (ADEPS, ONE, AViQ, SPF…) — see `_codes_from_own_acronyms`. Permits to practise are
read as a frame (registration, approval or immatriculation + the register's authority): "inscription à l'Ordre des
<profession>", the register's acronym (ITAA, IPI, RPPS), "agrément SPF Santé publique" for the Belgian health
professions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from audits.extract.fastscan import GatedPattern, MultiPattern, fold
from audits.extract.mention import Mention
from audits.extract.not_needed import WISH_RE, said_not_needed
from audits.extract.recognizers.driver_cap import driver_caps
from audits.extract.recognizers.foreign import clause_strength, foreign_segments
from audits.extract.training import ASKING_CUES, held_by_others_or_given, not_held_question, offered_on_line

_CACES_CAT = r"(?:\d{1,2}[AB]?|(?-i:[A-G])\d?(?!['’]))"  # upper-case letters: "CACES R489 1, c'est un plus"
# Round 12: a start glued to the previous word where markup was stripped ("…chantier VRDCACES R482", "obligatoiresAIPR"):
# a capital right after a lower-case letter.
_GLUED = r"(?:(?<![\w])|(?<=(?-i:[a-zà-ÿ]))(?=(?-i:[A-Z])))"
# Round 12: the machine named after CACES ("Caces chariot", "CACES nacelle R486"), the category word repeated in the
# list ("catégorie 1, catégorie 3 et catégorie 5", "cat. 1 et cat. 3") and categories joined by spaces ("CACES 1 3 5").
_CACES_MACHINE = r"(?:ponts?\s+roulants?|chariots?(?:\s+[ée]l[ée]vateurs?)?|nacelles?|PEMP|grues?(?:\s+auxiliaires?|\s+mobiles?)?|engins?(?:\s+de\s+chantier)?|gerbeurs?)"
_CACES_CAT_WORD = r"(?:cat(?:[ée]gorie)?s?\.?|cat[ée]gories?)"
_CACES_RE = re.compile(
    _GLUED + r"(?:CACES(?:\s*®)?(?:\s+(?P<machine>" + _CACES_MACHINE + r"))?(?:\s*(?P<rb>\(\s*)?R\.?\s*(?P<r1>4\d\d)(?(rb)(?:\s*\)|(?=\s*[-:]?\s*cat))))?|R\.?\s?(?P<r2>48[2-9]|490)(?=\s|$|[,.;)]))"
    rf"(?:\s*[-:]?\s*{_CACES_CAT_WORD}?\s*(?P<cats>{_CACES_CAT}(?![\w])(?!\s*(?:ans?|mois|%|h|€))"
    rf"(?:(?:\s*(?:,|/|et|ou|-|&)\s*(?:{_CACES_CAT_WORD}\s*)?|[ \t]+(?=\d)){_CACES_CAT}(?![\w])(?!\s*(?:ans?|mois|%|h|€)))*))?",
    re.I,
)
_CACES_MORE_CATS_RE = re.compile(
    r"[ \t]*(?:(?:obligatoires?|exig[ée]e?s?|requise?s?|indispensables?|souhait[ée]e?s?)[ \t]*)?\([ \t]*(?:et[ \t]+|ou[ \t]+)?(?:les[ \t]+)?" + _CACES_CAT_WORD + r"[ \t]*"
    rf"(?P<cats>{_CACES_CAT}(?![\w])(?:[ \t]*(?:,|/|et|ou|&)[ \t]*{_CACES_CAT}(?![\w]))*)(?![ \t]*(?:ans?|mois|%|h|€))",
    re.I,
)
_CACES_MACHINE_AFTER_RE = re.compile(r"[ \t]+" + _CACES_MACHINE + r"(?![\w])", re.I)
_CACES_MACHINE_R = {"pont": "484", "chariot": "489", "nacelle": "486", "pemp": "486", "grue": "490", "engin": "482", "gerbeur": "485"}
# Round 12: the electric-vehicle levels too (B0L, B1L, B2L, BCL, B1XL, B2XL).
_ELEC_CODE = r"(?:H0\s?-?\s?B0(?:V)?|B[12]XL|B[012R]VL|B[012]L|BCL|BRL|B0V?|H0V?|B1V?|B2V?|BR|BC|BE|BS|BF|BN|H1V?|H2V?|HC|HE|BP)"
_ELEC_RE = re.compile(
    _GLUED + r"(?:habilitations?\s+(?:[ée]lectriques?\s*)?(?=(?:[ée]lectriques?|" + _ELEC_CODE + r"))|habilitations?(?=\s+(?:pour\s+|sur\s+)?(?:les\s+)?v[ée]hicules?\s+(?:[ée]lectriques?|hybrides?))|habilit[ée](?:e|\(e\)|-e)?\s+(?:aux\s+travaux\s+[ée]lectriques|[ée]lectrique(?:ment)?)|habilit[ée](?:e|\(e\)|-e)?(?=\s+" + _ELEC_CODE + r"(?![\w])))"
    # Round 14: the vehicles the levels are for, before them ("Habilitation électrique véhicules électriques (B1VL / BCL)").
    r"(?:[ée]lectriques?)?(?:\s+(?:pour\s+|sur\s+)?(?:les\s+)?v[ée]hicules?\s+(?:[ée]lectriques?|hybrides?)(?:\s+(?:et|ou)\s+hybrides?)?)?(?:\s+(?:requises?|exig[ée]es?|obligatoires?|souhait[ée]es?|valides?|[àa]\s+jour))?(?P<codes>(?:\s*(?:,|/|-|et|ou|:|\()?\s*" + _ELEC_CODE + r"(?![\w]))*)",
    re.I,
)
_ELEC_CODE_RE = re.compile(r"(?<![\w])" + _ELEC_CODE + r"(?![\w])", re.I)
# Round 14: more levels further in the sentence after a pause ("H1V et B1V à minima, idéalement H2V et B2V", "BR, BP
# (photovoltaïque) et B2V"): a level with a digit, a V/L suffix or BR/BC/BP/HC, close to the previous one; not a licence.
_ELEC_MORE_RE = re.compile(r"(?:(?!permis)[^.\n;]){0,40}?(?<![\w])(?<!permis )(H[012]V?|B[012](?:V|XL|VL|L)?|BR|BC|BP|HC|BRL|BCL)(?![\w])(?!\s*\(?\s*(?:ans?|mois)\b)")


def _adr_code(m: re.Match[str]) -> str:
    """The dangerous-goods certificate, whatever specialisation follows ("ADR citerne", "ADR base + citerne")."""
    # The written golds code the specialisation ("ADR citerne", "ADR classe 1"), the older tests (generalisation7) the
    # certificate alone: kept "ADR" until the conventions are reconciled.
    return "ADR"


def _weld_code(m: re.Match[str]) -> str:
    """A welder's qualification named by its noun is "QUALIFICATION SOUDEUR" (the round-12 tests); the standard alone
    ("Qualifications EN ISO 9606-1 en 135/141", a title's "EN ISO 9606") is coded as written."""
    std = re.search(r"(?:EN\s+)?ISO\s+9606(?:-\d)?", m.group(0))
    if std is not None and re.search(r"\(\s*(?:NF\s+)?" + re.escape(std.group(0)), m.group(0)):
        return " ".join(std.group(0).split())  # round 16: the standard in brackets names it (the round-15 code rule)
    if std is None or re.match(r"(?:certific|qualific|brevet|licence|agr)\w*\s+(?:de\s+)?(?:soud)", m.group(0), re.I):
        return "QUALIFICATION SOUDEUR"
    return " ".join(std.group(0).split())


def _nuclear_code(m: re.Match[str]) -> str:
    if m.group(0).lower().startswith("habilitation"):
        return "HABILITATION NUCLEAIRE"  # "habilitation nucléaire RP1", "Habilitation PR1 CC" (the round-13 tests)
    level = re.search(r"RP\s?[12]|PR\s?[12](?:\s+C[CR])?|CSQ", m.group(0))
    return " ".join(level.group(0).replace("RP ", "RP").replace("PR ", "PR").split()) if level else "HABILITATION NUCLEAIRE"


def _lifeguard_code(m: re.Match[str]) -> str:
    """Round 15: the lifeguard's brevet by its own acronym when the ad gives it (see _OWN_ACRONYM_RE)."""
    acronym = re.search(r"(?-i:BSSA|BBSA|BSA)", m.group(0))
    return acronym.group(0) if acronym else "BREVET DE SAUVETAGE"


def _registration_code(m: re.Match[str]) -> str:
    """Round 15: the SPF registration is coded by what the ad calls it: "visa" when the bracket says so, the nursing
    assistant's registration when that is the job (the written golds), the registration otherwise."""
    if re.search(r"\(\s*visa\s*\)", m.group(0), re.I):
        return "VISA"
    if re.search(r"aide-soignant", m.string[max(0, m.start() - 250) : m.end()], re.I):
        return "enregistrement aide-soignant"
    return "ENREGISTREMENT SPF SANTE"


_REGISTRATION_WORD = r"(?:enregistr(?:ement|[ée](?:e|\(e\)|·e)?s?)|inscri(?:ption|te?s?|t\(e\)|t·e))"


def _registered_body_code(m: re.Match[str]) -> str:
    """Round 19: a registration is coded by its body ("enregistrement AViQ"), the nursing assistant's by the cadastre."""
    span = m.group(0)
    if re.search(r"cadastre|aide-soignant", span, re.I):
        return "enregistrement aide-soignant"
    body = m.groupdict().get("body")
    if body and body.upper() == "SPF":
        return "enregistrement SPF Santé" if not re.search(r"Int[ée]rieur", span, re.I) else "enregistrement SPF Intérieur"
    return "enregistrement " + (body or "")


def _tpp_code(m: re.Match[str]) -> str:
    """Round 18: the nurse's particular professional title by its acronym or the first part of its field."""
    if m.group("bare"):
        return "TPP " + m.group("bare")
    if m.group("acr"):
        return "TPP " + m.group("acr")
    field = re.split(r"\s+(?:et|,)\s+", m.group("field"))[0]
    return "TPP SIAMU" if re.match(r"soins\s+intensifs", field, re.I) else "TPP " + " ".join(field.split()).lower()


def _belt_code(m: re.Match[str]) -> str:
    return " ".join(m.group(0).split())


def _first_aid_code(m: re.Match[str]) -> str:
    return "premiers secours" + (" pédiatriques" if "diatri" in m.group(0) else " aux jeunes enfants" if "enfant" in m.group(0) else "")


def _shared_head_first_aid(m: re.Match[str]) -> str:
    return _first_aid_code(m)


# (round 21: the public the first aid serves: "pédiatriques", "aux (jeunes) enfants", "en milieu d'accueil")
_ORDER_ACRONYMS = {"ONI": "infirmiers", "CNOM": "médecins", "CNOP": "pharmaciens", "CNOSF": "sages-femmes", "ONSF": "sages-femmes",
                   "CNOMK": "masseurs-kinésithérapeutes", "CNOCD": "chirurgiens-dentistes", "CNOPP": "pédicures-podologues"}
_FIRST_AID_PUBLIC = r"(?:\s+(?:p[ée]diatriques|aux\s+(?:jeunes\s+)?(?:enfants|b[ée]b[ée]s|nourrissons)|en\s+milieu\s+(?:d['’]\s*accueil|scolaire)))?"
_HEAD_BEFORE_ON_LINE_RE = re.compile(r"(?:brevet|attestation|formation|certificat|dipl[ôo]me)[^\n.;]{0,60}$", re.I)


def _prevention_level(m: re.Match[str]) -> str:
    return "CONSEILLER EN PREVENTION NIVEAU " + {"I": "1", "II": "2", "III": "3"}.get(m.group(1).upper(), m.group(1))


def _prevention_level_alt(m: re.Match[str]) -> str:
    """Round 18: the other level after "ou" ("conseiller en prévention niveau 2 ou niveau 1"), one more item."""
    level = next(g for g in m.groups() if g)
    return "CONSEILLER EN PREVENTION NIVEAU " + {"I": "1", "II": "2", "III": "3"}.get(level.upper(), level)


def _auditor_code(m: re.Match[str]) -> str:
    """Round 18: the process auditor's certificate by its standard ("certification auditeur VDA 6.3")."""
    std = re.search(r"VDA\s*6\.\d|IATF\s*16949|ISO\s*\d{4,5}(?:-\d)?", m.group(0))
    return "certification auditeur " + " ".join(std.group(0).split()) if std else "certification auditeur"


def _height_listed(m: re.Match[str]) -> str:
    return "TRAVAIL EN HAUTEUR"


def _approval_code(words: str) -> str:
    body = re.search(r"ITAA|IPCF|IPI|IRE|IBR", words)
    if body:
        return body.group(0)
    field = re.search(r"en\s+(m[ée]decine(?:\s+(?:du\s+travail|g[ée]n[ée]rale|[^\s,;.]+))?)", words, re.I)
    return f"AGREMENT {field.group(1).upper()}" if field else "AGREMENT"


def _phyto_code(m: re.Match[str]) -> str:
    return "PHYTOLICENCE"  # (the code keeps the family's name, round 12; its level is in the span)


def _phyto_level(m: re.Match[str]) -> bool:
    return bool(re.search(r"(?<![\w])(?:P[1-3]|NP|P1s)$", m.group(0)))


# Round 17: another level of the phytolicence after the first ("phytolicence P1 ou P2 obligatoire", "Phytolicence P2
# indispensable pour la pulvérisation (P1 au minimum si aide)"): one more item, an alternative.
_PHYTO_MORE_RE = re.compile(r"(?:\s*(?:ou|/|,|et)\s*|[^()\n.;]{0,50}?\(\s*)(?P<level>P[1-3])(?![\w])")


# Round 17: the other fuel's approval after the first ("Agrément technicien chaudière gaz (G1) ou mazout (L)", "… gazeux
# (G1) ou liquides (L) obligatoire"): one more item, an alternative.
_OTHER_FUEL_RE = re.compile(
    r"\s*(?:ou|/|et)\s+(?P<fuel>(?:en\s+)?(?:combustibles?\s+)?(?:liquides?|gazeux|mazout|gasoil|gaz)\s*\(\s*(?:L|G[12])\s*\))", re.I
)


# Round 18: fuels with their approval level listed in brackets ("(gaz G1, combustibles liquides L)").
_FUEL = r"(?:gaz(?:\s+naturel)?|mazout|gasoil|combustibles?\s+(?:liquides?|gazeux))\s+(?-i:G[12]|L)(?![\w])"
_FUEL_RE = re.compile(_FUEL, re.I)
# Round 19: a training approved by a public body (checked against the organisation's own approval).
_APPROVED_TRAINING_RE = re.compile(r"formation\s[^\n]*(?:agr[ée][ée]e|reconnue|homologu[ée]e|certifi[ée]e)\s+par\s", re.I)
# Round 19: the AIPR's other levels coordinated after the first ("AIPR opérateur ou encadrant", "AIPR encadrant/concepteur").
_AIPR_MORE_RE = re.compile(r"\s*(?:ou|/|,|et)\s*(?P<level>encadrant|concepteur|op[ée]rateur)(?![\w])", re.I)
_FUEL_LIST_RE = re.compile(r"\s*\(\s*(?P<list>" + _FUEL + r"(?:\s*(?:,|et|ou|/)\s*" + _FUEL + r")+)\s*\)", re.I)


def _simple(pattern: str, code: str | Callable[[re.Match[str]], str], flags: int = re.I) -> tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]:
    return re.compile(_GLUED + r"(?:" + pattern + r")(?![\w])", flags), code


# Round 12: a certificate the sentence teaches or tests ("nous vous formons au CACES", "Formateur CACES", "préparer les
# opérateurs au CACES", "caristes formés au CACES", "passage des CACES en interne"), unless an asking word follows it.
_TRAINED_BEFORE_RE = re.compile(
    r"(?:form(?:ons|erons|[ée]e?s?|ation|ations|ateur|atrice|ateurs|ateur\(trice\)|ateur·rice|er|era|eront|ent|e)|testeur|testeuse|pr[ée]par(?:er|ons|e|ent|ation)|passage|passer|sessions?)"
    # Round 14: the people trained named in up to three words ("forme chaque nouvel arrivant au", "peut former les
    # intérimaires fidèles au CACES").
    r"(?:\s+(?:les|des|nos|vos|ses|leurs|chaque|tout|toute|tous\s+les|toutes\s+les)(?:\s+[\w'’-]+){1,3}?)?"
    # Round 19: the job trained first, the certificate coordinated after it ("on vous forme au poste et au CACES R485")
    r"(?:\s+(?:au|aux|[àa]\s+la|[àa]\s+l['’])\s*[\w'’-]+(?:\s+[\w'’-]+)?\s+et)?\s+(?:(?:au|aux|du|des|de\s+la|le|la|les|l['’]|à\s+la|[àa]\s+l['’])\s*)?$",
    re.I,
)
_ASKED_AFTER_RE = re.compile(r"[^.\n;]{0,30}?(?:" + ASKING_CUES + r")", re.I)


# Round 17: the words after a CQP's name that are no longer the name (a verb, a cue, a preposition of purpose).
_CQP_NAME_STOP = (
    r"(?i:est|sont|serait|seraient|sera|seront|constitue|repr[ée]sente|exig[ée]e?s?|souhait[ée]e?s?|appr[ée]ci[ée]e?s?|indispensables?|"
    r"obligatoires?|requise?s?|imp[ée]ratifs?|n[ée]cessaires?|pour|id[ée]alement|minimum|valides?|[àa]\s+jour|en\s+cours|"
    r"un\s+(?:plus|atout)|atouts?|bienvenue?s?)(?![\w'’-])"
)
_SIMPLE = [
    # Round 15, permits to practise as a frame (registration, approval, immatriculation + the authority that keeps the
    # register), not a list of authorities: the professional orders ("inscription à l'Ordre des pharmaciens", "inscrit(e)
    # au tableau de l'Ordre national des infirmiers", "Inscription au Conseil de l'Ordre des masseurs-kinésithérapeutes").
    _simple(r"(?:inscri(?:ption|te?s?|t\(e\)|t·e)|enregistr(?:ement|[ée]e?s?|[ée]\(e\))|affili(?:ation|[ée]e?s?|[ée]\(e\)))\s+(?:(?:au|[àa]\s+l['’]|aupr[èe]s\s+(?:de\s+l['’]|du))\s*)?"
            r"(?:tableau\s+de\s+l['’]\s*)?(?:Conseil\s+(?:national\s+|d[ée]partemental\s+|r[ée]gional\s+)?de\s+l['’]\s*)?Ordre\s+(?:national\s+|provincial\s+)?(?:des|du|de\s+la)\s+(?!jour(?![\w]))[\w-]+",
            lambda m: "inscription à l'Ordre des " + m.group(0).split()[-1].lower()),
    # Round 16: the Order named without its profession, which the ad's job gives ("inscription à l'Ordre obligatoire",
    # "inscrit(e) au tableau de l'Ordre"); a capital O, not "l'ordre du jour".
    _simple(r"(?:inscri(?:ption|te?s?|t\(e\)|t·e)|enregistr(?:ement|[ée]e?s?))\s+(?:[àa]\s+|au\s+tableau\s+(?:de\s+la\s+section\s+(?-i:[A-H])\s+)?de\s+|au\s+(?-i:C)onseil\s+(?:national\s+|d[ée]partemental\s+|r[ée]gional\s+)?de\s+)l['’]\s*(?-i:Ordre)(?!\s+(?:national|provincial|des|du|de)(?![\w]))",
            "inscription à l'Ordre"),
    # The registers named by their acronym, behind a registration or approval word ("Être inscrit au registre public de
    # l'ITAA", "l'agréation IPI (syndic)", "Enregistrement RPPS à jour", "numéro ADELI").
    _simple(r"(?:inscri\w*(?:\(e\))?|enregistr\w*(?:\(e\))?|agr[ée](?:ation|ment)|num[ée]ro|n°)\s+(?:(?:au|[àa]\s+l['’]|aupr[èe]s\s+(?:de\s+l['’]|du)|de\s+l['’]|du)\s*)?"
            r"(?:(?:registre|r[ée]pertoire)\s+(?:public\s+)?(?:de\s+l['’]\s*|du\s+|des\s+)?|(?:tableau|liste)\s+des\s+(?:titulaires|stagiaires|membres)\s+(?:de\s+l['’]\s*)?)?(?-i:ITAA|IPI|IPCF|RPPS|ADELI|BIV|RSAC)(?:\s*(?:/|ou|et)\s*(?-i:RPPS|ADELI))?(?![\w])",
            lambda m: m.group(0).split()[-1].split("'")[-1].split("’")[-1]),
    # Round 21: the register named after its list, the registration word said before ("… ou sur la liste des stagiaires
    # IPI", "figurer au tableau des titulaires de l'IPI").
    _simple(r"(?:(?:tableau|liste)\s+des\s+(?:titulaires|stagiaires|membres)\s+(?:de\s+l['’]\s*)?)(?-i:IPI|ITAA|IPCF)", lambda m: m.group(0).split()[-1].split("'")[-1].split("’")[-1]),
    # Round 21: the French Orders by their acronym ("inscription à l'ONI", "inscrit(e) au CNOM").
    _simple(r"(?:inscri(?:ption|te?s?|t\(e\)|t·e)|enregistr(?:ement|[ée]e?s?))\s+(?:[àa]\s+l['’]\s*|au\s+)(?-i:ONI|CNOM|CNOP|CNOSF|ONSF|CNOMK|CNOCD|CNOPP)(?![\w])",
            lambda m: "inscription à l'Ordre des " + _ORDER_ACRONYMS[re.sub(r"^.*\W", "", m.group(0))]),
    # Round 21: a physician's or pharmacist's approval by its specialty ("agrément de médecin généraliste", "l'agrément
    # comme médecin spécialiste en pédiatrie", "agrément de pharmacien hospitalier", "agréé(e) comme médecin généraliste").
    _simple(r"(?:agr[ée]ment|agr[ée]ation|reconnaissance)\s+(?:de\s+|d['’]\s*|comme\s+|en\s+tant\s+que\s+)(?:m[ée]decin|pharmacien(?:ne)?|dentiste|v[ée]t[ée]rinaire)(?:\s+(?:g[ée]n[ée]raliste|sp[ée]cialiste|hospitali(?:er|[èe]re)|biologiste|du\s+travail|coordinat(?:eur|rice)|en\s+[\w-]+))?|"
            r"agr[ée][ée](?:e|\(e\)|·e)?\s+(?:comme|en\s+tant\s+que)\s+(?:m[ée]decin|pharmacien(?:ne)?|dentiste)(?:\s+(?:g[ée]n[ée]raliste|sp[ée]cialiste|hospitali(?:er|[èe]re)|biologiste|du\s+travail|coordinat(?:eur|rice)))?",
            lambda m: "agrément " + re.sub(r"^\S+\s+(?:de\s+|d['’]\s*|comme\s+|en\s+tant\s+que\s+)", "", " ".join(m.group(0).split())).lower()),
    # The Belgian health professional's approval by the SPF Santé publique, named by the authority or by the profession
    # ("agrément (du) SPF Santé publique", "Agrément comme technologue en imagerie médicale", "agrément de technologue de
    # laboratoire médical", "Agrément et numéro INAMI en ordre"): one code, the authority's (the profession is the
    # diploma's business).
    _simple(r"agr[ée]ment\s+(?:du\s+|par\s+le\s+|aupr[èe]s\s+du\s+)?SPF\s+Sant[ée](?:\s+publique)?|agr[ée][ée](?:e|\(e\)|·e)?\s+par\s+le\s+SPF\s+Sant[ée](?:\s+publique)?|"
            r"(?:agr[ée]ment|reconnaissance)\s+(?:comme|de|d['’]\s*|en\s+tant\s+que)\s*(?:technologue|infirmi|sage-femme|kin[ée]|logop[èe]d|ergoth[ée]rap|di[ée]t[ée]tic|podolog|audiolog|orthopt|"
            r"param[ée]dic|aide-soignant|psychomotric|hygi[ée]niste|bandagiste|orthop[ée]diste|ambulanci)[\w()-]*(?:\s+(?:en|de|du|d['’])\s*[\w-]+(?:\s+m[ée]dicale?)?)?|"
            r"agr[ée]ment(?=\s+(?:et|\+|,)\s+(?:num[ée]ro|n°)\s+INAMI)|"
            # (Round 17: the authority without its name's end, "agrément SPF et numéro INAMI", "avec l'agrément SPF"; not
            # in brackets, where it restates the recognition before it)
            r"(?<!\()agr[ée]ment\s+(?:du\s+)?SPF(?!\s*(?:-\s*)?(?:Sant|Finances|Int[ée]rieur|Emploi|Justice|[ée]conomie|Mobilit[ée]|Affaires|BOSA|S[ée]curit[ée]))(?![\w-])",
            "agrément SPF Santé publique"),
    _simple(r"(?:agr[ée]ment|inscription|enregistrement)\s+(?:de\s+la\s+|par\s+la\s+|[àa]\s+la\s+|aupr[èe]s\s+de\s+la\s+)?Commission\s+des\s+psychologues|agr[ée][ée](?:e|\(e\))?\s+par\s+la\s+Commission\s+des\s+psychologues",
            "agrément Commission des Psychologues"),
    _simple(r"(?:attestation\s+d['’]\s*)?immatriculation\s+(?:(?:d[ée]livr[ée]e\s+)?par\s+|aupr[èe]s\s+de\s+|[àa]\s+)l['’]\s*(?:AViQ|Iriscare)|attestation\s+d['’]\s*immatriculation",
            "immatriculation AViQ"),
    _simple(r"(?:num[ée]ro|n°)\s+d['’]\s*enregistrement(?:\s+(?:comme\s+|d['’]\s*)?aide-soignant(?:e|\(e\))?)?", "enregistrement aide-soignant"),
    _simple(r"(?:attestation|visa|agr[ée]ment)\s+(?:de\s+)?d[ée]l[ée]gu[ée](?:e|\(e\))?\s+m[ée]dica(?:l|le|l\(e\))", "attestation de délégué médical"),
    # Round 15, sector certificates: the Belgian brevets (BAGIC, the sports instructors' ADEPS brevets by level, the
    # youth-leader's BACV), first-aid trainings, the wine certificate WSET, the Lean belts, the French gas qualification
    # PG, the public-management certificate.
    _simple(r"(?:brevet\s+)?BAGIC", "BAGIC", re.I),
    _simple(r"brevets?\s+de\s+moniteur\s+sportif\s+(?:animateur|initiateur|[ée]ducateur)(?:\s+(?!ADEPS)[\w-]+)?(?:\s*\(?\s*ADEPS\s*\)?)?",
            lambda m: "moniteur sportif " + re.search(r"animateur|initiateur|[ée]ducateur", m.group(0), re.I).group(0).lower() + " ADEPS"),  # type: ignore[union-attr]
    # Round 21: an ADEPS brevet by its discipline or its level in brackets, the body after it ("brevet de moniteur de
    # natation Adeps", "Brevet de moniteur sportif (niveau initiateur au minimum) délivré par l'Adeps"); the ADEPS must be
    # named (a "brevet de moniteur de football" alone is labelled a diploma).
    _simple(r"brevets?\s+(?:de\s+)?moniteur\s+(?:sportif\s+)?(?:(?:de|d['’]|en)\s*[\w-]+\s+)?(?:\([^()\n]{0,40}\)\s+)?(?:(?:d[ée]livr[ée]s?\s+par|reconnus?\s+par|de)\s+l['’]\s*)?\(?(?i:ADEPS)\)?",
            lambda m: "moniteur " + re.sub(r"^brevets?\s+(?:de\s+)?moniteur\s+|\s*\([^()]*\)|\s+(?:d[ée]livr[ée]s?\s+par|reconnus?\s+par|de)\s+l['’]\s*|\(|\)", " ", " ".join(m.group(0).split()), flags=re.I).split("ADEPS")[0].split("Adeps")[0].split("adeps")[0].strip() + " ADEPS"),
    # Round 21: the youth-leader's and the firefighter's brevets by their acronym alone ("Tu es breveté·e (BACV)", "brevet
    # BO1 (sapeur-pompier)"), the driving instructor's brevets by their number ("brevet d'instructeur de conduite (brevet
    # II)"), the French lifeguard's CAEP MNS.
    _simple(r"BACV(?:\s*\(\s*brevet[^()\n]{0,60}\))?", "BACV", 0),  # (its name spelt out in brackets after it: one item)
    _simple(r"brevets?\s+(?-i:BO[1-4]|BMO\d?)(?:\s*\((?:brevet\s+(?:de\s+)?)?(?:sapeur-pompier|pompier|officier)[^()\n]{0,20}\))?", lambda m: "brevet " + re.findall(r"BO[1-4]|BMO\d?", m.group(0))[0]),
    _simple(r"brevets?\s+(?:d['’]\s*|de\s+)?(?:instruct(?:eur|rice)|moniteur|moniteur-instructeur)\s+(?:de\s+|en\s+)?conduite(?:\s+automobile)?(?:\s*\(\s*brevet\s+(?:I{1,3}|[123])\s*\))?",
            lambda m: "brevet instructeur de conduite" + (" " + re.findall(r"brevet\s+(I{1,3}|[123])\s*\)", m.group(0))[0] if re.search(r"brevet\s+(?:I{1,3}|[123])\s*\)", m.group(0)) else "")),
    _simple(r"CAEP(?:\s*-\s*|\s+)MNS", "CAEP MNS"),
    _simple(r"(?<=/)(?:animateur|initiateur|[ée]ducateur)\s+ADEPS", lambda m: "moniteur sportif " + m.group(0).split()[0].lower() + " ADEPS"),
    _simple(r"brevets?\s+de\s+coordinat(?:eur|rice)\s+de\s+centres?\s+sportifs?(?:\s*\(?\s*ADEPS\s*\)?)?", "coordinateur de centre sportif ADEPS"),
    # Round 21: the first-aid training in its other frames: no preposition, in quotes, care ("soins") for secours, the
    # public it serves ("Formation premiers secours pédiatriques appréciée", "la formation « premiers secours aux jeunes
    # enfants »", "formation aux premiers soins pédiatriques").
    _simple(r"(?:une\s+|la\s+)?formations?\s+(?:(?:aux|en|de)\s+)?(?:[«\"“]\s*)?premiers\s+(?:secours|soins)" + _FIRST_AID_PUBLIC + r"(?:\s*[»\"”])?",
            _first_aid_code),
    # Round 21: the first aid named after another certificate, its head noun shared ("Brevet d'animateur ou de premiers
    # secours", "Le brevet de secouriste / premiers soins pédiatriques"): one more item, checked below against a head noun
    # before it on its line.
    _simple(r"(?:(?<=\sou\s)|(?<=\set\s)|(?<=/)|(?<=/\s))(?:de\s+|des\s+|aux\s+)?premiers\s+(?:secours|soins)" + _FIRST_AID_PUBLIC, _shared_head_first_aid),
    _simple(r"WSET(?:\s+(?:niveau|level)\s*([1-4]))?", lambda m: "WSET" + (f" {m.group(1)}" if m.group(1) else ""), 0),
    _simple(r"(?:(?:Lean\s+)?Six\s+Sigma\s+)?(?-i:Green|Black|Yellow)\s+(?-i:B)elt(?:\s+(?:Lean\s+)?Six\s+Sigma)?", _belt_code, re.I),
    _simple(r"(?:qualification|certification|habilitation|attestation)\s+(?-i:PG)(?:\s*\(?\s*gaz\s*\)?)?|(?-i:PG)\s+gaz|professionnel\s+du\s+gaz\s+\(PG\)", "PG gaz"),
    _simple(r"certificat\s+(?:de\s+|en\s+)management\s+public", "certificat de management public"),
    _simple(r"SST|sauveteur[- ]secouriste\s+du\s+travail|sauveteurs?\s+secouristes?", "SST", 0),
    _simple(r"sauveteur[- ]secouriste\s+du\s+travail", "SST"),
    _simple(r"PSC\s?1|PSE\s?[12]", lambda m: re.sub(r"\s", "", m.group(0).upper()), 0),
    _simple(r"SSIAP\s?([123])?", lambda m: "SSIAP" + (f" {m.group(1)}" if m.group(1) else "")),
    # Round 13: a list item glued after it where markup was stripped ("Maîtrise des normes HACCPCapacité à …").
    (re.compile(_GLUED + r"HACCP(?:(?![\w])|(?=(?-i:[A-Z][a-zà-ÿ])))", re.I), "HACCP"),
    _simple(r"FIMO(?:\s+(?:marchandises|voyageurs))?", "FIMO"),
    _simple(r"FCOS?|formation\s+continue\s+obligatoire", "FCO"),
    _simple(r"carte\s+(?:de\s+)?(?:conducteur|chrono\s*tachygraphe|tachygraphe|chauffeur)(?:\s+(?:chrono)?tachygraphe)?|carte\s+chronotachygraphe", "CARTE CONDUCTEUR TACHYGRAPHE"),
    # Round 14: "ADR de base" too.
    _simple(r"ADR(?:\s+(?:citerne|base|de\s+base|colis|classe\s*\d)(?:\s*(?:\+|et|/)\s*(?:(?i:sp[ée]cialisations?)\s+)?(?:citerne|colis|classe\s*\d))?)?", _adr_code, 0),
    # Round 15: the basic level ("VCA de base", "VCA Basis", "VCA base") is coded "VCA" (the guide's short code, every written
    # gold); the managers' levels keep theirs ("VCA VOL", "VCA VIL").
    # Round 16: the managers' level written before ("VOL-VCA", "VIL-VCA"), one item coded like "VCA VOL".
    _simple(r"(?:VOL|VIL)\s*-\s*VCA", lambda m: "VCA " + m.group(0)[:3].upper(), 0),
    _simple(r"VCA(?:\s*[-]?\s*(?:basis|base|de\s+base|VOL|VIL))?|VCU", lambda m: re.sub(r"\s*-\s*|\s+", " ", m.group(0).upper()).replace(" BASIS", "").replace(" DE BASE", "").replace(" BASE", "")),
    _simple(r"BAFA|BAFD", lambda m: m.group(0).upper()),
    _simple(r"AIPR(?:\s+(?:op[ée]rateur|encadrant|concepteur))?", "AIPR"),
    # Round 14: an ADR specialisation named apart ("avec spécialisation classe 1", "La spécialisation citerne serait un
    # plus"), checked below against an ADR mention nearby.
    _simple(r"sp[ée]cialisations?\s+(?:citerne|classe\s*\d(?:\.\d)?|explosifs|radioactifs|colis)", _adr_code),
    # Round 14: the lifeguard's brevets (Belgian BSSA, "brevet de sauveteur aquatique", "brevet de sauvetage"), the
    # diver's brevet (not the sports instructor's "brevet de moniteur de football": a diploma).
    _simple(r"brevets?\s+(?:sup[ée]rieur\s+)?(?:de\s+)?(?:base\s+en\s+)?(?:sauvetage|sauveteur)(?:\s+aquatique)?(?:\s*\((?:BSSA|BBSA|BSA)\))?|BSSA|BBSA", _lifeguard_code),
    _simple(r"brevets?\s+de\s+(?:plong[ée]e|plongeur)(?:\s+(?:niveau\s*)?\d)?",
            lambda m: " ".join(m.group(0).split()).upper()),
    # Round 14: a person's approval by the body of their trade ("accueillante agréée par l'ONE", "vous êtes agréé(e) par
    # l'AVIQ"); not the organisation's ("milieu d'accueil agréé par l'ONE": no person before it).
    _simple(r"(?:vous\s+[êe]tes|[êe]tre|accueillant(?:e|\(e\))?s?|gardienne?s?)\s+(?:d[ée]j[àa]\s+)?agr[ée][ée](?:e|\(e\)|·e)?s?\s+par\s+(?:l['’]\s*|la\s+|le\s+)(?:ONE|AVIQ|COCOF|Iriscare|ITAA|IPCF|FSMA|IRE)",
            lambda m: "AGREMENT " + m.group(0).split()[-1].split("’")[-1].split("'")[-1].upper()),
    # Round 14: the Belgian basic training counted in hours ("formation de base de 40 heures"), asked of the candidate.
    # (not the ONE's out-of-school carers' course, "formation de base de 100 heures d'accueillant": labelled a diploma)
    # Round 15: the ONE's out-of-school carers' basic course ("formation de base de 100 heures d'accueillant(e)
    # extrascolaire") is a certification like "formation d'accueillant(e) extrascolaire de 100 heures" (wbe and ypub
    # golds; xbe labelled it a diploma).
    _simple(r"formation\s+de\s+base\s+(?:de\s+|d['’]\s*)?\d+\s*(?:heures|h)\s+(?:d['’]\s*accueillant(?:e|\(e\))?(?:\s+extrascolaire)?|en\s+accueil\s+extrascolaire)", "FORMATION ACCUEILLANT EXTRASCOLAIRE"),
    _simple(r"formation\s+de\s+base\s+(?:de\s+|d['’]\s*)?\d+\s*(?:heures|h)(?![\w])(?!\s+(?:d['’]\s*accueillant|en\s+accueil|extrascolaire))", "FORMATION DE BASE"),
    # Round 14: the financial analyst's charter, never the apprentices' training centre (CFA).
    _simple(r"CFA\s*(?:\(\s*Chartered\s+Financial\s+Analyst\s*\)|(?:niveau|level)\s*(?:[123]|I{1,3})(?![\w]))|Chartered\s+Financial\s+Analyst", "CFA", re.I),
    # (Round 17: the name stops at the predicate or the cue after it: "CQP Boucher indispensable", "CQP … est un plus")
    _simple(r"CQP(?:\s+(?!et\b|ou\b|vous\b)(?!" + _CQP_NAME_STOP + r")[\w'’-]+(?:\s+(?!vous\b|et\b|ou\s+(?:certif|CQP|titre|dipl|brevet|TFP|une?\b|le\b|la\b|les\b|du\b|d['’]|(?-i:[A-Z]{2,}(?![a-z]))))(?!" + _CQP_NAME_STOP + r")[\w'’-]+){0,7})?",
            lambda m: " ".join(m.group(0).split()), 0),
    # The French private-security card is issued by the CNAPS whatever the ad calls it.
    # Round 14: the estate agent's card (loi Hoguet: "carte T", "carte professionnelle d'agent immobilier / transaction").
    _simple(r"carte\s+(?:professionnelle\s+)?(?:(?-i:T)(?:\s*\(\s*transactions?(?:\s+(?:immobili[èe]res?|sur\s+immeubles\s+et\s+fonds\s+de\s+commerce))?\s*\))?|(?:d['’]\s*agent\s+immobilier|immobili[èe]re|de\s+transaction(?:\s+immobili[èe]re)?|de\s+gestion\s+immobili[èe]re|G\s+\(gestion\)))(?![\w])",
            "CARTE PROFESSIONNELLE IMMOBILIER"),
    # Round 14: the French food-hygiene training of restaurants ("attestation de formation (spécifique) en hygiène
    # alimentaire", "formation hygiène alimentaire de 14 heures"), the HACCP by another name; the bar owner's "permis
    # d'exploitation"; the confined-spaces certificate CATEC.
    _simple(r"(?:attestation\s+de\s+)?formation\s+(?:sp[ée]cifique\s+)?(?:en\s+|[àa]\s+l['’]\s*)?hygi[èe]ne\s+alimentaire(?:\s+(?:de\s+)?\d+\s*(?:heures|h)(?![\w]))?|"
            r"attestation\s+(?:sp[ée]cifique\s+)?(?:en\s+|d['’]\s*)?hygi[èe]ne\s+alimentaire", "HACCP"),
    _simple(r"permis\s+d['’]\s*exploitation(?:\s*\(\s*licence\s+(?:IV|III|4|3)\s*\))?", "PERMIS D'EXPLOITATION"),
    _simple(r"CATEC", "CATEC", 0),
    _simple(r"carte\s+professionnelle(?:\s+(?:CNAPS|APS|de\s+s[ée]curit[ée]|d'agent\s+de\s+[\w-]+|« ?surveillance\s+humaine ?»|\"surveillance\s+humaine\"))?", "CARTE PROFESSIONNELLE CNAPS"),
    # (Round 17: the kind names the certificate, "Certiphyto opérateur", "Certiphyto décideur en travaux et services")
    _simple(r"certiphyto(?:\s+(?:op[ée]rateur|d[ée]cideur(?:\s+en\s+(?:travaux\s+et\s+services|entreprise\s+non\s+soumise\s+[àa]\s+agr[ée]ment))?|conseil))?|certibiocide",
            lambda m: "Certiphyto" + m.group(0)[10:] if m.group(0)[10:] else m.group(0).upper()),
    # Round 2: a State security clearance, read like the CNAPS card (labelling guide, sixth sample): "habilitation
    # secret défense", "habilitation pour travailler dans le secteur de la Défense", "habilitable confidentiel défense".
    _simple(r"habilit(?:ation|able)s?\s+(?:\(?(?:secret|confidentiel|tr[èe]s\s+secret)\s+)?(?:[\w'’]+\s+){0,8}?d[ée]fense(?:\s+requise)?", "habilitation défense"),
    _simple(r"BNSSA", "BNSSA"),
    # The French credit and insurance intermediaries' habilitations ("habilitation IOBSP 1 et IAS 3", "IOBSP niveau 2");
    # IAS only beside IOBSP or a habilitation word (checked below): "IAS 2" is also an accounting standard.
    _simple(r"(?:habilitations?\s+)?(?:IOBSP|IAS)\s*(?:niveau\s*)?[123]", lambda m: re.sub(r"^.*?(IOBSP|IAS)\s*(?:niveau\s*)?([123])$", r"\1 \2", " ".join(m.group(0).split()), flags=re.I).upper(), re.I),
    # Round 14: the refrigerant-handling certificate, also as "attestation de capacité (à manipuler les) fluides
    # frigorigènes" (before the "attestation de capacité" of transport).
    _simple(r"certificat(?:ion)?\s+(?:de\s+|d['’]\s*aptitude\s+)?(?:technicien\s+)?frigoriste(?:\s*\(?\s*cat[ée]gorie\s+(?:I{1,3}|IV|[1-5])\s*\)?)?", "ATTESTATION FLUIDES FRIGORIGENES"),
    _simple(r"(?:attestation|certificat)\s+(?:de\s+capacit[ée]\s+|d['’]aptitude\s+)?(?:(?:[àa]\s+(?:la\s+)?manipul(?:ation\s+des|er\s+les)|pour\s+la\s+manipulation\s+des|de\s+manipulation\s+(?:des|de))\s+)?fluides?\s+(?:frigorig[èe]nes?|r[ée]frig[ée]rants?)(?:\s*\(?\s*cat[ée]gorie\s+(?:I{1,3}|IV|[1-5])\s*\)?)?",
            "ATTESTATION FLUIDES FRIGORIGENES"),
    _simple(r"attestation\s+de\s+capacit[ée](?:\s+(?:de\s+|en\s+)?transport(?:\s+(?:de\s+marchandises|de\s+voyageurs|de\s+personnes|l[ée]ger))?)?",
            lambda m: "ATTESTATION DE CAPACITE TRANSPORT" if "transport" in m.group(0).lower() else "ATTESTATION DE CAPACITE"),
    # Round 10, Belgian certificates: BA4/BA5 (RGIE electrical awareness, read like the French habilitations), "code
    # 95" (the driver's professional-competence mark, the FIMO/FCO of Belgium), "brevet cariste" (the forklift
    # certificate, Belgium's CACES)
    _simple(r"BA\s?[45]", lambda m: m.group(0).replace(" ", ""), 0),
    _simple(r"(?<!conducteur \()code\s+95", "CODE 95"),  # round 13: inside "carte de qualification de conducteur (code 95)"
    _simple(r"brevet\s+(?:de\s+)?cariste", "BREVET CARISTE"),
    # Round 12, Belgian wordings: the driver's qualification card (code 95) and medical selection, the forklift
    # certificate under other names ("permis de cariste"), the site brevets, first aid ("brevet de secourisme",
    # "secouriste en entreprise"), the security guard's card and attestation, the phytolicence, the FSMA approval,
    # the refrigerant-handling certificate.
    _simple(r"carte\s+de\s+qualification\s+(?:de\s+|du\s+)?conducteur(?:\s*\(code\s+95\))?|CQC", "CODE 95"),
    _simple(r"(?:permis|certificat|attestation)\s+(?:de\s+)?cariste", "BREVET CARISTE"),
    # (Round 17: also the machine's name, "brevet nacelle")
    _simple(r"brevet\s+(?:de\s+)?(?:gerbeur|pontier|grutier|nacelliste|nacelle|[ée]lingueur)", lambda m: "BREVET " + m.group(0).split()[-1].upper()),
    # Round 16, Belgian handling brevets named by the machine ("brevet transpalette électrique", "brevet de conducteur de
    # transpalette") or by the body that issues them ("brevet VDAB ou Forem", "brevet cariste Forem": checked below against
    # a warehouse ad; the second body of "VDAB ou Forem" is one more item, an alternative).
    _simple(r"brevets?\s+(?:de\s+)?(?:conducteur\s+de\s+)?transpalettes?(?:\s+[ée]lectriques?)?", "BREVET TRANSPALETTE"),
    _simple(r"brevets?\s+(?:de\s+)?(?:cariste\s+)?(?:VDAB|Forem|IFAPME)|(?<=VDAB ou )Forem|(?<=Forem ou )VDAB|(?<=VDAB/)Forem|(?<=Forem/)VDAB|(?<=VDAB / )Forem|(?<=Forem / )VDAB",
            "BREVET CARISTE"),
    # Round 16: a machine's operating certificate ("Certificat de conduite de tronçonneuse", "attestation de conduite de
    # tracteur"), the French and Belgian site and green-space machines.
    _simple(r"(?:certificat|attestation|brevet)s?\s+(?:de\s+)?conduite\s+(?:de\s+|d['’]\s*|des\s+)(?:tron[çc]onneuses?|d[ée]broussailleuses?|tracteurs?|engins?|mini-?pelles?|pelles?\s+m[ée]caniques?|chariots?(?:\s+[ée]l[ée]vateurs?)?|nacelles?|grues?)",
            lambda m: " ".join(m.group(0).split()).lower()),
    # Round 16: the Walloon and Brussels energy-performance titles ("titre de responsable PEB", "agrément de certificateur
    # PEB", "certificateur PEB agréé").
    _simple(r"(?:titre|certificat|agr[ée]ment|agr[ée]ation|reconnaissance)\s+(?:de\s+|d['’]\s*|comme\s+|en\s+tant\s+que\s+)?(?:responsable|certificateur|conseiller|auditeur|d[ée]clarant)\s+PEB|"
            r"(?:responsable|certificateur|auditeur)\s+PEB\s+(?:agr[ée][ée]|certifi[ée]|reconnu)(?:e|\(e\))?",
            lambda m: re.search(r"(?:responsable|certificateur|conseiller|auditeur|d[ée]clarant)\s+PEB", m.group(0), re.I).group(0).lower()),  # type: ignore[union-attr]
    # Round 16: the fire first-responder training ("formation de première intervention incendie (équipier de première
    # intervention)", "formation EPI", "attestation d'équipier de seconde intervention"), not the task ("rondes, première
    # intervention incendie": no training word before it).
    _simple(r"(?:formations?|attestations?|certificats?|brevets?)\s+(?:de\s+|d['’]\s*|en\s+|[àa]\s+la\s+)?(?:[ée]quipiers?\s+de\s+)?(?:premi[èe]re|seconde|1(?:re|ère)|2nde)\s+intervention(?:\s+(?:incendie|feu))?(?:\s*\(\s*(?:[ée]quipiers?\s+de\s+(?:premi[èe]re|seconde)\s+intervention|EPI|ESI)\s*\))?",
            lambda m: "ESI" if re.search(r"seconde|2nde", m.group(0), re.I) else "EPI"),
    # Round 16: a French prefectoral approval of a regulated trade ("agrément préfectoral de contrôleur technique VL",
    # "agrément préfectoral d'enseignant de la conduite").
    _simple(r"agr[ée]ment\s+pr[ée]fectoral(?:\s+(?:de\s+|d['’]\s*)(?!la\s|l['’])[\w-]+(?:\s+(?:technique|de\s+la\s+conduite|VL|PL|automobiles?)){0,2})?",
            lambda m: re.sub(r"\s+pr[ée]fectoral\s+(?:de\s+|d['’]\s*)?", " ", " ".join(m.group(0).split()), flags=re.I)),
    # Round 16: Belgian approved courses asked of the candidate: the debt mediator's (Walloon approval), the nursing-home
    # director's attestation.
    _simple(r"formation\s+(?:agr[ée][ée]e\s+|reconnue\s+)?(?:de\s+)?m[ée]diat(?:eur|rice|eur\(trice\))\s+de\s+dettes(?:\s*\([^()\n]{0,40}\))?", "médiateur de dettes agréé"),
    _simple(r"(?:attestation\s+de\s+formation|attestation|formation|brevet)\s+de\s+direct(?:eur|rice|eur\(trice\))\s+de\s+maison\s+de\s+repos(?:\s+et\s+de\s+soins)?(?:\s*\([^()\n]{0,60}\))?",
            "attestation directeur de maison de repos"),
    # Round 16: the French renewable-energy installers' qualifications (Qualit'EnR: QualiPAC, QualiPV, QualiSol, QualiBois).
    _simple(r"Quali(?:PAC|PV|Sol|Bois|Forage)(?:\s+(?:Elec|Bat|CET|chauffage|module\s+\w+))?", lambda m: "Quali" + m.group(0)[5:].split()[0].upper() if m.group(0)[5:].split()[0].upper() in ("PAC", "PV") else "Quali" + m.group(0)[5:].split()[0].capitalize()),
    _simple(r"(?:brevet|dipl[ôo]me|attestation|certificat)\s+(?:europ[ée]en\s+)?(?:de\s+|d['’]\s*)?(?:secourisme|secouriste|premiers\s+(?:secours|soins))(?:\s*\((?:PSC\s?1|BEPS)\))?|(?<!sauveteur )(?<!-)(?<!et )secouriste(?!\s+du\s+travail)(?!-ambulanci)(?:\s+(?:en\s+entreprise|industriel))?|BEPS", "BREVET DE SECOURISME"),
    _simple(r"carte\s+d['’]identification(?:\s+(?:d['’]agent\s+)?de\s+gardiennage)?", "CARTE GARDIENNAGE"),
    _simple(r"attestation\s+de\s+formation\s+(?:de\s+base\s+)?(?:(?:d['’]\s*)?agents?\s+)?(?:de\s+|en\s+)gardiennage|attestation\s+de\s+s[ée]curit[ée](?:\s+\(?gardiennage\)?)?|attestation\s+de\s+comp[ée]tences?\s+(?:d['’]agent\s+)?(?:de\s+)?gardiennage",
            "CARTE GARDIENNAGE"),
    _simple(r"phytolicen[cs]es?(?:\s+(?:P[1-3]|NP|P1s))?", _phyto_code),
    # Round 15: "attestation(s) FSMA" too; coded "FSMA", the body's acronym, as every written gold does.
    _simple(r"(?:agr[ée]ations?|agr[ée]ments?|statut|inscription|connaissances\s+professionnelles|attestations?|examens?)\s+(?:de\s+la\s+)?FSMA(?:\s*\((?:PCP|RD|IDD)\))?|FSMA\s+(?:agr[ée]ation|agr[ée]ment)", "FSMA"),
    # Round 12, French wordings: the emergency-care certificate of health staff, the charging-point qualification, the
    # French spelling certificate, the "certificat de capacité" of regulated trades, the security card's short name.
    _simple(r"AFGSU(?:\s*(?:niveau\s*)?([12]))?", lambda m: "AFGSU" + (f" {m.group(1)}" if m.group(1) else "")),
    _simple(r"IRVE(?:\s+P[123])?", "IRVE", 0),
    _simple(r"certifica(?:t|tion)\s+Voltaire|score\s+(?:au\s+)?Voltaire", "CERTIFICAT VOLTAIRE"),
    _simple(r"certificat\s+de\s+capacit[ée](?!\s+d['’]\s*orthophon)(?:\s+(?:d['’]ambulancier|professionnelle|de\s+transport|[àa]\s+la\s+conduite))?", "CERTIFICAT DE CAPACITE"),
    _simple(r"carte\s+pro(?:\s+(?:CNAPS|APS))?|carte\s+CNAPS", "CARTE PROFESSIONNELLE CNAPS"),
    # Round 12, trades: the welder's qualification under any name and standard ("Certification de soudeur EN ISO
    # 9606-1", "Qualification soudeur TIG selon NF EN ISO 9606-1", "brevet de soudeur … 135/136"), the employer's
    # driving authorisation of handling equipment, the Belgian youth-leader brevet (the BAFA of the FWB), the wind-farm
    # safety training, rope access, the lifeguard's recycling certificate.
    # Round 14: "soudure" too; the code is the standard when the ad names it ("EN ISO 9606-1", "ISO 9606-1"), the standard
    # alone is the certificate ("Qualifications EN ISO 9606-1 en 135/141", a title's "- EN ISO 9606"), and ASME IX.
    _simple(r"(?:certifications?|certificats?|qualifications?|brevets?|licences?|agr[ée]ments?)\s+(?:de\s+)?(?:soudeur|soudage|soudure)(?:\s+[àa]\s+jour)?(?:\s+(?:TIG|MIG|MAG|MIG/MAG|MIG-MAG|ARC|semi-automatique|\d{3}(?:/\d{3})*))*"
            r"(?:\s+(?:selon\s+(?:la\s+)?(?:norme\s+)?)?(?:NF\s+)?(?:EN\s+)?ISO\s+9606(?:-\d)?(?:\s+(?:en\s+)?(?:proc[ée]d[ée]s?\s+)?\d{3}(?:/\d{3})*)?)?(?:\s*\(\d{3}(?:/\d{3})*\))?"
            r"(?:(?:\s+(?:en\s+cours\s+de\s+validit[ée]|valides?|[àa]\s+jour))?(?:\s+(?:exig[ée]e?s?|requise?s?|obligatoires?|souhait[ée]e?s?|indispensables?))?\s*\(\s*(?:NF\s+)?(?:EN\s+)?ISO\s+9606(?:-\d)?[^)\n]{0,30}\))?",
            _weld_code),
    _simple(r"(?:(?:certifications?|certificats?|qualifications?|licences?)\s+)?(?:NF\s+)?(?:EN\s+)?ISO\s+9606(?:-\d)?(?:\s+(?:en\s+)?(?:proc[ée]d[ée]s?\s+)?\d{3}(?:/\d{3})*)?", _weld_code),
    _simple(r"(?:(?:certifications?|qualifications?)\s+)?ASME\s+(?:IX|9)", "ASME IX"),
    _simple(r"autorisation\s+de\s+conduite(?:\s+(?:du|des|d['’]une?)\s+[\w-]+(?:\s+[ée]lectriques?)?)?", "AUTORISATION DE CONDUITE"),
    _simple(r"brevet\s+d['’]animat(?:eur|rice|eur·rice|eur\(trice\))(?:\s+de\s+centres?\s+de\s+vacances)?|brevet\s+de\s+coordinat(?:eur|rice)(?:\s+de\s+centres?\s+de\s+vacances)?",
            "BREVET D'ANIMATEUR"),
    _simple(r"GWO(?:\s+\(?Basic\s+Safety\s+Training\)?)?", "GWO", 0),
    _simple(r"IRATA(?:\s+(?:niveau|level)\s*[123])?", "IRATA"),
    _simple(r"CAEPMNS", "CAEPMNS", 0),
    # Round 13, permits to practise asked of the candidate: the Belgian health professional's registration ("visa et
    # numéro INAMI", "enregistré(e) auprès du SPF Santé publique"; the bare "visa" is checked below), the childminder's
    # approval, the Belgian accountant's title, the DELF examiner's habilitation, the nuclear radiation-protection one,
    # the out-of-school carer's 100-hour training.
    # Round 16: the registration by its other nouns ("enregistrement INAMI", "inscription à l'INAMI").
    # (round 21: also bare after the visa it goes with, "Visa et INAMI", "visa + INAMI en ordre")
    _simple(r"(?:(?<=visa\set\s)|(?<=visa\s\+\s)|(?<=visa,\s)|(?<=visa/))INAMI|(?:num[ée]ro|n°)\s+INAMI|agr[ée]ment\s+INAMI|(?:enregistrement|inscription|immatriculation)\s+(?:[àa]\s+l['’]\s*|aupr[èe]s\s+de\s+l['’]\s*)?INAMI", "NUMERO INAMI"),
    _simple(r"(?:enregistr(?:ement|[ée]e?s?|[ée]\(e\))|inscrit(?:e|\(e\))?|inscription)(?:\s+(?:comme|en\s+tant\s+qu['’]e?)\s+[\w()'’-]+)?\s+(?:(?:aupr[èe]s\s+du|au)\s+)?SPF\s+Sant[ée](?:\s+publique)?"
            # Round 15: the registration restated in brackets is the same item ("(visa)", "(numéro d'enregistrement
            # aide-soignant obligatoire)": the number, read first, is kept and this span drops against it).
            r"(?:\s*\(\s*(?:visa|num[ée]ro\s+d['’]\s*enregistrement[^()\n]{0,50})\s*\))?",
            _registration_code),
    _simple(r"visa", "VISA"),  # after the registration, whose "(visa)" in brackets restates it
    _simple(r"agr[ée]ment\s+(?:de\s+la\s+)?PMI|agr[ée]ment\s+(?:d['’]\s*)?assistant(?:e|\(e\))?\s+maternel(?:le|\(le\))?", "AGREMENT PMI"),
    # Round 15: the ITAA titles coordinated before the body ("Le titre d'expert-comptable ou de conseiller fiscal (ITAA)"):
    # one item per title, each coded ITAA.
    _simple(r"(?<=titre\s)d['’]\s*expert-comptable(?=\s+ou\s+(?:de\s+)?conseiller\s+fiscal\s*\(?\s*ITAA)|"
            r"(?<=titre\sd['’])expert-comptable(?=\s+ou\s+(?:de\s+)?conseiller\s+fiscal\s*\(?\s*ITAA)|conseiller\s+fiscal\s*\(\s*ITAA\s*\)", "ITAA"),
    # (Round 18: not the firm's "cabinet d'expertise comptable ITAA"; the trainee's stage under way is asked too, "stage
    # ITAA en cours", "stagiaire IPCF", not the stage offered, "Nous offrons un stage ITAA")
    _simple(r"(?<!expertise\s)(?:expert-comptable|expert\s+comptable|conseiller\s+fiscal|comptable(?:-fiscaliste)?)\s+(?:agr[ée][ée]\s+)?(?:ITAA|IPCF)|stagiaire\s+(?:ITAA|IPCF)|stage\s+(?:ITAA|IPCF)(?=\s+(?:en\s+cours|entam|commenc|termin|achev))|"
            r"(?:agr[ée]ation|agr[ée]ment|inscription)\s+(?:[àa]\s+l['’]\s*)?(?:ITAA|IPCF)", "ITAA"),
    _simple(r"habilitation\s+(?:d['’]\s*)?examinat(?:eur|rice)(?:[-\s]correct(?:eur|rice))?\s+(?:du\s+)?(?:DELF|DALF)(?:\s*/\s*DALF)?", "HABILITATION EXAMINATEUR DELF"),
    # Round 14: the nuclear habilitations by their level (CEFRI's RP1/RP2, PR1/PR2 CC/CR, the CSQ), each one item coded by
    # its level ("habilitations nucléaires (CSQ, RP1)", "formations PR1 CR ou PR2 CR"); the bare levels are checked below
    # against a nuclear ad. The generic words alone stay one item; followed by their levels they are not one more.
    _simple(r"(?i:habilitations?\s+(?:nucl[ée]aires?\s+)?|(?:la\s+)?formations?\s+)?(?:RP\s?[12]|PR\s?[12](?:\s+C[CR])?|CSQ)", _nuclear_code, 0),
    _simple(r"(?:habilitations?|formations?)\s+nucl[ée]aires?(?!\s*(?:\(\s*)?(?:RP\s?[12]|PR\s?[12]|CSQ)(?![\w]))", "HABILITATION NUCLEAIRE"),
    # Round 14: the scaffolders' training (recommendations R408, R457), read like a CACES.
    _simple(r"(?:formation\s+)?R\.?\s?(?:408|457)", lambda m: "R" + re.sub(r"\D", "", m.group(0))[-3:]),
    # Round 14: safety trainings asked by name: work at height, asbestos (sous-section 3/4), the refinery passports
    # (GIES 1/2), explosive atmospheres (ATEX, checked below: also a zone or a material's label).
    _simple(r"(?:formations?|habilitations?|attestations?|certificats?)\s+(?:au\s+|aux\s+|de\s+|du\s+|pour\s+le\s+)?(?:travail|travaux)\s+en\s+hauteur(?:\s*(?:/|et|-)\s*(?:port\s+du\s+)?harnais)?", "TRAVAIL EN HAUTEUR"),
    _simple(r"(?:travail|travaux)\s+en\s+hauteur", _height_listed),  # checked below: listed after another training
    _simple(r"(?:formation\s+)?amiante\s+(?:SS\s?[34]|sous-section\s+[34])(?:\s+(?:op[ée]rateur|encadrant(?:\s+technique|\s+de\s+chantier)?))?|(?:formation\s+)?(?:SS\s?[34]|sous-section\s+[34])\s+amiante(?:\s+(?:op[ée]rateur|encadrant(?:\s+technique|\s+de\s+chantier)?))?",
            lambda m: "AMIANTE SS" + re.findall(r"[34]", m.group(0))[0]),
    _simple(r"(?:formation\s+)?GIES\s?[12]", lambda m: "GIES " + m.group(0)[-1], re.I),
    _simple(r"(?:(?:formation|habilitation|certification)s?\s+)?ATEX(?:\s+(?:niveau\s+)?[0-2](?![\w]))?", "ATEX"),
    # Round 14: the Belgian prevention adviser's training by its level ("Conseiller en prévention niveau 2").
    _simple(r"conseill(?:er|[èe]re|er\(?[èe]re\)?|er·[èe]re|eur)s?\s+en\s+pr[ée]vention\s+(?:de\s+)?niveau\s+([123]|I{1,3})(?:\s*\((?:formation\s+compl[ée]mentaire|FC)\))?",
            lambda m: "CONSEILLER EN PREVENTION NIVEAU " + {"I": "1", "II": "2", "III": "3"}.get(m.group(1).upper(), m.group(1))),
    # Round 15: another level named by the certificate alone after it ("Certificat de conseiller en prévention de niveau
    # 1 ; un certificat de niveau 2 peut être accepté"), checked below against an adviser's certificate before it.
    _simple(r"certificat\s+de\s+niveau\s+([123]|I{1,3})|(?<=niveau\s[123]\sou\s)niveau\s+([123])|"
            # Round 19: the other level as the subject of a wish ("Le niveau 1 est un atout majeur", "Un niveau 1 serait apprécié")
            r"(?:(?:le|un)\s+)?niveau\s+([123]|I{1,3})(?=\s+(?:est|serait|sera)\s+(?:un\s+(?:r[ée]el\s+|vrai\s+|gros\s+)?(?:atout|plus|avantage)|appr[ée]ci|souhait|bienvenu))", _prevention_level_alt),
    # Round 14: a trade's certificate named by the worker it qualifies ("certificat de grutier", "Certificat de formation de
    # conducteur d'engins", "attestation d'auxiliaire ambulancier"), and the French ambulance or taxi driver's
    # prefectoral attestation.
    _simple(r"(?:certificat|attestation|brevet)s?\s+(?:de\s+formation\s+)?(?:de\s+|d['’]\s*)(?:auxiliaire\s+ambulanci(?:er|[èe]re)|ambulanci(?:er|[èe]re)|grutier|conducteur\s+(?:d['’]engins?|de\s+grues?)|"
            r"[ée]chafaudeur|monteur\s+(?:d['’]\s*)?[ée]chafaudages?|[ée]lingueur|pontier|nacelliste|boutefeu)(?:\s+(?:de\s+chantier|de\s+chargement|mobile|[àa]\s+tour))?",
            lambda m: re.sub(r"\s+de\s+formation(?=\s)", "", " ".join(m.group(0).split()), flags=re.I).upper()),
    _simple(r"attestation\s+pr[ée]fectorale(?:\s+d['’]aptitude(?:\s+[àa]\s+la\s+conduite)?(?:\s+(?:d['’]\s*ambulances?|des\s+ambulances|de\s+taxis?|des\s+taxis))?)?", "ATTESTATION PREFECTORALE"),
    # Round 14: a permit to practise by "agréé(e)" and its body or field ("agréé ITAA", "agréé(e) IPCF", "agréé en
    # médecine générale", "agréé(e) par la Commission des Psychologues"), an installer's approval ("l'agrément technicien
    # chaudière (gasoil/gaz)", "technicien agréé gaz", "agréation CERGA"); not an organisation's ("centre agréé").
    _simple(r"agr[ée][ée](?:e|\(e\)|·e|-e)?\s+(?:ITAA|IPCF|IPI|IRE|IBR|en\s+m[ée]decine(?:\s+(?:g[ée]n[ée]rale|du\s+travail|[\w-]+))?)",
            lambda m: _approval_code(m.group(0))),
    # (Round 17: also the fuel after the trade, "Agrément de technicien chauffage en combustibles gazeux (G1)")
    _simple(r"(?:agr[ée]ment|agr[ée]ation)s?\s+(?:de\s+|d['’]\s*|en\s+tant\s+que\s+)?(?:technicien\s+)?(?:chaudi[èe]res?|chauffagiste|chauffage|gaz|mazout|gasoil|combustibles?\s+(?:liquides?|gazeux)|CERGA|installateur\s+[\w-]+)"
            r"(?:\s+(?:gaz|mazout|gasoil|en\s+combustibles?\s+(?:liquides?|gazeux)))?(?:\s*\([^()\n]{1,25}\))?|"
            r"technicien\s+(?:chaudi[èe]re\s+|chauffagiste\s+)?agr[ée][ée]\s+(?:gaz|mazout|gasoil|CERGA|G[12]|L|combustibles?\s+(?:liquides?|gazeux))(?:\s*(?:/|,|et|ou)\s*(?:gaz|mazout|gasoil|G[12]|L))*",
            "TECHNICIEN CHAUDIERE AGREE"),
    _simple(r"formation\s+d['’]\s*accueillant(?:e|\(e\))?\s+extrascolaire(?:\s+de\s+\d+\s+heures)?", "FORMATION ACCUEILLANT EXTRASCOLAIRE"),
    # Round 17, permits to practise by their register: the bar ("inscription au barreau (de Paris)", "inscrit(e) au
    # Barreau de Bruxelles"), the accountants' roll ("Inscription au tableau des experts-comptables de l'ITAA"), the
    # Walloon registration of family carers ("l'enregistrement délivré par l'AViQ").
    _simple(r"(?:inscri(?:ption|te?s?|t\(e\)|t·e)|admission)\s+au\s+(?:tableau\s+(?:de\s+l['’]\s*Ordre\s+)?(?:du\s+)?)?barreau"
            r"(?:\s+(?:de|du|d['’])\s*(?-i:[A-ZÀ-Ý])[\w-]+(?:\s+ou\s+(?:de|du|d['’])\s*(?-i:[A-ZÀ-Ý])[\w-]+)?)?", "inscription barreau"),
    _simple(r"(?:inscri(?:ption|te?s?|t\(e\))|enregistr(?:ement|[ée]e?s?))\s+au\s+(?:tableau|registre)\s+(?:public\s+)?des\s+(?:experts?-comptables|comptables|conseillers\s+fiscaux)(?:\s+(?:de\s+l['’]\s*)?(?:ITAA|IPCF))?", "ITAA"),
    _simple(r"(?:expert-comptable|expert\s+comptable|conseiller\s+fiscal|comptable(?:-fiscaliste)?)\s+certifi[ée](?:e|\(e\))?\s+(?:ITAA|IPCF)", "ITAA"),
    _simple(r"enregistrement\s+(?:(?:d[ée]livr[ée]\s+par|aupr[èe]s\s+de|[àa]|de)\s+l['’]\s*)?(?:AViQ|Iriscare)", "enregistrement AViQ"),
    # Round 17, the Belgian driver's and worker's medical fitness named as a certificate ("certificat de sélection
    # médicale", "certificat médical d'aptitude"), asked beside the licence. (The bare "sélection médicale en ordre" is
    # not labelled in most written golds: not read.)
    _simple(r"(?:certificat|attestation)\s+(?:de\s+)?s[ée]lection\s+m[ée]dicale|certificat\s+m[ée]dical\s+d['’]\s*aptitude",
            lambda m: "certificat médical d'aptitude" if "aptitude" in m.group(0).lower() else "sélection médicale"),
    # Round 17, Belgian certificates by the worker or the trade they qualify: the management-knowledge certificate of the
    # self-employed ("certificat de connaissances de gestion de base", "l'accès à la profession (connaissances de gestion
    # de base)"), an installer's certificate ("certificat d'installateur de bornes de recharge"), the site safety
    # coordinator's ("certificat de coordinateur sécurité-santé"). (Not the nurse's "titre professionnel particulier":
    # the written golds label it a diploma, level 6.)
    _simple(r"(?:certificat|attestation)\s+(?:de\s+)?connaissances\s+de\s+gestion(?:\s+de\s+base)?|acc[èe]s\s+[àa]\s+la\s+profession(?:\s*\(\s*connaissances\s+de\s+gestion(?:\s+de\s+base)?\s*\))?|"
            r"connaissances\s+de\s+gestion\s+de\s+base", "connaissances de gestion de base"),
    _simple(r"(?:certificat|attestation|agr[ée]ment)\s+d['’]\s*installat(?:eur|rice)\s+(?:de\s+|d['’]\s*|en\s+)?(?:bornes?\s+de\s+recharge|pompes?\s+[àa]\s+chaleur|panneaux\s+(?:solaires|photovolta[ïi]ques)|[\w-]+)",
            lambda m: re.sub(r"\s+(?:d['’]\s*|de\s+|en\s+)", " ", " ".join(m.group(0).split()).lower(), count=2)),
    _simple(r"(?:certificat|attestation|formation)\s+(?:de\s+)?coordinat(?:eur|rice)\s+(?:en\s+mati[èe]re\s+de\s+)?s[ée]curit[ée][\s-]+(?:et\s+)?sant[ée]", "coordinateur sécurité-santé"),
    # Round 17: the French nurses' blood-sampling certificate ("Habilitation aux prélèvements sanguins (CCPS)", "certificat
    # de capacité de prélèvements sanguins"), before the bare "certificat de capacité".
    _simple(r"(?:habilitation|certificat\s+de\s+capacit[ée]|certificat|attestation)\s+(?:aux|aux\s+|de|des|pour\s+les|[àa]\s+effectuer\s+des)\s*pr[ée]l[èe]vements\s+sanguins(?:\s*\(\s*CCPS\s*\))?|CCPS", "CCPS"),
    # Round 17: the French radiation-protection officer's certificate, by its long name ("Personne compétente en
    # radioprotection (PCR)"; the bare "PCR" is also a lab test).
    _simple(r"(?:certificat\s+de\s+|formation\s+(?:de\s+)?)?personne\s+comp[ée]tente\s+en\s+radioprotection(?:\s*\(\s*PCR\s*\))?", "PCR"),
    # Round 17: the old French first-aid certificate, the AFGSU's predecessor, asked as its alternative ("AFPS ou AFGSU").
    _simple(r"AFPS", "AFPS", 0),
    # Round 18, the Belgian nurse's "titre professionnel particulier" (TPP), a permit to practise granted by the SPF
    # Santé publique (the guide's convention after the sixth batch): code "TPP <field>", the field's own acronym when the
    # ad gives it ("TPP SIAMU"), else its first part ("… en santé mentale et psychiatrie" → "TPP santé mentale").
    _simple(r"(?:titres?\s+professionnels?\s+particuliers?(?:\s*\(\s*TPP\s*\))?|(?-i:TPP))(?:\s+d['’]\s*infirmi[\w()]+)?\s+(?:en|de|d['’])\s*"
            r"(?P<field>(?!" + _CQP_NAME_STOP + r")[\w'’-]+(?:\s+(?!ou\b|" + _CQP_NAME_STOP + r")[\w'’-]+){0,6})(?:\s*\(\s*(?P<acr>(?-i:[A-Z]{2,8}))\s*\))?(?![\w'’-])|"
            r"(?-i:TPP)\s+(?P<bare>(?-i:[A-Z]{2,8}))", lambda m: _tpp_code(m)),
    # Round 18, badges and passes a permit of the post depends on: the airport security badge (after a screening), the
    # Belgian emergency-ambulance badge (AMU). (Not the Walloon "passeport APE" of the subsidised jobs: the seen golds
    # leave it unlabelled, a condition of the employer's subsidy.)
    _simple(r"badges?\s+(?:de\s+s[ée]curit[ée]\s+|d['’]\s*acc[èe]s\s+)?a[ée]roportuaires?|badges?\s+(?:de\s+s[ée]curit[ée]\s+|d['’]\s*acc[èe]s\s+)(?:[àa]\s+l['’]\s*)?a[ée]roport(?![\w])|badges?\s+(?:de\s+secouriste-ambulancier\s+)?(?-i:AMU)|brevets?\s+(?:de\s+secouriste-ambulancier\s+)?(?-i:AMU)",
            lambda m: "badge AMU" if "AMU" in m.group(0) else "badge aéroportuaire"),
    # Round 18, Belgian public-service brevets and attestations of a grade (the school director's, the police
    # inspector's, the firefighter's BO1/BO2 and the federal fitness attestation, the nature guide's); not the trades'
    # brevets (read above) nor the nursing home director's attestation.
    _simple(r"brevets?\s+(?:de\s+|d['’]\s*)(?P<grade>direct(?:eur|rice|eur\(trice\))(?!\s+de\s+maison)|inspect(?:eur|rice)(?:\s+principal)?|commissaire|officier|aspirant|sapeur-pompier|pompier|caporal|sergent|adjudant|agent\s+de\s+police|guide[- ]nature)"
            r"(?:\s+de\s+police)?(?:\s*\(\s*(?P<acr>(?-i:[A-Z]{1,4}\d?))\s*\))?",
            lambda m: "brevet " + " ".join(m.group("grade").split()).lower().replace("guide nature", "guide-nature").replace("guide-nature", "guide nature") + (f" {m.group('acr')}" if m.group("acr") else "")),
    _simple(r"guide[- ]nature\s+brevet[ée](?:e|\(e\)|·e)?", "brevet guide nature"),
    _simple(r"attestation\s+d['’]\s*aptitude\s+f[ée]d[ée]rale(?:\s*\(\s*AAF\s*\))?|certificat\s+d['’]\s*aptitude\s+f[ée]d[ée]ral(?:\s*\(\s*CAF\s*\))?",
            lambda m: "certificat d'aptitude fédéral" if m.group(0).lower().startswith("certificat") else "attestation d'aptitude fédérale"),
    # Round 18, the French driving instructor's authorisation to teach and its mentions ("autorisation d'enseigner en
    # cours de validité", "mention deux-roues", "mention groupe lourd").
    _simple(r"autorisation\s+d['’]\s*enseigner(?:\s+la\s+conduite(?:\s+automobile)?)?", "autorisation d'enseigner la conduite"),
    _simple(r"mention\s+(?:deux[- ]roues|2\s*roues|groupe\s+lourds?)", lambda m: "mention deux-roues" if "roue" in m.group(0).lower() else "mention groupe lourd"),
    # Round 18, site trainings named as habilitations or certificates: slinging ("habilitations élingage"), the site
    # safety coordinator by its level ("Coordinateur sécurité-santé (niveau A ou B)"), the Walloon energy certifier
    # ("certificateur PEB", "responsable PEB agréé"), the drone pilot's brevet.
    _simple(r"(?:habilitations?|certificats?|attestations?|certifications?)\s+(?:[àa]\s+l['’]\s*|d['’]\s*|de\s+|en\s+)?(?:[ée]lingage|[ée]lingueur)", "élingage"),
    _simple(r"coordinat(?:eur|rice|eur\(trice\))\s+(?:en\s+mati[èe]re\s+de\s+)?s[ée]curit[ée][\s-]+(?:et\s+)?sant[ée]"
            r"(?:\s*\(\s*(?:de\s+)?niveau\s+[ABC](?:\s*(?:ou|,|/|et)\s*[ABC])*\s*\)|\s+(?:de\s+)?niveau\s+[ABC](?![\w]))", "coordinateur sécurité-santé"),
    _simple(r"certificat(?:eur|rice|eur\(trice\))\s+PEB(?:\s+agr[ée][ée](?:e|\(e\))?)?|responsable\s+PEB\s+agr[ée][ée](?:e|\(e\))?|agr[ée]ment\s+(?:de\s+)?(?:certificateur\s+|responsable\s+)?PEB",
            lambda m: "responsable PEB" if m.group(0).lower().startswith("resp") else "certificateur PEB"),
    _simple(r"t[ée]l[ée]pilote\s+de\s+drones?\s*\(\s*brevet[^()\n]{0,30}\)|brevet\s+(?:th[ée]orique\s+)?(?:ULM|de\s+t[ée]l[ée]pilote)|certificat\s+d['’]\s*aptitude\s+th[ée]orique\s+de\s+t[ée]l[ée]pilote(?:\s*\(\s*CATT\s*\))?",
            "télépilote de drone"),
    # Round 18: the refrigerant certificate by the gases' name ("certificat gaz fluorés", "attestation F-gaz").
    _simple(r"(?:certificat|attestation|certification)\s+(?:de\s+manipulation\s+des\s+)?gaz\s+fluor[ée]s", "ATTESTATION FLUIDES FRIGORIGENES"),
    # Round 18, sector certificates by their standard or body: the automotive process auditor's ("Certification auditeur
    # VDA 6.3", "auditeur IATF 16949 certifié"), the French financial regulator's certificate in an ALL-CAPS ad (in
    # mixed case the certificate list reads it, with its benefit filter).
    _simple(r"certifications?\s+(?:d['’]\s*)?audit(?:eur|rice)s?\s+(?:interne\s+)?(?:VDA\s*6\.\d|IATF\s*16949|ISO\s*\d{4,5}(?:-\d)?)|"
            r"audit(?:eur|rice)s?\s+(?:interne\s+)?(?:VDA\s*6\.\d|IATF\s*16949)\s+certifi[ée](?:e|\(e\))?",
            _auditor_code),
    _simple(r"(?-i:(?:CERTIFICATION|EXAMEN)\s+AMF)", "certification AMF", 0),
    # Round 18: the credit intermediary's habilitation without its level, by a habilitation word or the cue after it
    # ("habilitation IOBSP souhaitée", "IOBSP APPRECIE"); not the firm's status ("courtier IOBSP").
    _simple(r"(?:habilitation|certification|attestation)\s+IOBSP(?!\s*(?:niveau\s*)?[123])|IOBSP(?=\s+(?:appr[ée]ci|souhait|exig|requis|obligatoire|indispensable|un\s+plus))", "IOBSP"),
    # Round 19, permits to practise as a registration with the body that keeps the register, whatever the word order: the
    # profession first or not, a cadastre or register between, the body after "auprès de", "à", "au", "par" or in
    # brackets ("enregistrement comme aide familial auprès de l'AViQ", "Enregistrement au cadastre des aides-soignants
    # (SPF Santé)", "enregistrement SPF obligatoire", "Inscription auprès de la COCOF", "inscrite à l'ONE"). Not the
    # jobseeker's registration (Forem, Actiris: not a body of a profession), nor an organisation's (checked below).
    _simple(_REGISTRATION_WORD + r"(?:\s+(?:comme|en\s+tant\s+qu['’]\s*e?)\s+[\w()'’·-]+(?:\s+[\w()'’·-]+){0,2}?)?"
            r"(?:\s+(?:au|aux)\s+(?:cadastre|registre|r[ée]pertoire)\s+(?:des|du|de\s+l['’]|de\s+la)\s*[\w()'’·-]+(?:\s+[\w()'’·-]+){0,2}?)?"
            r"\s*(?:\(\s*|aupr[èe]s\s+(?:de\s+la\s+|du\s+|de\s+l['’]\s*|des\s+)|[àa]\s+la\s+|[àa]\s+l['’]\s*|au\s+|par\s+(?:la\s+|le\s+|l['’]\s*)|de\s+la\s+|du\s+|de\s+l['’]\s*)?"
            # (not the SPF Santé itself, read above with its restating bracket: "enregistré(e) auprès du SPF Santé publique (numéro …)")
            r"(?P<body>(?-i:AViQ|AVIQ|Iriscare|COCOF|ONE|SPF(?!\s+Sant)|ARS))(?:\s+Int[ée]rieur)?(?:\s*\))?(?![\w])",
            _registered_body_code),
    # (the cadastre named without its body: "enregistrement au cadastre des aides-soignants", "inscrit(e) au cadastre")
    _simple(_REGISTRATION_WORD + r"\s+au\s+cadastre(?:\s+(?:des|de\s+l['’])\s*[\w'’·-]+(?:\(e\)|\(es\))?)?(?:\s*\(\s*SPF[^()\n]{0,25}\))?", _registered_body_code),
    # Round 19: a training approved by a Belgian public body, asked of the candidate ("la formation de gardien de la paix
    # agréée par le SPF Intérieur", "formation d'agent de prévention reconnue par la Région wallonne"); not the
    # organisation's approval ("centre de formation agréé par …", checked below), nor a French school's "formation
    # reconnue par l'État" (a diploma's wording).
    _simple(r"formation\s+(?:de\s+base\s+)?(?:de\s+|d['’]\s*)(?!base(?![\w]))[\w'’-]+(?:\s+[\w'’-]+){0,4}?\s+(?:agr[ée][ée]e|reconnue|homologu[ée]e|certifi[ée]e)\s+par\s+(?:le|la|l['’])\s*"
            r"(?:SPF(?:\s+[\w-]+)?|AViQ|ONE|COCOF|Iriscare|FWB|F[ée]d[ée]ration\s+Wallonie-Bruxelles|Communaut[ée]\s+fran[çc]aise|R[ée]gion\s+(?:wallonne|bruxelloise|de\s+Bruxelles-Capitale))",
            lambda m: "formation " + re.sub(r"^formation\s+(?:de\s+base\s+)?(?:de\s+|d['’]\s*)|\s+(?:agr[ée][ée]e|reconnue|homologu[ée]e|certifi[ée]e)\s+par.*$", "", " ".join(m.group(0).split()), flags=re.I) + " agréée"),
    # Round 19, the private-security trades' certificates named by the agent ("certification d'agent de sûreté",
    # "attestation de formation de base agent de gardiennage", "certificat d'agent de sécurité privée", "brevet d'agent
    # cynophile"); the job title alone ("agent de sûreté") has no certificate word and is not read.
    _simple(r"(?:certificat(?:ion)?|attestation|brevet|formation\s+de\s+base)s?\s+(?:de\s+formation\s+(?:de\s+base\s+)?)?(?:d['’]\s*|de\s+)?agents?\s+"
            r"(?:de\s+(?:s[ûu]ret[ée]|s[ée]curit[ée](?:\s+priv[ée]e)?|gardiennage|surveillance)|cynophiles?)(?:\s+a[ée]roportuaire)?",
            lambda m: "certification agent de sûreté" if re.search(r"s[ûu]ret", m.group(0), re.I) else "carte agent de gardiennage" if "gardiennage" in m.group(0).lower() else "certification agent de sécurité"),
    # Round 19, the medical fitness of drivers and emergency staff under its other names ("certificat d'aptitude médicale",
    # "certificat médical (sélection médicale groupe 2)", "attestation médicale d'aptitude", "certificat médical groupe
    # 2"); not the sick note ("un certificat médical en cas d'absence": no fitness, no selection, no group).
    _simple(r"(?:certificat|attestation)\s+d['’]\s*aptitude\s+m[ée]dicale(?:\s*\(\s*s[ée]lection\s+m[ée]dicale[^()\n]{0,25}\))?|"
            r"(?:certificat|attestation)\s+m[ée]dical(?:e)?\s*(?:\(\s*s[ée]lection\s+m[ée]dicale[^()\n]{0,25}\)|(?:\(\s*)?groupe\s+(?:2|II)(?:\s*\))?|d['’]\s*aptitude)",
            lambda m: "sélection médicale" if re.search(r"s[ée]lection|groupe", m.group(0), re.I) else "certificat médical d'aptitude"),
    # Round 19: the State security clearance with its level ("Habilitation de sécurité (niveau confidentiel)",
    # "habilitation de sécurité niveau secret"); not the electrical habilitations (read by their levels).
    # (the level is part of the wording: a bare "habilitation de sécurité" is mostly the employer's procedure after hiring
    # or an eligibility in French ads, which the team corpus leaves unlabelled)
    _simple(r"habilit(?:ation|able)s?\s+de\s+s[ée]curit[ée]\s*\(?\s*(?:de\s+)?niveau\s+(?:confidentiel|secret|tr[èe]s\s+secret)(?:\s+(?:UE|OTAN|NATO|d[ée]fense))?\s*\)?",
            "habilitation de sécurité"),
    # Round 21: the State security clearance in English ("Security clearance (NSA/ANS)", "security clearance"), its
    # Belgian authority in brackets; the EU institutions' selection passed ("EPSO laureate", "lauréat(e) EPSO", "EPSO",
    # checked below against a wish or an asking word in its sentence).
    _simple(r"security\s+clearance(?:\s*\(\s*(?:NSA|ANS)(?:\s*/\s*(?:NSA|ANS))?\s*\))?", "habilitation de sécurité"),
    _simple(r"(?:laur[ée]at(?:e|\(e\)|·e)?s?\s+(?:(?:d['’]\s*un|du)\s+concours\s+)?)?EPSO(?:\s+(?:laureate|competition))?", "lauréat EPSO"),
    # Round 19: the process auditor's qualification under its other nouns ("Qualification auditeur IATF 16949", "auditeur
    # qualifié VDA 6.3"), and the second standard after a slash or "et" ("… IATF 16949 / VDA 6.3 exigée": two items).
    _simple(r"(?:qualifications?|habilitations?|agr[ée]ments?)\s+(?:d['’]\s*)?audit(?:eur|rice)s?\s+(?:interne\s+)?(?:VDA\s*6\.\d|IATF\s*16949)|"
            r"audit(?:eur|rice)s?\s+(?:interne\s+)?(?:VDA\s*6\.\d|IATF\s*16949)\s+qualifi[ée](?:e|\(e\))?", _auditor_code),
    _simple(r"(?<=16949 / )VDA\s*6\.\d|(?<=16949/)VDA\s*6\.\d|(?<=16949 et )VDA\s*6\.\d|(?<=6\.3 / )IATF\s*16949|(?<=6\.3/)IATF\s*16949|(?<=6\.3 et )IATF\s*16949", _auditor_code),
    # Round 19: the Belgian insurance intermediary's professional knowledge, attested ("connaissances professionnelles IARD
    # attestées", "attestation de connaissances professionnelles en assurances"); not knowledge alone ("bonnes
    # connaissances professionnelles en IARD": no attestation).
    _simple(r"connaissances\s+professionnelles\s+(?:en\s+)?(?:IARD|assurances?(?:\s+(?:IARD|vie|non-vie))?|non-vie|vie)\s+(?:attest[ée]es|certifi[ée]es|reconnues|valid[ée]es)|"
            r"(?:attestation|certificat|examen)\s+(?:de\s+)?connaissances\s+professionnelles(?:\s+(?:en\s+)?(?:IARD|assurances?|non-vie|vie))?",
            "connaissances professionnelles IARD"),
    # Round 19: the Belgian teacher's certificate of the language of teaching ("certificat de maîtrise approfondie (de la
    # langue française)", "certificat de connaissance approfondie de la langue de l'enseignement").
    # (not one that names another language, "certificat de connaissance approfondie du néerlandais": a language item)
    _simple(r"certificat\s+(?:de\s+)?(?:ma[îi]trise|connaissance)\s+(?:approfondie|suffisante)(?:\s+de\s+la\s+langue(?:\s+(?:fran[çc]aise|de\s+l['’]\s*enseignement))?)?"
            r"(?!\s+(?:du|des|de\s+l['’]|de\s+la|d['’]|en)(?![\w]))(?!\s+(?:n[ée]erlandaise|allemande|anglaise))",
            "certificat de maîtrise approfondie"),
    # Round 19: the Belgian nurse's particular title named after the job ("Infirmier(ère) SIAMU", "infirmière SIAMU"):
    # the TPP (guide, sixth batch).
    _simple(r"infirmi(?:er|[èe]re)s?(?:\s*\(\s*[èe]re\s*\)|\s*\(\s*e\s*\)|·[èe]re|/[èe]re)?\s+(?-i:SIAMU)", "TPP SIAMU"),
]
# Round 13: "visa" is the health professional's permit only in a care ad and not a travel or work visa.
_HEALTH_RE = re.compile(r"INAMI|SPF\s+Sant|infirmi|soins|kin[ée]|param[ée]dic|aide[-\s]soignant|maisons?\s+de\s+repos|sage-femme|logop[èe]d|ergoth[ée]rap|di[ée]t[ée]tic|m[ée]decin|pharmac|"
                        r"psycholog|psychomotri|orthopti|podolog|audiolog", re.I)
# Round 14: the nuclear levels (RP1, PR2 CR, CSQ) only in a nuclear ad; ATEX only as a training or habilitation asked
# ("Formation GIES 2 … et ATEX souhaitées"), not a zone or a material's label ("zone ATEX", "matériel certifié ATEX").
# "Les formations R408 et travail en hauteur sont requises": a training listed after another one under "formations".
# Round 15: a job title after a recruiting verb ("engage un(e) conseiller(ère) en prévention de niveau 1").
_WELD_PROCESS_MORE_RE = re.compile(r"\s*(?:,|/|et|ou)\s+((?-i:TIG|MIG|MAG|MMA|ARC|EE)\s+\d{3})(?![\w])", re.I)
# Round 15: "(ancien CACES 5)" restates the old name of the certificate just asked; "pour passer le CACES … si vous le
# souhaitez" is a training offered, not asked.
_OLD_NAME_BEFORE_RE = re.compile(r"\(\s*(?:anciennement|ancien(?:ne)?|ex-?)\s*$", re.I)
_IF_YOU_WISH_RE = re.compile(r"[^.\n;]{0,50}?si\s+(?:vous\s+le\s+souhaitez|tu\s+le\s+souhaites)", re.I)
# Round 15: a belt the employer's programme gives ("Nos ingénieurs bénéficient d'un programme … qui inclut la certification
# Black Belt").
_BENEFIT_BEFORE_RE = re.compile(r"(?:b[ée]n[ée]fici\w*|programme|inclu\w*|propos\w*|offr\w*|financ\w*)[^.\n]{0,60}$", re.I)
_ORGANISATION_BEFORE_RE = re.compile(r"(?:centre|service|structure|[ée]tablissement|h[ôo]pital|institution|maison|laboratoire|entreprise|soci[ée]t[ée]|organisme|asbl|cabinet|nous\s+sommes)\b[^.;\n]{0,30}$", re.I)
_RECRUITED_BEFORE_RE = re.compile(r"(?:engag|recrut|recherch|cherch|embauch)\w*\s+(?:un|une|un\(e\)|une?\s*/\s*une?|des|son|sa|notre)\s*$", re.I)
_LISTED_TRAINING_BEFORE_RE = re.compile(r"(?<![\w])formations\s+[^.\n;:]{1,50}?(?:,|\bet|/)\s*$", re.I)
_FOLLOWED_BEFORE_RE = re.compile(r"(?:suivr\w*|suivez|recevr\w*|b[ée]n[ée]ficier\w*\s+d['’]|dispens\w*|organis\w*|propos\w*|offr\w*)\s+(?:une|la|d['’]une|l['’])?\s*$", re.I)
_REGULATION_BEFORE_RE = re.compile(r"(?:r[ée]glementations?|r[èe]gles|normes?|directives?|prescriptions?)\s+(?:de\s+l['’]\s*|du\s+)?$", re.I)
_WELD_NORM_BEFORE_RE = re.compile(r"(?:selon|suivant|conform[ée]ment\s+[àa]|certifi[ée]e?s?)\s+(?:la\s+norme\s+|l['’]\s*)?$", re.I)
_NUCLEAR_RE = re.compile(r"nucl[ée]aire|CEFRI|radioprotection|rayonnements?\s+ionisants|centrales?\s+(?:EDF|nucl)|\bINB\b|Orano|\bCEA\b", re.I)
_NUCLEAR_SCAN = GatedPattern(_NUCLEAR_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_TRAINING_WORD_BEFORE_RE = re.compile(r"(?<![\w])(?:formations?|habilitations?|certifi\w+|attestations?)[^\n.;]{0,60}$", re.I)
_ATEX_PLACE_BEFORE_RE = re.compile(r"(?:zones?|atmosph[èe]res?|environnements?|milieux?|mat[ée]riels?|[ée]quipements?|sites?|certifi[ée]e?s?|normes?|class[ée]e?s?|en)\s+$", re.I)
_NOT_PERMIT_VISA_RE = re.compile(r"\s*(?:de\s+(?:travail|s[ée]jour|tourist)|Premier|Infinite|card|carte)|\s*(?:,|/|et)\s*(?:Mastercard|American)", re.I)
# "carte pro" is the security card only in a security ad ("carte pro BTP" is the construction workers' ID card).
_SECURITY_RE = re.compile(r"CNAPS|\bAPS\b|SSIAP|s[ée]curit[ée]|surveillance|gardiennage|s[ûu]ret[ée]|vigile|cynophile", re.I)
# "Nous sommes certifiés VCA** et ISO 9001", "l'entreprise est certifiée VCA": the employer's own certification.
_EMPLOYER_CERTIFIED_BEFORE_RE = re.compile(r"(?<![\w])(?:sommes|est|sont)\s+(?:[^.\n]{0,40}\s)?certifi[ée]e?s?(?![\w])[^.\n]{0,40}$", re.I)


_DIAG_WORD = r"(?:amiante|plomb|th?ermites?|DPE|gaz|[ée]lectricit[ée])"
_DIAG_RE = re.compile(r"certifications?\s+(?:de\s+)?(?:diagnostiqueur\s+)?[^.\n]{0,30}?" + _DIAG_WORD + r"(?:\s*(?:,|/|et|-|:)\s*" + _DIAG_WORD + r")*", re.I)
_DIAG_SCAN = GatedPattern(_DIAG_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_DIAG_WORD_RE = re.compile(r"(?<![\w])(?<!F-)" + _DIAG_WORD + r"(?![\w])", re.I)  # not "certification F-gaz"
_HACCP_DUTY_RE = re.compile(r"r[èe]glementation|respect|appliqu|application|proc[ée]dures?|plan\s+(?:de|HACCP)|selon|conform", re.I)
# Round 13: a duty sentence that still asks for it ("Le respect des règles d'hygiène (HACCP) est apprécié").
# Round 13: a profile heading earlier on the same line, where markup was stripped ("Profil : CQ6 cuisinier…Vous appliquez
# l'autocontrôle et les règles HACCP"): the candidate's competence, as under a profile heading's list.
# The glued items are split into lines by textmap.py: the heading's line then its items, no blank line nor other heading.
_PROFILE_ON_LINE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:votre\s+)?profil(?:\s+recherch[ée])?\s*:(?![^\n]*(?:missions?|t[âa]ches|responsabilit[ée]s|offre)\s*:)[^\n]*"
    r"(?:\n(?![^\n]*(?:missions?|t[âa]ches|responsabilit[ée]s|offre|nous\s+offrons)\s*:)[^\n]+){0,8}$",
    re.I,
)
_HACCP_ASKED_RE = re.compile(ASKING_CUES, re.I)
# Round 13: the people the candidate leads or was ("encadrer une équipe de 4 agents SSIAP 1", "expérience en tant qu'agent
# SSIAP 1") when the ad asks a higher grade: the lower grade is theirs.
_SSIAP_PEOPLE_BEFORE_RE = re.compile(r"agent(?:e|\(e\)|·e)?s?\s+(?:de\s+s[ée]curit[ée]\s+(?:incendie\s+)?)?$", re.I)
# "une entreprise certifiée VCA** et ISO 9001", "Société de gardiennage agréée … et certifiée VCA": the employer's label.
_COMPANY_CERTIFIED_BEFORE_RE = re.compile(
    r"(?<![\w])(?:entreprise|soci[ée]t[ée]|agence|groupe|usine|site|atelier|PME|structure|filiale)(?![\w])[^.\n]{0,80}?certifi[ée]e?s?\s+(?:[^.\n]{0,30}\s)?$|"
    # Round 14: "notre client, lui-même certifié VCA** et ISO 9001" (not "notre client recherche un technicien certifié VCA")
    r"(?<![\w])client\s*,?\s*(?:(?:lui|elle)-m[êe]me\s*,?\s*)?(?:(?:qui\s+)?est\s+)?certifi[ée]e?s?\s+(?:[^.\n]{0,30}\s)?$", re.I)
_HACCP_PERSON_RE = re.compile(r"ma[îi]tris|conna(?:i|î)(?:ss|s\b|t\b)|form[ée]|formation|titulaire|attestation|certificat|vous\s+(?:avez|connaissez)|notions", re.I)
# The old construction-machine recommendation (R372m) numbered its categories too: a site ad keeps the bare digit.
_SITE_RE = re.compile(r"chantiers?|terrassement|BTP|travaux\s+publics|engins?\s+de\s+chantier|pelle|R482|R372", re.I)
_SITE_SCAN = GatedPattern(_SITE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# A list under a competence or profile heading ("Compétences techniques :\n- Appliquer les règles d'hygiène (HACCP)")
# asks the candidate for what it names (the guide, 202CHRY), even with a duty verb; no blank line since the heading.
_COMPETENCE_LIST_RE = re.compile(r"(?:^|\n)[^\n]*(?:comp[ée]tences|profil|savoir[- ]faire|qualifications)[^\n]*:[ \t]*\n(?:[ \t]*\S[^\n]*\n)*[ \t]*[-•*·▪–]?[^\n]*$", re.I)
_WAREHOUSE_RE = re.compile(r"cariste|chariot|magasin|entrep[ôo]t|logisti|pr[ée]parat|manutention", re.I)
_WAREHOUSE_SCAN = GatedPattern(_WAREHOUSE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 16: the Qualit'EnR qualifications are also the firm's labels: kept when the sentence asks for them.
_COMPANY_LABEL_RE = re.compile(r"labellis|entreprise|soci[ée]t[ée]|nous\s+sommes|de\s+l['’]\s*entreprise|notre\s+(?:label|qualification)", re.I)
_WISH_OR_ASKED_RE = re.compile(r"(?:" + ASKING_CUES + r")|appr[ée]ci|souhait|atout|plus|bienvenu|avantage|titulaire|vous\s+avez|tu\s+as", re.I)
# Round 16: a certificate asked of other staff than the person sought ("VCA Basis obligatoire (VOL-VCA pour les chefs
# d'équipe)", "CACES 5 pour les chefs de quai").
_FOR_OTHERS_AFTER_RE = re.compile(
    r"\s+(?:(?:exig[ée]e?s?|requise?s?|obligatoires?)\s+)?pour\s+(?:les|le|la|nos)\s+(?:chefs?|responsables?|encadrants?|contrema[îi]tres?|superviseurs?|cadres?|team\s+leaders?)(?![\w])|"
    # (round 21: the team's, whose certificates a manager follows: "suivre les autorisations de conduite et les CACES des équipes")
    r"\s+(?:des|de\s+vos|de\s+nos|de\s+ses|de\s+l['’])\s*(?:[ée]quipes?|op[ée]rateurs|collaborat(?:eurs|rices)|salari[ée]s|int[ée]rimaires|agents|chauffeurs|conducteurs)(?![\w])",
    re.I,
)
# Round 16: the certificate the employer trains people for ("Nous formons nos opérateurs en interne et via le CQP …",
# "nous vous formerons grâce au CQP").
_TRAINED_VIA_BEFORE_RE = re.compile(
    r"(?<![\w])form(?:ons|erons|era|ent)\s[^.\n;]{0,60}?(?:via|par|gr[âa]ce\s+(?:au|aux|[àa]\s+la|[àa]\s+l['’])|avec)\s+(?:le|la|les|l['’]|un|une|des|notre|nos)?\s*$",
    re.I,
)
# Round 16: another level of the prevention adviser's certificate in brackets after the first ("certificat de conseiller en
# prévention de niveau II (niveau I serait un atout)"): one more item, the bracket's own cue its strength.
_PREVENTION_BRACKET_RE = re.compile(r"[ \t]*\(\s*(?P<inner>(?:le\s+|un\s+)?niveau\s+(?P<level>[123]|I{1,3})(?![\w])[^()\n]{0,50})\)", re.I)


# Vendor and IT certifications. An exam code ("PL-300", "AZ-900") or a title that only exists as a certificate
# (PMP, CISSP, CCNA, "AWS Certified …") is one by itself; a method that is also a certificate's name (ITIL, Scrum,
# PRINCE2, TOGAF, SAFe) only when the sentence says certified ("certification ITIL", "Scrum Master certifié").
# Round 2: the exam code is also written without its hyphen ("PL300", "AZ 104"); the code is normalised to the
# hyphenated form. Only the Power Platform, Azure and data prefixes: "MS 365" names a product.
_VENDOR_EXAM_RE = re.compile(r"(?<![\w-])(?:(?:PL|AZ|DP|AI|SC|MS|MB|MD)-\d{3}|(?:PL|AZ|DP)\s?\d{3})(?![\w-])")
_VENDOR_TITLE_RE = re.compile(
    r"(?<![\w])(?:(?:AWS|Google\s+Cloud|Microsoft|Azure|Salesforce|Oracle|Databricks|Snowflake|Cisco)\s+Certified(?:\s+(?-i:[A-Z][\w-]*)){0,4}|"
    r"PMP|CISSP|CISA|CISM|CCNA|CCNP|CCIE|ISTQB|PSPO\s?I{0,3}|PSM\s?I{0,3}|CSPO|RHCE|RHCSA|CKA|CKAD|OSCP|CEH|"
    # Round 12: security, network, cloud-native, governance and project titles that only exist as certificates.
    r"CSM|CRISC|CGEIT|CIPP(?:/[EUC])?|CIPM|CCSP|CCSK|GCIH|GICSP|GCFA|GPEN|GIAC(?:\s+(?-i:[A-Z]{3,5}))?|OSWE|OSEP|OSCE3?|CRTP|CRTO|CKS|"
    r"PCNSE|PCNSA|CCSE|CCSA|JNCI[ASEP]|LPIC-?[123]|CompTIA(?:\s+(?:Security|Network|A|Cloud|Linux|CySA|PenTest)\+?)?|Security\+|"
    r"CDMP|CBAP|ECBA|CCBA|CAPM|PMI-(?:SP|ACP|RMP|PBA)|PgMP|PfMP)(?![\w])"
)
# Their lower-case prefixes ("nse", "iso") are inside common French words (conseil, livraison): run only where the
# capitals occur.
_VENDOR_TITLE_CAPS_RE = re.compile(r"(?<![\w])(?:NSE\s?[1-8]|ISO\s?(?:/IEC\s?)?\d{4,5}(?:-\d)?\s+(?:Lead\s+)?(?:Implementer|Auditor|Risk\s+Manager))(?![\w])")
_VENDOR_TITLE_CAPS_SCAN = GatedPattern(_VENDOR_TITLE_CAPS_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 12: "Prince2" as often as "PRINCE2"; the SAFe role certificates ("SAFe Scrum Master", "SAFe SSM", "SAFe Agilist").
_METHOD_CERT_RE = re.compile(
    r"(?<![\w])(?:ITIL(?:\s*v?[34])?(?:\s+(?:Foundation|Managing\s+Professional|Practitioner|Expert))?|(?i:PRINCE\s?2)(?:\s+(?:Foundation|Practitioner|Agile))?|TOGAF(?:\s+(?:9|10))?|"
    r"SAFe(?:\s+(?:Scrum\s+Master|SSM|SA|Agilist|POPM|SPC|RTE|Practitioner|Product\s+Owner))?|Scrum(?:\s+Master)?|Lean\s+Six\s+Sigma(?:\s+(?:Green|Black|Yellow)\s+Belt)?|Six\s+Sigma)(?![\w])"
)
_CERTIFIED_RE = re.compile(r"certifi|certificat|foundation|practitioner", re.I)
# "Certification Salesforce Administrator", "certifié Google Cloud Professional Data Engineer", "certifications AWS":
# a vendor named right after "certifié(e)/certification", with the capitalised title that follows it. Not the employer's
# own label ("partenaire certifié Microsoft").
_VENDOR = r"Atlassian|Jira|SAS|Alteryx|Informatica|Talend|Amazon\s+Web\s+Services|Azure|Microsoft|Google(?:\s+Cloud)?|GCP|Salesforce|Oracle|SAP|Cisco|Databricks|Snowflake|Red\s+Hat|VMware|Kubernetes|Terraform|HashiCorp|Tableau|Qlik|Power\s+BI|ServiceNow|Fortinet|Palo\s+Alto|IBM|Workday"
_CERTIFIED_VENDOR_RE = re.compile(
    # (round 21: the English participle before the vendor too, "Certified Workday HCM a strong plus")
    r"(?:(?<![\w])|(?<=[a-z])(?=(?-i:C)))certifi(?:[ée]e?s?|[ée]\(e\)s?|cations?|ed)\s+(?:en\s+|sur\s+)?"
    # "certifié sur un ou plusieurs produits Atlassian", "certification sur les solutions SAP"
    r"(?:(?:(?:un|une|des|les|plusieurs|un\s+ou\s+plusieurs|une\s+ou\s+plusieurs)\s+)?(?:produits?|solutions?|outils?|plateformes?|technologies?)\s+)?"
    r"(?P<title>(?-i:" + _VENDOR + r")(?:\s+(?-i:[A-Z][\w-]*(?:/[\w-]+)?)){0,4})(?![\w])",
    re.I,
)
_CERTIFIED_VENDOR_SCAN = GatedPattern(_CERTIFIED_VENDOR_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 12: a vendor's certificate named by its title alone ("Azure Solutions Architect Expert", "Google Professional
# Cloud Architect", "SnowPro Core", "AWS Data Engineer Associate", "Lean Six Sigma Black Belt"): a vendor or product, then
# capitalised words holding a certificate level (Associate, Professional, Expert, Specialty, Core, Certified, a Belt…).
# Not a job title introduced by an article or a role phrase ("un Azure Data Engineer", "en tant que AWS Architect").
_VENDOR_THEN_CERTIFICATION_RE = re.compile(
    r"(?<![\w])(?P<title>(?-i:" + _VENDOR + r")(?:\s+(?-i:[A-Z][\w-]*)){0,3})\s+(?-i:[Cc])ertifi(?:cations?|cates?)(?![\w])"
)
_VENDOR_THEN_CERTIFICATION_SCAN = GatedPattern(_VENDOR_THEN_CERTIFICATION_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_TITLE_VENDOR = (
    r"AWS|Amazon\s+Web\s+Services|Azure|Microsoft|Google(?:\s+Cloud)?|GCP|Salesforce|ServiceNow|Oracle|Databricks|Snowflake|SnowPro|"
    r"Red\s+Hat|Citrix|Cisco|VMware|HashiCorp|Terraform|Kubernetes|FinOps|Splunk|Tableau|Qlik|SAP|Workday|Odoo|Fortinet|SailPoint|"
    r"CyberArk|Palo\s+Alto|Lean\s+Six\s+Sigma|Six\s+Sigma|dbt|Acquia|Atlassian|Scrum\.org|Cloudera|Confluent|MongoDB|Elastic"
)
_VENDOR_CERT_TITLE_RE = re.compile(r"(?<![\w-])(?-i:" + _TITLE_VENDOR + r")(?:[ \t]+(?-i:[A-Z][\w+-]*|I{1,3})){1,7}(?![\w])")
_TITLE_LEVEL_RE = re.compile(
    r"(?<![\w])(?-i:Associate|Professional|Expert|Specialist|Specialty|Practitioner|Foundations?|Fundamentals|Core|Advanced|Certified|Belt)(?![\w])"
)
_TITLE_LEVEL_WORDS = ("Associate", "Professional", "Expert", "Specialist", "Specialty", "Practitioner", "Foundation", "Fundamentals",
                      "Core", "Advanced", "Certified", "Belt")
_ROLE_BEFORE_RE = re.compile(r"(?:\b(?:un|une|le|la|notre|votre|an?|our)|en\s+tant\s+qu(?:e|['’])|comme|poste\s+d['’e]|as)\s+$", re.I)
_VENDOR_CERT_TITLE_SCAN = GatedPattern(_VENDOR_CERT_TITLE_RE)
_EMPLOYER_LABEL_RE = re.compile(r"(?:partenaire|soci[ée]t[ée]|entreprise|agence|centre|organisme|cabinet|nous\s+sommes)(?:\s+\w+)?\s*$", re.I)

# Bare acronyms that also name other things (PSM is a CyberArk module): certificates only where the sentence says so.
_AMBIGUOUS_TITLES = frozenset({"PSM", "PSPO", "CSM"})  # CSM: also a Customer Success Manager
_CERT_OR_SCRUM_RE = re.compile(r"certif|scrum|agile|professional", re.I)
# (a capital glued after it is the next line where markup was stripped: "Product OwnerAdepte du travail…")
_PRODUCT_OWNER_AFTER_RE = re.compile(r"\s*(?:/|,|ou|et/ou|et)\s*(Product\s+Owner)(?:(?![\w])|(?=(?-i:[A-Z])))", re.I)

_EXAM_PREFIXES = frozenset(f"{p}-" for p in ("PL", "AZ", "DP", "AI", "SC", "MS", "MB", "MD"))
# Round 2: ADR (dangerous goods by road) is a driver's certificate; elsewhere the acronym is something else.
_TRANSPORT_RE = re.compile(
    r"mati[èe]res?\s+dangereuses|marchandises|transport|chauffeur|conducteur|conduite|camion|citerne|poids\s+lourds?|\bPL\b|\bSPL\b|"
    r"permis\s+[CDE]|livraison|FIMO|FCO|carburant|hydrocarbure|logisti",
    re.I,
)

_INTERMEDIARY_RE = re.compile(r"IOBSP|ORIAS|habilitation|interm[ée]diaire|courtage|courtier|assurance", re.I)
# "Certification SA (System Architect) ou SSA (Senior System Architect)": a vendor's acronyms, each spelt out in
# brackets, after "certification(s)"; the code takes the vendor the ad names (a word of _BRACKETED_VENDORS).
_BRACKETED_CERT_RE = re.compile(
    r"(?<![\w])certifi(?:cations?|[ée]e?s?)\s+(?P<first>(?-i:[A-Z]{2,6}))\s*\((?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){1,4}\)"
    r"(?P<more>(?:\s*(?:,|/|ou|et|et/ou)\s*(?-i:[A-Z]{2,6})\s*\((?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){1,4}\))*)",
    re.I,
)
_BRACKETED_CERT_SCAN = GatedPattern(_BRACKETED_CERT_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_BRACKETED_ITEM_RE = re.compile(r"(?-i:[A-Z]{2,6})\s*\((?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){1,4}\)")
_BRACKETED_VENDORS = {"pega": "Pega", "salesforce": "Salesforce", "sap": "SAP", "servicenow": "ServiceNow", "oracle": "Oracle",
                      "microsoft": "Microsoft", "aws": "AWS", "google": "Google", "cisco": "Cisco", "vmware": "VMware", "ibm": "IBM"}
_BRACKETED_VENDOR_RE = re.compile(r"(?<![\w])(" + "|".join(_BRACKETED_VENDORS) + r")(?![\w])", re.I)
_BRACKETED_VENDOR_SCAN = GatedPattern(_BRACKETED_VENDOR_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 12, lists of certificates: "PMP ou PRINCE2", "CISSP, CISM ou ISO 27001 Lead Implementer", "Certifications
# appréciées : GCIH, OSCP", "CKA, CKS ou HashiCorp Terraform Associate". A member is a capitalised name of up to six
# words; the list is read when it is introduced by "certification(s)" (then each member is one, even a lone vendor name:
# "Certification Cloudera appréciée") or when one member is a vendor certificate the rules above know (then a member
# must look like a certificate: an acronym that is not a technology, or a title with a certificate word or a level:
# "Maîtrise d'Azure, SAP et Snowflake ; PMP apprécié" keeps Azure, SAP and Snowflake out).
_LIST_TOKEN = r"(?-i:[A-Z0-9][\w+-]*(?:/[A-Z0-9][\w-]*)*\+?)"
_LIST_STOP = r"(?-i:(?:Certif\w*|Le|La|Les|L|Un|Une|Des|Du|De|The|An|Vous|Tu|Nous|Et|Ou|Or|And|Pour|Avec|Dans|En|Sur|Par|Si|Idéalement|Niveau|Anglais|Français|Néerlandais|Allemand|English|French|Dutch|Permis|Bac|BAC|Master|Licence|Bachelor|Bachelier)(?![\w]))"
_LIST_MEMBER = rf"(?!{_LIST_STOP}){_LIST_TOKEN}(?:[ \t]+(?!{_LIST_STOP}){_LIST_TOKEN}){{0,5}}"
_LIST_CONNECTOR = r"[ \t]*(?:,|/|et/ou|ou|or|et)[ \t]+|[ \t]*(?:,|/)[ \t]*"
_CERT_LIST_RE = re.compile(rf"(?<![\w'’]){_LIST_MEMBER}(?:(?:{_LIST_CONNECTOR}){_LIST_MEMBER})*(?![\w])")
_LIST_MEMBER_RE = re.compile(rf"(?<![\w'’]){_LIST_MEMBER}(?![\w])")
# The noun only: "certifié ISO 9001", "environnements certifiés (ISO 27001, PCI-DSS)", "Certifiée TopEmployer" are the
# employer's labels.
_LIST_INTRO_RE = re.compile(
    r"certif(?:ications?|s)?(?:\s+(?:appr[ée]ci[ée]es?|requises?|souhait[ée]es?|exig[ée]es?|obligatoires?|bienvenues?|"
    r"constructeurs?|[ée]diteurs?|professionnelles?|techniques?|type|de\s+type|du\s+type|telles?\s+que|comme|cloud|s[ée]curit[ée]))*"
    r"\s*[:(]?\s*(?:(?:une|la|le|les|des|l['’])\s*)?$",
    re.I,
)
_CERT_TITLE_WORD_RE = re.compile(
    r"(?<![\w])(?:Associate|Professional|Expert|Specialist|Specialty|Practitioner|Foundation|Certified|Certification|Engineer|Architect|Developer|"
    r"Administrator|Consultant|Implementer|Auditor|Master|Owner|Core|Advanced|Fundamentals|Analyst|Builder|Defender|Agilist|Manager|Admin)(?![\w])"
)
_LEVEL_END_RE = re.compile(r"\s(?:I{1,3}|IV|\d)$")
# Technologies, languages and diplomas that are written as acronyms too: never a certificate by coordination alone.
_NOT_CERT_ACRONYMS = frozenset(
    "SQL NOSQL AWS GCP SAP ERP CRM API APIS REST SOAP BGP OSPF MPLS VPN LAN WAN SIEM SOC EDR XDR IAM ETL ELT BI ML IA AI UML PHP HTML CSS JS "
    "SAS SPSS VBA GIT CI CD RGPD GDPR ITSM SCADA PLC IT OS IOS UX UI QA SEO SEA CMS SI DSI MOA MOE AMOA PMO KPI ERP TMA RUN BUILD DEVOPS "
    "FR EN NL DE ES IT CV CDI CDD H F X SAFE TCP IP DNS DHCP VLAN SSL TLS IPSEC NAC EDI B2B B2C PME ETI RH DRH CAP BEP BTS DUT BUT DEUST "
    "MBA BPJEPS DEJEPS CPJEPS DEAES DEAS DEES DEME IDE IFSI CQP CESS BES TFP TP MIAGE ENS CNAM LEA NIS NIS2 NIST COBIT HDS PCI DSS SOX "
    "ISO IFRS GAAP LCB FT KYC AML AMF FSMA CNIL ANSSI EBIOS OWASP SAST DAST MDM PIM DAM DAMA LWC APEX OCP CFA ACFE".split()
)

# A list introduced by "certification(s)" is asked when its sentence says so, or when it opens its line ("Certifications :
# AWS, Azure"); not "Participer aux démarches de certifications : IFS Food, Label Rouge" (the company's) nor "des
# formations et certifications (IBM, Oracle…)" (a benefit).
_LIST_ASKED_RE = re.compile(
    r"exig|requis|obligatoire|souhait|appr[ée]ci|atout|un\s+plus|un\s+vrai\s+plus|indispensable|imp[ée]rati|id[ée]alement|bonus|\btop\b|serait|"
    r"vous\s+(?:avez|poss[ée]dez|[êe]tes|d[ée]tenez)|tu\s+(?:as|es|poss[èe]des|d[ée]tiens)|titulaire|nice\s+to\s+have|required|preferred|asset|"
    r"appreciated|mandatory|\bplus\b|bienvenue",
    re.I,
)
_LINE_OPENS_WITH_INTRO_RE = re.compile(r"[ \t]*(?:[-•*·▪–✔✓→»➤]|\d+[.)/])?[ \t]*certif", re.I)
_ISO_STANDARD_RE = re.compile(r"ISO\s?(?:/IEC\s?)?\d{3,5}(?:[-:]\d+)?$")
# An organisation's or a product's certification ("Certifications IFS Food, Label Rouge, BIO, MSC/ASC", "Qualiopi").
_ORGANISATION_LABELS = frozenset(
    "IFS BRC BRCGS FSSC LABEL BIO MSC ASC QUALIOPI MASE ECOVADIS HDS SOC TISAX PEFC FSC GLOBALGAP AB HQE BREEAM CE NF COFRAC QUALIBAT RGE "
    "EFQM AFAQ PAVILLON TOPEMPLOYER LUCIE B-CORP BCORP".split()
)
_NOT_INTRODUCED = frozenset("CDI CDD FR EN NL DE CNIL ANSSI ISO RGPD GDPR CAP BEP BTS DUT BUT MBA".split())


def _certificate_like(member: str) -> bool:
    """A member coordinated with a known certificate that is one too: an acronym, a versioned name or a title."""
    first = member.split()[0]
    if len(member.split()) == 1:
        letters = sum(1 for c in first if c.isupper())
        if first.upper().rstrip("+") in _NOT_CERT_ACRONYMS:
            return False
        return letters >= 2 or any(c.isdigit() for c in first) or first.endswith("+")
    return bool(_CERT_TITLE_WORD_RE.search(member) or _LEVEL_END_RE.search(member))


_SIMPLE_SCANNER = MultiPattern([p for p, _ in _SIMPLE])
# Tried only where their literal prefixes occur (fastscan.py): same matches.
_VENDOR_EXAM_SCAN = GatedPattern(_VENDOR_EXAM_RE)
# Round 12: the CACES and habilitation scans too (their glued-start alternative made the plain scans three times slower).
_CACES_SCAN = GatedPattern(_CACES_RE)
_ELEC_SCAN = GatedPattern(_ELEC_RE)
_VENDOR_TITLE_SCAN = GatedPattern(_VENDOR_TITLE_RE)
_METHOD_CERT_SCAN = GatedPattern(_METHOD_CERT_RE)


def _clause_stop(text: str, end: int, marks: str = ".\n", limit: int | None = None) -> int:
    """Where the clause after `end` stops: the first of `marks`, `limit` characters on, or the end of the text."""
    stops = [text.find(mark, end) for mark in marks] + [len(text)] + ([end + limit] if limit is not None else [])
    return min(x for x in stops if x != -1)


def _sentence_around(text: str, start: int, end: int) -> str:
    s = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    return text[s : _clause_stop(text, end)]



# The certificate is the subject of an asking predicate ("… est un plus / appréciée / souhaitée / requise"), or a short
# list item of its own; not a training the employer gives ("nous vous accompagnons vers une certification": no
# predicate) nor a possessive ("notre certification ISO").
_ASKED_CERTIFICATION_RE = re.compile(
    r"(?<![\w])(?:une|la|toute)\s+(?P<head>certification(?:\s+(?:d['’]\s*)?(?P<name>(?!(?:de|dans|en|pour|sur)\b)[^\s.,;:!?()]+"
    r"(?:\s+(?-i:[A-Z0-9])[^\s.,;:!?()]*){0,2}))?)"
    r"(?P<asked>(?=[^.;!?\n]{0,40}?\s(?:est|serait|sera)\s+(?:un\s+(?:r[ée]el\s+|vrai\s+|gros\s+)?(?:plus|atout|avantage)|"
    r"(?:fortement\s+|tr[èe]s\s+|vivement\s+)?(?:appr[ée]ci[ée]e|souhait[ée]e|souhaitable|requise|exig[ée]e|obligatoire|bienvenue|indispensable))))?",
    re.I,
)
_ASKED_CERTIFICATION_SCAN = GatedPattern(_ASKED_CERTIFICATION_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 14: what the employer pays for or gives ("nous finançons le code 95", "prise en charge d'une partie du BAFD",
# "formations continues (radioprotection, gestes d'urgence AFGSU)") or has the candidate pass after hiring
# ("habilitation électrique BR passée pendant ton contrat", "obtenue au cours de la formation").
_GIVEN_BEFORE_RE = re.compile(
    r"(?:(?<![\w])finan[cç](?:e|ent|ons|erons|era|ez)|prise?\s+en\s+charge(?:\s+(?:totale|partielle|d['’]une\s+partie))?|payons|offrons|rembours(?:e|ons))\s+"
    r"(?:de\s+|d['’]\s*)?(?:le|la|les|l['’]|du|des|votre|ton|ta|vos|tes)?\s*$|"
    r"(?<![\w])formations?\s+(?:continues?|internes?|r[ée]guli[èe]res?|propos[ée]es?)\s*\([^()\n]{0,60}$|"
    # Round 19: the trainings the employer's academy gives, listed in brackets ("chaque intérimaire peut suivre
    # gratuitement des formations via notre académie (sécurité, brevet cariste, VCA, …)")
    r"(?:suivre|suivez|suivrez|b[ée]n[ée]ficier\s+de|b[ée]n[ée]ficiez\s+de|propos\w+|offr\w+)\s+(?:gratuitement\s+)?(?:des|nos|de)\s+formations?[^().\n]{0,40}\([^()\n]{0,60}$|"
    # Round 21: a certificate the employer has the candidate pass ("sinon nous vous ferons passer la certification SOSIE")
    r"(?<![\w])(?:ferons|fera|feront|faisons|ferez|faire)\s+passer\s+(?:le|la|les|l['’])\s*(?:certifications?\s+|formations?\s+)?$|"
    # and the training it gives the candidate before naming it ("on vous forme à nos produits et aux règles d'hygiène HACCP")
    r"(?<![\w])(?:on|nous)\s+(?:vous|te)\s+(?:forme|formons|formerons|formera)[ \t]+[^.;\n]{0,60}$|"
    # Round 18: a chance the employer gives ("Possibilité de formation VCA via l'agence", "possibilité de passer le CACES
    # en interne"), the certificate not asked.
    r"(?<![\w])possibilit[ée]s?\s+(?:de\s+(?:suivre\s+(?:une|la|les)\s+)?formations?\s+(?:au\s+|aux\s+|[àa]\s+la\s+|de\s+|du\s+)?|de\s+passer\s+(?:le|la|les|l['’])\s*)$",
    re.I,
)
# Round 15: also after a coordinated certificate and a pronoun ("Le VCA et le BA4 te seront préparés en cours de
# formation"), the article optional.
_GIVEN_AFTER_RE = re.compile(
    r"(?:\s+(?:et|ou)\s+(?:le|la|les|l['’])?\s*[\w-]+)?"
    r"[ \t]*(?:(?:te|vous|leur)\s+)?(?:(?:sera|seront|est)\s+)?(?:pass[ée]e?s?|obtenue?s?|pr[ée]par[ée]e?s?|acquise?s?|d[ée]livr[ée]e?s?)\s+(?:pendant|durant|au\s+cours\s+d[ue]|lors\s+d[ue]|en\s+cours\s+de)\s+"
    r"(?:(?:ton|votre|ta|le|la|l['’])\s*)?(?:contrat|apprentissage|alternance|formation|mission|p[ée]riode)|"
    # Round 15: a training the employer runs, said right after it ("La formation aux premiers secours est assurée par nos
    # soins", "… vous sera dispensée à l'embauche").
    r"[ \t]+(?:(?:te|vous|leur)\s+)?(?:est|sera|seront|sont)\s+(?:assur[ée]e?s?|dispens[ée]e?s?|organis[ée]e?s?)\s+(?:par|en\s+interne|chez|d[èe]s|[àa]\s+l['’]\s*embauche)|"
    # (round 21: without its verb, "Formation HACCP interne assurée", "formation VCA organisée en interne")
    r"[ \t]+(?:en\s+)?interne\s+(?:assur|dispens|organis|offert|pay|financ)\w*|[ \t]+(?:assur|dispens|organis)[ée]e?s?\s+(?:en\s+interne|par\s+(?:nos|notre|l['’]\s*entreprise|la\s+soci[ée]t[ée]))",
    re.I,
)
# The company's own certificate: audited, held by the site or the firm ("préparation des audits VCA", "le site détient
# son permis d'environnement et la certification VCA"); a lower level the ad says is not enough.
_NOT_CANDIDATES_BEFORE_RE = re.compile(
    # Round 15: the employer named as the holder ("l'agence, titulaire de la carte T, vous délivre…").
    r"(?<![\w])(?:agence|entreprise|soci[ée]t[ée]|cabinet|[ée]tude|groupe|employeur|r[ée]seau|structure|asbl)\s*,\s*(?:elle-m[êe]me\s+|lui-m[êe]me\s+)?(?:titulaire|d[ée]tent(?:eur|rice)|porteuse?)\s+(?:de\s+la|du|de\s+l['’]|des)\s*$|"
    r"(?<![\w])audits?\s+(?:de\s+(?:certification\s+)?|du\s+|d['’]\s*)?$|"
    r"(?<![\w])(?:site|entreprise|soci[ée]t[ée]|usine|groupe|atelier|nous)\s+(?:d[ée]tient|d[ée]tenons|poss[èe]de|poss[ée]dons|dispose\s+d[eu]|disposons\s+d[eu]|a\s+obtenu|avons\s+obtenu)(?:[^.\n;]{0,60}\s)?(?:la\s+|le\s+|sa\s+|son\s+|notre\s+)?(?:certification\s+|label\s+)?$",
    re.I,
)
_OFFERED_LATE_RE = re.compile(r"(?<![\w])(?:peut|peuvent|pourra|pourront|sera|seront)\s+(?:[êe]tre\s+)?(?:financ[ée]e?s?|pris(?:e|es)?\s+en\s+charge|offerte?s?|pass[ée]e?s?\s+(?:chez\s+nous|en\s+interne))(?![\w])", re.I)
# Round 14: "pas besoin du VCA", "aucun CACES requis" (the words after the certificate: not_needed.py, round 17).
_NOT_NEEDED_BEFORE_RE = re.compile(r"(?<![\w])(?:pas\s+besoin\s+(?:du|de\s+la|des|de|d['’]|d['’]avoir\s+(?:le|la|les|l['’]))|aucune?)\s*$", re.I)
# Round 15: "ou à obtenir dans les 6 mois", "ou à passer rapidement", "(ou en cours)", "(ou en cours de stage)", "(ou la
# disposition à la suivre)", "(sinon, formation organisée en interne)": the ad takes people who will obtain it; not "ou à
# obtenir avant le démarrage" (held at the start all the same).
_TO_OBTAIN_AFTER_RE = re.compile(
    # (Round 17: also the verb without its subject, "ou êtes prêt à le passer", "ou es prête à la suivre")
    r"(?:(?<![\w])ou\s+(?:vous\s+[êe]tes\s+|[êe]tre\s+|tu\s+es\s+|[êe]tes\s+|es\s+|la\s+|une\s+)?(?:capable|dispos[ée]e?|dispos[ée]\(e\)|disposition|pr[êe]te?|pr[êe]t\(e\)|pr[êe]t·e|engag[ée]e?|engagement|capacit[ée]|volont[ée])\s+(?:de\s+|d['’]\s*|[àa]\s+)"
    r"(?:le|la|les|l['’])?\s*(?:passer|obtenir|suivre|acqu[ée]rir|pr[ée]parer)|"
    # Round 16: the infinitive and the accepting verb ("ou s'engager à l'obtenir dans les 6 mois", "ou s'engager à la
    # suivre", "ou vous acceptez de suivre la formation").
    r"(?<![\w])ou\s+(?:s['’]\s*engager|vous\s+vous\s+engagez|tu\s+t['’]\s*engages|(?:vous\s+acceptez|tu\s+acceptes|accepter)\s+de)\s+(?:[àa]\s+)?"
    r"(?:le|la|les|l['’])?\s*(?:passer|obtenir|suivre|acqu[ée]rir|pr[ée]parer)|"
    # (Round 17: "ou vous acceptez d'être formé(e) dès votre embauche")
    r"(?<![\w])ou\s+(?:vous\s+acceptez|tu\s+acceptes|accepter)\s+d['’]\s*[êe]tre\s+form[ée]|"
    r"(?<![\w])ou\s+[àa]\s+(?:obtenir|passer|acqu[ée]rir)(?![\w])(?!\s+avant)|\(\s*ou\s+en\s+cours(?![\w])|\(\s*sinon\s*,?\s*(?:une\s+)?formation|"
    r"(?<![\w])(?:devra|devront|doit|doivent)\s+[êe]tre\s+(?:obtenue?s?|pass[ée]e?s?|acquise?s?)\s+(?:dans|endéans|au\s+cours|avant|d['’]ici)|"
    # Round 17: the fallback the employer offers to one who lacks it ("VCA obligatoire (si vous ne l'avez pas, nous vous
    # inscrivons à l'examen)", "(à défaut, passage dans les 6 mois après l'embauche)", "(sinon : dossier à introduire,
    # nous vous y aidons)", "ou l'obtenir dans les 3 mois"): the ad takes people who will obtain it.
    r"(?:(?<![\w])si\s+(?:vous\s+ne\s+l['’]\s*avez|tu\s+ne\s+l['’]\s*as|vous\s+n['’]\s*en\s+avez|tu\s+n['’]\s*en\s+as)\s+pas(?:\s+encore)?|"
    r"(?<![\w])[àa]\s+d[ée]faut|\(\s*sinon)\s*[,:]?[^()\n]{0,60}?(?<![\w])(?:inscri\w*|form(?:ons|erons|ation)|passage|passer|obtenir|obtention|"
    r"financ\w*|prise?\s+en\s+charge|aid\w*|accompagn\w*|dossier)(?![\w])|"
    r"(?<![\w])ou\s+(?:l['’]\s*|la\s+|le\s+|les\s+)(?:obtenir|passer|acqu[ée]rir)(?![\w])(?!\s+avant))",
    re.I,
)
_TO_OBTAIN_BEFORE_RE = re.compile(r"(?:vous\s+vous\s+engagez|tu\s+t['’]engages|engagement)\s+[àa]\s+(?:obtenir|passer|suivre|acqu[ée]rir)\s+(?:le|la|les|l['’])?\s*$", re.I)
_BUT_WISHED_RE = re.compile(r"(?<![\w])(?:mais|toutefois|cependant|n[ée]anmoins)(?![\w])[^.\n]*(?:plus|atout|appr[ée]ci|souhait|avantage|bienvenu)", re.I)
# (Round 19: the qualifiers of the lower certificate may stand between, "brevet d'ambulancier de transport non urgent de
# patients est insuffisant")
_NOT_ENOUGH_AFTER_RE = re.compile(r"(?:\s+de\s+base|\s+basis?|[^.;:\n()]{0,60}?)\s+(?:ne\s+suffit\s+pas|n['’]est\s+pas\s+suffisante?|ne\s+suffira\s+pas|(?:est|sont|serait)\s+insuffisante?s?)(?![\w])", re.I)
# Round 17: the medical certificate the employer will ask for at hiring (a formality of the engagement, not a profile
# requirement): "Un certificat médical d'aptitude vous sera demandé à l'engagement", "sera exigée lors de l'embauche".
_CLEARANCE_LATER_AFTER_RE = re.compile(
    r"\s+(?:vous\s+|te\s+)?(?:sera|seront)\s+(?:demand|sollicit|effectu|men|lanc|initi|introduit)\w*\s+(?:apr[èe]s|lors|d[èe]s|par|au\s+moment)", re.I)
# Round 21: a certificate the post may lead to ("Habilitation défense possible": not "si possible", a wish), or the
# employer's own ("carte T de l'agence", "certification VCA de la société").
_POSSIBLE_OR_EMPLOYERS_AFTER_RE = re.compile(
    r"[ \t]+(?:possibles?|envisageables?|[àa]\s+pr[ée]voir)(?![\w])|[ \t]+(?:de|d['’])\s*(?:l['’]\s*(?:agence|entreprise|employeur)|la\s+soci[ée]t[ée]|notre\s+\w+)(?![\w])",
    re.I)
# Round 21: a certificate to be obtained after hiring is no item (the guide, 192VRTG): "Le certificat de management public
# devra être obtenu dans les 3 ans de la nomination", "Le VCA VOL devra être obtenu dans les 6 mois suivant l'engagement",
# "Si vous n'êtes pas encore titulaire de l'attestation …, vous devrez l'obtenir dans les deux ans". Not "devra être
# obtenu avant l'entrée en fonction" (held at the start).
_OBTAINED_AFTER_HIRING_AFTER_RE = re.compile(
    # (the hiring named as the start: "endéans les six mois" alone keeps the round-14 reading, preferred)
    r"[^.;\n]{0,40}?(?:devra|devront|doit|doivent)\s+[êe]tre\s+(?:obtenue?s?|pass[ée]e?s?|acquise?s?|suivie?s?)\s+(?:dans|end[ée]ans|au\s+cours|d['’]\s*ici|au\s+plus\s+tard)(?![\w])"
    r"[^.;\n]{0,30}?(?:suivant|apr[èe]s|de|d[èe]s)\s+(?:l['’]\s*(?:engagement|embauche|entr[ée]e\s+en\s+fonction)|la\s+nomination|votre\s+(?:engagement|embauche|entr[ée]e|nomination))",
    re.I)
_NOT_YET_HELD_BEFORE_RE = re.compile(
    r"si\s+(?:vous\s+n['’]\s*[êe]tes|tu\s+n['’]\s*es)\s+pas\s+(?:encore\s+)?titulaire\s+(?:de\s+la|du|de\s+l['’]|des)\s*$", re.I)
_RULES_LIST_BEFORE_RE = re.compile(
    r"(?:r[èe]gles|normes|r[ée]glementations?|prescriptions|r[ée]f[ée]rentiels?)\s+(?:de\s+|d['’]\s*|en\s+mati[èe]re\s+de\s+)?[\w'’ -]{0,30}\(\s*(?:[^()\n]{0,40},\s*)?$", re.I)
_ELIGIBLE_AFTER_RE = re.compile(r"[^.;\n]{0,60}?(?:eligib|[ée]ligib|habilitable)", re.I)
_EPSO_ASKED_RE = re.compile(ASKING_CUES + r"|laur[ée]at|laureate|appreciated|asset|a\s+plus|required|preferred|passed", re.I)
_MEDICAL_CODES = frozenset({"certificat médical d'aptitude", "sélection médicale"})
_AT_HIRING_AFTER_RE = re.compile(
    r"\s+(?:vous\s+|te\s+)?(?:sera|seront)\s+(?:demand|exig|r[ée]clam)[ée]e?s?\s+(?:[àa]\s+l['’]\s*|lors\s+de\s+l['’]\s*|avant\s+l['’]\s*|d[èe]s\s+l['’]\s*)(?:engagement|embauche|entr[ée]e\s+en\s+fonction)",
    re.I,
)
# Round 17: the colleague who supervises the newcomer, named by a certified title ("accompagné(e) par un expert-comptable
# ITAA", "encadré par nos techniciens VCA", "formé par un tuteur SST").
_SUPERVISED_BY_BEFORE_RE = re.compile(
    r"(?:accompagn|encadr|supervis|form|[ée]paul|assist|tutor|coach|parrain)\w*(?:\(e\)|·e)?s?[ \t]+par[ \t]+(?:un|une|des|nos|notre|l['’][ \t]*un[ \t]+de[ \t]+nos)[ \t]+"
    r"(?:[\w()·-]+[ \t]+){0,3}$",
    re.I,
)
# Round 19: the employer holds the licence, the candidate will be trained ("Permis d'exploitation et licence IV : le groupe
# en est titulaire, vous serez formé(e) si nécessaire").
_EMPLOYER_HOLDS_AFTER_RE = re.compile(
    r"[^.\n]{0,40}?(?:le\s+groupe|l['’]\s*entreprise|la\s+soci[ée]t[ée]|l['’]\s*[ée]tablissement|la\s+maison|nous)\s+(?:en\s+)?(?:est|sommes|sont)\s+(?:d[ée]j[àa]\s+)?(?:titulaires?|d[ée]tent(?:eur|rice)s?)", re.I)
# Round 19: an approval the certificate serves ("exigée pour l'agrément préfectoral"): the State's approval of the hire.
_FOR_APPROVAL_BEFORE_RE = re.compile(r"(?<![\w])(?:pour|en\s+vue\s+de)\s+(?:l['’]\s*|obtenir\s+l['’]\s*|l['’]\s*obtention\s+de\s+l['’]\s*)$", re.I)
_BULLET_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*[-•*·▪–][ \t]*$")

# Round 21, one frame for the certificates no rule names: a certificate's head noun (attestation, certificat,
# habilitation, brevet, agrément, "formation certifiée") and the words after it, the subject of a wish or an asking
# predicate ("Une attestation de formation transpalette électrique est un atout", "Attestation transpalette électrique
# appréciée", "Certificat airco (F-gas) souhaité", "L'habilitation pour travaux sous tension est un plus", "HABILITATION
# ECHAFAUDAGE SOUHAITEE", "certificat PEB (responsable PEB) serait un avantage", "brevet de moniteur de natation Adeps :
# un plus"). Read last: a certificate a rule names keeps its own code and span.
# (not "certification", read by _ASKED_CERTIFICATION_RE with its own look-alikes: "une certification en Angular ou Java")
_HEAD_NOUN = r"(?:attestations?(?:\s+de\s+formation)?|certificats?|habilitations?|brevets?|agr[ée]ments?|agr[ée]ations?)"
_PREDICATE_VERB = r"(?:est|sont|serait|seraient|sera|seront|constitue(?:rait)?|repr[ée]sente(?:rait)?)"
_WISH_OR_ASK = (
    r"(?:(?:un|une|des)\s+)?(?:(?:r[ée]el|vrai|gros|grand|s[ée]rieux|net|sacr[ée])\s+)?(?:plus|atouts?|avantages?|bonus|\+)(?![\w])|"
    r"(?:fortement\s+|tr[èe]s\s+|vivement\s+|particuli[èe]rement\s+)?(?:appr[ée]ci[ée]e?s?|souhait[ée]e?s?|souhaitables?|bienvenue?s?|requise?s?|"
    r"exig[ée]e?s?|obligatoires?|indispensables?|imp[ée]ratifs?|imp[ée]rative?s?)(?![\w])"
)
_ASKED_BY_HEAD_RE = re.compile(
    r"(?<![\w-])(?P<name>" + _HEAD_NOUN + r"(?:[ \t]+(?!" + _PREDICATE_VERB + r"(?![\w]))(?!(?:un|une)\s+(?:plus|atout))[^\s.,;:!?=]+){1,8}?)"
    r"[ \t]*(?:[:=][ \t]*|,[ \t]*)?(?:" + _PREDICATE_VERB + r"[ \t]+)?(?:" + _WISH_OR_ASK + r")",
    re.I,
)
_ASKED_BY_HEAD_SCAN = GatedPattern(_ASKED_BY_HEAD_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# (what the head noun names there is no certificate of a trade: a school diploma, a language certificate (language.py),
# an employment or a medical certificate, a good-conduct certificate, the employer's label, a lone level)
_NOT_TRADE_CERTIFICATE_RE = re.compile(
    r"(?:certificat|attestation|brevet)s?\s+(?:d['’]\s*(?:[ée]tudes|enseignement|aptitude\s+(?:professionnelle|p[ée]dagogique)|humanit)|de\s+qualification|"
    r"de\s+r[ée]ussite|de\s+travail(?!\s+(?:en|sur|dans))|(?:VDAB|Forem|IFAPME|ADEPS|SPF|AViQ|ONE|Actiris|Bruxelles\s+Formation|Syntra)\s*$|de\s+capacit[ée]|d['’]\s*aide|(?:inter)?universitaire|de\s+pu[ée]ricult|(?:en|de)\s+management|pr[ée]fectoral|de\s+moniteur(?![^\n]*ADEPS)|de\s+bonne\s+(?:vie|conduite)|m[ée]dica|de\s+(?:technicien|ma[îi]trise)|professionnel|"
    r"(?:de\s+)?(?:fin\s+d['’]\s*)?(?:[ée]tudes|secondaire|sup[ée]rieur))|"
    r"^\w+\s+de\s+s[ée]curit[ée]|linguisti|langues?|Selor|BOSA|n[ée]erlandais|anglais|allemand|fran[çc]ais|(?<![\w])art(?:icle|\.)|\bCESS\b|\bCAP\b|\bCQ\d|dipl[ôo]me|bachelier|master|"
    r"ISO\s?9001|ISO\s?14001|\bMASE\b|Qualiopi|(?:notre|nos|son|leurs?)\s",
    re.I,
)
_ASKED_HEAD_GATE = ("attestation", "certificat", "habilitation", "brevet", "agrément", "agrement", "agréation", "agreation")
_HEAD_FILLER_RE = re.compile(r"^" + _HEAD_NOUN + r"\s+(?:(?:de|d['’]|du|des|en|pour|aux?|[àa]\s+la|[àa]\s+l['’])\s*)?(?:(?:le|la|les|l['’])\s*)?", re.I)


def _closes_unopened_bracket(name: str) -> bool:
    depth = 0
    for c in name:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return True
    return False


def _add_asked_by_head(text: str, lowered: str, add: Callable[..., None]) -> None:
    """The certificates named by a head noun and asked or wished by the predicate after them (round 21)."""
    if not any(w in lowered for w in _ASKED_HEAD_GATE):
        return
    for m in _ASKED_BY_HEAD_SCAN.finditer(text):
        name = m.group("name").rstrip(" \t-–(«»\"")
        if "\n" in name or _NOT_TRADE_CERTIFICATE_RE.search(name) or _closes_unopened_bracket(name):
            continue  # (a bracket closed that the name did not open: the certificate restates the one before the bracket)
        if name.count("(") != name.count(")"):
            name = name[: name.rfind("(")].rstrip() if name.count("(") > name.count(")") else name
        rest = _HEAD_FILLER_RE.sub("", " ".join(name.split())).strip(" «»\"")
        if not rest or not re.search(r"[^\W\d_]{2,}|\d", rest):
            continue  # "Un brevet est un plus": no certificate named
        add(m.start(), m.start() + len(name), rest.lower() if not rest.isupper() else rest)


def find_certifications(text: str, lowered: str | None = None) -> list[Mention]:
    found: list[Mention] = []
    seeds: list[tuple[int, int]] = []  # the vendor and IT certificates, which make a list they are in one of certificates

    def add(start: int, end: int, code: str, seed: bool = False) -> None:
        end = start + len(text[start:end].rstrip())  # "Certificat frigoriste catégorie I " ends at its last letter
        if seed:
            seeds.append((start, end))
        if any(f.start < end and start < f.end for f in found):
            return
        found.append(Mention("certification", start, end, {"code": code}, family="certification"))

    for m in _CACES_SCAN.finditer(text, lowered):
        if not m.group(0).upper().startswith("CACES") and not m.group("cats") and not re.search(r"CACES|cariste|chariot|nacelle|engin|grue", text[max(0, m.start() - 40) : m.end() + 40], re.I):
            continue  # a bare "R489" far from any handling-equipment word
        if _OLD_NAME_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "CACES R489 catégorie 5 (ancien CACES 5)": the same certificate by its old name
        if _TRAINED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) and (not _ASKED_AFTER_RE.match(text, m.end()) or _IF_YOU_WISH_RE.match(text, m.end())):
            continue  # "nous vous formons au CACES", "Formateur CACES", "préparer les opérateurs au CACES": taught, not asked
        r = m.group("r1") or m.group("r2")
        machine = (m.group("machine") or "").lower()
        if not r and machine:
            r = next((v for k, v in _CACES_MACHINE_R.items() if machine.startswith(k)), None)
        cats = list(re.finditer(r"(?<![\w])" + _CACES_CAT + r"(?![\w])", text[: m.end("cats")], re.I)) if m.group("cats") else []
        cats = [c for c in cats if c.start() >= m.start("cats")]
        if not r and cats and all(c.group(0).isdigit() and int(c.group(0)) <= 7 for c in cats) and (_WAREHOUSE_SCAN.search(text) or not _SITE_SCAN.search(text)):
            # "Caces 3": digit categories 1-7 are the forklift recommendation R489, in a warehouse ad and wherever no
            # construction site says otherwise (the guide, 202CHRM: a panel-saw operator's "CACES 3 apprécié")
            r = "489"
        base = "CACES" + (f" R{r}" if r else "")
        after = m.end()
        if not cats and (r or machine):
            machine_after = _CACES_MACHINE_AFTER_RE.match(text, after)  # "CACES R486 nacelle (catégorie B)"
            after = machine_after.end() if machine_after else after
        bracket_cats = _CACES_MORE_CATS_RE.match(text, after) if not cats and (r or machine) else None
        if bracket_cats:
            # "CACES R486 nacelle (catégorie B)": the category in brackets after the machine names the certificate.
            cs = list(re.finditer(r"(?<![\w])" + _CACES_CAT + r"(?![\w])", bracket_cats.group("cats")))
            for i, c in enumerate(cs):
                a = bracket_cats.start("cats") + c.start()
                add(m.start() if i == 0 else a, a + len(c.group(0)), f"{base} {c.group(0).upper()}")
            continue
        if not cats:
            add(m.start(), m.start() + len(m.group(0).rstrip()), base)
        # Round 12: one requirement per category ("CACES R489 cat. 1, 3 et 5" are three), the first span keeps the words.
        for i, c in enumerate(cats):
            cat_word = re.search(_CACES_CAT_WORD + r"\s*$", text[max(m.start(), c.start() - 12) : c.start()], re.I) if i else None
            add(m.start() if i == 0 else c.start() - (len(cat_word.group(0)) if cat_word else 0), c.end(), f"{base} {c.group(0).upper()}")
        # Round 13: more categories in brackets after the first's cue ("CACES R489 catégorie 5 obligatoire (cat. 1 et 3
        # appréciées)"): each is one more certificate, its span the bare category.
        more = _CACES_MORE_CATS_RE.match(text, m.end()) if cats else None
        if more:
            for c in re.finditer(r"(?<![\w])" + _CACES_CAT + r"(?![\w])", more.group("cats")):
                add(more.start("cats") + c.start(), more.start("cats") + c.end(), f"{base} {c.group(0).upper()}")
    for m in _ELEC_SCAN.finditer(text, lowered):
        # One requirement per level ("habilitations B2V, BS, BC et H0" are four), the first span keeps the words.
        codes = list(_ELEC_CODE_RE.finditer(text, m.start("codes"), m.end("codes"))) if m.group("codes") else []
        if not codes:
            if re.match(r"\s*[:(]?\s*BA\s?[45](?![\w])", text[m.end() : m.end() + 12]):
                continue  # "habilitation électrique BA5": the Belgian level names it, one certificate (read by _SIMPLE)
            add(m.start(), m.start() + len(m.group(0).rstrip()), "HABILITATION ELECTRIQUE")
        for i, c in enumerate(codes):
            add(m.start() if i == 0 else c.start(), c.end(), "HABILITATION ELECTRIQUE " + re.sub(r"[\s-]", "", c.group(0).upper()))
        pos = codes[-1].end() if codes else len(text)
        while (more := _ELEC_MORE_RE.match(text, pos)) is not None:
            add(more.start(1), more.end(1), "HABILITATION ELECTRIQUE " + more.group(1).upper())
            pos = more.end()
    for m in _DIAG_SCAN.finditer(text):
        for w in _DIAG_WORD_RE.finditer(text, m.start(), m.end()):
            word = w.group(0).lower().replace("thermite", "termites").replace("termite", "termites").replace("termitess", "termites")
            add(w.start(), w.end(), "CERTIFICATION DIAGNOSTIQUEUR " + word.upper())
    for a, b in driver_caps(text):  # round 15: the one predicate diploma.py shares (driver_cap.py)
        add(a, b, "CODE 95")
    for i, m in _SIMPLE_SCANNER.finditer(text, lowered):
        coder = _SIMPLE[i][1]
        if coder is _adr_code and m.group(0)[:1].lower() == "s" and not re.search(r"(?<![\w])ADR(?![\w])", text[max(0, m.start() - 250) : m.start()]):
            continue  # "spécialisation citerne" only after an ADR certificate
        if m.group(0)[:5].lower() in ("agréé", "agree", "agrée", "agrée") and _ORGANISATION_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
            continue
        if coder is _auditor_code and m.group(0)[:1] in "VI" and not re.search(r"audit(?:eur|rice)", text[text.rfind("\n", 0, m.start()) + 1 : m.start()], re.I):
            continue  # round 19: "référentiels IATF 16949 et VDA 6.3": the standards known, no auditor's qualification before
        if (coder is _registered_body_code or _APPROVED_TRAINING_RE.match(m.group(0))) and _ORGANISATION_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
            continue  # round 19: "service d'aide enregistré auprès de la COCOF", "centre de formation agréé par le SPF": the organisation's
        if m.group(0)[:9].lower() == "formation" and _FOLLOWED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # round 19: "vous suivrez la formation de base d'agent de gardiennage": given after hiring  # round 18: "notre centre est agréé par le SPF Santé publique": the organisation's approval
        if coder is _belt_code and _BENEFIT_BEFORE_RE.search(text, max(0, m.start() - 100), m.start()):
            continue
        if coder is _prevention_level_alt and not re.search(r"conseill\w*(?:\(\w+\))?\s+en\s+pr[ée]vention", text[max(0, m.start() - 250) : m.start()], re.I):
            continue  # "un certificat de niveau 2" only after a prevention adviser's certificate
        if m.group(0).lower().startswith("conseill") and _RECRUITED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "engage un(e) conseiller(ère) en prévention de niveau 1": the job recruited, not a certificate asked
        if (coder in ("FORMATION DE BASE", "FORMATION ACCUEILLANT EXTRASCOLAIRE") or coder is _first_aid_code
                or (coder == "HACCP" and "hygi" in m.group(0).lower())) and _FOLLOWED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "vous suivrez une formation de base de 40 heures": given after hiring
        if coder == "PERMIS D'EXPLOITATION" and re.search(r"(?:son|sa|leur|notre|nos|ses)\s+$", text[max(0, m.start() - 8) : m.start()], re.I):
            continue  # "l'usine a renouvelé son permis d'exploitation": the site's operating permit
        if coder is _adr_code and _REGULATION_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "le respect de la réglementation ADR": the regulation, not the driver's certificate
        if coder is _weld_code and m.group(0).upper().startswith(("EN", "ISO", "NF")) and _WELD_NORM_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "soudeurs qualifiés selon l'EN ISO 9606", "certifiée EN ISO 9606": the standard, not a certificate asked
        if coder is _adr_code and not _TRANSPORT_RE.search(text, max(0, m.start() - 200), m.end() + 200):
            continue  # "RFC, ADR" in a software ad: architecture decision records, not the dangerous-goods certificate
        if coder == "CARTE PROFESSIONNELLE CNAPS" and m.group(0).lower().startswith("carte pro") and not m.group(0).lower().startswith("carte professionnelle") and not _SECURITY_RE.search(text, max(0, m.start() - 300), m.end() + 300):
            continue  # "carte pro BTP": the construction workers' card, not the security one
        if coder == "CARTE PROFESSIONNELLE CNAPS" and re.search(r"(?:joign\w*|joindre|copie(?:\s+de)?)\s+(?:(?:votre|ta|la)\s+)?$", text[max(0, m.start() - 30) : m.start()], re.I):
            continue  # "Postulez en joignant votre carte professionnelle": an application document
        if m.group(0).upper().startswith("IAS") and not _INTERMEDIARY_RE.search(text, max(0, m.start() - 120), m.end() + 120):
            continue  # "normes IAS 2 et IFRS 16": an accounting standard
        if coder == "HACCP":
            sentence = _sentence_around(text, m.start(), m.end())
            if _HACCP_DUTY_RE.search(sentence) and not _HACCP_PERSON_RE.search(sentence) and not _HACCP_ASKED_RE.search(sentence) and not _PROFILE_ON_LINE_RE.search(text, max(0, m.start() - 500), m.start()) and not _COMPETENCE_LIST_RE.search(text, max(0, m.start() - 400), m.start()):
                continue  # HACCP as the company's procedure or a task, not something the candidate must hold
        if coder is _height_listed and not _LISTED_TRAINING_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Le travail en hauteur fait partie du quotidien": a working condition
        if coder is _nuclear_code and not m.group(0).lower().startswith("habilitation") and not _NUCLEAR_SCAN.search(text):
            continue  # "RP1", "CSQ" outside a nuclear ad
        if coder == "ATEX" and (_ATEX_PLACE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) or (
                m.group(0).upper().startswith("ATEX") and not _TRAINING_WORD_BEFORE_RE.search(text, max(0, m.start() - 80), m.start()))):
            continue  # "travail en zone ATEX", "matériel certifié ATEX": a place or a label, not a training asked
        if m.group(0)[:5].lower() == "quali" and m.group(0)[5:6].isupper() and (
                _COMPANY_LABEL_RE.search(_sentence_around(text, m.start(), m.end())) or not _WISH_OR_ASKED_RE.search(_sentence_around(text, m.start(), m.end()))):
            continue  # "L'entreprise est labellisée RGE QualiPAC", "Qualigaz, QualiPAC, RGE.": the firm's labels
        if coder == "BREVET CARISTE" and re.search(r"VDAB|Forem|IFAPME", m.group(0)) and not _WAREHOUSE_SCAN.search(text):
            continue  # "brevet Forem" names the forklift brevet in a warehouse ad only
        if coder is _shared_head_first_aid and not _HEAD_BEFORE_ON_LINE_RE.search(text, max(0, m.start() - 70), m.start()):
            continue  # round 21: "assurer les soins et premiers secours": a task, no certificate's head noun before it
        if coder == "lauréat EPSO" and not _EPSO_ASKED_RE.search(_sentence_around(text, m.start(), m.end())):
            continue  # round 21: "candidatures via EPSO": the selection office, not a competition passed
        if coder == "VISA" and (not _HEALTH_RE.search(text, max(0, m.start() - 300), m.end() + 300) or _NOT_PERMIT_VISA_RE.match(text, m.end())):
            continue  # a travel or work visa, a payment card
        add(m.start(), m.end(), coder if isinstance(coder, str) else coder(m))
        if m.group(0).lower().startswith(("conseill", "certificat")) and "pr" in m.group(0).lower() and (other := _PREVENTION_BRACKET_RE.match(text, m.end())):
            level = {"I": "1", "II": "2", "III": "3"}.get(other.group("level").upper(), other.group("level"))
            inner_end = other.start("inner") + len(other.group("inner").rstrip())
            found.append(Mention("certification", other.start("inner"), inner_end, {"code": "CONSEILLER EN PREVENTION NIVEAU " + level},
                                 family="certification", forced_strength="preferred" if WISH_RE.search(other.group("inner")) else None))
            if WISH_RE.search(other.group("inner")) and not WISH_RE.search(text, other.end(), _clause_stop(text, other.end())):
                # the wish is the bracket's level's; the certificate before it keeps its own firmness
                found = [g.with_(forced_strength="required") if g.start == m.start() else g for g in found]
        if coder == "TECHNICIEN CHAUDIERE AGREE" and (fuels := _FUEL_LIST_RE.match(text, m.start() + m.group(0).rfind("(") if m.group(0).endswith(")") else m.end())) is not None:
            # Round 18: the fuels listed in brackets after the approval are the items ("Agrément chauffagiste (gaz G1,
            # combustibles liquides L)": one approval per fuel, the head word is not one more).
            found = [g for g in found if g.start != m.start()]
            for fuel in _FUEL_RE.finditer(text, fuels.start("list"), fuels.end("list")):
                add(fuel.start(), fuel.end(), "TECHNICIEN CHAUDIERE AGREE")
        if coder == "TECHNICIEN CHAUDIERE AGREE" and (more := _OTHER_FUEL_RE.match(text, m.end())) is not None:
            add(more.start("fuel"), more.end("fuel"), "TECHNICIEN CHAUDIERE AGREE")
        if coder == "AIPR" and " " in m.group(0).strip() and (more := _AIPR_MORE_RE.match(text, m.end())) is not None:
            add(more.start("level"), more.end("level"), "AIPR")
        if coder is _phyto_code and _phyto_level(m) and (more := _PHYTO_MORE_RE.match(text, m.end())) is not None:
            add(more.start("level"), more.end("level"), "PHYTOLICENCE")
        if coder is _weld_code:
            # Round 15: one qualification per process coordinated after the first ("soudage TIG 141 et MAG 135").
            pos = m.end()
            while (more := _WELD_PROCESS_MORE_RE.match(text, pos)) is not None:
                add(more.start(1), more.end(1), coder(m))
                pos = more.end()
    for m in _VENDOR_EXAM_SCAN.finditer(text, lowered):
        add(m.start(), m.end(), re.sub(r"^([A-Z]{2})[\s-]?", r"\1-", m.group(0)), seed=True)
    caps = _VENDOR_TITLE_CAPS_SCAN.finditer(text) if "NSE" in text or "ISO" in text else ()
    for m in (*_VENDOR_TITLE_SCAN.finditer(text, lowered), *caps):
        if m.group(0) in _AMBIGUOUS_TITLES and not _CERT_OR_SCRUM_RE.search(_sentence_around(text, m.start(), m.end())):
            continue  # "CyberArk (Vault, CPM, PSM, PVWA)": a product module, not the Scrum certificate
        add(m.start(), m.end(), " ".join(m.group(0).split()), seed=True)
    if "ertifi" in text:
        for m in _CERTIFIED_VENDOR_SCAN.finditer(text):
            # "certifié Microsoft : Power BI Data Analyst (PL-300)": the exam code on the same line names the certificate.
            if any(f.start >= m.end("title") and f.attrs["code"][:3] in _EXAM_PREFIXES for f in found if "\n" not in text[m.end("title") : f.start]):
                continue
            if not _EMPLOYER_LABEL_RE.search(text, max(0, m.start() - 40), m.start()):
                add(m.start("title"), m.end("title"), " ".join(m.group("title").split()), seed=True)
        # Round 17: the English order, the vendor's product before the noun ("Google Ads certification serait un plus",
        # "Salesforce Administrator certification"); not the employer's label ("partenaire Google certifié"), nor
        # "Certified", which opens a title read below ("ServiceNow Certified System Administrator").
        for m in _VENDOR_THEN_CERTIFICATION_SCAN.finditer(text):
            # (not before a bracket that names them, "Microsoft certifications (SC-300, AZ-500)": those are the items)
            if not _EMPLOYER_LABEL_RE.search(text, max(0, m.start() - 40), m.start()) and not re.match(r"\s*\(", text[m.end() :]):
                add(m.start(), m.end("title"), " ".join(m.group("title").split()), seed=True)
    titled = any(w in text for w in _TITLE_LEVEL_WORDS)  # a cheap gate: most ads name no certificate level
    for m in _VENDOR_CERT_TITLE_SCAN.finditer(text, lowered) if titled else ():
        if re.search(r"partenaires?\b[^\n.]{0,40}$", text[max(0, m.start() - 50) : m.start()], re.I):
            continue  # "Nous sommes partenaires Cisco Gold, Fortinet Expert": the employer's partner level
        if _TITLE_LEVEL_RE.search(m.group(0)) and not _ROLE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            add(m.start(), m.end(), " ".join(m.group(0).split()), seed=True)
    for m in _METHOD_CERT_SCAN.finditer(text, lowered):
        if _CERTIFIED_RE.search(_sentence_around(text, m.start(), m.end())):
            add(m.start(), m.end(), " ".join(m.group(0).split()).upper(), seed=True)
            po = _PRODUCT_OWNER_AFTER_RE.match(text, m.end())
            if po:  # "certifié Scrum Master / Product Owner": the role named in a list of certificates
                add(po.start(1), po.end(1), "Product Owner")
    # a cheap gate for the case-insensitive pattern below: looked for in the lower-cased text ("UNE CERTIFICATION …")
    if "certification" in (fold(text) if lowered is None else lowered):
        for m in _ASKED_CERTIFICATION_SCAN.finditer(text):
            alone = _BULLET_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()) and re.match(r"[ \t]*(?:\n|$)", text[m.end("head") :])
            if not (m.group("asked") is not None or alone):
                continue
            # Round 4: a certificate asked by its generic word, named or not ("Une certification dans ce domaine est
            # appréciée", "La certification d'auditeur interne est un plus", a list item "- Une certification AWS").
            named = " ".join(m.group("name").split()) if m.group("name") else ""
            if not named and re.match(r"\s+en\s+(?-i:[A-Z])", text[m.end("head") :]):
                # "Une certification en Angular ou Java est un atout", "en Data Science ou IA": technologies named as
                # the field, no certificate named (the guide, 202BXCP, 5545417). A lower-case domain ("une certification
                # en cybersécurité est appréciée") stays asked, as generalisation11 tests it.
                continue
            add(m.start(), m.end("head"), named.upper() if named else "CERTIFICATION")
    if "ertifi" in text:
        for m in _BRACKETED_CERT_SCAN.finditer(text):
            vendor = _BRACKETED_VENDOR_SCAN.search(text)
            prefix = _BRACKETED_VENDORS[vendor.group(1).lower()] + " " if vendor else ""
            for i, item in enumerate(_BRACKETED_ITEM_RE.finditer(text, m.start("first"), m.end())):
                acronym = item.group(0).split("(")[0].strip()
                add(m.start() if i == 0 else item.start(), item.end(), prefix + acronym)
    if seeds or "ertif" in text:
        _add_listed(text, seeds, add)
    _add_asked_by_head(text, fold(text) if lowered is None else lowered, add)
    found = _codes_from_own_acronyms(text, found)
    kept = []
    restated = [f for f in found if _restated_in_brackets(text, f, found)]
    for r in restated:
        # Round 15: the certificate before keeps the bracket in its span ("Agréé(e) par la Commission des Psychologues
        # (visa de psychologue clinicien)": one item, whichever part a reader marks).
        opening = text.rfind("(", 0, r.start)
        closing = text.find(")", r.end)
        found = [g.with_(end=closing + 1) if g.end <= opening and not text[g.end : opening].strip() and closing >= 0 else g for g in found]
    for f in found:
        if any(f.start == r.start and f.end == r.end for r in restated):
            continue  # "permis de cariste (brevet cariste)", "VCA VOL (VCA pour cadres opérationnels)": the same certificate
        given = _GIVEN_BEFORE_RE.search(text, max(0, f.start - 100), f.start)
        if given and given.group(0).endswith(")") is False and "(" in given.group(0):
            closing = text.find(")", f.end)
            # a list of the trainings given, not "Formation continue (FCO) à jour" (the certificate itself in brackets)
            given = given if "," in given.group(0) or "," in text[f.end : closing if closing >= 0 else f.end] else None
        if given or _GIVEN_AFTER_RE.match(text, f.end) or _offered_in_sentence(text, f.end):
            continue  # "nous finançons le code 95", "habilitation électrique BR passée pendant ton contrat"
        if _POSSIBLE_OR_EMPLOYERS_AFTER_RE.match(text, f.end):
            continue  # round 21: "Habilitation défense possible", "carte T de l'agence": a prospect, the employer's own
        if f.attrs["code"].startswith("inscription") and re.match(r"(?:inscrits|enregistr[ée]s)\s", text[f.start : f.end], re.I):
            continue  # round 21: "deux associés experts-comptables inscrits à l'Ordre": colleagues (the candidate is singular)
        if _OBTAINED_AFTER_HIRING_AFTER_RE.match(text, f.end) or _NOT_YET_HELD_BEFORE_RE.search(text, max(0, f.start - 60), f.start):
            continue  # round 21: "Le certificat … devra être obtenu dans les 3 ans de la nomination": after hiring, no item (guide, 192VRTG)
        if _EMPLOYER_HOLDS_AFTER_RE.match(text, f.end):
            continue  # Round 19: "Permis d'exploitation : le groupe en est titulaire": the employer's
        if f.attrs["code"].lower().startswith("agrément") and _FOR_APPROVAL_BEFORE_RE.search(text, max(0, f.start - 30), f.start):
            continue  # Round 19: "nationalité … exigée pour l'agrément préfectoral": a condition of the approval, not a certificate
        if _SUPERVISED_BY_BEFORE_RE.search(text, max(0, f.start - 80), f.start):
            continue  # Round 17: "vous serez accompagné(e) par un expert-comptable ITAA": the tutor's title, not asked
        if _FOR_OTHERS_AFTER_RE.match(text, f.end) or _TRAINED_VIA_BEFORE_RE.search(text, max(0, f.start - 100), f.start):
            continue  # "(VOL-VCA pour les chefs d'équipe)", "nous formons nos opérateurs … via le CQP"
        if _NOT_CANDIDATES_BEFORE_RE.search(text, max(0, f.start - 80), f.start) or _NOT_ENOUGH_AFTER_RE.match(text, f.end):
            continue  # "préparation des audits VCA", "le site détient la certification VCA", "le VCA de base ne suffit pas"
        if f.attrs["code"][:3] in _EXAM_PREFIXES and any(g.end < f.start and re.fullmatch(r"\s*\(\s*", text[g.end : f.start]) for g in found):
            continue  # "Azure Data Engineer Associate (DP-203)": the exam code restated in brackets, one certificate
        if f.attrs["code"].upper().startswith("RNCP"):
            continue  # "une certification RNCP de responsable de secteur": a title of the national register, a diploma
        if offered_on_line(text, f.end):
            # A certificate the employer pays for ("Certifications AWS et Azure financées à 100 %", "sont prises en
            # charge") is a benefit (the rule of training.py).
            continue
        if _EMPLOYER_CERTIFIED_BEFORE_RE.search(text, max(0, f.start - 100), f.start) or _COMPANY_CERTIFIED_BEFORE_RE.search(text, max(0, f.start - 140), f.start):
            continue
        if f.attrs["code"].startswith("VCA") and text.startswith("*", f.end):
            continue  # Round 18: "VCA*", "VCA**" are the firm's certificate levels ("230 collaborateurs, certifiés ISO 14001 et VCA*")
        if f.attrs["code"] == "habilitation de sécurité" and _ELIGIBLE_AFTER_RE.match(text, f.end):
            continue  # round 21: "requires a security clearance or will require being eligible for clearance": eligibility
        if f.attrs["code"] == "habilitation de sécurité" and _CLEARANCE_LATER_AFTER_RE.match(text, f.end):
            continue  # Round 19: "Une habilitation de sécurité sera demandée après recrutement": the employer's procedure
        if f.attrs["code"] in _MEDICAL_CODES and _AT_HIRING_AFTER_RE.match(text, f.end):
            continue  # Round 17: "Un certificat médical d'aptitude vous sera demandé à l'engagement": a hiring formality
        if f.attrs["code"].startswith("SSIAP") and _SSIAP_PEOPLE_BEFORE_RE.search(text, max(0, f.start - 40), f.start) and any(
            g.attrs["code"] == f.attrs["code"] and g.start > f.end for g in found
        ):
            continue  # round 21: "recherche des agents SSIAP 1. … détenir le SSIAP 1": the people sought, the certificate asked after
        if (rules := _RULES_LIST_BEFORE_RE.search(text, max(0, f.start - 80), f.start)) and "," in text[rules.end() - 1 : _clause_stop(text, f.end, ")\n")]:
            continue  # round 21: "veiller au respect des règles de sécurité (VCA, RGIE, directive machines)": rules, not a certificate
        if f.attrs["code"] in ("SSIAP 1", "SSIAP 2") and _SSIAP_PEOPLE_BEFORE_RE.search(text, max(0, f.start - 40), f.start) and any(
            g.attrs["code"].startswith("SSIAP ") and g.attrs["code"] > f.attrs["code"] for g in found
        ):
            continue
        if held_by_others_or_given(text, f.start, f.end):
            continue  # "Nos conducteurs sont tous titulaires de la FIMO", "le syndicat finance la FIMO"
        if _not_needed(text, f.start, f.end):
            continue  # "La phytolicence n'est pas nécessaire", "Aucun CACES requis": not asked (the written batches' rule)
        if not_held_question(text, f.start, f.end):
            continue  # "Pas de CACES ? Nous vous formons", "Vous n'avez pas la FIMO ?": the ad says it is not needed
        if _to_obtain(text, f.start, f.end):
            # Round 14: "VCA de base ou disposé(e) à le passer", "(ou capacité à la passer rapidement)", "Le VCA devra être
            # obtenu dans les 3 mois": the ad accepts people who can obtain it (the guide: preferred).
            f = f.with_(forced_strength="preferred")
        kept.append(f)
    kept = _english_line_strengths(text, kept)
    return _merge_restated_by_slash(text, sorted(kept, key=lambda m: m.start))


# Round 21: an English line inside a French ad ("Certified Workday HCM a strong plus"): the French cue resolver does not
# read its cue; the line's own English cue gives the firmness. A cheap gate first: most ads hold no English cue.
_ENGLISH_CUE_GATE_RE = re.compile(r"(?<![\w])(?:an?\s+(?:\w+\s+)?(?:plus|asset|advantage)|nice\s+to\s+have|mandatory|required|preferred|appreciated)(?![\w])", re.I)
_ENGLISH_CUE_GATE_SCAN = GatedPattern(_ENGLISH_CUE_GATE_RE)  # whole-text scan, tried only where it can match (fastscan.py)


def _english_line_strengths(text: str, kept: list[Mention]) -> list[Mention]:
    if not kept or not _ENGLISH_CUE_GATE_SCAN.search(text):
        return kept
    segments = foreign_segments(text)
    out = []
    for f in kept:
        if f.forced_strength is None and any(a <= f.start and f.end <= b for a, b in segments):
            strength = clause_strength(text, f.start, f.end)
            f = f.with_(forced_strength=strength) if strength else f
        out.append(f)
    return out


def _merge_restated_by_slash(text: str, kept: list[Mention]) -> list[Mention]:
    """Round 19: one certificate under two names joined by a slash ("Certificat HACCP / formation en hygiène alimentaire"):
    the same code on both sides, the second named in lower-case words (not a second body, "brevet VDAB/Forem", nor another
    process, "TIG 141 / MAG 135": alternatives)."""
    out: list[Mention] = []
    for f in kept:
        prev = out[-1] if out else None
        if (prev is not None and prev.attrs["code"] == f.attrs["code"] and _SLASH_GAP_RE.fullmatch(text, prev.end, f.start)
                and _WORDS_RE.search(text, f.start, f.end)):
            out[-1] = prev.with_(end=f.end)
            continue
        out.append(f)
    return out


_SLASH_GAP_RE = re.compile(r"[ \t]*/[ \t]*")
_WORDS_RE = re.compile(r"(?<![\w])(?-i:[a-zà-ÿ]{4,})(?![\w])")  # named in words, not "MAG 135" (another process, one more item)


# Round 15, ONE rule for codes: a certificate named in words and followed by its own acronym in brackets is coded by
# that acronym ("brevet supérieur de sauvetage aquatique (BSSA)" → BSSA, "brevet européen de premiers secours (BEPS)",
# "brevet d'animateur de centres de vacances (BACV)", "certification airco (F-gas)", "(BEPS ou équivalent)"); the
# acronym in the brackets is not a second item. Not when the name already carries an acronym ("GWO (BST)", "statut
# FSMA (PCP)", "CQP ASC (agent …)"), nor for a body's acronym (ADEPS, ONE, AViQ, SPF…: who issues it, not what it is),
# nor for the Belgian driver's CAP (code 95, the guide's convention 4) and the levelled families (CACES, habilitations)
# whose codes carry their level. A certificate named without its acronym keeps its name's code.
_ACRONYM = r"(?-i:[A-Z][A-Z0-9]{1,6}|[A-Z]-[A-Za-z]{2,5})"
_OWN_ACRONYM_END_RE = re.compile(r"\(\s*(?P<acr>" + _ACRONYM + r")\s*\)$")
_OWN_ACRONYM_AFTER_RE = re.compile(r"[ \t]*\(\s*(?P<acr>" + _ACRONYM + r")(?:\s+ou\s+(?:[ée]quivalent|autre)[^()\n]{0,20})?\s*\)")
_NAME_HAS_ACRONYM_RE = re.compile(r"(?<![\w])(?-i:[A-Z]{2,}[A-Z0-9]*)(?![\w])")
_BODY_ACRONYMS = frozenset("ADEPS ONE AVIQ SPF FWB CNAPS AFMPS INAMI ITAA FSMA IPCF IRE UE RW CAP CFA CE EU FR NL".split())


def _codes_from_own_acronyms(text: str, found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    dropped: set[int] = set()
    for f in found:
        code = f.attrs["code"]
        # (Round 17: the boiler technician's approval too, whose bracket names the fuel's level, "(G1)", "(L)")
        # (Round 18: the nurse's TPP keeps the guide's "TPP <field>", a public-service brevet its grade and level)
        if code.upper().startswith(("CACES", "HABILITATION ELECTRIQUE", "CODE 95", "TECHNICIEN CHAUDIERE", "TPP ", "BREVET SAPEUR", "BREVET POMPIER", "BREVET GUIDE",
                                    "ATTESTATION D'APTITUDE F", "CERTIFICAT D'APTITUDE F")):
            out.append(f)
            continue
        span = text[f.start : f.end]
        own = _OWN_ACRONYM_END_RE.search(span)
        name = span[: own.start()] if own else span
        after = None if own else _OWN_ACRONYM_AFTER_RE.match(text, f.end)
        acronym = (own or after).group("acr") if (own or after) else None  # type: ignore[union-attr]
        if acronym is None or acronym.upper() in _BODY_ACRONYMS or _NAME_HAS_ACRONYM_RE.search(name):
            out.append(f)
            continue
        if after:
            inside = (after.start("acr"), after.end())
            dropped.update(id(g) for g in found if g is not f and inside[0] <= g.start and g.end <= inside[1])
        out.append(f.with_(attrs={**f.attrs, "code": acronym}))
    return [f for f in out if id(f) not in dropped]


def _not_needed(text: str, start: int, end: int) -> bool:
    """The sentence says the certificate is not needed, with no "mais … un plus" turning it into a wish."""
    if not (said_not_needed(text, end) or _NOT_NEEDED_BEFORE_RE.search(text, max(0, start - 30), start)):
        return False
    stop = _clause_stop(text, end)
    return not _BUT_WISHED_RE.search(text, end, stop)


def _to_obtain(text: str, start: int, end: int) -> bool:
    stop = _clause_stop(text, end, ".\n;", limit=120)
    after = _TO_OBTAIN_AFTER_RE.search(text, end, stop)
    # (Round 17: measured past the certificate's own bracket: "Certificats GWO (BST : travail en hauteur, premiers
    # secours…) à jour ou à passer à l'embauche")
    own_bracket = re.match(r"[ \t]*\([^()\n]{0,100}\)", text[end:stop])
    if after and after.start() - end - (own_bracket.end() if own_bracket else 0) > 45:
        after = None  # "agréé en médecine générale ; formation de … (ou engagement à la suivre)": another item's
    # (Round 19: "Habilitation de sécurité (niveau confidentiel) à obtenir": obtained after hiring, the ad takes people
    # without it)
    bare = re.match(r"(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*[àa]\s+obtenir(?![\w])(?!\s+avant)", text[end:stop])
    return bool(after or bare or _TO_OBTAIN_BEFORE_RE.search(text, max(0, start - 60), start))


def _offered_in_sentence(text: str, end: int) -> bool:
    """An offering verb later in the sentence, no asking word between: "L'ADR citerne des conducteurs titulaires de
    l'ADR de base peut être financé par l'entreprise"."""
    stop = _clause_stop(text, end, limit=110)
    offered = _OFFERED_LATE_RE.search(text, end, stop)
    return offered is not None and not _HACCP_ASKED_RE.search(text, end, offered.start())


_BEFORE_BRACKET_RE = re.compile(r"\s*(?:(?:exig|requis|obligatoir|souhait|indispensabl|appr[ée]ci)\w*\s*)?", re.I)


def _other_level(a: str, b: str) -> bool:
    """"CONSEILLER EN PREVENTION NIVEAU 2" and "… NIVEAU 1": the same certificate at another level."""
    # (round 21: both with a level: "CACES 5 (R489)" restates the recommendation of the certificate before it)
    return a != b and bool(re.search(r"\s\d+$", a)) and bool(re.search(r"\s\d+$", b)) and re.sub(r"\s\d+$", "", a) == re.sub(r"\s\d+$", "", b)


def _restated_in_brackets(text: str, f: Mention, found: list[Mention]) -> bool:
    """`f` opens a bracket right after another certificate and the bracket holds nothing else (no list, no "+")."""
    before = text[max(0, f.start - 3) : f.start]
    if not re.search(r"\(\s*$", before):
        return False
    opening = text.rfind("(", 0, f.start)
    closing = text.find(")", f.end)
    # the bracket names the same certificate: a word in common ("Brevet d'échafaudeur (VCA Échafaudeur)") or a visa
    same = set(re.findall(r"[^\W\d_]{3,}", (f.attrs["code"] + " " + text[f.start : closing if closing >= 0 else f.end]).upper()))
    # Round 16: an asking word may stand before the bracket ("VOL-VCA exigé (VCA cadres)"); two levels of one certificate
    # ("niveau II (niveau I serait un atout)") are two items, not a restatement.
    gloss = not re.search(r"[,+/;]|(?<![\w])(?:et|ou)(?![\w])", text[f.start : f.end])  # "(ADR base + spécialisation citerne)" is more
    if not any(g is not f and g.end <= opening and (not text[g.end : opening].strip() or (gloss and _BEFORE_BRACKET_RE.fullmatch(text, g.end, opening)))
               and (same & set(re.findall(r"[^\W\d_]{3,}", g.attrs["code"].upper())) or f.attrs["code"] == "VISA")
               and not _other_level(g.attrs["code"], f.attrs["code"]) for g in found):
        return False  # "carte de qualification de conducteur (FCO à jour)": two certificates
    inside = text[f.end : closing if closing >= 0 else f.end]
    return closing >= 0 and "\n" not in inside and not re.search(r"[,+/;]|\d|(?<![\w])(?:et|ou)(?![\w])", inside)


def _add_listed(text: str, seeds: list[tuple[int, int]], add: Callable[..., None]) -> None:
    """The other members of a list of certificates (round 12, see _CERT_LIST_RE)."""
    # Only the lines that hold a known certificate or the word "certification" (a whole-text scan costs ~0.3 ms an ad).
    starts = {a for a, _ in seeds} | {m.start() for m in re.finditer("certif", text, re.I)}
    lines = sorted({(text.rfind("\n", 0, a) + 1, len(text) if text.find("\n", a) < 0 else text.find("\n", a)) for a in starts})
    for m in (x for a, b in lines for x in _CERT_LIST_RE.finditer(text, a, b)):
        line_start = text.rfind("\n", 0, m.start()) + 1
        introduced = bool(_LIST_INTRO_RE.search(text, max(line_start, m.start() - 80), m.start()))
        if introduced and not (
            _LIST_ASKED_RE.search(_sentence_around(text, m.start(), m.end())) or _LINE_OPENS_WITH_INTRO_RE.match(text, line_start)
        ):
            introduced = False
        members = list(_LIST_MEMBER_RE.finditer(text, m.start(), m.end()))
        seeded = any(a < mm.end() and mm.start() < b for mm in members for a, b in seeds)
        if not introduced and not (seeded and len(members) > 1):
            continue
        bracketed = introduced and text[max(line_start, m.start() - 3) : m.start()].rstrip().endswith("(")
        for mm in members:
            name = mm.group(0)
            if not re.search(r"[A-Za-z]", name):
                continue  # "4/ ISTQB …": a list number
            if bracketed and len(name.split()) == 1 and name.upper() in _NOT_CERT_ACRONYMS:
                continue  # "certification cloud (Azure, AWS, GCP)": the platforms of the field, not certificates
            if _ISO_STANDARD_RE.match(name) or name.upper() == "PCI-DSS" or name.split()[0].split("/")[0].upper() in _ORGANISATION_LABELS:
                continue  # a standard the employer, its products or its clients are certified to, not a person's certificate
            bracket = re.match(r"\s*\(", text[mm.end() :])
            if bracket and any(mm.end() < a <= mm.end() + 40 for a, _ in seeds):
                continue  # "Certification Product Owner (PSPO, PSM ou équivalent)": the field, its certificates in brackets
            if name.split()[0].upper().rstrip("+") in _NOT_CERT_ACRONYMS and len(name.split()) == 1 and not introduced:
                continue
            if introduced and name.upper() in _NOT_INTRODUCED:
                continue  # "certifié CNIL", "Certifications (CDI)": the body that certifies, the contract
            if not introduced and not _certificate_like(name):
                continue
            code = " ".join(name.split())
            add(mm.start(), mm.end(), code.upper() if _METHOD_CERT_RE.fullmatch(name) else code)  # "Prince2" as PRINCE2


# Round 21: the English lines of an ad ("CISSP or CISM (mandatory)", "Security clearance (NSA/ANS) or willingness to
# obtain it", "EPSO or security clearance not required but appreciated", "Certified Workday HCM a strong plus"): the
# French rules read a text with those lines blanked; the certificates' acronyms and titles are the same in English.
_WILLING_TO_OBTAIN_RE = re.compile(r"[^.;\n]{0,40}?\bor\s+(?:the\s+)?(?:willing(?:ness)?|ready|able|commit\w*)\s+to\s+(?:obtain|get|pass|acquire)", re.I)


def foreign_certifications(text: str, segments: list[tuple[int, int]]) -> list[Mention]:
    """The certificates inside the English/German `segments` of `text`, with the firmness their own clause gives."""
    if not segments:
        return []
    out: list[Mention] = []
    for f in find_certifications(text):
        if not any(a <= f.start and f.end <= b for a, b in segments):
            continue
        strength = "preferred" if _WILLING_TO_OBTAIN_RE.match(text, f.end) else clause_strength(text, f.start, f.end)
        out.append(f.with_(forced_strength=strength) if strength else f)
    return out
