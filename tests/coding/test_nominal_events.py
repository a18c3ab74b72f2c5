"""Nominal events: who owns them ("der russische Angriff", "US-Sanktionen", "Kritik von ...") and when they are no
fact (what a demand asks for, what a rejection turns down)."""

from __future__ import annotations


def test_nationality_adjective_owns_the_attack_under_any_verb(code_de, summary) -> None:
    events = code_de("Bundeskanzler Olaf Scholz hat den russischen Angriff auf die Ukraine scharf verurteilt.")
    assert ("ASSAULT", ["RUS"], ["UKR"]) in summary(events, modality=False)
    assert [e for e in summary(events, modality=False) if e[0] == "ACCUSE"][0][1] == ["DEUGOV"]


def test_name_in_a_hyphen_compound_owns_the_act(code_de, summary) -> None:
    events = code_de("Die US-Sanktionen gegen den Iran treffen die Wirtschaft hart.")
    assert ("SANCTION", ["USA"], ["IRN"]) in summary(events, modality=False)


def test_english_adjective_owner(code_en, summary) -> None:
    events = code_en("Germany condemned the Russian attack on Ukraine.")
    assert ("ASSAULT", ["RUS"], ["UKR"]) in summary(events, modality=False)


def test_what_a_demand_asks_for_is_no_event(code_de, summary) -> None:
    events = code_de("Die serbische Opposition verlangt den Rücktritt von Präsident Aleksandar Vučić.")
    assert [e[0] for e in summary(events, modality=False)] == ["REQUEST"]


def test_what_a_rejection_turns_down_is_no_event(code_en, summary) -> None:
    events = code_en("Syria rejected French mediation in the border dispute with Lebanon.")
    assert "CONSULT" not in [e[0] for e in summary(events, modality=False)]


def test_willingness_as_a_predicate_is_an_intent(code_en, code_de, summary) -> None:
    events = code_en("Iran is willing to resume talks with the European Union.")
    assert ("AGREE", ["IRN"], ["IGOEUREEC"]) in summary(events, modality=False)
    events = code_de("Die Regierung in Kiew ist bereit, mit Moskau zu verhandeln.")
    assert summary(events, modality=False) == [("AGREE", ["UKRGOV"], ["RUSGOV"])]


def test_owned_nominal_event_that_only_anchors_a_topic_is_no_event(code_de, summary) -> None:
    # "bezüglich": the sanctions are what was talked about (the parser does not even attach the preposition)
    events = code_de("In Diplomatenkreisen wurde von einem Wendepunkt bezüglich der UN-Sanktionen gegen Nordkorea "
                     "gesprochen.")
    assert "SANCTION" not in [e[0] for e in summary(events)]
    assert ("SANCTION", ["USA"], ["IRN"]) in summary(code_de("Die US-Sanktionen gegen den Iran treffen die Wirtschaft hart."),
                                                     modality=False)
