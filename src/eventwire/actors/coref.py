"""In-article coreference: pronouns, "his French counterpart", "the two leaders", "they".

Rules, not a model: an antecedent is the most salient earlier mention that fits (a subject before a
non-subject, nearer before farther), and a pronoun object never takes the subject of its own clause
("his counterpart failed to inform him": him != the counterpart).
"""

from __future__ import annotations

from eventwire.actors.context import Context
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
    banned: set[str] = set()
    if sent.tokens[i].dep not in ("nsubj", "nsubjpass", "poss"):
        subjects = _clause_subjects(sent, i)
        banned = {r.kb_id for s in ctx.seen if s.sentence == sent.index and s.head in subjects
                  for r in s.people if r.kb_id}

    def fits(ref: ActorRef) -> bool:
        return ref.kb_id not in banned and kb.gender(ref.kb_id or "") in (None, gender)

    ref = ctx.find_person(sent.index, i, fits)
    if ref is None:
        return make_mention(sent, i, i + 1, "pronoun", None, reason="no earlier compatible person")
    return make_mention(sent, i, i + 1, "pronoun", _retext(ref, text))


def _plural_pronoun(sent: Sentence, i: int, ctx: Context) -> Mention:
    for (sentence, token), members in reversed(ctx.plurals):
        if (sentence, token) >= (sent.index, i):
            continue
        if sentence >= sent.index - 2:
            texted = tuple(_retext(m, sent.tokens[i].text) for m in members)
            actor = texted[0] if len(texted) == 1 else None
            return make_mention(sent, i, i + 1, "pronoun", actor, members=texted if len(texted) > 1 else ())
        break
    return make_mention(sent, i, i + 1, "pronoun", None, reason="no earlier plural mention")


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


def _retext(ref: ActorRef, text: str) -> ActorRef:
    return ActorRef(text, ref.name, ref.country, ref.sector, ref.code, ref.kb_id, ref.type)
