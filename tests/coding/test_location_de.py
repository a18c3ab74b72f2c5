"""Event locations on the seed and on constructed German sentences: clause, sentence, dateline, none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsgraph.model import Article
from newsgraph.read.formats import read_articles


@pytest.fixture(scope="module")
def seed_events(session_graph, seed_path: Path) -> list[dict]:
    [article] = list(read_articles([seed_path]))
    return [e.to_dict() for e in session_graph.process(article).events]


def _one(events: list[dict], event_type: str, trigger: str) -> dict:
    found = [e for e in events if e["event_type"] == event_type and e["trigger"].startswith(trigger)]
    assert found, f"no {event_type} event triggered by {trigger!r}"
    return found[0]


def _code(session_graph, text: str) -> list[dict]:
    article = Article(id="t", text=text, date=dt.date(2024, 6, 19), date_precision="day", lang="de")
    return [e.to_dict() for e in session_graph.process(article).events]


def test_seed_visit_in_north_korea_is_a_country(seed_events) -> None:
    loc = _one(seed_events, "CONSULT", "Besuch")["location"]
    assert (loc["name"], loc["country"], loc["precision"], loc["source"]) == ("North Korea", "PRK", "country", "clause")
    assert loc["text"] == "in Nordkorea" and loc["geonames_id"] == 1873107


def test_seed_reception_in_pyongyang_is_a_city(seed_events) -> None:
    loc = _one(seed_events, "CONSULT", "empfangen")["location"]
    assert (loc["name"], loc["precision"], loc["source"], loc["geonames_id"]) == ("Pyongyang", "city", "clause", 1871859)
    assert loc["text"] == "in Pjöngjang" and abs(loc["lat"] - 39.03) < 0.05


def test_seed_treaty_signed_where_putin_spoke(seed_events) -> None:
    # "... unterzeichnetes Abkommen ..., sagte Putin ... nach dem Treffen in Pjöngjang": the governing clause
    loc = _one(seed_events, "SUPPORT", "unterzeichnet")["location"]
    assert (loc["name"], loc["source"]) == ("Pyongyang", "sentence")


def test_seed_arrival_in_vietnam(seed_events) -> None:
    loc = _one(seed_events, "CONSULT", "eintreffen")["location"]
    assert (loc["country"], loc["precision"], loc["source"]) == ("VNM", "country", "clause")


def test_seed_no_place_invented(seed_events) -> None:
    # the actor phrase "die Regierungen in Moskau und Pjöngjang" says who, not where;
    # the combined dateline "Seoul/Moskau" says where the story was written
    for e in seed_events:
        if e["event_type"] in ("REJECT", "ACCUSE", "AID"):
            assert e["location"] is None, e["trigger"]


def test_single_place_dateline_for_a_statement_of_that_country(session_graph) -> None:
    events = _code(session_graph, "Berlin (Reuters) - Die Bundesregierung hat die russische Regierung scharf kritisiert.")
    accuse = [e for e in events if e["event_type"] == "ACCUSE"]
    assert accuse, events
    loc = accuse[0]["location"]
    assert (loc["name"], loc["source"], loc["precision"]) == ("Berlin", "dateline", "city")


def test_dateline_not_used_for_another_countrys_actor(session_graph) -> None:
    events = _code(session_graph, "Berlin (Reuters) - Die russische Regierung hat die Sanktionen scharf kritisiert.")
    assert events and all(e["location"] is None for e in events)


def test_clause_place_beats_the_dateline(session_graph) -> None:
    events = _code(session_graph, "Berlin (Reuters) - Die Bundesregierung hat in Brüssel die russische Regierung kritisiert.")
    accuse = [e for e in events if e["event_type"] == "ACCUSE"]
    assert accuse and accuse[0]["location"]["name"] == "Brussels" and accuse[0]["location"]["source"] == "clause"
