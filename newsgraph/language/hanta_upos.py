"""spaCy component: HanTa's STTS tag, mapped to UPOS, overrides the pipeline's UPOS
for confusion pairs where HanTa was right more often on DEV.

The trained morphologizer sees only ~2,900 sentences; HanTa (Hanover Tagger) has
a large German lexicon. For each pair (pipeline UPOS, HanTa UPOS) that disagree,
``choose_pairs`` counts on DEV how often HanTa's is the gold UPOS minus how often
the pipeline's is, and keeps the pairs with a net gain of at least ``min_gain``.
The component then replaces ``token.pos_`` for exactly those pairs; tags and the
parse are left alone. It runs before the HanTa lemmatizer, which thus lemmatises
e.g. "unterzeichneten" (ADJ -> VERB) as a verb.

mode "word": HanTa's most probable tag for the word on its own (cached per word,
fast); mode "sentence": HanTa's tagging of the whole sentence (Viterbi, slower,
more accurate). Numbers for both are in docs/accuracy.md.

Also runnable: ``python -m newsgraph.language.hanta_upos --model DIR --out DIR``
chooses the pairs on DEV and adds the component to a trained pipeline.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.language.hanta_words import shared_words
from newsgraph.language.tables import WORDS_FILE, read_table, rows_from_bytes, rows_to_bytes, write_table

STTS_UPOS = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP", "APZR": "ADP",
    "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ", "KOKOM": "CCONJ", "KON": "CCONJ", "KOUI": "SCONJ",
    "KOUS": "SCONJ", "NE": "PROPN", "NN": "NOUN", "NNE": "PROPN", "PDS": "PRON", "PDAT": "DET", "PIS": "PRON",
    "PIAT": "DET", "PIDAT": "DET", "PPER": "PRON", "PPOSS": "PRON", "PPOSAT": "DET", "PRELS": "PRON",
    "PRELAT": "DET", "PRF": "PRON", "PWS": "PRON", "PWAT": "DET", "PWAV": "ADV", "PAV": "ADV", "PROAV": "ADV",
    "PTKZU": "PART", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "INTJ", "PTKA": "ADV", "TRUNC": "X",
    "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB", "VVPP": "VERB", "VAFIN": "AUX",
    "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX", "VMFIN": "AUX", "VMINF": "AUX", "VMPP": "AUX", "XY": "X",
    "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}
MODES = ("word", "sentence")


def hanta_to_upos(tag: str) -> str:
    """HanTa's tag spelling ("VV(FIN)", "ADJ(A)") -> UPOS."""
    return STTS_UPOS.get(tag.replace("(", "").replace(")", ""), "X")


@Language.factory("newsgraph_hanta_upos",
                  default_config={"model": "morphmodel_ger.pgz", "pairs": [], "mode": "word", "cache_size": 200000})
def make_hanta_upos(nlp: Language, name: str, model: str, pairs: list, mode: str, cache_size: int):
    return HantaUpos(name, model=model, pairs=pairs, mode=mode, cache_size=cache_size, nlp=nlp)


