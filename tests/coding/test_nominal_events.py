"""Nominal events: who owns them ("der russische Angriff", "US-Sanktionen", "Kritik von ...") and when they are no
fact (what a demand asks for, what a rejection turns down)."""

from __future__ import annotations

import datetime as dt

from newsgraph.model import Article


def pairs(events) -> list[tuple[str, list[str | None], list[str | None]]]:
    return sorted((e["event_type"], [a["code"] for a in e["actor"]], [r["code"] for r in e["recipient"]])
                  for e in events)


def code_en(graph, text: str):
    return [e.to_dict() for e in graph.process(Article("t", text, dt.date(2024, 6, 19), "day", "en")).events]


def test_nationality_adjective_owns_the_attack_under_any_verb(code_de) -> None:
    events = code_de("Bundeskanzler Olaf Scholz hat den russischen Angriff auf die Ukraine scharf verurteilt.")
    assert ("ASSAULT", ["RUS"], ["UKR"]) in pairs(events)
    assert [e for e in pairs(events) if e[0] == "ACCUSE"][0][1] == ["DEUGOV"]


def test_name_in_a_hyphen_compound_owns_the_act(code_de) -> None:
    events = code_de("Die US-Sanktionen gegen den Iran treffen die Wirtschaft hart.")
    assert ("SANCTION", ["USA"], ["IRN"]) in pairs(events)


def test_english_adjective_owner(session_graph) -> None:
    events = code_en(session_graph, "Germany condemned the Russian attack on Ukraine.")
    assert ("ASSAULT", ["RUS"], ["UKR"]) in pairs(events)


def test_what_a_demand_asks_for_is_no_event(code_de) -> None:
    events = code_de("Die serbische Opposition verlangt den Rücktritt von Präsident Aleksandar Vučić.")
    assert [e[0] for e in pairs(events)] == ["REQUEST"]


def test_what_a_rejection_turns_down_is_no_event(session_graph) -> None:
    events = code_en(session_graph, "Syria rejected French mediation in the border dispute with Lebanon.")
    assert "CONSULT" not in [e[0] for e in pairs(events)]


def test_willingness_as_a_predicate_is_an_intent(session_graph, code_de) -> None:
    events = code_en(session_graph, "Iran is willing to resume talks with the European Union.")
    assert ("AGREE", ["IRN"], ["IGOEUREEC"]) in pairs(events)
    events = code_de("Die Regierung in Kiew ist bereit, mit Moskau zu verhandeln.")
    assert pairs(events) == [("AGREE", ["UKRGOV"], ["RUSGOV"])]
