"""Mentions -> actors: names, metonyms, demonyms, agents, roles and in-article coreference.

`find_mentions` walks an article's sentences in order and returns `records.Mention`s, each resolved to
an `ActorRef` coded for the article's date, or unresolved with a `reason`. Kinds:

- name      a KB name (Putin, Russia, the IAEA, Hamas), titles included ("Russian President Vladimir Putin"),
            a lone surname of the one office holder of that name ("Lavrov said"), or a party's name the
            knowledge base lacks, placed by its context (`parties`: "the opposition Move Forward Party")
- metonym   a seat or capital for its government (the Kremlin, "Kiev said", Downing Street)
- place     a city, region or capital where something happens ("riots in Dili"): the country, no sector
            (`places`; the state holding it on the date)
- demonym   an adjective or people word (Israeli, US in "US strikes", Western); the coder decides by syntax
- agent     a generic agent with its country ("Israeli troops" -> ISR MIL, "Hong Kong police" -> HKG COP)
- role      a description of an office holder ("the French president", "his French counterpart")
- group     plural references to leaders ("the two leaders", "both sides", "the leaders"): `actor` is None
            and `members` holds the parties of the article's latest contact, two or more (`contacts`), so
            no single actor is mistaken for a joint one
- pronoun   he/she/him/her/his/they/their, resolved to the most salient compatible earlier mention; a
            plural "they" with several antecedents has `members` like a group
- modifier  a place name inside a non-actor noun phrase ("Beirut airport"): resolved to the place, but
            the coder should not take it as a participant; naming an event ("the Astana process",
            "the Minsk package") it has no actor at all

Per sentence: KB matches and agents, NER leftovers, offices in apposition (`people`), bare agents placed
(`scope`, `places`), agents given their owner's country (`owners`), offices in apposition again (now
placed: "X, our Ambassador"), then coreference (`coref`), so a pronoun sees every person the sentence
named and every agent already placed, then owners again ("Putin and his supporters"), and last the
sentence's contact (`contacts`: who spoke to, met or called whom), which later groups refer to.
An official publisher's own office ("the Prime Minister" in a Downing Street readout) is its own
principal unless the text names a country for it (`nominals._role_holder`).

Unresolvable mentions keep `actor=None` and a `reason`, never a guess.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from eventwire.actors.contacts import sentence_contact
from eventwire.actors.context import Context
from eventwire.actors.coref import coref_mentions
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.match import Unit, absorb_titles, kb_units
from eventwire.actors.nominals import agent_mentions, make_mention, ner_mentions, unit_mention
from eventwire.actors.owners import owned_agents
from eventwire.actors.parties import party_mention, party_names, place_parties
from eventwire.actors.people import appositive_titles
from eventwire.actors.places import locative_country, place_hints, sentence_spots
from eventwire.actors.scope import home_country, own_office, place_bare
from eventwire.actors.tables import KBRole
from eventwire.records import Mention, ParsedArticle, Sentence

# offices whose holders wire copy names by surname alone ("Lavrov said", "Guterres praised"); 'other'
# (Phoenix's monthly cabinet lists) and ambassadors are too many and too obscure
SURNAME_OFFICES = frozenset({"hos", "hog", "fm", "dm", "spk", "vp", "igo", "leader", "mil"})
COMMON_WORD = "a common word opening the sentence, not a surname"
SURNAME_ENTITIES = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"})


def find_mentions(parsed: ParsedArticle, kb: KnowledgeBase) -> list[Mention]:
    """All actor mentions of an article, in text order, resolved for the article's date."""
    article = parsed.article
    ctx = Context(kb, article.date, home_country(kb, article), own_office(kb, article))
    out: list[Mention] = []
    for sent in parsed.sentences:
        out.extend(sentence_mentions(sent, kb, ctx))
    return out


def sentence_mentions(sent: Sentence, kb: KnowledgeBase, ctx: Context) -> list[Mention]:
    """Mentions of one sentence; `ctx` carries what earlier sentences introduced (for coreference)."""
    found = kb_units(sent, kb)
    ctx.hints = place_hints(sent, found, kb)
    ctx.spots = sentence_spots(sent, found, kb, ctx.day, ctx.hints)
    located = locative_country(ctx.spots)
    if located is not None:
        ctx.located[sent.index] = located
    out = appositive_titles(sent, ner_mentions(sent, _named(sent, found, kb, ctx), kb, ctx), kb)
    out = _settle(ctx, out, place_parties(sent, out, kb, ctx))  # "Thailand's court ... the X Party"
    out = _settle(ctx, out, owned_agents(sent, place_bare(kb, sent, out, ctx), kb))
    out = _settle(ctx, out, appositive_titles(sent, out, kb))  # offices placed by now: "our Ambassador"
    out = out + coref_mentions(sent, kb, ctx, out)
    out = _settle(ctx, out, owned_agents(sent, out, kb))  # owners coref found: "Putin and his supporters"
    out = sorted((m for m in out if not _inside_role(m, out)), key=lambda m: (m.token_start, m.token_end))
    contact = sentence_contact(sent, out)
    if contact is not None:
        ctx.contacts.append(contact)
    return out


