"""Pick the role (and so the CAMEO code) an actor holds on a given date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from newsgraph.actors.entries import SOURCE_MANUAL, Role


def role_on(roles: Sequence[Role], day: dt.date | None) -> Role | None:
    """The role held on ``day``.

    With a date: among the dated roles covering it, a manual one before a
    PETRARCH one, then the one that began last; if none covers the date, the
    undated fallback (manual first).  Without a date: the open-ended role that
    began last, else the fallback, else the dated role that ended last.
    """
    fallback = _fallback(roles)
    if day is not None:
        covering = [r for r in roles if r.covers(day)]
        if covering:
            return max(covering, key=lambda r: (r.source == SOURCE_MANUAL, r.start or dt.date.min))
        return fallback
    current = [r for r in roles if r.dated and r.end is None]
    if current:
        return max(current, key=lambda r: (r.source == SOURCE_MANUAL, r.start or dt.date.min))
    if fallback is not None:
        return fallback
    dated = [r for r in roles if r.dated]
    return max(dated, key=lambda r: r.end or dt.date.max) if dated else None


def _fallback(roles: Sequence[Role]) -> Role | None:
    undated = [r for r in roles if not r.dated]
    manual = [r for r in undated if r.source == SOURCE_MANUAL]
    return (manual or undated or [None])[0]


def has_dated_role_on(roles: Sequence[Role], day: dt.date | None) -> bool:
    """True if a dated role covers ``day`` (used to rank candidates of an ambiguous name)."""
    return day is not None and any(r.covers(day) for r in roles)
