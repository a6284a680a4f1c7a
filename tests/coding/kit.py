"""Hand-built inputs for coding tests: real spaCy parses, mentions placed by surface text.

Mentions are written here rather than found by the actors stage, so these tests pin the coder's
own behaviour (roles, codes, dates) whatever the knowledge base holds.
"""

from __future__ import annotations

import re
from datetime import date

from eventwire.coding import code_events, load_coding_tables
from eventwire.ingest import build_article
from eventwire.nlp import parse_articles
from eventwire.records import ActorRef, Event, Mention, ParsedArticle
from eventwire.time import find_timexes

BASE = date(2025, 7, 1)


def ref(text: str, country: str | None, sector: str | None = None, code: str | None = None,
        kind: str = "state") -> ActorRef:
    code = code or ((country or "") + (sector or "")) or None
    return ActorRef(text=text, name=text, country=country, sector=sector, code=code, kb_id=None, type=kind)


ACTORS: dict[str, ActorRef] = {
    "Putin": ref("Putin", "RUS", "GOV", kind="person"),
    "Macron": ref("Macron", "FRA", "GOV", kind="person"),
    "Erdogan": ref("Erdogan", "TUR", "GOV", kind="person"),
    "Russia": ref("Russia", "RUS"),
    "Russian": ref("Russian", "RUS"),
    "France": ref("France", "FRA"),
    "French": ref("French", "FRA"),
    "Germany": ref("Germany", "DEU"),
    "Poland": ref("Poland", "POL"),
    "China": ref("China", "CHN"),
    "Japan": ref("Japan", "JPN"),
    "Iran": ref("Iran", "IRN"),
    "Israel": ref("Israel", "ISR"),
    "Israeli": ref("Israeli", "ISR"),
    "US": ref("US", "USA"),
    "Syria": ref("Syria", "SYR"),
    "Ukraine": ref("Ukraine", "UKR"),
    "Georgia": ref("Georgia", "GEO"),
    "Egypt": ref("Egypt", "EGY"),
    "Turkey": ref("Turkey", "TUR"),
    "Paris": ref("Paris", "FRA", "GOV"),
    "the West": ref("the West", None, None, "WST", kind="group"),
    "the French side": ref("the French side", "FRA", "GOV"),
    "police": ref("police", "FRA", "COP", kind="agent"),
    "protesters": ref("protesters", "FRA", "CVL", kind="agent"),
    "Apple": ref("Apple", None, "BUS", "BUS", kind="organisation"),
    "Czechia": ref("Czechia", "CZE"),
    "Albania": ref("Albania", "ALB"),
    "Nigeria": ref("Nigeria", "NGA"),
    "Serbia": ref("Serbia", "SRB"),
    "Bosnia": ref("Bosnia", "BIH"),
    "Italy": ref("Italy", "ITA"),
    "Croat": ref("Croat", "HRV"),
    "Serbian": ref("Serbian", "SRB"),
    "the United Nations": ref("the United Nations", None, None, "IGOUNO", kind="igo"),
    "Annan": ref("Annan", None, "IGO", "IGOUNO", kind="person"),
    "Britain": ref("Britain", "GBR"),
    "the Assad regime": ref("the Assad regime", "SYR", "GOV", kind="organisation"),
    "Belgium": ref("Belgium", "BEL"),
    "Palestinian": ref("Palestinian", "PSE"),
    "British forces": ref("British forces", "GBR", "MIL", kind="agent"),
    "the Red Cross": ref("the Red Cross", None, None, "NGOIRC", kind="organisation"),
    "Lavrov": ref("Lavrov", "RUS", "GOV", kind="person"),
    "Blinken": ref("Blinken", "USA", "GOV", kind="person"),
    "Russian forces": ref("Russian forces", "RUS", "MIL", kind="agent"),
    "Israeli forces": ref("Israeli forces", "ISR", "MIL", kind="agent"),
}
GROUPS = ("the two leaders", "Both presidents", "the leaders")


def parse(nlp, text: str, day: date | None = BASE, title: str | None = None  # type: ignore[no-untyped-def]
          ) -> ParsedArticle:
    article = build_article(text, article_id="t", published=day, title=title)
    return next(parse_articles(nlp, [article]))


def mentions_in(parsed: ParsedArticle) -> list[Mention]:
    """A mention for every ACTORS name (whole word) and group noun phrase in the text."""
    text = parsed.article.text
    out: list[Mention] = []
    people: list[ActorRef] = []
    names = sorted([*ACTORS, *GROUPS], key=len, reverse=True)
    taken: set[int] = set()
    by_lower = {n.lower(): n for n in names}
    for m in re.finditer(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", text, re.IGNORECASE):
        if taken & set(range(m.start(), m.end())):
            continue
        taken.update(range(m.start(), m.end()))
        surface = m.group(1)
        actor = ACTORS.get(by_lower[surface.lower()])
        members: tuple[ActorRef, ...] = ()
        if actor is None:
            members = tuple(people[-2:])
        elif actor.type == "person":
            people.append(actor)
        out.append(_place(parsed, m.start(), m.end(), surface, actor, members))
    return out


def _place(parsed: ParsedArticle, start: int, end: int, surface: str, actor: ActorRef | None,
           members: tuple[ActorRef, ...]) -> Mention:
    for sent in parsed.sentences:
        if sent.start <= start < sent.end:
            toks = [t.i for t in sent.tokens if t.start >= start and t.end <= end]
            kind = "role" if members else "name"
            return Mention(sent.index, toks[0], toks[-1] + 1, start, end, surface, kind, actor, None, members)
    raise AssertionError(f"{surface!r} is in no sentence")


def code(nlp, text: str, day: date | None = BASE, title: str | None = None  # type: ignore[no-untyped-def]
         ) -> list[Event]:
    """The events of `text` (a `title` is the article's title: give it as the text's first line too),
    coded with the package tables and the real time stage."""
    parsed = parse(nlp, text, day, title)
    timexes = find_timexes(parsed.article.text, parsed.article.date)
    return code_events(parsed, mentions_in(parsed), timexes, load_coding_tables())


def pairs(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    """(cameo, source code, target code) of each event."""
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events}


def one(events: list[Event], prefix: str = "") -> Event:
    """The single event whose CAMEO code starts with `prefix`."""
    found = [e for e in events if e.cameo.startswith(prefix)]
    assert len(found) == 1, [(e.cameo, e.rule) for e in events]
    return found[0]
