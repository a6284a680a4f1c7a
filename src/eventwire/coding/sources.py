"""Who did it: the doers of a verb, with passives, statives, issuers and the pronouns of reported speech.

The subject decides, inherited the way English shares it (`clauses.subjects`); a passive's `by` agent;
"X issued a statement saying ..." speaks for X; inside reported speech a subject pronoun is the speaker
("Japan said it had halted aid") unless a nearer clause has a subject of its own; "It was agreed to ..."
speaks for the sides of the contact the article last told.
"""

from __future__ import annotations

from eventwire.coding.candidate import SentenceState, noun_code
from eventwire.coding.clauses import agents, is_passive, kids, own_subjects, preps_of, subjects
from eventwire.coding.roles import SOURCE_FALLBACK, Slot, located, resolved, unique, weak
from eventwire.records import ActorRef


def source_slots(st: SentenceState, v: int, depth: int = 0) -> list[Slot]:
    """The doers of `v`: the `by` agent of a passive, else the (inherited) subject; an unresolved
    pronoun inside reported speech is the speaker ("Japan said it had halted aid")."""
    if is_passive(st.sent, v) and not stative(st, v):
        tokens = agents(st.sent, v)
        via = "agent"
    else:
        tokens = gerund_controller(st, v) or subjects(st.sent, v)
        via = "subj"
    out: list[Slot] = []
    for t in tokens or []:
        speaker = speaker_for(st, v, t, depth)
        found = speaker or st.roles.actors(t, via, fallback=SOURCE_FALLBACK)
        found = speakers_group(st, v, t, found, depth)
        out.extend(s for s in found if resolved(s.actor))
    if not out:
        for t in issuer(st, v):
            out.extend(s for s in st.roles.actors(t, via, fallback=SOURCE_FALLBACK) if resolved(s.actor))
    if not out and depth < 2 and any(pronominal(st, t) for t in tokens):
        reporting = reporting_verb_above(st, v)
        if reporting is not None:
            out = source_slots(st, reporting, depth + 1)
    if not out and impersonal(st, v):
        tok = st.sent.tokens[v]
        out = [Slot(actor, (tok.start, tok.end), v, "context") for actor in st.parties]
    return unique(out)


def speakers_group(st: SentenceState, v: int, t: int, found: list[Slot], depth: int) -> list[Slot]:
    """"Russia's defence ministry said its troops had withdrawn": a group owned by a possessive pronoun
    ("its troops", "their forces") that names no country of its own belongs to the speaker of the
    reported speech it is the subject of, when the speaker has one (RUSMIL, not a bare MIL)."""
    sent = st.sent
    if depth >= 2 or len(found) != 1 or not weak(found[0].actor):
        return found
    if not any(sent.tokens[c].pos == "PRON" for c in kids(sent, t, ("poss",))):
        return found
    verb = reporting_verb_above(st, v)
    if verb is None or nearer_subject(st, v, verb):
        return found
    owners = [s for s in source_slots(st, verb, depth + 1) if s.actor.country]
    return [located(found[0], owners[0])] if len(owners) == 1 else found


def between_parties(st: SentenceState, v: int) -> list[Slot]:
    """"Talks were held between Iran and the United States": the parties a joint act's verb names with
    `between` or `among`, when it has no doer of its own."""
    return unique([s for p, o in preps_of(st.sent, v) if p in {"between", "among"}
                   for s in st.roles.actors(o, "between") if resolved(s.actor)])


def means_doers(st: SentenceState, v: int) -> tuple[list[Slot], int | None]:
    """"Three soldiers were killed in shelling by Russian forces": a passive act without an agent, done by
    means of an act ("in" a gerund or an event noun) whose `by` phrase names its doer, was done by them.
    Returns the doers and the means, which is the same event: it is not coded again (handled, consumed)."""
    sent = st.sent
    if not is_passive(sent, v) or agents(sent, v):
        return [], None
    for p, o in preps_of(sent, v):
        if p != "in":
            continue
        doers = [a for pp, a in preps_of(sent, o) if pp == "by"]
        doers += [a for c in kids(sent, o, ("acl",)) for a in agents(sent, c)]  # "an attack claimed by X"
        found = [s for d in doers for s in st.roles.actors(d, "agent") if resolved(s.actor)]
        found = found or attack_nationals(st, o)
        if found:
            st.handled.add(o)
            st.consumed.add(o)
            return unique(found), o
    return [], None


def attack_nationals(st: SentenceState, o: int) -> list[Slot]:
    """"Killed in an Israeli air strike", "died in Russia's shelling": the demonym or possessor of an
    event noun of force (noun_patterns.tsv, CAMEO 18-20) names its doer, as a `by` phrase would. Places
    ("the Kyiv attack") and the victim's own side are not the doer: only states and armed actors count."""
    code = noun_code(st, o)
    if code is None or code[:2] not in {"18", "19", "20"}:
        return []
    return [s.with_via("agent") for s in st.roles.modifier_actors(o, compounds=False)
            if resolved(s.actor) and s.actor.type != "place" and s.via in {"amod", "poss"}]


