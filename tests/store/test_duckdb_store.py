import datetime as dt
from pathlib import Path

import pytest

from newsgraph.errors import StoreError
from newsgraph.model import Actor, Article, CodedArticle, Event, EventDate, Location, Quote, Relation, Sentence, Span
from newsgraph.store import EventQuery, Store

RUS = Actor("Putin", "Vladimir Putin", "RUSGOV", "RUS", "GOV", "person")
PRK = Actor("Nordkorea", "North Korea", "PRK", "PRK", None, "country")


def _coded(text: str, year: int = 2024) -> CodedArticle:
    art = Article(Article.make_id(text), text, dt.date(year, 6, 19), "day", "de")
    ev = Event(art.id, 0, text, Span(0, 5, text[:5]), "besuchte", "de", EventDate(dt.date(year, 6, 19), "day"),
               "CONSULT", "visit", None, "042", 1.9, 1, (RUS,), (PRK,), ("future",), None, None, 0.8, "de.besuchen")
    q = Quote(art.id, 0, RUS, "ein Zitat", "direct", Span(0, 3, text[:3]))
    return CodedArticle(art, (Sentence(art.id, 0, 0, len(text), text),), (ev,), (q,), (RUS, PRK))


def test_store_ingest_twice_adds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    with Store(db) as store:
        assert store.add(_coded("Putin besuchte Nordkorea.")).new == 1
        again = store.add(_coded("Putin besuchte Nordkorea."))
        assert again.new == 0 and again.skipped == 1
        assert store.counts() == {"articles": 1, "sentences": 1, "events": 1, "actors": 2, "quotes": 1, "relations": 0}


def test_store_query_filters(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    with Store(db) as store:
        store.add(_coded("Putin besuchte Nordkorea."))
        store.add(_coded("Putin besuchte Nordkorea 1999.", year=1999))
    with Store(db, read_only=True) as store:
        assert len(store.events()) == 2
        assert len(store.events(EventQuery(actor="rus"))) == 2
        assert store.events(EventQuery(actor="PRK")) == []
        assert len(store.events(EventQuery(recipient="PRK", since=dt.date(2024, 1, 1)))) == 1
        assert len(store.events(EventQuery(until=dt.date(2000, 1, 1)))) == 1
        rec = store.events(EventQuery(event_type="consult", limit=1))[0]
        assert rec["cameo"] == "042" and rec["modality"] == ["future"] and rec["actor"][0]["code"] == "RUSGOV"


def test_store_failure_keeps_what_was_stored(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    with Store(db) as store:
        store.add(_coded("Erster Artikel."))
        bad = _coded("Zweiter Artikel.")
        # a second event with the same sentence but a NULL text violates NOT NULL on articles.text
        broken = CodedArticle(Article(bad.article.id, None, None), bad.sentences, bad.events, bad.quotes)  # type: ignore[arg-type]
        with pytest.raises(StoreError, match="could not store article"):
            store.add(broken)
        assert store.counts()["articles"] == 1 and store.counts()["events"] == 1


def test_store_read_only_missing_file_is_clear(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_store_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.duckdb"
    junk.write_text("this is not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open database"):
        Store(junk)
    assert junk.read_text(encoding="utf-8") == "this is not a database"


CHN = Actor("China", "China", "CHN", "CHN", None, "country")
PYONGYANG = Location("in Pjöngjang", "Pyongyang", "PRK", "Pyongyang", 39.03, 125.75, 1871859, "city", "clause")


def _with_relation_and_location(text: str) -> CodedArticle:
    coded = _coded(text)
    art = coded.article
    event = Event(**{**coded.events[0].__dict__, "location": PYONGYANG})
    relation = Relation(art.id, 0, "defense_pact", (CHN, PRK), None, None, "active", Span(0, 5, text[:5]), text,
                        "Defensivbündnis", "de")
    return CodedArticle(art, coded.sentences, (event,), coded.quotes, coded.actors, (relation,))


def test_store_relations_and_locations(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    with Store(db) as store:
        assert store.add(_with_relation_and_location("China und Nordkorea unterhalten ein Bündnis.")).relations == 1
    with Store(db, read_only=True) as store:
        [rel] = store.relations(party="prk")
        assert rel["parties"] == ["CHN", "PRK"] and rel["type"] == "defense_pact" and rel["status"] == "active"
        assert store.relations(type="war") == []
        assert store.events()[0]["location"]["geonames_id"] == 1871859
        row = store._con.execute("SELECT location_name, location_precision, lat FROM events").fetchone()
        assert row == ("Pyongyang", "city", 39.03)


_V1_EVENTS = """CREATE TABLE events (
    id VARCHAR PRIMARY KEY, doc_id VARCHAR, sentence_index INTEGER, event_type VARCHAR, mode VARCHAR,
    context VARCHAR, cameo VARCHAR, goldstein DOUBLE, quad_class INTEGER,
    date VARCHAR, date_start DATE, date_end DATE,
    actor_codes VARCHAR[], actor_countries VARCHAR[], recipient_codes VARCHAR[], recipient_countries VARCHAR[],
    modality VARCHAR[], confidence DOUBLE, record JSON);
INSERT INTO events (id, doc_id, event_type, record) VALUES ('old', 'd', 'ACCUSE', '{"id": "old"}');"""


def test_store_upgrades_a_version_1_file_without_losing_events(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(db))
    con.execute(_V1_EVENTS)
    con.close()
    with Store(db) as store:
        store.add(_with_relation_and_location("Ein neuer Artikel."))
        ids = [r[0] for r in store._con.execute("SELECT id FROM events ORDER BY id").fetchall()]
        assert "old" in ids and len(ids) == 2
        assert store._con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "2"
