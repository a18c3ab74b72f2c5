"""spaCy component (German): a finite verb the trained tagger took for something else is a verb again.

The tagger, trained on ~2,900 sentences, calls some strong past tenses a name or an adjective
("Lawrow traf sich mit Kerry": "traf" PROPN), so the clause has no verb and the event coder sees no
trigger. HanTa knows these forms: where a lower-case word heads a clause (the root, or a word with a
subject) and HanTa's most probable tag for it alone is a finite verb, the word becomes VERB (AUX for
auxiliaries and modals) with that STTS tag; the HanTa lemmatizer after it then gives the lemma
("treffen"). A word the HanTa UPOS override already made a VERB but that kept an adjective's or adverb's STTS tag
("Die Staatsanwaltschaft erhob Anklage": "erhob" ADJA) gets VVFIN where HanTa's first reading is a finite verb, so
that ``newsgraph_de_verbless_roots`` can make it the root of the clause it was hung inside. It runs between the
HanTa UPOS override and the HanTa lemmatizer and shares their HanTa.
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
#: tags the tagger gives a word whose part of speech (the HanTa UPOS override) is already VERB: an adjective's or an
#: adverb's ("Die Staatsanwaltschaft erhob Anklage": "erhob" ADJA, "Die EU beschloss Sanktionen": "beschloss" ADV)
_MISTAGGED_VERB = frozenset({"ADJA", "ADJD", "ADV"})


class FiniteVerbs:
    def __init__(self, words: HantaWords) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if not token.text[:1].islower():
                continue
            if token.pos_ == "VERB" and token.tag_ in _MISTAGGED_VERB:
                # a verb the tagger gave an adjective's tag is finite where HanTa reads the form as finite first
                # (then newsgraph_de_verbless_roots can make it the root of the clause it was hung inside)
                candidates = self.words.candidates(token.text)
                if candidates and candidates[0] == "VV(FIN)":
                    token.tag_ = "VVFIN"
                continue
            if token.pos_ in _VERB_POS or token.tag_ in _KEEP_TAGS:
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
