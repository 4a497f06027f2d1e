"""Experience: years and months, ranges, "première expérience", "confirmé", "débutant accepté".

Conventions (docs/extraction.md): `years` is the minimum asked ("2 à 5 ans" -> 2, "6 mois" -> 0.5);
"première expérience" -> `first_experience_years` (0.5 by default, configurable); "débutant accepté", "sans
expérience" -> 0 and strength optional; "expérience confirmée", "significative", "expérimenté" without a number
-> years unknown (None). "junior" is experience wording, not age (see the protected-criteria notes).
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from audits.extract.fastscan import GatedPattern, fold
from audits.extract.mention import Mention
from audits.extract.scope import GLUED_ITEM, Layout, Line

_NUMBERS = {
    "dizaine d'": 10, "douzaine d'": 12, "quinzaine d'": 15, "vingtaine d'": 20,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "douze": 12, "quinze": 15, "vingt": 20,
}
# ("une dizaine d'années": about ten, read as ten)
_NUM = r"(?:\d{1,2}(?:[.,]5)?|(?:dizaine|douzaine|quinzaine|vingtaine)\s*d['’]|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt)"
_DURATION_RE = re.compile(
    # also a number glued to the word before it where markup was stripped ("…en géomatique3 à 5 ans d'expérience")
    r"(?:(?<![\w])|(?<=[a-zàâçéèêëîïôûù]{3})(?=\d))(?:(?:au\s+moins(?:\s+de)?|(?:un|au)\s+minimum(?:\s+de|\s+d')?|minimum|min\.?|plus\s+d'|plus\s+de|sup[ée]rieure?\s+[àa]|d'au\s+moins|at\s+least)\s*)?"
    # English units too: French ads carry English requirement sentences ("Minimum 3 years of experience as …")
    rf"({_NUM})(?:\s*(?:à|a|-|/|ou|et|to)\s*({_NUM}))?\s*\+?\s*(?:premi[èe]res?\s+)?(ans?|ann[ée]es?|mois|years?|yrs?|months?|saisons?|[ée]t[ée]s)(?![\w])"
    r"(?:\s*(?:minimum|mini(?![\w])|min\.?|au\s+moins|et\s+plus|ou\s+plus|or\s+more))?",
    re.I,
)
# ("5 ans d'expertise": the same years under another word; the employer's are told apart below)
_EXP_AFTER_RE = re.compile(r"\s*(?:d'?|d\s|de\s+l'|of\s+(?:\w+\s+)?)(?:exp[ée]rience|expertise(?![\w]))", re.I)
# Also misspellings seen in real ads ("Exépérience", round 17: "3 ans d'experiance"), a capitalised word glued to the previous one where
# markup was stripped ("…Ingénierie de GestionExpérience de 2 ans") and an elision that lost its apostrophe
# ("3 années dexpérience", "lexpérience").
# (Under re.I the look-behind class takes capitals too: "…et IAExpérience".)
_EXP_WORD_RE = re.compile(
    r"(?:(?<![\w])|(?<=[a-zàâçéèêëîïôûù0-9])(?=(?-i:E))|(?<=(?<![\w])[dlDL]))ex[ée]?p[ée]ri[ea]nces?(?![\w])"
    # "XP de développement Python", "5 ans d'XP en data": the abbreviation, capitalised, before what it was spent on
    # (not "des XP", "les XP": game points)
    # ("d'" is elided: no space after it, "XP d'analyse")
    r"|(?<![\w])(?<!des\s)(?<!les\s)(?-i:XP)(?=\s+(?:(?:de|en|sur|dans|avec)\s|d'))"
    # Round 21: "exp"/"expé" shortened before what qualifies it, "Exp souhaitée", "CAP ou exp. equivalente (3 ans min)",
    # "Une première expé en transport de patients" (not "Exp : 5 ans", read with the durations, nor a bare "exp")
    r"|(?<![\w])(?-i:[Ee]xp[ée]?|EXP)\.?(?=[ \t]*(?:souhait|exig|requis|appr[ée]ci|indispensable|obligatoire|demand|similaire|"
    r"significative|[ée]quivalente|confirm[ée]e|(?:en|dans|sur|avec|aupr[èe]s)[ \t]|d['’]au[ \t]|\())",
    re.I,
)
# "Expertise reconnue, minimum 5 ans": a duration may qualify an expertise as it does an experience.
_EXPERTISE_RE = re.compile(r"(?<![\w])expertise(?![\w])", re.I)
_NOT_EXPERIENCE_AFTER = re.compile(
    r"\s*(?:d'anciennet[ée]|d'existence|d'[âa]ge|de\s+garantie|de\s+contrat|renouvelable|d'essai|de\s+cdd|"
    r"d'int[ée]gration|de\s+formation|de\s+p[ée]riode|au\s+sein|maximum\s+d'[âa]ge|de\s+(?:salaire|r[ée]mun[ée]ration|cong[ée]s?|pr[ée]avis|prime))",
    re.I,
)
# "3 ans minimum en tant que Data Engineer", "2 ans sur un poste similaire": a duration in a role is experience even
# without the word.
_IN_A_ROLE_AFTER = re.compile(
    r"\s*(?:minimum|min\.?|au\s+moins)?\s*,?\s*(?:en\s+tant\s+qu|comme\s|as\s+(?:a|an)\s|sur\s+(?:un|des)\s+postes?|[àa]\s+un\s+poste|"
    r"dans\s+(?:un|une|des|le|la|les)\s+(?:postes?|fonctions?|r[ôo]les?)\s|en\s+(?:r[ôo]le|poste|fonction)\s+d[e'])",
    re.I,
)
_CONTRACT_BEFORE = re.compile(r"(?:mission|contrat|CDD|CDI|stage|int[ée]rim|p[ée]riode|dur[ée]e|alternance|apprentissage|remplacement)\w*\s+(?:\w+\s+){0,3}$", re.I)
# The word "expérience" abbreviated after or before a duration: "d'XP", "dexp", "d'exp. min", "exp.", "Exp : 5 ans".
# (Round 17: also the lawyers' "post-qualification experience", "3-5 ans PQE", "5 ans de PQE minimum")
# (and "2 ans d'expé mini": the abbreviation with its accent, the minimum shortened)
_ABBREV_AFTER_RE = re.compile(r"\s*(?:d['’]?\s*|de\s+)?(?:exp[ée]?\.?|(?-i:XP|xp|PQE))(?![\w])(?:\s*(?:min\.?|minimum|mini)(?![\w]))?", re.I)
# (Round 19: the domain may stand between, "Exp. hôtellerie 1 an mini")
# (Round 21: and the years in a bracket, "exp. equivalente (3 ans min)")
_ABBREV_BEFORE_RE = re.compile(r"(?<![\w])exp(?:\.|(?![\w]))\s*:?\s*(?:(?-i:[a-zà-ÿ][\w-]*)[ \t]+){0,2}(?:\([ \t]*)?$", re.I)
# Someone else's years: "nous avons", "l'équipe a", "les fondatrices ont", "dispose de", "cumule" just before them.
_THIRD_PERSON_HAS_BEFORE_RE = re.compile(
    r"(?<![\w])(?:a|ont|avons|disposons|dispose|disposent|cumule|cumulent|cumulons|totalise|compte|comptons)\s+(?:de\s+)?(?:plus\s+d['e]\s*|pr[èe]s\s+d['e]\s*)?$",
    re.I,
)
# "… d'expérience cumulée", "… en moyenne": a team's total or average
_TEAM_TOTAL_AFTER_RE = re.compile(r"\s*(?:cumul[ée]e?s?|en\s+moyenne|à\s+nous\s+tous|collective)(?![\w])", re.I)
# A contract named right before its length: "CDD de 3 ans", "Contrat à durée déterminée de 24 mois", "CDD de droit
# public de 3 ans" (a few words between, no experience word).
_CONTRACT_LENGTH_BEFORE_RE = re.compile(
    r"(?<![\w])(?:CDD|contrat|mission)(?:\s+(?!exp[ée]r)[\w'à-]+){0,4}?\s+(?:de|d'une\s+dur[ée]e\s+de)\s+(?:minimum\s+|au\s+moins\s+)?$", re.I
)
# The job's own plan, in the future tense: "vous passerez 6 mois en tant que…", "le doctorant combinera 18 mois…".
_FUTURE_PLAN_RE = re.compile(r"(?<![\w])\w{3,}(?:era|erez|erons|eront|ira|irez)(?![\w])", re.I)
# "avoir plus de 18 ans", "vous avez 18 ans": a verb of having right before an adult's number of years (an age).
_AGE_VERB_BEFORE_RE = re.compile(r"(?<![\w])(?:avoir|avez|as|ayant|aurez|auras)\s+(?:(?:au\s+moins|minimum)\s+)?$", re.I)
# "5 ans de métier", "10 ans de pratique professionnelle": years in the trade, experience without the word (the
# employer's and the team's years are told apart as for "d'expérience": "nos 20 ans de métier", "riche de 30 ans de métier")
_TRADE_AFTER_RE = re.compile(r"\s*(?:de\s+m[ée]tier|de\s+pratique\s+(?:professionnelle|du\s+m[ée]tier))(?![\w])", re.I)
# Round 19: the practice named by its activity, "2 ans de pratique en salon", "3 à 6 ans de barreau", "2 ans de vente
# SaaS B2B", "5 ans d'encadrement" (a role for the duration; not "2 ans de garantie", "de contrat": _NOT_EXPERIENCE_AFTER)
_ACTIVITY_AFTER_RE = re.compile(
    r"\s*(?:de\s+pratique(?:\s+(?:en|dans|clinique|de))?|de\s+barreau|de\s+vente|de\s+terrain|de\s+management|d['’]\s*(?:encadrement|enseignement))(?![\w])", re.I)
# Round 19: a minimum spent in a domain ("3 ans minimum en conformité bancaire", "2 ans au moins dans la restauration").
# Round 21: also "sur", "comme", "chez" and an acronym or a capitalised name ("6 ans minimum en SOC", "2 ans mini en SPL",
# "Minimum 3 ans sur pelle à chenilles"), not a contract or a place of work ("au moins 2 ans en CDI", "en télétravail").
_MINIMUM_IN_DOMAIN_AFTER_RE = re.compile(
    r"\s+(?:en|dans|sur|comme|chez|au\s+sein\s+d['’e]\s*)\s*(?:la\s+|le\s+|l['’]\s*|les\s+|un\s+|une\s+|des\s+)?"
    r"(?!(?:cdi|cdd|alternance|apprentissage|int[ée]rim|stage|contrat|t[ée]l[ée]travail|moyenne|tout|total|France|Belgique)(?![\w]))[^\W\d_]",
    re.I,
)
# Round 21: a minimum written after the activity, "5 ans de soudure minimum", "3 ans de salon minimum", "5 ans de conduite
# professionnelle minimum", "une saison de taille minimum", "2 ans en SOC au moins": years spent on the work named
# between (not a contract's or a pay's words: "3 ans de contrat minimum", read by _NOT_EXPERIENCE_AFTER first).
_WORK_THEN_MINIMUM_AFTER_RE = re.compile(
    r"\s*(?:de\s+|d['’]\s*|en\s+|dans\s+(?:la\s+|le\s+|l['’]\s*|les\s+|un\s+|une\s+)?|sur\s+|comme\s+|chez\s+)"
    r"(?!(?:cdi|cdd|contrat|garantie|essai|pr[ée]avis|cong[ée]s?|t[ée]l[ée]travail|formation|p[ée]riode|salaire|travail|vie|[âa]ge)(?![\w]))"
    r"[^\W\d_][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}?[ \t]+(?:minimum|mini|min\.?|au\s+moins|requis|exig[ée]s)(?![\w])",
    re.I,
)
# The employer speaking of itself in the sentence: "Nous avons un atelier, et au moins 3 ans de carnet de commandes"
_EMPLOYER_SUBJECT_RE = re.compile(r"(?<![\w])(?:nous|on)\s+(?:avons|a|disposons|offrons|proposons|garantissons|assurons)(?![\w])", re.I)
# A minimum in the duration itself: "au moins", "min.", "mini", "3+ ans"
_MINIMUM_CUE_RE = re.compile(r"min|au\s+moins|\d\s*\+", re.I)
_DURATION_AGE_BEFORE = re.compile(r"(?:[âa]g[ée](?:e|\(e\))?s?|[âa]ge|entre|moins\s+de|depuis|fond[ée]e?\s+(?:il\s+y\s+a|en)|cr[ée][ée]e?)\s*$", re.I)
# Round 17: the public's age, a range after the public's noun ("de l'expérience auprès d'enfants de 0 à 3 ans", "en
# animation de jeunes (12-26 ans)"); not the years of experience written after the public ("Expérience auprès des
# adolescents de 2 ans minimum").
_PUBLIC_AGE_BEFORE = re.compile(
    r"(?<![\w])(?:enfants|jeunes|b[ée]b[ée]s|tout-petits|adolescents|ados|[ée]l[èe]ves|mineurs|publics?)\s+(?:de|d['’]|entre|\()\s*$", re.I
)
_VAGUE_EXCLUDE_BEFORE = re.compile(
    r"(?<![\w])(?:selon|suivant|en\s+fonction\s+de|fonction\s+de|d[ée]velopper|enrichir|acqu[ée]rir|partager|vivre|cette|"
    r"nouvelle|belle|une\s+v[ée]ritable|offrir|(?:vous|te)\s+apporter|v[ée]rifier|retours?\s+d'|riche\s+d'|vous\s+offrons|proposons|votre\s+propre|am[ée]liorer|qualifications?\s+et\s+(?:à\s+)?|et\s+à|à)\s+(?:(?:de\s+)?(?:l'|la\s+|votre\s+|ton\s+|vos\s+|tes\s+|son\s+|une\s+|d'une\s+)?)?"
    # (round 18: the job gives a first one, "le contrat sert à acquérir une première expérience")
    r"(?:(?<=une\s)(?:premi[èe]re|1[èe]re)\s+)?$",
    re.I,
)
_VAGUE_EXCLUDE_AFTER = re.compile(
    # "une expérience qui pourrait booster votre carrière", "qui vous permettra de…": the job, offered
    r"^\s*qui\s+(?:pourrait|pourra|va|saura|(?:vous|te)\s+(?:permettra|fera|apportera|ouvrira))(?![\w])|"
    r"^\s*(?:(?:professionnelle|humaine|collective|de\s+travail)\s+)?(?:clients?|utilisateurs?|candidats?|patients?|unique|"
    r"enrichissante|humaine|collaborateurs?|stimulante|formatrice|inoubliable|passionnante|valorisante|exceptionnelle)|"
    # "(expérience utile valorisable jusqu'à 10 ans dans le barème)", "expérience valorisée dans le salaire": the pay
    # scale's seniority, not a requirement
    r"^\s*(?:(?:professionnelle|utile|pertinente)\s+){0,2}(?:valoris[ée]e?s?|valorisables?|reconnue?s?\s+(?:dans|pour)\s+(?:le|la)\s+(?:bar[èe]me|salaire|anciennet[ée]))(?![\w])",
    re.I,
)
# Not a requirement: the past experiences a sentence draws on ("Au cours de vos expériences professionnelles, vous
# avez…": the requirement is what follows) and the employer's know-how ("notre retour d'expérience").
_NARRATIVE_BEFORE_RE = re.compile(
    r"(?:(?:au\s+cours|lors|durant|pendant|tout\s+au\s+long|au\s+fil)\s+de\s+(?:vos|tes|ses|leurs|mes|nos|ces|votre|ta|ton|son|sa)\s+|"
    # "souhaitez mettre à profit votre expérience", "capitaliser sur votre expérience": the candidate's wish, not a requirement
    r"(?<![\w])(?:mettre\s+(?:[àa]\s+profit|au\s+service\s+d\S*(?:\s+\S+)?|en\s+valeur)|capitaliser\s+sur|faire\s+valoir|valoriser|mobiliser)\s+(?:votre|ton|son|vos|tes|ses)\s+|"
    r"(?<![\w])(?:retours?|partages?|[ée]changes?)\s+d'|(?<![\w])au-del[àa]\s+d[e']\s*(?:vos|tes|ses|leurs)\s+)$",
    re.I,
)
# The employer's own experience: "Nous avons une expérience avec les clients publics", "notre expérience dans…".
_EMPLOYER_BEFORE_RE = re.compile(r"(?:(?<![\w])nous\s+avons|(?<![\w])notre|(?<![\w])nos)\s+(?:(?:une|l')\s*)?(?:[\w-]+\s+)?$", re.I)
_QUALIFIED_RE = re.compile(
    r"(?:premi[èe]re|1[èe]re|1re|1ère|significative|r[ée]ussie|similaire|pr[ée]alable|solide|confirm[ée]e|professionnelle|"
    r"souhait[ée]e|exig[ée]e|requise|appr[ée]ci[ée]e|demand[ée]e|minimum|av[ée]r[ée]e|r[ée]cente|probante|"
    r"indispensable|obligatoire|n[ée]cessaire|imp[ée]ratives?|[ée]quivalente|pass[ée]e|dans|en|sur|avec|d'au\s+moins|de\s+\d|auprès|au\s+sein|dans\s+le|idéalement|"
    # what it was spent on, in other words ("quelques expériences autour de l'IA", "liée à la logistique") and the
    # adjectives that only a candidate's experience takes ("expérience concrète avec…", "concluante")
    r"autour\s+d|li[ée]e?s?\s+(?:[àa]|aux?)\s|relatives?\s+(?:[àa]|aux?)\s|concernant|portant\s+sur|concr[èe]tes?|concluantes?|approfondies?|pertinentes?|"
    r"(?:pratique|terrain|technique|op[ée]rationnelle)s?\s+(?:(?:dans|en|sur|avec|aupr[èe]s|au\s+sein|de)(?![\w])|d')|"
    # "Bac+3 ou niveau d'expérience équivalent"
    r"[ée]quivalent)",
    re.I,
)
_PAY_SCALE_BEFORE_RE = re.compile(
    r"(?:valoris|reprise?|reconnue?|prise?\s+en\s+compte|comptabilis)\w*\s+(?:\w+\s+)?(?:jusqu['’]\s*[àa]|[àa]\s+concurrence\s+de|pour|maximum)\s*$", re.I
)
_PAY_SCALE_AFTER_RE = re.compile(r"[^.;\n]{0,25}?(?:dans|pour)\s+(?:le|la|votre)\s+(?:bar[èe]me|anciennet[ée]\s+p[ée]cuniaire)", re.I)
_RELATIVE_ITEM_RE = re.compile(
    r"(?:a|poss[èe]de|justifie\s+d['’e]|dispose\s+d['’e]|b[ée]n[ée]ficie\s+d['’e])\s*(?:d[ée]j[àa]\s*)?(?:une|d['’]une|de\s+l['’]|l['’])?\s*"
    r"(?:(?:premi[èe]re|bonne|solide|r[ée]elle|significative|courte|longue|large|riche)\s*)?",
    re.I,
)
_WHO_HEADING_RE = re.compile(r"(?<![\w])(?:quelqu['’]un|personne|profil|candidat\w*|collaborat\w+)\s+qui\s*:[ \t]*\n", re.I)
_HAVE_BEFORE_RE = re.compile(
    r"(?:avez|poss[ée]dez|justifiez|disposez|b[ée]n[ée]ficiez|avoir|poss[ée]der|justifier|disposer|dot[ée](?:e|\(e\))?|"
    r"fort(?:e|\(e\))?\s+d'|ayant|avec|id[ée]alement|issu(?:e|\(e\))?\s+d'|\bas|poss[èe]des|disposes|justifies)\s*"
    r"(?:d[ée]j[àa]\s+)?(?:une\s+|de\s+l'|d'une\s+|l'|des\s+|de\s+|)?(?:(?:premi[èe]re|1[èe]re|1re|bonne|solide|r[ée]elle|v[ée]ritable|"
    r"forte|r[ée]ussie|significative|petite|courte|longue|importante|pr[ée]c[ée]dente|large|grande|riche|excellente|plusieurs)\s+)?$",
    re.I,
)
# "- Vos expériences des processus CI/CD": a possessive opens an item when what the experience was spent on follows
# (not "Votre expérience, votre capacité à structurer… seront des atouts pour nous", "Votre expérience et vos qualités").
_POSSESSIVE_OPENING_RE = re.compile(r"(?:^|[:;*•➤]\s*)(?:vos|votre|tes|ton)\s*$", re.I)
_SPENT_ON_AFTER_RE = re.compile(r"\s*(?:professionnelles?\s+)?(?:(?:des|du|de|en|dans|sur|avec|aupr[èe]s|au\s+sein)(?![\w])|d')", re.I)
# Round 17: "une expérience de la livraison", "une expérience d'encadrement", "solide expérience de Kubernetes" (not
# "une expérience de vie", "de travail unique", the job's).
_ONE_BEFORE_RE = re.compile(
    r"(?:^|[\s,:;(])(?:une\s+(?:(?:solide|bonne|r[ée]elle|v[ée]ritable|forte|premi[èe]re)\s+)?|(?:solide|bonne|r[ée]elle|v[ée]ritable|forte)\s+)$", re.I
)
_SPENT_OF_AFTER_RE = re.compile(
    r"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?!(?:vie|travail|groupe|partage|qualit[ée]|plusieurs|quelques|\d)(?![\w]))"
    r"[a-zàâçéèêëîïôûù]",
    re.I,
)
_THE_BEFORE_RE = re.compile(r"(?<![\w])l['’]\s*$", re.I)
# ("la personne accueillie peut faire l'expérience d'autres possibles", "vivre l'expérience de la scène": to live it)
_EXPERIENCING_BEFORE_RE = re.compile(r"(?<![\w])(?:fai\w*|vi\w+|tent\w*|fera\w*)\s+l['’]\s*$", re.I)
_POSSESSIVE_AFTER_RE = re.compile(r"\s+(?:de|d['’])\s*(?:nos|notre|vos|votre|ses|son|sa|leurs?|ces|cette|autres?)(?![\w])", re.I)
_ASKED_CUE_RE = re.compile(
    r"atouts?|\bun\s+(?:vrai\s+|gros\s+|r[ée]el\s+)?(?:plus|\+)|souhait[ée]|appr[ée]ci[ée]|exig[ée]|requise?|indispensable|"
    r"obligatoire|id[ée]alement|bienvenue?|bien\s+vue?",
    re.I,
)
# "Bénévolat ou toute autre expérience avec…", "ainsi que quelques expériences": any experience of the kind counts.
_ANY_BEFORE_RE = re.compile(r"(?<![\w])(?:toutes?\s+(?:autres?\s+)?|quelques\s+)$", re.I)
_FIRST = r"(?:premi[èe]re|1[èe]re|1re|1ère)"  # "première", "1ère", "1re"
_FIRST_RE = re.compile(_FIRST + r"\s+exp[ée]rience$", re.I)
_FIRST_BEFORE_RE = re.compile(_FIRST + r"\s+$", re.I)
# Inclusive endings as written in ads: "accepté(e)", "accepté.e", "accepté-e", "accepté·e·s".
_G = r"(?:e|\(e\)|[.·-]e)?(?:[.·]?s)?"
_BEGINNER_RE = re.compile(
    # (Round 17: also "débutants dans le métier acceptés", "débutant(e)s en cuisine bienvenu(e)s"; not on a condition
    # of other years, "débutants en citerne acceptés s'ils ont 2 ans de PL")
    # (and "débutant avec certificat accepté", "Débutante avec BP acceptée", "débutant avec une forte appétence … accepté")
    # (Round 19: also glued to the list item before it where markup was stripped, "véhicule indispensablesdébutant(e)s
    # accepté(e)s": a lower-case word ending in "s" right before)
    rf"(?:(?<![\w])|(?<=[a-zà-ÿ]{{4}}s)(?=d[ée]butant))(?:d[ée]butant{_G}(?:\s+(?:motiv|dipl[ôo]m)[ée]{_G})?(?:\s+(?:dans|en)\s+(?:le\s+|la\s+|ce\s+|l['’]\s*)?[\w-]+|\s+avec(?:\s+[\w'’-]+){{1,6}}?)?\s+(?:accept[ée]{_G}|bienvenu{_G}|possible)"
    r"(?!\s+(?:s['’]\s*(?:ils?|elles?)|si\s+(?:vous|tu|ils?|elles?)|[àa]\s+condition|pour\s+autant))"
    # "Débutant(e) motivé(e) : nous étudierons aussi votre candidature !": the ad reads beginners' applications
    rf"|d[ée]butant{_G}(?:\s+(?:motiv|dipl[ôo]m)[ée]{_G})?\s*[:,]\s*nous\s+(?:[ée]tudierons|examinerons|regarderons|consid[ée]rerons|lirons|accueillerons)"
    r"\s+(?:aussi\s+|[ée]galement\s+|volontiers\s+|avec\s+int[ée]r[êe]t\s+)?(?:votre|ta|vos|tes)\s+candidatures?"
    # "Les débutant·e·s motivé·e·s sont bienvenu·e·s", "les débutants motivés sont acceptés"
    rf"|(?:les\s+)?d[ée]butant{_G}\s+motiv[ée]{_G}\s+sont\s+(?:les\s+)?(?:bienvenu{_G}|accept[ée]{_G})"
    # "nous recrutons aussi des profils débutants", "nous formons les débutant(e)s", "vous êtes débutant(e) ou…":
    # beginners the ad takes on
    r"|(?:(?<=recrutons\s)|(?<=accueillons\s)|(?<=acceptons\s)|(?<=formons\s)|(?<=embauchons\s)|(?<=engageons\s)|(?<=recrute\s)|(?<=accueille\s)|(?<=forme\s))"
    # (Round 17: "nous accueillons aussi les jeunes diplômés", "nous recrutons également des juniors")
    rf"(?:aussi\s+|[ée]galement\s+|volontiers\s+|avec\s+plaisir\s+)?(?:des|les)\s+(?:[\w-]+\s+)?(?:d[ée]butant{_G}|(?:jeunes|nouveaux|nouvelles)\s+dipl[ôo]m[ée]{_G}|juniors)"
    rf"|(?<=vous\s[êe]tes\s)d[ée]butant{_G}(?=\s+ou\s)|(?<=tu\ses\s)d[ée]butant{_G}(?=\s+ou\s)"
    # "les agents débutants titulaires de la carte sont les bienvenus"
    rf"|(?:les\s+)?(?:[\w-]+\s+)?d[ée]butant{_G}(?=[^.;\n]{{0,60}}\s+sont\s+(?:les\s+)?(?:bienvenu|accept))"
    r"|(?:les\s+)?d[ée]butant(?:e|\(e\))?s?\s+(?:sont\s+)?(?:les\s+)?(?:bienvenue?s?|accept[ée](?:e|\(e\))?s?)"
    r"|d[ée]butant(?:e|\(e\))?s?\s+ou\s+(?:confirm[ée]|exp[ée]riment[ée])(?:e|\(e\))?s?"
    # Round 17: "Débutant ou 1ère expérience : vous serez encadré(e)": both welcome, no experience needed
    r"|d[ée]butant(?:e|\(e\))?s?\s+ou\s+(?:premi[èe]re|1[èe]re|1re)\s+exp[ée]rience"
    # "Débutant ou avec expérience": both welcome, no experience needed
    r"|d[ée]butant(?:e|\(e\))?s?\s+ou\s+(?:avec|ayant)\s+(?:de\s+l'|une\s+)?exp[ée]rience"
    # (Round 17: "nous sommes ouverts aux débutants", "ouverte aux débutant(e)s")
    r"|(?:ouvert|accessible)(?:e|\(e\))?s?\s+aux\s+d[ée]butant(?:e|\(e\))?s"
    r"|(?:sans|aucune|pas\s+d'|pas\s+besoin\s+d'|nul\s+besoin\s+d')\s*exp[ée]rience(?:\s+(?:requise|exig[ée]e|n[ée]cessaire|pr[ée]alable|dans\s+le\s+domaine))?"
    r"|vous\s+n'avez\s+pas\s+d'exp[ée]rience"
    # "ouvert à tous, avec ou sans bagage technique préalable": no background needed
    r"|avec\s+ou\s+sans\s+(?:exp[ée]rience|bagage)(?:\s+(?:technique|professionnel(?:le)?|pr[ée]alable|dans\s+le\s+domaine)){0,2}"
    # "Pour les profils juniors dans ce domaine, nous proposons un accompagnement": juniors supported, not excluded
    r"|(?:pour\s+)?les\s+profils?\s+juniors?(?:\s+(?:dans|en)\s+ce\s+(?:domaine|m[ée]tier|secteur))?(?=[^.\n]{0,80}(?:accompagn|tutorat|formation|formera|parrain))"
    r"|(?:profils?\s+)?juniors?\s+(?:accept[ée]e?s?|bienvenue?s?)"
    # "Les profils juniors motivés sont les bienvenus": the ad welcomes beginners (0, optional), no age asked.
    r"|(?:les\s+)?profils?\s+juniors?\s+(?:[^.;:\n]{0,50}?\s)?(?:sont\s+)?(?:les\s+)?(?:bienvenue?s?|accept[ée]e?s?)"
    r"|premi[èe]re\s+exp[ée]rience\s+non\s+(?:exig[ée]e|requise|obligatoire|n[ée]cessaire)"
    # "Que vous soyez junior ou confirmé", "que tu sois débutant(e) ou expert(e)": every grade welcome, beginners too
    rf"|(?:que\s+)?(?:vous\s+soyez|tu\s+sois)\s+(?:plut[ôo]t\s+)?(?:juniors?|d[ée]butant{_G})(?=\s*(?:ou|/)\s))(?![\w])",
    re.I,
)
# Beginners welcome in other words (0, optional, as "débutant accepté"): a beginner, a junior or a young graduate,
# alone or as "les candidatures de …", then a welcome ("un débutant motivé est accepté", "les juniors motivés peuvent
# postuler", "Jeune diplômé accepté", "les jeunes diplômé(e)s sont aussi les bienvenu(e)s", "Les candidatures de jeunes
# diplômés sont étudiées", "jeunes diplômés encouragés à postuler"). Not the same words without a welcome ("former les
# débutants", "un junior vous assistera", "Vous êtes jeune diplômé d'une école…": the diploma's and the age's).
# (Round 21: also the casual "débutant ok", "débutants OK")
_WELCOME_WORD = rf"(?:accept[ée]{_G}|bienvenu{_G}|ok(?![\w])|possibles?|envisageables?|[ée]tudi[ée]{_G}|examin[ée]{_G}|consid[ée]r[ée]{_G}|admis{_G}|encourag[ée]{_G}(?:\s+[àa]\s+(?:postuler|candidater))?)"
_WELCOME_RE = re.compile(
    # (the noun opens the match, so that the scan is gated by it; the article before it is added in find_experience)
    # (round 15: graduates and school leavers in other words — "fraîchement diplômés", "sortant(e)s d'études", "sortant
    # de spécialisation", "récemment diplômés" — and an adverb before the welcome: "sont toutefois les bienvenus")
    rf"(?<![\w])(?:d[ée]butant{_G}|juniors?|(?:jeunes?|nouveaux|nouvelles?|nouveau)\s+dipl[ôo]m[ée]{_G}|(?:fra[îi]chement|r[ée]cemment|nouvellement)\s+dipl[ôo]m[ée]{_G}|"
    rf"sortant{_G}\s+(?:d['’]\s*(?:[ée]tudes|[ée]cole|universit[ée])|de\s+(?:sp[ée]cialisation|formation|l['’]\s*(?:[ée]cole|universit[ée]|enseignement)|(?:haute\s+)?[ée]cole|stage)))"
    # (Round 21: the adjective may take a complement, "Les jeunes diplômés motivés par le terrain sont aussi les
    # bienvenus", "débutant·e·s passionné·e·s de mécanique acceptés")
    rf"(?:\s+(?:motiv[ée]{_G}|curieu(?:x|se|\(se\))s?|passionn[ée]{_G}|int[ée]ress[ée]{_G})(?:\s+(?:par|pour|de|du|des|d['’])\s*[^.;:!?,\n]{{1,30}}?)?)?\s*,?\s*"
    rf"(?:(?:(?:est|sont|sera|seront|serons|seraient)\s+(?:(?:aussi|[ée]galement|tout\s+[àa]\s+fait|bien|tr[èe]s|toutefois|n[ée]anmoins|cependant|donc|[ée]videmment|bien\s+s[ûu]r|volontiers|les|la|le)\s+)*)?{_WELCOME_WORD}|"
    r"(?:peu(?:ven)?t|pourront|pourra)\s+(?:aussi\s+|[ée]galement\s+|tout\s+[àa]\s+fait\s+)?(?:postuler|candidater|se\s+porter\s+candidat\w*|nous\s+rejoindre)|"
    rf"(?:sont|est)\s+(?:aussi\s+|[ée]galement\s+|toutefois\s+)?invit[ée]{_G}\s+[àa]\s+postuler)(?![\w])"
    # (not a welcome elsewhere: "Jeunes diplômés bienvenus sur nos autres offres !")
    r"(?!\s*(?:sur|pour|dans|à)\s+(?:nos|d['’]|les|des)\s*autres)"
    # "Poste ouvert aux jeunes diplômés", "accessible aux juniors" (as "ouvert aux débutants")
    rf"|(?<![\w])(?:ouvert|accessible)(?:e|\(e\))?s?\s+aux\s+(?:profils\s+)?(?:juniors|(?:jeunes|nouveaux|nouvelles)\s+dipl[ôo]m[ée]{_G})(?![\w])",
    re.I,
)
_WELCOME_SCAN = GatedPattern(_WELCOME_RE)
# Round 21: a beginner's question answered by a welcome, "Premier emploi ? Bienvenue !", "Pas d'expérience ? Pas grave",
# "Débutant·e ? On vous forme", "Jeune diplômé ? Ta candidature nous intéresse" (0, optional).
_WELCOME_QUESTION_RE = re.compile(
    rf"(?<![\w])(?:premier\s+(?:emploi|job|poste)|premi[èe]re\s+exp[ée]rience|d[ée]butant{_G}|jeunes?\s+dipl[ôo]m[ée]{_G}|"
    r"(?:pas|peu)\s+d['’]\s*exp[ée]rience|sans\s+exp[ée]rience|aucune\s+exp[ée]rience)\s*\?\s*"
    r"(?:(?:alors\s+|et\s+alors\s+)?(?:bienvenue?s?|pas\s+(?:grave|de\s+(?:souci|probl[èe]me|panique))|aucun\s+(?:souci|probl[èe]me)|"
    r"no\s+stress|c['’]est\s+(?:ok|possible|pas\s+grave)|on\s+(?:te|vous)\s+forme|nous\s+(?:vous|te)\s+formons|"
    r"(?:ta|votre)\s+candidature\s+nous\s+int[ée]resse|postulez|postule))(?![\w])",
    re.I,
)
_WELCOME_QUESTION_SCAN = GatedPattern(_WELCOME_QUESTION_RE)
_WELCOME_VERB_RE = re.compile(
    r"(?<![\w])(?:[ée]tudierons|examinerons|consid[ée]rerons|regarderons|acceptons|accueillons|accepterons|accueillerons)\s+"
    r"(?:aussi\s+|[ée]galement\s+|volontiers\s+|avec\s+attention\s+|avec\s+int[ée]r[êe]t\s+)?"
    r"(?:(?:les|des)\s+(?:candidatures|profils|dossiers)\s+(?:de\s+|des\s+|d['’]\s*)|les\s+)"
    rf"((?:d[ée]butant{_G}|juniors?|(?:jeunes?|nouveaux|nouvelles?|nouveau)\s+dipl[ôo]m[ée]{_G})(?:\s+(?:motiv[ée]{_G}|curieu(?:x|se|\(se\))s?))?)(?![\w])"
    # (round 18: beginners trained by the employer, the participle right after the noun: "Expérience souhaitée, débutants
    # formés sur place", "Débutant(e)s formé(e)s en interne"; "Les débutants seront formés par nos soins" is how the job
    # trains, not a welcome, round 15)
    rf"|(?<![\w])(d[ée]butant{_G}(?:\s+motiv[ée]{_G})?\s+form[ée]{_G}\s+(?:sur\s+place|en\s+interne|par\s+nos\s+soins|chez\s+nous))(?![\w])"
    # (Round 21: in the present, "les débutants sont formés chez nous", "débutant(e)s formé(e)s." alone at the end of a
    # clause; the future "les débutants seront formés par nos soins" stays how the job trains, round 15)
    rf"|(?<![\w])((?:les\s+)?d[ée]butant{_G}(?:\s+motiv[ée]{_G})?\s+(?:sont\s+(?:(?:tous\s+)?(?:aussi|[ée]galement)\s+)?)?form[ée]{_G}"
    r"(?:\s+(?:sur\s+place|en\s+interne|par\s+nos\s+soins|chez\s+nous|au\s+m[ée]tier|[àa]\s+l['’]\s*interne))?)(?=\s*(?:[.;,!)\n]|$))",
    re.I,
)
_WELCOME_VERB_SCAN = GatedPattern(_WELCOME_VERB_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_WELCOME_HEAD_BEFORE_RE = re.compile(
    r"(?<![\w])(?:(?:les|un|une|des)[ \t]+)?(?:candidatures?[ \t]+(?:de[ \t]+|des[ \t]+|d['’][ \t]*))?(?:profils?[ \t]+)?"
    # the person's noun between the article and the graduate ("les pharmaciens fraîchement diplômés", "Les candidat(e)s
    # sortant(e)s d'études")
    r"(?:(?<=les[ \t])(?:candidat|personne|pharmacien|infirmier|ing[ée]nieur|[ée]ducateur|enseignant|assistant|instituteur|profil)[\w()·.-]*[ \t]+)?$", re.I
)
# "pas besoin de diplôme ni d'expérience", "Aucun diplôme ni expérience exigés", "Aucun prérequis de diplôme ni
# d'expérience": the second half of a negation says no experience is needed (not "… ni d'expérience s'abstenir").
_NOR_EXPERIENCE_RE = re.compile(
    r"(?<![\w])ni\s+(?:d['’]\s*|une\s+|l['’]\s*)?exp[ée]riences?(?:\s+(?:professionnelles?\s+)?(?:requise?s?|exig[ée]e?s?|n[ée]cessaires?|demand[ée]e?s?|pr[ée]alables?|particuli[èe]res?))?(?![\w])(?!\s*s['’]abstenir)",
    re.I,
)
_NOR_EXPERIENCE_SCAN = GatedPattern(_NOR_EXPERIENCE_RE)
# "Débutants s'abstenir", "candidats sans expérience s'abstenir": experience required, its years unknown.
_NO_BEGINNERS_RE = re.compile(
    # (also "Sans diplôme ni expérience s'abstenir"; the person's noun on the same line: "Votre profil\nDébutants
    # s'abstenir" starts at the second line)
    rf"(?<![\w])(?:(?:profils?[ \t]+|candidat{_G}[ \t]+)?d[ée]butant{_G}|(?:profils?[ \t]+|candidat{_G}[ \t]+)?sans\s+(?:dipl[ôo]me\s+ni\s+)?exp[ée]rience)\s+s['’]abstenir(?![\w])", re.I
)
_NO_BEGINNERS_SCAN = GatedPattern(_NO_BEGINNERS_RE)
# "8 ans d'expérience, dont 3 en management", "…, dont au moins un projet S/4HANA", "…, dont une partie sur des
# applications mobiles": a part of the experience just named, a second item (a number without its unit counts the
# first's unit; "dont 2 ans en …" is the durations', above).
# Round 17: also an ideal part ("dont idéalement une partie dans le BTP", "dont idéalement 2 en fonction de
# coordination": its own cue grades it preferred), in English ("of which at least 2 in a Belgian multinational"), and
# ending where a list glued with bare hyphens opens its next item ("…en full cycle-Certification SAP…").
_AMONG_CLAUSE_RE = re.compile(
    r"(?<![\w])(?:dont|of\s+which)\s+(?:(?:au\s+moins|minimum|plus\s+d['e]|at\s+least)\s*)?"
    r"(?:(?P<ideal>(?:id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible|ideally|preferably)\s+)(?:(?:au\s+moins|minimum)\s+)?)?"
    r"(?:(?P<n>\d{1,2})(?!\s*(?:ans?|ann[ée]es?|mois|%)(?![\w]))(?=\s+(?:en|dans|sur|comme|chez|au\s+sein|in|as|at|within)\s)|"
    r"une?\s+(?:partie|part)(?![\w])|(?:une?|deux|trois|\d)\s+(?:projets?|migrations?|exp[ée]riences?|missions?|d[ée]ploiements?)(?![\w]))"
    r"[^.;\n]{0,80}?(?=\s*(?:[.;\n]|,\s|$)|(?-i:" + GLUED_ITEM + r"))",
    re.I,
)
_AMONG_CLAUSE_SCAN = GatedPattern(_AMONG_CLAUSE_RE)
# A seniority word on the colleague who guides the newcomer (a tutor, a partner in a pair), not asked of the candidate.
_GUIDE_BEFORE_RE = re.compile(
    r"(?:(?:bin[ôo]me|tandem|duo|doublure|compagnie)\s+(?:avec|d['e])\s*(?:un|une|des|nos|l'|le|la|ton|votre|vos|tes)\s*[\w'-]+(?:\s+d[e']\s*[\w'-]+)?|"
    # "accompagné(e) d'un conducteur expérimenté", "sous la responsabilité d'un chef d'équipe confirmé"
    r"(?:accompagn[ée]\w*|[ée]paul[ée]\w*|soutenu\w*|suivi\w*|sous\s+la\s+(?:responsabilit[ée]|supervision|houlette|conduite|direction))\s+"
    r"(?:par\s+|d['e]\s*)(?:un|une|des|nos|l'|le|la|ton|votre|vos|tes|un\(e\))\s*[\w'-]+(?:\s+d[e']\s*[\w'-]+)?|"
    r"tut(?:eur|rice)(?:\s+d[ée]di[ée]e?)?\s*,[^.;:\n]{0,40})\s+$", re.I
)
_GUIDE_AFTER_RE = re.compile(r"\s*,?\s*(?:sera|seront|est|devient)\s+(?:ton|ta|votre)\s+(?:tut(?:eur|rice)|parrain|marraine|r[ée]f[ée]rent)", re.I)
# English grades in titles ("Data Engineer Confirmed", "Experienced Developer") read like "Senior": asked only in a
# title or where the ad recruits.
# "quels que soient votre niveau de diplôme ou d'expérience", "quelle que soit votre expérience": no experience
# needed (0, optional); the diploma half is the diploma recognizer's.
_WHATEVER_EXPERIENCE_RE = re.compile(
    r"(?<![\w])quel(?:le)?s?\s+que\s+soi(?:en)?t\s+(?:votre|ton|vos|tes)\s+(?:niveau\s+(?:de\s+dipl[ôo]mes?\s+(?:ou|et)\s+)?d'|"
    r"ann[ée]es\s+d')?(exp[ée]riences?)(?![\w])",
    re.I,
)
_EQUIVALENT_BY_EXPERIENCE_RE = re.compile(
    r"(?<![\w])[ée]quivalen(?:t|te|ts|tes|ce)\s+(?:acquise?\s+)?par\s+(?:l['’]\s*|une\s+|votre\s+)?exp[ée]rience(?:\s+(?:professionnelle|probante|utile))?(?![\w])", re.I
)
_EQUIVALENT_BY_EXPERIENCE_SCAN = GatedPattern(_EQUIVALENT_BY_EXPERIENCE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# Round 21: the other way in that stands for the diploma, offered after "ou" / "or" at the end of a list of titles —
# self-taught ("ou autodidacte", "OU tu es autodidacte avec un portfolio solide", "ou parcours autodidacte solide"), an
# unusual path shown by its work ("ou un parcours atypique avec un portfolio solide"), learnt on the job ("ou tu as appris
# sur le tas", "ou formé sur le terrain"), or the English lines' "or equivalent (work) experience", "or equivalent through
# experience": experience, years null, in the diploma's group (gold p, r, u, v, z). A bare "parcours atypique" is the
# diploma recognizer's "no diploma"; a bare "ou autodidacte" is no item (golds t, v: one of the paths welcomed), nor "sur
# le tas avec 5 ans de métier" (the years are the item). After "ou" only: "autodidacte ou diplômé" opens the post to both.
_SELF_TAUGHT_ALTERNATIVE_RE = re.compile(
    r"(?<![\w])(?:ou|or)\s+(?:bien\s+)?(?:(?:tu\s+es|vous\s+[êe]tes|tu\s+as|vous\s+avez)\s+)?(?P<alt>"
    r"(?:(?:un|une|d['’]un|d['’]une)\s+)?(?:parcours|profil|formation)\s+autodidactes?(?:\s+(?:solide|confirm[ée]|r[ée]ussi|probant|s[ée]rieux)e?)?"
    r"(?:\s+avec\s+[^.;,!?\n()—–]{3,50})?"
    r"|autodidactes?(?:\s+(?:confirm[ée]|exp[ée]riment[ée]|passionn[ée])(?:e|\(e\))?s?)?\s+avec\s+[^.;,!?\n()—–]{3,50}"
    r"|(?:(?:un|une|d['’]un)\s+)?(?:parcours|profil)\s+atypique\s+avec\s+[^.;,!?\n()—–]{3,50}"
    r"|(?:appris|form[ée](?:e|\(e\)|·e)?)\s+sur\s+le\s+(?:tas|terrain)(?!\s+(?:avec|depuis|pendant)\s+[^.;!?\n]{0,20}?\d)"
    r"|(?:an\s+)?equivalent\s+(?:(?:professional|work|relevant|practical)\s+)?experience"
    r"|equivalent\s+(?:through|by|via|by\s+way\s+of|gained\s+through)\s+(?:professional\s+|work\s+|relevant\s+)?experience"
    r")(?<![\s])",
    re.I,
)
_SELF_TAUGHT_ALTERNATIVE_SCAN = GatedPattern(_SELF_TAUGHT_ALTERNATIVE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_SELF_TAUGHT_GATE_RE = re.compile(r"autodidact|sur\s+le\s+(?:tas|terrain)|equivalent|atypique", re.I)
_SENIOR_WORD_RE = re.compile(
    # "chevronné(e)", "aguerri(e)": the same seniority in other words ("un technicien chevronné")
    r"(?<![\w])(?:(?:confirm[ée]|exp[ée]riment[ée]|chevronn[ée]|aguerri)(?:e|\(e\)|-e|[.·]e)?s?|s[ée]nior|confirmed|experienced)(?![\w])", re.I
)
_GRADE_WORD_RE = re.compile(r"s[ée]nior|confirmed|experienced", re.I)
# "Votre séniorité vous permet de guider…": the seniority the candidate brings, a noun of its own.
_SENIORITY_RE = re.compile(r"(?<![\w])(?:votre|ta|une)\s+s[ée]niorit[ée](?![\w])", re.I)
# "senior" also names the elderly a service is for: "résidence senior", "pour nos seniors" (the plural is not read).
_ELDERLY_BEFORE_RE = re.compile(r"(?:aux|des|nos|vos|les|pour|r[ée]sidences?|maisons?|clubs?|services?|publics?|accueil|habitat|villages?)\s+$", re.I)
# A seniority word about the team, a colleague or a tool level is not asked of the candidate: "une équipe
# expérimentée", "entouré de collègues confirmés", "un niveau confirmé sur Power BI".
_SENIOR_NOT_BEFORE_RE = re.compile(
    r"(?:(?:[ée]quipes?|coll[èe]gues?|collaborat\w+|professionnels|experts?|formateurs?|tuteurs?|consultants|profils|niveau)"
    r"(?:\s+[\w'-]+){0,2}|"
    # a practice, not a person: "spécialisation confirmée en IA", "Pratique confirmée d'un outil de BI"
    r"(?:sp[ée]cialisation|pratique|ma[îi]trise|connaissances?|comp[ée]tences?|expertise|utilisation|usage|savoir-faire)|"
    # colleagues compared with the candidate: "guider des AI Engineers moins expérimenté(e)s", "les plus expérimentés"
    r"(?:moins|plus)|"
    # a colleague who guides the candidate: "encadré par un technicien confirmé", "aux côtés d'un développeur expérimenté"
    r"(?:par|aupr[èe]s\s+d['e]|aux\s+c[ôo]t[ée]s\s+d['e]|entour[ée]\w*\s+d['e])\s*(?:un|une|des|nos|vos|d'un|d'une|l'|le|la|les)?\s*[\w'-]+)"
    r"\s+(?:et\s+)?$",
    re.I,
)
# "Senior" is English and names a grade as well as a person: it asks for seniority in a title or when the ad says it
# recruits one or describes the person sought ("nous recherchons un(e) Web Analyste Senior", "vous êtes développeur
# senior"), not in "En tant que Senior, vous…".
# A person the ad recruits, whatever the noun: "recherche un collaborateur confirmé" (not a colleague).
# (also plural: "nous recherchons des profils expérimentés")
# (also an adverb before the noun, a noun of several words and an offer kept for them: "Nous recrutons aujourd'hui des
# consultants expérimentés", "recherche un Développeur Back-End .NET Core senior", "offre réservée à des profils
# expérimentés")
_RECRUITED_NOUN_BEFORE_RE = re.compile(
    r"(?:(?:recherch|recrut|cherch|engag|embauch)\w*|r[ée]serv[ée]e?s?\s+[àa])\s+(?:(?:aujourd'hui|actuellement|[ée]galement|aussi|activement)\s+)?"
    r"(?:un|une|un\(e\)|un\.e|des)\s+(?:[\w'.#+/-]+\s+){1,4}$",
    re.I,
)
# A grade on a scale of levels ("notions à confirmé", "débutant à confirmé", "de junior à senior"): a skill's range.
_SCALE_BEFORE_RE = re.compile(r"(?:notions?|bases?|d[ée]butant\w*|interm[ée]diaire|junior|moyen|avanc[ée])\s*(?:[àa]|-|/|–)\s*$", re.I)
# "(confirmés + juniors)", "confirmés et juniors": a team's mix of grades.
_MIXED_GRADES_AFTER_RE = re.compile(r"\s*(?:\+|&|et|/|,|ou)\s*(?:des\s+)?juniors?(?![\w])", re.I)
# A mission sentence names the post, not what is asked: "En tant que Data Analyst Confirmé, vous jouerez…", "en
# qualité d'ingénieur de données confirmé, vous interviendrez…".
_MISSION_BEFORE_RE = re.compile(r"(?<![\w])en\s+(?:tant\s+qu|qualit[ée]\s+d)[^,.;:!?]{0,60}$", re.I)
_RECRUIT_BEFORE_RE = re.compile(r"recherch|recrut|cherch|engag|embauch|poste\s+d|poste\s*:|intitul[ée]|profil|vous\s+[êe]tes|tu\s+es\b", re.I)
# A mention that opens a clause: a line, a label ("Incontournable : Expérience avec…"), a sentence glued to the
# previous one where markup was stripped ("(CI/CD).Expérience avec API REST"), "Connaissance et expérience de…".
# (Round 17: also after a numbered item's marker or an arrow or emoji bullet, "3) Expérience du transport de personnes
# souhaitée", "→ Expérience en …", "🔹 Expérience de …")
_CLAUSE_OPENING_RE = re.compile(
    r"(?:^|[:.;!?*•➤→✔✅▪➜●◆🔹🔸👉]\s*|^\d{1,2}[).]\s*)(?:(?:(?:solide|bonne|forte|r[ée]elle)\s+)?(?:connaissances?|comp[ée]tences?|savoir-faire|ma[îi]trise|compr[ée]hension|pratique)\s+(?:et|&)|"
    r"(?:une|des)?(?:\s*(?:premi[èe]re|bonne|solide|r[ée]elle|v[ée]ritable|forte|solides|premi[èe]res|r[ée]elles))?|(?-i:U)ne\s+\w+|"
    # "- Toute expérience avec…", "Quelques expériences en…" ("Vos expériences des…": _POSSESSIVE_OPENING_RE)
    r"toutes?(?:\s+autres?)?|quelques|plusieurs|"
    # English lines: "Previous experience in…", "Proven experience with…", "Hands-on experience of…"
    r"(?:(?:some|an?)\s+)?(?:previous|prior|proven|relevant|solid|strong|hands-on|professional|significant|demonstrated|practical|"
    r"extensive|good|first|initial|ideally|(?:\d{1,2}\+?\s+years?\s+of))(?:\s+(?:professional|hands-on|practical|work|working|industry))?)?\s*$",
    re.I,
)
# "expérience projet (académique ou personnelle)", "une expérience (stage ou alternance)": the kinds of experience
# accepted, in a parenthesis right after the word.
_KINDS_AFTER_RE = re.compile(
    r"\s*(?:projets?\s+|terrain\s+)?\([^()]{0,40}?(?:acad[ée]mique|personnel|professionnel|stage|alternance|associati|"
    r"b[ée]n[ée]vol|scolaire|universitaire|CDD|int[ée]rim)[^()]{0,40}\)",
    re.I,
)
_LABEL_AFTER_RE = re.compile(r"\s*(?:\([^)]{0,20}\)\s*)?:")
# A restatement with its own cue: "Cette expérience est indispensable".
_RESTATED_RE = re.compile(
    r"\s*(?:est|sera|reste|serait)\s+(?:(?:donc|absolument|vraiment)\s+)?(?:indispensable|obligatoire|exig[ée]e|requise|imp[ée]rative|"
    r"n[ée]cessaire|essentielle|souhait[ée]e|appr[ée]ci[ée]e|un\s+(?:plus|atout))",
    re.I,
)
_STRONG_AFTER_RE = re.compile(r"\s*(?:av[ée]r[ée]e|significative|solide|confirm[ée]e|r[ée]ussie|probante|similaire|r[ée]elle)(?![\w])", re.I)
# The employer's history, not a requirement: "une société riche de 20 ans d'expérience", "forts de 30 ans
# d'expertise" — unless the sentence addresses the candidate ("Fort(e) de 5 ans d'expérience, vous…").
# (a word of its own: "justifier de 9 mois d'expérience" ends with "fier de" and is asked)
_COMPANY_HISTORY_BEFORE = re.compile(r"(?<![\w])(?:riches?|forts?|fortes?|fi[èe]re?s?)\s+de\s+(?:plus\s+de\s+)?$", re.I)
_CANDIDATE_WORD_RE = re.compile(r"(?<![\w])(?:vous|tu|votre|ton|candidat\w*|\(e\))(?![\w])|\(e\)", re.I)
# "vous avez déjà travaillé dans…", "vous avez eu l'occasion de travailler sur…", "vous avez participé à des
# projets…": what the candidate has done (past tense), experience without the word.
_ALREADY_DONE_RE = re.compile(
    r"(?<![\w])(?:vous\s+avez|tu\s+as|(?<=et\s)avez|avoir)\s+(?:(?:pu|su)\s+(?:mener|piloter|conduire|participer|contribuer|r[ée]aliser|travailler)|"
    r"d[ée]j[àa]\s+(?:travaill[ée]|conduit|exerc[ée]|occup[ée]|[ée]volu[ée]|particip[ée]|contribu[ée]|men[ée]|"
    r"pilot[ée]|encadr[ée]|g[ée]r[ée]|utilis[ée])|(?:d[ée]j[àa]\s+)?eu\s+l'occasion\s+d[e']\s*(?:travailler|participer|intervenir|contribuer|mener|piloter)|"
    r"(?:particip[ée]|pris\s+part)\s+[àa]\s+(?:des|un|une|plusieurs|de\s+nombreux)\s+(?:projets?|missions?|chantiers?|d[ée]ploiements?|migrations?)|"
    # "Vous avez effectué un ou plusieurs stages dans…", "tu as réalisé des missions d'audit": past work, not a task
    r"(?:d[ée]j[àa]\s+)?(?:effectu[ée]|r[ée]alis[ée])\s+(?:une?\s+ou\s+plusieurs|une?|des|plusieurs|au\s+moins\s+une?)\s+"
    r"(?:stages?|missions?|projets?|alternances?|remplacements?)|"
    # "Vous avez réalisé des audits internes", "vous avez conduit plusieurs inventaires": work done, whatever its noun
    # (the present "vous réalisez des audits" is the job's task and does not match)
    # ("piloté" is left out: "Au cours de vos expériences, vous avez piloté des projets" is read as narrative)
    r"(?:d[ée]j[àa]\s+)?(?:r[ée]alis[ée]|conduit|men[ée]|effectu[ée])\s+(?:une?\s+ou\s+plusieurs|des|plusieurs|"
    r"de\s+nombreu(?:x|ses)|au\s+moins\s+une?)\s+(?!(?:[ée]tudes|formations?)(?![\w]))[\w-]{4,})"
    # the span stops before an ideal of its own ("…, idéalement en usine"), and before a clause of its own ("… et vous
    # avez une première expérience …"): those are read apart
    r"(?:(?!,\s*(?:id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible)|,?\s+(?:et|ou)\s+(?:vous|tu|souhaitez|souhaites|avez|as)\s)[^.\n]){0,50}",
    re.I,
)
_ALREADY_DONE_SCAN = GatedPattern(_ALREADY_DONE_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# More past work: "Vous avez idéalement déjà travaillé sur…" (an adverb before "déjà"), "vous avez déjà été partie
# prenante / impliqué(e) dans…" and any past participle after "déjà" ("déjà écrit", "déjà fait vos preuves"), also a
# second clause of the same sentence ("… et avez/a déjà écrit …") and a profile as its subject ("Le profil idéal a déjà
# travaillé sur…"); "vous avez participé à la réalisation de projets…"; "vous avez commencé à vous familiariser avec…".
# The subject is checked in the code (a candidate, not the company: "notre société a déjà accompagné…").
_ALREADY_DONE_MORE_RE = re.compile(
    # (also glued to the previous sentence where markup was stripped: "…sur SparkVous avez déjà travaillé…")
    r"(?:(?<![\w])|(?<=[a-zàâçéèêëîïôûù])(?=(?-i:[VT])))(?P<subj>vous\s+avez|tu\s+as|(?<=et\s)(?:avez|aviez|avait|as|a)|a|avait)\s+"
    r"(?:(?:id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible|[ée]galement|aussi|notamment|id[ée]alement)\s*,?\s+)?"
    r"(?:d[ée]j[àa]\s+(?!(?:postul|candidat|entendu|re[çc]u|lu|vu|envoy|mis|rempli|rejoint|visit|consult|cliqu)\w*(?![\w]))"
    r"(?:[ée]t[ée]\s+[\w'-]+|[a-zàâçéèêëîïôûù]{2,}(?:é|ée|és|i|is|it|u|us|ert|eint|uit|ait)(?![\w]))|"
    r"(?:particip[ée]|contribu[ée]|pris\s+part)\s+(?:[àa]\s+(?:la|l')\s*|aux?\s+)[\w'-]+(?:\s+(?:et|ou)\s+(?:[àa]\s+(?:la|l')\s*|aux?\s+)[\w'-]+)?"
    r"\s+(?:de|des|du|d')\s*(?:[\w'-]+\s+)?(?:projets?|missions?|chantiers?|programmes?|d[ée]ploiements?|migrations?|produits?|solutions?)(?![\w])|"
    r"(?:d[ée]j[àa]\s+)?commenc[ée]\s+[àa]\s+(?:vous\s+|te\s+)?[a-zàâçéèêëîïôûù]{3,}(?:er|ir|re)(?![\w]))"
    r"(?:(?!,\s*(?:id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible)|,?\s+(?:et|ou)\s+(?:vous|tu|souhaitez|souhaites|avez|as|a|avait)\s)[^.\n]){0,50}",
    re.I,
)
_ALREADY_DONE_MORE_SCAN = GatedPattern(_ALREADY_DONE_MORE_RE)
# More past work without "déjà": "vous avez occupé un rôle d'architecte…", "tu as occupé une fonction d'encadrement",
# "vous avez (aussi) eu l'occasion de coder…", "vous avez l'habitude / pour habitude de travailler avec…", "vous avez
# évolué au sein d'un cabinet…", "vous avez travaillé dans la grande distribution", "ayant exercé en tant que…" (not the
# future "vous aurez l'occasion de…", "vous occuperez un rôle…": the job's own). The span stops at the clause's end.
_PAST_ROLE_RE = re.compile(
    r"(?<![\w])(?:vous\s+avez|tu\s+as|(?<=et\s)avez|avoir|ayant)\s+(?:(?:id[ée]alement|[ée]galement|aussi|d[ée]j[àa]|notamment)\s+)?"
    r"(?:occup[ée]\s+(?:un|une|des|plusieurs|le|la|les|ce|cette|ces)\s+(?:[\w-]+\s+)?(?:r[ôo]les?|postes?|fonctions?|positions?|emplois?)(?![\w])|"
    r"(?:d[ée]j[àa]\s+)?eu\s+l['’]occasion\s+d['e]\s*(?:vous\s+|te\s+|y\s+)?[a-zàâçéèêëîïôûùœ]{3,}(?:er|ir|re|oir)(?![\w])|"
    # (not a way of working: "l'habitude de travailler en équipe", "d'échanger avec…" are soft skills)
    r"(?:l['’]|pour\s+)habitude\s+d['e]\s*(?!(?:[ée]changer|communiquer|collaborer|dialoguer|interagir|coop[ée]rer|vous\s+adapter|t'adapter|"
    r"travailler\s+(?:en\s+(?:[ée]quipe|autonomie|bin[ôo]me|transverse|mode)|seul|de\s+mani[èe]re|avec\s+(?:des|les|d')\s*(?:[ée]quipes|interlocuteurs|personnes|clients|coll[èe]gues))))"
    r"(?:vous\s+|te\s+)?[a-zàâçéèêëîïôûùœ]{3,}(?:er|ir|re|oir)(?![\w])|"
    r"(?:travaill[ée]|[ée]volu[ée]|exerc[ée]|offici[ée])\s+(?:au\s+sein|dans|en|chez|comme|en\s+tant\s+qu|sur|pour|aupr[èe]s)(?![\w]))"
    r"(?:(?!,\s*(?:id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible|vous|tu|nous)(?![\w])|,?\s+(?:et|ou)\s+(?:vous|tu|souhaitez|souhaites|avez|as)\s)[^.\n?!;]){0,60}"
    r"(?<=[\w)])",
    re.I,
)
_PAST_ROLE_SCAN = GatedPattern(_PAST_ROLE_RE)
# "Un premier stage en industrie est apprécié", "Tu as au moins un stage en développement mobile", "Une première
# mission de déploiement serait un plus", "un premier projet en NLP (cours, stage ou projet personnel)": a first piece of
# work asked of the candidate (years null, as "Expérience de stage"), opening its clause or after a verb of having; not
# what the job offers ("pour un premier poste", "vous effectuerez un premier stage": no opening, a future).
_FIRST_WORK_RE = re.compile(
    r"(?:(?:^|(?<=[:;•*\n➜→✔▪·–-])|(?<=[:;•*\n➜→✔▪·–-]\s)|(?<=[.!?]\s)|(?<=\set\s))"
    r"(?:(?-i:U)ne?|une?)\s+premi(?:er|[èe]re)|(?:(?<=^)|(?<=[:;•*\n➜→✔▪·–-])|(?<=[:;•*\n➜→✔▪·–-]\s)|(?<=[.!?]\s)|(?<=\set\s))au\s+moins\s+une?|"
    r"(?:(?<=vous\savez\s)|(?<=tu\sas\s)|(?<=avoir\s)|(?<=ayant\s))(?:une?|des|au\s+moins\s+une?)(?:\s+premi(?:er|[èe]re)s?)?)"
    r"\s+(?:stages?|projets?|missions?|saisons?|alternances?|jobs?\s+d'[ée]t[ée])"
    r"(?:\s+ou\s+une?\s+(?:stages?|alternances?|projets?|missions?))?"
    r"\s+(?:(?:professionnel|significatif|r[ée]ussi)\w*\s+)?(?:en|dans|de|d'|au\s+sein|chez|sur|aupr[èe]s)(?![\w])[^.;:\n(),]{2,70}?"
    r"(?=\s*(?:[.;:\n(),]|\s(?:est|sont|serait|seraient|sera|constitue\w*|suffit|appr[ée]ci|souhait|requis|exig|indispensable|obligatoire|un\s+plus|à\s+votre|à\s+ton)(?![\w])|$))",
    re.I | re.M,
)
_FIRST_WORK_SCAN = GatedPattern(_FIRST_WORK_RE)
# Who "a déjà …" is said of: the candidate ("vous", "tu") or the profile sought ("le profil idéal", "le candidat").
_PROFILE_SUBJECT_RE = re.compile(r"(?<![\w])(?:le|la|du|ce|un|une)\s+(?:profil|candidat\w*|personne)(?![\w])(?![^.\n]{0,60}(?<![\w])qui\s+a\s+d)", re.I)
_PAST_SUBJECT_RE = re.compile(r"(?<![\w])(?:vous|tu|profil|candidat\w*|personne)(?![\w])", re.I)
# "Vous êtes habitué(e) aux chantiers de rénovation", "rompu aux négociations": a habit only experience gives.
_USED_TO_RE = re.compile(
    r"(?<![\w])(?:vous\s+[êe]tes|tu\s+es|[êe]tre)\s+(?:(?:d[ée]j[àa]|bien|tr[èe]s|parfaitement)\s+)?"
    r"(?:habitu[ée]|rompu|aguerri)(?:e|\(e\)|\.e|-e)?s?\s+(?:[àa]|aux|au)\s[^.\n;]{0,60}[\w)](?![\w])",
    re.I,
)
# "Vous venez de l'hôtellerie", "tu viens du secteur bancaire", "Issu(e) du monde de l'assurance, vous…": the
# background the candidate comes from (not "vous venez d'obtenir votre diplôme": an infinitive; not the founder's).
_BACKGROUND_RE = re.compile(
    # (also with an ideal between: "Vous venez idéalement de la distribution")
    r"(?<![\w])(?:(?:vous\s+venez|tu\s+viens)\s+(?:(?:id[ée]alement|de\s+pr[ée]f[ée]rence|plut[ôo]t)\s+)?(?:(?:du|des|de\s+la)\s+|(?:de\s+l|d)['’])(?![\w-]*(?:er|ir|re|oir)(?![\w]))"
    r"(?!(?:r[ée]gion|ville|commune|province|environs|alentours|coin|pays|[ée]tranger|nous|notre|un\s+autre\s+pays)(?![\w]))|"
    r"(?:(?:vous\s+[êe]tes|tu\s+es|[êe]tre|id[ée]alement)\s+issu(?:e|\(e\)|\.e)?s?|(?-i:I)ssu(?:\(e\)|\.e|·e)s?)\s+"
    # (the span stops before what qualifies the background: "(3 ans minimum …)", "avec 3 ans d'expérience", read apart)
    r"(?:du|des|de\s+la|de\s+l['’])\s*(?:monde|secteur|milieu|univers|domaine)(?![\w]))(?:(?!\s+(?:et|avec)\s)[^.\n;,?!(]){0,40}[\w)](?![\w])",
    re.I,
)
# "Vous êtes issu(e) de la banque ou de l'assurance": the sector itself, after the subject (not a school, a training
# or a place: those are the diploma's or nobody's); the list of sectors runs to the end of the clause.
_SECTOR_BACKGROUND_RE = re.compile(
    r"(?<![\w])(?:vous\s+[êe]tes|tu\s+es)\s+issu(?:e|\(e\)|\.e)?s?\s+(?:du|des|de\s+la|de\s+l['’])\s*"
    r"(?!(?:[ée]coles?|formations?|fili[èe]res?|cursus|universit[ée]s?|parcours|dipl[ôo]m\w*|master|licence|bac|"
    r"r[ée]gion|ville|commune|province|g[ée]n[ée]ration|immigration|famille|monde|secteur|milieu|univers|domaine)(?![\w]))"
    r"[a-zàâçéèêëîïôûù]{4,}(?:(?!\s+et\s+(?:vous|tu|[êe]tes|avez|souhaitez|recherchez)\s)[^.\n;?!]){0,60}?"
    r"(?=\s*[.\n;?!]|\s+et\s+(?:vous|tu|[êe]tes|avez|souhaitez|recherchez)\s|\s*$)",
    re.I,
)
# "Les profils issus de la recherche ou de l'industrie sont appréciés", "candidat(e)s issu(e)s du commerce": the
# backgrounds an ad welcomes (not a school or a training: the diploma's), up to the verb that grades them.
_PROFILE_BACKGROUND_RE = re.compile(
    r"(?<![\w])(?:(?:les\s+)?profils?|candidat(?:e|\(e\)|\.e)?s?)\s+issu(?:e|\(e\)|\.e)?s?\s+(?:du|des|de\s+la|de\s+l['’])\s*"
    r"(?!(?:[ée]coles?|formations?|fili[èe]res?|cursus|universit[ée]s?|parcours|dipl[ôo]m\w*|master|licence|bac|"
    r"r[ée]gion|ville|commune|province|g[ée]n[ée]ration|immigration|famille)(?![\w]))"
    r"[a-zàâçéèêëîïôûù]{4,}[^.\n;?!,]{0,60}?(?=\s*[.\n;?!,]|\s+(?:sont|seront|serait|est|seraient)\s|\s*$)",
    re.I,
)
_PROFILE_BACKGROUND_SCAN = GatedPattern(_PROFILE_BACKGROUND_RE)
# "Vous êtes un(e) professionnel(le) de la menuiserie", "tu es un pro de la vente": a trade the candidate already
# practises (not "les professionnels de santé que vous accompagnerez": no "vous êtes" before it).
_PROFESSIONAL_RE = re.compile(
    r"(?<![\w])(?:vous\s+[êe]tes|tu\s+es)\s+(?:un|une|un\(e\)|un\.e|un·e)\s+(?:v[ée]ritable\s+|vrai\s+|vraie\s+)?"
    r"(?:professionnel(?:le|\(le\)|\.le|·le)?|pro)\s+(?:de\s+la|de\s+l'|du|des|de)\s*[^.,;:!?\n]{3,40}",
    re.I,
)
_PROFESSIONAL_SCAN = GatedPattern(_PROFESSIONAL_RE)
# "10 ans d'expérience, dont plusieurs années en management": a second experience, its years unknown.
_SEVERAL_YEARS_RE = re.compile(
    # "quelques années d'expérience" is the same vague number of years
    r"(?<![\w])(?:plusieurs|quelques)\s+ann[ée]es\s*(?:d'exp[ée]rience|en\s|dans\s|sur\s|comme\s|au\s+sein)[^,.;\n]{0,60}", re.I
)
_SEVERAL_YEARS_ASKED_BEFORE_RE = re.compile(
    r"(?:(?<![\w])dont|vous\s+avez|tu\s+as|justifi\w+\s+d[e']|poss[ée]d\w+|avec|^|[:•*\n-])\s*$", re.I
)
# "une expérience solide (idéalement 5 ans)": the requirement and its ideal, two items with two strengths.
_IDEAL_IN_BRACKETS_BEFORE_RE = re.compile(r"\(\s*((?:id[ée]alement|de\s+pr[ée]f[ée]rence|si\s+possible)\s*,?\s*)$", re.I)
# (up to two words between: "une expérience professionnelle utile de 3 ans minimum")
_EXP_OF_BEFORE_RE = re.compile(r"exp[ée]riences?(?:\s+[\w-]+){0,2}?\s+d['e]\s*(?:au\s+moins|minimum|plus\s+d['e])?\s*$", re.I)
# "5 ans d'expérience dont 3 ans en Big Data": the second duration is an item of its own (the word is the first's).
_AMONG_BEFORE_RE = re.compile(r"(?<![\w])dont\s+(?:au\s+moins\s+|minimum\s+|plus\s+d['e]\s*)?$", re.I)
# "… dont 3 ans en achats IT et 2 ans en logiciel": the next duration of the same "dont" list is an item of its own too.
_AMONG_NEXT_BEFORE_RE = re.compile(
    r"(?<![\w])dont\s+(?:au\s+moins\s+|minimum\s+|plus\s+d['e]\s*)?\d{1,2}\s*(?:ans?|ann[ée]es?|mois)[^.;:\n\d]{0,60}"
    r"(?:,|\s+et|\s+ou)\s+(?:au\s+moins\s+|minimum\s+|plus\s+d['e]\s*)?$",
    re.I,
)
# The company told in numbers: "X est une ESN en croissance : 40 collaborateurs, +10 ans d'expérience…".
_COMPANY_DEFINITION_RE = re.compile(
    r"(?<![\w])(?:est|sommes|c'est)\s+(?:une?|l[ae]|l'|notre)\s*(?:[\w-]+\s+){0,2}?(?:ESN|soci[ée]t[ée]|entreprise|cabinet|"
    r"groupe|agence|acteur|leader|start-?up|PME|structure|organisme|association|r[ée]seau|[ée]diteur|bureau|SSII)(?![\w])",
    re.I,
)
# "Expérience en gestion de projet, idéalement dans le secteur bancaire", "une expérience cloud (idéalement Azure ou
# GCP)": an ideal that adds a domain, a sector or a technology to an experience is a second, preferred experience
# item (labelling guide, sixth sample). The span runs to the end of the clause: a closing parenthesis, a full stop,
# a semicolon, a blank line or a new list item; "idéalement 5 ans" is the durations' (above), "idéalement un Master",
# "idéalement certifié" are the other kinds'.
_IDEAL_CLAUSE_RE = re.compile(
    r"(?<![\w])(?:id[ée]alement|de\s+pr[ée]f[ée]rence|pr[ée]f[ée]rablement|si\s+possible|preferably|ideally)\s*,?\s+"
    r"(?!(?:de\s+)?(?:niveau|titulaire|dipl[ôo]m|bac|master|licence|certifi|form[ée]|\d|vous|tu|nous|la\s+ma[îi]trise|"
    r"(?:un|une|des)\s+(?:dipl|master|bac|formation|certif|licence|permis|exp[ée]rience)))"
    # a preposition ("dans le secteur public"), an experience "acquise en ESN", a name ("Azure"), or after a comma a
    # bare sector word ("en milieu industriel, idéalement aéronautique")
    # ("idéalement au rayon outillage", "idéalement aux urgences", "idéalement à l'export": a place or a department, not
    # "idéalement au moins 3 ans", read with the durations)
    r"(?:(?:(?:acquise?s?\s+)?(?:dans|en|sur|chez|au\s+sein|aupr[èe]s|in|within|at)|orient[ée]e?s?|issue?s?)(?![\w])|"
    r"(?:au|aux|[àa]\s+la|[àa]\s+l['’])(?=\s*[a-zàâçéèêëîïôûù])(?!\s*(?:moins|minimum|maximum|plus|niveau|mieux|moment|d[ée]but)(?![\w]))|(?-i:[A-Z])|"
    r"(?!(?:[\wàâçéèêëîïôûù]*(?:ment|ée?s?)|disponible|autonome|bilingue)(?![\w]))(?=[a-zàâçéèêëîïôûù]{4,}(?![\w']))(?P<bare>))"
    r"(?:(?!\n[ \t]*(?:\n|[-*•>➤]))[^.;)\n]|\n(?=[ \t]*[a-zàâçéèêëîïôûù])|\.(?=(?-i:[a-z0-9]))){1,90}",
    re.I,
)
_IDEAL_CLAUSE_SCAN = GatedPattern(_IDEAL_CLAUSE_RE)
# The same ideal written after its name, in a parenthesis: "Expérience des outils de déploiement (Jenkins de préférence)".
_IDEAL_AFTER_NAME_RE = re.compile(
    # also "(SAP BODS souhaité)", "(Jira apprécié)", "(Azure bienvenu)", "(GCP un plus)"
    r"\(\s*((?-i:[A-Z])[^()\n,;]{0,40}?\s+(?:de\s+pr[ée]f[ée]rence|id[ée]alement|si\s+possible|souhait[ée]e?s?|appr[ée]ci[ée]e?s?|"
    r"bienvenue?s?|(?:serait\s+)?un\s+(?:vrai\s+)?plus))\s*\)", re.I
)
_IDEAL_AFTER_NAME_SCAN = GatedPattern(_IDEAL_AFTER_NAME_RE)
# What a clause between an experience and its ideal may not name: the ideal would then qualify that requirement
# ("3 ans d'expérience et un Master, idéalement en data", "l'anglais, idéalement en contexte international").
_OTHER_REQUIREMENT_RE = re.compile(
    r"dipl[ôo]m|master|bachelor|\bbac\b|bac\s*\+|licence|formation|[ée]cole|universit|certifi|permis|anglais|fran[çc]ais|"
    r"n[ée]erlandais|allemand|espagnol|italien|langue|ma[îi]tris|connaiss",
    re.I,
)


# The rest of a heading line that only names the block: "(S) SOUHAITÉ(S) :", "/connaissances requises", "et intérêt :".
_LABEL_WORD = (
    r"(?:professionnel(?:le)?s?|souhait[ée]e?s?|requise?s?|exig[ée]e?s?|attendue?s?|demand[ée]e?s?|"
    r"n[ée]cessaires?|indispensables?|pr[ée]alables?|appr[ée]ci[ée]e?s?|minimum|min\.?|connaissances?|comp[ée]tences?|"
    r"formations?|int[ée]r[êe]ts?|savoir-faire|qualifications?|parcours|dipl[ôo]mes?|[ée]tudes?|profil)(?:\(s\)|\(e\)|\(e\)s)?"
)
# (each word after a separator of its own: no two ways to split a line, no backtracking blow-up on long lines)
# ("requise ou appréciée", and markdown's "**" closing a bold label)
_LABEL_ONLY_AFTER_RE = re.compile(rf"(?:\(s\))?(?:(?:\s*[/&,]\s*|\s+(?:(?:et|ou)\s+)?){_LABEL_WORD})*\s*:?\s*(?:\*\*\s*)?", re.I)
# "EXPÉRIENCES SOUHAITÉES : …": label words then a colon on the word's line
_LABEL_WORDS_COLON_RE = re.compile(rf"(?:\(s\))?(?:\s+(?:(?:et|ou)\s+)?{_LABEL_WORD})+\s*(?:\*\*\s*)?:", re.I)
# The value of "Expérience : …" on the same line, opening with a preposition (not a duration, a grade or a mention of
# its own, read apart), up to the end of its clause.
_LABEL_VALUE_AFTER_RE = re.compile(
    rf"(?:\(s\))?(?:\s+{_LABEL_WORD})*\s*(?:\([^)\n]{{0,20}}\)\s*)?:\s*(?:(?:dans|en|sur|avec|chez|au\s+sein|aupr[èe]s)\s|(?:stage|alternance)s?\s)[^.;,\n]{{3,90}}", re.I
)


_PAY_BEFORE_RE = re.compile(r"(?:selon|suivant|fonction\s+de)\s+(?:\S+\s+)?$", re.I)


def _next_line_text(text: str, pos: int) -> str:
    """The next non-blank line after `pos` (with the blank lines before it), or ""."""
    m = re.match(r"(?:[ \t]*\n)*[^\n]*", text[pos + 1 : pos + 400]) if pos < len(text) else None
    return m.group(0) if m else ""


def dur_in_months(dur: re.Match[str]) -> bool:
    return dur.group(3).lower().startswith(("mois", "month"))


def _number(raw: str) -> float:
    raw = re.sub(r"\s*d['’]$", " d'", raw.lower().replace(",", "."))
    return float(_NUMBERS[raw]) if raw in _NUMBERS else float(raw)


def _years(dur: re.Match[str]) -> float:
    years = _number(dur.group(1))
    return round(years / 12.0, 2) if dur.group(3).lower().startswith(("mois", "month")) else years


def _offered_as_a_question(text: str, layout: Layout, pos: int, before: str) -> bool:
    """"Une 1ère expérience ou peut-être le début de carrière au sein de l'institution ?", "Envie d'une première
    expérience dans la vente ?": what the job offers, asked as a question; "Vous avez une première expérience… ?"
    (a verb of having) is still asked of the candidate."""
    s0, e0 = layout.sentence_at(pos)
    return text[s0 : max(e0, pos)].rstrip().endswith("?") and not _HAVE_BEFORE_RE.search(before) and not re.search(
        r"(?<![\w])(?:vous\s+(?:avez|poss[ée]dez|justifiez|disposez)|tu\s+as)(?![\w])", text[s0:pos], re.I
    )


def _expertise_asked(text: str, layout: Layout, word: re.Match[str], dur: re.Match[str]) -> bool:
    """"- Expertise reconnue, minimum 5 ans" opens a profile item; "une expertise de 15 ans", "20 ans d'expertise",
    "nos atouts : expertise de l'eau (depuis plus de 80 ans)" are the employer's."""
    line = layout.line_at(word.start())
    return word.start() < dur.start() and text[line.start : word.start()].strip(" -*•>\t").lower() in ("", "une")


