"""Languages with a CEFR level read from the wording (walloon-reference.md §6, "typical" column).

the MINIMUM of each band: notions/bases/"un peu" -> A2; bonne connaissance, bon niveau, bonne pratique, "niveau
conversation" -> B1 (a bare "connaissance" names no level: CEFR null);
courant, très bonne connaissance, maîtrise (lu, parlé, écrit), "parfaitement", "communication fluide" -> B2 ("professionnel", "technique",
"opérationnel", "intermédiaire", "à l'aise" name no level: CEFR null); bilingue -> C1 (both languages when two are named, also as codes: "Bilingue FR/NL", "NL/FR"); an explicit
"niveau B2" wins. "langue maternelle" is kept as such (`native=True`, CEFR C2, the level Unia writes for it) and
also yields a protected-criterion mention (`language_origin`): it excludes by origin.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from audits.extract.fastscan import GatedPattern, fold
from audits.extract.mention import Mention
from audits.extract.not_needed import but_wished_after, said_not_needed
from audits.extract.scope import Layout
from audits.extract.strength import PLUS_ADJECTIVE

LANGUAGES: dict[str, str] = {
    "français": "fr", "francais": "fr", "anglais": "en", "néerlandais": "nl", "neerlandais": "nl", "flamand": "nl",
    "allemand": "de", "espagnol": "es", "italien": "it", "portugais": "pt", "arabe": "ar", "chinois": "zh",
    "mandarin": "zh", "russe": "ru", "polonais": "pl", "turc": "tr", "roumain": "ro", "japonais": "ja",
    "luxembourgeois": "lb", "grec": "el", "english": "en", "nederlands": "nl", "deutsch": "de",
    # English requirement lines in French/Belgian ads ("Fluent English; French or Dutch is a plus"): the names are
    # read capitalised only (ENGLISH_NAMES), "La French Tech" is a label, not a language
    "french": "fr", "dutch": "nl", "german": "de", "spanish": "es", "italian": "it", "polish": "pl",
    "portuguese": "pt", "arabic": "ar", "chinese": "zh", "russian": "ru", "turkish": "tr", "japanese": "ja",
    # less common languages asked to serve a public (social work, FLE, interpreting): still read only with a cue; names
    # that are also places or cuisines ("corse", "breton") are left out
    "basque": "eu", "tamoul": "ta", "tigrinya": "ti", "tigrigna": "ti", "dari": "fa", "persan": "fa", "farsi": "fa",
    "pachto": "ps", "pashto": "ps", "ourdou": "ur", "hindi": "hi", "bengali": "bn", "vietnamien": "vi", "coréen": "ko",
    "hébreu": "he", "suédois": "sv", "danois": "da", "norvégien": "no", "finnois": "fi", "tchèque": "cs",
    "hongrois": "hu", "bulgare": "bg", "croate": "hr", "serbe": "sr", "slovaque": "sk", "albanais": "sq",
    "ukrainien": "uk", "lingala": "ln", "swahili": "sw", "amharique": "am", "somali": "so", "kurde": "ku",
    "arménien": "hy", "géorgien": "ka", "catalan": "ca", "wolof": "wo",
    # round 17: languages of West and East Africa and Asia asked to serve a public ("la pratique de l'arabe, du tamoul ou
    # du bambara serait un avantage")
    "bambara": "bm", "peul": "ff", "malgache": "mg", "haoussa": "ha", "tagalog": "tl", "cambodgien": "km", "khmer": "km",
}
ENGLISH_NAMES = frozenset(("french", "dutch", "german", "spanish", "italian", "polish", "portuguese", "arabic", "chinese", "russian", "turkish", "japanese"))
# "French Tech", "French Touch": labels and brands named with an English language name
_ENGLISH_NAME_LABEL_AFTER_RE = re.compile(r"\s+(?:Tech|Touch|Riviera|Kiss|Bulldog|Open|Press|Fries|Fintech|Quarter)\b")
# Round 20: regional languages of France and Belgium that have an ISO 639-1 code ("La maîtrise du breton est un atout",
# "notions d'occitan", "parler wallon"): the names are also places, people and dishes ("le littoral breton", "un fromage
# corse"), so they are read only as the object of a knowledge or speaking word. (Alsatian, Picard, the creoles and the
# sign languages have no two-letter code: the output's schema cannot name them.)
# Round 21: or as the subject of a wish of its own, opening its sentence or item or after its article ("Breton apprécié
# pour échanger avec les bénéficiaires", "Le breton serait apprécié", "l'occitan est un atout") — not "un accent
# breton apprécié", a place's or a dish's adjective.
_REGIONAL_WISHED_RE = re.compile(
    r"(?:(?<![^\n.!?;:•·\-–][ \t])(?<![^\s.!?;:•·\-–])|(?<![\w])(?:le|l['’])\s*)(breton|occitan|proven[çc]al|corse|wallon)"
    r"\s+(?:(?:est|serait|sera)\s+)?(?:(?:tr[èe]s|vivement|fortement)\s+)?(?:appr[ée]ci[ée]|souhait[ée]|bienvenu|un\s+(?:\w+\s+)?(?:plus|atout|avantage))(?![\w])",
    re.I,
)
_REGIONAL_WISHED_SCAN = GatedPattern(_REGIONAL_WISHED_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_REGIONAL = {"breton": "br", "occitan": "oc", "provencal": "oc", "corse": "co", "wallon": "wa"}
_REGIONAL_GATE_RE = re.compile(r"breton|occitan|proven[çc]al|corse|wallon")
_REGIONAL_RE = re.compile(
    r"(?<![\w])(?:ma[îi]trise|connaissances?|pratique|notions?|bases?|niveau|parler|parlez|parles|parlant|parle|locuteur|locutrice)"
    r"\s+(?:\w+\s+)?(?:du\s+|de\s+l['’]|d['’]|l['’]|le\s+|en\s+)?(breton|occitan|proven[çc]al|corse|wallon)(?![\w])",
    re.I,
)
_REGIONAL_SCAN = GatedPattern(_REGIONAL_RE)  # whole-text scan, tried only where it can match (fastscan.py)
ADJECTIVES: dict[str, str] = {
    "française": "fr", "anglaise": "en", "néerlandaise": "nl", "allemande": "de", "espagnole": "es",
    "italienne": "it", "portugaise": "pt", "arabe": "ar", "flamande": "nl",
    # typed without the accent ("langue francaise"), and the other names' adjectives
    "francaise": "fr", "neerlandaise": "nl", "chinoise": "zh", "japonaise": "ja", "russe": "ru", "polonaise": "pl",
    "turque": "tr", "roumaine": "ro", "grecque": "el", "luxembourgeoise": "lb", "françaises": "fr", "francaises": "fr",
}
# A capitalised name glued to the previous word where markup was stripped ("…esprit critiqueFrançais et Anglais").
# Also an elision whose apostrophe was lost ("Bon niveau danglais", "notions dallemand"): a "d" or "l" glued to a
# name that starts with a vowel (checked in find_languages).
# Round 20: in lower case too, glued to the previous item where the list markup was stripped ("1 an d'expérience
# souhaitéfrançais courant", "idéalementfrançais langue maternelle"): only the common names (no French word ends with
# them) and only with a level or requirement word right after.
_GLUED_LOWER = (
    r"(?<=[a-zàâçéèêëîïôûù])(?=(?:fran[çc]ais|anglais|n[ée]erlandais|allemand|espagnol)\s+(?:courant|langue\s+maternelle|natif|native|bilingue|"
    r"professionnel|technique|op[ée]rationnel|obligatoire|exig[ée]|requis|indispensable|souhait[ée]|appr[ée]ci[ée]|niveau|[ABC][12])(?![\w]))"
)
_LANG_RE = re.compile(
    r"(?:(?<![\w])|(?<=[a-zàâçéèêëîïôûù])(?=(?-i:[A-ZÉ]))|" + _GLUED_LOWER + r"|(?<=(?<![\w])[dlDL]))("
    + "|".join(sorted(LANGUAGES, key=len, reverse=True))
    + r")(?![\w])",
    re.I,
)
# "Maîtrise (écrite/orale) du français": a level noun, then an aside in brackets, then the language.
_BRACKETED_LEVEL_BEFORE_RE = re.compile(
    r"((?:tr[èe]s\s+)?(?:bonne\s+)?(?:ma[îi]trise|connaissance|pratique)\s*\([^()\n]{1,30}\))\s*(?:du|des|de\s+la|de\s+l['’]|d['’])\s*$",
    re.I,
)
_GLUED_ELISION_RE = re.compile(r"(?<![\w])[dl]$", re.I)
_ADJ_RE = re.compile(r"(?<![\w])(" + "|".join(ADJECTIVES) + r")(?![\w])", re.I)
_CEFR_RE = re.compile(r"(?<![\w])([ABC][12])(?![\w])")
_CONTEXT_RE = re.compile(
    r"courant|bilingue|trilingue|multilingue|notions?|bases?|ma[îi]tris|parl[ée]|[ée]crit|\blu\b|niveau|connaissances?|langues?|pratiqu|"
    r"fluent|speak\w*|spoken|written|proficien\w*|natif|native|maternelle|(?:(?<=ais )|(?<=and )|(?<=nol )|(?<=ien )|(?<=ish ))pro(?![\w])|parlez|parler|parlant|compren(?:ds|dre|ez|d)\b|s'exprimer|compr[ée]hension|technique|op[ée]rationnel|scolaire|"
    r"n[ée]cessaire|"
    r"[ée]change[rz]?|interlocuteurs|CECR|CEFR|TOEIC|r[ée]diger|\b[ABC][12]\b|souhait|exig|requis|appr[ée]ci|atout|"
    r"un plus|=\s*(?:plus|\+)|indispensable|obligatoire|imp[ée]rati|pr[ée]f[ée]rence|[àa]\s+l'aise|"
    # a strength predicate of its own names the language as wished ("l'espagnol est un vrai plus", "le polonais est un
    # gros avantage", "Espagnol ou anglais bienvenu")
    r"\b" + PLUS_ADJECTIVE + r"[sx]?\s+(?:plus|atouts?)\b|\bdes\s+plus(?![ \t]+\w)|"
    r"avantage|bienvenu|(?:est|sont|serai(?:en)?t|sera(?:ient)?)\s+utiles?\b|facilit(?:e|ent|era|eront|erait|eraient)\b|"
    # reading the language, getting by in it, a level said to be enough ("Tu lis l'anglais sans difficulté", "tu te
    # débrouilles en anglais", "un anglais correct pour nos rituels", "un anglais suffisant pour lire la doc")
    r"\bli(?:s|sez|re)\b|d[ée]brouill\w*|\bcorrecte?\b|\bsuffisante?\b|\bfluide\b|"
    # round 17: a minimal command said to be enough ("Quelques mots de français suffisent", "Un minimum de français pour
    # conseiller nos clients", "quelques mots d'anglais pour les touristes")
    r"quelques\s+mots|\bun\s+minimum\s+d|\bsuffi(?:t|sent|ra|ront|rait|raient)\b|"
    # round 18: the spoken wish, and the language said understood ("c'est bien vu avec les clients", "Le français doit
    # être compris et parlé"; not "y compris": "tout compris", "y compris l'anglais")
    r"\bbien\s+vue?s?\b|(?<![yY]\s)\bcompris\b|"
    # round 18: reading named as the use ("Anglais : lecture de documentation scientifique")
    r"\blecture\b|"
    # writing the language ("savoir lire et écrire le français": the clause is cut at "et", "écrire" stays with it)
    r"[ée]cri(?:re|vez|s)\b|"
    # English requirement lines ("French or Dutch is a plus", "German is an asset", "French nice to have")
    r"\ba\s+(?:real\s+|strong\s+|big\s+)?plus\b|\bassets?\b|advantage|nice\s+to\s+have|\bbonus\b|appreciated|required|mandatory|\bmust\b|"
    r"\bworking\s+language|\bknowledge\b|\blevel\b|\bcommand\s+of\b|\bgood\b|\bprofessional\s+(?=english|french|dutch|german)|"
    # a form's level word in brackets, typed with or without its accent ("Anglais (Intermediaire)"); no CEFR level
    r"interm[ée]diaire|avanc[ée]|intermediate|advanced|"
    # "Maîtrise écrite et orale du néerlandais": the clause cut at "et" leaves "orale du néerlandais"
    r"orale?s?\b",
    re.I,
)
_EXCLUDE_BEFORE = re.compile(
    # (round 18: a teaching post's subject in a language adjective, "maître-assistant(e) en langue néerlandaise",
    # "chargé de cours de langue anglaise")
    r"(?:professeure?|prof|cours|enseignant(?:e)?|enseignement|formateur|formatrice|ma[îi]tre[- ]assistante?|licence|master|bachelier|bts|"
    r"traduct\w+|cl[ée]|d'origine|nationalit[ée]|cuisine|jardin|style|march[ée]|territoire|[ée]tablissement|"
    r"apprenants\s+en|classes?\s+de|fran[çc]ais\s+langue|pays|c[ôo]te|p[ée]riodes|"
    # (round 20: the language of an immersion class or course, "formation en immersion néerlandais", "classe
    # d'immersion en anglais": the school's teaching, the language asked is named in its own words)
    r"immersion)(?:\(e\)|\(trice\))?\s*(?:de\s+l'|d'|de\s+|en\s+|l'|du\s+|le\s+)?(?:(?<=de\s)la\s+)?(?:(?<=\s)langues?\s+)?$",
    re.I,
)
# A language as a diploma's or a teacher's subject, not asked of the candidate: "AESI langues germaniques (orientation
# néerlandais)", "AESS en anglais", "régent(e) en français", "maître de seconde langue (néerlandais)", "option
# néerlandais"; and the discipline "français langue étrangère" / "FLE" / "FLS" ("AESI français-FLE").
_SUBJECT_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:AES[IS]|r[ée]gente?|agr[ée]g[ée]e?|orientation|option|section|fili[èe]re)\s*(?:\(\s*)?(?:en\s+|de\s+|d['’])?"
    r"|(?:ma[îi]tre(?:\(?sse\)?)?|professeur(?:\(?e\)?)?|enseignant(?:\(?e\)?)?|instituteur|institutrice)s?\s+de\s+(?:seconde|deuxi[èe]me|premi[èe]re)?\s*langue\s*[(:,\-–]?\s*)$",
    re.I,
)
_SUBJECT_AFTER_RE = re.compile(r"\s*[-–/]?\s*(?:langue\s+(?:[ée]trang[èe]re|seconde|moderne)|FLE|FLS)(?![\w])", re.I)
# "Le processus comprend un entretien …, un test d'anglais écrit et oral, puis…": a step of the selection, not a
# requirement of its own (the ad asks the language, if at all, in its profile); a level or a requirement word beside
# the test keeps it ("un test d'anglais (niveau B2 exigé)").
_TEST_BEFORE_RE = re.compile(r"(?<![\w])tests?\s+(?:[ée]crits?\s+|oraux?\s+)?(?:de\s+(?:la\s+)?(?:langue\s+)?|d['’]|en\s+)$", re.I)
_SELECTION_RE = re.compile(r"processus|[ée]tapes?|entretiens?|recrutement|s[ée]lection|proc[ée]dure", re.I)
# "excellent(e)" grades a language only when it qualifies the language or a level noun ("excellent anglais",
# "excellente maîtrise"); "un excellent rédactionnel en français" grades the writing: a word outside the guide's list.
_EXCELLENT = (
    r"excellente?s?\s+(?:niveau|ma[îi]trise|connaissance|pratique|compr[ée]hension|command|(?:d'|de\s+l'|du\s+)?(?:"
    + "|".join(LANGUAGES)
    + r")\b)"
)
_LEVELS: list[tuple[re.Pattern[str], str]] = [
    # round 20: the Belgian certificate of "connaissance approfondie" (the coordinated laws' higher exam, C1 in the
    # written batches' golds); the phrase alone, outside a certificate, stays a "très bonne connaissance" (B2)
    (re.compile(r"(?:certificat|brevet|attestation|examen)s?\s+(?:linguistiques?\s+)?de\s+connaissance\s+approfondie", re.I), "C1"),
    (re.compile(r"bilingu(?:e|isme)|trilingue|langue\s+maternelle|natif|native", re.I), "C1"),
    # "maîtriser parfaitement le français" is mastery (B2); only "parfaitement bilingue" is C1 (the bilingue above).
    (re.compile(r"tr[èe]s\s+bonne?|very\s+good|" + _EXCELLENT + r"|parfaitement|courant|couramment|fluent|ma[îi]tris\w*(?!\s+correcte)|fluide", re.I), "B2"),
    # "niveau conversation": the level at which one holds a conversation (B1, the CEFR's "can enter unprepared into
    # conversation on familiar topics")
    # "Anglais : bon", "Néerlandais - Bon": the grade of a form's language line
    (re.compile(r"bonnes?\s+(?:connaissances?|ma[îi]trise|notions|niveau|bases|pratique)|bon\s+niveau|ma[îi]trise\s+correcte|correct|"
                # ("très bon" as "très bon niveau", B1 in the IT gold 7011073)
                r"^\s*[:\-–—]\s*(?:tr[èe]s\s+)?bon(?:ne)?s?(?![\w])|"
                r"niveau\s+(?:de\s+)?conversation\w*|conversationnel\w*|"
                # round 17: the English grade of a form's line ("French : good", "good command of Dutch")
                r"(?<![\w])good(?![\w])", re.I), "B1"),
    # "Quelques mots de néerlandais", "des rudiments d'allemand": a few words, a beginner's level (A2 like "notions")
    (re.compile(r"notions?|bases?|[ée]l[ée]mentaire|scolaire|d[ée]butant|quelques\s+mots|rudiments?", re.I), "A2"),
    # The modes of use ("lu, parlé, écrit", "oral et écrit", "compris") name no level (the guide: "Anglais lu, parlé,
    # compris" → null); only a level word next to them grades ("Maîtrise de l'anglais : lu, parlé, écrit" → B2).
    # A bare "connaissance" names no level either (the guide lists "bonne connaissance" as B1; every gold reads
    # "Connaissance de l'anglais", "la connaissance du néerlandais est un atout", "connaissance fonctionnelle du
    # néerlandais" as null): only a grading word beside it, or a level written, gives one.
    # A "connaissance passive" is a bare "connaissance" too: not in the guide's table (the third written batch reads
    # "Connaissance passive du néerlandais appréciée" as null, twice).
    (re.compile(r"compr[ée]hension", re.I), "B1"),
]
# The modes of use written after a register ("anglais professionnel, à l'écrit comme à l'oral", "anglais technique
# (lu / écrit / parlé)"): the phrase describes the language's use, so the level word before the register grades it.
_MODES_RE = re.compile(r"(?<![\w])(?:lu|parl[ée]e?s?|[ée]crite?s?|orale?s?|compris|lecture)(?![\w])", re.I)
# Belgian ads write the languages of a bilingual post as codes: "Bilingue FR/NL", "NL/FR", "FR-NL". A pair of codes
# names a bilingual requirement by itself (C1 unless a level is written); a single code needs a language cue like a
# language name ("Connaissance du NL"). Only FR and NL stand alone: "EN" and "DE" are French words in capitals.
_CODES = {"fr": "fr", "nl": "nl", "en": "en", "de": "de", "an": "en", "ang": "en"}
_CODE = r"(?:(?i:fr|nl)|EN|DE|En|De|ANG|AN)"
# "trilingue FR/NL/EN": a third code chained the same way is a third language of the post.
_CODE_PAIR_RE = re.compile(r"(?<![\w/])(" + _CODE + r")(\s?[/-]\s?)(" + _CODE + r")(?:\s?[/-]\s?(" + _CODE + r"))?(?![\w/]|-\d)")
_FR_NL_PAIR_RE = re.compile(r"(?i:fr\s?[/-]\s?nl|nl\s?[/-]\s?fr)")
_SINGLE_CODE_RE = re.compile(r"(?<![\w/])(FR|NL)(?![\w/])")
# Round 17: "EN" and "DE" stand alone as codes beside the other codes of a language line ("FR natif ou courant, NL et EN
# conversationnels (B1)", "FR et NL (niveau C1), DE (niveau B2) ; EN courant", "NL et FR courants, EN bon niveau"): chained
# to a code, or followed by a level of their own (lower-case level words: "EN COURS", "DE LA" in capitals stay words).
_EN_DE_CODE_RE = re.compile(r"(?<![\w/])(EN|DE)(?![\w/'’])")
_EN_DE_CODE_SCAN = GatedPattern(_EN_DE_CODE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_CODE_CUE_AFTER_RE = re.compile(
    r"[ \t]*[:=\-–]?[ \t]*(?:(?:est|serait)\s+)?(?:un\s+(?:vrai\s+|gros\s+|petit\s+)?(?:plus|atout)|appr[ée]ci[ée]|souhait[ée]|bienvenu|exig[ée]|requis|obligatoire|indispensable)(?![\w])"
)
_CODE_LEVEL_AFTER_RE = re.compile(
    r"\s*(?:\(\s*(?:niveau\s+)?[ABC][12](?:\s*[/-]\s*[ABC][12])?\s*\)|[:\-–]?\s*(?:(?i:niveau)\s+[ABC][12]|courant|bon\s+niveau|tr[èe]s\s+bon|natif|native|"
    r"conversationnel\w*|fluent|notions?|interm[ée]diaire|de\s+base|bilingue|maternelle|[ABC][12])(?![\w]))"
)
# Languages chained by a connector share the level written for the chain ("Bilingue Français - Néerlandais").
# The list may repeat each language's article: "Maîtrise du néerlandais, du français et de l'anglais".
# "et/ou", and the English connectors of English requirement lines ("Fluent English and French", "German or Polish").
# A new list item or a blank line ends the chain ("bilingue allemand-français\n- L'anglais est un plus": the bullet is not a
# connector, the next item has its own level and strength).
_CHAIN_RE = re.compile(r"(?![ \t]*\n\s*(?:[-–•*·▪◦✔→>]|\n))\s*(?:\bet\s*/\s*ou\b|\band\s*/\s*or\b|/|-|–|,|&|\+|\bet\b|\bou\b|\band\b|\bor\b)\s*(?:du|des|de\s+la|de\s+l['’]|de|d['’]|le|la|l['’]|en(?=\s))?\s*", re.I)
_BILINGUAL_RE = re.compile(r"bilingu(?:e|isme)|trilingue", re.I)
_BILINGUAL_SCAN = GatedPattern(_BILINGUAL_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# "bilingue" said of the people served or the place, not of the candidate: "Bonnes connaissances du néerlandais (clients
# bilingues)", "Des notions de néerlandais sont un plus (clientèle bilingue)": the level is the candidate's own words.
_OTHERS_BILINGUAL_RE = re.compile(
    r"(?<![\w])(?:client[èe]le|clients?|public|patients?|r[ée]sidents?|usagers?|b[ée]n[ée]ficiaires|familles|r[ée]gion|ville|"
    r"commune|quartier|pays|zone|capitale)\s+(?:\w+\s+)?bilingues?(?![\w])"
    # (round 17: not the post's own "Conseiller(ère) clientèle bilingue espagnol": the language named right after)
    r"(?!\s+(?:" + "|".join(sorted(LANGUAGES, key=len, reverse=True)) + r"|(?-i:FR|NL|EN|DE))(?![\w]))"
    # "(prime de bilinguisme possible)", "allocation linguistique": a bonus the employer pays, not the level asked
    r"|(?<![\w])(?:primes?|allocations?|indemnit[ée]s?)\s+(?:de\s+|d['’])?(?:bilinguisme|bilingue|langues?|linguistiques?)(?![\w])",
    re.I,
)


# German requirement words in Belgian ads of the German-speaking Community ("Deutschkenntnisse erforderlich", "gute
# Französischkenntnisse"): the compound names the knowledge of a language, a cue of its own.
_GERMAN_NAMES = {"deutsch": "de", "englisch": "en", "französisch": "fr", "franzosisch": "fr", "niederländisch": "nl",
                 "niederlandisch": "nl", "spanisch": "es", "italienisch": "it", "luxemburgisch": "lb"}
_GERMAN_KNOWLEDGE_RE = re.compile(r"(?<![\w])(?:(?:sehr\s+)?gute\s+|fließende\s+|Grund)?(" + "|".join(_GERMAN_NAMES) + r")(?:sprach)?kenntnisse?n?(?![\w])", re.I)
_GERMAN_KNOWLEDGE_SCAN = GatedPattern(_GERMAN_KNOWLEDGE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_GERMAN_LEVELS = ((re.compile(r"sehr\s+gute|fließend|verhandlungssicher|perfekt", re.I), "B2"), (re.compile(r"gute", re.I), "B1"),
                  (re.compile(r"Grundkenntnis", re.I), "A2"))
# "Bilingue FR/NL ou bonne connaissance de l'autre langue nationale": in a French-language ad, Dutch (Belgium's other
# main national language); the ad's own language is French.
_OTHER_NATIONAL_RE = re.compile(r"(?<![\w])autre\s+langue\s+nationale(?![\w])", re.I)
_OTHER_NATIONAL_SCAN = GatedPattern(_OTHER_NATIONAL_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# "Vous parlez un peu allemand": a little of the language (A2, like "notions").
# Round 19: the line names French or Dutch as alternatives ("ou"; not the bilingual pair "FR/NL") before "l'autre langue nationale", which is then either.
_EITHER_NATIONAL_BEFORE_RE = re.compile(r"(?:fran[çc]ais|FR|n[ée]erlandais|NL)\s+(?:ou|or)\s+(?:le\s+|l['’])?(?:fran[çc]ais|FR|n[ée]erlandais|NL)(?![\w])", re.I)
# (round 20: "Un peu de néerlandais c'est cool", "un petit peu d'anglais", "un peu de notions d'allemand")
_A_LITTLE_BEFORE_RE = re.compile(r"(?<![\w])un\s+(?:petit\s+|tout\s+petit\s+)?peu\s+(?:(?:de\s+l['’]|d['’]|du\s+|de\s+|l['’]|le\s+|en\s+)\s*)?$", re.I)
# The language's own predicate that makes it a plus, after it (and its level or aside, and the languages chained to
# it): "le néerlandais (niveau B1) serait un plus", "Le néerlandais est un petit plus", "quelques notions de néerlandais
# sont utiles", "Des notions d'espagnol ou d'italien faciliteront vos échanges", "le permis BE serait top", "le permis C
# un gros plus", "BE = un plus", "Vous parlez un peu allemand ? C'est un atout". Shared with licence.py.
PLUS_PREDICATE_AFTER_RE = re.compile(
    r"(?:\s*\([^()\n]{0,60}\))?\s*(?:[?]\s*(?=c['’]est|ce\s+serait)|,\s*(?=c['’]est|ce\s+serait))?"
    r"(?:(?:est|sont|serait|seraient|serai\(en\)t|sera|seront|constitue(?:rait|nt|raient)?|repr[ée]sente(?:rait|nt|raient)?|reste|c['’]est|ce\s+serait)\s+)?"
    # (the adjectives are strength.py's one list, round 17)
    r"(?:=\s*)?(?:(?:un|une)\s+(?:" + PLUS_ADJECTIVE + r"\s+)?(?:plus|\+|atout|avantage|bonus)(?![\w])|"
    r"de\s+" + PLUS_ADJECTIVE + r"[sx]?\s+(?:plus|atouts|avantages)(?![\w])|"
    # round 17: "l'anglais et l'allemand sont des plus" (not "des plus appréciés", a superlative; "des atouts" is
    # strength.py's cue, read per clause)
    r"des\s+plus(?![ \t]+\w)(?![\w]))"
    r"|(?:\s*\([^()\n]{0,60}\))?\s*(?:est|sont|serait|seraient|serai\(en\)t|sera|seront)\s+(?:(?:tr[èe]s|bien|vraiment)\s+)?(?:utiles?|top|id[ée]al(?:e|es|s)?|bienvenue?s?)(?![\w])"
    # round 18: the spoken wish ("le basque ou l'espagnol c'est bien vu", "l'italien serait très bien vu")
    r"|(?:\s*\([^()\n]{0,60}\))?\s*,?\s*(?:est|sont|serait|seraient|serai\(en\)t|sera|seront|c['’]est)\s+(?:tr[èe]s\s+|toujours\s+)?bien\s+vue?s?(?![\w])"
    r"|(?:\s*\([^()\n]{0,60}\))?\s*facilit(?:e|ent|era|eront|erait|eraient)(?![\w])"
    # the short forms of a plus ("allemand = plus", "Allemand : atout", "le français c'est bonus", "le néerlandais en bonus")
    # (round 21: after a comma too, "Le néerlandais, c'est bonus")
    r"|[ \t]*(?:[=:][ \t]*|,?[ \t]*c['’]est\s+|en\s+)(?:plus|\+|atouts?|bonus)(?![\w])",
    re.I,
)


# Round 21: a language echoing the one before it in its sentence ("Néerlandais B1 souhaité, l'allemand aussi",
# "Anglais exigé, l'espagnol également", "l'italien apprécié, de même que l'espagnol"): asked as that one is, with its
# strength (a wish stays a wish).
_ECHO_AFTER_RE = re.compile(r"[ \t]+(?:aussi|[ée]galement|de\s+m[êe]me|itou|too|as\s+well)(?![\w])", re.I)
_ECHO_BEFORE_RE = re.compile(r"(?:,|;|\bet\b|\bde\s+m[êe]me\s+que\b|\bainsi\s+que\b)\s*(?:et\s+)?(?:le\s+|la\s+|l['’]\s*)?$", re.I)
_WISH_RE = re.compile(r"souhait|appr[ée]ci|atout|un\s+(?:\w+\s+)?plus|bonus|bienvenu|id[ée]alement|avantage|asset|nice\s+to\s+have", re.I)


def _own_words(window: str) -> str:
    """The window without the bilingualism of others (same length: offsets keep)."""
    return _OTHERS_BILINGUAL_RE.sub(lambda m: " " * len(m.group(0)), window)
# A language after "en" is the language of an ability the candidate must have ("une communication fluide en
# anglais", "à l'aise en anglais", "rédiger en français comme en anglais"), not of a thing ("site traduit en anglais").
_IN_LANGUAGE_BEFORE_RE = re.compile(r"(?<![\w])en\s+$", re.I)
# "les procédures sont rédigées en anglais", "nos échanges ... sont en anglais", "(réunions en anglais)": a thing in the
# language, not the candidate's ability ("à l'aise à l'écrit en anglais" is one). Only without a requirement or level
# word ("les rapports sont rédigés en anglais : niveau B2 exigé" stays).
_WRITTEN_IN_BEFORE_RE = re.compile(
    r"(?:r[ée]dig[ée]e?s?|traduite?s?|publi[ée]e?s?|disponibles?|sont|est|r[ée]unions?|proc[ée]dures?|menus?)"
    r"\s+(?:en\s+\w+\s+(?:et|ou)\s+)?(?:(?:souvent|parfois|toujours|exclusivement|uniquement|principalement|majoritairement|aussi)\s+)?en\s+$",
    re.I,
)
_ITEM_HEAD_RE = re.compile(r"(?:[^\n]*[,:;])?[\s*•·>✔→▪◦\-–\d.)]*", re.I)
# (after the register and an aside: "Anglais technique (documentation) : bonne compréhension écrite")
_GRADE_AFTER_RE = re.compile(r"(?:\s+(?:technique|professionnel(?:le)?|scientifique|op[ée]rationnel(?:le)?))?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[:\-–—][ \t]*([^,;:\n()\-–—]{1,40})", re.I)
# "Vous avez un bon anglais", "d'un très bon allemand": "bon" qualifying the language itself, as "bon niveau" (B1;
# "très bon niveau" is B1 in the IT gold 7011073)
_GOOD_BEFORE_RE = re.compile(r"(?<![\w])(?:un|d['’]un)\s+(?:tr[èe]s\s+)?bon\s+$", re.I)
_BEGINNER_BEFORE_RE = re.compile(r"(?<![\w])(?:notions?|bases?|rudiments)\s+(?:de\s+l['’]|d['’]|de\s+|du\s+|en\s+)\s*$", re.I)
_LEVEL_WORD_RE = re.compile(r"courant|couramment|bilingu|ma[îi]tris|niveau|notions?|parfait|fluent|(?<![\w])[ABC][12](?![\w])", re.I)
_ABILITY_RE = re.compile(
    r"communi\w+|[àa]\s+l'aise|aisance|exprim\w+|[ée]chang\w+|r[ée]dig\w+|r[ée]daction\w*|travaill\w+|"
    r"pr[ée]sent(?:er|ez|ation)\w*|fluide|oral|[ée]crit|capacit[ée]|comp[ée]tences?|qualit[ée]s|dialogu\w+|interag\w+|anim(?:er|ez)|"
    # a conversation the candidate holds ("Tu sais mener une conversation en anglais", "converser", "négocier en
    # allemand"); the bare noun ("la conversation en anglais est réservée…") needs the verb that makes it an ability
    r"(?:men|ten|soutenir|suivre|engag)\w*\s+(?:une\s+|des\s+|la\s+)?(?:conversations?|discussions?)|convers(?:er|ez)|"
    r"discut(?:er|ez)|n[ée]goci(?:er|ez|ations?)|argument(?:er|ez)",
    re.I,
)
# "Vous maîtrisez le français ainsi qu'un anglais technique suffisant": a language with its own indefinite article
# is a noun phrase of its own; the level words before it belong to the other language.
_OWN_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w])(?:un|une)\s+$", re.I)
# A line that goes on in lower case is one sentence wrapped ("Anglais&nbsp;\ncourant indispensable").
_SOFT_WRAP_RE = re.compile(r"[ \t]*\n[ \t]*(?=[a-zàâçéèêëîïôûù])")
_GRADED_ABILITY_BEFORE_RE = re.compile(
    r"(?<![\w])(tr[èe]s\s+bonne?|excellente?|parfaite?|bonne?)\s+(?:expression|communication|aisance|r[ée]daction)"
    r"(?:\s+(?:[ée]crite|orale)(?:\s+(?:et|&)\s+(?:[ée]crite|orale))?)?\s+en\s+$",
    re.I,
)
_BRACKETED_LEVEL_RE = re.compile(r"\(\s*niveau\s+([^()\n]{1,30})\)", re.I)
_NEW_SUBJECT_GAP_RE = re.compile(r"\s*,\s*(?:le|la|l['’])\s*", re.I)
_SUBJECT_PREDICATE_RE = re.compile(r"\s*(?:est|sont|serait|seraient|sera|seront|constitue\w*|reste\w*|c['’]est)\s", re.I)
# "l'allemand est un plus" after "Anglais courant,": a language with a predicate of its own is a clause of its own.
_OWN_PREDICATE_AFTER_RE = re.compile(r"\s*(?:est|serait|sera|constitue(?:rait)?|reste)\s", re.I)
# "Anglais technique", "anglais professionnel": the register asked, no level (the guide) — only a level word written
# after it grades it ("anglais professionnel courant"); "Maîtrise de l'anglais technique" stays without a level.
_REGISTER_AFTER_RE = re.compile(r"\s+(?:technique|professionnel(?:le)?|pro|op[ée]rationnel(?:le)?|des\s+affaires)(?![\w])", re.I)
# A profile or skills line that is the language alone, with at most a register or level word ("- Anglais
# professionnel", "Compétences :\nFrançais"): listed as asked.
_SENTENCE_OPEN_BEFORE_RE = re.compile(r"[.!?][ \t]+$")
_SENTENCE_CLOSE_AFTER_RE = re.compile(r"(?:[ \t]*\([^()\n]{0,80}\))?[ \t]*(?:[.!;]|\n|$)")
# Round 20: a sentence (or a clause after a semicolon) that is the languages alone, or the languages and the use they
# serve: opened after a full stop, a semicolon or a line's start, closed by a full stop, a semicolon or the line's end,
# or followed by "pour" and the people or the task ("pour les clients internationaux", "pour accueillir les touristes").
_SENTENCE_ITEM_OPEN_RE = re.compile(r"(?:^|[.!?;][ \t]+|\n[ \t*•·>✔→▪◦\-–]*)$")
_SENTENCE_ITEM_CLOSE_RE = re.compile(
    r"[ \t]*(?:[.!;]|\n|$|pour\s+(?:les|la|le|l['’]|nos|vos|des|notre|votre|accueillir|servir|conseiller|renseigner|communiquer|[ée]changer|"
    r"r[ée]pondre|le\s+contact|les\s+contacts|la\s+client[èe]le)(?![\w])"
    # (not a subject taught: "Français pour les élèves de 3e")
    r"(?![^.;\n]{0,20}(?:[ée]l[èe]ves|apprenants|[ée]tudiants|enfants|classes?|d[ée]butants)))"
)
_OWNER_BEFORE_RE = re.compile(r"(?<![\w])(?:votre|ton|un|une|l['’])\s*$", re.I)
_LANGUAGE_LINE_RE = re.compile(r"[\s*•·>-]*\S+(?:\s+[\w()'-]+){0,2}\s*[.;,]?\s*")
# A language opening a list item or a sentence, alone or with its register, and closed there or explained after a
# colon, a semicolon or a bracket ("- Anglais : lecture et rédaction de rapports", "… est un plus. Anglais
# professionnel.", "- Anglais scientifique (lecture d'articles)", "• Français ; néerlandais apprécié"): the item names
# the language asked, as a skills line does. Other languages chained before it in the same item count as its head.
# A heading that names languages, or (round 18) a heading of wishes whose list names a language alone ("Les + :
# connaissances en recherche opérationnelle, néerlandais", "Atouts : allemand", "Bonus : espagnol").
_LANGUAGE_OR_PLUS_HEADING_RE = re.compile(r"langue|(?<![\w+])\+(?![\w+])|\batouts?\b|\bles\s+plus\b|\bbonus\b|nice[\s-]+to[\s-]+have", re.I)
_LEAD_BEFORE_RE = re.compile(
    r"[\s*•·>✔→▪◦\-–]*(?:\d{1,2}[.)]\s*)?(?:(?:" + "|".join(sorted(LANGUAGES, key=len, reverse=True))
    + r")\s*(?:et\s*/\s*ou|/|,|&|-|\bet\b|\bou\b)\s*)*",
    re.I,
)
_LANGUAGE_NAMES = "|".join(sorted(LANGUAGES, key=len, reverse=True))
_LEAD_AFTER_RE = re.compile(
    r"(?:\s+(?:professionnel(?:le)?|pro|technique|scientifique|de\s+travail|courant|correct|fluide|op[ée]rationnel(?:le)?|des\s+affaires))?"
    r"\s*(?:[:;(]|[.!]?[ \t]*(?:\n|$)"
    # round 17: "- FR, notions de NL appréciées": a comma, then another language with its own words (not a list of
    # languages sharing the level after it, "Allemand, espagnol, italien : notions appréciées")
    r"|,(?!\s*(?:" + _LANGUAGE_NAMES + r"|(?-i:FR|NL|EN|DE))(?![\w]))(?=[^\n]*(?<![\w])(?:" + _LANGUAGE_NAMES + r"|(?-i:FR|NL|EN|DE))(?![\w])))",
    re.I,
)
# Languages given as examples of a language asked ("une deuxième langue (italien, allemand) est un plus", "une langue
# étrangère, notamment l'arabe ou le turc", "a third language (Dutch, Spanish or Polish)"): each is named as asked.
_AFTER_LANGUE_RE = re.compile(
    r"(?<![\w])(?:une|a|an|autres?|other|seconde?|deuxi[èe]me|troisi[èe]me|third|d['’]une)\s+(?:\w+\s+)?(?:langues?|languages?)\b"
    r"[^.;:\n()]{0,40}(?:\(|\bnotamment\b|\bcomme\b|\btel(?:le)?s?\s+que\b|\bsuch\s+as\b|"
    r"\bpar\s+exemple\b)[^.;\n()]{0,40}$",
    re.I,
)
# "à l'aise dans un contexte anglophone": the language of a working environment the candidate must fit in.
_PHONE = {"anglo": "en", "franco": "fr", "néerlando": "nl", "neerlando": "nl", "germano": "de", "hispano": "es", "italo": "it", "luso": "pt"}
_PHONE_CONTEXT_RE = re.compile(
    r"(?<![\w])(?:contexte|environnement|milieu|cadre|[ée]quipes?)\s+(?:(?:international|multiculturel|tr[èe]s|majoritairement|principalement)\s+(?:et\s+)?)?"
    r"(" + "|".join(_PHONE) + r")phones?(?![\w])",
    re.I,
)
_PHONE_CONTEXT_SCAN = GatedPattern(_PHONE_CONTEXT_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 19: the candidate named as a speaker, with a cue of its own ("Germanophones bienvenus", "Germanophone ou bonne
# connaissance de l'allemand : un plus", "Vous êtes néerlandophone : atout"); not a region, a public or the clients
# ("en Communauté germanophone", "clientèle néerlandophone", "pays francophones").
_PHONE_SPEAKER_RE = re.compile(
    r"(?<![\w])(" + "|".join(_PHONE) + r")phones?(?![\w])(?=[^.\n;]{0,50}?(?:bienvenu|un\s+(?:\w+\s+)?(?:plus|atout)|appr[ée]ci|souhait|exig|requis|indispensable|obligatoire|avantage|atout))",
    re.I,
)
_PHONE_SPEAKER_SCAN = GatedPattern(_PHONE_SPEAKER_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_PHONE_PLACE_BEFORE_RE = re.compile(
    r"(?:communaut[ée]|r[ée]gion|pays|zone|partie|public|clients?|client[èe]le|patients?|[ée]l[èe]ves|familles|population|march[ée]|secteur|provinces?|cantons?|"
    r"contexte|environnement|milieu|cadre|[ée]quipes?|Belgique|Suisse)\s+(?:\w+\s+)?$", re.I)
# Round 19: a list line "Anglais, apprécié" / "Néerlandais, un plus": the comma only separates the language from its cue.
_COMMA_CUE_AFTER_RE = re.compile(
    r"[ \t]*,[ \t]*(?:(?:tr[èe]s|fortement|vivement)\s+)?(?:appr[ée]ci[ée]e?s?|souhait[ée]e?s?|bienvenue?s?|exig[ée]e?s?|requise?s?|indispensables?|obligatoires?|un\s+(?:\w+\s+)?(?:plus|atout))(?=[ \t]*(?:[.;!]|\n|$))",
    re.I,
)
_PHONE_ABILITY_BEFORE_RE = re.compile(r"[àa]\s+l'aise|aisance|[ée]volu\w+|travaill\w+|int[ée]gr\w+|habitu[ée]\w*", re.I)
# In the offer's section, a language one practises or learns is a perk ("Contexte international : pratiquer
# l'anglais", "cours d'allemand pour progresser"), unless a requirement word says it is asked.
_PERK_RE = re.compile(r"pratiqu\w*|perfectionn\w*|am[ée]lior\w*|progress\w*|apprend\w*|apprentissage|cours|formations?", re.I)
_ASKED_RE = re.compile(
    r"exig|requis|souhait|obligatoire|indispensable|imp[ée]rati|ma[îi]tris|courant|niveau|(?<![\w])[ABC][12](?![\w])", re.I
)
_SECOND_LEVEL_RE = re.compile(
    r"[;,]\s*(?:(?:et|ou|mais)\s+)?(?:(?:un\s+)?niveau\s+)?([ABC][12])\s+(?:serait\s+|est\s+)?"
    r"(?:souhait\w*|appr[ée]ci\w*|id[ée]al\w*|pr[ée]f[ée]r\w*|un\s+plus|un\s+atout|bienvenu\w*|exig\w*|requis\w*|attendu\w*)"
)
# Not asked: a language others speak ("une partie de l'équipe ne parle pas français", "Our team speaks French",
# "Nos patients parlent parfois anglais") and a language said not to be required ("French not required", "le
# néerlandais n'est pas exigé").
_OTHERS_SPEAK_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:[ée]quipes?|coll[èe]gues|clients?|clientèle|patients?|users?|team|utilisateurs|publics?|interlocuteurs|ils|elles)"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:parlent|parle|speaks?)|(?<![\w])ne\s+(?:parlent|parle|parlons|parlez)\s+pas)"
    # (round 17: "l'équipe d'encadrement parle aussi polonais")
    r"\s+(?:(?:pas|parfois|souvent|surtout|majoritairement|uniquement|seulement|aussi|[ée]galement|d[ée]j[àa])\s+)?(?:le\s+|l['’]|en\s+)?$",
    re.I,
)
# "L'espagnol et le catalan sont parlés par une partie de l'équipe": spoken by others.
_SPOKEN_BY_OTHERS_AFTER_RE = re.compile(r"(?:\s*(?:et|,)\s*(?:le|la|l['’])?\s*\w+)*\s*(?:est|sont)\s+parl[ée]e?s?\s+par", re.I)
# Round 20: the other frames of a language said not to be needed. A negation before it that takes it back by itself:
# "Pas besoin de parler anglais", "Sans exigence d'anglais", "Aucune obligation de connaître le néerlandais"; and the
# candidate's origin, not a language asked: "Les candidats dont la langue maternelle n'est pas le français".
_TAKEN_BACK_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:pas|aucun(?:e)?|sans)\s+(?:besoin|exigence|obligation|pr[ée]requis)\s+(?:de\s+|d['’]|du\s+|en\s+)"
    r"(?:(?:parler|conna[îi]tre|ma[îi]triser|savoir|pratiquer)\s+)?(?:le\s+|la\s+|l['’]|du\s+|de\s+l['’]|en\s+)?"
    r"|(?<![\w])langue\s+(?:maternelle\s+|d['’]origine\s+|natale\s+)?(?:n['’]est|ne\s+(?:serait|sera|soit))\s+pas\s+(?:le\s+|la\s+|l['’])?)$",
    re.I,
)
# A negation before it that a word of need after completes: "Pas de néerlandais requis", "Aucune connaissance du
# néerlandais n'est exigée" (not "Sans connaissance de l'anglais, vous ne pourrez pas…": no word of need).
_NO_BEFORE_RE = re.compile(
    r"(?<![\w])(?:pas|aucun(?:e)?|nul(?:le)?)\s+(?:(?:connaissance|ma[îi]trise|niveau)\s+)?(?:de\s+(?:la\s+)?|d['’]|du\s+|en\s+)$", re.I
)
_NEED_WORD_AFTER_RE = re.compile(
    r"\s*(?:n['’]est\s+|ne\s+(?:sera|serait)\s+)?(?:pas\s+)?(?:n[ée]cessaire|exig[ée]e?|requise?|obligatoire|demand[ée]e?|indispensable)s?(?![\w])", re.I
)
# "Vous ne parlez que français ? Aucun problème.", "Vous ne parlez pas néerlandais ? Pas de souci."
_SPEAKS_ONLY_BEFORE_RE = re.compile(r"(?<![\w])ne\s+(?:parlez|parles|parlent|parle)\s+(?:que|pas)\s+(?:le\s+|l['’])?$", re.I)
_NO_PROBLEM_AFTER_RE = re.compile(
    r"[^.!?\n]{0,12}[?!.,:]?\s*(?:aucun\s+(?:probl[èe]me|souci)|pas\s+de\s+(?:probl[èe]me|souci|panique)|pas\s+grave|ce\s+n['’]est\s+pas\s+(?:un\s+)?(?:probl[èe]me|grave))(?![\w])",
    re.I,
)


def _not_asked_around(text: str, ordered: list[tuple[int, int, str]], i: int, s0: int) -> bool:
    """Round 20: the language (or the chain it opens) said not to be needed, in the frames `said_not_needed` does not
    read after the language alone: the negation before it ("Pas besoin de parler anglais", "Pas de néerlandais requis"),
    after the chain ("Néerlandais ou anglais : non requis"), or the lack of it said to be no problem ("Vous ne parlez que
    français ? Aucun problème"). Said with a wish after ("Pas d'anglais exigé, mais un plus"), it stays asked."""
    start, end, _ = ordered[i]
    before = text[max(s0, start - 60) : start]
    if _TAKEN_BACK_BEFORE_RE.search(before):
        return not but_wished_after(text, end)
    if _NO_BEFORE_RE.search(before):
        need = _NEED_WORD_AFTER_RE.match(text, end)
        return need is not None and not but_wished_after(text, need.end())
    if _SPEAKS_ONLY_BEFORE_RE.search(before):
        return bool(_NO_PROBLEM_AFTER_RE.match(text, end))
    # the chain of languages, then the word that takes them back ("Néerlandais ou anglais : non requis")
    k = i
    while k + 1 < len(ordered) and _CHAIN_RE.fullmatch(text, ordered[k][1], ordered[k + 1][0]):
        k += 1
    return k > i and said_not_needed(text, ordered[k][1])


_BARE_NATIVE_RE = re.compile(r"natif|native", re.I)
_NATIVE_LANGUAGE_NEAR_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(LANGUAGES) + "|" + "|".join(ADJECTIVES) + r"|\w+phones?|langues?|speakers?|locut\w+)(?![\w])", re.I
)
_NATIVE_RE = re.compile(r"(?:de\s+)?langue\s+maternelle|native\s+speaker|locuteur\s+natif|\bnatif\b|\bnative\b", re.I)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _distance(start: int, end: int, s: int, e: int) -> int:
    """Characters between the spans [start, end) and [s, e) (0 when they touch or overlap)."""
    return max(0, s - end, start - e)


