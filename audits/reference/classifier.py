"""Occupation classifier: a job-ad title (+ optional description) -> ROME code, appellation, ISCO code.

How it works (and why):
1. The 13k ROME appellations (masculine and feminine forms, long and short labels) and the 1.6k job-sheet
   labels are normalised once, at build time, into token lists ("entries", `label_index.py`), with the French
   ESCO labels of occupations that link to one ROME code ("barbier" for D1202), discounted (ESCO_FACTOR).
   Titles go through the same normalisation plus job-board noise removal (H/F, CDI, temps plein, inclusive
   writing...), `text.py`.
2. Title words are mapped onto the appellation vocabulary: exact, then singular, then a rapidfuzz near match
   for typos. Words outside the vocabulary (town and company names) simply drop out, which is what makes
   "magasinier PlaceVernoux" work without a list of French towns (Belgian municipalities are listed).
3. An inverted index (token -> entries, numpy arrays) scores every entry sharing a word with the title by an
   IDF-weighted F1 of shared words (rare words like "soudeur" weigh more than "agent"); the short list is
   re-scored with rapidfuzz's token_sort_ratio for word order and near-spellings.
4. The best entry of each ROME code gives the code's score, plus a small bonus when several of the code's
   appellations fit. With a description, every candidate gets the description's BM25 similarity to its ROME
   sheet (`sheet_index.py`: label, appellations, competences, definition); when the title is generic (several
   sheets have appellations containing all its words, none is the title itself) the description decides among
   those sheets. A title naming no job falls back on the job the description names ("Nous recherchons un(e)
   ..."); a description alone never makes a code.
5. Alternatives, most likely first: the runner-up the description clearly prefers to the answer (among the
   first three the title also names), the ROME 4.0 parent sheet of a child sheet, then the ranking.
Figures and their commands: docs/reference-data.md.
"""

from __future__ import annotations

import math
import re
import threading
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from audits.model import Occupation, OccupationAlternative
from audits.reference.label_index import ESCO_ENTRY, label_entries
from audits.reference.sheet_index import SheetTextIndex
from audits.reference.store import Reference, get_reference
from audits.reference.text import NORMALISATION_VERSION, content_tokens, singular, title_masculine_variants

MAX_TITLE_CHARS = 300  # longer "titles" are pasted descriptions: we read only their start
MAX_DESCRIPTION_CHARS = 2000  # the missions paragraph comes first; the rest is mostly company and benefits
MIN_SCORE = 0.45  # below this the best candidate is not trusted: "unknown"
DESCRIPTION_WEIGHT = 0.35  # tuned on the first 75 dev offers only (docs/reference-data.md)
ESCO_FACTOR = 0.95  # an ESCO label is a second-hand name of the job: ROME's own appellations win a tie
N_ALTERNATIVES = 5
SUPPORT_MIN_F = 0.5
SUPPORT_BONUS = 0.02
SUPPORT_CAP = 4
PREFILTER_SIZE = 30  # entries re-scored with rapidfuzz after the IDF prefilter
FAVOURITE_AMONG = 3  # runners-up among which the description's favourite is listed first
FAVOURITE_MARGIN = 0.1  # ... if its description similarity beats the answer's by this much
FAVOURITE_MIN = 0.5  # ... and is at least this (1 = the sheet the description reads most like)
MIN_CODES = N_ALTERNATIVES + 1  # distinct ROME codes the short list must hold when the title's words allow
FULL_COVER = 0.999
GENERIC_BAND = 0.05
EXACT_SCORE = 0.95
CONF_MARGIN = 0.15
CONF_MARGIN_FLOOR = 0.7
CONF_DESC_FLOOR = 0.7


@dataclass(frozen=True)
class _Entry:
    tokens: tuple[str, ...]
    text: str  # tokens joined, for rapidfuzz
    rome_code: str
    appellation_code: str | None  # None for the job-sheet label itself and for ESCO titles
    factor: float = 1.0  # ESCO_FACTOR for an ESCO title


class ScoredCandidate(NamedTuple):  # a NamedTuple: thousands are made per second, dataclasses are slower
    rome_code: str
    appellation_code: str | None
    score: float
    matched: str
    covered: float = 1.0  # IDF share of the title's words that the best entry contains (its recall)
    description: float | None = None  # similarity of the description to this sheet (1 = the most alike)

    @property
    def title_score(self) -> float:
        """The title's part of the score (the description's part taken out), in [0, 1]."""
        return self.score - DESCRIPTION_WEIGHT * (self.description or 0.0)


