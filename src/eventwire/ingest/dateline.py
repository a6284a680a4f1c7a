"""Datelines and date headers: where and by whom a story was filed, and on what day.

MOSCOW, July 1. /TASS/.          -> place Moscow, source TASS, month and day checked against the date
WASHINGTON (Reuters) -            -> place Washington, source Reuters
November 16, 2015, Antalya        -> a date line as the Kremlin prints it
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from eventwire.errors import InputError

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}

_HEADER = re.compile(r"\A\s*date[ \t]+(\S+)[ \t]*(?:\n|(?=\S)|\Z)", re.IGNORECASE)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_CITY = r"(?P<place>[A-Z][A-Z .'\-]{1,40}?)"
_MONTH_DAY = r"(?P<month>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2})"
_DATELINES = (
    # MOSCOW, July 1. /TASS/.
    re.compile(_CITY + r", " + _MONTH_DAY + r"\.? */(?P<source>[A-Za-z\-]{2,20})/\.?\s*"),
    # WASHINGTON, July 1 (Reuters) -
    re.compile(
        _CITY + r"(?:, " + _MONTH_DAY + r")? \((?P<source>[A-Za-z][A-Za-z .\-]{1,30})\) *[-\u2013\u2014]+\s*"
    ),
    # WASHINGTON — or MOSCOW, July 1 —
    re.compile(_CITY + r"(?:, " + _MONTH_DAY + r")? *[\u2013\u2014]\s*"),
)


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    source: str | None
    month: int | None
    day: int | None
    end: int


def parse_iso_date(value: str, what: str = "date") -> date:
    """A `YYYY-MM-DD` date, or an InputError that says which value was wrong."""
    if not _ISO_DATE.fullmatch(value.strip()):
        raise InputError(f"malformed {what} {value!r}: expected YYYY-MM-DD", code="E103")
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise InputError(f"malformed {what} {value!r}: {exc}", code="E103") from exc


def split_date_header(text: str) -> tuple[date | None, str]:
    """Strip an optional `date YYYY-MM-DD` prefix (after leading whitespace; the article may go on the
    same line). A header that is present but malformed is an error, not silently ignored."""
    match = _HEADER.match(text)
    if not match:
        return None, text
    return parse_iso_date(match.group(1), "date header"), text[match.end() :]


def parse_dateline(text: str) -> Dateline | None:
    """The dateline at the start of a story, if there is one."""
    head = text[:200]
    for pattern in _DATELINES:
        match = pattern.match(head)
        if not match:
            continue
        place = match.group("place").strip().title()
        groups = match.groupdict()
        month = _MONTHS.get((groups.get("month") or "").lower().rstrip("."))
        day = int(groups["day"]) if groups.get("day") else None
        source = groups.get("source")
        return Dateline(place, source.strip() if source else None, month, day, match.end())
    return None


def check_dateline_date(dateline: Dateline, published: date | None) -> bool:
    """True when the dateline's month and day agree with the publication date (or cannot be checked).
    Outlets in other time zones file a day apart, so one day either way is accepted."""
    if published is None or dateline.month is None or dateline.day is None:
        return True
    try:
        filed = date(published.year, dateline.month, dateline.day)
    except ValueError:
        return False
    return abs((filed - published).days) <= 1
