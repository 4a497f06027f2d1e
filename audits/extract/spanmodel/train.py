"""Train the span model: `python -m audits.extract.spanmodel.train [CORPUS_DIR] OUT_DIR [--gold GOLD ADS]...`.

Sources: a directory of the team's marked-up ads (`training/extract`), and/or gold-labelled written sets
(`--gold eval/gold/extract-written-wfr1.jsonl eval/written/wfr1.jsonl`, repeatable: `corpus.load_gold`), whose spans
follow the evaluation's conventions. `--kinds diploma` keeps only those kinds' spans; `--gate diploma` reads only the
sentences with a diploma word (`segments.GATES`), at training and, from `training.json`, at run time.

Reads `training/extract/*.jsonl` (marked-up ads, see `corpus.py`), keeps the sentences the model will be shown
(`segments.cue_sentences`), holds out every tenth ad (by sorted id) as the development set spaCy picks the best
epoch on, trains a tok2vec + NER pipeline on one core and writes it to OUT_DIR (default: the package data folder
`audits/extract/data/span_model`), with `training.json` saying what it was trained on and its scores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from audits.extract.spanmodel.corpus import KINDS, CorpusError, Example, load_corpus_dir, load_gold
from audits.extract.spanmodel.segments import GATES, cue_sentences

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "data" / "span_model"
DEV_EVERY = 10  # every tenth ad (sorted ids) is the development set
SEED = 2026

# A small window-CNN tok2vec (the architecture of fr_core_news_sm's, narrower) and a transition-based NER.
CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "fr"
pipeline = ["tok2vec","ner"]
batch_size = 256

[components]

{tok2vec_block}
[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "*"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}

[training]
seed = ${{system.seed}}
dropout = 0.2
patience = {patience}
max_epochs = {max_epochs}
max_steps = 0
eval_frequency = 200
frozen_components = []
annotating_components = []
accumulate_gradient = 1

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[initialize]
vectors = null
"""


TOK2VEC = """[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = ${components.tok2vec.model.encode.width}
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [5000,1000,2500,1000]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 96
depth = 4
window_size = 1
maxout_pieces = 3

"""


def _config(max_epochs: int, patience: int = 1600) -> str:
    # Tried: starting from fr_core_news_sm's own tok2vec (`source`), fine-tuned with the NER: exact-span F1 on the
    # corpus's development ads 0.65 against 0.70 from scratch, twice the training time; not kept.
    return CONFIG.format(seed=SEED, max_epochs=max_epochs, patience=patience, tok2vec_block=TOK2VEC)


def to_docs(
    nlp: spacy.language.Language, examples: list[Example], gate: str = "all"
) -> tuple[list[spacy.tokens.Doc], int]:
    """One doc per cue sentence, its marked spans as entities; returns the docs and the marks lost to the gate."""
    docs = []
    lost = 0
    for ex in examples:
        windows = cue_sentences(ex.text, gate=gate)
        covered = 0
        for start, end in windows:
            doc = nlp.make_doc(ex.text[start:end])
            ents: list[spacy.tokens.Span] = []
            for s in ex.spans:
                if start <= s.start and s.end <= end:
                    span = doc.char_span(s.start - start, s.end - start, label=s.kind, alignment_mode="expand")
                    if span is not None and not any(span.start < e.end and e.start < span.end for e in ents):
                        ents.append(span)
                        covered += 1
            doc.ents = ents
            docs.append(doc)
        lost += len(ex.spans) - covered
    return docs, lost


