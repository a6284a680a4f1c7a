"""Clause syntax read off spaCy's dependency labels: subjects, objects, prepositions, negation, modality.

Everything here works on one `Sentence` and token indices within it, so the roles of an event always
come from the clause of its trigger (pitfalls 1 and 3 of DESIGN.md). Subjects are inherited the way
English shares them: a `conj` verb without a subject takes its head's, an `xcomp` takes its controller
(the head's object for "urged X to ...", else the head's subject), a relative clause takes the noun it
modifies (pitfall 4), a gerund after a preposition takes its predicate's ("are guilty of violating").

The small parser misreads some news sentences in a few regular ways, repaired here: a finite verb hung
under a noun as if it were a reduced relative ("Palestinian youths resorted to ..., officials said"), a
participle taken for the subject ("The Red Cross operating in Iraq said ..."), a subject swallowed by a
fronted phrase ("During a call initiated by X, A and B had ..."), a second verb taken for a conjunct of the
first one's object ("to offer support and condemn reports"); a verb sharing the object of the verb
coordinated with it ("donated and delivered ventilators to Russia"); a content clause's subject taken for
the reporting verb's object ("agreed the UK and Israel would continue ...").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from eventwire.coding.patterns import Bag, Frame
from eventwire.nlp.lists import list_members
from eventwire.records import Sentence

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "acomp", "dative"})
NP_DEPS = frozenset({"det", "predet", "amod", "compound", "nmod", "poss", "nummod", "quantmod", "case",
                     "npadvmod", "nn"})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "csubjpass", "xcomp"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
SUBJECT_CONTROL = frozenset({"use", "employ", "utilize", "utilise", "deploy", "call", "phone", "telephone",
                             "ring", "visit", "meet"})
"""Verbs whose object does not do their infinitive, their subject does: an instrument ("used weapons to
target X": the user targets X) or the partner of a contact ("called Macron to offer condolences": the
caller offers them), unlike "urged X to ..." where the object acts."""
VERBAL_DEPS = frozenset({"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "pcomp", "parataxis", "csubj",
                         "acl"})


def kids(sent: Sentence, i: int, deps: Iterable[str] | None = None) -> list[int]:
    """Children of token `i`, optionally only those with a dependency label in `deps`."""
    if deps is None:
        return list(sent.children[i])
    wanted = frozenset(deps)
    return [c for c in sent.children[i] if sent.tokens[c].dep in wanted]


def conjuncts(sent: Sentence, i: int) -> list[int]:
    """`i` and the tokens joined to it by `conj` (Russia and France and Germany); also a list the parser
    began as an apposition ("President Biden, Prime Minister Trudeau, President Macron and Chancellor
    Scholz": Trudeau an `appos` of Biden with Macron and Scholz its conjuncts): a name in apposition to a
    name is no description of it when names are coordinated to it."""
    out, stack = [], [i]
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(kids(sent, j, ("conj",)))
        stack.extend(list_members(sent, j))
    return sorted(out)



def is_passive(sent: Sentence, v: int) -> bool:
    """A passive verb; also a bare participle conjoined to one ("Fico was shot and [wounded]": its
    subject is the victim of both, never the doer of the second)."""
    if any(sent.tokens[c].dep in PASSIVE_SUBJECT_DEPS or sent.tokens[c].dep == "auxpass"
           for c in sent.children[v]):
        return True
    tok = sent.tokens[v]
    return (tok.dep == "conj" and tok.tag == "VBN" and tok.head != v and sent.tokens[tok.head].pos == "VERB"
            and not any(sent.tokens[c].dep in SUBJECT_DEPS or sent.tokens[c].dep == "aux"
                        for c in sent.children[v])
            and any(sent.tokens[c].dep in PASSIVE_SUBJECT_DEPS or sent.tokens[c].dep == "auxpass"
                    for c in sent.children[tok.head]))


def own_subjects(sent: Sentence, v: int) -> list[int]:
    return kids(sent, v, SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)


def subjects(sent: Sentence, v: int, depth: int = 0) -> list[int]:
    """Head tokens of the subject of verb `v`, inherited through conj, xcomp, relcl and pcomp."""
    if depth > 6:
        return []
    tok = sent.tokens[v]
    own = [s for o in own_subjects(sent, v) for s in reduced_relative(sent, o)]
    if own:
        if tok.dep == "relcl" and sent.tokens[own[0]].text.lower() in RELATIVE_PRONOUNS:
            return [tok.head]
        return own
    head = tok.head
    if head == v:
        return fronted_subject(sent, v)
    if progressive_attr(sent, v):
        return own_subjects(sent, head)
    if tok.dep == "ccomp" and any(sent.tokens[a].tag == "MD" for a in kids(sent, v, ("aux",))):
        # "agreed [the UK and Israel] would continue": the content's subject parsed as the verb's object
        swallowed = [d for d in kids(sent, head, ("dobj",)) if d < v]
        if swallowed:
            return conjuncts(sent, swallowed[0])
    stray = stray_verb(sent, v)
    if stray is not None:
        return subjects(sent, stray[0], depth + 1)
    if tok.dep == "xcomp":
        by_subject = sent.tokens[head].lemma.lower() in SUBJECT_CONTROL  # "used weapons to target"
        controller = [] if by_subject else kids(sent, head, ("dobj", "dative"))
        return controller or subjects(sent, head, depth + 1)
    if tok.dep == "conj" and sent.tokens[head].pos in {"VERB", "AUX"}:
        return subjects(sent, head, depth + 1)
    purpose = tok.dep == "advcl" and any(sent.tokens[c].text.lower() == "to" for c in kids(sent, v, ("aux",)))
    if tok.dep in {"pcomp", "advcl"} and (tok.tag == "VBG" or purpose):
        verb = predicate_above(sent, head)
        if verb is None or verb == v:
            return []  # "a partner in fighting terrorism": the gerund belongs to a noun
        if tok.dep == "pcomp" and sent.tokens[head].text.lower() == "in" and is_passive(sent, verb):
            return []  # "soldiers were killed in shelling": the victims did not shell
        return subjects(sent, verb, depth + 1)
    if noun_infinitive(sent, v):  # "Russia's decision to expel ...": the possessor acts
        return kids(sent, head, ("poss",))
    if verbless_predicate(sent, v):  # "Doctors from two aid groups donated ...", parsed as a noun phrase
        subject = subject_of_two(sent, v)
        return [root_of(sent) if subject is None else subject]
    participle = tok.dep == "acl" and tok.tag == "VBG" and sent.tokens[head].pos in {"NOUN", "PROPN"}
    if tok.dep == "relcl" or participle:
        return [head]  # "countries that are prolonging", "demonstrators protesting the results"
    return []


def progressive_attr(sent: Sentence, v: int) -> bool:
    """"Oman is mediating between X and Y", parsed with the participle as the attribute of "is": a
    progressive verb when the subject names someone (a proper noun or a personal pronoun); after a common
    noun it is a goal ("her priority is protecting civilians": `modality` wished)."""
    tok = sent.tokens[v]
    if tok.dep != "attr" or tok.tag != "VBG" or tok.pos != "VERB" or tok.head == v:
        return False
    if sent.tokens[tok.head].lemma.lower() != "be":
        return False
    subj = own_subjects(sent, tok.head)
    return bool(subj) and all(sent.tokens[s].pos in {"PROPN", "PRON"} and sent.tokens[s].text.lower()
                              not in NON_ACTOR_PRONOUNS for s in subj)


NON_ACTOR_PRONOUNS = frozenset({"what", "which", "who", "that", "this", "it"})


def fronted_subject(sent: Sentence, v: int) -> list[int]:
    """"During a conversation initiated by the President, Putin and Macron had ...", parsed with the
    subject as conjuncts of the fronted phrase's last noun: the conjuncts after the comma that run up to
    the subject-less verb are its subject."""
    for p in kids(sent, v, ("prep",)):
        if p > v:
            continue
        for c in sent.subtree(p):
            tok = sent.tokens[c]
            first = min(sent.subtree(c))
            if tok.dep != "conj" or sent.tokens[first - 1].text != "," or tok.pos not in {"PROPN", "NOUN"}:
                continue
            joined = conjuncts(sent, c)
            if max(sent.subtree(joined[-1])) == v - 1:
                return joined
    return []


def split_object(sent: Sentence, v: int) -> tuple[int, int, int] | None:
    """"to offer support and condemn reports of attacks", parsed with the second verb as a conjunct of
    the first verb's object (or of its modifier): (the first object, the second verb, its object)."""
    for d in kids(sent, v, ("dobj",)):
        for m in [d, *kids(sent, d, ("nmod", "compound", "amod"))]:
            for c in kids(sent, m, ("conj",)):
                if sent.tokens[c].pos != "VERB" or c < m:
                    continue
                later = [n for n in conjuncts(sent, m) if n > c and sent.tokens[n].pos in {"NOUN", "PROPN"}]
                n = later[0] if later else (d if d > c else None)
                if n is not None:
                    return m, c, n
    return None


def stray_verb(sent: Sentence, c: int) -> tuple[int, int] | None:
    """(the verb it is coordinated with, its own object) for a verb parsed as an object's conjunct
    (`split_object`)."""
    tok = sent.tokens[c]
    if tok.dep != "conj" or tok.pos != "VERB":
        return None
    m = tok.head
    d = m if sent.tokens[m].dep == "dobj" else sent.tokens[m].head
    v = sent.tokens[d].head
    split = split_object(sent, v)
    if split is not None and split[:2] == (m, c):
        return v, split[2]
    return None


def reduced_relative(sent: Sentence, s: int) -> list[int]:
    """"The Red Cross operating in Iraq said ...", parsed with the participle as the subject: the
    participle's own subject is the subject."""
    tok = sent.tokens[s]
    if tok.pos == "VERB" and tok.tag == "VBG":
        inner = kids(sent, s, SUBJECT_DEPS)
        if inner:
            return inner
    return [s]


def noun_infinitive(sent: Sentence, v: int) -> bool:
    """"Russia's action to expel American diplomats": an infinitive completing a noun with a possessor."""
    tok = sent.tokens[v]
    return (tok.dep == "acl" and tok.tag == "VB" and tok.head != v
            and any(sent.tokens[c].text.lower() == "to" for c in kids(sent, v, ("aux",)))
            and bool(kids(sent, tok.head, ("poss",))))


def subject_of_two(sent: Sentence, v: int) -> int | None:
    """"Palestinian youths resorted to ..., officials said": a noun the parser made the subject of a
    verb that has another subject after `v` is really the subject of `v`."""
    j = sent.tokens[v].head
    while sent.tokens[j].dep in {"pobj", "prep", "compound", "amod", "appos"} and sent.tokens[j].head != j:
        j = sent.tokens[j].head
    tok = sent.tokens[j]
    if tok.dep not in {"nsubj", "dep"} or tok.head == j or sent.tokens[tok.head].pos not in {"VERB", "AUX"}:
        return None
    later = [s for s in own_subjects(sent, tok.head) if s > v]
    return j if later else None


def root_of(sent: Sentence) -> int:
    return next((t.i for t in sent.tokens if t.head == t.i), 0)


def verbless_predicate(sent: Sentence, v: int) -> bool:
    """A finite verb the parser hung under a noun root ("Palestinian youths resorted to ...", "An official
    Syrian newspaper called on ..." parsed as one noun phrase): a sentence with no verb at its root has
    its first past-tense modifier of the root's phrase as its predicate, and the root as its subject."""
    tok = sent.tokens[v]
    if tok.dep != "acl" or tok.tag not in {"VBD", "VBN", "VBZ", "VBP"} or agents(sent, v):
        return False
    root = subject_of_two(sent, v)
    if root is None:
        root = root_of(sent)
        if sent.tokens[root].pos not in {"NOUN", "PROPN"}:
            return False
    j, hops = tok.head, 0
    while j != root and hops < 4:  # the root's own phrase: "Doctors [from two groups] donated"
        if sent.tokens[j].dep not in {"pobj", "prep", "compound", "amod", "appos"}:
            return False
        j, hops = sent.tokens[j].head, hops + 1
    return j == root and not any(
        sent.tokens[c].dep == "acl" and sent.tokens[c].pos == "VERB" and c < v for c in sent.children[root])


def predicate_above(sent: Sentence, i: int) -> int | None:
    """The verb whose clause a gerund's preposition belongs to: "X ... by arming Kiev" (the verb),
    "X are guilty of violating" (through the predicate adjective). None when a noun comes first."""
    j = i
    for _ in range(3):
        tok = sent.tokens[j]
        if tok.pos in {"VERB", "AUX"}:
            return j
        if not (tok.pos in {"ADP", "SCONJ"} or (tok.pos == "ADJ" and tok.dep in {"acomp", "oprd"})):
            return None
        if tok.head == j:
            return None
        j = tok.head
    return None


def agents(sent: Sentence, v: int) -> list[int]:
    """Objects of the passive `by` phrase."""
    out = []
    for a in kids(sent, v, ("agent",)):
        out.extend(kids(sent, a, ("pobj",)))
    return out


TIME_ENTITIES = frozenset({"DATE", "TIME"})


def preps_of(sent: Sentence, i: int) -> list[tuple[str, int]]:
    """(preposition, object) pairs of token `i`: `talks with X` -> ("with", X). Time phrases ("on
    Tuesday") are left out: they are dates, never slots of a pattern or a role."""
    out = []
    for p in kids(sent, i, ("prep", "agent", "dative")):
        ptok = sent.tokens[p]
        if ptok.pos not in {"ADP", "SCONJ"} and ptok.dep != "agent":
            continue
        objects = kids(sent, p, ("pobj", "pcomp"))
        if not objects:  # "called on [Hasina to resign]": the object parsed as the infinitive's subject
            objects = [s for x in kids(sent, i, ("xcomp",)) for s in kids(sent, x, ("nsubj",)) if s > p]
        for o in objects:
            relative = free_relative(sent, o)
            if relative is not None:  # "strikes on what it said were hideouts in Iran"
                out.append((ptok.text.lower(), relative[0]))
                out += preps_of(sent, relative[1])
            elif sent.tokens[o].ent_type not in TIME_ENTITIES or term_of_years(sent, ptok.text.lower(), o):
                out.append((ptok.text.lower(), o))
    return out


DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour"})


def term_of_years(sent: Sentence, prep: str, o: int) -> bool:
    """"sentenced X to 14 years in prison": a counted duration after "to" is a term (a slot of the
    verb's pattern, `sentence` `to:years`), not a date the event happened on."""
    tok = sent.tokens[o]
    return (prep == "to" and tok.lemma.lower() in DURATION_UNITS
            and any(sent.tokens[n].pos == "NUM" for n in kids(sent, o, ("nummod",))))


def free_relative(sent: Sentence, o: int) -> tuple[int, int] | None:
    """(the noun, its predicate) a free relative stands for: "on [what it said were militant hideouts in
    Iran]" is on the hideouts, wherever the copula is (also under a verb of saying); "on [what it called
    terrorist camps]" on the camps."""
    for c in [o, *kids(sent, o, ("ccomp",))]:
        for dep, noun in (("nsubj", "attr"), ("dobj", "oprd")):
            if any(sent.tokens[w].text.lower() == "what" for w in kids(sent, c, (dep,))):
                found = kids(sent, c, (noun,))
                if found:
                    return found[0], c
    return None


def np_tokens(sent: Sentence, h: int) -> list[int]:
    """The noun phrase of `h`: its determiners and nominal modifiers, without prepositional phrases,
    clauses and conjuncts."""
    out, stack = [], [h]
    while stack:
        j = stack.pop()
        out.append(j)
        stack.extend(c for c in sent.children[j] if sent.tokens[c].dep in NP_DEPS)
    return out


CURRENCY_SIGNS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}
""""$2 billion" names dollars: a sign is matched as the currency's word (`&CURRENCY` in patterns)."""


