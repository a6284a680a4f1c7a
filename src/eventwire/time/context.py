"""The text around a time expression: sentence limits and a tense guess, without a parser.

A bare "Tuesday" or "July 1" names a day in the past or the future depending on the verbs around it
("met on Tuesday" vs "will meet on Tuesday"). spaCy is not needed for that: the nearest tense cue in the
same sentence (a modal, an irregular past form, a verb in -ed) decides, and news defaults to the past.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from eventwire.time.lexicon import lexicon, tense_cues

TOKEN = re.compile(r"[A-Za-z]+(?=n't)|n't|'ll|[A-Za-z]+|\d+(?:[.,:]\d+)*|\S")
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])|\n\s*\n|(?<=[.!?\"”])\s*\n")
MODALS = frozenset({"will", "'ll", "shall", "would", "could", "may", "might", "must", "should", "can", "to"})
AUXILIARIES = frozenset({"is", "are", "am", "'s", "'re", "has", "have", "does", "do", "seems", "remains"})
FINITE_PAST = frozenset({"was", "were", "had", "did"})
WEAK = frozenset({"would"})  # counts only right next to the expression, like a reporting verb
PERFECT = frozenset({"has", "have", "had", "having"})
WINDOW = 10


@dataclass(frozen=True)
class Cue:
    """A tense cue; `near_only` cues (reporting verbs, "would") count only right next to the expression."""

    tense: str
    near_only: bool


@dataclass
class TextContext:
    """Tokens and sentence limits of one text, computed once per `find_timexes` call."""

    text: str
    hints: Sequence[tuple[int, int, str]] | None = None
    tokens: list[tuple[int, int, str]] = field(init=False)
    tags: dict[int, str] = field(init=False)
    starts: list[int] = field(init=False)
    sentence_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(self.text)]
        self.starts = [t[0] for t in self.tokens]
        self.sentence_starts = [0, *sentence_breaks(self.text)]
        self.tags = {start: tag for start, _, tag in self.hints or ()}

    def sentence_span(self, pos: int) -> tuple[int, int]:
        """Character limits of the sentence containing `pos`."""
        k = bisect.bisect_right(self.sentence_starts, pos) - 1
        end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
        return self.sentence_starts[k], end

    def word_before(self, pos: int, n: int = 1) -> str:
        """The lower-cased `n`-th word token ending at or before `pos` in the same sentence, or ''."""
        lo, _ = self.sentence_span(max(pos - 1, 0))
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.tokens[i][0] >= lo:
            word = self.tokens[i][2]
            if word[0].isalnum() or word == "'ll":
                n -= 1
                if n == 0:
                    return word.lower()
            i -= 1
        return ""

    def word_after(self, pos: int, n: int = 1) -> str:
        """The lower-cased `n`-th word token starting at or after `pos` in the same sentence, or ''."""
        _, hi = self.sentence_span(pos)
        i = bisect.bisect_left(self.starts, pos)
        while i < len(self.tokens) and self.tokens[i][0] < hi:
            word = self.tokens[i][2]
            if word[0].isalnum():
                n -= 1
                if n == 0:
                    return word.lower()
            i += 1
        return ""

    def tense(self, start: int, end: int) -> str | None:
        """`"past"`, `"future"` or None for the expression at [start, end), from the nearest cue."""
        lo, hi = self.sentence_span(start)
        first = bisect.bisect_left(self.starts, start)
        after = bisect.bisect_left(self.starts, end)
        best: tuple[float, str] | None = None
        for i in range(first - 1, max(first - 1 - WINDOW, -1), -1):
            if self.tokens[i][0] < lo:
                break
            cue = self.cue_at(i, lo)
            if cue and (not cue.near_only or first - i <= 2):
                best = (first - i, cue.tense)
                break
        for i in range(after, min(after + WINDOW, len(self.tokens))):
            if self.tokens[i][0] >= hi:
                break
            distance = i - after + 1.5
            if best is not None and distance >= best[0]:
                break
            cue = self.cue_at(i, lo)
            if cue and (not cue.near_only or distance <= 3):
                best = (distance, cue.tense)
                break
        return best[1] if best else None

    def cue_at(self, i: int, sentence_start: int) -> Cue | None:
        """The tense cue of token `i`, if it is one."""
        start, _, word = self.tokens[i]
        lower = word.lower()
        cues = tense_cues()
        near_only = lower in cues.reporting or lower in WEAK
        if lower in cues.future:
            return Cue("future", near_only)
        tag = self.tags.get(start)
        if tag is not None and tag.startswith("V"):
            return self.tagged_cue(i, tag, lower, near_only)
        past = lower in cues.past or (
            lower.endswith("ed")
            and len(lower) > 4
            and lower not in cues.not_past_ed
            and (word[0].islower() or start == sentence_start)
        )
        if not past:
            return None
        tense = "past" if lower in FINITE_PAST else self.participle_tense(i)
        return Cue(tense, near_only) if tense else None

    def tagged_cue(self, i: int, tag: str, lower: str, near_only: bool) -> Cue | None:
        """With a tagger's hint: past forms look back; a present verb that is no auxiliary or reporting
        verb ("talks begin Tuesday") looks forward, as in news it announces."""
        if tag == "VBD":
            return Cue("past", near_only)
        if tag == "VBN":
            tense = self.participle_tense(i)
            return Cue(tense, near_only) if tense else None
        if tag in {"VBZ", "VBP"} and not near_only and lower not in AUXILIARIES:
            return Cue("future", False)
        return None

    def participle_tense(self, i: int) -> str | None:
        """A past form after a modal ("will be held", "to be signed") looks forward, after "has" or "was"
        back; a present passive ("is elected") says nothing."""
        for j in range(i - 1, max(i - 4, -1), -1):
            word = self.tokens[j][2]
            lower = word.lower()
            if word in MODALS:  # lower-case only: "May" is the month
                return "future"
            if lower in PERFECT or lower in {"was", "were"}:
                return "past"
            if lower in {"is", "are", "am", "'s", "'re"}:
                return None
            if not lower.isalpha() or lower in {"not", "been", "be", "being", "never", "also", "already"}:
                continue
            break
        return "past"


def sentence_breaks(text: str) -> list[int]:
    """Start offsets of every sentence after the first; abbreviations ("Mr.", "Sept.") do not end one."""
    abbreviations = lexicon().guard("abbreviations")
    breaks: list[int] = []
    for m in SENTENCE_END.finditer(text):
        before = text[max(0, m.start() - 6) : m.start()]
        word = re.search(r"([A-Za-z.]+)\.[\"'”’)]*$", before)
        abbreviated = word and (word.group(1).lower() in abbreviations or len(word.group(1)) == 1)
        if abbreviated and "\n" not in m.group():
            continue
        breaks.append(m.end())
    return breaks
