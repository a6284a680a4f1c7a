"""Hand-built inputs for attribution tests: real parses, mentions and events placed by surface text."""

from __future__ import annotations

from datetime import date

from eventwire.ingest import build_article
from eventwire.nlp import parse_articles
from eventwire.records import ActorRef, Event, Evidence, Mention, ParsedArticle, Quote


def ref(
    text: str, name: str | None, country: str | None, sector: str | None, code: str | None, kind: str
) -> ActorRef:
    return ActorRef(text=text, name=name, country=country, sector=sector, code=code, kb_id=None, type=kind)


PUTIN = ref("Putin", "Vladimir Putin", "RUS", "GOV", "RUSGOV", "person")
MACRON = ref("Macron", "Emmanuel Macron", "FRA", "GOV", "FRAGOV", "person")
KREMLIN = ref("Kremlin", "Russia", "RUS", "GOV", "RUSGOV", "state")
RUSSIA = ref("Russia", "Russia", "RUS", None, "RUS", "state")
WEST = ref("Western countries", "the West", None, None, "WST", "group")
KIEV = ref("Kiev", "Ukraine", "UKR", "GOV", "UKRGOV", "state")
UKRAINE = ref("Ukraine", "Ukraine", "UKR", None, "UKR", "state")
UK = ref("UK", "United Kingdom", "GBR", None, "GBR", "state")
SPOKESPERSON = ref("Downing Street spokesperson", "United Kingdom", "GBR", "GOV", "GBRGOV", "agent")
MAY = ref("Prime Minister", "Theresa May", "GBR", "GOV", "GBRGOV", "person")
OFFICIALS = ref("Ukrainian officials", "Ukraine", "UKR", "GOV", "UKRGOV", "agent")


def parse(nlp, text: str, *, source: str | None = None, article_id: str = "t") -> ParsedArticle:
    article = build_article(text, article_id=article_id, published=date(2025, 7, 1), source=source)
    return next(parse_articles(nlp, [article]))


def mention(
    parsed: ParsedArticle,
    surface: str,
    actor: ActorRef | None,
    *,
    kind: str = "name",
    nth: int = 0,
    members: tuple[ActorRef, ...] = (),
) -> Mention:
    """A mention over the nth occurrence of `surface`, with its sentence and token indices."""
    start, end = _find(parsed.article.text, surface, nth)
    for sent in parsed.sentences:
        if sent.start <= start < sent.end:
            toks = [t.i for t in sent.tokens if t.start >= start and t.end <= end]
            return Mention(sent.index, toks[0], toks[-1] + 1, start, end, surface, kind, actor, None, members)
    raise AssertionError(f"{surface!r} is in no sentence")


def event(
    parsed: ParsedArticle,
    trigger: str,
    cameo: str,
    source: ActorRef | None,
    target: ActorRef | None,
    *,
    quad: int = 1,
    symmetric: bool = False,
    nth: int = 0,
) -> Event:
    """An event as the coder would emit it, its trigger at the nth occurrence of `trigger`."""
    span = _find(parsed.article.text, trigger, nth)
    sent = next(s for s in parsed.sentences if s.start <= span[0] < s.end)
    return Event(
        article_id=parsed.article.id,
        event_id=f"e-{cameo}-{span[0]}",
        date="2025-07-01",
        date_precision="day",
        historical=False,
        source=source,
        target=target,
        cameo=cameo,
        cameo_root=cameo[:2],
        plover_event=None,
        plover_mode=None,
        quad_class=quad,
        goldstein=0.0,
        symmetric=symmetric,
        claimed_by=None,
        negated=False,
        evidence=Evidence(sent.text, sent.index, {"trigger": span}),
        rule="test",
        topic=None,
        trigger=trigger,
    )


def by_cue(quotes: list[Quote], cue: str) -> Quote:
    found = [q for q in quotes if q.cue == cue]
    assert len(found) == 1, [(q.cue, q.text) for q in quotes]
    return found[0]


def _find(text: str, surface: str, nth: int) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)
