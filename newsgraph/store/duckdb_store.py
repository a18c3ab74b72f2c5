"""The DuckDB store: articles, sentences, events, actors and quotes in one file.

All writes go through ``Store.add`` — one transaction per article, so a failure
leaves what was stored before untouched.  An article whose id is already stored
is skipped: ingesting the same article twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from newsgraph.errors import StoreError
from newsgraph.model import CodedArticle, Event, Relation

SCHEMA_VERSION = 2

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, text VARCHAR NOT NULL, date DATE, date_precision VARCHAR,
    lang VARCHAR, url VARCHAR, source VARCHAR, origin VARCHAR, ingested_at TIMESTAMP
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR, sentence_index INTEGER, start_char INTEGER, end_char INTEGER, text VARCHAR,
    PRIMARY KEY (doc_id, sentence_index)
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, doc_id VARCHAR, sentence_index INTEGER, event_type VARCHAR, mode VARCHAR,
    context VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER,
    date VARCHAR, date_start DATE, date_end DATE,
    actor_codes VARCHAR[], actor_countries VARCHAR[], recipient_codes VARCHAR[], recipient_countries VARCHAR[],
    modality VARCHAR[], confidence DOUBLE, record JSON
);
CREATE TABLE IF NOT EXISTS actors (
    doc_id VARCHAR, text VARCHAR, name VARCHAR, code VARCHAR, country VARCHAR, sector VARCHAR, kind VARCHAR
);
CREATE TABLE IF NOT EXISTS relations (
    id VARCHAR PRIMARY KEY, doc_id VARCHAR, sentence_index INTEGER, type VARCHAR, party_a VARCHAR, party_b VARCHAR,
    since VARCHAR, until VARCHAR, status VARCHAR, modality VARCHAR[], evidence VARCHAR, record JSON
);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR, sentence_index INTEGER, speaker_name VARCHAR, speaker_code VARCHAR,
    text VARCHAR, kind VARCHAR, start_char INTEGER, end_char INTEGER, record JSON
);
"""

# columns added after schema version 1; ADD COLUMN IF NOT EXISTS upgrades an older file in place
_MIGRATIONS = """
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_name VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_country VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_precision VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS lat DOUBLE;
ALTER TABLE events ADD COLUMN IF NOT EXISTS lon DOUBLE;
"""
_EVENT_COLUMNS = ("id, doc_id, sentence_index, event_type, mode, context, cameo, goldstein, quad_class, date, date_start, "
                  "date_end, actor_codes, actor_countries, recipient_codes, recipient_countries, modality, confidence, "
                  "record, location_name, location_country, location_precision, lat, lon")


@dataclass(frozen=True)
class EventQuery:
    """Filters for ``Store.events``; None means no filter."""

    actor: str | None = None  # ISO3 of an actor
    recipient: str | None = None
    event_type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int | None = None


@dataclass(frozen=True)
class IngestResult:
    new: int = 0
    skipped: int = 0
    events: int = 0
    quotes: int = 0
    relations: int = 0