def words(sent: Sentence, idx: Iterable[int]) -> set[str]:
    out: set[str] = set()
    for j in idx:
        tok = sent.tokens[j]
        out.add(tok.text.lower())
        out.add(tok.lemma.lower())
        if tok.text in CURRENCY_SIGNS:
            out.add(CURRENCY_SIGNS[tok.text])
    return out


def object_heads(sent: Sentence, v: int, passive: bool) -> list[int]:
    """Object-like dependents of `v` (the passive subject counts: "talks were held")."""
    deps = OBJECT_DEPS | (PASSIVE_SUBJECT_DEPS if passive else frozenset())
    stray, split = stray_verb(sent, v), split_object(sent, v)
    if stray is not None:
        return [stray[1]]
    raised = raised_partner(sent, v)
    if raised is not None:
        return object_heads(sent, raised, is_passive(sent, raised))
    heads: list[int] = []
    for c in kids(sent, v, deps):
        if split is not None and c in {split[0], sent.tokens[split[0]].head}:
            heads.extend(h for h in conjuncts(sent, split[0]) if h < split[1])
        else:
            heads.extend(conjuncts(sent, c))
    heads += [s for _, s in small_clauses(sent, v)]
    for up in kids(sent, v, ("prt",)):  # "kidnapped up to 16 advisers": a quantity parsed as a particle
        if sent.tokens[up].text.lower() == "up":
            heads += [o for p, o in preps_of(sent, up) if p == "to"]
    return heads


