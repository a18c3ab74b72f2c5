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


def test_act_named_in_front_of_its_frame_noun(code_en, summary) -> None:
    """"undertook a mediation mission": the light verb governs "mission", the act is the noun in front of it; the
    parties of the mission are those of the mediation."""
    assert summary(code_en("The Arab League undertook a mediation mission between Syria and the PLO."),
                   modality=False) == [("CONSULT", ["IGOMEAARL"], ["PSEREB"]), ("CONSULT", ["IGOMEAARL"], ["SYR"])]


def test_verb_pattern_of_the_frame_noun_gives_way_to_the_named_act(code_en) -> None:
    """"launch an effort" alone is an appeal (020) in the PETRARCH dictionary; "launched a mediation effort" is a
    mediation only."""
    events = code_en("Qatar's emir launched a mediation effort between the Emirates and Saudi Arabia.")
    assert [e["event_type"] for e in events] == ["CONSULT"]


def test_first_of_two_noun_modifiers_names_no_act(code_en) -> None:
    """The control case: "attack" in "an attack helicopter program" does not stand right before the noun the verb
    governs; no assault is launched."""
    assert "ASSAULT" not in {e["event_type"] for e in code_en("The army launched an attack helicopter program.")}


def test_core_nominal_acts_with_their_light_verbs(code_en, summary) -> None:
    assert summary(code_en("Israel mounted an invasion of South Lebanon on Friday."), modality=False) == [
        ("COERCE", ["ISR"], ["LBN"])]
    assert [e[0] for e in summary(code_en("Italy announced a suspension of air links with Serbia."))] == ["SANCTION"]


def test_suspension_needs_what_is_suspended(code_en) -> None:
    """The control case: a suspended player or sentence is no cut in relations."""
    assert "SANCTION" not in {e["event_type"] for e in code_en("The court announced a suspension of the sentence.")}
