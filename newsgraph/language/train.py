"""Train newsgraph's German spaCy pipeline from the shared treebanks and NER data.

Usage (from the repository root)::

    python -m newsgraph.language.train --shared ../shared --out newsgraph/language/models/de

Data split (fixed, see docs/accuracy.md):

* parser / tagger / morphologizer / lemmatizer
  - TRAIN = UD German-GSD test (977 sentences) + UD German-LIT test (1920)
  - DEV   = first 400 sentences of UD German-GSD dev (model selection, early stopping)
  - TEST  = remaining 399 sentences of UD German-GSD dev (reported scores)
* NER (GermEval 2014, outer level, OTH -> MISC, *-deriv / *-part -> O)
  - TRAIN = GermEval test file minus every 10th sentence
  - DEV   = every 10th sentence of the GermEval test file (early stopping)
  - TEST  = GermEval dev file (held out entirely; reported scores)

Multi-word tokens of UD (``im`` = ``in dem``) are merged into one token, as
spaCy's German tokenizer does not split them: the merged token keeps the first
part's UPOS/head/relation/lemma (ADP, ``case``, ``in``), gets the STTS tag
``APPRART`` and the union of the parts' features.

Three spaCy pipelines are trained from the committed configs (configs/): core
and features in two parallel lanes with one CPU thread each, then the NER (it
needs the core's tagger):

* de_core.cfg:  tok2vec, morphologizer (UPOS only), tagger (STTS), parser (UD
  labels, 10 sentences per training doc so it learns sentence boundaries),
  trainable_lemmatizer; the training data are augmented with all-caps
  "headline" sentences and inserted line breaks (headline_augmenter);
* de_feats.cfg: tok2vec + morphologizer (UPOS + features) on UD German-GSD only,
  because UD German-LIT has only sparse, partial features;
* de_ner.cfg:   tok2vec + ner (same augmentation); the tok2vec also embeds the
  STTS tag of the trained core's tagger (sourced, frozen, annotating the training
  docs) and gazetteer membership (newsgraph.NerEmbed.v1, ner_features.py).

``--ner-only BASE_MODEL`` trains only the NER (tags from BASE_MODEL's tagger) and
puts it into a copy of the assembled pipeline BASE_MODEL (retrain_ner).

Each run stops at max_steps, after `patience` steps without DEV improvement, or
when the time budget is used (checked after each evaluation); model-best is
kept. The final pipeline (build_final) is::

    paragraph_breaks (attribute_ruler: a blank line always starts a new sentence)
    tok2vec, morphologizer, morph_feats, tagger, parser, trainable_lemmatizer,
    [newsgraph_hanta_lemmatizer,] ner

morph_feats and ner keep their own tok2vec (replace_listeners). The HanTa
lemmatizer is added if it beats the trained lemmatizer on DEV for some
(predicted) UPOS classes; it then overwrites the lemma for exactly those.
Then newsgraph_hanta_upos (hanta_upos.py) is inserted before the HanTa
lemmatizer: HanTa's UPOS replaces the predicted one for the (predicted, HanTa)
pairs that gain on DEV (mode "sentence" = HanTa's tagging of the sentence, the
default, chosen on DEV; "word" = HanTa's tag for the word alone, less accurate,
a little faster). Both HanTa components share HanTa's word analyses, precomputed
for the training words and 10kGNAD test articles 201-end, and the lemmatizer a
lemma table (precompute_hanta_tables; speed only).
Scores (TEST, NER, lemmatizer comparison) go to workdir/scores.json and to the
pipeline's meta.json.

--dev-size N moves GSD dev sentences N+1..400 from DEV into TRAIN (TEST stays
401-799); measured in docs/accuracy.md (levers_de), not used for the shipped model.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

CONFIG_DIR = Path(__file__).parent / "configs"
CORE_CONFIG = CONFIG_DIR / "de_core.cfg"
NER_CONFIG = CONFIG_DIR / "de_ner.cfg"
FEATS_CONFIG = CONFIG_DIR / "de_feats.cfg"

TEST_START = 400  # de_gsd-ud-dev sentences 401-799 are TEST (never trained on)
DEV_SIZE = 400  # de_gsd-ud-dev sentences 1..DEV_SIZE are DEV; DEV_SIZE+1..TEST_START go to TRAIN
SENTS_PER_DOC = 10  # so the parser learns sentence boundaries
UPOS_MODE = "sentence"  # HanTa UPOS override (hanta_upos.py): chosen on DEV (UPOS 93.51 vs 92.76 in word mode, levers_de)
NER_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}

# A token after a whitespace token holding an empty line starts a sentence.
PARAGRAPH_PATTERN = [{"IS_SPACE": True, "TEXT": {"REGEX": r"\n[^\S\n]*\n"}}, {}]

Token = Dict[str, Any]
Sentence = List[Token]


# --------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------

def data_dir(shared_dir: Path) -> Path:
    """Accept either the shared/ folder or shared/data/."""
    shared_dir = Path(shared_dir)
    if (shared_dir / "data" / "treebanks").is_dir():
        return shared_dir / "data"
    if (shared_dir / "treebanks").is_dir():
        return shared_dir
    raise FileNotFoundError(f"no treebanks/ under {shared_dir} or {shared_dir}/data")


def read_conllu(path: Path, merge_mwt: bool = True) -> List[Sentence]:
    """Read a CoNLL-U file. merge_mwt: multi-word tokens become one token (German:
    spaCy does not split "im"); else the syntactic words are kept (English: spaCy
    splits "don't" into "do" + "n't" as UD does)."""
    sents: List[Sentence] = []
    rows: List[List[str]] = []

    def flush() -> None:
        if rows:
            sents.append(merge_mwt_rows(rows) if merge_mwt else split_mwt_rows(rows))
            rows.clear()

    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                flush()
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "." in cols[0]:  # empty nodes
                    continue
                rows.append(cols)
    flush()
    return sents


def split_mwt_rows(rows: List[List[str]]) -> Sentence:
    """One token per syntactic word; the parts of a multi-word token are glued
    (no space between them), the last part takes the token's SpaceAfter."""
    no_space: set = set()
    for r in rows:
        if "-" in r[0]:
            a, b = map(int, r[0].split("-"))
            no_space.update(range(a, b))
            if "SpaceAfter=No" in r[9]:
                no_space.add(b)
    words = [r for r in rows if "-" not in r[0]]
    sent: Sentence = []
    for k, r in enumerate(words):
        wid = int(r[0])
        head = int(r[6])
        sent.append(
            {
                "text": r[1],
                "space": "SpaceAfter=No" not in r[9] and wid not in no_space,
                "lemma": r[2],
                "pos": r[3],
                "tag": r[4],
                "morph": "" if r[5] == "_" else r[5],
                "head": k if head == 0 else head - 1,
                "dep": "ROOT" if head == 0 else r[7],
            }
        )
    return sent


