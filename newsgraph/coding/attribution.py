"""Who says so: statements (verb of saying + speaker + content) in a parsed Doc.

A statement is a verb of saying with its subject as speaker and its clausal
complement as content, in either order ("Putin sagte, ..." and "..., sagte
Putin"), or a source phrase ("den Experten zufolge", "laut KCNA").  Events whose
trigger lies inside the content are attributed to the speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.coding.cues import Cues
from newsgraph.coding.mentions import Found, MentionIndex
from newsgraph.coding.syntax import SUBJ, verb_lemmas
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
    """The actor a subject phrase denotes; an unknown name becomes an actor with no code."""
    found: list[Found] = index.phrase_actors(subject)
    persons = [f for f in found if f.actor.kind == "person"]
    best = (persons or found or [None])[0]
    if best is not None:
        return best.actor, (best.start, best.end)
    # an unknown named speaker ("Niklas Swanström", appositive of "Der Leiter ...")
    for tok in [subject, *subject.subtree]:
        if tok.ent_type_ in ("PER", "PERSON", "ORG") or tok.pos_ == "PROPN":
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            start, end = (ent.start, ent.end) if ent is not None else _propn_run(tok)
            text = tok.doc[start:end].text
            kind = "person" if (ent is None or ent.label_ in ("PER", "PERSON")) else "org"
            return Actor(text=text, name=text, code=None, country=None, sector=None, kind=kind, confidence=0.5), (start, end)
    return None, None


def _propn_run(token: Token) -> tuple[int, int]:
    start = end = token.i
    doc = token.doc
    while start > token.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    while end + 1 < token.sent.end and doc[end + 1].pos_ == "PROPN":
        end += 1
    return start, end + 1


def find_statements(doc: Doc, index: MentionIndex, cues: Cues) -> list[Statement]:
    """All statements in ``doc``, in text order."""
    out: list[Statement] = []
    for token in doc:
        if token.pos_ not in ("VERB", "AUX") or not (set(verb_lemmas(token)) & cues.speech_verbs):
            continue
        subjects = [c for c in token.children if c.dep_ in SUBJ]
        if not subjects:
            continue
        speaker, span = speaker_of(subjects[0], index)
        content: set[int] = set()
        for child in token.children:
            if child.dep_ in _CONTENT_DEPS and child.pos_ in ("VERB", "AUX", "NOUN") and child.dep_ != "obj":
                content.update(t.i for t in child.subtree)
        # "..., sagte Putin": the verb of saying hangs off the content's root
        if token.dep_ in ("parataxis", "ccomp") and token.head != token:
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
