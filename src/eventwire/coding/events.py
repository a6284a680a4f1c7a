"""From candidates to events: the date of each, its actor pairs, and the event records.

Dates (see also `nominal`): an event takes the time expressions of its own clause (a subject-less
`conj` or a to-infinitive of purpose shares its head's; "At the time, ..." inherits the previous
sentence's). Without one, a told event (a verb's clause, a nominal event its clause tells) takes the
article's date: the reported news is dated on the day of the report. Only background references stay
undated (`date: null`): events merely mentioned in passing ("in the context of Israeli and US strikes on
Iran", "Ukrainian shelling of ..."), past events without a date ("a previous conversation", flagged
historical) and acts told as history (`background`: "in the past", "Previously, ... had", "during the
Second World War, when ..."). The store cannot place those on a timeline, and should not.

Actors: co-subjects of a joint act pair up into one symmetric event, and so do the sides of a reciprocal
act (`joint`: "A traded fire with B"); a directed act gets one event per source and target (co-sources
listed in `extra["co_sources"]`); an act of violence whose doer the text does not name ("three civilians
were killed in a car bombing") keeps its victim with `source: null`.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence
from datetime import date

from eventwire.coding.background import antecedent_timexes, background, vague_past
from eventwire.coding.candidate import Candidate
from eventwire.coding.clauses import clause_tokens, own_subjects
from eventwire.coding.codebook import CodingTables
from eventwire.coding.joint import RECIPROCAL_VIA
from eventwire.coding.roles import Slot, same_actor, unique
from eventwire.records import ActorRef, Event, Evidence, Sentence, Span, Timex
from eventwire.time import event_date, is_before

HISTORICAL_MARGIN_DAYS = 7
MAX_ACTORS_PER_ROLE = 4
MAX_GROUP_MEMBERS = 8
"""A list of named actors in one role is cut at 4 (a long list names a bloc, not parties); a group the
text bound as a whole ("they", "the leaders": the five leaders of one call) keeps up to 8 members, or
pairwise events would leave some of its members out."""
GROUP_VIAS = frozenset({"members", "context"})


def role_limit(slots: list[Slot]) -> int:
    """How many actors of one role are kept: more when they are all one bound group's members."""
    return MAX_GROUP_MEMBERS if slots and all(s.via in GROUP_VIAS for s in slots) else MAX_ACTORS_PER_ROLE
INHERITED = -1  # anchor token of time expressions a sentence takes from the one before
Anchors = list[tuple[int, Timex]]
Pair = tuple[Slot | None, Slot | None, bool]
EventKey = tuple[int, int, str, str]


def timex_anchors(sentences: Sequence[Sentence], timexes: Sequence[Timex]) -> dict[int, Anchors]:
    """sentence index -> (token index, timex) for each time expression, by its first character."""
    starts = [s.start for s in sentences]
    out: dict[int, Anchors] = {}
    for tx in timexes:
        k = bisect.bisect_right(starts, tx.start) - 1
        if k < 0 or tx.start >= sentences[k].end:
            continue
        sent = sentences[k]
        tok = next((t.i for t in sent.tokens if t.end > tx.start), None)
        if tok is not None:
            out.setdefault(sent.index, []).append((tok, tx))
    return out


def happening(tables: CodingTables, lemma: str) -> bool:
    """An event noun (noun_patterns.tsv) or another noun of something that happens (lexicon
    `occurrence_noun`: "the earthquakes earlier this year", "the elections held a few days ago")."""
    return lemma in tables.patterns.nouns or lemma in tables.words("occurrence_noun")


def time_owner(sent: Sentence, i: int, tables: CodingTables) -> int | None:
    """The noun of a happening a time phrase follows ("in the context of their meeting in Istanbul [on
    November 19]", "the recovery from the earthquakes [earlier this year]"): the parser often hangs such a
    phrase on the verb, but when the noun sits inside a prepositional phrase it dates that happening, not
    the verb's event."""
    j = i - 1
    if j >= 0 and sent.tokens[j].pos == "ADP":
        j -= 1
    while j >= 0 and sent.tokens[j].pos == "PUNCT":
        j -= 1
    for _ in range(4):
        if j < 0:
            return None
        tok = sent.tokens[j]
        if tok.pos in {"VERB", "AUX"}:
            return None
        if tok.pos == "NOUN" and happening(tables, tok.lemma.lower()):
            return j if tok.dep == "pobj" else None  # "discussed the attacks on Monday": the verb's
        if tok.head == j:
            return None
        j = tok.head
    return None


NOUN_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod", "nummod", "poss", "quantmod"})


def noun_bound(sent: Sentence, i: int) -> int | None:
    """"congratulated Putin on his March 18 re-election": a date that modifies a noun inside a
    prepositional phrase dates what that noun names, not the verb."""
    j = i
    while sent.tokens[j].dep in NOUN_MODIFIER_DEPS and sent.tokens[j].head != j:
        j = sent.tokens[j].head
    tok = sent.tokens[j]
    if j == i or tok.pos != "NOUN" or tok.dep != "pobj" or tok.ent_type in {"DATE", "TIME"}:
        return None
    return j


