"""Stage 5 — store: the DuckDB file (articles, sentences, events, actors, quotes)."""

from newsgraph.store.duckdb_store import EventQuery, IngestResult, Store

__all__ = ["EventQuery", "IngestResult", "Store"]
