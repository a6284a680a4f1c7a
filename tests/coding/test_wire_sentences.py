"""Generality on news nobody tuned for: wire sentences through the whole pipeline (see `wire.py`).

Every row is a case of its own, so a failure names the sentence, what was expected and what came out.
Rows with an `expected_failure` (another stage's fault, or a known coder gap) are strict xfails: they
are reported on every run, and the day they pass the marker must go.
"""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.records import Event

from .wire import Row, describe, extract_rows, judge, load_rows

ROWS = load_rows()
MIN_PASS_RATE = 0.97


@pytest.fixture(scope="module")
def outputs() -> dict[str, list[Event]]:
    """Every row's events, extracted in one batch."""
    return extract_rows(ROWS)


def test_the_rows_are_many_and_cover_every_root() -> None:
    assert len(ROWS) >= 150 and len({r.id for r in ROWS}) == len(ROWS)
    roots = {r.root for r in ROWS if not r.none}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    assert sum(r.none for r in ROWS) >= 15


def test_the_pass_rate(outputs: dict[str, list[Event]]) -> None:
    passed = Counter(r.root or "none" for r in ROWS if judge(r, outputs[r.id]))
    total = Counter(r.root or "none" for r in ROWS)
    rate = sum(passed.values()) / len(ROWS)
    report = ", ".join(f"{k}: {passed[k]}/{total[k]}" for k in sorted(total))
    assert rate >= MIN_PASS_RATE, f"{rate:.3f} < {MIN_PASS_RATE} ({report})"


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=r.id, marks=pytest.mark.xfail(reason=r.expected_failure, strict=True))
     if r.expected_failure else pytest.param(r, id=r.id) for r in ROWS],
)
def test_wire_sentence(row: Row, outputs: dict[str, list[Event]]) -> None:
    events = outputs[row.id]
    expected = "no event" if row.none else (
        f"{'|'.join(row.cameo)} {'+'.join('|'.join(g) for g in row.source)} > "
        f"{'+'.join('|'.join(g) for g in row.target)} {','.join(sorted(row.flags))}")
    assert judge(row, events), f"{row.sentence}\n  expected: {expected}\n  got: {describe(events)}"
