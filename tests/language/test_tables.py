"""The HanTa lookup tables saved with the German pipeline round-trip byte for byte."""

from __future__ import annotations

from pathlib import Path

from newsgraph.language.pipeline import MODELS_DIR
from newsgraph.language.tables import TABLE_FILE, WORDS_FILE, read_table, rows_from_bytes, rows_to_bytes, write_table


def test_rows_round_trip_deterministically(tmp_path: Path) -> None:
    rows = [("Pjöngjang", "PROPN"), ("Abkommen", "NOUN")]
    data = rows_to_bytes(rows)
    assert data == rows_to_bytes(reversed(rows))  # sorted, no timestamp
    write_table(tmp_path / "t", data)
    assert sorted(map(tuple, rows_from_bytes(read_table(tmp_path / "t")))) == sorted(rows)
    assert read_table(tmp_path / "missing") is None and rows_from_bytes(b"") == []


def test_shipped_tables_are_read_and_written_unchanged(session_graph, tmp_path: Path) -> None:
    nlp = session_graph.linguist.nlp("de")
    for name, file in (("newsgraph_hanta_upos", WORDS_FILE), ("newsgraph_hanta_lemmatizer", TABLE_FILE)):
        pipe = nlp.get_pipe(name)
        assert len(pipe.table) > 10000
        pipe.to_disk(tmp_path / name)
        assert read_table(tmp_path / name, file) == read_table(MODELS_DIR / "de" / name, file) is not None
