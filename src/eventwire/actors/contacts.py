"""Contacts a sentence reports in its main clause: who spoke to, met, called or briefed whom.

"The Prime Minister spoke to President Macron", "Putin had a telephone conversation with Abe",
"Netanyahu called the Prime Minister", "In a call, the Prime Minister congratulated Joe Biden",
"Putin and Erdogan discussed Syria". The parties of the article's latest contact are who "the leaders",
"both sides" and a "they" with no nearer plural refer to in the sentences after it (`coref`): a readout
names the parties of its call once and then speaks of "the leaders" — all of them, five in a multi-party
call, not the last two people named. Only the main clause counts: "his call with Putin" inside a phrase,
or a contact in a reported clause, is a topic, not the article's contact.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.actors.context import Contact, identity
from eventwire.nlp.lists import list_members
from eventwire.records import ActorRef, Mention, Sentence

# verbs whose direct object is a party ("met Xi", "called the Prime Minister", "briefed leaders")
OBJECT_VERBS = frozenset({"meet", "call", "phone", "telephone", "ring", "host", "receive", "brief", "update",
                          "consult"})
# verbs whose party follows "with"/"to" ("spoke to", "talked with", "discussed ... with")
PREP_VERBS = frozenset({"speak", "talk", "meet", "discuss", "confer", "consult", "converse", "exchange"})
PARTY_PREPS = frozenset({"with", "to", "by"})
# nouns of a contact: "had a telephone conversation with", "held talks with", "in a call ..."
CONTACT_NOUNS = frozenset({"call", "conversation", "talk", "talks", "meeting", "discussion", "discussions",
                           "exchange", "videoconference", "consultation", "consultations"})
NOUN_VERBS = frozenset({"have", "hold", "conduct"})
# unnamed parties that still are parties ("briefed leaders"): the contact is then incomplete
PARTY_NOUNS = frozenset({"leader", "president", "counterpart", "minister", "partner", "ally", "head",
                         "chancellor", "premier"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
PARTY_TYPES = frozenset({"person", "state", "igo", "group", "organisation"})


def sentence_contact(sent: Sentence, mentions: Sequence[Mention]) -> Contact | None:
    """The contact the sentence's main clause reports, if any, with at least two parties."""
    for verb in _main_verbs(sent):
        tokens = _party_tokens(sent, verb)
        if tokens is None:
            continue
        parties: list[ActorRef] = []
        complete = True
        for token in tokens:
            found = _parties_at(sent, mentions, token)
            if found is None:
                complete = False
            for ref in found or ():
                if all(identity(ref) != identity(p) for p in parties):
                    parties.append(ref)
        if len(parties) >= 2 or (parties and not complete):
            return Contact(sent.index, tuple(parties), complete)
    return None


def _main_verbs(sent: Sentence) -> list[int]:
    """The root and the verbs conjoined to it ("spoke to X and congratulated him")."""
    roots = [t.i for t in sent.tokens if t.dep == "ROOT"]
    out: list[int] = []
    for root in roots:
        out.append(root)
        out.extend(c for c in sent.children[root] if sent.tokens[c].dep == "conj"
                   and sent.tokens[c].pos in ("VERB", "AUX"))
    return out


def _party_tokens(sent: Sentence, verb: int) -> list[int] | None:
    """Head tokens of the parties of a contact verb (subjects, then objects), None for no contact."""
    tok = sent.tokens[verb]
    lemma = tok.lemma.lower()
    kids = sent.children[verb]
    subjects = _conjuncts(sent, [c for c in kids if sent.tokens[c].dep in SUBJECT_DEPS])
    direct = _conjuncts(sent, [c for c in kids if sent.tokens[c].dep in ("dobj", "dative")])
    if tok.pos in ("NOUN", "PROPN"):  # a heading: "PM call with President Putin"
        if lemma not in CONTACT_NOUNS:
            return None
        owners = [c for c in kids if sent.tokens[c].dep in ("poss", "compound")]
        return _conjuncts(sent, owners) + _prep_objects(sent, verb)
    nouns = [c for c in direct if sent.tokens[c].lemma.lower() in CONTACT_NOUNS]
    if nouns and lemma in NOUN_VERBS:  # "had a telephone conversation with X", "held talks with X"
        objects = [o for n in nouns for o in _prep_objects(sent, n)] + _prep_objects(sent, verb)
    elif (lemma in OBJECT_VERBS and direct) or (lemma in PREP_VERBS and _prep_objects(sent, verb)):
        objects = (direct if lemma in OBJECT_VERBS else []) + _prep_objects(sent, verb)
    elif _in_a_contact(sent, verb):  # "In a call, the Prime Minister congratulated X"
        objects = direct + _prep_objects(sent, verb)
    elif len(subjects) >= 2 and lemma in PREP_VERBS | {"agree"}:
        objects = []  # "Putin and Erdogan discussed Syria"
    else:
        return None
    return subjects + objects if subjects else None


def _in_a_contact(sent: Sentence, verb: int) -> bool:
    """"In a call, ...", "During the talks, ...": the clause happened in a contact."""
    return any(sent.tokens[prep].dep == "prep" and sent.tokens[prep].text.lower() in ("in", "during")
               and any(sent.tokens[o].lemma.lower() in CONTACT_NOUNS for o in sent.children[prep])
               for prep in sent.children[verb])


def _prep_objects(sent: Sentence, head: int) -> list[int]:
    """Objects of "with"/"to" (and the agent "by" of a passive) under `head`, conjuncts included."""
    out: list[int] = []
    for prep in sent.children[head]:
        word = sent.tokens[prep].text.lower()
        if sent.tokens[prep].dep in ("prep", "agent") and word in PARTY_PREPS:
            out += _conjuncts(sent, [o for o in sent.children[prep] if sent.tokens[o].dep == "pobj"])
    return out


def _conjuncts(sent: Sentence, heads: list[int]) -> list[int]:
    """The heads and their conjuncts ("Biden, Draghi, Macron and Merkel"), in text order."""
    out: list[int] = []
    stack = list(heads)
    while stack:
        head = stack.pop()
        if head in out:
            continue
        out.append(head)
        stack.extend(c for c in sent.children[head] if sent.tokens[c].dep == "conj")
        stack.extend(list_members(sent, head))  # "Biden, Prime Minister Trudeau, Macron and Scholz"
    return sorted(out)


def _parties_at(sent: Sentence, mentions: Sequence[Mention], token: int) -> list[ActorRef] | None:
    """The actors the phrase headed at `token` names; None when it names no one we could resolve."""
    covering = [m for m in mentions
                if m.sentence_index == sent.index and m.token_start <= token < m.token_end]
    if not covering:
        tok = sent.tokens[token]
        return None if tok.lemma.lower() in PARTY_NOUNS else []
    mention = max(covering, key=lambda m: m.token_end - m.token_start)
    if mention.members:
        return list(mention.members)
    actor = mention.actor
    if mention.kind in ("place", "modifier") or (actor is not None and actor.type not in PARTY_TYPES):
        return []
    return [actor] if actor is not None else None
