"""Modality of an event clause (``newsgraph.coding.modality``): German indirect speech. Text coded by the shipped
pipeline."""

from __future__ import annotations


def test_german_konjunktiv_ii_perfect_in_reported_speech_is_reported_past(code_de) -> None:
    """"erklärte, russische Truppen hätten ... angegriffen": indirect speech, not a hypothetical."""
    events = code_de("Die ukrainische Armee erklärte, russische Truppen hätten die Stadt Charkiw angegriffen.")
    assert [(e["event_type"], e["modality"]) for e in events] == [("ASSAULT", [])]


def test_german_konjunktiv_ii_perfect_with_a_condition_stays_hypothetical(code_de) -> None:
    events = code_de("Die Truppen hätten Charkiw angegriffen, wenn die Armee es erlaubt hätte.")
    assert events and all("hypothetical" in e["modality"] for e in events)


def _modality_of(events, event_type: str) -> list[list[str]]:
    return [e["modality"] for e in events if e["event_type"] == event_type]


def test_until_clause_in_the_present_has_not_happened(code_en) -> None:
    """"until the junta releases the president": the suspension holds until then; the release is not a fact."""
    events = code_en("Germany will suspend aid until the military junta releases the president.")
    assert _modality_of(events, "CONCEDE") == [["hypothetical"]]


def test_until_clause_in_the_past_happened(code_en) -> None:
    events = code_en("The rebels held the town until Nigerian troops attacked it on Monday.")
    assert _modality_of(events, "ASSAULT") == [[]]


def test_german_bis_clause_in_the_present_has_not_happened(code_de) -> None:
    events = code_de("Die Opposition kündigte Proteste an, bis die Regierung die Gefangenen freilässt.")
    assert _modality_of(events, "RETREAT") and all("hypothetical" in m for m in _modality_of(events, "RETREAT"))


def test_german_content_of_a_complaint_is_alleged(code_de) -> None:
    """"beklagte, die Polizei habe ... festgenommen": what the complaint says happened is the speaker's claim."""
    events = code_de("Die Opposition beklagte, die Polizei habe Demonstranten festgenommen.")
    assert _modality_of(events, "COERCE") == [["alleged"]]


def test_no_longer_negates(code_en, summary) -> None:
    """"will no longer buy" is a future act negated: a refusal (121), no purchase and no announced cooperation."""
    assert summary(code_en("Egypt will no longer buy weapons from Russia.")) == [("REJECT", ["EGY"], ["RUS"], [])]


def test_no_without_longer_on_the_object_is_no_negation_of_the_verb(code_en) -> None:
    """The control case: "no longer" qualifies the verb; "more aid" without "no" leaves it positive."""
    events = code_en("Germany will send more aid to Niger.")
    assert "REJECT" not in {e["event_type"] for e in events} and all("negated" not in e["modality"] for e in events)


def test_nominal_event_as_subject_of_a_conditional_is_hypothetical(code_en, summary) -> None:
    """"A Chinese blockade of Taiwan would have grave consequences": the blockade is the condition, not a reported
    future (no announced threat by China either)."""
    events = summary(code_en("A Chinese blockade of Taiwan would have grave consequences, the US warned."))
    assert ("COERCE", ["CHN"], ["TWN"], ["hypothetical"]) in events
    assert all(e[1] != ["CHN"] for e in events if e[0] == "THREATEN")


def test_german_nominal_event_as_subject_of_a_conditional_is_hypothetical(code_de) -> None:
    events = code_de("Eine russische Invasion Georgiens hätte schwere Folgen, warnte die NATO.")
    assert [e["modality"] for e in events if e["event_type"] == "ASSAULT"] == [["hypothetical"]]


def test_nominal_event_with_a_negative_determiner_is_negated(code_de) -> None:
    """"Es kam zu keinen Verhaftungen": no arrests (the "kein" sits on the noun in a phrase, not on an object)."""
    assert [e["modality"] for e in code_de("Es kam zu keinen Verhaftungen.")] == [["negated"]]
    # control: "es gab keine Festnahmen" (kein on the object) was negated before and stays so; an arrest stays an arrest
    assert [e["modality"] for e in code_de("Es gab keine Festnahmen.")] == [["negated"]]
    assert [e["modality"] for e in code_de("Es kam zu mehreren Verhaftungen.")] == [[]]
