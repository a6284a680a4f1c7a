"""store stage: the DuckDB file, writes in one transaction per batch, and merging reports into events.

    >>> from eventwire.store import open_store, ingest_paths
    >>> with open_store("eventwire.duckdb") as store:
    ...     report = ingest_paths(store, ["examples/corpus"])
"""

from eventwire.store.clusters import recluster
from eventwire.store.db import Store, open_store
from eventwire.store.ingest import IngestReport, ingest_extractions, ingest_paths, write_batch

__all__ = [
    "IngestReport",
    "Store",
    "ingest_extractions",
    "ingest_paths",
    "open_store",
    "recluster",
    "write_batch",
]
