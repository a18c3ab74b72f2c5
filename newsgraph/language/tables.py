"""The precomputed lookup tables HanTa components save with a pipeline: gzip-compressed TSV rows.

Deterministic (sorted rows, no timestamp), so that saving the same table twice gives the same bytes.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path

TABLE_FILE = "table.tsv.gz"
WORDS_FILE = "words.tsv.gz"  # word -> HanTa analysis (hanta_words, saved by newsgraph_hanta_upos)


def rows_to_bytes(rows: Iterable[tuple[str, ...]]) -> bytes:
    return gzip.compress("\n".join(sorted("\t".join(r) for r in rows)).encode("utf8"), mtime=0)


def rows_from_bytes(data: bytes) -> list[list[str]]:
    if not data:
        return []
    return [line.split("\t") for line in gzip.decompress(data).decode("utf8").split("\n") if line]


def write_table(path: str | Path, data: bytes, name: str = TABLE_FILE) -> None:
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def read_table(path: str | Path, name: str = TABLE_FILE) -> bytes | None:
    """The saved table ``name`` under ``path``, or None when the pipeline was saved without one."""
    file = Path(path) / name
    return file.read_bytes() if file.exists() else None
