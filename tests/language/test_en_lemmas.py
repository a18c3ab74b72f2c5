"""The English dictionary-lemma component (LemmInflect) in the shipped English pipeline."""

from __future__ import annotations

from newsgraph.language.en_lemmas import dictionary_lemma


def test_news_verbs_get_their_dictionary_lemma(session_graph) -> None:
    doc = session_graph.linguist.parse("Palestinian leaders blamed Israel, and the United States vetoed the resolution.", "en")
    lemmas = {t.text: (t.lemma_, t.pos_) for t in doc}
    assert lemmas["blamed"] == ("blame", "VERB")
    assert lemmas["vetoed"] == ("veto", "VERB")  # the tagger alone calls it a proper noun


def test_unknown_words_keep_the_model_lemma(session_graph) -> None:
    assert dictionary_lemma("xyzzed", "VERB") is None
    doc = session_graph.linguist.parse("The troops left.", "en")
    assert [t.lemma_ for t in doc if t.text == "troops"] == ["troops"]  # nouns are left to the model (UD style)


def test_veto_is_coded_as_a_rejection(session_graph) -> None:
    import datetime as dt

    from newsgraph.model import Article

    article = Article("t", "The United States on Wednesday vetoed a Security Council resolution.", dt.date(2024, 3, 6),
                      "day", "en")
    events = [(e.event_type, e.actor[0].country, e.recipient[0].code) for e in session_graph.process(article).events]
    assert events == [("REJECT", "USA", "IGOUNO")]


def test_past_tense_with_a_subject_and_no_copula_is_a_verb(session_graph) -> None:
    """The tagger calls "surrendered" an adjective; a clause root with a subject and no copula is a verb."""
    doc = session_graph.linguist.parse("The rebels surrendered to the army.", "en")
    assert [(t.pos_, t.lemma_) for t in doc if t.text == "surrendered"] == [("VERB", "surrender")]


def test_adjective_after_a_copula_stays(session_graph) -> None:
    doc = session_graph.linguist.parse("The rebels were tired.", "en")
    assert [t.pos_ for t in doc if t.text == "tired"] == ["ADJ"]
