"""The library functions every face calls: the CLI, the HTTP server and Python users.

>>> import eventwire
>>> result = eventwire.extract("Putin and Macron held a phone call on Tuesday.", date="2025-07-01")
>>> [(e.cameo, e.source.country, e.target.country) for e in result.events]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

from eventwire.errors import InputError
from eventwire.extraction import Resources, extract_reporting, extract_text, load_resources
from eventwire.ingest import BadInput, read_inputs
from eventwire.ingest.dateline import parse_iso_date
from eventwire.records import Article, Extraction, Timex
from eventwire.settings import Settings
from eventwire.time import find_timexes


@lru_cache(maxsize=2)
def resources_for(settings: Settings) -> Resources:
    """Models and tables for these settings, loaded once per process."""
    return load_resources(settings)


def as_date(value: date | str | None) -> date | None:
    """Accept a date or a `YYYY-MM-DD` string; anything else is an InputError."""
    if value is None or isinstance(value, date):
        return value
    return parse_iso_date(value)


def extract(
    text: str,
    date: date | str | None = None,
    *,
    article_id: str = "text",
    source: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
) -> Extraction:
    """Events, quotes, mentions and time expressions of one text."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("empty text", code="E102")
    resources = resources_for(settings or Settings.from_env())
    return extract_text(
        text, resources, published=as_date(date), article_id=article_id, source=source, title=title
    )


def extract_paths(
    paths: Iterable[str], *, published: date | None = None, settings: Settings | None = None
) -> Iterator[Extraction | BadInput]:
    """Extract every article under `paths`; unreadable inputs come back as BadInput, in order."""
    settings = settings or Settings.from_env()
    chunk: list[Article] = []
    for item in read_inputs(paths, published):
        if isinstance(item, BadInput):
            yield from _flush(chunk, settings)
            yield item
            continue
        chunk.append(item)
        if len(chunk) >= settings.batch_size * 4:
            yield from _flush(chunk, settings)
    yield from _flush(chunk, settings)


def _flush(chunk: list[Article], settings: Settings) -> Iterator[Extraction | BadInput]:
    """Extract the articles read so far (bounded memory, input order kept) and empty the chunk."""
    if chunk:
        articles = list(chunk)
        chunk.clear()
        yield from extract_reporting(articles, resources_for(settings), settings)


def read_articles(paths: Iterable[str], *, published: date | None = None) -> Iterator[Article | BadInput]:
    """Articles as the readers see them (header, dateline, paragraphs), without extraction."""
    return read_inputs(paths, published)


def describe_actor(name: str, date: date | str | None = None) -> list[dict[str, Any]]:
    """What the knowledge base knows about actors matching `name`, and the role each held on `date`."""
    from eventwire.actors import describe_actor as describe
    from eventwire.actors import load_kb

    if not name.strip():
        raise InputError("empty actor name", code="E110")
    return describe(load_kb(), name, as_date(date))


def explain(extraction: Extraction) -> list[dict[str, Any]]:
    """Per event: the code and its name, the rule that fired, the actors, and the marked sentence."""
    from eventwire.coding import explain_events, load_coding_tables

    return explain_events(extraction.events, extraction.article.text, load_coding_tables())


def topics(extraction: Extraction) -> list[dict[str, Any]]:
    """An article's section topics, in order, each with its events and quotes."""
    from eventwire.attribution import article_topics

    return article_topics(extraction)


def timexes(text: str, date: date | str | None) -> list[Timex]:
    """Time expressions of a text, normalized against its publication date."""
    return find_timexes(text, as_date(date))
