"""Group dictionary units into noun-phrase chunks (one chunk = one actor mention).

Patterns (German and English), each giving ONE chunk:

* modifier + agent: ``russische Regierung``, ``Russlands Präsident``,
  ``Moskaus Regierung``, ``Russian officials``, ``Kremlin spokesman``
  (up to two adjectives may stand between: ``nordkoreanische staatliche Nachrichtenagentur``);
* … + name in apposition: ``Russlands Präsident Wladimir Putin``,
  ``Machthaber Kim Jong Un``, ``nordkoreanische Nachrichtenagentur KCNA``,
  ``der russische Experte Artjom Lukin`` (an unknown name of 2–3 capitalised
  words directly after a title word);
* agent + possessor: ``Sprecher des US-Außenministeriums``, ``Präsident Russlands``,
  ``Regierung Nordkoreas``, ``spokesman for the State Department``, ``president of Russia``;
* agent + ``in`` + capital/country: ``Regierung in Moskau``;
* English agent + ``loyal to``/``belonging to`` + owner: ``forces loyal to Assad``;
* English possessive: ``Russia 's president``;
* a country modifier coordinated before another shares its agent noun, as a chunk of its own:
  ``Russian`` in ``Russian and Syrian forces`` (RUSMIL), ``russische und chinesische Soldaten``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from newsgraph.actors.lexicon import LexEntry
from newsgraph.actors.matching import Unit

COUNTRYISH = ("country", "capital", "adjective")
NAMED = ("person", "org")
_POSSESSIVE_DE = frozenset({"des", "der", "eines", "einer"})
_POSSESSIVE_EN = frozenset({"of", "for"})
_ARTICLE_EN = frozenset({"the", "a", "an"})
_IN = frozenset({"in"})
#: English adjectives of allegiance before "to": the phrase after names whose the agent is ("forces loyal to Assad")
_LOYAL_EN = frozenset({"loyal", "belonging"})
#: tags of a finite verb, which no noun phrase runs across
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VVFIN", "VAFIN", "VMFIN"})
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
#: words that coordinate two modifiers of one noun ("Russian and Syrian forces", "russische und syrische Truppen")
_COORDINATORS = frozenset({"and", "or", "und", "oder", "sowie"})


@dataclass
class Chunk:
    """One actor mention before resolution."""

    start: int
    end: int
    head: int
    country: str | None = None  # ISO3 from an adjective, genitive, prefix or "in <capital>"
    possessor: Unit | Chunk | None = None  # the org/person/chunk an agent belongs to
    agent: LexEntry | None = None
    named: Unit | None = None  # person or organisation named in the chunk
    single: Unit | None = None  # a unit standing alone
    shares: int | None = None  # token of the agent noun a coordinated modifier shares ("Russian" in "Russian and Syrian forces")
    confidence: float = 1.0


class Composer:
    """Builds chunks from the units of one doc."""

    def __init__(self, doc: Doc, units: list[Unit], lang: str, stop_words: frozenset[str]) -> None:
        self.doc = doc
        self.units = units
        self.lang = lang
        self.stop = stop_words
        self.at = {u.start: i for i, u in enumerate(units)}
        self.used: set[int] = set()

    # -- token helpers ---------------------------------------------------------------
    def _unit_at(self, tok: int) -> Unit | None:
        i = self.at.get(tok)
        return self.units[i] if i is not None and i not in self.used else None

    def _is_mod(self, tok: int) -> bool:
        if tok >= len(self.doc) or tok in self.at:
            return False
        t = self.doc[tok].text
        if not t.replace("-", "").isalpha() or not t[:1].islower() or t in self.stop:
            return False
        if self.doc[tok].tag_ in FINITE_VERB_TAGS:  # "Britain mobilized army reservists": a verb ends the phrase
            return False
        return t.endswith(_ADJ_ENDINGS) if self.lang == "de" else True

    def _skip_mods(self, tok: int, limit: int = 2) -> int:
        n = 0
        while n < limit and self._is_mod(tok):
            tok += 1
            n += 1
        return tok

    def _is_agent(self, u: Unit | None) -> bool:
        return u is not None and not u.compound and u.kind == "agent"

    def _agent_reading(self, u: Unit | None) -> Unit | None:
        """The unit read as an agent noun, if it can be one: after a country ("Rwanda's Senate", "the Russian
        Senate") a word that is both an agent noun and one country's institution (PETRARCH's "Senate" = USAGOVLEG)
        names the institution of the country before it."""
        if u is None or u.compound:
            return None
        if u.kind == "agent":
            return u
        agents = tuple(e for e in u.entries if e.kind == "agent")
        if not agents:
            return None
        return replace(u, entries=agents + tuple(e for e in u.entries if e.kind != "agent"))

    # -- chunk building ----------------------------------------------------------------
    def chunks(self) -> list[Chunk]:
        out = []
        for i, u in enumerate(self.units):
            if i in self.used:
                continue
            out.append(self.build(i))
        return out

    def _take(self, u: Unit) -> None:
        self.used.add(self.at[u.start])

    def build(self, i: int) -> Chunk:
        """The largest chunk starting with unit ``i`` (marks the units it uses)."""
        u = self.units[i]
        self.used.add(i)
        chunk = Chunk(u.start, u.end, u.end - 1, confidence=u.confidence)
        if u.compound:
            if u.agent is None:
                chunk.single = u
                return chunk
            self._as_modifier(chunk, u)
            chunk.agent = u.agent
            return self._after_agent(chunk)
        if self._is_agent(u):
            chunk.agent = u.main
            return self._after_agent(chunk)
        modifier = u.kind in COUNTRYISH and (u.kind == "adjective" or u.main.genitive)
        possessive = u.kind in NAMED and u.main.genitive
        if self.lang == "en" and u.kind in ("country", "org") and not u.main.genitive:
            modifier = modifier or u.kind == "country"
            possessive = possessive or u.kind == "org"
            if u.end < len(self.doc) and self.doc[u.end].text in ("'s", "’s"):
                nxt = self._agent_reading(self._unit_at(u.end + 1))
                if nxt is not None:
                    return self._attach_agent(chunk, u, nxt)
        if modifier or possessive:
            nxt_tok = self._skip_mods(u.end)
            nxt = self._unit_at(nxt_tok)
            agent = self._agent_reading(nxt)
            if agent is not None:
                return self._attach_agent(chunk, u, agent)
            shared = self._shared_agent(u) if self._attributive(u) else None
            if shared is not None:  # "Russian and Syrian forces": Russia's forces too (the noun stays the next chunk's)
                self._as_modifier(chunk, u)
                chunk.agent, chunk.shares = shared.main, shared.end - 1
                return chunk
            if nxt is not None and nxt.kind in NAMED and not nxt.main.genitive and (
                u.kind == "adjective"  # nordkoreanische KCNA
                or (self.lang == "en" and u.kind == "org" and nxt.kind == "person" and nxt.start == u.end)
            ):  # Secretary of State Antony Blinken
                self._take(nxt)
                self._as_modifier(chunk, u)
                chunk.named = nxt
                chunk.end, chunk.head = nxt.end, nxt.end - 1
                return chunk
        chunk.single = u
        return chunk

    def _shared_agent(self, u: Unit) -> Unit | None:
        """The agent noun a country modifier shares with the modifiers coordinated after it ("Russian and Syrian
        forces", "US and British troops", "British, French and German diplomats", "russische und chinesische
        Soldaten"); a comma coordinates only inside a list that "and" closes ("In Syria, Russian forces ...": none)."""
        if u.end >= len(self.doc):
            return None
        word = self.doc[u.end].lower_
        if word not in _COORDINATORS and word != ",":
            return None
        tok = u.end + 1
        if tok < len(self.doc) and self.doc[tok].lower_ in _ARTICLE_EN:
            tok += 1  # "the UK and the US governments"
        nxt = self._unit_at(tok)
        if nxt is None or not self._attributive(nxt):
            return None
        agent = self._agent_reading(self._unit_at(self._skip_mods(nxt.end)))
        if word == ",":
            return None if agent is not None else self._shared_agent(nxt)
        return agent or self._shared_agent(nxt)

    def _attributive(self, u: Unit) -> bool:
        """A country word that stands in front of a noun: an adjective ("Russian", "russische") or an English
        abbreviation ("US", "UK"); not a country's name ("Russia, Iran and Syrian troops": Russia itself)."""
        if u.compound:
            return False
        return u.kind == "adjective" or (self.lang == "en" and u.kind == "country" and self.doc[u.start: u.end].text.isupper())

    def _as_modifier(self, chunk: Chunk, u: Unit) -> None:
        if u.kind in COUNTRYISH:
            chunk.country = u.main.target
        else:
            chunk.possessor = u

    def _attach_agent(self, chunk: Chunk, modifier: Unit, agent: Unit) -> Chunk:
        self._take(agent)
        self._as_modifier(chunk, modifier)
        chunk.agent = agent.main
        chunk.end, chunk.head = agent.end, agent.end - 1
        return self._after_agent(chunk)

    def _after_agent(self, chunk: Chunk) -> Chunk:
        """Apposition name, then a possessor or ``in <capital>`` if the chunk has no country yet.

        In English a second agent noun right after the first belongs to it
        (``foreign ministry spokesman``: the chunk keeps the first agent's sector).
        """
        nxt = self._unit_at(chunk.end)
        if self.lang == "en" and self._is_agent(nxt):
            self._take(nxt)
            chunk.end, chunk.head = nxt.end, nxt.end - 1
            nxt = self._unit_at(chunk.end)
        if nxt is not None and nxt.kind in NAMED and not nxt.compound:
            self._take(nxt)
            chunk.named = nxt
            chunk.end, chunk.head = nxt.end, nxt.end - 1
        if chunk.country is None and chunk.possessor is None and chunk.named is None:
            self._possessor(chunk)
        return chunk

    def _possessor(self, chunk: Chunk) -> None:
        tok = chunk.end
        if tok >= len(self.doc):
            return
        word = self.doc[tok].text.lower()
        direct = self._unit_at(tok)
        if direct is not None and self.lang == "de" and direct.main.genitive and direct.kind in ("country", "org"):
            self._own(chunk, self.build(self.at[direct.start]))
            return
        if word in (_POSSESSIVE_DE if self.lang == "de" else _POSSESSIVE_EN):
            self._owned_by(chunk, tok + 1, ("country", "org", "adjective", "agent"))
            return
        if self.lang == "en" and word in _LOYAL_EN and tok + 1 < len(self.doc) and self.doc[tok + 1].lower_ == "to":
            # "forces loyal to Assad", "fighters belonging to the Syrian army": whose they are, a person too
            self._owned_by(chunk, tok + 2, ("country", "org", "adjective", "agent", "person"))
            return
        if word in _IN and tok + 1 < len(self.doc):
            u = self._unit_at(tok + 1)
            if u is not None and u.kind in ("capital", "country") and not u.compound:
                self._take(u)
                chunk.country = u.main.target
                chunk.end = u.end

    def _owned_by(self, chunk: Chunk, tok: int, kinds: tuple[str, ...]) -> None:
        """The chunk's owner is the phrase starting at ``tok`` (an article and up to two modifiers skipped), if it
        names a country, an organisation or a person of ``kinds``; a bare agent ("of the soldiers") is none."""
        if self.lang == "en" and tok < len(self.doc) and self.doc[tok].text.lower() in _ARTICLE_EN:
            tok += 1
        u = self._unit_at(self._skip_mods(tok))
        if u is not None and (u.kind in kinds or u.compound):
            sub = self.build(self.at[u.start])
            if sub.country or sub.possessor or sub.named or (sub.single and sub.single.kind != "agent"):
                self._own(chunk, sub)
                return
            self.used.discard(self.at[u.start])  # a bare agent: leave it alone

    def _own(self, chunk: Chunk, sub: Chunk) -> None:
        chunk.possessor = sub
        chunk.end = sub.end
