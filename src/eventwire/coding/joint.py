"""Acts of several sides: reciprocal acts (each side does them to the other), co-doers, go-betweens.

"Indian and Pakistani soldiers traded fire", "A traded accusations with B", "A and B agreed to swap
prisoners": a verb of lexicon class `reciprocal_act` (itself, or the infinitive its verb controls) says
that its sides act on each other, whatever its code's `mutual` role in code_roles.tsv. Co-subjects with no
target of their own are each other's target; a `with` partner is the other side of every doer. Either way
the events are symmetric, since neither side alone did the act. "An accord brokered by X" (lexicon
`broker_verb`, whose value is the code) names X as the mediator between the parties that reached it.
Co-doers named beside the subject ("X, along with Y, vetoed ...", "together with Y, X mediated ...",
"X joined Y in launching strikes": lexicon `co_doer`) do the act as the subject does.
"""

from __future__ import annotations

from eventwire.coding.candidate import Candidate, SentenceState
from eventwire.coding.clauses import (
    agents,
    is_passive,
    kids,
    modality,
    object_heads,
    own_subjects,
    preps_of,
    subjects,
)
from eventwire.coding.roles import Slot, resolved, same_actor, unique, weak

RECIPROCAL_VIA = "reciprocal"
"""The `via` of a partner slot a reciprocal act found: its events with that partner are symmetric."""


def reciprocal_verb(st: SentenceState, v: int) -> int | None:
    """`v` or the infinitive it controls ("agreed to exchange prisoners"), if of class `reciprocal_act`,
    or a light verb whose object is ("held a prisoner swap")."""
    sent = st.sent
    for j in [v, *kids(sent, v, ("xcomp",))]:
        if sent.tokens[j].pos == "VERB" and st.in_class(j, "reciprocal_act") is not None:
            return j
    light = st.in_class(v, "light_verb") == ""
    objects = object_heads(sent, v, is_passive(sent, v)) if light else []
    return v if any(st.in_class(o, "reciprocal_act") is not None for o in objects) else None


def with_partners(st: SentenceState, v: int, sources: list[Slot]) -> list[Slot]:
    """The actors of the `with` phrases of `v` and of its objects ("exchanged fire with X"), not a doer."""
    sent = st.sent
    heads = [v, *object_heads(sent, v, is_passive(sent, v))]
    found = [s.with_via(RECIPROCAL_VIA) for h in heads for p, o in preps_of(sent, h) if p == "with"
             for s in st.roles.actors(o, "prep:with") if resolved(s.actor)]
    return [s for s in unique(found) if not any(same_actor(s.actor, x.actor) for x in sources)]


def reciprocal_sides(st: SentenceState, v: int, sources: list[Slot], targets: list[Slot]
                     ) -> tuple[list[Slot], bool]:
    """(targets, joint) of a reciprocal act whose clause names no fuller target: the `with` partners, or
    none with `joint` set when two or more doers act on each other. Other acts keep their targets."""
    act = reciprocal_verb(st, v)
    if act is None:
        return targets, False
    return sides(st, act, sources, targets)


def noun_sides(st: SentenceState, n: int, verb: int | None, sources: list[Slot], targets: list[Slot]
               ) -> tuple[list[Slot], bool]:
    """`reciprocal_sides` for an event noun of class `reciprocal_act` ("X and Y carried out a prisoner
    exchange", "X held a prisoner swap with Y"): the `with` partners of its light verb or of itself."""
    if st.in_class(n, "reciprocal_act") is None:
        return targets, False
    return sides(st, n if verb is None else verb, sources, targets)


