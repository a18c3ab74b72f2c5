"""Is this capitalised word a name? German capitalises every noun, and a small tagger often takes a
rare place name for a common noun ("in Pjöngjang" → NN); HanTa's lexicon knows better."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

HANTA_COMPONENT = "newsgraph_hanta_lemmatizer"


class HantaNames:
    """``names(word)`` is True when HanTa's most probable tag for the word is NE (proper noun)."""

    def __init__(self, tagger, cache_size: int = 50000) -> None:
        self._tagger = tagger
        self._cache: dict[str, bool] = {}
        self._cache_size = cache_size

    def __call__(self, word: str) -> bool:
        known = self._cache.get(word)
        if known is None:
            tags = self._tagger.tag_word(word)
            known = bool(tags) and tags[0][0] == "NE"
            if len(self._cache) < self._cache_size:
                self._cache[word] = known
        return known


def name_test(nlp: Language) -> Callable[[str], bool] | None:
    """A name test for the pipeline's language, or None when the pipeline has no lexicon to ask."""
    if HANTA_COMPONENT in nlp.pipe_names:
        return HantaNames(nlp.get_pipe(HANTA_COMPONENT).tagger)
    return None
