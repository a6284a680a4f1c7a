"""How requests reach the DuckDB file: one shared read-only connection, let go of when idle.

Opening a DuckDB file costs tens of milliseconds, more than most queries, so requests share one
read-only connection, each with a cursor of its own (a DuckDB connection is not thread-safe; its
cursors are). But a read-only connection holds a shared lock on the file, and `eventwire ingest` in
another process needs it exclusively: so the connection is closed after `idle` seconds without a
request (the ingest waits up to two seconds for the lock), and reopened, seeing the new data, by the
next request.

Inside the process, `POST /api/ingest` takes the file for itself: `writer()` waits for the reads in
flight, closes the shared connection (DuckDB refuses a read-write open while the same process has the
file open read-only) and holds new reads back until the write is done.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from eventwire.store.db import Store, open_store

DEFAULT_IDLE = 0.5


class StoreAccess:
    """Readers share one connection; a writer has the file alone. One per app, never module state."""

    def __init__(self, path: Path, idle: float = DEFAULT_IDLE) -> None:
        self.path = path
        self.idle = idle
        self._cond = threading.Condition()
        self._shared: Store | None = None
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0
        self._last_used = 0.0

    @contextmanager
    def reader(self) -> Iterator[Store]:
        """The store, read-only, for one request."""
        with self._cond:
            self._cond.wait_for(lambda: not self._writing and not self._writers_waiting)
            if self._shared is None:
                self._shared = open_store(self.path, read_only=True)
            cursor = self._shared.con.cursor()
            self._readers += 1
        try:
            yield Store(cursor, str(self.path), read_only=True)
        finally:
            cursor.close()
            with self._cond:
                self._readers -= 1
                self._last_used = time.monotonic()
                self._cond.notify_all()

    @contextmanager
    def writer(self) -> Iterator[Store]:
        """The store, read-write, with no reader in this process."""
        with self._cond:
            self._writers_waiting += 1
            try:
                self._cond.wait_for(lambda: not self._writing and not self._readers)
            finally:
                self._writers_waiting -= 1
            self._writing = True
            self._close_shared()
        try:
            with open_store(self.path, read_only=False) as store:
                yield store
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()

    def close_if_idle(self) -> None:
        """Let go of the file when no request has used it for `idle` seconds."""
        with self._cond:
            if not self._readers and time.monotonic() - self._last_used >= self.idle:
                self._close_shared()

    def close(self) -> None:
        with self._cond:
            self._close_shared()

    def _close_shared(self) -> None:
        if self._shared is not None:
            self._shared.close()
            self._shared = None
