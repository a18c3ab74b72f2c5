"""numpy's BLAS on one thread for the pipelines' matrix products (newsgraph.language.blas)."""
from __future__ import annotations

import csv

import numpy
import pytest
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from newsgraph.language.blas import NumpyBlasOps, set_ops
from newsgraph.language.pipeline import MODELS_DIR, load_pipeline


def _blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_gemm_is_the_matrix_product_and_leaves_the_thread_count_alone():
    ops = NumpyBlasOps()
    rng = numpy.random.default_rng(0)
    x, y = rng.random((50, 30), dtype="float32"), rng.random((30, 20), dtype="float32")
    before = _blas_threads()
    assert numpy.allclose(ops.gemm(x, y), x @ y, rtol=1e-5)
    assert numpy.allclose(ops.gemm(x.T.copy(), y, trans1=True), x @ y, rtol=1e-5)
    assert numpy.allclose(ops.gemm(x, y.T.copy(), trans2=True), x @ y, rtol=1e-5)
    out = numpy.zeros((50, 20), dtype="float32")
    assert ops.gemm(x, y, out=out) is out and numpy.allclose(out, x @ y, rtol=1e-5)
    assert _blas_threads() == before


def _annotations(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc]


def test_german_pipeline_annotates_as_with_blis(shared_dir, seed_path):
    if not (MODELS_DIR / "de" / "config.cfg").exists():
        pytest.skip("German model not built")
    texts = [seed_path.read_text(encoding="utf8")]
    with open(shared_dir / "data/corpora/10kGNAD-test.de.csv", encoding="utf-8", newline="") as fh:
        texts += [row[1] for row, _ in zip(csv.reader(fh, delimiter=";", quotechar="'"), range(20))]
    nlp = load_pipeline("de")
    assert all(isinstance(node.ops, NumpyBlasOps) for node in nlp.get_pipe("ner").model.walk())
    fast = [_annotations(doc) for doc in nlp.pipe(texts)]
    set_ops(nlp, NumpyOps())  # thinc's default: BLIS
    assert [_annotations(doc) for doc in nlp.pipe(texts)] == fast
    assert sum(map(len, fast)) > 5000
