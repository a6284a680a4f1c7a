"""Nominal events: "the phone conversation between X and Y", "Israeli and US strikes on Iran".

An event noun codes an event when its own phrase names a doer: a possessor ("their talks"), demonyms
or compound names ("Israeli and US strikes"), a `by` phrase, the parties of `between`, or for a joint
act two or more parties of `of` ("the joint drills of Russia and Belarus"). Compound
names count for meetings only when they name two parties ("US-Russia talks"): "Paris climate talks"
and "the Minsk talks" name places (pitfall 3). A noun already used as the object of a coded verb
("held talks") is that verb's event, not a second one; a habit ("their regular dialogue") is none.

Dates: a nominal event is dated by its own time expression, else by its clause when the clause tells it
(the subject of an event predicate or of an action: "the call took place on ...", "the strikes killed
20"; the object of a light verb: "staged a hunger strike"); otherwise it is only mentioned in passing
("in the context of Israeli and US strikes on Iran"), a background reference that gets `date: null`.
"""

from __future__ import annotations

from eventwire.coding.candidate import Candidate, SentenceState
from eventwire.coding.claims import FORCE_ROOTS, claimants, unidentified
from eventwire.coding.clauses import (
    conjuncts,
    has_adjacent_word,
    kids,
    modality,
    negated,
    np_tokens,
    preps_of,
    words,
)
from eventwire.coding.joint import noun_sides
from eventwire.coding.patterns import Bag, match_noun
from eventwire.coding.roles import Slot, resolved, unique
from eventwire.coding.sources import source_slots
from eventwire.coding.targets import LOCATIVE, act_doers, initiator_slots, with_initiator
from eventwire.coding.verbs import as_intent, as_threat

MOD_DEPS = ("compound", "amod", "nmod")


def noun_lemmas(st: SentenceState, n: int) -> tuple[str, str]:
    tok = st.sent.tokens[n]
    return tok.lemma.lower(), tok.text.lower()


def modifier_words(st: SentenceState, n: int) -> Bag:
    """Words of the noun's modifiers and of its `of` object ("suspension of air links")."""
    out: set[str] = set()
    for c in kids(st.sent, n, MOD_DEPS):
        for cc in conjuncts(st.sent, c):
            out |= words(st.sent, np_tokens(st.sent, cc))
    for p, o in preps_of(st.sent, n):
        if p == "of":
            out |= words(st.sent, np_tokens(st.sent, o))
    return Bag.of(out)


def noun_roles(st: SentenceState, n: int, code: str) -> tuple[list[Slot], list[Slot], bool]:
    """(sources, targets, joint) of event noun `n`."""
    consult = code.startswith("04")
    mods = st.roles.modifier_actors(n, compounds=not consult)
    if consult and not mods:
        named = st.roles.modifier_actors(n, compounds=True)
        mods = named if len(named) >= 2 else []
    sources: list[Slot] = list(mods)
    targets: list[Slot] = []
    joint = len(mods) >= 2
    preps = preps_of(st.sent, n)
    agent = any(p == "by" for p, _ in preps)
    for p, o in preps:
        if p == "by":
            sources += st.roles.actors(o, "agent")
        elif p == "of" and agent:
            targets += st.roles.actors(o, "patient")  # "the expulsion of X by Y"
        elif p in {"between", "among"}:
            parties = st.roles.actors(o, "between")
            if sources:
                targets += parties
            else:
                sources, joint = parties, True
        elif p == "of" and not sources and st.tables.role(code).mutual != "no":
            parties = st.roles.actors(o, "between")  # "the joint drills of Russia and Belarus"
            if len(parties) >= 2:
                sources, joint = parties, True
    if not targets:
        # "the visit by Modi to Moscow": the parser hangs the noun's phrases on its `of` or `by` object
        deep = preps + [pp for p, o in preps if p in {"of", "by"} for pp in preps_of(st.sent, o)]
        for prep in st.tables.role(code).target_preps:
            found = [s for p, o in deep if p == prep for s in st.roles.actors(o, f"prep:{p}")
                     if resolved(s.actor) or f"prep:{p}" not in LOCATIVE]  # "a rally in Lagos": a place
            if found:
                targets = found
                break
    return unique(sources), unique(targets), joint


