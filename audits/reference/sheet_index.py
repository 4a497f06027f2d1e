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

import math
from collections import Counter
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


class SheetTextIndex:
    """BM25 over the 1,584 ROME sheets; `scores(description)` gives every sheet's similarity in [0, 1]."""

    def __init__(self, occupations: dict[str, Any], item_labels: dict[str, str]) -> None:
        self.codes: list[str] = sorted(occupations)
        self._row = {code: i for i, code in enumerate(self.codes)}
        memo: dict[str, list[str]] = {}  # competence labels repeat across sheets

        def toks(text: str) -> list[str]:
            got = memo.get(text)
            if got is None:
                got = memo[text] = doc_tokens(text)
            return got

        tf_rows: list[Counter[str]] = []
        for code in self.codes:
            occ = occupations[code]
            words = toks(occ["label"]) + toks(occ.get("definition", ""))
            for app in occ["appellations"]:
                words += toks(app[1])
            for ogr, core in occ["competences"]:
                label = item_labels.get(ogr)
                if label is not None:
                    words += toks(label) * (CORE_COMPETENCE_WEIGHT if core else 1)
            tf_rows.append(Counter(words))
        n_docs = len(tf_rows)
        lengths = np.array([sum(tf.values()) for tf in tf_rows], dtype=np.float64)
        avg = float(lengths.mean()) if n_docs else 1.0
        postings: dict[str, list[tuple[int, int]]] = {}
        for row, tf in enumerate(tf_rows):
            for tok, count in tf.items():
                postings.setdefault(tok, []).append((row, count))
        self._post: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        norm = BM25_K1 * (1 - BM25_B + BM25_B * lengths / (avg or 1.0))
        for tok, plist in postings.items():
            rows = np.fromiter((r for r, _ in plist), dtype=np.int32, count=len(plist))
            counts = np.fromiter((c for _, c in plist), dtype=np.float64, count=len(plist))
            df = len(plist)
            idf = math.log(1 + (n_docs - df + 0.5) / (df + 0.5))
            self._post[tok] = (rows, idf * counts * (BM25_K1 + 1) / (counts + norm[rows]))

    def raw_scores(self, text: str) -> np.ndarray:
        """BM25 of the text (as a query; each distinct word once) against every sheet, in `self.codes` order."""
        out = np.zeros(len(self.codes))
        for tok in set(doc_tokens(text)):
            hit = self._post.get(tok)
            if hit is not None:
                out[hit[0]] += hit[1]
        return out

    def scores(self, text: str) -> dict[str, float]:
        """Similarity of the text to each sheet, divided by the best sheet's: 1.0 = the sheet the text reads
        most like among all 1,584 (0 for every sheet when the text shares no word with ROME)."""
        raw = self.raw_scores(text)
        top = float(raw.max()) if raw.size else 0.0
        if top <= 0:
            return {}
        rel = raw / top
        nz = np.nonzero(rel)[0]
        return {self.codes[i]: float(rel[i]) for i in nz.tolist()}

    def row(self, code: str) -> int | None:
        return self._row.get(code)
