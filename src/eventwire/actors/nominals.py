"""Noun-phrase mentions: KB matches, agents with their country, role descriptions, NER leftovers."""

from __future__ import annotations

from eventwire.actors.context import Context, span_head
from eventwire.actors.kb import Agent, KnowledgeBase, Pattern
from eventwire.actors.match import (
    DEPUTY_WORDS,
    FORMER_WORDS,
    LINK_WORDS,
    TITLE_WORDS,
    Unit,
    agent_at,
    entity_at,
    entity_end,
    is_person_unit,
    title_sector,
)
from eventwire.actors.places import SITED_VERBS, is_locative, place_country, prefers_place, settled, state_of
from eventwire.actors.roles import ROLE_OFFICES, role_person
from eventwire.actors.scope import NO_COUNTRY
from eventwire.records import Actor, ActorRef, Mention, Sentence

NER_ACTOR_LABELS = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group"}
MODIFIER_DEPS = ("compound", "nmod", "amod")
NON_ACTOR_ENTITIES = ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT")
GROUP_LEMMAS = {"leader", "president", "side", "counterpart", "minister", "man", "head"}
GOVERNMENT_WORDS = frozenset({"administration", "government", "cabinet", "regime", "camp"})
PLACE_PREPS = ("of", "in", "from")
# people posted abroad: "our ambassador in Moscow" is no Russian (an embassy in Tehran still stands for
# Iran as a target: "opened an embassy in Tehran")
POSTED_ABROAD = frozenset({"ambassador", "envoy", "diplomat", "consul", "attache", "chargé"})
EVENT_NOUNS = frozenset({
    "process", "talks", "summit", "format", "agreement", "agreements", "accord", "accords", "deal",
    "declaration", "conference", "package", "protocol", "protocols", "negotiations", "initiative",
    "memorandum", "plan", "framework", "communique", "meeting", "forum", "dialogue", "round", "ceasefire",
    "truce", "treaty", "pact", "formula", "peace", "convention", "consensus", "statement", "group",
    "platform", "roadmap", "principles",
})
MINORITY_NOUNS = frozenset({"population", "minority", "community", "diaspora"})
NAMES_AN_EVENT = "a place naming an event or process, not an actor"
VOCATIVES = frozenset({"mr", "mrs", "ms", "madam", "madame", "mister", "dear"})  # "Mr President": addressed


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

    place_reading = _place_reading(sent, unit, kb) or _region_not_surname(unit, kb, ctx)
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
    pattern = _choose_pattern(sent, unit, kb, ctx)
    text = sent.text_of(unit.start, unit.end - 1)
    ref = _pattern_ref(kb, pattern, text, ctx)
    if pattern.kind in ("demonym", "ethnic", "name") and (ref is None or ref.type == "state"):
        from eventwire.actors.peoples import is_people_noun, people_mention

        if is_people_noun(sent, unit):
            return people_mention(sent, unit, kb, pattern, ref, ctx)
    if ref is None:
        return None
    kinds = {"capital": "metonym", "metonym": "metonym", "demonym": "demonym", "place": "place"}
    kind = kinds.get(pattern.kind, "name") if ref.type != "place" else "place"
    if pattern.kind == "capital" and is_locative(sent, span_head(sent, unit.start, unit.end)):
        kind, ref = "place", place_ref(kb, ref.country or "", text, ref.name) or ref  # "riots in Dili"
    if _is_modifier(sent, unit, kb, pattern, enclosing):
        if pattern.kind in ("capital", "place"):
            return _place_modifier(sent, unit, kb, ref)
        kind = "modifier"
    return make_mention(sent, unit.start, unit.end, kind, ref)


def _stance_word(sent: Sentence, unit: Unit) -> bool:
    """"anti-Syria", "pro-Russian", "US-led", "Iran-backed": a stance or a sponsor, not a participant."""
    toks = sent.tokens
    before = unit.start >= 2 and toks[unit.start - 1].text == "-" and toks[unit.start - 2].text.lower() in (
        "anti", "pro", "non")
    after = unit.end + 1 < len(toks) and toks[unit.end].text == "-" and toks[unit.end + 1].text.lower() in (
        "led", "backed", "based", "brokered", "sponsored", "held", "occupied", "controlled", "allied", "born")
    return before or after


