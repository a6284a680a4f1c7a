"""Rules for durations ("nearly three years" → P3Y), sets ("every week" → P1W), deictic references
("now" → PRESENT_REF) and clock times ("6 p.m." → T18:00, given a day later by `timex.py`).
"""

from __future__ import annotations

import re

from eventwire.time.lexicon import lexicon, parse_number
from eventwire.time.rulebase import Cand, Rule, RuleContext, compile_rule, month_number, weekday_number

AGE_AFTER = re.compile(
    r"[\s-]*(?:old|olds)\b|\s+of\s+age\b|\s+(?:and|or)\s+(?:older|over|up|younger|under)\b", re.IGNORECASE
)
AGE_BEFORE = re.compile(r"\b(?:aged|ages|age|sub)[\s-]+$", re.IGNORECASE)
# A fractional amount is written in the next smaller unit: 1.5 years → P18M, 1.5 days → PT36H.
FRACTION = {"Y": (12, "M", False), "W": (7, "D", False), "D": (24, "H", True), "H": (60, "M", True)}


def duration_value(number: float | None, unit_word: str) -> str | None:
    """P3Y, PT24H, PXD (vague), P10Y for a decade, P18M for a year and a half."""
    lex = lexicon()
    key = unit_word.lower()
    code = lex.units[key]
    clock = key in lex.clock_units
    prefix = "PT" if clock else "P"
    scale = {"2W": (2, "W"), "DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "Q": (3, "M")}
    if number is None:
        return f"{prefix}X{'W' if code == '2W' else code}"
    if code in scale:
        factor, code = scale[code]
        number *= factor
    if number != int(number) and code in FRACTION and (code == "H" or not clock):
        factor, code, to_clock = FRACTION[code]
        number *= factor
        prefix = "PT" if to_clock else prefix
    text = f"{int(number)}" if number == int(number) else f"{number:g}"
    return f"{prefix}{text}{code}"


def _age_or_compound(m: re.Match[str], ctx: RuleContext) -> bool:
    """An age ("a 45-year-old", "aged 5 and older") or a pace ("a sub-four-minute mile") is no length."""
    before = ctx.text[max(0, m.start() - 8) : m.start()]
    return bool(AGE_AFTER.match(ctx.text, m.end()) or AGE_BEFORE.search(before))


def duration(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Lengths: "three years", "the past two years", "a decade", "several days", "a year and a half"."""
    if _age_or_compound(m, ctx):
        return []
    if m.group("unit")[0].isupper():
        return []  # a name: "the Six-Day War", "the Hundred Years' War"
    num = " ".join(m.group("num").lower().split())
    unit = m.group("unit").lower()
    if unit in {"second", "sec"} and num in {"a", "an"}:
        return []  # "a second term"
    if unit.startswith("quarter") and (
        num in {"a", "an", "one"} or re.match(r"\s+of\b", ctx.text[m.end() :])
    ):
        return []  # "a quarter of the vote"
    one_day_left = lexicon().guard("one_day_left")
    if (
        num == "one"
        and unit == "day"
        and not m.group("pre")
        and ctx.tc.word_before(m.start()) not in one_day_left
    ):
        return []  # "One day, he left": a vague date, not a length
    vague = num in lexicon().vague_numbers
    number = None if vague else parse_number(num)
    if number is None and not vague:
        return []
    if number is not None and (m.group("half") or m.group("tail")):
        number += 0.5
    value = duration_value(number, unit)
    return [Cand(m.start(), m.end(), "DURATION", value, rule="duration")] if value else []


def half_duration(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "half an hour" → PT30M, "a half-century" → P50Y."""
    value = duration_value(0.5, m.group("unit"))
    return [Cand(m.start(), m.end(), "DURATION", value, rule="half_duration")] if value else []


def the_next_unit(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "the past week" → P1W, "over the next decade" → P10Y ("the next day" is a date: not taken)."""
    pre = m.group("pre").lower().split()[-1]
    unit = m.group("unit").lower()
    stretch = ctx.tc.word_before(m.start()) in {"over", "in", "for", "within", "during", "throughout"}
    if pre in {"next", "following", "preceding", "ensuing"} and (unit == "day" or not stretch):
        return []  # "re-elected the following year" is a date anchored elsewhere, not a length
    value = duration_value(1, unit)
    return [Cand(m.start(), m.end(), "DURATION", value, rule="the_next_unit")] if value else []


def vague_plural(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "recent weeks" → PXW, "the coming days" → PXD, "for years" → PXY."""
    if _age_or_compound(m, ctx):
        return []
    if not m.group("pre"):
        left = ctx.tc.word_before(m.start())
        right = ctx.tc.word_after(m.end())
        if left not in lexicon().guard("bare_left") and right not in lexicon().guard("bare_right"):
            return []
    value = duration_value(None, m.group("unit"))
    return [Cand(m.start(), m.end(), "DURATION", value, rule="vague_plural")] if value else []


def duration_range(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "between 12 and 18 months" → P12M and P18M, two expressions as TimeML annotates them."""
    if _age_or_compound(m, ctx):
        return []
    first, second = parse_number(m.group("n1")), parse_number(m.group("n2"))
    if first is None or second is None or first >= second:
        return []
    unit = m.group("unit")
    v1, v2 = duration_value(first, unit), duration_value(second, unit)
    if not v1 or not v2:
        return []
    return [
        Cand(m.start("n1"), m.end("n1"), "DURATION", v1, rule="duration_range"),
        Cand(m.start("n2"), m.end(), "DURATION", v2, rule="duration_range"),
    ]


def clock_duration(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "finished in 3:07:35" → PT3H7M35S; after "at" it is a clock time."""
    h, mi, s = (int(m.group(k)) for k in ("h", "mi", "s"))
    if ctx.tc.word_before(m.start()) in {"at", "by", "until", "from"}:
        clock = f"T{h:02d}:{mi:02d}:{s:02d}"
        return [Cand(m.start(), m.end(), "TIME", clock, rule="clock")] if h < 24 else []
    parts = "".join(f"{v}{c}" for v, c in ((h, "H"), (mi, "M"), (s, "S")) if v)
    return [Cand(m.start(), m.end(), "DURATION", f"PT{parts or '0S'}", rule="clock_duration")]


def set_every(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Sets: "every week" → P1W, "every two years" → P2Y, "every other day" → P2D, "every Monday"."""
    lex = lexicon()
    word = m.group("what")
    lower = word.lower()
    if lower in lex.parts_of_day:
        value = f"XXXX-XX-XXT{lex.parts_of_day[lower]}"
    elif lower in lex.weekdays:
        pod = m.group("pod")
        value = f"XXXX-WXX-{weekday_number(word)}" + (f"T{lex.parts_of_day[pod.lower()]}" if pod else "")
    elif lower.rstrip(".") in lex.months and word[0].isupper():
        value = f"XXXX-{month_number(word):02d}"
    elif lower in lex.seasons:
        value = f"XXXX-{lex.seasons[lower]}"
    elif lower in lex.units:
        number = parse_number(m.group("num")) if m.group("num") else 1.0
        if number is None:
            return []
        if m.group("other"):
            number *= 2
        value = duration_value(number, word) or ""
    else:
        return []
    return [Cand(m.start(), m.end(), "SET", value, rule="set_every")] if value else []


def set_adverb(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "daily" → P1D, "annually" → P1Y; capitalised inside a sentence it is a name ("Daily Mail")."""
    word = m.group()
    lo, _ = ctx.tc.sentence_span(m.start())
    if word[0].isupper() and ctx.text[lo : m.start()].strip():
        return []
    return [Cand(m.start(), m.end(), "SET", lexicon().sets[word.lower()], rule="set_adverb")]


def set_rate(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "twice a week", "$5 billion a year": the "a week" is a SET."""
    value = duration_value(1, m.group("unit"))
    return [Cand(m.start("set"), m.end("set"), "SET", value, rule="set_rate")] if value else []


def set_weekdays(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "on Mondays" → XXXX-WXX-1."""
    return [Cand(m.start(), m.end(), "SET", f"XXXX-WXX-{weekday_number(m.group('wd'))}", rule="set_weekdays")]


def reference(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Deixis: "now" → PRESENT_REF, "recently" and "the past" → PAST_REF, "the future" → FUTURE_REF."""
    key = " ".join(m.group().lower().split())
    if key == "now" and ctx.text[m.end() : m.end() + 1] == "-":
        return []  # "now-defunct"
    if key.startswith("the") and re.match(r"\s+of\b", ctx.text[m.end() :]):
        return []  # "the future of the deal" is a topic, not a time
    return [Cand(m.start(), m.end(), "DATE", lexicon().refs[key], rule="reference")]


AFTER_A_DATE = re.compile(r"(?:\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}),?\s*$")


def _clock_context(m: re.Match[str], ctx: RuleContext) -> bool:
    """A bare "18:45" is a time after "at" or right after a date ("June 1, 2020 18:45"), else a score?"""
    if ctx.tc.word_before(m.start()) in lexicon().guard("clock_left"):
        return True
    return bool(AFTER_A_DATE.search(ctx.text[max(0, m.start() - 30) : m.start()]))


def clock_time(m: re.Match[str], ctx: RuleContext) -> list[Cand]:
    """Reads "6 p.m." → T18:00, "15:00 GMT", "1500 GMT", "noon"; the day is attached later."""
    if m.group("word"):
        word = m.group("word").lower()
        value = "T24:00" if word == "midnight" else "T12:00"
        return [Cand(m.start(), m.end(), "TIME", value, rule="clock_time")]
    hour = int(m.group("h") or m.group("hh") or m.group("h4"))
    minute = int(m.group("mi") or m.group("mm") or m.group("m4") or 0)
    ampm = (m.group("ap") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return []
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif not (m.group("tz") or m.group("tz4") or _clock_context(m, ctx)):
        return []
    if hour > 23 or minute > 59:
        return []
    return [Cand(m.start(), m.end(), "TIME", f"T{hour:02d}:{minute:02d}", rule="clock_time")]


_TZ = r"(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|CEST|MSK|IST|JST|AEST|AEDT|ET|PT|(?i:local\s+time))"

SPAN_RULES: tuple[Rule, ...] = (
    compile_rule(
        "duration",
        r"""\b(?:(?P<pre>(?i:the\s+(?:past|last|next|first|following|previous|coming|final|remaining|entire|full
        |whole|initial|preceding|ensuing|subsequent|better\s+part\s+of\s+(?:the|a))|(?:past|last|next|first|recent)))\s+)?
        (?P<num>{number}|{vague})(?:\s+(?P<half>(?i:and\s+a\s+half)))?
        (?:\s+(?i:more|full|long|straight|consecutive|additional|extra|further|short))?[\s-]+
        (?P<unit>{unit})\b(?!-)(?P<tail>\s+(?i:and\s+a\s+half))?""",
        duration,
        40,
    ),
    compile_rule(
        "half_duration",
        r"\b(?i:half\s+an?|an?\s+half)[\s-]+(?P<unit>(?i:hour|day|year|decade|century|minute))\b",
        half_duration,
        35,
    ),
    compile_rule(
        "the_next_unit",
        r"""\b(?P<pre>(?i:the\s+(?:past|next|following|preceding|ensuing|entire|whole|full)))\s+
        (?P<unit>{unit_singular})\b""",
        the_next_unit,
        45,
    ),
    compile_rule(
        "vague_plural",
        r"""\b(?:(?P<pre>(?i:recent|the\s+(?:past|last|next|coming|following|previous|recent)
        |coming|past))\s+)?(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))\b""",
        vague_plural,
        60,
    ),
    compile_rule(
        "duration_range",
        r"""\b(?:(?i:between|from)\s+)?(?P<n1>{number})\s*(?:-|–|(?i:to|and|or))\s*(?P<n2>{number})[\s-]+
        (?P<unit>{unit})\b(?!-)""",
        duration_range,
        38,
    ),
    compile_rule(
        "clock_duration",
        r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])",
        clock_duration,
        30,
    ),
    compile_rule(
        "set_every",
        r"""\b(?i:every|each|per)\s+(?:(?P<other>(?i:other))\s+)?(?:(?P<num>{number})\s+)?
        (?P<what>{unit}|{part_of_day}|{weekday}|{month}|{season})\b(?:\s+(?P<pod>{part_of_day})\b)?""",
        set_every,
        20,
    ),
    compile_rule(
        "set_adverb",
        r"\b(?i:daily|nightly|hourly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly"
        r"|biannually|semiannually)\b",
        set_adverb,
        30,
    ),
    compile_rule(
        "set_rate",
        r"""(?:(?i:once|twice|thrice|times)|\$[\d,.]+(?:\s*(?i:million|billion|trillion|thousand))?
        |[\d,.]+\s*(?:%|(?i:percent|million|billion|trillion|thousand))|(?i:million|billion|trillion|percent))\s+
        (?P<set>(?i:an?|per)\s+(?P<unit>(?i:second|minute|hour|day|week|month|year|decade)))\b""",
        set_rate,
        20,
    ),
    compile_rule("set_weekdays", r"\b(?P<wd>{weekdays_plural})\b", set_weekdays, 30),
    compile_rule(
        "reference",
        r"""\b(?i:right\s+now|now|currently|nowadays|at\s+present|these\s+days|at\s+the\s+moment|presently|recently
        |the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|the\s+past)\b""",
        reference,
        50,
    ),
    compile_rule(
        "clock_time",
        r"""(?<![\d:.,$])(?:
          (?P<h>1[0-2]|0?[1-9]|1[3-9]|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*
            (?P<ap>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![a-z]))
        | (?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?![\d:])(?:\s*(?P<tz>{tz}))?
        | (?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)\s+(?P<tz4>GMT|UTC)
        | (?P<word>(?i:noon|midday|midnight))
        )(?:\s*(?:{tz}))?""".replace("{tz}", _TZ),
        clock_time,
        25,
    ),
)
