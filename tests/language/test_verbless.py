"""The English component that restores a main verb the parser read as a modifier of a noun root (verbless.py)."""

from __future__ import annotations

import pytest


def arcs(doc) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in doc}


@pytest.mark.parametrize("text, verb, subject, obj", [
    ("Palestinians blamed Israel for the bombing of Raed Karmi.", "blamed", "Palestinians", "Israel"),
    ("Britain mobilized army reservists for a possible war against Iraq on Tuesday while UN arms inspectors said they "
     "needed more time.", "mobilized", "Britain", "reservists"),
    ("France on Wednesday accused Rwanda of making unacceptable accusations.", "accused", "France", "Rwanda"),
])
def test_verb_before_the_noun_root_becomes_the_root(session_graph, text, verb, subject, obj) -> None:
    doc = session_graph.linguist.parse(text, "en")
    a = arcs(doc)
    assert a[verb] == ("ROOT", verb)
    assert a[subject] == ("nsubj", verb) and a[obj] == ("obj", verb)
    assert [t.pos_ for t in doc if t.text == verb] == ["VERB"]
    assert len(list(doc.sents)) == 1


def test_verb_after_its_subject_root_with_an_infinitive(session_graph) -> None:
    doc = session_graph.linguist.parse("European Community foreign ministers agreed in principle on Saturday to provide "
                                       "about 70 million dollars of aid for Romania and Poland.", "en")
    a = arcs(doc)
    assert a["agreed"] == ("ROOT", "agreed") and a["ministers"] == ("nsubj", "agreed")


def test_attribute_between_nouns_is_not_the_main_verb(session_graph) -> None:
    doc = session_graph.linguist.parse("British aircraft using precision guided missiles killed 4 Iraqis in an attack "
                                       "on a suspected weapons supply in Basra.", "en")
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["killed"]  # not the attribute "guided"
    assert arcs(doc)["aircraft"] == ("nsubj", "killed")


@pytest.mark.parametrize("text", [
    "The aid promised by Japan.",  # a reduced relative clause: no object, no particle, no infinitive
    "The vote was a disaster for the government.",  # a copula sentence
])
def test_noun_phrases_stay_noun_phrases(session_graph, text) -> None:
    doc = session_graph.linguist.parse(text, "en")
    assert [t.pos_ for t in doc if t.dep_ == "ROOT"] in (["NOUN"], ["PROPN"])


def test_english_wire_sentence_codes_the_repaired_verb(session_graph) -> None:
    import datetime as dt

    from newsgraph.model import Article

    text = "Britain mobilized army reservists for a possible war against Iraq on Tuesday."
    events = session_graph.process(Article("t", text, dt.date(2003, 1, 7), "day", "en")).events
    assert [(e.event_type, [a.code for a in e.actor]) for e in events] == [("MOBILIZE", ["GBR"])]


def test_verb_hung_on_the_roots_object(session_graph) -> None:
    doc = session_graph.linguist.parse("Israeli warplanes again bombed targets in the Gaza Strip.", "en")
    a = arcs(doc)
    assert a["bombed"] == ("ROOT", "bombed") and a["warplanes"] == ("nsubj", "bombed") and a["targets"] == ("obj", "bombed")


def test_verb_hung_on_the_last_of_coordinated_subjects(session_graph) -> None:
    doc = session_graph.linguist.parse("Representatives of Ukraine, Russia and the pro-Russian separatists held talks in "
                                       "Minsk on a ceasefire in the Donbas.", "en")
    a = arcs(doc)
    assert a["held"] == ("ROOT", "held") and a["Representatives"] == ("nsubj", "held")


@pytest.mark.parametrize("text, verb, subject, obj", [
    ("Israeli army bulldozers demolished Palestinian homes in southern Gaza on Sunday.", "demolished", "bulldozers",
     "homes"),
    ("Palestinian police in Jericho confiscated weapons and explosives from Palestinian armed groups.", "confiscated",
     "police", "weapons"),
])
def test_verb_read_as_attribute_of_the_noun_after_it(session_graph, text, verb, subject, obj) -> None:
    """The parser hung the object on the root as a bare noun or a conjunct and the verb on the object."""
    doc = session_graph.linguist.parse(text, "en")
    a = arcs(doc)
    assert a[verb] == ("ROOT", verb) and a[subject] == ("nsubj", verb) and a[obj] == ("obj", verb)


def test_adjective_in_ed_after_and_is_no_main_verb(session_graph) -> None:
    doc = session_graph.linguist.parse("Palestinian police and armed groups clashed in Jericho.", "en")
    assert arcs(doc)["armed"][0] == "amod"
