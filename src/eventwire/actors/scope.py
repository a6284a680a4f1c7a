"""Countries from outside the noun phrase: the sentence's only country, the article's home country.

A bare agent ("police", "the government", "protesters") or a titled stranger ("Planning Minister Tran
Xuan Gia") names no country. News still places them: a sentence that names one country only ("police
fired on protesters in Dhaka ... Bangladesh"), a dateline ("KABUL -"), or an official publisher (a GOV.UK
readout is about the UK government). Used in that order; without any, the mention stays unresolved with
its reason. International wires (Reuters, AFP) give no home country: their stories are from everywhere.

Local agents (people, civilians, police, protesters) are where they are, so for them the sentence's only
country must not be an attacker's ("civilians" in a sentence on Russian strikes are not Russian), a
place of the two sentences before comes before the home country ("A bomb exploded in Peshawar. Police
said ..."), and a phrase spanning several countries ("people around the world") gets none. "Our"
people or officials are the publisher's.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.actors.context import Context, span_head
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.places import clause_spot, locative_country, np_spot, settled
from eventwire.actors.tables import Publisher
from eventwire.records import Actor, ActorRef, Article, Mention, Sentence

PLACE_TYPES = ("state", "place", "agent", "person", "organisation", "group")
NO_COUNTRY = "no country in the noun phrase"
CONTEXT = "country from context"
HOME_OFFICES = ("home", "hos", "hog", "fm", "dm")
OWN_OFFICES = ("hos", "hog", "fm", "dm")
TRAVELLERS = ("GOV", "MIL", "IGO")  # sectors whose place says nothing of their country
NOWHERE = "in no single country"
PEACEFUL = ("CVL", "JUD", "LEG", "MED", "BUS")  # sectors that are not attackers
OURS = frozenset({"our"})
SPREAD_PREPS = frozenset({"around", "across", "throughout", "in", "all", "over"})
WORLD_WORDS = frozenset({"world", "globe", "region", "continent", "countries", "nations"})
NATION_WORDS = frozenset({"nation", "country", "state"})
ATTACK_NOUNS = frozenset({
    "strike", "airstrike", "attack", "bombing", "bombardment", "shelling", "invasion", "aggression",
    "offensive", "assault", "raid", "missile", "drone", "rocket", "war", "operation", "blockade",
    "occupation", "incursion", "massacre", "onslaught",
})
ATTACK_VERBS = frozenset({
    "attack", "strike", "bomb", "shell", "invade", "target", "threaten", "kill", "fire", "shoot", "hit",
    "occupy", "raid", "bombard", "blockade", "assault", "massacre", "wound", "injure", "terrorize",
})


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


def own_office(kb: KnowledgeBase, article: Article) -> Publisher | None:
    """The publisher when it is a government office (the UK Prime Minister's Office, the Kremlin, the
    State Department): its readouts call its own principal "the Prime Minister", "the President",
    "the Secretary" without a country, and name every other office holder with one."""
    publisher = kb.publisher(article.source)
    if publisher is None or publisher.office not in OWN_OFFICES or not publisher.country:
        return None
    return publisher


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


def sentence_country(mentions: Sequence[Mention], sent: Sentence | None = None,
                     exclude: frozenset[str] = frozenset()) -> str | None:
    """The one country the sentence's resolved mentions name, if exactly one; with `sent`, countries in
    a hyphenated word ("Russian-speaking", "UK-India") say nothing of where anyone is and do not count."""
    countries = {m.actor.country for m in mentions if m.actor is not None and m.actor.country
                 and m.actor.type in PLACE_TYPES and not (sent is not None and _hyphenated(sent, m))}
    countries |= {r.country for m in mentions for r in m.members if r.country}
    countries -= exclude
    return countries.pop() if len(countries) == 1 else None


def place_bare(kb: KnowledgeBase, sent: Sentence, mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Mentions of the sentence with bare agents placed: by a place in their own phrase or clause, the
    one country of the sentence's places (`places`), the sentence's only country, the home country;
    local agents (people, civilians, police) by `_local_fallback`."""
    bare = [m for m in mentions if m.actor is not None and not m.actor.country and m.reason == NO_COUNTRY]
    if not bare:
        return mentions
    only = sentence_country(mentions)
    fallback = (only, "the only country the sentence names") if only else ctx.home
    located = locative_country(ctx.spots)
    out = []
    for m in mentions:
        if m in bare and m.actor is not None:
            found: tuple[str | None, str] | None = _where(sent, m, ctx, located)
            if found is None and _local(m.actor):
                found = _local_fallback(sent, m, mentions, ctx)
            country, why = found or fallback
            state = kb.state(country) if country else None
            if state is not None:
                m = _placed(m, state, country or "", why)
            elif found is not None:
                m = Mention(m.sentence_index, m.token_start, m.token_end, m.start, m.end, m.text, m.kind,
                            m.actor, why, m.members)
        out.append(m)
    return out


def _local(actor: ActorRef) -> bool:
    """People who are where they act (people, civilians, police), unlike officials and troops."""
    travels = actor.sector in TRAVELLERS and actor.code != "COP"
    return actor.type == "agent" and actor.code != "REF" and not travels


