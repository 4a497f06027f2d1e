"""Train the span model on the team's own ads: `python -m audits.extract.spanmodel.train CORPUS_DIR [OUT_DIR]`.

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
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from audits.extract.spanmodel.corpus import Example, load_corpus_dir
from audits.extract.spanmodel.segments import cue_sentences

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
patience = 1600
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


def _config(max_epochs: int) -> str:
    # Tried: starting from fr_core_news_sm's own tok2vec (`source`), fine-tuned with the NER: exact-span F1 on the
    # corpus's development ads 0.65 against 0.70 from scratch, twice the training time; not kept.
    return CONFIG.format(seed=SEED, max_epochs=max_epochs, tok2vec_block=TOK2VEC)


def to_docs(nlp: spacy.language.Language, examples: list[Example]) -> tuple[list[spacy.tokens.Doc], int]:
    """One doc per cue sentence, its marked spans as entities; returns the docs and the marks lost to the gate."""
    docs = []
    lost = 0
    for ex in examples:
        windows = cue_sentences(ex.text)
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m audits.extract.spanmodel.train", description=__doc__)
    parser.add_argument("corpus", type=Path, help="dossier des annonces annotées (training/extract)")
    parser.add_argument("out", type=Path, nargs="?", default=DEFAULT_OUT)
    parser.add_argument("--max-epochs", type=int, default=20)
    args = parser.parse_args(argv)
    examples = load_corpus_dir(args.corpus)
    if examples is None:
        return 1
    ids = sorted({e.ad_id for e in examples})
    dev_ids = set(ids[::DEV_EVERY])
    nlp = spacy.blank("fr")
    train_docs, train_lost = to_docs(nlp, [e for e in examples if e.ad_id not in dev_ids])
    dev_docs, dev_lost = to_docs(nlp, [e for e in examples if e.ad_id in dev_ids])
    print(f"{len(ids)} annonces ({len(dev_ids)} en dev), {len(train_docs)} + {len(dev_docs)} phrases; "
          f"marques hors des phrases lues : {train_lost + dev_lost}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        DocBin(docs=train_docs).to_disk(tmp / "train.spacy")
        DocBin(docs=dev_docs).to_disk(tmp / "dev.spacy")
        (tmp / "base.cfg").write_text(_config(args.max_epochs), encoding="utf-8")
        from spacy.cli.init_config import fill_config
        from spacy.cli.train import train

        fill_config(tmp / "config.cfg", tmp / "base.cfg", silent=True)  # spaCy's defaults for what CONFIG leaves out

        train(tmp / "config.cfg", tmp / "out", overrides={"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy")})
        best = tmp / "out" / "model-best"
        meta = json.loads((best / "meta.json").read_text(encoding="utf-8"))
        if args.out.exists():
            shutil.rmtree(args.out)
        shutil.copytree(best, args.out)
    info = {
        "corpus": str(args.corpus),
        "corpus_sha256_16": corpus_digest(args.corpus),
        "ads": len(ids),
        "dev_ads": len(dev_ids),
        "train_sentences": len(train_docs),
        "dev_sentences": len(dev_docs),
        "marks_outside_read_sentences": train_lost + dev_lost,
        "dev_scores": {k: meta.get("performance", {}).get(k) for k in ("ents_p", "ents_r", "ents_f", "ents_per_type")},
        "seed": SEED,
        "spacy": spacy.__version__,
    }
    (args.out / "training.json").write_text(json.dumps(info, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(info["dev_scores"], ensure_ascii=False), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
