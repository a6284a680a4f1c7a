"""Countries from outside the noun phrase: the sentence's only country, the article's home country.

A bare agent ("police", "the government", "protesters") or a titled stranger ("Planning Minister Tran
Xuan Gia") names no country. News still places them: a sentence that names one country only ("police
fired on protesters in Dhaka ... Bangladesh"), a dateline ("KABUL -"), or an official publisher (a GOV.UK
readout is about the UK government). Used in that order; without any, the mention stays unresolved with
its reason. International wires (Reuters, AFP) give no home country: their stories are from everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.actors.kb import KnowledgeBase
from eventwire.records import ActorRef, Article, Mention

PLACE_TYPES = ("state", "place", "agent", "person", "organisation", "group")
NO_COUNTRY = "no country in the noun phrase"
HOME_OFFICES = ("home", "hos", "hog", "fm", "dm")


def home_country(kb: KnowledgeBase, article: Article) -> tuple[str | None, str]:
    """The article's home country and where it comes from: the dateline city, else the publisher."""
    if article.place:
        for actor in kb.lookup(article.place):
            if actor.type == "state" and actor.country:
                return actor.country, f"dateline {article.place}"
        capital = _capital_country(kb, article.place)
        if capital:
            return capital, f"dateline {article.place}"
    publisher = kb.publisher(article.source)
    if publisher is not None and publisher.office in HOME_OFFICES:
        return publisher.country, f"published by {publisher.name}"
    return None, ""


def _capital_country(kb: KnowledgeBase, place: str) -> str | None:
    from eventwire.actors.kb import pattern_key

    for pattern in kb.patterns(pattern_key(place)):
        if pattern.kind == "capital":
            actor = kb.get(pattern.target)
            return actor.country if actor else None
        if pattern.kind == "place":
            found = kb.place(pattern.target)
            return found[1] if found else None
    return None


def sentence_country(mentions: Sequence[Mention]) -> str | None:
    """The one country the sentence's resolved mentions name, if exactly one."""
    countries = {m.actor.country for m in mentions if m.actor is not None and m.actor.country
                 and m.actor.type in PLACE_TYPES}
    countries |= {r.country for m in mentions for r in m.members if r.country}
    return countries.pop() if len(countries) == 1 else None


def place_bare(kb: KnowledgeBase, mentions: list[Mention], home: tuple[str | None, str]) -> list[Mention]:
    """Mentions of the sentence with bare agents placed by the sentence's only country or the home country."""
    bare = [m for m in mentions if m.actor is not None and not m.actor.country and m.reason == NO_COUNTRY]
    if not bare:
        return mentions
    only = sentence_country(mentions)
    country, why = (only, "the only country the sentence names") if only else home
    if country is None or kb.state(country) is None:
        return mentions
    state = kb.state(country)
    out = []
    for m in mentions:
        if m in bare and m.actor is not None:
            a = m.actor
            code = f"{state.code}{a.code or a.sector or ''}" if state else a.code
            ref = ActorRef(a.text, state.name if state else None, country, a.sector, code, None, a.type)
            m = Mention(m.sentence_index, m.token_start, m.token_end, m.start, m.end, m.text, m.kind, ref,
                        f"country from context: {why}", m.members)
        out.append(m)
    return out
