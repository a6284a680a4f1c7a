"""From syntactic positions to actors: which mentions a subject, object or prepositional object names.

The actors stage found the mentions; here a token of the clause is turned into the actors it stands for.
A head noun that is itself a mention gives that mention (or its `members`: "the two leaders"); a head
noun that is not ("officials", "strikes") gives the mentions among its modifiers (demonyms, possessives,
compound names) and, for role nouns ("the government of Iraq"), its `of` object. Conjuncts give one
actor each ("Russia and France"). Topics and places are never looked for here: callers only ask about
role positions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from eventwire.coding.clauses import agents, conjuncts, kids, np_tokens, preps_of
from eventwire.records import SECTORS, ActorRef, Mention, Sentence, Span

MODIFIER_DEPS = ("poss", "amod", "compound", "nmod")


@dataclass(frozen=True, slots=True)
class Slot:
    """An actor in a role, where the text names it, and how the role was found (`via`)."""

    actor: ActorRef
    span: Span
    token: int
    via: str

    @property
    def key(self) -> str:
        a = self.actor
        if not a.kb_id and a.type == "person" and a.code and a.text:
            return f"{a.code}:{a.text}"  # a named person the KB lacks is not their state's body (TURGOV)
        return a.kb_id or a.code or a.name or a.text

    def with_via(self, via: str) -> Slot:
        return Slot(self.actor, self.span, self.token, via)


def index_mentions(mentions: Iterable[Mention]) -> dict[int, dict[int, Mention]]:
    """sentence index -> token index -> the longest mention covering that token."""
    out: dict[int, dict[int, Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.token_end - m.token_start):
        per = out.setdefault(m.sentence_index, {})
        for t in range(m.token_start, m.token_end):
            per[t] = m
    return out


def slots_of(m: Mention, token: int, via: str) -> list[Slot]:
    if m.members:
        return [Slot(ref, (m.start, m.end), token, "members") for ref in m.members]
    if m.actor is not None:
        return [Slot(m.actor, (m.start, m.end), token, via)]
    if m.kind in {"name", "role"}:
        unknown = ActorRef(text=m.text, name=None, country=None, sector=None, code=None, kb_id=None)
        return [Slot(unknown, (m.start, m.end), token, via)]
    return []


SOURCE_FALLBACK = ("of", "from")
TARGET_FALLBACK = ("of", "by")
GENERIC_CODES = frozenset({*SECTORS, "COP", "REF", "LAB", "EDU", "HLH", "AGR", "CRM", "REL", "SPY", "UAF",
                           "ELI", "NGO", "MNC", "IGO", "SET", "MOD", "RAD", "INS", "IMG", "ENV"})


@dataclass(frozen=True)
class RoleReader:
    """Reads actors off one sentence's tokens, given its mentions and the lexicon's head-noun classes.

    `agent_heads` are collective or located groups ("rebels in X", "the government of X");
    `proposal_heads` are nouns whose `by`/`from` object is their author ("calls by X", "an offer from X");
    `document_heads` are documents a city names without being their author ("the Minsk Package");
    `broker_verbs` are participles whose `by` agent is an accord's go-between ("a truce brokered by X").
    """

    sent: Sentence
    mentions: Mapping[int, Mention]
    agent_heads: Mapping[str, str]
    proposal_heads: Mapping[str, str]
    document_heads: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    broker_verbs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def actors(self, i: int, via: str, *, compounds: bool = True, conj: bool = True,
               fallback: tuple[str, ...] = TARGET_FALLBACK) -> list[Slot]:
        """Actors named by the phrase headed at token `i` (and its conjuncts)."""
        heads = conjuncts(self.sent, i) if conj else [i]
        out: list[Slot] = []
        for h in heads:
            out.extend(self._head_actors(h, via, compounds, fallback))
        return unique(out)

    def _head_actors(self, h: int, via: str, compounds: bool, fallback: tuple[str, ...],
                     depth: int = 0) -> list[Slot]:
        m = self.mentions.get(h)
        found = slots_of(m, h, via) if m is not None else self._phrase_mentions(h, via, compounds)
        if m is not None and len(found) == 1:
            found += self._co_nationals(h, m, found[0])
        if (found and any(not weak(s.actor) for s in found)) or depth >= 2:
            return found
        beyond = self._beyond_head(h, via, compounds, fallback, depth, skip_phrase=m is None)
        stronger = [s for s in beyond if not weak(s.actor)]
        if not stronger:
            return found or beyond
        if len(found) == 1 and len(stronger) == 1 and resolved(found[0].actor):
            return [located(found[0], stronger[0])]
        return stronger

    def _co_nationals(self, h: int, m: Mention, group: Slot) -> list[Slot]:
        """"US and British forces", "delegations from Serbia and Kosovo": the group of one mention
        ("British forces") stands for each state its coordinated modifiers or `from`/`of` objects name, in
        the same sector (USAMIL besides GBRMIL)."""
        sector = group.actor.sector
        if not sector or not group.actor.country:
            return []
        out = []
        heads = kids(self.sent, h, MODIFIER_DEPS)
        heads += [o for p, o in preps_of(self.sent, h) if p in {"from", "of"}]
        for c in heads:
            joined = conjuncts(self.sent, c)
            if not any(m.token_start <= j < m.token_end for j in joined):
                continue  # "Croatian Serb refugees" is one group, not Croatians and Serbs
            for cc in joined:
                other = self.mentions.get(cc)
                if other is None or other is m or other.actor is None or other.actor.sector:
                    continue
                country = other.actor.country
                if country and country != group.actor.country:
                    own = group.actor.code or ""
                    suffix = own[len(group.actor.country):] if own.startswith(group.actor.country) else sector
                    actor = ActorRef(text=other.text, name=other.actor.name, country=country, sector=sector,
                                     code=country + suffix, kb_id=None, type=group.actor.type)
                    out.append(Slot(actor, (other.start, other.end), cc, group.via))
        return out

    def _beyond_head(self, h: int, via: str, compounds: bool, fallback: tuple[str, ...], depth: int,
                     skip_phrase: bool = False) -> list[Slot]:
        """Actors a head noun points to: its modifiers, its apposition ("Kenzo Oshima, the United
        Nations relief coordinator"), then its `of`/`from`/`by` objects."""
        out = [] if skip_phrase else self._phrase_mentions(h, via, compounds)
        if any(not weak(s.actor) for s in out):
            return out
        for a in kids(self.sent, h, ("appos",)):
            out = [s for s in self._head_actors(a, via, compounds, fallback, depth + 1) if resolved(s.actor)]
            if out:
                return out
        head = self.sent.tokens[h]
        lemma = head.lemma.lower()
        preps = list(fallback)
        if (lemma in self.agent_heads or head.text.lower() in self.agent_heads) and "from" in fallback:
            preps += ["in", "throughout", "across"]
        if lemma in self.proposal_heads:
            preps += ["by", "from"]
        pairs = preps_of(self.sent, h)
        if "by" in preps:  # "crimes committed by Croat forces": the participle's agent, not a go-between
            pairs += [("by", o) for c in kids(self.sent, h, ("acl",))
                      if self.sent.tokens[c].lemma.lower() not in self.broker_verbs
                      for o in agents(self.sent, c)]
        for p, o in pairs:
            if p in preps:
                for oo in conjuncts(self.sent, o):
                    out.extend(self._head_actors(oo, via, compounds, fallback, depth + 1))
        return out

    def _phrase_mentions(self, h: int, via: str, compounds: bool) -> list[Slot]:
        """Mentions among the modifiers of `h` (demonyms, possessors, compound names, their conjuncts)."""
        out: list[Slot] = []
        seen: set[int] = set()
        document = self.sent.tokens[h].lemma.lower() in self.document_heads
        for t in sorted(np_tokens(self.sent, h)):
            tok = self.sent.tokens[t]
            if t == h or (not compounds and tok.dep == "compound" and tok.head == h):
                continue
            named = self.mentions.get(t)
            if document and named is not None and named.kind == "modifier":
                continue  # "the Minsk Package of Measures": a place names the document, not its author
            if self.mentions.get(t) is not None and self.mentions.get(t) is self.mentions.get(h):
                continue
            for c in conjuncts(self.sent, t):
                m = self.mentions.get(c)
                if m is not None and id(m) not in seen:
                    seen.add(id(m))
                    out.extend(slots_of(m, c, via))
        strong = [s for s in out if not weak(s.actor)]
        return strong or out

    def modifier_actors(self, n: int, *, compounds: bool) -> list[Slot]:
        """Actors among the modifiers of an event noun: possessor, demonyms, compound names."""
        out: list[Slot] = []
        deps = ("poss", "amod", "compound", "nmod") if compounds else ("poss", "amod", "nmod")
        for c in kids(self.sent, n, deps):
            for cc in conjuncts(self.sent, c):
                m = self.mentions.get(cc)
                if m is None:
                    continue
                out.extend(slots_of(m, cc, self.sent.tokens[c].dep))
        return unique(out)


def located(group: Slot, place: Slot) -> Slot:
    """A kind of group placed in a country: "rebels in the Ivory Coast" -> CIV + REB = CIVREB."""
    g, c = group.actor, place.actor
    code = c.country + (g.code or g.sector or "") if c.country else c.code
    actor = ActorRef(text=g.text, name=g.name or g.text, country=c.country, sector=g.sector or c.sector,
                     code=code or None, kb_id=None, type=g.type)
    return Slot(actor, group.span, group.token, group.via)


def own_state(other: ActorRef, actor: ActorRef) -> bool:
    """Is `other` the state that `actor` governs or is ("the PM reiterated the UK's support": GBR for
    GBRGOV)? A bare state is its government's own side, never its target; a government stays the target
    of its own people ("Algerians pressed their demands on the government")."""
    if same_actor(other, actor):
        return True
    # a person coded by country alone ("former President X" on a date with no role) is no state
    return bool(other.country) and other.country == actor.country and not other.sector and (
        actor.sector in {None, "GOV"}) and other.type != "person"


def resolved(actor: ActorRef) -> bool:
    """An actor the knowledge base placed: it has a country or a CAMEO code."""
    return bool(actor.country or actor.code)


def weak(actor: ActorRef) -> bool:
    """An actor that names only a kind of group ("troops", "officials") with no country or organisation."""
    return not actor.country and (not actor.code or actor.code in GENERIC_CODES)


def unique(slots: Sequence[Slot]) -> list[Slot]:
    """Slots with distinct actors, first occurrence kept."""
    seen: set[str] = set()
    out = []
    for s in slots:
        if s.key not in seen:
            seen.add(s.key)
            out.append(s)
    return out


def most_specific(slots: Sequence[Slot]) -> list[Slot]:
    """"Russia's troop movements" names Russia and Russian troops: one target, the more specific (a bare
    state gives way to an actor of the same country with a sector)."""
    sectored = {s.actor.country for s in slots if s.actor.country and s.actor.sector}
    return [s for s in slots if s.actor.sector or s.actor.country not in sectored]


def same_actor(a: ActorRef, b: ActorRef) -> bool:
    """True for a self-loop: the same entity, or the same country and sector (USA -> USA).

    Different sectors of one country (police vs protesters) are genuinely internal and stay apart.
    """
    if a.kb_id and a.kb_id == b.kb_id:
        return True
    if _distinct_person(a, b) or _distinct_person(b, a):
        return False  # "authorities arrested Mayor X": a named person is not the body acting on them
    if a.code and a.code == b.code:
        return True
    if (a.code and b.code and not a.code.startswith(b.code) and not b.code.startswith(a.code)
            and len(a.code) > 3 and len(b.code) > 3):
        return False  # "police detained the mayor": TURCOP and TURGOV are two bodies of one state
    if a.country and a.country == b.country:
        return (a.sector or "") == (b.sector or "")
    if not a.country and not b.country and not a.code and not b.code:
        return (a.name or a.text).lower() == (b.name or b.text).lower()
    return False


def _distinct_person(a: ActorRef, b: ActorRef) -> bool:
    """A named person and a body or another person of the same code: "Turkish authorities detained Mayor
    Ekrem Imamoglu" (TURGOV both) is one state acting on one of its own, not a self-loop."""
    if a.type != "person" or b.type not in ("person", "agent"):
        return False
    if a.kb_id and b.kb_id:
        return a.kb_id != b.kb_id
    return b.type == "agent" or a.text.lower() != b.text.lower()
