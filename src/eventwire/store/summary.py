"""What a store holds, at a glance: counts, events by CAMEO root, outlets, the busiest contact dyads."""

from __future__ import annotations

import csv
from collections.abc import Callable
from importlib import resources
from typing import Any

from eventwire.store.db import Store

DYADS_SQL = """
WITH facts AS (
    SELECT coalesce(h.source_country, h.source_code) AS a, coalesce(h.target_country, h.target_code) AS b
    FROM merged_events m JOIN events h ON h.event_id = m.head_event_id
    WHERE h.cameo_root = '04' AND h.claimed_by IS NULL AND NOT coalesce(h.negated, false)
      AND coalesce(h.modality, 'asserted') = 'asserted' AND m.day_lo IS NOT NULL
)
SELECT least(a, b) AS a, greatest(a, b) AS b, count(*) AS contacts
FROM facts WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
GROUP BY ALL ORDER BY contacts DESC, a, b LIMIT ?
"""


def cameo_names() -> dict[str, str]:
    """CAMEO code -> name, from the coding stage's table (empty if it is not there)."""
    try:
        table = resources.files("eventwire.coding").joinpath("data/cameo_codes.tsv").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return {}
    return {row["code"]: row["name"] for row in csv.DictReader(table.splitlines(), delimiter="\t")}


def store_summary(store: Store, *, dyads: int,
                  contacts: Callable[..., list[dict[str, Any]]]) -> dict[str, Any]:
    counts = store.rows(
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM events) AS events, "
        "(SELECT count(*) FROM merged_events) AS merged_events, (SELECT count(*) FROM quotes) AS quotes, "
        "(SELECT min(date) FROM articles) AS first_published, "
        "(SELECT max(date) FROM articles) AS last_published"
    )[0]
    names = cameo_names()
    by_root = [
        {**r, "name": names.get(r["cameo_root"])}
        for r in store.rows(
            "SELECT h.cameo_root, count(*) AS merged, sum(m.num_mentions) AS events "
            "FROM merged_events m JOIN events h ON h.event_id = m.head_event_id "
            "GROUP BY h.cameo_root ORDER BY h.cameo_root"
        )
    ]
    outlets = store.rows(
        "SELECT coalesce(source, regexp_extract(url, '^[a-z]+://(?:www\\.)?([^/]+)', 1), '(unknown)') "
        "AS outlet, count(*) AS articles FROM articles GROUP BY ALL ORDER BY articles DESC, outlet"
    )
    timelines = []
    for dyad in store.rows(DYADS_SQL, [int(dyads)]):
        rows = contacts(store, dyad["a"], dyad["b"])
        timelines.append({
            "a": dyad["a"],
            "b": dyad["b"],
            "contacts": len(rows),
            "timeline": [
                {k: r[k] for k in ("event_id", "date", "cameo", "mode", "reports", "sources",
                                   "days_since_previous")}
                for r in rows
            ],
        })
    for key in ("first_published", "last_published"):
        counts[key] = counts[key].isoformat() if counts[key] else None
    return {**counts, "by_root": by_root, "outlets": outlets, "dyads": timelines}