def _place_modifier(sent: Sentence, unit: Unit, kb: KnowledgeBase, ref: ActorRef) -> Mention:
    """A city before a noun: "the Astana process" names an event, no actor; "Beirut airport" a place."""
    head = sent.tokens[span_head(sent, unit.start, unit.end)]
    governor = sent.tokens[head.head]
    if governor.lemma.lower() in EVENT_NOUNS or governor.text.lower() in EVENT_NOUNS:
        return make_mention(sent, unit.start, unit.end, "modifier", None, reason=NAMES_AN_EVENT)
    placed = place_ref(kb, ref.country or "", ref.text, ref.name) or ref
    return make_mention(sent, unit.start, unit.end, "modifier", placed)


def place_ref(kb: KnowledgeBase, country: str, text: str, name: str | None = None) -> ActorRef | None:
    """A place as an actor object: the country it is in, no sector, type "place"."""
    state = kb.state(country)
    if state is None:
        return None
    return ActorRef(text, name or state.name, state.country, None, state.code, None, "place")


def _place_reading(sent: Sentence, unit: Unit, kb: KnowledgeBase) -> bool:
    """A city or region pattern where the parser tagged a place (GPE, LOC, FAC), or a hand-edited region
    written as a proper noun the parser took for no person ("Crimea" tagged ORG)."""
    if "place" not in unit.kinds():
        return False
    tokens = sent.tokens[unit.start : unit.end]
    if any(t.ent_type in ("GPE", "LOC", "FAC", "NORP") for t in tokens):
        return True
    region = any(p.kind == "place" and kb.is_region(p.target) for p in unit.patterns)
    return region and all(t.pos == "PROPN" and t.ent_type != "PERSON" for t in tokens)


def _region_not_surname(unit: Unit, kb: KnowledgeBase, ctx: Context) -> bool:
    """A hand-edited place that is also a lone surname ("Goma": the DR Congo city, and a Congolese prime
    minister of 1991) is the place when no one of that name holds a role on the article's date, even
    where the parser tags it a person."""
    if unit.kinds() != {"surname", "place"} or not any(
            p.kind == "place" and kb.is_region(p.target) for p in unit.patterns):
        return False
    names = {p.target for p in unit.patterns if p.kind == "surname"}
    people = [a for a in (kb.get(t) for t in names) if a is not None]
    return not any(a.role_on(ctx.day) is not None for a in people)


def _person_target(unit: Unit, kb: KnowledgeBase) -> bool:
    return any(p.kind == "name" and (a := kb.get(p.target)) is not None and a.type == "person"
               for p in unit.patterns)


def _choose_pattern(sent: Sentence, unit: Unit, kb: KnowledgeBase, ctx: Context | None = None) -> Pattern:
    """Names before metonyms before demonyms, except "US strikes": a modifier reading prefers the demonym;
    a capital the sentence places elsewhere ("Tripoli ... the north Lebanese port") reads as the city."""
    head = sent.tokens[span_head(sent, unit.start, unit.end)]
    while head.dep == "conj" and head.head != head.i:
        head = sent.tokens[head.head]  # "Israeli and US strikes": US reads like Israeli
    order = ["name", "metonym", "capital", "demonym", "place", "ethnic"]
    if head.dep in MODIFIER_DEPS and head.head != head.i and sent.tokens[head.head].pos == "NOUN":
        order = ["demonym", "name", "metonym", "capital", "place", "ethnic"]
    if _place_reading(sent, unit, kb) and "surname" in unit.kinds():
        order = ["place", *order]
    if ctx is not None and prefers_place(kb, unit.patterns, ctx.hints):
        order = ["place", *order]
    return sorted(unit.patterns, key=lambda p: order.index(p.kind) if p.kind in order else 9)[0]


def _pattern_ref(kb: KnowledgeBase, pattern: Pattern, text: str,
                 ctx: Context | None = None) -> ActorRef | None:
    """The actor a pattern names on the article's date (states exist in time: `places`)."""
    day = ctx.day if ctx is not None else None
    if pattern.kind == "metonym":
        meto = kb.metonyms.get(pattern.target)
        if meto is None:
            return None
        country = kb.holder(meto.country, day)
        state = kb.state(country)
        name = state.name if state else meto.surface
        code = meto.code if country == meto.country else f"{state.code if state else country}{meto.sector}"
        return ActorRef(text, name, country, meto.sector, code, state.id if state else None, "state")
    if pattern.kind == "capital":
        actor = kb.get(pattern.target)
        if actor is not None and actor.country and not kb.existed(actor.country, day):
            return place_ref(kb, kb.holder(actor.country, day), text)  # Juba in 2000: a town of Sudan
        return state_ref(kb, pattern.target, text, "GOV")
    if pattern.kind == "place":
        found = place_country(kb, pattern.target, day, ctx.hints if ctx is not None else frozenset())
        return place_ref(kb, found[1], text, found[0]) if found else None
    actor = kb.get(pattern.target)
    if actor is not None and actor.type == "state" and actor.country:
        actor = kb.state(kb.named_state(actor.country, day)) or actor  # "Yugoslavia" in 1999
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
    if _stance_word(sent, unit):
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


