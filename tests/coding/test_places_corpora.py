"""Locations and standing relations on real articles of ../shared/data/corpora (German 10kGNAD, English Guardian)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from newsgraph.model import Article


def _gnad(shared: Path, row: int) -> str:
    with (shared / "data" / "corpora" / "10kGNAD-test.de.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh, delimiter=";", quotechar="'"))[row][1]


def _guardian(shared: Path, row: int) -> str:
    with (shared / "data" / "corpora" / "guardian-2019-sample.en.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))[row]["text"]


@pytest.fixture(scope="module")
def coded(session_graph, shared_dir: Path):
    def code(corpus: str, row: int):
        text = _gnad(shared_dir, row) if corpus == "de" else _guardian(shared_dir, row)
        return session_graph.process(Article(id=f"{corpus}{row}", text=text, lang=corpus))
    return code


def _events(coded_article, trigger: str):
    return [e for e in coded_article.events if e.trigger.startswith(trigger)]


def test_gnad_attack_in_a_named_city(coded, session_graph) -> None:
    # "Die US-Streitkräfte hatten das Lager in der westlibyschen Stadt Sabratha ... angegriffen"
    [event] = [e for e in _events(coded("de", 894), "angegriffen") if e.sentence_index == 6]
    sabratha = session_graph.gazetteer.best("Sabratha")
    assert (event.location.geonames_id, event.location.country, event.location.precision) == (
        sabratha.geonames_id, "LBY", "city")
    assert event.location.text == "in der westlibyschen Stadt Sabratha"


def test_gnad_visit_to_a_capital_named_with_its_country(coded) -> None:
    # "von seinem Besuch in Ägyptens Hauptstadt Kairo": Egypt, at least (the parse decides whether the city is seen)
    [event] = [e for e in _events(coded("de", 289), "Besuch") if e.sentence_index == 2]
    assert event.location.country == "EGY" and event.location.source == "clause"
    assert event.recipient and event.recipient[0].country == "EGY"  # the visited state


def test_guardian_destination_of_a_movement(coded) -> None:
    # "... as many as 4,000 Russian citizens traveled to Syria and Iraq, and another 5,000 from other ex-Soviet
    # countries": the first destination is the event's place
    events = [e for e in _events(coded("en", 17), "traveled") if e.sentence_index == 11]
    assert ("SYR", "country", "to Syria") in {(e.location.country, e.location.precision, e.location.text) for e in events}


def test_guardian_war_fought_in_2006(coded) -> None:
    # "Israel and Hezbollah fought a month-long war in 2006 ..."
    relations = [r for r in coded("en", 115).relations if r.type == "war" and "ISR" in r.party_keys]
    assert relations and relations[0].since is not None and relations[0].since.iso() == "2006"
