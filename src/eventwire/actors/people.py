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
from eventwire.actors.match import FORMER_WORDS, TITLE_WORDS, Unit, entity_at, span_head, title_sector
from eventwire.actors.nominals import make_mention
from eventwire.actors.scope import NO_COUNTRY
from eventwire.records import Actor, ActorRef, Mention, Sentence

APPOSED = "coded from the office in apposition"
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
    words = ({t.text.lower() for t in sent.tokens[unit.title_start : unit.start]}
             if unit.title_start is not None else set())
    if ref is None and unit.title_start is not None:
        sector = None if words & FORMER_WORDS else title_sector(words)
        bare = ActorRef(text, None, None, sector, sector, None, "person")
        return make_mention(sent, first, end, "name", bare, reason=NO_COUNTRY)
    if ref is not None and why is not None and ref.country and words:
        ref = _retitled(kb, ref, words)  # "opposition leader Raila Odinga" out of office: KEN OPP
    if ref is None:
        return make_mention(sent, first, end, "name", None, reason=why or reason)
    return make_mention(sent, first, end, "name", ref, reason=_notes(reason, why))


def _retitled(kb: KnowledgeBase, ref: ActorRef, words: set[str]) -> ActorRef:
    """A person out of office is what the title says today: "former President X" the country only,
    "opposition leader X" the opposition; other titles keep the nearest role."""
    sector = None if words & FORMER_WORDS else title_sector(words)
    if sector == "GOV" and not words & FORMER_WORDS:
        return ref
    state = kb.state(ref.country or "")
    code = f"{state.code if state else ref.country}{sector or ''}"
    return ActorRef(ref.text, ref.name, ref.country, sector, code, ref.kb_id, ref.type)


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
    codes = {(r.country, r.sector, r.code) for r in refs}
    if len(codes) == 1 and refs[0].code:  # duplicates of one person (three Kofi Annans, all IGOUNO)
        ref = refs[0]
        shared = ActorRef(text, ref.name, ref.country, ref.sector, ref.code, None, "person")
        return shared, f"{len(pool)} people share the name and the code"
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
    sector = None if words & FORMER_WORDS else title_sector(words)
    return ActorRef(text, None, country.country, sector, f"{country.code}{sector or ''}", None, "person")


# --- offices in apposition ------------------------------------------------------------------------


def appositive_titles(sent: Sentence, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """A person with an office in apposition: "Kenzo Oshima, the United Nations Emergency Relief
    Coordinator" (IGOUNO), "Qatar's emir, Sheikh Hamad" (QAT GOV). The office decides when the knowledge
    base cannot place the person that day or found the name only loosely (a namesake's role is
    weaker evidence than the office the sentence gives)."""
    out = []
    for mention in mentions:
        if _person_like(sent, mention) and _weak(mention):
            office = _apposed_office(sent, mention, mentions, kb)
            if office is not None:
                reason = mention.reason or ""
                if APPOSED not in reason:  # read twice: before and after bare agents are placed
                    reason = "; ".join(x for x in (reason, APPOSED) if x)
                mention = Mention(mention.sentence_index, mention.token_start, mention.token_end,
                                  mention.start, mention.end, mention.text, mention.kind, office, reason,
                                  mention.members)
        out.append(mention)
    return out


def _person_like(sent: Sentence, mention: Mention) -> bool:
    if mention.actor is not None:
        return mention.actor.type == "person"
    return mention.kind == "name" and sent.tokens[mention.token_end - 1].ent_type == "PERSON"


def _weak(mention: Mention) -> bool:
    """Unresolved, placed only by context, coded from a fallback role or a loose spelling."""
    return mention.actor is None or (mention.actor.country is None and mention.actor.sector != "IGO") or bool(
        mention.reason and ("no role on" in mention.reason or "matched by" in mention.reason
                            or mention.reason.startswith(("country from context", NO_COUNTRY))))


def _apposed_office(sent: Sentence, person: Mention, mentions: list[Mention],
                    kb: KnowledgeBase) -> ActorRef | None:
    head = span_head(sent, person.token_start, person.token_end)
    tok = sent.tokens[head]
    if tok.dep == "appos" and tok.head != head:
        office = tok.head
        tokens = [i for i in sent.subtree(office) if not person.token_start <= i < person.token_end]
    else:
        apposed = [c for c in sent.children[head] if sent.tokens[c].dep == "appos"]
        if not apposed:
            return None
        office = apposed[0]
        tokens = sent.subtree(office)
    words = {sent.tokens[i].text.lower() for i in tokens}
    if sent.tokens[office].text.lower() not in TITLE_WORDS | {"emir", "envoy", "coordinator"}:
        return None
    inside = set(tokens)
    owners = [m for m in mentions if m is not person and m.token_start in inside and m.actor is not None
              and m.actor.type not in ("person", "place") and m.kind != "place"
              and (m.actor.country or (m.actor.code or "").startswith("IGO"))]
    if not owners:
        return None
    owner = min(owners, key=lambda m: m.token_start).actor
    assert owner is not None
    if not owner.country:  # "the United Nations envoy": the IGO's own code
        return ActorRef(person.text, owner.name, None, "IGO", owner.code or "IGO", None, "person")
    sector = None if words & FORMER_WORDS else title_sector(words)
    state = kb.state(owner.country or "")
    code = f"{state.code if state else owner.country}{sector or ''}"
    return ActorRef(person.text, None, owner.country, sector, code, None, "person")
