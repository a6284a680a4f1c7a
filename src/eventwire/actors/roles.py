"""Role descriptions -> office holders: "the French president", "the Prime Minister", "his counterpart".

The holder is the person holding the office on the article's date, preferring one the article already
mentioned (so "the Secretary" after "Secretary of State Marco Rubio" is Rubio, and "the president" in
an article about France is Macron even without a country word).
"""

from __future__ import annotations

from eventwire.actors.context import Context
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.normalize import fold
from eventwire.records import Actor, ActorRef, Sentence

# role phrase -> (offices, a word the role's title must contain, or "")
ROLE_OFFICES: dict[str, tuple[tuple[str, ...], str]] = {
    "president": (("hos", "hog"), "president"),
    "leader": (("leader",), ""),
    "prime minister": (("hog",), "minister"),
    "premier": (("hog",), ""),
    "chancellor": (("hog",), "chancellor"),
    "king": (("hos",), "king"),
    "foreign minister": (("fm",), ""),
    "foreign secretary": (("fm",), ""),
    "secretary of state": (("fm",), "secretary"),
    "defence minister": (("dm",), ""),
    "defense minister": (("dm",), ""),
    "defence secretary": (("dm",), ""),
    "defense secretary": (("dm",), ""),
    "secretary": (("fm", "dm"), "secretary"),
    "spokesman": (("spk",), ""),
    "spokeswoman": (("spk",), ""),
    "spokesperson": (("spk",), ""),
}


def offices_for(kb: KnowledgeBase, phrase: str, country: str | None) -> tuple[tuple[str, ...], str]:
    offices, word = ROLE_OFFICES[phrase]
    if offices == ("leader",):
        info = kb.countries.get(country) if country else None
        lead = info.leader_office if info else "hos"
        return (lead, "hos", "hog", "leader"), word
    return offices, word


def holds(kb: KnowledgeBase, ref_or_actor: ActorRef | Actor, offices: tuple[str, ...], word: str,
          country: str | None, ctx: Context) -> bool:
    """Whether a person holds one of `offices` (of `country`, if given) on the article's date."""
    actor_id = ref_or_actor.kb_id if isinstance(ref_or_actor, ActorRef) else ref_or_actor.id
    for info in kb.role_infos(actor_id or ""):
        if info.office not in offices or not info.role.holds_on(ctx.day):
            continue
        if country is not None and info.role.country != country:
            continue
        if word and word not in fold(info.role.title):
            continue
        return True
    return False


def role_person(kb: KnowledgeBase, ctx: Context, sent: Sentence, phrase: str, country: str | None,
                head: int) -> Actor | None:
    """The person a role description refers to, or None when it cannot be told."""
    offices, word = offices_for(kb, phrase, country)
    seen = ctx.find_person(sent.index, head, lambda r: holds(kb, r, offices, word, country, ctx))
    if seen is not None and seen.kb_id:
        return kb.get(seen.kb_id)
    if country is None:
        return None
    found = [a for a in kb.holders(country, offices, ctx.day) if holds(kb, a, offices, word, country, ctx)]
    if len(found) > 1:
        principal = [a for a in found if holds(kb, a, offices[:1], word, country, ctx)]
        found = principal or found
    return found[0] if len(found) == 1 else None


def counterpart(kb: KnowledgeBase, ctx: Context, sent: Sentence, owner: ActorRef, country: str | None,
                head: int) -> Actor | None:
    """"his French counterpart": the holder of the owner's office in the named (or another) country."""
    role_office = next(
        (i.office for i in kb.role_infos(owner.kb_id or "") if i.role.holds_on(ctx.day)), None
    )
    offices = ("hos", "hog") if role_office in ("hos", "hog", None) else (role_office,)

    def other(ref: ActorRef) -> bool:
        if ref.kb_id == owner.kb_id:
            return False
        if country is not None:
            return ref.country == country
        return ref.country != owner.country and holds(kb, ref, offices, "", None, ctx)

    seen = ctx.find_person(sent.index, head, other)
    if seen is not None and seen.kb_id:
        return kb.get(seen.kb_id)
    if country is None:
        return None
    found = kb.holders(country, offices, ctx.day)
    if len(found) > 1:
        lead = kb.countries[country].leader_office if country in kb.countries else "hos"
        found = [a for a in found if holds(kb, a, (lead,), "", country, ctx)] or found
    return found[0] if len(found) == 1 else None
