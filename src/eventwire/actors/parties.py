"""Political parties the knowledge base does not list: "the opposition Move Forward Party", "the ruling
Pheu Thai party", "Germany's Alternative for Germany party".

A party's name is a run of capitalised words before the head word "party" (or "Party of ..." after it,
"the Party of Regions"); words of `party_words.tsv` before the name give its stance ("opposition": OPP).
The country is, in order: a state or demonym owning the phrase ("Germany's", "the Thai opposition X
Party"), a state named inside the name ("Pakistan Tehreek-e-Insaf"), the one country of the sentence's
other mentions ("Thailand's Constitutional Court dissolved the opposition X Party"), the country the
article named most so far; else the party stays unresolved with `PARTY_NO_COUNTRY`.
Codes follow CAMEO and the project's agents: sector POL and code country + PTY (Fatah is PSEPTYFTH), an
opposition party OPP with the party code stacked after it (THAOPPPTY, as EGYOPPMBR).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from eventwire.actors.context import Context
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.match import Unit
from eventwire.actors.nominals import make_mention
from eventwire.actors.tables import PartyWord
from eventwire.records import Actor, ActorRef, Mention, Sentence, Token

PARTY_NO_COUNTRY = "a party's name with no country in context"
CONNECTORS = frozenset({"for", "of", "and", "-", "'s", "’s", "the"})
STATE_KINDS = frozenset({"name", "demonym"})
STANCE_REACH = 4  # words between a stance or an owner and the name: "the main opposition", "far - right"
NO_NAME_ENTITIES = frozenset({"DATE", "TIME", "EVENT", "PERSON", "CARDINAL", "ORDINAL"})  # "Christmas party"


@dataclass(frozen=True, slots=True)
class PartyName:
    """A party's name in a sentence: the mention's span [start, end), the name's own first token, the
    stance word and the owning state (a possessive or a demonym before it), if any."""

    start: int
    name_start: int
    end: int
    stance: PartyWord | None
    owner: Actor | None


def party_names(sent: Sentence, units: list[Unit], kb: KnowledgeBase) -> list[PartyName]:
    """The unknown parties' names of a sentence (KB groups such as Fatah or the PKK are left alone)."""
    out: list[PartyName] = []
    for tok in sent.tokens:
        word = kb.party_word(tok.text)
        if word is None or word.kind != "head" or tok.pos not in ("NOUN", "PROPN"):
            continue
        if tok.dep in ("compound", "nmod") and tok.head > tok.i:
            continue  # "Likud party spokesman", "Move Forward Party leader": the agent is the person
        found = _party_at(sent, tok, units, kb)
        if found is not None and not any(p.start < found.end and found.start < p.end for p in out):
            out.append(found)
    return out


def _party_at(sent: Sentence, head: Token, units: list[Unit], kb: KnowledgeBase) -> PartyName | None:
    toks = sent.tokens
    first = head.i
    proper = head.text[:1].isupper()  # "Party": "People's Party" may end in a possessive
    while first > 0 and _name_word(toks, first - 1, first < head.i or proper, units, kb):
        first -= 1
    while first < head.i and (toks[first].text.lower() in CONNECTORS or kb.party_word(toks[first].text)):
        first += 1  # "The", a sentence-initial "Opposition"
    end = head.i + 1
    if head.text[:1].isupper() and end + 1 < len(toks) and toks[end].text.lower() == "of":
        stop = end + 1 + (toks[end + 1].text.lower() == "the")
        while stop < len(toks) and (_capitalised(toks[stop]) or (
                toks[stop].text.lower() in ("and", "of", "-") and stop + 1 < len(toks)
                and _capitalised(toks[stop + 1]))):
            stop += 1
        if stop > end + 1 and _capitalised(toks[stop - 1]):
            end = stop  # "the Party of Regions"
    named = [t for t in toks[first:end] if t.i != head.i and _capitalised(t)]
    if not named or any(t.ent_type in NO_NAME_ENTITIES for t in named):
        return None
    if all(_in_unit(t.i, units, kb, states_only=True) for t in named):
        return None  # "a Thai party", "the Germany party": a state's party, left to the agents
    if any(_known_body(u, kb) and u.start < end and first < u.end for u in units):
        return None  # the knowledge base names it (the Communist Party of China, the PKK, "Fatah Party")
    stance, owner, start = _before_name(sent, first, units, kb)
    return PartyName(start, first, end, stance, owner)


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos != "DET" and tok.text.lower() not in ("the", "a", "an")


def _name_word(toks: tuple[Token, ...], k: int, inside: bool, units: list[Unit], kb: KnowledgeBase) -> bool:
    """Whether token `k` continues a party's name leftwards: a capitalised word, a word joined by hyphens
    ("Tehreek-e-Insaf"), or a connector between capitalised words ("Alternative for Germany", "People's");
    not the possessive of a state ("Germany's" owns the name)."""
    tok = toks[k]
    word = kb.party_word(tok.text)
    if word is not None and word.kind == "stance":
        return False
    if _capitalised(tok):
        return True
    if not inside or k == 0:
        return False
    if tok.text == "-":
        return _capitalised(toks[k - 1]) or (toks[k - 1].text.isalpha() and k > 1 and toks[k - 2].text == "-")
    if tok.text.isalpha() and tok.text.islower() and toks[k - 1].text == "-" and toks[k + 1].text == "-":
        return True  # "Tehreek-e-Insaf"
    if tok.text.lower() not in CONNECTORS or tok.text.lower() == "the" or not _capitalised(toks[k - 1]):
        return False
    if tok.text in ("'s", "’s"):
        return not _in_unit(k - 1, units, kb, states_only=True)  # "Germany's" owns the name
    return True


