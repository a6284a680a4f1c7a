"""Topics of an article: its section headings, each with the events and quotes told under it.

The nlp stage gives each sentence the nearest heading above it as its topic (the title is none); events
and quotes carry that topic. Text before the first heading, and articles without headings, form one topic
`None`. Topics come in article order (a heading's place, else its first event or quote); a heading with
nothing coded or quoted under it is left out, as is text before the first heading when it yields nothing.
"""

from __future__ import annotations

from typing import Any

from eventwire.records import ActorRef, Article, Event, Extraction, Quote


def article_topics(extraction: Extraction) -> list[dict[str, Any]]:
    """Per topic, in article order: {"topic", "events": [...], "quotes": [...]}."""
    positions: dict[str | None, int] = {}
    for event in extraction.events:
        positions.setdefault(event.topic, _event_position(event))
        positions[event.topic] = min(positions[event.topic], _event_position(event))
    for quote in extraction.quotes:
        positions[quote.topic] = min(
            positions.get(quote.topic, quote.spans["content"][0]), quote.spans["content"][0]
        )
    for heading, start in _headings(extraction.article):
        if heading in positions:
            positions[heading] = min(positions[heading], start)
    order = sorted(positions, key=lambda topic: (topic is not None, positions[topic]))
    return [
        {
            "topic": topic,
            "events": [_event_summary(e) for e in extraction.events if e.topic == topic],
            "quotes": [_quote_summary(q) for q in extraction.quotes if q.topic == topic],
        }
        for topic in order
    ]


def _headings(article: Article) -> list[tuple[str, int]]:
    """Section headings: heading paragraphs after the first one that are not the title."""
    return [(text, article.paragraphs[number].start) for number, text in article.section_headings().items()]


def _event_position(event: Event) -> int:
    spans = event.evidence.spans
    return min((s[0] for s in spans.values()), default=0)


def _name(ref: ActorRef | None) -> str | None:
    return None if ref is None else (ref.name or ref.text)


def _event_summary(event: Event) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "cameo": event.cameo,
        "plover": event.plover_event,
        "source": _name(event.source),
        "target": _name(event.target),
        "claimed_by": _name(event.claimed_by),
        "date": event.date,
    }


def _quote_summary(quote: Quote) -> dict[str, Any]:
    return {
        "quote_id": quote.quote_id,
        "speaker": _name(quote.speaker),
        "kind": quote.kind,
        "cue": quote.cue,
        "text": quote.text,
    }
