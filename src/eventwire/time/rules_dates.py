"""Rules for calendar dates: explicit ("September 11, 2022", "2022-09-11", "March 2018", "1957-58") and
underspecified ones resolved against the publication date ("July 1", "Tuesday", "in October").

Each handler returns `Cand`s with TimeML values; a handler declines (returns `[]`) when its guard says
the words are not a time here ("May" the modal, "Black Friday", "2000 troops").
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.time import dates
from eventwire.time.lexicon import lexicon
from eventwire.time.rulebase import (
    Cand,
    Rule,
    RuleContext,
    compile_rule,
    month_number,
    ordinal_value,
    weekday_number,
)

UNDERSPECIFIED = "XXXX"


def _date_cand(m: re.Match[str], value: str, rule: str, type_: str = "DATE") -> list[Cand]:
    return [Cand(m.start(), m.end(), type_, value, rule=rule)]


def _pick_year(ctx: RuleContext, m: re.Match[str], month: int, day: int, weekday: int | None) -> str | None:
    """The value of a day written without a year; a stated weekday picks the year it falls on."""
    if ctx.base is None:
        return f"{UNDERSPECIFIED}-{month:02d}-{day:02d}" if day <= 31 else None
    if weekday is not None:
        for year in (ctx.base.year, ctx.base.year - 1, ctx.base.year + 1):
            found = dates.valid_day(year, month, day)
            if found and found.isoweekday() == weekday:
                return found.isoformat()
    resolved = dates.resolve_month_day(ctx.base, month, day, ctx.tense(m.start(), m.end()))
    return resolved.isoformat() if resolved else None


def month_day(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "September 11, 2022", "Sept. 11", "11 September 2022", "Tuesday, July 1"."""
    month = month_number(m.group("month"))
    day = int(m.group("day"))
    if not 1 <= day <= 31:
        return []
    weekday = weekday_number(m.group("wd")) if m.group("wd") else None
    if m.group("year"):
        found = dates.valid_day(int(m.group("year")), month, day)
        return _date_cand(m, found.isoformat(), "month_day") if found else []
    value = _pick_year(ctx, m, month, day, weekday)
    return _date_cand(m, value, "month_day") if value else []


