"""HanTa (Hanover Tagger) for one pipeline: the model, loaded once, and its per-word analyses cached.

Both HanTa components (``newsgraph_hanta_upos``, ``newsgraph_hanta_lemmatizer``) ask HanTa
for a word's candidate tags (``tag_word``), and the UPOS override in sentence mode runs
HanTa's sentence Viterbi, which needs the same per-word analysis. For a word outside
HanTa's lexicon that analysis (``analyze_forward``, a Viterbi over the word's morphemes)
costs about a millisecond, so it is computed once per word and kept:

* ``table``: precomputed analyses of the words of the training data and of news text
  that are not in HanTa's lexicon (saved with the pipeline by the UPOS component, see
  ``build_table``; floats are written with ``repr`` so they read back bit for bit);
* a bounded memo of further analyses on this instance (cleared when full).

``shared_words(nlp, ...)`` gives the components of one ``Language`` the same instance (it
lives on that ``nlp`` object, not in this module). Every answer is exactly what HanTa
itself computes; the caches only save time.
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from operator import itemgetter
from typing import Optional

from numpy import logaddexp
from spacy.language import Language

_ATTR = "_newsgraph_hanta_words"
UNKNOWN = 3  # HanTa's tag id for "no analysis"


class HantaWords:
    """HanTa's tagger with cached per-word analyses; ``candidates`` = HanTa's ``tag_word`` tags."""

    def __init__(self, model: str = "morphmodel_ger.pgz", cache_size: int = 200000):
        from HanTa import HanoverTagger as ht

        self.model = model
        self.cache_size = cache_size
        self.tagger = ht.HanoverTagger(model)
        # lower-cased word -> HanTa's analyze_forward result [(tag id, log prob), ...]
        self.table: dict[str, list[tuple[int, float]]] = {}
        self._forward: dict[str, list] = {}
        self._candidates: dict[str, tuple[str, ...]] = {}
        self._ranks: dict = {}  # state -> {tag: position among the state's transitions}
        self._word_probs: dict = {}  # (word, not first) -> HanTa's conditional tag log probabilities
        self._morphemes = morpheme_index(self.tagger)
        self._analyze_forward = lambda word: analyze_forward(self.tagger, word, self._morphemes)
        # HanTa's _tag_word calls self.analyze_forward: answer from the caches (this instance only)
        self.tagger.analyze_forward = self._cached_forward
        # and its analyze (the lemma given a tag) self.analyze_viterbi: the faster equivalent
        self.tagger.analyze_viterbi = lambda word, targetpos: analyze_viterbi(self.tagger, word, targetpos,
                                                                               self._morphemes)

    def _cached_forward(self, word: str) -> list:
        result = self.table.get(word) or self._forward.get(word)
        if result is None:
            result = self._analyze_forward(word)
            if len(self._forward) >= self.cache_size:
                self._forward.clear()
            self._forward[word] = result
        return result

    def candidates(self, word: str) -> tuple[str, ...]:
        """HanTa's candidate tags for the word alone, most probable first (``tag_word(word)``)."""
        cands = self._candidates.get(word)
        if cands is None:
            cands = tuple(t for t, _ in self.tagger.tag_word(word)) if word.strip() else ()
            if len(self._candidates) >= self.cache_size:
                self._candidates.clear()
            self._candidates[word] = cands
        return cands

    def sentence_tags(self, words: list[str]) -> list[str]:
        """HanTa's tags for the words of one sentence (its sentence Viterbi, no lemmas):
        ``tag_sent(words, taglevel=0)``."""
        if not words:
            return []
        int2tag = self.tagger.int2tag
        if len(self._word_probs) >= self.cache_size:
            self._word_probs.clear()
        return [int2tag[t] for t in tag_sent_viterbi(self.tagger, words, self._ranks, self._word_probs)]

    def context_candidates(self, word: str, first: bool) -> Optional[frozenset]:
        """The tags HanTa's sentence Viterbi may choose for this word (None: any tag,
        the word is unknown to HanTa). first: the word starts the sentence."""
        if len(self._word_probs) >= self.cache_size:
            self._word_probs.clear()
        probs = conditional_probs(self.tagger, word, not first, self._word_probs)
        return frozenset(self.tagger.int2tag[t] for t in probs) if probs else None

    def build_table(self, words: Iterable[str]) -> int:
        """Precompute HanTa's analysis of these words where its lexicon has none (a pure
        speed-up). Returns the table size."""
        for word in words:
            if not word.strip() or any(c in "\t\n" for c in word):
                continue
            key = self.tagger.normalize(word)
            if key not in self.table and key not in self.tagger.cache:
                self.table[key] = [(t, float(p)) for t, p in self._cached_forward(key)]
        return len(self.table)

    def table_rows(self) -> Iterable[tuple[str, ...]]:
        for word, analysis in self.table.items():
            yield (word,) + tuple(x for t, p in analysis for x in (str(t), repr(p)))

    def load_rows(self, rows: Iterable[list[str]]) -> None:
        self.table = {row[0]: [(int(row[i]), float(row[i + 1])) for i in range(1, len(row), 2)] for row in rows}
        self._forward.clear()
        self._candidates.clear()
        self._word_probs.clear()


