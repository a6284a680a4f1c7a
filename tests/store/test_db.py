"""Opening stores: new, existing, read-only, foreign files, locks, and readers side by side."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pytest

from eventwire.errors import StoreError
from eventwire.store import Store, open_store


def code_of(error: pytest.ExceptionInfo[StoreError]) -> str:
    return error.value.code


def test_new_store_has_the_schema(db_file: Path) -> None:
    with open_store(db_file) as store:
        tables = {r["table_name"] for r in store.rows("SELECT table_name FROM duckdb_tables()")}
    assert {"articles", "mentions", "events", "quotes", "timexes", "merged_events", "meta"} <= tables
    with open_store(db_file, read_only=True) as store:
        assert store.scalar("SELECT value FROM meta WHERE key = 'schema_version'") == "1"


def test_read_only_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as error:
        open_store(tmp_path / "missing.duckdb", read_only=True)
    assert code_of(error) == "E303" and "eventwire ingest" in str(error.value)


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 200)
    with pytest.raises(StoreError) as error:
        open_store(path)
    assert code_of(error) == "E301" and "not a DuckDB database" in str(error.value)
    assert path.read_text().startswith("these are my notes")


def test_a_directory_or_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as error:
        open_store(tmp_path)
    assert code_of(error) == "E301"
    with pytest.raises(StoreError) as error:
        open_store(tmp_path / "no" / "such" / "dir.duckdb")
    assert code_of(error) == "E301"


def test_someone_elses_duckdb_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    with pytest.raises(StoreError) as error:
        open_store(path)
    assert code_of(error) == "E304"


def test_a_newer_schema_is_refused(db_file: Path) -> None:
    with open_store(db_file) as store:
        store.run("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError) as error:
        open_store(db_file, read_only=True)
    assert code_of(error) == "E304"


def test_read_only_store_refuses_writes(filled: Path) -> None:
    with open_store(filled, read_only=True) as store, pytest.raises(StoreError) as error, store.transaction():
        pass
    assert code_of(error) == "E307"


def _hold(path: Path, read_only: bool) -> subprocess.Popen[str]:
    """Another process that opens the store and keeps it open until killed."""
    script = textwrap.dedent(f"""
        import sys, time, duckdb
        con = duckdb.connect({str(path)!r}, read_only={read_only})
        print("open", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def test_a_writer_elsewhere_gives_a_clean_lock_error(filled: Path) -> None:
    proc = _hold(filled, read_only=False)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError) as error:
            open_store(filled, read_only=True, wait=0.3)
        assert code_of(error) == "E302" and "another process" in str(error.value)
        assert time.monotonic() - started < 5
    finally:
        proc.kill()
        proc.wait()


def test_readers_do_not_block_each_other(filled: Path) -> None:
    proc = _hold(filled, read_only=True)
    try:
        with open_store(filled, read_only=True, wait=0) as store:
            assert store.scalar("SELECT count(*) FROM articles") == 3
    finally:
        proc.kill()
        proc.wait()


def test_in_memory_store_for_experiments() -> None:
    with open_store(":memory:") as store:
        assert store.scalar("SELECT count(*) FROM events") == 0


def test_cursors_serve_threads_side_by_side(filled: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from eventwire import query

    def read(store: Store) -> int:
        with store.cursor() as cursor:
            return len(query.events(cursor)) + len(query.contacts(cursor, "RUS", "FRA"))

    with open_store(filled, read_only=True) as store, ThreadPoolExecutor(4) as pool:
        assert set(pool.map(read, [store] * 16)) == {8}
