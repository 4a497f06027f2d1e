"""Training offered by the employer is not a requirement: "formation assurée", "nous vous formons",
"une formation en interne vous sera dispensée au CACES", "possibilité de passer le permis C".

A certification, licence, diploma or skill mentioned in such a sentence is dropped, unless the sentence also
asks for it as an alternative ("CACES R489 exigé, ou formation assurée en interne"): then it is kept as
`optional`.
"""

from __future__ import annotations

import re

# What the employer gives or pays for: the one rule read by the training sentences below ("formation financée"), by
# the licence recogniser ("Permis C financé par l'entreprise", "permis D offert") and by the certification recogniser
# ("Certifications AWS et Azure financées à 100 %", "sont prises en charge").
_OFFERED = (
    r"financ[ée]e?s?|offerte?s?|prise?s?\s+en\s+charge|incluse?s?|rembours[ée]e?s?|pay[ée]e?s?|compris(?:e|es)?\s+dans|"
    r"[àa]\s+passer\s+(?:chez|avec|en)\s+(?:nous|interne)"
)
OFFERED_RE = re.compile(r"(?<![\w])(?:" + _OFFERED + r")(?![\w])", re.I)
# Right after the licence or certificate, with its verb and adverb ("est entièrement financé", "sera pris en charge").
_OFFERED_AFTER_RE = re.compile(
    r"\s*(?:est\s+|sera\s+|serait\s+|sont\s+|seront\s+|(?:peut|peuvent|pourra|pourront|pourrait)\s+[êe]tre\s+)?(?:(?:enti[èe]rement|totalement|int[ée]gralement|directement)\s+)?(?:" + _OFFERED + r")(?![\w])",
    re.I,
)
# The words that ask for a licence or certificate ("exigé", "souhaité", "un plus"…), shared with the certification
# recogniser (a certificate the employer trains for but also asks; HACCP asked in a duty sentence).
ASKING_CUES = r"exig|requis|obligatoire|souhait|appr[ée]ci|atout|un\s+plus|indispensable"
# Between the mention and the offering word, a word that asks for it ("CACES exigé, formation financée"), offers the
# training only as a fallback ("sinon", "à défaut") or names another thing paid, its renewal ("Habilitation électrique
# B1V, BR et BC à jour (recyclage pris en charge)"): the mention stays asked.
_ASKING_RE = re.compile(
    ASKING_CUES + r"|imp[ée]rati|\bsinon\b|[àa]\s+d[ée]faut|recyclages?|renouvellements?|remises?\s+[àa]\s+niveau",
    re.I,
)


def offered_right_after(text: str, end: int) -> bool:
    """The licence or certificate ending at `end` is given by the employer: "Permis C inclus dans la formation"."""
    return bool(_OFFERED_AFTER_RE.match(text, end))


def offered_on_line(text: str, end: int, reach: int = 60) -> bool:
    """An offering word follows on the line within `reach` characters, no asking word between: "Certifications AWS et
    Azure financées à 100 %"."""
    line_end = text.find("\n", end)
    offered = OFFERED_RE.search(text, end, min(end + reach, len(text) if line_end < 0 else line_end))
    return offered is not None and not _ASKING_RE.search(text, end, offered.start())


# "Pas de CACES ?", "Vous n'avez pas (encore) le permis D ?", "Vous n'avez que le permis B ?": a question about a licence
# or certificate the candidate may lack, which the ad then offers to fund or train; not a requirement.
_NOT_HELD_BEFORE_RE = re.compile(
    r"(?:(?<![\w])pas\s+(?:encore\s+)?(?:de|d['’]|du|le|la|les|l['’]|votre|ton|ta|vos|tes)|n['’](?:avez|as)\s+(?:pas\s+(?:encore\s+)?|que\s+)"
    r"(?:de|d['’]|du|le|la|les|l['’]|votre|ton|ta|vos|tes)|"
    # round 13: "Vous rêvez de passer le permis C ?", "Envie de passer le CACES ?": a licence the candidate lacks
    r"(?:r[êe]v(?:ez|es)|envie|souhaitez|aimeriez|voulez)\s+(?:de\s+|d['’]\s*)?(?:passer|obtenir)\s+(?:le|la|les|l['’]|votre|ton|ta))\s*$",
    re.I,
)
_QUESTION_AFTER_RE = re.compile(r"[^.?!\n]{0,25}\?")


def not_held_question(text: str, start: int, end: int) -> bool:
    """The licence or certificate at [start, end) is asked about in a question that says the candidate may lack it."""
    return bool(_NOT_HELD_BEFORE_RE.search(text, max(0, start - 40), start) and _QUESTION_AFTER_RE.match(text, end))


