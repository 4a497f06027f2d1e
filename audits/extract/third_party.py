"""A title held by someone other than the candidate: the employer's staff ("Nos pharmaciens sont tous titulaires du DU
d'orthopédie", "Notre site emploie 200 pharmaciens et bio-ingénieurs", "9 000 salariés dont 2 500 infirmiers diplômés
d'État", "un tiers de l'équipe est titulaire d'un doctorat") or the public served ("2000 intérimaires, dont une majorité
de profils CESS", "des stagiaires, la plupart sans CESS").

Why one predicate: the staff's diplomas were read by a regex per wording (a head count, "sont titulaires", "est
composée de", "issus de"), and each new wording of the same thing ("sont tous titulaires", "dont 6 titulaires", "un
tiers de l'équipe") was missed. The rule is one: the clause names a third party before the title, and nothing between
turns to the candidate ("vous", "votre", "profil recherché", a requirement word).
"""

from __future__ import annotations

import re

# Possessed nouns that name the job or its requirements, not people: "nos attentes", "notre profil idéal", "notre
# futur(e) collègue", "notre client recherche".
_NOT_PEOPLE = (
    r"futur|candidat|recrue|nouve|profil|id[ée]al|prochain|offre|poste|annonce|mission|attente|crit[èe]re|besoin|exigence|"
    r"demande|client|partenaire|souhait|recherche|fonction|m[ée]tier|formation|cursus|parcours|dipl[ôo]me|titre|niveau|"
    r"propos|avantage|processus|proc[ée]dure|s[ée]lection|recrutement|politique|charte"
)
# Who the clause speaks of: the employer's people by a possessive ("nos infirmiers en chef", "notre équipe", "notre
# site emploie"), a team with an article ("une équipe de 4 professionnelles", "l'équipe data"), a share of a group
# ("dont 6", "dont une majorité de", "un tiers de l'équipe", "la plupart"), a head count of staff ("9 000 salariés"),
# or the public served, in the plural ("intérimaires", "stagiaires", "apprenants", "résidents").
_THIRD_PARTY_RE = re.compile(
    r"(?<![\w])(?:"
    r"(?:nos|notre|leurs?|ses)\s+(?!(?:" + _NOT_PEOPLE + r"))[^\W\d_]"
    r"|(?:l['’]\s*|les\s+|une\s+|des\s+|cette\s+|son\s+|sa\s+)[ée]quipes?(?![\w])"
    r"|dont\s+(?:\d|plusieurs|certain|la\s+plupart|une\s+(?:large\s+)?majorit|beaucoup|la\s+moiti|pr[èe]s\s+de|plus\s+de)"
    r"|(?:un\s+tiers|deux\s+tiers|la\s+moiti[ée]|la\s+plupart|une\s+(?:large\s+)?majorit[ée])\s+(?:de|d['’]|des)(?![\w])"
    r"|\d[\d  .]*\s+(?:salari[ée]|collaborat|agents|employ[ée]|personnes|professionnel|soignants)"
    r"|(?:int[ée]rimaires|stagiaires|apprenants|b[ée]n[ée]ficiaires|r[ée]sidents|patients|usagers|[ée]l[èe]ves|[ée]tudiant(?:e|·e)?s)(?![\w])"
    r")",
    re.I,
)
# Between the third party and the title, words that turn to the candidate or ask: then the title is asked ("notre
# équipe recherche un(e) infirmier(ère) titulaire du DE", "nos attentes : …", "pour nos résidents, vous êtes titulaire
# d'un …").
_CANDIDATE_BETWEEN_RE = re.compile(
    r"(?<![\w])(?:vous|tu|votre|ton|vos|tes|candidat\w*|recherch\w*|recrut\w*|cherch\w*|engag\w*|embauch\w*|rejoi\w*|"
    r"requi\w*|exig\w*|obligatoire|indispensable|souhait\w*|appr[ée]ci\w*|atouts?|id[ée]al\w*|minimum|en\s+tant\s+que|si)(?![\w])"
    r"|(?:votre|le|du)\s+profil|profil\s*(?:recherch|souhait|:)|un\s+(?:plus|\+)",
    re.I,
)
# Before the third party, a recruiting word: the clause is about the person sought ("Nous recherchons pour nos
# résidences un(e) aide-soignant(e) titulaire du DEAS").
_RECRUITING_BEFORE_RE = re.compile(r"recherch|recrut|cherch|embauch|engag|rejoi|candidat|profil", re.I)
# After the title in its clause, a requirement word or the candidate ("…, vous …", "… en droit est exigé", "… est un
# atout"): asked.
_ASKED_AFTER_RE = re.compile(
    r"[^.;:!?\n]{0,60}?(?:,\s*(?:vous|tu)(?![\w])|(?<![\w])(?:exig|requis|obligatoire|indispensable|souhait|appr[ée]ci|un\s+(?:atout|plus)|minimum))",
    re.I,
)
_CLAUSE_BREAKS = ".!?;:\n"
_REACH = 160


def held_by_third_party(text: str, start: int, end: int) -> bool:
    """The title at [start, end) is said of the staff or the public, not asked of the candidate."""
    clause_start = max(text.rfind(c, max(0, start - _REACH), start) for c in _CLAUSE_BREAKS) + 1
    clause_start = max(clause_start, start - _REACH)
    third = next(_THIRD_PARTY_RE.finditer(text, clause_start, start), None)
    if third is None:
        return False
    if _RECRUITING_BEFORE_RE.search(text, clause_start, third.start()):
        return False
    if _CANDIDATE_BETWEEN_RE.search(text, third.end(), start):
        return False
    return not _ASKED_AFTER_RE.match(text, end)
