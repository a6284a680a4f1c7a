"""Storing extractions: one transaction per batch of articles, then merging their events into clusters.

Re-ingesting is a no-op: an article whose normalized text (sha256) is already stored is skipped, whatever
its id. An article id that comes back with different text is a new version: inside the batch's
transaction the old version's events, quotes, mentions and time expressions are deleted, the new ones
inserted, and the clusters the old events belonged to are rebuilt, so readers see either version whole.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from eventwire.errors import InputError, StoreError
from eventwire.records import Extraction
from eventwire.store import clusters
from eventwire.store.db import Store
from eventwire.store.rows import extraction_rows

if TYPE_CHECKING:
    from datetime import date

    from eventwire.ingest import BadInput
    from eventwire.settings import Settings

DEFAULT_BATCH = 32
ROW_TABLES = ("articles", "events", "quotes", "mentions", "timexes")


@dataclass
class IngestReport:
    """What one ingest did; `bad` lists (origin, message) of inputs that could not be read."""

    read: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    quotes: int = 0
    clusters: int = 0
    bad: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.bad

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "events": self.events,
            "quotes": self.quotes,
            "clusters": self.clusters,
            "bad": [{"origin": o, "error": m} for o, m in self.bad],
            "seconds": round(self.seconds, 3),
        }

    def summary(self) -> str:
        """One line for people: what was stored, skipped and refused."""
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        return (
            f"{self.added:,} articles added, {self.replaced:,} replaced, {self.unchanged:,} unchanged, "
            f"{len(self.bad):,} bad; {self.events:,} events, {self.quotes:,} quotes, "
            f"{self.clusters:,} merged events touched ({self.seconds:.1f}s, {rate:.1f} articles/s)"
        )


Progress = Callable[[IngestReport], None]


def ingest_paths(
    store: Store,
    paths: Iterable[str],
    *,
    published: date | None = None,
    settings: Settings | None = None,
    batch_size: int = DEFAULT_BATCH,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Extract every article under `paths` and store it; unreadable inputs are reported, not fatal."""
    from eventwire.api import extract_paths

    items = extract_paths(paths, published=published, settings=settings)
    return ingest_extractions(store, items, batch_size=batch_size, on_progress=on_progress)


