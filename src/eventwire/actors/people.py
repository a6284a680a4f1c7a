"""Person names -> people: full names by alias or loose name, lone surnames when the article or the date
decides, and the title written before a name when the knowledge base cannot place the person that day.

Order of evidence: a knowledge-base person holding a role on the article's date; else the title's country
and sector ("Israeli President Moshe Katsav" before his term started -> ISRGOV); else the person's nearest
role (`KnowledgeBase.person_fallback`); else, when several people share the name but one country, that
country. Each fallback says itself in the mention's `reason`.
"""

from __future__ import annotations

from eventwire.actors.context import Context
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.match import Unit, entity_at, title_sector
from eventwire.actors.nominals import make_mention
from eventwire.actors.scope import NO_COUNTRY
from eventwire.records import Actor, ActorRef, Mention, Sentence

TITLED_OFFICES = frozenset({"president", "minister", "king", "queen", "chancellor", "emir", "secretary",
                            "premier", "sultan", "governor", "speaker"})


def person_mention(sent: Sentence, unit: Unit, kb: KnowledgeBase, ctx: Context) -> Mention | None:
    """A person mention ("Russian President Vladimir Putin", "Putin"), coded for the article's date."""
    enclosing = entity_at(sent, unit.start, unit.end)
    if enclosing is not None and enclosing[2] != "PERSON":
        enclosing = None
    end = unit.end
    if enclosing is not None:
        # a longer name than the KB match ("Mohammad Zia-Ul-Haq" around "Mohammad"): the whole name decides
        if _initials_only(sent, enclosing, unit):
            enclosing = None  # "J. Blinken": the surname decides
        elif unit.title_start is None and not _loose_match(kb, sent, enclosing):
            return None  # the NER pass reports it (and codes it from its title, if any)
    if enclosing is not None:
        end = enclosing[1]
        people, reason = named_people(kb, sent.text_of(_name_start(sent, enclosing), end - 1))
    else:
        names = [kb.get(p.target) for p in unit.patterns if p.kind == "name"]
        people = [a for a in names if a is not None and a.type == "person"]
        reason = None
        if not people:
            surname = next(p.target for p in unit.patterns if p.kind == "surname")
            people, reason = kb.surname_candidates(surname), "not in knowledge base"
    first = unit.first if enclosing is None else min(unit.first, _name_start(sent, enclosing))
    text = sent.text_of(first, end - 1)
    if unit.title_start is not None and len(people) > 1:
        people = _fitting_title(people, {t.text.lower() for t in sent.tokens[unit.title_start : unit.start]})
    ref, why = pick_person(kb, people, text, ctx)
    titled = title_ref(kb, unit, sent, text)
    if titled is not None and (ref is None or (why is not None and ref.kb_id is not None)):
        note = "person not in knowledge base" if ref is None else (why or "")
        return make_mention(sent, first, end, "name", titled, reason=f"{note}; coded from the title")
    if ref is None and unit.title_start is not None:
        sector = title_sector({t.text.lower() for t in sent.tokens[unit.title_start : unit.start]})
        bare = ActorRef(text, None, None, sector, sector, None, "person")
        return make_mention(sent, first, end, "name", bare, reason=NO_COUNTRY)
    if ref is None:
        return make_mention(sent, first, end, "name", None, reason=why or reason)
    return make_mention(sent, first, end, "name", ref, reason=_notes(reason, why))


def entity_person(sent: Sentence, start: int, end: int, kb: KnowledgeBase, ctx: Context) -> Mention | None:
    """A PERSON entity no KB pattern matched, found by a looser spelling ("Omar El Bashir")."""
    people, how = named_people(kb, sent.text_of(start, end - 1))
    if not people:
        return None
    ref, why = pick_person(kb, people, sent.text_of(start, end - 1), ctx)
    if ref is None:
        return None
    return make_mention(sent, start, end, "name", ref, reason=_notes(how, why))


def _notes(*notes: str | None) -> str | None:
    kept = [n for n in notes if n and n != "not in knowledge base"]
    return "; ".join(kept) or None


