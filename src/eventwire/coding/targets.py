"""Whom it was done to: the target of a verb, best evidence first, and the initiator of a joint act.

In order: the pattern's own slot ("talks with X"), a recipient, a direct object that names an actor
(not for topic verbs: "discussed Syria"), the code's prepositions (`code_roles.tsv`), then the same
prepositions one phrase down ("called for sanctions against X", "part of a program for X"). A place
after a locative preposition is no target when it names no actor; an act of purpose without a target is
aimed where its head verb went; co-subjects whose object is their relation ("their ties") act jointly.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.coding.candidate import SentenceState, noun_code
from eventwire.coding.clauses import (
    RELATIVE_PRONOUNS,
    agents,
    clause_tokens,
    is_passive,
    kids,
    object_content,
    object_heads,
    own_subjects,
    preps_of,
    small_clauses,
    verb_frame,
    verb_preps,
)
from eventwire.coding.patterns import Match, match_verb
from eventwire.coding.roles import Slot, most_specific, own_state, resolved, same_actor, unique, weak
from eventwire.coding.sources import PRONOUN_TYPES, reporting_verb_above, source_slots
from eventwire.records import ActorRef, Sentence

DIRECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "dative", "oprd", "conj", "pobj"})


def target_slots(st: SentenceState, v: int, code: str, match: Match | None, objs: list[int],
                 sources: list[Slot] | None = None) -> list[Slot]:
    """The target of `v`: the pattern's slot, a recipient, a non-topic object, then the code's prepositions.

    A target that names only a kind of group ("its troops") gives way to a later, fuller one
    ("withdraw its troops from Lebanon").
    """
    weak_found: list[Slot] = []
    for group in target_groups(st, v, code, match, objs):
        found = [t for t in group if not any(own_state(t.actor, s.actor) for s in sources or ())
                 and (resolved(t.actor) or t.via in UNPLACED_TARGETS) and not stateless_weapon(st, t)]
        if found and not all(weak(s.actor) for s in found):
            return most_specific(unique(found))
        weak_found = weak_found or found
    return unique(weak_found)


def stateless_weapon(st: SentenceState, t: Slot) -> bool:
    """"Russia launched 40 drones": a weapon (lexicon `instrument_noun`) no country owns is what was used,
    not whom it was used on ("shot down Russian drones" still aims at Russia)."""
    return t.actor.country is None and st.in_class(t.token, "instrument_noun") is not None


UNPLACED_TARGETS = frozenset({"obj", "dative", "prep:against", "between", "members"})
"""Where a name the knowledge base could not place may still be a target ("attacked the Hamas fighters",
"fought against the Lord's Resistance Army"); after other prepositions it is mostly a place or a topic
("welcome to Glasgow", "commitment to Net Zero", "satisfaction with the Conference of the Parties")."""

LOCATIVE = frozenset({"prep:in", "prep:at", "prep:near", "prep:outside", "prep:inside", "prep:into",
                      "prep:along", "prep:throughout"})
"""Where an unplaced name after these prepositions is a place ("demonstrated in Kirkuk"), not a target."""


JUDGING_ROOTS = frozenset({"01", "05", "11", "12"})
"""Statements, approval, disapproval and rejection: when their object is an act ("condemned the attack
on its embassy", "praised Saudi Arabia's decision"), they judge whoever did it."""


def judged_acts(st: SentenceState, v: int, code: str, objs: list[int]) -> list[int]:
    """The direct objects of a verb of judgement (`JUDGING_ROOTS`) that are acts: event nouns
    (noun_patterns.tsv) of another root, act nouns (lexicon `act_noun`: "decision", "policy") and what
    was said or proposed (`speech_noun`, `proposal_head`); also such acts after a preposition that names
    what the judgement is about (lexicon `judged_prep`: "lodged a protest over the remarks by X")."""
    if code[:2] not in JUDGING_ROOTS:
        return []
    sent = st.sent
    direct = [o for o in objs if sent.tokens[o].dep in {"dobj", "obj"}]
    about = st.tables.words("judged_prep")
    heads = [v, *direct]
    topics = [o for h in heads for p, o in preps_of(sent, h) if p in about]
    return [o for o in direct + topics if sent.tokens[o].pos == "NOUN" and judged_act(st, o, code)]


def judged_act(st: SentenceState, o: int, code: str) -> bool:
    """Is object `o` an act being judged, not the event's own noun ("reiterated its support for Syria",
    where "support" is the act and Syria its target)?"""
    own = noun_code(st, o)
    if own is not None:
        return own[:2] != code[:2]
    return st.in_class(o, "act_noun") is not None or authored(st, o)


def authored(st: SentenceState, n: int) -> bool:
    """Is `n` a noun of what someone said or proposed ("remarks", "demands"): its `of` object is the
    author ("the demands of the IAEA"), not the victim as with an act of force ("the shelling of X")?"""
    return st.in_class(n, "speech_noun") is not None or st.in_class(n, "proposal_head") is not None


def act_doers(st: SentenceState, n: int, v: int | None = None) -> list[Slot]:
    """Who did the act of noun `n`: its possessor, demonyms and compound names (not a place: "the Kyiv
    attack"), its `by` agent (also of a participle: "drills conducted by X"), the parties of a joint act
    (`between`), for an act noun ("the action of the military") its `of` object, for what was said or
    proposed its `of` or `from` author ("the demands of X", "an offer from X"); and the `by` phrase of
    the judging verb `v`, where the parser often hangs it ("condemned the attack yesterday by X")."""
    sent = st.sent
    found = [s for s in st.roles.modifier_actors(n, compounds=True) if s.actor.type != "place"]
    author = authored(st, n)
    preps = ["by", "between", "among"] + ([] if noun_code(st, n) is not None and not author else ["of"])
    preps += ["from"] if author else []  # "an offer from X"
    pairs = preps_of(sent, n) + [("by", a) for c in kids(sent, n, ("acl",)) for a in agents(sent, c)]
    if v is not None and not is_passive(sent, v):
        pairs += [(p, o) for p, o in preps_of(sent, v) if p == "by"]
    found += [s for p, o in pairs if p in preps for s in st.roles.actors(o, "blamed")]
    return [s for s in unique(found) if resolved(s.actor)]


def target_groups(st: SentenceState, v: int, code: str, match: Match | None, objs: list[int]
                  ) -> Iterator[list[Slot]]:
    """Candidate targets of `v`, best first. The target of a judgement of an act is whoever did it, never
    its victim: "condemned Russia's attack on Kyiv" (Russia), "condemned the attack on its embassy"
    (no one)."""
    sent = st.sent
    acts = judged_acts(st, v, code, objs)
    if acts:  # the act's own phrases name its victims, wherever the parser hung them
        yield [s for n in acts for s in act_doers(st, n, v)]
        objs = [o for o in objs if o not in acts]
    topic = st.in_class(v, "topic_verb") is not None
    inner = [x for x in kids(sent, v, ("xcomp",)) if sent.tokens[x].pos == "VERB"]
    inner_objs = [o for x in inner for o in object_heads(sent, x, is_passive(sent, x))]
    own = [] if acts else verb_preps(sent, v)
    near = own + [po for h in objs if sent.tokens[h].head == v for po in preps_of(sent, h)]
    preps = near + [po for h in [*inner, *inner_objs] for po in preps_of(sent, h)]
    if match is not None and match.target.startswith("prep:"):
        # the pattern's preposition is the verb's own ("called on Israel"), one its complement governs
        # only when the verb has none ("to halt its strikes on Gaza" names no second addressee)
        yield [s for p, o in near if p == match.target[5:] for s in st.roles.actors(o, f"prep:{p}")]
        yield [s for p, o in preps if p == match.target[5:] for s in st.roles.actors(o, f"prep:{p}")]
    for c in kids(sent, v, ("dative",)):
        if sent.tokens[c].pos in {"NOUN", "PROPN", "PRON"}:
            yield st.roles.actors(c, "dative")
    own_objects = "-obj" in st.tables.role(code).target_preps
    if (not topic and not own_objects) or (match is not None and match.target == "obj"):
        small = {subj for _, subj in small_clauses(sent, v)}  # "found the reporter guilty"
        direct = [o for o in objs if sent.tokens[o].dep in DIRECT_DEPS or o in small]
        yield speakers_possession(st, v, code, direct)
        yield [s for o in direct for s in st.roles.actors(o, "obj", conj=False)]
        # "welcomed the steps Russia has taken": the doer of the object's relative clause
        yield [s for o in direct for r in kids(sent, o, ("relcl",)) for t in own_subjects(sent, r)
               if sent.tokens[t].text.lower() not in RELATIVE_PRONOUNS
               for s in st.roles.actors(t, "obj") if resolved(s.actor)]
    for prep in st.tables.role(code).target_preps:  # the verb's own phrases before its complement's
        yield [s for p, o in near if p == prep for s in st.roles.actors(o, f"prep:{p}")]
        yield [s for p, o in preps if p == prep for s in st.roles.actors(o, f"prep:{p}")]
    deep = nested_preps(sent, [o for _, o in preps] + [core_of(sent, o) for o in objs])
    for prep in st.tables.role(code).target_preps:
        yield [s for p, o in deep if p == prep for s in st.roles.actors(o, f"deep:{p}") if resolved(s.actor)]


POSSESSIVE_PRONOUNS = {"its": "it", "their": "they"}


def speakers_possession(st: SentenceState, v: int, code: str, direct: list[int]) -> list[Slot]:
    """"Iran said Israel attacked its consulate": in reported speech, the possessive pronoun of the object
    of a hostile act (quad class 3-4; not "its own") is the speaker's, when the speaker is of a kind the
    pronoun fits: no one reports a state's attack on its own consulate that way."""
    sent = st.sent
    if st.tables.info(code).quad_class < 3:
        return []
    verb = reporting_verb_above(st, v)
    if verb is None:
        return []
    for o in direct:
        poss = [c for c in kids(sent, o, ("poss",)) if sent.tokens[c].text.lower() in POSSESSIVE_PRONOUNS]
        if not poss or any(sent.tokens[c].text.lower() == "own" for c in kids(sent, o, ("amod",))):
            continue
        kinds = PRONOUN_TYPES[POSSESSIVE_PRONOUNS[sent.tokens[poss[0]].text.lower()]]
        speakers = source_slots(st, verb)
        if speakers and all(s.actor.type in kinds or s.actor.type is None for s in speakers):
            return [s.with_via("possessor") for s in speakers]
    return []


PARTITIVES = frozenset({"part", "some", "most", "all", "much", "many", "portion", "share", "half", "rest",
                        "bulk", "number", "dozens", "hundreds", "thousands", "one", "two", "three"})


def core_of(sent: Sentence, o: int) -> int:
    """The noun a partitive stands for: "part of a military aid program" -> program."""
    tok = sent.tokens[o]
    if tok.lemma.lower() in PARTITIVES or tok.text.lower() in PARTITIVES:
        for p, po in preps_of(sent, o):
            if p == "of":
                return po
    return o


def nested_preps(sent: Sentence, heads: list[int]) -> list[tuple[str, int]]:
    """Prepositional phrases one level down: "called for sanctions [against Nigeria]", "mobilized
    reservists for a war [against Iraq]", "suspended part of a program [for Bosnia]"."""
    out = []
    for h in heads:
        out += preps_of(sent, h)
        for p, o in preps_of(sent, h):
            if p == "of":
                out += preps_of(sent, o)
    return out


def reflexive(st: SentenceState, v: int, objs: list[int], sources: list[Slot]) -> bool:
    """"Russia praised Russia": the only object is the doer itself (a self-loop, no event)."""
    direct = [o for o in objs if st.sent.tokens[o].dep in {"dobj", "obj", "dative"}]
    found = [s for o in direct if st.roles.mentions.get(o) is not None
             for s in st.roles.actors(o, "obj", conj=False, fallback=())]
    return bool(found) and all(any(same_actor(t.actor, s.actor) for s in sources) for t in found)


DESTINATION_PREPS = ("to", "into")


def purpose_destination(st: SentenceState, v: int, sources: list[Slot]) -> list[Slot]:
    """"X sent personnel to Bosnia to investigate ...": an act of purpose without a target of its own is
    aimed where its head verb went; after a contact ("spoke with X to offer support", "called X to offer
    condolences"), at the partner."""
    sent = st.sent
    tok = sent.tokens[v]
    purpose = tok.dep in {"advcl", "xcomp"} and any(
        sent.tokens[c].text.lower() == "to" for c in kids(sent, v, ("aux",)))
    if not purpose or tok.head == v:
        return []
    found: list[Slot] = []
    heads = [tok.head, *object_heads(sent, tok.head, is_passive(sent, tok.head))]
    if contact_verb(st, tok.head):
        partners = kids(sent, tok.head, ("dobj", "dative")) + [o for p, o in preps_of(sent, tok.head)
                                                              if p == "with"]
        found += [s for o in partners for s in st.roles.actors(o, "partner") if resolved(s.actor)]
    for prep in DESTINATION_PREPS:
        found += [s for h in heads for p, o in preps_of(sent, h) if p == prep
                  for s in st.roles.actors(o, f"prep:{p}") if resolved(s.actor)]
        found += [s for p, o in nested_preps(sent, [o for h in heads for p2, o in preps_of(sent, h)
                                                     if p2 == prep]) if p == "in"
                  for s in st.roles.actors(o, "deep:in") if resolved(s.actor) and not weak(s.actor)]
    return [s for s in unique(found) if not any(same_actor(s.actor, x.actor) for x in sources)]


def place_of_suffering(st: SentenceState, v: int, sources: list[Slot]) -> list[Slot]:
    """"expressed condolences to the families of those killed in the attack in St Petersburg", "offered
    his condolences over the tragic events in London": sympathy (code_roles `place`) with no one named is
    addressed to the country where the tragedy happened (the first state or place named below the verb)."""
    sent = st.sent
    below = [t for c in sent.children[v] if sent.tokens[c].dep not in SUBJECT_LIKE for t in sent.subtree(c)]
    for t in below:
        mention = st.roles.mentions.get(t)
        if mention is None or mention.actor is None:
            continue
        actor = mention.actor
        if not actor.country or actor.type not in {"state", "place", None}:
            continue
        if any(actor.country == s.actor.country for s in sources):
            continue
        country = ActorRef(text=mention.text, name=actor.name, country=actor.country, sector=None,
                           code=actor.country, kb_id=None, type="state")
        return [Slot(country, (mention.start, mention.end), t, "place")]
    return []


SUBJECT_LIKE = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "expl"})