def small_clauses(sent: Sentence, v: int) -> list[tuple[int, int]]:
    """(predicate, its subject) of "found the reporter guilty", "declared the vote void", "detained an
    agent plotting to ...", parsed as a clausal complement: the subject is the verb's object; an
    adjective is a word the verb's pattern may ask for, like a particle."""
    out = []
    for c in kids(sent, v, ("ccomp",)):
        tok = sent.tokens[c]
        participle = tok.tag == "VBG" and not kids(sent, c, ("mark", "aux", "auxpass"))
        if tok.pos == "ADJ" or participle:
            out += [(c, s) for s in kids(sent, c, ("nsubj",))]
    return out


def raised_partner(sent: Sentence, v: int) -> int | None:
    """"donated and delivered 50 ventilators to Russia": a verb with no object, preposition or complement
    of its own shares those of the verb coordinated with it."""
    if sent.tokens[v].pos != "VERB" or kids(sent, v, OBJECT_DEPS | {"prep", "xcomp", "ccomp", "agent"}):
        return None
    for c in kids(sent, v, ("conj",)):
        if sent.tokens[c].pos == "VERB" and not own_subjects(sent, c) and kids(sent, c, OBJECT_DEPS):
            return c
    return None


def verb_preps(sent: Sentence, v: int) -> list[tuple[str, int]]:
    """The prepositional phrases of verb `v`, or of the verb it shares them with (`raised_partner`)."""
    raised = raised_partner(sent, v)
    return preps_of(sent, v if raised is None else raised)


