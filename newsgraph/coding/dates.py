"""Event dates from the words of a clause, resolved against the article date.

Expressions handled, in German and English: explicit dates ("19. Juni 2024",
"June 19, 2024", parsed with dateparser), years ("1961", "im Jahr 1948"), month
names ("im März", "in March"), weekdays ("am Mittwoch", "on Wednesday") and
"gestern/heute/morgen" ("yesterday/today/tomorrow").  A weekday needs an article
date precise to the day; otherwise the article's own precision is kept.
Without any expression the event gets the article date with its precision.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

import dateparser

from newsgraph.model import EventDate

MONTHS = {
    "de": ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"],
}
WEEKDAYS = {
    "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
}
RELATIVE_DAYS = {
    "de": {"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2},
    "en": {"yesterday": -1, "today": 0, "tomorrow": 1},
}
# words before a year that make it a span or a reference rather than the event's date
_NOT_EVENT_YEAR = {"seit", "bis", "since", "until", "ab"}
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DAY = re.compile(r"^([0-3]?\d)\.?$")
HISTORICAL_AFTER_DAYS = 365


@dataclass(frozen=True)
class DateSettings:
    """How dates are read: the language and the article's date."""

    lang: str
    article_date: dt.date | None
    article_precision: str | None  # day | month | year


def article_event_date(settings: DateSettings) -> EventDate | None:
    if settings.article_date is None:
        return None
    return EventDate(settings.article_date, settings.article_precision or "day", None)


def resolve_date(words: Sequence[str], settings: DateSettings, *, future: bool = False) -> EventDate | None:
    """The date named by ``words`` (the tokens of an event's clause), else the article date.

    ``future`` tells a weekday or month to be resolved forwards from the article date.
    """
    lower = [w.lower() for w in words]
    lang = settings.lang if settings.lang in MONTHS else "en"
    explicit = _explicit_date(words, lower, lang, settings)
    if explicit:
        return explicit
    year = _year(lower)
    month = _month(lower, lang)
    base = settings.article_date
    if month is not None:
        if year is None:
            if base is None:
                return None
            year = base.year
            if not future and month > base.month:
                year -= 1
            elif future and month < base.month:
                year += 1
        return EventDate(dt.date(year, month, 1), "month", MONTHS[lang][month - 1])
    if year is not None:
        return EventDate(dt.date(year, 1, 1), "year", str(year))
    relative = _relative_day(lower, lang, settings, future)
    if relative:
        return relative
    return article_event_date(settings)


def is_other_day(date: EventDate | None, settings: DateSettings, slack_days: int = 7) -> bool:
    """Whether the text dates the event away from the article's own time (more than ``slack_days`` off)."""
    if date is None or date.text is None or settings.article_date is None:
        return False
    article = article_event_date(settings)
    return (article.value - date.end()).days > slack_days or (date.value - article.end()).days > slack_days


def is_historical(date: EventDate | None, settings: DateSettings) -> bool:
    """Whether the event lies years before the article (more than a year before its date)."""
    if date is None or settings.article_date is None or date.text is None:
        return False
    return (settings.article_date - date.end()).days > HISTORICAL_AFTER_DAYS


def _explicit_date(words: Sequence[str], lower: list[str], lang: str, settings: DateSettings) -> EventDate | None:
    months = MONTHS[lang]
    for i, w in enumerate(lower):
        if w not in months:
            continue
        # German "19. Juni 2024" / English "June 19, 2024" or "19 June"
        left = words[i - 1] if i > 0 else ""
        right = words[i + 1] if i + 1 < len(words) else ""
        day_word = left if _DAY.match(left) else (right.rstrip(",") if _DAY.match(right.rstrip(",")) else None)
        if day_word is None:
            continue
        chunk = words[max(0, i - 1): i + 3]
        has_year = any(_YEAR.match(x.strip(",.")) for x in chunk)
        base = dt.datetime.combine(settings.article_date, dt.time()) if settings.article_date else None
        parsed = dateparser.parse(
            " ".join(chunk),
            languages=[lang],
            settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "STRICT_PARSING": False}
            if base else {"STRICT_PARSING": False},
        )
        if parsed is not None and (has_year or base is not None):
            return EventDate(parsed.date(), "day", " ".join(chunk))
    return None


def _year(lower: list[str]) -> int | None:
    for i, w in enumerate(lower):
        if _YEAR.match(w) and not (i > 0 and lower[i - 1] in _NOT_EVENT_YEAR):
            return int(w)
    return None


def _month(lower: list[str], lang: str) -> int | None:
    months = MONTHS[lang]
    for i, w in enumerate(lower):
        if w in months:
            if w == "mai" or w == "may":
                # "may" is also a modal verb in English; require a preposition before it
                if not (i > 0 and lower[i - 1] in {"im", "in", "seit", "ende", "anfang", "mitte", "of", "early", "late"}):
                    continue
            return months.index(w) + 1
    return None


def _relative_day(lower: list[str], lang: str, settings: DateSettings, future: bool) -> EventDate | None:
    base = settings.article_date
    if base is None or settings.article_precision != "day":
        return None
    for w in lower:
        if w in RELATIVE_DAYS[lang]:
            return EventDate(base + dt.timedelta(days=RELATIVE_DAYS[lang][w]), "day", w)
    for w in lower:
        if w in WEEKDAYS[lang]:
            target = WEEKDAYS[lang].index(w)
            if future:
                delta = (target - base.weekday()) % 7
            else:
                delta = -((base.weekday() - target) % 7)
            return EventDate(base + dt.timedelta(days=delta), "day", w)
    return None