def _skill_level(text: str, layout: Layout, word: re.Match[str]) -> bool:
    """A level given to a tool in a skills list, not seniority asked of the person: "Power BI confirmé :",
    "Wallix - Confirmé", "SQL : expérimenté" (the guide labels no skill level). A line that recruits or names the
    post ("Poste : Comptable - confirmé") keeps it."""
    line = layout.line_at(word.start())
    head = text[line.start : word.start()]
    if _RECRUIT_BEFORE_RE.search(head) or re.search(r"poste|intitul|m[ée]tier|fonction", head, re.I):
        return False
    if re.match(r"\s*:", text[word.end() : line.end]):
        return True  # "Power BI confirmé :" labels the list below it
    # ("OMS - Confirmé - Souhaitable": a skills grid's level then the skill's importance)
    rest = text[word.end() : line.end].strip(" .;,)")
    return bool(re.search(r"\S\s*(?:[-–—:]|\(|niveau)\s*$", head)) and (not rest or bool(_IMPORTANCE_RE.fullmatch(rest)))


_IMPORTANCE_RE = re.compile(
    r"[-–—:/|(]\s*(?:souhaitable|souhait[ée]e?|imp[ée]ratif|important|appr[ée]ci[ée]e?|obligatoire|optionnel|facultatif|"
    r"indispensable|requise?|essentiel|un\s+plus|nice\s+to\s+have|must\s+have)\s*\)?",
    re.I,
)


