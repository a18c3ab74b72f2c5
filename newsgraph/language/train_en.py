"""Train newsgraph's English spaCy pipeline from UD English-EWT.

Usage (from the repository root)::

    python -m newsgraph.language.train_en --shared ../shared --out newsgraph/language/models/en

Data split (the treebank's own, see docs/accuracy.md):

* TRAIN = en_ewt-ud-train.conllu (12,544 sentences)
* DEV   = en_ewt-ud-dev.conllu (model selection, early stopping)
* TEST  = en_ewt-ud-test.conllu (reported scores only)

Multi-word tokens ("don't" = "do" + "n't") are kept as their syntactic words,
because spaCy's English tokenizer splits them the same way.

One pipeline (configs/en_core.cfg): tok2vec, morphologizer (UPOS + features),
tagger (PTB), parser (UD labels), trainable_lemmatizer. There is no English NER
data in the shared folder, so the English pipeline has no NER component.
The paragraph_breaks rule of the German pipeline is added in front.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any, Dict, Optional, Sequence

from newsgraph.language.train import (
    CONFIG_DIR,
    add_paragraph_rule,
    clean_config,
    data_dir,
    evaluate_treebank,
    read_conllu,
    sentences_to_docs,
    train_pipeline,
)

EN_CONFIG = CONFIG_DIR / "en_core.cfg"


def ewt_split(shared_dir: Path) -> Dict[str, list]:
    tb = data_dir(shared_dir) / "treebanks"
    return {name: read_conllu(tb / f"en_ewt-ud-{name}.conllu", merge_mwt=False) for name in ("train", "dev", "test")}


def convert_en(shared_dir: Path, workdir: Path) -> Dict[str, Path]:
    import spacy
    from spacy.tokens import DocBin

    corpus = Path(workdir) / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("en").vocab
    paths = {}
    for name, sents in ewt_split(shared_dir).items():
        p = corpus / f"ewt_{name}.spacy"
        DocBin(docs=sentences_to_docs(vocab, sents)).to_disk(p)
        paths[name] = p
    return paths


def build_final_en(shared_dir: Path, out_dir: Path, workdir: Path) -> Dict[str, Any]:
    """Load workdir/core/model-best, add the paragraph rule, evaluate on DEV and TEST, save."""
    import spacy

    split = ewt_split(shared_dir)
    nlp = spacy.load(Path(workdir) / "core" / "model-best")
    add_paragraph_rule(nlp)
    nlp.meta.update(
        {
            "name": "newsgraph_en",
            "version": "0.1.0",
            "description": "newsgraph English pipeline trained on UD English-EWT (no NER)",
            "license": "CC BY-SA 4.0 (training data)",
            "sources": [{"name": "UD English-EWT", "license": "CC BY-SA 4.0"}],
        }
    )
    scores = {
        "split": {"train": "en_ewt-ud-train", "dev": "en_ewt-ud-dev", "test": "en_ewt-ud-test",
                  "train_sentences": len(split["train"])},
        "dev": evaluate_treebank(nlp, split["dev"]),
        "test": evaluate_treebank(nlp, split["test"]),
        "pipeline": nlp.pipe_names,
    }
    nlp.meta["performance"] = {"test": scores["test"]}
    out_dir = Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    nlp.to_disk(out_dir)
    clean_config(out_dir)
    with open(Path(workdir) / "scores.json", "w", encoding="utf8") as fh:
        json.dump(scores, fh, indent=2, ensure_ascii=False)
    return scores


def train_english(shared_dir: Path, out_dir: Path, workdir: Path, max_minutes: float = 33.0) -> Dict[str, Any]:
    """Convert EWT, train the core pipeline (one CPU thread), assemble, evaluate, save."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    shared_dir, out_dir, workdir = Path(shared_dir), Path(out_dir), Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    paths = convert_en(shared_dir, workdir)
    train_pipeline(EN_CONFIG, workdir / "core", paths["train"], paths["dev"], max_minutes, workdir / "core.log")
    scores = build_final_en(shared_dir, out_dir, workdir)
    scores["train_seconds"] = round(time.time() - t0, 1)
    return scores


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="Train newsgraph's English spaCy pipeline.")
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared/ folder")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "models" / "en")
    ap.add_argument("--workdir", type=Path, default=Path("training/en"))
    ap.add_argument("--max-minutes", type=float, default=33.0)
    ap.add_argument("--skip-training", action="store_true", help="only assemble/evaluate workdir/core/model-best")
    args = ap.parse_args(argv)
    if args.skip_training:
        scores = build_final_en(args.shared, args.out, args.workdir)
    else:
        scores = train_english(args.shared, args.out, args.workdir, args.max_minutes)
    print(json.dumps({k: scores[k] for k in ("test", "pipeline")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