def agent_mentions(sent: Sentence, kb: KnowledgeBase, ctx: Context, units: list[Unit],
                   taken: frozenset[int] = frozenset()) -> tuple[list[Mention], set[int]]:
    """Agent noun phrases with the country unit that modifies them; returns the units they absorb.
    Tokens in `taken` belong to another mention (a party's name: "the opposition X Party")."""
    out: list[Mention] = []
    used: set[int] = set()
    covered = {i for u in units if _blocks_agent(u, kb) for i in range(u.first, u.end)} | taken
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
        if _inner_agent(sent, kb, head, agent, units):
            continue  # "army" in "Panamanian army officers": the officers are the agent
        modifier = _agent_modifier(sent, head, units, kb)
        if modifier is not None and _named_facility(sent, min(first, modifier.start), head):
            start = min(first, modifier.start)
            out.append(make_mention(sent, start, head + 1, "name", None, reason=NAMED_FACILITY))
            used.add(id(modifier))
            covered.update(range(start, head + 1))
            continue
        mention = _agent_mention(sent, kb, ctx, agent, first, head, modifier)
        if mention is not None:
            out.append(mention)
            if modifier is not None:
                used.add(id(modifier))
            covered.update(range(mention.token_start, mention.token_end))
    return out, used


NAMED_FACILITY = "a named building or institution: the demonym in its name is no actor"
FACILITY_NOUNS = frozenset({
    "hospital", "clinic", "institute", "university", "school", "college", "academy", "mosque", "church",
    "cathedral", "synagogue", "temple", "museum", "hotel", "stadium", "library", "centre", "center",
})


def _named_facility(sent: Sentence, start: int, head: int) -> bool:
    """"the Saudi Maternity Hospital", "the American University": a proper name of a building or an
    institution, every word capitalised, with a demonym in it; not "a Saudi hospital"."""
    if sent.tokens[head].text.lower() not in FACILITY_NOUNS:
        return False
    words = [t for t in sent.tokens[start : head + 1] if t.text[:1].isalpha()]
    return all(t.text[:1].isupper() for t in words)


def _inner_agent(sent: Sentence, kb: KnowledgeBase, head: int, agent: Agent, units: list[Unit]) -> bool:
    """An agent noun compounded onto another agent noun of the same sector ("army officers"); a
    dictionary-only outer noun counts only with a country ("Panamanian army officers")."""
    tok = sent.tokens[head]
    if tok.dep != "compound" or tok.head == head:
        return False
    found = agent_at(sent, kb, tok.head)
    outer = kb.agent(found[1]) if found else None
    if found is None or outer is None or outer.sector != agent.sector:
        return False
    modifier = _agent_modifier(sent, tok.head, units, kb)
    return outer.curated or (modifier is not None and state_of(kb, modifier.patterns) is not None)


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
    units = [u for u in units if not is_person_unit(u, kb)]  # a person owns an agent: `owners`
    for unit in units:
        hyphenated = _hyphenated(sent, unit)
        within = unit.end <= head and all(i in inside for i in range(unit.start, unit.end))
        later = best is None or unit.start > best.start
        placed = best is None or unit.kinds() != {"ethnic"} or best.kinds() == {"ethnic"}
        if within and not hyphenated and unit.title_start is None and later and placed:
            best = unit  # the last country word, but "Turkish Kurd refugees" are Turkish
    if best is not None:
        return best
    first = head
    while first > 0 and sent.tokens[first - 1].dep == "compound" and sent.tokens[first - 1].head == head:
        first -= 1
    for unit in units:
        if unit.end == first and unit.title_start is None and unit.kinds() & {"demonym", "name", "place"} \
                and not _hyphenated(sent, unit):
            return unit  # "in Israeli police custody": the parser hung "Israeli" on "custody"
    posted = sent.tokens[head].lemma.lower() in POSTED_ABROAD
    for child in sent.children[head]:
        tok = sent.tokens[child]
        sited = tok.dep == "acl" and tok.lemma.lower() in SITED_VERBS  # "a group based in Trinidad"
        if posted and (sited or tok.text.lower() != "of"):
            continue  # "our ambassador in Moscow" is no Russian: a diplomat's post is abroad
        if tok.text.lower() in PLACE_PREPS or sited:  # "the army of Ukraine", "rebels in Darfur"
            below = set(sent.subtree(child))
            for unit in units:
                if unit.start > head and all(i in below for i in range(unit.start, unit.end)):
                    return unit
    return None


