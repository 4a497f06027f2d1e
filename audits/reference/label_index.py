"""The classifier's entries: every ROME appellation form, normalised into content tokens.

Computed once by the build and packaged (so the product starts fast), and recomputed at run time only if the
packaged entries were made with another normalisation (`NORMALISATION_VERSION` in `text.py`).
"""

from __future__ import annotations

import re
from typing import Any

from audits.reference.text import content_tokens, singular, split_gendered_label, strip_title_noise

_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,6})\)\s*$")

# (space-joined tokens, ROME code, appellation code or None for the job-sheet label)
LabelEntry = tuple[str, str, "str | None"]


def label_entries(occupations: dict[str, Any]) -> list[LabelEntry]:
    entries: list[LabelEntry] = []
    seen: set[tuple[str, str]] = set()
    memo: dict[str, str] = {}
    for code in sorted(occupations):
        occ = occupations[code]
        labels: list[tuple[str, str | None]] = []
        for app_code, masc, fem, short in occ["appellations"]:
            labels.append((masc, app_code))
            if fem:
                labels.append((fem, app_code))
            labels += [(form, app_code) for form in split_gendered_label(short) if form]
        # The job-sheet label last: when an appellation spells it the same, that appellation is kept.
        labels += [(form, None) for form in split_gendered_label(occ["label"]) if form]
        # "Agent de service hospitalier (ASH)": ads write either the words or "Agent ASH"; the full label
        # (words + acronym) is too long for both, so the two short readings are entries of their own.
        for label, app_code in list(labels):
            m = _ACRONYM.search(label)
            if m:
                words = label[: m.start()].strip()
                labels += [(words, app_code), (f"{words.split()[0]} {m.group(1)}", app_code)]
        for label, app_code in labels:
            text = memo.get(label)  # masculine, feminine and short forms repeat a lot
            if text is None:
                text = memo[label] = " ".join(singular(t) for t in content_tokens(strip_title_noise(label)))
            if not text or (text, code) in seen:
                continue
            seen.add((text, code))
            entries.append((text, code, app_code))
    return entries