def clause_timexes(cand: Candidate, anchors: Anchors, tables: CodingTables) -> list[Timex]:
    """DATE/TIME expressions of the candidate's clause (a subject-less conj shares its head's; a relative
    clause of a time phrase takes its time: `background.antecedent_timexes`); a time phrase right after
    an event noun dates that noun's event, not the verb's (`time_owner`)."""
    usable = [(i, t) for i, t in anchors if t.type in {"DATE", "TIME"}]
    if not usable:
        return []
    sent = cand.sent
    inherited = [t for i, t in usable if i == INHERITED]
    if inherited:
        return inherited
    owners = {i: time_owner(sent, i, tables) or noun_bound(sent, i) for i, _ in usable}
    if cand.clause_head is None or sent.tokens[cand.trigger].pos == "NOUN":
        inside = set(sent.subtree(cand.trigger))
        own = [t for i, t in usable
               if owners[i] == cand.trigger or (i in inside and owners[i] in {None, cand.trigger})]
        if own or cand.clause_head is None:
            return own
    usable = [(i, t) for i, t in usable if owners[i] in {None, cand.trigger, cand.means}]
    head = cand.clause_head
    for _ in range(3):
        clause = clause_tokens(sent, head)
        found = [t for i, t in usable if i in clause] or antecedent_timexes(sent, head, usable)
        tok = sent.tokens[head]
        if found or tok.dep not in {"conj", "advcl"} or own_subjects(sent, head) or tok.head == head:
            return found
        if tok.dep == "advcl" and not is_purpose(sent, head):
            return found
        head = tok.head
    return []


def is_purpose(sent: Sentence, v: int) -> bool:
    """"called X yesterday to offer condolences": a to-infinitive of purpose happens when its verb does."""
    return any(sent.tokens[c].text.lower() == "to" for c in sent.children[v] if sent.tokens[c].dep == "aux")


def date_of(cand: Candidate, anchors: Anchors, base: date | None, tables: CodingTables
            ) -> tuple[str | None, str | None, bool, Span | None]:
    """(date, precision, historical, date span) by the rule in the module docstring; background acts
    (`background`: a vague past, a past adverb, a past era) get no date."""
    found = clause_timexes(cand, anchors, tables)
    vague = vague_past(found, tables)
    if vague is not None:
        return None, None, vague, (found[0].start, found[0].end)
    if found:
        value, precision = event_date(found, base)
        historical = bool(value and base and value != base.isoformat()
                          and is_before(value, base, HISTORICAL_MARGIN_DAYS))
        return value, precision, historical, (found[0].start, found[0].end)
    if cand.clause_head is None or cand.historical_hint:
        return None, None, cand.historical_hint, None
    if background(cand, tables):
        return None, None, True, None
    return (base.isoformat(), "day", False, None) if base else (None, None, False, None)


def actor_pairs(cand: Candidate, tables: CodingTables) -> list[Pair]:
    """(source, target, symmetric) triples: co-subjects of a joint act pair up, others go to each target."""
    mutual = tables.role(cand.code).mutual
    sources = unique(cand.sources)
    sources = sources[:role_limit(sources)]
    keys = {s.key for s in sources}
    targets = [t for t in unique(cand.targets) if t.key not in keys]
    targets = targets[:role_limit(targets)]
    if not sources:
        return [(None, t, False) for t in targets] if cand.unattributed else []
    if len(sources) >= 2 and mutual != "no" and all(t.via.startswith("deep:") or t.actor.type == "place"
                                                     for t in targets):
        targets = []  # co-subjects of a joint act are each other's partners, not a place ("to Geneva")
    if not targets and len(sources) >= 2 and (mutual != "no" or cand.joint):
        return [(a, b, True) for k, a in enumerate(sources) for b in sources[k + 1:]]
    if not targets:
        implied = tables.role(cand.code).implied
        if mutual == "always" or implied == "needed":
            return []  # a call with no partner, a visit hosted for no one: no event
        return [(s, implied_target(s, implied), False) for s in sources]
    out: list[Pair] = []
    done = cand.modality == "asserted"  # "Russia wants to improve relations with Japan" is Russia's wish
    for s in sources:
        for t in targets:
            t = home_government(s, t, tables.role(cand.code).implied)
            partner = t.via in {"prep:with", "between", "members"}
            joint = mutual == "always" or (mutual == "joint" and partner and done)
            out.append((s, t, joint or cand.initiated or t.via == RECIPROCAL_VIA))
    return out


IMPLIED_SECTORS = {"gov": "GOV", "pop": "CVL"}


def home_government(source: Slot, target: Slot, implied: str) -> Slot:
    """"Israelis rallied in Tel Aviv", "students protested in Tehran": a place at home says where a
    protest or a demand (code_roles `gov`) was made, not whom it addresses: its government."""
    place = target.actor.type == "place" and not target.actor.sector
    if implied != "gov" or not place or target.actor.country != source.actor.country:
        return target
    return implied_target(source, implied) or target


