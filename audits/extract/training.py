"""Training offered by the employer is not a requirement: "formation assurée", "nous vous formons",
"une formation en interne vous sera dispensée au CACES", "possibilité de passer le permis C".

A certification, licence, diploma or skill mentioned in such a sentence is dropped, unless the sentence also
asks for it as an alternative ("CACES R489 exigé, ou formation assurée en interne"): then it is kept as
`optional`.
"""

from __future__ import annotations

import re

_TRAINING_RE = re.compile(
    r"formations?\s+(?:assur[ée]e?s?|interne|en\s+interne|pr[ée]vue?s?|dispens[ée]e?s?|offerte?s?|financ[ée]e?s?|pay[ée]e?s?|"
    r"prise?s?\s+en\s+charge|propos[ée]e?s?|compl[èe]te|adapt[ée]e|personnalis[ée]e|possible|r[ée]guli[èe]res?)|"
    r"nous\s+vous\s+(?:formons|formerons|accompagnons)|vous\s+(?:serez|sera)\s+form[ée]|vous\s+formerons|form[ée](?:e|\(e\))?\s+(?:en\s+interne|par\s+nos\s+soins|sur\s+place)|"
    r"(?:sera|seront)\s+dispens[ée]e?s?|possibilit[ée]\s+(?:de\s+(?:passer|obtenir|financer|pr[ée]parer|vous\s+former)|d'obtenir|d'[ée]voluer)|"
    r"(?:financement|prise\s+en\s+charge)\s+(?:du|de\s+la|des|de\s+votre)|nous\s+(?:financerons|finan[çc]ons|prenons\s+en\s+charge)|"
    r"[àa]\s+passer\s+en\s+interne|programme\s+de\s+formation|plan\s+de\s+formation|opportunit[ée]s?\s+de\s+formation|"
    r"accompagnement\s+(?:vers|pour\s+(?:obtenir|passer))|vous\s+(?:pourrez|pourriez)\s+(?:passer|obtenir)|"
    # Round 2: the employer's benefits ("Montée en compétences : formations certifiantes (PMP, PSPO…)").
    r"formations\s+certifiantes|mont[ée]e\s+en\s+comp[ée]tences",
    re.I,
)
_ALSO_ASKED_RE = re.compile(r"exig|requis|obligatoire|indispensable|titulaire|vous\s+(?:avez|poss[ée]dez|d[ée]tenez)|\bsinon\b|[àa]\s+d[ée]faut|\bou\b", re.I)


def training_offer(sentence: str) -> str | None:
    """None when the sentence offers no training; "drop" or "optional" otherwise."""
    if not _TRAINING_RE.search(sentence):
        return None
    return "optional" if _ALSO_ASKED_RE.search(sentence) else "drop"
