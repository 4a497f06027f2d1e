"""Which parts of an ad the span model reads: the lines (or sentences of long lines) that hold a requirement cue.

The model's tok2vec is a window CNN whose output for a token depends on 4 tokens on each side, so a sentence read
alone gets the same features as inside the whole ad; reading only the sentences where a requirement word occurs
(diploma, school, level, experience, seniority, language, licence, certification words) keeps its cost to a fraction
of the text. The same gate selects the training sentences, so the model is trained on what it will be shown.
"""

from __future__ import annotations

import re

from audits.extract.scope import Layout

# Lower-case and strip French accents one character for one (the cleaned text is NFC), so offsets are kept.
_PLAIN = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ", "aaaaaaceeeeiiiinooooouuuuyyoa")


def _plain(text: str) -> str:
    # (A character whose lower case is longer, such as "İ", shifts the offsets after it: only the gate's decision for
    # the windows after it can change, never an output offset, which comes from the layout.)
    return text.lower().translate(_PLAIN)


# Stems, lower-case without accents; a sentence with none of them holds no requirement of the model's kinds.
_CUE_RE = re.compile(
    r"diplom|\bbac|master|mastere|licence|\bbts\b|\bdut\b|\bbut\b|\bcap\b|\bbep\b|ingenieur|engineer|ecole|univers|"
    r"formation|\bniveau|doctorat|\bphd\b|degree|\bcess\b|\bcq[67]\b|bachelier|bachelor|\bbes\b|graduat|enseignement|"
    r"titulaire|issue?s?\b|cursus|etudes|\bdeae?s\b|aide[- ]soignant|infirmier|\bibode\b|\bmba\b|\bmsc\b|"
    r"experien|\bxp\b|\bexp\b|\bans?\b|annee|\bmois\b|years?\b|senior|junior|confirm|experiment|debutant|deja|"
    r"idealement|de preference|si possible|\bpro\b|profession|parcours|background|venez|viens|\bstage|alternance|"
    r"anglais|francais|neerlandais|allemand|espagnol|italien|portugais|arabe|chinois|russe|polonais|turc|"
    r"langue|lingu|bilingue|english|german|dutch|french|spanish|fluent|\b[abc][12]\b|courant|notions|"
    r"\b(?:fr|en|nl|de)\s*/\s*(?:fr|en|nl|de)\b|"
    r"permis|\bvl\b|\bpl\b|\bspl\b|caces|habilit|certifi|\bsst\b|haccp|fimo|\bfco\b|tachygraph|\bvca\b|bafa|aipr|\bcqp\b",
)


# The diploma gate (`gate="diploma"`): stems of diploma wordings only, for a diploma-only model (fewer, shorter windows
# than the all-kinds gate above, so a faster model). Same folding as `_CUE_RE`.
_DIPLOMA_CUE_RE = re.compile(
    r"diplom|\btitre|\bbac|master|\bbachel|\bcess\b|\bcq\b|\bcq\s?[1-7]\b|\bcap\b|\bbep\b|\bbts\b|\bdut\b|\bbut\b|"
    r"formation|certific|etudes|enseign|\bniveau|ecole|graduat|licence|brevet|ifapme|cefa\b|degree|ingenieur|engineer|"
    r"univers|doctorat|\bphd\b|\bbes\b|cursus|titulaire|issue?s?\b|\bdeae?s\b|aide[- ]soignant|infirmier|\bibode\b|"
    r"\bmba\b|\bmsc\b|\bdeu[gs]t?\b|qualifi|\bcqp\b|\bbp\b|\bbpjeps\b|\bcfc\b|\bhaute ecole|\bhe\b|\bmastere|"
    r"\bsecondaire|superieur|\bapprentissage|\bcap\w*|\bbp\w*|\bbtsa\b|\bmc\b|specialisation|educat\w*\W+a[12]\b|"
    r"\baes[si]\b|\bce1d\b|\bceb\b|\bde(?:a|es|me|aes|as|is)\b|gradu|\bequiv|\bd\.?e\.?\s*$",
)
GATES = {"all": _CUE_RE, "diploma": _DIPLOMA_CUE_RE}


# A line longer than this is read sentence by sentence (one-paragraph ads); shorter lines are read whole, so that a
# requirement cut by an abbreviation's full stop ("min. 5 ans") stays in one window.
LONG_LINE = 300


def cue_sentences(text: str, layout: Layout | None = None, gate: str = "all") -> list[tuple[int, int]]:
    """(start, end) of each window of `text` that holds a requirement cue, in text order: lines, long lines cut into
    their sentences. `gate` names the cue list (`GATES`: "all" kinds, or "diploma" words only)."""
    cue = GATES[gate]
    layout = layout or Layout(text)
    low = _plain(text)
    windows: list[tuple[int, int]] = []
    for line in layout.lines:
        if line.end - line.start <= LONG_LINE:
            windows.append((line.start, line.end))
        else:
            windows.extend((s, e) for s, e in layout.sentences if line.start <= s and e <= line.end)
    return [(s, e) for s, e in windows if e - s >= 2 and cue.search(low, s, e)]