def _someone_else_has(text: str, layout: Layout, s0: int, pos: int) -> bool:
    """"nous avons 30 ans d'expérience", "l'équipe a 15 ans…": a verb of having, its subject named before it on the
    line (not a list item that continues "On cherche quelqu'un qui :" / "- a 3 ans d'expérience")."""
    verb = _THIRD_PERSON_HAS_BEFORE_RE.search(text, max(s0, pos - 30), pos)
    return bool(verb) and bool(re.search(r"[^\W\d_]", text[layout.line_at(pos).start : verb.start()]))  # type: ignore[union-attr]


# A verb of having or of past work right before the years: "vous justifiez de 7 ans minimum dans…", "tu as 3 ans de
# métier", "vous avez occupé pendant au moins 3 ans un poste de…", "ayant travaillé 4 ans dans la logistique".
_HAD_BEFORE_RE = re.compile(
    r"(?<![\w])(?:vous\s+(?:avez|justifiez|disposez|poss[ée]dez|comptez|cumulez|totalisez)|tu\s+(?:as|justifies|disposes|poss[èe]des|comptes|cumules)|"
    # the person sought, in a relative clause: "On cherche quelqu'un qui a 3 ans minimum de vente en SaaS B2B", "un
    # profil qui justifie de 2 ans au moins en atelier" (not "une société qui a 20 ans": a person's noun before it)
    r"(?:quelqu['’]un|(?:une?\s+)?(?:personne|profil|candidat(?:e|\(e\))?|collaborat(?:eur|rice)(?:\(trice\))?))\s+qui\s+(?:a|poss[èe]de|justifie|dispose|cumule|compte|totalise)|"
    r"justifi(?:er|ant)|avoir|compter|disposer|poss[ée]der|ayant|cumul(?:er|ant)|totalis(?:er|ant))\s+"
    r"(?P<work>(?:d[ée]j[àa]\s+)?(?:travaill[ée]|exerc[ée]|occup[ée](?:\s+(?:un|ce|le)\s+(?:poste|r[ôo]le|fonction))?|[ée]volu[ée]|offici[ée]|"
    r"[œo]e?uvr[ée]|enseign[ée]|pratiqu[ée]|cod[ée]|d[ée]velopp[ée])\s+(?:pendant\s+|durant\s+)?)?(?:d['e]\s*)?$",
    re.I,
)
# "plus expérimenté·e (5 ans et plus)", "Confirmé (5 à 10 ans)": years glossing a grade.
_GRADE_GLOSS_BEFORE_RE = re.compile(
    r"(?:confirm|exp[ée]riment|s[ée]nior|chevronn|aguerri|d[ée]butant|junior)[\w()·.-]*\s*\(\s*$"
    # Round 18: the grade, its cue, then the years after a comma or a dash ("Expérimenté obligatoire, minimum 3 ans",
    # "Confirmé(e) – 5 ans minimum", "Profil senior : 8 ans au moins")
    r"|(?<![\w])(?:confirm|exp[ée]riment|s[ée]nior|chevronn|aguerri)[\w()·.-]*"
    r"(?:\s+(?:obligatoire|exig[ée]\w*|requis\w*|souhait[ée]\w*|indispensable|impératif))?\s*[,:–-]\s*$",
    re.I,
)


