"""Noun-phrase mentions: KB matches, agents with their country, role descriptions, NER leftovers."""

from __future__ import annotations

from eventwire.actors.context import Context, span_head
from eventwire.actors.kb import Agent, KnowledgeBase, Pattern
from eventwire.actors.match import LINK_WORDS, TITLE_WORDS, Unit, agent_at, entity_at, title_sector
from eventwire.actors.roles import ROLE_OFFICES, role_person
from eventwire.actors.scope import NO_COUNTRY
from eventwire.records import ActorRef, Mention, Sentence

NER_ACTOR_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group"}
MODIFIER_DEPS = ("compound", "nmod", "amod")
NON_ACTOR_ENTITIES = ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT")
GROUP_LEMMAS = {"leader", "president", "side", "counterpart", "minister", "man", "head"}
GOVERNMENT_WORDS = frozenset({"administration", "government", "cabinet", "regime", "camp"})
PLACE_PREPS = ("of", "in", "from")


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

    place_reading = _place_reading(sent, unit)
    if (any(p.kind == "surname" for p in unit.patterns) or _person_target(unit, kb)) and not place_reading:
        return person_mention(sent, unit, kb, ctx)
    if unit.kinds() == {"place"} and not place_reading:
        return None  # "Lorraine", "Victoria": a place only where the parser sees one
    enclosing = entity_at(sent, unit.start, unit.end)
    if enclosing is not None and enclosing[2] == "PERSON":
        from eventwire.actors.peoples import all_peoples

        if not all_peoples(sent, enclosing[0], enclosing[1], kb):
            return None  # "George Washington" is not the US government
        enclosing = None
    pattern = _choose_pattern(sent, unit)
    text = sent.text_of(unit.start, unit.end - 1)
    ref = _pattern_ref(kb, pattern, text)
    if pattern.kind in ("demonym", "ethnic", "name") and (ref is None or ref.type == "state"):
        from eventwire.actors.peoples import is_people_noun, people_mention

        if is_people_noun(sent, unit):
            return people_mention(sent, unit, kb, pattern, ref)
    if ref is None:
        return None
    kinds = {"capital": "metonym", "metonym": "metonym", "demonym": "demonym", "place": "place"}
    kind = kinds.get(pattern.kind, "name")
    if _is_modifier(sent, unit, kb, pattern, enclosing):
        kind = "modifier"
    return make_mention(sent, unit.start, unit.end, kind, ref)


def _place_reading(sent: Sentence, unit: Unit) -> bool:
    """A city or region pattern where the parser tagged a place (GPE, LOC, FAC)."""
    if "place" not in unit.kinds():
        return False
    return any(t.ent_type in ("GPE", "LOC", "FAC", "NORP") for t in sent.tokens[unit.start : unit.end])


def _person_target(unit: Unit, kb: KnowledgeBase) -> bool:
    return any(p.kind == "name" and (a := kb.get(p.target)) is not None and a.type == "person"
               for p in unit.patterns)


def _choose_pattern(sent: Sentence, unit: Unit) -> Pattern:
    """Names before metonyms before demonyms, except "US strikes": a modifier reading prefers the demonym."""
    head = sent.tokens[span_head(sent, unit.start, unit.end)]
    while head.dep == "conj" and head.head != head.i:
        head = sent.tokens[head.head]  # "Israeli and US strikes": US reads like Israeli
    order = ["name", "metonym", "capital", "demonym", "place", "ethnic"]
    if head.dep in MODIFIER_DEPS and head.head != head.i and sent.tokens[head.head].pos == "NOUN":
        order = ["demonym", "name", "metonym", "capital", "place", "ethnic"]
    if _place_reading(sent, unit) and "surname" in unit.kinds():
        order = ["place", *order]
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
    if pattern.kind == "place":
        place = kb.place(pattern.target)
        state = kb.state(place[1]) if place else None
        if place is None or state is None:
            return None
        return ActorRef(text, place[0], state.country, None, state.code, None, "place")
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
        if _titles_a_name(sent, head):
            continue  # a title before a name not in the KB: the NER pass codes it
        modifier = _agent_modifier(sent, head, units, kb)
        mention = _agent_mention(sent, kb, ctx, agent, first, head, modifier)
        if mention is not None:
            out.append(mention)
            if modifier is not None:
                used.add(id(modifier))
            covered.update(range(mention.token_start, mention.token_end))
    return out, used


