"""Posted JSON articles -> extractions -> the store, for `POST /api/ingest`.

NOTE for the lead: `ingest_records` is a stop-gap. The store offers `ingest_paths` (files) and
`ingest_extractions` (records already extracted) but nothing for in-memory JSON objects; an
`api.extract_records(records)` or `store.ingest.ingest_records(store, records)` would replace the
first half of this module. Extraction runs before the write lock is taken, so reads are blocked only
while the batch is written, not while spaCy parses it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from eventwire.ingest import BadInput, read_jsonl
from eventwire.records import Article, Extraction
from eventwire.settings import Settings

if TYPE_CHECKING:
    from eventwire.server.app import ServerConfig

MAX_POSTED_ARTICLES = 500


def extract_records(records: Iterable[dict[str, Any]], settings: Settings) -> list[Extraction | BadInput]:
    """Read JSON objects exactly as lines of a `.jsonl` input would be read, then extract them."""
    from eventwire.api import resources_for
    from eventwire.extraction import extract_articles

    lines = "\n".join(json.dumps(r, ensure_ascii=False, default=str) for r in records)
    read = list(read_jsonl(lines, "request"))
    articles = [item for item in read if isinstance(item, Article)]
    bad: list[Extraction | BadInput] = [item for item in read if isinstance(item, BadInput)]
    return bad + list(extract_articles(articles, resources_for(settings), settings))


def ingest_records(config: ServerConfig, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Extract, then store in one write; returns the store's ingest report."""
    from eventwire.store.ingest import ingest_extractions

    items = extract_records(records, Settings.from_env(db_path=config.db_path))
    with config.writer() as store:
        return ingest_extractions(store, items).to_dict()
