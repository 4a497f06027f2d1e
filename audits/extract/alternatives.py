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
    # Round 9: "type" introduces the examples of a training ("formation supérieure type ingénieur ou équivalent").
    # Round 10: "ingénieur ou titulaire d'un Master": the second diploma introduced by its holder's word.
    # Round 12: a minimum between a level and its bracket of examples ("Bac+2 minimum (BTS, DUT ou équivalent)")
    # Round 21: the last way in said to the reader ("BTS SIO… ou tu es autodidacte", "Bac+5 – ou tu as appris sur le tas").
    r"^[\s,;]*(?:(?:minimum|min\.|au\s+minimum|et\s*/\s*ou|ou\s+bien|ou\s+(?:titulaire|dipl[ôo]m[ée](?:e|\(e\))?)\s+|ou\s+un(?:e)?|ou\s+d'un(?:e)?|"
    r"ou\s+(?:tu\s+(?:es|as)|vous\s+(?:[êe]tes|avez))(?![\w])|ou|or|oder|/|voire|et|,|\+|&|-|–|—|…|\(|\)|(?:de\s+)?type)[\s,;]*)*"
    r"(?:(?:un|une|d'un|d'une|le|la|du|de)\s+|d')?$",  # Round 9: "d'" elided before a vowel ("ou d'auxiliaire de …")
    re.I,
)
# Round 12: "or" in the English lines of bilingual ads ("Bachelor's or Master's degree")
# Round 20: "oder" joins the alternatives of East-Belgian German lines ("Deutsch als Muttersprache oder sehr gute
# Deutschkenntnisse (C1)").
_DISJUNCTIVE_RE = re.compile(r"\bou\b|\bor\b|\boder\b|/|\bvoire\b", re.I)
# Round 9: a list closed by "ou équivalent" offers each of its items ("Bac+5 (école ingénieur, université ou équivalent)",
# "Formation supérieure type ingénieur ou équivalent"); "CAP, BEP" without it stays as written.
_OR_EQUIVALENT_AFTER_RE = re.compile(r"\s*,?\s*(?:ou|et/ou)\s+(?:tout\s+autre\s+|toute\s+autre\s+)?(?:dipl[ôo]me\s+|formation\s+|titre\s+)?[ée]quivalen", re.I)
# Round 11: "formation supérieure en informatique (Bac+5, ingénieur)": the diplomas a higher training's bracket lists,
# even joined by commas only, are its accepted examples, one group with the training.
_HIGHER_TRAINING_RE = re.compile(r"(?:formation|dipl[ôo]me)s?\s+(?:sup[ée]rieur|universitaire)", re.I)
_BRACKET_CLOSES_RE = re.compile(r"\s*\)")


def _higher_training_bracket(out: list[Mention], chain: list[int], text: str) -> bool:
    head = out[chain[0]]
    first_gap = text[head.end : out[chain[1]].start]
    # Round 12: a level's bracket of examples, commas only ("Formation de type Bac+2 (BTS, DUT)", "niveau Bac+5 (master,
    # école d'ingénieur)"): the examples are alternatives of the level, as after "type" (labelling guide).
    level_head = str(head.attrs.get("code", "")).startswith(("BAC+", "NIVEAU"))
    return bool(
        ((head.attrs.get("code") == "FORMATION" and _HIGHER_TRAINING_RE.search(text, head.start, head.end)) or level_head)
        and first_gap.rstrip().endswith("(")
        and all(text[out[a].end : out[b].start].strip() == "," for a, b in zip(chain[1:], chain[2:], strict=False))
        and _BRACKET_CLOSES_RE.match(text, out[chain[-1]].end)
    )


_TYPE_BRACKET_RE = re.compile(r"\s*\(\s*(?:de\s+)?type\s+(?:court|long)\s*\)|^\((?:e|[èe]re|ne|trice|rice)\)|^\s*[12]\s*\+(?=\s)", re.I)  # "Master 2+ ou ingénieur"
# Round 12: the acronym restating the first diploma ("Diplôme d'État d'éducateur de jeunes enfants (DEEJE) ou CAP AEPE")
_ACRONYM_BRACKET_RE = re.compile(r"^\s*\(\s*[A-Z][A-Z0-9.&-]{1,11}\s*\)")
# Words allowed between chained diplomas ("BTS Electrotechnique ou DUT", "CAP boulanger, ou CAP pâtissier").
_MAX_GAP = 40


def _gap_words_ok(gap: str) -> bool:
    gap = _ACRONYM_BRACKET_RE.sub(" ", _TYPE_BRACKET_RE.sub(" ", gap))  # Round 12: "Bachelier en informatique (type court) ou master (type long)"
    if _CONNECTOR_RE.match(gap):
        return True
    # Round 9: the training's field, then the examples after "type" ("formation supérieure en informatique type Bac+5").
    # and the training's field before the bracket of its levels ("formation supérieure en comptabilité (Bac +2 / Bac +3)").
    if re.match(r"^\s+en\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+(?:(?:de\s+)?type\s+|\(\s*)$", gap, re.I):
        return True
    # A short domain after the first diploma: "BTS comptabilité ou DUT", "Bac ST2S ou BTS".
    # Round 12: the domain may close the bracket of examples ("Bac+2 (BTS SIO, DUT informatique) ou titre RNCP").
    m = re.match(r"^\s*[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s*\)?\s*(?:,\s*)?(?:et\s*/\s*)?(?:ou|or|/)\s*(?:un(?:e)?\s+|d'un(?:e)?\s+)?$", gap, re.I)
    # Round 12: a domain then a comma continues a list ("master en sciences économiques, ingénieur de gestion ou
    # bachelier", "BTS SIO, DUT informatique"); the chain is a group only if an "ou" or "/" joins it elsewhere.
    comma = re.match(r"^\s+(?:(?:en|in|de|d')\s*)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s*,\s*(?:un(?:e)?\s+|d'un(?:e)?\s+)?$", gap, re.I)
    return bool(m or comma) and "\n" not in gap