FRAME_CONTAINERS = frozenset({"part", "state", "level"})
"""Nouns whose `of` object says what a prepositional phrase is about: "as [part] of a peacekeeping
mission", "on the highest [state] of alert"."""


def frame_phrase(sent: Sentence, o: int) -> list[int]:
    """The noun phrase of a preposition's object `o`, with the `of` object of a container noun."""
    out = np_tokens(sent, o)
    if sent.tokens[o].lemma.lower() in FRAME_CONTAINERS:
        out += [t for p, po in preps_of(sent, o) if p == "of" for t in np_tokens(sent, po)]
    return out


def object_infinitives(sent: Sentence, v: int) -> list[int]:
    """"Iran allowed IAEA inspectors to visit the plant" parsed with "inspectors to visit ..." as a clausal
    complement: a `to` infinitive with its own subject under `v` (no "for", no "that") stands for the
    object and its infinitive, as in "ordered the envoy to leave"."""
    return [c for c in kids(sent, v, ("ccomp",)) if own_subjects(sent, c) and not kids(sent, c, ("mark",))
            and any(sent.tokens[a].text.lower() == "to" for a in kids(sent, c, ("aux",)))]


def for_clauses(sent: Sentence, v: int) -> list[int]:
    """"France called for Russia to withdraw its forces": an infinitive with its own subject after "for",
    parsed as an adverbial clause of `v` (with "for" its mark, or "for Russia" a phrase of `v` right
    before the clause's "to"); the verb asks that subject to do the act (`for_subjects`)."""
    return [c for c in kids(sent, v, ("advcl",)) if sent.tokens[c].pos == "VERB" and for_subjects(sent, v, c)]


