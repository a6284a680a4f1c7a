"""Verbal events: a verb with its particle, object and prepositions, its subject and its target.

Control verbs change what their infinitive means: "agreed to maintain communication" is an intent
(CAMEO 03x), "refused to meet" a rejection (12x), "failed to inform" did not happen, "is considering
imposing sanctions" weighs a policy option (014). The CAMEO code of
the intended or refused act comes from intent_codes.tsv, so one table covers every verb.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.coding.candidate import Candidate, SentenceState, noun_code
from eventwire.coding.claims import claimants, unidentified
from eventwire.coding.clauses import (
    agents,
    for_clauses,
    for_subjects,
    is_passive,
    kids,
    modality,
    negated,
    noun_infinitive,
    np_tokens,
    object_content,
    object_heads,
    object_infinitives,
    own_subjects,
    preps_of,
    verb_frame,
)
from eventwire.coding.joint import co_doers, reciprocal_sides
from eventwire.coding.patterns import Bag, Match, match_verb
from eventwire.coding.roles import Slot, own_state, resolved, unique, weak
from eventwire.coding.sources import (
    between_parties,
    contact_sides,
    means_doers,
    reporting_verb_above,
    source_slots,
    state_of_place,
    stative,
)
from eventwire.coding.targets import (
    act_doers,
    condition_subjects,
    content_subjects,
    initiator_slots,
    place_of_suffering,
    purpose_destination,
    reciprocal,
    reflexive,
    target_slots,
    with_initiator,
)

CONTROL_CLASSES = ("threat_verb", "intent_verb", "refusal_verb", "negating_verb", "attempt_verb",
                   "deliberation_verb")
CONTENT_TARGET_ROOTS = frozenset({"01", "02", "08", "10", "11", "13"})
REFINED = {"020": "appeal", "100": "demand"}


def match_at(st: SentenceState, v: int) -> tuple[Match | None, list[int]]:
    """The pattern match of verb `v` and its object heads. The object of a topic verb ("discussed
    Syria", "discussed the aid") is what was talked about, so it does not change the code."""
    frame, objs = verb_frame(st.sent, v)
    if st.in_class(v, "topic_verb") is not None:
        frame = replace(frame, obj=Bag.of(()))
    return match_verb(st.tables.patterns, st.lemma(v), frame), objs


def verb_candidate(st: SentenceState, v: int, code: str, rule: str, match: Match | None,
                   objs: list[int]) -> Candidate | None:
    """A candidate for verb `v` coded `code`, with its actors, initiator, negation and modality."""
    sources = source_slots(st, v) or state_of_place(st, v, code)
    sources += co_doers(st, v, sources) if sources else []  # "X, along with Y, vetoed ..."
    means = None
    if not sources and code[:2] in FORCE_ROOTS:
        sources, means = means_doers(st, v)  # "were killed in shelling by Russian forces"
        code, rule = by_means(st, means, code, rule)
    claimed = claimants(st, v) if code[:2] in FORCE_ROOTS and unidentified(sources) else []
    if not sources and code[:2] == POSTURE_ROOT:
        sources = own_posture(st, v)  # "the Border Security Force was placed on high alert"
    if not sources and st.tables.role(code).mutual in {"joint", "always"}:
        # "They agreed to keep working together", "Talks were held between Iran and the US"
        sources = contact_sides(st, v) or between_parties(st, v)
    partner_only = st.title and code.startswith("04")  # "PM call with President Erdogan" (see corefer)
    if not sources and not unnamed_doer(st, v, code) and not partner_only:
        return None
    if stative(st, v):
        objs = [o for o in objs if st.sent.tokens[o].dep not in {"nsubjpass", "csubjpass"}]
    targets = target_slots(st, v, code, match, objs, sources)
    places = {s.token for s in sources if s.via == "implied"}
    targets = [t for t in targets if t.token not in places]  # "arrested in Lebanon": Lebanon arrested
    if not targets:
        targets = purpose_destination(st, v, sources)
    if not targets and st.tables.role(code).implied == "place":
        targets = place_of_suffering(st, v, sources)
    if not targets and code[:2] == PROTEST_ROOT:
        targets = detaining_state(st, sources)
    if not targets and code[:2] == POSTURE_ROOT:
        targets = provokers(st, v, sources)
    if not targets and code[:2] == POSTURE_ROOT:
        targets = posture_aim(st, objs, sources)
    own_objects = "-obj" in st.tables.role(code).target_preps  # "raised its alert level": no self-loop
    if not targets and not own_objects and reflexive(st, v, objs, sources):
        return None
    if not sources and not any(t.actor.country for t in targets):
        return None  # violence by someone unnamed against no one named: nothing to record
    if not targets and adjunct_participle(st, v) and st.tables.info(code).quad_class <= 2:
        return None  # "discussed collaboration, boosting jobs": a consequence, no cooperation of its own
    if not sources and partner_only and not unnamed_doer(st, v, code):
        return Candidate(sent=st.sent, trigger=v, code=code, rule=rule, sources=[], targets=targets,
                         clause_head=v, unattributed=True)
    code, rule = personal_assault(st, v, code, rule, targets)
    code, rule = investigators_raid(st, v, code, rule)
    if (mission := protective_mission(st, v, code, sources)) is not None:
        code, rule, targets = "074", f"{rule}+protect/074", mission
    if code[:2] in ASKING_ROOTS:  # "stressed the need for Russia to reduce tensions": Russia must act
        targets = asked_of(st, v, sources) or targets
    if code[:2] in CONTENT_TARGET_ROOTS:
        if not targets:
            targets = (content_subjects(st, v, sources) or condition_subjects(st, v, sources)
                       or asked_subjects(st, v, sources))
        code, rule = refine(st, v, code, rule)
        if (own := own_order(st, v, code, rule, sources)) is not None:
            code, rule, targets = own
    sources = claimed or sources  # "...; Islamic State later claimed the attack" (the bombers' own loop kept)
    targets, mutual = reciprocal_sides(st, v, sources, targets)  # "A and B exchanged fire"
    joint = mutual or (len(sources) >= 2 and not targets and reciprocal(st, v, objs))
    sources, targets, initiated = with_initiator(initiator_slots(st, v), sources, targets)
    joint = joint or initiated
    cand = Candidate(
        sent=st.sent, trigger=v, code=code, rule=rule, sources=sources, targets=targets,
        negated=negated(st.sent, v),
        modality=noun_mood(st, v) or raised_mood(st, v) or modality(st.sent, v, st.tables.words("modal")),
        clause_head=None if is_gerund_noun(st, v) else v, joint=joint, initiated=initiated,
        unattributed=not sources, means=means,
    )
    cand = as_intent(st, as_threat(st, as_refusal(st, cand)))
    return None if speculated(st, cand) else cand


ASKING_ROOTS = frozenset({"02", "10"})


def asked_of(st: SentenceState, v: int, sources: list[Slot]) -> list[Slot]:
    """An appeal or demand is addressed to whoever its object's for-to clause says must act ("the need for
    Russia to reduce tensions"), before any actor its other objects name ("their support for Ukraine").
    A that-clause says what is asked for ("demanded an admission by X that Y murdered ..."), not by whom."""
    keys = {s.key for s in sources}
    sent = st.sent
    for_to = [c for c in object_content(sent, v)
              if "for" in {sent.tokens[m].text.lower() for m in kids(sent, c, ("mark",))}]
    return unique([s for c in for_to for t in own_subjects(sent, c)
                   for s in st.roles.actors(t, "content") if s.key not in keys and resolved(s.actor)
                   and not any(own_state(s.actor, k.actor) for k in sources)])


def by_means(st: SentenceState, means: int | None, code: str, rule: str) -> tuple[str, str]:
    """"Was killed in an Israeli air strike": a generic act of force (190, 180) done by means of an
    attack noun of a more specific code of force (195 aerial weapons) is coded as that attack."""
    if means is None or not code.endswith("0"):
        return code, rule
    own = noun_code(st, means)
    if own is None or own[:2] not in FORCE_ROOTS or own == code or (own.endswith("0") and len(own) <= 3):
        return code, rule
    return own, f"{rule}+means/{own}"


PROTEST_ROOT = "14"
POSTURE_ROOT = "15"


def provokers(st: SentenceState, v: int, sources: list[Slot]) -> list[Slot]:
    """"Put its forces on high alert after a US destroyer sailed through the strait", "... following the
    North Korean missile launch": a show of force that names no one is aimed at whoever did what provoked
    it (a clause or an event noun after a lexicon `provocation_mark`), never at the doer's own side."""
    sent = st.sent
    marks = st.tables.words("provocation_mark")
    found: list[Slot] = []
    for c in kids(sent, v, ("advcl",)):
        if {sent.tokens[m].text.lower() for m in kids(sent, c, ("mark",))} & set(marks):
            found += [s for t in own_subjects(sent, c) for s in st.roles.actors(t, "provoker")]
    for p, o in preps_of(sent, v):
        if p in marks and noun_code(st, o) is not None:
            found += act_doers(st, o)
    return unique([s for s in found if resolved(s.actor) and s.actor.country
                   and not any(s.actor.country == x.actor.country for x in sources)])
POSTURE_ROOT = "15"


def personal_assault(st: SentenceState, v: int, code: str, rule: str, targets: list[Slot]
                     ) -> tuple[str, str]:
    """"Slovak Prime Minister Robert Fico was shot", "a gunman shot the governor": a shooting or stabbing
    (lexicon `assault_verb`) of named people only, coded as military force (190) by the verb's default,
    is an attack on individuals (CAMEO 18: the value, 185 attempt to assassinate); the victim stays the
    target, never the doer. Likewise freeing named people (lexicon `person_release`, PETRARCH's residual
    080 or 084) releases persons: 0841."""
    value = st.in_class(v, "assault_verb") if code == "190" else (
        st.in_class(v, "person_release") if code in {"080", "084"} else None)  # "freed Salem Bazoum": 0841
    if not value or not targets or any(t.actor.type != "person" for t in targets):
        return code, rule
    return value, f"{rule}+person/{value}"


def investigators_raid(st: SentenceState, v: int, code: str, rule: str) -> tuple[str, str]:
    """"South Korean investigators raided the presidential office", "police searched the offices of the
    party": a raid or search (lexicon `raid_verb`) by investigators or prosecutors is an investigation
    (091), by police a coercive raid (1711); neither is military force (PETRARCH's 190)."""
    if st.in_class(v, "raid_verb") is None or code[:2] not in {"19", "09"} or is_passive(st.sent, v):
        return code, rule
    for s in own_subjects(st.sent, v):
        value = st.in_class(s, "raiding_agent")
        if value:
            return value, f"{rule}+{st.lemma(s)}/{value}"
    return code, rule


SENDING_LEMMAS = frozenset({"send", "deploy", "dispatch", "station", "contribute"})
FORCE_SENT_ROOTS = frozenset({"06", "15", "17"})


def protective_mission(st: SentenceState, v: int, code: str, sources: list[Slot]) -> list[Slot] | None:
    """"Kenya sent 400 police officers to Haiti to help restore order": forces sent into another state
    with a purpose of protection (lexicon `protection_purpose`, also under "help") are a security mission
    for that state, CAMEO 074 (promised: 0334 by `as_intent`), not a show of force at home (153) or
    military cooperation (062). Returns the destination states, or None when the rule does not apply."""
    sent = st.sent
    if st.lemma(v) not in SENDING_LEMMAS or code[:2] not in FORCE_SENT_ROOTS:
        return None
    purposes = [c for c in kids(sent, v, ("advcl", "xcomp"))
                if any(sent.tokens[a].text.lower() == "to" for a in kids(sent, c, ("aux",)))]
    purposes += [x for c in purposes for x in kids(sent, c, ("xcomp", "ccomp"))]  # "to help restore"
    if not any((st.in_class(c, "protection_purpose") is not None and st.lemma(c) != "help")
               or (st.lemma(c) == "help" and not kids(sent, c, ("xcomp", "ccomp"))) for c in purposes):
        return None
    home = {s.actor.country for s in sources}
    found = [t for p, o in preps_of(sent, v) if p in {"to", "into"}
             for t in st.roles.actors(o, "prep:" + p, fallback=())
             if t.actor.country and t.actor.country not in home]
    return unique(found) or None


def posture_aim(st: SentenceState, objs: list[int], sources: list[Slot]) -> list[Slot]:
    """"Chinese forces staged drills encircling Taiwan": a show of force whose object (the drills) a
    participle aims at a state ("encircling", "surrounding", "simulating a blockade of") is directed at
    that state, the participle's object (or its `of` object)."""
    sent = st.sent
    home = {s.actor.country for s in sources}
    out: list[Slot] = []
    for o in objs:
        for a in kids(sent, o, ("acl",)):
            if sent.tokens[a].tag != "VBG":
                continue
            for d in kids(sent, a, ("dobj",)):
                heads = [d] + [po for p, po in preps_of(sent, d) if p == "of"]
                out += [t for h in heads for t in st.roles.actors(h, "obj", fallback=())
                        if t.actor.country and t.actor.country not in home]
    return unique(out)


def own_posture(st: SentenceState, v: int) -> list[Slot]:
    """"India's Border Security Force was placed on high alert": a force put on alert (or in position)
    in the passive with no `by` agent stands for its own state's posture; its subject is the doer (the
    state raised its own alert), not a target."""
    sent = st.sent
    if not is_passive(sent, v) or agents(sent, v):
        return []
    return [s for t in kids(sent, v, ("nsubjpass",)) for s in st.roles.actors(t, "subj", fallback=())
            if resolved(s.actor)]


def detaining_state(st: SentenceState, sources: list[Slot]) -> list[Slot]:
    """"Palestinian prisoners in Israeli jails went on hunger strike": detainees protest against the state
    that holds them, the possessor or demonym of their place of detention (lexicon `detention_noun`),
    unless it is their own. The place may hang on a participle of the detainees ("prisoners held in
    Israeli jails", "activists detained in Egyptian prisons")."""
    sent = st.sent
    out: list[Slot] = []
    for s in sources:
        heads = [s.token] + [o for p, o in preps_of(sent, s.token) if p == "of"]  # "hundreds of prisoners"
        heads += [c for h in list(heads) for c in kids(sent, h, ("acl",)) if sent.tokens[c].tag == "VBN"]
        for h in heads:
            for p, o in preps_of(sent, h):
                if p in {"in", "at", "inside"} and st.in_class(o, "detention_noun") is not None:
                    out += [t for t in st.roles.modifier_actors(o, compounds=True)
                            if t.actor.country and t.actor.country != s.actor.country]
    return unique(out)


def adjunct_participle(st: SentenceState, v: int) -> bool:
    """"..., boosting jobs and growth", "Ukraine would win, supported with assistance": a participle
    hung on a clause without subject, conjunction or "to" of its own."""
    sent = st.sent
    tok = sent.tokens[v]
    loose = tok.dep == "conj" and tok.tag == "VBN" and sent.tokens[tok.head].tag != "VBN"  # ", supported by"
    if tok.tag not in {"VBG", "VBN"} or (tok.dep not in {"advcl", "acl"} and not loose):
        return False
    return not own_subjects(sent, v) and not kids(sent, v, ("mark", "aux", "auxpass"))


def planned_passive(st: SentenceState, v: int) -> bool:
    """"Brazil's president is expected to visit Beijing", "X is scheduled to travel": a passive without
    agent of lexicon class `plan_passive` says its subject plans the act of its infinitive; that act is
    coded on its own with the class value as its modality (`raised_mood`), and this verb is no act."""
    return (st.in_class(v, "plan_passive") is not None and is_passive(st.sent, v)
            and not agents(st.sent, v) and bool(infinitives(st, v)))


def raised_mood(st: SentenceState, v: int) -> str | None:
    """The modality a `planned_passive` verb gives its infinitive `v` (future), and "X is to visit Y":
    an actor's scheduled act (future), not a goal ("the aim is to defeat ...": `clauses.modality`)."""
    sent = st.sent
    tok = sent.tokens[v]
    if tok.dep not in {"xcomp", "advcl"} or tok.head == v:
        return None
    if planned_passive(st, tok.head):
        return st.in_class(tok.head, "plan_passive") or None
    head = sent.tokens[tok.head]
    scheduled = head.lemma.lower() == "be" and tok.dep == "xcomp" and any(
        sent.tokens[c].text.lower() == "to" for c in kids(sent, v, ("aux",)))
    actors = [st.roles.mentions.get(s) for s in own_subjects(sent, tok.head)]
    return "future" if scheduled and actors and all(m is not None and m.actor for m in actors) else None


def noun_mood(st: SentenceState, v: int) -> str | None:
    """"Russia's plan to expel ..." is planned (future: an intent or a threat), "Russia's decision to
    expel ..." done (lexicon `decision_noun`)."""
    if not noun_infinitive(st.sent, v):
        return None
    return st.in_class(st.sent.tokens[v].head, "decision_noun") or None


def unnamed_doer(st: SentenceState, v: int, code: str) -> bool:
    """"Three civilians were killed in a car bombing", "a roadside bombing killed one soldier": violence
    (CAMEO 18-20) whose doer is not named at all, or only by a weapon or an event, is still an event
    against its victim (`source: null`). A pronoun or an unplaced person is a doer not found, not none."""
    if code[:2] not in FORCE_ROOTS:
        return False
    sent = st.sent
    j = v
    while sent.tokens[j].dep == "ccomp" and sent.tokens[j].head != j:
        j = sent.tokens[j].head
        if st.in_class(j, "speech_act") is not None or st.in_class(j, "code_family") is not None:
            return False  # "demanded that control be taken away": asked for, not done
    if is_passive(sent, v):
        doers = agents(sent, v)
    else:
        doers = own_subjects(sent, v)
        if not doers:
            return False
    things = st.tables.patterns.nouns
    instruments = st.tables.words("instrument_noun")
    for d in doers:
        tok = sent.tokens[d]
        lemma = tok.lemma.lower()
        if tok.pos == "PRON" or st.roles.mentions.get(d) is not None:
            return False
        if lemma not in things and lemma not in instruments:
            return False
    return True


def as_intent(st: SentenceState, cand: Candidate) -> Candidate:
    """A cooperative act announced for the future ("will visit", "said it would allow") is an expression
    of intent: CAMEO's 03x for the act (036 for a visit). The modality keeps saying it is planned."""
    if cand.negated or (cand.modality != "future" and not _would(st, cand.trigger)):
        return cand
    info = st.tables.info(cand.code)
    if info.quad_class > 2 or info.root in {"01", "02", "03"}:
        return cand
    code = st.tables.intent(cand.code)
    if code:
        cand.code, cand.rule = code, f"intent:{st.lemma(cand.trigger)}+{cand.modality}/{code}"
    return cand


def _would(st: SentenceState, v: int) -> bool:
    """"would" in reported speech is a future ("Iraq said it would allow ...")."""
    aux = {st.sent.tokens[c].text.lower() for c in kids(st.sent, v, ("aux",))}
    return bool(aux & {"would", "'d"}) and reporting_verb_above(st, v) is not None


def is_gerund_noun(st: SentenceState, v: int) -> bool:
    """"Ukrainian shelling of civilian infrastructure": a gerund used as a noun is mentioned, not told."""
    tok = st.sent.tokens[v]
    if tok.tag != "VBG":
        return False
    head = st.sent.tokens[tok.head]
    return tok.dep in {"pobj", "dobj", "nsubj", "nsubjpass", "appos", "attr"} or (
        tok.dep == "conj" and head.pos in {"NOUN", "PROPN"})


def as_threat(st: SentenceState, cand: Candidate) -> Candidate:
    """An announced hostile act ("will blockade", "would impose a curfew"), a hostile act held out under a
    condition ("may halt mediation if ...") or an act made conditional ("will withdraw ... unless") is a
    threat: CAMEO's 13x for the act, else 130."""
    marks = {st.sent.tokens[m].text.lower()
             for a in kids(st.sent, cand.trigger, ("advcl",)) for m in kids(st.sent, a, ("mark",))}
    conditional = "unless" in marks
    possible = cand.modality == "hypothetical" and "if" in marks  # "may halt mediation if ..."
    if cand.negated or (cand.modality != "future" and not _would(st, cand.trigger) and not possible):
        return cand
    info = st.tables.info(cand.code)
    if info.quad_class < 4 and not conditional:
        return cand
    code = st.tables.intent(cand.code, "threat") or "130"
    cand.code, cand.rule = code, f"threat:{st.lemma(cand.trigger)}+{cand.modality}/{code}"
    if not cand.targets:  # "would strike back if Armenia's army crossed": aimed at who must not act
        cand.targets = condition_subjects(st, cand.trigger, cand.sources)
    return cand


def as_refusal(st: SentenceState, cand: Candidate) -> Candidate:
    """"will not / would not" + a cooperative act is a refusal (12x), stated now, not a negated plan."""
    if not cand.negated or cand.modality not in {"future", "hypothetical"}:
        return cand
    if st.tables.info(cand.code).quad_class > 2:
        return cand
    code = st.tables.intent(cand.code, "refusal") or "120"
    cand.code, cand.rule = code, f"refuse:not+{st.lemma(cand.trigger)}/{code}"
    cand.negated, cand.modality = False, "asserted"
    return cand


def refine(st: SentenceState, v: int, code: str, rule: str) -> tuple[str, str]:
    """A generic appeal (020) or demand (100) takes the family code of what is asked for."""
    family = REFINED.get(code)
    if family is None:
        return code, rule
    for c in kids(st.sent, v, ("ccomp", "xcomp")) + object_content(st.sent, v) + asked_clauses(st, v):
        if st.sent.tokens[c].pos != "VERB":
            continue
        inner, _ = match_at(st, c)
        if inner is not None and inner.code != "---":
            refined = st.tables.intent(inner.code, family)
            if refined and refined != code:
                return refined, f"{rule}+{st.lemma(c)}/{refined}"
    return code, rule


ORDER_VERBS = frozenset({"order", "instruct", "direct", "command"})
STATE_ORGANS = frozenset({"MIL", "GOV", "COP", "SPY", "JUD", "LEG"})


def own_order(st: SentenceState, v: int, code: str, rule: str,
              sources: list[Slot]) -> tuple[str, str, list[Slot]] | None:
    """"The minister ordered the army to pull back", "instructed the ministry to draft sanctions": an order
    of a government or leader to its own forces or officials is the act it orders, done by the doer's
    state (its code, its targets), not a demand. An order to another actor stays a demand."""
    if code[:2] != "10" or st.lemma(v) not in ORDER_VERBS or not sources:
        return None
    sent = st.sent
    comps = [c for c in kids(sent, v, ("xcomp", "ccomp")) if sent.tokens[c].pos == "VERB"]
    heads = kids(sent, v, ("dobj",)) + [t for c in comps for t in kids(sent, c, ("nsubj",))]
    if len(comps) != 1 or not heads:
        return None
    addressees = [a for h in heads for a in st.roles.actors(h, "target")]
    countries = {s.actor.country for s in sources if s.actor.country}
    if not addressees or not countries:
        return None
    for a in addressees:
        organ = (a.actor.sector or a.actor.code or "") in STATE_ORGANS
        if not organ or (a.actor.country and a.actor.country not in countries):
            return None
    c = comps[0]
    inner, objs = match_at(st, c)
    if inner is None or inner.code == "---" or inner.code[:2] == "10":
        return None
    keys = {a.key for a in addressees}
    targets = [t for t in target_slots(st, c, inner.code, inner, objs, sources)
               if t.key not in keys and not any(own_state(t.actor, s.actor) for s in sources)]
    return inner.code, f"{rule}+own:{st.lemma(c)}/{inner.code}", targets


def asked_clauses(st: SentenceState, v: int) -> list[int]:
    """"Called for Russia to withdraw its forces": the for-to clauses (`clauses.for_clauses`) of an appeal
    or demand verb (lexicon `code_family`, or "call"), whose act is asked for, not done: it refines the
    appeal's code and is not coded on its own, as the infinitive of "called on Russia to withdraw"."""
    if st.in_class(v, "code_family") is None and st.lemma(v) != "call":
        return []
    return for_clauses(st.sent, v)


def asked_subjects(st: SentenceState, v: int, sources: list[Slot]) -> list[Slot]:
    """"Called for Russia to withdraw": the appeal is addressed to the subject of its for-to clause; not
    to the patient of a passive one ("called for the army to be modernised" asks no one named)."""
    keys = {s.key for s in sources}
    return unique([s for c in asked_clauses(st, v) if not is_passive(st.sent, c)
                   for t in for_subjects(st.sent, v, c)
                   for s in st.roles.actors(t, "content") if s.key not in keys
                   and not any(own_state(s.actor, k.actor) for k in sources)])


def control_candidate(st: SentenceState, h: int, x: int, cls: str) -> Candidate | None:
    """`h` controls the infinitive `x`: intent, refusal, failure or attempt (see module docstring)."""
    st.handled.update(inside(st, x))
    if cls == "intent_verb":  # "committed to reinvigorate ties, working together to ...": the same intent
        st.handled.update(c for c in kids(st.sent, h, ("advcl",)) if st.sent.tokens[c].tag == "VBG"
                          and not own_subjects(st.sent, c) and st.in_class(c, "speech") is None)
    x, mx, objs_x, code_x = complement_code(st, x)
    if code_x and protective_mission(st, x, code_x, source_slots(st, h)) is not None:
        code_x = "074"  # "stood ready to send police to Haiti to help restore order": 0334, not a threat
    mh, objs_h = match_at(st, h)
    st.consumed.update(objs_x + objs_h)
    own = mh.code if mh is not None and mh.code != "---" else None
    trigger, match, objs = h, mh, objs_h
    neg, mood = negated(st.sent, h), modality(st.sent, h, st.tables.words("modal"))
    code: str | None
    if cls == "threat_verb":
        code = (st.tables.intent(code_x, "threat") if code_x else None) or own or "130"
        rule = f"threat:{st.lemma(h)}+{st.lemma(x)}/{code}"
    elif cls == "intent_verb":  # an intent to do something uncoded is a generic intent (030)
        announced = own is not None or st.in_class(h, "intent_gerund") is not None  # "looked forward to"
        generic = own if own is not None and own.startswith("03") else ("030" if announced else None)
        code = (posture(st, h, code_x) or st.tables.intent(code_x)) if code_x else generic
        rule = f"intent:{st.lemma(h)}+{st.lemma(x)}/{code}" if code_x or code != own else (
            mh.rule if mh else "")
        mood = (st.in_class(h, cls) or "intended") if mood == "asserted" else mood
    elif cls == "refusal_verb":
        code = (st.tables.intent(code_x, "refusal") if code_x else None) or own or "120"
        rule = f"refuse:{st.lemma(h)}+{st.lemma(x)}/{code}"
    elif cls == "deliberation_verb":  # "is considering imposing sanctions": a policy option weighed
        code = st.in_class(h, cls) if code_x else None
        rule = f"consider:{st.lemma(h)}+{st.lemma(x)}/{code}"
    else:
        code, rule, trigger, match, objs = code_x, mx.rule if mx else "", x, mx, objs_x
        neg = neg or cls == "negating_verb"
    if not code:
        return None
    cand = verb_candidate(st, trigger, code, rule, match, objs)
    if cand is None and trigger != h:
        cand = verb_candidate(st, h, code, rule, match, objs)
    if cand is None:
        return None
    if trigger == h:  # the controlled act's own target first: "looked forward to welcoming X to Y"
        inner = target_slots(st, x, code_x or code, mx, objs_x, cand.sources)
        if not inner and (code_x or code)[:2] in CONTENT_TARGET_ROOTS:  # "refused to allow X to meet Y": X
            inner = content_subjects(st, x, cand.sources)
        mutual = cand.joint and all(weak(t.actor) for t in inner)  # "agreed to swap prisoners"
        if inner and not mutual and (not cand.targets or not all(weak(t.actor) for t in inner)):
            cand.targets = inner
    cand.negated, cand.modality = neg, mood
    return as_refusal(st, cand) if cls == "intent_verb" else cand


def complement_code(st: SentenceState, x: int, depth: int = 0
                    ) -> tuple[int, Match | None, list[int], str | None]:
    """(act token, match, object heads, code) of the act a control verb's complement `x` names: a verb
    by its pattern, a light verb by its event noun ("prepared to resume attacks"), an event noun by its
    noun pattern ("looked forward to the visit"), an effort by its infinitive ("redouble efforts to
    provide aid", lexicon `decision_noun`); an uncoded verb whose object is a relation ("deepen their
    ties", lexicon `relation_noun`) names diplomatic cooperation (050)."""
    if st.sent.tokens[x].pos in {"NOUN", "PROPN"}:
        effort = effort_act(st, x)
        if effort is not None and noun_code(st, x) is None and depth < 2:
            return complement_code(st, effort, depth + 1)
        return x, None, [x], noun_code(st, x)
    mx, objs_x = match_at(st, x)
    if mx is not None and hostile(st, x, mx.code) and abstract_foe(st, x, objs_x):
        return x, None, objs_x, None
    if mx is not None and mx.code != "---":
        return x, mx, objs_x, mx.code
    code = light_object_code(st, x, objs_x)
    inner = [a for o in objs_x if (a := effort_act(st, o)) is not None]
    inner += kids(st.sent, x, ("xcomp",))  # "continue working together": the act continued
    if code is None and inner and depth < 2:
        return complement_code(st, inner[0], depth + 1)
    if code is None and mx is None:
        heads = objs_x + [o for p, o in preps_of(st.sent, x)]
        related = any(st.in_class(o, "relation_noun") is not None for o in heads)
        code = RELATION_ACT if related else None
    return x, mx, objs_x, code


RELATION_ACT = "050"


def effort_act(st: SentenceState, n: int) -> int | None:
    """"efforts to provide aid", "steps to ease sanctions": the infinitive an effort noun (lexicon
    `decision_noun`) names, marked handled (it is the act intended, not one told)."""
    if st.in_class(n, "decision_noun") is None:
        return None
    acts = [a for a in kids(st.sent, n, ("acl",)) if st.sent.tokens[a].pos == "VERB"]
    if acts:
        st.handled.update(inside(st, acts[0]))
    return acts[0] if acts else None


def inside(st: SentenceState, x: int) -> list[int]:
    """`x` and the verbs its clause coordinates or subordinates without a subject of their own ("agreed
    to stay in contact and to coordinate", "committed to reinvigorate ties, working together"): all are
    part of the controlled act, never events told on their own; so is the infinitive of an object it
    lets or asks to act ("refused to allow UN monitors to visit X": no visit)."""
    out, stack = [], [x]
    while stack:
        j = stack.pop()
        out.append(j)
        stack += [c for c in kids(st.sent, j, ("conj", "xcomp", "advcl", "pcomp", "prep"))
                  if not own_subjects(st.sent, c)]
        stack += object_infinitives(st.sent, j)  # "refused to allow UN monitors to visit": not visited
    return out


def light_object_code(st: SentenceState, x: int, objs: list[int]) -> str | None:
    """"prepared to resume attacks": a light verb's act is its event noun's (noun_patterns.tsv)."""
    if st.in_class(x, "light_verb") != "":
        return None
    return next((code for o in objs if (code := noun_code(st, o))), None)


def prospective(st: SentenceState, v: int) -> list[int]:
    """"looked forward to seeing each other", "committed to building on the partnership", "looked forward
    to the visit": a verb of lexicon class `intent_gerund` whose preposition (the class value) governs a
    gerund or an event noun announces that act, as "agreed to" does its infinitive (an intent, 03x)."""
    prep = st.in_class(v, "intent_gerund") or ("to" if st.in_class(v, "intent_verb") is not None else "")
    out: list[int] = []
    for p in kids(st.sent, v, ("prep",)) if prep else []:
        if st.sent.tokens[p].text.lower() != prep:
            continue
        for o in kids(st.sent, p, ("pcomp", "pobj")):
            tok = st.sent.tokens[o]
            if (tok.pos == "VERB" and tok.tag == "VBG") or (
                    tok.pos == "NOUN" and (noun_code(st, o) or effort_act(st, o) is not None)):
                out.append(o)
    return out


def posture(st: SentenceState, h: int, act: str | None) -> str | None:
    """"The army prepared to resume shelling", "troops are poised to attack": readiness to use force is a
    military posture (CAMEO 152, "be prepared to use force"), more than a threat (lexicon `posture_verb`)."""
    if not act or act[:2] not in FORCE_ROOTS:
        return None
    return st.in_class(h, "posture_verb") or None


FORCE_ROOTS = frozenset({"18", "19", "20"})


def infinitives(st: SentenceState, v: int) -> list[int]:
    """The infinitive complements of `v`: its xcomp, or a `to` clause parsed as advcl ("sworn to fight")."""
    sent = st.sent
    out = [x for x in kids(sent, v, ("xcomp",)) if sent.tokens[x].pos in {"VERB", "AUX"}]
    out += [a for a in kids(sent, v, ("advcl",)) if sent.tokens[a].pos == "VERB"
            and any(sent.tokens[c].text.lower() == "to" for c in kids(sent, a, ("aux",)))]
    return out


def verb_candidates(st: SentenceState, v: int) -> list[Candidate]:
    """The events verb `v` triggers (not counting the speech-act rules)."""
    sent = st.sent
    xcomps = [x for x in kids(sent, v, ("xcomp",)) if sent.tokens[x].pos in {"VERB", "AUX"}]
    xcomps += asked_clauses(st, v)
    if planned_passive(st, v):
        return []
    for cls in CONTROL_CLASSES:
        if st.in_class(v, cls) is not None and (found := infinitives(st, v)):
            cand = control_candidate(st, v, found[0], cls)
            return [cand] if cand else []
    if found := prospective(st, v):
        cand = control_candidate(st, v, found[0], "intent_verb")
        return [cand] if cand else []
    match, objs = match_at(st, v)
    if (match is None or match.code == "---") and (threats := retaliation(st, v)):
        return threats
    if match is None or (not match.pattern_key and carries_event_noun(st, v)):
        return []  # "converged for a rally": the verb's bare default gives way to the noun's event
    match = in_family(st, v, match)
    match = of_state(st, v, match, objs)
    if hostile(st, v, match.code) and abstract_foe(st, v, objs):
        match = Match("---", match.rule)
    st.consumed.update(objs)
    st.consumed.update(o for p, o in preps_of(sent, v) if not framing_contact(st, p, o))
    if match.code == "---":
        return []
    if not match.code.startswith("04"):  # "called Macron to offer condolences": a purpose of its own
        # "urged Iran to hold talks", "urged X to stop arming Y": the acts are asked for, not done
        st.handled.update(j for x in xcomps for j in inside(st, x))
        st.consumed.update(o for x in xcomps for o in object_heads(sent, x, is_passive(sent, x)))
    cand = verb_candidate(st, v, match.code, match.rule, match, objs)
    if cand is None:
        if st.in_class(v, "light_verb") == "":  # "Talks were held between Iran and the US": the noun's
            st.consumed.difference_update(  # own phrase names the parties
                o for o in objs if sent.tokens[o].dep in {"nsubjpass", "csubjpass"})
        return []
    mark_reference(st, cand)
    return [cand]


def mark_reference(st: SentenceState, cand: Candidate) -> None:
    """"The two leaders discussed ...", "held an in-depth discussion": a plain consultation (or a topic
    verb's plain code) mentions the consultation already told, unless it says the sides met in person
    (lexicon `in_person`); "spoke with" leaves its mode open."""
    v = cand.trigger
    mention = st.in_class(v, "topic_verb") is not None or st.in_class(v, "consult_mention") is not None
    in_person = st.in_class(v, "in_person") is not None  # "met in Sochi" tells a meeting, not the call
    if (cand.code == "040" and not in_person) or (mention and cand.code == cand.code[:2] + "0"):
        cand.reference = True
    cand.open_mode = cand.code == "040" and st.in_class(v, "open_mode") is not None


def framing_contact(st: SentenceState, prep: str, o: int) -> bool:
    """"In a call today, X congratulated Y": the contact noun of a framing phrase is an event of its own
    (`nominal.framing_verb`), not the verb's slot."""
    if st.tables.words("frame_prep").get(prep) is None:
        return False
    code = noun_code(st, o)
    return code is not None and code.startswith("04")


def hostile(st: SentenceState, v: int, code: str) -> bool:
    """An act against someone, done rather than said: force, coercion, opposition ("counter", "fight",
    "crack down on"; not "condemn", not "investigate")."""
    return code[:2] in HOSTILE_ROOTS and st.in_class(v, "speech_act") is None


HOSTILE_ROOTS = frozenset({"11", "17", "18", "19", "20"})


def abstract_foe(st: SentenceState, v: int, objs: list[int]) -> bool:
    """"fight terrorism", "defeat the disease", "counter extremism": a hostile act against an abstract foe
    (lexicon `abstract_foe`, matched as the end of the object's phrase) is no act against anyone."""
    sent = st.sent
    heads = [o for o in objs if sent.tokens[o].dep in {"dobj", "obj"}]
    heads += [o for p, o in preps_of(sent, v) if p == "against"]
    foes = st.tables.words("abstract_foe")
    for o in heads:
        phrase = [sent.tokens[j].lemma.lower() for j in sorted(np_tokens(sent, o))]
        if not any(" ".join(phrase[k:]) in foes for k in range(len(phrase))):
            return False
    return bool(heads)


def carries_event_noun(st: SentenceState, v: int) -> bool:
    """A light verb whose object or named preposition holds an event noun ("converged for a rally")."""
    light = st.in_class(v, "light_verb")
    if light is None:
        return False
    nouns = st.tables.patterns.nouns
    heads = kids(st.sent, v, ("dobj",)) if light == "" else [o for p, o in preps_of(st.sent, v) if p == light]
    return any(st.sent.tokens[o].lemma.lower() in nouns for o in heads)


def of_state(st: SentenceState, v: int, match: Match, objs: list[int]) -> Match:
    """"Saudi Arabia has never recognised Israel": a verb of lexicon class `state_object` whose object is a
    state itself (not "recognised Israel's efforts") takes the class value's code (054 Grant diplomatic
    recognition) over its bare default (051 Praise)."""
    code = st.in_class(v, "state_object")
    if not code or match.pattern_key:
        return match
    sent = st.sent
    for o in objs:
        mention = st.roles.mentions.get(o)
        if sent.tokens[o].dep in {"dobj", "obj"} and mention is not None and mention.actor is not None \
                and mention.actor.type == "state":
            return Match(code, f"verb:{st.lemma(v)}+state/{code}", "obj", match.recip, match.pattern_key)
    return match


def in_family(st: SentenceState, v: int, match: Match) -> Match:
    """A demand verb coded with an appeal pattern (PETRARCH lists "demand ... support" as 022) keeps its
    family: 02x and 10x are parallel in CAMEO, so the code moves to the verb's own family."""
    family = st.in_class(v, "code_family")
    if not family or match.code[:2] not in {"02", "10"}:
        return match
    code = st.tables.intent(match.code, family)
    if code is None or code == match.code:
        return match
    return Match(code, f"{match.rule.rsplit('/', 1)[0]}/{code}", match.target, match.recip, match.pattern_key)


def adjective_control(st: SentenceState, a: int) -> list[Candidate]:
    """`X is ready/willing to Y`, `X is open to negotiations`: the adjective (lexicon `intent_adj`) controls
    its infinitive, or the event noun after its `to`/`for`, like an intent verb."""
    sent = st.sent
    if st.in_class(a, "intent_adj") is None:
        return []
    found = [x for x in kids(sent, a, ("xcomp",)) if sent.tokens[x].pos == "VERB"]
    found += [o for p in kids(sent, a, ("prep",)) if sent.tokens[p].text.lower() in {"to", "for"}
              for o in kids(sent, p, ("pobj",)) if noun_code(st, o)]
    if not found:
        return []
    x = found[0]
    st.handled.update(inside(st, x))
    x, mx, objs, act = complement_code(st, x)
    st.consumed.update(objs)
    mission = protective_mission(st, x, act, source_slots(st, sent.tokens[a].head)) if act else None
    act = "074" if mission else act  # "stood ready to send police to Haiti to help restore order": 0334
    code = (posture(st, a, act) or st.tables.intent(act)) if act else "030"
    head = sent.tokens[a].head
    if not code or not own_subjects(sent, head):
        return []
    cand = verb_candidate(st, head, code, f"intent:{st.lemma(a)}+{st.lemma(x)}/{code}", mx, objs)
    if cand is None:
        return []
    if mission:
        cand.targets = mission
    elif not cand.targets or all(weak(t.actor) for t in cand.targets):
        cand.targets = target_slots(st, x, act or code, mx, objs, cand.sources) or cand.targets
    cand.trigger, cand.modality = a, "intended"
    return [cand]


COPULAS = frozenset({"be", "remain", "feel", "sound", "appear", "seem", "stay"})


def stance_adjective(st: SentenceState, a: int) -> list[Candidate]:
    """"X was optimistic that ...", "X remains deeply pessimistic about ...": a speaker's stance as the
    predicate adjective of a copula (lexicon `stance_adjective`, the value its code: 012, 013) is a
    comment of its own, with a target only when the adjective's phrase names one."""
    sent = st.sent
    code = st.in_class(a, "stance_adjective")
    head = sent.tokens[a].head
    if not code or head == a or st.lemma(head) not in COPULAS or not own_subjects(sent, head):
        return []
    own, _ = match_at(st, head)
    if own is not None and own.code != "---":
        return []  # "remained pessimistic": the verb's own pattern codes it
    cand = verb_candidate(st, head, code, f"stance:{st.lemma(a)}/{code}", None, [])
    if cand is None:
        return []
    cand.trigger = a
    cand.targets = target_slots(st, a, code, None, [], cand.sources)
    return [cand]


RETALIATION_CODE = "130"


def retaliation(st: SentenceState, v: int) -> list[Candidate]:
    """"If Russia attacks, the alliance will respond", "will react to any attack by X": a response announced
    for the future (lexicon `retaliation_verb`) to a hostile act, or under a condition, is a threat (130)
    to whoever must meet the condition or would do the act. A response to anything else is none."""
    sent = st.sent
    if st.in_class(v, "retaliation_verb") is None:
        return []
    if modality(sent, v, st.tables.words("modal")) != "future" and not _would(st, v):
        return []
    sources = source_slots(st, v)
    hostile_acts = [o for p, o in preps_of(sent, v) if p == "to" and (code := noun_code(st, o)) is not None
                    and st.tables.info(code).quad_class >= 3]
    targets = [t for n in hostile_acts for t in act_doers(st, n)] or condition_subjects(st, v, sources)
    targets = [t for t in targets if not any(own_state(t.actor, s.actor) for s in sources)]
    if not sources or not targets:
        return []
    st.consumed.update(hostile_acts)
    rule = f"threat:{st.lemma(v)}+if/{RETALIATION_CODE}"
    return [Candidate(sent=sent, trigger=v, code=RETALIATION_CODE, rule=rule, sources=sources,
                      targets=targets, negated=negated(sent, v), modality="future", clause_head=v)]


SPECULATIVE_MODALS = frozenset({"could", "might", "may"})


def speculated(st: SentenceState, cand: Candidate) -> bool:
    """"Iran could retaliate against Israel within days, U.S. officials believe": an act of force a third
    party only says is possible (could, might, may) is its speculation, not an event. Said by the doer's
    side, or by no one ("Russia could attack Georgia"), it stays an event whose modality is hypothetical."""
    sent = st.sent
    if cand.code[:2] not in FORCE_ROOTS or cand.modality != "hypothetical":
        return False
    if not any(sent.tokens[a].text.lower() in SPECULATIVE_MODALS for a in kids(sent, cand.trigger, ("aux",))):
        return False
    verb = reporting_verb_above(st, cand.trigger)
    speakers = source_slots(st, verb) if verb is not None else []
    return bool(speakers) and not any(own_state(s.actor, k.actor) or own_state(k.actor, s.actor)
                   or (s.actor.country is not None and s.actor.country == k.actor.country)
                   for s in cand.sources for k in speakers)
