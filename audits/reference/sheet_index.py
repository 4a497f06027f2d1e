"""BM25 index of the ROME job sheets' own words, to read a job ad's description against every sheet.

A title often names the job only vaguely ("Agent de production", "Agent polyvalent", "Technicien maintenance"):
several sheets fit it equally well, and the ad's mission paragraph is what tells them apart. Each sheet's
"document" is what ROME says about the job: its label, its appellations, the labels of its competences and
savoirs (core ones counted twice) and its definition, which is written much like an ad's mission paragraph.

The index is built lazily, on the first description it is asked about (about 0.3 s), so that the title-only
path keeps its start-up time. Tokens go through `text.fold` and the same noise list as the titles, without the
title-only abbreviation expansion (ROME texts spell words out).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from audits.reference.text import NOISE_WORDS, fold, singular

BM25_K1 = 1.2
BM25_B = 0.75
CORE_COMPETENCE_WEIGHT = 2  # coeur_metier competences say what the job is; the others what it may include

# Frequent words of ads and ROME texts alike that say nothing about which job it is.
_STOP = frozenset(
    """
    vou nou notre votre vos nos son ses leur leurs est sont etre avoir ete etc plus tres bien tout tous toute
    toutes dont qui que quoi sont cette ces cet ce se sa par pas ne elle il ils elles on peut peuvent selon afin
    ainsi entre sous sans lors apres avant aupres comme aussi fait faire travail travailler equipe entreprise
    societe client clients activite activites ensemble cadre sein type differents differentes different
    """.split()
)


_TOKEN_MEMO: dict[str, str | None] = {}  # folded word -> index word or None; bounded by the vocabulary of ROME


def _index_word(tok: str) -> str | None:
    if len(tok) < 3 or tok.isdigit() or tok in NOISE_WORDS:
        return None
    tok = singular(tok)
    return None if tok in _STOP or tok in NOISE_WORDS else tok


def doc_tokens(text: str) -> list[str]:
    """Folded, singularised content words of a free text (fast path: no abbreviation expansion)."""
    memo = _TOKEN_MEMO
    out: list[str] = []
    for tok in fold(text).split():
        word = memo.get(tok, "")
        if word == "":
            word = _index_word(tok)
            if len(memo) < 200_000:
                memo[tok] = word
        if word is not None:
            out.append(word)
    return out


_SEPARATOR = " qqsheetsepqq "  # survives fold(): lets 46k short texts be folded in one call (start-up time)


class SheetTextIndex:
    """BM25 over the 1,584 ROME sheets; `scores(description)` gives every sheet's similarity in [0, 1]."""

    def __init__(self, occupations: dict[str, Any], item_labels: dict[str, str]) -> None:
        self.codes: list[str] = sorted(occupations)
        n_docs = len(self.codes)
        # Each sheet is a list of (text, repeat) pairs; texts repeat across sheets (competences), so they are
        # tokenised once each.
        sheets: list[list[tuple[str, int]]] = []
        for code in self.codes:
            occ = occupations[code]
            parts = [(occ["label"], 1), (occ.get("definition", ""), 1)]
            parts += [(app[1], 1) for app in occ["appellations"]]
            parts += [(item_labels[ogr], CORE_COMPETENCE_WEIGHT if core else 1)
                      for ogr, core in occ["competences"] if ogr in item_labels]
            sheets.append(parts)
        texts = sorted({text for parts in sheets for text, _ in parts})
        folded = fold(_SEPARATOR.join(texts)).split(_SEPARATOR.strip())
        words = {w: _index_word(w) for w in set(" ".join(folded).split())}
        self._vocab: dict[str, int] = {}
        vocab = self._vocab
        text_ids: dict[str, list[int]] = {}
        for text, low in zip(texts, folded, strict=True):
            text_ids[text] = [vocab.setdefault(w, len(vocab)) for w in (words[t] for t in low.split()) if w is not None]
        # (token, sheet) pairs with their counts, all at once in numpy.
        per_sheet: list[list[int]] = []
        for parts in sheets:
            seq: list[int] = []
            for text, repeat in parts:
                seq.extend(text_ids[text] * repeat)
            per_sheet.append(seq)
        lengths = np.array([len(seq) for seq in per_sheet], dtype=np.float64)
        tokens = np.fromiter((t for seq in per_sheet for t in seq), dtype=np.int64, count=int(lengths.sum()))
        rows = np.repeat(np.arange(n_docs, dtype=np.int64), lengths.astype(np.int64))
        keys, counts = np.unique(tokens * max(n_docs, 1) + rows, return_counts=True)
        tok, row = keys // max(n_docs, 1), keys % max(n_docs, 1)
        df = np.bincount(tok, minlength=len(vocab)).astype(np.float64)
        idf = np.log(1 + (n_docs - df + 0.5) / (df + 0.5))
        avg = float(lengths.mean()) if n_docs else 1.0
        norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths / (avg or 1.0))
        cnt = counts.astype(np.float64)
        # CSR by token: postings of token t are rows/weights[indptr[t]:indptr[t+1]].
        self._rows = row.astype(np.int32)
        self._weights = idf[tok] * cnt * (BM25_K1 + 1) / (cnt + norm[row])
        self._indptr = np.searchsorted(tok, np.arange(len(vocab) + 1))

    def raw_scores(self, text: str) -> np.ndarray:
        """BM25 of the text (as a query; each distinct word once) against every sheet, in `self.codes` order."""
        ids = sorted({i for w in doc_tokens(text) if (i := self._vocab.get(w)) is not None})
        if not ids:
            return np.zeros(len(self.codes))
        starts, ends = self._indptr[ids], self._indptr[np.array(ids) + 1]
        sel = np.concatenate([np.arange(a, b) for a, b in zip(starts.tolist(), ends.tolist(), strict=True)])
        return np.bincount(self._rows[sel], weights=self._weights[sel], minlength=len(self.codes))

    def scores(self, text: str) -> dict[str, float]:
        """Similarity of the text to each sheet, divided by the best sheet's: 1.0 = the sheet the text reads
        most like among all 1,584 (an empty dict when the text shares no word with ROME)."""
        raw = self.raw_scores(text)
        top = float(raw.max()) if raw.size else 0.0
        if top <= 0:
            return {}
        rel = (raw / top).tolist()
        return {code: r for code, r in zip(self.codes, rel, strict=True) if r > 0}
