"""Universal Dependencies parses (CoNLL-U) to spaCy ``Doc`` objects, so the coder can run on given parses.

``read_conllu(text, vocab)`` turns one or more CoNLL-U sentences into one ``Doc`` with
words, spaces (``SpaceAfter=No``), lemmas, UPOS, tags, morphology, heads, dependency
labels and sentence starts set.  Multi-word token lines ("1-2  zum") and empty nodes
("8.1") are skipped: the syntactic words are the tokens, as in the treebanks.

Older parses use UD v1 labels (``dobj``, ``nsubjpass``, ``CONJ`` ...).  The coder is
written against UD v2, so by default they are renamed to their v2 equivalents
(``ud2=True``): dobj→obj, nsubjpass→nsubj:pass, csubjpass→csubj:pass, auxpass→aux:pass,
name→flat, mwe→fixed, neg→advmod, CONJ→CCONJ, and ``nmod``/``nmod:tmod``/``nmod:npmod``
attached to a verb, auxiliary or adjective → ``obl``/``obl:tmod``/``obl:npmod``.

A malformed parse raises :class:`newsgraph.errors.InputError` with one line naming the problem.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.errors import InputError

UD1_DEPS = {"dobj": "obj", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass", "auxpass": "aux:pass",
            "name": "flat", "mwe": "fixed", "neg": "advmod"}
UD1_NMOD = {"nmod": "obl", "nmod:tmod": "obl:tmod", "nmod:npmod": "obl:npmod"}
UD1_POS = {"CONJ": "CCONJ"}
_PREDICATE_POS = {"VERB", "AUX", "ADJ"}


@dataclass(frozen=True)
class Word:
    """One syntactic word of a CoNLL-U sentence (head: 1-based index in the sentence, 0 = root)."""

    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space_after: bool


def parse_sentences(text: str, where: str = "CoNLL-U") -> list[list[Word]]:
    """The sentences of a CoNLL-U text as lists of words; blank lines separate sentences."""
    sentences: list[list[Word]] = []
    current: list[Word] = []
    for n, line in enumerate(text.splitlines(), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise InputError(f"{where}: line {n}: expected 10 tab-separated columns, got {len(cols)}")
        ident = cols[0]
        if "-" in ident or "." in ident:
            continue
        if not ident.isdigit() or int(ident) != len(current) + 1:
            raise InputError(f"{where}: line {n}: word id {ident!r} out of sequence")
        head = cols[6]
        if not head.isdigit():
            raise InputError(f"{where}: line {n}: head {head!r} is not a number")
        current.append(Word(cols[1], cols[2], cols[3], cols[4], cols[5], int(head), cols[7],
                            "SpaceAfter=No" not in cols[9].split("|")))
    if current:
        sentences.append(current)
    for i, sent in enumerate(sentences, start=1):
        bad = [w.head for w in sent if w.head > len(sent)]
        if bad:
            raise InputError(f"{where}: sentence {i}: head {bad[0]} beyond the sentence's {len(sent)} words")
        if not any(w.head == 0 for w in sent):
            raise InputError(f"{where}: sentence {i}: no root word")
    return sentences


def _upgrade(sent: list[Word]) -> Iterator[tuple[str, str]]:
    """(upos, deprel) of each word with UD v1 names renamed to UD v2."""
    for w in sent:
        upos = UD1_POS.get(w.upos, w.upos)
        dep = UD1_DEPS.get(w.deprel, w.deprel)
        if dep in UD1_NMOD and w.head and UD1_POS.get(sent[w.head - 1].upos, sent[w.head - 1].upos) in _PREDICATE_POS:
            dep = UD1_NMOD[dep]
        yield upos, dep


def words_to_doc(sentences: list[list[Word]], vocab: Vocab, ud2: bool = True) -> Doc:
    """One ``Doc`` holding ``sentences`` with every annotation layer of the parse set."""
    words, spaces, lemmas, pos, tags, morphs, heads, deps, starts = [], [], [], [], [], [], [], [], []
    for sent in sentences:
        offset = len(words)
        labels = list(_upgrade(sent)) if ud2 else [(w.upos, w.deprel) for w in sent]
        for i, (w, (upos, dep)) in enumerate(zip(sent, labels)):
            words.append(w.form)
            spaces.append(w.space_after)
            lemmas.append(w.lemma if w.lemma != "_" else w.form)
            pos.append(upos if upos != "_" else "X")
            tags.append(w.xpos if w.xpos != "_" else "")
            morphs.append(w.feats if w.feats != "_" else "")
            heads.append(offset + (w.head - 1 if w.head else i))
            deps.append("ROOT" if w.head == 0 else dep)
            starts.append(i == 0)
        if sent:
            spaces[-1] = True
    if spaces:
        spaces[-1] = False
    try:
        return Doc(vocab, words=words, spaces=spaces, lemmas=lemmas, pos=pos, tags=tags, morphs=morphs,
                   heads=heads, deps=deps, sent_starts=starts)
    except (ValueError, KeyError) as exc:
        raise InputError(f"cannot build a parse: {str(exc).splitlines()[0]}") from None


def read_conllu(text: str, vocab: Vocab, ud2: bool = True, where: str = "CoNLL-U") -> Doc:
    """A ``Doc`` from CoNLL-U ``text`` (all its sentences, in order)."""
    sentences = parse_sentences(text, where)
    if not sentences:
        raise InputError(f"{where}: no sentences")
    return words_to_doc(sentences, vocab, ud2=ud2)