def _cefr(window: str) -> str | None:
    window = _own_words(window)
    m = _CEFR_RE.search(window)
    if m:
        return m.group(1)
    for pat, level in _LEVELS:
        if pat.search(window):
            return level
    return None


# A TOEIC score (Listening + Reading, out of 990) read with ETS's minimum scores per CEFR level; the score may sit on
# the next line of a form block ("Score minimum requis au TOEIC en anglais" / "Plus de 850").
_TOEIC_RE = re.compile(r"(?<![\w])TOEIC(?![\w])", re.I)
_SCORE_RE = re.compile(r"(?<![\w\d.,])([2-9]\d{2})(?![\w\d]|\s*(?:€|euros?|h\b|heures|km|m²))")
_TOEIC_LEVELS = ((945, "C1"), (785, "B2"), (550, "B1"), (225, "A2"))


def _toeic_level(text: str, lo: int, hi: int) -> str | None:
    t = _TOEIC_RE.search(text, max(0, lo - 40), hi)
    if t is None:
        return None
    score = _SCORE_RE.search(text, t.end(), min(len(text), max(hi, t.end()) + 60))
    if score is None or score.start() - t.end() > 100:
        return None
    return next((level for floor, level in _TOEIC_LEVELS if int(score.group(1)) >= floor), None)