def _fitting_title(people: list[Actor], words: set[str]) -> list[Actor]:
    """Among namesakes, those who held an office the title names ("President Obama" is not a minister)."""
    marks = words & TITLED_OFFICES
    fitting = [a for a in people if any(marks & set(r.title.lower().split()) for r in a.roles)]
    return fitting or people


def _initials_only(sent: Sentence, entity: tuple[int, int, str], unit: Unit) -> bool:
    """The PERSON entity adds only initials ("J.") to the matched name."""
    extra = [t.text for t in sent.tokens[entity[0] : entity[1]] if not unit.start <= t.i < unit.end]
    return all(len(w.rstrip(".")) == 1 and w[:1].isupper() for w in extra)


def _name_start(sent: Sentence, entity: tuple[int, int, str]) -> int:
    return entity[0] + (1 if sent.tokens[entity[0]].text.lower() == "the" else 0)


def _loose_match(kb: KnowledgeBase, sent: Sentence, entity: tuple[int, int, str]) -> bool:
    return bool(named_people(kb, sent.text_of(_name_start(sent, entity), entity[1] - 1))[0])


def named_people(kb: KnowledgeBase, name: str) -> tuple[list[Actor], str]:
    """People an unknown spelling may name: exact alias, loose name, first and last name, near spelling."""
    exact = [a for a in kb.lookup(name) if a.type == "person"]
    if exact:
        return exact, ""
    ids, how = kb.names.find(name)
    people = [a for a in (kb.get(i) for i in ids) if a is not None and a.type == "person"]
    return people, (f"matched by {how}" if people else "not in knowledge base")


def pick_person(kb: KnowledgeBase, people: list[Actor], text: str,
                ctx: Context) -> tuple[ActorRef | None, str | None]:
    """The person among `people` the text means, coded for the day, and a note when it is a fallback.

    One already in the article wins, then the only one in office that day, then the only one at all.
    Several people of one country (two Presidents Bush) still give that country.
    """
    if not people:
        return None, "not in knowledge base"
    seen = ctx.seen_person_ids()
    earlier = [a for a in people if a.id in seen]
    in_office = [a for a in people if a.role_on(ctx.day) is not None]
    chosen = earlier[:1] or (in_office if len(in_office) == 1 else []) or (people if len(people) == 1 else [])
    if chosen:
        actor = chosen[0]
        _, _, note = kb.person_fallback(actor, ctx.day)
        return kb.actor_ref(actor, text, ctx.day), note
    pool = in_office or people
    refs = [kb.actor_ref(a, text, ctx.day) for a in pool]
    countries = {r.country for r in refs}
    if len(countries) == 1 and None not in countries:
        sectors = {r.sector for r in refs}
        ref = refs[0]
        sector = ref.sector if len(sectors) == 1 else None
        code = ref.code if len(sectors) == 1 else (kb.state(ref.country or "") or ref).code
        shared = ActorRef(text, None, ref.country, sector, code, None, "person")
        return shared, f"{len(pool)} people of {ref.country} share the name: coded by country"
    return None, f"ambiguous name: {len(pool)} people in the knowledge base"


def title_ref(kb: KnowledgeBase, unit: Unit, sent: Sentence, text: str) -> ActorRef | None:
    """The actor a title before a name gives: its country (a demonym or country name inside it) and a
    sector from its words ("British Defence Secretary" -> GBR MIL)."""
    if unit.title_start is None:
        return None
    country = None
    for inner in unit.absorbed:
        for pattern in inner.patterns:
            actor = kb.get(pattern.target) if pattern.kind in ("name", "demonym") else None
            if actor is not None and actor.type in ("state", "igo"):
                country = actor
    if country is None:
        return None
    if country.type == "igo":  # "Arab League Secretary General Chadli Klibi": the IGO's own code
        return ActorRef(text, None, None, "IGO", country.code, None, "person")
    words = {t.text.lower() for t in sent.tokens[unit.title_start : unit.start]}
    sector = title_sector(words)
    return ActorRef(text, None, country.country, sector, f"{country.code}{sector}", None, "person")
