"""Direct quotes: give every quoted stretch of text the frame that attributes it.

In order of trust:
1. a parse frame whose cue stands outside the quote and whose content overlaps it ("\"...,\" the statement
   said"; "Putin said: \"...\""): the frame becomes direct and its content the whole quote, however many
   sentences or paragraphs it runs over; a quote that covers only part of an indirect frame's content is a
   partial quote of the same speaker ('called the move "a grave mistake"');
2. an introducing clause that ends in a colon or comma just before the quote ("A Downing Street spokesperson
   said:", "The message reads, in part:", "a statement from Ambassador X:");
3. a cue clause just after the closing mark ("..." the Russian President stressed in his message);
4. a quote right after another direct quote continues it (same speaker);
5. otherwise a long quote is kept without a speaker, and a short one (scare quotes) is dropped.
A quote inside a transcript turn or another direct quote, with no cue of its own, is part of that speech.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.attribution.frames import Frame, Voice
from eventwire.attribution.lexicon import CueLexicon
from eventwire.attribution.marks import QuotedSpan
from eventwire.attribution.speech import intro_voice, verb_voice
from eventwire.records import ParsedArticle, Sentence, Span

MIN_QUOTE_WORDS = 3
MIN_ORPHAN_WORDS = 8
CONTINUATION_GAP = 160
INTRO_REACH = 14
AFTER_REACH = 8


def attach_quotes(
    parsed: ParsedArticle, spans: list[QuotedSpan], frames: list[Frame], lex: CueLexicon
) -> list[Frame]:
    """The frames with each quote attached: some parse frames turn direct, new frames cover the rest."""
    text = parsed.article.text
    out = list(frames)
    previous: Frame | None = None
    for quote in spans:
        words = quote.words(text)
        if words < MIN_QUOTE_WORDS:
            continue
        frame = _attach_one(parsed, quote, out, lex, previous)
        if frame is not None:
            previous = frame
        elif words >= MIN_ORPHAN_WORDS and not _inside_speech(out, quote):
            previous = None
            out.append(_orphan(parsed, quote))
    return out


def _attach_one(
    parsed: ParsedArticle, quote: QuotedSpan, frames: list[Frame], lex: CueLexicon, previous: Frame | None
) -> Frame | None:
    """Attach `quote` in place (replacing or adding to `frames`); the frame it now belongs to."""
    content = (quote.start, quote.end)
    index = _overlapping(frames, quote)
    if index is not None:
        frame = frames[index]
        if _covers(frame.content, content):
            frames[index] = frame.as_direct(content, "quote:" + frame.rule)
            return frames[index]
        partial = frame.as_direct(content, "partial-quote")
        frames.append(partial)
        return partial
    voice, rule = _voice_before(parsed, quote, lex), "quote:intro"
    if voice is None:
        voice, rule = _voice_after(parsed, quote, lex), "quote:after"
    if voice is not None:
        frame = voice.frame("direct", content, rule)
        _replace_same_cue(frames, frame)
        return frame
    if _inside_speech(frames, quote):
        return None
    if previous is not None and 0 <= quote.open_at - previous.content[1] <= CONTINUATION_GAP:
        sent = _sentence_at(parsed, quote.start)
        frame = previous.as_direct(content, "quote:continued")
        frame = replace(frame, sentence_index=sent.index if sent else frame.sentence_index)
        frames.append(frame)
        return frame
    return None


def _overlapping(frames: list[Frame], quote: QuotedSpan) -> int | None:
    """The indirect frame (cue outside the quote) whose content overlaps it, the nearest cue first; frames
    already direct (blocks, quotes) hold quotes only as part of their speech."""
    best: tuple[int, int] | None = None
    for index, frame in enumerate(frames):
        if frame.kind == "direct" or frame.cue_span is None:
            continue
        if not _overlap(frame.content, (quote.start, quote.end)):
            continue
        cue = frame.cue_span
        if quote.open_at <= cue[0] and cue[1] <= (quote.close_at or quote.end):
            continue
        distance = min(abs(cue[0] - quote.end), abs(quote.start - cue[1]))
        if best is None or distance < best[0]:
            best = (distance, index)
    return best[1] if best else None


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _covers(content: Span, quote: Span) -> bool:
    """The quote is the frame's content (or runs past it), not a phrase quoted inside it."""
    return quote[0] <= content[0] + 2 or quote[1] > content[1]


def _voice_before(parsed: ParsedArticle, quote: QuotedSpan, lex: CueLexicon) -> Voice | None:
    """ "X said:" / "X said," right before the opening mark, in the same or the previous paragraph."""
    text = parsed.article.text
    at = quote.open_at - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    if at < 0 or text[at] not in ":,":
        return None
    sent = _sentence_at(parsed, at)
    if sent is None:
        return None
    upto = max((t.i for t in sent.tokens if t.start < at), default=-1)
    if upto < 0 or _is_title(parsed, sent):
        return None
    return intro_voice(sent, upto, INTRO_REACH if text[at] == ":" else 4, lex)


def _voice_after(parsed: ParsedArticle, quote: QuotedSpan, lex: CueLexicon) -> Voice | None:
    """A cue clause right after the closing mark: "...," the Kremlin said / said Putin."""
    if quote.close_at is None:
        return None
    for sent in parsed.sentences:
        if sent.end <= quote.close_at or sent.start > quote.close_at + 3:
            continue
        after = [t.i for t in sent.tokens if t.start > quote.close_at][:AFTER_REACH]
        for i in after:
            voice = verb_voice(sent, i, lex)
            if voice is not None and voice.speaker is not None and voice.speaker.start > quote.close_at:
                return voice
    return None


def _is_title(parsed: ParsedArticle, sent: Sentence) -> bool:
    title = (parsed.article.title or "").strip()
    return sent.heading or (bool(title) and title in sent.text)


def _sentence_at(parsed: ParsedArticle, pos: int) -> Sentence | None:
    for sent in parsed.sentences:
        if sent.start <= pos < sent.end:
            return sent
    return None


def _replace_same_cue(frames: list[Frame], frame: Frame) -> None:
    """A parse frame with the same cue read the quote wrongly: the quote's frame replaces it. A cue that
    already carries a quote ("...," Putin said, "...") keeps it and gets another."""
    for index, other in enumerate(frames):
        if other.cue_span == frame.cue_span and other.cue_span is not None and other.kind != "direct":
            frames[index] = frame
            return
    frames.append(frame)


def _inside_speech(frames: list[Frame], quote: QuotedSpan) -> bool:
    return any(f.kind == "direct" and f.holds((quote.open_at, quote.end)) for f in frames)


def _orphan(parsed: ParsedArticle, quote: QuotedSpan) -> Frame:
    sent = _sentence_at(parsed, quote.start)
    index = sent.index if sent else 0
    return Frame("direct", "", "say", None, index, (quote.start, quote.end), None, rule="quote:unattributed")
