"""spaCy component: the main verb of an English sentence the parser read as a noun phrase.

The English parser is trained on web text (EWT) and reads many wire sentences as one long noun
phrase: "Palestinians blamed Israel for the bombing" comes out with "Israel" as the root,
"blamed" as its adjectival modifier and "Palestinians" as a compound; "Swiss doctors handed over
700 kg of medicine" with "doctors" as the root and "handed" as a reduced relative clause. The
subject then looks like part of the object, the verb like an attribute, and the mention finder
reads "Britain mobilized army reservists" as one actor.

In a sentence whose root is a noun without a copula, a past-tense verb hanging on that root is
made its head:

* before the root ("Palestinians blamed Israel"): the old root becomes the verb's object, the
  root's dependents in front of the verb its subject (a bare noun) or obliques (with a
  preposition: "France on Wednesday accused Rwanda");
* after the root ("ministers agreed in principle"): the old root becomes the verb's subject and
  the root's dependents after the verb hang on the verb; a verb read as the attribute of a bare noun
  after it ("army bulldozers demolished Palestinian homes", "police confiscated weapons") takes that
  noun as its object. Only a verb that takes an object, a
  particle or an infinitive, or is tagged as a finite past: a reduced relative clause ("the aid
  promised by ...") is not a main verb.

Only spans of one sentence are touched and the tree stays a tree, so sentence boundaries keep.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

NOUNS = frozenset({"NOUN", "PROPN"})
#: how a verb read as a modifier of the noun phrase hangs on it
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "dep", "appos", "acl"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
PARTICIPLE_TAGS = frozenset({"VBN", "JJ", "NNP", "NN"})
#: what a main verb after its subject shows (a reduced relative clause has none of it)
VERB_ARGS = frozenset({"obj", "dobj", "iobj", "compound:prt", "prt", "xcomp", "ccomp"})


def _past(token: Token) -> bool:
    """A finite verb, a participle ("held"), or a form in -ed the tagger took for an adjective or noun."""
    return (token.tag_ in FINITE_TAGS or token.tag_ == "VBN"
            or (token.tag_ in PARTICIPLE_TAGS and token.lower_.endswith("ed")))


def _verb_arg(token: Token) -> bool:
    """An object, particle or clausal complement, or a to-infinitive ("agreed ... to provide")."""
    return token.dep_ in VERB_ARGS or (token.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "mark"
                                                                     for c in token.children))


def _case(token: Token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


def main_verb(sent: Span) -> Token | None:
    """The past-tense verb the parser hung on the noun root of ``sent``, if the sentence has that shape."""
    root = sent.root
    if root.pos_ not in NOUNS or any(c.dep_ == "cop" for c in root.children):
        return None
    found = []
    # the verb hangs on the root, or on one of the root's arguments ("warplanes ... bombed targets": "bombed" an
    # attribute of "targets", itself hung on the root; "Ukraine, Russia and the separatists held talks")
    near = [root] + [c for c in root.children if c.dep_ in ("obj", "conj", "appos", "nmod") and not _case(c)]
    for verb in (v for head in near for v in head.children):
        if verb.dep_ not in MODIFIER_DEPS or not _past(verb):
            continue
        if verb.head.i != root.i:
            if verb.dep_ == "amod" and root.i < verb.i < verb.head.i and (
                    verb.head.dep_ == "obj" or (verb.head.dep_ in ("nmod", "conj") and _opens_phrase(verb))):
                # "Israeli warplanes again bombed targets"; "army bulldozers demolished Palestinian homes", "police in
                # Jericho confiscated weapons" (a bare noun or conjunct the parser hung on the root)
                found.append(verb)
            elif verb.head.dep_ == "conj" and verb.i > verb.head.i and any(_verb_arg(c) for c in verb.children):
                found.append(verb)  # "Representatives of Ukraine, Russia and the separatists held talks"
            continue
        if verb.i < root.i and any(c.i < verb.i and c.pos_ in NOUNS and not _case(c) for c in root.children):
            found.append(verb)
        elif verb.i > root.i and (verb.tag_ in FINITE_TAGS or any(_verb_arg(c) for c in verb.children)):
            found.append(verb)
    # of several, not one standing between two nouns as their attribute ("precision guided missiles killed"), then
    # the last
    plain = [v for v in found if not _attributive(v)] or found
    return plain[-1] if plain else None


def _opens_phrase(verb: Token) -> bool:
    """A verb form (not an adjective in -ed: "police and armed groups") that is the first word of the noun phrase
    it was hung on: nothing of that phrase ("and", an article) stands between it and the root's words."""
    return verb.tag_ in ("VBD", "VBN") and verb.head.left_edge.i == verb.i


def _attributive(token: Token) -> bool:
    doc = token.doc
    return (0 < token.i < len(doc) - 1 and doc[token.i - 1].pos_ in NOUNS | {"ADJ"}
            and doc[token.i + 1].pos_ in NOUNS)


def repair(sent: Span) -> Token | None:
    """Make the misread main verb of ``sent`` its root; returns the verb, or None if nothing changed."""
    verb = main_verb(sent)
    if verb is None:
        return None
    root = sent.root
    carrier = verb.head  # the argument of the root the verb was hung on, if not the root
    moved = [c for c in root.children if c.i != verb.i and (c.i < verb.i if verb.i < root.i else c.i > verb.i)]
    verb.head = verb
    if carrier.i != root.i and carrier.i > verb.i:
        carrier.head = verb  # its new head's object
        carrier.dep_ = "obj"
        moved = [c for c in moved if c.i != carrier.i]
    elif carrier.i != root.i:
        moved = [c for c in carrier.children if c.i > verb.i]
    verb.dep_ = "ROOT"
    verb.pos_ = "VERB"
    if verb.tag_ not in FINITE_TAGS:
        verb.tag_ = "VBD"
    root.head = verb
    if verb.i < root.i:
        root.dep_ = "obj"
        bare = [c for c in moved if c.pos_ in NOUNS and not _case(c)]
        subject = bare[-1] if bare else None
        for c in moved:
            c.head = verb
            if c is subject:
                c.dep_ = "nsubj"
            elif _case(c):
                c.dep_ = "obl"
    else:
        root.dep_ = "nsubj"
        for c in moved:
            c.head = verb
            if _case(c):
                c.dep_ = "obl"
    # what closes the sentence belongs to its new root
    for c in list(root.children):
        if c.dep_ == "punct" and c.i == sent.end - 1:
            c.head = verb
    return verb


@Language.component("newsgraph_en_verbless_roots")
def verbless_roots(doc: Doc) -> Doc:
    if doc.has_annotation("DEP"):
        for sent in list(doc.sents):
            repair(sent)
    return doc