def for_subjects(sent: Sentence, v: int, c: int) -> list[int]:
    """The subject heads of the for-to clause `c` of `v` (see `for_clauses`), or none."""
    to = [a for a in kids(sent, c, ("aux",)) if sent.tokens[a].text.lower() == "to"]
    if not to:
        return []
    if any(sent.tokens[m].text.lower() == "for" for m in kids(sent, c, ("mark",))):
        return own_subjects(sent, c)
    if own_subjects(sent, c):
        return []
    return [o for p, o in preps_of(sent, v) if p == "for" and max(np_tokens(sent, o)) + 1 == to[0]]


def verb_frame(sent: Sentence, v: int) -> tuple[Frame, list[int]]:
    """The frame of verb `v` and its object heads (for consumption of event nouns)."""
    passive = is_passive(sent, v)
    objs = object_heads(sent, v, passive)
    obj_words: set[str] = set()
    for o in objs:
        obj_words |= words(sent, np_tokens(sent, o))
        for p, po in preps_of(sent, o):
            if p == "of":  # "60 of our staff [Persona Non Grata]": the quantity's noun and its apposition
                phrase = [t for a in [po, *kids(sent, po, ("appos",))] for t in np_tokens(sent, a)]
                obj_words |= words(sent, phrase)
    for x in kids(sent, v, ("xcomp",)):
        obj_words |= words(sent, [x])
        for o in object_heads(sent, x, is_passive(sent, x)):
            obj_words |= words(sent, np_tokens(sent, o))
    for x in object_infinitives(sent, v):  # "allowed IAEA inspectors to visit": the object parsed as the
        obj_words |= words(sent, [x])  # subject of a ccomp is still the verb's object
        for o in own_subjects(sent, x) + object_heads(sent, x, is_passive(sent, x)):
            obj_words |= words(sent, np_tokens(sent, o))
    preps = [(p, Bag.of(words(sent, frame_phrase(sent, o)))) for p, o in verb_preps(sent, v)]
    # "called for Russia to withdraw": a for-to clause fills the verb's `for:` slot (as "called for talks")
    preps += [("for", Bag.of(words(sent, [t for s in for_subjects(sent, v, c) for t in np_tokens(sent, s)])))
              for c in for_clauses(sent, v) if sent.tokens[c].dep == "advcl" and own_subjects(sent, c)]
    # "called them an occupying army": the object predicate is a slot of its own (`=oprd:` in patterns)
    preps += [("=oprd", Bag.of(words(sent, np_tokens(sent, o)))) for o in kids(sent, v, ("oprd",))
              if sent.tokens[o].pos in {"NOUN", "PROPN"} and sent.tokens[o].ent_type not in TIME_ENTITIES]
    obj_preps: list[tuple[str, Bag]] = []
    for o in objs:
        if sent.tokens[o].dep in PASSIVE_SUBJECT_DEPS:
            continue
        obj_preps.extend((p, Bag.of(words(sent, np_tokens(sent, ob)))) for p, ob in preps_of(sent, o))
    prts = {sent.tokens[c].text.lower() for c in kids(sent, v, ("prt", "advmod"))}
    # a secondary predicate or a word fused before the verb counts as a particle: "shot [dead]",
    # "[test]-fired a missile", "was found [guilty]" (patterns `shoot dead`, `fire test`, `find guilty`)
    prts |= {sent.tokens[c].text.lower() for c in kids(sent, v, ("acomp", "npadvmod"))
             if sent.tokens[c].pos in {"ADJ", "NOUN"}}
    prts |= {sent.tokens[c].text.lower() for c in kids(sent, v, ("oprd",)) if sent.tokens[c].pos == "ADJ"}
    prts |= {sent.tokens[a].text.lower() for a, _ in small_clauses(sent, v) if sent.tokens[a].pos == "ADJ"}
    subj_words: set[str] = set()
    for s in subjects(sent, v):
        subj_words |= words(sent, np_tokens(sent, s))
    frame = Frame(frozenset(prts), Bag.of(obj_words), tuple(preps), Bag.of(subj_words), tuple(obj_preps))
    return frame, objs