def _named(sent: Sentence, found: list[Unit], kb: KnowledgeBase, ctx: Context) -> list[Mention]:
    """Knowledge-base matches and agent phrases, read in text order (titles absorbed, longest first)."""
    units = absorb_titles(sent, found, kb, ctx.day)
    blocked = {id(u) for u in units if _blocked_surname(sent, u, kb, ctx)}
    doubtful = [_doubtful_surname(sent, u, kb, ctx) for u in units if id(u) in blocked]
    units = [u for u in units if id(u) not in blocked and not _compass(sent, u, kb) and not _a_date(sent, u)]
    parties = party_names(sent, units, kb)
    named = [party_mention(sent, p, units, kb) for p in parties]
    partisan = frozenset(i for p in parties for i in range(p.start, p.end))
    units = [u for u in units if not partisan & set(range(u.first, u.end))]
    agents, used = agent_mentions(sent, kb, ctx, units, partisan)
    units = [u for u in units if id(u) not in used]
    pending: list[tuple[int, Unit | Mention]] = [(u.first, u) for u in units]
    pending += [(m.token_start, m) for m in [*doubtful, *named] if m is not None]
    pending += [(m.token_start, m) for m in agents]
    pending.sort(key=lambda item: item[0])
    out: list[Mention] = []
    taken: set[int] = set()
    for _, item in pending:
        if isinstance(item, Unit) and taken & set(range(item.first, item.end)):
            continue  # inside a longer name already read ("Hassan" in "Omar Hassan al-Bashir")
        mention = unit_mention(sent, item, kb, ctx) if isinstance(item, Unit) else item
        if mention is not None:
            out.append(mention)
            taken.update(range(mention.token_start, mention.token_end))
            ctx.add(sent, mention)
    return out


def _settle(ctx: Context, old: list[Mention], new: list[Mention]) -> list[Mention]:
    """`new` replaces `old` one for one; the context sees the replaced mentions (coreference reads them)."""
    for before, after in zip(old, new, strict=True):
        if after is not before:
            ctx.replace(before, after)
    return new


def _inside_role(mention: Mention, mentions: list[Mention]) -> bool:
    """Parts of "his French counterpart" or "Bosnian Serbs" are consumed by the longer mention (they stay
    in the context)."""
    size = mention.token_end - mention.token_start
    return any(
        other is not mention and other.token_start <= mention.token_start
        and mention.token_end <= other.token_end
        and (other.kind == "role" or other.token_end - other.token_start > size)
        for other in mentions
    )


def _a_date(sent: Sentence, unit: Unit) -> bool:
    """"Published 21 June 2017": a name that is a date here (the Greek group "21 June") is no actor."""
    tokens = sent.tokens[unit.first : unit.end]
    dated = all(t.ent_type in ("DATE", "TIME", "CARDINAL") for t in tokens)
    return dated and any(t.text.isdigit() for t in tokens)


def _compass(sent: Sentence, unit: Unit, kb: KnowledgeBase) -> bool:
    """"Western Cambodia", "Western Europe": a compass adjective before a place, not "the West"."""
    if unit.kinds() != {"demonym"} or unit.end >= len(sent.tokens):
        return False
    if any((a := kb.get(p.target)) is None or a.type == "state" for p in unit.patterns):
        return False
    after = sent.tokens[unit.end]
    if after.text.lower() in ("europe", "hemisphere", "world"):
        return False  # "Western Europe" is the West
    return after.pos == "PROPN" and after.ent_type in ("GPE", "LOC", "NORP", "FAC")


