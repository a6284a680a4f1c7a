"""Quotes: every reporting frame of an article, its speaker resolved, nested in the frames that carry it.

`find_frames` gathers the frames (parse frames per sentence, paragraph blocks, quotation marks);
`attribute_frames` resolves speakers and addressees in article order, nests each frame in the smallest
frame whose content holds its cue, and builds its `reported_via` chain: the outlet (article.source), then
the speakers of the enclosing frames, outermost first ("TASS", "the Kremlin"). `build_quotes` turns them
into Quote records with ids stable across runs (a hash of the article id and the content span).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.attribution.blocks import find_blocks
from eventwire.attribution.direct import attach_quotes
from eventwire.attribution.frames import Frame, Phrase
from eventwire.attribution.lexicon import CueLexicon
from eventwire.attribution.marks import find_quoted_spans
from eventwire.attribution.speakers import (
    FIRST_PERSON,
    MentionIndex,
    Speaker,
    SpeakerContext,
    group_ref,
    outlet_speaker,
    resolve_phrase,
)
from eventwire.attribution.speech import sentence_frames
from eventwire.records import ActorRef, Mention, ParsedArticle, Quote, Span

_RULE_RANK = (
    "quote:",
    "transcript",
    "colon-",
    "verb-complement",
    "parenthetical",
    "phrase",
    "citing",
    "noun-",
)


@dataclass(frozen=True)
class Attributed:
    """A frame with what attribution decided about it."""

    frame: Frame
    speaker: Speaker | None
    addressee: ActorRef | None
    parent: int | None
    via: tuple[str, ...]
    quote_id: str


def find_frames(parsed: ParsedArticle, lex: CueLexicon) -> list[Frame]:
    """All reporting frames of the article, direct quotes attached, duplicates merged, in article order."""
    frames = [f for sent in parsed.sentences if not sent.heading for f in sentence_frames(sent, lex)]
    frames.extend(find_blocks(parsed, lex))
    spans = find_quoted_spans(parsed.article.text, parsed.article.paragraphs)
    return _dedupe(attach_quotes(parsed, spans, frames, lex))


def _dedupe(frames: list[Frame]) -> list[Frame]:
    """One frame per content span: direct before indirect, a named speaker before none, surer rules first."""
    best: dict[Span, Frame] = {}
    for frame in frames:
        other = best.get(frame.content)
        if other is None or _rank(frame) < _rank(other):
            best[frame.content] = frame
    return sorted(best.values(), key=_anchor)


def _rank(frame: Frame) -> tuple[int, int, int]:
    rule = next((k for k, prefix in enumerate(_RULE_RANK) if frame.rule.startswith(prefix)), len(_RULE_RANK))
    return (frame.kind != "direct", frame.speaker is None, rule)


def _anchor(frame: Frame) -> tuple[int, int]:
    return (frame.cue_span[0] if frame.cue_span else frame.content[0], frame.content[0])


def nest(frames: Sequence[Frame]) -> list[int | None]:
    """Each frame's parent: the smallest longer frame whose content holds its cue (or its content)."""
    parents: list[int | None] = []
    for frame in frames:
        anchor = frame.cue_span or frame.content
        size = frame.content[1] - frame.content[0]
        holders = [
            (o.content[1] - o.content[0], j)
            for j, o in enumerate(frames)
            if o is not frame and o.content[1] - o.content[0] > size and o.holds(anchor)
        ]
        parents.append(min(holders)[1] if holders else None)
    return parents


def attribute_frames(
    parsed: ParsedArticle, frames: Sequence[Frame], mentions: Sequence[Mention], lex: CueLexicon
) -> list[Attributed]:
    """Resolve, nest and chain every frame."""
    index = MentionIndex(mentions)
    parents = nest(frames)
    speakers = _resolve_speakers(parsed, frames, parents, index, lex)
    outlet = outlet_speaker(parsed, index)
    out = []
    for k, frame in enumerate(frames):
        addressee = _addressee(parsed, frame.addressee, index) if frame.addressee else None
        via = _via(k, parents, speakers, outlet)
        out.append(
            Attributed(
                frame, speakers[k], addressee, parents[k], via, quote_id(parsed.article.id, frame.content)
            )
        )
    return out


