"""attribution stage: who says so — quotes, speakers, reported-via chains, claims and topics.

`attribute(parsed, mentions, events)` returns the events with `claimed_by` and `reported_via` filled in,
and the article's quotes; `article_topics(extraction)` groups events and quotes under section headings.
"""

from eventwire.attribution.claims import mark_claims, own_account, same_side
from eventwire.attribution.lexicon import CueLexicon, load_cues
from eventwire.attribution.quotes import Attributed, attribute_frames, build_quotes, find_frames
from eventwire.attribution.stage import attribute
from eventwire.attribution.topics import article_topics

__all__ = [
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
