"""Who says so: statements (verb of saying + speaker + content) in a parsed Doc.

A statement is a verb of saying with its subject as speaker and its clausal
complement as content, in either order ("Putin sagte, ..." and "..., sagte
Putin"), or a source phrase ("den Experten zufolge", "laut KCNA").  Events whose
trigger lies inside the content are attributed to the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.coding.cues import Cues
from newsgraph.coding.mentions import Found, MentionIndex
from newsgraph.coding.syntax import SUBJ, has_copula, is_verb, verb_lemmas
from newsgraph.model import Actor

_CONTENT_DEPS = {"ccomp", "parataxis", "xcomp", "advcl", "obj"}


@dataclass(frozen=True)
class Statement:
    """A verb of saying, its speaker, and the tokens of what was said."""

    verb: Token
    speaker: Actor | None
    speaker_span: tuple[int, int] | None
    content: frozenset[int]  # token indices of the reported content

    def covers(self, token: Token) -> bool:
        return token.i in self.content


def speaker_of(subject: Token, index: MentionIndex) -> tuple[Actor | None, tuple[int, int] | None]:
    """The actor a speaker phrase denotes.

    In order: a known person or organisation; a coded actor that is the subject word itself
    ("The US said"); a name the dictionary does not know
    (a PER/ORG entity, or an appositive name: "Der Leiter des Instituts, Niklas
    Swanström"), which becomes an actor with no code; any other coded actor; an
    uncoded agent ("Experten").
    """
    found: list[Found] = index.phrase_actors(subject)
    named = [f for f in found if f.actor.kind in ("person", "org")]
    if named:
        return named[0].actor, (named[0].start, named[0].end)
    # the subject itself is a coded actor ("The US said ..."): not an unknown name
    own = [f for f in found if f.actor.code and f.start <= subject.i < f.end]
    if own:
        return own[0].actor, (own[0].start, own[0].end)
    unknown = _unknown_name(subject)
    if unknown is not None:
        return unknown
    coded = [f for f in found if f.actor.code] or found
    if coded:
        return coded[0].actor, (coded[0].start, coded[0].end)
    return None, None


def _unknown_name(subject: Token) -> tuple[Actor, tuple[int, int]] | None:
    doc = subject.doc
    lo, hi = subject.left_edge.i, subject.right_edge.i + 1
    for ent in doc.ents:
        if lo <= ent.start and ent.end <= hi and ent.label_ in ("PER", "PERSON", "ORG"):
            kind = "person" if ent.label_ in ("PER", "PERSON") else "org"
            return _unknown(ent.text, kind), (ent.start, ent.end)
    candidates = [c for c in subject.children if c.dep_ == "appos"]
    if subject.pos_ == "PROPN":
        candidates.insert(0, subject)
    for cand in candidates:
        if cand.pos_ == "PROPN" or (cand.text[:1].isupper() and cand.tag_ in ("NE", "NNP")):
            words = [t for t in cand.subtree if not t.is_punct]
            if words and all(t.text[:1].isupper() for t in words):
                return _unknown(doc[words[0].i: words[-1].i + 1].text, "person"), (words[0].i, words[-1].i + 1)
    return _appositive_name(doc[lo:hi])


MAX_NAME_WORDS = 4


def _appositive_name(span: Span) -> tuple[Actor, tuple[int, int]] | None:
    """A name set off by commas at the end of a phrase ("Der Leiter des Instituts, Niklas Swanström"),
    read off the words when the parser did not label the apposition."""
    tokens = list(span)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    end = len(tokens)
    start = end
    while start > 0 and not tokens[start - 1].is_punct and tokens[start - 1].text[:1].isupper():
        start -= 1
    if 2 <= end - start <= MAX_NAME_WORDS and start > 0 and tokens[start - 1].text == ",":
        first, last = tokens[start], tokens[end - 1]
        return _unknown(span.doc[first.i: last.i + 1].text, "person"), (first.i, last.i + 1)
    return None


def _unknown(text: str, kind: str) -> Actor:
    return Actor(text=text, name=text, code=None, country=None, sector=None, kind=kind, confidence=0.5)


def find_statements(doc: Doc, index: MentionIndex, cues: Cues) -> list[Statement]:
    """All statements in ``doc``, in text order."""
    out: list[Statement] = []
    for token in doc:
        if not is_verb(token) or not (set(verb_lemmas(token)) & cues.speech_verbs):
            continue
        subjects = [c for c in token.children if c.dep_ in SUBJ]
        if not subjects and token.dep_ in ("parataxis", "conj", "ccomp") and token.head.i < token.i:
            # "..., meldete die Nachrichtenagentur KCNA": the subject after the verb, often mislabelled
            subjects = [c for c in token.children if c.dep_ in ("obj", "iobj") and c.i > token.i
                        and any(f.actor.kind in ("person", "org") or f.actor.code for f in index.phrase_actors(c))]
        if not subjects:
            continue
        speaker, span = speaker_of(subjects[0], index)
        content: set[int] = set()
        for child in token.children:
            if (child.dep_ in _CONTENT_DEPS and (is_verb(child) or child.pos_ == "NOUN" or has_copula(child))
                    and child.dep_ != "obj"):
                content.update(t.i for t in child.subtree)
        # "..., sagte Putin": the verb of saying hangs off the content's root
        if token.dep_ in ("parataxis", "ccomp", "conj") and token.head.i < token.i and not content:
            root = token.head
            own = {t.i for t in token.subtree}
            content.update(t.i for t in root.subtree if t.i not in own)
        # "Putin nannte das Bündnis eine Herausforderung": the object phrase is the content
        if not content:
            for child in token.children:
                if child.dep_ in ("obj", "xcomp"):
                    content.update(t.i for t in child.subtree)
        if content:
            out.append(Statement(token, speaker, span, frozenset(content)))
    out.extend(_according_to(doc, index, cues))
    return out


def _according_to(doc: Doc, index: MentionIndex, cues: Cues) -> list[Statement]:
    """Source phrases: "<NP> zufolge", "laut <NP>" — the rest of the clause is the content."""
    out = []
    for token in doc:
        if token.dep_ != "case" or token.lower_ not in cues.according_to or token.lower_ == "nach":
            continue
        source = token.head
        clause = source.head
        speaker, span = speaker_of(source, index)
        if speaker is None:
            continue
        own = {t.i for t in source.subtree}
        content = frozenset(t.i for t in clause.subtree if t.i not in own)
        out.append(Statement(token, speaker, span, content))
    return out


def statement_for(token: Token, statements: list[Statement]) -> Statement | None:
    """The innermost statement whose content contains ``token``."""
    covering = [s for s in statements if s.covers(token)]
    return min(covering, key=lambda s: len(s.content)) if covering else None
