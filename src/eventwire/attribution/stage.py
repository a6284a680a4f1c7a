"""The stage's entry: frames -> speakers -> quotes -> claims, over plain records; nothing is mutated."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.attribution.claims import mark_claims
from eventwire.attribution.lexicon import CueLexicon, load_cues
from eventwire.attribution.quotes import attribute_frames, build_quotes, find_frames
from eventwire.records import Event, Mention, ParsedArticle, Quote


def attribute(
    parsed: ParsedArticle,
    mentions: Sequence[Mention],
    events: Sequence[Event],
    cues: CueLexicon | None = None,
) -> tuple[list[Event], list[Quote]]:
    """Quotes of the article, and its events with claims marked (new records; the inputs are untouched).

    `cues` defaults to the shipped cue table; pass another to try a different one.
    """
    lex = cues or load_cues()
    frames = find_frames(parsed, lex)
    attributed = attribute_frames(parsed, frames, mentions, lex)
    quotes = build_quotes(parsed, attributed)
    marked = mark_claims(events, attributed, parsed.article)
    return [_with_topic(parsed, event) for event in marked], quotes


def _with_topic(parsed: ParsedArticle, event: Event) -> Event:
    """An event the coder left without a topic takes its sentence's."""
    index = event.evidence.sentence_index
    if event.topic is not None or not 0 <= index < len(parsed.sentences):
        return event
    return replace(event, topic=parsed.sentences[index].topic)
