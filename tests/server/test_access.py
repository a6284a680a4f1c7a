"""The server's way to the file: shared reads, a writer alone, and the file let go of when idle."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.server.access import StoreAccess
from eventwire.store.db import open_store


@pytest.fixture
def copy(store_path: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(store_path, tmp_path / "copy.duckdb"))


def test_readers_share_and_a_writer_waits_for_them(copy: Path) -> None:
    access = StoreAccess(copy, idle=60)
    wrote = threading.Event()

    def write() -> None:
        with access.writer() as store, store.transaction() as con:
            con.execute("INSERT INTO meta VALUES ('note', 'written')")
        wrote.set()

    with access.reader() as first, access.reader() as second:
        assert first.scalar("SELECT count(*) FROM articles") == second.scalar("SELECT count(*) FROM articles")
        writer = threading.Thread(target=write)
        writer.start()
        assert not wrote.wait(0.3), "the writer must wait for the reads in flight"
    writer.join(10)
    assert wrote.is_set()
    with access.reader() as store:
        assert store.scalar("SELECT value FROM meta WHERE key = 'note'") == "written"
    access.close()


def test_the_file_is_let_go_of_when_idle(copy: Path) -> None:
    access = StoreAccess(copy, idle=0.0)
    with access.reader() as store:
        assert store.scalar("SELECT count(*) FROM articles") == 3
    busy = StoreAccess(copy, idle=3600)
    with busy.reader():
        pass
    busy.close_if_idle()  # used just now: keeps the connection
    with pytest.raises(StoreError):
        open_store(copy, read_only=False, wait=0.1)
    busy.close()
    access.close_if_idle()
    with open_store(copy, read_only=False, wait=0.1) as store:
        assert not store.read_only