def negated(sent: Sentence, v: int) -> bool:
    """`did not attack`, `never met`; "no" only as a determiner of the object ("no talks were held")."""
    heads = [v, sent.tokens[v].head] if progressive_attr(sent, v) else [v]  # "Oman is not mediating"
    for c in [c for h in heads for c in sent.children[h]]:
        tok = sent.tokens[c]
        if tok.dep == "neg" or (tok.dep == "advmod" and tok.text.lower() == "never"):
            return True
    return False


def modality(sent: Sentence, v: int, modals: Mapping[str, str]) -> str:
    """asserted, future, hypothetical or wished, from the auxiliaries of `v` (or of its conj head)."""
    probe, hops = (sent.tokens[v].head if progressive_attr(sent, v) else v), 0
    while hops < 3:
        for c in kids(sent, probe, ("aux", "auxpass")):
            value = modals.get(sent.tokens[c].text.lower())
            if value:
                return value
        if sent.tokens[probe].dep == "conj" and not own_subjects(sent, probe):
            probe, hops = sent.tokens[probe].head, hops + 1
            continue
        break
    if any(sent.tokens[c].text.lower() == "if" for c in kids(sent, v, ("mark",))):
        return "hypothetical"
    tok = sent.tokens[v]
    if for_to(sent, v):
        return "wished"
    aim = purpose_of(sent, v)
    if aim is not None:  # "would continue to work with partners to try and end the blockade"
        governing = modality(sent, aim, modals)
        if governing != "asserted":
            return governing
    goal = tok.dep == "xcomp" or (tok.dep == "attr" and tok.tag == "VBG" and not progressive_attr(sent, v))
    if goal and sent.tokens[tok.head].lemma.lower() == "be" and tok.head != v:
        return "wished"  # "our duty is to strike back", "the goal is to defeat ...": a goal, not an act
    return "asserted"