def _levels_after_lists(text: str, layout: Layout, ordered: list[tuple[int, int, str]]) -> dict[int, str]:
    """"Niveau de néerlandais et de français courant exigé": a level written after a list of languages grades every
    language of the list (index in `ordered` -> level), over a level word before the list that may be another
    phrase's ("Bonne connaissance des logiciels … Niveau de néerlandais"). The last language reads it as usual."""
    levels: dict[int, str] = {}
    i = 0
    while i < len(ordered):
        j = i
        # (round 17: a language named again opens a clause of its own, "couramment en néerlandais et en anglais, le
        # néerlandais pouvant être à un niveau B1": the level after it is not the list's)
        while (
            j + 1 < len(ordered)
            and _CHAIN_RE.fullmatch(text, ordered[j][1], ordered[j + 1][0])
            and ordered[j + 1][2] not in {iso for _, _, iso in ordered[i : j + 1]}
        ):
            j += 1
        if j > i:
            last_start, last_end = ordered[j][0], ordered[j][1]
            tail_end = min(max(layout.clause_around(last_start, last_end)[1], last_end), last_end + 60)

            level = _cefr(text[last_end:tail_end])
            if level:
                levels.update(dict.fromkeys(range(i, j), level))
        i = j + 1
    return levels


# Whole-text scans, tried only where their literal prefixes occur (fastscan.py): same matches.
_NATIVE_SCAN = GatedPattern(_NATIVE_RE)
_LANG_SCAN = GatedPattern(_LANG_RE)
_ADJ_SCAN = GatedPattern(_ADJ_RE)
_SINGLE_CODE_SCAN = GatedPattern(_SINGLE_CODE_RE)


