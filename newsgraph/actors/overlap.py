"""When is an alias "live" for an entry?  Used to find aliases shared on the same date.

An entry with dated roles is live on the days those roles cover; an entry
without dated roles (countries, most organisations) is live on every day.  The
undated fallback role does not make an entry live: otherwise every retired
politician would clash with every namesake for ever.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from newsgraph.actors.entries import Role

Span = tuple[dt.date, dt.date]
ALWAYS: tuple[Span, ...] = ((dt.date.min, dt.date.max),)


def live_spans(roles: Iterable[Role]) -> tuple[Span, ...]:
    """The day ranges on which an entry with these roles is live."""
    spans = tuple((r.start or dt.date.min, r.end or dt.date.max) for r in roles if r.dated)
    return spans or ALWAYS


def overlap(a: tuple[Span, ...], b: tuple[Span, ...]) -> bool:
    """True if any span of ``a`` shares a day with any span of ``b``."""
    return any(s1 <= e2 and s2 <= e1 for s1, e1 in a for s2, e2 in b)
