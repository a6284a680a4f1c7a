"""Countries from outside the noun phrase: the sentence's only country, the article's home country.

A bare agent ("police", "the government", "protesters") or a titled stranger ("Planning Minister Tran
Xuan Gia") names no country. News still places them: a sentence that names one country only ("police
fired on protesters in Dhaka ... Bangladesh"), a dateline ("KABUL -"), or an official publisher (a GOV.UK
readout is about the UK government). Used in that order; without any, the mention stays unresolved with
its reason. International wires (Reuters, AFP) give no home country: their stories are from everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.actors.context import Context, span_head
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.places import clause_spot, locative_country, np_spot, settled
from eventwire.records import Actor, ActorRef, Article, Mention, Sentence

PLACE_TYPES = ("state", "place", "agent", "person", "organisation", "group")
NO_COUNTRY = "no country in the noun phrase"
CONTEXT = "country from context"
HOME_OFFICES = ("home", "hos", "hog", "fm", "dm")
TRAVELLERS = ("GOV", "MIL", "IGO")  # sectors whose place says nothing of their country


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


def place_bare(kb: KnowledgeBase, sent: Sentence, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Mentions of the sentence with bare agents placed: by a place in their own phrase or clause, the
    one country of the sentence's places (`places`), the sentence's only country, the home country."""
    bare = [m for m in mentions if m.actor is not None and not m.actor.country and m.reason == NO_COUNTRY]
    if not bare:
        return mentions
    only = sentence_country(mentions)
    fallback = (only, "the only country the sentence names") if only else ctx.home
    located = locative_country(ctx.spots)
    out = []
    for m in mentions:
        if m in bare and m.actor is not None:
            country, why = _where(sent, m, ctx, located) or fallback
            state = kb.state(country) if country else None
            if state is not None:
                m = _placed(m, state, country or "", why)
        out.append(m)
    return out


def _where(sent: Sentence, mention: Mention, ctx: Context, located: str | None) -> tuple[str, str] | None:
    """Where a local agent acts (police, protesters, people); officials and troops travel."""
    actor = mention.actor
    if actor is None or actor.type != "agent" or actor.code == "REF" or (
            actor.sector in TRAVELLERS and actor.code != "COP"):  # refugees are by definition abroad
        return None
    head = span_head(sent, mention.token_start, mention.token_end)
    word = sent.tokens[head].text
    found = ((np_spot(sent, head, ctx.spots), "placed in"), (clause_spot(sent, head, ctx.spots), "acts in"))
    for spot, how in found:
        if spot is not None:
            where = sent.text_of(spot.start, spot.end - 1)
            return settled(ctx.kb, word, where, spot.country, ctx.day), f"{how} {where}"
    if located is not None:
        return located, "the one country of the sentence's places"
    return None


def _placed(m: Mention, state: Actor, country: str, why: str) -> Mention:
    a = m.actor
    assert a is not None
    code = f"{state.code}{a.code or a.sector or ''}"
    ref = ActorRef(a.text, state.name, country, a.sector, code, None, a.type)
    return Mention(m.sentence_index, m.token_start, m.token_end, m.start, m.end, m.text, m.kind, ref,
                   f"{CONTEXT}: {why}", m.members)