def _had_for(text: str, layout: Layout, dur: re.Match[str]) -> bool:
    """Years the candidate has, by a verb of having or of past work before them, spent on something named after them
    (not "vous avez 18 ans": an age)."""
    s0, _e0 = layout.sentence_at(dur.start())
    verb = _HAD_BEFORE_RE.search(text, max(s0, dur.start() - 70), dur.start())
    if not verb or dur.group(3).lower().startswith(("mois", "month")):
        return False
    if verb.group("work"):
        return True
    if _years(dur) >= 16:
        return False  # an age, whatever follows
    cue = re.match(r"(?:au\s+moins|(?:un\s+|au\s+)?minimum|min\.|plus\s+d|d'au)", dur.group(0), re.I) or re.search(
        r"(?:minimum|min\.?|au\s+moins|\+|plus)$", dur.group(0), re.I
    )
    return bool(
        _DOMAIN_AFTER_RE.match(text, dur.end())
        or _IN_A_ROLE_AFTER.match(text, dur.end())
        or re.match(r"\s*(?:de\s+(?:m[ée]tier|pratique|terrain|carri[èe]re)|d'anciennet[ée])(?![\w])", text[dur.end() : dur.end() + 20], re.I)
        or (cue and _WORK_OF_AFTER_RE.match(text, dur.end()))
    )


