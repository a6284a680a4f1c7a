"""The time stage's word tables, loaded once from `data/` into read-only structures.

The tables are data, not code (see `data/README.md`): month and weekday names, number words, units,
modifiers and tense cues. `lexicon()` and `tense_cues()` are cached, so every caller shares one frozen copy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

DATA_PACKAGE = "eventwire.time.data"


def load_table(name: str) -> dict[str, Any]:
    """Read one JSON table shipped in `eventwire/time/data`."""
    with resources.files(DATA_PACKAGE).joinpath(name).open(encoding="utf-8") as fh:
        table: dict[str, Any] = json.load(fh)
    return table


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class Lexicon:
    """Names and words the rules are built from; all lookups take lower-case keys."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    numbers: Mapping[str, int]
    vague_numbers: frozenset[str]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    clock_units: frozenset[str]
    mods: Mapping[str, str]
    point_mods: Mapping[str, str | None]
    holidays: Mapping[str, tuple[int, int]]
    sets: Mapping[str, str]
    refs: Mapping[str, str]
    guards: Mapping[str, frozenset[str]]

    def guard(self, name: str) -> frozenset[str]:
        """A named word set that decides whether a rule fires (`temporal_left`: words before "May")."""
        return self.guards[name]


@dataclass(frozen=True)
class TenseCues:
    """Words that tell whether a sentence speaks of the past or the future."""

    future: frozenset[str]
    past: frozenset[str]
    reporting: frozenset[str]
    not_past_ed: frozenset[str]
    perfect_or_passive: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The word tables of `data/lexicon.json`, loaded once."""
    raw = load_table("lexicon.json")
    return Lexicon(
        months=_frozen(raw["months"]),
        weekdays=_frozen(raw["weekdays"]),
        seasons=_frozen(raw["seasons"]),
        parts_of_day=_frozen(raw["parts_of_day"]),
        numbers=_frozen(raw["numbers"]),
        vague_numbers=frozenset(raw["vague_numbers"]),
        ordinals=_frozen(raw["ordinals"]),
        units=_frozen(raw["units"]),
        clock_units=frozenset(raw["clock_units"]),
        mods=_frozen(raw["mods"]),
        point_mods=_frozen(raw["point_mods"]),
        holidays=_frozen({k: (v[0], v[1]) for k, v in raw["holidays"].items()}),
        sets=_frozen(raw["sets"]),
        refs=_frozen(raw["refs"]),
        guards=_frozen({k: frozenset(v) for k, v in raw["guards"].items()}),
    )


@cache
def tense_cues() -> TenseCues:
    """The cue words of `data/tense.json`, loaded once."""
    raw = load_table("tense.json")
    return TenseCues(
        future=frozenset(raw["future"]),
        past=frozenset(raw["past"]),
        reporting=frozenset(raw["reporting"]),
        not_past_ed=frozenset(raw["not_past_ed"]),
        perfect_or_passive=frozenset(raw["perfect_or_passive"]),
    )


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first so that `sept` wins over `sep`; spaces match any run."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def parse_number(text: str) -> float | None:
    """`"24"`, `"1,024"`, `"2.5"`, `"three"`, `"twenty-five"`, `"a couple of"` → the number; None if vague."""
    s = " ".join(text.lower().replace(",", "").split())
    if not s:
        return None
    try:
        return float(s)
    except ValueError:
        pass
    numbers = lexicon().numbers
    if s in numbers:
        return float(numbers[s])
    parts = [p for p in re.split(r"[-\s]+", s) if p and p != "and"]
    if not parts or any(p not in numbers for p in parts):
        return None
    total = 0.0
    current = 0.0
    for part in parts:
        value = numbers[part]
        if value == 100:
            current = max(current, 1.0) * 100
        else:
            current += value
    total += current
    return total