def _where(sent: Sentence, mention: Mention, ctx: Context, located: str | None) -> tuple[str, str] | None:
    """Where a local agent acts (police, protesters, people); officials and troops travel."""
    actor = mention.actor
    head = span_head(sent, mention.token_start, mention.token_end)
    ours = any(sent.tokens[c].dep == "poss" and sent.tokens[c].text.lower() in OURS
               for c in sent.children[head])
    if actor is not None and ctx.home[0] and ours:
        return ctx.home[0], f"ours: {ctx.home[1]}"  # "our people", "our ambassador" in a US statement
    if actor is None or not _local(actor):
        return None
    word = sent.tokens[head].text
    found = ((np_spot(sent, head, ctx.spots), "placed in"), (clause_spot(sent, head, ctx.spots), "acts in"))
    for spot, how in found:
        if spot is not None:
            where = sent.text_of(spot.start, spot.end - 1)
            return settled(ctx.kb, word, where, spot.country, ctx.day), f"{how} {where}"
    if located is not None:
        return located, "the one country of the sentence's places"
    return None


def _local_fallback(sent: Sentence, mention: Mention, mentions: Sequence[Mention],
                    ctx: Context) -> tuple[str | None, str] | None:
    """A bare local agent the sentence does not place: never in the attacker's country ("civilians" in
    a sentence on Russian strikes are the attacked side's), never one country when its phrase spans
    several ("people around the world", "the people of our two nations"). In order: the sentence's only
    country but an attacker's, the place of one of the two sentences before, the country named last
    before that is no attacker's, the home country unless it is the attacker's."""
    head = span_head(sent, mention.token_start, mention.token_end)
    spread = _spread(sent, head)
    if spread is not None:
        return None, f"{NOWHERE}: {spread}"
    attackers = attacker_countries(sent, mentions)
    only = sentence_country(mentions, sent, attackers)
    if only is not None:
        return only, "the only country the sentence names"
    for back in (1, 2):
        if sent.index - back in ctx.located:
            return ctx.located[sent.index - back], "the place of the sentences before"
    if attackers:
        before = [c for c in ctx.countries_before(sent.index) if c not in attackers]
        if before:
            return before[0], "the attacked side, named before"
        if ctx.home[0] in attackers or not ctx.home[0]:
            return None, "the only country named is the attacker's"
    return None


def attacker_countries(sent: Sentence, mentions: Sequence[Mention]) -> frozenset[str]:
    """Countries of the sentence's attackers: a state, demonym or armed agent modifying an attack noun
    ("Russian missile strike", "Russia's invasion"), the subject of an attack verb ("Russian forces do
    not threaten civilians") or the "by" agent of one ("strikes by Russia"). Police are not attackers
    of their own people: they are left out."""
    out: set[str] = set()
    for m in mentions:
        actor = m.actor
        if actor is None or not actor.country or actor.sector in PEACEFUL:
            continue
        if (actor.code or "").endswith("COP"):
            continue
        tok = sent.tokens[span_head(sent, m.token_start, m.token_end)]
        governor = sent.tokens[tok.head]
        if tok.dep in ("amod", "compound", "poss", "nmod"):
            while governor.dep == "compound" and governor.head != governor.i:
                governor = sent.tokens[governor.head]  # "Russian missile strike"
            hostile = governor.lemma.lower() in ATTACK_NOUNS
        elif tok.dep == "pobj" and governor.text.lower() == "by" and governor.head != governor.i:
            hostile = sent.tokens[governor.head].lemma.lower() in ATTACK_NOUNS | ATTACK_VERBS
        else:
            hostile = tok.dep == "nsubj" and governor.lemma.lower() in ATTACK_VERBS
        if hostile:
            out.add(actor.country)
    return frozenset(out)


def _spread(sent: Sentence, head: int) -> str | None:
    """The words saying an agent's phrase spans several countries: "around the world", "of our two
    nations"."""
    for i in sent.subtree(head):
        tok = sent.tokens[i]
        if tok.dep != "pobj" or tok.head == i:
            continue
        prep = sent.tokens[tok.head].text.lower()
        if prep in SPREAD_PREPS and tok.lemma.lower() in WORLD_WORDS:
            return sent.text_of(tok.head, i)
        if prep == "of" and tok.tag == "NNS" and tok.lemma.lower() in NATION_WORDS:
            return sent.text_of(tok.head, i)
    return None


def _hyphenated(sent: Sentence, mention: Mention) -> bool:
    before = mention.token_start > 0 and sent.tokens[mention.token_start - 1].text == "-"
    after = mention.token_end < len(sent.tokens) and sent.tokens[mention.token_end].text == "-"
    return before or after


def _placed(m: Mention, state: Actor, country: str, why: str) -> Mention:
    a = m.actor
    assert a is not None
    code = f"{state.code}{a.code or a.sector or ''}"
    ref = ActorRef(a.text, state.name, country, a.sector, code, None, a.type)
    return Mention(m.sentence_index, m.token_start, m.token_end, m.start, m.end, m.text, m.kind, ref,
                   f"{CONTEXT}: {why}", m.members)
