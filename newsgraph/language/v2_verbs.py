"""spaCy component: a German finite verb the parser read as an adjective of the name after it.

German puts the finite verb second and the subject often right after it: "..., kritisierte
Steinhart", "Im Jahr 2008 warf Lech Kaczyński Wałęsa Spionage vor". The German parser, trained on
2,900 sentences, sometimes reads such a verb as an adjectival modifier (``amod``) of the name that
follows ("kritisierte Steinhart" as "the criticised Steinhart") even where the HanTa components
have already told it is a verb (part of speech VERB; a participle used as an adjective is ADJ).

Such a verb is made the head of its clause and the name its subject:

* a reporting verb after a comma ("..., kritisierte Steinhart"): the verb hangs on the sentence's
  root as ``parataxis``, as UD German has it;
* otherwise, where the name was the root, the verb becomes the root and the phrases in front of it
  hang on the verb ("Im Jahr 2008 warf Lech Kaczyński ...").

The tree stays a tree, so sentence boundaries keep.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

NOUNS = frozenset({"NOUN", "PROPN"})


def misread_verb(token: Token) -> bool:
    """``token`` is a verb the parser hung on the noun after it as an adjective."""
    return token.pos_ == "VERB" and token.dep_ == "amod" and token.head.i > token.i and token.head.pos_ in NOUNS


def _ancestor(a: Token, b: Token) -> bool:
    """``a`` dominates ``b``."""
    return any(x.i == a.i for x in b.ancestors)


def repair(verb: Token, sent: Span) -> bool:
    """Make ``verb`` the head of its clause and the name after it its subject; False if the tree does not allow it."""
    name = verb.head
    root = sent.root
    previous = verb.doc[verb.i - 1] if verb.i > sent.start else None
    if name.i == root.i:
        front = [c for c in name.children if c.i < verb.i]
        verb.head = verb
        verb.dep_ = "ROOT"
        name.head = verb
        name.dep_ = "nsubj"
        for c in front:
            c.head = verb
        for c in list(name.children):
            if c.dep_ in ("punct", "compound:prt") or (c.dep_ == "nsubj" and c.pos_ in NOUNS):
                c.head = verb
                if c.dep_ == "nsubj":
                    c.dep_ = "obj"  # the phrase the parser took for the name's subject is the verb's object
        return True
    if previous is not None and previous.text == "," and root.i < verb.i and not _ancestor(name, root):
        verb.head = root
        verb.dep_ = "parataxis"
        name.head = verb
        name.dep_ = "nsubj"
        return True
    return False


@Language.component("newsgraph_de_v2_verbs")
def v2_verbs(doc: Doc) -> Doc:
    if doc.has_annotation("DEP"):
        for sent in list(doc.sents):
            for token in list(sent):
                if misread_verb(token):
                    repair(token, sent)
                    break  # one per sentence: the tree has changed
    return doc
