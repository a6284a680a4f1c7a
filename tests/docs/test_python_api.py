"""The Python API as a user calls it, twice in a row (a module must never shadow a function)."""

from __future__ import annotations

import eventwire


def test_extract_is_callable_again_after_first_use() -> None:
    first = eventwire.extract("Putin spoke with Macron by telephone on Tuesday.", date="2025-07-01")
    second = eventwire.extract("Macron met Scholz in Berlin.", date="2024-03-05")
    assert callable(eventwire.extract)
    assert [e.cameo_root for e in first.events] == ["04"]
    assert first.events[0].date == "2025-07-01"
    assert {e.source.country for e in second.events if e.source} <= {"FRA", "DEU"}
