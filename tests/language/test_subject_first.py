"""The German component that takes the first of two case-ambiguous noun phrases for the subject (subject_first.py)."""

from __future__ import annotations


def deps(doc) -> dict[str, str]:
    return {t.text: t.dep_ for t in doc}


def test_first_of_two_ambiguous_phrases_is_the_subject(session_graph) -> None:
    # the parser alone labels "Stellungen" the subject and "Truppen" the object
    doc = session_graph.linguist.parse("Russland erklärte, seine Truppen hätten ukrainische Stellungen angegriffen.", "de")
    d = deps(doc)
    assert d["Truppen"] == "nsubj" and d["Stellungen"] == "obj"


def test_an_object_that_shows_its_case_is_no_subject(session_graph) -> None:
    """"Den Vorschlag ...": "den" is never nominative; the object may come first (the parser alone made it the
    subject here)."""
    doc = session_graph.linguist.parse("Den Vorschlag der Regierung lehnten die Abgeordneten gestern ab.", "de")
    d = deps(doc)
    assert d["Vorschlag"] == "obj" and d["Abgeordneten"] == "nsubj"


def test_swap_candidates_respect_case_and_agreement(session_graph) -> None:
    from newsgraph.language.subject_first import swap_candidates

    doc = session_graph.linguist.parse("Die Polizei nahm gestern einen Demonstranten fest.", "de")
    assert all(swap_candidates(t) is None for t in doc)  # subject first already: nothing to swap



def test_second_subject_with_der_is_the_dative(session_graph) -> None:
    # the parser labels both "Frankreich" and "der Ukraine" subjects
    d = deps(session_graph.linguist.parse("Frankreich hat der Ukraine weitere Waffen geliefert.", "de"))
    assert d["Frankreich"] == "nsubj" and d["Ukraine"] == "iobj"
    d = deps(session_graph.linguist.parse("Der Kanzler warf der Opposition Populismus vor.", "de"))
    assert d["Kanzler"] == "nsubj" and d["Opposition"] == "iobj"