def find_languages(
    text: str, layout: Layout, lowered: str | None = None, field: str = "description"
) -> tuple[list[Mention], list[Mention]]:
    """Return (language mentions, protected `language_origin` mentions for "langue maternelle")."""
    low = fold(text) if lowered is None else lowered
    langs: list[Mention] = []
    protected: list[Mention] = []
    native_spans = [
        (m.start(), m.end())
        for m in _NATIVE_SCAN.finditer(text, low)
        # a bare "natif/native" speaks of a language only with a language word beside it ("anglais natif", "francophone
        # natif"); "cloud native", "applications natives", "format natif" qualify a technology
        if not _BARE_NATIVE_RE.fullmatch(m.group(0)) or _NATIVE_LANGUAGE_NEAR_RE.search(text, max(0, m.start() - 30), min(len(text), m.end() + 30))
    ]
    for s, e in native_spans:
        protected.append(Mention("protected_criterion", s, e, {"criterion": "language_origin"}, family="protected"))
    candidates: list[tuple[int, int, str]] = [
        (m.start(), m.end(), LANGUAGES[m.group(1).lower()])
        for m in _LANG_SCAN.finditer(text, low)
        if (m.group(1)[0].lower() in "aeiouy" or not _GLUED_ELISION_RE.search(text, max(0, m.start() - 2), m.start()))
        and (m.group(1).lower() not in ENGLISH_NAMES or (m.group(1)[0].isupper() and not _ENGLISH_NAME_LABEL_AFTER_RE.match(text, m.end())))
    ]
    last_adj_end = -1
    for m in _ADJ_SCAN.finditer(text, low):
        # Adjectives only count right after "langue maternelle" / "langue(s)" ("langue maternelle française"), or
        # chained to such an adjective ("Maîtrise des langues française et anglaise": the plural names a list).
        # Round 17: the language's spelling or grammar ("Vous maîtrisez parfaitement l'orthographe française", "une
        # excellente orthographe et grammaire françaises"): the written language asked.
        if re.search(r"(?:langues?(?:\s+maternelles?)?|orthographe|grammaire|(?:orthographe|grammaire)\s+et\s+(?:orthographe|grammaire))\s*$", text[max(0, m.start() - 40) : m.start()], re.I) or (
            last_adj_end >= 0 and _CHAIN_RE.fullmatch(text, last_adj_end, m.start())
        ):
            candidates.append((m.start(), m.end(), ADJECTIVES[m.group(1).lower()]))
            last_adj_end = m.end()
    if _REGIONAL_GATE_RE.search(low):
        candidates += [(m.start(1), m.end(1), _REGIONAL[m.group(1).lower().replace("ç", "c")]) for m in _REGIONAL_SCAN.finditer(text)]
        known = {c[0] for c in candidates}
        candidates += [
            (m.start(1), m.end(1), _REGIONAL[m.group(1).lower().replace("ç", "c")])
            for m in _REGIONAL_WISHED_SCAN.finditer(text)
            if m.start(1) not in known
        ]
    paired: set[int] = set()
    tripled: set[int] = set()
    for m in _CODE_PAIR_RE.finditer(text):
        first, second = _CODES[m.group(1).lower()], _CODES[m.group(3).lower()]
        if first == second:
            continue
        candidates += [(m.start(1), m.end(1), first), (m.start(3), m.end(3), second)]
        paired |= {m.start(1), m.start(3)}
        third = _CODES[m.group(4).lower()] if m.group(4) else None
        if third is not None and third not in (first, second):
            candidates.append((m.start(4), m.end(4), third))
            paired.add(m.start(4))
            tripled.update((m.start(1), m.start(3), m.start(4)))
    for m in _SINGLE_CODE_SCAN.finditer(text, low):
        if m.start() not in paired and m.start() - 1 not in paired and (m.start() - 1) not in {e for _, e, _ in candidates}:
            candidates.append((m.start(), m.end(), _CODES[m.group(1).lower()]))
    code_ends = sorted(e for s_, e, _ in candidates if text[s_:e].upper() in ("FR", "NL"))
    for m in _EN_DE_CODE_SCAN.finditer(text, low):
        if m.start() in paired or m.start() - 1 in paired or any(s_ <= m.start() < e for s_, e, _ in candidates):
            continue
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, _line_end(text, m.end())
        # (a cue word after the code on a line of languages: "français et néerlandais courants ; EN un plus")
        cued = bool(_CODE_CUE_AFTER_RE.match(text, m.end())) and any(
            line_start <= s_ < line_end for s_, _, _ in candidates
        )
        if cued or _CODE_LEVEL_AFTER_RE.match(text, m.end()) or any(_CHAIN_RE.fullmatch(text, e, m.start()) for e in code_ends if e <= m.start()):
            candidates.append((m.start(), m.end(), _CODES[m.group(1).lower()]))
            code_ends.append(m.end())
    self_cued: set[int] = set()
    if "kenntnis" in low:
        for m in _GERMAN_KNOWLEDGE_SCAN.finditer(text):
            candidates.append((m.start(), m.end(), _GERMAN_NAMES[m.group(1).lower()]))
            self_cued.add(m.start())
    if "nationale" in low:
        for m in _OTHER_NATIONAL_SCAN.finditer(text):
            if _EITHER_NATIONAL_BEFORE_RE.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
                continue  # round 19: "Français ou néerlandais : niveau natif ; … l'autre langue nationale": either one, not Dutch
            candidates.append((m.start(), m.end(), "nl"))
    previous: Mention | None = None
    # A language named without a cue of its own, kept in case the next one, chained to it, has one ("Anglais et
    # Français obligatoire": the clause of "Anglais" ends at "et").
    # Several may wait: "Néerlandais, anglais et français courants obligatoires" (the level closes the list).
    pending: list[tuple[int, int, str]] = []
    not_asked_end = -1
    subject: tuple[int, int] | None = None
    ordered = sorted(candidates)
    tail_levels = _levels_after_lists(text, layout, ordered)
    for i, (start, end, iso) in enumerate(ordered):
        next_start = ordered[i + 1][0] if i + 1 < len(ordered) else len(text)
        lo, hi = layout.clause_around(start, end)
        wrap = _SOFT_WRAP_RE.match(text, max(hi, end))
        if wrap:
            hi = layout.clause_around(wrap.end(), wrap.end() + 1)[1]
        comma_cue = _COMMA_CUE_AFTER_RE.match(text, end)
        if comma_cue:
            hi = max(hi, comma_cue.end())  # round 19: "➤ Anglais, apprécié": the cue after the comma closes the language's line
        s0, e0 = layout.sentence_at(start)
        lo, hi = max(min(lo, start), start - 60), min(max(hi, end), end + 60)
        # a list glued where markup was stripped ("Maîtrise de Winbooks ou de BOB- Le néerlandais est un atout"): the
        # previous item's level word is not this language's
        lo = max([lo] + [g.end() for g in _GLUED_ITEM_RE.finditer(text, lo, start)])
        # "parler français (des notions de néerlandais sont bienvenues)": the aside is the next language's, its level
        # word is not this one's
        aside = text.find("(", end, min(hi, next_start))
        if aside >= 0 and next_start < hi and ")" not in text[aside:next_start]:
            hi = aside
        # round 17: the same language named again after an alternative has its own level ("Vous êtes bilingue
        # français/néerlandais ou vous avez une très bonne connaissance du néerlandais (B2)": B2 is the second's)
        if i + 1 < len(ordered) and ordered[i + 1][2] == iso and next_start < hi and _ALTERNATIVE_RE.search(text, end, next_start):
            hi = next_start
        before = text[max(s0, start - 40) : start]
        if _EXCLUDE_BEFORE.search(before) or _SUBJECT_BEFORE_RE.search(before) or _SUBJECT_AFTER_RE.match(text, end):
            pending = []
            continue
        if (
            _TEST_BEFORE_RE.search(before)
            and _SELECTION_RE.search(text, s0, e0)
            and not _ASKED_RE.search(text, start, min(e0, end + 40))
        ):
            pending = []
            continue  # a selection step ("un test d'anglais écrit et oral, puis un entretien")
        if (
            _OTHERS_SPEAK_BEFORE_RE.search(text, max(s0, start - 80), start)
            or said_not_needed(text, end)
            or _not_asked_around(text, ordered, i, s0)
            or _SPOKEN_BY_OTHERS_AFTER_RE.match(text, end)
            or (not_asked_end >= 0 and _CHAIN_RE.fullmatch(text, not_asked_end, start))
        ):
            pending, not_asked_end = [], end
            continue  # spoken by others ("Our team speaks French and English"), or said not to be required: not asked
        window = text[lo:hi]
        line = layout.line_at(start)
        if line.section == "offer" and _PERK_RE.search(window) and not _ASKED_RE.search(window):
            pending = []
            continue  # "Avantages : … pratiquer l'anglais": a language the job lets one practise, not one it asks
        if (
            _IN_LANGUAGE_BEFORE_RE.search(text, max(0, start - 4), start)
            and _WRITTEN_IN_BEFORE_RE.search(text, max(s0, start - 40), start)
            and not _ASKED_RE.search(window)
            and not _LEVEL_WORD_RE.search(window)
        ):
            pending = []
            continue  # a thing written or held in the language ("les procédures sont rédigées en anglais"), not an ability
        heading = " ".join(text[a:b] for a, b in filter(None, (line.inline_heading, line.governing_heading)))
        own_clause = bool(_OWN_PREDICATE_AFTER_RE.match(text, end)) and "," in text[previous.end if previous else start : start]
        # "Bonne connaissance du français, le néerlandais ou l'anglais est un atout": after a comma, a language with its
        # own definite article opens a new subject when its chain ends in a predicate of its own; the level word before
        # the comma is the first language's, not the subject's ("connaissance du français, du néerlandais" stays a list)
        if i > 0 and _NEW_SUBJECT_GAP_RE.fullmatch(text, ordered[i - 1][1], start):
            j = i
            while j + 1 < len(ordered) and _CHAIN_RE.fullmatch(text, ordered[j][1], ordered[j + 1][0]):
                j += 1
            if _SUBJECT_PREDICATE_RE.match(text, ordered[j][1]) or PLUS_PREDICATE_AFTER_RE.match(text, ordered[j][1]):
                subject = (start, ordered[j][1])
                own_clause = True
        if subject is not None and subject[0] <= start < subject[1]:
            lo = max(lo, subject[0])
        chained = previous is not None and not own_clause and bool(_CHAIN_RE.fullmatch(text, previous.end, start))
        if own_clause:
            lo = start
        listed = bool(_LANGUAGE_LINE_RE.fullmatch(text, line.start, line.end)) and (
            line.section == "profile" or bool(re.search(r"comp[ée]tences|langues?|profil|qualifications", heading, re.I))
        )
        head = _LEAD_BEFORE_RE.fullmatch(text, max(s0, line.start), start)
        lead = (
            (line.section == "profile" or bool(re.search(r"comp[ée]tences|langues?|profil|qualifications|requirements", heading, re.I)))
            and head is not None
            # the item's first word is capitalised ("- Anglais et français ;"), as a list item or a sentence opens
            and text[head.end() - len(head.group(0).lstrip("*•·>✔→▪◦-– \t\n0123456789.)"))].isupper()
            and bool(_LEAD_AFTER_RE.match(text, end))
        )
        # examples of a language asked, not of the languages a course teaches ("nos formations en langues (allemand…)")
        example = bool(_AFTER_LANGUE_RE.search(text, max(s0, start - 100), start)) and not _PERK_RE.search(text, max(s0, start - 100), start)
        listed = listed or lead or example
        ability = bool(_IN_LANGUAGE_BEFORE_RE.search(before)) and bool(_ABILITY_RE.search(text, max(s0, start - 80), hi))
        bracketed = _BRACKETED_LEVEL_BEFORE_RE.search(before)
        if bracketed:
            lo = min(lo, start - len(before) + bracketed.start())
            window = text[lo:hi]
        # a line that is the language and its register alone is a cue of its own ("Anglais professionnel." closing an
        # ad) or after the candidate's own determiner ("Votre anglais professionnel vous permet…", "un anglais technique");
        # inside a list the register is not ("modules : Java, Docker, Anglais professionnel, …" is a syllabus)
        register = bool(reg := _REGISTER_AFTER_RE.match(text, end)) and (
            bool(_LANGUAGE_LINE_RE.fullmatch(text, line.start, line.end)) or bool(_OWNER_BEFORE_RE.search(text, max(0, start - 8), start))
            # round 17: a sentence of its own in a paragraph ("… ou le retail. Anglais professionnel. Une certification …",
            # "Anglais pro (toute la doc est en anglais).")
            or (
                bool(_SENTENCE_OPEN_BEFORE_RE.search(text, max(line.start, start - 3), start) or start == line.start)
                and text[start].isupper()
                and bool(reg is not None and _SENTENCE_CLOSE_AFTER_RE.match(text, reg.end()))
            )
        )
        little = bool(_A_LITTLE_BEFORE_RE.search(text, max(0, start - 20), start))
        # the candidate's ("Vous avez un bon anglais"), not a thing ("un bon français de terroir")
        good = bool(_GOOD_BEFORE_RE.search(text, max(0, start - 20), start)) and (
            line.section == "profile" or bool(re.search(r"(?<![\w])(?:vous|tu|votre|ton|candidate?s?)(?![\w])", text[s0:start], re.I))
        )
        # "Néerlandais - bonne connaissance", "Français - Très bonne connaissance, Néerlandais - Bonne connaissance",
        # "Anglais – courant": a form's line, the grade after a dash or a colon (the clause was cut there)
        graded_after = _GRADE_AFTER_RE.match(text, end)
        if graded_after is not None and (
            graded_after.end() > next_start
            or not (_cefr(graded_after.group(0)) or _CONTEXT_RE.search(graded_after.group(1)))
            # the language opens the item, or follows the heading's colon or the list's comma ("Formation en anglais -
            # niveau avancé" is a course)
            or not _ITEM_HEAD_RE.fullmatch(text, line.start, start)
        ):
            graded_after = None
        # round 18: a plus predicate after the language or its chain, past a comma ("Le basque ou l'espagnol, c'est
        # bien vu", "L'italien, c'est un plus") names it asked, as a cue word in its clause would
        k = i
        while k + 1 < len(ordered) and _CHAIN_RE.fullmatch(text, ordered[k][1], ordered[k + 1][0]):
            k += 1
        predicate_after = bool(PLUS_PREDICATE_AFTER_RE.match(text, ordered[k][1]))
        # round 20: the languages as a sentence of their own in a paragraph, in any section ("… de 2 ans. Français.
        # Anglais : notions suffisantes.", "Français ou néerlandais ; anglais de base.", "FRANÇAIS ET ANGLAIS."), or
        # with the use they serve ("Français et anglais pour les clients internationaux")
        # (a bare line, opened at the line's start and closed by its end with no stop, is a list's item: read by the
        # profile-line rule, not here, "Notre bureau de Liège\nAnglais\nNos valeurs" names no requirement)
        item_open = _SENTENCE_ITEM_OPEN_RE.search(text, max(0, start - 4), start) if start != line.start else None
        item_close = _SENTENCE_ITEM_CLOSE_RE.match(text, ordered[k][1])
        sentence_item = (
            field == "description"
            and text[start].isupper()
            and (item_open is not None or start == line.start)
            and item_close is not None
            and bool(re.search(r"[.!?;]", item_open.group(0) if item_open else "") or re.search(r"[.!;]|pour", item_close.group(0)))
        )
        echo = (
            previous is not None
            and s0 <= previous.start
            and bool(_ECHO_AFTER_RE.match(text, end))
            and bool(_ECHO_BEFORE_RE.search(text, max(previous.end, start - 20), start))
        )
        if not (echo or predicate_after or sentence_item or start in paired or start in self_cued or little or good or graded_after is not None or chained or ability or listed or register or _CONTEXT_RE.search(window) or _LANGUAGE_OR_PLUS_HEADING_RE.search(heading)):
            chained_pending = bool(pending) and bool(_CHAIN_RE.fullmatch(text, pending[-1][1], start))
            pending = [*pending, (start, end, iso)] if chained_pending else [(start, end, iso)]
            continue
        alt_knowledge = None
        if any(x.attrs["language"] == iso and s0 <= x.start < start for x in langs) and not (
            # "Bilingue FR/NL ou, à défaut, une connaissance fonctionnelle du néerlandais (niveau B1)": restated as an
            # alternative ("ou", "à défaut", "sinon") with a level code of its own that the first naming does not have,
            # it is another item (the lower alternative)
            (own_code := _CEFR_RE.search(text, end, min(hi, end + 40))) is not None
            and all(
                x.attrs.get("cefr") != own_code.group(1) and _ALTERNATIVE_RE.search(text, x.end, start)
                for x in langs
                if x.attrs["language"] == iso and s0 <= x.start < start
            )
            # round 17: or with a knowledge phrase of its own after the alternative ("Bilingue FR/NL ou bonne
            # connaissance du néerlandais", "ou à tout le moins une connaissance suffisante du néerlandais")
            or (
                (alt_knowledge := _ALTERNATIVE_KNOWLEDGE_BEFORE_RE.search(text, max(s0, start - 70), start)) is not None
                and all(_ALTERNATIVE_RE.search(text, x.end, start) for x in langs if x.attrs["language"] == iso and s0 <= x.start < start)
            )
        ):
            pending = []
            continue  # "un anglais technique (rédaction de documents en anglais)": the same language restated
        if alt_knowledge is not None and any(x.attrs["language"] == iso and s0 <= x.start < start for x in langs):
            lo = max(lo, alt_knowledge.start())  # the alternative's own words grade it, not the bilingual pair's
            window = text[lo:hi]
        # (round 17: not a native word closer to another language: "FR natif + English fluent")
        native = any(
            (abs(s - start) < 40 or abs(s - end) < 40)
            and not any(_distance(o_start, o_end, s, e) < _distance(start, end, s, e) for o_start, o_end, _ in ordered if o_start != start)
            for s, e in native_spans
        )
        own = _OWN_ARTICLE_BEFORE_RE.search(text, max(lo, start - 6), start)
        # "Bilingue français/néerlandais, anglais courant": the bilingual pair keeps C1, the level after the list is English's.
        tail = None if _BILINGUAL_RE.search(_own_words(window)) else tail_levels.get(i)
        graded = text[own.start() : hi] if own else window
        modes_after = _MODES_RE.search(text, end, min(e0, end + 60))
        if (
            _REGISTER_AFTER_RE.match(text, end)
            and not modes_after
            and not re.search(r"niveau|[ABC][12]", window, re.I)
            and _cefr(text[end:hi]) is None
            # "Notions d'anglais technique": the notions grade it (A2), the register does not undo a beginner's level
            and not _BEGINNER_BEFORE_RE.search(text, max(lo, start - 30), start)
        ):
            # "Maîtrise de l'anglais technique": the register, no level ("bon niveau d'…" keeps B1; a level word after
            # it, "anglais technique (lu / écrit / parlé)", lets the whole phrase grade it)
            graded = text[end:hi]
        # a level written after a dash or colon is the language's own ("espagnol : notions appréciées" after "Anglais
        # bilingue exigé (TOEIC 945 ou plus),"); a test score grades English only
        after_level = _cefr(graded_after.group(0)) if graded_after is not None else None
        toeic = _toeic_level(text, lo, hi) if iso == "en" else None
        explicit = _CEFR_RE.search(_own_words(text[end:hi]))  # "Néerlandais : maîtrise parfaite exigée (C1)": the code wins
        cefr = "C2" if native else (toeic or (explicit.group(1) if explicit else None) or after_level or tail or _cefr(graded))
        if start in self_cued:
            code = _CEFR_RE.search(window)
            cefr = code.group(1) if code else next((lv for p, lv in _GERMAN_LEVELS if p.search(text, max(lo, start - 20), end)), None)
        elif cefr is None and little:
            cefr = "A2"
        elif cefr is None and good:
            cefr = "B1"
        if cefr is None and not native and graded_after is not None:
            cefr = _cefr(graded_after.group(0))
        if cefr is None and not native:
            # "Langue anglaise (écrit et oral) - Niveau B2": a level code after an aside or a dash of the same sentence
            # and line, before the next language, grades it (the clause was cut at the bracket or the dash)
            after = _CEFR_RE.search(text, hi, min(e0, line.end, next_start, end + 80))
            if after:
                cefr = after.group(1)
            # "Si vous parlez l'italien, c'est un plus pour notre campagne (niveau courant).": a level in brackets
            # closing the sentence, before any other language, is the language's
            closing = _BRACKETED_LEVEL_RE.search(text, hi, min(e0, line.end, next_start, end + 160))
            if cefr is None and closing is not None:
                cefr = _cefr(closing.group(1))
        if cefr is None and not native and ability:
            # "Très bonne expression écrite et orale en français": the grade of the ability is the language's (the
            # clause was cut at "et"); "très bonne" B2, "bonne" B1 as for a "connaissance"
            graded_ability = _GRADED_ABILITY_BEFORE_RE.search(text, max(s0, start - 70), start)
            if graded_ability is not None:
                cefr = "B1" if re.fullmatch(r"bonne?", graded_ability.group(1), re.I) else "B2"
        if cefr is None and chained and previous is not None:
            cefr = previous.attrs.get("cefr")
        # (in a job title the codes name the languages only, "Gestionnaire de dossiers - NL/FR" → no level, unless the
        # title says "bilingue": "Agent service clients bilingue FR/NL (H/F) - Liège")
        # Round 18: three codes without "trilingue" name the languages only ("NL/FR/EN indispensables": cefr null in the
        # written batches' golds); "Trilingue FR/NL/EN" and the bare pair "FR/NL" keep C1
        if (
            cefr is None
            and start in paired
            and _FR_NL_PAIR_RE.search(window)
            and (field != "title" or _BILINGUAL_SCAN.search(text))
            and (start not in tripled or _BILINGUAL_RE.search(window))
        ):
            cefr = "C1"  # "FR/NL": the two languages of a bilingual post; "FR/AN" in a title names two languages, no level
        attrs: dict[str, object] = {"language": iso, "cefr": cefr}
        if start in paired or _BILINGUAL_RE.search(_own_words(window)) or (chained and previous is not None and previous.attrs.get("bilingual")):
            # Both languages are asked, not one of them: never a group of alternatives (alternatives.py).
            attrs["bilingual"] = True
        if pending and _CHAIN_RE.fullmatch(text, pending[-1][1], start):
            for p_start, p_end, p_iso in pending:
                if p_iso != iso:
                    langs.append(Mention("language", p_start, p_end, {**attrs, "language": p_iso}, family="language", scope_end=end))
        pending = []
        langs.append(Mention("language", start, end, attrs, family="language").with_(attrs=attrs))
        if echo and previous is not None and (previous.forced_strength == "preferred" or _WISH_RE.search(text, previous.start, start)):
            langs[-1] = langs[-1].with_(forced_strength="preferred")
        if native:
            langs[-1] = langs[-1].with_(attrs={**attrs, "native": True})
        previous = langs[-1]
        if cefr is not None and not native:
            # "Anglais : niveau B1 requis ; B2 souhaité": a second level in another clause with a strength word of its
            # own is a second item (the higher level wished); a range ("B1/B2", "B2-C1") stays one item.
            stop = min(max(e0, line.end), next_start, end + 120)
            level_one = _CEFR_RE.search(text, start, stop)
            if level_one is not None and level_one.group(1) == cefr:
                level_two = _SECOND_LEVEL_RE.search(text, level_one.end(), stop)
                if level_two is not None and level_two.group(1) != cefr:
                    langs.append(Mention("language", level_two.start(1), level_two.end(), {"language": iso, "cefr": level_two.group(1)}, family="language"))
    for m in _PHONE_CONTEXT_SCAN.finditer(text):
        s0, _ = layout.sentence_at(m.start())
        if _PHONE_ABILITY_BEFORE_RE.search(text, s0, m.start()) and not any(x.start < m.end() and m.start() < x.end for x in langs):
            langs.append(Mention("language", m.start(), m.end(), {"language": _PHONE[m.group(1).lower()], "cefr": None}, family="language"))
    if "phone" in low:
        for m in _PHONE_SPEAKER_SCAN.finditer(text):
            if _PHONE_PLACE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) or any(x.start < m.end() and m.start() < x.end for x in langs):
                continue
            langs.append(Mention("language", m.start(), m.end(), {"language": _PHONE[m.group(1).lower()], "cefr": None}, family="language"))
    langs = _test_scores(text, layout, langs)
    certificates = _language_certificates(text, layout, langs)
    # (the other national language introducing its certificate is that certificate's item)
    langs = [x for x in langs if not any(_names_its_certificate(text, x, c.start) for c in certificates)] + certificates
    return _plus_predicates(text, sorted(langs, key=lambda x: x.start)), protected