def _minority(sent: Sentence, kb: KnowledgeBase, ctx: Context, head: int, ref: ActorRef,
              text: str) -> ActorRef:
    """"the Albanian population ... in Montenegro": a minority is coded where it lives (`peoples`)."""
    from eventwire.actors.peoples import minority_home

    home = minority_home(sent, head, kb, ctx, ref.country or "")
    state = kb.state(home) if home else None
    return state_ref(kb, state.id, text) or ref if state else ref


def _hyphenated(sent: Sentence, unit: Unit) -> bool:
    """"Israeli-led", "anti-Syria": a country word hyphenated to another says nothing of the agent's;
    "a Greek-flagged tanker", "a UK-registered ship", "a Saudi-owned firm" name its flag or owner state."""
    after = unit.end < len(sent.tokens) and sent.tokens[unit.end].text == "-"
    second = sent.tokens[unit.end + 1].text.lower() if after and unit.end + 1 < len(sent.tokens) else ""
    if second in OWNER_PARTICIPLES:
        return False
    return after or (unit.start > 0 and sent.tokens[unit.start - 1].text == "-")


OWNER_PARTICIPLES = frozenset({"flagged", "registered", "owned", "operated"})
"""The second half of "Greek-flagged", "Panama-registered", "Saudi-owned": the country word names the
state the agent (a ship, a firm) belongs to."""


def _agent_mention(sent: Sentence, kb: KnowledgeBase, ctx: Context, agent: Agent, first: int, head: int,
                   modifier: Unit | None) -> Mention | None:
    start = min(first, modifier.start) if modifier else first
    deputy = _deputy(sent, first)  # "the Vice President" holds no president's office
    start = min(start, deputy) if deputy is not None else start
    end = max(head + 1, modifier.end) if modifier else head + 1
    text = sent.text_of(start, end - 1)
    country_ref = None
    if modifier is not None:
        place_first = prefers_place(kb, modifier.patterns, ctx.hints)
        pattern = sorted(modifier.patterns,
                         key=lambda p: (p.kind != "demonym", p.kind != "place" or not place_first))[0]
        country_ref = _pattern_ref(kb, pattern, text, ctx)
        if pattern.kind == "demonym" and sent.tokens[head].lemma.lower() in MINORITY_NOUNS and country_ref:
            country_ref = _minority(sent, kb, ctx, head, country_ref, text)
    if agent.phrase in ROLE_OFFICES and deputy is None and sent.tokens[head].tag not in ("NNS", "NNPS"):
        country = country_ref.country if country_ref else None
        person, reason = _role_holder(sent, kb, ctx, agent.phrase, country, first, head)
        if person is not None:
            ref = kb.actor_ref(person, text, ctx.day)
            return make_mention(sent, start, end, "role", ref, reason=reason)
    if country_ref is None and agent.sector == "GOV" and agent.phrase in GOVERNMENT_WORDS:
        country_ref = _leader_government(sent, kb, ctx, first)
    if country_ref is None:
        if not agent.curated or sent.tokens[head].ent_type in ("ORG", "PERSON", "GPE"):
            return None
        ref = ActorRef(text, None, None, agent.sector, agent.code, None, "agent")
        if agent.code.startswith(("NGO", "IGO")):  # "a human rights group": an unnamed NGO has no country
            return make_mention(sent, start, end, "agent", ref)
        return make_mention(sent, start, end, "agent", ref, reason=NO_COUNTRY)
    if country_ref.country and modifier is not None:
        settlers = settled(kb, sent.tokens[head].text, sent.text_of(modifier.start, modifier.end - 1),
                           country_ref.country, ctx.day)
        settling = kb.state(settlers) if settlers != country_ref.country else None
        if settling is not None:
            country_ref = state_ref(kb, settling.id, text) or country_ref
    if agent.code == "IGO":  # peacekeepers: an IGO's are the IGO, a state's its military
        return _peacekeepers(sent, start, end, text, country_ref)
    prefix = (country_ref.code or "")[:3] if country_ref.country else (country_ref.code or "")
    code = f"{prefix}{agent.code}"
    if not country_ref.country and prefix.startswith(("NGO", "IGO")):
        code = prefix  # "Red Cross officials" are the Red Cross, "UN envoys" the UN
    ref = ActorRef(text, country_ref.name, country_ref.country, agent.sector, code, None, "agent")
    return make_mention(sent, start, end, "agent", ref)