def _blocked_surname(sent: Sentence, unit: Unit, kb: KnowledgeBase, ctx: Context) -> bool:
    """A lone surname must be a proper noun outside place/organisation entities ("Austin, Texas"); the
    surname of the one office holder of that name on the article's date may stand alone even where the
    small model calls it an organisation, a place or a common noun ("Lavrov said", "Guterres praised":
    wire copy names ministers and IGO heads by surname at first mention)."""
    if "surname" not in unit.kinds() or unit.kinds() - {"surname", "place"} or unit.title_start is not None:
        return False  # a city of the same name ("Young") is a place only where the parser sees one
    tok = sent.tokens[unit.start]
    if _common_word_modifier(sent, unit, kb):
        return True
    if office_surname(sent, unit, kb, ctx)[0]:
        return False
    if tok.pos != "PROPN" and tok.ent_type != "PERSON":
        return True
    return tok.ent_type in ("GPE", "LOC", "ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "DATE", "TIME")


def _common_word_modifier(sent: Sentence, unit: Unit, kb: KnowledgeBase) -> bool:
    """A surname that is an English word, capitalised only because it opens the sentence, modifying a
    common noun after it: "Rice harvests fell", even where the small model calls "Rice" a person."""
    if unit.end - unit.start != 1 or not kb.common_word(sent.tokens[unit.start].text):
        return False
    if any(t.text[:1].isalnum() for t in sent.tokens[: unit.start]):
        return False  # not the sentence's first word
    tok = sent.tokens[unit.start]
    head = sent.tokens[tok.head]
    return tok.dep in ("compound", "amod", "nmod") and head.i > tok.i and head.pos == "NOUN" \
        and head.text.islower()


def _doubtful_surname(sent: Sentence, unit: Unit, kb: KnowledgeBase, ctx: Context) -> Mention | None:
    """A blocked lone surname of an office holder that the date or a namesake leaves open: unresolved,
    with the reason (the entity would otherwise be reported as unknown)."""
    _, why = office_surname(sent, unit, kb, ctx)
    if _common_word_modifier(sent, unit, kb):
        why = COMMON_WORD
    if why is None or not _single_entity(sent, unit):
        return None
    return make_mention(sent, unit.start, unit.end, "name", None, reason=why)


def office_surname(sent: Sentence, unit: Unit, kb: KnowledgeBase, ctx: Context) -> tuple[bool, str | None]:
    """Whether a lone one-word surname the parser did not call a person names an office holder, and
    why not when it might have: it must be capitalised, a whole entity if tagged one, a proper noun if
    it is also an English word ("Rice", "May"), and held by one person in the article or in a role of
    a principal office on the day, no other person of that name holding any role then."""
    tok = sent.tokens[unit.start]
    if (unit.end - unit.start != 1 or not tok.text[:1].isupper() or len(tok.text) < 3
            or not tok.text.replace("-", "").replace("'", "").isalpha()):
        return False, None
    if tok.ent_type == "PERSON" or (tok.pos == "PROPN" and not tok.ent_type):
        return False, None  # the person reading is taken anyway (`people.person_mention`)
    if tok.ent_type and (tok.ent_type not in SURNAME_ENTITIES or not _single_entity(sent, unit)):
        return False, None  # "Austin, Texas", "Brown University": the entity is no person
    if kb.common_word(tok.text) and tok.pos != "PROPN":
        return False, None  # "Rice prices rose": a common word, capitalised at the start of a sentence
    people = kb.surname_candidates(tok.text)
    if not any(_named_alone(i) for a in people for i in kb.role_infos(a.id)):
        return False, None
    seen = ctx.seen_person_ids()
    if len([a for a in people if a.id in seen]) == 1:
        return True, None
    holding = [a for a in people if a.role_on(ctx.day) is not None]
    day = ctx.day.isoformat() if ctx.day else "an unknown date"
    if len(holding) > 1:
        return False, f"ambiguous surname: {len(holding)} people of that name hold roles on {day}"
    if not holding:
        return False, f"lone surname: no one of that name holds a role on {day}"
    if not any(_named_alone(i) and i.role.holds_on(ctx.day) for i in kb.role_infos(holding[0].id)):
        return False, f"lone surname: {holding[0].name} holds no office named by surname alone on {day}"
    return True, None


def _named_alone(info: KBRole) -> bool:
    """A role whose holder the news names by surname alone: a principal office, or a hand-curated post
    (Shoigu as Security Council secretary); not Phoenix's monthly cabinet lists."""
    return info.office in SURNAME_OFFICES or (info.office == "other" and not info.role.source.startswith(
        ("phoenix", "factbook")))


def _single_entity(sent: Sentence, unit: Unit) -> bool:
    return any(e.start == unit.start and e.end == unit.end for e in sent.entities)


class MentionIndex:
    """Find an article's mentions by token span, for the coder: built once, queried many times."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self._by_sentence: dict[int, list[Mention]] = {}
        for mention in mentions:
            self._by_sentence.setdefault(mention.sentence_index, []).append(mention)
        for bucket in self._by_sentence.values():
            bucket.sort(key=lambda m: (m.token_start, m.token_end))
        self._starts = {k: [m.token_start for m in v] for k, v in self._by_sentence.items()}

    def within(self, sentence_index: int, token_start: int, token_end: int) -> list[Mention]:
        """Mentions lying inside tokens [token_start, token_end) of one sentence."""
        bucket = self._by_sentence.get(sentence_index, [])
        first = bisect.bisect_left(self._starts.get(sentence_index, []), token_start)
        return [m for m in bucket[first:] if m.token_start < token_end and m.token_end <= token_end]

    def covering(self, sentence_index: int, token: int) -> list[Mention]:
        """Mentions whose span contains `token`, shortest first."""
        bucket = self._by_sentence.get(sentence_index, [])
        found = [m for m in bucket if m.token_start <= token < m.token_end]
        return sorted(found, key=lambda m: m.token_end - m.token_start)


def mentions_in(
    mentions: Sequence[Mention], sentence_index: int, token_start: int, token_end: int
) -> list[Mention]:
    """Mentions inside tokens [token_start, token_end) of a sentence (one-off; use MentionIndex for many)."""
    return MentionIndex(mentions).within(sentence_index, token_start, token_end)
