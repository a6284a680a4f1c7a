"""The coding stage: clauses of a parsed article -> CAMEO/PLOVER events.

`code_events` reads each sentence once: verbs first (patterns, control verbs, speech acts), then event
nouns not already used as a verb's object. Each candidate becomes one event per actor pair, dated by
the time expressions of its own clause (time stage's `event_date`, `is_before`), with every field's
span in the evidence. Precision rules: no event without a source, source and target from one clause,
no self-loops, one event per trigger and actor pair.
"""

from __future__ import annotations

import bisect
import hashlib
from collections.abc import Mapping, Sequence
from datetime import date

from eventwire.coding.candidate import Candidate, SentenceState
from eventwire.coding.clauses import VERBAL_DEPS, clause_tokens, kids, own_subjects
from eventwire.coding.codebook import CodingTables, words_of
from eventwire.coding.nominal import noun_candidate
from eventwire.coding.roles import RoleReader, Slot, index_mentions, same_actor, unique
from eventwire.coding.speech import content_roots, content_span, speech_candidates
from eventwire.coding.verbs import adjective_control, verb_candidates
from eventwire.records import ActorRef, Event, Evidence, Mention, ParsedArticle, Sentence, Span, Timex
from eventwire.time import event_date, is_before

HISTORICAL_MARGIN_DAYS = 7
MAX_ACTORS_PER_ROLE = 4
INHERITED = -1  # anchor token of time expressions a sentence takes from the one before
Anchors = list[tuple[int, Timex]]


def code_events(
    parsed: ParsedArticle, mentions: list[Mention], timexes: list[Timex], tables: CodingTables
) -> list[Event]:
    """Every event the article's clauses express, in text order."""
    article = parsed.article
    by_sentence = index_mentions(mentions)
    anchors = timex_anchors(parsed.sentences, timexes)
    events: list[Event] = []
    seen: set[tuple[int, int, str, str]] = set()
    previous: Anchors = []
    for sent in parsed.sentences:
        if sent.heading:
            continue
        own = anchors.get(sent.index, [])
        if not is_discarded(sent.text, tables):
            context = anaphoric_anchors(sent, own, previous, tables)
            for cand in code_sentence(sent, by_sentence.get(sent.index, {}), tables):
                for event, key in events_of(cand, article.id, article.date, context, tables):
                    if key not in seen:
                        seen.add(key)
                        events.append(event)
        previous = own or previous
    return events


def anaphoric_anchors(sent: Sentence, own: Anchors, previous: Anchors, tables: CodingTables) -> Anchors:
    """"At the time, the Kremlin said ...": a sentence that points back to the time of the one before
    takes that sentence's time expressions (token -1: they date every event of the sentence) when it
    has none of its own."""
    if own or not previous:
        return own
    words = tables.words("anaphoric_time")
    for tok in sent.tokens:
        head = sent.tokens[tok.head]
        if (tok.lemma.lower() in words and tok.dep == "pobj" and head.text.lower() == "at"
                and any(sent.tokens[d].text.lower() in {"the", "that"} for d in sent.children[tok.i])):
            return [(INHERITED, tx) for _, tx in previous]
    return own


def is_discarded(text: str, tables: CodingTables) -> bool:
    """Sport, entertainment and business sentences (discards.tsv) are not coded."""
    words = words_of(text)
    for k, word in enumerate(words):
        for phrase in tables.discard_phrases.get(word, ()):
            if tuple(words[k:k + len(phrase)]) == phrase:
                return True
    return tables.discard_re is not None and tables.discard_re.search(text) is not None


def code_sentence(sent: Sentence, mentions: Mapping[int, Mention], tables: CodingTables) -> list[Candidate]:
    """Candidates of one sentence: verbs and speech acts, then event nouns, then pending statements."""
    roles = RoleReader(sent, mentions, tables.words("agent_head"), tables.words("proposal_head"))
    st = SentenceState(sent, roles, tables)
    cands: list[Candidate] = []
    pending: list[Candidate] = []
    for v, tok in enumerate(sent.tokens):
        if v in st.handled:
            continue
        if tok.pos == "ADJ" and tok.dep == "acomp":
            cands += adjective_control(st, v)
        elif tok.pos == "VERB" and tok.dep in VERBAL_DEPS and (
                tok.dep != "acl" or tok.tag == "VBG"):
            cands += verb_events(st, v, pending)
    nouns = tables.patterns.nouns
    for n, tok in enumerate(sent.tokens):
        if tok.pos in {"NOUN", "PROPN"} and n not in st.consumed and (
                tok.lemma.lower() in nouns or tok.text.lower() in nouns):
            cand = noun_candidate(st, n)
            if cand is not None:
                cands.append(cand)
    triggers = {c.trigger for c in cands}
    for p in pending:
        if not triggers & content_span(st, p.trigger):
            cands.append(p)
    return cands


def verb_events(st: SentenceState, v: int, pending: list[Candidate]) -> list[Candidate]:
    """A verb's own events; reporting and accord verbs with a content clause go to the speech rules."""
    if st.lemma(v) not in st.tables.trigger_lemmas:
        return []
    acts = st.in_class(v, "accord_verb") or st.in_class(v, "speech_act")
    reporting = acts is not None or st.in_class(v, "speech") is not None
    if reporting and content_roots(st, v) and not kids(st.sent, v, ("xcomp",)):
        found, statement = speech_candidates(st, v)
        if statement is not None:
            pending.append(statement)
        if acts is not None:
            return found or verb_candidates(st, v)
        return found + [c for c in verb_candidates(st, v) if not c.code.startswith("01")]
    return verb_candidates(st, v)


