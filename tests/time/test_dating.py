"""event_date and is_before: from TimeML values to an event's date, precision and `historical` flag."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Timex
from eventwire.time import event_date, find_timexes, is_before, value_interval

BASE = date(2025, 7, 1)


def tx(value: str, type_: str = "DATE") -> Timex:
    return Timex(0, 1, "x", type_, value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-09-11", ("2022-09-11", "day")),
        ("2025-07-01T18:00", ("2025-07-01", "day")),
        ("2025-06-30TNI", ("2025-06-30", "day")),
        ("2025-06", ("2025-06", "month")),
        ("2025-W26", ("2025-06", "month")),  # the month of the week's Thursday
        ("2025-W27", ("2025-07", "month")),  # 30 June - 6 July 2025
        ("2024-SU", ("2024", "year")),
        ("2025-Q3", ("2025", "year")),
        ("2023-H1", ("2023", "year")),
        ("2022", ("2022", "year")),
        ("PRESENT_REF", ("2025-07-01", "day")),
    ],
)
def test_event_date_of_one_value(value: str, expected: tuple[str, str]) -> None:
    assert event_date([tx(value)], BASE) == expected


@pytest.mark.parametrize("value", ["PAST_REF", "FUTURE_REF", "199", "19", "XXXX-07-01", "XXXX-WXX-2"])
def test_unusable_values_fall_back_to_the_publication_day(value: str) -> None:
    assert event_date([tx(value)], BASE) == ("2025-07-01", "day")


def test_durations_and_sets_do_not_date_an_event() -> None:
    assert event_date([tx("P3Y", "DURATION"), tx("P1W", "SET")], BASE) == ("2025-07-01", "day")


def test_the_most_specific_value_wins() -> None:
    assert event_date([tx("2022"), tx("2022-09"), tx("2022-09-11")], BASE) == ("2022-09-11", "day")
    assert event_date([tx("2022-09"), tx("2021-03")], BASE) == ("2022-09", "month")


def test_no_date_at_all() -> None:
    assert event_date([], None) == (None, None)
    assert event_date([], BASE) == ("2025-07-01", "day")


def test_event_date_from_found_expressions() -> None:
    timexes = find_timexes("The last call took place on September 11, 2022, in nearly three years.", BASE)
    assert event_date(timexes, BASE) == ("2022-09-11", "day")


@pytest.mark.parametrize(
    ("value", "before"),
    [
        ("2022-09-11", True),
        ("2025-06-30", True),
        ("2025-07-01", False),
        ("2025-07-02", False),
        ("2025-W26", True),
        ("2025-W27", False),
        ("2025-06", True),
        ("2025", False),
        ("2024", True),
        ("2025-Q2", True),
        ("2024-WI", True),
        ("199", True),
        ("202", False),
        ("PAST_REF", True),
        ("PRESENT_REF", False),
        ("FUTURE_REF", False),
        ("P3Y", False),
        ("XXXX-07-01", False),
    ],
)
def test_is_before(value: str, before: bool) -> None:
    assert is_before(value, BASE) is before


def test_is_before_with_a_margin_leaves_out_yesterday() -> None:
    assert is_before("2025-06-30", BASE, margin_days=7) is False
    assert is_before("2025-06-01", BASE, margin_days=7) is True


def test_value_interval() -> None:
    assert value_interval("2024-WI") == (date(2024, 12, 1), date(2025, 2, 28))
    assert value_interval("2025-W27-WE") == (date(2025, 7, 5), date(2025, 7, 6))
    assert value_interval("2025-Q3") == (date(2025, 7, 1), date(2025, 9, 30))
    assert value_interval("P3Y") is None
