"""What the kind of actor and the place of a clause do to an event: civilians who block protest, authorities who
block coerce; an agentless act in a clause that only describes a noun is background."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Article


def code(graph, text: str, lang: str = "en") -> list[tuple[str, str]]:
    article = Article(Article.make_id(text), text, dt.date(2003, 1, 7), "day", lang)
    return [(e.event_type, e.cameo) for e in graph.process(article).events]


@pytest.mark.parametrize("text", [
    "Angry French paper workers blocked the Europe Bridge for more than three hours.",
    "Hundreds of thousands of people blocked streets in Hong Kong.",
])
def test_civilians_who_block_protest(session_graph, text) -> None:
    assert code(session_graph, text) == [("PROTEST", "144")]


def test_authorities_who_block_coerce(session_graph) -> None:
    # PETRARCH's dictionary has "block ... entrance" as CAMEO 144 (a protest) whoever blocks
    assert code(session_graph, "The Israeli army blocked the entrance to the town.") == [("COERCE", "170")]


def test_agentless_act_in_a_describing_clause_is_background(session_graph) -> None:
    text = ("Sudan's government on Sunday lifted a state of emergency in West Darfur State that was imposed six months "
            "ago after bloody tribal clashes there.")
    assert "COERCE" not in [t for t, _ in code(session_graph, text)]


def test_agentless_act_in_the_main_clause_is_still_coded(session_graph) -> None:
    assert [t for t, _ in code(session_graph, "Two ministers were arrested in Tehran on Monday.")] == ["COERCE"]


def test_who_dies_is_no_attacker(session_graph) -> None:
    assert code(session_graph, "Queen Elizabeth II has died at the age of 96.") == []


def test_subject_the_parser_hung_on_an_opening_phrase(session_graph) -> None:
    text = "During his visit to Beijing, US Secretary of State Antony Blinken met Chinese President Xi Jinping."
    article = Article("t", text, dt.date(2023, 6, 19), "day", "en")
    events = [(e.event_type, [a.country for a in e.actor], [r.country for r in e.recipient])
              for e in session_graph.process(article).events]
    assert events == [("CONSULT", ["USA"], ["CHN"])]


def test_protest_without_a_target_is_aimed_at_the_state_where_it_happens(session_graph) -> None:
    article = Article("t", "Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", dt.date(1999, 3, 2), "day", "en")
    events = [(e.event_type, [a.country for a in e.actor], [r.country for r in e.recipient])
              for e in session_graph.process(article).events]
    assert events == [("PROTEST", ["ALB"], ["SRB"])]
    # no place: their own state
    assert [[r.country for r in e.recipient] for e in session_graph.process(
        Article("u", "Young Algerians blocked roads on Sunday.", dt.date(2001, 6, 3), "day", "en")).events] == [["DZA"]]
