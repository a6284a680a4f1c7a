"""Records -> table rows, and stored rows -> contract dicts.

The only place that knows how an `Event`, `Quote` or `Mention` is laid out in columns, in both
directions, so what is read back is exactly what `extract` printed.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, datetime
from typing import Any

from eventwire.records import ActorRef, Article, Event, Extraction, Mention, Quote, Timex
from eventwire.store.schema import ACTOR_FIELDS

CONTRACT_ACTOR_KEYS = ("text", "name", "country", "sector", "code", "kb_id")


def actor_row(prefix: str, actor: ActorRef | None) -> dict[str, Any]:
    """Flattened columns of one actor plus the JSON of the contract's actor object."""
    row: dict[str, Any] = {
        f"{prefix}_{name}": (getattr(actor, name) if actor is not None else None) for name in ACTOR_FIELDS
    }
    row[prefix] = json.dumps(actor.to_dict(), ensure_ascii=False) if actor is not None else None
    return row


def period(value: str | None, precision: str | None) -> tuple[date | None, date | None]:
    """First and last day a contract date covers (`2022-09` covers September); None when undated."""
    if not value:
        return None, None
    try:
        parts = [int(p) for p in value[:10].split("-")]
    except ValueError:
        return None, None
    try:
        if len(parts) >= 3 and precision not in ("month", "year"):
            day = date(parts[0], parts[1], parts[2])
            return day, day
        if len(parts) >= 2 and precision != "year":
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except ValueError:
        return None, None


def article_row(article: Article, seq: int, now: datetime) -> dict[str, Any]:
    paragraphs = [[p.start, p.end, p.heading] for p in article.paragraphs]
    return {
        "id": article.id,
        "sha256": article.sha256,
        "date": article.date,
        "source": article.source,
        "place": article.place,
        "title": article.title,
        "url": article.url,
        "lang": article.lang,
        "text": article.text,
        "paragraphs": json.dumps(paragraphs),
        "ingested_at": now,
        "seq": seq,
    }


def event_row(event: Event, ordinal: int) -> dict[str, Any]:
    day_lo, day_hi = period(event.date, event.date_precision)
    return {
        "event_id": event.event_id,
        "article_id": event.article_id,
        "ordinal": ordinal,
        "date": event.date,
        "date_precision": event.date_precision,
        "day_lo": day_lo,
        "day_hi": day_hi,
        "historical": event.historical,
        **actor_row("source", event.source),
        **actor_row("target", event.target),
        "cameo": event.cameo,
        "cameo_root": event.cameo_root,
        "plover_event": event.plover_event,
        "plover_mode": event.plover_mode,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "symmetric": event.symmetric,
        **actor_row("claimed_by", event.claimed_by),
        "negated": event.negated,
        "modality": event.modality,
        "topic": event.topic,
        "trigger": event.trigger,
        "sentence_index": event.evidence.sentence_index,
        "sentence": event.evidence.sentence,
        "evidence": json.dumps(event.evidence.to_dict(), ensure_ascii=False),
        "rule": event.rule,
        "extra": json.dumps(event.extra, ensure_ascii=False) if event.extra else None,
        "cluster_id": None,
    }


def quote_row(quote: Quote, ordinal: int) -> dict[str, Any]:
    return {
        "quote_id": quote.quote_id,
        "article_id": quote.article_id,
        "ordinal": ordinal,
        **actor_row("speaker", quote.speaker),
        **actor_row("addressee", quote.addressee),
        "kind": quote.kind,
        "text": quote.text,
        "cue": quote.cue,
        "spans": json.dumps({k: list(v) for k, v in quote.spans.items()}),
        "reported_via": list(quote.reported_via),
        "sentence_index": quote.sentence_index,
        "topic": quote.topic,
    }


def mention_row(article_id: str, mention: Mention, ordinal: int) -> dict[str, Any]:
    return {
        "mention_id": f"{article_id}:m{ordinal}",
        "article_id": article_id,
        "sentence_index": mention.sentence_index,
        "token_start": mention.token_start,
        "token_end": mention.token_end,
        "start_char": mention.start,
        "end_char": mention.end,
        "text": mention.text,
        "kind": mention.kind,
        **actor_row("actor", mention.actor),
        "reason": mention.reason,
        "members": json.dumps([m.to_dict() for m in mention.members]) if mention.members else None,
    }


def timex_row(article_id: str, timex: Timex) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "start_char": timex.start,
        "end_char": timex.end,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
    }


def extraction_rows(extraction: Extraction, seq: int, now: datetime) -> dict[str, list[dict[str, Any]]]:
    """Every row one article adds, by table."""
    article_id = extraction.article.id
    return {
        "articles": [article_row(extraction.article, seq, now)],
        "events": [event_row(e, i) for i, e in enumerate(extraction.events)],
        "quotes": [quote_row(q, i) for i, q in enumerate(extraction.quotes)],
        "mentions": [mention_row(article_id, m, i) for i, m in enumerate(extraction.mentions)],
        "timexes": [timex_row(article_id, t) for t in extraction.timexes],
    }


# --- reading back ---------------------------------------------------------------------------------------


def loads(value: str | None) -> Any:
    return json.loads(value) if value else None


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The contract's event line from a stored `events` row (what `extract` printed for it)."""
    out = {
        "type": "event",
        "article_id": row["article_id"],
        "event_id": row["event_id"],
        "date": row["date"],
        "date_precision": row["date_precision"],
        "historical": row["historical"],
        "source": loads(row["source"]),
        "target": loads(row["target"]),
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "plover": {"event": row["plover_event"], "mode": row["plover_mode"]},
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "symmetric": row["symmetric"],
        "claimed_by": loads(row["claimed_by"]),
        "negated": row["negated"],
        "modality": row["modality"],
        "topic": row["topic"],
        "trigger": row["trigger"],
        "evidence": loads(row["evidence"]),
        "rule": row["rule"],
    }
    out.update(loads(row.get("extra")) or {})
    return out


def quote_dict(row: dict[str, Any]) -> dict[str, Any]:
    """The contract's quote line from a stored `quotes` row."""
    return {
        "type": "quote",
        "article_id": row["article_id"],
        "quote_id": row["quote_id"],
        "speaker": loads(row["speaker"]),
        "addressee": loads(row["addressee"]),
        "kind": row["kind"],
        "text": row["text"],
        "cue": row["cue"],
        "spans": loads(row["spans"]),
        "reported_via": list(row["reported_via"] or []),
        "sentence_index": row["sentence_index"],
        "topic": row["topic"],
    }
