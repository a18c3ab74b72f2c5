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
NEG_INF = -math.inf


class HantaWords:
    """HanTa's tagger with cached per-word analyses; ``candidates`` = HanTa's ``tag_word`` tags."""

    def __init__(self, model: str = "morphmodel_ger.pgz", cache_size: int = 200000):
        from HanTa import HanoverTagger as ht

        self.model = model
        self.cache_size = cache_size
        self.tagger = ht.HanoverTagger(model)
        # HanTa's lexicon (word -> [(tag, log p)]) as tuples, read only: the garbage collector need not track them
        self.tagger.cache = {word: tuple(tags) for word, tags in self.tagger.cache.items()}
        # lower-cased word -> HanTa's analyze_forward result [(tag id, log prob), ...]
        # (tuples, not lists: the garbage collector need not track them)
        self.table: dict[str, tuple[tuple[int, float], ...]] = {}
        self._forward: dict[str, list] = {}
        self._candidates: dict[str, tuple[str, ...]] = {}
        self._word_probs: dict = {}  # (word, not first) -> HanTa's conditional tag log probabilities
        self._orders: dict = {}  # (word, not first) -> the same, in the order of HanTa's sentence transitions
        self.index = morpheme_index(self.tagger)
        self._analyze_forward = lambda word: analyze_forward(self.tagger, word, self.index)
        # HanTa's _tag_word calls self.analyze_forward: answer from the caches (this instance only)
        self.tagger.analyze_forward = self._cached_forward
        # and its analyze (the lemma given a tag) self.analyze_viterbi and self.makelemma: the faster equivalents
        self.tagger.analyze_viterbi = lambda word, targetpos: analyze_viterbi(self.tagger, word, targetpos,
                                                                               self.index)
        self.tagger.makelemma = lambda stem_morphemes, pos: make_lemma(self.tagger, stem_morphemes, pos,
                                                                        self.index.longest_ending)

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
        if len(self._orders) >= self.cache_size:
            self._orders.clear()
        return [int2tag[t] for t in tag_sent_viterbi(self.tagger, words, self.index, self._word_probs, self._orders)]

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
                self.table[key] = tuple((t, float(p)) for t, p in self._cached_forward(key))
        return len(self.table)

    def table_rows(self) -> Iterable[tuple[str, ...]]:
        for word, analysis in self.table.items():
            yield (word,) + tuple(x for t, p in analysis for x in (str(t), repr(p)))

    def load_rows(self, rows: Iterable[list[str]]) -> None:
        self.table = {row[0]: tuple((int(row[i]), float(row[i + 1])) for i in range(1, len(row), 2)) for row in rows}
        self._forward.clear()
        self._candidates.clear()
        self._word_probs.clear()
        self._orders.clear()


