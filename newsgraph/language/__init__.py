"""Stage 2 — language: spaCy pipelines (tokens, tags, morphology, dependencies, entities)."""

from newsgraph.language.pipeline import Linguist, load_pipeline

__all__ = ["Linguist", "load_pipeline"]
