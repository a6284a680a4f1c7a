"""Find time expressions in English news text and normalise them to TimeML TIMEX3 values.

`find_timexes(text, base)` runs every rule over the text (compute), keeps the longest non-overlapping
candidates, gives clock times their day, and attaches modifiers ("nearly" → APPROX, "early" → START).
Values are resolved against `base`, the publication date: "yesterday" → the day before, "Tuesday" → the
Tuesday the tense points to, "last week" → `2025-W26`. The stage needs no parser and no model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from eventwire.records import Timex
from eventwire.time.context import TextContext
from eventwire.time.lexicon import alternation, lexicon
from eventwire.time.rulebase import Cand, Rule, RuleContext
from eventwire.time.rules_dates import DATE_RULES
from eventwire.time.rules_relative import RELATIVE_RULES
from eventwire.time.rules_spans import SPAN_RULES

RULES: tuple[Rule, ...] = DATE_RULES + RELATIVE_RULES + SPAN_RULES
DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}")
# What may stand between a clock time and its day: "Tuesday at 6 p.m.", "6 p.m. on Tuesday".
GAP_DAY_TIME = re.compile(r"\s*,?\s*(?:(?i:at|around|about|from|by|before|after|shortly\s+after|until))?\s*")
GAP_TIME_DAY = re.compile(r"\s*,?\s*\(?\s*(?:(?i:on|of|local\s+time\s+on))?\s*")
YEAR_OR_AGO = re.compile(r"\d{4}\b|.*\b(?i:ago)$")


@cache
def _modifier_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Regexes for a modifier right before an expression: point modifiers (early, the end of) and
    quantity modifiers (nearly, more than); and the start of a counted duration ("three", "a", "several")."""
    lex = lexicon()
    counts = alternation([*lex.numbers, *lex.vague_numbers, "half"])
    number_start = re.compile(rf"[\d$]|(?i:(?:{counts})\b)")
    point = alternation(k for k in lex.point_mods if not k.startswith("the "))
    point_the = alternation(k for k in lex.point_mods if k.startswith("the "))
    points = re.compile(rf"(?i:\b(?:{point_the}|{point}))[\s-]*$")
    amounts = re.compile(rf"(?i:\b(?:{alternation(lex.mods)}))\s+$")
    return points, amounts, number_start


def find_timexes(
    text: str, base: date | None, hints: Sequence[tuple[int, int, str]] | None = None
) -> list[Timex]:
    """Time expressions in `text`, in order, with TimeML type and value resolved against `base`.

    `hints` are optional (start, end, Penn tag) tokens from a tagger; they sharpen the tense guess that
    places a bare weekday or month, and everything works without them.
    """
    ctx = RuleContext(TextContext(text, hints), base)
    chosen = select(propose(ctx))
    chosen = give_clock_times_a_day(chosen, ctx)
    chosen = attach_modifiers(chosen, ctx)
    return [Timex(c.start, c.end, text[c.start : c.end], c.type, c.value, c.mod) for c in chosen]


def propose(ctx: RuleContext) -> list[Cand]:
    """Every rule's candidates, overlapping ones included."""
    out: list[Cand] = []
    for rule in RULES:
        for m in rule.pattern.finditer(ctx.text):
            if m.end() == m.start():
                continue
            try:
                cands = rule.handler(m, ctx)
            except (ValueError, OverflowError):
                continue  # calendar arithmetic beyond year 1..9999 ("10,000 years ago"): no value
            for c in cands:
                out.append(Cand(c.start, c.end, c.type, c.value, c.mod, rule.priority, rule.name))
    return out


def select(cands: list[Cand]) -> list[Cand]:
    """The longest candidates that do not overlap; on equal length the rule with the lower priority number."""
    chosen: list[Cand] = []
    for cand in sorted(cands, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def give_clock_times_a_day(chosen: list[Cand], ctx: RuleContext) -> list[Cand]:
    """A clock time joins an adjacent day ("Tuesday at 6 p.m."), else takes the nearest day of its
    sentence, else the publication day."""
    out: list[Cand] = []
    i = 0
    while i < len(chosen):
        cand = chosen[i]
        if not cand.value.startswith("T"):
            out.append(cand)
            i += 1
            continue
        prev = out[-1] if out else None
        nxt = chosen[i + 1] if i + 1 < len(chosen) else None
        if prev and DAY_VALUE.match(prev.value) and GAP_DAY_TIME.fullmatch(ctx.text, prev.end, cand.start):
            out[-1] = _joined(prev, cand, prev.value[:10] + cand.value, prev.start, cand.end)
            i += 1
        elif nxt and DAY_VALUE.match(nxt.value) and GAP_TIME_DAY.fullmatch(ctx.text, cand.end, nxt.start):
            out.append(_joined(nxt, cand, nxt.value[:10] + cand.value, cand.start, nxt.end))
            i += 2
        else:
            day = _sentence_day(chosen, cand, ctx)
            out.append(_joined(cand, cand, day + cand.value, cand.start, cand.end))
            i += 1
    return out


def _joined(day: Cand, clock: Cand, value: str, start: int, end: int) -> Cand:
    return Cand(start, end, "TIME", value, day.mod or clock.mod, clock.priority, clock.rule)


def _sentence_day(chosen: list[Cand], clock: Cand, ctx: RuleContext) -> str:
    lo, hi = ctx.tc.sentence_span(clock.start)
    days = [c for c in chosen if lo <= c.start < hi and DAY_VALUE.match(c.value)]
    if days:
        nearest = min(days, key=lambda c: abs(c.start - clock.start))
        return nearest.value[:10]
    return ctx.base.isoformat() if ctx.base else "XXXX-XX-XX"


def attach_modifiers(chosen: list[Cand], ctx: RuleContext) -> list[Cand]:
    """Widen an expression over a modifier just before it and record the TimeML `mod`:
    "early December" → START, "mid-2020" → MID, "nearly three years" → APPROX."""
    points, amounts, number_start = _modifier_patterns()
    lex = lexicon()
    out: list[Cand] = []
    for cand in chosen:
        floor = max(out[-1].end if out else 0, cand.start - 40)
        before = ctx.text[floor : cand.start]
        body = ctx.text[cand.start : cand.end]
        m: re.Match[str] | None = None
        mod = cand.mod
        if cand.type in {"DATE", "TIME"} and not cand.value.endswith("_REF"):
            m = points.search(before)
            if m:
                key = " ".join(re.sub(r"[\s-]+$", "", m.group()).lower().split())
                mod = lex.point_mods.get(key) or mod
            elif YEAR_OR_AGO.match(body):
                m = amounts.search(before)
                m = m if m and _amount_mod(m) == "APPROX" else None
                mod = "APPROX" if m else mod
        elif cand.type == "DURATION" and number_start.match(body):
            m = amounts.search(before)
            mod = _amount_mod(m) or mod
        start = floor + m.start() if m else cand.start
        out.append(Cand(start, cand.end, cand.type, cand.value, mod, cand.priority, cand.rule))
    return out


def _amount_mod(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    return lexicon().mods.get(" ".join(m.group().lower().split()))
