"""In-article coreference: pronouns, "his French counterpart", "the two leaders", "they".

Rules, not a model:
- he/she/him/her take the nearest sentence with a fitting person (this one, then the ones before),
  within it the main clause's subject, then other subjects, then the rest; people the knowledge base
  does not know count too ("Annan said he ..." never skips to a farther known person; such a pronoun
  stays unresolved with the name in its reason). Groups ("the two leaders") are no antecedent of "he".
- A pronoun is never a co-argument of its own clause: an object is not the subject of its clause or of
  the clause controlling an infinitive ("spoke to Macron to congratulate him": him is Macron), and a
  subject is not its verb's object ("He congratulated Kishida": he is not Kishida). Compared by who the
  actor is, not by its words.
- Some pronouns are bound by the syntax before any search: a possessive conjoined to a person is that
  person's ("Putin and his supporters"); inside the prepositional phrase of a judging verb it is the
  judged person's ("thanked Zelenskyy for his friendship", "criticised X for his remarks");
  inside a relative clause it is the relativised noun's ("all those who lost their lives": no actor).
- "it" opening a sentence as the subject of an active main verb is the previous sentence's main subject
  when that is a state, an organisation or a group ("The ministry summoned the envoy. It accused ...").
- "the alliance", "the bloc" with no modifier is the international organisation named last before it.
- "they" takes the nearest plural of its own sentence (main subject first), else the plural main subject
  of one of the two sentences before, else the parties of the article's latest contact (`contacts`:
  "The Prime Minister spoke to President Putin. ... They agreed ..."), else another recent plural; a
  "they" of a subordinate clause with no plural before it in its sentence stays open (it is often a
  thing or a state: "relations ... where they are now").
- "the leaders", "both sides", "the presidents" are the parties of the latest contact (all of them: a
  five-way call has five leaders), "the other leaders" without the clause's subject; without a contact,
  the two people the article mentions most. A group noun with its own "of" phrase ("the leaders of a
  number of states") refers to whom that phrase names, never to the parties as such.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.actors.context import Context, Seen, identity, span_head
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.nominals import make_mention, state_ref
from eventwire.actors.places import clause_of
from eventwire.actors.roles import counterpart
from eventwire.records import ActorRef, Mention, Sentence

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
GROUP_LEMMAS = {"leader", "president", "side", "head", "counterpart", "minister", "man", "party"}
GROUP_DETS = {"the", "both", "two", "these", "those"}
# verbs judging a person for their deeds, whose prepositional phrase speaks of the object's deeds:
# "thanked X for his friendship", "congratulated her on her appointment", "criticised X for his remarks"
JUDGING_VERBS = frozenset({"congratulate", "thank", "praise", "commend", "applaud", "salute", "hail",
                           "compliment", "felicitate", "credit", "admire", "laud", "criticise", "criticize",
                           "blame", "fault", "rebuke", "reprimand", "condemn", "scold"})
RELATIVE_WORDS = frozenset({"who", "that", "which", "whom"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = ("dobj", "dative")


def coref_mentions(sent: Sentence, kb: KnowledgeBase, ctx: Context, found: list[Mention]) -> list[Mention]:
    """Pronoun, counterpart and group mentions of one sentence, resolved left to right."""
    taken = {i for m in found for i in range(m.token_start, m.token_end)}
    out: list[Mention] = []
    for tok in sent.tokens:
        if tok.i in taken:
            continue
        word = tok.text.lower()
        mention = None
        if tok.pos == "PRON" and word in MALE | FEMALE | PLURAL:
            mention = _bound(sent, tok.i, kb, found + out)
        if mention is not None:
            pass
        elif tok.pos == "PRON" and word in MALE | FEMALE:
            mention = _pronoun(sent, tok.i, kb, ctx, "f" if word in FEMALE else "m")
        elif tok.pos == "PRON" and word in PLURAL:
            mention = _plural_pronoun(sent, tok.i, ctx)
        elif tok.pos == "PRON" and word == "it":
            mention = _it_pronoun(sent, tok.i, ctx, found + out)
        elif tok.lemma.lower() in IGO_NOUNS and tok.tag == "NN":
            mention = _igo_description(sent, tok.i, ctx, found + out)
        elif tok.lemma.lower() == "counterpart" and tok.tag == "NN":
            mention = _counterpart(sent, tok.i, kb, ctx, found + out)
        elif tok.lemma.lower() in GROUP_LEMMAS and tok.tag in ("NNS", "NNPS"):
            mention = _group(sent, tok.i, ctx, found + out)
        if mention is not None:
            taken.update(range(mention.token_start, mention.token_end))
            out.append(mention)
            ctx.add(sent, mention)
    return out


# --- pronouns bound by the syntax ---------------------------------------------------------------------


def _bound(sent: Sentence, i: int, kb: KnowledgeBase, mentions: Sequence[Mention]) -> Mention | None:
    """A pronoun the syntax itself binds: "Putin and his supporters", "thanked X for his friendship",
    "those who lost their lives"."""
    text = sent.tokens[i].text
    relative = _relative_head(sent, i)
    if relative is not None:
        found = _actors_at(mentions, relative)
        if not found:
            noun = sent.tokens[relative].text
            return make_mention(sent, i, i + 1, "pronoun", None, reason=f"refers to {noun!r}, no actor")
        return _pronoun_of(sent, i, found)
    tok = sent.tokens[i]
    if tok.text.lower() in PLURAL:
        return None
    gender = "f" if tok.text.lower() in FEMALE else "m"
    owner = None
    if tok.dep == "poss" and tok.head != i and sent.tokens[tok.head].dep == "conj":
        owner = _person_at(mentions, sent.tokens[tok.head].head)  # "the President and his family"
    verb = _judging_verb(sent, i) if owner is None else None
    for child in sent.children[verb] if verb is not None else ():
        if owner is None and sent.tokens[child].dep in OBJECT_DEPS:
            owner = _person_at(mentions, child)  # "thanked Zelenskyy for his friendship"
    if owner is None or kb.gender(owner.kb_id or "") not in (None, gender):
        return None
    return make_mention(sent, i, i + 1, "pronoun", _retext(owner, text))


def _pronoun_of(sent: Sentence, i: int, found: list[ActorRef]) -> Mention:
    text = sent.tokens[i].text
    if len(found) == 1:
        return make_mention(sent, i, i + 1, "pronoun", _retext(found[0], text))
    return make_mention(sent, i, i + 1, "pronoun", None, members=tuple(_retext(r, text) for r in found))


def _relative_head(sent: Sentence, i: int) -> int | None:
    """The noun a relative clause modifies when a possessive pronoun lies in it and the clause's subject
    is the relative word: "all those who lost their lives" -> "those"."""
    tok = sent.tokens[i]
    if tok.dep != "poss":
        return None
    node = tok.head
    for _ in range(4):
        parent = sent.tokens[node]
        if parent.dep == "relcl" and parent.head != node:
            subjects = [c for c in sent.children[node] if sent.tokens[c].dep in SUBJECT_DEPS]
            if subjects and all(sent.tokens[s].text.lower() in RELATIVE_WORDS for s in subjects):
                return parent.head
            return None
        if parent.head == node or parent.dep not in ("dobj", "pobj", "prep", "compound", "amod"):
            return None
        node = parent.head
    return None


def _judging_verb(sent: Sentence, i: int) -> int | None:
    """The judging verb whose prepositional phrase holds token `i`: "thanked X for [his friendship]"."""
    node = i
    for _ in range(8):
        parent = sent.tokens[node].head
        if parent == node:
            return None
        if sent.tokens[node].dep == "prep" and sent.tokens[parent].lemma.lower() in JUDGING_VERBS:
            return parent
        if sent.tokens[node].dep in ("ccomp", "advcl", "parataxis", "conj"):
            return None  # a clause of its own
        node = parent
    return None


def _actors_at(mentions: Sequence[Mention], token: int) -> list[ActorRef]:
    found = [m for m in mentions if m.token_start <= token < m.token_end and (m.actor or m.members)]
    if not found:
        return []
    best = max(found, key=lambda m: m.token_end - m.token_start)
    return list(best.members) or ([best.actor] if best.actor else [])


def _person_at(mentions: Sequence[Mention], token: int) -> ActorRef | None:
    """The one person a mention at `token` names ("President Zelenskyy", "him")."""
    found = _actors_at(mentions, token)
    return found[0] if len(found) == 1 and found[0].type == "person" else None


# --- he, she, him, her --------------------------------------------------------------------------------


def _clause_subjects(sent: Sentence, i: int) -> set[int]:
    """Subjects of the pronoun's clause and of the verbs controlling it (xcomp chains, and infinitives
    of purpose: "spoke to Macron to congratulate him" is controlled by the subject of "spoke")."""
    out: set[int] = set()
    node = sent.tokens[i].head
    for _ in range(6):
        out.update(c for c in sent.children[node] if sent.tokens[c].dep in SUBJECT_DEPS)
        tok = sent.tokens[node]
        infinitive = tok.dep == "advcl" and any(sent.tokens[c].tag == "TO" for c in sent.children[node])
        if (tok.dep not in ("xcomp", "prep", "pobj", "dobj") and not infinitive) or tok.head == node:
            break
        node = tok.head
    return out


def _clause_objects(sent: Sentence, i: int) -> set[int]:
    """Objects of the verb a subject pronoun governs: "He congratulated [Kishida]", "spoke to [X]"."""
    verb = sent.tokens[i].head
    out: set[int] = set()
    for child in sent.children[verb]:
        dep = sent.tokens[child].dep
        if dep in OBJECT_DEPS:
            out.add(child)
        elif dep == "prep" and sent.tokens[child].text.lower() in ("to", "with"):
            out.update(g for g in sent.children[child] if sent.tokens[g].dep == "pobj")
    return out


def _pronoun(sent: Sentence, i: int, kb: KnowledgeBase, ctx: Context, gender: str) -> Mention:
    text = sent.tokens[i].text
    dep = sent.tokens[i].dep
    args: set[int] = set()
    if dep in SUBJECT_DEPS:
        args = _clause_objects(sent, i)
    elif dep != "poss":
        args = _clause_subjects(sent, i)
    banned = {identity(s.mention.actor) for s in ctx.seen
              if s.sentence == sent.index and s.head in args and s.mention.actor is not None}

    def fits(seen: Seen) -> bool:
        if seen.sentence == sent.index and seen.head in args:
            return False  # "his counterpart failed to inform him": him is not the counterpart
        ref = seen.mention.actor
        if ref is None:
            return True
        return identity(ref) not in banned and kb.gender(ref.kb_id or "") in (None, gender)

    seen = ctx.antecedent(sent.index, i, fits)
    if seen is None:
        return make_mention(sent, i, i + 1, "pronoun", None, reason="no earlier compatible person")
    if seen.mention.actor is None:
        reason = f"refers to {seen.mention.text}, not in the knowledge base"
        return make_mention(sent, i, i + 1, "pronoun", None, reason=reason)
    return make_mention(sent, i, i + 1, "pronoun", _retext(seen.mention.actor, text))


# --- they ---------------------------------------------------------------------------------------------


def _plural_pronoun(sent: Sentence, i: int, ctx: Context) -> Mention:
    """"they": the nearest plural of this sentence (its main subject first); then, unless it is a "they"
    or "them" of a subordinate clause, the plural main subject of one of the two sentences before, the
    parties of the latest contact, another recent plural. A subordinate "they" with no plural before it
    in its sentence is often a thing ("relations ... where they are now") or a state ("India ... hope
    that they will commit"): unresolved. "their" keeps the article's parties ("the Kremlin said their
    discussion centred on ...")."""
    mains = {(s.sentence, s.token) for s in ctx.seen if s.main}
    subjects = {(s.sentence, s.token) for s in ctx.seen if s.subject}
    here = [(where, members) for where, members in ctx.plurals if where[0] == sent.index and where[1] < i]
    before = [(where, members) for where, members in ctx.plurals if sent.index - 2 <= where[0] < sent.index]
    members: tuple[ActorRef, ...] | None = None
    if here:
        members = min(here, key=lambda p: (p[0] not in mains, p[0] not in subjects, -p[0][1]))[1]
    elif sent.tokens[i].dep != "poss" and not _in_main_clause(sent, i):
        return make_mention(sent, i, i + 1, "pronoun", None, reason="no plural before it in its sentence")
    for back in (1, 2):
        if members is None:
            members = next((m for where, m in before if where[0] == sent.index - back and where in mains),
                           None)
    contact = ctx.latest_contact(sent.index - 1)
    if members is None and contact is not None:
        members = tuple(ctx.in_article_order(contact.parties))
    if members is None and before:
        members = min(before, key=lambda p: (-p[0][0], p[0] not in subjects, -p[0][1]))[1]
    if not members:
        return make_mention(sent, i, i + 1, "pronoun", None, reason="no earlier plural mention")
    return _pronoun_of(sent, i, list(members))


IGO_NOUNS = frozenset({"alliance", "bloc", "organisation", "organization"})


def _igo_description(sent: Sentence, i: int, ctx: Context, found: Sequence[Mention]) -> Mention | None:
    """"If Russia attacks a NATO member, the alliance will respond": "the alliance", "the bloc" with no
    modifier of its own is an international organisation of the nearest sentence that names one (this
    one before it, then the two before), the first it names (the topic: "NATO ministers met in Brussels")."""
    kids = [sent.tokens[c] for c in sent.children[i]]
    if [k.text.lower() for k in kids if k.dep == "det"] != ["the"] or any(
            k.dep in ("amod", "compound", "poss", "nmod") or (k.dep == "prep" and k.text.lower() == "of")
            for k in kids):
        return None
    here = [m for m in found if m.token_start < i and m.actor is not None and m.actor.type == "igo"]
    if here:
        actor = min(here, key=lambda m: m.token_start).actor
    else:
        earlier = [s for s in ctx.seen if sent.index - 2 <= s.sentence < sent.index
                   and s.mention.actor is not None and s.mention.actor.type == "igo"]
        if not earlier:
            return None
        actor = min(earlier, key=lambda s: (-s.sentence, s.token)).mention.actor
    if actor is None:
        return None
    start = min([i, *[c for c in sent.children[i] if sent.tokens[c].dep == "det"]])
    return make_mention(sent, start, i + 1, "pronoun", _retext(actor, sent.text_of(start, i)))


IT_TYPES = frozenset({"state", "organisation", "igo", "group", "agent"})
IMPERSONAL_VERBS = frozenset({"be", "seem", "appear", "happen", "remain", "take", "become", "matter", "mean",
                              "look", "follow", "emerge", "transpire"})


def _it_pronoun(sent: Sentence, i: int, ctx: Context, found: Sequence[Mention]) -> Mention | None:
    """"X summoned the ambassador. It accused Madrid of ...": "it" opening a sentence as the subject of an
    active main verb is the previous sentence's main subject when that is a state, an organisation or a
    group. Other "it"s stay open (impersonal "it is", "it was agreed"; reported speech binds "it" to the
    speaker in the coder)."""
    tok = sent.tokens[i]
    verb = sent.tokens[tok.head]
    if tok.dep != "nsubj" or not _in_main_clause(sent, i) or any(m.token_start < i for m in found):
        return None
    if verb.pos != "VERB" or verb.lemma.lower() in IMPERSONAL_VERBS:
        return None
    before = [s for s in ctx.seen if s.sentence == sent.index - 1 and s.main and s.mention.actor is not None]
    if len(before) != 1 or before[0].mention.actor is None or before[0].mention.actor.type not in IT_TYPES:
        return None
    return make_mention(sent, i, i + 1, "pronoun", _retext(before[0].mention.actor, tok.text))


def _in_main_clause(sent: Sentence, i: int) -> bool:
    """Token `i` belongs to the sentence's main clause: its clause's verb is the root or conjoined to it."""
    verb = clause_of(sent, i)
    while sent.tokens[verb].dep == "conj" and sent.tokens[verb].head != verb:
        verb = sent.tokens[verb].head
    return sent.tokens[verb].dep == "ROOT"


# --- counterparts and groups --------------------------------------------------------------------------


def _counterpart(sent: Sentence, i: int, kb: KnowledgeBase, ctx: Context, found: list[Mention]) -> Mention:
    """"his French counterpart": the owner from the possessive, the country from the adjective."""
    children = sent.children[i]
    start = min([i, *[c for c in children if sent.tokens[c].dep in ("poss", "amod", "compound")]])
    owner = next((m.actor for m in found if m.kind == "pronoun" and m.token_start in children
                  and m.actor is not None), None)
    if owner is None:
        poss = [c for c in children if sent.tokens[c].dep == "poss"]
        owner = _owner_from(sent, poss, kb, ctx)
    country = None
    for mention in found:
        if mention.token_start in children and mention.kind == "demonym" and mention.actor:
            country = mention.actor.country
    text = sent.text_of(start, i)
    if owner is None:
        return make_mention(sent, start, i + 1, "role", None, reason="counterpart of whom is unclear")
    actor = counterpart(kb, ctx, sent, owner, country, i)
    if actor is None:
        state = kb.state(country) if country else None
        ref = state_ref(kb, state.id, text, "GOV") if state is not None else None
        reason = None if ref else "no counterpart found"
        return make_mention(sent, start, i + 1, "role", ref, reason=reason)
    return make_mention(sent, start, i + 1, "role", kb.actor_ref(actor, text, ctx.day))


def _owner_from(sent: Sentence, poss: list[int], kb: KnowledgeBase, ctx: Context) -> ActorRef | None:
    for j in poss:
        word = sent.tokens[j].text.lower()
        if word in MALE | FEMALE:
            gender = "f" if word in FEMALE else "m"

            def fits(ref: ActorRef, gender: str = gender) -> bool:
                return kb.gender(ref.kb_id or "") in (None, gender)

            return ctx.find_person(sent.index, j, fits)
    return None


def _group(sent: Sentence, i: int, ctx: Context, found: list[Mention]) -> Mention | None:
    """"the two leaders", "both presidents", "the leaders": the parties of the article's contact."""
    deps = [sent.tokens[c] for c in sent.children[i]]
    words = {t.text.lower() for t in deps}
    if not words & GROUP_DETS:
        return None
    if any(t.pos == "PROPN" or (t.dep == "amod" and t.ent_type == "NORP") for t in deps):
        return None  # "the Russian leaders", "EU leaders": agents, not a pair of known people
    start = min([i, *[c for c in sent.children[i] if c < i]])
    text = sent.text_of(start, i)
    named = _of_countries(sent, i, found)
    if named is not None and not named:
        return None  # "the leaders of a number of states": not the article's parties
    contact = ctx.latest_contact(sent.index - 1)
    number = 2 if words & {"two", "both"} else None
    partial = False
    reason: str | None
    people: list[ActorRef]
    if contact is not None and (number is None or len(contact.parties) == number):
        people = ctx.in_article_order(contact.parties)
        partial = not contact.complete
    else:
        people = ctx.salient_people(2 if named is None else 4)
    if named:
        people = [p for p in people if p.country in named]
    if "other" in words:
        subjects = _subject_identities(sent, i, found)
        people = [p for p in people if identity(p) not in subjects]
    if len(people) < 2 and not (partial and people):
        reason = "fewer than two people mentioned before"
        return make_mention(sent, start, i + 1, "group", None, reason=reason)
    reason = "the parties the text names; others unnamed" if partial else None
    members = tuple(_retext(p, text) for p in people)
    return make_mention(sent, start, i + 1, "group", None, reason=reason, members=members)


def _of_countries(sent: Sentence, i: int, found: list[Mention]) -> set[str] | None:
    """Countries a group noun's own "of" phrase names ("the leaders of Russia and the United States"),
    None without such a phrase."""
    preps = [c for c in sent.children[i] if sent.tokens[c].text.lower() == "of" and c > i]
    if not preps:
        return None
    below = {t for p in preps for t in sent.subtree(p)}
    return {m.actor.country for m in found if m.token_start in below and m.actor and m.actor.country}


def _subject_identities(sent: Sentence, i: int, found: list[Mention]) -> set[tuple[object, ...]]:
    """Who the clause of token `i` has as subject ("Biden updated the other leaders")."""
    verb = sent.tokens[i].head
    heads = [c for c in sent.children[verb] if sent.tokens[c].dep in SUBJECT_DEPS]
    return {identity(m.actor) for m in found for h in heads
            if m.actor is not None and span_head(sent, m.token_start, m.token_end) == h}


def _retext(ref: ActorRef, text: str) -> ActorRef:
    return ActorRef(text, ref.name, ref.country, ref.sector, ref.code, ref.kb_id, ref.type)
