"""Acceptance: the first user document, the Reuters story on Putin in Pyongyang.

Each test states one thing the article says (or does not say) and checks that
``newsgraph code`` gets it right.  The article header gives only the month
(2024-06); the visit was on Wednesday 19 June 2024, which ``--date`` supplies in
the tests that check day-precise dates.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from newsgraph.pipeline import Newsgraph, Settings
from newsgraph.read import read_articles


def _country(actors: list[dict[str, Any]]) -> set[str]:
    return {a["country"] for a in actors if a["country"]} | {a["code"] for a in actors if a["code"] and not a["country"]}


@pytest.fixture(scope="module")
def graph() -> Newsgraph:
    return Newsgraph(Settings())


@pytest.fixture(scope="module")
def events(graph: Newsgraph, seed_path: Path) -> list[dict[str, Any]]:
    [article] = list(read_articles([seed_path]))
    return [e.to_dict() for e in graph.process(article).events]


@pytest.fixture(scope="module")
def dated_events(graph: Newsgraph, seed_path: Path) -> list[dict[str, Any]]:
    [article] = list(read_articles([seed_path], date=dt.date(2024, 6, 19)))
    return [e.to_dict() for e in graph.process(article).events]


@pytest.fixture(scope="module")
def quotes(graph: Newsgraph, seed_path: Path) -> list[dict[str, Any]]:
    [article] = list(read_articles([seed_path]))
    return [q.to_dict() for q in graph.process(article).quotes]


def find(events: list[dict[str, Any]], types: set[str], actor: str | None = None, recipient: str | None = None,
         without: set[str] = frozenset()) -> list[dict[str, Any]]:
    out = []
    for e in events:
        if e["event_type"] not in types or set(e["modality"]) & without:
            continue
        if actor and actor not in _country(e["actor"]):
            continue
        if recipient and recipient not in _country(e["recipient"]):
            continue
        out.append(e)
    return out


def test_seed_visit_is_consult_rus_to_prk(events: list[dict[str, Any]]) -> None:
    hits = find(events, {"CONSULT"}, "RUS", "PRK", without={"negated", "hypothetical"})
    assert hits, "Putin's visit to North Korea"
    assert any(e["cameo"] == "042" for e in hits)


def test_seed_treaty_signed_between_rus_and_prk(events: list[dict[str, Any]]) -> None:
    hits = [e for e in find(events, {"SUPPORT", "AGREE", "COOPERATE"}) if e["cameo"] == "057"
            and {"RUS", "PRK"} <= _country(e["actor"]) | _country(e["recipient"])]
    assert hits, "the strategic treaty signed with Kim Jong Un"
    assert all("negated" not in e["modality"] for e in hits)


def test_seed_kim_unconditional_support(events: list[dict[str, Any]]) -> None:
    hits = find(events, {"SUPPORT"}, "PRK", "RUS", without={"negated", "hypothetical"})
    assert any("Unterstützung" in e["evidence"]["text"] for e in hits)


def test_seed_us_state_department_concern(events: list[dict[str, Any]]) -> None:
    hits = [e for e in find(events, {"ACCUSE"}, "USA") if _country(e["recipient"]) & {"RUS", "PRK"}]
    assert hits, "the State Department spokesman's concern"
    assert hits[0]["attribution"]["speaker"]["country"] == "USA"


def test_seed_putin_accuses_us_hegemonic_policy(events: list[dict[str, Any]]) -> None:
    assert find(events, {"ACCUSE"}, "RUS", "USA", without={"negated", "hypothetical"})


def test_seed_russia_blocks_un_monitoring(events: list[dict[str, Any]]) -> None:
    hits = find(events, {"REJECT"}, "RUS", "IGOUNO", without={"negated", "hypothetical"})
    assert hits, "'sie' (the Russian government) blocked the UN monitoring mission"
    assert hits[0]["date"] == "2024-03", "'Im März' before a June article is March 2024"


def test_seed_missile_supply_allegation(events: list[dict[str, Any]]) -> None:
    accuse = find(events, {"ACCUSE"}, recipient="PRK")
    assert accuse, "North Korea is accused of supplying missiles"
    aid = find(events, {"AID"}, "PRK")
    assert all("alleged" in e["modality"] for e in aid), "the supply is an allegation, not a fact"


def test_seed_both_governments_deny(events: list[dict[str, Any]]) -> None:
    assert find(events, {"REJECT"}, "RUS", without={"negated"}) and find(events, {"REJECT"}, "PRK", without={"negated"})
    deny = [e for e in find(events, {"REJECT"}) if "zurück" in e["trigger"]]
    assert _country([a for e in deny for a in e["actor"]]) >= {"RUS", "PRK"}


def test_seed_vietnam_trip_is_future(events: list[dict[str, Any]]) -> None:
    hits = find(events, {"CONSULT"}, "RUS", "VNM")
    assert hits and all("future" in e["modality"] for e in hits)


def test_seed_never_aid_without_alleged(events: list[dict[str, Any]]) -> None:
    assert not [e for e in find(events, {"AID"}, "PRK", "RUS") if "alleged" not in e["modality"]]


def test_seed_never_china_as_actor(events: list[dict[str, Any]]) -> None:
    assert not [e for e in events if "CHN" in _country(e["actor"])]


def test_seed_schloss_nicht_aus_is_not_a_rejection(events: list[dict[str, Any]]) -> None:
    for e in events:
        if "schloss" in e["trigger"]:
            assert e["event_type"] != "REJECT"
            assert "negated" not in e["modality"]


def test_seed_history_is_not_2024(events: list[dict[str, Any]]) -> None:
    for e in events:
        if "1948" in e["sentence"] or "1961" in e["sentence"]:
            assert e["date"] in ("1948", "1961") and "historical" in e["modality"], e


def test_seed_no_rejection_from_weisen_darauf_hin(events: list[dict[str, Any]]) -> None:
    assert not [e for e in events if e["event_type"] == "REJECT" and "darauf hin" in e["sentence"]]


def test_seed_hypothetical_security_guarantees(events: list[dict[str, Any]]) -> None:
    for e in events:
        if "Sicherheitsgarantien" in e["sentence"]:
            assert "hypothetical" in e["modality"], e


def test_seed_weekday_dates_with_article_day(dated_events: list[dict[str, Any]]) -> None:
    vnm = find(dated_events, {"CONSULT"}, "RUS", "VNM")
    assert vnm and vnm[0]["date"] == "2024-06-20", "'in der Nacht auf Donnerstag' after Wednesday 19 June"
    treaty = [e for e in dated_events if e["cameo"] == "057"]
    assert treaty and treaty[0]["date"] == "2024-06-19", "'sagte Putin am Mittwoch'"


def test_seed_events_carry_evidence(events: list[dict[str, Any]], seed_path: Path) -> None:
    [article] = list(read_articles([seed_path]))
    for e in events:
        ev = e["evidence"]
        assert article.text[ev["start"]:ev["end"]] == ev["text"]
        assert ev["text"] in e["sentence"] or e["sentence"] in article.text
        assert e["language"] == "de" and e["goldstein"] is not None and e["quad_class"] in (1, 2, 3, 4)


def _speakers(quotes: list[dict[str, Any]]) -> list[str]:
    """Each quote's speaker as 'name | words in the text'."""
    return [f'{(q["speaker"] or {}).get("name")} | {(q["speaker"] or {}).get("text")}' for q in quotes]


@pytest.mark.parametrize("name", ["Putin", "KCNA", "Swanström", "Lukin"])
def test_seed_quotes_have_speakers(quotes: list[dict[str, Any]], name: str) -> None:
    assert any(name in s for s in _speakers(quotes)), _speakers(quotes)


def test_seed_quote_text_and_kinds(quotes: list[dict[str, Any]]) -> None:
    by_text = {q["text"]: q for q in quotes}
    deep = by_text.get("Sie scheint eine Tiefe zu haben, die wir unterschätzt haben.")
    assert deep and deep["kind"] == "direct" and "Swanström" in deep["speaker"]["name"]
    belarus = [q for q in quotes if q["text"].startswith("Wenn Russland Nordkorea Sicherheitsgarantien gibt")]
    assert belarus and "Lukin" in belarus[0]["speaker"]["name"]
    assert any(q["kind"] == "indirect" for q in quotes)
