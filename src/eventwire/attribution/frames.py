"""The attribution stage's own records: a reporting frame and the phrases it points to.

A frame is what every kind of reported speech has in common — a cue ("said", "according to", a colon), a
speaker, perhaps an addressee, and the stretch of text that is the speaker's content — before anyone has
decided who the speaker is. Quotes are frames with a resolved speaker; claims are events inside a frame.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from eventwire.records import Sentence, Span

PUNCT_TRIM = frozenset({",", ";", ":", ".", '"', "'", "“", "”", "«", "»", "—", "–", "-", "(", ")"})
MARKS = frozenset({"that", "whether", "if"})


@dataclass(frozen=True, slots=True)
class Phrase:
    """Tokens first..last (inclusive) of one sentence, with the head that decides what they name."""

    sentence_index: int
    first: int
    last: int
    head: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Voice:
    """Who speaks through which cue: the part of a frame found before its content is known."""

    cue: str
    cue_class: str
    cue_span: Span
    sentence_index: int
    speaker: Phrase | None
    addressee: Phrase | None = None
    issuer_hint: bool = False

    def frame(self, kind: str, content: Span, rule: str, exclude: tuple[Span, ...] = ()) -> Frame:
        return Frame(
            kind=kind,
            cue=self.cue,
            cue_class=self.cue_class,
            cue_span=self.cue_span,
            sentence_index=self.sentence_index,
            content=content,
            speaker=self.speaker,
            addressee=self.addressee,
            exclude=exclude,
            rule=rule,
            issuer_hint=self.issuer_hint,
        )


@dataclass(frozen=True, slots=True)
class Frame:
    """One act of reported speech before its speaker is resolved.

    `content` is a character span; `exclude` lists stretches inside it that are not the speaker's words
    (the cue clause of "X, he said, Y"). `rule` names the pattern that found the frame.
    """

    kind: str
    cue: str
    cue_class: str
    cue_span: Span | None
    sentence_index: int
    content: Span
    speaker: Phrase | None
    addressee: Phrase | None = None
    exclude: tuple[Span, ...] = ()
    rule: str = ""
    issuer_hint: bool = False

    def holds(self, span: Span) -> bool:
        """True when `span` lies in the speaker's content (not in an excluded cue clause)."""
        start, end = span
        if not (self.content[0] <= start and end <= self.content[1]):
            return False
        return not any(s <= start and end <= e for s, e in self.exclude)

    def as_direct(self, content: Span, rule: str) -> Frame:
        return replace(self, kind="direct", content=content, exclude=(), rule=rule)


def phrase_of(sent: Sentence, first: int, last: int, head: int) -> Phrase:
    start, end = sent.char_span(first, last)
    return Phrase(sent.index, first, last, head, start, end)


def bounds(sent: Sentence, i: int) -> tuple[int, int]:
    """First and last token of the subtree under `i`."""
    tree = sent.subtree(i)
    return tree[0], tree[-1]


def trimmed(sent: Sentence, first: int, last: int, *, marks: bool = False) -> tuple[int, int] | None:
    """Token range without edge punctuation (and without a leading that/whether when `marks`)."""
    toks = sent.tokens
    while first <= last and (toks[first].text in PUNCT_TRIM or (marks and toks[first].text.lower() in MARKS)):
        first += 1
    while last >= first and toks[last].text in PUNCT_TRIM:
        last -= 1
    if first > last:
        return None
    inside = "".join(t.text for t in toks[first : last + 1])
    if last + 1 < len(toks) and _closes(inside, toks[last + 1].text):
        last += 1  # keep the closing mark of a quote that opens inside: the talks were "frank"
    return first, last


def _closes(inside: str, mark: str) -> bool:
    if mark == '"':
        return inside.count('"') % 2 == 1
    return mark == "”" and inside.count("“") > inside.count("”")


def noun_phrase(sent: Sentence, head: int) -> Phrase:
    """The phrase a speaker or addressee head stands for, without the relative clauses after it."""
    first, last = bounds(sent, head)
    for child in sent.children[head]:
        tok = sent.tokens[child]
        if child > head and tok.dep in ("relcl", "acl", "appos", "parataxis", "punct", "advcl"):
            last = min(last, child - 1)
    span = trimmed(sent, first, max(last, head))
    first, last = span if span else (head, head)
    return phrase_of(sent, first, last, head)


def children_with(sent: Sentence, i: int, *deps: str) -> list[int]:
    return [c for c in sent.children[i] if sent.tokens[c].dep in deps]
