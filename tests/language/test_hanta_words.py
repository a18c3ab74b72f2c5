"""HanTa shared by the pipeline's HanTa components: exact, faster word analysis and its caches."""
from __future__ import annotations

import re

import pytest

spacy = pytest.importorskip("spacy")
pytest.importorskip("HanTa")

from newsgraph.language.hanta_words import (  # noqa: E402
    HantaWords,
    analyze_forward,
    analyze_viterbi,
    make_lemma,
    shared_words,
)

WORDS = ["regierungssprecherin", "waffenstillstandsgespräche", "verhandelten", "unterzeichneten", "eu-kommission",
         "pjöngjang", "selenskyj", "1.000", "–", "a", "ab", "x" * 30, "bundesverfassungsgerichtsurteil", "zurückgewiesen",
         "wies", "vorwürfe", "grünen-politikerin", "covid-19", "straßenbahn", "üblicherweise", "www.orf.at", ""]


def test_fast_forward_analysis_equals_hanta_bit_for_bit() -> None:
    from HanTa import HanoverTagger as ht

    words = HantaWords()

    for word in WORDS + ["regierungssprecherinnenbundesverfassungsgerichtsurteilsbegründungen"]:  # and > 24 characters
        expected = ht.HanoverTagger.analyze_forward(words.tagger, word)
        got = analyze_forward(words.tagger, word, words.index)
        assert got == expected and [type(p) for _, p in got] == [type(p) for _, p in expected], word


def test_fast_morpheme_path_equals_hanta() -> None:
    from HanTa import HanoverTagger as ht

    words = HantaWords()
    tagger = words.tagger
    for word in WORDS[:-1]:
        for tag in ("NN", "NE", "VV(FIN)", "VV(PP)", "ADJ(A)", "ADJ(D)", "ADV", "CARD"):
            pos = -tagger.tag2int[tag]
            expected = ht.HanoverTagger.analyze_viterbi(tagger, word, pos)
            assert analyze_viterbi(tagger, word, pos, words.index) == expected, (word, tag)
    assert tagger.analyze("Waffenstillstandsgespräche", "NN")[0] == "Waffenstillstandsgespräch"


def test_candidates_and_table_give_what_hanta_gives() -> None:
    from HanTa import HanoverTagger as ht

    plain = ht.HanoverTagger("morphmodel_ger.pgz")
    words = HantaWords()
    texts = ["Regierungssprecherin", "Waffenstillstandsgespräche", "traf", "Kim", "die", "  "]
    assert words.build_table(texts) == 2  # only the words HanTa's lexicon does not hold
    again = HantaWords()
    again.load_rows(list(map(list, words.table_rows())))
    assert again.table == words.table
    for word in texts[:-1]:
        assert again.candidates(word) == tuple(t for t, _ in plain.tag_word(word))
    sent = ["Die", "Regierungssprecherin", "wies", "die", "Vorwürfe", "zurück", "."]
    for words_ in (sent, ["Xqzvbrt", "blorfte", "Selenskyj-Vorschlag", "."], ["a"]):  # known, guessed, unknown
        assert again.sentence_tags(words_) == [tag for _, _, tag in plain.tag_sent(words_, taglevel=1)]
    assert again.context_candidates("Vertrag", first=False) == frozenset({"NN"})
    assert again.context_candidates("Xqzvbrt", first=False) == frozenset({"NE", "NN", "FM"})  # guessed, not unknown


def test_one_instance_per_pipeline_and_model() -> None:
    a, b = spacy.blank("de"), spacy.blank("de")
    assert shared_words(a, "morphmodel_ger.pgz", 10) is shared_words(a, "morphmodel_ger.pgz", 10)
    assert shared_words(a, "morphmodel_ger.pgz", 10) is not shared_words(b, "morphmodel_ger.pgz", 10)
    assert shared_words(None, "morphmodel_ger.pgz", 10) is not shared_words(None, "morphmodel_ger.pgz", 10)


def test_the_memo_is_bounded() -> None:
    words = HantaWords(cache_size=3)
    for w in ["Abkommen", "Waffenruhe", "Regierungssprecherin", "Friedensgespräche", "Grenzübergang"]:
        words.candidates(w)
    assert len(words._candidates) <= 3 and len(words._forward) <= 3


def _seed_words(seed_path) -> list[list[str]]:
    """The seed article's sentences as word lists (a rough split, enough to compare with HanTa)."""
    words = re.findall(r"\w[\w.-]*\w|\w|[^\w\s]", seed_path.read_text(encoding="utf8"))
    sents, sent = [], []
    for w in words:
        sent.append(w)
        if w in ".!?":
            sents.append(sent)
            sent = []
    return sents + [sent] if sent else sents


def test_a_real_article_analysed_as_hanta_does_bit_for_bit(seed_path) -> None:
    from HanTa import HanoverTagger as ht

    plain = ht.HanoverTagger("morphmodel_ger.pgz")
    words = HantaWords()
    sents = _seed_words(seed_path)
    unknown = sorted({plain.normalize(w) for s in sents for w in s} - plain.cache.keys())
    assert len(unknown) > 50
    for word in unknown:  # the words HanTa's lexicon does not hold: the morpheme lattice
        expected = plain.analyze_forward(word)
        got = analyze_forward(words.tagger, word, words.index)
        assert got == expected and [type(p) for _, p in got] == [type(p) for _, p in expected], word
    for sent in sents:  # the sentence Viterbi
        assert words.sentence_tags(sent) == plain.tag_sent(sent, taglevel=0), sent
    for word in sorted({w for s in sents for w in s})[::3]:  # lemmas given a tag: morpheme path and lemma suffixes
        for tag in ("NN", "NE", "VV(FIN)", "VV(PP)", "VV(INF)", "ADJ(A)", "ADJ(D)", "PIS"):
            assert words.tagger.analyze(word, tag) == plain.analyze(word, tag), (word, tag)


def test_lemma_endings_as_hanta_makes_them() -> None:
    from HanTa import HanoverTagger as ht

    words = HantaWords()
    tagger = words.tagger
    for pos in ("VV(FIN)", "VV(PP)", "NN", "NNI", "NNA", "PIS", "VM(FIN)", "ADJ(A)", "NE", "ADV", "NoSuchTag"):
        for stem in (["verhandel"], ["sag", "t"], ["wirtschaft", "s", "minister"], ["a"], ["jeman"], ["geh"], ["öl"]):
            expected = ht.HanoverTagger.makelemma(tagger, stem, pos)
            assert make_lemma(tagger, stem, pos, words.index.longest_ending) == expected, (stem, pos)