def contact_verb(st: SentenceState, v: int) -> bool:
    """Does verb `v` tell a contact (CAMEO 04: "spoke with", "called", "met")?"""
    frame, _ = verb_frame(st.sent, v)
    match = match_verb(st.tables.patterns, st.lemma(v), frame)
    return match is not None and match.code.startswith("04")


RECIPROCALS = frozenset({"mutual", "bilateral", "reciprocal"})


def reciprocal(st: SentenceState, v: int, objs: list[int]) -> bool:
    """"X and Y upgraded their ties", "... bilateral relations", "... each other": co-subjects act jointly.
    "their" counts only before a noun of relation (lexicon `relation_noun`): "their troops" is no tie."""
    sent = st.sent
    relations = st.tables.words("relation_noun")
    for o in objs:
        if sent.tokens[o].text.lower() in {"other", "another"}:
            return True
        mods = {sent.tokens[c].text.lower() for c in kids(sent, o, ("poss", "amod", "det"))}
        if mods & RECIPROCALS or ("their" in mods and sent.tokens[o].lemma.lower() in relations):
            return True
    return any(sent.tokens[o].text.lower() in {"other", "another"} for _, o in preps_of(sent, v))


def initiator_slots(st: SentenceState, v: int) -> list[Slot]:
    """The initiator named by "at the request/initiative of X", "at X's invitation" (anywhere in the
    clause of `v`: the parser often hangs it on the object or the partner), "initiated by X"."""
    sent = st.sent
    cues = st.tables.words("initiator")
    clause = sorted(clause_tokens(sent, v))
    for p, o in [po for h in clause for po in preps_of(sent, h)]:
        if p != "at" or sent.tokens[o].lemma.lower() not in cues:
            continue
        found = st.roles.modifier_actors(o, compounds=True)
        for pp, oo in preps_of(sent, o):
            if pp == "of":
                found += st.roles.actors(oo, "initiator")
        if found:
            return [s.with_via("initiator") for s in unique(found)]
    verbs = st.tables.words("initiator_verb")
    for c in kids(sent, v, ("acl", "advcl", "relcl")):
        if sent.tokens[c].lemma.lower() in verbs:
            found = [s for a in agents(sent, c) for s in st.roles.actors(a, "initiator", conj=False)]
            if found:
                return [s.with_via("initiator") for s in found]
    return []