def _deputy(sent: Sentence, first: int) -> int | None:
    """The first token of "Vice"/"Deputy" written before an office ("the Vice-President"), if any."""
    j = first - 1
    if j > 0 and sent.tokens[j].text == "-":
        j -= 1
    return j if j >= 0 and sent.tokens[j].text.lower() in DEPUTY_WORDS else None


def _role_holder(sent: Sentence, kb: KnowledgeBase, ctx: Context, phrase: str, country: str | None,
                 first: int, head: int) -> tuple[Actor | None, str | None]:
    """Who a role description names: an official publisher's own office when the text gives no country
    ("the Prime Minister" in a Downing Street readout is the UK's, even after "Prime Minister Kishida");
    else the holder the article or the country names; else the home country's holder."""
    own = ctx.office
    vocative = first > 0 and sent.tokens[first - 1].text.lower().rstrip(".") in VOCATIVES
    if country is None and own is not None and not vocative and ROLE_OFFICES[phrase][0][0] == own.office:
        person = role_person(kb, ctx, sent, phrase, own.country, head)
        if person is not None:
            return person, f"the publisher's own office ({own.name})"
    person = role_person(kb, ctx, sent, phrase, country, head)
    if person is None and country is None and ctx.home[0]:
        person = role_person(kb, ctx, sent, phrase, ctx.home[0], head)
        return person, f"the article's home country ({ctx.home[1]})"
    return person, None


def _peacekeepers(sent: Sentence, start: int, end: int, text: str, country_ref: ActorRef) -> Mention:
    if country_ref.country:
        code = f"{(country_ref.code or country_ref.country)[:3]}MIL"
        ref = ActorRef(text, country_ref.name, country_ref.country, "MIL", code, None, "agent")
    else:
        ref = ActorRef(text, country_ref.name, None, "MIL", country_ref.code or "IGO", None, "agent")
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
        end = entity_end(sent, ent.start, ent.end)
        if ent.label not in NER_ACTOR_LABELS or any(i in taken for i in range(ent.start, end)):
            continue
        start = ent.start + (1 if sent.tokens[ent.start].text.lower() == "the" else 0)
        if start >= end:
            continue
        kind = "demonym" if ent.label == "NORP" else "name"
        mention = make_mention(sent, start, end, kind, None, reason="not in knowledge base")
        person = entity_person(sent, start, end, kb, ctx) if ent.label == "PERSON" else None
        near = ent.label in ("GPE", "NORP", "ORG")
        misspelt = kb.near_state(sent.text_of(start, end - 1)) if near else None
        if misspelt is not None:  # "Quatar", "Ethopia": a state's name one or two letters off
            text = sent.text_of(start, end - 1)
            mention = make_mention(sent, start, end, kind, kb.actor_ref(misspelt, text, None),
                                   reason=f"spelling close to {misspelt.name}")
        elif person is not None:
            mention = person
        elif ent.label == "PERSON":
            mention, absorbed = titled_person(sent, mention, out)
            if absorbed is not None:
                out.remove(absorbed)
        ctx.add(sent, mention)
        out.append(mention)
    return out


def titled_person(sent: Sentence, mention: Mention, found: list[Mention]) -> tuple[Mention, Mention | None]:
    """"British Defence Secretary Tom King": code an unknown person from the title's country and sector."""
    pos, country = mention.token_start, None
    words: list[str] = []
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
    sector = None if set(words) & FORMER_WORDS else title_sector(set(words))
    if country is None or country.actor is None:
        text = sent.text_of(pos, mention.token_end - 1)
        ref = ActorRef(text, mention.text, None, sector, sector, None, "person")
        return make_mention(sent, pos, mention.token_end, "name", ref, reason=NO_COUNTRY), None
    actor = country.actor
    text = sent.text_of(pos, mention.token_end - 1)
    ref = ActorRef(text, mention.text, actor.country, sector, f"{actor.code}{sector or ''}", None, "person")
    if actor.type == "igo":  # "U.N. Secretary-General Kofi Annan": the IGO's code
        ref = ActorRef(text, mention.text, None, "IGO", actor.code, None, "person")
    new = make_mention(sent, pos, mention.token_end, "name", ref,
                       reason="person not in knowledge base; coded from the title")
    return new, country
