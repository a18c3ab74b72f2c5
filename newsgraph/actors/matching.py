"""Find dictionary words in a spaCy ``Doc``: aliases, agents and hyphen compounds.

The doc is rewritten as one normalised string (tokens joined as in the text,
runs of whitespace collapsed), the automaton of :class:`Lexicon` is run over it
once, and only matches that start and end on token boundaries are kept.  A
match that ends right before a hyphen inside a token is a compound prefix
(``US``-Außenministerium, ``UN``-Sanktionen, ``Nato``-Gipfel).  Overlaps are
resolved longest first.  In German, a noun no entry names that ends in an agent
noun is that agent (``Kolonialtruppen``, ``Klimaaktivisten``).  A name joined to a
stance prefix or a suffix of support (``anti-Assad``, ``Iranian-backed``) is dropped:
it says nothing of who the actor is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsgraph.actors.lexicon import LexEntry, Lexicon
from newsgraph.actors.text import norm, surface_fits

#: prefixes of a stance toward what follows the hyphen ("anti-American protesters" are not American)
STANCE_PREFIXES = frozenset({"anti", "pro"})
#: suffixes of support by what precedes the hyphen ("Iranian-backed militias" are not Iranian)
SUPPORT_SUFFIXES = frozenset({"backed", "sponsored", "funded", "supported", "armed", "trained", "allied"})


@dataclass
class Unit:
    """A span of tokens with what it may mean.

    ``agent`` is set for a hyphen compound whose second part is an agent noun
    (``US-Außenministerium`` → prefix USA + agent GOV).
    """

    start: int
    end: int
    entries: tuple[LexEntry, ...]
    agent: LexEntry | None = None
    compound: bool = False
    confidence: float = 1.0
    how: str = "alias"  # alias | compound | memory | fuzzy | entity | title

    @property
    def main(self) -> LexEntry:
        return self.entries[0]

    @property
    def kind(self) -> str:
        return self.entries[0].kind


@dataclass
class DocText:
    """The normalised text of a doc and the token offsets within it."""

    text: str  # original characters, whitespace collapsed
    key: str  # norm(text), same length
    starts: dict[int, int] = field(default_factory=dict)  # char offset → token index
    ends: dict[int, int] = field(default_factory=dict)  # char offset (exclusive) → token index
    tok_end: list[int] = field(default_factory=list)


def doc_text(doc: Doc) -> DocText:
    parts: list[str] = []
    pos = 0
    starts: dict[int, int] = {}
    ends: dict[int, int] = {}
    tok_end: list[int] = []
    for tok in doc:
        if tok.is_space:
            if parts and parts[-1] != " ":
                parts.append(" ")
                pos += 1
            tok_end.append(pos)
            continue
        starts[pos] = tok.i
        parts.append(tok.text)
        pos += len(tok.text)
        ends[pos] = tok.i
        tok_end.append(pos)
        if tok.whitespace_:
            parts.append(" ")
            pos += 1
    text = "".join(parts)
    return DocText(text=text, key=norm(text), starts=starts, ends=ends, tok_end=tok_end)


def scan(doc: Doc, lex: Lexicon) -> list[Unit]:
    """Non-overlapping dictionary units of ``doc``, sorted by position."""
    dt = doc_text(doc)
    full: list[Unit] = []
    prefixes: dict[int, tuple[int, tuple[LexEntry, ...]]] = {}
    for end_idx, (key, entries) in lex.automaton.iter(dt.key):
        s = end_idx - len(key) + 1
        ti = dt.starts.get(s)
        if ti is None:
            continue
        e = end_idx + 1
        surface = dt.text[s:e]
        fitting = tuple(x for x in entries if surface_fits(x.alias, surface))
        if not fitting:
            continue
        tj = dt.ends.get(e)
        if tj is not None:
            full.append(Unit(ti, tj + 1, fitting))
        elif e < len(dt.key) and dt.key[e] == "-" and e < dt.tok_end[ti]:
            named = tuple(x for x in fitting if x.kind != "agent")
            if named and (ti not in prefixes or prefixes[ti][0] < len(key)):
                prefixes[ti] = (len(key), named)
    # "anti-Assad rebels", "pro-Russian separatists", "Iranian-backed militias": a stance toward a name, or
    # support by it, says nothing of who the actor is
    # ("pro-government forces" are the government's side: kinds of agent stay)
    chosen = [u for u in _longest_first(full) if u.main.kind == "agent" or not _stance(doc, u.start, u.end)]
    covered = {i for u in chosen for i in range(u.start, u.end)}
    for ti, (length, entries) in prefixes.items():
        if ti in covered:
            continue
        unit = _compound(doc, ti, length, entries, lex)
        if unit is not None:
            chosen.append(unit)
            covered.add(ti)
    if lex.compound_agents:
        chosen += _compound_agents(doc, covered, lex)
    chosen.sort(key=lambda u: u.start)
    return chosen


def _stance(doc: Doc, start: int, end: int) -> bool:
    """The name ``doc[start:end]`` is written after a stance prefix ("anti-", "pro-") or before a suffix of
    support ("-backed"), joined by a hyphen."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in STANCE_PREFIXES:
        return doc[start - 2].idx + len(doc[start - 2].text) == doc[start - 1].idx
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in SUPPORT_SUFFIXES:
        return doc[end].idx + 1 == doc[end + 1].idx
    return False


def _longest_first(cands: list[Unit]) -> list[Unit]:
    taken: set[int] = set()
    out: list[Unit] = []
    for u in sorted(cands, key=lambda u: (-(u.end - u.start), u.start, u.main.kind == "agent")):
        span = range(u.start, u.end)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        out.append(u)
    return out


def _compound_agents(doc: Doc, covered: set[int], lex: Lexicon) -> list[Unit]:
    """Nouns no entry names that end in an agent noun: ``Kolonialtruppen``, ``Gelbwesten-Demonstranten``."""
    out = []
    for tok in doc:
        if tok.i in covered or tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper():
            continue
        entry = lex.compound_agent(tok.text)
        if entry is not None:
            out.append(Unit(tok.i, tok.i + 1, (entry,), confidence=0.9, how="compound"))
    return out


def _compound(doc: Doc, ti: int, length: int, entries: tuple[LexEntry, ...], lex: Lexicon) -> Unit | None:
    """``US-Außenministeriums``: prefix actor plus, if the rest is an agent noun, that agent."""
    rest = doc[ti].text[length + 1 :]
    agent = lex.agents.get(norm(rest))
    if agent is None and "-" in rest:
        agent = lex.agents.get(norm(rest.rsplit("-", 1)[-1]))
    if agent is None and entries[0].kind == "person":
        return None  # "Putin-Kritiker" is not Putin
    return Unit(ti, ti + 1, entries, agent=agent, compound=True, confidence=1.0 if agent else 0.8, how="compound")