# Round 16: a comma that closes one requirement and opens a wished upgrade ("CAP cuisine au minimum, BP ou BTS appréciés",
# "CAP carrosserie et/ou CAP peinture, Bac pro apprécié"): the items after the comma are no alternative of those before —
# when the first ones carry their own cue ("au minimum", "exigé") or are already a closed list of alternatives, and the
# later ones end on a preference cue before the sentence ends.
_OWN_CUE_GAP_RE = re.compile(r"(?:minimum|min\.|exig[ée]e?s?|requise?s?|obligatoires?|indispensables?)\s*,\s*$", re.I)
_COMMA_GAP_RE = re.compile(r"^[^,()/]*,\s*$")
_PREFERENCE_TO_END_RE = re.compile(r"[^.;!?\n]*?\b(?:appr[ée]ci[ée]e?s?|souhait[ée]e?s?|(?:un|en)\s+plus|atout|bienvenue?s?)\b", re.I)


def _upgrade_after_comma(out: list[Mention], chain: list[int], idx: int, gap: str, text: str, disjunctive: bool) -> bool:
    if out[idx].kind != "diploma" or not _COMMA_GAP_RE.match(gap) or not _PREFERENCE_TO_END_RE.match(text, out[idx].start):
        return False
    head = text[out[chain[0]].start : out[chain[-1]].end]
    if _PREFERENCE_TO_END_RE.match(head):
        return False  # the first items are wished too: one list
    return bool(_OWN_CUE_GAP_RE.search(gap)) or (disjunctive and len(chain) > 1)


def group_alternatives(mentions: list[Mention], text: str, first_group: int = 1) -> tuple[list[Mention], int]:
    """Assign `alternative_group` numbers from `first_group`; return the mentions and the next free number."""
    out = sorted(mentions, key=lambda m: m.start)
    next_group = first_group
    by_family: dict[str, list[int]] = {}
    for i, m in enumerate(out):
        if m.kind in {"protected_criterion", "soft_skill", "skill"} or m.attrs.get("bilingual"):
            continue  # "bilingue FR/NL" asks for both languages
        if m.attrs.get("code") == "SPECIALISATION":
            continue  # Round 9: a diploma's wished specialty refines it, it is no alternative (labelling guide)
        by_family.setdefault(m.family or m.kind, []).append(i)
    chains: list[tuple[list[int], bool]] = []
    for indices in by_family.values():
        chain: list[int] = []
        disjunctive = False
        for idx in indices:
            if chain:
                prev = out[chain[-1]]
                gap = text[prev.end : out[idx].start]
                # an item apposed after a colon ("Formation Bac +5 : ingénieur généraliste") when read as listed
                colon = gap.strip() == ":" and "\n" not in gap and bool(out[idx].attrs.get("listed"))
                upgrade = _upgrade_after_comma(out, chain, idx, gap, text, disjunctive)
                if len(gap) <= _MAX_GAP and out[idx].start >= prev.end and (_gap_words_ok(gap) or colon) and not upgrade:
                    chain.append(idx)
                    # Round 9: a list the recogniser read as accepted options ("Formation supérieure Architecte,
                    # Ingénieur, Urbaniste") is a group of alternatives even when only commas join it.
                    listed = bool(out[idx].attrs.get("listed") and (prev.attrs.get("listed") or gap.strip() == ":"))
                    disjunctive = disjunctive or listed or bool(_DISJUNCTIVE_RE.search(gap))
                    continue
                chains.append((chain, disjunctive))
            chain, disjunctive = [idx], False
        chains.append((chain, disjunctive))
    for chain, disjunctive in sorted(chains, key=lambda c: out[c[0][0]].start if c[0] else 0):
        if len(chain) > 1 and out[chain[0]].kind == "diploma" and _OR_EQUIVALENT_AFTER_RE.match(text, out[chain[-1]].end):
            disjunctive = True
        if len(chain) > 2 and out[chain[0]].kind == "diploma" and _higher_training_bracket(out, chain, text):
            disjunctive = True
        if len(chain) > 1 and disjunctive:
            for j in chain:
                out[j] = out[j].with_(alternative_group=next_group)
            next_group += 1
    return out, next_group


def waive_groups_with_no_diploma(mentions: list[Mention]) -> list[Mention]:
    """Round 21: a group whose ways in include "no diploma" ("d'un DEAES, d'un titre ADVF ou que vous n'ayez aucun diplôme",
    "CAP cuisine ou sans diplôme", "école d'ingé ou parcours atypique") asks none of them: every member is optional, as
    the golds read such lists (q, r)."""
    waived = {
        m.alternative_group
        for m in mentions
        if m.alternative_group is not None and m.kind == "diploma" and m.attrs.get("code") == "SANS DIPLOME"
    }
    if not waived:
        return mentions
    return [
        m.with_(forced_strength="optional") if m.alternative_group in waived and m.family == "diploma" else m
        for m in mentions
    ]
