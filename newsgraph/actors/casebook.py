"""A resolution test set: surface forms with a language, a date and the code they must resolve to.

The set lives in a TSV file (``tests/data/actor_cases.tsv``; columns ``text lang date
expected_code source note``; lines starting with ``#`` are comments).  ``expected_code``
``-`` means the text must not resolve to a coded actor.  ``note`` starts with the
case's category (``dated: Medvedev as president`` → ``dated``).

Each case is resolved with :meth:`ActorResolver.resolve_name` (exact alias, then the
phrase as the matcher reads it, then fuzzy), on the case's date.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from newsgraph.actors.entries import LANGS
from newsgraph.actors.errors import ActorDataError
from newsgraph.actors.resolver import ActorResolver

COLUMNS = ("text", "lang", "date", "expected_code", "source", "note")
NO_CODE = "-"


@dataclass(frozen=True)
class Case:
    text: str
    lang: str
    date: dt.date
    expected: str | None  # None: must not resolve to a coded actor
    source: str
    note: str

    @property
    def category(self) -> str:
        return self.note.split(":", 1)[0].strip() or "other"


@dataclass(frozen=True)
class Outcome:
    case: Case
    got: str | None

    @property
    def ok(self) -> bool:
        return self.got == self.case.expected


def read_cases(path: Path) -> list[Case]:
    """The cases of a TSV file; a malformed line raises :class:`ActorDataError` naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ActorDataError(f"cannot read test cases {path}: {exc.strerror}") from None
    rows = csv.reader((ln for ln in lines if ln.strip() and not ln.startswith("#")), delimiter="\t",
                      quoting=csv.QUOTE_NONE, escapechar="\\")
    header = next(rows, None)
    if header is None or tuple(header) != COLUMNS:
        raise ActorDataError(f"{path}: expected the header {' '.join(COLUMNS)}")
    out = []
    for n, row in enumerate(rows, start=2):
        if len(row) != len(COLUMNS):
            raise ActorDataError(f"{path}: case {n}: expected {len(COLUMNS)} columns, got {len(row)}")
        text, lang, day, code, source, note = (c.strip() for c in row)
        if lang not in LANGS or not text or not code:
            raise ActorDataError(f"{path}: case {n}: bad language {lang!r} or empty text/code")
        try:
            date = dt.date.fromisoformat(day)
        except ValueError:
            raise ActorDataError(f"{path}: case {n}: bad date {day!r}") from None
        out.append(Case(text, lang, date, None if code == NO_CODE else code, source, note))
    return out


def run(cases: Iterable[Case], resolvers: Mapping[str, ActorResolver]) -> list[Outcome]:
    """Resolve every case with the resolver of its language."""
    out = []
    for c in cases:
        r = resolvers[c.lang].resolve_name(c.text, c.date)
        out.append(Outcome(c, r.code if r is not None else None))
    return out


def accuracy(outcomes: Iterable[Outcome], key: str = "all") -> dict[str, tuple[int, int]]:
    """(correct, total) per group: ``key`` is ``all``, ``lang`` or ``category``."""
    groups: dict[str, list[bool]] = defaultdict(list)
    for o in outcomes:
        name = {"all": "all", "lang": o.case.lang, "category": o.case.category}[key]
        groups[name].append(o.ok)
    return {k: (sum(v), len(v)) for k, v in sorted(groups.items())}


def describe(o: Outcome) -> str:
    c = o.case
    return f"{c.lang} {c.date} {c.text!r}: expected {c.expected or NO_CODE}, got {o.got or NO_CODE} ({c.note})"
