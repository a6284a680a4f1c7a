"""From time expressions to an event's date: the coder's view of TimeML values.

An event line needs one date and a precision (`day`, `month`, `year`) and a `historical` flag. Both come
from the DATE/TIME expressions that govern the event's clause; without one the event is dated on the
publication day, which is what news usually means.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date, timedelta

from eventwire.records import Timex
from eventwire.time.dates import SEASON_MONTHS

PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE|-\d)?$")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
PART = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q[1-4]|H[12])$")
YEAR = re.compile(r"^(\d{4})$")
DECADE = re.compile(r"^(\d{3})$")
CENTURY = re.compile(r"^(\d{2})$")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _part_interval(year: int, part: str) -> tuple[date, date]:
    if part.startswith("Q"):
        q = int(part[1])
        return date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
    if part.startswith("H"):
        h = int(part[1])
        return date(year, 6 * h - 5, 1), _month_end(year, 6 * h)
    months = SEASON_MONTHS[part]
    if part == "WI":
        return date(year, 12, 1), _month_end(year + 1, 2)
    return date(year, months[0], 1), _month_end(year, months[-1])


def value_interval(value: str) -> tuple[date, date] | None:
    """The first and last day a TimeML date value covers (`2025-W27` → Mon..Sun), or None when the value
    is no calendar stretch (durations, sets, `PAST_REF`, `XXXX-07-01`)."""
    try:
        if m := DAY.match(value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := WEEK.match(value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3] == "-WE":
                return monday + timedelta(days=5), monday + timedelta(days=6)
            if m[3]:
                day = monday + timedelta(days=int(m[3][1:]) - 1)
                return day, day
            return monday, monday + timedelta(days=6)
        if m := MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1), _month_end(int(m[1]), int(m[2]))
        if m := PART.match(value):
            return _part_interval(int(m[1]), m[2])
        if m := YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
        if m := DECADE.match(value):
            return date(int(m[1]) * 10, 1, 1), date(int(m[1]) * 10 + 9, 12, 31)
        if m := CENTURY.match(value):
            return date(max(int(m[1]) * 100, 1), 1, 1), date(int(m[1]) * 100 + 99, 12, 31)
    except ValueError:
        return None
    return None


def date_of_value(value: str, base: date | None) -> tuple[str, str] | None:
    """A TimeML value as an event date and precision; weeks → month of their Thursday, seasons,
    quarters and halves → year, decades and vaguer → None; `PRESENT_REF` → the base day."""
    if value == "PRESENT_REF":
        return (base.isoformat(), "day") if base else None
    interval = value_interval(value)
    if interval is None:
        return None
    first, last = interval
    if first == last:
        return first.isoformat(), "day"
    if (last - first).days <= 6:
        middle = first + timedelta(days=(last - first).days // 2)  # a week's Thursday, a weekend's Saturday
        return f"{middle.year:04d}-{middle.month:02d}", "month"
    if first.year == last.year and first.month == last.month:
        return f"{first.year:04d}-{first.month:02d}", "month"
    if (last - first).days <= 366:
        return f"{first.year:04d}", "year"
    return None


def event_date(timexes_in_clause: Sequence[Timex], base: date | None) -> tuple[str | None, str | None]:
    """(date, precision) of an event from the DATE/TIME expressions of its clause: the most specific usable
    one (the first on ties), else the publication day; (None, None) with neither."""
    best: tuple[str, str] | None = None
    for timex in timexes_in_clause:
        if timex.type not in {"DATE", "TIME"}:
            continue
        found = date_of_value(timex.value, base)
        if found and (best is None or PRECISION_RANK[found[1]] > PRECISION_RANK[best[1]]):
            best = found
    if best:
        return best
    return (base.isoformat(), "day") if base else (None, None)


def is_before(value: str, base: date, margin_days: int = 0) -> bool:
    """True when the stretch a TimeML value covers ends before `base` (by more than `margin_days`).

    `PAST_REF` counts as before; durations, sets, `PRESENT_REF`/`FUTURE_REF` and underspecified values do
    not. Pass a margin (say 7) to separate "historical" mentions from yesterday's news.
    """
    if value == "PAST_REF":
        return True
    interval = value_interval(value)
    if interval is None:
        return False
    return (base - interval[1]).days > margin_days
