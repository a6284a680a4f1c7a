"""Speech that runs over whole paragraphs without quotation marks.

- `colon-block`: a paragraph that ends in an introducing clause ("A Downing Street spokesperson said:") and
  the unquoted paragraphs after it, up to the next heading, speaker line or introducing clause.
- `colon-inline`: "X said: words" inside one paragraph, without marks.
- `transcript`: a speaker line of a transcript ("President of Russia Vladimir Putin: Good morning, ...") and
  the paragraphs after it up to the next speaker line or heading. The prefix must name someone (a proper
  noun), carry no verb and be short, so "PM call with President Putin: 9 August" (a title) and
  "Moscow, 18:45" never pass.
When the paragraph after an introducing colon opens with a quotation mark, the quote is the content and
`direct.py` attaches it; no block is made.
"""

from __future__ import annotations

import re

from eventwire.attribution.frames import Frame, Phrase, Voice
from eventwire.attribution.lexicon import CueLexicon
from eventwire.attribution.speech import intro_voice
from eventwire.records import Paragraph, ParsedArticle, Sentence

MAX_BLOCK_PARAGRAPHS = 30
MAX_SPEAKER_WORDS = 12
INTRO_REACH = 14
_TURN = re.compile(r"([A-Z][^:\n]{2,120}?)(\s*\([^)\n]{1,40}\))?:\s+(?=[\"“«'A-Z0-9])")
_MARKS = "\"“«'„"


def find_blocks(parsed: ParsedArticle, lex: CueLexicon) -> list[Frame]:
    """Transcript turns and colon-introduced speech, in article order."""
    article = parsed.article
    by_paragraph = _sentences_by_paragraph(parsed)
    turns = {
        n: t for n, p in enumerate(article.paragraphs) if (t := _turn(parsed, n, p, by_paragraph)) is not None
    }
    intros = {
        n: v for n, p in enumerate(article.paragraphs) if (v := _intro(parsed, n, p, by_paragraph, lex))
    }
    frames: list[Frame] = []
    for number, turn in turns.items():
        end = _block_end(article.paragraphs, number, set(turns) | set(intros))
        frames.append(turn.frame("direct", (turn.cue_span[1] + 1, end), "transcript"))
        frames[-1] = _strip_content(article.text, frames[-1])
    for number, voice in intros.items():
        frame = _intro_frame(parsed, number, voice, set(turns) | set(intros))
        if frame is not None:
            frames.append(frame)
    return sorted(frames, key=lambda f: f.content[0])


def _sentences_by_paragraph(parsed: ParsedArticle) -> dict[int, list[Sentence]]:
    out: dict[int, list[Sentence]] = {}
    for sent in parsed.sentences:
        out.setdefault(sent.paragraph, []).append(sent)
    return out


def _turn(
    parsed: ParsedArticle, number: int, para: Paragraph, by_paragraph: dict[int, list[Sentence]]
) -> Voice | None:
    """ "Name (retranslated): words" at the start of a paragraph."""
    if para.heading:
        return None
    text = parsed.article.text
    match = _TURN.match(text, para.start, para.end)
    if match is None or len(match.group(1).split()) > MAX_SPEAKER_WORDS:
        return None
    colon = match.end(2) if match.group(2) else match.end(1)
    start, end = para.start, para.start + len(match.group(1))
    tokens = [
        (s, t) for s in by_paragraph.get(number, []) for t in s.tokens if start <= t.start and t.end <= end
    ]
    if not tokens or len({s.index for s, _ in tokens}) > 1:
        return None
    sent = tokens[0][0]
    if any(t.pos in ("VERB",) or t.tag in ("VBD", "VBZ", "VBP") for _, t in tokens):
        return None
    names = [t.i for _, t in tokens if t.pos == "PROPN"]
    if not names:
        return None
    first, last = tokens[0][1].i, tokens[-1][1].i
    speaker = Phrase(sent.index, first, last, names[-1], sent.tokens[first].start, sent.tokens[last].end)
    return Voice(":", "say", (colon, colon + 1), sent.index, speaker)


def _intro(
    parsed: ParsedArticle,
    number: int,
    para: Paragraph,
    by_paragraph: dict[int, list[Sentence]],
    lex: CueLexicon,
) -> Voice | None:
    """The voice of an introducing clause ending in a colon: at the paragraph end, or followed by
    unquoted words in the same paragraph."""
    text = parsed.article.text
    if para.heading or not by_paragraph.get(number) or _is_title(parsed, para):
        return None
    block = text[para.start : para.end]
    colon = block.find(":")
    if colon < 0 or _TURN.match(text, para.start, para.end):
        return None
    at = para.start + colon
    after = text[at + 1 : para.end].lstrip()
    if after[:1] in tuple(_MARKS) and after:
        return None  # a quote follows in the same paragraph: direct.py attaches it
    sent = next((s for s in by_paragraph[number] if s.start <= at < s.end), None)
    if sent is None:
        return None
    upto = max(t.i for t in sent.tokens if t.start < at)
    return intro_voice(sent, upto, INTRO_REACH, lex)


def _is_title(parsed: ParsedArticle, para: Paragraph) -> bool:
    title = (parsed.article.title or "").strip()
    return bool(title) and title in parsed.article.text[para.start : para.end]


def _intro_frame(parsed: ParsedArticle, number: int, voice: Voice, stops: set[int]) -> Frame | None:
    article = parsed.article
    para = article.paragraphs[number]
    text = article.text
    colon = text.find(":", voice.cue_span[1], para.end)
    rest = text[colon + 1 : para.end].strip()
    if rest:
        frame = voice.frame("direct", (colon + 1, para.end), "colon-inline")
        return _strip_content(text, frame)
    if number + 1 >= len(article.paragraphs):
        return None
    following = article.paragraphs[number + 1]
    if following.heading or text[following.start] in _MARKS:
        return None
    end = _block_end(article.paragraphs, number, stops)
    return voice.frame("direct", (following.start, end), "colon-block")


def _block_end(paragraphs: tuple[Paragraph, ...], number: int, stops: set[int]) -> int:
    """End of the last paragraph after `number` before a heading, another speaker line or the end."""
    end = paragraphs[number].end
    for k in range(number + 1, min(len(paragraphs), number + 1 + MAX_BLOCK_PARAGRAPHS)):
        if paragraphs[k].heading or k in stops:
            break
        end = paragraphs[k].end
    return end


def _strip_content(text: str, frame: Frame) -> Frame:
    start, end = frame.content
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return frame.as_direct((start, end), frame.rule) if (start, end) != frame.content else frame