# "(5 ans minimum)", "(3 ans requis)" closing a skill line; "data : 3 ans (Requis)" as a skill's value.
_SKILL_BRACKET_AFTER_RE = re.compile(
    r"\s*(?:(?:requis|exig[ée]s?|souhait[ée]s?|minimum|min\.?|obligatoires?|indispensables?)\s*)?\)", re.I
)
_SKILL_VALUE_AFTER_RE = re.compile(
    r"\s*(?:minimum|min\.?)?\s*(?:\(\s*(?:requis|exig[ée]|souhait[ée]|obligatoire|indispensable|optionnel|facultatif|appr[ée]ci[ée]|un\s+plus|"
    r"required|preferred|nice\s+to\s+have|must\s+have)\s*\))",
    re.I,
)
_NOT_A_SKILL_RE = re.compile(
    r"(?:dur[ée]e|contrat|mission|p[ée]riode|cdd|cdi|stage|alternance|apprentissage|int[ée]rim|formation|[âa]ge|disponibilit|pr[ée]avis|"
    r"anciennet|garantie|engagement|remplacement|essai|salaire|r[ée]mun[ée]ration|horaire|t[ée]l[ée]travail|d[ée]lai|depuis|fond[ée]e?|cr[ée]{2}e?)",
    re.I,
)


def _years_on_a_skill(text: str, layout: Layout, dur: re.Match[str], line: Line) -> tuple[int, int] | None:
    """The span of a skill line's years — "C# .NET Core (5 ans minimum)", "data : 3 ans (Requis)" — from the skill
    (a short head on its line) to the bracket's end; None when the years are not read so (a contract's length, a
    month count, a long sentence)."""
    if dur.group(3).lower().startswith(("mois", "month")):
        return None
    head = text[line.start : dur.start()]
    opening = len(head) - len(head.lstrip(" -*•>\t→✔▪·–"))
    skill = head[opening:]
    cue = re.match(r"(?:au\s+moins|(?:un\s+|au\s+)?minimum|min\.|plus\s+d|d'au)", dur.group(0), re.I) or re.search(
        r"(?:minimum|min\.?|au\s+moins|\+|plus)$", dur.group(0), re.I
    )
    if not skill.strip() or len(skill) > 45 or _NOT_A_SKILL_RE.search(skill) or re.search(r"[.!?;](?:\s|$)", skill):
        return None
    bracket = re.search(r"\S\s*\(\s*$", skill)
    if bracket:
        close = _SKILL_BRACKET_AFTER_RE.match(text, dur.end())
        if close and (cue or re.search(r"\w", close.group(0))):
            return line.start + opening, close.end()
        return None
    label = re.search(r"\S\s*:\s*$", skill)
    if label:
        value = _SKILL_VALUE_AFTER_RE.match(text, dur.end())
        if value:
            return line.start + opening, value.end()
    return None


