"""Sentences the small parser reads without a verb.

"Kenya's President Ruto hosted Uganda's President Museveni in Nairobi" comes out as one long noun
phrase with "hosted" as a modifier: no verb, so no clause to code. When a sentence has no verbal
predicate at all, a lower-case past-tense word between two actor phrases that the verb tables know
("hosted" -> host) is read as the predicate: the actor phrase that ends right before it is its subject,
the noun phrase after it, up to a preposition, its object, headed by its last word ("Uganda's President
Museveni", "talks between X and Y"). The verb's pattern decides the code as for any verb; the target is
the object, else an actor the code's prepositions name on it.
"""

from __future__ import annotations

from eventwire.coding.candidate import Candidate, SentenceState, base_forms
from eventwire.coding.clauses import np_tokens, preps_of, words
from eventwire.coding.patterns import Bag, Frame, match_verb
from eventwire.coding.roles import resolved

PREDICATE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "parataxis", "acl", "pcomp"})


def verbless_candidate(st: SentenceState) -> Candidate | None:
    """The event of a sentence parsed without any verbal predicate (see the module docstring)."""
    sent = st.sent
    if any(t.pos in {"VERB", "AUX"} and t.dep in PREDICATE_DEPS for t in sent.tokens):
        return None
    for t in sent.tokens:
        lemma = past_verb(st, t.i)
        before = st.roles.mentions.get(t.i - 1)
        head = object_head(st, t.i)
        if lemma is None or before is None or before.token_end != t.i or head is None:
            continue
        preps = preps_of(sent, head)
        frame = Frame(obj=Bag.of(words(sent, range(t.i + 1, head + 1))),
                      obj_preps=tuple((p, Bag.of(words(sent, np_tokens(sent, o)))) for p, o in preps))
        match = match_verb(st.tables.patterns, lemma, frame)
        if match is None or match.code == "---":
            return None
        sources = [s for s in st.roles.actors(t.i - 1, "subj", conj=False) if resolved(s.actor)]
        targets = [s for s in st.roles.actors(head, "obj", conj=False) if resolved(s.actor) and s.token > t.i]
        for prep in () if targets else st.tables.role(match.code).target_preps:
            targets = targets or [s for p, o in preps if p == prep
                                  for s in st.roles.actors(o, f"prep:{p}") if resolved(s.actor)]
        if not sources or not targets:
            return None
        st.consumed.add(head)
        return Candidate(sent=sent, trigger=t.i, code=match.code, rule=match.rule, sources=sources,
                         targets=targets, clause_head=t.i)
    return None


def past_verb(st: SentenceState, i: int) -> str | None:
    """The lemma the verb tables know of a lower-case past-tense word ("hosted" -> host), if any."""
    text = st.sent.tokens[i].text
    if not text.islower() or not text.endswith("ed"):
        return None
    entries = st.tables.patterns.entries
    return next((b for b in base_forms(text) if b in entries), None)


def object_head(st: SentenceState, i: int) -> int | None:
    """The head of the noun phrase right after token `i`: its last word before a preposition or
    punctuation ("Uganda's President [Museveni] in Nairobi", "[talks] between X and Y")."""
    head = None
    for t in st.sent.tokens[i + 1:]:
        if t.pos in {"ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ"} and t.text != "-":
            break
        if t.pos in {"NOUN", "PROPN"}:
            head = t.i
    return head
