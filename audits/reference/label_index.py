"""The classifier's entries: every ROME appellation form, normalised into content tokens.

Computed once by the build and packaged (so the product starts fast), and recomputed at run time only if the
packaged entries were made with another normalisation (`NORMALISATION_VERSION` in `text.py`).
"""

from __future__ import annotations

import re
from typing import Any

from audits.reference.text import content_tokens, singular, split_gendered_label, strip_title_noise

_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{1,6})\)\s*$")

# (space-joined tokens, ROME code, appellation code or None for the job-sheet label, or ESCO_ENTRY)
LabelEntry = tuple[str, str, "str | None"]
# Third field of an entry made from an ESCO label (`esco_titles` of the build): not a ROME appellation, and a
# second-hand name of the job, which the classifier discounts (ROME's own labels win a tie).
ESCO_ENTRY = "esco"


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
    entries += _esco_entries(occupations, {text for text, _, _ in entries}, memo)
    return entries


def _esco_entries(occupations: dict[str, Any], rome_texts: set[str], memo: dict[str, str]) -> list[LabelEntry]:
    """Entries for the ESCO titles of each code, after all ROME entries. A title that normalises like a ROME
    label (any sheet) adds nothing, and one that two codes' ESCO titles share is ambiguous: left out."""
    found: dict[str, set[str]] = {}
    for code in sorted(occupations):
        for label in occupations[code].get("esco_titles", ()):
            text = memo.get(label)
            if text is None:
                text = memo[label] = " ".join(singular(t) for t in content_tokens(strip_title_noise(label)))
            if text and text not in rome_texts:
                found.setdefault(text, set()).add(code)
    return [(text, next(iter(codes)), ESCO_ENTRY) for text, codes in found.items() if len(codes) == 1]
