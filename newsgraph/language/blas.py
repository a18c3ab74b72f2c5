"""The matrix products of a loaded spaCy pipeline: numpy's BLAS on one thread instead of BLIS.

thinc's ``NumpyOps`` multiplies matrices with BLIS (the ``blis`` package). That build picks its
kernel by CPU model and falls back to its portable "generic" kernel on a CPU it does not know
(e.g. AMD Zen 5, where it reaches ~40 GFLOP/s against ~110 for numpy's OpenBLAS on one core).
The three tok2vec encoders, the parser's and NER's input layers and the softmax layers are
such products, about half of the German pipeline's time. ``use_numpy_blas(nlp)`` gives every
model of a pipeline ``NumpyBlasOps``: the same ops with ``gemm`` done by numpy (``Ops.gemm``,
thinc's own BLIS-free implementation), limited to one thread while it runs, so that the
pipeline stays single-threaded as before (OpenBLAS would otherwise use every core).

A different BLAS rounds the scores differently in the last bits (so do BLIS's own kernels from
one CPU to another); the annotations are the same. Checked with either BLAS: every token's text,
UPOS, tag, morphology, lemma, relation, head, entity and sentence start of all 1,028 10kGNAD test
articles (432,393 tokens) and of the 249 articles of the Guardian 2019 sample (273,114 tokens),
and every accuracy figure of ``benchmarks/pipelines.py`` (German and English), are identical;
tests/language/test_blas.py repeats the check on the seed article and 20 10kGNAD articles.
"""
from __future__ import annotations

from spacy.language import Language
from thinc.api import NumpyOps, Ops


class NumpyBlasOps(NumpyOps):
    """``NumpyOps`` whose ``gemm`` is numpy's matrix product, run on one BLAS thread."""

    def __init__(self, **kwargs):
        from threadpoolctl import ThreadpoolController

        super().__init__(use_blis=False, **kwargs)
        self._blas = ThreadpoolController().select(user_api="blas")

    def gemm(self, x, y, *, out=None, trans1=False, trans2=False):
        with self._blas.limit(limits=1):
            return Ops.gemm(self, x, y, out=out, trans1=trans1, trans2=trans2)


def set_ops(nlp: Language, ops: Ops) -> Ops:
    """Give every thinc model of nlp's components these ops (returned)."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return ops


def use_numpy_blas(nlp: Language) -> NumpyBlasOps:
    """Give every thinc model of nlp's components one NumpyBlasOps (returned)."""
    return set_ops(nlp, NumpyBlasOps())