# A test score is a language item (the guide's convention 7): "TOEIC 850 minimum", "TOEFL iBT 90", "IELTS 6.5". Said of
# English named just before ("Votre anglais est opérationnel : TOEIC 850 minimum") it is that item's level, one item
# from the language to the score; alone, the score is the item.
_TEST_SCORE_RE = re.compile(
    r"(?<![\w])(TOEIC|TOEFL(?:\s+iBT)?|IELTS)\s*(?:[:(]\s*)?(?:(?:score\s+)?(?:de\s+|d['’])?)?(?:(?:minimum|min\.|au\s+moins|>=?|≥)\s*)?"
    r"(\d(?:[.,]\d)?|\d{2,3})(?![\w\d]|\s*(?:€|euros?|\$|%))(?:\s*(?:points?|pts))?(?:\s*(?:minimum|min\.|ou\s+plus|et\s+plus|requis|exig[ée]))?",
    re.I,
)
_TEST_SCORE_SCAN = GatedPattern(_TEST_SCORE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_OWN_CUE_AFTER_RE = re.compile(
    r"(?:\s+ou\s+[ée]quivalent)?\s*(?:(?:est|serait|sera)\s+)?(?:souhait|exig|requis|appr[ée]ci|un\s+(?:\w+\s+)?(?:plus|atout)|obligatoire|indispensable|minimum|id[ée]al)", re.I
)
_TEST_GIVEN_BEFORE_RE = re.compile(r"(?:primes?|bonus|financ\w*|rembours\w*|passage|pr[ée]par\w*|formation|cours)\s+(?:\w+\s+){0,2}?(?:du\s+|au\s+|le\s+|de\s+|d['’])?$", re.I)
_TEST_LEVELS = {
    "toeic": ((945, "C1"), (785, "B2"), (550, "B1"), (225, "A2")),  # ETS's minimum scores per CEFR level
    "toefl": ((95, "C1"), (72, "B2"), (42, "B1")),  # TOEFL iBT, ETS's mapping
    "ielts": ((7.0, "C1"), (5.5, "B2"), (4.0, "B1")),  # IELTS band scores, the British Council's mapping
}


def _test_scores(text: str, layout: Layout, langs: list[Mention]) -> list[Mention]:
    out = list(langs)
    for m in _TEST_SCORE_SCAN.finditer(text):
        test = m.group(1).split()[0].lower()
        score = float(m.group(2).replace(",", "."))
        level = next((lv for floor, lv in _TEST_LEVELS[test] if score >= floor), None)
        if test == "toeic" and score < 100 or test == "ielts" and score > 9:
            continue  # not a score of that test
        if _TEST_GIVEN_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Prime TOEIC", "passage du TOEIC financé": a benefit or a course, not a level asked
        s0, _ = layout.sentence_at(m.start())
        near = [
            k
            for k, x in enumerate(out)
            if x.attrs.get("language") == "en" and max(s0, m.start() - 80) <= x.start and x.start < m.end()
            # round 17: after a comma, a score with its own cue is an item of its own ("Anglais professionnel (échanges
            # quotidiens …), TOEIC 750 ou équivalent souhaité")
            and not (x.end <= m.start() and re.search(r"[,;]", text[x.end : m.start()]) and _OWN_CUE_AFTER_RE.match(text, m.end()))
        ]
        if near:
            k = near[-1]
            x = out[k]
            attrs = {**x.attrs, "cefr": x.attrs.get("cefr") or level}
            # the score after the language is its own level: one item from the language to the score
            out[k] = x.with_(end=max(x.end, m.end()), attrs=attrs) if x.end <= m.start() else x.with_(attrs=attrs)
            continue
        out.append(Mention("language", m.start(), m.end(), {"language": "en", "cefr": level}, family="language"))
    return out


# A Belgian language certificate names the other national language's knowledge without naming it: "la possession du
# brevet linguistique (art. 8) est un atout", "le certificat Selor est un atout", "examen linguistique (article 11)".
# In a French-language ad it is Dutch (the certificate a French speaker takes for a bilingual Brussels post). A language
# named with it ("certificat de connaissance approfondie du néerlandais") is already the item. Not the certificate
# to obtain after hiring ("peut être obtenu après l'engagement") nor a bonus paid for it.
# Round 20: the families of wordings one certificate takes in Belgian public ads, whatever the order of its parts: the
# document ("brevet", "certificat", "attestation", "examen"; not a "test linguistique", a step of the selection), then what it attests — "linguistique",
# "de connaissances linguistiques", the knowledge of the second language by its rank ("certificat de connaissance de la
# seconde langue", "… de connaissance élémentaire de la deuxième langue"), the article of the coordinated laws alone
# ("brevet de l'article 9 §2") or the body ("certificat Selor", "attestation SPF BOSA", "Talent.brussels") —, then the
# article, the body and "des lois coordonnées" in any order.
_CERT_DOCUMENT = r"(?:brevets?|certificats?|attestations?|examens?)"
_CERT_BODY = r"(?:SPF\s+)?(?:SELOR|BOSA|Talent(?:\.brussels)?)(?:\s*[/-]\s*(?:SPF\s+)?(?:SELOR|BOSA|Talent(?:\.brussels)?))?"
_CERT_KNOWLEDGE_GRADE = r"(?:\s+(?:[ée]l[ée]mentaire|suffisante|approfondie|orale|[ée]crite|passive|fonctionnelle))?"
_CERT_SECOND_LANGUAGE = (
    r"(?:de\s+(?:la\s+)?connaissances?" + _CERT_KNOWLEDGE_GRADE
    + r"\s+(?:de\s+la\s+|d['’]une\s+)?(?:deuxi[èe]me|seconde|2e|autre)\s+langue(?:\s+nationale)?)"
)
_CERT_ARTICLE = r"(?:art\.?|article)\s*\d+(?:\s*,?\s*§\s*\d+(?:er)?)?(?:\s+des\s+lois\s+coordonn[ée]es)?"
_LANGUAGE_CERT_RE = re.compile(
    r"(?<![\w])" + _CERT_DOCUMENT + r"\s+(?:"
    r"(?:linguistiques?|de\s+connaissances?\s+linguistiques?)(?:\s+" + _CERT_SECOND_LANGUAGE + r")?(?:\s+(?:du\s+|de\s+)?" + _CERT_BODY + r")?"
    r"|" + _CERT_SECOND_LANGUAGE
    + r"|(?:du\s+|de\s+|d['’])?" + _CERT_BODY + r"(?:\s+" + _CERT_SECOND_LANGUAGE + r")?"
    # (the article alone only for the language articles of the coordinated laws, 7 to 12: "attestation article 60" is a
    # CPAS work contract)
    r"|(?:de\s+l['’]\s*|de\s+)?(?=art)(?=\S+\s*(?:[7-9]|1[0-2])(?!\d))" + _CERT_ARTICLE
    + r")"
    # (Round 19: the article bare too, "certificat Selor/BOSA article 12"; the body after it, "… délivré par SELOR/BOSA")
    r"(?:\s*\((?:art\.?|article|niveau|lois?|" + _CERT_BODY + r")[^()\n]{0,80}\)|\s+" + _CERT_ARTICLE + r")?"
    r"(?:\s+d[ée]livr[ée]e?\s+par\s+(?:le\s+|l['’])?" + _CERT_BODY
    # (round 21: the article in brackets after the body too, "… délivré par Selor/BOSA (article 9 §1 ou 12)")
    + r"(?:\s*\((?:art\.?|article|niveau)[^()\n]{0,80}\))?)?",
    re.I,
)
_LANGUAGE_CERT_SCAN = GatedPattern(_LANGUAGE_CERT_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_CERT_GIVEN_RE = re.compile(
    r"obten(?:u|ir)|pr[ée]par\w*|passer|primes?|allocation|dans\s+les\s+\d+\s+(?:mois|ans)|apr[èe]s\s+l['’](?:engagement|entr[ée]e)", re.I
)
# Round 17: held, or else to obtain, as an alternative the ad accepts ("étant obligatoire pour la nomination (ou à
# obtenir dans les 2 ans)", "est indispensable OU vous vous engagez à le réussir dans l'année"): still asked, preferred
# (the fifth written batch, three ads); one to obtain after hiring, with no alternative, is not asked (round 15).
_CERT_LATER_RE = re.compile(
    r"(?<![\w])ou\s+(?:(?:[àa]|de)\s+l['’]?\s*|[àa]\s+|vous\s+vous\s+engagez\s+[àa]\s+(?:le|la|l['’])?\s*|(?:(?:[êe]tre|vous\s+[êe]tes|tu\s+es)\s+)?(?:pr[êe]t|dispos[ée])(?:e|\(e\)|[·.•-]e)?\s+[àa]\s+(?:le|la|l['’])?\s*)"
    r"(?:obtenir|passer|r[ée]ussir|pr[ée]senter)"
    # round 20: the same alternative said of the certificate in the passive ("est exigé ou devra être obtenu dans l'année",
    # "ou pourra être présenté durant le stage") or as a promise ("ou engagement à l'obtenir", "ou s'engager à le passer")
    r"|(?<![\w])ou\s+(?:devra|doit|pourra|peut|devrait)\s+[êe]tre\s+(?:obtenue?|pass[ée]e?|r[ée]ussie?|pr[ée]sent[ée]e?)"
    r"|(?<![\w])ou\s+(?:l['’])?(?:engagement|s['’]engager|vous\s+engager)\s+[àa]\s+(?:le|la|l['’])?\s*(?:obtenir|passer|r[ée]ussir|pr[ée]senter)"
    # round 21: the same promise in the future, with or without the subject ("ou l'obtiendrez dans l'année", "ou vous le
    # passerez pendant le stage", "ou tu le réussiras")
    r"|(?<![\w])ou\s+(?:vous\s+|tu\s+)?(?:le\s+|la\s+|l['’]\s*)(?:obtiendr|passer|r[ée]ussir|pr[ée]senter)(?:ez|as|a)(?![\w])",
    re.I,
)
# "vous disposez d'une bonne connaissance du néerlandais, le certificat linguistique SELOR (art. 8) étant obligatoire":
# after a comma and the certificate's own article, a clause of its own (the language before is another item).
# (not when the language before is itself a certificate's: "certificat de connaissance approfondie du néerlandais (examen
# linguistique article 11)" is one item)
_CERT_WORD_RE = re.compile(r"certificat|brevet|attestation|examen", re.I)
_BRACKET_WISH_RE = re.compile(r"appr[ée]ci|souhait|un\s+(?:\w+\s+)?(?:plus|atout)|bienvenu|avantage", re.I)
_OWN_CLAUSE_GAP_RE = re.compile(r"[^,;:]*,\s*(?:le|la|l['’]|un|une)\s*$", re.I)
# Round 21: the certificate as the object of a verb of its own after the languages ("Vous êtes bilingue
# français-néerlandais et disposez du brevet linguistique Selor", "… et êtes titulaire du certificat BOSA", "…, vous
# possédez l'attestation …"): the languages and their proof are two items, as when the certificate has its own sentence.
_HELD_CERT_GAP_RE = re.compile(
    r"[^.;:()\n]{0,60}?(?:(?<![\w])(?:et|,)\s+(?:vous\s+|tu\s+)?)"
    r"(?:disposez|disposes|dispose|poss[ée]dez|poss[èe]des|d[ée]tenez|d[ée]tiens|avez\s+obtenu|as\s+obtenu|"
    r"[êe]tes\s+(?:titulaire|en\s+possession)|es\s+(?:titulaire|en\s+possession))"
    r"\s+(?:du|de\s+la|de\s+l['’]|d['’]une?|des|le|la|l['’]|un|une)\s*$",
    re.I,
)


# (cheap gate: one of the words every certificate wording carries)
_CERT_GATE_RE = re.compile(r"linguisti|selor|bosa|talent\.brussels|langue|art(?:icle|\.)\s*\d", re.I)
_CERT_GATE_SCAN = GatedPattern(_CERT_GATE_RE)  # whole-text scan, tried only where it can match (fastscan.py)


# Round 21: "Connaissance approfondie de l'autre langue nationale : certificat BOSA article 7 requis": the other national
# language named by its rank, then its certificate after a colon, a dash or in brackets, is one item, the certificate
# (it says which language and which proof); the rank alone stays an item ("bonne connaissance de l'autre langue
# nationale (niveau B1)").
_CERT_INTRO_GAP_RE = re.compile(r"[ \t]*(?:[:(–—-]|=>|->)[ \t]*(?:le\s+|la\s+|l['’]|un\s+|une\s+)?", re.I)


def _names_its_certificate(text: str, x: Mention, cert_start: int) -> bool:
    return x.end <= cert_start and bool(_OTHER_NATIONAL_RE.fullmatch(text, x.start, x.end)) and bool(_CERT_INTRO_GAP_RE.fullmatch(text, x.end, cert_start))


def _language_certificates(text: str, layout: Layout, langs: list[Mention]) -> list[Mention]:
    found: list[Mention] = []
    if not _CERT_GATE_SCAN.search(text):
        return found
    # the languages of a bilingual pair ("FR/NL", "français-néerlandais")
    pair_starts = {
        x.start
        for a, b in zip(langs, langs[1:], strict=False)
        if a.attrs.get("bilingual") and b.attrs.get("bilingual") and _CHAIN_RE.fullmatch(text, a.end, b.start)
        for x in (a, b)
    }
    for m in _LANGUAGE_CERT_SCAN.finditer(text):
        s0, e0 = layout.sentence_at(m.start())
        clause_end = min([e0] + [i for i in (text.find(";", m.end(), e0),) if i >= 0])
        # (the sentence of the certificate's end: "(art. 8)" is not a full stop)
        clause_end = max(clause_end, min([layout.sentence_at(m.end() - 1)[1]] + [i for i in (text.find(";", m.end()),) if i >= 0]))
        later = _CERT_LATER_RE.search(text, m.end(), clause_end)
        if not later and _CERT_GIVEN_RE.search(text, max(s0, m.start() - 40), clause_end):
            continue
        # (one to obtain later is the language's own note when that language is named in its sentence: "être bilingue
        # français-néerlandais ; le certificat … peut être obtenu après l'engagement")
        clause_start = text.rfind("\n", 0, m.start()) + 1 if later else max(s0, text.rfind(";", s0, m.start()) + 1)
        if any(
            max(clause_start, m.start() - 80) <= x.start < m.end() + 60
            # (round 20: only the languages it attests, the bilingual pair's; "… ou à présenter dans le stage ; maîtrise
            # de l'anglais : un atout" is another item)
            and x.attrs.get("language") in ("nl", "fr")
            and (x.start < e0 or later)
            and not (x.end <= m.start() and _OWN_CLAUSE_GAP_RE.fullmatch(text, x.end, m.start()))
            and not (x.end <= m.start() and _HELD_CERT_GAP_RE.fullmatch(text, x.end, m.start()))
            and not _names_its_certificate(text, x, m.start())
            # (Round 19: "Bilingue FR/NL (certificat Selor/BOSA article 12 apprécié)": the certificate in its own bracket
            # after the languages is one more item, with its own cue)
            and not (x.end <= m.start() and re.fullmatch(r"[^()\n]{0,40}\(\s*", text[x.end : m.start()])
                     and not _CERT_WORD_RE.search(text, max(0, x.start - 60), x.start)
                     and (
                         _BRACKET_WISH_RE.search(text, m.end(), text.find(")", m.end()) if ")" in text[m.end() : m.end() + 40] else m.end())
                         # round 20: or after the bilingual pair, which the certificate does not restate ("Bilingue
                         # FR/NL (certificat Selor article 9 ou engagement à l'obtenir)"); after the knowledge of the
                         # one language it attests, it is that item's proof ("connaissance suffisante du néerlandais
                         # (attestation Selor article 12 ou à obtenir)")
                         or x.start in pair_starts
                     ))
            for x in langs
        ):
            continue  # "certificat de connaissance du néerlandais (examen linguistique)": the language named is the item
        # the level of the certificate's bracket ("(article 8, connaissance élémentaire de la seconde langue)": A2)
        code = _CEFR_RE.search(text, m.start(), m.end())
        level = code.group(1) if code else _cefr(text[m.start() : m.end()])
        found.append(Mention("language", m.start(), m.end(), {"language": "nl", "cefr": level}, family="language",
                             forced_strength="preferred" if later else None))
    return found


_ALTERNATIVE_KNOWLEDGE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:ou|sinon|[àa]\s+d[ée]faut)(?![\w])[^.;\n]{0,40}?(?:connaissances?|ma[îi]trise|notions?|pratique|niveau)(?![\w])[^.;\n]{0,25}?"
    r"(?:du|de\s+l['’]|d['’]|de|en)\s*$",
    re.I,
)
_GLUED_ITEM_RE = re.compile(r"(?<=[\w).])[ \t]?[-–•][ \t]+(?=[A-ZÉÀÈÇÎ])")
_ALTERNATIVE_RE = re.compile(r"(?<![\w])(?:ou|sinon|[àa]\s+d[ée]faut)(?![\w])", re.I)
_CLOSING_BRACKET_RE = re.compile(r"[ \t]*\)")
_OR_WILLING_TO_LEARN_RE = re.compile(
    r"(?:[ \t]+[\w'’()]+){0,3}?[ \t]*,?[ \t]*ou\s+(?:(?:vous\s+[êe]tes|tu\s+es|[êe]tre)\s+)?(?:dispos[ée]\(?e?\)?|pr[êe]t\(?e?\)?|pr[êe]te|motiv[ée]\(?e?\)?)\s+[àa]\s+"
    r"(?:suivre|(?:l['’]\s*)?apprendre|vous\s+former|te\s+former|se\s+former)",
    re.I,
)
# "Connaissance du néerlandais (niveau de base) appréciée pour les livraisons": a wish after the level in brackets
# (strength.py's clause does not reach past the bracket).
_BRACKET_THEN_WISH_RE = re.compile(
    r"\s*\([^()\n]{1,40}\)\s*(?:(?:est|serait|sera)\s+)?(?:(?:tr[èe]s|vivement|fortement)\s+)?(?:appr[ée]ci[ée]e?|souhait[ée]e?|bienvenue?)(?![\w])",
    re.I,
)
_OF_LIST_GAP_RE = re.compile(r"\s*,\s*(?:du|des|de\s+la|de\s+l['’]|d['’])\s*", re.I)
_PLURAL_PREDICATE_RE = re.compile(r"(?<![\w])(?:sont|seraient|seront|atouts|constituent|constitueraient|repr[ée]sentent|facilitent|faciliteront|faciliteraient|de\s+\w+\s+(?:plus|atouts|avantages))(?![\w])", re.I)


