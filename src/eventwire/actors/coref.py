"""In-article coreference: pronouns, "his French counterpart", "the two leaders", "they".

Rules, not a model: he/she/him/her take the nearest sentence with a fitting person (this one, then
the ones before), within it the main clause's subject, then other subjects, then the rest; people the
knowledge base does not know count too ("Annan said he ..." never skips to a farther known person;
such a pronoun stays unresolved with the name in its reason). Groups ("the two leaders") are no
antecedent of "he". "they" takes the nearest plural, its own sentence's subjects first. A pronoun
object never takes the subject of its own clause ("his counterpart failed to inform him": him is not
the counterpart), compared by who the actor is, not by its words.
"""

from __future__ import annotations

from eventwire.actors.context import Context, Seen
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.nominals import make_mention, state_ref
from eventwire.actors.roles import counterpart
from eventwire.records import ActorRef, Mention, Sentence

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
GROUP_LEMMAS = {"leader", "president", "side", "head", "counterpart", "minister", "man", "party"}
GROUP_DETS = {"the", "both", "two", "these", "those"}


def coref_mentions(sent: Sentence, kb: KnowledgeBase, ctx: Context, found: list[Mention]) -> list[Mention]:
    """Pronoun, counterpart and group mentions of one sentence, resolved left to right."""
    taken = {i for m in found for i in range(m.token_start, m.token_end)}
    out: list[Mention] = []
    for tok in sent.tokens:
        if tok.i in taken:
            continue
        word = tok.text.lower()
        mention = None
        if tok.pos == "PRON" and word in MALE | FEMALE:
            mention = _pronoun(sent, tok.i, kb, ctx, "f" if word in FEMALE else "m")
        elif tok.pos == "PRON" and word in PLURAL:
            mention = _plural_pronoun(sent, tok.i, ctx)
        elif tok.lemma.lower() == "counterpart" and tok.tag == "NN":
            mention = _counterpart(sent, tok.i, kb, ctx, found + out)
        elif tok.lemma.lower() in GROUP_LEMMAS and tok.tag in ("NNS", "NNPS"):
            mention = _group(sent, tok.i, ctx)
        if mention is not None:
            taken.update(range(mention.token_start, mention.token_end))
            out.append(mention)
            ctx.add(sent, mention)
    return out


def _clause_subjects(sent: Sentence, i: int) -> set[int]:
    """Subjects of the pronoun's clause and of the verbs controlling it (xcomp chains)."""
    out: set[int] = set()
    node = sent.tokens[i].head
    for _ in range(6):
        out.update(c for c in sent.children[node] if sent.tokens[c].dep in ("nsubj", "nsubjpass"))
        tok = sent.tokens[node]
        if tok.dep not in ("xcomp", "prep", "pobj", "dobj") or tok.head == node:
            break
        node = tok.head
    return out


def _pronoun(sent: Sentence, i: int, kb: KnowledgeBase, ctx: Context, gender: str) -> Mention:
    text = sent.tokens[i].text
    subjects: set[int] = set()
    if sent.tokens[i].dep not in ("nsubj", "nsubjpass", "poss"):
        subjects = _clause_subjects(sent, i)
    banned = {_identity(s.mention.actor) for s in ctx.seen
              if s.sentence == sent.index and s.head in subjects and s.mention.actor is not None}

    def fits(seen: Seen) -> bool:
        if seen.sentence == sent.index and seen.head in subjects:
            return False  # "his counterpart failed to inform him": him is not the counterpart
        ref = seen.mention.actor
        if ref is None:
            return True
        return _identity(ref) not in banned and kb.gender(ref.kb_id or "") in (None, gender)

    seen = ctx.antecedent(sent.index, i, fits)
    if seen is None:
        return make_mention(sent, i, i + 1, "pronoun", None, reason="no earlier compatible person")
    if seen.mention.actor is None:
        reason = f"refers to {seen.mention.text}, not in the knowledge base"
        return make_mention(sent, i, i + 1, "pronoun", None, reason=reason)
    return make_mention(sent, i, i + 1, "pronoun", _retext(seen.mention.actor, text))


def _plural_pronoun(sent: Sentence, i: int, ctx: Context) -> Mention:
    """"they": the nearest plural of this sentence (its subjects first), then of the two before."""
    subjects = {(s.sentence, s.token) for s in ctx.seen if s.subject}
    before = [(where, members) for where, members in ctx.plurals
              if where < (sent.index, i) and where[0] >= sent.index - 2]
    if not before:
        return make_mention(sent, i, i + 1, "pronoun", None, reason="no earlier plural mention")
    _, members = min(before, key=lambda p: (-p[0][0], p[0] not in subjects, -p[0][1]))
    texted = tuple(_retext(m, sent.tokens[i].text) for m in members)
    actor = texted[0] if len(texted) == 1 else None
    return make_mention(sent, i, i + 1, "pronoun", actor, members=texted if len(texted) > 1 else ())


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
        ref = state_ref(kb, kb.state(country).id, text, "GOV") if country and kb.state(country) else None
        reason = None if ref else "no counterpart found"
        return make_mention(sent, start, i + 1, "role", ref, reason=reason)
    return make_mention(sent, start, i + 1, "role", kb.actor_ref(actor, text, ctx.day))


def _owner_from(sent: Sentence, poss: list[int], kb: KnowledgeBase, ctx: Context) -> ActorRef | None:
    for j in poss:
        word = sent.tokens[j].text.lower()
        if word in MALE | FEMALE:
            gender = "f" if word in FEMALE else "m"
            return ctx.find_person(sent.index, j, lambda r, g=gender: kb.gender(r.kb_id or "") in (None, g))
    return None


def _group(sent: Sentence, i: int, ctx: Context) -> Mention | None:
    """"the two leaders", "both presidents", "the leaders": the two people the article is about."""
    deps = [sent.tokens[c] for c in sent.children[i]]
    if not any(t.text.lower() in GROUP_DETS for t in deps):
        return None
    if any(t.pos == "PROPN" or (t.dep == "amod" and t.ent_type == "NORP") for t in deps):
        return None  # "the Russian leaders", "EU leaders": agents, not a pair of known people
    start = min([i, *[c for c in sent.children[i] if c < i]])
    text = sent.text_of(start, i)
    people = ctx.salient_people(2)
    if len(people) < 2:
        reason = "fewer than two people mentioned before"
        return make_mention(sent, start, i + 1, "group", None, reason=reason)
    members = tuple(_retext(p, text) for p in people)
    return make_mention(sent, start, i + 1, "group", None, members=members)


def _identity(ref: ActorRef | None) -> tuple[object, ...]:
    """Who an actor object names, whatever the words ("he" and "Katsav" are one person)."""
    if ref is None:
        return ()
    return (ref.kb_id,) if ref.kb_id else (ref.name, ref.country, ref.sector, ref.code, ref.type)


def _retext(ref: ActorRef, text: str) -> ActorRef:
    return ActorRef(text, ref.name, ref.country, ref.sector, ref.code, ref.kb_id, ref.type)