class OccupationClassifier:
    def __init__(self, reference: Reference) -> None:
        self.reference = reference
        self._entries: list[_Entry] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._by_prefix: dict[str, list[str]] = defaultdict(list)
        self._idf: dict[str, float] = {}
        self._entry_weight: np.ndarray = np.zeros(0)
        self._texts: list[str] = []
        self._codes: list[str] = []
        self._code_ids: np.ndarray = np.zeros(0, dtype=np.int32)  # entry -> index of its ROME code
        self._postings_arr: dict[str, np.ndarray] = {}
        self._token_map: dict[str, str | None] = {}
        self._places = reference.place_tokens
        self._raw = reference.raw_occupations()
        self._lock = threading.Lock()
        self._sheets: SheetTextIndex | None = None  # built on the first description (see sheet_index.py)
        self._build()

    # --- index ---------------------------------------------------------------------------------------------

    def _build(self) -> None:
        packaged = self.reference.packaged_label_entries(NORMALISATION_VERSION)
        entries = packaged if packaged is not None else label_entries(self.reference.raw_occupations())
        for text, code, app_code in entries:
            toks = tuple(text.split())
            idx = len(self._entries)
            if app_code == ESCO_ENTRY:
                self._entries.append(_Entry(toks, text, code, None, ESCO_FACTOR))
            else:
                self._entries.append(_Entry(toks, text, code, app_code))
            for t in set(toks):
                self._postings[t].append(idx)
        self._texts = [e.text for e in self._entries]
        self._codes = [e.rome_code for e in self._entries]
        code_index = {code: i for i, code in enumerate(sorted(set(self._codes)))}
        self._code_ids = np.array([code_index[c] for c in self._codes], dtype=np.int32)
        n = len(self._entries)
        self._idf = {t: math.log(1 + n / len(p)) for t, p in self._postings.items()}
        # Summed in the label's word order (dict.fromkeys keeps it, drops repeats): over a set the order follows the
        # string hashes, which change with each process (PYTHONHASHSEED), and so would the last bit of the float --
        # enough to flip two tied alternatives from one run to the next.
        self._entry_weight = np.array([sum(self._idf[t] for t in dict.fromkeys(e.tokens)) or 1.0 for e in self._entries])
        self._postings_arr = {t: np.array(p, dtype=np.int32) for t, p in self._postings.items()}
        for t in self._postings:
            self._by_prefix[t[:3]].append(t)

    # --- title words -> vocabulary --------------------------------------------------------------------------

    def _map_token(self, tok: str) -> str | None:
        if tok in self._token_map:
            return self._token_map[tok]
        mapped = self._map_token_uncached(tok)
        if len(self._token_map) < 200_000:  # bounded memo: unknown words of a long-running worker
            self._token_map[tok] = mapped
        return mapped

    def _map_token_uncached(self, tok: str) -> str | None:
        if tok in self._postings:
            return tok
        s = singular(tok)
        if s in self._postings:
            return s
        # Typos only ("magasiner", "preparatuer"): long words, same first letters, very close spelling.
        # Looser settings turn English words into French ones ("sales" -> "salle", "operator" -> "operatoire").
        if len(tok) < 6:
            return None
        pool = self._by_prefix.get(tok[:3], [])
        if not pool:
            return None
        pool = [t for t in pool if abs(len(t) - len(s)) <= 1]  # a typo, not another word ("experimentale")
        hit = process.extractOne(s, pool, scorer=fuzz.ratio, score_cutoff=90)
        return hit[0] if hit else None

    def _title_tokens(self, variant: str) -> list[str]:
        out: list[str] = []
        places: list[str] = []
        for tok in content_tokens(variant):
            if tok in self._places:
                places.append(tok)  # "Liège", "Namur": kept only if nothing else names the job
                continue
            mapped = self._map_token(tok)
            if mapped and mapped not in out:
                out.append(mapped)
        if not out:
            for tok in places:
                mapped = self._map_token(tok)
                if mapped and mapped not in out:
                    out.append(mapped)
        return out

    # --- scoring ---------------------------------------------------------------------------------------------

    def _score_variant(self, toks: list[str]) -> dict[str, ScoredCandidate]:
        """Best entry of each ROME code sharing a word with the title, with its score and coverage."""
        if not toks:
            return {}
        weight = {t: self._idf.get(t, 0.0) for t in toks}
        total_title = sum(weight.values()) or 1.0
        # Inverted-index prefilter, vectorised: shared IDF weight of every entry that has a title word.
        # Entry tokens are unique, so this sum is also the matched part of the entry's own weight.
        lists = [(self._postings_arr[t], weight[t]) for t in toks if t in self._postings_arr]
        if not lists:
            return {}
        all_idx = np.concatenate([p for p, _ in lists])
        all_w = np.repeat([w for _, w in lists], [p.size for p, _ in lists])
        candidates, inverse = np.unique(all_idx, return_inverse=True)
        shared = np.bincount(inverse, weights=all_w)
        # F1 of IDF-weighted precision and recall: every title word must be explained, and an appellation's
        # extra words count against it ("agent nettoyage" prefers "agent de nettoyage" to a longer label).
        recall = shared / total_title
        precision = shared / self._entry_weight[candidates]
        f_all = 2 * precision * recall / (precision + recall)
        if candidates.size > PREFILTER_SIZE:
            keep = np.argpartition(-f_all, PREFILTER_SIZE)[:PREFILTER_SIZE]
            if len(set(self._code_ids[candidates[keep]].tolist())) < MIN_CODES:
                # One sheet's many appellations ("Employé de rayon ..." x 30) crowd the others out of the short
                # list: add the best entry of each of the next best sheets, so that there are alternatives.
                by_f = np.argsort(-f_all, kind="stable")
                _, first = np.unique(self._code_ids[candidates[by_f]], return_index=True)
                keep = np.union1d(keep, by_f[np.sort(first)[:MIN_CODES]])
            candidates, f_all, recall = candidates[keep], f_all[keep], recall[keep]
        order = np.lexsort((candidates, -f_all))
        cand_list = candidates[order].tolist()
        f_list = f_all[order].tolist()
        r_list = recall[order].tolist()
        # rapidfuzz only on the short list, in one C call: word order and near-spellings separate close ones.
        texts = [self._texts[idx] for idx in cand_list]
        fuzzy = process.cdist([" ".join(toks)], texts, scorer=fuzz.token_sort_ratio, workers=1)[0].tolist()
        best_idx: dict[str, tuple[float, int, float]] = {}
        support: dict[str, int] = defaultdict(int)
        codes = self._codes
        entries = self._entries
        for idx, f, fz, rec in zip(cand_list, f_list, fuzzy, r_list, strict=True):
            score = (0.75 * f + 0.25 * fz / 100.0) * entries[idx].factor
            code = codes[idx]
            if f >= SUPPORT_MIN_F:
                support[code] += 1
            current = best_idx.get(code)
            if current is None or score > current[0]:
                best_idx[code] = (score, idx, rec)
        # A generic title ("Infirmier", "Agent de production") fits one appellation of many sheets about as well;
        # the sheet where SEVERAL appellations fit it is the better reading, so each extra one adds a little.
        best = {
            code: ScoredCandidate(
                code, self._entries[idx].appellation_code,
                min(1.0, score + SUPPORT_BONUS * min(SUPPORT_CAP, support[code] - 1) if support[code] > 1 else score),
                self._texts[idx],
                rec,
            )
            for code, (score, idx, rec) in best_idx.items()
        }
        return best

    # --- public ----------------------------------------------------------------------------------------------

    def rank(self, title: str, description: str | None = None) -> list[ScoredCandidate]:
        """All candidate ROME codes, best first. Title-only scores are in [0, 1]; with a description, the
        description's similarity to each sheet is added (up to DESCRIPTION_WEIGHT)."""
        if not isinstance(title, str):
            return []
        title = title[:MAX_TITLE_CHARS]
        sim: dict[str, float] = {}
        if description and isinstance(description, str):
            sim = self._sheet_index().scores(description[:MAX_DESCRIPTION_CHARS])
        merged: dict[str, ScoredCandidate] = {}
        seen: set[tuple[str, ...]] = set()
        for i, variant in enumerate(title_masculine_variants(title)):
            toks = self._title_tokens(variant)
            if tuple(toks) in seen:
                continue  # another reading with the same words: already scored, with a smaller discount
            seen.add(tuple(toks))
            # Side readings of "job A / job B" are discounted: the whole title, then its first job, come first.
            discount = 1.0 if i == 0 else (0.97 if i == 1 else 0.94)
            for code, cand in self._score_variant(toks).items():
                if discount != 1.0:
                    cand = cand._replace(score=cand.score * discount)
                current = merged.get(code)
                if current is None or cand.score > current.score:
                    merged[code] = cand
        ranked = sorted(merged.values(), key=lambda c: (-c.score, c.rome_code))
        if not ranked:
            return []
        if sim:
            ranked = self._rerank_with_description(ranked, sim)
        return ranked

    def warm_up(self) -> None:
        """Build the description index now (≈ 1 s) rather than on the first description: call it when a
        worker starts, so that no request pays for it."""
        self._sheet_index()

    def _sheet_index(self) -> SheetTextIndex:
        if self._sheets is None:
            with self._lock:
                if self._sheets is None:
                    labels = {ogr: label for ogr, label, _code in self.reference.competences_index()}
                    self._sheets = SheetTextIndex(self._raw, labels)
        return self._sheets

    def _rerank_with_description(self, ranked: list[ScoredCandidate], sim: dict[str, float]
                                 ) -> list[ScoredCandidate]:
        """Add the description's similarity to each candidate's sheet (BM25 relative to the best of all 1,584
        sheets). A generic title ("Agent d'entretien", "Agent de production") is contained whole in
        appellations of many sheets; among those, the title cannot choose (the shortest appellation wins F1 by
        a hair), so their title scores are brought within GENERIC_BAND of each other and the description
        decides. A precise title keeps its lead: the others do not contain all its words."""
        full = [c.score for c in ranked if c.covered >= FULL_COVER]
        # A title that IS an appellation ("Magasinier") is not generic: the others only contain it.
        generic = len(full) > 1 and ranked[0].score < EXACT_SCORE
        floor = max(full) - GENERIC_BAND if generic else None
        rescored = []
        for c in ranked:
            score = c.score
            if floor is not None and c.covered >= FULL_COVER and score < floor:
                score = floor
            d = sim.get(c.rome_code, 0.0)
            rescored.append(c._replace(score=score + DESCRIPTION_WEIGHT * d, description=d))
        return sorted(rescored, key=lambda c: (-c.score, c.rome_code))

    def classify(self, title: str, description: str | None = None) -> Occupation:
        if not isinstance(title, str) or looks_foreign(title, description):
            return Occupation.unknown()
        ranked = self.rank(title, description)
        if not _trusted(ranked) and isinstance(description, str):
            # Title says nothing ("Offre d'emploi", "Poste à pourvoir"): the description often names the job
            # in its first lines ("Nous recherchons un(e) préparateur de commandes"); read that, discounted.
            m = _WANTED.search(description[:MAX_DESCRIPTION_CHARS])
            if m:
                ranked = [c._replace(score=c.score * 0.85) for c in self.rank(m.group(1), description)]
        if not _trusted(ranked):
            return Occupation.unknown()
        best = ranked[0]
        confidence = _confidence(best, ranked[1] if len(ranked) > 1 else None)
        raw = self._raw
        alternatives = self._alternatives(ranked, confidence)
        return Occupation(
            rome_code=best.rome_code,
            confidence=round(confidence, 4),
            appellation_code=best.appellation_code,
            label=raw[best.rome_code]["label"],
            isco_code=raw[best.rome_code]["isco_code"],
            alternatives=alternatives,
        )

    def _alternatives(self, ranked: list[ScoredCandidate], confidence: float) -> tuple[OccupationAlternative, ...]:
        """The runners-up, most likely first: the description's favourite, the parent sheet, then the ranking."""
        raw = self._raw
        best = ranked[0]
        others = [(c.rome_code, c.score) for c in ranked[1:]]
        # A ROME 4.0 child sheet (e.g. D1302 "Responsable de boutique") was carved out of its parent (D1301):
        # data coded with an earlier ROME version, or by someone who hesitated, uses the parent. It is a likely
        # alternative, so it comes early (with the runner-up's score if that is higher).
        parent = raw[best.rome_code].get("rome_parent")
        if parent and parent != best.rome_code and parent in raw:
            parent_score = max([s for code, s in others if code == parent] + [best.score * 0.9])
            others = [(parent, parent_score)] + [(code, s) for code, s in others if code != parent]
        # Title and description are two readings of the job, and the runners-up of their sum often repeat the
        # title's reading (other sheets with the same words). Among the first runners-up, the sheet that the
        # description reads most like, if the title also names it well enough, is the other reading: first.
        favoured = _description_favourite(ranked)
        if favoured is not None:
            others = [(favoured.rome_code, favoured.score)] + [(c, s) for c, s in others if c != favoured.rome_code]
        # Relative to the best code's confidence and always below it: an alternative is a runner-up. Listed
        # order is likelihood order, so an alternative moved up gets at least the confidence of those after it.
        others = others[:N_ALTERNATIVES]
        confidences = [max(0.0, confidence * 0.9 * min(1.0, score / best.score)) for _, score in others]
        for i in range(len(confidences) - 2, -1, -1):
            confidences[i] = max(confidences[i], confidences[i + 1])
        return tuple(
            OccupationAlternative(rome_code=code, label=raw[code]["label"], confidence=round(conf, 4))
            for (code, _), conf in zip(others, confidences, strict=True)
        )


