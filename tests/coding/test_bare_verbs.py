"""A verb that PETRARCH's dictionary codes only by its block ("GO", "ADD", "WANT", "THINK") is an event only toward
someone: "went to Syria" may be a visit, "he went" is none. Phrasal verbs and object patterns say what they are."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Article


def code(graph, text: str) -> list[tuple[str, str, list[str | None], list[str | None]]]:
    article = Article(Article.make_id(text), text, dt.date(2019, 6, 1), "day", "en")
    return [(e.event_type, e.cameo, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in graph.process(article).events]


@pytest.mark.parametrize("text", [
    "The German chancellor added that the talks had been useful.",  # saying, not "add" (cooperate)
    "Turkey wants a buffer zone along the border.",
    "Isis has gone underground.",
    "Iran thought the deal was dead.",
    "Russia helped.",
])
def test_bare_verb_without_a_target_is_no_event(session_graph, text) -> None:
    assert code(session_graph, text) == []


def test_bare_verb_toward_someone_is_coded(session_graph) -> None:
    assert code(session_graph, "Russia helped Syria.") == [("AID", "070", ["RUS"], ["SYR"])]
    # a target without a code is still a target: the rescue is aid to someone
    assert [e[0] for e in code(session_graph, "The Greek coast guard rescued more than 200 migrants.")] == ["AID"]


def test_phrasal_verb_and_object_pattern_need_no_target(session_graph) -> None:
    assert [e[1] for e in code(session_graph, "The minister stepped down on Monday.")] == ["0831"]
    assert code(session_graph, "Protesters blocked the bridge to the airport.") == [("PROTEST", "144", [None], [])]


@pytest.mark.parametrize("text, wrong", [
    ("Isis fighters were pushed out by the Iraqi army.", "REQUEST"),  # not "push" (for something)
    ("Kurdish forces pushed out the Iraqi army.", "REQUEST"),
])
def test_bare_verb_is_no_phrasal_verb(session_graph, text, wrong) -> None:
    """An English verb with a particle is another verb: PETRARCH's bare verb does not code it."""
    assert wrong not in [e[0] for e in code(session_graph, text)]