def morpheme_index(tagger) -> dict[str, list[tuple[int, float]]]:
    """HanTa's morpheme lexicon inverted: morpheme -> [(tag, log p(morpheme | tag))]."""
    index: dict[str, list[tuple[int, float]]] = {}
    for tag, known in tagger.LP_m_t.items():
        for m, lp in known.items():
            index.setdefault(m, []).append((tag, lp))
    return index


def _lattice(tagger, word: str, strict: bool, followups, backpointer: Optional[list] = None,
             index: Optional[dict] = None) -> list[dict]:
    """The morpheme lattice of HanTa's analyze_forward / analyze_viterbi (HanTa 1.2.1), row by
    row: table[j][(previous tag, tag)] = best log probability of a morpheme path ending at j.
    Same entries in the same order as HanTa's loops (state, end, tag), which are run here as
    (state, tag, end): every row still receives its entries in (state, tag) order. log
    p(morpheme | tag) (HanTa's ``lp_m_t``) is looked up once per start and tag, keeping only
    morphemes with p > 0. backpointer, if given, gets (state, start) for every improvement;
    index: morpheme_index(tagger) (built here if not given)."""
    lowerbound = -1e6
    wlen = len(word)
    table: list[dict] = [{(0, 1): 0}] + [{} for _ in range(wlen + 1)]  # (EMPTY, START)
    lp_m_t = tagger.LP_m_t
    if index is None:
        index = morpheme_index(tagger)
    guessable = () if strict else tagger.LP_hapax_t.keys() & tagger.LP_s_t.keys()
    for i in range(wlen):
        row = table[i]
        rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else lowerbound
        segments = [word[i:j] for j in range(i + 1, wlen + 1)]
        lexicon: dict = {}  # tag -> [(row index, log p)] for the segments from i in HanTa's morpheme lexicon
        for k, m in enumerate(segments):
            for tag, lp_m in index.get(m, ()):
                cells = lexicon.get(tag)
                if cells is None:
                    lexicon[tag] = [(i + 1 + k, lp_m)]
                else:
                    cells.append((i + 1 + k, lp_m))
        finite: dict = {}  # tag -> [(row index, log p(segment | tag))] for the segments from i with p > 0
        for state, lp in row.items():
            if lp < rowbound:
                continue
            prev = state[1]
            for tag1, lpt in followups(state):
                cells = finite.get(tag1)
                if cells is None:
                    known = lp_m_t[tag1]
                    if tag1 in guessable:
                        cells = _guessed_cells(tagger, tag1, known, segments, i, wlen)
                    else:
                        cells = lexicon.get(tag1, [])
                    finite[tag1] = cells
                base = lp + lpt
                newstate = (prev, tag1)
                for j, lpm in cells:
                    lp1 = base + lpm
                    if lp1 > lowerbound:
                        cell = table[j]
                        old = cell.get(newstate)
                        if old is None or lp1 > old:
                            cell[newstate] = lp1
                            if backpointer is not None:
                                backpointer[j][newstate] = (state, i)
    return table


