"""Merged events out of the store as JSON Lines, CSV, Parquet, GDELT 2.0 event TSV or PLOVER JSON.

Every format holds one record per merged (real-world) event.

GDELT 2.0 event table: the 61 tab-separated columns of GDELT's `export.CSV` files, in GDELT's order and
without a header line, so GDELT tooling reads the file as is. Facts only: claimed, negated and not yet
asserted (planned, wished) events are left out, because GDELT has no field to tell them apart.

| GDELT column | filled from |
|---|---|
| GLOBALEVENTID | a stable integer: the first 60 bits of sha256(merged event id) |
| SQLDATE, MonthYear, Year | the event's `date` as YYYYMMDD, YYYYMM, YYYY (month/year precision: 1st day) |
| FractionDate | GDELT's formula: Year + (month * 30 + day) / 365, 4 decimals |
| Actor1Code, Actor1Name | `source.code`, `source.name` (upper-cased, as GDELT does) |
| Actor1CountryCode | `source.country` (ISO3; GDELT's CAMEO country codes are ISO3 for states) |
| Actor1KnownGroupCode | `source.code` when it is an IGO/group code without a country (`IGOUNO`, `WST`) |
| Actor1EthnicCode, Actor1Religion1Code, Actor1Religion2Code | empty (not coded) |
| Actor1Type1Code | `source.sector` (GOV, MIL, ...); Type2Code, Type3Code empty |
| Actor2... | the same from `target` |
| IsRootEvent | 1 when some report's evidence is among its article's first three sentences, else 0 |
| EventCode, EventBaseCode, EventRootCode | `cameo`, its first three digits, `cameo_root` |
| QuadClass, GoldsteinScale | `quad_class`, `goldstein` |
| NumMentions | per-article events merged into this event |
| NumSources | distinct outlets (`sources`) |
| NumArticles | `reports` (distinct articles) |
| AvgTone | empty (no tone model) |
| Actor1Geo_*, Actor2Geo_*, ActionGeo_* | empty, but ActionGeo_FullName: the head article's dateline place |
| DATEADDED | when the head report was ingested, YYYYMMDDHHMMSS (UTC) |
| SOURCEURL | the head article's `url`, else its article id |

PLOVER JSON: a JSON array of PLOVER event records as in the PLOVER gold-standard files: `id`, `date`,
`event`, `mode`, `context`, `source` and `target` (lists of `{actorText, code, country, sector, name,
kb_id}`), `eventText`, `text`, `language`, `publication`, `version` ("eventwire"); plus eventwire's
`cameo`, `quad_class`, `goldstein`, `claimed_by`, `negated`, `reports`, `sources`, `url`.

CSV and Parquet: one flat row per merged event (actor fields as `source_code`, `target_country`...;
in CSV, lists joined with `;`, in Parquet real lists). JSON Lines: the `eventwire events` lines.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from eventwire import query
from eventwire.errors import QueryError
from eventwire.store.db import Store

FORMATS = ("jsonl", "csv", "parquet", "gdelt", "plover")
PAGE = 5000
ACTOR_KEYS = ("text", "name", "country", "sector", "code", "kb_id")
GDELT_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GDELT_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in GDELT_ACTOR), *(f"Actor2{c}" for c in GDELT_ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in GDELT_GEO), *(f"Actor2Geo_{c}" for c in GDELT_GEO),
    *(f"ActionGeo_{c}" for c in GDELT_GEO),
    "DATEADDED", "SOURCEURL",
)


def merged_events(store: Store) -> Iterator[dict[str, Any]]:
    """Every merged event, page by page, in date order."""
    offset = 0
    while True:
        page = query.events(store, limit=PAGE, offset=offset)
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _head_info(store: Store) -> dict[str, dict[str, Any]]:
    """Per merged event: the head article's url, place, ingest time, and the earliest evidence sentence."""
    rows = store.rows(
        "SELECT m.cluster_id, a.url, a.place, a.ingested_at, a.lang, "
        "(SELECT min(e.sentence_index) FROM events e WHERE e.cluster_id = m.cluster_id) AS first_sentence "
        "FROM merged_events m JOIN events h ON h.event_id = m.head_event_id "
        "JOIN articles a ON a.id = h.article_id"
    )
    return {r["cluster_id"]: r for r in rows}


def flat_row(event: dict[str, Any], lists: bool) -> dict[str, Any]:
    """One merged event as a flat record (CSV, Parquet)."""
    row: dict[str, Any] = {k: event.get(k) for k in ("event_id", "date", "date_precision", "historical")}
    for side in ("source", "target", "claimed_by"):
        actor = event.get(side) or {}
        row.update({f"{side}_{k}": actor.get(k) for k in ACTOR_KEYS})
    row.update({k: event.get(k) for k in ("cameo", "cameo_root")})
    row["plover_event"] = (event.get("plover") or {}).get("event")
    row["plover_mode"] = (event.get("plover") or {}).get("mode")
    row.update({k: event.get(k) for k in ("quad_class", "goldstein", "symmetric", "negated", "modality",
                                          "topic", "trigger", "rule", "reports")})
    row["sentence"] = (event.get("evidence") or {}).get("sentence")
    for key in ("sources", "mention_ids", "article_ids"):
        values = list(event.get(key) or [])
        row[key] = values if lists else ";".join(values)
    return row


def _is_fact(event: dict[str, Any]) -> bool:
    return not event.get("claimed_by") and not event.get("negated") and (
        event.get("modality") or "asserted") == "asserted"