def _trusted(ranked: list[ScoredCandidate]) -> bool:
    """Some code matches the title well enough. The best code overall may be one the title matches less well
    but the description reads like (its confidence says so); a description alone never makes a code."""
    if not ranked:
        return False
    if ranked[0].description is None:  # title only: the list is sorted by the title's score
        return ranked[0].score >= MIN_SCORE
    return max(c.title_score for c in ranked) >= MIN_SCORE


def _description_favourite(ranked: list[ScoredCandidate]) -> ScoredCandidate | None:
    """Among the first runners-up whose title score is trusted on its own, the one the description reads most
    like, if it reads clearly more like it than like the answer (else the description agrees with the answer)."""
    # Only a sheet the description clearly prefers to the answer is another reading (small differences are noise).
    floor = max((ranked[0].description or 0.0) + FAVOURITE_MARGIN, FAVOURITE_MIN)
    pool = [c for c in ranked[1:1 + FAVOURITE_AMONG] if (c.description or 0.0) >= floor and c.title_score >= MIN_SCORE]
    return max(pool, key=lambda c: (c.description or 0.0, c.score)) if pool else None


def _confidence(best: ScoredCandidate, second: ScoredCandidate | None) -> float:
    """How far to trust the best code, in [0, 1]; calibrated on the first half of the dev offers (accuracy per
    confidence bucket in docs/reference-data.md). Three signals: how well the title matches its best
    appellation, the lead over the runner-up, and, when there is a description, whether it reads like the
    chosen sheet (a description that points elsewhere halves the trust in a close call)."""
    margin = best.score - (second.score if second is not None else 0.0)
    conf = min(1.0, best.title_score) * (CONF_MARGIN_FLOOR + (1 - CONF_MARGIN_FLOOR) * min(1.0, margin / CONF_MARGIN))
    if best.description is not None:
        conf *= CONF_DESC_FLOOR + (1 - CONF_DESC_FLOOR) * best.description
    return max(0.0, min(1.0, conf))