def _guessed_cells(tagger, tag: int, known, segments: list[str], i: int, wlen: int) -> list[tuple[int, float]]:
    """[(row index, log p(segment | tag))] for the segments word[i:i+1], word[i:i+2], ... with
    p > 0: the lexicon's value, else HanTa's guess for an unknown morpheme (``lp_m_t`` with
    strict=False, inlined; the same sums in the same order)."""
    suffixes = tagger.LP_s_t[tag]
    head = tagger.Int_t + tagger.LP_hapax_t[tag]
    by_len = tagger.LP_len_t[tag]
    cells = []
    for k, m in enumerate(segments):
        mlen = k + 1
        if m in known:
            cells.append((i + 1 + k, known[m]))
            continue
        if wlen >= 4 and mlen <= 2:
            continue  # HanTa: p = 0
        if mlen > 4 and m[-4:] in suffixes:
            lp_suf = suffixes[m[-4:]]
        elif mlen > 3 and m[-3:] in suffixes:
            lp_suf = suffixes[m[-3:]]
        elif mlen > 2 and m[-2:] in suffixes:
            lp_suf = suffixes[m[-2:]]
        elif mlen > 1 and m[-1:] in suffixes:
            lp_suf = suffixes[m[-1:]]
        else:
            lp_suf = suffixes[""]
        lp = head + by_len[min(mlen, 24)] + lp_suf
        if wlen == mlen:  # HanTa penalises taking the whole word as one unknown morpheme
            lp -= 4.6
        if lp != -math.inf:
            cells.append((i + 1 + k, lp))
    return cells


def analyze_forward(tagger, word: str, index: Optional[dict] = None) -> list[tuple[int, float]]:
    """HanTa's ``HanoverTagger.analyze_forward`` (version 1.2.1): the same result bit for bit,
    faster (see _lattice). tests/language/test_hanta_words.py compares both on real words."""
    lowerbound = -1e6
    nonfinal = tagger.LP_trans_nonfinal
    table = _lattice(tagger, word, tagger.strict, lambda state: nonfinal.get(state, ()), index=index)
    last = table[-1]
    for state, lp in table[-2].items():
        for tag1, lpt in tagger.LP_trans_final.get(state, ()):
            lp1 = lp + lpt
            if lp1 > lowerbound:
                newstate = (state[1], tag1)
                if newstate not in last or lp1 > last[newstate]:
                    last[newstate] = lp1
    results: dict = {}
    for state, lp in last.items():
        if lp == -math.inf:
            continue
        pos = -state[1]
        results[pos] = logaddexp(results[pos], lp) if pos in results else lp
    result_list = sorted(results.items(), key=itemgetter(1), reverse=True)
    return result_list or [(UNKNOWN, 0)]


def analyze_viterbi(tagger, word: str, targetpos: int, index: Optional[dict] = None) -> list[tuple[int, int]]:
    """HanTa's ``HanoverTagger.analyze_viterbi`` (version 1.2.1), the morpheme path of a word
    given its tag (for the lemma): the same result, faster (see _lattice)."""
    lowerbound = -1e6
    wlen = len(word)
    reachable = tagger.reachability.get(targetpos, frozenset())
    nonfinal = tagger.LP_trans_nonfinal

    def followups(state):
        return [(t, p) for t, p in nonfinal.get(state, ()) if t in reachable]

    for strict in (True, False):  # without guessed morphemes first
        backpointer: list[dict] = [{} for _ in range(wlen + 2)]
        table = _lattice(tagger, word, strict, followups, backpointer, index)
        last = table[-1]
        for state, lp in table[-2].items():
            for tag1, lpt in tagger.LP_trans_final.get(state, ()):
                if tag1 == targetpos:
                    lp1 = lp + lpt
                    if lp1 > lowerbound:
                        newstate = (state[1], tag1)
                        if newstate not in last or lp1 > last[newstate]:
                            last[newstate] = lp1
                            backpointer[-1][newstate] = (state, wlen)
                    break
        if last:
            break
    pmax, best = -math.inf, (0, 0)  # (EMPTY, EMPTY)
    for state, lp in last.items():
        if lp > pmax:
            pmax, best = lp, state
    i = len(backpointer) - 1
    if best == (0, 0):
        states = [((UNKNOWN, -UNKNOWN), i), ((1, UNKNOWN), i - 1)]  # (UNKNOWN, END_UNKNOWN), (START, UNKNOWN)
    else:
        states = [(best, i)]
        state = best
        while i > 0:
            state, i = backpointer[i][state]
            states.append((state, i))
        states = states[:-1]
    return [(state[1], i) for state, i in states[::-1]]


