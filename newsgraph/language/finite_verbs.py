"""spaCy component (German): a finite verb the trained tagger took for something else is a verb again.

The tagger, trained on ~2,900 sentences, calls some strong past tenses a name or an adjective
("Lawrow traf sich mit Kerry": "traf" PROPN), so the clause has no verb and the event coder sees no
trigger. HanTa knows these forms: where a lower-case word heads a clause (the root, or a word with a
subject) and HanTa's most probable tag for it alone is a finite verb, the word becomes VERB (AUX for
auxiliaries and modals) with that STTS tag; the HanTa lemmatizer after it then gives the lemma
("treffen"). It runs between the HanTa UPOS override and the HanTa lemmatizer and shares their HanTa.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.language.hanta_words import HantaWords

# HanTa's tag for a finite verb → (UPOS, STTS)
FINITE = {"VV(FIN)": ("VERB", "VVFIN"), "VA(FIN)": ("AUX", "VAFIN"), "VM(FIN)": ("AUX", "VMFIN")}
_VERB_POS = frozenset({"VERB", "AUX"})
# tags that are right more often than HanTa's guess for the word alone: an attributive adjective ("die adressierte
# Frage"), a determiner or pronoun ("meinen" is also a verb form); measured on DEV (docs/accuracy.md)
_KEEP_TAGS = frozenset({"ADJA", "ART", "PPOSAT", "PDAT", "PIAT", "PRELS", "PPER", "PDS", "PIS", "PRF"})


class FiniteVerbs:
    def __init__(self, words: HantaWords) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ in _VERB_POS or token.tag_ in _KEEP_TAGS or not token.text[:1].islower():
                continue
            if token.dep_ != "ROOT" and not any(c.dep_.startswith("nsubj") for c in token.children):
                continue
            candidates = self.words.candidates(token.text)
            if candidates and candidates[0] in FINITE:
                token.pos_, token.tag_ = FINITE[candidates[0]]
        return doc


@Language.factory("newsgraph_de_finite_verbs")
def make_finite_verbs(nlp: Language, name: str) -> FiniteVerbs:
    lemmatizer = nlp.get_pipe("newsgraph_hanta_lemmatizer")
    return FiniteVerbs(lemmatizer.words)