def _asked_alone(text: str, layout: Layout, dur: re.Match[str], line: Line) -> bool:
    """A duration asked without the word "expérience", by its place.

    - A form block: the duration is the whole line and the label above it names experience ("Niveau d'expérience
      min. requis" / "Plus de 3 ans").
    - A list item or line of the profile section that opens with a minimum ("- Minimum 5 ans en développement
      IA", "Au moins 3 ans sur des projets similaires"), not a contract's length ("CDD de 6 mois").
    """
    # "… derrière toi/vous": years the candidate has behind them ("10 ans de chantier derrière vous"), wherever they sit
    if _BEHIND_YOU_AFTER_RE.match(text, dur.end()):
        return True
    before = text[line.start : dur.start()].strip(" -*•>\t")
    # "Ancienneté souhaitée : 2 ans dans la fonction": a form's label for seniority in the trade
    if re.search(r"(?:^|[.;]\s*)anciennet[ée][^:\n.]{0,30}:$", before, re.I):
        return True
    # "Votre profil : CAP couvreur, au moins 5 ans sur les toits": a minimum spent somewhere, next to the label's
    # other items
    if (
        re.search(r",\s*$", before)
        and _ASKING_LABEL_RE.search(text, line.start, dur.start())
        and re.match(r"(?:au\s+moins|minimum|min\.|au\s+minimum|un\s+minimum|plus\s+d|at\s+least)|\d+\s*\+", dur.group(0), re.I)
        and _DOMAIN_AFTER_RE.match(text, dur.end())
    ):
        return True
    # Round 17: "Vous avez un CAP Cuisine …, et au moins 3 saisons en restauration gastronomique", "tu as le permis C et
    # minimum 2 ans sur porteur": a minimum spent somewhere, joined to what the candidate has
    if (
        re.search(r"(?:,|(?<![\w])et)\s*$", before)
        and re.match(r"(?:au\s+moins|minimum|au\s+minimum|un\s+minimum|plus\s+d|at\s+least)", dur.group(0), re.I)
        and _DOMAIN_AFTER_RE.match(text, dur.end())
        and _CANDIDATE_HAS_RE.search(text, layout.sentence_at(dur.start())[0], dur.start())
    ):
        return True
    # a list item's marker ("2)", "→", "✔") or a clause opening after a label or a full stop ("PROFIL : Bac+3. 3 ans
    # min en DevOps") puts the duration at the head of its item as a line start does
    if before and not _ITEM_HEAD_BEFORE_RE.search(before):
        return False
    if not text[dur.end() : line.end].strip(" .;"):
        i = bisect.bisect_right([ln.start for ln in layout.lines], line.start) - 2
        while i >= 0 and not layout.lines[i].text.strip():
            i -= 1
        label = layout.lines[i].text.strip() if i >= 0 else ""
        return len(label) <= 60 and not re.search(r"[.!?]$", label) and bool(_EXP_WORD_RE.search(label))
    cue = re.match(r"(?:au\s+moins|minimum|min\.|au\s+minimum|un\s+minimum|plus\s+d|at\s+least)", dur.group(0), re.I) or re.search(
        r"(?:minimum|min\.?|au\s+moins)$", dur.group(0), re.I
    )
    # "- 7+ ans en Data Engineering": a list item opening with "N+ ans" asks a minimum wherever its heading was lost.
    plus_item = bool(re.search(r"\d\s*\+", dur.group(0))) and bool(re.match(r"\s*[-*•>]", text[line.start : dur.start()]))
    # "- 4+ years of iOS development", "- 3-5 years of modern C++", "- 2+ years deploying models": an English list
    # item opening with years asks them wherever its heading is (English years name no contract in these ads)
    if (
        re.search(r"years?|yrs?", dur.group(3), re.I)
        and (plus_item or cue or dur.group(2) is not None)
        and re.match(r"\s*(?:of\s+(?!age)[\w+#.-]{2,}|(?:in|with|as|on|within|building|working|developing|deploying|designing|leading|managing|shipping|running|doing)\s)", text[dur.end() : dur.end() + 40], re.I)
    ):
        return True
    # "- 2 à 3 ans en agence": a range of years heading a profile item asks them as a minimum does
    # (a line whose label asks — "Ce que nous attendons : min. 2 ans en Go", "Ce qu'il te faut : 3 ans min de Python" —
    # reads as the profile section does)
    profile = line.section == "profile" or bool(_ASKING_LABEL_RE.search(text, line.start, dur.start()))
    ranged = dur.group(2) is not None and profile
    # Round 21: a profile line that is only years spent somewhere, "5 ans en cabinet ou direction générale", "2 ans
    # chez un concurrent": the section asks them without a minimum word
    if not before and line.section == "profile" and dur.group(1)[0].isdigit() and re.match(r"an", dur.group(3), re.I) and _years(dur) <= 15 and _DOMAIN_AFTER_RE.match(text, dur.end()):
        return True
    if (bool(cue) and profile or plus_item or ranged) and bool(_DOMAIN_AFTER_RE.match(text, dur.end())):
        return True
    # "- Au moins 2 ans de conduite de pelle", "7+ ans de dev PHP": with a minimum, "de" names the work done too
    # (Round 17: and a range heading a profile item, "🔹 2-4 ans de sales B2B")
    return (bool(cue) or plus_item or ranged) and profile and bool(_WORK_OF_AFTER_RE.match(text, dur.end()))


_CANDIDATE_HAS_RE = re.compile(
    r"(?<![\w])(?:vous\s+(?:avez|justifiez|disposez|poss[ée]dez|cumulez)|tu\s+(?:as|justifies|disposes|poss[èe]des|cumules))(?![\w])", re.I
)
_ASKING_LABEL_RE = re.compile(
    r"(?:attend|cherch|faut|profil|demand|requis|exig|besoin|looking\s+for|require|about\s+you|you\s+bring|you\s+have)[^:\n]{0,25}:"
    # Round 21: the candidate as a label, "Vous : bachelier en comptabilité. 3 à 5 ans en fiduciaire", "🎯 Toi : 3+ ans de …"
    r"|(?<![\w])(?:vous|toi|you)\s*:", re.I
)


# The head of an item before a duration: a marker ("2)", "→", "✔", "1 -") or the end of a label or of a sentence.
# (Round 17: also the emoji bullets of job boards, "🔹 2-4 ans de sales B2B")
_ITEM_HEAD_BEFORE_RE = re.compile(r"(?:^(?:\d{1,2}\s*[).:-]|[→✔✅▪·–—»➜➔◆●✓🔹🔸👉])|[:.;!?]\s*[-*•>→✔▪]?)\s*[-*•>]?\s*$")
_BEHIND_YOU_AFTER_RE = re.compile(r"\s*(?:de\s+|d')?[^.;:,\n]{0,40}?\s+derri[èe]re\s+(?:toi|vous)(?![\w])", re.I)
# "de conduite de pelle", "de dev PHP", "de Python en prod": the work itself after "N ans de" (not a contract, a
# training, the firm's age: see _NOT_EXPERIENCE_AFTER, checked before)
_WORK_OF_AFTER_RE = re.compile(r"\s*(?:de\s+(?!(?:travail|vie|carri[èe]re|l'entreprise|la\s+soci[ée]t[ée])(?![\w]))|d'(?!(?:anciennet|existence|[âa]ge)))[\w'-]{2,}", re.I)
# "5 ans en développement", "3 ans sur des projets Power BI", "2 ans dans la finance": what the duration was spent on.
# ("5+ years in B2B sales", "at least 2 years as …", "3+ years building web applications": English lines)
_DOMAIN_AFTER_RE = re.compile(r"\s*,?\s*(?:en|dans|sur|chez|comme|au\s+sein|in|with|as|within|building|working|developing|leading|managing)\s+(?!(?:cdi|cdd|alternance|apprentissage|interim|intérim|stage|contrat)\b)", re.I)

# "Débutant" alone, singular, said of the person sought: a title ("Consultant Débutant Data Analyst"), a list item or
# the value of an experience label ("- Débutant", "Expérience : Débutant ou 2 à 5 ans"), "un profil débutant", "nous
# recherchons un Analyste programmeur débutant", "vous êtes …, débutant(e) curieux(se) ou …", "jeune diplômé ou
# débutant": a beginner is taken on (0, optional, as "débutant accepté"). The plural names other people ("former les
# techniciens débutants", "cours pour débutants"), a level or a scale is a skill's ("niveau débutant", "débutant à
# confirmé").
_BEGINNER_WORD_RE = re.compile(r"(?<![\w])d[ée]butant(?:e|\(e\)|[.·-]e(?![.·]?s))?(?![\w])", re.I)
_BEGINNER_SCALE_AFTER_RE = re.compile(
    r"\s*(?:[àa]|au|jusqu'[àa]|-|/|–|>)\s*(?:confirm|interm|avanc|expert|exp[ée]riment|s[ée]nior|moyen|ma[îi]tris|courant)", re.I
)
_BEGINNER_NOT_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:niveau|level|cours|formations?|ateliers?|modules?|classes?|sessions?|groupes?|public|pour|le|la|les|des|aux|au|"
    r"nos|vos|ces|ce|chaque|tout|tou(?:te)?s\s+les)\s+(?:[\w-]+\s+)?|[àa]\s+)$",
    re.I,
)
_BEGINNER_PERSON_BEFORE_RE = re.compile(
    r"(?:(?<![\w])(?:profil|candidat(?:e|\(e\))?)\s+|"
    r"(?<![\w])(?:vous\s+[êe]tes|tu\s+es|soyez|sois)\s+(?:[^.;:!?\n]{0,60}?[,\s])?|"
    r"(?:recherch|recrut|cherch|engag|embauch)\w*\s+(?:un|une|un\(e\)|un\.e|un·e)\s+(?:[\w'()·.-]+\s+){1,3}|"
    r"(?:junior|dipl[ôo]m[ée]\S*|sortie?\s+d'[ée]cole|stagiaire|alternant\S*)\s*(?:ou|/|,)\s*|"
    r"(?:accessible|ouvert|id[ée]al|adapt[ée]|convient)\S*\s+(?:[àa]|pour)\s+(?:un|une)\s+(?:profil\s+)?)$",
    re.I,
)
_BEGINNER_LABEL_RE = re.compile(r"(?:exp[ée]riences?|profil|niveau\s+d['’]\s*exp[ée]rience|s[ée]niorit[ée])[^:\n]{0,30}:", re.I)


def _beginner_asked(text: str, layout: Layout, m: re.Match[str], field: str) -> bool:
    """Whether a singular "débutant" names the person sought (see _BEGINNER_WORD_RE)."""
    line = layout.line_at(m.start())
    head = text[line.start : m.start()]
    before = head[-80:]
    if _BEGINNER_SCALE_AFTER_RE.match(text, m.end()) or re.search(r"(?:de|du)\s+$", before, re.I):
        return False  # "débutant à confirmé", "de débutant à expert": a scale
    if re.match(r"\s*\(\s*(?:de\s+|entre\s+|moins\s+d['e]\s*)?\d", text[m.end() : m.end() + 30]):
        return False  # "Débutant (1 à 5 ans d'expérience)": a form's grade glossed by years, the years are the item
    if _BEGINNER_PERSON_BEFORE_RE.search(before):
        return True
    if _BEGINNER_NOT_BEFORE_RE.search(before):
        return False
    if field == "title":
        return True
    opening = head.strip(" -*•>\t→✔▪·–")
    return not opening or bool(_BEGINNER_LABEL_RE.fullmatch(opening))


# Whole-text scans, tried only where their literal prefixes occur (fastscan.py): same matches.
_BEGINNER_WORD_SCAN = GatedPattern(_BEGINNER_WORD_RE)
_BEGINNER_SCAN = GatedPattern(_BEGINNER_RE)
_EXPERTISE_SCAN = GatedPattern(_EXPERTISE_RE)
_EXP_WORD_SCAN = GatedPattern(_EXP_WORD_RE)
_SENIOR_WORD_SCAN = GatedPattern(_SENIOR_WORD_RE)
_SENIORITY_SCAN = GatedPattern(_SENIORITY_RE)
_SEVERAL_YEARS_SCAN = GatedPattern(_SEVERAL_YEARS_RE)
_WHATEVER_EXPERIENCE_SCAN = GatedPattern(_WHATEVER_EXPERIENCE_RE)
_USED_TO_SCAN = GatedPattern(_USED_TO_RE)
_BACKGROUND_SCAN = GatedPattern(_BACKGROUND_RE)
_SECTOR_BACKGROUND_SCAN = GatedPattern(_SECTOR_BACKGROUND_RE)


# Round 18: seniority asked as a condition of the post (Belgian public and teaching ads): "au moins 5 ans d'ancienneté
# dans l'enseignement", "minimum 3 ans d'ancienneté de service", "compter une ancienneté de service de 7 ans",
# "justifier d'une ancienneté minimale de 4 ans". A minimum word or a condition verb says it is asked; the pay scale's
# seniority ("reprise d'ancienneté jusqu'à 10 ans", "prime d'ancienneté"), the staff's ("une ancienneté moyenne de
# 12 ans") and the company's are not.
_SENIORITY_YEARS_RE = re.compile(
    r"(?<![\w])(?:au\s+moins|minimum|min\.|un\s+minimum\s+de)\s+(" + _NUM + r")\s+(?:ans?|ann[ée]es?)\s+d['’]anciennet[ée](?:\s+de\s+service)?"
    r"|(?<![\w])anciennet[ée](?:\s+de\s+service|\s+de\s+fonction|\s+utile)?(?:\s+(?:minimale|requise|minimum))?\s+"
    r"(?:de|d['’]au\s+moins|d['’]un\s+minimum\s+de|minimum\s+de)\s+(" + _NUM + r")\s+(?:ans?|ann[ée]es?)(?![\w])",
    re.I,
)
_SENIORITY_YEARS_SCAN = GatedPattern(_SENIORITY_YEARS_RE)  # whole-text scan, tried only where it can match (fastscan.py)
_SENIORITY_ASKED_BEFORE_RE = re.compile(
    r"(?:compter|justifier|avoir|poss[ée]der|disposer|vous\s+(?:comptez|justifiez|avez|poss[ée]dez|disposez)|"
    r"tu\s+(?:comptes|justifies|as)|conditions?|exig[ée]e?|requise?)\W+(?:\w+\W+){0,3}$",
    re.I,
)
_SENIORITY_PAY_BEFORE_RE = re.compile(r"(?:reprise|prime|bar[èe]me|valoris\w+|pécuniaire|moyenne|jusqu)\W+(?:\w+\W+){0,2}$", re.I)


