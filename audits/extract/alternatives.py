"""Alternatives: "CAP ou Bac pro", "CAP/BEP/Bac Pro", "permis C ou CE", "FIMO ou FCO" share one group.

Two mentions of the same family are chained when only a connector separates them (",", "/", "ou", "et/ou",
"voire", "ou équivalent"); a chain is a group of alternatives when at least one connector is disjunctive
("ou", "/", "voire"). "CAP, BAFA et permis B" stays three separate requirements, and so do the two languages of
a bilingual post ("bilingue FR/NL": both are asked).
"""

from __future__ import annotations

import re

from audits.extract.mention import Mention

_CONNECTOR_RE = re.compile(
    r"^[\s,;]*(?:(?:et\s*/\s*ou|ou\s+bien|ou\s+un(?:e)?|ou\s+d'un(?:e)?|ou|/|voire|et|,|\+|&|-|\(|\))[\s,;]*)*"
    r"(?:(?:un|une|d'un|d'une|le|la|du|de)\s+)?$",
    re.I,
)
_DISJUNCTIVE_RE = re.compile(r"\bou\b|/|\bvoire\b", re.I)
# Words allowed between chained diplomas ("BTS Electrotechnique ou DUT", "CAP boulanger, ou CAP pâtissier").
_MAX_GAP = 40


def _gap_words_ok(gap: str) -> bool:
    if _CONNECTOR_RE.match(gap):
        return True
    # A short domain after the first diploma: "BTS comptabilité ou DUT", "Bac ST2S ou BTS".
    m = re.match(r"^\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s*(?:,\s*)?(?:et\s*/\s*)?(?:ou|/)\s*(?:un(?:e)?\s+|d'un(?:e)?\s+)?$", gap, re.I)
    return bool(m) and "\n" not in gap


def group_alternatives(mentions: list[Mention], text: str, first_group: int = 1) -> tuple[list[Mention], int]:
    """Assign `alternative_group` numbers from `first_group`; return the mentions and the next free number."""
    out = sorted(mentions, key=lambda m: m.start)
    next_group = first_group
    by_family: dict[str, list[int]] = {}
    for i, m in enumerate(out):
        if m.kind in {"protected_criterion", "soft_skill", "skill"} or m.attrs.get("bilingual"):
            continue  # "bilingue FR/NL" asks for both languages
        by_family.setdefault(m.family or m.kind, []).append(i)
    chains: list[tuple[list[int], bool]] = []
    for indices in by_family.values():
        chain: list[int] = []
        disjunctive = False
        for idx in indices:
            if chain:
                prev = out[chain[-1]]
                gap = text[prev.end : out[idx].start]
                if len(gap) <= _MAX_GAP and out[idx].start >= prev.end and _gap_words_ok(gap):
                    chain.append(idx)
                    disjunctive = disjunctive or bool(_DISJUNCTIVE_RE.search(gap))
                    continue
                chains.append((chain, disjunctive))
            chain, disjunctive = [idx], False
        chains.append((chain, disjunctive))
    for chain, disjunctive in sorted(chains, key=lambda c: out[c[0][0]].start if c[0] else 0):
        if len(chain) > 1 and disjunctive:
            for j in chain:
                out[j] = out[j].with_(alternative_group=next_group)
            next_group += 1
    return out, next_group
