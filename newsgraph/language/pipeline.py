"""The linguistic layer: article text in, one spaCy ``Doc`` per article out.

Each language has a spaCy pipeline shipped in ``newsgraph/language/models/<lang>``
(trained by ``newsgraph train <lang>``).  A language without a shipped pipeline
falls back to ``spacy.blank(lang)`` with a rule-based sentencizer, so the rest of
newsgraph still runs (with fewer events); ``Linguist.has_parser`` says which.

The first component, ``newsgraph_sentence_hints``, presets sentence boundaries
that the parser respects: a blank line always ends a sentence, and a sentence
starts only after terminal punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc

from newsgraph.errors import ModelError
from newsgraph.language import (  # noqa: F401  (register the factories)
    en_lemmas,
    finite_verbs,
    hanta_lemmatizer,
    hanta_upos,
    ner_features,
    subject_first,
    v2_verbs,
    verbless,
    verbless_de,
)
from newsgraph.language.blas import use_numpy_blas

MODELS_DIR = Path(__file__).parent / "models"


# "Seoul/Moskau (Reuters) - ", "Aleppo – ": a dateline at the start of a text, line or sentence
DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] ))"
    r"(?P<place>[A-ZÄÖÜ][\w.'-]*(?:[ /][A-ZÄÖÜ][\w.'-]*){0,3})"
    r"(?: \((?P<agency>[^()\n]{1,30})\))? [-–—] (?=[A-ZÄÖÜ\"„])"
)
_TERMINAL = {".", "!", "?", ":", ";", "…"}
_CLOSING = {'"', "“", "”", "«", "»", "'", ")", "’"}
_TERMINAL_IDS = numpy.array(sorted(hash_string(s) for s in _TERMINAL), dtype="uint64")
_CLOSING_IDS = numpy.array(sorted(hash_string(s) for s in _CLOSING), dtype="uint64")


@Language.component("newsgraph_sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """Preset sentence boundaries the parser must respect.

    A blank line always ends a sentence, and so does a dateline ("Seoul (Reuters) - ");
    otherwise a sentence can only start after terminal punctuation (optionally followed by a
    closing quote or bracket), so a headline in capitals or a quote mark glued to a full stop
    never makes a sentence of its own.
    """
    if len(doc) > 1:
        # computed on arrays (one pass, no Token objects); the same rules as token by token:
        # a blank line before a token starts a sentence; otherwise a token after a space
        # token, or after terminal punctuation with trailing whitespace, or after a closing
        # quote/bracket that follows terminal punctuation, is left to the parser; any other
        # token cannot start a sentence
        arr = doc.to_array([ORTH, IS_SPACE, SPACY, SENT_START]).astype("int64")
        orth, space, trailing = arr[:, 0].astype("uint64"), arr[:, 1].astype(bool), arr[:, 2].astype(bool)
        terminal, closing = numpy.isin(orth, _TERMINAL_IDS), numpy.isin(orth, _CLOSING_IDS)
        prev_space, cur_space = space[:-1], space[1:]
        after_terminal = terminal[:-1] & trailing[:-1]
        after_closing = numpy.zeros(len(doc) - 1, dtype=bool)
        after_closing[1:] = closing[1:-1] & terminal[:-2]
        free = prev_space | cur_space | after_terminal | after_closing
        start = arr[:, 3]
        start[1:][~free] = -1
        for i in numpy.flatnonzero(prev_space) + 1:  # a blank line always ends a sentence
            if doc[i - 1].text.count("\n") >= 2:
                start[i] = 1
        doc.from_array([SENT_START], start.astype("uint64").reshape(-1, 1))
    for m in DATELINE.finditer(doc.text):
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            doc[after.start].is_sent_start = True
    return doc


def load_pipeline(lang: str, models_dir: Path = MODELS_DIR) -> Language:
    """The shipped spaCy pipeline for ``lang``, or a blank one with a sentencizer."""
    path = models_dir / lang
    if (path / "config.cfg").exists():
        try:
            nlp = spacy.load(path)
        except Exception as exc:  # a broken package is a one-line error, not a traceback
            raise ModelError(f"cannot load the {lang} pipeline from {path}: {exc}") from None
    else:
        try:
            nlp = spacy.blank(lang)
        except Exception:
            raise ModelError(f"unsupported language {lang!r}") from None
        nlp.add_pipe("sentencizer")
    use_numpy_blas(nlp)  # numpy's BLAS, one thread, instead of BLIS (blas.py: same annotations, faster)
    nlp.add_pipe("newsgraph_sentence_hints", first=True)
    if lang == "de" and "newsgraph_hanta_lemmatizer" in nlp.pipe_names:
        # finite verbs the tagger missed, before the HanTa lemmatizer lemmatises them (finite_verbs.py)
        nlp.add_pipe("newsgraph_de_finite_verbs", before="newsgraph_hanta_lemmatizer")
        if "parser" in nlp.pipe_names:  # a finite verb read as an adjective of the name after it (v2_verbs.py)
            nlp.add_pipe("newsgraph_de_v2_verbs", after="newsgraph_hanta_lemmatizer")
            # a finite verb the parser hung inside the noun phrase that roots its sentence (verbless_de.py)
            nlp.add_pipe("newsgraph_de_verbless_roots", after="newsgraph_de_v2_verbs")
            # of two phrases whose case the words do not show, the first is the subject (subject_first.py)
            nlp.add_pipe("newsgraph_de_subject_first", after="newsgraph_de_verbless_roots")
    if lang == "en" and {"tagger", "morphologizer"} & set(nlp.pipe_names):
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("newsgraph_en_verbless_roots")  # a main verb read as a modifier (verbless.py)
        nlp.add_pipe("newsgraph_en_lemmas")  # dictionary lemmas after the trained lemmatiser (en_lemmas.py)
    return nlp


class Linguist:
    """Holds one loaded pipeline per language (loaded on first use)."""

    def __init__(self, models_dir: Path = MODELS_DIR) -> None:
        self._models_dir = models_dir
        self._pipelines: dict[str, Language] = {}

    def nlp(self, lang: str) -> Language:
        if lang not in self._pipelines:
            self._pipelines[lang] = load_pipeline(lang, self._models_dir)
        return self._pipelines[lang]

    def has_parser(self, lang: str) -> bool:
        return "parser" in self.nlp(lang).pipe_names

    def parse(self, text: str, lang: str) -> Doc:
        return self.nlp(lang)(text)

    def parse_many(self, texts: Iterable[str], lang: str, batch_size: int = 32) -> Iterator[Doc]:
        """The parses of texts, in order, batch_size texts at a time (nlp.pipe: faster than parse())."""
        return self.nlp(lang).pipe(texts, batch_size=batch_size)
