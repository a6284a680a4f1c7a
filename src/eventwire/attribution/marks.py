"""Quotation marks: where direct quotes start and end in the article text.

Pure text work, no parse: “ ”, « », straight " and single ' marks (the ingest stage turns typographic single
quotes into '). News style lets a quote run over several paragraphs, either reopening each paragraph with a
fresh mark and closing only at the end, or (in some readouts) not reopening at all; both are one quote here.
Single quotes are read only outside double quotes, and only where an apostrophe cannot be meant.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.records import Paragraph

PAIRS = {"“": "”", "«": "»", '"': '"', "„": "“"}
CLOSERS = {"”", "»", '"'}
MAX_PARAGRAPHS = 8
_OPEN_BEFORE = set(" \n([{—–-:/")
_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """The text between a pair of marks: `start`/`end` bound the words, `open_at`/`close_at` the marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    mark: str

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def find_quoted_spans(text: str, paragraphs: tuple[Paragraph, ...]) -> list[QuotedSpan]:
    """Every double- and single-quoted stretch of the text, in order."""
    doubles = _double_quotes(text)
    singles = [q for q in _single_quotes(text, paragraphs) if not _inside_any(q, doubles)]
    return sorted(doubles + singles, key=lambda q: q.open_at)


def _double_quotes(text: str) -> list[QuotedSpan]:
    out: list[QuotedSpan] = []
    pos = 0
    n = len(text)
    while pos < n:
        opening = _next_opening(text, pos)
        if opening is None:
            break
        stop, closed = _find_close(text, opening)
        span = _trimmed(text, opening, stop, text[opening], stop if closed else None)
        if span is not None:
            out.append(span)
        pos = stop + 1 if closed else max(stop, opening + 1)
    return out


def _next_opening(text: str, pos: int) -> int | None:
    """The next mark that can open a quote: a typographic opener, or a straight " after a space."""
    for i in range(pos, len(text)):
        ch = text[i]
        if ch in ("“", "«", "„"):
            return i
        if (
            ch == '"'
            and (i == 0 or text[i - 1] in _OPEN_BEFORE)
            and i + 1 < len(text)
            and not text[i + 1].isspace()
        ):
            return i
    return None


def _find_close(text: str, opening: int) -> tuple[int, bool]:
    """Where the quote stops and whether a closing mark ends it, following it over paragraph breaks."""
    closer = PAIRS[text[opening]]
    crossed = 0
    i = opening + 1
    while i < len(text):
        ch = text[i]
        if ch == closer or (ch in CLOSERS and closer != "»"):
            return i, True
        if ch == "\n":
            j = _skip_space(text, i)
            if j < len(text) and text[j] in PAIRS:
                i = j + 1  # the next line reopens the same quote
                crossed += 1
                continue
            if "\n\n" in text[i:j] or j >= len(text):
                crossed += 1
                if crossed > MAX_PARAGRAPHS or not _closes_later(text, j, closer):
                    return i, False
        elif ch in ("“", "«"):
            return i, False  # a new quote opens before this one closed: the closing mark was lost
        i += 1
    return len(text), False


def _closes_later(text: str, pos: int, closer: str) -> bool:
    """True when the next quotation mark after `pos` closes rather than opens: the quote runs on unmarked."""
    for i in range(pos, len(text)):
        ch = text[i]
        if ch in ("“", "«", "„"):
            return False
        if ch == closer or ch in CLOSERS:
            if ch == '"':
                return not (i == 0 or text[i - 1] in _OPEN_BEFORE)
            return True
    return False


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _trimmed(text: str, opening: int, stop: int, mark: str, close: int | None) -> QuotedSpan | None:
    """Content without surrounding spaces or the comma that hands over to the attribution."""
    start = _skip_space(text, opening + 1)
    end = stop
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end <= start:
        return None
    return QuotedSpan(start, end, opening, close, mark)


def _single_quotes(text: str, paragraphs: tuple[Paragraph, ...]) -> list[QuotedSpan]:
    """'...' pairs inside one paragraph; an apostrophe inside a word (You're) or after a plural
    (the leaders' talk) is never taken for a mark."""
    out: list[QuotedSpan] = []
    for para in paragraphs:
        i = para.start
        while i < para.end:
            if _single_opens(text, i, para.start):
                close = _single_close(text, i + 1, para.end)
                if close is not None:
                    span = _trimmed(text, i, close, "'", close)
                    if span is not None and span.words(text) >= 2:
                        out.append(span)
                        i = close + 1
                        continue
            i += 1
    return out


def _single_opens(text: str, i: int, start: int) -> bool:
    if text[i] != "'" or i + 1 >= len(text) or not _WORD.match(text[i + 1]):
        return False
    return i == start or text[i - 1] in _OPEN_BEFORE or text[i - 1] == '"'


def _single_close(text: str, pos: int, end: int) -> int | None:
    for i in range(pos, end):
        if text[i] != "'" or text[i - 1].isspace():
            continue
        after = text[i + 1] if i + 1 < end else ""
        if after and (_WORD.match(after) or after == "'"):
            continue  # inside a word: an apostrophe
        if text[i - 1] == "s" and after == " " and i + 2 < end and text[i + 2].islower():
            continue  # the leaders' talk
        return i
    return None


def _inside_any(span: QuotedSpan, others: list[QuotedSpan]) -> bool:
    return any(o.open_at <= span.open_at and span.end <= (o.close_at or o.end) for o in others)
