"""Opening the DuckDB file, its schema, and transactions.

DuckDB lets one process write a file, or many processes read it: the CLI's read commands and the HTTP
server open the store read-only, so they never block each other; `ingest` opens it read-write for the
length of the run. Every failure to open becomes a StoreError with a message a user can act on:

    E301  the file exists but is not a DuckDB database (or cannot be created)
    E302  another process holds the file open for writing
    E303  there is no database at that path (read-only open)
    E304  a DuckDB database, but not an eventwire store of a version this code reads
    E305  a write failed and was rolled back: nothing of the batch was stored
    E306  two articles produced the same event or quote id
    E307  a write to a store opened read-only
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwire.errors import StoreError
from eventwire.store.schema import SCHEMA_VERSION, TABLE_ORDER, TABLES

MEMORY = ":memory:"


class Store:
    """An open eventwire database: one DuckDB connection, read-only or read-write.

    Use it as a context manager (`with open_store(path) as store: ...`) so the file lock is released.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def cursor(self) -> Store:
        """The same database on a new cursor: one per thread, since a DuckDB connection is not shared
        across threads (the HTTP server opens one store read-only and hands each request a cursor)."""
        return Store(self.con.cursor(), self.path, self.read_only)

    def rows(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Rows of a query as dicts keyed by column name."""
        cursor = self.con.execute(sql, params or [])
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        rows = self.con.execute(sql, params or []).fetchall()
        return rows[0][0] if rows else None

    def run(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Execute a statement and consume its result (DuckDB wants results finished before more work)."""
        self.con.execute(sql, params or []).fetchall()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: any error inside rolls back, so no half-written article is ever visible."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only, cannot write", code="E307")
        self.con.begin()
        try:
            yield self.con
        except BaseException as error:
            self.con.rollback()
            if isinstance(error, duckdb.Error):
                raise StoreError(
                    f"{self.path}: write failed and was rolled back ({_first_line(error)})", code="E305"
                ) from error
            raise
        self.con.commit()

    def register(self, name: str, table: Any) -> None:
        """Make an Arrow table visible to SQL under `name` (bulk inserts and joins)."""
        self.con.register(name, table)

    def unregister(self, name: str) -> None:
        self.con.unregister(name)


def open_store(path: str | Path, read_only: bool = False, *, wait: float = 2.0) -> Store:
    """Open (or, for writing, create) an eventwire store; waits up to `wait` seconds for a lock."""
    name = str(path)
    if name != MEMORY:
        _check_path(Path(name), read_only)
    con = _connect(name, read_only, wait)
    store = Store(con, name, read_only)
    try:
        _ensure_schema(store)
    except BaseException:
        store.close()
        raise
    return store


def _check_path(path: Path, read_only: bool) -> None:
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file", code="E301")
    if read_only and not path.exists():
        raise StoreError(f"{path}: no database here (run `eventwire ingest` first)", code="E303")
    if not read_only and not path.parent.exists():
        raise StoreError(f"{path}: cannot create the database, no directory {path.parent}", code="E301")


def _connect(name: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(name, read_only=read_only)
        except duckdb.Error as error:
            message = str(error)
            locked = "lock" in message.lower()
            if locked and time.monotonic() < deadline:
                time.sleep(0.1)
                continue
            raise _open_error(name, message, locked) from error


def _open_error(name: str, message: str, locked: bool) -> StoreError:
    if locked:
        return StoreError(
            f"{name}: the database is being written by another process; try again when it is done",
            code="E302",
        )
    if "not a valid DuckDB database" in message or "database file" in message.lower():
        return StoreError(f"{name}: not a DuckDB database file", code="E301")
    if "different configuration" in message:
        return StoreError(
            f"{name}: already open in this process in another mode (read-only vs read-write)", code="E302"
        )
    return StoreError(f"{name}: cannot open the database ({_first_line(message)})", code="E301")


def _ensure_schema(store: Store) -> None:
    """Create the tables of a new store; check the version of an existing one."""
    existing = {r["table_name"] for r in store.rows("SELECT table_name FROM duckdb_tables()")}
    if "meta" in existing:
        version = store.scalar("SELECT value FROM meta WHERE key = 'schema_version'")
        if version is None or int(version) > SCHEMA_VERSION:
            raise StoreError(
                f"{store.path}: store schema version {version} is not supported "
                f"(this eventwire reads version {SCHEMA_VERSION})",
                code="E304",
            )
        return
    if existing:
        raise StoreError(f"{store.path}: a DuckDB database, but not an eventwire store", code="E304")
    if store.read_only:
        raise StoreError(f"{store.path}: empty database, nothing stored yet", code="E303")
    with store.transaction():
        for table in TABLE_ORDER:
            store.run(TABLES[table])
        store.run("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
