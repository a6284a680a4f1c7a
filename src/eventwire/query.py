"""Reading the store: merged events, one article, contacts between two actors, actors, summaries.

Every function takes an open `Store` (read-only is enough) and returns plain dicts ready for JSON:
the CLI prints them, the HTTP server returns them. Bad parameters raise QueryError (E4xx, see
`eventwire.store.filters`), which the server turns into a 4xx answer.

A merged event is the contract's event line of its head report (see `store.clusters`) with
`event_id` set to the merged id, plus `reports` (how many articles), `sources` (their outlets),
`mention_ids` (the per-article event ids) and `article_ids`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any, Protocol

from eventwire.errors import QueryError
from eventwire.store import compare as _compare
from eventwire.store import filters
from eventwire.store.db import Store
from eventwire.store.filters import ActorSpec
from eventwire.store.rows import event_dict, quote_dict

MERGED_SQL = """
SELECT h.*, m.cluster_id AS merged_id, m.reports, m.num_mentions, m.sources, m.article_ids, m.mention_ids,
       m.day_lo AS merged_lo, m.day_hi AS merged_hi
FROM merged_events m JOIN events h ON h.event_id = m.head_event_id
"""

CONTACT_MODES = {"041": "telephone", "042": "in-person", "043": "in-person", "044": "in-person"}


def merged_dict(row: dict[str, Any]) -> dict[str, Any]:
    """A merged event: the head report's event line, the merged id, and who reported it."""
    out = event_dict(row)
    out["event_id"] = row["merged_id"]
    out["head_event_id"] = row["event_id"]
    out["reports"] = row["reports"]
    out["sources"] = list(row["sources"] or [])
    out["mention_ids"] = list(row["mention_ids"] or [])
    out["article_ids"] = list(row["article_ids"] or [])
    return out


class AliasLookup(Protocol):
    """What name resolution needs of a knowledge base (`eventwire.actors.KnowledgeBase` has it)."""

    def lookup(self, name: str) -> list[Any]: ...


def resolve_actors(store: Store, actors: Sequence[str], kb: AliasLookup | None = None) -> list[ActorSpec]:
    """Parse actor parameters; a name must match a stored actor, directly or through a KB alias.

    Codes and countries are always valid filters. A name is matched in the stored names and texts;
    with `kb`, also through the knowledge-base ids it is an alias of ("Erdoğan" finds Q39259).
    """
    specs = []
    for text in actors:
        spec = filters.parse_actor(text)
        if spec.kind == "name" and not _stored(store, spec) and kb is not None:
            ids = tuple(sorted({a.id for a in kb.lookup(spec.value)}))
            spec = replace(spec, kb_ids=ids)
        if spec.kind == "name" and not _stored(store, spec):
            raise QueryError(f"no stored actor matches {text!r} (try an ISO3 country or CAMEO code)",
                             code="E405")
        specs.append(spec)
    return specs


def _stored(store: Store, spec: ActorSpec) -> bool:
    sql, params = filters.either_side(spec)
    return bool(store.scalar(f"SELECT count(*) FROM (SELECT 1 FROM events WHERE {sql} LIMIT 1)", params))


def _report_filters(
    specs: list[ActorSpec], code: str | None, q: str | None, prefix: str = ""
) -> tuple[list[str], list[Any]]:
    """WHERE clauses on per-article events (`prefix` names the events table's alias, e.g. "e.")."""
    clauses: list[str] = []
    params: list[Any] = []
    if specs:
        sql, p = filters.actors_predicate(specs)
        clauses.append(sql)
        params += p
    if code:
        sql, p = filters.code_predicate(code)
        clauses.append(sql)
        params += p
    if q:
        clauses.append(f"({prefix}sentence ILIKE ? OR {prefix}trigger ILIKE ?)")
        params += [f"%{q.strip()}%"] * 2
    return clauses, params


def _day_filters(alias: str, lo: date | None, hi: date | None) -> tuple[list[str], list[Any]]:
    """An event's period [day_lo, day_hi] overlaps [lo, hi]."""
    clauses: list[str] = []
    params: list[Any] = []
    if lo:
        clauses.append(f"{alias}.day_hi >= ?")
        params.append(lo)
    if hi:
        clauses.append(f"{alias}.day_lo <= ?")
        params.append(hi)
    return clauses, params


