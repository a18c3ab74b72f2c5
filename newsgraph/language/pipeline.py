"""The linguistic layer: article text in, one spaCy ``Doc`` per article out.

Each language has a spaCy pipeline shipped in ``newsgraph/language/models/<lang>``
(trained by ``newsgraph train <lang>``).  A language without a shipped pipeline
falls back to ``spacy.blank(lang)`` with a rule-based sentencizer, so the rest of
newsgraph still runs (with fewer events); ``Linguist.has_parser`` says which.

The first component, ``newsgraph_paragraph_breaks``, starts a sentence after
every blank line, so headlines and datelines never run into the next sentence;
the parser respects boundaries that are already set.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.errors import ModelError

MODELS_DIR = Path(__file__).parent / "models"


@Language.component("newsgraph_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after a blank line as a sentence start."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
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
    nlp.add_pipe("newsgraph_paragraph_breaks", first=True)
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