class HantaIndex:
    """What the re-implemented analyses look up, prepared once per HanTa model (read only after
    __init__, except the memos of followups per target tag and of suffix terms):

    * states of the morpheme lattice, (previous tag, tag), are ints: ``code(a, b) = a * 1024 + b``
      (``states``: code -> the pair); ``followups``: state code -> [(tag, log p(tag | state),
      code of the next state, tag is guessable)] for HanTa's non-final transitions,
      ``finals``: state code -> [(tag, log p, code of the next state)] for the final ones;
    * ``prefixes``: every prefix of a morpheme of HanTa's lexicon -> ((tag, log p(morpheme | tag)), ...)
      for the prefix itself as a morpheme (() if it is none), so a row of the lattice stops
      looking up longer segments at the first that no morpheme starts with;
    * ``guessable``: the tags for which HanTa guesses unknown morphemes (strict=False);
    * ``heads``: per guessable tag, ``Int_t + LP_hapax_t[tag] + LP_len_t[tag][n]`` for n = 0..24,
      the first two of HanTa's three additions (same order, so the same sums);
    * ``suffix_rows(ends)``: HanTa's suffix terms per word ending (see _suffix_row);
    * ``longest_ending``: main tag -> the length of its longest ending in HanTa's lemma suffix table;
    * ``rank``: every tag's position in the transition lists of HanTa's sentence model (all of
      them list their tags in this one order); ``sentence_trans``: state code -> HanTa's {tag:
      log p(tag | state)} of that model (its tags are 0..511, so a state's tag is code % 1024).
    """

    def __init__(self, tagger):
        self.tagger = tagger
        morphemes: dict[str, list[tuple[int, float]]] = {}
        for tag, known in tagger.LP_m_t.items():
            for m, lp in known.items():
                entries = morphemes.get(m)
                if entries is None:
                    morphemes[m] = [(tag, lp)]
                else:
                    entries.append((tag, lp))
        # tuples, not lists: the garbage collector need not track them
        self.prefixes: dict[str, tuple[tuple[int, float], ...]] = {m: tuple(e) for m, e in morphemes.items()}
        for m in morphemes:  # and the prefixes, down to one already there (whose prefixes are, or will be, too)
            for k in range(len(m) - 1, 0, -1):
                if m[:k] in self.prefixes:
                    break
                self.prefixes[m[:k]] = ()
        self.guessable = frozenset(tagger.LP_hapax_t.keys() & tagger.LP_s_t.keys())
        self.heads = {tag: [tagger.Int_t + tagger.LP_hapax_t[tag] + tagger.LP_len_t[tag][n] for n in range(25)]
                      for tag in self.guessable}
        if any(abs(t) >= 512 for state in tagger.LP_trans for t in (*state, *tagger.LP_trans[state])):
            raise ValueError("HanTa model with tag ids beyond +-511")
        self.states: dict[int, tuple[int, int]] = {}
        for state, trans in tagger.LP_trans.items():
            for a, b in (state, *((state[1], t) for t in trans)):
                self.states[code(a, b)] = (a, b)
        self.followups = {code(*state): [(t, p, code(state[1], t), t in self.guessable) for t, p in trans]
                          for state, trans in tagger.LP_trans_nonfinal.items()}
        self.finals = {code(*state): [(t, p, code(state[1], t)) for t, p in trans]
                       for state, trans in tagger.LP_trans_final.items()}
        # HanTa's sentence model: the same state codes; END (2) only after the last word
        self.longest_ending = {tag: max(map(len, endings)) for tag, endings in tagger.lemmasuffixtable.items() if endings}
        self.rank = _common_rank(tagger.LP_trans_word.values())
        if self.rank is None:
            raise ValueError("HanTa model whose sentence transitions have no common tag order")
        if any(not 0 <= t < 512 for state in tagger.LP_trans_word for t in (*state, *tagger.LP_trans_word[state])):
            raise ValueError("HanTa model with sentence tag ids outside 0..511")
        self.sentence_trans = {code(*state): trans for state, trans in tagger.LP_trans_word.items()}
        self._reaching: dict[int, dict] = {}
        self.guess_tags = tuple(sorted(self.guessable))
        self.guess_slot = {tag: k for k, tag in enumerate(self.guess_tags)}
        self._suffixes: dict[str, tuple] = {}
        self._suffix_rows: dict[tuple, tuple] = {}

    def suffix_rows(self, ends: list[str]) -> list[tuple]:
        """HanTa's suffix terms of the guessable tags for a word's endings (ends[j]: the last, up
        to 4, characters of word[:j]): out[j][slot] = _suffix_row of the tag guess_tags[slot]
        (memo per ending, cleared when it holds 50,000; equal rows are kept once)."""
        memo, same = self._suffixes, self._suffix_rows
        out = []
        for end in ends:
            rows = memo.get(end)
            if rows is None:
                if len(memo) >= 50000:
                    memo.clear()
                    same.clear()
                ends_of = [end[-n:] for n in range(1, len(end) + 1)]
                rows = tuple(_suffix_row(self.tagger.LP_s_t[tag], ends_of) for tag in self.guess_tags)
                rows = memo[end] = tuple(same.setdefault(row, row) for row in rows)
            out.append(rows)
        return out

    def reaching(self, targetpos: int) -> dict:
        """``followups`` kept only to tags from which targetpos is reachable (HanTa's reachability)."""
        followups = self._reaching.get(targetpos)
        if followups is None:
            reachable = self.tagger.reachability.get(targetpos, frozenset())
            followups = {state: [f for f in trans if f[0] in reachable] for state, trans in self.followups.items()}
            self._reaching[targetpos] = followups
        return followups