def _in_unit(i: int, units: list[Unit], kb: KnowledgeBase, states_only: bool) -> bool:
    for unit in units:
        if unit.start <= i < unit.end and (not states_only or _state_of(unit, kb) is not None):
            return True
    return False


def _state_of(unit: Unit, kb: KnowledgeBase) -> Actor | None:
    for pattern in unit.patterns:
        actor = kb.get(pattern.target) if pattern.kind in STATE_KINDS else None
        if actor is not None and actor.type == "state":
            return actor
    return None


def _known_body(unit: Unit, kb: KnowledgeBase) -> bool:
    return any(p.kind == "name" and (a := kb.get(p.target)) is not None
               and a.type in ("group", "organisation") for p in unit.patterns)


def _before_name(sent: Sentence, name_start: int, units: list[Unit],
                 kb: KnowledgeBase) -> tuple[PartyWord | None, Actor | None, int]:
    """The stance word and the owning state before a name, and where the mention starts."""
    toks = sent.tokens
    stance: PartyWord | None = None
    start, k = name_start, name_start - 1
    while k >= 0 and name_start - k <= STANCE_REACH:
        tok = toks[k]
        word = kb.party_word(tok.text)
        if word is not None and word.kind == "stance":
            stance, start = word, k
        elif not (tok.text == "-" or (tok.text.islower() and tok.pos in ("ADJ", "NOUN", "VERB", "ADV"))):
            break
        k -= 1
    if k >= 0 and toks[k].text in ("'s", "’s"):
        k -= 1
    owner = next((u for u in units if u.end == k + 1 and _state_of(u, kb) is not None), None)
    if owner is not None:
        return stance, _state_of(owner, kb), owner.start
    return stance, None, start


def party_mention(sent: Sentence, party: PartyName, units: list[Unit], kb: KnowledgeBase) -> Mention:
    """The mention of a party's name, placed by its owner or by a state inside its name if it has one."""
    country = party.owner.country if party.owner is not None else None
    how = "country from the possessive or demonym before the name" if country else None
    if country is None:
        inside = {a.country for u in units if party.name_start <= u.start and u.end <= party.end
                  and (a := _state_of(u, kb)) is not None}
        if len(inside) == 1:
            country, how = inside.pop(), "country from a state named in the party's name"
    if country is None:
        return make_mention(sent, party.start, party.end, "name", None, reason=PARTY_NO_COUNTRY)
    ref = party_ref(sent, party.start, party.name_start, party.end, country, kb)
    return make_mention(sent, party.start, party.end, "name", ref, reason=how)


def party_ref(sent: Sentence, start: int, name_start: int, end: int, country: str | None,
              kb: KnowledgeBase) -> ActorRef | None:
    """The party as an actor object: sector POL and code country + PTY, or OPP + PTY in opposition."""
    state = kb.state(country or "")
    if state is None:
        return None
    stance = next((w for t in sent.tokens[start:name_start] if (w := kb.party_word(t.text)) is not None
                   and w.kind == "stance"), None)
    head = next(w for t in sent.tokens[name_start:end] if (w := kb.party_word(t.text)) is not None
                and w.kind == "head")
    word = stance or head
    name = sent.text_of(name_start, end - 1)
    code = f"{state.code}{word.code}"
    text = sent.text_of(start, end - 1)
    return ActorRef(text, name, state.country, word.sector, code, None, "organisation")


def place_parties(sent: Sentence, mentions: list[Mention], kb: KnowledgeBase, ctx: Context) -> list[Mention]:
    """Parties left without a country take the one country of the sentence's other mentions, else the
    country the article has named most so far (one clear first)."""
    out = []
    for mention in mentions:
        if mention.actor is None and mention.reason == PARTY_NO_COUNTRY:
            mention = _placed(sent, mention, mentions, kb, ctx)
        out.append(mention)
    return out


def _placed(sent: Sentence, party: Mention, mentions: list[Mention], kb: KnowledgeBase,
            ctx: Context) -> Mention:
    here = {m.actor.country for m in mentions if m is not party and m.actor is not None and m.actor.country}
    country, how = None, None
    if len(here) == 1:
        country, how = here.pop(), "country from context: the only country the sentence names"
    if country is None and not here:
        counts = Counter(s.mention.actor.country for s in ctx.seen if s.sentence < sent.index
                         and s.mention.actor is not None and s.mention.actor.country)
        top = counts.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            country, how = top[0][0], "country from context: the country the article names most"
    if country is None:
        return party
    name_start = party.token_start
    while name_start < party.token_end and (w := kb.party_word(sent.tokens[name_start].text)) is not None \
            and w.kind == "stance":
        name_start += 1
    ref = party_ref(sent, party.token_start, name_start, party.token_end, country, kb)
    if ref is None:
        return party
    return make_mention(sent, party.token_start, party.token_end, "name", ref, reason=how)