def _seniority_asked(text: str, found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in _SENIORITY_YEARS_SCAN.finditer(text):
        if any(x.start < m.end() and m.start() < x.end for x in found):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _SENIORITY_PAY_BEFORE_RE.search(before) or re.search(r"moyenne|pécuniaire|barème", m.group(0), re.I):
            continue
        minimum = m.group(1) is not None or re.search(r"minim|au\s+moins|requise", m.group(0), re.I)
        if not (minimum or _SENIORITY_ASKED_BEFORE_RE.search(before)):
            continue
        years = _number(m.group(1) or m.group(2))
        out.append(Mention("experience", m.start(), m.end(), {"years": years}, family="experience"))
    return out


def find_experience(
    text: str, layout: Layout, first_experience_years: float = 0.5, lowered: str | None = None, field: str = "description"
) -> list[Mention]:
    low = fold(text) if lowered is None else lowered
    found: list[Mention] = []
    used_words: set[int] = set()
    beginner_spans: list[tuple[int, int]] = []
    for m in _NO_BEGINNERS_SCAN.finditer(text, low):
        beginner_spans.append((m.start(), m.end()))
        found.append(Mention("experience", m.start(), m.end(), {"years": None}, forced_strength="required", family="experience"))
    for m in _BEGINNER_SCAN.finditer(text, low):
        if any(a <= m.start() < b for a, b in beginner_spans):
            continue  # "sans expérience s'abstenir": refused, read above
        beginner_spans.append((m.start(), m.end()))
        found.append(Mention("experience", m.start(), m.end(), {"years": 0.0}, forced_strength="optional", family="experience"))
    for m in [*_WELCOME_SCAN.finditer(text, low), *_NOR_EXPERIENCE_SCAN.finditer(text, low)]:
        if any(a < m.end() and m.start() < b for a, b in beginner_spans):
            continue  # "Débutants acceptés", read above
        head = _WELCOME_HEAD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        start = head.start() if head else m.start()  # "les", "Les candidatures de" before the noun
        beginner_spans.append((start, m.end()))
        found.append(Mention("experience", start, m.end(), {"years": 0.0}, forced_strength="optional", family="experience"))
    # Round 18: the welcome said by the employer's verb before the noun ("nous étudierons les candidatures de débutantes
    # motivées", "nous examinerons aussi les profils de jeunes diplômés", "nous acceptons les débutants")
    for m in _WELCOME_VERB_SCAN.finditer(text, low):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        if any(a < m.end(g) and m.start(g) < b for a, b in beginner_spans):
            continue
        beginner_spans.append((m.start(g), m.end(g)))
        found.append(Mention("experience", m.start(g), m.end(g), {"years": 0.0}, forced_strength="optional", family="experience"))
    # "Master ingénieur industriel ou équivalent par expérience", "ou équivalence par l'expérience": the experience that
    # stands for the diploma, an item of its own in the diploma's group (the guide's "ou expérience équivalente")
    for m in _EQUIVALENT_BY_EXPERIENCE_SCAN.finditer(text, low):
        beginner_spans.append((m.start(), m.end()))
        # (the diploma's family: it chains with the diploma it stands for, alternatives.py)
        found.append(Mention("experience", m.start(), m.end(), {"years": None}, family="diploma"))
    for m in _SELF_TAUGHT_ALTERNATIVE_SCAN.finditer(text) if _SELF_TAUGHT_GATE_RE.search(low) else ():
        a, b = m.span("alt")
        if any(x < b and a < y for x, y in beginner_spans):
            continue
        beginner_spans.append((a, b))
        found.append(Mention("experience", a, b, {"years": None}, family="diploma"))
    for m in _WHATEVER_EXPERIENCE_SCAN.finditer(text, low):
        beginner_spans.append((m.start(1), m.end(1)))
        found.append(Mention("experience", m.start(1), m.end(1), {"years": 0.0}, forced_strength="optional", family="experience"))
    for m in _BEGINNER_WORD_SCAN.finditer(text, low):
        if any(a <= m.start() < b for a, b in beginner_spans) or not _beginner_asked(text, layout, m, field):
            continue
        beginner_spans.append((m.start(), m.end()))
        found.append(Mention("experience", m.start(), m.end(), {"years": 0.0}, forced_strength="optional", family="experience"))
    for m in _WELCOME_QUESTION_SCAN.finditer(text, low):
        if any(a < m.end() and m.start() < b for a, b in beginner_spans):
            continue  # "Tu es débutant ? On te forme", "Pas d'expérience ? Pas grave": the item read above
        beginner_spans.append((m.start(), m.end()))
        found.append(Mention("experience", m.start(), m.end(), {"years": 0.0}, forced_strength="optional", family="experience"))
    exp_words = [
        w
        for w in _EXP_WORD_SCAN.finditer(text, low)
        if not any(a <= w.start() < b for a, b in beginner_spans)
        # "la plateforme 3DEXPERIENCE": a capitalised name glued to another, not a word that lost its space
        and not (w.start() > 0 and text[w.start() - 1].isalnum() and w.group(0).isupper())
    ]
    pairing_words = sorted(exp_words + list(_EXPERTISE_SCAN.finditer(text, low)), key=lambda w: w.start())

    pairs: list[tuple[int, int, re.Match[str], re.Match[str] | None]] = []
    accepted: list[int] = []  # the durations read as experience so far
    for d in _DURATION_RE.finditer(text):
        age_before = _DURATION_AGE_BEFORE.search(text, max(0, d.start() - 25), d.start())
        if not age_before and d.group(2) is not None and not re.search(r"min|au\s+moins|plus", d.group(0), re.I):
            age_before = _PUBLIC_AGE_BEFORE.search(text, max(0, d.start() - 25), d.start())
        if age_before and age_before.group(0).lower().startswith("entre") and (
            _EXP_AFTER_RE.match(text, d.end()) or _BEHIND_YOU_AFTER_RE.match(text, d.end())
        ):
            age_before = None  # "entre 3 et 5 ans d'expérience", "entre 2 et 5 ans de BI derrière toi"
        # "une expérience professionnelle de plus de 2 ans au sein d'une ESN": the word before the duration says
        # what it measures, whatever follows
        exp_of = _EXP_OF_BEFORE_RE.search(text, max(0, d.start() - 45), d.start())
        had = _had_for(text, layout, d)
        # "vous justifiez d'un an d'ancienneté dans un poste similaire": seniority the candidate has is experience
        seniority_had = (
            had
            and re.match(r"\s*d'anciennet[ée]", text[d.end() : d.end() + 16], re.I)
            # (the candidate's: "les agents ayant un an d'ancienneté" are the staff)
            # (Round 21: also the condition's infinitive, "et avoir 7 ans d'ancienneté de service", "compter 5 ans d'ancienneté")
            and re.search(r"(?<![\w])(?:vous|tu|justifi\w*|avoir|compter|poss[ée]der)\s+(?:\w+\s+)?(?:d['e]\s*)?$", text[max(0, d.start() - 30) : d.start()], re.I)
        )
        # "Fort d'une expérience de 45 ans, l'équipe…", "Nous offrons une expérience enrichissante de 6 mois": the
        # employer's years (25 and more are never asked) or what the job offers; the word goes with them
        if exp_of and (
            (_years(d) >= 25 and not dur_in_months(d))
            or re.search(r"exp[ée]riences?\s+(?:enrichissante|unique|humaine|stimulante|formatrice|inoubliable|passionnante|valorisante|exceptionnelle|clients?|utilisateurs?)", exp_of.group(0), re.I)
        ):
            used_words.update(w.start() for w in exp_words if exp_of.start() <= w.start() < d.start())
            continue
        # "expérience utile valorisable jusqu'à 10 ans dans le barème", "ancienneté reprise à concurrence de 6 ans": the
        # years the pay scale counts, not years asked
        if _PAY_SCALE_BEFORE_RE.search(text, max(0, d.start() - 40), d.start()) or _PAY_SCALE_AFTER_RE.match(text, d.end()):
            continue
        # "brut annuel sur 12 mois", "versée sur 13 mois": the pay's months
        if dur_in_months(d) and re.search(r"(?<![\w])sur\s+$", text[max(0, d.start() - 6) : d.start()], re.I) and 12 <= _number(d.group(1)) <= 15:
            continue
        if (_NOT_EXPERIENCE_AFTER.match(text, d.end()) and not exp_of and not seniority_had) or age_before:
            continue
        # "Vous devez avoir plus de 18 ans", "avoir 18 ans minimum": an age, even under a heading that names experience
        if (
            not exp_of
            and not dur_in_months(d)
            and _years(d) >= 16
            and _AGE_VERB_BEFORE_RE.search(text, max(0, d.start() - 20), d.start())
            and not _EXP_AFTER_RE.match(text, d.end())
            and not _TRADE_AFTER_RE.match(text, d.end())
        ):
            continue
        # "CDD de 3 ans, rémunération selon expérience": the contract's length, not years asked (unless its own word
        # follows: "stage de 6 mois d'expérience")
        if not exp_of and not _EXP_AFTER_RE.match(text, d.end()) and _CONTRACT_LENGTH_BEFORE_RE.search(text, max(0, d.start() - 40), d.start()):
            continue
        s0, e0 = layout.sentence_at(d.start())
        if _COMPANY_HISTORY_BEFORE.search(text, max(s0, d.start() - 25), d.start()) and not _CANDIDATE_WORD_RE.search(text, s0, e0):
            own_word = _EXP_AFTER_RE.match(text, d.end())
            if own_word:
                used_words.update(w.start() for w in exp_words if d.end() <= w.start() < own_word.end())
            continue  # "une entreprise riche de 20 ans d'expérience"
        if _COMPANY_DEFINITION_RE.search(text, s0, d.start()) and not _CANDIDATE_WORD_RE.search(text, s0, e0) and not re.search(
            r"recherch|recrut|profil|poste|exig|requis|minimum", text[s0:e0], re.I
        ):
            own_word = _EXP_AFTER_RE.match(text, d.end())
            if own_word:
                used_words.update(w.start() for w in exp_words if d.end() <= w.start() < own_word.end())
            continue  # the company's own years, not asked
        # "L'équipe a 15 ans d'expérience cumulée", "nous avons plus de 40 ans d'expérience", "(plus de 60 ans
        # d'expérience)" beside the firm's name: the employer's or a team's years, not asked of the candidate
        # (25 years and more are never asked: the firm's age, even in a sentence that recruits)
        own_after = _EXP_AFTER_RE.match(text, d.end())
        if own_after and (_years(d) >= 25 and not dur_in_months(d) or not _CANDIDATE_WORD_RE.search(text, s0, e0)) and (
            _years(d) >= 25
            or not re.search(r"(?<![\w])(?:profil|poste|recherch|recrut|exig|requis)", text[s0:e0], re.I)
            and (
                # (a verb with a subject before it on the line: "- a 3 ans d'expérience" continues "quelqu'un qui :")
                _someone_else_has(text, layout, s0, d.start())
                or _TEAM_TOTAL_AFTER_RE.match(text, own_after.end())
            )
        ):
            own_word = _EXP_AFTER_RE.match(text, d.end())
            if own_word:
                used_words.update(w.start() for w in exp_words if d.end() <= w.start() < own_word.end())
            continue
        # "nous avons 20 ans de métier", "l'artisan a 10 ans de métier et vous formera": the employer's or a colleague's
        # years in the trade (25 and more are never asked)
        if _TRADE_AFTER_RE.match(text, d.end()) and (
            (_years(d) >= 25 and not dur_in_months(d)) or _someone_else_has(text, layout, s0, d.start())
        ):
            continue
        # "un minimum de 5 ans d'expertise" is asked; "Avec 20 ans d'expertise, notre bureau…" is the employer's: the
        # word "expertise" counts only with a minimum or in a sentence about the candidate
        if own_after and own_after.group(0).lower().endswith("expertise") and not (
            _CANDIDATE_WORD_RE.search(text, s0, e0) or re.match(r"(?:un\s+|au\s+|d')?(?:minimum|min\.?|au\s+moins)", d.group(0), re.I)
        ):
            continue
        # "nos 15 ans d'expérience", "leurs 10 ans de métier": the employer's or someone else's years
        if re.search(r"(?<![\w])(?:nos|notre|leurs?|ses)\s+(?:plus\s+de\s+)?$", text[max(0, d.start() - 20) : d.start()], re.I):
            continue
        ideal = _IDEAL_IN_BRACKETS_BEFORE_RE.search(text, max(0, d.start() - 25), d.start())
        if ideal and not _EXP_AFTER_RE.match(text, d.end()) and any(s0 <= w.start() < d.start() for w in exp_words):
            found.append(Mention("experience", ideal.start(1), d.end(), {"years": _years(d)}, family="experience"))
            continue
        window = [
            w
            for w in pairing_words
            # (its own word right after it, even past a sentence cut the splitter made at "Min.")
            if (s0 <= w.start() < max(e0, d.end()) or (own_after is not None and d.end() <= w.start() < own_after.end()))
            and abs(w.start() - d.start()) < 90
            and (
                not _EXPERTISE_RE.fullmatch(w.group(0))
                or _expertise_asked(text, layout, w, d)
                or (own_after is not None and d.end() <= w.start() < own_after.end())
            )
            # "12 mois (selon expérience)": the pay's word, not the duration's
            and not _PAY_BEFORE_RE.search(text, max(0, w.start() - 25), w.start())
            # "Expérience : Débutant ou 2 à 5 ans": the label belongs to the beginner item, the years stand alone
            and not any(min(w.end(), d.end()) <= a < max(w.start(), d.start()) for a, _b in beginner_spans)
            # "… Bac pro avec expérience.3 ans minimum en maintenance": a sentence glued to the next where markup was
            # stripped ends at the word, the years open the next item
            and not (w.end() <= d.start() and re.fullmatch(r"\s*[.;!?]\s*", text[w.end() : d.start()]))
        ]
        line = layout.line_at(d.start())
        heading_says_experience = any(
            span and re.search(r"exp[ée]rience", text[span[0] : span[1]], re.I)
            for span in (line.inline_heading, line.governing_heading)
        )
        in_a_role = (
            bool(_IN_A_ROLE_AFTER.match(text, d.end()) or _TRADE_AFTER_RE.match(text, d.end()) or _ACTIVITY_AFTER_RE.match(text, d.end())
                 # (not under the offer's heading: "Avantages : au moins 2 ans en télétravail partiel")
                 or (
                     _MINIMUM_CUE_RE.search(d.group(0))
                     and (_MINIMUM_IN_DOMAIN_AFTER_RE.match(text, d.end()) or _WORK_OF_AFTER_RE.match(text, d.end()))
                     and line.section != "offer"
                     and not _EMPLOYER_SUBJECT_RE.search(text, s0, d.start())
                 )
                 or (_WORK_THEN_MINIMUM_AFTER_RE.match(text, d.end()) and line.section != "offer" and not _EMPLOYER_SUBJECT_RE.search(text, s0, d.start()))
                 # "(2 saisons min.)", "minimum 3 saisons": seasons with a minimum are worked seasons, not a contract
                 or (re.match(r"saison|[ée]t[ée]", d.group(3), re.I) and _MINIMUM_CUE_RE.search(d.group(0)) and line.section != "offer"))
            and not _CONTRACT_BEFORE.search(text, max(0, d.start() - 40), d.start())
            and not _FUTURE_PLAN_RE.search(text, s0, d.start())
        )
        # "5 ans d'XP", "3-5 ans dexp", "5 ans exp.", "exp. 5 ans": the word abbreviated, one item with the duration
        abbr_after = _ABBREV_AFTER_RE.match(text, d.end())
        abbr_before = _ABBREV_BEFORE_RE.search(text, max(0, d.start() - 40), d.start())
        if abbr_after or abbr_before:
            start = abbr_before.start() if abbr_before else d.start()
            found.append(Mention("experience", start, abbr_after.end() if abbr_after else d.end(), {"years": _years(d)}, family="experience"))
            accepted.append(d.start())
            continue
        among = bool(
            _AMONG_BEFORE_RE.search(text, max(0, d.start() - 25), d.start())
            or _AMONG_NEXT_BEFORE_RE.search(text, max(0, d.start() - 110), d.start())
        )
        # "7+ ans de dev PHP, dont 2 ans en lead technique": a "dont" duration after years already asked in the sentence
        if among and (window or heading_says_experience or any(s0 <= a < d.start() for a in accepted)):
            pairs.append((-2, d.start(), d, None))
            accepted.append(d.start())
            continue
        # "- C# .NET Core (5 ans minimum)", "- data : 3 ans (Requis)": years a skill line asks, one item with the skill
        on_skill = None if window else _years_on_a_skill(text, layout, d, line)
        if on_skill:
            found.append(Mention("experience", on_skill[0], on_skill[1], {"years": _years(d)}, family="experience"))
            accepted.append(d.start())
            continue
        if (
            not window
            and not heading_says_experience
            and not in_a_role
            and not had
            and not _GRADE_GLOSS_BEFORE_RE.search(text, max(0, d.start() - 30), d.start())
            # "Lead Developer PHP – 7+ ans", "Engineer (H/F) – min. 4 ans": a minimum in a title
            and not (field == "title" and re.search(r"min|\+|au\s+moins|plus\s+d|et\s+plus", d.group(0), re.I))
            # "min. 2 ans en Go ou 4 ans sur un autre langage": years joined to years already asked, spent elsewhere
            and not (
                any(line.start <= a < d.start() and d.start() - a <= 80 and not re.search(r"[;!?]|\.\s+(?-i:[A-Z])", text[a : d.start()]) for a in accepted)
                and re.search(r"(?:,|\s(?:ou|et|or|and))\s*$", text[max(0, d.start() - 6) : d.start()], re.I)
                and _DOMAIN_AFTER_RE.match(text, d.end())
            )
            and not _asked_alone(text, layout, d, line)
        ):
            continue
        accepted.append(d.start())
        # (years asked by their own place stand alone when the words of their sentence go to other years: "vous
        # justifiez de 7 ans minimum dans…, avec idéalement 5 ans d'expérience sur…")
        if not window or had or in_a_role or _GRADE_GLOSS_BEFORE_RE.search(text, max(0, d.start() - 30), d.start()):
            pairs.append((10_000, d.start(), d, None))
        own = _EXP_AFTER_RE.match(text, d.end())  # "3 ans d'expérience": its own word, before a label ("Expérience : 3 ans d'expérience")
        for w in window:
            dist = abs(w.start() - d.end()) if w.start() >= d.end() else abs(d.start() - w.end())
            pairs.append((-1 if own and w.start() < own.end() <= w.end() + 1 and w.start() >= d.end() else dist, d.start(), d, w))
    used_durations: set[int] = set()
    for _dist, _pos, dur, word in sorted(pairs, key=lambda t: (t[0], t[1])):
        if dur.start() in used_durations or (word is not None and word.start() in used_words):
            continue
        used_durations.add(dur.start())
        years = _years(dur)
        start, end = dur.start(), dur.end()
        if word is not None:
            used_words.add(word.start())
            start, end = min(start, word.start()), max(end, word.end())
        # "0 à 2 ans d'expérience", "Entre 0 et 1 an": a range from zero says no experience is needed (optional)
        zero_range = years == 0 and dur.group(2) is not None
        found.append(
            Mention("experience", start, end, {"years": years}, forced_strength="optional" if zero_range else None, family="experience")
        )

    for w in exp_words:
        if w.start() in used_words or any(m.start <= w.start() < m.end for m in found):
            continue
        before = text[max(0, w.start() - 60) : w.start()]
        after = text[w.end() : w.end() + 40]
        line = layout.line_at(w.start())
        restated = bool(re.search(r"cette\s+$", before, re.I) and _RESTATED_RE.match(after))
        if _VAGUE_EXCLUDE_BEFORE.search(before) and not (restated or (_STRONG_AFTER_RE.match(after) and not _PAY_BEFORE_RE.search(before))):
            continue
        if _VAGUE_EXCLUDE_AFTER.match(after) or _NARRATIVE_BEFORE_RE.search(before) or _EMPLOYER_BEFORE_RE.search(before):
            continue
        if re.search(r"niveau\s+d['’]?\s*$", before, re.I) and not re.search(r"\d|^\s*[ée]quivalent", text[w.end() : line.end], re.I):
            continue  # a form's label ("Niveau d'expérience dans la fonction"): its value, on the next line, is the item
        # (after label words, only when the mention follows right after the colon: "Expérience requise : stage NLP…,
        # expérience 1 à 5 ans…" keeps its label on the first value)
        colon = _LABEL_WORDS_COLON_RE.match(text, w.end(), line.end)
        labelled = _LABEL_AFTER_RE.match(after) or (
            colon and any(colon.end() <= x.start() <= colon.end() + 25 and "," not in text[colon.end() : x.start()] for x in exp_words)
        )
        if labelled and any(line.start <= x.start() < line.end and x.start() > w.start() for x in exp_words):
            continue  # "Expérience(s) souhaitée(s) : une première expérience réussie": the label of the mention that follows
        # "Expérience Vous avez une expérience d'au moins 3 ans": a heading that lost its line break
        if (
            w.group(0)[0].isupper()
            and not text[line.start : w.start()].strip(" -*•>\t")
            and re.match(r"\s+(?-i:Vous|Tu|Nous|Une?|Le|La|Les|Des|Votre|Ton|Ta|Vos|Tes)\s", after)
        ):
            continue
        # "Expérience significative d'au moins 2 ans d'expérience": the first word opens the years' item
        merged = next(
            (
                i for i, f in enumerate(found)
                if f.kind == "experience" and f.attrs.get("years") is not None and w.end() <= f.start <= w.end() + 40
                and re.fullmatch(r"(?:[ \t]+[\w-]+)?[ \t]+(?:d['e][ \t]*)?", text[w.end() : f.start], re.I)
            ),
            None,
        )
        if merged is not None:
            found[merged] = dataclasses.replace(found[merged], start=w.start())
            continue
        # "Expériences/connaissances requises", a plural heading over a list of knowledge: a section's name
        if (
            w.group(0).lower().endswith("s")
            and not text[line.start : w.start()].strip(" -*•>\t")
            and re.match(r"\s*(?:/|et|&|,)\s*(?:connaissances|comp[ée]tences|savoir-faire|qualifications)", after, re.I)
            and _LABEL_ONLY_AFTER_RE.fullmatch(text, w.end(), line.end)
        ):
            continue
        if _LABEL_AFTER_RE.match(after) and any(w.end() <= a < line.end for a, _b in beginner_spans):
            continue  # "Expérience : Débutant": the label of the beginner item that follows
        # a word glued to the previous one where markup was stripped ("…et IAExpérience sur…") opens a clause
        glued = w.start() > 0 and text[w.start() - 1].isalnum() and text[w.start()].isupper()
        opening = text[line.start : w.start()].strip(" -*•>\t")
        at_line_start = glued or bool(_CLAUSE_OPENING_RE.search(opening)) or bool(
            _POSSESSIVE_OPENING_RE.search(opening) and _SPENT_ON_AFTER_RE.match(text, w.end())
        )
        # "- Consulting experience is preferred", "- Previous FRTB project experience would be…": an English item whose
        # first words say what the experience was spent on
        if (
            not at_line_start
            and w.group(0).lower().startswith("experience")
            and re.match(r"\s+(?:is|would|will|in|with|of|as|on|at)(?![\w])", after)
            and 0 < len(opening.split()) <= 3
            and not re.search(r"[.:;,!?]", opening)
            # (not the employer's or a product's: "Our customer experience is…", "The user experience of…")
            and not re.search(r"(?<![\w])(?:our|your|their|the|this|its|customers?|users?|clients?|candidates?|employees?|guests?)(?![\w])", opening, re.I)
            and (line.section == "profile" or re.match(r"\s*[-*•>➜→✔▪·–]", text[line.start : w.start()]))
        ):
            at_line_start = True
            line_opening_start = line.start + len(text[line.start : w.start()]) - len(text[line.start : w.start()].lstrip(" -*•>\t➜→✔▪·–"))
        else:
            line_opening_start = None
        kinds = _KINDS_AFTER_RE.match(text, w.end())
        qualified = bool(_QUALIFIED_RE.match(after.lstrip()) or kinds) or bool(_FIRST_BEFORE_RE.search(before) or _ANY_BEFORE_RE.search(before))
        # Round 17: "une expérience de la livraison", "une expérience de formation d'adultes", "une expérience du terrain":
        # the article and what it was spent on, in a list of what the candidate has (not in what the job offers)
        qualified = qualified or bool(
            _ONE_BEFORE_RE.search(before) and _SPENT_OF_AFTER_RE.match(after) and line.section != "offer"
        )
        # Round 18: joined to a diploma or a certificate by the sign ("CESS (ou CQ6 + expérience)", "CAP + expérience
        # exigée", "VCA + expérience en chantier"): the experience is asked with it
        qualified = qualified or (bool(re.search(r"[\w)]\s*\+\s*$", before)) and line.section != "offer")
        # Round 18: the definite article with what it was spent on, asked by a cue of its sentence ("Un atout : le brevet
        # cariste ou l'expérience du pick-to-voice", "L'expérience de la vente en magasin est un plus"), not the
        # employer's or a client's ("l'expérience de nos équipes", "l'expérience client")
        qualified = qualified or (
            bool(_THE_BEFORE_RE.search(before) and _SPENT_OF_AFTER_RE.match(after) and not _POSSESSIVE_AFTER_RE.match(after))
            and not _EXPERIENCING_BEFORE_RE.search(before)
            and line.section != "offer"
            and bool(_ASKED_CUE_RE.search(text, *layout.sentence_at(w.start())))
        )
        # "Nous recherchons quelqu'un qui :\n- a une expérience d'accueil…": a list item that continues the relative
        # clause, its verb of having with the person sought as subject
        relative = bool(_RELATIVE_ITEM_RE.fullmatch(opening)) and bool(_WHO_HEADING_RE.search(text, max(0, line.start - 400), line.start))
        if not (at_line_start or restated or relative or _HAVE_BEFORE_RE.search(before) or qualified):
            continue
        if _offered_as_a_question(text, layout, w.start(), before):
            continue
        if at_line_start and line.is_heading and not text[w.end() : line.end].strip(" :"):
            continue  # a bare "Expérience :" heading: the durations under it are found above
        # a heading line made only of label words ("EXPÉRIENCE(S) SOUHAITÉE(S) :", "Expérience et intérêt :") over a
        # line that names an experience of its own: that line is the item ("Expérience souhaitée" over a line about
        # something else is the requirement itself)
        if (
            at_line_start
            and not text[line.start : w.start()].strip(" -*•>\t")
            and _LABEL_ONLY_AFTER_RE.fullmatch(text, w.end(), line.end)
            and any(line.end < x.start() <= line.end + 3 + len(_next_line_text(text, line.end)) for x in exp_words)
        ):
            continue
        vague_years: float | None = None
        start = w.start()
        fb = _FIRST_BEFORE_RE.search(before)
        if fb:
            vague_years = first_experience_years
            start = w.start() - (len(before) - fb.start())
        several_before = re.search(r"plusieurs\s+$", before, re.I)
        if several_before and not fb:
            start = w.start() - (len(before) - several_before.start())
        if line_opening_start is not None:
            start = line_opening_start
        end = kinds.end() if kinds else w.end()
        # "Expérience de 3 minimum souhaitée": a number whose unit was left out, years by the ad's own reading
        bare = re.match(r"[ \t]+d['e][ \t]*(\d{1,2})[ \t]+(?:minimum|min\.?|au\s+moins)(?![\w])", text[w.end() : w.end() + 30], re.I)
        if bare and not fb:
            vague_years = float(bare.group(1))
            end = w.end() + bare.end()
        # "Expérience :  dans un poste similaire ou en environnement X": a label and its value on one line, one item
        # that runs over the value (the value is what is asked)
        value = _LABEL_VALUE_AFTER_RE.match(text, w.end(), line.end) if at_line_start else None
        if value:
            end = value.end()
        found.append(Mention("experience", start, end, {"years": vague_years}, family="experience"))

    several = [
        m for m in _SEVERAL_YEARS_SCAN.finditer(text, low)
        if _SEVERAL_YEARS_ASKED_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()])
    ]
    for m in _ALREADY_DONE_MORE_SCAN.finditer(text, low):
        s0, _e0 = layout.sentence_at(m.start())
        subj = m.group("subj").lower()
        after_and = text[max(0, m.start() - 3) : m.start()].lower() == "et "
        # "Pas d'expérience ? Pas grave si tu as déjà bidouillé chez toi": the welcome's condition, no second item
        if any(b <= m.start() and re.fullmatch(r"[^.;\n]{0,25}?(?<![\w])(?:m[êe]me\s+)?si\s+", text[b : m.start()], re.I) for _a, b in beginner_spans):
            continue
        if subj in ("a", "avait", "aviez", "avez", "as") and not (
            _PROFILE_SUBJECT_RE.search(text, s0, m.start()) or (after_and and _PAST_SUBJECT_RE.search(text, s0, m.start()))
        ):
            continue  # "une entreprise qui a déjà fait ses preuves": not the candidate
        if not any(f.start < m.end() and m.start() < f.end for f in found):
            found.append(Mention("experience", m.start(), m.end(), {"years": None}, family="experience"))
    for m in [*_ALREADY_DONE_SCAN.finditer(text), *_PAST_ROLE_SCAN.finditer(text, low), *_FIRST_WORK_SCAN.finditer(text, low), *_USED_TO_SCAN.finditer(text, low), *_BACKGROUND_SCAN.finditer(text, low), *_SECTOR_BACKGROUND_SCAN.finditer(text, low), *_PROFILE_BACKGROUND_SCAN.finditer(text, low), *_SENIORITY_SCAN.finditer(text, low), *_PROFESSIONAL_SCAN.finditer(text, low), *several]:
        if not any(f.start < m.end() and m.start() < f.end for f in found):
            found.append(Mention("experience", m.start(), m.end(), {"years": None}, family="experience"))
    for m in _AMONG_CLAUSE_SCAN.finditer(text, low):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        # after an experience of the same clause run ("…sur SAP FI/CO dont au moins un projet…"), nothing ends between
        heads = [
            f for f in found
            if f.kind == "experience" and f.end <= m.start() and m.start() - f.end <= 100 and not re.search(r"[.;\n]", text[f.end : m.start()])
        ]
        n = m.group("n")
        # a bare number is a part of years only ("12 sites, dont 3 en Flandre" counts sites)
        if n and not any(f.attrs.get("years") and float(n) < f.attrs["years"] for f in heads):
            continue
        if heads:
            # (an ideal part starts at its cue: "dont idéalement une partie dans le BTP")
            start = m.start("ideal") if m.group("ideal") else m.start()
            found.append(Mention("experience", start, m.end(), {"years": float(n) if n else None}, family="experience"))
    _ideal_clauses(text, layout, low, found)
    # "Cuisinier confirmé", "vous êtes expérimenté(e)": experience asked without a number.
    for m in _SENIOR_WORD_SCAN.finditer(text, low):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        before = text[max(0, m.start() - 30) : m.start()].lower()
        recruited = bool(_RECRUITED_NOUN_BEFORE_RE.search(text[max(0, m.start() - 60) : m.start()]))
        # "débutant(e) curieux(se) ou expert(e) chevronné(e)": the other end of an opening to every grade, no seniority
        if any(0 <= m.start() - b_end <= 60 and re.search(r"(?<![\w])ou(?![\w])", text[b_end : m.start()]) and not re.search(r"[.;!?\n]", text[b_end : m.start()]) for _a, b_end in beginner_spans):
            continue
        # "junior confirmé", "junior/senior": a grade scale that starts at junior asks no seniority
        if re.search(r"(?:exp[ée]rience|d[ée]butant(?:e|\(e\))?s?\s+ou|ou|junior\s*[/,-]?)\s*$", before) or (
            _SENIOR_NOT_BEFORE_RE.search(before) and not recruited
        ):
            continue
        # "Minimum 5 ans d'expérience : profil senior": the grade restates the experience just before it
        if any(f.end <= m.start() and re.fullmatch(r"\s*[:,–—-]?\s*(?:profil|niveau)?\s*", text[f.end : m.start()], re.I) for f in found):
            continue
        # "Confirmé (5 à 10 ans d'expérience)": a form's grade glossed by its years, one item from the grade on
        # "profil salarié expérimenté ayant déjà travaillé sur…": the grade and the past work it names, one item
        followed = [f for f in found if f.kind == "experience" and f.start > m.end() and re.fullmatch(r"[ \t]+", text[m.end() : f.start]) and text[f.start : f.end].lower().startswith("ayant")]
        if followed:
            found[found.index(followed[0])] = dataclasses.replace(followed[0], start=m.start())
            continue
        glossed = [f for f in found if f.kind == "experience" and re.fullmatch(r"\s*\(\s*", text[m.end() : f.start])]
        if glossed:
            found[found.index(glossed[0])] = dataclasses.replace(
                glossed[0], start=m.start(), end=glossed[0].end + (text[glossed[0].end : glossed[0].end + 1] == ")")
            )
            continue
        # the colleague who guides the newcomer: "en binôme avec un livreur confirmé", "ton tuteur, Karim, technicien
        # confirmé", "Un technicien confirmé sera ton tuteur"
        if _GUIDE_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()) or _GUIDE_AFTER_RE.match(text, m.end()):
            continue
        senior = bool(_GRADE_WORD_RE.fullmatch(m.group(0)))
        if senior and _ELDERLY_BEFORE_RE.search(before):
            continue
        # "…, expérience 1 à 5 ans si profil expérimenté": a condition on the profile, not a grade asked
        if _SCALE_BEFORE_RE.search(before) or _MIXED_GRADES_AFTER_RE.match(text, m.end()) or re.search(r"(?<![\w])si\s+(?:(?:un|le)\s+)?profil\s+$", before):
            continue
        # a plural grade describes a group (a team, colleagues, skills: "techniciens motivés et expérimentés",
        # "Compétences techniques confirmées"): asked only where the ad recruits them ("nous recherchons des profils
        # expérimentés", "vous êtes …") or in a title
        if field != "title" and m.group(0).lower().endswith("s") and not recruited:
            s0, _ = layout.sentence_at(m.start())
            if not re.search(r"recherch|recrut|cherch|engag|embauch|vous\s+[êe]tes|tu\s+es\b", text[s0 : m.start()], re.I):
                continue
        if field != "title" and _after_title_label(text, layout, m.start()):
            found.append(Mention("experience", m.start(), m.end(), {"years": None}, family="experience"))
            continue
        if field != "title" and (_skill_level(text, layout, m) or _MISSION_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())):
            continue
        if senior and field != "title":
            s0, _ = layout.sentence_at(m.start())
            if not _RECRUIT_BEFORE_RE.search(text, s0, m.start()) or re.search(r"en\s+tant\s+qu", text[s0 : m.start()], re.I):
                continue
        found.append(Mention("experience", m.start(), m.end(), {"years": None}, family="experience"))
    found += _seniority_asked(text, found)
    # "Expérience d'au moins une saison en réception", "minimum 2 saisons": a season is a few months of a year, not a
    # year; every gold gives no number of years
    found = [
        m.with_(attrs={**m.attrs, "years": None}) if m.attrs.get("years") and _SEASONS_RE.search(text, m.start, m.end) else m
        for m in found
    ]
    return sorted(found, key=lambda m: m.start)


