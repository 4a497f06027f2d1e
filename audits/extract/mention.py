"""`Mention`: one requirement found in a cleaned text, before it is mapped back to the original field."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from audits.model import RequirementKind, Strength


@dataclass(frozen=True)
class Mention:
    kind: RequirementKind
    start: int  # offsets into the CLEANED text (see textmap.CleanText.to_original)
    end: int
    attrs: dict[str, Any] = field(default_factory=dict)  # eqf_level, years, language, cefr, category, code...
    # A strength the wording itself fixes ("débutant accepté" is optional whatever the heading says).
    forced_strength: Strength | None = None
    strength: Strength | None = None
    alternative_group: int | None = None
    # Alternatives are chained only between mentions of the same family (a diploma or a diploma).
    family: str = ""
    # The strength is read over [start, scope_end): "Néerlandais et anglais souhaités" names the first language in a
    # clause of its own, and the cue written after the second governs both.
    scope_end: int | None = None

    def with_(self, **changes: Any) -> Mention:
        return replace(self, **changes)


def drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Within one kind, keep the longest of overlapping mentions ("Bac pro" over "Bac"). Protected criteria overlap
    by design when one wording hits two grounds ("nés après 1995": age and birth; "sans accent étranger": origin and
    language origin): they are kept per criterion."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if any(
            k.kind == m.kind and k.start < m.end and m.start < k.end and k.attrs.get("criterion") == m.attrs.get("criterion")
            for k in kept
        ):
            continue
        kept.append(m)
    return sorted(kept, key=lambda m: (m.start, m.end))
