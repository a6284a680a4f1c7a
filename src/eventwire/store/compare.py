"""Side by side: what each report of one merged event says, and what the other reports leave out.

The Kremlin's and Downing Street's readouts of one call rarely tell the same story. For every report
(article) of a merged event this collects what it says about that occasion: the topics (section
headings), the statements (other events it codes), the claims (events only asserted by a speaker) and
the quotes; then marks which items only this report has and which the others have but it leaves out.

"About the occasion" means: events dated within a day of the merged event, or undated events of an
article published within two days of it; quotes of such an article, or of sentences holding such
events. Statements and claims are matched across reports by actors and CAMEO root (outlets code one
accusation as 111 or 112), quotes by speaker and shared wording.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from eventwire.store.db import Store
from eventwire.store.dedup import evidence_words
from eventwire.store.rows import loads

KINDS = ("topics", "statements", "claims", "quotes")
QUOTE_OVERLAP = 0.4


def _actor_label(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return str(actor.get("name") or actor.get("text") or actor.get("code") or "?")


def _actor_key(actor: dict[str, Any] | None) -> str:
    if not actor:
        return "-"
    return str(actor.get("kb_id") or actor.get("code") or actor.get("country") or actor.get("name") or "?")


def _statement(row: dict[str, Any], claim: bool) -> dict[str, Any]:
    src, tgt, by = loads(row["source"]), loads(row["target"]), loads(row["claimed_by"])
    key = f"{_actor_key(src)}|{row['cameo_root']}|{_actor_key(tgt)}"
    label = f"{_actor_label(src)} -> {_actor_label(tgt)}: {row['cameo']} {row['plover_event'] or ''}".strip()
    if row["trigger"]:
        label += f" ({row['trigger']})"
    if claim:
        key = f"{_actor_key(by)}>{key}"
        label = f"{_actor_label(by)} claims {label}"
    return {"key": key, "label": label, "event_id": row["event_id"], "sentence": row["sentence"]}


def _quote(row: dict[str, Any]) -> dict[str, Any]:
    speaker = loads(row["speaker"])
    return {"key": _actor_key(speaker), "label": f"{_actor_label(speaker)}: {row['text']}",
            "speaker": _actor_label(speaker), "kind": row["kind"], "text": row["text"], "topic": row["topic"],
            "quote_id": row["quote_id"], "words": evidence_words(row["text"])}


def _near(day_lo: date | None, day_hi: date | None, lo: date | None, hi: date | None, slack: int) -> bool:
    if None in (day_lo, day_hi, lo, hi):
        return False
    return day_lo <= hi + timedelta(days=slack) and day_hi >= lo - timedelta(days=slack)  # type: ignore[operator]


def _report(store: Store, article: dict[str, Any], cluster_id: str, lo: date | None,
            hi: date | None) -> dict[str, Any]:
    """What one article says about the occasion."""
    published = article["date"]
    fresh = _near(published, published, lo, hi, 2)
    rows = store.rows("SELECT * FROM events WHERE article_id = ? ORDER BY ordinal", [article["id"]])
    members = [r for r in rows if r["cluster_id"] == cluster_id]
    about = [r for r in rows if r["cluster_id"] != cluster_id and (
        _near(r["day_lo"], r["day_hi"], lo, hi, 1) or (r["day_lo"] is None and fresh))]
    sentences = {r["sentence_index"] for r in members + about}
    quotes = [_quote(q) for q in store.rows("SELECT * FROM quotes WHERE article_id = ? ORDER BY ordinal",
                                            [article["id"]]) if fresh or q["sentence_index"] in sentences]
    topics = sorted({r["topic"] for r in members + about if r["topic"]} | {q["topic"] for q in quotes
                                                                           if q["topic"]})
    return {
        "article_id": article["id"],
        "outlet": article["source"],
        "title": article["title"],
        "url": article["url"],
        "published": published.isoformat() if published else None,
        "mention_ids": [r["event_id"] for r in members],
        "evidence": [r["sentence"] for r in members],
        "topics": [{"key": t.lower(), "label": t} for t in topics],
        "statements": _unique([_statement(r, False) for r in about if r["claimed_by"] is None]),
        "claims": _unique([_statement(r, True) for r in about if r["claimed_by"] is not None]),
        "quotes": quotes,
    }


def _unique(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item["key"] not in seen:
            seen.add(item["key"])
            out.append(item)
    return out


def _same(a: dict[str, Any], b: dict[str, Any], kind: str) -> bool:
    """Two reports' items say the same thing: same key; for quotes also shared wording."""
    if a["key"] != b["key"]:
        return False
    if kind != "quotes":
        return True
    if not a["words"] or not b["words"]:
        return False
    return len(a["words"] & b["words"]) / len(a["words"] | b["words"]) >= QUOTE_OVERLAP


def _groups(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items of all reports, grouped when they say the same thing: the rows of the side-by-side grid."""
    groups: list[dict[str, Any]] = []
    for report in reports:
        rid = report["article_id"]
        for kind in KINDS:
            for item in report[kind]:
                group = next((g for g in groups if g["kind"] == kind and rid not in g["reports"]
                              and any(_same(item, other, kind) for other in g["items"])), None)
                if group is None:
                    group = {"kind": kind, "label": item["label"], "reports": [], "items": []}
                    groups.append(group)
                group["reports"].append(rid)
                group["items"].append(item)
    return groups


def _contrast(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mark per report what only it says and what the others say that it leaves out; return the grid."""
    groups = _groups(reports)
    for report in reports:
        rid = report["article_id"]
        report["only_here"] = {k: [g["label"] for g in groups if g["kind"] == k and g["reports"] == [rid]
                                   and len(reports) > 1] for k in KINDS}
        report["left_out"] = {k: [g["label"] for g in groups if g["kind"] == k and rid not in g["reports"]]
                              for k in KINDS}
    return [{"kind": g["kind"][:-1], "label": g["label"], "reports": g["reports"]} for g in groups]


def compare_reports(store: Store, merged: dict[str, Any]) -> dict[str, Any]:
    """The comparison of a merged event (as `query.event` returns it) across its reports."""
    cluster_id = merged["event_id"]
    bounds = store.rows("SELECT day_lo, day_hi FROM merged_events WHERE cluster_id = ?", [cluster_id])
    lo, hi = (bounds[0]["day_lo"], bounds[0]["day_hi"]) if bounds else (None, None)
    articles = store.rows(
        "SELECT id, source, title, url, date FROM articles WHERE id IN (SELECT unnest(?)) "
        "ORDER BY date NULLS LAST, seq", [merged["article_ids"]])
    reports = [_report(store, a, cluster_id, lo, hi) for a in articles]
    grid = _contrast(reports)
    for report in reports:
        for quote in report["quotes"]:
            quote.pop("words", None)
    event = {k: v for k, v in merged.items() if k != "mentions"}
    return {"event": event, "reports": reports, "items": grid}