def ingest_extractions(
    store: Store,
    items: Iterable[Extraction | BadInput],
    *,
    batch_size: int = DEFAULT_BATCH,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Store extractions in batches of `batch_size` articles, one transaction each."""
    if batch_size < 1:
        raise StoreError(f"batch size must be at least 1, not {batch_size}", code="E305")
    report = IngestReport()
    started = time.monotonic()
    for batch in _batches(items, batch_size, report, on_progress):
        write_batch(store, batch, report)
        report.seconds = time.monotonic() - started
        if on_progress:
            on_progress(report)
    report.seconds = time.monotonic() - started
    return report


def _batches(
    items: Iterable[Extraction | BadInput], size: int, report: IngestReport, on_progress: Progress | None
) -> Iterator[list[Extraction]]:
    batch: list[Extraction] = []
    for item in items:
        report.read += 1
        if isinstance(item, Extraction):
            batch.append(item)
        else:
            error = getattr(item, "error", None)
            message = str(error) if isinstance(error, InputError) else repr(item)
            report.bad.append((str(getattr(item, "origin", "?")), message))
        if len(batch) >= size:
            yield batch
            batch = []
        elif on_progress:
            on_progress(report)
    if batch:
        yield batch


def write_batch(store: Store, batch: list[Extraction], report: IngestReport | None = None) -> IngestReport:
    """Write one batch in one transaction: all of its articles or, on any error, none of them."""
    report = report if report is not None else IngestReport()
    with store.transaction():
        fresh, replaced, unchanged = _classify(store, batch)
        stale_clusters = _delete_articles(store, [e.article.id for e in replaced])
        todo = fresh + replaced
        _check_ids(store, todo)
        _insert(store, todo)
        touched = clusters.merge_new(store, todo)
        clusters.rebuild(store, sorted(touched | stale_clusters))
    report.added += len(fresh)
    report.replaced += len(replaced)
    report.unchanged += unchanged
    report.events += sum(len(e.events) for e in todo)
    report.quotes += sum(len(e.quotes) for e in todo)
    report.clusters += len(touched)
    return report


def _classify(store: Store, batch: list[Extraction]) -> tuple[list[Extraction], list[Extraction], int]:
    """Split a batch into new articles, new versions of stored ones, and texts already stored."""
    ids = [e.article.id for e in batch]
    shas = [e.article.sha256 for e in batch]
    stored = store.rows(
        "SELECT id, sha256 FROM articles WHERE id IN (SELECT unnest(?)) OR sha256 IN (SELECT unnest(?))",
        [ids, shas],
    )
    known_shas = {r["sha256"] for r in stored}
    known_ids = {r["id"] for r in stored}
    chosen: dict[str, Extraction] = {}
    unchanged = 0
    for extraction in batch:
        article = extraction.article
        if article.sha256 in known_shas:
            unchanged += 1
            continue
        known_shas.add(article.sha256)
        if article.id in chosen:  # a later version in the same batch wins
            unchanged += 1
        chosen[article.id] = extraction
    fresh = [e for e in chosen.values() if e.article.id not in known_ids]
    replaced = [e for e in chosen.values() if e.article.id in known_ids]
    return fresh, replaced, unchanged


def _delete_articles(store: Store, article_ids: list[str]) -> set[str]:
    """Remove stored articles with everything extracted from them; the clusters they were in."""
    if not article_ids:
        return set()
    touched = {
        r["cluster_id"]
        for r in store.rows(
            "SELECT DISTINCT cluster_id FROM events WHERE article_id IN (SELECT unnest(?)) "
            "AND cluster_id IS NOT NULL",
            [article_ids],
        )
    }
    for table in ("events", "quotes", "mentions", "timexes"):
        store.run(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [article_ids])
    store.run("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [article_ids])
    return touched


def _check_ids(store: Store, extractions: list[Extraction]) -> None:
    """Event and quote ids are keys across the whole store: a clash is an error, never an overwrite."""
    for kind, table, column in (("event", "events", "event_id"), ("quote", "quotes", "quote_id")):
        owner: dict[str, str] = {}
        for extraction in extractions:
            records = extraction.events if kind == "event" else extraction.quotes
            for record in records:
                rid = record.event_id if kind == "event" else record.quote_id  # type: ignore[union-attr]
                if rid in owner:
                    where = (f"twice in {owner[rid]}" if owner[rid] == extraction.article.id
                             else f"by both {owner[rid]} and {extraction.article.id}")
                    raise StoreError(f"{kind} id {rid!r} produced {where}", code="E306")
                owner[rid] = extraction.article.id
        if not owner:
            continue
        clash = store.rows(
            f"SELECT {column} AS id, article_id FROM {table} WHERE {column} IN (SELECT unnest(?)) LIMIT 1",
            [list(owner)],
        )
        if clash:
            row = clash[0]
            raise StoreError(f"{kind} id {row['id']!r} of {owner[row['id']]} is already stored for "
                             f"article {row['article_id']}", code="E306")


def _insert(store: Store, extractions: list[Extraction]) -> None:
    """Bulk-insert every row of the batch through Arrow tables."""
    import pyarrow as pa

    if not extractions:
        return
    seq = int(store.scalar("SELECT coalesce(max(seq), 0) FROM articles"))
    now = datetime.now(UTC).replace(tzinfo=None)
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in ROW_TABLES}
    for offset, extraction in enumerate(extractions, start=1):
        for name, rows in extraction_rows(extraction, seq + offset, now).items():
            tables[name].extend(rows)
    for name in ROW_TABLES:
        if not tables[name]:
            continue
        view = f"_batch_{name}"
        store.register(view, pa.Table.from_pylist(tables[name]))
        try:
            store.run(f"INSERT INTO {name} BY NAME SELECT * FROM {view}")
        finally:
            store.unregister(view)