def gerund_controller(st: SentenceState, v: int) -> list[int]:
    """"Accused Ukraine of shelling the plant", "thanked Japan for supporting the bid": the object of a
    verb of lexicon class `object_control` does the gerund after the preposition the class names."""
    sent = st.sent
    tok = sent.tokens[v]
    if tok.tag != "VBG" or tok.dep != "pcomp" or tok.head == v:
        return []
    prep = sent.tokens[tok.head]
    if prep.head == tok.head:
        return []
    wanted = st.in_class(prep.head, "object_control")
    if not wanted or prep.text.lower() not in wanted.split("|"):
        return []
    return kids(sent, prep.head, ("dobj",))


def contact_sides(st: SentenceState, v: int) -> list[Slot]:
    """"They agreed to keep working together", "The leaders looked forward to speaking again": a joint
    act whose subject is "they" or a group of leaders or sides (lexicon `party_noun`) the actors stage
    could not place is the act of the sides of the contact the article last told (`parties`; no span)."""
    sent = st.sent
    tokens = subjects(sent, v)
    if not st.parties or not tokens:
        return []
    for t in tokens:
        tok = sent.tokens[t]
        mention = st.roles.mentions.get(t)
        if mention is not None and (mention.actor is not None or mention.members):
            return []
        plural = tok.text.lower() == "they" or (tok.tag == "NNS" and st.in_class(t, "party_noun") is not None)
        if not plural:
            return []
    tok = sent.tokens[v]
    return [Slot(actor, (tok.start, tok.end), v, "context") for actor in st.parties]


def impersonal(st: SentenceState, v: int) -> bool:
    """"It was agreed to maintain dialogue": an agreement or decision in the impersonal passive speaks for
    the sides of the contact the article last told (`SentenceState.parties`; no span of its own)."""
    sent = st.sent
    if not st.parties or not is_passive(sent, v) or agents(sent, v):
        return False
    if st.in_class(v, "accord_verb") is None and st.in_class(v, "intent_verb") is None:
        return False
    return any(sent.tokens[s].text.lower() == "it" for s in kids(sent, v, ("nsubjpass", "expl")))


PRONOUN_TYPES = {
    "he": {"person"}, "she": {"person"}, "him": {"person"}, "her": {"person"},
    "it": {"state", "organisation", "igo", "group"},
    "they": {"state", "organisation", "igo", "group", "agent"},
    "we": {"state", "organisation", "igo", "group", "agent", "person"},
}
"""Which kinds of speaker a subject pronoun of reported speech can stand for ("Russia said it ...")."""


def speaker_for(st: SentenceState, v: int, t: int, depth: int) -> list[Slot]:
    """"Annan announced that he will withdraw ...": a subject pronoun inside reported speech is the
    speaker when the speaker agrees with it (person for he/she, a state or group for it/they) — the
    reading English gives it, whatever an earlier noun might suggest."""
    kinds = PRONOUN_TYPES.get(st.sent.tokens[t].text.lower())
    if kinds is None or depth >= 2 or st.sent.tokens[t].pos != "PRON":
        return []
    verb = reporting_verb_above(st, v)
    if verb is None or nearer_subject(st, v, verb):
        return []
    speakers = source_slots(st, verb, depth + 1)
    if speakers and all(s.actor.type in kinds or s.actor.type is None for s in speakers):
        return speakers
    return []


def nearer_subject(st: SentenceState, v: int, speech: int) -> bool:
    """A clause between `v` and the reporting verb has a subject of its own ("bombers killed 23 when
    they blew themselves up, police said": "they" are the bombers, not the police)."""
    sent = st.sent
    j = sent.tokens[v].head
    while j != speech and sent.tokens[j].head != j:
        if any(sent.tokens[s].pos != "PRON" for s in own_subjects(sent, j)):
            return True
        j = sent.tokens[j].head
    return False


def pronominal(st: SentenceState, t: int) -> bool:
    """"it", or a group owned by a pronoun ("their forces"): inside reported speech, the speaker's."""
    sent = st.sent
    if sent.tokens[t].pos == "PRON":
        return True
    return any(sent.tokens[c].pos == "PRON" for c in kids(sent, t, ("poss",))) and (
        st.roles.mentions.get(t) is None)


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


STATE_ACT_ROOTS = frozenset({"09", "17"})
"""Acts only a state's authorities do: investigations, arrests, detentions, expulsions, curfews."""


def state_of_place(st: SentenceState, v: int, code: str) -> list[Slot]:
    """"A missionary was arrested in Lebanon", "a US national was put under investigation in Italy": a
    state act told in the passive without its doer was done by the government of the country it happened
    in (CAMEO's convention for unnamed authorities). The slot has no span of its own (`via` "implied")."""
    sent = st.sent
    if code[:2] not in STATE_ACT_ROOTS or not is_passive(sent, v) or agents(sent, v):
        return []
    phrases = preps_of(sent, v)
    phrases += [pp for _, o in list(phrases) for pp in preps_of(sent, o)]  # "under investigation in Italy"
    for p, o in phrases:
        if p != "in" or st.roles.mentions.get(o) is None:
            continue  # the place must be named itself: "the French colony" is no French place
        for place in st.roles.actors(o, "place", conj=False):
            country = place.actor.country
            if country and place.actor.sector in {None, "GOV"} and place.actor.type in {None, "state"}:
                actor = ActorRef(text="", name=None, country=country, sector="GOV", code=country + "GOV",
                                 kb_id=None)
                return [Slot(actor, place.span, place.token, "implied")]
    return []
