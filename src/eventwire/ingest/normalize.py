"""Text normalization and paragraph splitting.

Every replacement maps one character to one character, so offsets into the normalized text are offsets
into what the user gave us, apart from the header lines the readers strip.
"""

from __future__ import annotations

import hashlib
import re

from eventwire.records import Paragraph

_ONE_FOR_ONE = str.maketrans(
    {
        "\u2019": "'",  # right single quotation mark, the typographic apostrophe
        "\u2018": "'",
        "\u02bc": "'",
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2011": "-",  # non-breaking hyphen
        "\u00ad": " ",  # soft hyphen
        "\ufeff": " ",
        "\t": " ",
        "\r": "\n",
    }
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_LINE = re.compile(
    r"(?:(?:Published|Updated|Posted)(?: on)?:? )?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"
    rf"(?:{_MONTH} \d{{1,2}},? \d{{4}}|\d{{1,2}} {_MONTH},? \d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})"
    r"(?:,? \d{1,2}:\d{2})?(?:,? [A-Z][\w .'-]{0,40})?",
    re.IGNORECASE,
)
_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
_FINAL_PUNCT = tuple(".!?:;\"\u201d\u00bb'),")
_MAX_HEADING_WORDS = 12


def normalize_text(text: str) -> str:
    """Typographic apostrophes and exotic spaces to ASCII, CRLF to LF, outer whitespace trimmed."""
    text = text.replace("\r\n", "\n").translate(_ONE_FOR_ONE)
    return text.strip()


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_heading(block: str) -> bool:
    """A short single line with no final punctuation: a section heading or a title, not a sentence."""
    block = block.strip()
    if not block or "\n" in block:
        return False
    if block.endswith(_FINAL_PUNCT):
        return False
    words = block.split()
    return len(words) <= _MAX_HEADING_WORDS and (block[0].isupper() or block[0].isdigit())


def is_date_line(block: str) -> bool:
    """A line that only gives a date, a time or a date and a place."""
    return bool(_DATE_LINE.fullmatch(block.strip()))


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Blocks separated by blank lines, with offsets into `text`; single lines that look like headings
    are marked so they never merge into the sentence that follows."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for match in [*_BLANK_LINES.finditer(text), None]:
        end = match.start() if match else len(text)
        block = text[pos:end]
        lead = len(block) - len(block.lstrip())
        trail = len(block.rstrip())
        if block.strip():
            for start, stop in _split_heading_lines(text, pos + lead, pos + trail):
                line = text[start:stop]
                dated = is_date_line(line)
                paragraphs.append(Paragraph(start, stop, dated or is_heading(line), dateline=dated))
        if match:
            pos = match.end()
    return tuple(paragraphs)


def _split_heading_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A block whose first line is a heading followed by more lines gives the heading its own paragraph."""
    newline = text.find("\n", start, end)
    if newline == -1 or not is_heading(text[start:newline]):
        return [(start, end)]
    rest = newline + 1
    while rest < end and text[rest].isspace():
        rest += 1
    return [(start, newline), *_split_heading_lines(text, rest, end)] if rest < end else [(start, newline)]
