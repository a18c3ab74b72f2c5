"""Quotations with their speakers.

Direct quotes are spans between quotation marks ("…", „…“, »…«, «…»).  Their
speaker is the speaker of the statement that contains them, else the subject of
their clause when it is a person or organisation ("Kim bekundete eine
„bedingungslose Unterstützung“"), else — for a quote that is a sentence of its
own — the last speaker of the previous sentences.  Indirect quotes are the
contents of statements (``attribution``) that contain no direct quote.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from newsgraph.coding.attribution import Statement, speaker_of, statement_for
from newsgraph.coding.coder import SentenceRef
from newsgraph.coding.mentions import MentionIndex
from newsgraph.coding.syntax import SUBJ, governing_verb
from newsgraph.model import Actor, Quote, Span

_QUOTE = re.compile(r'"([^"\n]+)"|„([^“"\n]+)[“"]|»([^«\n]+)«|«([^»\n]+)»|“([^”\n]+)”')
MAX_SPEAKER_LOOKBACK = 2


def find_quotes(doc: Doc, index: MentionIndex, statements: list[Statement], sentences: Sequence[SentenceRef],
                doc_id: str) -> list[Quote]:
    """Direct and indirect quotes of the article, in text order."""
    quotes: list[Quote] = []
    last_speaker: tuple[int, Actor] | None = None
    quoted_statements: set[int] = set()
    for sent in sentences:
        sent_end_char = sent.char_start + len(sent.text)
        for m in _QUOTE.finditer(doc.text, sent.char_start, sent_end_char):
            start, end = m.span()
            inner = next(g for g in m.groups() if g is not None)
            token = doc.char_span(start + 1, end - 1, alignment_mode="expand")
            anchor = token.root if token is not None else None
            speaker: Actor | None = None
            statement = statement_for(anchor, statements) if anchor is not None else None
            if statement is not None:
                speaker = statement.speaker
                quoted_statements.add(id(statement))
            elif anchor is not None:
                speaker = _clause_subject_speaker(anchor, index)
            if speaker is None and last_speaker and last_speaker[0] == sent.index:
                speaker = last_speaker[1]  # a later quote in the same sentence: the same voice
            standalone = len(inner) >= 0.8 * len(sent.text.strip(' "„“»«'))
            if speaker is None and standalone and last_speaker and sent.index - last_speaker[0] <= MAX_SPEAKER_LOOKBACK:
                speaker = last_speaker[1]
            quotes.append(Quote(doc_id, sent.index, speaker, inner, "direct", Span(start, end, doc.text[start:end])))
            if speaker is not None:
                last_speaker = (sent.index, speaker)
        for st in statements:
            if st.speaker is not None and sent.start <= st.verb.i < sent.end:
                last_speaker = (sent.index, st.speaker)
                if id(st) not in quoted_statements and st.content:
                    quotes.append(_indirect(doc, st, sent, doc_id))
    return sorted(quotes, key=lambda q: q.span.start)


def _indirect(doc: Doc, st: Statement, sent: SentenceRef, doc_id: str) -> Quote:
    content = sorted(st.content)
    span = doc[content[0]: content[-1] + 1]
    text = span.text.strip(" ,;")
    return Quote(doc_id, sent.index, st.speaker, text, "indirect",
                 Span(span.start_char, span.start_char + len(span.text), span.text))


def _clause_subject_speaker(anchor, index: MentionIndex) -> Actor | None:
    verb = governing_verb(anchor)
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ in SUBJ and child.i not in range(anchor.left_edge.i, anchor.right_edge.i + 1):
            actor, _span = speaker_of(child, index)
            if actor is not None and actor.kind in ("person", "org", "agent", "unknown"):
                return actor
    return None
