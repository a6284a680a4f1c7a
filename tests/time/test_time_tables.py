"""The time stage's word tables load, and the helpers built on them behave."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.time import dates
from eventwire.time.lexicon import lexicon, load_table, parse_number, tense_cues
from eventwire.time.rulebase import fragments


def test_every_table_loads() -> None:
    for name in ("lexicon.json", "tense.json"):
        assert load_table(name)["version"]
    lex = lexicon()
    assert lex.months["sept"] == 9 and lex.weekdays["sunday"] == 7
    assert lex.units["decade"] == "DE" and lex.mods["nearly"] == "APPROX"
    assert "in" in lex.guard("temporal_left")
    assert "will" in tense_cues().future and "said" in tense_cues().past
    assert fragments().month  # every regex fragment builds


def test_tables_are_read_only() -> None:
    with pytest.raises(TypeError):
        lexicon().months["smarch"] = 13  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "number"),
    [("24", 24), ("1,024", 1024), ("2.5", 2.5), ("three", 3), ("twenty-five", 25), ("a couple of", 2),
     ("one hundred", 100), ("several", None)],
)  # fmt: skip
def test_parse_number(text: str, number: float | None) -> None:
    assert parse_number(text) == number


def test_calendar_helpers() -> None:
    assert dates.shift_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert dates.week_value(date(2021, 1, 3)) == "2020-W53"
    assert dates.season_of(date(2025, 1, 15)) == (2024, "WI")
    assert dates.relative_season(date(2025, 7, 1), "SU", -1) == "2024-SU"
    assert dates.relative_season(date(2025, 3, 1), "SU", -1) == "2024-SU"
    assert dates.relative_season(date(2025, 10, 1), "SU", -1) == "2025-SU"
    assert dates.resolve_month_day(date(2025, 1, 5), 12, 28, None) == date(2024, 12, 28)


def test_public_surface() -> None:
    import eventwire.time

    assert eventwire.time.__all__ == ["event_date", "find_timexes", "is_before", "value_interval"]
