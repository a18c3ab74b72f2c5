"""newsgraph eval ner: GermEval 2014 reading, span scoring, and the German pipeline on a real slice."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.eval.ner import bio_spans, read_germeval, score_spans

MODELS = Path(__file__).resolve().parents[2] / "newsgraph" / "language" / "models"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def ner_slice(shared_dir: Path, tmp_path_factory) -> Path:
    """The first 60 sentences of GermEval 2014 dev (held out from NER training)."""
    lines = (shared_dir / "data" / "ner" / "germeval2014-NER-de-dev.tsv").read_text(encoding="utf-8").splitlines()
    out, blanks = [], 0
    for line in lines:
        out.append(line)
        if not line.strip():
            blanks += 1
            if blanks == 60:
                break
    path = tmp_path_factory.mktemp("ner") / "dev60.tsv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def test_outer_level_deriv_part_and_oth_are_not_entities() -> None:
    tags = ["B-PER", "I-PER", "O", "B-LOCderiv", "B-ORGpart", "B-OTH", "I-OTH", "I-LOC", "B-LOC", "B-LOC"]
    assert bio_spans(tags) == [(0, 2, "PER"), (7, 8, "LOC"), (8, 9, "LOC"), (9, 10, "LOC")]


def test_reader_on_real_slice(ner_slice: Path) -> None:
    sents = read_germeval(ner_slice)
    assert len(sents) == 60
    words, spans = sents[0]
    assert words[:3] == ["Gleich", "darauf", "entwirft"]
    assert (16, 17, "PER") in spans  # "Jesu"; "Ecce homo" is OTH and not counted
    assert all(label in ("PER", "ORG", "LOC") for _, sp in sents for *_, label in sp)


def test_gold_scores_one_and_misses_lower_recall(ner_slice: Path) -> None:
    gold = [set(spans) for _, spans in read_germeval(ner_slice)]
    assert score_spans(gold, gold)["f1"] == 1.0
    no_per = [{s for s in g if s[2] != "PER"} for g in gold]
    result = score_spans(no_per, gold)
    assert result["precision"] == 1.0 and result["recall"] < 1.0
    assert result["per_type"]["PER"]["recall"] == 0.0 and result["per_type"]["LOC"]["f1"] == 1.0


@pytest.mark.skipif(not (MODELS / "de" / "config.cfg").exists(), reason="German model not built")
def test_cli_eval_ner_german(ner_slice: Path) -> None:
    proc = run("eval", "ner", str(ner_slice), "--lang", "de")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert set(result) == {"precision", "recall", "f1", "per_type"}
    assert set(result["per_type"]) == {"PER", "ORG", "LOC"}
    assert 0.3 < result["f1"] <= 1.0


def test_cli_eval_ner_missing_file(tmp_path: Path) -> None:
    proc = run("eval", "ner", str(tmp_path / "none.tsv"))
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [f"newsgraph: error: {tmp_path / 'none.tsv'}: no such file"]


def test_cli_eval_ner_bad_format(shared_dir: Path, tmp_path: Path) -> None:
    conllu = tmp_path / "gsd.tsv"
    conllu.write_text("1\tDie\tder\tDET\tART\t_\t2\tdet\t_\t_\n", encoding="utf-8")
    proc = run("eval", "ner", str(conllu))
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "gsd.tsv:1: bad NER tag 'der'" in lines[0]


def test_unknown_tag_and_empty_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("1\tBerlin\tB-CITY\tO\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad NER tag 'B-CITY'"):
        read_germeval(bad)
    bad.write_text("#\tonly a comment\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="no sentences"):
        read_germeval(bad)


@pytest.mark.skipif(not (MODELS / "en" / "config.cfg").exists(), reason="English model not built")
def test_cli_eval_ner_english_has_no_ner(ner_slice: Path) -> None:
    proc = run("eval", "ner", str(ner_slice), "--lang", "en")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == ["newsgraph: error: the en pipeline has no NER component"]
