"""One article through every stage, in flow order: nlp -> actors -> time -> coding -> attribution.

`Resources` bundles what is loaded once (the spaCy model, the knowledge base, the coding tables) and
is passed in; nothing is kept in module state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from eventwire.actors import KnowledgeBase, find_mentions, load_kb
from eventwire.attribution import attribute
from eventwire.coding import CODERS, CodingTables, load_coding_tables
from eventwire.errors import ConfigError, ExtractionError
from eventwire.ingest import BadInput, build_article
from eventwire.nlp import load_model, parse_articles
from eventwire.records import Article, Event, Extraction, Mention, ParsedArticle, Timex
from eventwire.settings import Settings
from eventwire.time import find_timexes

if TYPE_CHECKING:
    from spacy.language import Language


Coder = Callable[[ParsedArticle, list[Mention], list[Timex], CodingTables], list[Event]]


@dataclass(frozen=True)
class Resources:
    """Models and tables every article needs, loaded once per process, and the coder chosen by name."""

    nlp: Language
    kb: KnowledgeBase
    coding: CodingTables
    coder: Coder


def load_resources(settings: Settings) -> Resources:
    coder = CODERS.get(settings.coder)
    if coder is None:
        known = ", ".join(sorted(CODERS))
        raise ConfigError(f"unknown coder {settings.coder!r} (known: {known})", code="E202")
    return Resources(
        nlp=load_model(settings.spacy_model), kb=load_kb(), coding=load_coding_tables(), coder=coder
    )


def extract_parsed(parsed: ParsedArticle, resources: Resources) -> Extraction:
    """Everything after the parse: plain records in, plain records out."""
    article = parsed.article
    mentions = find_mentions(parsed, resources.kb)
    hints = [(t.start, t.end, t.tag) for sentence in parsed.sentences for t in sentence.tokens]
    timexes = find_timexes(article.text, article.date, hints)
    coded = resources.coder(parsed, mentions, timexes, resources.coding)
    events, quotes = attribute(parsed, mentions, coded)
    return Extraction(
        article=article,
        events=tuple(events),
        quotes=tuple(quotes),
        mentions=tuple(mentions),
        timexes=tuple(timexes),
    )


def extract_articles(
    articles: Iterable[Article], resources: Resources, settings: Settings | None = None
) -> Iterator[Extraction]:
    """Extract a stream of articles, parsing them in batches with `nlp.pipe`."""
    settings = settings or Settings()
    for parsed in parse_articles(
        resources.nlp, articles, batch_size=settings.batch_size, n_process=settings.n_process
    ):
        yield extract_parsed(parsed, resources)


def extract_reporting(
    articles: Iterable[Article], resources: Resources, settings: Settings | None = None
) -> Iterator[Extraction | BadInput]:
    """Like `extract_articles`, but an article a stage fails on comes back as a BadInput so that a
    batch goes on past it; nothing about the other articles changes."""
    settings = settings or Settings()
    for parsed in parse_articles(
        resources.nlp, articles, batch_size=settings.batch_size, n_process=settings.n_process
    ):
        try:
            yield extract_parsed(parsed, resources)
        except Exception as exc:  # a bug in a stage must not sink the batch
            message = f"{parsed.article.id}: extraction failed ({type(exc).__name__}: {exc})"
            yield BadInput(parsed.article.id, ExtractionError(message, code="E501"))


def extract_text(
    text: str,
    resources: Resources,
    *,
    published: date | None = None,
    article_id: str = "text",
    source: str | None = None,
    title: str | None = None,
) -> Extraction:
    """One text, as a user of the Python API hands it over."""
    article = build_article(text, article_id=article_id, published=published, source=source, title=title)
    return next(extract_articles([article], resources))
