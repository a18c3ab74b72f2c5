"""The HanTa UPOS override and the HanTa lookup tables (real HanTa model, real words)."""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")
pytest.importorskip("HanTa")

from newsgraph.language.hanta_lemmatizer import HantaLemmatizer  # noqa: E402
from newsgraph.language.hanta_upos import HantaUpos, choose_pairs, hanta_to_upos  # noqa: E402


def test_hanta_tag_spelling_maps_to_upos() -> None:
    assert hanta_to_upos("VV(FIN)") == "VERB"
    assert hanta_to_upos("ADJ(D)") == "ADJ"
    assert hanta_to_upos("NN") == "NOUN"
    assert hanta_to_upos("VM(FIN)") == "AUX"
    assert hanta_to_upos("???") == "X"


def test_choose_pairs_keeps_only_net_gains() -> None:
    pred = ["ADJ", "ADJ", "ADJ", "NOUN", "NOUN", "VERB"]
    hanta = ["VERB", "VERB", "VERB", "PROPN", "PROPN", "VERB"]
    gold = ["VERB", "VERB", "ADJ", "NOUN", "PROPN", "VERB"]
    # ADJ->VERB: +2 -1 = +1; NOUN->PROPN: -1 +1 = 0; equal tags are never pairs
    assert choose_pairs(pred, hanta, gold) == [["ADJ", "VERB"]]
    assert choose_pairs(pred, hanta, gold, min_gain=2) == []


def test_override_only_for_given_pairs() -> None:
    nlp = spacy.blank("de")
    doc = nlp("Putin traf Kim in Pjöngjang")
    for t, pos in zip(doc, ["PROPN", "ADJ", "PROPN", "ADP", "PROPN"]):
        t.pos_ = pos
    comp = HantaUpos(pairs=[["ADJ", "VERB"]], mode="word")
    assert comp.word_upos("traf") == "VERB"
    comp(doc)
    assert [t.pos_ for t in doc] == ["PROPN", "VERB", "PROPN", "ADP", "PROPN"]
    with pytest.raises(ValueError, match="mode"):
        HantaUpos(mode="viterbi")


def test_sentence_mode_tags_in_context() -> None:
    comp = HantaUpos(mode="sentence")
    upos = comp.sentence_upos(["Die", "Regierung", "wies", "die", "Vorwürfe", "zurück", "."])
    assert upos[:3] == ["DET", "NOUN", "VERB"] and upos[-1] == "PUNCT"


def test_tables_round_trip_and_equal_hanta() -> None:
    nlp = spacy.blank("de")
    doc = nlp("Die Minister verhandelten lange")
    for t, (tag, pos) in zip(doc, [("ART", "DET"), ("NN", "NOUN"), ("VVFIN", "VERB"), ("ADJD", "ADV")]):
        t.tag_, t.pos_ = tag, pos
    lem = HantaLemmatizer(nlp, pos=["NOUN", "VERB"])
    assert lem.build_table([doc]) == 2
    again = HantaLemmatizer(nlp, pos=["NOUN", "VERB"]).from_bytes(lem.to_bytes())
    assert again.table == {("Minister", "NN", "NOUN"): "Minister", ("verhandelten", "VVFIN", "VERB"): "verhandeln"}
    empty = HantaLemmatizer(nlp, pos=["NOUN"])
    assert empty.from_bytes(empty.to_bytes()).table == {}
    up = HantaUpos(mode="word")
    # "traf" is in HanTa's own lexicon: only words it must analyse go into the table
    assert up.build_table(["traf", "Regierungssprecherin", "Waffenstillstandsgespräche", " "]) == 2
    again = HantaUpos(mode="word").from_bytes(up.to_bytes())
    assert again.table == up.table and set(again.table) == {"regierungssprecherin", "waffenstillstandsgespräche"}
    assert again.word_upos("Regierungssprecherin") == "NOUN" and again.word_upos("traf") == "VERB"


def test_sentence_mode_runs_the_viterbi_only_where_it_can_change_a_result() -> None:
    nlp = spacy.blank("de")
    comp = HantaUpos(pairs=[["ADJ", "VERB"], ["NOUN", "PROPN"]], mode="sentence")
    doc = nlp("Putin traf Kim . Der Vertrag gilt .")
    doc[4].is_sent_start = True
    for t, pos in zip(doc, ["PROPN", "ADJ", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]):
        t.pos_ = pos
    first, second = comp._sentences(doc)
    assert comp._fixed_results(second, [t.pos_ for t in second]) == ["DET", "NOUN", "VERB", "PUNCT"]  # "Vertrag" is only ever NN
    comp(doc)
    assert [t.pos_ for t in doc] == ["PROPN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    # the same as running HanTa's Viterbi on every sentence
    full = [comp._result(t.pos_, u) for toks in (first, second) for t, u in
            zip(toks, comp.sentence_upos([t.text for t in toks]))]
    assert full == [t.pos_ for t in doc]