def conditional_probs(tagger, word: str, later: bool, memo: Optional[dict] = None) -> dict[int, float]:
    """HanTa's tag log probabilities for a word in a sentence, as its sentence Viterbi uses them
    (later: not the first word, so case counts); {} = unknown to HanTa, any tag."""
    key = (word, later)
    probs = memo.get(key) if memo is not None else None
    if probs is None:
        probs = dict(tagger._tag_word(word, cutoff=5, casesensitive=later, conditional=True))
        if len(probs) == 1 and UNKNOWN in probs:
            probs = {}
        if memo is not None:
            memo[key] = probs
    return probs


def tag_sent_viterbi(tagger, sent: list[str], ranks: dict, word_probs: Optional[dict] = None) -> list[int]:
    """HanTa's ``HanoverTagger.tag_sent_viterbi(sent)`` (version 1.2.1, case-sensitive): the same
    tags, faster. HanTa tries every transition of a state and skips the tags the word cannot
    have; here only the word's possible tags are tried, in the order of the state's transitions
    (ranks: a memo of that order), so every row receives its entries in the same order.
    word_probs: a memo of HanTa's conditional tag probabilities per (word, not sentence-initial)."""
    lowerbound = -1e6
    table: list[dict] = []
    backpointer: list[dict] = []
    trans = tagger.LP_trans_word
    for i, w in enumerate(sent):
        wprobs = conditional_probs(tagger, w, i > 0, word_probs)
        row: dict = {}
        back: dict = {}
        backpointer.append(back)
        prevrow = {(0, 1): 0.0} if i == 0 else table[i - 1]  # (EMPTY, START)
        rowbound = sorted(prevrow.values(), reverse=True)[5] - 1 if len(prevrow) > 5 else lowerbound
        for state, lp0 in prevrow.items():
            if lp0 < rowbound:
                continue
            lp_t = trans[state]
            if wprobs:
                rank = ranks.get(state)
                if rank is None:
                    rank = ranks[state] = {c: k for k, c in enumerate(lp_t)}
                if len(wprobs) == 1:
                    steps = [(c, lp_t[c], lpc) for c, lpc in wprobs.items() if c in rank]
                else:
                    steps = [(c, lp_t[c], wprobs[c]) for c in sorted((c for c in wprobs if c in rank), key=rank.__getitem__)]
            else:  # a word HanTa knows nothing about may have any tag
                steps = [(c, lp_tc, 0) for c, lp_tc in lp_t.items()]
            prev = state[1]
            for c, lp_tc, lpwc in steps:
                if c == 2:  # END: not before the last word
                    continue
                lp = lp0 + lp_tc + lpwc
                if lp > lowerbound:
                    newstate = (prev, c)
                    if newstate not in row or lp > row[newstate]:
                        row[newstate] = lp
                        back[newstate] = state
        table.append(row)
    final = (2, 0)  # (END, EMPTY)
    row, back = {}, {}
    backpointer.append(back)
    for state, lp0 in table[-1].items():
        lp = lp0 + trans[state].get(2, -math.inf)
        if lp > row.get(final, -math.inf):
            row[final] = lp
            back[final] = state
    table.append(row)
    tags = []
    state = final
    for i in range(len(backpointer) - 1, 0, -1):
        state = backpointer[i][state]
        tags.append(state[1])
    return tags[::-1]


def shared_words(nlp: Optional[Language], model: str, cache_size: int) -> HantaWords:
    """The HantaWords of this pipeline for the model (created on first use); a new one without nlp."""
    if nlp is None:
        return HantaWords(model, cache_size)
    per_model = nlp.__dict__.setdefault(_ATTR, {})
    if model not in per_model:
        per_model[model] = HantaWords(model, cache_size)
    return per_model[model]