def merge_mwt_rows(rows: List[List[str]]) -> Sentence:
    words = {int(r[0]): r for r in rows if "-" not in r[0]}
    ranges = {}
    for r in rows:
        if "-" in r[0]:
            a, b = map(int, r[0].split("-"))
            ranges[a] = (b, r)
    # map every syntactic word id to its output token index
    out_rows: List[Tuple[List[int], List[str]]] = []  # (word ids, surface row)
    idx_of: Dict[int, int] = {}
    i = 1
    n = max(words)
    while i <= n:
        if i in ranges:
            b, r = ranges[i]
            ids = list(range(i, b + 1))
            i = b + 1
        else:
            r = words[i]
            ids = [i]
            i += 1
        for w in ids:
            idx_of[w] = len(out_rows)
        out_rows.append((ids, r))
    sent: Sentence = []
    for k, (ids, surface) in enumerate(out_rows):
        parts = [words[w] for w in ids]
        # the part whose head lies outside the merged span carries the syntax
        outside = [p for p in parts if int(p[6]) not in ids]
        main = outside[0] if outside else parts[0]
        head_id = int(main[6])
        head = k if head_id == 0 else idx_of[head_id]
        feats: Dict[str, str] = {}
        for p in parts:
            if p[5] != "_":
                for f in p[5].split("|"):
                    key, _, val = f.partition("=")
                    feats.setdefault(key, val)
        if len(parts) == 1:
            tag = parts[0][4]
        elif parts[0][3] == "ADP" and parts[1][3] == "DET":
            tag = "APPRART"
        else:
            tag = parts[0][4]
        sent.append(
            {
                "text": surface[1],
                "space": "SpaceAfter=No" not in surface[9],
                "lemma": parts[0][2],
                "pos": parts[0][3] if len(parts) > 1 else parts[0][3],
                "tag": tag,
                "morph": "|".join(f"{k_}={v}" for k_, v in sorted(feats.items())),
                "head": head,
                "dep": main[7] if head != k else "ROOT",
            }
        )
    # relation of the root is "ROOT" in spaCy; keep UD labels otherwise
    return sent


def sentences_to_docs(vocab, sents: Sequence[Sentence], per_doc: int = SENTS_PER_DOC, annotate: bool = True,
                      feats: bool = True):
    """Group sentences into Docs (gold annotation if annotate, else words only;
    feats=False drops the morphological features but keeps UPOS)."""
    from spacy.tokens import Doc

    docs = []
    for start in range(0, len(sents), per_doc):
        group = sents[start : start + per_doc]
        words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
        for s in group:
            off = len(words)
            for j, t in enumerate(s):
                words.append(t["text"])
                spaces.append(t["space"] if j < len(s) - 1 else True)
                tags.append(t["tag"])
                pos.append(t["pos"])
                morphs.append(t["morph"] if feats else "")
                lemmas.append(t["lemma"])
                heads.append(t["head"] + off)
                deps.append(t["dep"])
                starts.append(j == 0)
        spaces[-1] = False
        if annotate:
            doc = Doc(vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs,
                      lemmas=lemmas, heads=heads, deps=deps, sent_starts=starts)
        else:
            doc = Doc(vocab, words=words, spaces=spaces)
        docs.append(doc)
    return docs