def events(
    store: Store,
    *,
    actors: Sequence[str] = (),
    code: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    q: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
    kb: AliasLookup | None = None,
) -> list[dict[str, Any]]:
    """Merged events, one per real-world event, in date order (undated last)."""
    filters.check_page(limit, offset)
    specs = resolve_actors(store, actors, kb)
    lo, hi = filters.date_range(since, until)
    members, params = _report_filters(specs, code, q)
    where = []
    if members:
        where.append(f"m.cluster_id IN (SELECT cluster_id FROM events WHERE {' AND '.join(members)})")
    days, day_params = _day_filters("m", lo, hi)
    where += days
    params += day_params
    order = "DESC" if newest_first else "ASC"
    sql = MERGED_SQL + (" WHERE " + " AND ".join(where) if where else "")
    sql += f" ORDER BY m.day_lo {order} NULLS LAST, h.date {order} NULLS LAST, m.cluster_id"
    sql += _page(limit, offset)
    return [merged_dict(r) for r in store.rows(sql, params)]


def mentions(
    store: Store,
    *,
    actors: Sequence[str] = (),
    code: str | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    q: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    kb: AliasLookup | None = None,
) -> list[dict[str, Any]]:
    """The raw per-article events (as `extract` printed them), each with its merged `cluster_id`."""
    filters.check_page(limit, offset)
    specs = resolve_actors(store, actors, kb)
    lo, hi = filters.date_range(since, until)
    where, params = _report_filters(specs, code, q, prefix="e.")
    days, day_params = _day_filters("e", lo, hi)
    where += days
    params += day_params
    sql = ("SELECT e.*, a.source AS outlet FROM events e JOIN articles a ON a.id = e.article_id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY e.day_lo NULLS LAST, a.seq, e.ordinal" + _page(limit, offset))
    return [{**event_dict(r), "cluster_id": r["cluster_id"], "outlet": r["outlet"]}
            for r in store.rows(sql, params)]


def resolve_event(store: Store, event_id: str) -> str:
    """The merged id for a merged id or for the id of one of its reports."""
    value = (event_id or "").strip()
    found = store.scalar(
        "SELECT coalesce((SELECT cluster_id FROM merged_events WHERE cluster_id = ?), "
        "(SELECT cluster_id FROM events WHERE event_id = ?))",
        [value, value],
    )
    if not found:
        raise QueryError(f"no event {event_id!r} in the store", code="E406")
    return str(found)


def event(store: Store, event_id: str) -> dict[str, Any]:
    """One merged event with every report of it: outlet, title, url and the evidence of each."""
    cluster_id = resolve_event(store, event_id)
    rows = store.rows(MERGED_SQL + " WHERE m.cluster_id = ?", [cluster_id])
    if not rows:
        raise QueryError(f"no event {event_id!r} in the store", code="E406")
    out = merged_dict(rows[0])
    members = store.rows(
        "SELECT e.*, a.source AS outlet, a.title AS article_title, a.url AS article_url, "
        "a.date AS published FROM events e JOIN articles a ON a.id = e.article_id "
        "WHERE e.cluster_id = ? ORDER BY a.date NULLS LAST, a.seq, e.ordinal",
        [cluster_id],
    )
    out["mentions"] = [
        {**event_dict(r), "outlet": r["outlet"], "title": r["article_title"], "url": r["article_url"],
         "published": r["published"].isoformat() if r["published"] else None}
        for r in members
    ]
    return out


def article(store: Store, article_id: str) -> dict[str, Any]:
    """One stored article with its text and the spans of its events, quotes, actor mentions and times."""
    rows = store.rows("SELECT * FROM articles WHERE id = ?", [article_id])
    if not rows:
        raise QueryError(f"no article {article_id!r} in the store", code="E407")
    row = rows[0]
    out = {k: row[k] for k in ("id", "sha256", "source", "place", "title", "url", "lang", "text")}
    out["date"] = row["date"].isoformat() if row["date"] else None
    out["ingested_at"] = row["ingested_at"].isoformat() if row["ingested_at"] else None
    out["events"] = [
        {**event_dict(r), "cluster_id": r["cluster_id"]}
        for r in store.rows("SELECT * FROM events WHERE article_id = ? ORDER BY ordinal", [article_id])
    ]
    out["quotes"] = [
        quote_dict(r)
        for r in store.rows("SELECT * FROM quotes WHERE article_id = ? ORDER BY ordinal", [article_id])
    ]
    out["actor_mentions"] = store.rows(
        "SELECT mention_id, sentence_index, start_char AS start, end_char AS \"end\", text, kind, "
        "actor_name, actor_code, actor_country, actor_kb_id, reason FROM mentions WHERE article_id = ? "
        "ORDER BY start_char", [article_id])
    out["timexes"] = store.rows(
        "SELECT start_char AS start, end_char AS \"end\", text, type, value, mod FROM timexes "
        "WHERE article_id = ? ORDER BY start_char", [article_id])
    return out


