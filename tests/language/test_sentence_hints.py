"""The sentence-boundary hints, on a blank German pipeline (no trained model needed)."""

import spacy

from newsgraph.language.pipeline import DATELINE, sentence_hints


def _sents(text: str) -> list[str]:
    nlp = spacy.blank("de")
    doc = sentence_hints(nlp.make_doc(text))
    # a blank pipeline has no parser: treat unset boundaries as "no boundary"
    starts = [t.i for t in doc if t.is_sent_start]
    bounds = [0] + [i for i in starts if i] + [len(doc)]
    return [doc[a:b].text.strip() for a, b in zip(bounds, bounds[1:]) if doc[a:b].text.strip()]


def test_sentence_hints_blank_line_and_dateline() -> None:
    text = "EXPERTE: HABEN TIEFE UNTERSCHÄTZT\n\nSeoul/Moskau (Reuters) - Russlands Präsident Putin kam an."
    assert _sents(text) == ["EXPERTE: HABEN TIEFE UNTERSCHÄTZT", "Seoul/Moskau (Reuters) -", "Russlands Präsident Putin kam an."]


def test_sentence_hints_closing_quote_stays_with_its_sentence() -> None:
    doc = sentence_hints(spacy.blank("de").make_doc('"Sie scheint tief zu sein." Ein enges Bündnis könnte kommen.'))
    quote_close = [t for t in doc if t.text == '"'][-1]
    assert quote_close.is_sent_start is False
    assert doc[quote_close.i + 1].is_sent_start is None  # the model may start a sentence here


def test_sentence_hints_no_start_inside_a_clause() -> None:
    doc = sentence_hints(spacy.blank("de").make_doc("Russischen Medienberichten zufolge kündigte Putin an."))
    assert all(t.is_sent_start is False for t in doc[1:])


def test_dateline_pattern_variants() -> None:
    assert DATELINE.match("Aleppo – UNO-Generalsekretär Ban verurteilte").group("place") == "Aleppo"
    m = DATELINE.match("Seoul/Moskau (Reuters) - Russlands Präsident")
    assert m.group("place") == "Seoul/Moskau" and m.group("agency") == "Reuters"
    assert DATELINE.match("- von Ju-min Park und Josh Smith") is None
    assert DATELINE.match("Er sagte - wie immer - nichts") is None