def code(a: int, b: int) -> int:
    """The int code of the lattice state (a, b) (tags are within +-511)."""
    return a * 1024 + b


START = code(0, 1)  # (EMPTY, START)


def _common_rank(transitions: Iterable[dict]) -> Optional[dict[int, int]]:
    """{tag: position} of one order in which every dict lists its keys, or None if there is none
    found by first appearance."""
    rank: dict[int, int] = {}
    for trans in transitions:
        for tag in trans:
            rank.setdefault(tag, len(rank))
    for trans in transitions:
        ranks = [rank[tag] for tag in trans]
        if ranks != sorted(ranks):
            return None
    return rank


def morpheme_index(tagger) -> HantaIndex:
    """The HantaIndex of a HanTa model (build once, pass to the functions below)."""
    return HantaIndex(tagger)


def _lattice(tagger, word: str, strict: bool, followups: dict, backpointer: Optional[list] = None,
             index: Optional[HantaIndex] = None) -> list[dict]:
    """The morpheme lattice of HanTa's analyze_forward / analyze_viterbi (HanTa 1.2.1), row by
    row: table[j][code of (previous tag, tag)] = best log probability of a morpheme path ending
    at j. Same entries in the same order as HanTa's loops (state, end, tag), which are run here
    as (state, tag, end): every row still receives its entries in (state, tag) order. log
    p(morpheme | tag) (HanTa's ``lp_m_t``) is looked up once per start and tag, keeping only
    morphemes with p > 0. followups: HantaIndex.followups or .reaching(tag); backpointer, if
    given, gets (state, start) for every improvement; index: morpheme_index(tagger) (built here
    if not given)."""
    lowerbound = -1e6
    wlen = len(word)
    table: list[dict] = [{START: 0}] + [{} for _ in range(wlen + 1)]
    if index is None:
        index = morpheme_index(tagger)
    prefixes = index.prefixes
    suffix_lps: dict = {}  # guessable tag -> [_suffix_row of word[:j] for j = 0..len(word)]
    rows: list[tuple] = []  # HantaIndex.suffix_rows of the word
    for i in range(wlen):
        row = table[i]
        if not row:
            continue
        rowbound = sorted(row.values(), reverse=True)[3] - 1 if len(row) > 3 else lowerbound
        lexicon: dict = {}  # tag -> [(row index, log p)] for the segments from i in HanTa's morpheme lexicon
        for j in range(i + 1, wlen + 1):
            entries = prefixes.get(word[i:j])
            if entries is None:  # no morpheme starts with word[i:j]
                break
            for tag, lp_m in entries:
                cells = lexicon.get(tag)
                if cells is None:
                    lexicon[tag] = [(j, lp_m)]
                else:
                    cells.append((j, lp_m))
        guessed: dict = {}  # guessable tag -> [(row index, log p(segment | tag))] for the segments from i with p > 0
        for state, lp in row.items():
            if lp < rowbound:
                continue
            for tag1, lpt, newstate, guessable in followups.get(state, ()):
                if guessable:
                    cells = guessed.get(tag1)
                    if cells is None:
                        if strict:
                            cells = lexicon.get(tag1, ())
                        else:
                            sufs = suffix_lps.get(tag1)
                            if sufs is None:
                                if not rows:
                                    rows = index.suffix_rows([word[max(0, j - 4):j] for j in range(wlen + 1)])
                                slot = index.guess_slot[tag1]
                                sufs = suffix_lps[tag1] = [r[slot] for r in rows]
                            cells = _guessed_cells(index.heads[tag1], sufs, lexicon.get(tag1), i, wlen)
                        guessed[tag1] = cells
                else:
                    cells = lexicon.get(tag1)
                    if cells is None:
                        continue
                base = lp + lpt
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


def _suffix_row(suffixes: dict, ends_of: list[str]) -> tuple[float, ...]:
    """HanTa's suffix term for a guessed morpheme ending in end (its last up to 4 characters;
    ends_of: end's last 1, 2, ... characters) if its last n characters may be used (n =
    0..len(end)): the log p of the longest suffix of end of length <= n in the tag's suffix
    table ('' always is)."""
    lp = suffixes[""]
    row = [lp]
    for suffix in ends_of:
        lp = suffixes.get(suffix, lp)
        row.append(lp)
    return tuple(row)


