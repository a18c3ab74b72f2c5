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