def sides(st: SentenceState, act: int, sources: list[Slot], targets: list[Slot]) -> tuple[list[Slot], bool]:
    """(targets, joint) of reciprocal act `act`: its `with` partners when they are all the targets the
    clause names (besides mere kinds of groups), else its co-subjects with each other. A word of class
    value `subjects` is reciprocal between co-subjects only ("X and Y clashed"; "protesters clashed with
    police" is the protesters' act)."""
    own = next((v for j in [act, *object_heads(st.sent, act, is_passive(st.sent, act))]
                if (v := st.in_class(j, "reciprocal_act")) is not None), "")
    partners = [] if own == "subjects" else with_partners(st, act, sources)
    keys = {p.key for p in partners}
    if not all(weak(t.actor) or t.key in keys for t in targets):
        return targets, False
    if partners:
        return partners, False
    if len(sources) >= 2:
        return [], True
    return targets, False


def broker_candidate(st: SentenceState, v: int) -> Candidate | None:
    """"Sudan and South Sudan agreed to a truce mediated by Kenya": the `by` agent of a
    participle of class `broker_verb` mediated (the class value) between the doers of the act the accord
    belongs to; the mediation is dated by that act's clause."""
    sent = st.sent
    tok = sent.tokens[v]
    code = st.in_class(v, "broker_verb")
    if tok.dep != "acl" or tok.tag != "VBN" or not code or tok.head == v:
        return None
    act = accord_act(st, tok.head)
    brokers = [s for a in agents(sent, v) for s in st.roles.actors(a, "agent") if resolved(s.actor)]
    if act is None or not brokers:
        return None
    parties = [s for t in subjects(sent, act) for s in st.roles.actors(t, "partner") if resolved(s.actor)
               and not any(same_actor(s.actor, b.actor) for b in brokers)]
    if not parties:
        return None
    return Candidate(sent=sent, trigger=v, code=code, rule=f"broker:{st.lemma(v)}/{code}",
                     sources=unique(brokers), targets=unique(parties),
                     modality=modality(sent, act, st.tables.words("modal")), clause_head=act)


def accord_act(st: SentenceState, n: int) -> int | None:
    """The verb whose object, or prepositional object, the accord noun `n` is ("agreed to [a truce]",
    "restored ties in [a deal]")."""
    sent = st.sent
    j = n
    for _ in range(2):
        tok = sent.tokens[j]
        if tok.head == j:
            return None
        head = sent.tokens[tok.head]
        if tok.dep in {"dobj", "pobj"} and head.pos == "VERB":
            return tok.head
        if tok.dep != "pobj" or head.dep != "prep":
            return None
        j = head.head
        if sent.tokens[j].pos == "VERB":
            return j
    return None


def co_doers(st: SentenceState, v: int, sources: list[Slot]) -> list[Slot]:
    """The actors named beside the doers of `v`, who do the act with them: the object of a `with` marked
    by a word of lexicon class `co_doer` ("together with Y", "along with Y"), or of a `co_doer`
    preposition ("alongside Y"), on the verb or its subject; and the object of a `co_doer` verb whose
    preposition (the class value) holds `v` ("X joined Y in launching strikes")."""
    sent = st.sent
    cues = st.tables.words("co_doer")
    heads = [v, *own_subjects(sent, v)]
    found: list[int] = []
    for h in heads:
        for p in kids(sent, h, ("prep",)):
            word = sent.tokens[p].text.lower()
            marked = word == "with" and any(sent.tokens[c].text.lower() in cues
                                            for c in kids(sent, p, ("advmod",)))  # "together with"
            if marked or cues.get(word) == "":
                found += kids(sent, p, ("pobj",))
            elif cues.get(word) == "with":  # "along with": the cue governs the `with`
                found += [o for q in kids(sent, p, ("prep",)) if sent.tokens[q].text.lower() == "with"
                          for o in kids(sent, q, ("pobj",))]
    tok = sent.tokens[v]
    prep = sent.tokens[tok.head]
    joined = tok.dep == "pcomp" and tok.tag == "VBG" and prep.head != tok.head
    if joined and st.in_class(prep.head, "co_doer") == prep.text.lower():
        found += kids(sent, prep.head, ("dobj",))
    slots = [s for o in found for s in st.roles.actors(o, "subj") if resolved(s.actor)]
    return [s for s in unique(slots) if not any(same_actor(s.actor, x.actor) for x in sources)]
