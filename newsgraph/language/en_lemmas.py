"""spaCy component: dictionary lemmas for English verbs (LemmInflect).

The English pipeline's trainable lemmatiser learns edit trees from 12,500 EWT sentences and
gets rarer news verbs wrong ("blamed" → "blam", "vetoed" → "vetoed"); an event coder that looks
verbs up by lemma then misses them. LemmInflect's lexicon (derived from the Specialist Lexicon)
knows the inflections of ~100,000 English words: where it knows a verb, its lemma replaces the
model's; unknown words keep the model's. Only verbs: on EWT dev (1,500 sentences) the dictionary
fixed 51 verb lemmas and broke 9, but broke more nouns, adjectives and modal auxiliaries than it
fixed (UD keeps "troops", "media", "would", "more" as they are). The measured effect is in
docs/accuracy.md (pipelines).

A past tense the tagger took for an adjective or a name but which takes a direct object ("praised
Haiti's efforts", "vetoed a resolution"), or that roots its clause with a subject and no copula ("the
rebels surrendered"), is a verb: its part of speech is corrected to VERB (tag VBD), so the coder reads it
as one.
"""

from __future__ import annotations

import lemminflect
from spacy.language import Language
from spacy.tokens import Doc

LEMMA_POS = frozenset({"VERB"})
_OBJECT_DEPS = frozenset({"obj", "iobj", "dobj"})
# parts of speech the tagger gives a past tense with an object by mistake ("praised" JJ, "vetoed" NNP)
_MISTAGGED = frozenset({"ADJ", "PROPN", "NOUN"})
# relations of a clause of its own ("rebels surrendered, an official said": ccomp of "said")
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "parataxis", "conj"})
CACHE_SIZE = 65_536


def dictionary_lemma(word: str, upos: str) -> str | None:
    """The first dictionary lemma of ``word`` as ``upos``, or None if the lexicon does not know it."""
    found = lemminflect.getLemma(word, upos=upos, lemmatize_oov=False)
    return found[0] if found else None


def _verb_shape(token) -> bool:
    """A direct object, or a clause root with a nominal subject and no copula ("rebels surrendered")."""
    kids = [c.dep_ for c in token.children]
    return (any(d in _OBJECT_DEPS for d in kids)
            or (token.dep_ in _CLAUSE_DEPS and "nsubj" in kids and "cop" not in kids and "aux" not in kids))


class EnglishLemmas:
    """The component; the dictionary lemmas it has looked up are kept on the instance (bounded)."""

    def __init__(self, cache_size: int = CACHE_SIZE) -> None:
        self.cache_size = cache_size
        self._seen: dict[tuple[str, str], str | None] = {}

    def lemma(self, word: str, upos: str) -> str | None:
        key = (word, upos)
        if key not in self._seen:
            if len(self._seen) >= self.cache_size:
                self._seen.clear()
            self._seen[key] = dictionary_lemma(word, upos)
        return self._seen[key]

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if (token.pos_ in _MISTAGGED and token.lower_.endswith("ed") and _verb_shape(token)
                    and self.lemma(token.lower_, "VERB") not in (None, token.lower_)):
                token.pos_, token.tag_ = "VERB", "VBD"
            if token.pos_ not in LEMMA_POS:
                continue
            lemma = self.lemma(token.lower_, token.pos_)
            if lemma is not None:
                token.lemma_ = lemma
        return doc


@Language.factory("newsgraph_en_lemmas")
def make_en_lemmas(nlp: Language, name: str) -> EnglishLemmas:
    return EnglishLemmas()