def _resolve_speakers(
    parsed: ParsedArticle,
    frames: Sequence[Frame],
    parents: list[int | None],
    index: MentionIndex,
    lex: CueLexicon,
) -> list[Speaker | None]:
    """Article order, so "the statement" and "he" see what came before; I/we after their enclosing turn."""
    ctx = SpeakerContext()
    outlet = outlet_speaker(parsed, index)
    speakers: list[Speaker | None] = [None] * len(frames)
    deferred = []
    for k, frame in enumerate(frames):
        if frame.speaker is None:
            continue
        if _first_person(parsed, frame.speaker):
            deferred.append(k)
            continue
        speaker = resolve_phrase(parsed, frame.speaker, index, lex, ctx)
        if speaker is None and lex.is_document(_head_lemma(parsed, frame.speaker)):
            speaker = outlet
        speakers[k] = speaker
        if speaker is not None:
            ctx.remember(speaker, frame.issuer_hint)
    for k in deferred:
        phrase = frames[k].speaker
        assert phrase is not None
        enclosing = _enclosing(k, parents, speakers) or outlet
        speakers[k] = resolve_phrase(parsed, phrase, index, lex, ctx, enclosing)
    return speakers


def _first_person(parsed: ParsedArticle, phrase: Phrase) -> bool:
    return parsed.sentences[phrase.sentence_index].tokens[phrase.head].text.lower() in FIRST_PERSON


def _head_lemma(parsed: ParsedArticle, phrase: Phrase) -> str:
    return parsed.sentences[phrase.sentence_index].tokens[phrase.head].lemma


def _enclosing(k: int, parents: list[int | None], speakers: list[Speaker | None]) -> Speaker | None:
    parent = parents[k]
    while parent is not None:
        if speakers[parent] is not None:
            return speakers[parent]
        parent = parents[parent]
    return None


def _addressee(parsed: ParsedArticle, phrase: Phrase, index: MentionIndex) -> ActorRef | None:
    """The mention over the addressee's head; an unresolved pronoun is left out, other words kept as text."""
    sent = parsed.sentences[phrase.sentence_index]
    for mention in index.over(phrase):
        if mention.actor is not None:
            return mention.actor
        if mention.members:
            return group_ref(mention.text, mention.members)
    if sent.tokens[phrase.head].pos == "PRON":
        return None
    text = sent.text_of(phrase.first, phrase.last)
    return ActorRef(text=text, name=None, country=None, sector=None, code=None, kb_id=None)


def _via(
    k: int, parents: list[int | None], speakers: list[Speaker | None], outlet: Speaker | None
) -> tuple[str, ...]:
    """Outlet first, then each enclosing speaker, outermost first; the speaker itself is never its own via."""
    own = speakers[k]
    chain: list[Speaker] = []
    parent = parents[k]
    while parent is not None:
        speaker = speakers[parent]
        if speaker is not None and not speaker.outlet:
            chain.append(speaker)
        parent = parents[parent]
    names: list[str] = []
    if outlet is not None and not (own is not None and own.outlet):
        names.append(outlet.text)
    for speaker in reversed(chain):
        if own is not None and (speaker.ref == own.ref or speaker.text == own.text):
            continue
        if not names or names[-1] != speaker.text:
            names.append(speaker.text)
    return tuple(names)


def quote_id(article_id: str, content: Span) -> str:
    return hashlib.sha1(f"{article_id}|{content[0]}|{content[1]}".encode()).hexdigest()[:16]


def build_quotes(parsed: ParsedArticle, attributed: Sequence[Attributed]) -> list[Quote]:
    """Quote records in article order."""
    text = parsed.article.text
    out = []
    for item in attributed:
        frame = item.frame
        spans: dict[str, Span] = {"content": frame.content}
        if frame.cue_span is not None:
            spans["cue"] = frame.cue_span
        if frame.speaker is not None:
            spans["speaker"] = (frame.speaker.start, frame.speaker.end)
        if frame.addressee is not None and item.addressee is not None:
            spans["addressee"] = (frame.addressee.start, frame.addressee.end)
        out.append(
            Quote(
                article_id=parsed.article.id,
                quote_id=item.quote_id,
                speaker=item.speaker.ref if item.speaker else None,
                addressee=item.addressee,
                kind=frame.kind,
                text=text[frame.content[0] : frame.content[1]],
                cue=frame.cue,
                spans=spans,
                reported_via=item.via,
                sentence_index=frame.sentence_index,
                topic=parsed.sentences[frame.sentence_index].topic,
            )
        )
    return sorted(out, key=lambda q: (q.spans["content"][0], q.kind))
