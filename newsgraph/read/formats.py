"""Readers for the input formats newsgraph accepts.

* the seed/wire format: first line ``date YYYY-MM[-DD] Quelle: <source>``, then the text;
* plain ``.txt``: the whole file is one article;
* JSON Lines: one ``{"id","text","date","lang","url","source"}`` object per line;
* CSV with a header that has a ``text`` column (optional id/date/lang/url/source).

Every reader yields :class:`newsgraph.model.Article`; a malformed file raises
:class:`newsgraph.errors.InputError` with one line naming the file and the problem.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.model import Article
from newsgraph.read.langdetect import LanguageDetector

_HEADER = re.compile(
    r"^\s*date\s+(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)\s*(?:Quelle|Source)?:?\s*(?P<source>.*)$",
    re.IGNORECASE,
)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_date(value: str | None) -> tuple[dt.date | None, str | None]:
    """``(date, precision)`` from ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD[...]``; ``(None, None)`` if empty."""
    if value is None or not str(value).strip():
        return None, None
    m = _DATE.match(str(value).strip())
    if not m:
        raise InputError(f"unreadable date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day:
            return dt.date(int(year), int(month), int(day)), "day"
        if month:
            return dt.date(int(year), int(month), 1), "month"
        return dt.date(int(year), 1, 1), "year"
    except ValueError as exc:
        raise InputError(f"invalid date {value!r}: {exc}") from None


def _make(text: str, origin: str, *, id: str | None = None, date: str | None = None,
          lang: str | None = None, url: str | None = None, source: str | None = None) -> Article:
    text = text.strip("\n")
    if not text.strip():
        raise InputError(f"{origin}: article has no text")
    d, precision = parse_date(date)
    return Article(
        id=str(id) if id else Article.make_id(text),
        text=text,
        date=d,
        date_precision=precision,
        lang=lang or None,
        url=url or None,
        source=source or None,
        origin=origin,
    )


def read_text_file(path: Path) -> Iterator[Article]:
    """A ``.txt`` file: the wire format when its first line is a date header, else plain text."""
    raw = _read(path)
    first, _, rest = raw.partition("\n")
    m = _HEADER.match(first)
    if m:
        yield _make(rest, str(path), date=m["date"], source=m["source"].strip() or None)
    else:
        yield _make(raw, str(path))


def read_jsonl(path: Path) -> Iterator[Article]:
    for lineno, line in enumerate(_read(path).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise InputError(f"{where}: each line must be an object with a string 'text' field")
        yield _make(obj["text"], where, id=obj.get("id"), date=obj.get("date"), lang=obj.get("lang"),
                    url=obj.get("url"), source=obj.get("source"))


def read_csv(path: Path) -> Iterator[Article]:
    raw = _read(path)
    sample = raw[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(raw.splitlines(keepends=True), dialect=dialect)
    fields = [f.strip().lower() for f in (reader.fieldnames or [])]
    if "text" not in fields:
        raise InputError(f"{path}: CSV needs a header with a 'text' column (found: {', '.join(fields) or 'none'})")
    reader.fieldnames = fields
    for rowno, row in enumerate(reader, start=2):
        text = row.get("text") or ""
        if not text.strip():
            continue
        yield _make(text, f"{path}:{rowno}", id=row.get("id"), date=row.get("date"), lang=row.get("lang"),
                    url=row.get("url"), source=row.get("source"))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"is a directory, not a file: {path}") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None


_READERS = {".jsonl": read_jsonl, ".ndjson": read_jsonl, ".csv": read_csv, ".tsv": read_csv}


def read_path(path: Path) -> Iterator[Article]:
    """Articles in one file, the format chosen by its extension (``.txt`` and anything else: text)."""
    reader = _READERS.get(path.suffix.lower(), read_text_file)
    return reader(path)


def read_articles(
    paths: Iterable[Path],
    *,
    lang: str = "auto",
    date: dt.date | None = None,
    detector: LanguageDetector | None = None,
) -> Iterator[Article]:
    """All articles in ``paths`` with language and date settled.

    ``lang`` other than ``auto`` overrides the language of every article; ``date``
    (from ``--date``) overrides the article date with day precision.
    """
    if lang not in ("auto", "de", "en"):
        raise InputError(f"unsupported language {lang!r}: use de, en or auto")
    detector = detector if detector is not None else (LanguageDetector() if lang == "auto" else None)
    for path in paths:
        for article in read_path(Path(path)):
            changes: dict[str, object] = {}
            if lang != "auto":
                changes["lang"] = lang
            elif article.lang not in ("de", "en"):
                assert detector is not None
                changes["lang"] = detector.detect(article.text)
            if date is not None:
                changes["date"], changes["date_precision"] = date, "day"
            yield Article(**{**article.__dict__, **changes}) if changes else article