def corpus_digest(directory: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(directory.glob("*.jsonl")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def load_sources(
    corpus: Path | None, golds: list[list[Path]], kinds: tuple[str, ...]
) -> tuple[list[Example], list[dict[str, str]]] | None:
    """The examples of every source (spans of `kinds` only) and what was read (path, digest); None after an error."""
    examples: list[Example] = []
    sources: list[dict[str, str]] = []
    if corpus is not None:
        found = load_corpus_dir(corpus)
        if found is None:
            return None
        examples += found
        sources.append({"corpus": str(corpus), "sha256_16": corpus_digest(corpus)})
    for gold, ads in golds:
        try:
            examples += load_gold(gold, ads, kinds)
        except (CorpusError, OSError) as exc:
            print(f"erreur : {exc}", file=sys.stderr)
            return None
        sources.append({"gold": str(gold), "gold_sha256_16": file_digest(gold), "ads": str(ads), "ads_sha256_16": file_digest(ads)})
    ids = [e.ad_id for e in examples if e.field == "title"]
    if len(ids) != len(set(ids)):
        print("erreur : une annonce est dans deux sources", file=sys.stderr)
        return None
    examples = [Example(e.ad_id, e.field, e.text, tuple(s for s in e.spans if s.kind in kinds)) for e in examples]
    return examples, sources


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits.extract.spanmodel.train", description=__doc__)
    parser.add_argument("paths", type=Path, nargs="*", help="[CORPUS_DIR] [OUT_DIR] : annonces annotées (training/extract), sortie")
    parser.add_argument("--gold", nargs=2, action="append", type=Path, default=[], metavar=("GOLD", "ADS"),
                        help="un jeu écrit annoté (or + annonces), répétable")
    parser.add_argument("--out", type=Path, default=None, help="dossier du modèle (sinon le dernier chemin positionnel, ou le défaut)")
    parser.add_argument("--kinds", default=",".join(KINDS), help="types appris, séparés par des virgules (ex. diploma)")
    parser.add_argument("--gate", choices=sorted(GATES), default="all", help="phrases lues : indices de tous les types, ou du diplôme")
    parser.add_argument("--max-epochs", type=int, default=20)
    parser.add_argument("--patience", type=int, default=1600, help="pas sans progrès en dev avant l'arrêt")
    args = parser.parse_args(argv)
    kinds = tuple(k for k in args.kinds.split(",") if k)
    if not kinds or set(kinds) - set(KINDS):
        parser.error(f"--kinds : parmi {', '.join(KINDS)}")
    positional = list(args.paths)
    if len(positional) > 2:
        parser.error("au plus CORPUS_DIR et OUT_DIR")
    out = args.out
    if out is None and (len(positional) == 2 or (positional and args.gold)):
        out = positional.pop()
    out = out or DEFAULT_OUT
    corpus = positional[0] if positional else None
    if corpus is None and not args.gold:
        parser.error("il faut CORPUS_DIR ou au moins un --gold GOLD ADS")
    loaded = load_sources(corpus, args.gold, kinds)
    if loaded is None:
        return 1
    examples, sources = loaded
    ids = sorted({e.ad_id for e in examples})
    dev_ids = set(ids[::DEV_EVERY])
    nlp = spacy.blank("fr")
    train_docs, train_lost = to_docs(nlp, [e for e in examples if e.ad_id not in dev_ids], args.gate)
    dev_docs, dev_lost = to_docs(nlp, [e for e in examples if e.ad_id in dev_ids], args.gate)
    marks = sum(len(e.spans) for e in examples)
    print(f"{len(ids)} annonces ({len(dev_ids)} en dev), {len(train_docs)} + {len(dev_docs)} phrases, {marks} marques ; "
          f"marques hors des phrases lues : {train_lost + dev_lost}", file=sys.stderr)
    started = time.time()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        DocBin(docs=train_docs).to_disk(tmp / "train.spacy")
        DocBin(docs=dev_docs).to_disk(tmp / "dev.spacy")
        (tmp / "base.cfg").write_text(_config(args.max_epochs, args.patience), encoding="utf-8")
        from spacy.cli.init_config import fill_config
        from spacy.cli.train import train

        fill_config(tmp / "config.cfg", tmp / "base.cfg", silent=True)  # spaCy's defaults for what CONFIG leaves out

        train(tmp / "config.cfg", tmp / "out", overrides={"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy")})
        best = tmp / "out" / "model-best"
        meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
        if out.exists():
            shutil.rmtree(out)
        # Weights and configuration only: the training texts stay in the temporary folder.
        shutil.copytree(best, out)
    info = {
        "sources": sources,
        "sets": [Path(ads).stem for _gold, ads in args.gold] + ([str(corpus)] if corpus else []),
        "kinds": list(kinds),
        "gate": args.gate,
        "max_epochs": args.max_epochs,
        "patience": args.patience,
        "training_seconds": round(time.time() - started),
        "ads": len(ids),
        "dev_ads": len(dev_ids),
        "train_sentences": len(train_docs),
        "dev_sentences": len(dev_docs),
        "marks": marks,
        "marks_outside_read_sentences": train_lost + dev_lost,
        "dev_scores": {k: meta.get("performance", {}).get(k) for k in ("ents_p", "ents_r", "ents_f", "ents_per_type")},
        "seed": SEED,
        "spacy": spacy.__version__,
    }
    (out / "training.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(info["dev_scores"], ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
