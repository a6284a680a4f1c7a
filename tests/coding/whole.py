"""One sentence through the whole pipeline (actors, time, coder, attribution), for tests that pin
behaviour on text rather than on hand-placed mentions (`kit.py`)."""

from __future__ import annotations

from datetime import date

from eventwire.extraction import Resources, extract_articles
from eventwire.ingest import build_article
from eventwire.records import Event

Triple = tuple[str, str | None, str | None]


def coded(resources: Resources, text: str, published: date = date(2025, 3, 3)) -> list[Event]:
    """The events of `text` read as an article of its own."""
    article = build_article(text, article_id="sentence", published=published)
    return list(next(iter(extract_articles([article], resources))).events)


def triples(resources: Resources, text: str) -> set[Triple]:
    """(CAMEO code, source country, target country) of every event of `text`."""
    return {(e.cameo, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in coded(resources, text)}


def codes(resources: Resources, text: str) -> set[str]:
    return {e.cameo for e in coded(resources, text)}
