"""Verbal events: a verb with its particle, object and prepositions, its subject and its target.

Control verbs change what their infinitive means: "agreed to maintain communication" is an intent
(CAMEO 03x), "refused to meet" a rejection (12x), "failed to inform" did not happen. The CAMEO code of
the intended or refused act comes from intent_codes.tsv, so one table covers every verb.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from eventwire.coding.candidate import Candidate, SentenceState
from eventwire.coding.clauses import (
    agents,
    is_passive,
    kids,
    modality,
    negated,
    object_heads,
    own_subjects,
    preps_of,
    subjects,
    verb_frame,
)
from eventwire.coding.patterns import Bag, Match, match_verb
from eventwire.coding.roles import SOURCE_FALLBACK, Slot, resolved, same_actor, unique, weak

CONTROL_CLASSES = ("threat_verb", "intent_verb", "refusal_verb", "negating_verb", "attempt_verb")
CONTENT_TARGET_ROOTS = frozenset({"02", "08", "10", "11", "13"})
REFINED = {"020": "appeal", "100": "demand"}
DIRECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "dative", "oprd", "conj", "pobj"})


def match_at(st: SentenceState, v: int) -> tuple[Match | None, list[int]]:
    """The pattern match of verb `v` and its object heads. The object of a topic verb ("discussed
    Syria", "discussed the aid") is what was talked about, so it does not change the code."""
    frame, objs = verb_frame(st.sent, v)
    if st.in_class(v, "topic_verb") is not None:
        frame = replace(frame, obj=Bag.of(()))
    return match_verb(st.tables.patterns, st.lemma(v), frame), objs


def source_slots(st: SentenceState, v: int, depth: int = 0) -> list[Slot]:
    """The doers of `v`: the `by` agent of a passive, else the (inherited) subject; an unresolved
    pronoun inside reported speech is the speaker ("Japan said it had halted aid")."""
    if is_passive(st.sent, v) and not stative(st, v):
        tokens = agents(st.sent, v)
        via = "agent"
    else:
        tokens = subjects(st.sent, v)
        via = "subj"
    out: list[Slot] = []
    for t in tokens or []:
        out.extend(s for s in st.roles.actors(t, via, fallback=SOURCE_FALLBACK) if resolved(s.actor))
    if not out:
        for t in issuer(st, v):
            out.extend(s for s in st.roles.actors(t, via, fallback=SOURCE_FALLBACK) if resolved(s.actor))
    if not out and depth < 2 and any(st.sent.tokens[t].pos == "PRON" for t in tokens):
        speaker = reporting_verb_above(st, v)
        if speaker is not None:
            out = source_slots(st, speaker, depth + 1)
    return unique(out)


def issuer(st: SentenceState, v: int) -> list[int]:
    """"X issued a statement saying ...": the participle speaks for whoever issued the statement."""
    tok = st.sent.tokens[v]
    if tok.dep != "acl" or tok.tag != "VBG" or st.in_class(tok.head, "speech_noun") is None:
        return []
    noun = st.sent.tokens[tok.head]
    if noun.dep not in {"dobj", "nsubjpass"} or noun.head == tok.head:
        return []
    return subjects(st.sent, noun.head)


def stative(st: SentenceState, v: int) -> bool:
    """"Israel is opposed to", "Iran is committed to": a participle of state, whose subject is the doer."""
    return st.in_class(v, "stative_participle") is not None and not agents(st.sent, v)


def reporting_verb_above(st: SentenceState, v: int) -> int | None:
    """The reporting verb whose content clause holds `v`, if any."""
    j, hops = v, 0
    while hops < 8:
        tok = st.sent.tokens[j]
        if tok.head == j:
            return None
        if tok.dep == "ccomp" and st.in_class(tok.head, "speech") is not None:
            return tok.head
        j, hops = tok.head, hops + 1
    return None


def target_slots(st: SentenceState, v: int, code: str, match: Match | None, objs: list[int],
                 sources: list[Slot] | None = None) -> list[Slot]:
    """The target of `v`: the pattern's slot, a recipient, a non-topic object, then the code's prepositions.

    A target that names only a kind of group ("its troops") gives way to a later, fuller one
    ("withdraw its troops from Lebanon").
    """
    weak_found: list[Slot] = []
    for group in target_groups(st, v, code, match, objs):
        found = [t for t in group if not any(same_actor(t.actor, s.actor) for s in sources or ())]
        if found and not all(weak(s.actor) for s in found):
            return unique(found)
        weak_found = weak_found or found
    return unique(weak_found)


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


def reflexive(st: SentenceState, v: int, objs: list[int], sources: list[Slot]) -> bool:
    """"Russia praised Russia": the only object is the doer itself (a self-loop, no event)."""
    direct = [o for o in objs if st.sent.tokens[o].dep in {"dobj", "obj", "dative"}]
    found = [s for o in direct if st.roles.mentions.get(o) is not None
             for s in st.roles.actors(o, "obj", conj=False, fallback=())]
    return bool(found) and all(any(same_actor(t.actor, s.actor) for s in sources) for t in found)


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


def verb_candidate(st: SentenceState, v: int, code: str, rule: str, match: Match | None,
                   objs: list[int]) -> Candidate | None:
    """A candidate for verb `v` coded `code`, with its actors, initiator, negation and modality."""
    sources = source_slots(st, v)
    if not sources:
        return None
    if stative(st, v):
        objs = [o for o in objs if st.sent.tokens[o].dep not in {"nsubjpass", "csubjpass"}]
    targets = target_slots(st, v, code, match, objs, sources)
    if not targets and reflexive(st, v, objs, sources):
        return None
    if code[:2] in CONTENT_TARGET_ROOTS:
        if not targets:
            targets = content_subjects(st, v, sources) or condition_subjects(st, v, sources)
        code, rule = refine(st, v, code, rule)
    joint = False
    initiator = initiator_slots(st, v)
    initiated = False
    if initiator:
        parties = unique(sources + targets)
        countries = {i.actor.country for i in initiator if i.actor.country}
        named = [p for p in parties if p.actor.country in countries]  # "the Japanese side" is Abe
        initiator = named or initiator
        others = [s for s in parties if s.actor.country not in countries
                  and not any(same_actor(s.actor, i.actor) for i in initiator)]
        if others:
            sources, targets, joint, initiated = initiator, others, True, True
    cand = Candidate(
        sent=st.sent, trigger=v, code=code, rule=rule, sources=sources, targets=targets,
        negated=negated(st.sent, v), modality=modality(st.sent, v, st.tables.words("modal")),
        clause_head=None if is_gerund_noun(st, v) else v, joint=joint, initiated=initiated,
    )
    return as_intent(st, as_threat(st, as_refusal(st, cand)))


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
    """An announced hostile act ("will blockade", "would impose a curfew") or an act made conditional
    ("will withdraw ... unless") is a threat: CAMEO's 13x for the act, else 130."""
    if cand.negated or (cand.modality != "future" and not _would(st, cand.trigger)):
        return cand
    info = st.tables.info(cand.code)
    conditional = any(st.sent.tokens[m].text.lower() == "unless"
                      for a in kids(st.sent, cand.trigger, ("advcl",)) for m in kids(st.sent, a, ("mark",)))
    if info.quad_class < 4 and not conditional:
        return cand
    code = st.tables.intent(cand.code, "threat") or "130"
    cand.code, cand.rule = code, f"threat:{st.lemma(cand.trigger)}+{cand.modality}/{code}"
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


def refine(st: SentenceState, v: int, code: str, rule: str) -> tuple[str, str]:
    """A generic appeal (020) or demand (100) takes the family code of what is asked for."""
    family = REFINED.get(code)
    if family is None:
        return code, rule
    for c in kids(st.sent, v, ("ccomp", "xcomp")):
        if st.sent.tokens[c].pos != "VERB":
            continue
        inner, _ = match_at(st, c)
        if inner is not None and inner.code != "---":
            refined = st.tables.intent(inner.code, family)
            if refined and refined != code:
                return refined, f"{rule}+{st.lemma(c)}/{refined}"
    return code, rule


def control_candidate(st: SentenceState, h: int, x: int, cls: str) -> Candidate | None:
    """`h` controls the infinitive `x`: intent, refusal, failure or attempt (see module docstring)."""
    st.handled.add(x)
    mx, objs_x = match_at(st, x)
    mh, objs_h = match_at(st, h)
    st.consumed.update(objs_x + objs_h)
    code_x = mx.code if mx is not None and mx.code != "---" else None
    own = mh.code if mh is not None and mh.code != "---" else None
    trigger, match, objs = h, mh, objs_h
    neg, mood = negated(st.sent, h), modality(st.sent, h, st.tables.words("modal"))
    if cls == "threat_verb":
        code = (st.tables.intent(code_x, "threat") if code_x else None) or own or "130"
        rule = f"threat:{st.lemma(h)}+{st.lemma(x)}/{code}"
    elif cls == "intent_verb":
        code = st.tables.intent(code_x) if code_x else own
        rule = f"intent:{st.lemma(h)}+{st.lemma(x)}/{code}" if code_x else (mh.rule if mh else "")
        mood = (st.in_class(h, cls) or "intended") if mood == "asserted" else mood
    elif cls == "refusal_verb":
        code = (st.tables.intent(code_x, "refusal") if code_x else None) or own or "120"
        rule = f"refuse:{st.lemma(h)}+{st.lemma(x)}/{code}"
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
    if trigger == h and (not cand.targets or all(weak(t.actor) for t in cand.targets)):
        cand.targets = target_slots(st, x, code_x or code, mx, objs_x, cand.sources) or cand.targets
    cand.negated, cand.modality = neg, mood
    return as_refusal(st, cand) if cls == "intent_verb" else cand


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
    for cls in CONTROL_CLASSES:
        if st.in_class(v, cls) is not None and (found := infinitives(st, v)):
            cand = control_candidate(st, v, found[0], cls)
            return [cand] if cand else []
    match, objs = match_at(st, v)
    if match is None:
        return []
    match = in_family(st, v, match)
    st.consumed.update(objs)
    st.consumed.update(o for _, o in preps_of(sent, v))
    if match.code == "---":
        return []
    st.handled.update(xcomps)
    cand = verb_candidate(st, v, match.code, match.rule, match, objs)
    return [cand] if cand else []


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
    """`X is ready/willing to Y`: the adjective controls Y like an intent verb."""
    xcomps = [x for x in kids(st.sent, a, ("xcomp",)) if st.sent.tokens[x].pos == "VERB"]
    if not xcomps or st.in_class(a, "intent_adj") is None:
        return []
    x = xcomps[0]
    st.handled.add(x)
    mx, objs = match_at(st, x)
    code = st.tables.intent(mx.code) if mx is not None and mx.code != "---" else "030"
    head = st.sent.tokens[a].head
    if not code or not own_subjects(st.sent, head):
        return []
    cand = verb_candidate(st, head, code, f"intent:{st.lemma(a)}+{st.lemma(x)}/{code}", mx, objs)
    if cand is None:
        return []
    act = mx.code if mx is not None and mx.code != "---" else code
    if not cand.targets or all(weak(t.actor) for t in cand.targets):
        cand.targets = target_slots(st, x, act, mx, objs, cand.sources) or cand.targets
    cand.trigger, cand.modality = a, "intended"
    return [cand]
