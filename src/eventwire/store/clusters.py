"""The database side of merging: load the clusters a batch could join, store assignments, and keep
`merged_events` (one row per real-world event: reports, outlets, member ids, head event) up to date.

The rule itself is in `dedup`, as pure functions; this module only reads and writes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from eventwire.records import ActorRef, Event, Extraction
from eventwire.store.db import Store
from eventwire.store.dedup import ActorKey, EventKey, assign_clusters, evidence_words
from eventwire.store.rows import period

KEY_COLUMNS = (
    "event_id, article_id, day_lo, day_hi, date_precision, cameo, cameo_root, \"symmetric\", negated, "
    "modality, sentence, cluster_id, "
    + ", ".join(f"{p}_{f}" for p in ("source", "target", "claimed_by")
                for f in ("country", "sector", "code", "kb_id", "type"))
)

CANDIDATES_SQL = f"""
WITH near AS (
    SELECT DISTINCT c.cluster_id
    FROM events c JOIN _batch_keys k ON c.cameo_root = k.root
    WHERE c.cluster_id IS NOT NULL AND (
        (k.lo IS NOT NULL AND c.day_lo IS NOT NULL AND c.day_lo <= k.hi + 1 AND c.day_hi >= k.lo - 1)
        OR (k.lo IS NULL AND c.day_lo IS NULL
            AND (c.source_country IS NOT DISTINCT FROM k.source_country
                 OR c.source_country IS NOT DISTINCT FROM k.target_country))
    )
)
SELECT {KEY_COLUMNS} FROM events WHERE cluster_id IN (SELECT cluster_id FROM near)
ORDER BY cluster_id, article_id, ordinal
"""

# The head event speaks for the cluster: the most precise date, a report of the day rather than a
# look back, the most specific code (041 over 040), the earliest publication, then the smallest id
# (so the choice does not depend on ingest order).
REBUILD_SQL = """
INSERT INTO merged_events
WITH member AS (
    SELECT e.cluster_id, e.event_id, e.article_id, e.day_lo, e.day_hi, a.ingested_at,
           coalesce(a.source, regexp_extract(a.url, '^[a-z]+://(?:www\\.)?([^/]+)', 1)) AS outlet,
           row_number() OVER (
               PARTITION BY e.cluster_id
               ORDER BY CASE e.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 WHEN 'year' THEN 2
                        ELSE 3 END,
                        e.historical NULLS LAST, (e.cameo = e.cameo_root || '0'), a.date NULLS LAST,
                        e.event_id
           ) AS rank
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE e.cluster_id IN (SELECT unnest(?))
)
SELECT cluster_id,
       max(CASE WHEN rank = 1 THEN event_id END) AS head_event_id,
       count(DISTINCT article_id) AS reports,
       count(*) AS num_mentions,
       list_sort(list_distinct(list(outlet) FILTER (WHERE outlet IS NOT NULL AND outlet <> ''))),
       list_sort(list_distinct(list(article_id))),
       list_sort(list(event_id)),
       min(day_lo), max(day_hi), min(ingested_at)
FROM member
GROUP BY cluster_id
"""


def cluster_id_for(article_sha256: str, event_id: str) -> str:
    """A merged event's id: named after the report that founded it, stable as reports are added."""
    return "ev_" + hashlib.sha256(f"{article_sha256}:{event_id}".encode()).hexdigest()[:16]


def actor_key(actor: ActorRef | None) -> ActorKey | None:
    if actor is None:
        return None
    return ActorKey(actor.country, actor.sector, actor.code, actor.kb_id, actor.type)


def event_key(event: Event) -> EventKey:
    lo, hi = period(event.date, event.date_precision)
    return EventKey(
        event_id=event.event_id,
        article_id=event.article_id,
        day_lo=lo,
        day_hi=hi,
        precision=event.date_precision,
        source=actor_key(event.source),
        target=actor_key(event.target),
        cameo=event.cameo,
        root=event.cameo_root,
        symmetric=bool(event.symmetric),
        claimed_by=actor_key(event.claimed_by),
        negated=bool(event.negated),
        modality=event.modality or "asserted",
        words=evidence_words(event.evidence.sentence),
    )