def predicate_of(st: SentenceState, n: int) -> int | None:
    """The verb whose clause dates event noun `n`: an event predicate of which `n` is the subject ("the
    call took place on ...", "talks began"), or any verb the event does something with ("the strikes
    killed 20"): such an event is told, not only mentioned. Reporting verbs do not count ("the
    statement said"), nor verbs that only characterize it (lexicon `relational_predicate`: "Russia's
    invasion marked the end of an era" mentions the invasion)."""
    tok = st.sent.tokens[n]
    if tok.dep not in {"nsubj", "nsubjpass"} or tok.head == n:
        return None
    head = tok.head
    if st.in_class(head, "event_predicate") is not None:
        return head
    verb = st.sent.tokens[head]
    active = tok.dep == "nsubj" and verb.pos == "VERB" and st.in_class(head, "speech") is None
    return head if active and st.in_class(head, "relational_predicate") is None else None


def noun_candidate(st: SentenceState, n: int) -> Candidate | None:
    """The nominal event of noun `n`, if its pattern matches and its phrase names a doer."""
    lemma, text = noun_lemmas(st, n)
    index = st.tables.patterns
    if lemma not in index.nouns and text not in index.nouns:
        return None
    preps = frozenset(p for p, _ in preps_of(st.sent, n))
    mods = modifier_words(st, n)
    pat = match_noun(index, lemma, mods, preps) or match_noun(index, text, mods, preps)
    if pat is None or has_adjacent_word(st.sent, n, st.tables.words("habitual_marker"), ("amod",)):
        return None  # "their regular phone dialogue": a habit, not an event
    sources, targets, joint = noun_roles(st, n, pat.code)
    predicate = predicate_of(st, n)
    reaction = reaction_verb(st, n)
    if reaction is not None and not [s for s in sources if resolved(s.actor)]:
        sources, targets = reaction_roles(st, n, reaction)
        predicate = reaction
    plan = has_adjacent_word(st.sent, n, st.tables.words("plan_marker"), ("amod", "compound"))
    mood, neg = plan or "asserted", False
    light = light_verb_of(st, n)
    sources = [s for s in sources if resolved(s.actor)]
    frame = None if sources or light is not None else framing_verb(st, n, pat.code)
    if frame is not None:
        sources, targets, joint = framed_roles(st, n, frame, targets)
    verb = light if light is not None else frame
    if verb is not None:
        sources = sources if frame is not None else source_slots(st, verb)
        predicate, neg = verb, negated(st.sent, verb)
        mood = plan or modality(st.sent, verb, st.tables.words("modal"))
    sources = [s for s in sources if resolved(s.actor)]
    if pat.code[:2] in FORCE_ROOTS and unidentified(sources):
        sources = claimants(st, n) or sources  # "a car bomb ... in an attack claimed by al-Shabaab"
    partner_only = st.title and not sources and pat.code.startswith("04") and bool(targets)
    if not sources and not partner_only:
        return None  # a title's "PM call with X" names only the partner: kept for coreference
    if light is not None and not targets:
        targets = light_verb_targets(st, light, pat.code)
    targets, mutual = noun_sides(st, n, light, sources, targets)  # "X and Y held a prisoner swap"
    joint = joint or mutual
    past = has_adjacent_word(st.sent, n, st.tables.words("past_marker"), ("amod",))
    cand = Candidate(
        sent=st.sent, trigger=n, code=pat.code, rule=f"noun:{pat.rule_id}", sources=sources,
        targets=targets, modality=mood, negated=neg, clause_head=predicate,
        historical_hint=past is not None, joint=joint, reference=light is None or pat.code == "040",
        unattributed=partner_only,
        open_mode=pat.code == "040" and st.in_class(n, "open_mode") is not None,
    )
    return as_intent(st, as_threat(st, cand)) if light is not None else cand


def framing_verb(st: SentenceState, n: int, code: str) -> int | None:
    """"During a telephone conversation, Putin and Macron discussed ...", "In a call today the PM
    congratulated Biden": a contact noun (CAMEO 04) that names no party, in a framing phrase (lexicon
    `frame_prep`) of a clause, is the contact that clause's doers had."""
    tok = st.sent.tokens[n]
    if not code.startswith("04") or tok.dep != "pobj" or tok.head == n:
        return None
    prep = st.sent.tokens[tok.head]
    if prep.dep != "prep" or st.tables.words("frame_prep").get(prep.text.lower()) is None:
        return None
    verb = prep.head
    return verb if verb != tok.head and st.sent.tokens[verb].pos in {"VERB", "AUX"} else None


