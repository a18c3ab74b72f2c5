"""Standing relations in English, with the shipped English pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.model import Article


@pytest.fixture(scope="module")
def relations(session_graph):
    def code(text: str) -> list[tuple[str, tuple[str, str], str, str | None]]:
        article = Article(id="t", text=text, date=dt.date(2024, 6, 19), date_precision="day", lang="en")
        return [(r.type, r.party_keys, r.status, r.since.iso() if r.since else None)
                for r in session_graph.process(article).relations]
    return code


def test_held_defense_pact(relations) -> None:
    assert relations("China and North Korea maintain a defense pact, but it does not cover military cooperation.") == [
        ("defense_pact", ("CHN", "PRK"), "active", None)]


def test_allied_with_two_partners(relations) -> None:
    assert relations("The United States is allied with South Korea and Japan.") == [
        ("alliance", ("KOR", "USA"), "active", None), ("alliance", ("JPN", "USA"), "active", None)]


def test_signed_agreement_with_mutual_assistance_is_a_defense_pact(relations) -> None:
    found = relations("Putin said the agreement signed with Kim Jong Un provides for mutual assistance in case of aggression.")
    assert found == [("defense_pact", ("PRK", "RUS"), "active", "2024-06-19")]


def test_war_and_ally(relations) -> None:
    assert relations("Russia's war against Ukraine continues.") == [("war", ("RUS", "UKR"), "active", None)]
    assert relations("Belarus, Russia's closest ally, hosted the talks.") == [("alliance", ("BLR", "RUS"), "active", None)]


def test_no_relation_from_hypothetical_negated_or_unresolved(relations) -> None:
    assert relations("A close alliance could change the strategic balance in the region.") == []
    assert relations("China and Russia do not have an alliance.") == []
    # "the two countries" with no countries named before: no parties, no relation
    assert relations("The two countries signed a treaty in 1961 that included mutual defense.") == []
