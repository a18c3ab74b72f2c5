"""spaCy component: the finite verb of a German main clause the parser hung on a noun.

The German parser, trained on 2,900 sentences, reads some news clauses as one noun phrase with the
finite verb somewhere inside it: "Das Bildungsministerium lud Lehrer zu einem runden Tisch" comes out
with "Bildungsministerium" as the root and "lud" as the ``case`` marker of "Lehrer"; "Sessions
unterstützt Donald Trump" with "Donald" as the root and "unterstützt" a ``compound``. The coder then
finds no verb with a subject. (A finite verb read as the adjective of a name after it whose noun
root is not that name is the same misreading: "Die FARC dankten Kerry".)

In a sentence whose root is a noun or proper noun without a copula, a finite full verb (STTS
``VVFIN``) that hangs on the noun phrase as a modifier (not as a clause of its own: no
subordinating conjunction, no relative pronoun, no clausal relation on its way to the root) is made
the root:

* the old root becomes the verb's subject if it stands before the verb, its object if after (its subject if
  nothing before the verb can be one: "Im Jahr 1998 trat auch Baumeister Lugner an");
* the noun the verb was hung on, if it follows the verb, becomes its object ("lud Lehrer");
* the old root's dependents on the verb's other side hang on the verb: a noun without a preposition
  as its subject (before) or object (after), one with a preposition as an oblique; the closing
  punctuation too;
* a separable particle (``PTKVZ``) after the verb that hangs on a noun becomes the verb's ``compound:prt``.

Which of two case-ambiguous phrases is the subject is left to ``newsgraph_de_subject_first``,
which runs after this component. Only one sentence at a time is touched and the tree stays a tree,
so sentence boundaries keep.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

NOUNS = frozenset({"NOUN", "PROPN"})
#: how a verb read as part of a noun phrase hangs on it
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "dep", "appos", "case", "flat", "advmod", "det"})
#: relations that make a clause of its own: a verb below one of them is not the main verb
CLAUSAL = frozenset({"advcl", "acl", "acl:relcl", "ccomp", "csubj", "xcomp", "parataxis", "conj"})
#: the pronoun tags that open a relative or interrogative clause
CLAUSE_PRONOUNS = frozenset({"PRELS", "PRELAT", "PWS", "PWAT", "PWAV"})


def _case(token: Token) -> bool:
    return any(c.dep_ == "case" for c in token.children)


def _own_clause(verb: Token) -> bool:
    """The verb heads a subordinate clause, or hangs below one."""
    if any(c.dep_ == "mark" or c.tag_ in CLAUSE_PRONOUNS for c in verb.children):
        return True
    return any(a.dep_ in CLAUSAL for a in verb.ancestors)


def main_verb(sent: Span) -> Token | None:
    """The finite full verb the parser hung inside the noun phrase that roots ``sent``, if any."""
    root = sent.root
    if root.pos_ not in NOUNS or any(c.dep_ == "cop" for c in root.children):
        return None
    for token in sent:
        if (token.tag_ == "VVFIN" and token.dep_ in MODIFIER_DEPS and token.text[:1].islower()
                and not _own_clause(token)):
            return token
    return None


def repair(sent: Span) -> Token | None:
    """Make the misread finite verb of ``sent`` its root; returns the verb, or None if nothing changed."""
    verb = main_verb(sent)
    if verb is None:
        return None
    root = sent.root
    carrier = verb.head  # the noun the verb was hung on
    before = root.i < verb.i
    moved = [c for c in root.children if c.i != verb.i and c.i != carrier.i and (c.i > verb.i if before else c.i < verb.i)]
    # after the verb the old root is its object, unless nothing before the verb can be the subject ("Im Jahr 1998
    # trat auch Baumeister Richard Lugner an": the subject follows the verb)
    subject_before = before or any(c.pos_ in NOUNS | {"PRON"} and not _case(c) for c in moved)
    verb.head = verb
    verb.dep_ = "ROOT"
    verb.pos_ = "VERB"
    root.head = verb
    root.dep_ = "nsubj" if before or not subject_before else "obj"
    taken = {root.dep_}
    if carrier.i != root.i and carrier.i > verb.i:
        carrier.head = verb
        carrier.dep_ = "obj"
        taken.add("obj")
    for c in moved:
        c.head = verb
        if c.tag_ == "PTKVZ":
            c.dep_ = "compound:prt"
        elif _case(c):
            c.dep_ = "obl"
        elif c.pos_ in NOUNS | {"PRON"}:
            role = "obj" if before else "nsubj"
            if role not in taken:
                c.dep_ = role
                taken.add(role)
    for c in verb.children:  # a prepositional phrase the verb already had was a noun's modifier ("nmod")
        if c.dep_ == "nmod" and _case(c):
            c.dep_ = "obl"
    for t in sent:  # a separable particle after the verb that the parser hung on a noun is the verb's
        if t.tag_ == "PTKVZ" and t.i > verb.i and t.head.pos_ not in ("VERB", "AUX"):
            t.head = verb
            t.dep_ = "compound:prt"
    for c in list(root.children):  # what closes the sentence belongs to its new root
        if c.dep_ == "punct" and c.i == sent.end - 1:
            c.head = verb
    return verb


@Language.component("newsgraph_de_verbless_roots")
def verbless_roots(doc: Doc) -> Doc:
    if doc.has_annotation("DEP"):
        for sent in list(doc.sents):
            repair(sent)
    return doc
