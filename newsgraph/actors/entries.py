"""Typed, frozen records for the actor dictionaries.

Everything loaded from ``newsgraph/actors/data`` becomes one of these records:
:class:`CountryEntry`, :class:`ActorEntry` (people and organisations),
:class:`AgentEntry`; dated codes are :class:`Role` objects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

LANGS: tuple[str, ...] = ("de", "en")
SOURCE_PETRARCH = "petrarch2"
SOURCE_MANUAL = "manual (public record)"
#: a manual role whose ``source`` starts with this repeats a PETRARCH role (PETRARCH precedence)
PETRARCH_REFERENCE_PREFIX = "petrarch2"


@dataclass(frozen=True)
class Aliases:
    """Names per language; ``any`` holds names used in every language (person names)."""

    de: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    any: tuple[str, ...] = ()

    def for_lang(self, lang: str) -> tuple[str, ...]:
        """The names usable in ``lang`` (its own plus the language-independent ones)."""
        own: tuple[str, ...] = getattr(self, lang, ()) if lang in LANGS else ()
        return own + self.any

    def all(self) -> tuple[str, ...]:
        return self.de + self.en + self.any

    def merged(self, other: Aliases) -> Aliases:
        """Union of both, order kept, duplicates dropped."""
        return Aliases(
            de=_union(self.de, other.de), en=_union(self.en, other.en), any=_union(self.any, other.any)
        )


def _union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a + b))


@dataclass(frozen=True)
class Role:
    """A CAMEO code held from ``start`` to ``end`` (inclusive; ``None`` = open).

    A role with neither date is the *fallback*: it applies on dates no dated role
    covers (PETRARCH's undated ``[RUSELI]`` line).  ``source`` is the kind of record
    (:data:`SOURCE_MANUAL` or :data:`SOURCE_PETRARCH`, which decides precedence);
    ``reference`` says where the role and its dates come from (a Wikipedia article, a
    PETRARCH file) — required for every role in the manual files.
    """

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    source: str = SOURCE_PETRARCH
    note: str | None = None
    reference: str | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: dt.date) -> bool:
        """True if this dated role is held on ``day`` (always False for the fallback)."""
        if not self.dated:
            return False
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class CountryEntry:
    """A country (or historical state) with its names in German and English."""

    iso3: str
    cameo: str
    name_en: str
    name_de: str
    names: Aliases = Aliases()
    adjectives: Aliases = Aliases()  # German entries are stems: russisch → russische, ...
    capitals: Aliases = Aliases()  # metonyms for the government: Moskau → RUSGOV
    historical: bool = False
    note: str | None = None


@dataclass(frozen=True)
class ActorEntry:
    """A named person or organisation with its dated codes."""

    id: str
    kind: str  # person | org
    name: str
    country: str | None = None
    names: Aliases = Aliases()
    short_names: tuple[str, ...] = ()  # surnames used after the full name was seen
    roles: tuple[Role, ...] = ()
    wikidata: str | None = None
    ambiguous: bool = False
    source: str = SOURCE_PETRARCH

    @property
    def fallback(self) -> Role | None:
        """The first undated role, used when no dated role covers a date."""
        return next((r for r in self.roles if not r.dated), None)


@dataclass(frozen=True)
class AgentEntry:
    """A common noun naming a kind of actor (``Regierung`` → GOV) in one language."""

    lang: str
    text: str
    sector: str
    forms: tuple[str, ...] = field(default=())  # inflected forms, the lemma included
    source: str = SOURCE_PETRARCH
    compounds: bool = True  # German: also the last part of a closed compound ("Regierungstruppen")