_WANTED = re.compile(
    r"\b(?:recherch|recrut)\w*\s+(?:pour [^,.]{0,40}?\s+)?(?:un|une|des|son|sa|notre|nos|1|2)?\s*(?:\(e\)|·e)?\s*"
    r"(?:futur\w*\s+)?([^.,;:!?\n()]{3,60})",
    re.IGNORECASE,
)

# Function words that are frequent in English, Dutch and German ads and absent from French ones.
_FOREIGN_WORDS = frozenset(
    "the and of for with you we our are is to your will this that who be have "  # English
    "het een van voor wij jij zijn met ons onze je bent werk "  # Dutch ("de", "en" are French too)
    "und der die das mit wir sie ist fur für bei unser".split()  # German
)
_FRENCH_WORDS = frozenset("le la les des du et vous nous pour avec dans une est au aux sur votre vos notre nos".split())


def looks_foreign(title: str, description: str | None = None) -> bool:
    """True when the ad is clearly not French: more foreign than French function words (title + start of
    the description). Titles alone rarely carry function words, so a lone title rarely trips this."""
    text = title[:MAX_TITLE_CHARS] + " " + (description[:1000] if isinstance(description, str) else "")
    words = text.lower().split()
    foreign = sum(w in _FOREIGN_WORDS for w in words)
    french = sum(w in _FRENCH_WORDS for w in words)
    return foreign >= 2 and foreign > 2 * french


_LOCK = threading.Lock()
_CLASSIFIER: OccupationClassifier | None = None


def get_classifier() -> OccupationClassifier:
    global _CLASSIFIER
    if _CLASSIFIER is None:
        with _LOCK:
            if _CLASSIFIER is None:
                _CLASSIFIER = OccupationClassifier(get_reference())
    return _CLASSIFIER


def classify(title: str, description: str | None = None) -> Occupation:
    """Classify a job-ad title. Never raises on str input: unusable input gives `Occupation.unknown()`."""
    try:
        return get_classifier().classify(title, description)
    except (ValueError, TypeError, IndexError, KeyError, re.error):
        # Defensive: a classifier bug on one odd title must not break the extraction of a whole batch.
        return Occupation.unknown()