def _row_actor(row: dict[str, Any], prefix: str) -> ActorKey | None:
    values = [row[f"{prefix}_{f}"] for f in ("country", "sector", "code", "kb_id", "type")]
    if all(v is None for v in values):
        return None
    return ActorKey(*values)


def row_key(row: dict[str, Any]) -> EventKey:
    """The merge key of a stored event row (columns as in KEY_COLUMNS)."""
    return EventKey(
        event_id=row["event_id"],
        article_id=row["article_id"],
        day_lo=row["day_lo"],
        day_hi=row["day_hi"],
        precision=row["date_precision"],
        source=_row_actor(row, "source"),
        target=_row_actor(row, "target"),
        cameo=row["cameo"],
        root=row["cameo_root"],
        symmetric=bool(row["symmetric"]),
        claimed_by=_row_actor(row, "claimed_by"),
        negated=bool(row["negated"]),
        modality=row["modality"] or "asserted",
        words=evidence_words(row["sentence"]),
        cluster_id=row["cluster_id"],
    )


def merge_new(store: Store, extractions: list[Extraction]) -> set[str]:
    """Assign a cluster to every event of freshly inserted articles; returns the clusters touched."""
    import pyarrow as pa

    keys = [event_key(e) for x in extractions for e in x.events]
    if not keys:
        return set()
    shas = {x.article.id: x.article.sha256 for x in extractions}
    batch = pa.Table.from_pylist([
        {"root": k.root, "lo": k.day_lo, "hi": k.day_hi,
         "source_country": k.source.country if k.source else None,
         "target_country": k.target.country if k.target else None}
        for k in keys
    ])
    store.register("_batch_keys", batch)
    try:
        existing = [row_key(r) for r in store.rows(CANDIDATES_SQL)]
    finally:
        store.unregister("_batch_keys")

    assigned = assign_clusters(keys, existing, lambda key: cluster_id_for(shas[key.article_id], key.event_id))
    _store_assignments(store, assigned)
    return set(assigned.values())


def _store_assignments(store: Store, assigned: dict[str, str]) -> None:
    import pyarrow as pa

    if not assigned:
        return
    table = pa.Table.from_pylist([{"event_id": k, "cluster_id": v} for k, v in assigned.items()])
    store.register("_assigned", table)
    try:
        store.run(
            "UPDATE events SET cluster_id = m.cluster_id FROM _assigned m WHERE events.event_id = m.event_id"
        )
    finally:
        store.unregister("_assigned")


def rebuild(store: Store, cluster_ids: Iterable[str]) -> None:
    """Recompute the merged rows of these clusters; a cluster left without members disappears."""
    ids = list(cluster_ids)
    if not ids:
        return
    store.run("DELETE FROM merged_events WHERE cluster_id IN (SELECT unnest(?))", [ids])
    store.run(REBUILD_SQL, [ids])


def recluster(store: Store) -> int:
    """Merge every stored event again from scratch, in ingest order (after a change of the rule).

    Returns the number of merged events.
    """
    with store.transaction():
        rows = store.rows(
            f"SELECT {KEY_COLUMNS.replace('cluster_id', 'NULL AS cluster_id')}, a.sha256 FROM events "
            "JOIN articles a ON a.id = events.article_id ORDER BY a.seq, events.ordinal"
        )
        shas = {r["event_id"]: r["sha256"] for r in rows}
        assigned = assign_clusters(
            (row_key(r) for r in rows),
            [],
            lambda key: cluster_id_for(shas[key.event_id], key.event_id),
        )
        _store_assignments(store, assigned)
        store.run("DELETE FROM merged_events")
        rebuild(store, sorted(set(assigned.values())))
    return int(store.scalar("SELECT count(*) FROM merged_events"))
