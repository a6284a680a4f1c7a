"""Blame: when a speaker's words accuse another actor of a hostile act without the verb "accuse".

Readouts accuse by pointing at acts, not by naming the accusation:
- calling attention to another's hostile act: "The Russian side drew attention to Ukraine's shelling of
  the plant", "Putin pointed out the barbarous action of the Ukrainian military" (verbs of lexicon class
  `attention_verb`; the value names the object such verbs need: `draw` `attention` ... `to`): 112;
- judging another's act in reported content: "Russia's attacks on Ukraine's energy sector were depraved,
  the PM said" (a blame adjective, lexicon `blame_adjective`, predicated of the act): 111 criticize;
- reporting another's act of conflict with a verb of insistence ("stressed the fact that Ukrainian
  forces target civilian infrastructure"; lexicon `claim_verb`): `speech.blamed_actors`, 112;
- naming another's act an offence: "called the strikes an act of war", "described the sanctions as
  economic terrorism" (a verb of lexicon class `naming_verb`, an `offence_noun` below it): 111.

A hostile act is an event noun of conflict (quad class 3-4 by its noun pattern) or an act noun (lexicon
`act_noun`: action, behaviour, policy ...) that a blame adjective qualifies ("the provocative actions").
Its doers are its possessor, demonym or compound names and its `by` agent; for an act noun also its `of`
object ("the action of the Ukrainian military"). The speaker's own side is never blamed.
"""

from __future__ import annotations

from eventwire.coding.candidate import Candidate, SentenceState, noun_code
from eventwire.coding.clauses import kids, modality, negated, own_subjects, preps_of
from eventwire.coding.roles import Slot, own_state, unique
from eventwire.coding.sources import source_slots
from eventwire.coding.targets import act_doers


def judged(st: SentenceState, n: int) -> bool:
    """Does a blame adjective qualify noun `n` ("barbaric invasion") or its predicate ("... was depraved")?"""
    sent = st.sent
    blame = st.tables.words("blame_adjective")
    if any(sent.tokens[a].lemma.lower() in blame for a in kids(sent, n, ("amod",))):
        return True
    tok = sent.tokens[n]
    if tok.dep not in {"nsubj", "nsubjpass"} or tok.head == n:
        return False
    predicate = [tok.head, *kids(sent, tok.head, ("acomp", "attr"))]  # "were depraved" is parsed as a passive
    return any(sent.tokens[a].text.lower() in blame or sent.tokens[a].lemma.lower() in blame
               for a in predicate)


def hostile_act(st: SentenceState, n: int) -> bool:
    """An event noun of conflict, or an act noun a blame adjective qualifies (module docstring)."""
    tok = st.sent.tokens[n]
    if tok.pos not in {"NOUN", "PROPN"}:
        return False
    code = noun_code(st, n)
    if code is not None:
        return st.tables.info(code).quad_class >= 3
    return st.in_class(n, "act_noun") is not None and judged(st, n)


def others(found: list[Slot], speakers: list[Slot]) -> list[Slot]:
    """The actors of `found` that are not on a speaker's side (the speaker's own country included: a
    government does not accuse its own forces by stressing what they do)."""
    return [s for s in found if not any(own_state(s.actor, k.actor) or own_state(k.actor, s.actor)
                                        or (s.actor.country and s.actor.country == k.actor.country)
                                        for k in speakers)]


def judged_doers(st: SentenceState, tokens: list[int], speakers: list[Slot]) -> list[Slot]:
    """Doers of acts the content judges with a blame adjective ("Russia's attacks ... were depraved")."""
    found = [s for j in tokens if hostile_act(st, j) and judged(st, j) for s in act_doers(st, j)]
    return others(unique(found), speakers)


def attention_candidates(st: SentenceState, v: int) -> list[Candidate]:
    """"drew attention to Ukraine's shelling", "pointed out the barbarous action of the Ukrainian
    military": a verb of lexicon class `attention_verb` whose object is another's hostile act accuses the
    doer (112)."""
    need = st.in_class(v, "attention_verb")
    if need is None:
        return []
    sent = st.sent
    objs = kids(sent, v, ("dobj",))
    if need and not any(sent.tokens[o].lemma.lower() == need for o in objs):
        return []
    heads = ([] if need else objs) + [o for p, o in preps_of(sent, v) if p == "to"]
    acts = [n for h in heads for n in [h, *kids(sent, h, ("appos",))] if hostile_act(st, n)]
    speakers = source_slots(st, v) if acts else []
    blamed = others(unique([s for n in acts for s in act_doers(st, n)]), speakers)
    if not speakers or not blamed:
        return []
    return [Candidate(
        sent=sent, trigger=v, code="112", rule=f"speech:{st.lemma(v)}+act/112", sources=speakers,
        targets=blamed, negated=negated(sent, v), modality=modality(sent, v, st.tables.words("modal")),
        clause_head=v,
    )]


def offence(st: SentenceState, t: int) -> bool:
    """An offence noun (lexicon `offence_noun`); one with a value counts only with such an `of` object
    ("an act of war": `act` `war|aggression`)."""
    need = st.in_class(t, "offence_noun")
    if need is None or st.sent.tokens[t].pos != "NOUN":
        return False
    wanted = set(need.split("|")) if need else set()
    return not wanted or any(st.sent.tokens[o].lemma.lower() in wanted for p, o in preps_of(st.sent, t)
                             if p == "of")


NAMED_DEPS = ("dobj", "ccomp", "oprd")
"""Where the parser puts what is named: "called [the raid] a violation", "branded [the move] a provocation"
(parsed as a clause), "called the Indian [strikes] an act of war" (parsed as the object predicate)."""


def naming_candidates(st: SentenceState, v: int) -> list[Candidate]:
    """"Egypt called the Israeli raid a flagrant violation of international law", "described the sanctions
    as economic terrorism": naming another's act (or another) an offence (lexicon `offence_noun`, anywhere
    in the verb's phrase but its subject) with a verb of naming (`naming_verb`) criticizes the act's doer
    (111), whatever code the named act or the verb would have on its own."""
    if st.in_class(v, "naming_verb") is None:
        return []
    sent = st.sent
    subjects = set(own_subjects(sent, v))
    below = [t for c in sent.children[v] if c not in subjects for t in sent.subtree(c)]
    if not any(offence(st, t) for t in below):
        return []
    speakers = source_slots(st, v)
    named = [h for h in kids(sent, v, NAMED_DEPS)]
    named += [s for c in kids(sent, v, ("ccomp",)) for s in own_subjects(sent, c)]
    found: list[Slot] = []
    for h in named:
        act = noun_code(st, h) is not None or st.in_class(h, "act_noun") is not None
        found += act_doers(st, h) if act else st.roles.actors(h, "obj", conj=False)
    blamed = others(unique(found), speakers)
    if not speakers or not blamed:
        return []
    st.consumed.update(named)
    return [Candidate(
        sent=sent, trigger=v, code="111", rule=f"speech:{st.lemma(v)}+offence/111", sources=speakers,
        targets=blamed, negated=negated(sent, v), modality=modality(sent, v, st.tables.words("modal")),
        clause_head=v,
    )]
