"""The NER gazetteer features (newsgraph/language/ner_features.py) and their packaged tables."""
from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from newsgraph.language import ner_features  # noqa: E402
from newsgraph.language.ner_features import BITS, N_IDS, first_names_from_nam_dict, read_table  # noqa: E402


@pytest.fixture(scope="module")
def table():
    return read_table()


def test_table_schema(table) -> None:
    assert len(table) > 50_000
    for word, bits in table.items():
        assert 0 < bits < N_IDS, word
        assert len(word) >= 2 and word[0].isupper() and "\t" not in word, word


@pytest.mark.parametrize("word, bit", [("Angela", "FIRST"), ("Merkel", "LAST"), ("München", "LOC"),
                                       ("Deutschland", "COUNTRY"), ("Russland", "COUNTRY"), ("SPD", "ORG")])
def test_known_names(table, word, bit) -> None:
    assert table[word] & BITS[bit]


def test_common_words_carry_no_name_bits(table) -> None:
    for word in ("Regierung", "Vorwürfe", "der", "und"):
        assert word not in table


def test_layer_gives_bits_per_token(table) -> None:
    nlp = spacy.blank("de")
    layer = ner_features._gazetteer_ids(ner_features.TABLE)
    docs = [nlp("Angela Merkel reiste nach München ."), nlp("")]
    ids = layer.predict(docs)
    assert ids[0][:, 0].tolist() == [table["Angela"], table["Merkel"], 0, 0, table["München"], 0]
    assert ids[1].shape == (0, 1)


def test_ner_embed_shapes() -> None:
    nlp = spacy.blank("de")
    model = ner_features.ner_embed(32, ["NORM", "SHAPE"], [100, 50], gazetteer="ner_gazetteer_de", char_nM=4, char_nC=4)
    docs = [nlp("Die Bundesregierung in Berlin"), nlp("Wladimir Putin")]
    model.initialize(X=docs)
    out = model.predict(docs)
    assert [a.shape for a in out] == [(4, 32), (2, 32)]


def test_ner_embed_rejects_mismatched_rows() -> None:
    with pytest.raises(ValueError):
        ner_features.ner_embed(32, ["NORM", "SHAPE"], [100])


def test_first_names_from_nam_dict(tmp_path) -> None:
    path = tmp_path / "nam_dict.txt"
    lines = ["# comment line that is long enough to be skipped by the reader too            $",
             "M  Hans                                   D 6                              $",
             "F  Anna+Lena                              5                                $",
             "M  Rarus                                  1                                $",
             "short"]
    path.write_text("\n".join(lines) + "\n", encoding="utf8")
    assert first_names_from_nam_dict(path) == ["Anna-Lena", "AnnaLena", "Hans"]


def test_shipped_ner_reads_the_gazetteer_and_tags() -> None:
    from thinc.api import Config

    from newsgraph.language.pipeline import MODELS_DIR
    from newsgraph.language.train import NER_CONFIG

    for path, component in ((NER_CONFIG, "tok2vec"), (MODELS_DIR / "de" / "config.cfg", "ner")):
        cfg = Config().from_disk(path, interpolate=False)["components"][component]["model"]
        embed = cfg["embed"] if component == "tok2vec" else cfg["tok2vec"]["embed"]
        assert embed["@architectures"] == "newsgraph.NerEmbed.v1", path
        assert embed["gazetteer"] == "ner_gazetteer_de" and "TAG" in embed["attrs"], path
    pipe = Config().from_disk(MODELS_DIR / "de" / "config.cfg", interpolate=False)["nlp"]["pipeline"]
    assert pipe.index("tagger") < pipe.index("ner")  # the NER reads the tagger's STTS tags
