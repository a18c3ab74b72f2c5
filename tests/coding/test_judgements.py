"""Judgements in reported speech, actors named by compounds and inflected names, and the subject of a clause
with two nominal phrases: German and English text coded by the shipped pipelines."""

from __future__ import annotations

import datetime as dt

import pytest

# --- judgements: an evaluative predicate in reported speech is the speaker's criticism or praise ---------------


def test_german_judgement_is_the_speakers_criticism_of_the_judged(code_de, summary) -> None:
    assert summary(code_de("Der Vorschlag der SPÖ sei falsch, sagte Bundeskanzler Kurz.")) == [
        ("ACCUSE", ["AUTELI"], ["AUTOPP"], [])]


def test_german_negated_praise_is_criticism(code_de) -> None:
    events = code_de("Der Vorschlag sei nicht richtig, sagte der russische Außenminister.")
    assert [(e["event_type"], e["cameo"], e["modality"]) for e in events] == [("ACCUSE", "111", [])]


def test_german_description_of_a_situation_is_no_judgement(code_de) -> None:
    assert code_de("Die Lage sei schwierig, sagte der russische Außenminister.") == []


def test_judgement_word_outside_a_predicate_or_without_a_speaker_is_no_event(code_de) -> None:
    assert [e for e in code_de("Der Fehler der Regierung wurde korrigiert.") if e["event_type"] == "ACCUSE"] == []
    assert code_de("Die Maßnahmen seien absolut falsch.") == []  # no speaker in the sentence


def test_english_judgement_in_reported_speech(code_en, summary) -> None:
    assert summary(code_en("The Russian move is unacceptable, German Chancellor Olaf Scholz said.")) == [
        ("ACCUSE", ["DEUGOV"], ["RUS"], [])]


def test_english_verb_of_judging_is_not_a_call(code_en) -> None:
    # "call" is a phone call (CAMEO 041) in the PETRARCH dictionary; here it passes a judgement
    events = code_en("Britain called the decision unacceptable.")
    assert [(e["event_type"], e["cameo"]) for e in events] == [("ACCUSE", "111")]


# --- German actors: inflected names, compounds ending in an agent noun ----------------------------------------


def test_adjective_in_a_name_after_the_article(code_de, summary) -> None:
    events = code_de("Das Auswärtige Amt hat den russischen Botschafter einbestellt.")
    assert ("ACCUSE", ["DEUGOV"], ["RUSGOV"], []) in summary(events)


def test_weapon_named_with_a_nationality_is_that_military(code_de) -> None:
    events = code_de("Israelische Kampfflugzeuge haben Ziele im Gazastreifen bombardiert.")
    assert [(e["event_type"], [a["code"] for a in e["actor"]]) for e in events] == [("ASSAULT", ["ISRMIL"])]


def test_compound_ending_in_an_agent_noun(code_de) -> None:
    events = code_de("Russische Regierungstruppen haben die Stadt angegriffen.")
    assert [(e["event_type"], [a["code"] for a in e["actor"]]) for e in events] == [("ASSAULT", ["RUSMIL"])]


# --- subjects: a German determiner that is never nominative ----------------------------------------------------


def test_accusative_phrase_first_is_not_the_subject(code_de) -> None:
    events = code_de("Den Vorschlag zur Schulverwaltung lehne die FPÖ ab.")
    assert [(e["event_type"], [a["code"] for a in e["actor"]]) for e in events] == [("REJECT", ["AUTOPP"])]


@pytest.mark.parametrize("text, expected", [
    ("Die Klimaaktivisten blockierten die Straße.", [("Klimaaktivisten", None, "OPP")]),
    ("Die Grenzpolizei nahm zwei Männer fest.", [("Grenzpolizei", None, "COP")]),
    ("Die Entführung dauerte drei Tage.", []),  # Führung (GOV) does not end compounds: Ent-, Ein-, Durchführung
    ("Die Wassermenge stieg.", []),
])
def test_compound_agents_and_their_exceptions(session_graph, text, expected) -> None:
    doc = session_graph.linguist.parse(text, "de")
    found = session_graph.resolver("de").find(doc, dt.date(2024, 6, 19))
    assert [(doc[m.start:m.end].text, m.actor.code, m.actor.sector) for m in found] == expected


# --- denials: criticising or rejecting an accusation is no PLOVER event (CAMEO 016) --------------------------


@pytest.mark.parametrize("text", [
    "Russia rejected the allegations as baseless.",
    "France on Wednesday condemned as unacceptable allegations by Rwanda that it had played a role in the genocide.",
])
def test_english_denials_are_not_coded(code_en, text) -> None:
    assert [e["event_type"] for e in code_en(text)] == []


def test_german_denial_is_not_coded_but_a_rejected_proposal_is(code_de) -> None:
    assert code_de("Der Kreml wies die Vorwürfe zurück.") == []
    assert code_de("Die Regierung in Moskau bezeichnete die Vorwürfe Londons als haltlos.") == []
    assert [e["event_type"] for e in code_de("Der Kreml wies den Vorschlag zurück.")] == ["REJECT"]


# --- a verb the English parser hung on a noun as a modifier, in a sentence with no other verb ----------------


def test_past_tense_read_as_a_modifier_of_the_root(code_en, summary) -> None:
    events = code_en("Palestinians blamed Israel for the bombing of Raed Karmi in the West Bank City of Tulkarm, "
                     "which has set off a renewed wave of violence.")
    assert summary(events) == [("ACCUSE", ["PSE"], ["ISR"], [])]


# --- a speaker who speaks of himself ----------------------------------------------------------------------------


def test_first_person_subject_in_a_quote_is_the_speaker(code_de, code_en, summary) -> None:
    events = code_de("Wir werden die Ukraine weiter unterstützen, sagte Bundeskanzler Olaf Scholz.")
    assert ("SUPPORT", ["DEUGOV"], ["UKR"], ["future"]) in summary(events)
    events = code_en('"We will not negotiate with terrorists," Russian President Vladimir Putin said.')
    assert [(e["event_type"], [a["code"] for a in e["actor"]]) for e in events] == [("REJECT", ["RUSGOV"])]


def test_first_person_without_a_speaker_names_no_actor(code_de) -> None:
    assert code_de("Wir werden die Ukraine weiter unterstützen.") == []
