"""Store fixtures: a fresh database per test, and a store holding a small hand-built history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import history

from eventwire.store import Store, ingest_extractions, open_store


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture
def store(db_file: Path) -> Iterator[Store]:
    with open_store(db_file) as opened:
        yield opened


@pytest.fixture(scope="session")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file holding `history()`, closed again so tests can open it read-only (never write it)."""
    db_file = tmp_path_factory.mktemp("history") / "history.duckdb"
    with open_store(db_file) as opened:
        ingest_extractions(opened, history())
    return db_file


@pytest.fixture
def reader(filled: Path) -> Iterator[Store]:
    with open_store(filled, read_only=True) as opened:
        yield opened