def for_to(sent: Sentence, v: int) -> bool:
    """"It is of utmost importance for the Commission to avoid impeding shipments", "it is time for Iran
    to return": an infinitive with its own subject after "for" (or a verb it controls) says what someone
    should do, not what was done: `modality` makes it wished."""
    j, hops = v, 0
    while hops < 4:
        if any(sent.tokens[c].text.lower() == "for" for c in kids(sent, j, ("mark",))) and any(
                sent.tokens[c].text.lower() == "to" for c in kids(sent, j, ("aux",))):
            return True
        if sent.tokens[j].dep not in {"xcomp", "conj"} or sent.tokens[j].head == j:
            return False
        j, hops = sent.tokens[j].head, hops + 1
    return False


def purpose_of(sent: Sentence, v: int) -> int | None:
    """The verb whose purpose or complement `v` states ("would keep working with partners to try and end
    the blockade": an xcomp, an infinitive of purpose, or "try and end", a conjunct of one). An act done
    for the sake of a planned or possible act is no more certain than it: `modality` takes the governing
    verb's."""
    j = v
    if sent.tokens[j].dep == "conj" and not own_subjects(sent, j):
        j = sent.tokens[j].head
    tok = sent.tokens[j]
    if tok.dep not in {"advcl", "xcomp"} or tok.head == j or sent.tokens[tok.head].pos not in {"VERB", "AUX"}:
        return None
    if tok.dep == "advcl" and not any(sent.tokens[c].text.lower() == "to" for c in kids(sent, j, ("aux",))):
        return None  # "..., saying ...", "after meeting ...": no purpose
    return tok.head


