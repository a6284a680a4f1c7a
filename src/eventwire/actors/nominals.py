"""Noun-phrase mentions: KB matches, agents with their country, role descriptions, NER leftovers."""

from __future__ import annotations

from eventwire.actors.context import Context, span_head
from eventwire.actors.kb import Agent, KnowledgeBase, Pattern
from eventwire.actors.match import LINK_WORDS, TITLE_WORDS, Unit, agent_at, entity_at
from eventwire.actors.roles import ROLE_OFFICES, role_person
from eventwire.records import ActorRef, Mention, Sentence

NER_ACTOR_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group"}
MODIFIER_DEPS = ("compound", "nmod", "amod")
NON_ACTOR_ENTITIES = ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT")
MIL_TITLE_WORDS = {"defence", "defense", "army", "general", "commander", "admiral", "gen.", "war", "armed"}
GROUP_LEMMAS = {"leader", "president", "side", "counterpart", "minister", "man", "head"}


def make_mention(sent: Sentence, start: int, end: int, kind: str, actor: ActorRef | None,
                 reason: str | None = None, members: tuple[ActorRef, ...] = ()) -> Mention:
    first, last = sent.tokens[start], sent.tokens[end - 1]
    return Mention(sent.index, start, end, first.start, last.end, sent.text_of(start, end - 1), kind, actor,
                   reason, members)


def state_ref(kb: KnowledgeBase, actor_id: str, text: str, sector: str | None = None) -> ActorRef | None:
    """A state (or "the West") as named by `text`, optionally narrowed to a sector (the Kremlin -> GOV)."""
    actor = kb.get(actor_id)
    if actor is None:
        return None
    ref = kb.actor_ref(actor, text, None)
    if sector is None:
        return ref
    code = f"{ref.code}{sector}" if ref.code else sector
    return ActorRef(text, ref.name, ref.country, sector, code, ref.kb_id, ref.type)


def unit_mention(sent: Sentence, unit: Unit, kb: KnowledgeBase, ctx: Context) -> Mention | None:
    """The mention of one KB match: a person, a state/IGO/group name, a metonym or a demonym."""
    from eventwire.actors.people import person_mention

    if any(p.kind == "surname" for p in unit.patterns) or _person_target(unit, kb):
        return person_mention(sent, unit, kb, ctx)
    enclosing = entity_at(sent, unit.start, unit.end)
    if enclosing is not None and enclosing[2] == "PERSON":
        return None  # "George Washington" is not the US government
    pattern = _choose_pattern(sent, unit)
    text = sent.text_of(unit.start, unit.end - 1)
    ref = _pattern_ref(kb, pattern, text)
    if ref is None:
        return None
    kind = {"capital": "metonym", "metonym": "metonym", "demonym": "demonym"}.get(pattern.kind, "name")
    if _is_modifier(sent, unit, kb, pattern, enclosing):
        kind = "modifier"
    return make_mention(sent, unit.start, unit.end, kind, ref)


def _person_target(unit: Unit, kb: KnowledgeBase) -> bool:
    return any(p.kind == "name" and (a := kb.get(p.target)) is not None and a.type == "person"
               for p in unit.patterns)


def _choose_pattern(sent: Sentence, unit: Unit) -> Pattern:
    """Names before metonyms before demonyms, except "US strikes": a modifier reading prefers the demonym."""
    head = sent.tokens[span_head(sent, unit.start, unit.end)]
    while head.dep == "conj" and head.head != head.i:
        head = sent.tokens[head.head]  # "Israeli and US strikes": US reads like Israeli
    order = ["name", "metonym", "capital", "demonym"]
    if head.dep in MODIFIER_DEPS and head.head != head.i and sent.tokens[head.head].pos == "NOUN":
        order = ["demonym", "name", "metonym", "capital"]
    return sorted(unit.patterns, key=lambda p: order.index(p.kind) if p.kind in order else 9)[0]


