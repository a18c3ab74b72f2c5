"""Find actor mentions in a spaCy ``Doc`` and resolve names to dated CAMEO codes.

>>> import spacy, datetime
>>> r = ActorResolver(ActorDictionary.load(), "de")
>>> [m.actor.code for m in r.find(spacy.blank("de")("Russlands Präsident Wladimir Putin"), datetime.date(2024, 6, 19))]
['RUSGOV']

Works on token text alone (``spacy.blank``); ``doc.ents`` with ``PER`` labels
are used when present.  All per-document state (the names seen so far) lives
inside one :meth:`ActorResolver.find` call.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import dataclass

import spacy
from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP
from spacy.tokens import Doc

from newsgraph.actors.codes import TRANSNATIONAL
from newsgraph.actors.compose import Chunk, Composer
from newsgraph.actors.dictionary import ActorDictionary
from newsgraph.actors.entries import LANGS, Role
from newsgraph.actors.errors import ActorDataError
from newsgraph.actors.lexicon import LexEntry, Lexicon
from newsgraph.actors.matching import Unit, scan
from newsgraph.actors.names import FUZZY_CONFIDENCE, NameFinder
from newsgraph.actors.roles import has_dated_role_on, role_on
from newsgraph.model import Actor

MENTION_KINDS = ("country", "person", "org", "agent", "capital", "adjective", "unknown")
#: ActorMention.kind → Actor.kind (the model knows country | person | org | agent | place | unknown).
_ACTOR_KIND = {"capital": "country", "adjective": "country"}
AMBIGUOUS_CONFIDENCE = 0.6
#: Names kept by :meth:`ActorResolver.resolve_name` (per resolver, least recently used dropped first).
CACHE_SIZE = 65_536


@dataclass(frozen=True)
class ActorMention:
    """One actor mention: tokens ``start``–``end`` (end exclusive), its head token and the resolved actor."""

    start: int
    end: int
    head: int
    actor: Actor
    kind: str  # country | person | org | agent | capital | adjective | unknown
    shares: int | None = None  # the agent noun (token) a coordinated modifier shares ("Russian" in "Russian and Syrian forces")


@dataclass(frozen=True)
class ResolvedName:
    """What a name resolves to on a date (for ``newsgraph actors resolve``)."""

    name: str
    code: str | None
    country: str | None
    sector: str | None
    wikidata: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    confidence: float


@dataclass(frozen=True)
class _Resolved:
    name: str | None
    code: str | None
    country: str | None
    wikidata: str | None = None
    role: Role | None = None
    confidence: float = 1.0


class ActorResolver:
    """Finds and resolves actor mentions for one language (``de`` or ``en``)."""

    def __init__(self, dictionary: ActorDictionary, lang: str, cache_size: int = CACHE_SIZE) -> None:
        if lang not in LANGS:
            raise ActorDataError(f"no actor dictionary for language {lang!r} (have {', '.join(LANGS)})")
        self.dictionary = dictionary
        self.lang = lang
        self.lexicon = Lexicon(dictionary, lang)
        self._stop = frozenset(DE_STOP if lang == "de" else EN_STOP)
        self._names = NameFinder(dictionary, self.lexicon, self._stop)
        self._cache_size = max(0, cache_size)
        self._cache: OrderedDict[tuple[str, dt.date | None], ResolvedName | None] = OrderedDict()
        self._tokenizer: spacy.language.Language | None = None

    # -- public API --------------------------------------------------------------------
    def find(self, doc: Doc, date: dt.date | None = None) -> list[ActorMention]:
        """Non-overlapping actor mentions of ``doc`` (longest first), sorted by position."""
        units = self._names.add_units(doc, scan(doc, self.lexicon))
        chunks = Composer(doc, units, self.lang, self._stop).chunks()
        mentions = [self._mention(doc, c, date) for c in chunks]
        return sorted((m for m in mentions if m is not None), key=lambda m: m.start)

    def resolve_name(self, name: str, date: dt.date | None = None) -> ResolvedName | None:
        """Resolve a name or short noun phrase on ``date``; ``None`` if it names no known actor.

        Tried in order: the exact alias (``Medwedew``, ``Russlands``, ``Moskau``); the phrase as
        :meth:`find` reads it (``Präsident Putin``, ``der russische Außenminister`` → RUSGOV,
        the longest mention with a code wins); a fuzzy match on a known person's full name.
        Results are cached per resolver, keyed by (whitespace-normalised name, date).
        """
        key = (" ".join(name.split()), date)
        cache = self._cache
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        found = self._resolve_uncached(key[0], date)
        if self._cache_size:
            cache[key] = found
            if len(cache) > self._cache_size:
                cache.popitem(last=False)
        return found

    def cache_info(self) -> dict[str, int]:
        """Size and bound of the :meth:`resolve_name` cache."""
        return {"size": len(self._cache), "maxsize": self._cache_size}

    def _resolve_uncached(self, name: str, date: dt.date | None) -> ResolvedName | None:
        if not name:
            return None
        entries = tuple(e for e in self.lexicon.lookup(name) if e.kind != "agent")
        if entries:
            entry, conf = self._pick(entries, date)
            return self._resolved_name(self._resolve_entry(entry, date), name, conf)
        phrase = self._phrase(name, date)
        if phrase is not None:
            return self._resolved_name(phrase, name, phrase.confidence)
        target = self._names.fuzzy(name)
        if target is None:
            return None
        entry = LexEntry(name, "person", target)
        return self._resolved_name(self._resolve_entry(entry, date), name, FUZZY_CONFIDENCE)

    def _phrase(self, text: str, date: dt.date | None) -> _Resolved | None:
        """The longest coded mention :meth:`find` would make of ``text`` (tokenised with ``spacy.blank``)."""
        if self._tokenizer is None:
            self._tokenizer = spacy.blank(self.lang)
        doc = self._tokenizer(text)
        units = self._names.add_units(doc, scan(doc, self.lexicon))
        best: tuple[int, _Resolved] | None = None
        for c in Composer(doc, units, self.lang, self._stop).chunks():
            r, _ = self._chunk(c, date)
            if r.code is not None and (best is None or c.end - c.start > best[0]):
                best = (c.end - c.start, r)
        return best[1] if best else None

    def _resolved_name(self, r: _Resolved, name: str, confidence: float) -> ResolvedName:
        _, sector = self._split(r.code)
        return ResolvedName(
            name=r.name or name,
            code=r.code,
            country=r.country,
            sector=sector,
            wikidata=r.wikidata,
            valid_from=r.role.start if r.role else None,
            valid_to=r.role.end if r.role else None,
            confidence=min(confidence, r.confidence),
        )

    # -- resolution --------------------------------------------------------------------
    def _split(self, code: str | None) -> tuple[str | None, str | None]:
        """``RUSGOV`` → (RUS, GOV); ``RUS`` → (RUS, None); ``IGOUNO`` → (None, IGO); a region's ``MEAREB`` → (None,
        REB)."""
        if not code:
            return None, None
        iso3 = self.dictionary.country_of_code(code)
        if iso3 is not None:
            return iso3, code[3:] or None
        if code[:3] in TRANSNATIONAL:
            return None, code[:3]
        return None, code[3:6] or None

    def _pick(self, entries: tuple[LexEntry, ...], date: dt.date | None) -> tuple[LexEntry, float]:
        """The most likely meaning of a matched span, and how sure that is."""
        best_kind = entries[0].kind
        same = [e for e in entries if e.kind == best_kind] if best_kind in ("person", "org") else [entries[0]]
        if len(same) == 1:
            return same[0], 1.0

        def rank(e: LexEntry) -> tuple[bool, bool]:
            actor = self.dictionary.actors.get(e.target)
            dated = actor is not None and has_dated_role_on(actor.roles, date)
            return (dated, e.manual)

        same.sort(key=rank, reverse=True)
        top = [e for e in same if rank(e) == rank(same[0])]
        codes = {self._resolve_entry(e, date).code for e in top}
        return same[0], 1.0 if len(codes) == 1 else AMBIGUOUS_CONFIDENCE

    def _resolve_entry(self, e: LexEntry, date: dt.date | None) -> _Resolved:
        if e.kind in ("country", "capital", "adjective"):
            c = self.dictionary.countries.get(e.target)
            if c is None:
                return _Resolved(None, None, None)
            code = c.cameo + ("GOV" if e.kind == "capital" else "")
            return _Resolved(c.name_en, code, c.iso3)
        if e.kind in ("person", "org"):
            actor = self.dictionary.actors.get(e.target)
            if actor is None:
                return _Resolved(e.alias, None, None)
            role = role_on(actor.roles, date)
            code = role.code if role else None
            # a code that names a region only ("MEAREB") leaves the country the organisation is named for
            iso3, _ = self._split(code)
            country = iso3 or (actor.country if not code or code[:3] not in TRANSNATIONAL else None)
            return _Resolved(actor.name, code, country, actor.wikidata, role)
        return _Resolved(None, None, None)

    def _unit(self, u: Unit, date: dt.date | None) -> tuple[_Resolved, str]:
        """A unit on its own: the actor and the mention kind."""
        entry, conf = self._pick(u.entries, date)
        kind = entry.kind
        if u.compound and u.agent is None and kind == "adjective":
            kind = "country"
        r = self._resolve_entry(entry, date)
        return _Resolved(r.name, r.code, r.country, r.wikidata, r.role, min(conf, u.confidence)), kind

    def _owner(self, owner: Unit | Chunk, date: dt.date | None) -> _Resolved:
        if isinstance(owner, Unit):
            return self._unit(owner, date)[0]
        return self._chunk(owner, date)[0]

    def _with_agent(self, base: _Resolved, agent: LexEntry | None) -> str | None:
        """COUNTRY + sector (``RUS`` + GOV); an owner that already has a sector keeps its code."""
        if base.code is None:
            return None
        if agent is None:
            return base.code
        iso3, sector = self._split(base.code)
        if iso3 is not None and sector is None:
            return base.code + agent.target
        return base.code

    def _chunk(self, c: Chunk, date: dt.date | None) -> tuple[_Resolved, str]:
        if c.single is not None and c.agent is None and c.named is None:
            return self._unit(c.single, date)
        context: _Resolved | None = None
        if c.country is not None:
            country = self.dictionary.countries.get(c.country)
            if country is not None:
                context = _Resolved(country.name_en, country.cameo, country.iso3)
        elif c.possessor is not None:
            context = self._owner(c.possessor, date)
        composed = self._with_agent(context, c.agent) if context else None
        conf = min(c.confidence, context.confidence) if context else c.confidence
        if c.named is not None:
            named, kind = self._unit(c.named, date)
            if named.code is not None:
                return _Resolved(named.name, named.code, named.country, named.wikidata, named.role,
                                 min(conf, named.confidence)), kind
            country, _ = self._split(composed)
            name = named.name or self._text(c.named)
            return _Resolved(name, composed, country, confidence=min(conf, named.confidence)), kind
        country, _ = self._split(composed)
        return _Resolved(None, composed, country, confidence=conf), "agent"

    def _text(self, u: Unit) -> str:
        return u.main.alias

    def _mention(self, doc: Doc, c: Chunk, date: dt.date | None) -> ActorMention | None:
        r, kind = self._chunk(c, date)
        if kind not in MENTION_KINDS:
            kind = "unknown"
        _, sector = self._split(r.code)
        if r.code is None and c.agent is not None:
            sector = c.agent.target
        actor = Actor(
            text=doc[c.start : c.end].text,
            name=r.name,
            code=r.code,
            country=r.country,
            sector=sector,
            kind=_ACTOR_KIND.get(kind, kind),
            confidence=round(r.confidence, 3),
        )
        return ActorMention(start=c.start, end=c.end, head=c.head, actor=actor, kind=kind, shares=c.shares)
