"""Score a pipeline's named entities on a GermEval 2014 file.

GermEval 2014 TSV: per token ``index<TAB>word<TAB>outer<TAB>inner``, comment
lines starting with ``#``, a blank line between sentences. Only the outer level
is scored; ``*deriv`` and ``*part`` tags (``B-LOCderiv``: "deutsche") count as O.
The pipeline runs on the gold words, one Doc per sentence. Scores are exact span
matches, micro-averaged over PER, ORG and LOC (fractions 0..1); GermEval ``OTH``
and the pipeline's ``MISC`` are not counted.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError

TYPES = ("PER", "ORG", "LOC")
_TAG = re.compile(r"^(O|[BI]-(PER|ORG|LOC|OTH)(deriv|part)?)$")
SKIP_COMPONENTS = ("newsgraph_sentence_hints",)

Span = tuple[int, int, str]


def read_germeval(path: Path) -> list[tuple[list[str], list[Span]]]:
    """[(words, outer-level spans)] per sentence; InputError on a bad file."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    out: list[tuple[list[str], list[Span]]] = []
    words: list[str] = []
    tags: list[str] = []
    for n, line in enumerate(lines + [""], 1):
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                out.append((words, bio_spans(tags)))
                words, tags = [], []
            continue
        cols = line.split("\t")
        if len(cols) < 3 or not cols[0].isdigit():
            raise InputError(f"{path}:{n}: not GermEval 2014 TSV (index, word, outer tag, inner tag)")
        if not _TAG.match(cols[2]):
            raise InputError(f"{path}:{n}: bad NER tag {cols[2]!r}")
        words.append(cols[1])
        tags.append(cols[2])
    if not out:
        raise InputError(f"{path}: no sentences")
    return out


def bio_spans(tags: Sequence[str]) -> list[Span]:
    """Spans (start, end, type) of PER/ORG/LOC from BIO tags; deriv/part and OTH are O.
    An I- tag that does not continue a span of its type starts a new one."""
    spans: list[Span] = []
    start, label = -1, None
    for i, tag in enumerate(list(tags) + ["O"]):
        bio, _, typ = tag.partition("-")
        typ_or_none = typ if typ in TYPES else None
        if label is not None and not (bio == "I" and typ_or_none == label):
            spans.append((start, i, label))
            label = None
        if typ_or_none is not None and label is None:
            start, label = i, typ_or_none
    return spans


def score_spans(pred: Sequence[set[Span]], gold: Sequence[set[Span]]) -> dict[str, Any]:
    """Micro and per-type precision/recall/F1 of exact span matches."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for p, g in zip(pred, gold):
        for s in p & g:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict[str, Any]:
        prec = t / (t + f_p) if t + f_p else 0.0
        rec = t / (t + f_n) if t + f_n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        return {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4), "support": t + f_n}

    micro = prf(sum(tp[t] for t in TYPES), sum(fp[t] for t in TYPES), sum(fn[t] for t in TYPES))
    return {"precision": micro["precision"], "recall": micro["recall"], "f1": micro["f1"],
            "per_type": {t: prf(tp[t], fp[t], fn[t]) for t in TYPES}}


def evaluate_ner(nlp: Any, sents: Sequence[tuple[list[str], list[Span]]]) -> dict[str, Any]:
    """Run nlp on the gold words (one Doc per sentence) and score its PER/ORG/LOC entities."""
    from spacy.tokens import Doc

    names = [name for name in nlp.pipe_names if name not in SKIP_COMPONENTS]
    raw = [Doc(nlp.vocab, words=words) for words, _ in sents]
    with nlp.select_pipes(enable=names):
        docs = list(nlp.pipe(raw))
    pred = [{(e.start, e.end, e.label_) for e in doc.ents if e.label_ in TYPES} for doc in docs]
    gold = [set(spans) for _, spans in sents]
    return score_spans(pred, gold)


def eval_ner_file(path: Path, lang: str, nlp: Any = None) -> dict[str, Any]:
    """The JSON object of ``newsgraph eval ner``; nlp defaults to the shipped pipeline."""
    sents = read_germeval(path)
    if nlp is None:
        from newsgraph.language.pipeline import load_pipeline

        nlp = load_pipeline(lang)
    if "ner" not in nlp.pipe_names:
        from newsgraph.errors import ModelError

        raise ModelError(f"the {lang} pipeline has no NER component")
    return evaluate_ner(nlp, sents)