def with_initiator(initiator: list[Slot], sources: list[Slot], targets: list[Slot]
                   ) -> tuple[list[Slot], list[Slot], bool]:
    """(sources, targets, initiated): the party of a joint act that took the initiative ("at the
    initiative of the Japanese side": Abe, of Japan) becomes its source, the other parties its targets."""
    if not initiator:
        return sources, targets, False
    parties = unique(sources + targets)
    countries = {i.actor.country for i in initiator if i.actor.country}
    named = [p for p in parties if p.actor.country in countries]  # "the Japanese side" is Abe
    initiator = named or initiator
    others = [s for s in parties if s.actor.country not in countries
              and not any(same_actor(s.actor, i.actor) for i in initiator)]
    return (initiator, others, True) if others else (sources, targets, False)


def content_subjects(st: SentenceState, v: int, sources: list[Slot]) -> list[Slot]:
    """Who an appeal, demand or accusation is about: the subject of its that-clause or infinitive, or of
    the clause of its object ("expressed the hope that Russia will raise its target", "emphasized the need
    for Iran to return to talks": `clauses.object_content`)."""
    sent = st.sent
    keys = {s.key for s in sources}
    out: list[Slot] = []
    for c in kids(sent, v, ("ccomp", "xcomp")) + object_content(sent, v):
        for t in own_subjects(sent, c):
            out.extend(s for s in st.roles.actors(t, "content") if s.key not in keys
                       and not any(own_state(s.actor, k.actor) for k in sources))
    return unique(out)


def condition_subjects(st: SentenceState, v: int, sources: list[Slot]) -> list[Slot]:
    """"X threatened to strike unless Y withdraws": a threat's target is whoever must meet the condition."""
    sent = st.sent
    keys = {s.key for s in sources}
    heads = [v, *kids(sent, v, ("xcomp",))]
    out: list[Slot] = []
    for h in heads:
        for a in kids(sent, h, ("advcl",)):
            if {sent.tokens[m].text.lower() for m in kids(sent, a, ("mark",))} & {"unless", "if"}:
                out += [s for t in own_subjects(sent, a) for s in st.roles.actors(t, "condition")
                        if s.key not in keys]
    return unique(out)
