"""Rules for dates said relative to the publication day: "yesterday", "last week", "next month",
"three days ago", "last summer", "the third quarter", "this morning".

Without a publication date these cannot be resolved, and the handlers decline (except where TimeML has
an underspecified form).
"""

from __future__ import annotations

import re
from datetime import timedelta

from eventwire.time import dates
from eventwire.time.lexicon import lexicon, parse_number
from eventwire.time.rulebase import Cand, Rule, RuleContext, compile_rule, ordinal_value

DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
REL_OFFSETS = {
    "this": 0, "current": 0, "the current": 0, "this past": -1, "last": -1, "past": -1, "the last": -1,
    "the previous": -1, "previous": -1, "next": 1, "this coming": 1, "coming": 1, "the coming": 1,
    "the upcoming": 1, "upcoming": 1,
}  # fmt: skip
UNIT_CODES = {
    "week": "W", "weekend": "WE", "month": "M", "year": "Y", "quarter": "Q", "half": "H", "decade": "DE",
    "century": "CE",
}  # fmt: skip
POD_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def deictic_day(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "today", "yesterday", "tomorrow", "tonight", "yesterday morning", "the day before yesterday"."""
    if ctx.base is None:
        return []
    words = m.group("word").lower().split()
    if words[:2] == ["the", "day"]:
        offset = -2 if words[-1] == "yesterday" else 2
    else:
        offset = DEICTIC_DAYS[words[0]]
    day = (ctx.base + timedelta(days=offset)).isoformat()
    pod = m.group("pod")
    if words[0] == "tonight":
        return [Cand(m.start(), m.end(), "TIME", f"{day}TNI", rule="deictic")]
    if pod:
        return [Cand(m.start(), m.end(), "TIME", f"{day}T{POD_CODES[pod.lower()]}", rule="deictic")]
    return [Cand(m.start(), m.end(), "DATE", day, rule="deictic")]


def part_of_day(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "this morning" → the publication day's morning; "last night" → the evening before."""
    if ctx.base is None:
        return []
    pod = m.group("pod").lower()
    offset = -1 if m.group("rel").lower() == "last" else 0
    day = (ctx.base + timedelta(days=offset)).isoformat()
    return [Cand(m.start(), m.end(), "TIME", f"{day}T{POD_CODES[pod]}", rule="part_of_day")]


def relative_unit(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "last week" → 2025-W26, "next month", "this year", "the coming weekend", "last quarter"."""
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    if rel in {"the last", "past"} and unit in {"decade", "century"}:
        return []  # "the last decade" is a stretch of ten years, a duration
    if ctx.base is None:
        return []
    code = UNIT_CODES[unit]
    offset = REL_OFFSETS[rel]
    if code == "WE":
        day = dates.shift(ctx.base, offset, "W")
        return [Cand(m.start(), m.end(), "DATE", dates.weekend_value(day), rule="relative_unit")]
    day = dates.shift(ctx.base, offset * (6 if code == "H" else 1), "M" if code == "H" else code)
    return [Cand(m.start(), m.end(), "DATE", dates.unit_value(day, code), rule="relative_unit")]


def the_weekend(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "over the weekend": the latest weekend in past sentences, the coming one otherwise."""
    if ctx.base is None:
        return []
    tense = ctx.tense(m.start(), m.end())
    day = ctx.base
    if tense == "past" and ctx.base.isoweekday() < 6:
        day = ctx.base - timedelta(weeks=1)
    return [Cand(m.start(), m.end(), "DATE", dates.weekend_value(day), rule="weekend")]


def ago(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "three days ago" → a day, "two years ago" → a year: the value keeps the unit's granularity."""
    unit = lexicon().units[m.group("unit").lower()]
    number = parse_number(m.group("num"))
    if number is None:
        return [Cand(m.start(), m.end(), "DATE", "PAST_REF", rule="ago")]
    if ctx.base is None or number != int(number) or unit in {"S", "ML"}:
        return []
    if m.group("unit").lower() in lexicon().clock_units:
        return [Cand(m.start(), m.end(), "DATE", ctx.base.isoformat(), rule="ago")]
    if unit == "2W":  # a fortnight
        number, unit = number * 2, "W"
    day = dates.shift(ctx.base, -int(number), unit)
    return [Cand(m.start(), m.end(), "DATE", dates.unit_value(day, unit), rule="ago")]


def season(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "last summer" → 2024-SU (from 2025-07-01), "the summer of 2020", "this spring"."""
    word = m.group("season")
    code = lexicon().seasons[word.lower()]
    rel = " ".join((m.group("rel") or "").lower().split())
    left = ctx.tc.word_before(m.start())
    after = ctx.text[m.end() : m.end() + 20]
    if word[0].isupper() and ctx.tc.word_before(m.start()) and re.match(r"\s+[A-Z][a-z]", after):
        return []  # "British Summer Time", "Arab Spring"
    if not (rel or m.group("year") or m.group("the") or left in lexicon().guard("season_left")):
        return []
    if word.lower() == "fall" and not (rel or m.group("year")) and re.match(r"\s+of\b", after):
        return []  # "the fall of Kabul"
    if m.group("year"):
        return [Cand(m.start(), m.end(), "DATE", f"{m.group('year')}-{code}", rule="season")]
    if ctx.base is None:
        return [Cand(m.start(), m.end(), "DATE", f"XXXX-{code}", rule="season")]
    if rel:
        offset = REL_OFFSETS.get(rel, 0)
    else:
        tense = ctx.tense(m.start(), m.end())
        current = dates.season_of(ctx.base)
        this_year = dates.season_index(ctx.base.year, code)
        now = dates.season_index(*current)
        offset = 0
        if tense == "past" and this_year > now:
            offset = -1
        elif tense == "future" and this_year < now:
            offset = 1
    return [Cand(m.start(), m.end(), "DATE", dates.relative_season(ctx.base, code, offset), rule="season")]


def quarter(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "the third quarter" → 2025-Q3, "Q2 2024", "the final quarter of last year"."""
    n = int(m.group("q")[1]) if m.group("q") else ordinal_value(m.group("ord"))
    if m.group("ord") and m.group("ord").lower() in {"final", "last"}:
        if m.group("ord").lower() == "last" and not (m.group("year") or m.group("rel")):
            return []  # "the last quarter" is the previous one: see `relative_unit`
        n = 4
    if n is None or not 1 <= n <= 4:
        return []
    year_text = m.group("year") or m.group("year2")
    if year_text:
        return [Cand(m.start(), m.end(), "DATE", f"{year_text}-Q{n}", rule="quarter")]
    if ctx.base is None:
        return [Cand(m.start(), m.end(), "DATE", f"XXXX-Q{n}", rule="quarter")]
    if m.group("rel"):
        year = ctx.base.year + REL_OFFSETS[m.group("rel").lower()]
        return [Cand(m.start(), m.end(), "DATE", f"{year:04d}-Q{n}", rule="quarter")]
    value = dates.resolve_quarter(ctx.base, n, ctx.tense(m.start(), m.end()))
    return [Cand(m.start(), m.end(), "DATE", value, rule="quarter")]


def half_year(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "the first half of 2012" → 2012-H1 (only with a year: "the second half" alone is often sport)."""
    n = ordinal_value(m.group("ord"))
    if n not in (1, 2):
        return []
    if m.group("year"):
        return [Cand(m.start(), m.end(), "DATE", f"{m.group('year')}-H{n}", rule="half")]
    if ctx.base is None:
        return []
    rel = (m.group("rel") or "this").lower()
    year = ctx.base.year + REL_OFFSETS.get(rel, 0)
    return [Cand(m.start(), m.end(), "DATE", f"{year:04d}-H{n}", rule="half")]


def boundary_of_unit(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "the end of the year" → this year with mod END (the year of the publication)."""
    if ctx.base is None:
        return []
    code = UNIT_CODES[m.group("unit").lower()]
    kind = m.group("kind").lower()
    mod = {"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}[kind]
    value = dates.unit_value(ctx.base, code)
    return [Cand(m.start(), m.end(), "DATE", value, mod=mod, rule="boundary")]


RELATIVE_RULES: tuple[Rule, ...] = (
    compile_rule(
        "deictic",
        r"""\b(?P<word>(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|today|tonight|yesterday|tomorrow))
        (?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?\b""",
        deictic_day,
        10,
    ),
    compile_rule(
        "part_of_day",
        r"\b(?P<rel>(?i:this|last))\s+(?P<pod>(?i:morning|afternoon|evening|night))\b",
        part_of_day,
    ),
    compile_rule(
        "relative_unit",
        r"""\b(?P<rel>(?i:this\s+past|this\s+coming|the\s+coming|the\s+upcoming|the\s+last|the\s+previous
        |the\s+current|this|last|next|coming|past|current|previous|upcoming))\s+
        (?:(?i:fiscal|financial|calendar|academic|school|budget)\s+)?
        (?P<unit>(?i:week|weekend|month|year|quarter|decade|century))\b""",
        relative_unit,
        15,
    ),
    compile_rule("weekend", r"\b(?i:the\s+weekend)\b", the_weekend, 30),
    compile_rule(
        "ago",
        r"\b(?P<num>{number}|{vague})(?:\s+(?i:more|full|long))?[\s-]+(?P<unit>{unit})\s+(?i:ago|earlier\s+than\s+now)\b",
        ago,
        5,
    ),
    compile_rule(
        "season",
        r"""\b(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|coming|past))\s+)?(?P<the>(?i:the)\s+)?
        (?P<season>{season})\b(?:\s+(?:(?i:of)\s+)?(?P<year>{year}))?""",
        season,
        20,
    ),
    compile_rule(
        "quarter",
        r"""\b(?:(?i:the)\s+)?(?P<ord>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))\s+
        (?:(?i:fiscal|financial|calendar)\s+)?(?i:quarter)\b
        (?:\s+(?i:of)\s+(?:(?P<year>{year})|(?P<rel>(?i:this|last|next))\s+(?i:year)|(?i:the\s+year)))?
        |\b(?P<q>Q[1-4])\b(?:\s+(?P<year2>{year}))?""",
        quarter,
        12,
    ),
    compile_rule(
        "half",
        r"""\b(?:(?i:the)\s+)?(?P<ord>(?i:first|second|1st|2nd))\s+(?i:half)\s+(?i:of)\s+
        (?:(?P<year>{year})|(?P<rel>(?i:this|last|next))\s+(?i:year)|(?i:the\s+year))""",
        half_year,
        12,
    ),
    compile_rule(
        "boundary",
        r"""(?i:the)\s+(?P<kind>(?i:end|close|beginning|start|middle))\s+(?i:of)\s+(?i:the)\s+
        (?P<unit>(?i:year|month|week|decade|century))\b""",
        boundary_of_unit,
        12,
    ),
)