class HantaUpos:
    """Replace ``token.pos_`` by HanTa's UPOS for the given (pipeline UPOS, HanTa UPOS) pairs.

    Mode "sentence" runs HanTa's sentence Viterbi only on sentences where its choice can
    change a UPOS: some token has candidate tags (those the Viterbi may pick) whose UPOS
    give that token different results under the override pairs. Elsewhere each token's
    result is the same for all its candidates, so skipping the Viterbi changes nothing.
    """

    def __init__(self, name: str = "newsgraph_hanta_upos", model: str = "morphmodel_ger.pgz",
                 pairs: Iterable[Sequence[str]] = (), mode: str = "word", cache_size: int = 200000,
                 nlp: Optional[Language] = None):
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        self.name = name
        self.words = shared_words(nlp, model, cache_size)
        self.pairs = frozenset((a, b) for a, b in pairs)
        self.mode = mode
        self._targets: dict[str, frozenset] = {}
        for a, b in self.pairs:
            self._targets[a] = self._targets.get(a, frozenset()) | {b}
        self._upos = {tag: hanta_to_upos(tag) for tag in self.words.tagger.int2tag.values()}  # HanTa tag -> UPOS

    @property
    def table(self) -> dict:
        """The precomputed HanTa word analyses (hanta_words; shared with the HanTa lemmatizer)."""
        return self.words.table

    def word_upos(self, word: str) -> str:
        cands = self.words.candidates(word)
        return self._upos[cands[0]] if cands else "X"

    def sentence_upos(self, words: list[str]) -> list[str]:
        upos = self._upos
        return [upos[tag] for tag in self.words.sentence_tags(words)]

    def upos(self, doc: Doc) -> list[str]:
        """HanTa's UPOS for every token of doc (whitespace tokens: SPACE)."""
        if self.mode == "word":
            return [self.word_upos(t.text) if not t.is_space else "SPACE" for t in doc]
        out = ["SPACE"] * len(doc)
        for toks in self._sentences(doc):
            for t, u in zip(toks, self.sentence_upos([t.text for t in toks])):
                out[t.i] = u
        return out

    @staticmethod
    def _sentences(doc: Doc) -> list[list]:
        spans = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        return [toks for toks in ([t for t in sent if not t.is_space] for sent in spans) if toks]

    def _result(self, pos: str, hanta: str) -> str:
        return hanta if (pos, hanta) in self.pairs else pos

    def _fixed_results(self, toks: list, poses: list[str]) -> Optional[list[str]]:
        """The UPOS of every token after the override if HanTa's sentence Viterbi cannot
        change it (every tag it may choose gives the same result), else None. poses: the
        tokens' UPOS."""
        out = []
        upos = self._upos
        for k, (t, pos) in enumerate(zip(toks, poses)):
            if pos not in self._targets:
                out.append(pos)
                continue
            cands = self.words.context_candidates(t.text, first=k == 0)
            if cands is None:
                return None
            results = {self._result(pos, upos[c]) for c in cands}
            if len(results) > 1:
                return None
            out.append(results.pop())
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not self.pairs:
            return doc
        if self.mode == "word":
            targets = self._targets
            for token in doc:  # HanTa is asked only about tokens whose UPOS an override pair may change
                pos = token.pos_
                if pos in targets:
                    hanta = self.word_upos(token.text)
                    if hanta in targets[pos]:
                        token.pos_ = hanta
            return doc
        for toks in self._sentences(doc):
            poses = [t.pos_ for t in toks]
            results = self._fixed_results(toks, poses)
            if results is None:
                results = [self._result(pos, hanta) for pos, hanta in zip(poses, self.sentence_upos([t.text for t in toks]))]
            for token, old, pos in zip(toks, poses, results):
                if old != pos:
                    token.pos_ = pos
        return doc

    def build_table(self, words: Iterable[str]) -> int:
        """Precompute HanTa's analyses of these words (a pure speed-up). Returns the table size."""
        return self.words.build_table(words)

    # the HanTa model ships with the HanTa package, the pairs are in the config; only the table is saved
    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return rows_to_bytes(self.words.table_rows())

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self.words.load_rows(rows_from_bytes(data))
        return self

    def to_disk(self, path, *, exclude=tuple()):
        write_table(path, self.to_bytes(), WORDS_FILE)

    def from_disk(self, path, *, exclude=tuple()):
        data = read_table(path, WORDS_FILE)
        return self.from_bytes(data) if data is not None else self


def choose_pairs(pred: Sequence[str], hanta: Sequence[str], gold: Sequence[str], min_gain: int = 1) -> list[list[str]]:
    """(pipeline, HanTa) UPOS pairs where taking HanTa's UPOS gains at least min_gain tokens."""
    gain: Counter = Counter()
    for p, h, g in zip(pred, hanta, gold):
        if p != h and h != "SPACE":
            gain[(p, h)] += (h == g) - (p == g)
    return [list(k) for k, v in sorted(gain.items()) if v >= min_gain]


def add_to_pipeline(nlp: Language, dev: Sequence, mode: str = "word", min_gain: int = 2) -> list[list[str]]:
    """Choose the override pairs on the DEV sentences and add the component after the lemmatizers."""
    from newsgraph.language.train import sentences_to_docs

    names = [n for n in nlp.pipe_names if n not in ("ner", "newsgraph_hanta_upos")]
    with nlp.select_pipes(enable=names):
        docs = list(nlp.pipe(sentences_to_docs(nlp.vocab, dev, annotate=False)))
    probe = HantaUpos(mode=mode)
    pred = [t.pos_ for d in docs for t in d]
    hanta = [u for d in docs for u in probe.upos(d)]
    gold = [t["pos"] for s in dev for t in s]
    pairs = choose_pairs(pred, hanta, gold, min_gain)
    if "newsgraph_hanta_upos" in nlp.pipe_names:
        nlp.remove_pipe("newsgraph_hanta_upos")
    if "newsgraph_hanta_lemmatizer" in nlp.pipe_names:  # so that HanTa lemmatises with the corrected UPOS
        where = {"before": "newsgraph_hanta_lemmatizer"}
    elif "trainable_lemmatizer" in nlp.pipe_names:
        where = {"after": "trainable_lemmatizer"}
    else:
        where = {}
    nlp.add_pipe("newsgraph_hanta_upos", config={"pairs": pairs, "mode": mode}, **where)
    return pairs


def main(argv: Optional[Sequence[str]] = None) -> int:
    import spacy

    from newsgraph.language import hanta_lemmatizer  # noqa: F401  (registers the factory)
    from newsgraph.language.train import treebank_split

    ap = argparse.ArgumentParser(description="Add the HanTa UPOS override to a trained German pipeline.")
    ap.add_argument("--model", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--mode", choices=MODES, default="word")
    ap.add_argument("--min-gain", type=int, default=2)
    args = ap.parse_args(argv)
    nlp = spacy.load(args.model)
    pairs = add_to_pipeline(nlp, treebank_split(args.shared)["dev"], args.mode, args.min_gain)
    nlp.to_disk(args.out)
    print(json.dumps({"pairs": pairs, "pipeline": nlp.pipe_names}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
