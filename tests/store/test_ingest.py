"""Writing: what is stored, re-ingest as a no-op, new versions, and all-or-nothing batches."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import event, extraction, history, quote

from eventwire import query
from eventwire.errors import InputError, StoreError
from eventwire.ingest import BadInput
from eventwire.store import Store, ingest_extractions, open_store
from eventwire.store import clusters as clusters_module

TABLES = ("articles", "events", "quotes", "mentions", "timexes", "merged_events")


def snapshot(store: Store) -> dict[str, list]:
    """Everything stored, ordered, minus ingest timestamps."""
    return {
        "articles": store.rows("SELECT id, sha256, text FROM articles ORDER BY id"),
        "events": store.rows("SELECT event_id, cluster_id FROM events ORDER BY event_id"),
        "quotes": store.rows("SELECT quote_id FROM quotes ORDER BY quote_id"),
        "mentions": store.rows("SELECT mention_id FROM mentions ORDER BY mention_id"),
        "timexes": store.rows("SELECT article_id, value FROM timexes ORDER BY article_id"),
        "merged": store.rows("SELECT cluster_id, reports, mention_ids FROM merged_events ORDER BY 1"),
    }


def test_stores_every_record_and_reads_back_the_contract(store: Store) -> None:
    items = history()
    report = ingest_extractions(store, items)
    assert (report.added, report.events, report.quotes, report.bad) == (3, 8, 2, [])
    for table, count in zip(TABLES, (3, 8, 2, 3, 3), strict=False):
        assert store.scalar(f"SELECT count(*) FROM {table}") == count, table
    stored = query.article(store, "kremlin-2022")
    assert stored["text"] == items[0].article.text and stored["source"] == "Kremlin"
    expected = [e.to_dict() for e in items[0].events]
    assert [{k: v for k, v in e.items() if k != "cluster_id"} for e in stored["events"]] == expected
    assert stored["quotes"] == [q.to_dict() for q in items[0].quotes]


def test_reingest_is_a_no_op(store: Store) -> None:
    ingest_extractions(store, history())
    before = snapshot(store)
    report = ingest_extractions(store, history())
    assert (report.added, report.replaced, report.unchanged) == (0, 0, 3)
    assert snapshot(store) == before


def test_same_text_under_another_id_is_not_stored_twice(store: Store) -> None:
    first = extraction("a", [event("a", 0)], text="One text.")
    second = extraction("b", [event("b", 0)], text="One text.")
    report = ingest_extractions(store, [first, second])
    assert (report.added, report.unchanged) == (1, 1)
    assert store.scalar("SELECT list(id) FROM articles") == ["a"]


def test_new_text_for_a_stored_id_replaces_the_old_version(store: Store) -> None:
    ingest_extractions(store, history())
    old_tass = store.scalar("SELECT cluster_id FROM events WHERE event_id = 'tass-2025-e0'")
    new = extraction("tass-2025", [event("tass-2025", 0, "041", "putin", "macron", "2025-07-02")],
                     text="Corrected: the call took place on July 2.")
    report = ingest_extractions(store, [new])
    assert (report.added, report.replaced) == (0, 1)
    assert store.scalar("SELECT text FROM articles WHERE id = 'tass-2025'").startswith("Corrected")
    assert store.scalar("SELECT count(*) FROM events WHERE article_id = 'tass-2025'") == 1
    assert store.scalar("SELECT count(*) FROM merged_events WHERE cluster_id = ?", [old_tass]) == 0
    call_2022 = query.event(store, "kremlin-2022-e0")
    assert call_2022["reports"] == 2 and "tass-2025" not in call_2022["article_ids"]


def test_a_failing_write_mid_batch_leaves_the_store_as_before(store: Store, monkeypatch) -> None:
    ingest_extractions(store, history()[:1])
    before = snapshot(store)

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(clusters_module, "merge_new", broken)
    with pytest.raises(RuntimeError):
        ingest_extractions(store, history()[1:])
    assert snapshot(store) == before


def test_an_id_clash_refuses_the_whole_batch(store: Store) -> None:
    ingest_extractions(store, history()[:1])
    before = snapshot(store)
    fine = extraction("fine", [event("fine", 0)])
    clash = extraction("clash", [event("kremlin-2022", 0)])
    with pytest.raises(StoreError) as error:
        ingest_extractions(store, [fine, clash])
    assert error.value.code == "E306" and "kremlin-2022-e0" in str(error.value)
    assert snapshot(store) == before


def test_bad_inputs_are_reported_and_the_batch_goes_on(store: Store) -> None:
    bad = BadInput("broken.txt", InputError("broken.txt: binary file, not text", code="E106"))
    items = history()
    report = ingest_extractions(store, [items[0], bad, items[1], items[2]], batch_size=2)
    assert report.added == 3 and report.bad == [("broken.txt", "[E106] broken.txt: binary file, not text")]
    assert not report.ok and "1 bad" in report.summary()


def test_one_transaction_per_batch_and_progress(store: Store, monkeypatch) -> None:
    commits: list[int] = []
    original = Store.transaction

    def counting(self):
        commits.append(1)
        return original(self)

    monkeypatch.setattr(Store, "transaction", counting)
    seen: list[int] = []
    items = [extraction(f"a{i}", [event(f"a{i}", 0, day=f"2020-01-0{i + 1}")]) for i in range(5)]
    ingest_extractions(store, items, batch_size=2, on_progress=lambda r: seen.append(r.added))
    assert len(commits) == 3 and seen[-1] == 5


def test_batch_size_must_be_positive(store: Store) -> None:
    with pytest.raises(StoreError):
        ingest_extractions(store, [], batch_size=0)


def test_merging_is_incremental_across_ingests(db_file: Path) -> None:
    items = history()
    with open_store(db_file) as store:
        for item in items:
            ingest_extractions(store, [item])
        one_by_one = snapshot(store)["merged"]
    other = db_file.with_name("other.duckdb")
    with open_store(other) as store:
        ingest_extractions(store, items)
        assert snapshot(store)["merged"] == one_by_one
        assert clusters_module.recluster(store) == len(one_by_one)
        assert snapshot(store)["merged"] == one_by_one


def test_quotes_keep_their_reporting_chain(store: Store) -> None:
    ingest_extractions(store, [extraction("q", [], (quote("q", 0),))])
    assert query.article(store, "q")["quotes"][0]["reported_via"] == ["TASS", "the Kremlin"]


def test_an_id_twice_in_one_article_is_refused(store: Store) -> None:
    twice = extraction("twice", [event("twice", 0), event("twice", 0, day="2020-01-01")])
    with pytest.raises(StoreError) as error:
        ingest_extractions(store, [twice])
    assert error.value.code == "E306" and "twice in twice" in str(error.value)