def contacts(store: Store, a: str, b: str, *, since: date | str | None = None,
             until: date | str | None = None, kb: AliasLookup | None = None) -> list[dict[str, Any]]:
    """Contacts (CAMEO 04, consult) between two actors in date order, with the gap to the previous one.

    Only facts count: claimed, negated, planned or hypothetical consultations are left out. The gap is
    to the previous contact on record, also when `since` leaves that one out.
    """
    if filters.parse_actor(a).value == filters.parse_actor(b).value:
        raise QueryError(f"contacts need two different actors, got {a!r} twice", code="E404")
    spec_a, spec_b = resolve_actors(store, [a, b], kb)
    lo, hi = filters.date_range(since, until)
    pair, params = filters.between([spec_a, spec_b])
    sql = MERGED_SQL + f"""
    WHERE h.cameo_root = '04' AND h.claimed_by IS NULL AND NOT coalesce(h.negated, false)
      AND coalesce(h.modality, 'asserted') = 'asserted' AND m.day_lo IS NOT NULL
      AND m.cluster_id IN (SELECT cluster_id FROM events WHERE {pair})
    ORDER BY h.day_lo, m.cluster_id"""
    out: list[dict[str, Any]] = []
    previous: date | None = None
    for row in store.rows(sql, params):
        item = merged_dict(row)
        day = row["day_lo"]
        item["mode"] = CONTACT_MODES.get(row["cameo"], "contact")
        item["days_since_previous"] = (day - previous).days if previous else None
        previous = day
        if (lo is None or row["day_hi"] >= lo) and (hi is None or row["day_lo"] <= hi):
            out.append(item)
    return out


def describe_contacts(rows: Sequence[dict[str, Any]], a: str, b: str) -> str:
    """The contact history in words: how many, and how long the latest one had been waited for."""
    if not rows:
        return f"No contacts between {a} and {b} are stored."
    last = rows[-1]
    reports = f"{last['reports']:,} report{'s' if last['reports'] != 1 else ''}"
    if len(rows) == 1:
        return f"One contact between {a} and {b}: {last['date']} ({last['mode']}, {reports})."
    head = f"{len(rows):,} contacts between {a} and {b}, {rows[0]['date']} to {last['date']}. "
    kind = "" if last["mode"] == "contact" else f"{last['mode']} "
    same = [r for r in rows[:-1] if r["mode"] == last["mode"]]
    text = f"The latest, on {last['date']}, was the first {kind}contact "
    if same:
        gap = (date.fromisoformat(last["date"][:10]) - date.fromisoformat(same[-1]["date"][:10])).days
        text += f"since {same[-1]['date']}, {gap:,} days"
    else:
        text += "on record"
    prev = rows[-2]
    if not same or prev is not same[-1]:
        text += f"; the previous contact of any kind was on {prev['date']}, "
        text += f"{last['days_since_previous']:,} days before"
    return head + text + f" ({reports})."


def actors(store: Store, q: str | None = None, *, limit: int = 20) -> list[dict[str, Any]]:
    """Actors seen in stored events, most frequent first; `q` filters by name, code, country or id."""
    filters.check_page(limit, 0)
    where, params = "", []
    if q and q.strip():
        like = f"%{q.strip()}%"
        where = "WHERE name ILIKE ? OR code ILIKE ? OR country = ? OR kb_id = ? OR text ILIKE ?"
        params = [like, like, q.strip().upper(), q.strip(), like]
    sql = f"""
    WITH side AS (
        SELECT source_name AS name, source_code AS code, source_country AS country, source_sector AS sector,
               source_kb_id AS kb_id, source_text AS text, event_id FROM events WHERE source IS NOT NULL
        UNION ALL
        SELECT target_name, target_code, target_country, target_sector, target_kb_id, target_text, event_id
        FROM events WHERE target IS NOT NULL
    )
    SELECT name, code, country, sector, kb_id, count(DISTINCT event_id) AS events,
           list_sort(list_distinct(list(text)))[1:5] AS written
    FROM side {where}
    GROUP BY name, code, country, sector, kb_id
    ORDER BY events DESC, name NULLS LAST, code NULLS LAST LIMIT {int(limit)}
    """
    return [{**r, "written": list(r["written"] or [])} for r in store.rows(sql, params)]


def compare(store: Store, event_id: str) -> dict[str, Any]:
    """The reports of one merged event side by side: what each includes and what the others leave out."""
    merged = event(store, event_id)
    return _compare.compare_reports(store, merged)


def summary(store: Store, *, dyads: int = 5) -> dict[str, Any]:
    """What the store holds: counts, events by CAMEO root, and the contact timelines of the busiest dyads."""
    from eventwire.store.summary import store_summary

    return store_summary(store, dyads=dyads, contacts=contacts)


def _page(limit: int | None, offset: int) -> str:
    text = f" LIMIT {int(limit)}" if limit is not None else ""
    return text + (f" OFFSET {int(offset)}" if offset else "")


__all__ = [
    "actors",
    "article",
    "compare",
    "contacts",
    "describe_contacts",
    "event",
    "events",
    "mentions",
    "resolve_actors",
    "resolve_event",
    "summary",
]
