"""The plain, typed records every stage shares.

spaCy stops at the `nlp` stage: from there on a parsed article is a tree of these frozen dataclasses, which
pickle, cross process boundaries (Spark) and serialise to the output contract in DESIGN.md. Character
offsets (`start`, `end`) always index the article's normalized `text`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

Span = tuple[int, int]

SECTORS = ("GOV", "MIL", "POL", "LEG", "JUD", "OPP", "REB", "CVL", "MED", "BUS", "IGO")
ACTOR_TYPES = ("person", "state", "organisation", "igo", "group")


# --- ingest -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of text separated by blank lines; headings are short lines without final punctuation.

    A `dateline` is a heading that only says when or where ("June 1, 2020", "Published 9 August 2016",
    "MOSCOW, July 1. /TASS/."): it is never a topic.
    """

    start: int
    end: int
    heading: bool = False
    dateline: bool = False


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    sha256: str
    date: date | None = None
    source: str | None = None
    place: str | None = None
    title: str | None = None
    url: str | None = None
    lang: str = "en"
    paragraphs: tuple[Paragraph, ...] = ()

    def section_headings(self) -> dict[int, str]:
        """Paragraph number -> heading text, for headings that open a section: not the first paragraph
        (the title or a dateline), not the title, not a date line."""
        title = (self.title or "").strip()
        out = {}
        for number, para in enumerate(self.paragraphs):
            text = self.text[para.start : para.end].strip()
            if para.heading and not para.dateline and number > 0 and text != title:
                out[number] = text
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "sha256": self.sha256,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "place": self.place,
            "title": self.title,
            "url": self.url,
            "lang": self.lang,
            "text": self.text,
        }


# --- nlp ----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a parsed sentence; `i` and `head` index the sentence's own `tokens`."""

    i: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    start: int
    end: int
    ent_type: str = ""
    ent_iob: str = "O"
    morph: str = ""
    whitespace: str = " "


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """A named entity from the statistical NER, as token indices [start, end) in its sentence."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Sentence:
    """A sentence with its dependency tree; `children[i]` lists the token indices whose head is `i`."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...]
    children: tuple[tuple[int, ...], ...]
    entities: tuple[EntitySpan, ...] = ()
    paragraph: int = 0
    heading: bool = False
    topic: str | None = None

    def subtree(self, i: int) -> list[int]:
        """Token indices under `i` (itself included), in order."""
        out: list[int] = []
        stack = [i]
        while stack:
            j = stack.pop()
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def char_span(self, first: int, last: int) -> Span:
        """Character span of tokens first..last (inclusive) in the article text."""
        return (self.tokens[first].start, self.tokens[last].end)

    def text_of(self, first: int, last: int) -> str:
        """Surface text of tokens first..last (inclusive), as written."""
        begin = self.tokens[first].start - self.start
        end = self.tokens[last].end - self.start
        return self.text[begin:end]


@dataclass(frozen=True)
class ParsedArticle:
    article: Article
    sentences: tuple[Sentence, ...]


# --- actors -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Role:
    """A position an actor held: country (ISO3), CAMEO sector, title, and the dates it was held."""

    country: str | None
    sector: str
    title: str = ""
    start: date | None = None
    end: date | None = None
    source: str = ""

    def holds_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day >= self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "sector": self.sector,
            "title": self.title,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "source": self.source,
        }


@dataclass(frozen=True)
class Actor:
    """An entry of the knowledge base: a person, state, organisation, IGO or group."""

    id: str
    name: str
    type: str
    country: str | None = None
    code: str | None = None
    roles: tuple[Role, ...] = ()
    aliases: tuple[str, ...] = ()
    source: str = ""

    def role_on(self, day: date | None) -> Role | None:
        """The role held on `day`; principal roles first (the order in the knowledge base)."""
        for role in self.roles:
            if role.holds_on(day):
                return role
        return None


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as an event or quote names it: the contract's actor object."""

    text: str
    name: str | None
    country: str | None
    sector: str | None
    code: str | None
    kb_id: str | None
    type: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
            "kb_id": self.kb_id,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of a sentence that names or points to an actor.

    `kind` says how: name, metonym (the Kremlin), demonym (Israeli), role (his French counterpart),
    pronoun, agent (police, protesters). `actor` is None when it could not be resolved; `reason` says why.
    """

    sentence_index: int
    token_start: int
    token_end: int
    start: int
    end: int
    text: str
    kind: str
    actor: ActorRef | None
    reason: str | None = None
    members: tuple[ActorRef, ...] = ()


# --- time ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression with its TimeML type and value (`2022-09-11`, `2025-W27`, `P3Y`, `PRESENT_REF`)."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }
        if self.mod:
            out["mod"] = self.mod
        return out


# --- coding and attribution -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    sentence_index: int
    spans: dict[str, Span]

    def to_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "spans": {k: list(v) for k, v in self.spans.items()},
        }


@dataclass(frozen=True)
class Event:
    """One coded event; `to_dict` gives the output contract's event line."""

    article_id: str
    event_id: str
    date: str | None
    date_precision: str | None
    historical: bool
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    cameo_root: str
    plover_event: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    symmetric: bool
    claimed_by: ActorRef | None
    negated: bool
    evidence: Evidence
    rule: str
    modality: str = "asserted"
    topic: str | None = None
    trigger: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "event",
            "article_id": self.article_id,
            "event_id": self.event_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "historical": self.historical,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": {"event": self.plover_event, "mode": self.plover_mode},
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "symmetric": self.symmetric,
            "claimed_by": self.claimed_by.to_dict() if self.claimed_by else None,
            "negated": self.negated,
            "modality": self.modality,
            "topic": self.topic,
            "trigger": self.trigger,
            "evidence": self.evidence.to_dict(),
            "rule": self.rule,
            **self.extra,
        }


@dataclass(frozen=True)
class Quote:
    """Reported speech: who said it (to whom), direct or indirect, and through whom it reached us."""

    article_id: str
    quote_id: str
    speaker: ActorRef | None
    addressee: ActorRef | None
    kind: str
    text: str
    cue: str
    spans: dict[str, Span]
    reported_via: tuple[str, ...] = ()
    sentence_index: int = 0
    topic: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": "quote",
            "article_id": self.article_id,
            "quote_id": self.quote_id,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "addressee": self.addressee.to_dict() if self.addressee else None,
            "kind": self.kind,
            "text": self.text,
            "cue": self.cue,
            "spans": {k: list(v) for k, v in self.spans.items()},
            "reported_via": list(self.reported_via),
            "sentence_index": self.sentence_index,
            "topic": self.topic,
        }


@dataclass(frozen=True)
class Extraction:
    """Everything one article yields: what `extract` returns and `ingest` stores."""

    article: Article
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()

    def lines(self) -> list[dict[str, Any]]:
        """Contract lines: events first, then quotes."""
        return [e.to_dict() for e in self.events] + [q.to_dict() for q in self.quotes]