class Store:
    """A DuckDB file holding everything newsgraph coded."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"no database at {self.path} (run `newsgraph ingest` first)")
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {str(exc).splitlines()[0]}") from None
        if not read_only:
            self._con.execute(_SCHEMA)
            self._con.execute(_MIGRATIONS)
            self._con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self._con.close()

    def has_article(self, doc_id: str) -> bool:
        return self._con.execute("SELECT 1 FROM articles WHERE id = ?", [doc_id]).fetchone() is not None

    def add(self, coded: CodedArticle) -> IngestResult:
        """Store one coded article in one transaction; skip it if already stored."""
        art = coded.article
        if self.has_article(art.id):
            return IngestResult(skipped=1)
        con = self._con
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [art.id, art.text, art.date, art.date_precision, art.lang, art.url, art.source, art.origin,
                 dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)],
            )
            if coded.sentences:
                con.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)",
                                [[s.doc_id, s.index, s.start, s.end, s.text] for s in coded.sentences])
            if coded.events:
                marks = ", ".join("?" * len(_EVENT_COLUMNS.split(", ")))
                con.executemany(f"INSERT OR IGNORE INTO events ({_EVENT_COLUMNS}) VALUES ({marks})",
                                [_event_row(e) for e in coded.events])
            if coded.relations:
                con.executemany("INSERT OR IGNORE INTO relations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                [_relation_row(r) for r in coded.relations])
            if coded.actors:
                con.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?)",
                                [[art.id, a.text, a.name, a.code, a.country, a.sector, a.kind] for a in coded.actors])
            if coded.quotes:
                con.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
                    [q.doc_id, q.sentence_index, q.speaker.name if q.speaker else None,
                     q.speaker.code if q.speaker else None, q.text, q.kind, q.span.start, q.span.end,
                     json.dumps(q.to_dict(), ensure_ascii=False)] for q in coded.quotes])
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"could not store article {art.id}: {str(exc).splitlines()[0]}") from None
        return IngestResult(new=1, events=len(coded.events), quotes=len(coded.quotes), relations=len(coded.relations))

    def events(self, query: EventQuery = EventQuery()) -> list[dict[str, Any]]:
        """Stored event records matching ``query``, by date then position."""
        where, params = [], []
        if query.actor:
            where.append("list_contains(actor_countries, ?)")
            params.append(query.actor.upper())
        if query.recipient:
            where.append("list_contains(recipient_countries, ?)")
            params.append(query.recipient.upper())
        if query.event_type:
            where.append("event_type = ?")
            params.append(query.event_type.upper())
        if query.since:
            where.append("date_end >= ?")
            params.append(query.since)
        if query.until:
            where.append("date_start <= ?")
            params.append(query.until)
        sql = "SELECT record FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date_start NULLS LAST, doc_id, sentence_index, id"
        if query.limit:
            sql += f" LIMIT {int(query.limit)}"
        return [json.loads(r[0]) for r in self._con.execute(sql, params).fetchall()]

    def relations(self, party: str | None = None, type: str | None = None) -> list[dict[str, Any]]:
        """Stored relation records, optionally of one party (ISO3 or code) or one type, in text order."""
        where, params = [], []
        if party:
            where.append("(party_a = ? OR party_b = ?)")
            params += [party.upper(), party.upper()]
        if type:
            where.append("type = ?")
            params.append(type)
        sql = "SELECT record FROM relations" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY doc_id, sentence_index, id"
        return [json.loads(r[0]) for r in self._con.execute(sql, params).fetchall()]

    def counts(self) -> dict[str, int]:
        return {t: int(self._con.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # type: ignore[index]
                for t in ("articles", "sentences", "events", "actors", "quotes", "relations")}


def _event_row(e: Event) -> list[Any]:
    start, end = (e.date.value, e.date.end()) if e.date is not None else (None, None)
    loc = e.location
    return [
        e.id, e.doc_id, e.sentence_index, e.event_type, e.mode, e.context, e.cameo, e.goldstein, e.quad_class,
        e.date.iso() if e.date else None, start, end,
        [a.code for a in e.actor if a.code], [a.country for a in e.actor if a.country],
        [a.code for a in e.recipient if a.code], [a.country for a in e.recipient if a.country],
        list(e.modality), e.confidence, json.dumps(e.to_dict(), ensure_ascii=False),
        loc.name if loc else None, loc.country if loc else None, loc.precision if loc else None,
        loc.lat if loc else None, loc.lon if loc else None,
    ]


def _relation_row(r: Relation) -> list[Any]:
    a, b = r.party_keys
    return [r.id, r.doc_id, r.sentence_index, r.type, a, b, r.since.iso() if r.since else None,
            r.until.iso() if r.until else None, r.status, list(r.modality), r.evidence.text,
            json.dumps(r.to_dict(), ensure_ascii=False)]