def _titles_a_name(sent: Sentence, head: int) -> bool:
    """"Secretary of State Antony J. Blinken", "Prime Minister X": the agent word is a title of a name."""
    tok = sent.tokens[head]
    if head + 1 < len(sent.tokens) and sent.tokens[head + 1].pos == "PROPN" and tok.dep == "compound":
        return True
    if not tok.text[:1].isupper():
        return False
    j = head + 1
    while j < len(sent.tokens) and j - head <= 4 and sent.tokens[j].ent_type != "PERSON":
        nxt = sent.tokens[j]
        proper = nxt.pos == "PROPN" and nxt.text[:1].isupper()
        if nxt.text.lower() not in ("of", "for", "the", "-") and not proper:
            return False
        j += 1
    return j < len(sent.tokens) and sent.tokens[j].ent_type == "PERSON"


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
    first = head
    while first > 0 and sent.tokens[first - 1].dep == "compound" and sent.tokens[first - 1].head == head:
        first -= 1
    for unit in units:
        if unit.end == first and unit.title_start is None and unit.kinds() & {"demonym", "name", "place"}:
            return unit  # "in Israeli police custody": the parser hung "Israeli" on "custody"
    for child in sent.children[head]:
        if sent.tokens[child].text.lower() in PLACE_PREPS:  # "the army of Ukraine", "rebels in Darfur"
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
        reason = None
        if person is None and country is None and ctx.home[0]:
            person = role_person(kb, ctx, sent, agent.phrase, ctx.home[0], head)
            reason = f"the article's home country ({ctx.home[1]})"
        if person is not None:
            ref = kb.actor_ref(person, text, ctx.day)
            return make_mention(sent, start, end, "role", ref, reason=reason)
    if country_ref is None and agent.sector == "GOV" and agent.phrase in GOVERNMENT_WORDS:
        country_ref = _leader_government(sent, kb, ctx, first)
    if country_ref is None:
        if not agent.curated or sent.tokens[head].ent_type in ("ORG", "PERSON", "GPE"):
            return None
        ref = ActorRef(text, None, None, agent.sector, agent.code, None, "agent")
        if agent.code.startswith("NGO"):  # "a human rights group": CAMEO codes an unnamed NGO with no country
            return make_mention(sent, start, end, "agent", ref)
        return make_mention(sent, start, end, "agent", ref, reason=NO_COUNTRY)
    prefix = country_ref.code[:3] if country_ref.code and country_ref.country else (country_ref.code or "")
    code = f"{prefix}{agent.code}"
    if not country_ref.country and prefix.startswith("NGO"):
        code = prefix  # "Red Cross officials" are the Red Cross
    ref = ActorRef(text, country_ref.name, country_ref.country, agent.sector, code, None, "agent")
    return make_mention(sent, start, end, "agent", ref)


def _leader_government(sent: Sentence, kb: KnowledgeBase, ctx: Context, first: int) -> ActorRef | None:
    """"the Bush administration", "the Blair government": the country of the person named before it."""
    from eventwire.actors.people import named_people, pick_person

    end = first
    while end > 0 and sent.tokens[end - 1].text in ("'s", "’s"):
        end -= 1
    start = end
    while start > 0 and sent.tokens[start - 1].pos == "PROPN" and end - start < 4:
        start -= 1
    if start == end:
        return None
    name = sent.text_of(start, end - 1)
    people, _ = named_people(kb, name)
    people = people or kb.surname_candidates(name)
    ref, _ = pick_person(kb, people, name, ctx)
    return ref if ref is not None and ref.country else None


# --- NER leftovers ------------------------------------------------------------------------------------


def ner_mentions(sent: Sentence, found: list[Mention], kb: KnowledgeBase, ctx: Context) -> list[Mention]:
    """`found` plus PERSON/ORG/GPE/NORP entities no KB mention covers: unresolved, "not in knowledge base".

    A person may still be found by a looser spelling (`people.entity_person`); one with a title naming a
    country ("British Defence Secretary Tom King") is coded from it.
    """
    from eventwire.actors.people import entity_person

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
        person = entity_person(sent, start, ent.end, kb, ctx) if ent.label == "PERSON" else None
        if person is not None:
            mention = person
            ctx.add(sent, person)
        elif ent.label == "PERSON":
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
        placed = before is not None and before.actor is not None and before.actor.type in ("state", "igo")
        if placed and words and before is not None:
            country, pos = before, before.token_start
            break
        if word in TITLE_WORDS or (word in LINK_WORDS and words):
            words.append(word)
            pos -= 1
        else:
            break
    if not set(words) & TITLE_WORDS - LINK_WORDS or len(set(words) - LINK_WORDS) < 1:
        return mention, None
    sector = title_sector(set(words))
    if country is None or country.actor is None:
        text = sent.text_of(pos, mention.token_end - 1)
        ref = ActorRef(text, mention.text, None, sector, sector, None, "person")
        return make_mention(sent, pos, mention.token_end, "name", ref, reason=NO_COUNTRY), None
    actor = country.actor
    text = sent.text_of(pos, mention.token_end - 1)
    ref = ActorRef(text, mention.text, actor.country, sector, f"{actor.code}{sector}", None, "person")
    if actor.type == "igo":  # "U.N. Secretary-General Kofi Annan": the IGO's code
        ref = ActorRef(text, mention.text, None, "IGO", actor.code, None, "person")
    new = make_mention(sent, pos, mention.token_end, "name", ref,
                       reason="person not in knowledge base; coded from the title")
    return new, country
