"""The shipped English pipeline (newsgraph/language/models/en) on real sentences."""
from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

MODEL = Path(__file__).resolve().parents[2] / "newsgraph" / "language" / "models" / "en"


@pytest.fixture(scope="module")
def nlp():
    if not (MODEL / "config.cfg").exists():
        pytest.skip("English model not built (python -m newsgraph.language.train_en)")
    from newsgraph.language.pipeline import load_pipeline

    return load_pipeline("en")


def tok(doc, text):
    return next(t for t in doc if t.text == text)


def test_components_no_ner(nlp) -> None:
    assert nlp.pipe_names[0] == "newsgraph_sentence_hints"
    for name in ("tok2vec", "morphologizer", "tagger", "parser", "trainable_lemmatizer"):
        assert name in nlp.pipe_names
    assert "ner" not in nlp.pipe_names
    assert "nsubj" in nlp.get_pipe("parser").labels


def test_subject_verb_object(nlp) -> None:
    doc = nlp("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Pyongyang on Wednesday.")
    met = tok(doc, "met")
    assert met.dep_ == "ROOT" and met.pos_ == "VERB" and met.lemma_ == "meet" and met.tag_ == "VBD"
    assert tok(doc, "Vladimir").head == met and tok(doc, "Vladimir").dep_ == "nsubj"
    assert tok(doc, "Kim").head == met and tok(doc, "Kim").dep_ == "obj"


def test_contraction_split_and_blank_line_sentence(nlp) -> None:
    doc = nlp("The minister didn't sign the treaty.\n\nSeoul condemned the deal")
    assert [t.text for t in doc][2:4] == ["did", "n't"]
    assert tok(doc, "n't").lemma_ == "not" and tok(doc, "did").lemma_ == "do"
    sents = [s.text.strip() for s in doc.sents]
    assert sents[-1] == "Seoul condemned the deal"
    assert tok(doc, "signed" if any(t.text == "signed" for t in doc) else "sign").pos_ == "VERB"
