"""newsgraph eval parser: CoNLL-U reading, scoring, and the shipped pipelines on real treebank slices."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.eval.parser import evaluate_parser, gold_sentences, read_conllu_rows, score_docs

MODELS = Path(__file__).resolve().parents[2] / "newsgraph" / "language" / "models"
KEYS = {"sentences", "tokens", "upos", "lemma", "uas", "las", "sents_f", "tokens_per_s"}


def head_of(src: Path, dst: Path, n_sents: int) -> Path:
    """The first n_sents sentences of a CoNLL-U file."""
    out, count = [], 0
    for line in src.read_text(encoding="utf-8").splitlines(keepends=True):
        out.append(line)
        if not line.strip():
            count += 1
            if count == n_sents:
                break
    dst.write_text("".join(out), encoding="utf-8")
    return dst


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def de_slice(shared_dir: Path, tmp_path_factory) -> Path:
    # sentences 1-30 of GSD dev: the DEV part of the German split (never trained on)
    return head_of(shared_dir / "data" / "treebanks" / "de_gsd-ud-dev.conllu",
                   tmp_path_factory.mktemp("de") / "gsd_dev30.conllu", 30)


@pytest.fixture(scope="module")
def en_slice(shared_dir: Path, tmp_path_factory) -> Path:
    return head_of(shared_dir / "data" / "treebanks" / "en_ewt-ud-test.conllu",
                   tmp_path_factory.mktemp("en") / "ewt_test30.conllu", 30)


def test_multiword_tokens_merged_for_german_split_for_english(de_slice: Path, en_slice: Path) -> None:
    de = gold_sentences(de_slice, "de")
    words = [t["text"] for s in de for t in s]
    assert "im" in words or "am" in words or "zum" in words or "zur" in words
    merged = next(t for s in de for t in s if t["text"] in ("im", "am", "zum", "zur"))
    assert merged["tag"] == "APPRART" and merged["pos"] == "ADP"
    en = gold_sentences(en_slice, "en")
    assert len(en) == 30
    # "don't"-style tokens stay split, glued without a space
    rows = read_conllu_rows(en_slice)
    n_words = sum(1 for r in rows for row in r if "-" not in row[0])
    assert sum(len(s) for s in en) == n_words


def test_gold_against_itself_is_perfect_and_a_wrong_head_counts(de_slice: Path) -> None:
    import spacy

    from newsgraph.language.train import sentences_to_docs

    vocab = spacy.blank("de").vocab
    sents = gold_sentences(de_slice, "de")
    gold = sentences_to_docs(vocab, sents)
    perfect = score_docs(sentences_to_docs(vocab, sents), gold)
    assert perfect == {"upos": 100.0, "lemma": 100.0, "uas": 100.0, "las": 100.0, "sents_f": 100.0}
    broken = [dict(t) for t in sents[0]]
    i = next(k for k, t in enumerate(broken) if t["dep"] == "det")
    broken[i]["dep"] = "nsubj:pass"  # wrong label, right head: UAS unchanged, LAS lower
    scores = score_docs(sentences_to_docs(vocab, [broken] + sents[1:]), gold)
    assert scores["uas"] == 100.0 and scores["las"] < 100.0


@pytest.mark.skipif(not (MODELS / "de" / "config.cfg").exists(), reason="German model not built")
def test_cli_eval_parser_german(de_slice: Path) -> None:
    proc = run("eval", "parser", str(de_slice), "--lang", "de", "--sents", "predicted")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert set(result) == KEYS
    assert result["sentences"] == 30
    assert result["tokens"] == sum(len(s) for s in gold_sentences(de_slice, "de"))
    assert result["upos"] > 85 and result["las"] > 60 and result["lemma"] > 90
    assert result["tokens_per_s"] > 0


@pytest.mark.skipif(not (MODELS / "en" / "config.cfg").exists(), reason="English model not built")
def test_eval_parser_english(en_slice: Path) -> None:
    from newsgraph.language.pipeline import load_pipeline

    nlp = load_pipeline("en")
    result = evaluate_parser(nlp, gold_sentences(en_slice, "en"))
    assert result["sentences"] == 30
    assert result["upos"] > 88 and result["las"] > 70 and result["lemma"] > 90
    predicted = evaluate_parser(nlp, gold_sentences(en_slice, "en"), sentences="predicted")
    assert predicted["tokens"] == result["tokens"] and predicted["sents_f"] < 100.0
    with pytest.raises(ValueError, match="sentences must be"):
        evaluate_parser(nlp, gold_sentences(en_slice, "en"), sentences="both")


def test_cli_eval_parser_missing_file(tmp_path: Path) -> None:
    proc = run("eval", "parser", str(tmp_path / "none.conllu"), "--lang", "de")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"newsgraph: error: {tmp_path / 'none.conllu'}: no such file"]


def test_cli_eval_parser_bad_format(shared_dir: Path, tmp_path: Path) -> None:
    tsv = tmp_path / "ner.conllu"
    tsv.write_text("1\tGleich\tO\tO\n2\tdarauf\tO\tO\n", encoding="utf-8")
    proc = run("eval", "parser", str(tsv), "--lang", "de")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "ner.conllu:1: not CoNLL-U" in lines[0]


def test_bad_head_and_ids_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "bad.conllu"
    bad.write_text("1\tJa\tja\tINTJ\tITJ\t_\t5\troot\t_\t_\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="head outside the sentence"):
        read_conllu_rows(bad)
    bad.write_text("1\tJa\tja\tINTJ\tITJ\t_\t0\troot\t_\t_\n3\t!\t!\tPUNCT\t$.\t_\t1\tpunct\t_\t_\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="word ids are not 1..n"):
        read_conllu_rows(bad)
    bad.write_text("# only a comment\n", encoding="utf-8")
    with pytest.raises(InputError, match="no sentences"):
        read_conllu_rows(bad)