def month_year(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "March 2018", "May of 2010"."""
    return _date_cand(m, f"{int(m.group('year')):04d}-{month_number(m.group('month')):02d}", "month_year")


def numeric_date(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "2022-09-11" (ISO, optionally with a time), "9/11/2022" (US order unless the first number
    cannot be a month: "25/12/2024") and "11.09.2022" (day first, as in Europe)."""
    year = int(m.group("y"))
    if year < 100:
        year += 2000 if year <= (ctx.base.year % 100 if ctx.base else 30) + 1 else 1900
    first, second = int(m.group("m")), int(m.group("d"))
    day_first = m.group(0).count(".") == 2 or (m.group(0).count("/") == 2 and first > 12)
    month, day = (second, first) if day_first else (first, second)
    found = dates.valid_day(year, month, day)
    if found is None:
        return []
    if m.group("h"):
        return _date_cand(m, f"{found.isoformat()}T{m.group('h')}:{m.group('mi')}", "numeric_date", "TIME")
    return _date_cand(m, found.isoformat(), "numeric_date")


def month_alone(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "in October": the year comes from the tense (past → the latest October not after the base)."""
    name = m.group("month")
    left = ctx.tc.word_before(m.start())
    right_text = ctx.text[m.end() : m.end() + 30]
    rel = " ".join((m.group("rel") or "").lower().split())
    if not rel and left not in lexicon().guard("temporal_left"):
        if name.rstrip(".").lower() in {"may", "march"}:
            return []
        if re.match(r"\s+[A-Z][a-z]", right_text) and not re.match(r"\s+(?:\d|[A-Z][a-z]+day\b)", right_text):
            return []
    month = month_number(name)
    if ctx.base is None:
        return _date_cand(m, f"{UNDERSPECIFIED}-{month:02d}", "month")
    if rel in {"last", "past", "this past"}:
        year = ctx.base.year if month < ctx.base.month else ctx.base.year - 1
    elif rel in {"next", "coming", "this coming"}:
        year = ctx.base.year if month > ctx.base.month else ctx.base.year + 1
    elif rel == "this":
        year = ctx.base.year
    else:
        year = dates.resolve_month(ctx.base, month, ctx.tense(m.start(), m.end()))
    return _date_cand(m, f"{year:04d}-{month:02d}", "month")


def _is_count(m: re.Match[str], ctx: RuleContext, group: str) -> bool:
    """True when a 4-digit number reads as a quantity ("2000 troops", "some 1500 people")."""
    left = ctx.tc.word_before(m.start(group))
    if left in lexicon().guard("count_left"):
        return True
    if ctx.text[max(0, m.start(group) - 1) : m.start(group)] in {"$", "#", "£", "€"}:
        return True
    right = re.match(r"\s+([a-z]+)", ctx.text[m.end() : m.end() + 25])
    if right and left not in lexicon().guard("year_left"):
        word = right.group(1)
        return (word.endswith("s") and not word.endswith("ss")) or word in {"km", "kg", "mw", "ft", "m"}
    return False


def year(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "2010", "in 2022", and ranges "2009-2010", "1957-58" as two expressions."""
    y1 = int(m.group("y1"))
    if y1 < 1800 and ctx.tc.word_before(m.start()) not in lexicon().guard("early_year_left"):
        return []
    if _is_count(m, ctx, "y1"):
        return []
    out = [Cand(m.start("y1"), m.end("y1"), "DATE", f"{y1:04d}", rule="year")]
    y2_text = m.group("y2")
    if y2_text:
        y2 = int(y2_text) if len(y2_text) == 4 else (y1 // 100) * 100 + int(y2_text)
        if y2 < y1 and len(y2_text) == 2:
            y2 += 100
        if y1 < y2 <= y1 + 30:
            out.append(Cand(m.start("y2"), m.end("y2"), "DATE", f"{y2:04d}", rule="year"))
    return out


def decade(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "the 1990s" → 199, "the '90s" → 199, "the nineties" → 199, "the 1800s" → 18 (a century)."""
    if m.group("full"):
        full = m.group("full")
        value = full[:2] if full.endswith("00") and not full.startswith("20") else full[:3]
        return _date_cand(m, value, "decade")
    if m.group("short"):
        digit = int(m.group("short")[0])
        now = ctx.base.year if ctx.base else 2000
        century = now // 100 if digit * 10 <= now % 100 else now // 100 - 1
        return _date_cand(m, f"{century:02d}{digit}", "decade")
    words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
    return _date_cand(m, f"19{words.index(m.group('word').lower()) + 2}", "decade")


def century(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "the 20th century" → 19 (TimeML counts centuries by their first two digits)."""
    n = ordinal_value(m.group("ord"))
    if n is None or not 1 <= n <= 22:
        return []
    return _date_cand(m, f"{n - 1:02d}", "century")


def named_after(ctx: RuleContext, start: int) -> bool:
    """True when the day is part of a name: "Black Friday", "Super Tuesday", "Good Friday Agreement"."""
    lo, _ = ctx.tc.sentence_span(start)
    words = ctx.text[lo:start].split()
    last = re.fullmatch(r"[(\"'“‘]?([A-Z][a-z]+)", words[-1]) if words else None
    return last is not None and last.group(1).lower() in lexicon().guard("named_day_left")


def weekday(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "on Tuesday", "last Friday", "Friday afternoon": tense picks the day; default: the past."""
    if not m.group("rel") and named_after(ctx, m.start()):
        return []  # "Black Friday", "Bloody Sunday"
    wd = weekday_number(m.group("wd"))
    rel = " ".join((m.group("rel") or "").lower().split())
    pod = m.group("pod")
    value = f"{UNDERSPECIFIED}-WXX-{wd}" if ctx.base is None else _weekday_value(ctx, m, wd, rel)
    if pod:
        return _date_cand(m, f"{value}T{lexicon().parts_of_day[pod.lower()]}", "weekday", "TIME")
    return _date_cand(m, value, "weekday")


def _weekday_value(ctx: RuleContext, m: re.Match[str], wd: int, rel: str) -> str:
    assert ctx.base is not None
    if rel == "this":
        monday = ctx.base.toordinal() - ctx.base.isoweekday() + 1
        return date.fromordinal(monday + wd - 1).isoformat()
    if rel in {"last", "past", "this past"}:
        return dates.resolve_weekday(ctx.base, wd, "past", strict=True).isoformat()
    if rel in {"next", "coming", "this coming"}:
        return dates.resolve_weekday(ctx.base, wd, "future", strict=True).isoformat()
    return dates.resolve_weekday(ctx.base, wd, ctx.tense(m.start(), m.end())).isoformat()


def holiday(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "Christmas Day", "New Year's Eve 2019": fixed-date holidays."""
    key = " ".join(m.group("h").lower().replace("’", "'").split())
    month, day = lexicon().holidays[key]
    if key == "christmas" and ctx.tc.word_before(m.start()) not in lexicon().guard("temporal_left") | {
        "at",
        "over",
        "for",
    }:
        return []
    if m.group("year"):
        return _date_cand(m, f"{m.group('year')}-{month:02d}-{day:02d}", "holiday")
    value = _pick_year(ctx, m, month, day, None)
    return _date_cand(m, value, "holiday") if value else []


DATE_RULES: tuple[Rule, ...] = (
    compile_rule(
        "month_day",
        r"""\b(?:(?P<wd>{weekday}),?\s+)?(?:the\s+)?
        (?P<month>{month})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|:\d|\.\d|\s*%|\s*percent)
        (?:\s*(?:-|–|to|and)\s*[0-3]?\d(?:st|nd|rd|th)?(?![\d:]))?
        (?:,?\s+(?P<year>{year}))?""",
        month_day,
        10,
    ),
    compile_rule(
        "day_month",
        r"""(?:(?P<wd>{weekday}),?\s+)?(?:the\s+)?(?<![\d.,$£€])
        (?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<month>{month})
        (?:,?\s+(?P<year>{year}))?""",
        month_day,
        10,
    ),
    compile_rule("month_year", r"(?P<month>{month}),?\s+(?:of\s+)?(?P<year>{year})", month_year, 12),
    compile_rule(
        "iso_date",
        r"(?<![\d/-])(?P<y>{year})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?(?![\d-])",
        numeric_date,
        5,
    ),
    compile_rule(
        "us_date",
        r"(?<![\d/.])(?P<m>[0-3]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d{2})(?![\d/])(?P<h>)(?P<mi>)",
        numeric_date,
        5,
    ),
    compile_rule(
        "dotted_date",
        r"(?<![\d.])(?P<m>[0-3]?\d)\.(?P<d>[01]?\d)\.(?P<y>{year})(?!\d|\.\d)(?P<h>)(?P<mi>)",
        numeric_date,
        5,
    ),
    compile_rule(
        "month",
        r"""\b(?:(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|coming|past))\s+)?
        (?P<month>{month})(?!\s*\d)""",
        month_alone,
        40,
    ),
    compile_rule(
        "year",
        r"(?<![\w$£€#.,/:])(?<!\d-)(?P<y1>{year})(?:\s*(?:-|–|/)\s*(?P<y2>{year}|\d{2})(?!\d))?(?![\w%-]|,\d|\.\d)",
        year,
        30,
    ),
    compile_rule(
        "decade",
        r"""(?:(?i:the)\s+)?(?:(?<![\w$])(?P<full>(?:1[0-9]|20)\d0)['’]?s\b|['’](?P<short>\d0)s\b
        |(?<=the\s)(?P<word>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b)""",
        decade,
        20,
    ),
    compile_rule("century", r"\b(?:(?i:the)\s+)?(?P<ord>{ordinal})[\s-]+(?i:century)\b", century, 20),
    compile_rule(
        "weekday",
        r"""(?:(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|coming|past))\s+)?
        (?P<wd>{weekday})(?!s\b)(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?\b""",
        weekday,
        20,
    ),
    compile_rule(
        "holiday",
        r"""(?P<h>(?i:christmas\s+day|christmas\s+eve|new\s+year['’]s\s+day|new\s+year['’]s\s+eve)
        |Christmas|Halloween|Boxing\s+Day|Valentine['’]s\s+Day)(?:,?\s+(?P<year>{year}))?""",
        holiday,
        20,
    ),
)
