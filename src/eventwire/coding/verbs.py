"""Verbal events: a verb with its particle, object and prepositions, its subject and its target.

Control verbs change what their infinitive means: "agreed to maintain communication" is an intent
(CAMEO 03x), "refused to meet" a rejection (12x), "failed to inform" did not happen. The CAMEO code of
the intended or refused act comes from intent_codes.tsv, so one table covers every verb.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.coding.candidate import Candidate, SentenceState
from eventwire.coding.clauses import (
    agents,
    is_passive,
    kids,
    modality,
    negated,
    noun_infinitive,
    np_tokens,
    own_subjects,
    preps_of,
    verb_frame,
    words,
)
from eventwire.coding.patterns import Bag, Match, match_noun, match_verb
from eventwire.coding.roles import same_actor, unique, weak
from eventwire.coding.sources import reporting_verb_above, source_slots, state_of_place, stative
from eventwire.coding.targets import (
    condition_subjects,
    content_subjects,
    initiator_slots,
    purpose_destination,
    reciprocal,
    reflexive,
    target_slots,
)

CONTROL_CLASSES = ("threat_verb", "intent_verb", "refusal_verb", "negating_verb", "attempt_verb")
CONTENT_TARGET_ROOTS = frozenset({"02", "08", "10", "11", "13"})
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
    if not sources and not unnamed_doer(st, v, code):
        return None
    if stative(st, v):
        objs = [o for o in objs if st.sent.tokens[o].dep not in {"nsubjpass", "csubjpass"}]
    targets = target_slots(st, v, code, match, objs, sources)
    places = {s.token for s in sources if s.via == "implied"}
    targets = [t for t in targets if t.token not in places]  # "arrested in Lebanon": Lebanon arrested
    if not targets and reflexive(st, v, objs, sources):
        return None
    if not targets:
        targets = purpose_destination(st, v, sources)
    if not sources and not any(t.actor.country for t in targets):
        return None  # violence by someone unnamed against no one named: nothing to record
    if code[:2] in CONTENT_TARGET_ROOTS:
        if not targets:
            targets = content_subjects(st, v, sources) or condition_subjects(st, v, sources)
        code, rule = refine(st, v, code, rule)
    joint = len(sources) >= 2 and not targets and reciprocal(st, v, objs)
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
        negated=negated(st.sent, v),
        modality=noun_mood(st, v) or modality(st.sent, v, st.tables.words("modal")),
        clause_head=None if is_gerund_noun(st, v) else v, joint=joint, initiated=initiated,
        unattributed=not sources,
    )
    return as_intent(st, as_threat(st, as_refusal(st, cand)))


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
    code_x = mx.code if mx is not None and mx.code != "---" else light_object_code(st, x, objs_x)
    own = mh.code if mh is not None and mh.code != "---" else None
    trigger, match, objs = h, mh, objs_h
    neg, mood = negated(st.sent, h), modality(st.sent, h, st.tables.words("modal"))
    if cls == "threat_verb":
        code = (st.tables.intent(code_x, "threat") if code_x else None) or own or "130"
        rule = f"threat:{st.lemma(h)}+{st.lemma(x)}/{code}"
    elif cls == "intent_verb":
        code = (posture(st, h, code_x) or st.tables.intent(code_x)) if code_x else own
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


def light_object_code(st: SentenceState, x: int, objs: list[int]) -> str | None:
    """"prepared to resume attacks": a light verb's act is its event noun's (noun_patterns.tsv)."""
    if st.in_class(x, "light_verb") != "":
        return None
    for o in objs:
        tok = st.sent.tokens[o]
        mods = Bag.of(words(st.sent, [c for c in np_tokens(st.sent, o) if c != o]))
        preps = frozenset(p for p, _ in preps_of(st.sent, o))
        for lemma in (tok.lemma.lower(), tok.text.lower()):
            pat = match_noun(st.tables.patterns, lemma, mods, preps)
            if pat is not None and pat.code != "---":
                return pat.code
    return None


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
    for cls in CONTROL_CLASSES:
        if st.in_class(v, cls) is not None and (found := infinitives(st, v)):
            cand = control_candidate(st, v, found[0], cls)
            return [cand] if cand else []
    match, objs = match_at(st, v)
    if match is None or (not match.pattern_key and carries_event_noun(st, v)):
        return []  # "converged for a rally": the verb's bare default gives way to the noun's event
    match = in_family(st, v, match)
    st.consumed.update(objs)
    st.consumed.update(o for _, o in preps_of(sent, v))
    if match.code == "---":
        return []
    st.handled.update(xcomps)
    cand = verb_candidate(st, v, match.code, match.rule, match, objs)
    mention = st.in_class(v, "topic_verb") is not None or st.in_class(v, "consult_mention") is not None
    if cand is not None and mention and cand.code == cand.code[:2] + "0":
        cand.reference = True  # "the two leaders discussed ...": a mention of their consultation
    return [cand] if cand else []


def carries_event_noun(st: SentenceState, v: int) -> bool:
    """A light verb whose object or named preposition holds an event noun ("converged for a rally")."""
    light = st.in_class(v, "light_verb")
    if light is None:
        return False
    nouns = st.tables.patterns.nouns
    heads = kids(st.sent, v, ("dobj",)) if light == "" else [o for p, o in preps_of(st.sent, v) if p == light]
    return any(st.sent.tokens[o].lemma.lower() in nouns for o in heads)


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
    st.consumed.update(objs)
    act = mx.code if mx is not None and mx.code != "---" else None
    code = (posture(st, a, act) or st.tables.intent(act)) if act else "030"
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
