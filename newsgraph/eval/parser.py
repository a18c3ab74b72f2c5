"""Score a language pipeline on a gold CoNLL-U treebank.

The pipeline runs on the gold tokenisation: each Doc is built from the gold
words and every component of the shipped pipeline except NER and the raw-text
sentence-hints rule is applied to it. sentences="gold" (default): one Doc per
gold sentence, as the CoNLL-U file segments the text (the parser may still split
it; ``sents_f`` then measures such splits). sentences="predicted": 10 consecutive
sentences per Doc, so the parser must also find the sentence boundaries, which
costs attachments wherever it gets them wrong.

Conventions (CoNLL 2018 shared task): UPOS, lemma, UAS and LAS over all tokens
including punctuation; LAS compares the universal part of the relation
(``nsubj:pass`` counts as ``nsubj``); ``sents_f`` is the F1 of predicted
sentence spans. Accuracies are percentages.

German: UD multi-word tokens (``im`` = ``in dem``) become one token, as spaCy's
German tokenizer keeps them whole (the token takes the syntax of the part whose
head lies outside it). English: the syntactic words are kept (``do`` + ``n't``),
as spaCy's English tokenizer splits them too.
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError

SENTS_PER_DOC = {"gold": 1, "predicted": 10}
MERGE_MWT = {"de": True, "en": False}
SKIP_COMPONENTS = ("ner", "newsgraph_sentence_hints", "newsgraph_gazetteer")

Row = list[str]


def read_conllu_rows(path: Path) -> list[list[Row]]:
    """The word and multi-word-token rows of each sentence; InputError on a bad file."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    sents: list[list[Row]] = []
    rows: list[Row] = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    with fh:
        try:
            lines = list(fh)
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip():
            if rows:
                _check_sentence(rows, path, n)
                sents.append(rows)
                rows = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise InputError(f"{path}:{n}: not CoNLL-U (expected 10 tab-separated columns, got {len(cols)})")
        if "." in cols[0]:  # empty node of enhanced dependencies
            continue
        if not (cols[0].isdigit() or ("-" in cols[0] and all(p.isdigit() for p in cols[0].split("-")))):
            raise InputError(f"{path}:{n}: bad token id {cols[0]!r}")
        if "-" not in cols[0] and not cols[6].isdigit():
            raise InputError(f"{path}:{n}: bad head {cols[6]!r}")
        rows.append(cols)
    if rows:
        _check_sentence(rows, path, len(lines))
        sents.append(rows)
    if not sents:
        raise InputError(f"{path}: no sentences")
    return sents


def _check_sentence(rows: list[Row], path: Path, line_no: int) -> None:
    ids = [int(r[0]) for r in rows if "-" not in r[0]]
    if ids != list(range(1, len(ids) + 1)):
        raise InputError(f"{path}: sentence ending at line {line_no}: word ids are not 1..n")
    if any(int(r[6]) > len(ids) for r in rows if "-" not in r[0]):
        raise InputError(f"{path}: sentence ending at line {line_no}: head outside the sentence")


def gold_sentences(path: Path, lang: str) -> list[list[dict[str, Any]]]:
    """Gold tokens per sentence (text, space, lemma, pos, tag, morph, head, dep)."""
    from newsgraph.language.train import merge_mwt_rows, split_mwt_rows

    merge = MERGE_MWT.get(lang, False)
    return [merge_mwt_rows(rows) if merge else split_mwt_rows(rows) for rows in read_conllu_rows(path)]


def _universal(dep: str) -> str:
    return dep.lower().split(":")[0]


def _prf(pred: set, gold: set) -> float:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def score_docs(docs: Sequence[Any], gold: Sequence[Any]) -> dict[str, float]:
    """UPOS, lemma, UAS, LAS (percent, all tokens) and sentence F1 of predicted vs gold Docs."""
    n = upos = lemma = uas = las = 0
    pred_sents: set = set()
    gold_sents: set = set()
    for k, (doc, ref) in enumerate(zip(docs, gold)):
        if len(doc) != len(ref):
            raise ValueError("predicted and gold Docs differ in length")
        for t, g in zip(doc, ref):
            n += 1
            upos += t.pos_ == g.pos_
            lemma += t.lemma_ == g.lemma_
            if t.head.i == g.head.i:
                uas += 1
                las += _universal(t.dep_) == _universal(g.dep_)
        pred_sents.update((k, s.start, s.end) for s in doc.sents)
        gold_sents.update((k, s.start, s.end) for s in ref.sents)
    pct = 100.0 / max(n, 1)
    return {"upos": upos * pct, "lemma": lemma * pct, "uas": uas * pct, "las": las * pct,
            "sents_f": 100.0 * _prf(pred_sents, gold_sents)}


def evaluate_parser(nlp: Any, sents: Sequence[Sequence[dict[str, Any]]], sentences: str = "gold") -> dict[str, Any]:
    """Run nlp on the gold tokenisation of sents and score it (see the module docstring)."""
    from newsgraph.language.train import sentences_to_docs

    if sentences not in SENTS_PER_DOC:
        raise ValueError(f"sentences must be one of {sorted(SENTS_PER_DOC)}")
    per_doc = SENTS_PER_DOC[sentences]
    gold = sentences_to_docs(nlp.vocab, sents, per_doc=per_doc)
    raw = sentences_to_docs(nlp.vocab, sents, per_doc=per_doc, annotate=False)
    names = [name for name in nlp.pipe_names if name not in SKIP_COMPONENTS]
    with nlp.select_pipes(enable=names):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(raw))
        seconds = time.perf_counter() - t0
    tokens = sum(len(d) for d in docs)
    scores = score_docs(docs, gold)
    return {"sentences": len(sents), "tokens": tokens,
            **{k: round(v, 2) for k, v in scores.items()},
            "tokens_per_s": round(tokens / seconds) if seconds else None}


def eval_parser_file(path: Path, lang: str, nlp: Any = None, sentences: str = "gold") -> dict[str, Any]:
    """The JSON object of ``newsgraph eval parser``; nlp defaults to the shipped pipeline."""
    sents = gold_sentences(path, lang)
    if nlp is None:
        from newsgraph.language.pipeline import load_pipeline

        nlp = load_pipeline(lang)
    if "parser" not in nlp.pipe_names:
        from newsgraph.errors import ModelError

        raise ModelError(f"no trained {lang} pipeline with a parser is shipped")
    return evaluate_parser(nlp, sents, sentences)
