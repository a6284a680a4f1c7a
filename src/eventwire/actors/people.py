"""Person names -> people: full names by alias, lone surnames only when the article or the date decides."""

from __future__ import annotations

from eventwire.actors.context import Context
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.match import Unit, entity_at
from eventwire.actors.nominals import make_mention
from eventwire.records import Actor, Mention, Sentence


def person_mention(sent: Sentence, unit: Unit, kb: KnowledgeBase, ctx: Context) -> Mention | None:
    """A person mention ("Russian President Vladimir Putin", "Putin"), coded for the article's date."""
    text = sent.text_of(unit.first, unit.end - 1)
    enclosing = entity_at(sent, unit.start, unit.end)
    if enclosing is not None and enclosing[2] == "PERSON" and unit.title_start is None:
        return None  # a longer name ("Tom Price" vs a KB "Price"): the NER pass reports it unresolved
    names = [kb.get(p.target) for p in unit.patterns if p.kind == "name"]
    people = [a for a in names if a is not None and a.type == "person"]
    if people:
        actor, reason = _pick(people, ctx), None
    else:
        surname = next(p.target for p in unit.patterns if p.kind == "surname")
        actor, reason = _by_surname(kb, surname, ctx)
    if actor is None:
        return make_mention(sent, unit.first, unit.end, "name", None, reason=reason)
    return make_mention(sent, unit.first, unit.end, "name", kb.actor_ref(actor, text, ctx.day))


def _pick(people: list[Actor], ctx: Context) -> Actor:
    """Among people sharing a name: one already in the article, else one in office that day."""
    seen = ctx.seen_person_ids()
    for actor in people:
        if actor.id in seen:
            return actor
    for actor in people:
        if actor.role_on(ctx.day) is not None:
            return actor
    return people[0]


def _by_surname(kb: KnowledgeBase, surname: str, ctx: Context) -> tuple[Actor | None, str | None]:
    candidates = kb.surname_candidates(surname)
    if not candidates:
        return None, "not in knowledge base"
    seen = ctx.seen_person_ids()
    earlier = [a for a in candidates if a.id in seen]
    if len(earlier) == 1:
        return earlier[0], None
    in_office = [a for a in candidates if a.role_on(ctx.day) is not None]
    if len(in_office) == 1:
        return in_office[0], None
    if len(candidates) == 1:
        return candidates[0], None
    count = len(in_office) or len(candidates)
    return None, f"ambiguous surname: {count} people in the knowledge base"