def framed_roles(st: SentenceState, n: int, verb: int, targets: list[Slot]
                 ) -> tuple[list[Slot], list[Slot], bool]:
    """(sources, targets, joint) of a framing contact: the clause's doers, its partners (object, `with`,
    `to`) and the initiator the noun or the clause names ("a conversation initiated by France")."""
    sources = source_slots(st, verb)
    if not targets:  # the object of a topic verb is what was talked about ("discussed Iran")
        objects = kids(st.sent, verb, ("dobj", "dative")) if st.in_class(verb, "topic_verb") is None else []
        heads = objects + [o for p, o in preps_of(st.sent, verb) if p in {"with", "to"}]
        keys = {s.key for s in sources}
        targets = [t for h in heads for t in st.roles.actors(h, "partner")
                   if t.key not in keys and resolved(t.actor)]
    initiator = initiator_slots(st, n) or initiator_slots(st, verb)
    sources, targets, initiated = with_initiator(initiator, sources, unique(targets))
    return sources, targets, initiated or (len(sources) >= 2 and not targets)


def light_verb_targets(st: SentenceState, light: int, code: str) -> list[Slot]:
    """"completed its investigation into an allegation by X": the light verb's prepositions name the
    noun's target as the noun's own would."""
    preps = preps_of(st.sent, light)
    for prep in st.tables.role(code).target_preps:
        found = [s for p, o in preps if p == prep for s in st.roles.actors(o, f"prep:{p}")]
        if any(resolved(s.actor) for s in found):
            return unique([s for s in found if resolved(s.actor)])
    return []


INSTANCES = frozenset({"example", "case", "instance", "form"})
"""Nouns whose `of` object is the act a light verb performs: "carried out a textbook example of ethnic
cleansing". Not "wave" or "campaign": the verb's own pattern reads their `of` object ("launched a wave of
strikes": 195), and the noun would count the act twice."""


def light_verb_of(st: SentenceState, n: int) -> int | None:
    """The light verb whose object `n` is ("staged a hunger strike", "launched a mediation effort"), or
    whose preposition the lexicon names ("engaged in talks", "returned to Geneva for talks")."""
    tok = st.sent.tokens[n]
    if tok.head == n:
        return None
    if tok.dep in {"dobj", "nsubjpass"}:
        return tok.head if st.in_class(tok.head, "light_verb") == "" else None
    prep = st.sent.tokens[tok.head]
    holder = st.sent.tokens[prep.head]
    if tok.dep == "pobj" and prep.text.lower() == "of" and holder.lemma.lower() in INSTANCES:
        return light_verb_of(st, prep.head)  # "carried out a case of ethnic cleansing"
    if tok.dep == "pobj" and prep.head != tok.head:
        verb = prep.head
        wanted = st.in_class(verb, "light_verb")
        return verb if wanted and wanted == prep.text.lower() else None
    return None


def reaction_verb(st: SentenceState, n: int) -> int | None:
    """The verb of lexicon class `reaction_verb` ("drew", "sparked", "earned") whose object `n` is."""
    tok = st.sent.tokens[n]
    if tok.dep != "dobj" or tok.head == n or st.in_class(tok.head, "reaction_verb") is None:
        return None
    return tok.head


def reaction_roles(st: SentenceState, n: int, verb: int) -> tuple[list[Slot], list[Slot]]:
    """"X's use of water cannon drew criticism from Y", "the decision earned praise from Y": the reaction
    comes `from` its source and is aimed at the subject, or at whoever did the act the subject names."""
    sent = st.sent
    sources = [s for h in (n, verb) for p, o in preps_of(sent, h) if p == "from"
               for s in st.roles.actors(o, "agent") if resolved(s.actor)]
    targets: list[Slot] = []
    for subj in kids(sent, verb, ("nsubj",)):
        mention = st.roles.mentions.get(subj)
        found = st.roles.actors(subj, "obj") if mention is not None else act_doers(st, subj)
        targets += [t for t in found if resolved(t.actor)]
    return unique(sources), unique(targets)
