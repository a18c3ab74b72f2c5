"""The German component that makes a finite verb the parser hung inside a noun phrase the root of its sentence
(verbless_de.py). Sentences from 10kGNAD articles outside the German gold set."""

from __future__ import annotations

import pytest


def arcs(doc) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in doc}


@pytest.mark.parametrize("text, verb, subject, obj", [
    # "lud" was the case marker of "Lehrer", the root "Bildungsministerium"
    ("Das Bildungsministerium lud Lehrer zu einem runden Tisch.", "lud", "Bildungsministerium", "Lehrer"),
    # "sammelt" was the case marker of "Spenden", the root "Grünen-Bundessprecher"
    ("Der frühere Grünen-Bundessprecher Alexander Van der Bellen sammelt nun Spenden für seinen Wahlkampf.", "sammelt",
     "Grünen-Bundessprecher", "Spenden"),
])
def test_finite_verb_inside_the_noun_root_becomes_the_root(session_graph, text, verb, subject, obj) -> None:
    doc = session_graph.linguist.parse(text, "de")
    a = arcs(doc)
    assert a[verb] == ("ROOT", verb)
    assert a[subject] == ("nsubj", verb) and a[obj] == ("obj", verb)
    assert len(list(doc.sents)) == 1


def test_subject_after_the_verb_when_nothing_before_can_be_one(session_graph) -> None:
    doc = session_graph.linguist.parse("Im Jahr 1998 trat auch Baumeister Richard Lugner zum ersten Mal an.", "de")
    a = arcs(doc)
    assert a["trat"] == ("ROOT", "trat")
    assert a["Baumeister"] == ("nsubj", "trat")
    assert a["an"] == ("compound:prt", "trat")
    assert a["Jahr"] == ("obl", "trat")


@pytest.mark.parametrize("text", [
    "Der Wahlkartenwähler ist ein urbaner Typ, kommt viel öfter aus Wien als aus dem Burgenland.",
    "Es wäre ein Fortschritt, wenn in ganz Österreich gleiche Bedingungen für die Mindestsicherung herrschten.",
])
def test_copula_roots_and_subordinate_verbs_stay(session_graph, text) -> None:
    nlp = session_graph.linguist.nlp("de")
    with nlp.select_pipes(disable=["newsgraph_de_verbless_roots"]):
        before = [(t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.dep_, t.head.i) for t in nlp(text)] == before



@pytest.mark.parametrize("text, verb, subject, obj", [
    # "erhob" tagged ADJA, the attribute of "Anklage"; "beschloss" tagged ADV, the adverb of the root "Strafmaßnahmen"
    ("Die Staatsanwaltschaft erhob Anklage gegen den früheren Minister.", "erhob", "Staatsanwaltschaft", "Anklage"),
    ("Die EU beschloss neue Strafmaßnahmen gegen Russland.", "beschloss", "EU", "Strafmaßnahmen"),
])
def test_verb_tagged_as_adjective_or_adverb_is_finite_and_roots_its_clause(session_graph, text, verb, subject,
                                                                            obj) -> None:
    """The part of speech says VERB, the tagger an adjective's or adverb's tag: where HanTa reads the form as finite
    first it is VVFIN (finite_verbs.py), and the verbless-root repair finds it."""
    doc = session_graph.linguist.parse(text, "de")
    a = arcs(doc)
    assert doc[[t.text for t in doc].index(verb)].tag_ == "VVFIN"
    assert a[verb] == ("ROOT", verb)
    assert a[subject] == ("nsubj", verb) and a[obj] == ("obj", verb)


def test_participle_adjective_keeps_its_tag(session_graph) -> None:
    doc = session_graph.linguist.parse("Die adressierte Frage blieb offen.", "de")
    assert doc[1].tag_ == "ADJA"
