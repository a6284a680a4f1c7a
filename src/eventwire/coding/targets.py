"""Whom it was done to: the target of a verb, best evidence first, and the initiator of a joint act.

In order: the pattern's own slot ("talks with X"), a recipient, a direct object that names an actor
(not for topic verbs: "discussed Syria"), the code's prepositions (`code_roles.tsv`), then the same
prepositions one phrase down ("called for sanctions against X", "part of a program for X"). A place
after a locative preposition is no target when it names no actor; an act of purpose without a target is
aimed where its head verb went; co-subjects whose object is their relation ("their ties") act jointly.
"""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.coding.candidate import SentenceState
from eventwire.coding.clauses import agents, is_passive, kids, object_heads, own_subjects, preps_of
from eventwire.coding.patterns import Match
from eventwire.coding.roles import Slot, resolved, same_actor, unique, weak
from eventwire.records import Sentence

DIRECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "dative", "oprd", "conj", "pobj"})


def target_slots(st: SentenceState, v: int, code: str, match: Match | None, objs: list[int],
                 sources: list[Slot] | None = None) -> list[Slot]:
    """The target of `v`: the pattern's slot, a recipient, a non-topic object, then the code's prepositions.

    A target that names only a kind of group ("its troops") gives way to a later, fuller one
    ("withdraw its troops from Lebanon").
    """
    weak_found: list[Slot] = []
    for group in target_groups(st, v, code, match, objs):
        found = [t for t in group if not any(same_actor(t.actor, s.actor) for s in sources or ())
                 and (resolved(t.actor) or t.via not in LOCATIVE)]
        if found and not all(weak(s.actor) for s in found):
            return unique(found)
        weak_found = weak_found or found
    return unique(weak_found)


LOCATIVE = frozenset({"prep:in", "prep:at", "prep:near", "prep:outside", "prep:inside", "prep:into",
                      "prep:along", "prep:throughout"})
"""Where an unplaced name after these prepositions is a place ("demonstrated in Kirkuk"), not a target."""


def target_groups(st: SentenceState, v: int, code: str, match: Match | None, objs: list[int]
                  ) -> Iterator[list[Slot]]:
    """Candidate targets of `v`, best first."""
    sent = st.sent
    topic = st.in_class(v, "topic_verb") is not None
    inner = [x for x in kids(sent, v, ("xcomp",)) if sent.tokens[x].pos == "VERB"]
    inner_objs = [o for x in inner for o in object_heads(sent, x, is_passive(sent, x))]
    preps = [po for h in [v, *objs, *inner, *inner_objs] for po in preps_of(sent, h)]
    if match is not None and match.target.startswith("prep:"):
        yield [s for p, o in preps if p == match.target[5:] for s in st.roles.actors(o, f"prep:{p}")]
    for c in kids(sent, v, ("dative",)):
        if sent.tokens[c].pos in {"NOUN", "PROPN", "PRON"}:
            yield st.roles.actors(c, "dative")
    own_objects = "-obj" in st.tables.role(code).target_preps
    if (not topic and not own_objects) or (match is not None and match.target == "obj"):
        direct = [o for o in objs if sent.tokens[o].dep in DIRECT_DEPS]
        yield [s for o in direct for s in st.roles.actors(o, "obj", conj=False)]
    for prep in st.tables.role(code).target_preps:
        yield [s for p, o in preps if p == prep for s in st.roles.actors(o, f"prep:{p}")]
    deep = nested_preps(sent, [o for _, o in preps] + [core_of(sent, o) for o in objs])
    for prep in st.tables.role(code).target_preps:
        yield [s for p, o in deep if p == prep for s in st.roles.actors(o, f"deep:{p}") if resolved(s.actor)]


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
    aimed where its head verb went."""
    sent = st.sent
    tok = sent.tokens[v]
    purpose = tok.dep == "advcl" and any(
        sent.tokens[c].text.lower() == "to" for c in kids(sent, v, ("aux",)))
    if not purpose or tok.head == v:
        return []
    found: list[Slot] = []
    heads = [tok.head, *object_heads(sent, tok.head, is_passive(sent, tok.head))]
    for prep in DESTINATION_PREPS:
        found += [s for h in heads for p, o in preps_of(sent, h) if p == prep
                  for s in st.roles.actors(o, f"prep:{p}") if resolved(s.actor)]
        found += [s for p, o in nested_preps(sent, [o for h in heads for p2, o in preps_of(sent, h)
                                                     if p2 == prep]) if p == "in"
                  for s in st.roles.actors(o, "deep:in") if resolved(s.actor) and not weak(s.actor)]
    return [s for s in unique(found) if not any(same_actor(s.actor, x.actor) for x in sources)]


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
    """The initiator named by "at the request/initiative of X", "at X's invitation", "initiated by X"."""
    sent = st.sent
    cues = st.tables.words("initiator")
    for p, o in preps_of(sent, v):
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
            found = [s for a in agents(sent, c) for s in st.roles.actors(a, "initiator")]
            if found:
                return [s.with_via("initiator") for s in found]
    return []


def content_subjects(st: SentenceState, v: int, sources: list[Slot]) -> list[Slot]:
    """Who an appeal, demand or accusation is about: the subject of its that-clause or infinitive."""
    keys = {s.key for s in sources}
    out: list[Slot] = []
    for c in kids(st.sent, v, ("ccomp", "xcomp")):
        for t in own_subjects(st.sent, c):
            out.extend(s for s in st.roles.actors(t, "content") if s.key not in keys)
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