def _pattern_ref(kb: KnowledgeBase, pattern: Pattern, text: str) -> ActorRef | None:
    if pattern.kind == "metonym":
        meto = kb.metonyms.get(pattern.target)
        if meto is None:
            return None
        state = kb.state(meto.country)
        name = state.name if state else meto.surface
        state_id = state.id if state else None
        return ActorRef(text, name, meto.country, meto.sector, meto.code, state_id, "state")
    if pattern.kind == "capital":
        return state_ref(kb, pattern.target, text, "GOV")
    actor = kb.get(pattern.target)
    return kb.actor_ref(actor, text, None) if actor else None


def _is_modifier(sent: Sentence, unit: Unit, kb: KnowledgeBase, pattern: Pattern,
                 enclosing: tuple[int, int, str] | None) -> bool:
    """A place name inside a non-actor noun phrase: "Paris climate talks", "the Minsk package"."""
    if pattern.kind == "demonym":
        before = sent.tokens[unit.start - 1].text if unit.start > 0 else ""
        after = sent.tokens[unit.end].text if unit.end < len(sent.tokens) else ""
        return "-" in (before, after)
    if enclosing is not None and enclosing[2] in NON_ACTOR_ENTITIES:
        return True
    actor = kb.get(pattern.target)
    if actor is not None and actor.type not in ("state",) and pattern.kind == "name":
        return False
    head = sent.tokens[span_head(sent, unit.start, unit.end)]
    if head.dep not in MODIFIER_DEPS or head.head == head.i:
        return False
    governor = sent.tokens[head.head]
    if governor.pos not in ("NOUN", "PROPN") or governor.ent_type == "PERSON":
        return False
    return agent_at(sent, kb, governor.i) is None


# --- agents -------------------------------------------------------------------------------------------


def agent_mentions(sent: Sentence, kb: KnowledgeBase, ctx: Context,
                   units: list[Unit]) -> tuple[list[Mention], set[int]]:
    """Agent noun phrases with the country unit that modifies them; returns the units they absorb."""
    out: list[Mention] = []
    used: set[int] = set()
    covered = {i for u in units if _blocks_agent(u, kb) for i in range(u.first, u.end)}
    for head in range(len(sent.tokens)):
        found = agent_at(sent, kb, head)
        if found is None or head in covered:
            continue
        first, phrase = found
        agent = kb.agent(phrase)
        tok = sent.tokens[head]
        if agent is None or any(i in covered for i in range(first, head + 1)):
            continue
        if tok.lemma.lower() in GROUP_LEMMAS and tok.tag in ("NNS", "NNPS"):
            continue  # "the two leaders": coreference handles plural leader words
        if head + 1 < len(sent.tokens) and sent.tokens[head + 1].pos == "PROPN" and tok.dep == "compound":
            continue  # a title before a name not in the KB: the NER pass codes it
        modifier = _agent_modifier(sent, head, units, kb)
        mention = _agent_mention(sent, kb, ctx, agent, first, head, modifier)
        if mention is not None:
            out.append(mention)
            if modifier is not None:
                used.add(id(modifier))
            covered.update(range(mention.token_start, mention.token_end))
    return out, used


def _blocks_agent(unit: Unit, kb: KnowledgeBase) -> bool:
    """Persons, IGOs, groups and organisations own their tokens; states and demonyms may modify agents."""
    if unit.title_start is not None:
        return True
    for pattern in unit.patterns:
        if pattern.kind in ("surname", "metonym"):
            return True
        actor = kb.get(pattern.target) if pattern.kind == "name" else None
        if actor is not None and actor.type != "state":
            return True
    return False


def _agent_modifier(sent: Sentence, head: int, units: list[Unit], kb: KnowledgeBase) -> Unit | None:
    """The country/IGO unit inside the agent's noun phrase: "Israeli troops", "the army of Ukraine"."""
    inside = set(sent.subtree(head))
    best: Unit | None = None
    for unit in units:
        hyphenated = unit.end < len(sent.tokens) and sent.tokens[unit.end].text == "-"
        within = unit.end <= head and all(i in inside for i in range(unit.start, unit.end))
        later = best is None or unit.start > best.start
        if within and not hyphenated and unit.title_start is None and later:
            best = unit
    if best is not None:
        return best
    for child in sent.children[head]:
        if sent.tokens[child].text.lower() == "of":
            for unit in units:
                if unit.start > head and all(i in inside for i in range(unit.start, unit.end)):
                    return unit
    return None