def treebank_split(shared_dir: Path, dev_size: int = DEV_SIZE) -> Dict[str, List[Sentence]]:
    """TRAIN = GSD test + LIT test + GSD dev sentences dev_size+1..TEST_START;
    DEV = GSD dev 1..dev_size; TEST = GSD dev TEST_START+1..end (fixed)."""
    if not 0 < dev_size <= TEST_START:
        raise ValueError(f"dev_size must be in 1..{TEST_START}")
    tb = data_dir(shared_dir) / "treebanks"
    gsd_test = read_conllu(tb / "de_gsd-ud-test.conllu")
    gsd_dev = read_conllu(tb / "de_gsd-ud-dev.conllu")
    # GSD sentences first: the feature morphologizer trains on train[:n_gsd]
    train = gsd_test + gsd_dev[dev_size:TEST_START] + read_conllu(tb / "de_lit-ud-test.conllu")
    return {"train": train, "dev": gsd_dev[:dev_size], "test": gsd_dev[TEST_START:],
            "n_gsd_train": len(gsd_test) + TEST_START - dev_size}


def read_germeval(path: Path) -> List[Tuple[List[str], List[Tuple[int, int, str]]]]:
    """GermEval 2014 TSV -> [(words, [(start, end, label)])], outer level only."""
    out = []
    words: List[str] = []
    tags: List[str] = []

    def flush() -> None:
        if words:
            out.append((list(words), _bio_spans(tags)))
        words.clear()
        tags.clear()

    with open(path, encoding="utf8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                flush()
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(cols[2])
    flush()
    return out


def _bio_spans(tags: Sequence[str]) -> List[Tuple[int, int, str]]:
    spans = []
    cur = None
    for i, t in enumerate(list(tags) + ["O"]):
        bio, _, label = t.partition("-")
        label = NER_LABELS.get(label) if "deriv" not in t and "part" not in t else None
        if cur is not None and not (bio == "I" and label == cur[2]):
            spans.append((cur[0], i, cur[2]))
            cur = None
        if label is not None and (bio == "B" or (bio == "I" and cur is None)):
            cur = (i, None, label)
    return spans


def germeval_docs(vocab, sents, per_doc: int = 1, annotate: bool = True):
    from spacy.tokens import Doc, Span

    docs = []
    for start in range(0, len(sents), per_doc):
        words: List[str] = []
        starts: List[bool] = []
        ents = []
        for w, spans in sents[start : start + per_doc]:
            off = len(words)
            words.extend(w)
            starts.extend([True] + [False] * (len(w) - 1))
            ents.extend((s + off, e + off, lab) for s, e, lab in spans)
        doc = Doc(vocab, words=words, sent_starts=starts if annotate else None)
        if annotate:
            doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
        docs.append(doc)
    return docs


def convert(shared_dir: Path, workdir: Path, dev_size: int = DEV_SIZE) -> Dict[str, Path]:
    """Write the DocBin corpora into workdir/corpus and return their paths."""
    import spacy
    from spacy.tokens import DocBin

    corpus = Path(workdir) / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("de").vocab
    paths = {}
    split = treebank_split(shared_dir, dev_size)
    n_gsd = split["n_gsd_train"]
    corpora = {
        # core pipeline: UPOS without features (UD German-LIT has only sparse,
        # partial features, which would teach the morphologizer wrong labels)
        "ud_train_upos": (split["train"], False),
        "ud_dev_upos": (split["dev"], False),
        # feature morphologizer: UD German-GSD only, full features
        "ud_train_feats": (split["train"][:n_gsd], True),
        "ud_dev": (split["dev"], True),
        "ud_test": (split["test"], True),
    }
    for name, (sents, feats) in corpora.items():
        p = corpus / f"{name}.spacy"
        DocBin(docs=sentences_to_docs(vocab, sents, feats=feats)).to_disk(p)
        paths[name] = p
    ner_all = read_germeval(data_dir(shared_dir) / "ner" / "germeval2014-NER-de-test.tsv")
    ner_train = [s for i, s in enumerate(ner_all) if i % 10 != 9]
    ner_dev = [s for i, s in enumerate(ner_all) if i % 10 == 9]
    for name, sents in (("train", ner_train), ("dev", ner_dev)):
        p = corpus / f"ner_{name}.spacy"
        DocBin(docs=germeval_docs(vocab, sents, per_doc=5)).to_disk(p)
        paths[f"ner_{name}"] = p
    return paths


# --------------------------------------------------------------------------
# training
# --------------------------------------------------------------------------

class TimeBudgetExhausted(Exception):
    pass


def _budget_logger_factory(max_minutes: float):
    from spacy.training.loggers import console_logger


    def budget_logger():
        def setup(nlp, stdout=sys.stdout, stderr=sys.stderr):
            log_step, finalize = console_logger(progress_bar=False)(nlp, stdout, stderr)
            deadline = time.monotonic() + max_minutes * 60

            def step(info):
                log_step(info)
                # only after an evaluation (model-best / model-last are on disk)
                if info is not None and time.monotonic() > deadline:
                    raise TimeBudgetExhausted(f"time budget of {max_minutes:.1f} min used")

            return step, finalize

        return setup

    return budget_logger


def headline_augmenter(nlp, example, *, upper_level: float, newline_level: float):
    """Training-data augmenter for news layout (spaCy augmenter signature).

    With probability upper_level one sentence of the document is upper-cased
    (like a headline; lemmas stay as they are); with probability newline_level
    a newline or blank-line whitespace token is inserted before one sentence
    start (after the upper-cased sentence, if there is one). The parser thus
    learns that all-caps runs are one sentence and that line breaks usually end
    sentences. Registered as "newsgraph.headline_augmenter.v1" by train_pipeline.
    """
    import random

    from spacy.training.augment import _doc_to_biluo_tags_with_partial, make_whitespace_variant

    ref = example.reference
    if not ref.has_annotation("SENT_START") or len(ref) < 2:
        yield example
        return
    sents = list(ref.sents)
    chosen = None
    if random.random() < upper_level:
        chosen = random.randrange(len(sents))
        sent = sents[chosen]
        ex = example.to_dict()
        ex["doc_annotation"]["entities"] = _doc_to_biluo_tags_with_partial(ref)
        orth = [t.text.upper() if sent.start <= t.i < sent.end else t.text for t in ref]
        ex["token_annotation"]["ORTH"] = orth
        text = "".join(o + t.whitespace_ for o, t in zip(orth, ref))
        example = example.from_dict(nlp.make_doc(text), ex)
    if len(sents) > 1 and random.random() < newline_level:
        k = chosen + 1 if chosen is not None and chosen + 1 < len(sents) else random.randrange(1, len(sents))
        example = make_whitespace_variant(nlp, example, random.choice(["\n", "\n\n"]), sents[k].start)
    yield example


def _register_training_functions(max_minutes: float) -> str:
    """Register the time-budget logger and the augmenter; returns the logger name."""
    from functools import partial

    from spacy.util import registry

    def make_headline_augmenter(upper_level: float = 0.1, newline_level: float = 0.2):
        return partial(headline_augmenter, upper_level=upper_level, newline_level=newline_level)

    registry.augmenters.register("newsgraph.headline_augmenter.v1", func=make_headline_augmenter)
    name = f"newsgraph.budget_logger.{os.getpid()}.{time.monotonic_ns()}"
    registry.loggers.register(name, func=_budget_logger_factory(max_minutes))
    return name


def train_pipeline(config_path: Path, output: Path, train_path: Path, dev_path: Path,
                   max_minutes: float, log_path: Path, core_path: Optional[Path] = None) -> Path:
    """Train one spaCy pipeline; stops after max_steps, patience or the time budget.

    core_path fills the config's paths.core (de_ner.cfg sources the trained core's
    tagger from there: it annotates the NER's training docs with STTS tags).
    Returns the path of the best model (by the config's score weights on DEV).
    """
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train
    from spacy.util import load_config

    from newsgraph.language import ner_features  # noqa: F401  (registers newsgraph.NerEmbed.v1)

    name = _register_training_functions(max_minutes)
    overrides = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    if core_path is not None:
        overrides["paths.core"] = str(core_path)
    config = load_config(config_path, overrides=overrides, interpolate=False)
    config["training"]["logger"] = {"@loggers": name}
    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w", encoding="utf8") as log:
        nlp = init_nlp(config)
        try:
            train(nlp, output, stdout=log, stderr=log)
        except TimeBudgetExhausted as e:
            log.write(f"stopped: {e}\n")
    return output / "model-best"


Job = Tuple[Path, Path, Path, Path, float, Path]  # config, output, train, dev, minutes, log[, core]


def _train_lane(jobs: List[Tuple[Any, ...]]) -> None:
    for config_path, output, train_path, dev_path, max_minutes, log_path, *core in jobs:
        train_pipeline(Path(config_path), Path(output), Path(train_path), Path(dev_path), max_minutes,
                       Path(log_path), Path(core[0]) if core else None)


def train_parallel(lanes: Sequence[Sequence[Job]]) -> None:
    """Run lanes of train_pipeline jobs in parallel processes (one CPU thread
    each); the jobs within one lane run one after the other."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_train_lane,
                         args=([tuple(map(str, job[:4])) + (job[4],) + tuple(map(str, job[5:])) for job in lane],))
             for lane in lanes]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    failed = [str([j[0].name for j in lane]) for lane, p in zip(lanes, procs) if p.exitcode != 0]
    if failed:
        raise RuntimeError(f"training failed for {failed}; see the logs in {lanes[0][0][5].parent}")


# --------------------------------------------------------------------------
# assembling
# --------------------------------------------------------------------------

def add_paragraph_rule(nlp) -> None:
    ruler = nlp.add_pipe("attribute_ruler", name="paragraph_breaks", first=True)
    ruler.add([PARAGRAPH_PATTERN], {"SENT_START": 1}, index=1)


def assemble(core_model: Path, ner_model: Optional[Path] = None, feats_model: Optional[Path] = None,
             hanta_pos: Sequence[str] = ()):
    """Load the trained core pipeline and add paragraph rule, features, HanTa and NER.

    The core morphologizer predicts UPOS only; the features come from the
    GSD-only morphologizer ("morph_feats", own tok2vec), which keeps the core's
    UPOS (overwrite=False) and adds its features (extend=True).
    """
    import spacy

    nlp = spacy.load(core_model)
    add_paragraph_rule(nlp)
    if feats_model is not None:
        feats_nlp = spacy.load(feats_model)
        feats_nlp.replace_listeners("tok2vec", "morphologizer", ["model.tok2vec"])
        nlp.add_pipe("morphologizer", name="morph_feats", source=feats_nlp, after="morphologizer")
        pipe = nlp.get_pipe("morph_feats")
        pipe.cfg["overwrite"] = False
        pipe.cfg["extend"] = True
    if hanta_pos:
        from newsgraph.language import hanta_lemmatizer  # noqa: F401  (registers the factory)

        nlp.add_pipe("newsgraph_hanta_lemmatizer", after="trainable_lemmatizer",
                     config={"pos": sorted(hanta_pos)})
    if ner_model is not None:
        ner_nlp = spacy.load(ner_model)
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        nlp.add_pipe("ner", source=ner_nlp)
    nlp.meta.update(
        {
            "name": "newsgraph_de",
            "version": "0.1.0",
            "description": "newsgraph German pipeline trained on UD German-GSD/LIT and GermEval 2014",
            "license": "CC BY-SA 4.0 (training data)",
            "sources": [
                {"name": "UD German-GSD", "license": "CC BY-SA 4.0"},
                {"name": "UD German-LIT", "license": "CC BY-SA 4.0"},
                {"name": "GermEval 2014 NER", "license": "CC BY 4.0"},
            ],
        }
    )
    return nlp


GNAD_TABLE_START = 200  # 10kGNAD test articles 201-end feed the HanTa tables; 1-200 are the speed benchmark's


def gnad_texts(shared_dir: Path, start: int = GNAD_TABLE_START) -> List[str]:
    """Article texts of the 10kGNAD test file from row start+1 on (rows: category;'text')."""
    import csv

    texts: List[str] = []
    with open(data_dir(shared_dir) / "corpora" / "10kGNAD-test.de.csv", encoding="utf8", newline="") as fh:
        for row in csv.reader(fh, delimiter=";", quotechar="'"):
            if len(row) >= 2:
                texts.append(row[1])
    return texts[start:]


def precompute_hanta_tables(nlp, shared_dir: Path, dev_size: int = DEV_SIZE) -> Dict[str, int]:
    """Fill the HanTa components' lookup tables from the words of the training
    data (treebank TRAIN + DEV, GermEval test = the NER training file) and of
    10kGNAD test articles 201-end (never the TEST sentences, nor the first 200
    10kGNAD articles that the speed benchmarks use). The tables hold exactly
    what HanTa would compute for the pipeline's tags; they only save time."""
    split = treebank_split(shared_dir, dev_size)
    ner = read_germeval(data_dir(shared_dir) / "ner" / "germeval2014-NER-de-test.tsv")
    docs = sentences_to_docs(nlp.vocab, split["train"] + split["dev"], annotate=False)
    docs += germeval_docs(nlp.vocab, ner, per_doc=10, annotate=False)
    docs += [nlp.make_doc(text) for text in gnad_texts(shared_dir)]
    sizes: Dict[str, int] = {}
    skip = ("ner", "newsgraph_hanta_lemmatizer", "paragraph_breaks")
    with nlp.select_pipes(enable=[n for n in nlp.pipe_names if n not in skip]):
        docs = list(nlp.pipe(docs))
    if "newsgraph_hanta_lemmatizer" in nlp.pipe_names:
        sizes["lemmas"] = nlp.get_pipe("newsgraph_hanta_lemmatizer").build_table(docs)
    if "newsgraph_hanta_upos" in nlp.pipe_names:  # HanTa's word analyses, shared by both HanTa components
        sizes["words"] = nlp.get_pipe("newsgraph_hanta_upos").build_table(t.text for d in docs for t in d)
    return sizes


def clean_config(model_dir: Path) -> None:
    """Drop this machine's training paths and the per-run logger name from a
    saved pipeline's config.cfg (neither is needed to load it)."""
    from thinc.api import Config

    path = Path(model_dir) / "config.cfg"
    cfg = Config().from_disk(path, interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg["training"]["logger"] = {"@loggers": "spacy.ConsoleLogger.v2", "progress_bar": False}
    cfg.to_disk(path)


# --------------------------------------------------------------------------
# evaluation (shared with benchmarks/parser_de.py)
# --------------------------------------------------------------------------

def evaluate_treebank(nlp, sents: Sequence[Sentence], disable: Sequence[str] = ("ner",)) -> Dict[str, Any]:
    """Score a pipeline on gold-tokenised sentences (10 sentences per Doc)."""
    from spacy.pipeline.dep_parser import parser_score
    from spacy.pipeline.morphologizer import morphologizer_score
    from spacy.pipeline.tagger import tagger_score
    from spacy.training import Example

    gold = sentences_to_docs(nlp.vocab, sents)
    raw = sentences_to_docs(nlp.vocab, sents, annotate=False)
    names = [n for n in nlp.pipe_names if n not in disable]
    with nlp.select_pipes(enable=names):
        docs = list(nlp.pipe(raw))
    examples = [Example(d, g) for d, g in zip(docs, gold)]
    s: Dict[str, Any] = {}
    s.update(tagger_score(examples))
    s.update(morphologizer_score(examples))
    s.update(parser_score(examples))  # spaCy convention: UAS/LAS without punctuation
    heads = labels = n = 0
    for d, g in zip(docs, gold):  # CoNLL 2018 convention: all tokens incl. punctuation
        for t, gt in zip(d, g):
            n += 1
            if t.head.i == gt.head.i:
                heads += 1
                labels += t.dep_.lower() == gt.dep_.lower()
    lem = lemma_accuracy(docs, gold)
    return {
        "sentences": len(sents),
        "tokens": sum(len(s_) for s_ in sents),
        "upos": s.get("pos_acc"),
        "xpos": s.get("tag_acc"),
        "morph": s.get("morph_acc"),
        "uas": heads / n,
        "las": labels / n,
        "uas_no_punct": s.get("dep_uas"),
        "las_no_punct": s.get("dep_las"),
        "sents_p": s.get("sents_p"),
        "sents_r": s.get("sents_r"),
        "sents_f": s.get("sents_f"),
        "las_per_type": {k: v["f"] for k, v in (s.get("dep_las_per_type") or {}).items()},
        **lem,
    }


def lemma_accuracy(docs, gold_docs, lemmas: Optional[Sequence[Sequence[str]]] = None) -> Dict[str, float]:
    """Lemma accuracy overall and by gold UPOS (VERB, AUX, VERB+AUX, NOUN, ADJ, PROPN)."""
    hit: Counter = Counter()
    tot: Counter = Counter()
    for k, (doc, gold) in enumerate(zip(docs, gold_docs)):
        for i, g in enumerate(gold):
            pred = lemmas[k][i] if lemmas is not None else doc[i].lemma_
            ok = pred == g.lemma_
            for key in ("all", g.pos_) + (("VERB+AUX",) if g.pos_ in ("VERB", "AUX") else ()):
                tot[key] += 1
                hit[key] += ok
    out = {"lemma": hit["all"] / max(tot["all"], 1)}
    for p in ("VERB", "AUX", "VERB+AUX", "NOUN", "ADJ", "PROPN"):
        out[f"lemma_{p}"] = hit[p] / max(tot[p], 1)
    return out


def evaluate_ner(nlp, path: Path) -> Dict[str, Any]:
    """Exact-span micro P/R/F1 and per type on a GermEval file (outer level). The whole
    pipeline runs: the NER reads the tagger's STTS tags."""
    sents = read_germeval(path)
    raw = germeval_docs(nlp.vocab, sents, annotate=False)
    docs = list(nlp.pipe(raw))
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for doc, (_, spans) in zip(docs, sents):
        pred = {(e.start, e.end, e.label_) for e in doc.ents}
        gold = set(spans)
        for s in pred & gold:
            tp[s[2]] += 1
        for s in pred - gold:
            fp[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1

    def prf(t, f_p, f_n):
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        return {"p": p, "r": r, "f": 2 * p * r / (p + r) if p + r else 0.0, "support": t + f_n}

    labels = sorted(set(tp) | set(fp) | set(fn))
    return {
        "sentences": len(sents),
        "micro": prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "per_type": {lab: prf(tp[lab], fp[lab], fn[lab]) for lab in labels},
    }


def compare_lemmatizers(nlp, dev: Sequence[Sentence], test: Sequence[Sentence]) -> Dict[str, Any]:
    """Trained edit-tree lemmatizer vs HanTa (with our STTS tags) vs per-POS mix.

    The mix routes each predicted UPOS to whichever lemmatizer was more accurate
    for it on DEV; all three are then reported on DEV and TEST.
    """
    from newsgraph.language.hanta_lemmatizer import HantaLemmatizer

    hanta = HantaLemmatizer(nlp, "hanta", pos=None)
    names = [n for n in nlp.pipe_names if n not in ("ner", "newsgraph_hanta_lemmatizer")]
    result: Dict[str, Any] = {}
    per_split = {}
    for split_name, sents in (("dev", dev), ("test", test)):
        gold = sentences_to_docs(nlp.vocab, sents)
        raw = sentences_to_docs(nlp.vocab, sents, annotate=False)
        with nlp.select_pipes(enable=names):
            docs = list(nlp.pipe(raw))
        trained = [[t.lemma_ for t in d] for d in docs]
        t0 = time.perf_counter()
        hanta_l = [[hanta.lemmatize(t.text, t.tag_, t.pos_) for t in d] for d in docs]
        hanta_sec = time.perf_counter() - t0
        per_split[split_name] = (docs, gold, trained, hanta_l)
        result[split_name] = {
            "trained": lemma_accuracy(docs, gold, trained),
            "hanta": lemma_accuracy(docs, gold, hanta_l),
            "hanta_seconds_uncached": hanta_sec,
            "tokens": sum(len(d) for d in docs),
        }
    # choose per predicted UPOS on DEV
    docs, gold, trained, hanta_l = per_split["dev"]
    better: Counter = Counter()
    for k, (d, g) in enumerate(zip(docs, gold)):
        for i, t in enumerate(d):
            better[t.pos_] += (hanta_l[k][i] == g[i].lemma_) - (trained[k][i] == g[i].lemma_)
    hanta_pos = sorted(p for p, v in better.items() if v > 0)
    result["hanta_pos"] = hanta_pos
    result["dev_gain_by_pos"] = dict(better)
    for split_name, (docs, gold, trained, hanta_l) in per_split.items():
        mix = [[h if t.pos_ in hanta_pos else tr for t, tr, h in zip(d, trl, hl)]
               for d, trl, hl in zip(docs, trained, hanta_l)]
        result[split_name]["mix"] = lemma_accuracy(docs, gold, mix)
    return result


# --------------------------------------------------------------------------
# main entry
# --------------------------------------------------------------------------

def train_german(shared_dir: Path, out_dir: Path, workdir: Path, max_minutes: float = 40.0,
                 use_hanta: Optional[bool] = None, dev_size: int = DEV_SIZE,
                 parts: Sequence[str] = ("core", "ner", "feats"), hanta_pos: Optional[Sequence[str]] = None,
                 upos_mode: Optional[str] = UPOS_MODE) -> Dict[str, Any]:
    """Convert the data, train core + NER pipelines, assemble, evaluate, save.

    shared_dir: the shared/ folder (or shared/data/).
    out_dir:    where the final pipeline is written (nlp.to_disk).
    workdir:    scratch folder for corpora, checkpoints and logs.
    max_minutes: wall-time budget for the (parallel) training runs; assembling
                 and evaluation take a few minutes more.
    use_hanta:  None = decide on DEV (per POS), False = never, True = as decided
                on DEV but at least for VERB and AUX.
    Returns a dict with the split, the lemmatizer comparison and TEST / NER scores.
    """
    shared_dir, out_dir, workdir = Path(shared_dir), Path(out_dir), Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    paths = convert(shared_dir, workdir, dev_size)
    lanes = [
        [(CORE_CONFIG, workdir / "core", paths["ud_train_upos"], paths["ud_dev_upos"], max_minutes,
          workdir / "core.log")],
        [(FEATS_CONFIG, workdir / "feats", paths["ud_train_feats"], paths["ud_dev"], max_minutes * 0.3,
          workdir / "feats.log")],
    ]
    # the NER's training docs are tagged by the core's tagger, so it trains after the core
    ner_job = (NER_CONFIG, workdir / "ner", paths["ner_train"], paths["ner_dev"], max_minutes * 0.6,
               workdir / "ner.log", workdir / "core" / "model-best")
    # parts not listed are reused from workdir (e.g. retrain only the core)
    lanes = [[job for job in lane if job[1].name in parts] for lane in lanes]
    if any(lanes):
        train_parallel([lane for lane in lanes if lane])
    if "ner" in parts:
        train_parallel([[ner_job]])
    scores = build_final(shared_dir, out_dir, workdir, use_hanta=use_hanta, dev_size=dev_size, hanta_pos=hanta_pos,
                         upos_mode=upos_mode)
    scores["train_seconds"] = round(time.time() - t0, 1)
    with open(workdir / "scores.json", "w", encoding="utf8") as fh:
        json.dump(scores, fh, indent=2, ensure_ascii=False)
    return scores


def build_final(shared_dir: Path, out_dir: Path, workdir: Path, use_hanta: Optional[bool] = None,
                dev_size: int = DEV_SIZE, hanta_pos: Optional[Sequence[str]] = None,
                upos_mode: Optional[str] = UPOS_MODE) -> Dict[str, Any]:
    """Assemble workdir/core/model-best + workdir/ner/model-best, evaluate, save."""
    import spacy

    shared_dir, out_dir, workdir = Path(shared_dir), Path(out_dir), Path(workdir)
    split = treebank_split(shared_dir, dev_size)
    core_best = workdir / "core" / "model-best"
    ner_best = workdir / "ner" / "model-best"
    feats_best = workdir / "feats" / "model-best"
    if not feats_best.exists():
        feats_best = None
    base = spacy.load(core_best)
    comparison = compare_lemmatizers(base, split["dev"], split["test"])
    if hanta_pos is None:
        hanta_pos = [] if use_hanta is False else list(comparison["hanta_pos"])
        if use_hanta:
            hanta_pos = sorted(set(hanta_pos) | {"VERB", "AUX"})

    nlp = assemble(core_best, ner_best, feats_best, hanta_pos)
    upos_pairs = None
    if upos_mode:
        from newsgraph.language.hanta_upos import add_to_pipeline

        upos_pairs = add_to_pipeline(nlp, split["dev"], mode=upos_mode, min_gain=2)
    table_sizes = precompute_hanta_tables(nlp, shared_dir, dev_size)
    test_scores = evaluate_treebank(nlp, split["test"])
    dev_scores = evaluate_treebank(nlp, split["dev"])
    ner_scores = evaluate_ner(nlp, data_dir(shared_dir) / "ner" / "germeval2014-NER-de-dev.tsv")
    scores = {
        "split": {
            "train": "UD German-GSD test + UD German-LIT test"
                     + (f" + UD German-GSD dev sentences {dev_size + 1}-{TEST_START}" if dev_size < TEST_START else ""),
            "dev": f"UD German-GSD dev, sentences 1-{dev_size}",
            "test": f"UD German-GSD dev, sentences {TEST_START + 1}-{TEST_START + len(split['test'])}",
            "ner_train": "GermEval 2014 test minus every 10th sentence (every 10th = early-stopping dev)",
            "ner_test": "GermEval 2014 dev (held out)",
            "train_sentences": len(split["train"]),
        },
        "lemmatizer_comparison": comparison,
        "hanta_pos": hanta_pos,
        "hanta_upos": {"mode": upos_mode, "pairs": upos_pairs},
        "hanta_tables": table_sizes,
        "test": test_scores,
        "dev": dev_scores,
        "ner": ner_scores,
        "pipeline": nlp.pipe_names,
        "ner_labels": list(nlp.get_pipe("ner").labels),
    }
    nlp.meta["performance"] = {"test": test_scores, "ner_germeval_dev": ner_scores["micro"]}
    nlp.meta["newsgraph"] = {"dev_size": dev_size, "test_start": TEST_START, "hanta_upos_pairs": upos_pairs}
    if out_dir.exists():
        shutil.rmtree(out_dir)
    nlp.to_disk(out_dir)
    clean_config(out_dir)
    with open(workdir / "scores.json", "w", encoding="utf8") as fh:
        json.dump(scores, fh, indent=2, ensure_ascii=False)
    return scores


def retrain_ner(shared_dir: Path, base_model: Path, out_dir: Path, workdir: Path, max_minutes: float = 24.0,
                skip_training: bool = False) -> Dict[str, Any]:
    """Train only the NER (de_ner.cfg; its STTS tags come from base_model's tagger) and put it
    into a copy of the assembled pipeline base_model in place of its ner; the other
    components stay as they are. Scores the NER on GermEval dev (TEST) and DEV."""
    import spacy

    from newsgraph.language import pipeline  # noqa: F401  (registers newsgraph's factories)

    shared_dir, base_model, out_dir, workdir = Path(shared_dir), Path(base_model), Path(out_dir), Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    paths = convert(shared_dir, workdir)
    if not skip_training:
        train_parallel([[(NER_CONFIG, workdir / "ner", paths["ner_train"], paths["ner_dev"], max_minutes,
                          workdir / "ner.log", base_model)]])
    nlp = spacy.load(base_model)
    ner_nlp = spacy.load(workdir / "ner" / "model-best")
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=ner_nlp)
    scores = {"ner": evaluate_ner(nlp, data_dir(shared_dir) / "ner" / "germeval2014-NER-de-dev.tsv"),
              "ner_training_dev": ner_nlp.meta.get("performance", {})}
    nlp.meta.setdefault("performance", {})["ner_germeval_dev"] = scores["ner"]["micro"]
    tmp = out_dir.with_name(out_dir.name + ".new")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    clean_config(tmp)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    tmp.rename(out_dir)
    with open(workdir / "scores_ner.json", "w", encoding="utf8") as fh:
        json.dump(scores, fh, indent=2, ensure_ascii=False)
    return scores


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="Train newsgraph's German spaCy pipeline.")
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared/ folder")
    ap.add_argument("--out", type=Path, default=Path(__file__).parent / "models" / "de")
    ap.add_argument("--workdir", type=Path, default=Path("training/de"))
    ap.add_argument("--max-minutes", type=float, default=40.0)
    ap.add_argument("--hanta", choices=["auto", "yes", "no"], default="auto")
    ap.add_argument("--skip-training", action="store_true",
                    help="only assemble/evaluate the checkpoints already in --workdir")
    ap.add_argument("--dev-size", type=int, default=DEV_SIZE,
                    help=f"DEV = GSD dev sentences 1..N; N+1..{TEST_START} are added to TRAIN")
    ap.add_argument("--parts", default="core,ner,feats", help="which pipelines to train (others are reused)")
    ap.add_argument("--hanta-pos", default=None, help="comma-separated UPOS for the HanTa lemmatizer (default: chosen on DEV)")
    ap.add_argument("--ner-only", type=Path, default=None, metavar="BASE_MODEL",
                    help="train only the NER and put it into a copy of the assembled pipeline BASE_MODEL "
                         "(written to --out; BASE_MODEL may equal --out)")
    ap.add_argument("--upos-mode", choices=["none", "word", "sentence"], default=UPOS_MODE,
                    help="HanTa UPOS override (newsgraph_hanta_upos)")
    args = ap.parse_args(argv)
    use = {"auto": None, "yes": True, "no": False}[args.hanta]
    hanta_pos = args.hanta_pos.split(",") if args.hanta_pos else None
    upos_mode = None if args.upos_mode == "none" else args.upos_mode
    if args.ner_only is not None:
        scores = retrain_ner(args.shared, args.ner_only, args.out, args.workdir, args.max_minutes * 0.6,
                             skip_training=args.skip_training)
        print(json.dumps(scores["ner"], indent=2))
        return 0
    if args.skip_training:
        scores = build_final(args.shared, args.out, args.workdir, use_hanta=use, dev_size=args.dev_size,
                             hanta_pos=hanta_pos, upos_mode=upos_mode)
    else:
        scores = train_german(args.shared, args.out, args.workdir, args.max_minutes, use_hanta=use,
                              dev_size=args.dev_size, parts=args.parts.split(","), hanta_pos=hanta_pos,
                              upos_mode=upos_mode)
    print(json.dumps({k: scores[k] for k in ("test", "ner", "hanta_pos", "pipeline")}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
