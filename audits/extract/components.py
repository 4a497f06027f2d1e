"""spaCy components of the extraction pipeline, registered with `@Language.factory`.

- `pj_requirements`: runs the recognisers (diploma, experience, language, licence, certification, protected
  criteria) on `doc.text`, drops training offers, groups alternatives and resolves strength; stores `Mention`s
  in `doc._.requirements` (offsets into the cleaned text).
- `pj_soft_skills`: PhraseMatcher on LEMMA over the soft-skill list (needs the lemmatizer: "rigoureuse" ->
  "rigoureux").
- `pj_skills`: PhraseMatcher on LOWER over the ROME competence labels of the classified occupation and over the
  general ones (the token Matcher would not scale to these lists). `doc._.skill_matches` holds
  (start, end, code_ogr).

The field a doc comes from ("title" or "description") is read from `doc.user_data["pj_field"]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import minibatch

from audits.extract.alternatives import group_alternatives, waive_groups_with_no_diploma
from audits.extract.catalogue import drop_catalogue_diplomas, is_catalogue
from audits.extract.fastscan import GatedPattern, fold
from audits.extract.lemma_gate import Region, gate_pattern, gated_regions, keep_match
from audits.extract.mention import Mention, drop_overlaps
from audits.extract.recognizers.certification import find_certifications, foreign_certifications
from audits.extract.recognizers.diploma import DiplomaTable, find_diplomas, load_terms
from audits.extract.recognizers.experience import find_experience
from audits.extract.recognizers.foreign import blank, find_foreign, merge_foreign
from audits.extract.recognizers.language import find_languages
from audits.extract.recognizers.licence import find_licences
from audits.extract.recognizers.protected import find_protected
from audits.extract.scope import Layout
from audits.extract.spanmodel.model import ADDED_KINDS as SPAN_MODEL_KINDS
from audits.extract.spanmodel.model import DEFAULT_MODEL as DEFAULT_SPAN_MODEL
from audits.extract.spanmodel.model import MODEL_KINDS, ModelSpan, SpanModel, model_mentions
from audits.extract.strength import DEFAULT_CUES, StrengthResolver
from audits.extract.terms import load_json
from audits.extract.training import training_offer

BASE_COMPONENTS = ("tok2vec", "morphologizer", "attribute_ruler", "lemmatizer")
_EMPLOYER_BEFORE_RE = re.compile(
    r"(?:[ée]quipe|entreprise|soci[ée]t[ée]|environnement|structure|ambiance|secteur|march[ée])\s+(?:\w+\s+)?$"
)

if not Doc.has_extension("requirements"):
    Doc.set_extension("requirements", default=None)
if not Doc.has_extension("skill_matches"):
    Doc.set_extension("skill_matches", default=None)

# Diplomas and languages are not "given" by an employer's training: a sentence such as "IDE acceptant de suivre une
# formation qualifiante" still asks for the diploma.
_TRAINING_KINDS = frozenset({"certification", "licence", "skill", "soft_skill"})
_TEACHING_RE = re.compile(
    # Round 2: the plural in inclusive writing too ("apprenant(e)s", "étudiant·e·s", "élèves"), and a teacher's
    # streams ("coordonner la filière réseaux, tous les niveaux Bac+2 → Bac+5").
    r"(?:apprenant|[ée]tudiant|stagiaire)(?:e|\(e\)|[·.]e)?(?:s|\(s\)|[·.]s)(?![\w])|[ée]l[èe]ves|classes?\s+d[ue]|fili[èe]res?\s|tous\s+les\s+niveaux|pr[ée]par(?:er|ant|ation)\s+(?:un|une|le|la|au|à|d'un)|"
    r"en\s+vue\s+d'obtenir|du\s+CAP\s+[àa]|de\s+niveau\s+\w+\s+[àa](?![\w])|profils\s+bac|"
    # Fifth round: a training organisation's catalogue ("notre école propose plus de 30 formations, du BTS au
    # Mastère", "délivre des titres RNCP", "nos programmes Bachelor et MBA sont reconnus par l'État").
    r"(?:propos|dispens|d[ée]livr|pr[ée]par|accr[ée]dit)\w*\s+(?:des|nos|ses|leurs|plus\s+de\s+\d+|\d+)\s+(?:formations|dipl[ôo]mes|titres|cursus|programmes|certifications)|"
    r"(?:nos|ses|leurs)\s+(?:formations|programmes|cursus|titres|certifications)(?![\w])|"
    r"enregistr[ée]e?s?\s+au\s+RNCP|reconnue?s?\s+par\s+l'[ée]tat",
    re.I,
)
# An apprenticeship ad (the contract itself), not an ad that names apprenticeship among past experiences
# ("une première expérience (stage, alternance, premier poste)") or as an option ("alternance possible").
_APPRENTICESHIP_RE = re.compile(
    r"\ben\s+alternance\b|\bcontrat\s+d(?:e\s+|['’]\s*)(?:apprentissage|professionnalisation)|\bapprenti(?:e|\(e\))?s?\b"
    r"|\balternant(?:e|\(e\))?s?\b|\b(?:offre|poste|formation)\s+(?:en|d['’])\s*(?:alternance|apprentissage)",
    re.I,
)
_APPRENTICESHIP_SCAN = GatedPattern(_APPRENTICESHIP_RE)  # whole-text scan, tried only where it can match (fastscan.py)
# The course an apprentice or intern will follow or is following ("tu prépareras l'une de nos formations diplômantes
# (Bac+2…)", "en vue de l'obtention d'un master", "étudiant(e) en Master 2", "préparer et présenter le titre
# professionnel") is not a diploma held, unless the sentence asks for one held already.
# Fifth round: a training organisation's ladder of courses ("vous visez un BAC+2", "vous accédez au BAC+3", "vous
# intégrez un Master", "pour vous permettre d'obtenir un diplôme d'État") and a student's level ("Être étudiant(e)
# Bac +4/5", "étudiante Master 1") are the course as well.
_COURSE_DIPLOMAS = r"master|mast[èe]re|M1|M2|licence|L3|bachelor|bachelier|BTS|DUT|BUT|bac(?:\s*\+\s*\d)?"
_COURSE_RE = re.compile(
    r"(?<![\w])(?:pr[ée]par|vis|acc[ée]d|int[ée]gr|obten(?:ir|ez)|obtiendr|poursui|suiv(?=ez|re\b|s\b|ant))\w*\s+(?:(?:et|puis)\s+(?:pr[ée]sent|pass|obten|valid)\w*\s+)?"
    r"(?:l'une\s+de\s+nos\s+|(?:un|une|le|la|l'|les|au|aux|votre|vos|ton|ta|tes|son|sa)\s*)"
    r"(?:formations?|dipl[ôo]mes?|titres?|cursus|master|mast[èe]re|licence|bachelor|bachelier|BTS|DUT|BUT|bac|CAP|BEP|MBA|CQ[67]|CESS|BES|"
    r"certificats?|qualifications?|[ée]coles?|ing[ée]nieurs?)(?![\w])|formations?\s+dipl[ôo]mantes?|"
    r"en\s+vue\s+d(?:e\s+l'obtention|'obtenir)|(?:int[ée]gr|rejoin)\w*\s+(?:notre|nos|une|l')\s*(?:[ée]cole|cursus)|[ée]tudiant(?:e|\(e\))?s?\s+(?:en|(?:de\s+)?(?:bac|master|licence|bachelor|BTS|BUT|DUT|M1|M2|L3))(?![\w])|en\s+(?:derni[èe]re|\d(?:e|re|[èe]re|[èe]me))(?:\s*(?:ou|/|-|à)\s*\d(?:e|[èe]me))?\s+ann[ée]e|"
    # Round 2: "vous poursuivez / suivez un Master", "en cursus Master", English "currently enrolled in".
    r"en\s+cursus|currently\s+(?:enrolled|pursuing|studying)|enrolled\s+in|pursuing\s+(?:a|an|your)\s|"
    r"en\s+cours\s+d'(?:obtention|[ée]tudes?)|stage\s+de\s+fin\s+d'?[ée]tudes|"
    # Round 4: the intern's own search in the same sentence ("De formation Bac+4 en gestion, vous recherchez un stage
    # de 6 mois", "tu cherches une alternance"): the course in progress, not a diploma held.
    r"(?:recherch|cherch)\w*\s+(?:un|une|d'un|d'une|ton|ta|votre)\s+(?:stage|alternance|apprentissage|contrat\s+d'apprentissage)(?![\w])|"
    # Fifth round: "en cours de Master", "vous êtes en M2", "inscrit(e) en licence", "dans le cadre de ton cursus",
    # "Diplôme préparé : BTS", "décrochez un Bachelor".
    r"en\s+cours\s+de\s+(?:formation|pr[ée]paration|validation|dipl[ôo]me|cursus|" + _COURSE_DIPLOMAS + r")(?![\w])|"
    r"(?:vous\s+[êe]tes|tu\s+es|actuellement)\s+(?:inscrit(?:e|\(e\))?\s+)?en\s+(?:" + _COURSE_DIPLOMAS + r")(?![\w])|"
    r"inscrit(?:e|\(e\))?s?\s+(?:en|dans)\s+(?:un\s+|une\s+)?(?:[ée]cole|cursus|formation|" + _COURSE_DIPLOMAS + r")(?![\w])|"
    r"dans\s+le\s+cadre\s+de\s+(?:votre|ton|ta|vos|tes)\s+(?:formation|cursus|[ée]tudes|[ée]cole|alternance|" + _COURSE_DIPLOMAS + r")(?![\w])|"
    r"(?:formations?|dipl[ôo]mes?|titres?|cursus)\s+(?:pr[ée]par[ée]|vis[ée])(?:e|s|es)?(?![\w])|"
    r"d[ée]croch\w*\s+(?:un|une|le|la|l'|votre|ton|ta)\s*(?:formation|dipl[ôo]me|titre|" + _COURSE_DIPLOMAS + r")(?![\w])",
    re.I,
)
# "diplômé(e)" (the person holds it), not the noun "diplôme" ("vous préparez un BAC avec un diplôme d'État").
_HELD_RE = re.compile(
    r"titulaire|dipl[ôo]m(?:é|[ée](?:e|\(e\)))s?(?![\w])|d[ée]j[àa]|obtenu|exig|requis|obligatoire|minimum|vous\s+(?:avez|poss[ée]dez|justifiez)|tu\s+(?:as|poss[èe]des)\s",
    re.I,
)
# A held cue counts in the sentence up to shortly after the diploma: an ad whose list items were glued into one
# sentence ("Tu prépares un Bac+5 en dataTu as une bonne compréhension…") does not make the course a diploma held.
_HELD_AFTER = 40
_GLUED_SENTENCE_RE = re.compile(r"(?<=[a-zà-ÿ])(?=(?-i:Tu|Vous|Nous)\s)")
# A school's own diplomas ("ses 64 diplômes (BTS, Bachelors…)", "nos diplômes") do not say a diploma is asked.
_SCHOOL_DIPLOMAS_RE = re.compile(r"(?<![\w])(?:ses|nos|leurs)\s+(?:\d[\d\s]*\s+)?dipl[ôo]mes", re.I)
# Round 2: the schools or diplomas of the team the candidate joins ("parmi une trentaine de consultants aux profils
# variés (écoles d'ingénieurs et de commerce)", "nos collaborateurs, issus de grandes écoles") describe colleagues.
_COLLEAGUES_BEFORE_RE = re.compile(
    r"(?:nos|des|de|d'|parmi|une\s+\w+\s+de)\s+(?:\w+\s+)?(?:consultant|collaborat|coll[èe]gue|talent|expert|associ[ée]|salari[ée]|ing[ée]nieurs\s+et)\w*"
    r"(?:(?!\b(?:vous|tu|toi|votre|ton)\b)[^.;!?\n]){0,60}$",
    re.I,
)
# "diplômé(e)", not the noun: a catalogue names its "diplômes".
# Round 15: "… ou expérience équivalente" offers the candidate an alternative: a requirement, never a school's catalogue
# ("Formation agricole de niveau CAPA à Bac pro … ou expérience équivalente en exploitation").
_ASKED_RE = re.compile(
    r"titulaire|dipl[ôo]m(?:é|[ée](?:e|\(e\)))|exig|requis|vous\s+(?:avez|[êe]tes|poss[ée]dez|justifiez|disposez)|niveau\s+minimum|obligatoire"
    r"|\bou\s+(?:une\s+)?exp[ée]rience\s+[ée]quivalente",
    re.I,
)


def _field(doc: Doc) -> str:
    return str(doc.user_data.get("pj_field", "description"))


def doc_text(doc: Doc) -> str:
    """`doc.text`, read once: spaCy joins it from the tokens at every access (~1 ms for an ad)."""
    text = doc.user_data.get("pj_text")
    if not isinstance(text, str):
        text = doc.user_data["pj_text"] = doc.text
    return text


class RequirementFinder:
    def __init__(
        self,
        name: str,
        terms_path: str,
        strength_cues: dict[str, list[str]] | None,
        default_strength: str,
        first_experience_years: float,
        default_licence: str,
        span_model: bool = False,
        span_model_path: str = "",
        span_model_kinds: Sequence[str] = SPAN_MODEL_KINDS,
    ) -> None:
        self.name = name
        # Round 17: the catalogue of named diploma titles (diploma_titles.json) comes after the table's entries, so on
        # a tie between overlapping matches of equal length the table's entry wins (the longest match wins otherwise).
        entries = load_json("diplomas.json", terms_path)["diplomas"] + load_json("diploma_titles.json", terms_path)["diplomas"]
        self.diploma_terms = DiplomaTable(load_terms(entries))
        self.resolver = StrengthResolver(strength_cues or DEFAULT_CUES, default=default_strength)  # type: ignore[arg-type]
        self.first_experience_years = first_experience_years
        self.default_licence = default_licence
        # The learned span model (spanmodel/): adds the diploma, experience and language mentions the rules missed.
        self.span_model = SpanModel(span_model_path or DEFAULT_SPAN_MODEL) if span_model else None
        unknown = set(span_model_kinds) - MODEL_KINDS
        if unknown:
            raise ValueError(f"span_model_kinds: {sorted(unknown)} (possible: {sorted(MODEL_KINDS)})")
        self.span_model_kinds = frozenset(span_model_kinds)

    def find(
        self,
        text: str,
        field: str,
        layout: Layout | None = None,
        model_spans: Sequence[ModelSpan] = (),
        foreign: Sequence[tuple[int, int]] = (),
    ) -> list[Mention]:
        """`foreign`: the English/German sentences of the text, which the French rules must not read (blanked for
        them, offsets unchanged); the English/German lexicon (recognizers/foreign.py) reads the whole text."""
        layout = layout or Layout(text)
        fr_text = blank(text, list(foreign)) if foreign else text
        fr_layout = Layout(fr_text) if foreign else layout
        low = fold(fr_text)  # shared by the prefix gates of every recogniser
        mentions: list[Mention] = []
        mentions += find_diplomas(fr_text, self.diploma_terms, low)
        mentions += find_experience(fr_text, fr_layout, self.first_experience_years, low, field)
        langs, native = find_languages(fr_text, fr_layout, low, field)
        mentions += langs
        mentions += find_licences(fr_text, self.default_licence, low)
        mentions += find_certifications(fr_text, low)
        if foreign:  # round 21: the certificates of the English/German lines (acronyms and titles read in any language)
            mentions += foreign_certifications(text, list(foreign))
        mentions += native
        mentions += find_protected(fr_text, fr_layout, field, low)
        mentions += model_mentions(
            fr_text, model_spans, mentions, self.diploma_terms, self.first_experience_years, fr_layout, self.span_model_kinds
        )
        mentions = merge_foreign(text, mentions, find_foreign(text))
        mentions = drop_overlaps(mentions)
        catalogue = is_catalogue(text, mentions)  # before the teaching filters drop some of the school's diplomas
        mentions = self._drop_training_and_teaching(mentions, layout)
        mentions = drop_catalogue_diplomas(text, mentions, layout.sentence_at, catalogue)
        mentions, _ = group_alternatives(mentions, text)
        mentions = waive_groups_with_no_diploma(mentions)
        return self._resolve_strength(mentions, layout, low)

    @staticmethod
    def _course_line(layout: Layout, offset: int) -> bool:
        line = layout.line_at(offset)
        heads = [layout.text[a:b] for a, b in filter(None, (line.inline_heading, line.governing_heading))]
        return any(re.fullmatch(r"\W*formations?(?:\s+pr[ée]par[ée]e?s?)?\W*", h, re.I) for h in heads) and not _HELD_RE.search(line.text)

    @staticmethod
    def _held(text: str, start: int, end: int, mention_end: int) -> bool:
        """A held cue ("titulaire", "vous avez") in the sentence, up to shortly after the diploma or up to the next
        sentence glued to it ("…en informatiqueTu as…")."""
        end = min(end, mention_end + _HELD_AFTER)
        glued = _GLUED_SENTENCE_RE.search(text, mention_end, end)
        return bool(_HELD_RE.search(text, start, glued.start() if glued else end))

    def _drop_training_and_teaching(self, mentions: list[Mention], layout: Layout) -> list[Mention]:
        apprenticeship = bool(_APPRENTICESHIP_SCAN.search(layout.text))
        kept = []
        for m in mentions:
            s, e = layout.sentence_at(m.start)
            sentence = layout.text[s:e]
            if m.kind in _TRAINING_KINDS:
                verdict = training_offer(sentence)
                if verdict == "drop":
                    continue
                if verdict == "optional":
                    m = m.with_(forced_strength="optional")
            if m.kind == "diploma" and _TEACHING_RE.search(sentence) and not _ASKED_RE.search(_SCHOOL_DIPLOMAS_RE.sub(" ", sentence)):
                continue  # "nos élèves du CAP au BTS": diplomas taught, not asked
            if m.kind == "diploma" and _COLLEAGUES_BEFORE_RE.search(layout.text, max(s, m.start - 100), m.start) and not _ASKED_RE.search(sentence):
                continue  # the colleagues' schools, not the candidate's
            if m.kind == "diploma" and apprenticeship and self._course_line(layout, m.start):
                continue  # "Formation : BTS …" in an apprenticeship ad: the course prepared, not a diploma held
            if m.kind == "diploma" and _COURSE_RE.search(sentence) and not self._held(layout.text, s, e, m.end):
                continue  # "pour préparer l'une de nos formations diplômantes (Bac+2 …)"
            kept.append(m)
        return kept

    def _resolve_strength(self, mentions: list[Mention], layout: Layout, low: str | None = None) -> list[Mention]:
        cues = self.resolver.find_cues(layout.text, low)
        forced_spans = [(m.start, m.end) for m in mentions if m.forced_strength]
        groups: dict[int, list[int]] = {}
        for i, m in enumerate(mentions):
            if m.alternative_group is not None:
                groups.setdefault(m.alternative_group, []).append(i)
        out = list(mentions)
        for i, m in enumerate(mentions):
            if m.kind == "protected_criterion":
                out[i] = m.with_(strength="required")
                continue
            if m.forced_strength:
                out[i] = m.with_(strength=m.forced_strength)
                continue
            start, end = m.start, m.end
            if m.alternative_group is not None:
                members = [mentions[j] for j in groups[m.alternative_group]]
                start, end = min(x.start for x in members), max(x.end for x in members)
            if m.scope_end is not None:
                end = max(end, m.scope_end)
            exclude = [span for span in forced_spans if not (span[0] == m.start and span[1] == m.end)]
            others = [(x.start, x.end) for x in mentions if x.end <= start or x.start >= end]
            out[i] = m.with_(strength=self.resolver.resolve(layout, cues, start, end, exclude, others))
        return out

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        layout = Layout(text)
        spans = self.span_model.spans([text], [layout])[0] if self.span_model else []
        doc._.requirements = self.find(text, _field(doc), layout, spans, doc.user_data.get("pj_foreign", ()))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """As `__call__`, with the span model run once over a batch of docs (its cost is per `nlp.pipe` call)."""
        if self.span_model is None:
            yield from map(self, docs)
            return
        for batch in minibatch(docs, size=batch_size):
            texts = [doc_text(doc) for doc in batch]
            layouts = [Layout(t) for t in texts]
            spans = self.span_model.spans(texts, layouts)
            for doc, text, layout, found in zip(batch, texts, layouts, spans, strict=True):
                doc._.requirements = self.find(text, _field(doc), layout, found, doc.user_data.get("pj_foreign", ()))
                yield doc


@Language.factory(
    "pj_requirements",
    default_config={
        "terms_path": "",
        "strength_cues": None,
        "default_strength": "required",
        "first_experience_years": 0.5,
        "default_licence": "B",
        "span_model": False,
        "span_model_path": "",
        "span_model_kinds": list(SPAN_MODEL_KINDS),
    },
)
def make_requirement_finder(
    nlp: Language,
    name: str,
    terms_path: str,
    strength_cues: dict[str, list[str]] | None,
    default_strength: str,
    first_experience_years: float,
    default_licence: str,
    span_model: bool,
    span_model_path: str,
    span_model_kinds: list[str],
) -> RequirementFinder:
    return RequirementFinder(
        name,
        terms_path,
        strength_cues,
        default_strength,
        first_experience_years,
        default_licence,
        span_model,
        span_model_path,
        span_model_kinds,
    )


class SoftSkillMatcher:
    """Soft skills: PhraseMatcher on LEMMA over `data/soft_skills.json`.

    With `lemma_gate` (the default), the statistical components (tok2vec, morphologizer, attribute_ruler,
    lemmatizer) are run by this component, only on the sentences of a doc that hold a word starting with the stem
    of a pattern's first lemma (`lemma_gate.py`); `build_pipeline` then disables them in the main pipeline, since
    nothing else reads their annotations. Without it, the matcher reads the lemmas the pipeline set on the doc.
    """

    def __init__(self, nlp: Language, name: str, terms_path: str, lemma_gate: bool = True, gate_batch_size: int = 64) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.make_doc = nlp.make_doc
        terms: list[str] = load_json("soft_skills.json", terms_path)["soft_skills"]
        # Lemmatise the patterns with the statistical components that precede this one.
        base = [n for n in nlp.pipe_names if n in BASE_COMPONENTS]
        with nlp.select_pipes(enable=base):
            patterns = list(nlp.pipe(terms))
        self.matcher.add("SOFT_SKILL", patterns)
        self.lemma_gate = lemma_gate
        self.gate_batch_size = gate_batch_size
        self.base = [(n, nlp.get_pipe(n)) for n in base]
        self.gate = gate_pattern(patterns)

    @staticmethod
    def _keep(text: str, found: list[Mention], taken: list[tuple[int, int]], start: int, end: int) -> None:
        before = text[max(0, start - 25) : start].lower()
        # "équipe dynamique", "entreprise dynamique": the employer describing itself.
        if _EMPLOYER_BEFORE_RE.search(before):
            return
        if any(a < end and start < b for a, b in taken):
            return
        taken.append((start, end))
        found.append(Mention("soft_skill", start, end, {}, strength="required", family="soft_skill"))

    def _finish(self, doc: Doc, spans: Iterable[tuple[int, int]]) -> Doc:
        found: list[Mention] = list(doc._.requirements or [])
        taken = [(m.start, m.end) for m in found]
        text = doc_text(doc)
        for start, end in spans:
            self._keep(text, found, taken, start, end)
        doc._.requirements = sorted(found, key=lambda m: m.start)
        return doc

    def _spans(self, doc: Doc, region: Region | None = None) -> list[tuple[int, int]]:
        out = []
        offset = region.start if region else 0
        for _, s, e in self.matcher(doc):
            if region is not None and not keep_match(region, doc, s, e):
                continue
            span = doc[s:e]
            out.append((span.start_char + offset, span.end_char + offset))
        return out

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        if not self.lemma_gate:
            for doc in docs:
                yield self._finish(doc, self._spans(doc))
            return
        for batch in minibatch(docs, size=batch_size):
            regions: list[tuple[int, Region]] = []  # (index of the doc in the batch, region of its text)
            sub_docs: list[Doc] = []
            for i, doc in enumerate(batch):
                text = doc_text(doc)
                for region in gated_regions(text, self.gate):
                    regions.append((i, region))
                    sub_docs.append(self.make_doc(text[region.start : region.end]))
            stream: Iterable[Doc] = sub_docs
            for _, proc in self.base:
                stream = proc.pipe(stream, batch_size=self.gate_batch_size) if hasattr(proc, "pipe") else map(proc, stream)
            spans: list[list[tuple[int, int]]] = [[] for _ in batch]
            for (i, region), sub in zip(regions, stream, strict=True):
                spans[i] += self._spans(sub, region)
            for doc, found in zip(batch, spans, strict=True):
                yield self._finish(doc, found)


@Language.factory("pj_soft_skills", default_config={"terms_path": "", "lemma_gate": True, "gate_batch_size": 64})
def make_soft_skill_matcher(nlp: Language, name: str, terms_path: str, lemma_gate: bool, gate_batch_size: int) -> SoftSkillMatcher:
    return SoftSkillMatcher(nlp, name, terms_path, lemma_gate, gate_batch_size)


class SkillMatcher:
    """ROME competence labels, matched with PhraseMatcher(attr="LOWER").

    One matcher over the general competences (linked to at least `general_min_occupations` occupations) and one
    per classified occupation, built on first use and cached: a single matcher over the 30,000 labels of the
    whole index would cost ~240 MB of memory for patterns that can never be kept. The occupation comes from
    `doc.user_data["pj_rome"]` (set by the extractor after classification); the index from `audits.reference`
    (empty while it is not installed). `doc._.skill_matches` holds (start_char, end_char, code_ogr).
    """

    def __init__(self, nlp: Language, name: str, min_label_tokens: int, general_min_occupations: int, cache_size: int) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.make_doc = nlp.make_doc
        self.min_label_tokens = min_label_tokens
        # Tokens of every label already tokenised (words, spaces): an evicted occupation's matcher is rebuilt
        # without tokenising its labels again (tokenising was ~70 % of a rebuild; a few MB for all labels).
        self._label_tokens: dict[str, tuple[tuple[str, ...], tuple[bool, ...]]] = {}
        self.by_rome: dict[str, list[tuple[str, str]]] = {}
        occupations: dict[str, set[str]] = {}
        labels: dict[str, str] = {}
        for code, label, rome in _competences_index():
            if not label:
                continue
            self.by_rome.setdefault(rome, []).append((code, label))
            occupations.setdefault(code, set()).add(rome)
            labels[code] = label
        general = [(c, labels[c]) for c, romes in occupations.items() if len(romes) >= general_min_occupations]
        self.general = self._matcher(general)
        self._cache: dict[str, PhraseMatcher] = {}
        self.cache_size = cache_size

    def _matcher(self, entries: list[tuple[str, str]]) -> PhraseMatcher:
        matcher = PhraseMatcher(self.vocab, attr="LOWER")
        for code, label in entries:
            tokens = self._label_tokens.get(label)
            if tokens is None:
                doc = self.make_doc(label)
                tokens = self._label_tokens[label] = (tuple(t.text for t in doc), tuple(bool(t.whitespace_) for t in doc))
            else:
                # The same tokens as the tokenizer gave, without tokenising again: LOWER comes from the lexemes.
                doc = Doc(self.vocab, words=list(tokens[0]), spaces=list(tokens[1]))
            if len(doc) >= self.min_label_tokens:
                matcher.add(code, [doc])
        return matcher

    def occupation_matcher(self, rome: str) -> PhraseMatcher | None:
        if rome not in self.by_rome:
            return None
        matcher = self._cache.pop(rome, None)
        if matcher is None:
            if len(self._cache) >= self.cache_size:
                self._cache.pop(next(iter(self._cache)))  # least recently used: hits move to the end
            matcher = self._matcher(self.by_rome[rome])
        self._cache[rome] = matcher
        return matcher

    def __call__(self, doc: Doc) -> Doc:
        matches: dict[tuple[int, int], str] = {}
        rome = doc.user_data.get("pj_rome")
        matchers = [self.general] + ([m] if isinstance(rome, str) and (m := self.occupation_matcher(rome)) else [])
        for matcher in matchers:
            for match_id, s, e in matcher(doc):
                span = doc[s:e]
                matches[(span.start_char, span.end_char)] = doc.vocab.strings[match_id]
        doc._.skill_matches = [(s, e, code) for (s, e), code in sorted(matches.items())]
        return doc


def _competences_index() -> list[tuple[str, str, str]]:
    try:
        from audits.reference import get_reference
    except ImportError as exc:  # only while the reference package is not installed in this checkout
        if exc.name != "audits.reference":
            raise
        return []
    return list(get_reference().competences_index())


# cache_size: occupations whose matcher is kept (~0.1 MB each: 98 matchers, the dev set's occupations, take 9 MB).
# With fewer slots than the occupations of a stream, FIFO/LRU eviction rebuilds a matcher for most offers
# (~2.7 ms each); 256 slots bound the cache to ~25 MB.
@Language.factory("pj_skills", default_config={"min_label_tokens": 2, "general_min_occupations": 50, "cache_size": 256})
def make_skill_matcher(nlp: Language, name: str, min_label_tokens: int, general_min_occupations: int, cache_size: int) -> SkillMatcher:
    return SkillMatcher(nlp, name, min_label_tokens, general_min_occupations, cache_size)
