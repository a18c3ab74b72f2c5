"""Withdrawals that reduce relations (CAMEO 1661-1663: peacekeepers, inspectors and observers, aid workers) are
SANCTIONs, not the RETREAT of troops; announced, they are threats. Sentences written for the test, German and
English, real parses of the shipped pipelines."""

from __future__ import annotations

import pytest


def coded(events) -> list[tuple[str, str, list[str | None], list[str | None], list[str]]]:
    return sorted((e["event_type"], e["cameo"], [a["code"] for a in e["actor"]], [r["code"] for r in e["recipient"]],
                   e["modality"]) for e in events)


@pytest.mark.parametrize(("text", "cameo", "actor", "recipient"), [
    ("Nigeria withdrew its peacekeepers from Chad.", "1661", "NGA", "TCD"),
    ("The United Nations pulled out its observers from Syria.", "1662", "IGOUNO", "SYR"),
])
def test_english_withdrawal_of_personnel_is_a_sanction(code_en, text, cameo, actor, recipient) -> None:
    assert coded(code_en(text)) == [("SANCTION", cameo, [actor], [recipient], [])]


def test_english_troops_withdrawn_stay_a_retreat(code_en) -> None:
    assert [e["event_type"] for e in code_en("Russia pulled out its troops from Georgia.")] == ["RETREAT"]


def test_announced_withdrawal_of_inspectors_is_a_threat(code_en) -> None:
    events = coded(code_en("The United Nations will withdraw its inspectors from Iraq."))
    assert [(t, m) for t, _c, _a, _r, m in events] == [("SANCTION", ["future"]), ("THREATEN", [])]


@pytest.mark.parametrize(("text", "cameo"), [
    ("Die UNO zieht ihre Waffeninspektoren aus dem Irak ab.", "1662"),
    ("Die Niederlande ziehen ihre Blauhelme aus Mali ab.", "1661"),
])
def test_german_withdrawal_of_personnel_is_a_sanction(code_de, text, cameo) -> None:
    assert [(e["event_type"], e["cameo"]) for e in code_de(text)] == [("SANCTION", cameo)]
