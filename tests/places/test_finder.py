"""Place mentions in German parses: locative phrases, names inside them, capitals, common nouns."""

from __future__ import annotations

import pytest

from newsgraph.places import PlaceFinder


@pytest.fixture(scope="module")
def finder(session_graph) -> PlaceFinder:
    return session_graph.place_finder("de")


def _find(session_graph, finder: PlaceFinder, text: str, countries=None) -> list[tuple[str, str, str]]:
    doc = session_graph.linguist.parse(text, "de")
    return [(m.text, m.place.name, m.place.precision) for m in finder.find(doc, countries)]


def test_city_country_and_region(session_graph, finder) -> None:
    assert _find(session_graph, finder, "Putin wurde in Pjöngjang unter Jubel empfangen.") == [
        ("in Pjöngjang", "Pyongyang", "city")]
    assert ("in Vietnam", "Vietnam", "country") in _find(
        session_graph, finder, "Putin sollte in der Nacht auf Donnerstag in Vietnam eintreffen.")
    assert [p[1] for p in _find(session_graph, finder, "Es gab Kämpfe auf der Krim.")] == ["Crimea"]


def test_most_specific_name_in_the_phrase(session_graph, finder) -> None:
    found = _find(session_graph, finder, "Die UN verurteilten den Angriff in der syrischen Stadt Aleppo.")
    assert [(p[1], p[2]) for p in found] == [("Aleppo", "city")]


def test_conjoined_places(session_graph, finder) -> None:
    names = [p[1] for p in _find(session_graph, finder, "Die Regierungen in Moskau und Pjöngjang weisen das zurück.")]
    assert names == ["Moscow", "Pyongyang"]


def test_capital_of_a_country_adjective(session_graph, finder) -> None:
    doc = session_graph.linguist.parse("Das Treffen fand in der nordkoreanischen Hauptstadt statt.", "de")
    mentions = session_graph.resolver("de").find(doc, None)
    countries = {i: m.actor.country for m in mentions for i in range(m.start, m.end) if m.actor.country}
    assert [(m.place.name, m.place.precision) for m in finder.find(doc, countries)] == [("Pyongyang", "city")]


def test_common_nouns_and_months_are_no_places(session_graph, finder) -> None:
    assert _find(session_graph, finder, "Im Mai stand im Hof ein Baum.") == []
    assert _find(session_graph, finder, "Auf dieser Basis wurde in der Rede nichts gesagt.") == []


def test_bare_country_name_is_no_place_mention(session_graph, finder) -> None:
    # "Russland" is the actor here, not where anything happened
    assert _find(session_graph, finder, "Russland kritisierte die Sanktionen scharf.") == []


def test_a_name_inside_a_longer_name_is_not_a_place_of_its_own(session_graph) -> None:
    doc = session_graph.linguist.parse("President Obama spoke about the shootings in South Carolina.", "en")
    [mention] = session_graph.place_finder("en").find(doc, {})
    assert (mention.place.name, mention.place.country) == ("South Carolina", "USA")  # not Carolina, Puerto Rico