def clause_tokens(sent: Sentence, v: int) -> set[int]:
    """Tokens of `v`'s own clause: its subtree without embedded clauses (their time is their own). An
    infinitive the clause's predicate controls is part of it ("agreed to meet on Monday"); one completing
    a phrase is not ("thanked X for the discussions due to take place later this week")."""
    out, stack = set(), [v]
    while stack:
        j = stack.pop()
        out.add(j)
        for c in sent.children[j]:
            tok = sent.tokens[c]
            if tok.dep in CLAUSE_DEPS and (tok.dep != "xcomp" or not predicate_of_clause(sent, j)):
                continue
            if tok.dep == "conj" and tok.pos in {"VERB", "AUX"} and (
                    own_subjects(sent, c) or kids(sent, c, ("aux", "auxpass"))):
                continue  # "helped in the past and [will do so] again in the future": a clause of its own
            stack.append(c)
    return out


def object_content(sent: Sentence, v: int) -> list[int]:
    """The clauses the direct object of `v` introduces: a that-clause ("expressed the hope that Russia will
    raise its target") or an infinitive with its own subject ("emphasized the need for Iran to return to
    talks"): what is hoped for or asked, and by whom; also of a coordinated object ("underscored their
    support for X, as well as the need for Y to reduce tensions")."""
    out = []
    for o in [c for d in kids(sent, v, ("dobj",)) for c in conjuncts(sent, d)]:
        for c in kids(sent, o, ("acl", "ccomp", "advcl")):
            marks = {sent.tokens[m].text.lower() for m in kids(sent, c, ("mark",))}
            that_clause = "that" in marks and sent.tokens[c].dep != "advcl"
            for_to = "for" in marks and bool(own_subjects(sent, c)) and bool(kids(sent, c, ("aux",)))
            if that_clause or for_to:
                out.append(c)
    return out


def predicate_of_clause(sent: Sentence, j: int) -> bool:
    """A verb, or a predicate adjective ("is ready [to meet]"): its infinitive belongs to its clause; an
    adjective in a noun or prepositional phrase ("the discussions due [to take place]") keeps its own."""
    tok = sent.tokens[j]
    return tok.pos in {"VERB", "AUX"} or (tok.pos == "ADJ" and tok.dep in {"acomp", "oprd", "ROOT"})


def governing_verb(sent: Sentence, i: int) -> int:
    """The nearest verb above token `i` (or the root)."""
    j, hops = i, 0
    while hops < 40:
        tok = sent.tokens[j]
        if j != i and tok.pos in {"VERB", "AUX"}:
            return j
        if tok.head == j:
            return j
        j, hops = tok.head, hops + 1
    return j


def has_adjacent_word(sent: Sentence, i: int, cls: Mapping[str, str], deps: Iterable[str]) -> str | None:
    """The lexicon value of a dependent of `i` (with one of `deps`) whose lemma is in `cls`."""
    for c in kids(sent, i, deps):
        value = cls.get(sent.tokens[c].text.lower()) or cls.get(sent.tokens[c].lemma.lower())
        if value is not None:
            return value or "yes"
    return None
