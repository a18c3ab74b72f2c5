"""Typed records that flow between the stages of newsgraph.

Every stage takes and returns these frozen dataclasses (or spaCy ``Doc`` objects
for the linguistic layer); nothing is passed around as loose dicts.  ``to_dict``
gives the JSON record format documented in the README.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

MODALITIES = ("negated", "hypothetical", "future", "historical", "alleged")


@dataclass(frozen=True)
class Article:
    """One news article as read from a source file."""

    id: str
    text: str
    date: dt.date | None = None
    date_precision: str | None = None  # day | month | year
    lang: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # path (and line/row) the article was read from

    @staticmethod
    def make_id(text: str) -> str:
        """A stable content id: the same text always gets the same id."""
        return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Actor:
    """An actor as coded: the words in the text and what they resolve to."""

    text: str
    name: str | None
    code: str | None  # CAMEO-style, e.g. RUSGOV, IGOUNO
    country: str | None  # ISO-3166 alpha-3
    sector: str | None  # GOV, MIL, MED, IGO, ... or None
    kind: str = "unknown"  # country | person | org | agent | place | unknown
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
        }


@dataclass(frozen=True)
class Span:
    """Character offsets into the article text, with the covered text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class EventDate:
    """An event date, as precise as the text allows."""

    value: dt.date
    precision: str  # day | month | year
    text: str | None = None  # the words the date came from, None = article date

    def end(self) -> dt.date:
        """The last day of the period the date covers (its year, its month, or the day itself)."""
        if self.precision == "year":
            return dt.date(self.value.year, 12, 31)
        if self.precision == "month":
            following = dt.date(self.value.year + (self.value.month == 12), self.value.month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return self.value

    def iso(self) -> str:
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


@dataclass(frozen=True)
class Attribution:
    speaker: Actor | None
    quote: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "quote": self.quote,
        }


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Location:
    """Where an event happened: the raw text, the gazetteer match and how sure the place is.

    ``precision`` says what the coordinates stand for (a city, a first-level division, or a
    country's centroid); ``source`` says where in the article the place was found.
    """

    text: str
    name: str
    country: str | None  # ISO 3166 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    precision: str  # city | admin1 | country
    source: str  # clause | sentence | dateline | article

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Event:
    """One coded event with its provenance."""

    doc_id: str
    sentence_index: int
    sentence: str
    evidence: Span
    trigger: str
    language: str
    date: EventDate | None
    event_type: str
    mode: str | None
    context: str | None
    cameo: str
    goldstein: float | None
    quad_class: int | None
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    modality: tuple[str, ...] = ()
    location: Location | None = None
    attribution: Attribution | None = None
    confidence: float = 0.5
    pattern: str | None = None  # id of the lexicon pattern that fired

    @property
    def id(self) -> str:
        actors = ",".join(a.code or a.text for a in self.actor)
        recips = ",".join(a.code or a.text for a in self.recipient)
        key = f"{self.doc_id}|{self.sentence_index}|{self.evidence.start}|{self.event_type}|{actors}|{recips}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "evidence": self.evidence.to_dict(),
            "trigger": self.trigger,
            "language": self.language,
            "date": self.date.iso() if self.date else None,
            "date_precision": self.date.precision if self.date else None,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": self.context,
            "modality": list(self.modality),
            "cameo": self.cameo,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [a.to_dict() for a in self.recipient],
            "location": self.location.to_dict() if self.location else None,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "confidence": round(self.confidence, 3),
            "pattern": self.pattern,
        }


RELATION_TYPES = ("alliance", "defense_pact", "treaty", "partnership", "rivalry", "war")
RELATION_STATUSES = ("active", "ended", "planned")


@dataclass(frozen=True)
class Relation:
    """A standing relation the text states between two parties (not an event): an alliance, a pact, a war."""

    doc_id: str
    sentence_index: int
    type: str  # one of RELATION_TYPES
    parties: tuple[Actor, Actor]
    since: EventDate | None
    until: EventDate | None
    status: str  # one of RELATION_STATUSES
    evidence: Span
    sentence: str
    trigger: str
    language: str
    modality: tuple[str, ...] = ()
    attribution: Attribution | None = None
    pattern: str | None = None

    @property
    def party_keys(self) -> tuple[str, str]:
        """The parties as ISO3 (or actor code for an organisation), sorted: the relation's graph edge."""
        keys = sorted(p.country or p.code or p.text for p in self.parties)
        return keys[0], keys[1]

    @property
    def id(self) -> str:
        key = f"{self.doc_id}|{self.sentence_index}|{self.type}|{'-'.join(self.party_keys)}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "type": self.type,
            "parties": list(self.party_keys),
            "actors": [p.to_dict() for p in self.parties],
            "since": self.since.iso() if self.since else None,
            "until": self.until.iso() if self.until else None,
            "status": self.status,
            "modality": list(self.modality),
            "evidence": self.evidence.to_dict(),
            "sentence": self.sentence,
            "trigger": self.trigger,
            "language": self.language,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "pattern": self.pattern,
        }


@dataclass(frozen=True)
class Quote:
    doc_id: str
    sentence_index: int
    speaker: Actor | None
    text: str
    kind: str  # direct | indirect
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "text": self.text,
            "kind": self.kind,
            "doc_id": self.doc_id,
            "sentence_index": self.sentence_index,
            "start": self.span.start,
            "end": self.span.end,
        }


@dataclass(frozen=True)
class CodedArticle:
    """Everything newsgraph extracted from one article."""

    article: Article
    sentences: tuple[Sentence, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    actors: tuple[Actor, ...] = field(default=())
    relations: tuple[Relation, ...] = field(default=())


def replace(obj: Any, **changes: Any) -> Any:
    """``dataclasses.replace`` re-exported for frozen records."""
    return dataclasses.replace(obj, **changes)
