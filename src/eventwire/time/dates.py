"""Calendar arithmetic behind TimeML values: shifting by units, ISO weeks, seasons, quarters, and picking
the year of an underspecified date ("July 1", "Tuesday") from the publication date and the tense.

Direction is one of `"past"`, `"future"` or None (no cue: take the nearest occurrence). All functions are
pure; values are TimeML strings (`2025-07-01`, `2025-W27`, `2024-SU`, `2025-Q3`).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

SEASON_ORDER = ("SP", "SU", "FA", "WI")
SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}


def shift_months(day: date, months: int) -> date:
    """`day` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def shift(day: date, amount: int, unit: str) -> date:
    """`day` moved by `amount` TimeML units (D, W, M, Q, Y, DE, CE)."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "H": 6, "Y": 12, "DE": 120, "CE": 1200}[unit]
    return shift_months(day, amount * months)


def week_value(day: date) -> str:
    """The ISO week containing `day`: `2025-W27`."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def weekend_value(day: date) -> str:
    """The weekend of `day`'s ISO week: `2025-W27-WE`."""
    return week_value(day) + "-WE"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def season_of(day: date) -> tuple[int, str]:
    """Season of `day`; a winter is labelled by the year it begins in (Jan 2013 is in 2012-WI)."""
    for code, months in SEASON_MONTHS.items():
        if day.month in months:
            year = day.year - 1 if code == "WI" and day.month < 3 else day.year
            return year, code
    raise AssertionError("every month has a season")


def season_index(year: int, code: str) -> int:
    return year * 4 + SEASON_ORDER.index(code)


def season_from_index(index: int) -> str:
    year, k = divmod(index, 4)
    return f"{year:04d}-{SEASON_ORDER[k]}"


def relative_season(base: date, code: str, offset: int) -> str:
    """`last summer` (offset -1), `this summer` (0), `next summer` (+1) seen from `base`."""
    current = season_index(*season_of(base))
    same_year = season_index(base.year, code)
    if offset == 0:
        return season_from_index(same_year)
    if offset < 0:
        target = same_year if same_year < current else same_year - 4
        return season_from_index(target)
    target = same_year if same_year > current else same_year + 4
    return season_from_index(target)


def unit_value(day: date, unit: str) -> str:
    """`day` written at the granularity of `unit`: `2025`, `2025-07`, `2025-W27`, `2025-Q3`, `202`, `20`."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        return week_value(day)
    if unit == "WE":
        return weekend_value(day)
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if unit == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    raise ValueError(f"no calendar unit {unit!r}")


def resolve_weekday(base: date, weekday: int, direction: str | None, strict: bool = False) -> date:
    """The `weekday` (1 = Monday) nearest `base` in `direction`; news defaults to the past (or today).

    `strict` excludes `base` itself ("last Tuesday", "next Tuesday").
    """
    delta = weekday - base.isoweekday()
    if direction == "future":
        ahead = delta % 7
        if strict and ahead == 0:
            ahead = 7
        return base + timedelta(days=ahead)
    back = (-delta) % 7
    if strict and back == 0:
        back = 7
    return base - timedelta(days=back)


def resolve_month(base: date, month: int, direction: str | None) -> int:
    """The year of a bare month name: past → latest not after `base`, future → next not before `base`,
    no cue → the nearest occurrence."""
    if direction == "past":
        return base.year if month <= base.month else base.year - 1
    if direction == "future":
        return base.year if month >= base.month else base.year + 1
    diff = month - base.month
    if diff > 6:
        return base.year - 1
    if diff < -6:
        return base.year + 1
    return base.year


def resolve_month_day(base: date, month: int, day: int, direction: str | None) -> date | None:
    """The date of "July 1" without a year, chosen like `resolve_month`; None when no such day exists."""
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if direction == "past":
        past = [c for c in candidates if c <= base]
        return max(past) if past else None
    if direction == "future":
        future = [c for c in candidates if c >= base]
        return min(future) if future else None
    return min(candidates, key=lambda c: (abs((c - base).days), c > base))


def resolve_quarter(base: date, quarter: int, direction: str | None) -> str:
    """The year of "the third quarter" without a year, chosen like `resolve_month`."""
    current = quarter_of(base)
    year = base.year
    if direction == "past" and quarter > current:
        year -= 1
    elif direction == "future" and quarter < current:
        year += 1
    return f"{year:04d}-Q{quarter}"


def valid_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