# (Round 21: and summers, "2 étés d'expérience comme animateur")
_SEASONS_RE = re.compile(r"(?<![\w])(?:\d{1,2}|une?|deux|trois|quatre|cinq|plusieurs)\s+(?:premi[èe]res?\s+)?(?:saisons?|[ée]t[ée]s)(?![\w])", re.I)


# A form's label for the post's title: the line under it restates the title ("Intitulé du poste" / "Comptable Senior").
_TITLE_LABEL_RE = re.compile(r"\s*(?:intitul[ée]\s+du\s+poste|titre\s+du\s+poste|poste|job\s+title)\s*:?\s*", re.I)


def _after_title_label(text: str, layout: Layout, pos: int) -> bool:
    i = bisect.bisect_right([ln.start for ln in layout.lines], pos) - 2
    while i >= 0 and not layout.lines[i].text.strip():
        i -= 1
    return i >= 0 and bool(_TITLE_LABEL_RE.fullmatch(layout.lines[i].text))


def _ideal_clauses(text: str, layout: Layout, low: str, found: list[Mention]) -> None:
    """Add the "idéalement …" clause that follows an experience of the same sentence as a second item (years
    null); the strength reader grades it preferred by its own cue."""
    experiences = [f for f in found if f.kind == "experience"]
    clauses = [(m.start(), m.end(), m.group("bare") is not None) for m in _IDEAL_CLAUSE_SCAN.finditer(text, low)]
    clauses += [(m.start(1), m.end(1), False) for m in _IDEAL_AFTER_NAME_SCAN.finditer(text, low)]
    for start, m_end, bare in clauses:
        if bare and not text[:start].rstrip().endswith(","):
            continue  # a bare sector word is an ideal only in apposition ("en milieu industriel, idéalement naval")
        if any(f.start <= start < f.end for f in found):
            continue  # already inside an experience item ("idéalement 5 ans", a background)
        s0, _ = layout.sentence_at(start)
        # (an experience ending in the sentence: "Min. 3 ans d'expérience…, idéalement dans…" starts before the cut the
        # splitter made at "Min.")
        before = [f for f in experiences if s0 < f.end <= start]
        if not before:
            # "- 3 ans d'expérience en data" / "- Idéalement sur GCP": an item that is only the ideal qualifies the
            # experience of the item just above it
            line = layout.line_at(start)
            if text[line.start : start].strip(" -*•>\t→✔▪·–") or bare:
                continue
            i = bisect.bisect_right([ln.start for ln in layout.lines], line.start) - 2
            while i >= 0 and not layout.lines[i].text.strip():
                i -= 1
            if i < 0:
                continue
            prev = layout.lines[i]
            before = [f for f in experiences if prev.start <= f.start and f.end <= prev.end]
            if not before:
                continue
            s0 = prev.start
        exp = max(before, key=lambda f: f.end)
        if start - exp.end > 160 or _OTHER_REQUIREMENT_RE.search(text, exp.end, start):
            continue
        end = m_end
        while end > start and text[end - 1] in " ,\t\n":
            end -= 1
        # forced: its own cue grades it, and that cue, inside it, no longer grades the experience before it
        found.append(Mention("experience", start, end, {"years": None}, forced_strength="preferred", family="experience"))
