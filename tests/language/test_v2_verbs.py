"""The German component that restores a finite verb the parser read as an adjective of the name after it."""

from __future__ import annotations


def arcs(doc) -> dict[str, tuple[str, str]]:
    return {t.text: (t.dep_, t.head.text) for t in doc}


def test_reporting_verb_after_a_comma_hangs_on_the_root(session_graph) -> None:
    doc = session_graph.linguist.parse("Der Gesetzesentwurf sehe ein Ende der Sozialpartnerschaft im Gesundheitswesen "
                                       "vor, kritisierte Steinhart weiters.", "de")
    a = arcs(doc)
    assert a["kritisierte"] == ("parataxis", "sehe") and a["Steinhart"] == ("nsubj", "kritisierte")
    assert len(list(doc.sents)) == 1


def test_verb_second_with_the_name_read_as_root(session_graph) -> None:
    doc = session_graph.linguist.parse("Im Jahr 2008 warf Lech Kaczyński Wałęsa persönlich Spionage vor.", "de")
    a = arcs(doc)
    assert a["warf"] == ("ROOT", "warf") and a["Lech"] == ("nsubj", "warf")
    assert a["vor"] == ("compound:prt", "warf") and a["Spionage"] == ("obj", "warf")


def test_participle_adjective_stays_an_adjective(session_graph) -> None:
    doc = session_graph.linguist.parse("Die unterzeichneten Abkommen gelten ab Montag.", "de")
    assert arcs(doc)["unterzeichneten"] == ("amod", "Abkommen")

