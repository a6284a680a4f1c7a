"""The stage's public surface, pinned so nothing is lost or added silently."""

from __future__ import annotations

import eventwire.attribution as attribution
from eventwire.attribution import article_topics, attribute
from eventwire.records import Extraction

from .kit import PUTIN, event, mention, parse


def test_exported_members() -> None:
    assert sorted(attribution.__all__) == [
        "Attributed",
        "CueLexicon",
        "article_topics",
        "attribute",
        "attribute_frames",
        "build_quotes",
        "find_frames",
        "load_cues",
        "mark_claims",
        "own_account",
        "same_side",
    ]


def test_an_article_without_headings_has_one_topic(nlp) -> None:
    parsed = parse(nlp, "Putin said that the talks were useful. Putin met Macron in Paris.")
    events, quotes = attribute(
        parsed, [mention(parsed, "Putin", PUTIN)], [event(parsed, "met", "040", PUTIN, None)]
    )
    topics = article_topics(Extraction(parsed.article, tuple(events), tuple(quotes)))
    assert [t["topic"] for t in topics] == [None]
    assert topics[0]["events"][0]["source"] == "Vladimir Putin"
    assert topics[0]["quotes"][0]["speaker"] == "Vladimir Putin"