def _guessed_cells(heads: list[float], sufs: list[tuple[float, ...]], known: Optional[list], i: int,
                   wlen: int) -> list[tuple[int, float]]:
    """[(row index, log p(segment | tag))] for the segments word[i:j] with p > 0: known (the
    lexicon's values for the tag, from _lattice), else HanTa's guess for an unknown morpheme
    (``lp_m_t`` with strict=False, inlined; the same sums in the same order). HanTa uses the
    longest known suffix shorter than the segment, up to 4 characters; the row order of the
    cells does not matter (one cell per row)."""
    first = i + 3 if wlen >= 4 else i + 1  # HanTa: p = 0 for unknown morphemes of 1-2 characters in longer words
    if known:
        cells = list(known)
        skip = {j for j, _ in known}
    else:
        cells = []
        skip = ()
    for j in range(first, wlen + 1):
        if j in skip:
            continue
        mlen = j - i
        if mlen > 4:
            lp = heads[mlen if mlen < 24 else 24] + sufs[j][4]
        else:
            lp = heads[mlen] + sufs[j][mlen - 1]
        if lp != NEG_INF:
            cells.append((j, lp))
    if i == 0 and cells and cells[-1][0] == wlen and wlen not in skip:
        # HanTa penalises taking the whole word as one unknown morpheme (finite - 4.6 stays finite)
        cells[-1] = (wlen, cells[-1][1] - 4.6)
    return cells


def analyze_forward(tagger, word: str, index: Optional[HantaIndex] = None) -> list[tuple[int, float]]:
    """HanTa's ``HanoverTagger.analyze_forward`` (version 1.2.1): the same result bit for bit,
    faster (see _lattice). tests/language/test_hanta_words.py compares both on real words."""
    lowerbound = -1e6
    if index is None:
        index = morpheme_index(tagger)
    table = _lattice(tagger, word, tagger.strict, index.followups, index=index)
    last = table[-1]
    finals = index.finals
    pos_of: dict = {}  # code of a final state -> its part of speech
    for state, lp in table[-2].items():
        for tag1, lpt, newstate in finals.get(state, ()):
            lp1 = lp + lpt
            if lp1 > lowerbound:
                if newstate not in last or lp1 > last[newstate]:
                    last[newstate] = lp1
                    pos_of[newstate] = -tag1
    results: dict = {}
    for state, lp in last.items():
        if lp == -math.inf:
            continue
        pos = pos_of[state]
        results[pos] = logaddexp(results[pos], lp) if pos in results else lp
    result_list = sorted(results.items(), key=itemgetter(1), reverse=True)
    return result_list or [(UNKNOWN, 0)]


def analyze_viterbi(tagger, word: str, targetpos: int, index: Optional[HantaIndex] = None) -> list[tuple[int, int]]:
    """HanTa's ``HanoverTagger.analyze_viterbi`` (version 1.2.1), the morpheme path of a word
    given its tag (for the lemma): the same result, faster (see _lattice)."""
    lowerbound = -1e6
    wlen = len(word)
    if index is None:
        index = morpheme_index(tagger)
    followups = index.reaching(targetpos)
    finals = index.finals
    for strict in (True, False):  # without guessed morphemes first
        backpointer: list[dict] = [{} for _ in range(wlen + 2)]
        table = _lattice(tagger, word, strict, followups, backpointer, index)
        last = table[-1]
        for state, lp in table[-2].items():
            for tag1, lpt, newstate in finals.get(state, ()):
                if tag1 == targetpos:
                    lp1 = lp + lpt
                    if lp1 > lowerbound:
                        if newstate not in last or lp1 > last[newstate]:
                            last[newstate] = lp1
                            backpointer[-1][newstate] = (state, wlen)
                    break
        if last:
            break
    pmax, best = -math.inf, None
    for state, lp in last.items():
        if lp > pmax:
            pmax, best = lp, state
    i = len(backpointer) - 1
    if best is None:
        return [(UNKNOWN, i - 1), (-UNKNOWN, i)]  # (START, UNKNOWN), (UNKNOWN, END_UNKNOWN)
    states = [(best, i)]
    state = best
    while i > 0:
        state, i = backpointer[i][state]
        states.append((state, i))
    return [(index.states[state][1], i) for state, i in states[-2::-1]]


