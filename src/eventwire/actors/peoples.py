"""Peoples: plural demonyms and ethnic groups as actors ("Palestinians", "ethnic Albanians", "Kurds").

Coding choice (CAMEO codes a people by where it acts, its ethnicity aside): a people named with a place
("Albanians in southern Serbia", "the Kurds of Syria") takes the country of that place; otherwise a
national people takes its country ("Israelis" -> ISR) and an ethnic group of several countries ("Kurds")
takes the country the sentence or the article gives (`scope.place_bare`), or stays unresolved. Numbers,
"ethnic" and crowd words ("thousands of Nigerians") mark civilians: sector CVL; a bare "Palestinians"
keeps no sector, since news uses it for the side as a whole.
"""

from __future__ import annotations

from eventwire.actors.context import Context, span_head
from eventwire.actors.kb import KnowledgeBase, Pattern
from eventwire.actors.match import Unit, kb_units
from eventwire.actors.nominals import make_mention
from eventwire.actors.places import clause_spot, locative_country, state_of, unit_country
from eventwire.actors.scope import NO_COUNTRY
from eventwire.records import ActorRef, Mention, Sentence

CROWD_WORDS = frozenset({"thousands", "hundreds", "dozens", "millions", "tens", "scores", "crowd", "crowds",
                         "group", "groups", "number", "many", "some", "most", "members"})
RESIDENCE_PREPS = ("in", "of", "from", "living", "inside")
PARTICIPLE_PREPS = ("in", "from", "inside")
"""After a participle only a place says where people live ("living in Gaza"); its `of` is what they did
("accused of an attack in Jerusalem")."""


def is_people_noun(sent: Sentence, unit: Unit) -> bool:
    """A plural noun naming people ("Kurds", "Israelis"), not an adjective before a noun."""
    head = sent.tokens[span_head(sent, unit.start, unit.end)]
    return head.tag in ("NNS", "NNPS") and head.dep not in ("compound", "amod", "nmod")


def people_mention(sent: Sentence, unit: Unit, kb: KnowledgeBase, pattern: Pattern,
                   ref: ActorRef | None, ctx: Context | None = None) -> Mention | None:
    """The mention of a people noun, placed by residence, ethnicity or its own country."""
    head = span_head(sent, unit.start, unit.end)
    start = unit.start
    if start > 0 and sent.tokens[start - 1].text.lower() == "ethnic":
        start -= 1
    text = sent.text_of(start, unit.end - 1)
    civil = start < unit.start or _counted(sent, head)
    sector = "CVL" if civil else None
    residence = _residence(sent, head, kb, ctx)
    before = _demonym_before(sent, unit, kb, ctx)
    if residence is None and before is not None:  # "Bosnian Serbs", "Iraqi Kurds"
        residence, start = before
        text = sent.text_of(start, unit.end - 1)
    if residence is None and start < unit.start and ref is not None and ref.country and ctx is not None:
        residence = minority_home(sent, head, kb, ctx, ref.country)  # "ethnic Albanians ... in Serbia"
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


def minority_home(sent: Sentence, head: int, kb: KnowledgeBase, ctx: Context, own: str) -> str | None:
    """Where an ethnic minority lives (CAMEO codes it by residence): a place of its own clause, the one
    country of the sentence's places, else the first other state the sentence names as an owner
    ("ethnic Turks ... against Sweden's decision to send them back")."""
    spot = clause_spot(sent, head, ctx.spots)
    if spot is not None:
        return spot.country
    country = locative_country(ctx.spots)
    if country is not None:
        return country
    owners = [s.country for s in ctx.spots if s.country != own
              and sent.tokens[span_head(sent, s.start, s.end)].dep == "poss"]
    return owners[0] if owners else None


def _counted(sent: Sentence, head: int) -> bool:
    tok = sent.tokens[head]
    if any(sent.tokens[c].dep == "nummod" for c in sent.children[head]):
        return True
    if tok.dep == "pobj" and tok.head != head:
        prep = sent.tokens[tok.head]
        return prep.head != prep.i and sent.tokens[prep.head].text.lower() in CROWD_WORDS
    return False


def _residence(sent: Sentence, head: int, kb: KnowledgeBase, ctx: Context | None) -> str | None:
    """The country of a place attached to the people noun: "in southern Serbia", "of Syria", or to its
    participle ("living in Gaza"); not a place deeper in the participle's clause, which tells where
    something else happened ("Palestinians accused of an attack in Jerusalem" live where they live)."""
    for child in sent.children[head]:
        word = sent.tokens[child].text.lower()
        if word not in RESIDENCE_PREPS and sent.tokens[child].dep != "acl":
            continue
        if sent.tokens[child].dep == "acl":
            inside = {t for p in sent.children[child] if sent.tokens[p].text.lower() in PARTICIPLE_PREPS
                      for t in sent.subtree(p)}
        else:
            inside = set(sent.subtree(child))
        objects = {g for g in sent.children[child] if sent.tokens[g].dep in ("pobj", "dobj")}
        units = [u for u in kb_units(sent, kb) if u.start in inside and u.end - 1 in inside]
        units.sort(key=lambda u: not objects & set(range(u.start, u.end)))  # the place itself first
        for unit in units:
            country = _unit_country(kb, unit, ctx)
            if country:
                return country
    return None


def _demonym_before(sent: Sentence, unit: Unit, kb: KnowledgeBase,
                    ctx: Context | None) -> tuple[str, int] | None:
    """A country adjective right before the people noun: its country and first token."""
    for other in kb_units(sent, kb):
        if other.end == unit.start and sent.tokens[other.start].dep in ("amod", "compound"):
            country = _unit_country(kb, other, ctx)
            if country:
                return country, other.start
    return None


def all_peoples(sent: Sentence, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Every token of [start, end) is a demonym or ethnic word: "Bosnian Serbs" is no person's name."""
    units = [u for u in kb_units(sent, kb) if u.kinds() <= {"demonym", "ethnic"}]
    covered = {i for u in units for i in range(u.start, u.end)}
    return all(i in covered for i in range(start, end))


def _unit_country(kb: KnowledgeBase, unit: Unit, ctx: Context | None) -> str | None:
    day, hints = (ctx.day, ctx.hints) if ctx is not None else (None, frozenset())
    return unit_country(kb, unit.patterns, day, hints) or state_of(kb, unit.patterns)
