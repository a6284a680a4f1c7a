"""The store on real pipeline output: the demo corpus (41 readouts and the TASS seed) ingested once.

These need the spaCy model and every extraction stage, so they are marked slow.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire import query
from eventwire.store import Store, ingest_paths, open_store

pytestmark = pytest.mark.slow

WRITTEN = Path(__file__).parent / "data" / "written-for-test.jsonl"
WRITTEN_ID = "written-for-test-kremlin-2016-08-09-may-call"
SEED_ID = "tass-2025-07-01-putin-macron-call"


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    with open_store(path) as store:
        report = ingest_paths(store, [str(corpus_dir), str(WRITTEN)])
    assert report.ok and report.added == 43, report.summary()
    return path


@pytest.fixture
def corpus(corpus_db: Path) -> Iterator[Store]:
    with open_store(corpus_db, read_only=True) as store:
        yield store


def contact_on(rows: list[dict], day: str) -> dict:
    found = [r for r in rows if r["date"] == day]
    assert len(found) == 1, [(r["date"], r["article_ids"]) for r in rows]
    return found[0]


def test_kremlin_readout_and_tass_retrospective_are_one_call(corpus: Store) -> None:
    call = contact_on(query.contacts(corpus, "RUS", "FRA"), "2022-09-11")
    assert {"readout-033", SEED_ID} <= set(call["article_ids"])
    assert call["reports"] >= 2 and {"Kremlin", "TASS"} <= set(call["sources"])


def test_two_outlets_reports_of_one_call_merge(corpus: Store) -> None:
    call = contact_on(query.contacts(corpus, "GBR", "RUS"), "2016-08-09")
    assert set(call["article_ids"]) == {"readout-002", WRITTEN_ID} and call["reports"] == 2
    assert set(call["sources"]) == {"UK Prime Minister's Office", "Kremlin (test text)"}
    assert query.event(corpus, call["event_id"])["reports"] == 2


@pytest.mark.parametrize(("a", "b", "calls"), [
    ("RUS", "FRA", {"2022-09-11", "2025-07-01"}),
    ("GBR", "RUS", {"2016-08-09", "2021-12-13"}),
])
def test_calls_on_different_days_stay_apart(corpus: Store, a: str, b: str, calls: set[str]) -> None:
    days = [r["date"] for r in query.contacts(corpus, a, b)]
    assert calls <= set(days) and len(days) == len(set(days))


def test_the_gap_before_the_2025_call(corpus: Store) -> None:
    rows = query.contacts(corpus, "RUS", "FRA")
    latest = contact_on(rows, "2025-07-01")
    assert latest["days_since_previous"] == 1024 and rows[rows.index(latest) - 1]["date"] == "2022-09-11"


def test_reingest_changes_nothing(corpus_db: Path, corpus_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    shutil.copy(corpus_db, copy)
    with open_store(copy) as store:
        before = store.rows("SELECT cluster_id, reports, mention_ids FROM merged_events ORDER BY 1")
        report = ingest_paths(store, [str(corpus_dir / f"{SEED_ID}.txt"), str(WRITTEN)])
        assert (report.added, report.unchanged) == (0, 2)
        assert store.rows("SELECT cluster_id, reports, mention_ids FROM merged_events ORDER BY 1") == before


def test_bad_inputs_leave_what_is_stored_intact(corpus_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.duckdb"
    shutil.copy(corpus_db, copy)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    with open_store(copy) as store:
        before = store.rows("SELECT id, sha256 FROM articles ORDER BY id")
        report = ingest_paths(store, [str(tmp_path / "missing.txt"), str(binary), str(WRITTEN)])
        assert len(report.bad) == 2 and report.unchanged == 1
        assert store.rows("SELECT id, sha256 FROM articles ORDER BY id") == before


def test_summary_of_the_demo_corpus(corpus: Store) -> None:
    result = query.summary(corpus, dyads=20)
    assert result["articles"] == 43 and result["merged_events"] < result["events"]
    counts = [d["contacts"] for d in result["dyads"]]
    assert counts == sorted(counts, reverse=True)
    pairs = {frozenset((d["a"], d["b"])): d for d in result["dyads"]}
    russia_france = pairs[frozenset(("FRA", "RUS"))]
    assert [t["date"] for t in russia_france["timeline"]][-2:] == ["2022-09-11", "2025-07-01"]
    assert russia_france["contacts"] == len(query.contacts(corpus, "RUS", "FRA"))