def _agent_mention(sent: Sentence, kb: KnowledgeBase, ctx: Context, agent: Agent, first: int, head: int,
                   modifier: Unit | None) -> Mention | None:
    start = min(first, modifier.start) if modifier else first
    end = max(head + 1, modifier.end) if modifier else head + 1
    text = sent.text_of(start, end - 1)
    country_ref = None
    if modifier is not None:
        pattern = sorted(modifier.patterns, key=lambda p: p.kind != "demonym")[0]
        country_ref = _pattern_ref(kb, pattern, text)
    if agent.phrase in ROLE_OFFICES and sent.tokens[head].tag not in ("NNS", "NNPS"):
        country = country_ref.country if country_ref else None
        person = role_person(kb, ctx, sent, agent.phrase, country, head)
        if person is not None:
            ref = kb.actor_ref(person, text, ctx.day)
            return make_mention(sent, start, end, "role", ref)
    if country_ref is None:
        if not agent.curated or sent.tokens[head].ent_type in ("ORG", "PERSON", "GPE"):
            return None
        ref = ActorRef(text, None, None, agent.sector, agent.code, None, "agent")
        return make_mention(sent, start, end, "agent", ref, reason="no country in the noun phrase")
    prefix = country_ref.code[:3] if country_ref.code and country_ref.country else (country_ref.code or "")
    ref = ActorRef(text, country_ref.name, country_ref.country, agent.sector, f"{prefix}{agent.code}",
                   None, "agent")
    return make_mention(sent, start, end, "agent", ref)


# --- NER leftovers ------------------------------------------------------------------------------------


def ner_mentions(sent: Sentence, found: list[Mention]) -> list[Mention]:
    """`found` plus PERSON/ORG/GPE/NORP entities no KB mention covers: unresolved, "not in knowledge base".

    A person with a title naming a country ("British Defence Secretary Tom King") is coded from it.
    """
    taken = {i for m in found for i in range(m.token_start, m.token_end)}
    out: list[Mention] = list(found)
    for ent in sent.entities:
        if ent.label not in NER_ACTOR_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        start = ent.start + (1 if sent.tokens[ent.start].text.lower() == "the" else 0)
        if start >= ent.end:
            continue
        kind = "demonym" if ent.label == "NORP" else "name"
        mention = make_mention(sent, start, ent.end, kind, None, reason="not in knowledge base")
        if ent.label == "PERSON":
            mention, absorbed = titled_person(sent, mention, out)
            if absorbed is not None:
                out.remove(absorbed)
        out.append(mention)
    return out


def titled_person(sent: Sentence, mention: Mention, found: list[Mention]) -> tuple[Mention, Mention | None]:
    """"British Defence Secretary Tom King": code an unknown person from the title's country and sector."""
    pos, words, country = mention.token_start, [], None
    while pos > 0:
        word = sent.tokens[pos - 1].text.lower()
        before = next((m for m in found if m.token_end == pos and m.kind in ("demonym", "name")), None)
        if before is not None and before.actor is not None and before.actor.type == "state" and words:
            country, pos = before, before.token_start
            break
        if word in TITLE_WORDS or (word in LINK_WORDS and words):
            words.append(word)
            pos -= 1
        else:
            break
    if country is None or not set(words) & TITLE_WORDS or country.actor is None:
        return mention, None
    sector = "MIL" if set(words) & MIL_TITLE_WORDS else "GOV"
    actor = country.actor
    text = sent.text_of(pos, mention.token_end - 1)
    ref = ActorRef(text, mention.text, actor.country, sector, f"{actor.code}{sector}", None, "person")
    new = make_mention(sent, pos, mention.token_end, "name", ref,
                       reason="person not in knowledge base; coded from the title")
    return new, country