# --- candidates -> events -------------------------------------------------------------------------------


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


def clause_timexes(cand: Candidate, anchors: Anchors) -> list[Timex]:
    """DATE/TIME expressions of the candidate's clause (a subject-less conj shares its head's)."""
    usable = [(i, t) for i, t in anchors if t.type in {"DATE", "TIME"}]
    if not usable:
        return []
    sent = cand.sent
    inherited = [t for i, t in usable if i == INHERITED]
    if inherited:
        return inherited
    if cand.clause_head is None:
        inside = set(sent.subtree(cand.trigger))
        return [t for i, t in usable if i in inside]
    head = cand.clause_head
    for _ in range(3):
        clause = clause_tokens(sent, head)
        found = [t for i, t in usable if i in clause]
        tok = sent.tokens[head]
        if found or tok.dep != "conj" or own_subjects(sent, head):
            return found
        head = tok.head
    return []


def date_of(cand: Candidate, anchors: Anchors, base: date | None
            ) -> tuple[str | None, str | None, bool, Span | None]:
    """(date, precision, historical, date span): own clause's timex, else the article date for facts."""
    found = clause_timexes(cand, anchors)
    if found:
        value, precision = event_date(found, base)
        historical = bool(value and base and value != base.isoformat()
                          and is_before(value, base, HISTORICAL_MARGIN_DAYS))
        return value, precision, historical, (found[0].start, found[0].end)
    if cand.clause_head is None or cand.historical_hint:
        return None, None, cand.historical_hint, None
    return (base.isoformat(), "day", False, None) if base else (None, None, False, None)


def actor_pairs(cand: Candidate, tables: CodingTables) -> list[tuple[Slot, Slot | None, bool]]:
    """(source, target, symmetric) triples: co-subjects of a joint act pair up, others go to each target."""
    mutual = tables.role(cand.code).mutual
    sources = unique(cand.sources)[:MAX_ACTORS_PER_ROLE]
    keys = {s.key for s in sources}
    targets = [t for t in unique(cand.targets) if t.key not in keys][:MAX_ACTORS_PER_ROLE]
    if not targets and len(sources) >= 2 and (mutual != "no" or cand.joint):
        return [(a, b, True) for k, a in enumerate(sources) for b in sources[k + 1:]]
    if not targets:
        if mutual == "always":
            return []
        implied = tables.role(cand.code).implied
        return [(s, implied_target(s, implied), False) for s in sources]
    out = []
    for s in sources:
        for t in targets:
            joint = mutual == "always" or (mutual == "joint" and t.via in {"prep:with", "between", "members"})
            out.append((s, t, joint or cand.initiated))
    return out


IMPLIED_SECTORS = {"gov": "GOV", "pop": "CVL"}


def implied_target(source: Slot, implied: str) -> Slot | None:
    """The target a directed act implies at home: protesters -> their government, a curfew -> the
    population. Only for a source with a country that is not itself that side."""
    sector = IMPLIED_SECTORS.get(implied)
    country = source.actor.country
    if sector is None or not country or source.actor.sector == sector:
        return None
    actor = ActorRef(text="", name=None, country=country, sector=sector, code=country + sector, kb_id=None)
    return Slot(actor, source.span, source.token, "implied")


def event_id(article_id: str, trigger: Span, code: str, source: Slot, target: Slot | None) -> str:
    """Stable id: the article, the trigger's characters, the code and the actors."""
    text = f"{article_id}|{trigger[0]}:{trigger[1]}|{code}|{source.key}|{target.key if target else ''}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def events_of(cand: Candidate, article_id: str, base: date | None, anchors: Anchors, tables: CodingTables
              ) -> list[tuple[Event, tuple[int, int, str, str]]]:
    """One event per actor pair of a candidate, with its key for de-duplication."""
    info = tables.info(cand.code)
    sent = cand.sent
    trig = sent.tokens[cand.trigger]
    trigger_span = (trig.start, trig.end)
    when, precision, historical, date_span = date_of(cand, anchors, base)
    out = []
    for src, tgt, symmetric in actor_pairs(cand, tables):
        if tgt is not None and same_actor(src.actor, tgt.actor):
            continue
        spans: dict[str, Span] = {"trigger": trigger_span, "source": src.span}
        implied = tgt is not None and tgt.via == "implied"
        if tgt is not None and not implied:
            spans["target"] = tgt.span
        if date_span is not None:
            spans["date"] = date_span
        event = Event(
            article_id=article_id, event_id=event_id(article_id, trigger_span, info.code, src, tgt),
            date=when, date_precision=precision, historical=historical, source=src.actor,
            target=tgt.actor if tgt else None, cameo=info.code, cameo_root=info.root,
            plover_event=info.plover_event, plover_mode=info.plover_mode, quad_class=info.quad_class,
            goldstein=info.goldstein, symmetric=symmetric, claimed_by=None, negated=cand.negated,
            evidence=Evidence(sent.text, sent.index, spans), rule=cand.rule, modality=cand.modality,
            topic=sent.topic, trigger=trig.text, extra={"target_implied": True} if implied else {},
        )
        pair = sorted([src.key, tgt.key if tgt else ""]) if symmetric else [src.key, tgt.key if tgt else ""]
        out.append((event, (sent.index, cand.trigger, pair[0], pair[1])))
    return out
