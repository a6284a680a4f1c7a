"""find_timexes on sentences written for these tests: each behaviour of the time stage pinned by example."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.records import Timex
from eventwire.time import find_timexes, is_before

JULY_1 = date(2025, 7, 1)  # a Tuesday: the seed article's publication day
THURSDAY = date(2025, 7, 3)


def found(text: str, base: date | None = JULY_1) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in find_timexes(text, base)]


def values(text: str, base: date | None = JULY_1) -> list[str]:
    return [t.value for t in find_timexes(text, base)]


# --- explicit dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The accord was signed on September 11, 2022 in Geneva.", "2022-09-11"),
        ("The accord was signed on 11 September 2022 in Geneva.", "2022-09-11"),
        ("The accord was signed on the 11th of September, 2022.", "2022-09-11"),
        ("The accord was signed on Sept. 11 in Geneva.", "2024-09-11"),
        ("The accord, dated 2022-09-11, was leaked.", "2022-09-11"),
        ("The accord, dated 9/11/2022, was leaked.", "2022-09-11"),
        ("The accord, dated 25/12/2024, was leaked.", "2024-12-25"),
        ("The accord, dated 01.07.2025, was leaked.", "2025-07-01"),
        ("The accord takes effect on July 1.", "2025-07-01"),
        ("The two sides fought a war in 2022.", "2022"),
        ("Talks collapsed in March 2018.", "2018-03"),
        ("Talks collapsed in May of 2010.", "2010-05"),
        ("Monday, June 30, 2025 was the deadline.", "2025-06-30"),
    ],
)
def test_explicit_dates(text: str, value: str) -> None:
    assert values(text) == [value]


def test_year_without_a_day_is_inferred_from_the_tense() -> None:
    assert values("Prices rose on Feb. 3.", THURSDAY) == ["2025-02-03"]
    assert values("The vote will be held on Feb. 3.", THURSDAY) == ["2026-02-03"]
    assert values("The rebels seized the town in October.", THURSDAY) == ["2024-10"]
    assert values("The rebels will hand over the town in October.", THURSDAY) == ["2025-10"]


def test_month_with_last_and_next() -> None:
    assert values("The embassy reopened last July.", JULY_1) == ["2024-07"]
    assert values("The embassy will reopen next March.", JULY_1) == ["2026-03"]
    assert values("The embassy closed last March.", JULY_1) == ["2025-03"]


def test_point_modifiers() -> None:
    assert found("Fighting resumed in mid-2020.") == [("mid-2020", "DATE", "2020", "MID")]
    assert found("The strike began in early December.") == [("early December", "DATE", "2024-12", "START")]
    assert found("Troops left in late 2019.") == [("late 2019", "DATE", "2019", "END")]
    assert found("The law lapses at the end of 2026.") == [("the end of 2026", "DATE", "2026", "END")]


def test_year_ranges_are_two_expressions() -> None:
    assert values("The famine of 1932-33 and the crisis of 2008-2009.") == ["1932", "1933", "2008", "2009"]


def test_decades_and_centuries() -> None:
    assert values("Both states were allies in the 1990s.") == ["199"]
    assert values("Both states were allies in the '80s.") == ["198"]
    assert values("It was the bloodiest war of the 20th century.") == ["19"]


# --- weekdays -------------------------------------------------------------------------------------------


def test_weekday_in_a_past_sentence_is_the_previous_one() -> None:
    assert values("The ministers met on Monday in Rome.", THURSDAY) == ["2025-06-30"]
    assert values("Rebels shelled the city on Saturday, officials said.", THURSDAY) == ["2025-06-28"]


def test_weekday_in_a_future_sentence_is_the_next_one() -> None:
    assert values("The ministers will meet on Monday in Rome.", THURSDAY) == ["2025-07-07"]
    assert values("The vote is scheduled for Saturday.", THURSDAY) == ["2025-07-05"]


def test_weekday_without_tense_defaults_to_the_latest_or_today() -> None:
    assert values("Thursday's vote in parliament.", THURSDAY) == ["2025-07-03"]
    assert values("Monday's vote in parliament.", THURSDAY) == ["2025-06-30"]


def test_last_and_next_weekday() -> None:
    assert values("He spoke last Thursday and speaks again next Thursday.", THURSDAY) == [
        "2025-06-26",
        "2025-07-10",
    ]


def test_weekday_named_in_an_event_name_is_not_a_date() -> None:
    assert found("Black Friday sales rose, and the Good Friday Agreement held.", THURSDAY) == []
    assert values("The Senate Tuesday passed the bill.", THURSDAY) == ["2025-07-01"]


def test_weekday_with_part_of_day_is_a_time() -> None:
    assert found("Shelling resumed on Sunday night.", THURSDAY) == [
        ("Sunday night", "TIME", "2025-06-29TNI", None)
    ]


def test_tagger_hints_mark_present_tense_announcements_as_future() -> None:
    text = "Talks begin Tuesday in Vienna."
    assert values(text, THURSDAY) == ["2025-07-01"]
    start = text.index("begin")
    assert [t.value for t in find_timexes(text, THURSDAY, hints=[(start, start + 5, "VBP")])] == [
        "2025-07-08"
    ]


def test_tagger_hints_override_the_word_lists() -> None:
    text = "Soldiers will hold positions they hit on Friday."
    assert values(text, THURSDAY) == ["2025-07-04"]
    start = text.index("hit")
    assert [t.value for t in find_timexes(text, THURSDAY, hints=[(start, start + 3, "VBD")])] == [
        "2025-06-27"
    ]


# --- relative to the publication day --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The envoy arrived yesterday.", "2025-06-30"),
        ("The envoy arrives today.", "2025-07-01"),
        ("The envoy arrives tomorrow.", "2025-07-02"),
        ("The envoy arrived last week.", "2025-W26"),
        ("The envoy arrives next week.", "2025-W28"),
        ("The envoy arrived three days ago.", "2025-06-28"),
        ("The envoy arrived two months ago.", "2025-05"),
        ("The envoy arrived two years ago.", "2023"),
        ("The envoy arrives next month.", "2025-08"),
        ("The envoy arrived last year.", "2024"),
        ("The envoy arrives this weekend.", "2025-W27-WE"),
    ],
)
def test_relative_dates(text: str, value: str) -> None:
    assert values(text) == [value]


def test_parts_of_the_publication_day_are_times() -> None:
    assert found("The leaders spoke this morning.") == [("this morning", "TIME", "2025-07-01TMO", None)]
    assert found("Sirens sounded last night.") == [("last night", "TIME", "2025-06-30TNI", None)]
    assert found("Talks resume tonight.") == [("tonight", "TIME", "2025-07-01TNI", None)]


def test_seasons() -> None:
    assert values("The drought hit last summer.") == ["2024-SU"]
    assert values("Elections are due next spring.") == ["2026-SP"]
    assert values("The offensive stalled in the summer of 2023.") == ["2023-SU"]
    assert values("The fall of Kabul shocked the world.") == []


def test_quarters_and_halves() -> None:
    assert values("Exports grew in the third quarter.") == ["2025-Q3"]
    assert values("Exports grew in the fourth quarter of 2024.") == ["2024-Q4"]
    assert values("Exports grew in Q2 2024.") == ["2024-Q2"]
    assert values("Exports grew last quarter.") == ["2025-Q2"]
    assert values("Exports grew in the first half of 2023.") == ["2023-H1"]
    assert values("A quarter of the seats went to the opposition.") == []


# --- durations, sets and references ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They spoke for the first time in nearly three years.",
            ("nearly three years", "DURATION", "P3Y", "APPROX"),
        ),
        ("The ceasefire held for 10 days.", ("10 days", "DURATION", "P10D", None)),
        ("The blockade lasted a decade.", ("a decade", "DURATION", "P10Y", None)),
        ("The truce lasted 24 hours.", ("24 hours", "DURATION", "PT24H", None)),
        ("The talks lasted two and a half hours.", ("two and a half hours", "DURATION", "PT150M", None)),
        ("He ruled for a year and a half.", ("a year and a half", "DURATION", "P18M", None)),
        ("The siege lasted more than a month.", ("more than a month", "DURATION", "P1M", "MORE_THAN")),
        ("They were detained for several weeks.", ("several weeks", "DURATION", "PXW", None)),
        ("Protests have continued for weeks.", ("weeks", "DURATION", "PXW", None)),
        ("The deficit grew over the past two years.", ("the past two years", "DURATION", "P2Y", None)),
        ("Unions called a 10-day strike.", ("10-day", "DURATION", "P10D", None)),
    ],
)
def test_durations(text: str, expected: tuple[str, str, str, str | None]) -> None:
    assert found(text) == [expected]


def test_ranges_of_durations_give_both_ends() -> None:
    assert values("The buyback may take between 6 and 9 months.") == ["P6M", "P9M"]


def test_ages_are_not_durations() -> None:
    assert found("A 45-year-old man and children aged 5 years and older were hurt.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The council meets every week.", "P1W"),
        ("The council meets every two years.", "P2Y"),
        ("The report is published annually.", "P1Y"),
        ("Inspectors visit the site daily.", "P1D"),
        ("The council meets twice a month.", "P1M"),
        ("The council meets every Monday.", "XXXX-WXX-1"),
    ],
)
def test_sets(text: str, value: str) -> None:
    assert [(t.type, t.value) for t in find_timexes(text, JULY_1)] == [("SET", value)]


def test_references() -> None:
    assert values("The border is now closed and currently guarded.") == ["PRESENT_REF", "PRESENT_REF"]
    assert values("The border was recently closed, as in the past.") == ["PAST_REF", "PAST_REF"]
    assert values("The border may reopen in the future.") == ["FUTURE_REF"]
    assert values("They discussed the future of the grain deal.") == []


def test_clock_times_take_the_day_they_stand_with() -> None:
    assert found("The vote closes at 6 p.m.") == [("6 p.m.", "TIME", "2025-07-01T18:00", None)]
    assert found("The match was moved to 15:00 GMT on Saturday.", THURSDAY) == [
        ("15:00 GMT on Saturday", "TIME", "2025-06-28T15:00", None)
    ]
    assert found("Polls open Friday at 7 a.m.", THURSDAY)[0][2] == "2025-06-27T07:00"


# --- what is not a time ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "At the time, the ministry said nothing.",
        "May I ask a question?",
        "The Women's March drew crowds.",
        "The army sent 2000 troops and 1,500 tanks.",
        "He won a second term.",
        "Israel won 2-1 under Resolution 2231.",
        "The Six-Day War and the Hundred Years' War.",
    ],
)
def test_not_a_time(text: str) -> None:
    assert found(text) == []


# --- the whole text ---------------------------------------------------------------------------------------


def test_offsets_index_the_text() -> None:
    text = "On Tuesday, July 1, officials said\nthat three days ago the 1990s treaty expired at 6 p.m."
    for timex in find_timexes(text, JULY_1):
        assert text[timex.start : timex.end] == timex.text


def test_without_a_publication_date_relative_dates_stay_open() -> None:
    assert values("The accord takes effect on July 1.", None) == ["XXXX-07-01"]
    assert values("The envoy arrived yesterday after nearly three years.", None) == ["P3Y"]
    assert values("The envoy arrived on Tuesday.", None) == ["XXXX-WXX-2"]


def test_timex_serialises_with_mod() -> None:
    timex = find_timexes("in nearly three years", JULY_1)[0]
    assert timex == Timex(3, 21, "nearly three years", "DURATION", "P3Y", "APPROX")
    assert timex.to_dict()["mod"] == "APPROX"


def test_seed_article(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    timexes = find_timexes(text, JULY_1)
    by_text = {t.text: t for t in timexes}
    call = by_text["September 11, 2022"]
    assert (call.type, call.value) == ("DATE", "2022-09-11")
    assert is_before(call.value, JULY_1)
    gap = by_text["nearly three years"]
    assert (gap.value, gap.mod) == ("P3Y", "APPROX")
    assert "At the time" not in by_text
    assert all(t.value != "FUTURE_REF" for t in timexes)  # "the future of the grain deal"