def prefer_chains(text: str, found: list[Mention], chain_re: re.Pattern[str], first_preferred: Callable[[list[Mention], int, int], int | None]) -> list[Mention]:
    """Mentions chained by `chain_re` (sorted by start) share the predicate after the last of them; `first_preferred(out,
    i, j)` says from which mention of the chain out[i..j] it makes them preferred (None: none). The one walk of the plus
    predicates of languages and licences (round 17, was written out in both modules)."""
    out = list(found)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and chain_re.fullmatch(text, out[j].end, out[j + 1].start):
            j += 1
        first = first_preferred(out, i, j)
        if first is not None:
            for k in range(first, j + 1):
                out[k] = out[k].with_(forced_strength="preferred")
        i = j + 1
    return out


def _plus_predicates(text: str, langs: list[Mention]) -> list[Mention]:
    """A language whose own predicate makes it a plus ("le néerlandais (niveau B1) serait un plus") is preferred, with
    the languages chained to it ("l'espagnol ou l'italien est un atout"); the cue words strength.py reads do not all
    say so ("un petit plus", "sont utiles", "faciliteront"), nor reach past a level in brackets."""

    def first_preferred(out: list[Mention], i: int, j: int) -> int | None:
        # round 17: examples in brackets share the predicate after the bracket ("une 3e langue (italien, espagnol,
        # chinois) est un vrai plus"); "Bilingue FR/NL ou disposé(e) à suivre des cours de néerlandais": the ad takes
        # people who will learn it (preferred)
        closing = _CLOSING_BRACKET_RE.match(text, out[j].end)
        if (closing and PLUS_PREDICATE_AFTER_RE.match(text, closing.end())) or _OR_WILLING_TO_LEARN_RE.match(text, out[j].end):
            return i
        plus = PLUS_PREDICATE_AFTER_RE.match(text, out[j].end) or _BRACKET_THEN_WISH_RE.match(text, out[j].end)
        if not plus:
            return None
        # "Parler couramment l'anglais, l'allemand est un plus": after a comma, a singular predicate is the last
        # language's own clause; a plural one takes the list ("l'espagnol, l'italien ou le portugais sont un plus")
        if _PLURAL_PREDICATE_RE.search(plus.group(0)):
            return i
        # (round 17: a comma then the governing noun's own "du"/"de l'" goes on with one list: "la pratique de l'arabe,
        # du tamoul ou du bambara serait un avantage")
        first = j
        while first > i and ("," not in (gap := text[out[first - 1].end : out[first].start]) or _OF_LIST_GAP_RE.fullmatch(gap)):
            first -= 1
        return first

    return prefer_chains(text, langs, _CHAIN_RE, first_preferred)
