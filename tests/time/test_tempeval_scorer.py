"""bench/tempeval.py: TimeML reading, span mapping and value scoring, on a hand-made file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
PLATINUM = REPO / "bench" / "data" / "tempeval3_platinum" / "tml"

TML = """<?xml version="1.0" ?><TimeML>
<DOCID>doc1</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2025-07-03">\
July 3, 2025</TIMEX3></DCT>
<TEXT>
Smith &amp; Jones <EVENT eid="e1">met</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2025-06-30">Monday</TIMEX3> after \
<TIMEX3 tid="t2" type="DURATION" value="P2Y">two years</TIMEX3>; they meet again \
<TIMEX3 tid="t3" type="DATE" value="2025-W28">next week</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture(scope="module")
def tempeval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_tempeval", REPO / "bench" / "tempeval.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_read_tml_maps_gold_spans_into_the_plain_text(tempeval: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "doc1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = tempeval.read_tml(path)
    assert doc.base.isoformat() == "2025-07-03"
    assert "<" not in doc.text and "Smith & Jones met Monday" in doc.text
    assert [(doc.text[g.start : g.end], g.value) for g in doc.gold] == [
        ("Monday", "2025-06-30"),
        ("two years", "P2Y"),
        ("next week", "2025-W28"),
    ]


def test_score_counts_overlap_with_equal_value(tempeval: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "doc1.tml").write_text(TML, encoding="utf-8")
    result = tempeval.score_tempeval(tmp_path)
    assert result == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "found": 3, "correct": 3, "gold": 3}


def test_tempeval_platinum_value_f1(tempeval: ModuleType) -> None:
    result = tempeval.score_tempeval(PLATINUM)
    assert result["gold"] == 138
    assert result["f1"] >= 0.85
