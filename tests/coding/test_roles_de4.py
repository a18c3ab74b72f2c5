"""German roles, round 4: "drohen" naming what impends ("Ihm droht eine Anklage") is no threat by anyone, while
"droht mit ..." stays one; "mehr als zehn Teilnehmer" is a bare phrase, not an "als" phrase. Each rule on a sentence
of our own wording, with a near miss that must not change. Real parses, no mocks."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.coding.syntax import bare_args, case_of


@pytest.fixture(scope="module")
def parse_de(session_graph):
    return lambda text: session_graph.linguist.parse(text, "de")


def roles(events: list[dict[str, Any]], event_type: str) -> list[tuple[list[str | None], list[str | None]]]:
    return [([a["code"] for a in e["actor"]], [r["code"] for r in e["recipient"]])
            for e in events if e["event_type"] == event_type]


def threats(events: list[dict[str, Any]]) -> list[tuple[list[str | None], list[str | None]]]:
    return roles(events, "THREATEN")


# --- "drohen" with a penalty or misfortune as a bare phrase: what impends (lexicon blocked_by_nouns) ----------------

def test_an_impending_charge_is_no_threat_by_the_accused(code_de):
    # the dative "Dem ... Nawalny" stands where a subject would: it was coded as Nawalny threatening
    events = code_de("Dem russischen Oppositionellen Nawalny droht eine Anklage wegen Betrugs.")
    assert threats(events) == []


def test_impending_sanctions_are_no_threat_by_their_target(code_de):
    # "Russland drohen neue Sanktionen der EU": Russia faces sanctions, it threatens no one (was RUS → EU)
    events = code_de("Russland drohen neue Sanktionen der EU.")
    assert threats(events) == []


def test_an_impending_bankruptcy_is_no_threat_by_the_country(code_de):
    events = code_de("Griechenland droht im Sommer die Staatspleite.")
    assert threats(events) == []


def test_threatening_with_a_penalty_stays_a_threat(code_de):
    # the penalty in a "mit" phrase: the subject threatens
    events = code_de("Die Türkei drohte Griechenland mit harten Strafen.")
    assert threats(events) and all(actor == ["TUR"] for actor, _ in threats(events))


def test_a_short_blocking_noun_does_not_match_the_end_of_a_compound(code_de):
    # "Haft" blocks as a whole word only: the embassy ("Botschaft") threatens
    events = code_de("Die russische Botschaft drohte Estland.")
    assert threats(events)


# --- "mehr als zehn Teilnehmer": "als" comparing a number is no preposition (syntax.comparative_quantity) ----------

def test_compared_quantity_after_the_subject_is_the_object(parse_de):
    doc = parse_de("In Minsk hat die Polizei mehr als zehn Teilnehmer festgenommen.")
    noun = next(t for t in doc if t.text == "Teilnehmer")
    # the parser labels "Polizei" obj and "Teilnehmer" obl with the case "als"
    assert noun.dep_ == "obl" and case_of(noun) == ""
    assert [t.text for t in bare_args(noun.head)] == ["Teilnehmer"]


def test_compared_quantity_before_the_object_is_the_subject(code_de):
    # "mehr als 300 Syrer" labelled obl, "die Regierung" obj: the first bare phrase is the misread subject
    events = code_de("Am Sonntag haben mehr als 300 Syrer die Regierung in Damaskus scharf kritisiert.")
    assert ["SYR"] in [actor for actor, _ in roles(events, "ACCUSE")]


def test_als_after_another_word_stays_a_preposition(parse_de):
    doc = parse_de("Die Regierung hat ihn als Vermittler nach Kiew geschickt.")
    noun = next(t for t in doc if t.text == "Vermittler")
    assert case_of(noun) == "als"
