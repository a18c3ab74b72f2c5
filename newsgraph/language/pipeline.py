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
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import ModelError
from newsgraph.language import en_lemmas, hanta_lemmatizer, hanta_upos  # noqa: F401  (register the component factories)

MODELS_DIR = Path(__file__).parent / "models"


# "Seoul/Moskau (Reuters) - ", "Aleppo – ": a dateline at the start of a text, line or sentence
DATELINE = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?] ))"
    r"(?P<place>[A-ZÄÖÜ][\w.'-]*(?:[ /][A-ZÄÖÜ][\w.'-]*){0,3})"
    r"(?: \((?P<agency>[^()\n]{1,30})\))? [-–—] (?=[A-ZÄÖÜ\"„])"
)
_TERMINAL = {".", "!", "?", ":", ";", "…"}
_CLOSING = {'"', "“", "”", "«", "»", "'", ")", "’"}


@Language.component("newsgraph_sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """Preset sentence boundaries the parser must respect.

    A blank line always ends a sentence, and so does a dateline ("Seoul (Reuters) - ");
    otherwise a sentence can only start after terminal punctuation (optionally followed by a
    closing quote or bracket), so a headline in capitals or a quote mark glued to a full stop
    never makes a sentence of its own.
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2:
            token.is_sent_start = True
        elif token.is_space or prev.is_space:
            continue
        elif prev.text in _TERMINAL and prev.whitespace_:
            continue
        elif prev.text in _CLOSING and token.i >= 2 and doc[token.i - 2].text in _TERMINAL:
            continue
        else:
            token.is_sent_start = False
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
    nlp.add_pipe("newsgraph_sentence_hints", first=True)
    if lang == "en" and {"tagger", "morphologizer"} & set(nlp.pipe_names):
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
