"""The learned span model at run time: where it reads, what it proposes, how its proposals join the rules'.

The rules stay the authority on what they find (attributes, strength, look-alike filters). The model only adds
mentions the rules did not find, for the kinds whose misses on unseen ads were the long tail of wordings (diploma,
experience, language). An added mention gets its attributes from the span's own words (a level, a duration, a
language name); a language span that names no language is dropped (an item without its language says nothing).
Every added mention then goes through the same filters as the rules' (training offered, courses, teaching,
catalogues) and the same strength resolution.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import spacy

from audits.extract.fastscan import fold
from audits.extract.mention import Mention
from audits.extract.recognizers.diploma import DiplomaTable, find_diplomas
from audits.extract.recognizers.experience import _DURATION_RE, _FIRST, _years
from audits.extract.recognizers.language import _CEFR_RE, _LANG_RE, LANGUAGES, find_languages
from audits.extract.scope import Layout
from audits.extract.spanmodel.segments import cue_sentences

# Where `train` writes by default. No model is shipped: measured blind, the model did not pay (docs/extraction.md).
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "data" / "span_model"
# The kinds whose model spans may be added when the model is turned on. Experience is left out: on the fifth blind
# pair its spans cost 0.058 F1 (21 false mentions for 2 found); diploma and language gained there, but on the sixth
# pair diploma lost 0.005 while language gained 0.018 (docs/extraction.md).
ADDED_KINDS = ("diploma", "language")
MODEL_KINDS = frozenset({"diploma", "experience", "language"})
# Kinds whose rule mentions a model span must not overlap (a model "diploma" over a rule certificate is the rule's).
_RULE_KINDS = frozenset({"diploma", "experience", "language", "licence", "certification"})
_FIRST_RE = re.compile(_FIRST + r"\s+exp", re.I)
# A proposed span must hold a word of its kind: the model learns boundaries and wordings, not what a diploma is; a
# span without any such word ("Data", "mettre", "Bénéficiez d'un parcours d'intégration") is the model's noise.
_ANCHORS = {
    "diploma": re.compile(
        r"dipl[ôo]m|\bbac|master|mast[èe]re|licence|\bbts\b|\bdut\b|\bbut\b|\bcap\b|\bbep\b|ing[ée]nieur|engineer|"
        r"[ée]cole|univers|formation|doctorat|\bph\.?d\b|degree|\bcess\b|bachelier|bachelor|\bbes\b|graduat|titre|niveau|"
        r"\bmba\b|\bmsc\b|\bdeaes?\b|aide.soignant|infirmi|\bibode\b|\bcq[67]\b|\biut\b|cursus|[ée]tudes|\bdeug\b|\bdeust\b",
        re.I,
    ),
    "experience": re.compile(
        r"exp[ée]rien|\bxp\b|\bexp\b|\bans?\b|ann[ée]es?|\bmois\b|years?|s[ée]nior|junior|confirm|exp[ée]riment|d[ée]j[àa]|"
        r"id[ée]alement|issue?|venez|viens|d[ée]butant|stage|alternance|pr[ée]f[ée]rence|si\s+possible|professionnel",
        re.I,
    ),
    "language": re.compile(r"."),  # a language span must name a language anyway (see _language_attrs)
}

ModelSpan = tuple[str, int, int]  # (kind, start, end) in the cleaned text


class SpanModel:
    """A trained spaCy pipeline (tok2vec + NER) read from `path`; proposes spans in the cue sentences of texts."""

    def __init__(self, path: str | Path = DEFAULT_MODEL, batch_size: int = 64) -> None:
        self.path = Path(path)
        if not (self.path / "config.cfg").is_file():
            raise FileNotFoundError(
                f"modèle de mentions introuvable dans {self.path} (python -m audits.extract.spanmodel.train training/extract)"
            )
        self.nlp = spacy.load(self.path)
        self.batch_size = batch_size
        # The reading gate the model was trained with (training.json, "gate"; older models: all kinds' cues).
        info = self.path / "training.json"
        self.gate = "all"
        if info.is_file():
            self.gate = json.loads(info.read_text(encoding="utf-8")).get("gate", "all")

    def spans(self, texts: Sequence[str], layouts: Sequence[Layout]) -> list[list[ModelSpan]]:
        """The model's spans in each text (one list per text), all texts' cue sentences in one `nlp.pipe`."""
        windows = [(i, s, e) for i, (t, lay) in enumerate(zip(texts, layouts, strict=True)) for s, e in cue_sentences(t, lay, self.gate)]
        out: list[list[ModelSpan]] = [[] for _ in texts]
        docs = self.nlp.pipe((texts[i][s:e] for i, s, e in windows), batch_size=self.batch_size)
        for (i, s, _e), doc in zip(windows, docs, strict=True):
            out[i].extend((ent.label_, s + ent.start_char, s + ent.end_char) for ent in doc.ents)
        return out


def _diploma_attrs(span: str, table: DiplomaTable) -> dict[str, object]:
    found = find_diplomas(span, table)
    if found:
        best = max(found, key=lambda m: (m.attrs.get("eqf_level") is not None, m.end - m.start))
        return {k: best.attrs.get(k) for k in ("eqf_level", "isced_level", "code")}
    return {"eqf_level": None, "isced_level": None, "code": None}


def _experience_attrs(span: str, first_years: float) -> dict[str, object]:
    dur = _DURATION_RE.search(span)
    if dur:
        return {"years": _years(dur)}
    return {"years": first_years if _FIRST_RE.search(span) else None}


def _language_attrs(span: str) -> dict[str, object] | None:
    found = [m for m in find_languages(span, Layout(span), fold(span))[0] if m.kind == "language"]
    if found:
        return {"language": found[0].attrs["language"], "cefr": found[0].attrs.get("cefr")}
    name = _LANG_RE.search(span)
    if not name:
        return None
    level = _CEFR_RE.search(span)
    return {"language": LANGUAGES[name.group(1).lower()], "cefr": level.group(1) if level else None}


def model_mentions(
    text: str,
    spans: Sequence[ModelSpan],
    rule_mentions: Sequence[Mention],
    table: DiplomaTable,
    first_years: float,
    layout: Layout | None = None,
    kinds: frozenset[str] = frozenset(ADDED_KINDS),
) -> list[Mention]:
    """The model's spans the rules did not find, as mentions with the attributes their own words give.

    Not added: a span that overlaps a rule mention, holds no word of its kind, or sits in the part of the ad that
    describes what the employer offers (benefits, pay, the company)."""
    taken = [(m.start, m.end) for m in rule_mentions if m.kind in _RULE_KINDS]
    added: list[Mention] = []
    for kind, start, end in spans:
        if kind not in kinds or any(a < end and start < b for a, b in taken):
            continue
        span = text[start:end]
        if not _ANCHORS[kind].search(span) or (layout is not None and layout.line_at(start).section == "offer"):
            continue
        if kind == "diploma":
            attrs = _diploma_attrs(span, table)
        elif kind == "experience":
            attrs = _experience_attrs(span, first_years)
        else:
            lang = _language_attrs(span)
            if lang is None:
                continue
            attrs = lang
        added.append(Mention(kind, start, end, attrs, family=kind))  # type: ignore[arg-type]
        taken.append((start, end))
    return added
