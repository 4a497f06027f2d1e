"""`Extractor`: the public entry point of requirement extraction.

    ex = Extractor()                        # loads spaCy and the term lists once
    res = ex.extract("id", title, description)
    for res in ex.extract_many(items): ...  # nlp.pipe in batches; items are {"id", "title", "description"}

Offsets of every requirement point into the ORIGINAL field (`text == field[start:end]`), also for HTML
descriptions. Limits: descriptions longer than `max_chars` (100,000 by default) are truncated and the result
carries a warning. A text detected as English or German carries a warning and yields only its explicit
English/German requirement phrases (recognizers/foreign.py) and the items of its French sentences: the French rules
read the description with its English/German sentences blanked (`pj_foreign`, offsets unchanged).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from audits.extract.alternatives import group_alternatives  # noqa: F401  (re-exported for tests)
from audits.extract.components import BASE_COMPONENTS  # importing it registers the factories
from audits.extract.langdetect import detect_language
from audits.extract.mention import Mention
from audits.extract.recognizers.foreign import foreign_segments
from audits.extract.textmap import CleanText, clean_text
from audits.model import ExtractionResult, Occupation, Requirement

MAX_CHARS = 100_000
BASE_MODEL = "fr_core_news_sm"
_ATTRS = ("eqf_level", "isced_level", "domain", "years", "language", "cefr", "category", "code", "criterion")


# Languages whose explicit requirement phrases are read (recognizers/foreign.py); other non-French texts give nothing.
_FOREIGN_READ = frozenset({"en", "de"})
_LEXICON_KINDS = frozenset({"soft_skill", "skill"})


class InvalidOfferError(ValueError):
    """An item given to `extract_many` is not {"id": str, "title": str, "description": str}."""


def load_base_pipeline() -> Language:
    """fr_core_news_sm with tok2vec + morphologizer + attribute_ruler + lemmatizer (no parser, no NER)."""
    nlp = spacy.load(BASE_MODEL, exclude=["parser", "ner", "senter"])
    _lemma_index_as_sets(nlp)
    return nlp


def _lemma_index_as_sets(nlp: Language) -> None:
    """The French lemmatizer's index of known forms by part of speech, as sets (same lemmas).

    The model ships it as lists (up to 66,000 forms) and the lemmatizer only asks `form in index`, once per rule
    tried: a word not yet in its cache cost ~0.8 ms (40 ms for a new description's words). Cached words are
    unchanged, so a benchmark's best pass over texts already read does not show it; a stream of new ads does.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos in list(table):
        table[pos] = frozenset(table[pos])


def build_pipeline(config: dict[str, Any] | None = None) -> Language:
    """Base pipeline + our registered components; `config` is {"pj_requirements": {...}, "pj_soft_skills": {...}}."""
    config = config or {}
    nlp = load_base_pipeline()
    nlp.add_pipe("pj_requirements", config=config.get("pj_requirements", {}))
    soft = nlp.add_pipe("pj_soft_skills", config=config.get("pj_soft_skills", {}))
    if config.get("skills", True):
        nlp.add_pipe("pj_skills", config=config.get("pj_skills", {}))
    if getattr(soft, "lemma_gate", False):
        # pj_soft_skills runs the statistical components itself, on the sentences that can hold a soft skill;
        # nothing else reads their annotations (recognisers read the text, pj_skills lower-cased tokens).
        for name in BASE_COMPONENTS:
            if name in nlp.pipe_names:
                nlp.disable_pipe(name)
    return nlp


def bare_pipe(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """The statistical components of `nlp` over whole texts, as `nlp.pipe` runs them (benchmark baseline).

    They may be disabled in an extraction pipeline (see `build_pipeline`); `select_pipes` cannot enable them.
    """
    docs: Iterable[Doc] = (nlp.make_doc(t) for t in texts)
    for name in BASE_COMPONENTS:
        proc = nlp.get_pipe(name)
        docs = proc.pipe(docs, batch_size=batch_size) if hasattr(proc, "pipe") else map(proc, docs)
    return iter(docs)


def _classifier() -> Any:
    try:
        from audits.reference import classify
    except ImportError as exc:  # tolerated only while audits.reference is not in this checkout
        if exc.name != "audits.reference":
            raise
        return None
    return classify


@lru_cache(maxsize=1)
def _competences_by_occupation() -> dict[str, frozenset[str]]:
    """ROME code -> its competences' code_ogr, built once from the reference's index (100k rows)."""
    try:
        from audits.reference import get_reference
    except ImportError as exc:  # tolerated only while audits.reference is not in this checkout
        if exc.name != "audits.reference":
            raise
        return {}
    by_rome: dict[str, set[str]] = {}
    for code, _label, rome in get_reference().competences_index():
        by_rome.setdefault(rome, set()).add(code)
    return {rome: frozenset(codes) for rome, codes in by_rome.items()}


def _occupation_competences(rome_code: str | None) -> frozenset[str]:
    if rome_code is None:
        return frozenset()
    return _competences_by_occupation().get(rome_code, frozenset())


@dataclass
class _Prepared:
    id: str
    title: str
    description: str
    clean_title: CleanText
    clean_description: CleanText
    language: str
    warnings: list[str]


class Extractor:
    # batch_size: offers per nlp.pipe batch (two docs each). The peak RSS grows with it (measured on the dev set
    # without classifier: 4 -> 395 MB, 16 -> 451 MB, 32 -> 531 MB) while the speed barely changes.
    def __init__(
        self,
        config: dict[str, Any] | None = None,
        *,
        nlp: Language | None = None,
        batch_size: int = 16,
        max_chars: int = MAX_CHARS,
        classify: bool = True,
    ) -> None:
        self.nlp = nlp if nlp is not None else build_pipeline(config)
        self.batch_size = batch_size
        self.max_chars = max_chars
        self._classify = _classifier() if classify else None
        self._competence_cache: dict[str | None, frozenset[str]] = {}

    # --- public API -------------------------------------------------------------------------------------
    def extract(self, id: str, title: str, description: str) -> ExtractionResult:
        return next(iter(self.extract_many([{"id": id, "title": title, "description": description}])))

    def extract_many(self, items: Iterable[dict[str, Any]]) -> Iterator[ExtractionResult]:
        batch: list[_Prepared] = []
        for n, item in enumerate(items):
            batch.append(self._prepare(item, n))
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    # --- internals --------------------------------------------------------------------------------------
    def _prepare(self, item: dict[str, Any], n: int) -> _Prepared:
        if not isinstance(item, dict):
            raise InvalidOfferError(f"élément {n + 1} : un objet {{id, title, description}} est attendu")
        oid, title, description = item.get("id"), item.get("title", ""), item.get("description", "")
        if not isinstance(oid, str) or not oid:
            raise InvalidOfferError(f"élément {n + 1} : « id » doit être une chaîne non vide")
        title = "" if title is None else title
        description = "" if description is None else description
        if not isinstance(title, str) or not isinstance(description, str):
            raise InvalidOfferError(f"offre {oid} : « title » et « description » doivent être des chaînes")
        warnings: list[str] = []
        if len(description) > self.max_chars:
            warnings.append(
                f"description tronquée à {self.max_chars} caractères (longueur {len(description)}) : "
                "les exigences au-delà ne sont pas extraites"
            )
            description = description[: self.max_chars]
        ct, cd = clean_text(title), clean_text(description)
        guess = detect_language(ct.text + "\n" + cd.text)
        if guess.language in _FOREIGN_READ:
            warnings.append(
                f"langue détectée : {guess.language} (pas le français) — seules les exigences explicites en anglais ou en "
                "allemand (langues, diplômes, expérience, permis) et les phrases en français sont lues"
            )
        elif guess.language != "fr":
            warnings.append(f"langue détectée : {guess.language} (pas le français) — aucune exigence extraite")
        if not (ct.text.strip() or cd.text.strip()):
            warnings.append("titre et description vides : aucune exigence extraite")
        return _Prepared(oid, title, description, ct, cd, guess.language, warnings)

    def _docs(self, batch: list[_Prepared], occupations: list[Occupation]) -> Iterator[Doc]:
        for p, occupation in zip(batch, occupations, strict=True):
            if not _read(p):
                continue
            for field, ct in (("title", p.clean_title), ("description", p.clean_description)):
                doc = self.nlp.make_doc(ct.text)
                if p.language != "fr" and field == "description":
                    # The French rules must not read English/German sentences (a title, a job name, is read as is).
                    doc.user_data["pj_foreign"] = foreign_segments(ct.text)
                doc.user_data["pj_field"] = field
                doc.user_data["pj_text"] = ct.text  # == doc.text, without joining the tokens again
                doc.user_data["pj_rome"] = occupation.rome_code
                yield doc

    def _run(self, batch: list[_Prepared]) -> Iterator[ExtractionResult]:
        occupations = [
            self._classify(p.title, p.description) if self._classify and p.language == "fr" else Occupation.unknown()
            for p in batch
        ]
        docs = iter(self.nlp.pipe(self._docs(batch, occupations), batch_size=self.batch_size * 2))
        for p, occupation in zip(batch, occupations, strict=True):
            if not _read(p):
                yield ExtractionResult(p.id, p.language, Occupation.unknown(), (), tuple(p.warnings))
                continue
            title_doc, desc_doc = next(docs), next(docs)
            competences = self._competences(occupation.rome_code)
            reqs: list[Requirement] = []
            next_group = 1
            for field, doc, ct, original in (
                ("title", title_doc, p.clean_title, p.title),
                ("description", desc_doc, p.clean_description, p.description),
            ):
                mentions = list(doc._.requirements or [])
                mentions += self._skills(doc, competences, mentions)
                foreign = doc.user_data.get("pj_foreign")
                if foreign:  # the French soft-skill and skill lexicons do not read English/German sentences either
                    mentions = [m for m in mentions if m.kind not in _LEXICON_KINDS or not any(a < m.end and m.start < b for a, b in foreign)]
                renumbered: dict[int, int] = {}
                for m in sorted(mentions, key=lambda m: m.start):
                    if m.alternative_group is not None and m.alternative_group not in renumbered:
                        renumbered[m.alternative_group] = next_group
                        next_group += 1
                    group = renumbered.get(m.alternative_group) if m.alternative_group is not None else None
                    reqs.append(self._requirement(m, field, ct, original, group))
            yield ExtractionResult(p.id, p.language, occupation, tuple(reqs), tuple(p.warnings))

    def _competences(self, rome_code: str | None) -> frozenset[str]:
        if rome_code not in self._competence_cache:
            self._competence_cache[rome_code] = _occupation_competences(rome_code)
        return self._competence_cache[rome_code]

    @staticmethod
    def _skills(doc: Doc, competences: frozenset[str], taken: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        for start, end, code in doc._.skill_matches or []:
            if code not in competences:
                continue
            if any(m.start < end and start < m.end for m in taken + out):
                continue
            out.append(Mention("skill", start, end, {"code": code}, strength="required", family="skill"))
        return out

    @staticmethod
    def _requirement(m: Mention, field: str, ct: CleanText, original: str, group: int | None) -> Requirement:
        start, end = ct.to_original(m.start, m.end)
        attrs = {k: m.attrs.get(k) for k in _ATTRS}
        return Requirement(
            kind=m.kind,
            text=original[start:end],
            field=field,  # type: ignore[arg-type]
            start=start,
            end=end,
            strength=m.strength or "required",
            alternative_group=group,
            native=bool(m.attrs.get("native")),
            **attrs,
        )


def _read(p: _Prepared) -> bool:
    return p.language == "fr" or p.language in _FOREIGN_READ


def default_threads() -> None:
    """Pin numeric libraries to one thread (the benchmark measures one core)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