def implied_target(source: Slot, implied: str) -> Slot | None:
    """The target a directed act implies at home: protesters -> their government, a curfew -> the
    population. Only for a source with a country that is not itself that side."""
    sector = IMPLIED_SECTORS.get(implied)
    country = source.actor.country
    if sector is None or not country or source.actor.sector == sector:
        return None
    actor = ActorRef(text="", name=None, country=country, sector=sector, code=country + sector, kb_id=None)
    return Slot(actor, source.span, source.token, "implied")


SPANLESS = frozenset({"implied", "context"})
"""Slots the sentence does not name: implied targets and sources, and the parties of an impersonal
"It was agreed ..." taken from the article's contact (`context`)."""


def event_extra(implied: bool, co_sources: list[Slot], source_implied: bool = False,
                context: bool = False) -> dict[str, object]:
    """`target_implied` (see `implied_target`), `source_implied` (`sources.state_of_place`),
    `parties_from_context` (`sources.impersonal`) and `co_sources`: the other doers of one directed act.

    "The leaders emphasized the need for ...": each leader made the appeal, so each gets an event (a
    directed act is not a joint one: a symmetric RUS<->FRA event would say they appealed to each other),
    and `co_sources` names the others, so that the events read as one act of several actors.
    """
    extra: dict[str, object] = {}
    if implied:
        extra["target_implied"] = True
    if source_implied:
        extra["source_implied"] = True
    if context:
        extra["parties_from_context"] = True
    if co_sources:
        extra["co_sources"] = [s.actor.code or s.actor.name or s.actor.text for s in co_sources]
    return extra


def key_of(slot: Slot | None) -> str:
    return slot.key if slot is not None else ""


def event_id(article_id: str, trigger: Span, code: str, source: Slot | None, target: Slot | None) -> str:
    """Stable id: the article, the trigger's characters, the code and the actors."""
    text = f"{article_id}|{trigger[0]}:{trigger[1]}|{code}|{key_of(source)}|{key_of(target)}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


CALENDAR_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def told_ahead(modality: str, when: str | None, date_span: Span | None, base: date | None) -> str:
    """"... when the UK hosts the G7 Summit in 2021" (in a report of 2020): an act its own time
    expression puts after the publication date, at the precision of that expression, has not happened
    yet: it is told as `future`, never as a fact."""
    if modality != "asserted" or when is None or date_span is None or base is None:
        return modality
    if not CALENDAR_RE.fullmatch(when):
        return modality  # a week or a season: not compared
    return "future" if when > base.isoformat()[:len(when)] else modality


def events_of(cand: Candidate, article_id: str, base: date | None, anchors: Anchors, tables: CodingTables
              ) -> list[tuple[Event, EventKey]]:
    """One event per actor pair of a candidate, with its key for de-duplication."""
    info = tables.info(cand.code)
    sent = cand.sent
    trig = sent.tokens[cand.trigger]
    trigger_span = (trig.start, trig.end)
    when, precision, historical, date_span = date_of(cand, anchors, base, tables)
    modality = told_ahead(cand.modality, when, date_span, base)
    out = []
    pairs = actor_pairs(cand, tables)
    directed = unique([src for src, _, symmetric in pairs if src is not None and not symmetric])
    for src, tgt, symmetric in pairs:
        if src is not None and tgt is not None and same_actor(src.actor, tgt.actor):
            continue
        implied = tgt is not None and tgt.via == "implied"
        source_implied = src is not None and src.via == "implied"
        spans: dict[str, Span] = {"trigger": trigger_span}
        for role, slot in (("source", src), ("target", tgt)):
            if slot is not None and slot.via not in SPANLESS:
                spans[role] = slot.span
        if date_span is not None:
            spans["date"] = date_span
        co_sources = [] if symmetric or src is None else [s for s in directed if s.key != src.key]
        context = any(slot is not None and slot.via == "context" for slot in (src, tgt))
        event = Event(
            article_id=article_id, event_id=event_id(article_id, trigger_span, info.code, src, tgt),
            date=when, date_precision=precision, historical=historical,
            source=src.actor if src else None, target=tgt.actor if tgt else None, cameo=info.code,
            cameo_root=info.root, plover_event=info.plover_event, plover_mode=info.plover_mode,
            quad_class=info.quad_class, goldstein=info.goldstein, symmetric=symmetric, claimed_by=None,
            negated=cand.negated, evidence=Evidence(sent.text, sent.index, spans), rule=cand.rule,
            modality=modality, topic=sent.topic, trigger=trig.text,
            extra=event_extra(implied, co_sources, source_implied, context),
        )
        pair = [key_of(src), key_of(tgt)]
        first, second = sorted(pair) if symmetric else pair
        out.append((event, (sent.index, cand.trigger, first, second)))
    return out