# "Nos conducteurs sont tous titulaires du permis C et de la FIMO": the colleagues' licences; "Le syndicat finance le
# permis C", "passer le permis C avec nous", "nous finançons le permis D": given by the employer (asking words after it
# keep it: "passer le permis C est obligatoire" is rare, "le permis C, exigé" is not).
_OTHERS_HOLD_BEFORE_RE = re.compile(
    r"(?:^|[.!?\n])\s*(?:[-•*·▪–]\s*)?(?:tous\s+)?(?:nos|les|vos|ses)\s+(?:\w+\s+)?(?:conducteurs|chauffeurs|coll[èe]gues|salari[ée]s|caristes|ripeurs|agents|techniciens|ouvriers|animat(?:eurs|rices)|[ée]ducat(?:eurs|rices))"
    # round 13: "Les animateurs de l'équipe sont pour la plupart titulaires du BAFA"
    r"(?:\s+(?:de\s+l['’]\s*[ée]quipe|du\s+service|de\s+l['’]\s*[ée]tablissement))?"
    r"(?![^.!?\n]*\b(?:vous|tu)\b)[^.!?\n]{0,80}$",
    re.I,
)
_GIVEN_BEFORE_RE = re.compile(
    r"(?:financ(?:e|ent|ons|erons|era|er)|passer|passage\s+d[ue]s?|suiv(?:re|ent|ons|ez)|pr[ée]parer|qui\s+pr[ée]parent|pr[ée]paration\s+(?:au|[àa]\s+la|du|de\s+la)|aidons\s+\w+\s+\w+\s+[àa]\s+financer)\s+(?:le|la|les|l['’]|du|des|votre|ton|son|leur)?\s*$",
    re.I,
)
_OFFERED_LATER_RE = re.compile(r"(?:\s+\w+){0,3}?\s+(?:avec\s+nous|chez\s+nous|en\s+interne|au\s+sein\s+de\s+l['’]entreprise|pendant\s+(?:le|la|votre))", re.I)


def held_by_others_or_given(text: str, start: int, end: int) -> bool:
    """The licence or certificate at [start, end) is the colleagues' ("Nos conducteurs sont tous titulaires du permis
    C") or given by the employer ("Le syndicat finance le permis C", "passer le permis C avec nous")."""
    if _OTHERS_HOLD_BEFORE_RE.search(text, max(0, start - 120), start):
        return True
    given = _GIVEN_BEFORE_RE.search(text, max(0, start - 40), start)
    if not given:
        return False
    # "passer le permis C" alone may be a duty ("passer le permis C en 2025 est obligatoire" is rare); financing is an
    # offer, passing it with the employer too.
    # (round 21: following it too, "Nos bénévoles suivent le BEPS chez nous")
    return not given.group(0).lower().startswith(("passer", "passage", "suiv")) or bool(_OFFERED_LATER_RE.match(text, end))


_TRAINING_RE = re.compile(
    # Round 12: the trained certificate named between ("formation CACES financée", "formation au permis C prise en charge").
    r"formations?\s+(?:(?:au|aux|à\s+la|du|de\s+la|des)\s+)?(?:[\w'’+-]+\s+){1,3}?(?:" + _OFFERED + r")(?![\w])|"
    r"formations?\s+(?:assur[ée]e?s?|interne|en\s+interne|pr[ée]vue?s?|dispens[ée]e?s?|" + _OFFERED + r"|"
    r"propos[ée]e?s?|compl[èe]te|adapt[ée]e|personnalis[ée]e|possible|r[ée]guli[èe]res?)|"
    r"nous\s+(?:vous|te)\s+(?:formons|formerons|accompagnons)|vous\s+(?:serez|sera)\s+form[ée]|vous\s+formerons|form[ée](?:e|\(e\))?\s+(?:en\s+interne|par\s+nos\s+soins|sur\s+place)|"
    r"(?:sera|seront)\s+dispens[ée]e?s?|possibilit[ée]\s+(?:de\s+(?:passer|obtenir|financer|pr[ée]parer|vous\s+former)|d'obtenir|d'[ée]voluer)|"
    r"(?:financement|prise\s+en\s+charge)\s+(?:du|de\s+la|des|de\s+votre)|nous\s+(?:financerons|finan[çc]ons|prenons\s+en\s+charge)|"
    r"[àa]\s+passer\s+en\s+interne|programme\s+de\s+formation|plan\s+de\s+formation|opportunit[ée]s?\s+de\s+formation|"
    r"accompagnement\s+(?:vers|pour\s+(?:obtenir|passer))|vous\s+(?:pourrez|pourriez)\s+(?:passer|obtenir)|"
    # Round 2: the employer's benefits ("Montée en compétences : formations certifiantes (PMP, PSPO…)").
    r"formations\s+certifiantes|mont[ée]e\s+en\s+comp[ée]tences|"
    # Round 12: certificates the employer pays for or prepares ("Certifications financées (OSCP, OSEP…)", "un budget
    # certification (RHCE, CKA)", "Préparation aux certifications Salesforce", "nous te préparons au passage du CCNA").
    r"certif(?:ications?|s)?\s+(?:[\w-]+\s+){0,2}?(?:" + _OFFERED + r")(?![\w])|budget\s+(?:de\s+)?(?:formation|certification)|"
    r"pr[ée]paration\s+(?:aux|[àa]\s+la|au)\s+(?:certif|passage)|(?:organis[ée]e?s?|g[ée]r[ée]e?s?|faite?s?|financ[ée]e?s?)\s+par\s+nos\s+soins|(?:nous\s+(?:te|vous)|on\s+(?:te|vous))\s+pr[ée]par(?:ons|e)\s+(?:au|[àa]\s+la|aux)",
    re.I,
)
_ALSO_ASKED_RE = re.compile(r"exig|requis|obligatoire|indispensable|titulaire|vous\s+(?:avez|poss[ée]dez|d[ée]tenez)|\bsinon\b|[àa]\s+d[ée]faut|\bou\b", re.I)


def training_offer(sentence: str) -> str | None:
    """None when the sentence offers no training; "drop" or "optional" otherwise."""
    if not _TRAINING_RE.search(sentence):
        return None
    return "optional" if _ALSO_ASKED_RE.search(sentence) else "drop"
