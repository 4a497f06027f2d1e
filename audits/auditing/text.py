"""Text geometry shared by the rules and `rewrite()`: sentences / list items and span edits.

A finding's `suggestion` is the rewritten *segment* (the sentence or list item that holds the flagged span,
see `segment_bounds`); an empty suggestion means "delete this segment". `rewrite()` recomputes the same
segment from the finding's offsets, recovers the minimal edit by comparing the suggestion with the original
segment, and applies the accepted edits right to left, so several accepted findings in one sentence compose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from audits.model import Finding

# Sentence ends: . ! ? ; followed by a space, or a line break. Abbreviations such as "env." are rare in ads
# and only make a segment shorter, which is harmless.
_SEGMENT_END = re.compile(r"[.!?;](?=\s)|[.!?;]$|\n")
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►✓>]|\d{1,2}[.)])\s*")


def segment_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence or list item around [start, end), terminator excluded, whitespace trimmed."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    seg_start = 0
    for match in _SEGMENT_END.finditer(text, 0, start):
        seg_start = match.end()
    found = _SEGMENT_END.search(text, end)
    seg_end = found.start() if found else len(text)
    # A terminator inside the span itself (e.g. "Bac+2. ") must not cut the span.
    seg_end = max(seg_end, end)
    while seg_start < start and text[seg_start].isspace():
        seg_start += 1
    while seg_end > end and text[seg_end - 1].isspace():
        seg_end -= 1
    return seg_start, seg_end


def bullet_prefix(segment: str) -> str:
    match = _BULLET.match(segment)
    return match.group(0) if match else ""


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str


def minimal_edit(original: str, rewritten: str, offset: int) -> Edit:
    """The smallest [start, end) -> replacement turning `original` into `rewritten`, at absolute `offset`."""
    prefix = 0
    limit = min(len(original), len(rewritten))
    while prefix < limit and original[prefix] == rewritten[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < limit - prefix
        and original[len(original) - 1 - suffix] == rewritten[len(rewritten) - 1 - suffix]
    ):
        suffix += 1
    return Edit(offset + prefix, offset + len(original) - suffix, rewritten[prefix : len(rewritten) - suffix])


def _deletion_edit(text: str, seg_start: int, seg_end: int) -> Edit:
    """Delete a whole segment with its terminator and the spaces after it, keeping one line break."""
    end = seg_end
    if end < len(text) and text[end] in ".!?;":
        end += 1
    while end < len(text) and text[end] in " \t":
        end += 1
    if end < len(text) and text[end] == "\n" and (seg_start == 0 or text[seg_start - 1] == "\n"):
        end += 1  # the segment was a whole line: remove the line
    return Edit(seg_start, end, "")


def edit_for(text: str, finding: Finding) -> Edit | None:
    """The edit that applies `finding.suggestion` to `text`, or None when it is advice, not a rewrite."""
    if finding.suggestion is None or finding.start is None or finding.end is None:
        return None
    if finding.end > len(text) or (finding.text is not None and text[finding.start : finding.end] != finding.text):
        return None  # the text changed since the audit: never apply an edit at the wrong place
    seg_start, seg_end = segment_bounds(text, finding.start, finding.end)
    if finding.suggestion == "":
        return _deletion_edit(text, seg_start, seg_end)
    return minimal_edit(text[seg_start:seg_end], finding.suggestion, seg_start)


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits right to left; an edit overlapping one already applied is skipped.

    Only the junction of each edit is tidied (a space left before a comma or at a line end, a doubled
    space or comma): the rest of the text is kept character for character.
    """
    chosen: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if chosen and edit.start < chosen[-1].end:
            continue
        if chosen and edit.start == chosen[-1].end == chosen[-1].start == edit.end:
            continue  # two insertions at one point: keep the first
        chosen.append(edit)
    out = text
    for edit in reversed(chosen):
        out = _join(out[: edit.start], edit.replacement, out[edit.end :])
    return out


_PUNCT_AFTER = (",", ".", ";", ":", ")", "!", "?", "\n")


def _join(left: str, replacement: str, right: str) -> str:
    if replacement:
        if replacement.endswith(" ") and right.startswith(" "):
            right = right.lstrip(" ")
        if replacement.startswith(" ") and left.endswith(" "):
            left = left.rstrip(" ")
        return left + replacement + right
    # A deletion: "a  b" -> "a b", "a , b" -> "a, b", "a ." -> "a.", "(a, , b)" -> "(a, b)".
    if left.endswith((" ", "\t")) and (right == "" or right.startswith(_PUNCT_AFTER) or right.startswith((" ", "\t"))):
        left = left.rstrip(" \t")
        if right.startswith((" ", "\t")) and left and not left.endswith("\n"):
            left += " "
            right = right.lstrip(" \t")
    if right.startswith(",") and left.rstrip(" \t").endswith((",", "(")):
        right = right[1:].lstrip(" \t")
        left = left.rstrip(" \t")
        if left.endswith(",") and right and not right.startswith("\n"):
            left += " "
    return left + right


def rewrite(vacancy_text_field: str, findings: Sequence[Finding], accepted: Iterable[int]) -> str:
    """Apply the suggestions of the accepted findings (indices into `findings`) to one field's text.

    Only findings whose `field` matches the text are meaningful: pass the title's findings with the title and
    the description's with the description (`rewrite_vacancy` does both). Unknown indices raise IndexError.
    """
    edits = []
    for index in sorted(set(accepted)):
        if index < 0:
            raise IndexError(f"finding index {index} out of range")
        edit = edit_for(vacancy_text_field, findings[index])
        if edit is not None:
            edits.append(edit)
    return apply_edits(vacancy_text_field, edits)


def rewrite_vacancy(title: str, description: str, findings: Sequence[Finding], accepted: Iterable[int]) -> tuple[str, str]:
    """Rewrite both fields of a vacancy from the accepted finding indices."""
    accepted = set(accepted)
    for index in accepted:
        if not 0 <= index < len(findings):
            raise IndexError(f"finding index {index} out of range")
    title_ids = [i for i in accepted if findings[i].field == "title"]
    desc_ids = [i for i in accepted if findings[i].field == "description"]
    return rewrite(title, findings, title_ids), rewrite(description, findings, desc_ids)


# Words that make a requirement hard; removed when a requirement is softened in place.
STRENGTH_MARKERS = re.compile(
    r"\s*(?:\(?\s*(?:exigée?s?|impérati(?:f|ve)s?|obligatoires?|indispensables?|requise?s?|minimum|au minimum|"
    r"souhaitée?s?|apprécié(?:e|s|es)?|exigé\(e\)|impérativement)(?:\s*\))?)",
    re.IGNORECASE,
)


def span_with_trailing_markers(text: str, start: int, end: int, limit: int) -> int:
    """Extend `end` over strength markers that directly follow the span ("Bac+2 exigé", "3 ans minimum")."""
    while True:
        match = STRENGTH_MARKERS.match(text, end, limit)
        if not match or match.end() == end:
            return end
        end = match.end()
