"""Claims of responsibility: "Islamic State later claimed the attack", "an attack claimed by al-Shabaab".

A claim of an attack is CAMEO 015 (acknowledge or claim responsibility), not an accusation, even when
the parser makes the attack's clause the claim's content. The claimant is also the attack's doer where
the attack names none of its own or only unidentified attackers (CAMEO codes an unclaimed attack to
`UAF`, a claimed one to whoever claimed it).
"""

from __future__ import annotations

from eventwire.coding.candidate import SentenceState, noun_code
from eventwire.coding.clauses import agents, kids, subjects
from eventwire.coding.roles import Slot, resolved, unique

FORCE_ROOTS = frozenset({"18", "19", "20"})
UNIDENTIFIED = "UAF"


def claimed_act(st: SentenceState, n: int) -> bool:
    """Is noun `n` what a claim of responsibility names: "responsibility"/"credit" (lexicon
    `responsibility_noun`), an event noun of force or a weapon or attack noun ("the attack", "the
    bombing")?"""
    if st.in_class(n, "responsibility_noun") is not None or st.in_class(n, "instrument_noun") is not None:
        return True
    code = noun_code(st, n)
    return code is not None and code[:2] in FORCE_ROOTS


def responsibility_claim(st: SentenceState, v: int) -> bool:
    """Does verb `v` claim responsibility ("claimed the attack", "claimed responsibility for ...")?"""
    if st.in_class(v, "responsibility_verb") is None:
        return False
    return any(claimed_act(st, o) for o in kids(st.sent, v, ("dobj",)))


def claimants(st: SentenceState, v: int) -> list[Slot]:
    """Who claimed the attack of sentence token `v`: the `by` agent of a claim participle on an attack
    noun ("killing five soldiers in an attack claimed by al-Shabaab"), else the subject of a claim of
    responsibility ("...; Islamic State later claimed the attack"). A wire sentence that tells an attack
    and its claim tells one attack, so the whole sentence is searched."""
    sent = st.sent
    found: list[Slot] = []
    for c in range(len(sent.tokens)):
        tok = sent.tokens[c]
        if c == v or tok.pos != "VERB" or st.in_class(c, "responsibility_verb") is None:
            continue
        if tok.dep == "acl" and tok.head != c and claimed_act(st, tok.head):
            found += [s for a in agents(sent, c) for s in st.roles.actors(a, "agent") if resolved(s.actor)]
        elif responsibility_claim(st, c):
            found += [s for t in subjects(sent, c) for s in st.roles.actors(t, "subj") if resolved(s.actor)]
    return unique(found)


def unidentified(sources: list[Slot]) -> bool:
    """No doer, or only unidentified attackers ("a car bomb", "suicide bombers": `UAF`)."""
    return all(UNIDENTIFIED in (s.actor.code or "") for s in sources)
