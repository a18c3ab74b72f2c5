import datetime as dt

from newsgraph.coding.dates import DateSettings, is_historical, resolve_date

DAY = DateSettings("de", dt.date(2024, 6, 19), "day")  # a Wednesday
MONTH = DateSettings("de", dt.date(2024, 6, 1), "month")


def test_dates_weekday_past_and_future() -> None:
    d = resolve_date("sagte Putin am Mittwoch".split(), DAY)
    assert d.value == dt.date(2024, 6, 19) and d.precision == "day"
    d = resolve_date("in der Nacht auf Donnerstag eintreffen".split(), DAY, future=True)
    assert d.value == dt.date(2024, 6, 20)
    d = resolve_date("traf am Montag".split(), DAY)
    assert d.value == dt.date(2024, 6, 17)


def test_dates_weekday_needs_a_day_precise_article_date() -> None:
    d = resolve_date("am Mittwoch".split(), MONTH)
    assert d.iso() == "2024-06" and d.text is None


def test_dates_month_and_year() -> None:
    d = resolve_date("Im März blockierte sie".split(), MONTH)
    assert d.iso() == "2024-03" and d.precision == "month"
    d = resolve_date("Im Oktober blockierte sie".split(), MONTH)
    assert d.iso() == "2023-10"
    d = resolve_date("unterzeichneten 1961 ein Bündnis".split(), MONTH)
    assert d.iso() == "1961" and is_historical(d, MONTH)
    assert not is_historical(resolve_date("Im März".split(), MONTH), MONTH)


def test_dates_seit_year_is_not_the_event_date() -> None:
    d = resolve_date("seit 1990 verbündet".split(), MONTH)
    assert d.iso() == "2024-06"


def test_dates_explicit_date_english() -> None:
    s = DateSettings("en", dt.date(2024, 6, 19), "day")
    d = resolve_date("met on June 3, 2023 in Seoul".split(), s)
    assert d.value == dt.date(2023, 6, 3) and d.precision == "day"
    d = resolve_date("the visit yesterday".split(), s)
    assert d.value == dt.date(2024, 6, 18)
    # "may" as a modal verb is not the month
    d = resolve_date("Russia may send troops".split(), s)
    assert d.value == dt.date(2024, 6, 19)