def make_lemma(tagger, stem_morphemes: list[str], pos: str, longest_ending: dict[str, int]) -> str:
    """HanTa's ``HanoverTagger.makelemma`` (version 1.2.1): the lemma from the stem morphemes and
    the tag, the same string; longest_ending: HantaIndex.longest_ending (HanTa computes it on
    every call)."""
    mainpostag = pos.split("(")[0]
    lemma = "".join(stem_morphemes)
    suffix = ""
    endings = tagger.lemmasuffixtable.get(mainpostag, ())
    if endings:
        longest = longest_ending[mainpostag]
        if len(lemma) + 1 < longest:
            longest = len(lemma)
        marked = "#" + lemma
        for i in range(longest + 1, 0, -1):
            ending = marked[-i:]
            if ending in endings:
                suffix = endings[ending]
                break
    if tagger.tag2int.get(pos, 0) in tagger.capitalizedlemmata:
        lemma = lemma[0].upper() + lemma[1:]
    return lemma + suffix


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


def tag_sent_viterbi(tagger, sent: list[str], index: HantaIndex, word_probs: Optional[dict] = None,
                     orders: Optional[dict] = None) -> list[int]:
    """HanTa's ``HanoverTagger.tag_sent_viterbi(sent)`` (version 1.2.1, case-sensitive): the same
    tags, faster. HanTa tries every transition of a state and skips the tags the word cannot
    have; here only the word's possible tags are tried, in the order of the state's transitions
    (index.rank), so every row receives its entries in the same order. States are int codes
    (HantaIndex.sentence_trans). word_probs: a memo of HanTa's conditional tag probabilities per
    (word, not sentence-initial); orders: a memo of those tags in rank order."""
    lowerbound = -1e6
    table: list[dict] = []
    backpointer: list[dict] = []
    trans, rank = index.sentence_trans, index.rank
    for i, w in enumerate(sent):
        key = (w, i > 0)
        entry = orders.get(key) if orders is not None else None
        if entry is None:
            wprobs = conditional_probs(tagger, w, i > 0, word_probs)
            # END (2) is not possible before the last word; not known: HanTa knows nothing about the word, any tag
            entry = (bool(wprobs), tuple(sorted(((c, lpc) for c, lpc in wprobs.items() if c in rank and c != 2),
                                                key=lambda x: rank[x[0]])))
            if orders is not None:
                orders[key] = entry
        known, order = entry
        row: dict = {}
        back: dict = {}
        backpointer.append(back)
        prevrow = {START: 0.0} if i == 0 else table[i - 1]
        rowbound = sorted(prevrow.values(), reverse=True)[5] - 1 if len(prevrow) > 5 else lowerbound
        for state, lp0 in prevrow.items():
            if lp0 < rowbound:
                continue
            lp_t = trans[state]
            base = state % 1024 * 1024  # code(the state's tag, next tag) = base + next tag
            if known:
                for c, lpc in order:
                    lp_tc = lp_t.get(c)
                    if lp_tc is not None:
                        lp = lp0 + lp_tc + lpc
                        if lp > lowerbound:
                            newstate = base + c
                            old = row.get(newstate)
                            if old is None or lp > old:
                                row[newstate] = lp
                                back[newstate] = state
            else:
                for c, lp_tc in lp_t.items():
                    if c != 2:
                        lp = lp0 + lp_tc + 0
                        if lp > lowerbound:
                            newstate = base + c
                            old = row.get(newstate)
                            if old is None or lp > old:
                                row[newstate] = lp
                                back[newstate] = state
        table.append(row)
    final = code(2, 0)  # (END, EMPTY)
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
        tags.append(state % 1024)
    return tags[::-1]


def shared_words(nlp: Optional[Language], model: str, cache_size: int) -> HantaWords:
    """The HantaWords of this pipeline for the model (created on first use); a new one without nlp."""
    if nlp is None:
        return HantaWords(model, cache_size)
    per_model = nlp.__dict__.setdefault(_ATTR, {})
    if model not in per_model:
        per_model[model] = HantaWords(model, cache_size)
    return per_model[model]
