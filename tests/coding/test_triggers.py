"""Trigger constraints (``newsgraph.coding.triggers``): required objects written as terms of several words.
English text coded by the shipped pipeline."""

from __future__ import annotations


def test_term_of_several_words_as_required_object(code_en, summary) -> None:
    """"state of emergency": the object's head is "state", the other word its dependent."""
    assert [(e["event_type"], e["cameo"]) for e in code_en("Thailand declared a state of emergency in Bangkok on Monday.")] \
        == [("COERCE", "1724")]
    assert [e["cameo"] for e in code_en("The government lifted the state of emergency in Bangkok.")] == ["0814"]


def test_term_needs_all_its_words(code_en) -> None:
    assert "1724" not in {e["cameo"] for e in code_en("Thailand declared a state of mourning on Monday.")}


def test_english_base_forms_of_inflected_verbs() -> None:
    from newsgraph.coding.triggers import english_base_forms

    assert "jail" in english_base_forms("jailed") and "free" in english_base_forms("freed")
    assert "plan" in english_base_forms("planned") and english_base_forms("carried") == ["carry"]
    assert "seize" in english_base_forms("seizing") and english_base_forms("attacks") == ["attack"]
    assert english_base_forms("is") == []


def test_verb_with_a_slipped_lemma_is_found_by_its_base_form(session_graph) -> None:
    """A given parse's lemma "jaile" for "jailed" (the PETRARCH gold file has it): the surface form still fires."""
    from newsgraph.coding.triggers import find_triggers

    doc = session_graph.linguist.parse("A Tunisian court has jailed a Nigerian student.", "en")
    jailed = next(t for t in doc if t.text == "jailed")
    jailed.lemma_ = "jaile"
    found = [(t.token.text, t.pattern.cameo) for t in find_triggers(doc, session_graph.coder("en").lexicon)]
    assert ("jailed", "173") in found
