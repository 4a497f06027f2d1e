"""Certificates: canonical codes, and the short trainings that deliver them (the "short certificate training" bridge).

The trainings (durations, providers, sources) and the certificate aliases are legal data shared with the audit:
the `bridges` list of audits/data/legal/certificates.yaml, read through `audits.certificates` on first use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from audits.certificates import CertificateBridge, certificate_bridges, trainable_certificate_named

ShortTraining = CertificateBridge  # the name the bridges module and the docs use

# Not a certificate alias: the category word between a family and its number ("CACES R489 cat. 3" -> CACES_R489_3).
_CATEGORY_WORD = (re.compile(r"_CAT(EGORIE)?_"), "_")


@lru_cache(maxsize=1)
def short_trainings() -> tuple[ShortTraining, ...]:
    return certificate_bridges()


@lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[re.Pattern[str], str], ...]:
    return (*(alias for t in short_trainings() for alias in t.aliases), _CATEGORY_WORD)


def canonical_certificate(text: str) -> str:
    """'CACES R489 cat. 3' -> 'CACES_R489_3'; 'b-VCA' -> 'VCA'; 'habilitation électrique' -> 'HABILITATION_ELECTRIQUE'.

    Accents dropped (not the letters), upper case, separators folded to '_', aliases applied.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    code = re.sub(r"[^0-9A-Z]+", "_", ascii_text.strip().upper()).strip("_")
    for pattern, replacement in _aliases():
        code = pattern.sub(replacement, code)
    return code


@lru_cache(maxsize=4096)
def short_training_for(code: str) -> ShortTraining | None:
    """The training that delivers `code`: by canonical prefix ("CACES_R489_3" -> CACES), else the training of the
    certificate the audit's list says `code` names ("Basis VCA", "permis cariste", "sauveteur secouriste du
    travail"), so that a certificate the audit calls trainable in days is bridged here too when a training is known.
    """
    canonical = canonical_certificate(code)
    for training in short_trainings():
        if canonical == training.prefix or canonical.startswith(training.prefix + "_"):
            return training
    named = trainable_certificate_named(canonical.replace("_", " "))
    if named is not None:
        return next((t for t in short_trainings() if t.certificate == named.code), None)
    return None
