"""Certificates: canonical codes, and the short trainings that deliver them (the "short certificate training" bridge).

Durations and providers are the usual Walloon offer as of 2025-2026 (orders of magnitude a coach recognises, not
a catalogue contract): VCA basis is a one-day course + exam, the first-aid certificate (SST / secouriste
d'entreprise) two days, forklift/aerial-platform/site-machinery permits (CACES in France, "brevet cariste" etc. in
Belgium) three to five days, HACCP hygiene two days, and the truck licence C with the professional competence
certificate (FIMO in France, CAP/code 95 in Belgium) about three months at the Forem or a sector fund.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ShortTraining:
    prefix: str  # canonical certificate codes starting with this prefix are delivered by the training
    label: str  # French
    duration_days_min: float
    duration_days_max: float
    provider: str
    duration_text: str


SHORT_TRAININGS: tuple[ShortTraining, ...] = (
    ShortTraining("VCA", "Formation et examen VCA (sécurité de base)", 1, 1,
                  "Forem ou centre d'examen agréé BeSaCC-VCA", "1 jour"),
    ShortTraining("SST", "Formation de secouriste d'entreprise (SST)", 2, 2,
                  "Forem, Croix-Rouge ou service externe de prévention", "2 jours"),
    ShortTraining("CACES", "Formation à la conduite d'engins (CACES / brevet cariste)", 3, 5,
                  "Forem (centre de compétence) ou fonds sectoriel", "3 à 5 jours"),
    ShortTraining("BREVET_CARISTE", "Formation à la conduite de chariot élévateur (brevet cariste)", 3, 5,
                  "Forem (centre de compétence) ou fonds sectoriel", "3 à 5 jours"),
    ShortTraining("HACCP", "Formation hygiène alimentaire HACCP", 2, 2,
                  "Forem (centre de compétence Horeca) ou IFAPME", "2 jours"),
    # The driver's initial qualification (FIMO in France; CAP / code 95 in Belgium), 140 to 280 hours.
    ShortTraining("CAP", "Qualification initiale de conducteur professionnel (CAP / code 95, équivalent FIMO)", 20, 35,
                  "Forem (centre de compétence transport et logistique) ou fonds sectoriel du transport",
                  "4 à 7 semaines"),
)

# Aliases seen in ads and profiles -> canonical prefix. Applied before the prefix lookup.
_ALIASES: tuple[tuple[str, str], ...] = (
    (r"^B[-_ ]?VCA", "VCA"),
    (r"^SECOURIS[A-Z]*", "SST"),
    (r"^BEPS[A-Z]*", "SST"),
    (r"^PREMIERS?_SECOURS", "SST"),
    (r"^CARISTE[A-Z]*", "BREVET_CARISTE"),
    (r"^(FIMO|CODE_95)(?=_|$)", "CAP"),
    (r"_CAT(EGORIE)?_", "_"),  # "CACES R489 cat. 3" -> CACES_R489_3
)


def canonical_certificate(text: str) -> str:
    """'CACES R489 cat. 3' -> 'CACES_R489_3'; 'b-VCA' -> 'VCA'. Upper case, separators folded to '_', aliases applied."""
    code = re.sub(r"[^0-9A-Z]+", "_", text.strip().upper()).strip("_")
    for pattern, replacement in _ALIASES:
        code = re.sub(pattern, replacement, code)
    return code


def short_training_for(code: str) -> ShortTraining | None:
    canonical = canonical_certificate(code)
    for training in SHORT_TRAININGS:
        if canonical == training.prefix or canonical.startswith(training.prefix + "_"):
            return training
    return None
