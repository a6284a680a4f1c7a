"""What every time rule shares: the candidate it proposes, the context it reads, and regex fragments.

A rule is a compiled pattern and a handler; the handler turns a match into zero or more `Cand`s. The
fragments (month names, numbers, units) are built once from the word tables in `data/`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from eventwire.time.context import TextContext
from eventwire.time.lexicon import alternation, lexicon


@dataclass(frozen=True, slots=True)
class Cand:
    """A proposed time expression; `value` of a bare clock time starts with `T` until a day is found."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    priority: int = 50
    rule: str = ""


@dataclass(frozen=True)
class RuleContext:
    """The text (with its tokens and sentences) and the publication date the values are resolved against."""

    tc: TextContext
    base: date | None

    @property
    def text(self) -> str:
        return self.tc.text

    def tense(self, start: int, end: int) -> str | None:
        return self.tc.tense(start, end)


Handler = Callable[[re.Match[str], RuleContext], list[Cand]]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int = 50


def _capitalized(words: Iterable[str]) -> str:
    return alternation(w.capitalize() for w in words)


@dataclass(frozen=True)
class Fragments:
    """Regex source strings for the building blocks of time expressions."""

    month: str
    weekday: str
    weekdays_plural: str
    season: str
    part_of_day: str
    number: str
    vague: str
    unit: str
    unit_singular: str
    ordinal: str
    year: str


@cache
def fragments() -> Fragments:
    """Build the fragments once: month names are capitalised (so the verb "march" is not a month)."""
    lex = lexicon()
    full_months = [m for m in lex.months if len(m) > 4 or m in {"may", "june", "july"}]
    abbrev = [m for m in lex.months if m not in full_months]
    # An abbreviation needs its full stop or a day number: "Sept. 11", "Sep 11", never the word "sept".
    abbreviated = [rf"{m.capitalize()}(?:\.|(?=\s+\d))" for m in sorted(abbrev, key=len, reverse=True)]
    month = "|".join([_capitalized(full_months), *abbreviated])
    full_days = [d for d in lex.weekdays if d.endswith("day")]
    words = [w for w in lex.numbers if " " not in w]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    ones = "one|two|three|four|five|six|seven|eight|nine"
    number = (
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:(?:{tens})[-\s](?:{ones}))"
        rf"|(?i:{alternation(w for w in lex.numbers if ' ' in w)})|(?i:{alternation(words)}))"
    )
    singular = [u for u in lex.units if not u.endswith("s") or u in {"ms"}]
    return Fragments(
        month=f"(?:{month})",
        weekday=f"(?:{_capitalized(full_days)})",
        weekdays_plural=f"(?:{_capitalized(full_days)})s",
        season=f"(?i:{alternation(lex.seasons)})",
        part_of_day=f"(?i:{alternation(lex.parts_of_day)})",
        number=number,
        vague=f"(?i:{alternation(lex.vague_numbers)})",
        unit=f"(?i:{alternation(lex.units)})",
        unit_singular=f"(?i:{alternation(singular)})",
        ordinal=f"(?i:{alternation(lex.ordinals)}|\\d{{1,2}}(?:st|nd|rd|th))",
        year=r"(?:1[0-9]|20)\d{2}(?![\d,.]\d)",
    )


FIELD = re.compile(r"\{([a-z_]+)\}")


def compile_rule(name: str, source: str, handler: Handler, priority: int = 50) -> Rule:
    """Compile `source` (a verbose regex with `{month}`-style fragment fields) into a `Rule`."""
    f = fragments()
    pattern = FIELD.sub(lambda m: getattr(f, m.group(1)), source)
    return Rule(name, re.compile(pattern, re.VERBOSE), handler, priority)


def ordinal_value(text: str) -> int | None:
    """`"third"` or `"3rd"` → 3."""
    lower = text.lower()
    digits = re.match(r"(\d+)(?:st|nd|rd|th)$", lower)
    if digits:
        return int(digits.group(1))
    return lexicon().ordinals.get(lower)


def month_number(text: str) -> int:
    return lexicon().months[text.rstrip(".").lower()]


def weekday_number(text: str) -> int:
    """`"Tuesday"` or `"Tuesdays"` → 2."""
    lower = text.lower()
    return lexicon().weekdays[lower[:-1] if lower.endswith("days") else lower]