def gdelt_row(event: dict[str, Any], head: dict[str, Any]) -> list[str]:
    """The 61 GDELT 2.0 columns of one merged event (see the module docstring for the mapping)."""
    day = _first_day(event.get("date"))
    values: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    digest = hashlib.sha256(str(event["event_id"]).encode()).hexdigest()
    values["GLOBALEVENTID"] = int(digest[:15], 16)
    if day:
        values["SQLDATE"] = day.strftime("%Y%m%d")
        values["MonthYear"] = day.strftime("%Y%m")
        values["Year"] = day.year
        values["FractionDate"] = f"{day.year + (day.month * 30 + day.day) / 365:.4f}"
    for n, side in ((1, "source"), (2, "target")):
        actor = event.get(side) or {}
        code = actor.get("code") or ""
        values[f"Actor{n}Code"] = code
        values[f"Actor{n}Name"] = (actor.get("name") or actor.get("text") or "").upper()
        values[f"Actor{n}CountryCode"] = actor.get("country") or ""
        values[f"Actor{n}KnownGroupCode"] = code if code and not actor.get("country") else ""
        values[f"Actor{n}Type1Code"] = actor.get("sector") or ""
    first = head.get("first_sentence")
    values["IsRootEvent"] = 1 if first is not None and first <= 2 else 0
    cameo = str(event.get("cameo") or "")
    values.update(EventCode=cameo, EventBaseCode=cameo[:3], EventRootCode=event.get("cameo_root") or "")
    values.update(QuadClass=event.get("quad_class") or "", GoldsteinScale=event.get("goldstein", ""))
    values["NumMentions"] = len(event.get("mention_ids") or [])
    values["NumSources"] = len(event.get("sources") or [])
    values["NumArticles"] = event.get("reports") or 0
    values["ActionGeo_FullName"] = head.get("place") or ""
    added = head.get("ingested_at")
    values["DATEADDED"] = added.strftime("%Y%m%d%H%M%S") if added else ""
    values["SOURCEURL"] = head.get("url") or event.get("article_id") or ""
    return ["" if values[c] is None else str(values[c]) for c in GDELT_COLUMNS]


def plover_record(event: dict[str, Any], head: dict[str, Any]) -> dict[str, Any]:
    """One merged event as a PLOVER event record."""

    def actors(actor: dict[str, Any] | None) -> list[dict[str, Any]]:
        if not actor:
            return []
        return [{"actorText": actor.get("text"), "code": actor.get("code"), "country": actor.get("country"),
                 "sector": actor.get("sector"), "name": actor.get("name"), "kb_id": actor.get("kb_id")}]

    plover = event.get("plover") or {}
    evidence = event.get("evidence") or {}
    return {
        "id": event["event_id"],
        "date": event.get("date"),
        "event": plover.get("event"),
        "mode": plover.get("mode"),
        "context": event.get("topic"),
        "source": actors(event.get("source")),
        "target": actors(event.get("target")),
        "eventText": event.get("trigger"),
        "text": evidence.get("sentence"),
        "language": head.get("lang") or "en",
        "publication": ", ".join(event.get("sources") or []) or None,
        "version": "eventwire",
        "cameo": event.get("cameo"),
        "quad_class": event.get("quad_class"),
        "goldstein": event.get("goldstein"),
        "claimed_by": event.get("claimed_by"),
        "negated": event.get("negated"),
        "reports": event.get("reports"),
        "sources": event.get("sources"),
        "url": head.get("url"),
    }


def export(store: Store, fmt: str, out: str | Path | None = None, stream: TextIO | None = None) -> int:
    """Write every merged event in `fmt` to the file `out` (or `stream`, default stdout); return the count."""
    if fmt not in FORMATS:
        raise QueryError(f"format {fmt!r}: choose one of {', '.join(FORMATS)}", code="E408")
    if fmt == "parquet":
        if out is None:
            raise QueryError("parquet is binary: give a file with --out", code="E408")
        return _write_parquet(store, Path(out))
    if out is not None:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            return _write_text(store, fmt, handle)
    return _write_text(store, fmt, stream or sys.stdout)


def _write_text(store: Store, fmt: str, handle: TextIO) -> int:
    heads = _head_info(store) if fmt in ("gdelt", "plover") else {}
    count = 0
    if fmt == "jsonl":
        for event in merged_events(store):
            handle.write(json.dumps(event, ensure_ascii=False, default=str) + "\n")
            count += 1
    elif fmt == "csv":
        writer: Any = None
        for event in merged_events(store):
            row = flat_row(event, lists=False)
            if writer is None:
                writer = csv.DictWriter(handle, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
            count += 1
    elif fmt == "gdelt":
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            escapechar="\\")
        for event in merged_events(store):
            if _is_fact(event):
                writer.writerow(gdelt_row(event, heads.get(event["event_id"], {})))
                count += 1
    else:
        count = _write_plover(store, handle, heads)
    handle.flush()
    return count


def _write_plover(store: Store, handle: TextIO, heads: dict[str, dict[str, Any]]) -> int:
    """A JSON array written record by record, so memory does not grow with the store."""
    count = 0
    handle.write("[")
    for event in merged_events(store):
        record = plover_record(event, heads.get(event["event_id"], {}))
        handle.write(("\n" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False, default=str))
        count += 1
    handle.write("\n]\n")
    return count


def _write_parquet(store: Store, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_row(e, lists=True) for e in merged_events(store)]
    table = pa.Table.from_pylist(rows) if rows else pa.table({"event_id": pa.array([], pa.string())})
    try:
        pq.write_table(table, path)
    except OSError as exc:
        raise QueryError(f"{path}: cannot write ({exc})", code="E408") from exc
    return len(rows)


def _first_day(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts[:3]] + [1, 1]
        return date(numbers[0], numbers[1], numbers[2])
    except (ValueError, IndexError):
        return None


__all__ = ["FORMATS", "GDELT_COLUMNS", "export", "flat_row", "gdelt_row", "plover_record"]
