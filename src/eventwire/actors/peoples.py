"""Peoples: plural demonyms and ethnic groups as actors ("Palestinians", "ethnic Albanians", "Kurds").

Coding choice (CAMEO codes a people by where it acts, its ethnicity aside): a people named with a place
("Albanians in southern Serbia", "the Kurds of Syria") takes the country of that place; otherwise a
national people takes its country ("Israelis" -> ISR) and an ethnic group of several countries ("Kurds")
takes the country the sentence or the article gives (`scope.place_bare`), or stays unresolved. Numbers,
"ethnic" and crowd words ("thousands of Nigerians") mark civilians: sector CVL; a bare "Palestinians"
keeps no sector, since news uses it for the side as a whole.
"""

from __future__ import annotations

from eventwire.actors.context import span_head
from eventwire.actors.kb import KnowledgeBase, Pattern
from eventwire.actors.match import Unit, kb_units
from eventwire.actors.nominals import make_mention
from eventwire.actors.scope import NO_COUNTRY
from eventwire.records import ActorRef, Mention, Sentence

CROWD_WORDS = frozenset({"thousands", "hundreds", "dozens", "millions", "tens", "scores", "crowd", "crowds",
                         "group", "groups", "number", "many", "some", "most", "members"})
RESIDENCE_PREPS = ("in", "of", "from", "living", "inside")


def is_people_noun(sent: Sentence, unit: Unit) -> bool:
    """A plural noun naming people ("Kurds", "Israelis"), not an adjective before a noun."""
    head = sent.tokens[span_head(sent, unit.start, unit.end)]
    return head.tag in ("NNS", "NNPS") and head.dep not in ("compound", "amod", "nmod")


def people_mention(sent: Sentence, unit: Unit, kb: KnowledgeBase, pattern: Pattern,
                   ref: ActorRef | None) -> Mention | None:
    """The mention of a people noun, placed by residence, ethnicity or its own country."""
    head = span_head(sent, unit.start, unit.end)
    start = unit.start
    if start > 0 and sent.tokens[start - 1].text.lower() == "ethnic":
        start -= 1
    text = sent.text_of(start, unit.end - 1)
    civil = start < unit.start or _counted(sent, head)
    sector = "CVL" if civil else None
    residence = _residence(sent, head, kb)
    before = _demonym_before(sent, unit, kb)
    if residence is None and before is not None:  # "Bosnian Serbs", "Iraqi Kurds"
        residence, start = before
        text = sent.text_of(start, unit.end - 1)
    if residence is not None:
        state = kb.state(residence)
        code = f"{state.code if state else residence}{sector or ''}"
        place = ActorRef(text, state.name if state else None, residence, sector, code, None, "agent")
        return make_mention(sent, start, unit.end, "agent", place, reason="people placed by where they live")
    if ref is None or ref.country is None:
        bare = ActorRef(text, None, None, "CVL", "CVL", None, "agent")
        return make_mention(sent, start, unit.end, "agent", bare, reason=NO_COUNTRY)
    code = f"{ref.code}{sector or ''}"
    placed = ActorRef(text, ref.name, ref.country, sector, code, ref.kb_id if not sector else None, ref.type)
    return make_mention(sent, start, unit.end, "agent" if sector else "name", placed)


def _counted(sent: Sentence, head: int) -> bool:
    tok = sent.tokens[head]
    if any(sent.tokens[c].dep == "nummod" for c in sent.children[head]):
        return True
    if tok.dep == "pobj" and tok.head != head:
        prep = sent.tokens[tok.head]
        return prep.head != prep.i and sent.tokens[prep.head].text.lower() in CROWD_WORDS
    return False


def _residence(sent: Sentence, head: int, kb: KnowledgeBase) -> str | None:
    """The country of a place attached to the people noun: "in southern Serbia", "of Syria"."""
    for child in sent.children[head]:
        word = sent.tokens[child].text.lower()
        if word not in RESIDENCE_PREPS and sent.tokens[child].dep != "acl":
            continue
        inside = set(sent.subtree(child))
        objects = {g for g in sent.children[child] if sent.tokens[g].dep in ("pobj", "dobj")}
        units = [u for u in kb_units(sent, kb) if u.start in inside and u.end - 1 in inside]
        units.sort(key=lambda u: not objects & set(range(u.start, u.end)))  # the place itself first
        for unit in units:
            country = _unit_country(kb, unit)
            if country:
                return country
    return None


def _demonym_before(sent: Sentence, unit: Unit, kb: KnowledgeBase) -> tuple[str, int] | None:
    """A country adjective right before the people noun: its country and first token."""
    for other in kb_units(sent, kb):
        if other.end == unit.start and sent.tokens[other.start].dep in ("amod", "compound"):
            country = _unit_country(kb, other)
            if country:
                return country, other.start
    return None


def all_peoples(sent: Sentence, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Every token of [start, end) is a demonym or ethnic word: "Bosnian Serbs" is no person's name."""
    units = [u for u in kb_units(sent, kb) if u.kinds() <= {"demonym", "ethnic"}]
    covered = {i for u in units for i in range(u.start, u.end)}
    return all(i in covered for i in range(start, end))


def _unit_country(kb: KnowledgeBase, unit: Unit) -> str | None:
    for pattern in unit.patterns:
        if pattern.kind == "place":
            found = kb.place(pattern.target)
            if found:
                return found[1]
        if pattern.kind in ("name", "capital", "demonym"):
            actor = kb.get(pattern.target)
            if actor is not None and actor.type == "state":
                return actor.country
    return None
