"""The TSV layout of the derived dictionary files (read by the loader, written by the builder).

Each file starts with ``#`` comment lines (provenance), then a header row, then
one record per line.  Fields holding several values join them with `` | ``.
Roles are written ``CODE FROM..TO`` (ISO dates, either side may be empty) or
just ``CODE`` for the undated fallback.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from newsgraph.actors.entries import SOURCE_PETRARCH, Role
from newsgraph.actors.errors import ActorDataError

SEP = " | "


def split(field: str) -> tuple[str, ...]:
    """`` | ``-joined values → tuple (empty field → empty tuple)."""
    return tuple(v.strip() for v in field.split("|") if v.strip()) if field else ()


def join(values: Iterable[str]) -> str:
    return SEP.join(values)


def role_to_text(role: Role) -> str:
    if not role.dated:
        return role.code
    start = role.start.isoformat() if role.start else ""
    end = role.end.isoformat() if role.end else ""
    return f"{role.code} {start}..{end}"


def role_from_text(text: str, where: str, source: str = SOURCE_PETRARCH) -> Role:
    """Inverse of :func:`role_to_text`; raises :class:`ActorDataError` naming ``where``."""
    parts = text.split()
    if len(parts) == 1:
        return Role(code=parts[0], source=source)
    if len(parts) != 2 or ".." not in parts[1]:
        raise ActorDataError(f"{where}: bad role {text!r} (expected 'CODE FROM..TO')")
    a, b = parts[1].split("..", 1)
    try:
        start = dt.date.fromisoformat(a) if a else None
        end = dt.date.fromisoformat(b) if b else None
    except ValueError as exc:
        raise ActorDataError(f"{where}: bad date in role {text!r}: {exc}") from None
    return Role(code=parts[0], start=start, end=end, source=source)


def write(path: Path, comments: Sequence[str], header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a TSV file with ``#`` comments; returns the number of rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        for c in comments:
            fh.write(f"# {c}\n" if c else "#\n")
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(_clean(c) for c in row) + "\n")
            n += 1
    return n


def _clean(cell: str) -> str:
    return " ".join(cell.replace("\t", " ").splitlines()) if ("\t" in cell or "\n" in cell) else cell


def read(path: Path, header: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a TSV file as ``(line number, {column: value})``; checks the header."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ActorDataError(f"cannot read actor data file {path}: {exc.strerror}") from None
    with fh:
        seen_header = False
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not seen_header:
                if cells[: len(header)] != list(header):
                    raise ActorDataError(f"{path}:{lineno}: header must be {list(header)}, got {cells}")
                seen_header = True
                continue
            if len(cells) != len(header):
                raise ActorDataError(f"{path}:{lineno}: expected {len(header)} columns, got {len(cells)}")
            yield lineno, dict(zip(header, cells))
