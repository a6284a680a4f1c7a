"""The actors stage on one sentence, and lookups in what it found, shared by the actors tests."""

from __future__ import annotations

from datetime import date

from eventwire.actors import KnowledgeBase, find_mentions
from eventwire.records import Mention


def mentions(kb: KnowledgeBase, parse, text: str, day: date | None = date(2000, 1, 1)) -> list[Mention]:  # type: ignore[no-untyped-def]
    """The mentions of `text` parsed as an article published on `day`."""
    return find_mentions(parse(text, day), kb)


def find(found: list[Mention], part: str) -> Mention:
    """The first mention whose text contains `part`."""
    return next(m for m in found if part in m.text)


def code(found: list[Mention], part: str) -> tuple[str | None, str | None]:
    """(country, CAMEO code) of the resolved mention containing `part`."""
    actor = find(found, part).actor
    assert actor is not None, part
    return actor.country, actor.code
