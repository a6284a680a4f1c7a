"""The coding stage: clauses of a parsed article -> CAMEO/PLOVER events.

`code_events` reads each sentence once: verbs first (patterns, control verbs, speech acts), then event
nouns not already used as a verb's object. Each candidate becomes one event per actor pair (`events`),
dated by the time expressions of its own clause (time stage's `event_date`, `is_before`), with every
field's span in the evidence; then later mentions of an event already coded fold into it (`corefer`).

Dates, in short (details in `events`, `background`, `story_dates`): the clause's own time expression;
else the article's date for the events the article tells; `date: null` only for background references
(an event mentioned in passing, a past event without a date, an act told as history), never for the
reported news. A contact told several times keeps its most explicit date, and what its sides said in it
takes that date.

Precision rules: no event without a source (except violence against a named victim whose doer the text
does not name), source and target from one clause, no self-loops, one event per trigger and actor pair,
one event per real-world event and article. The title is read for coreference only (it may tell how a
contact took place: "Trump's Call with Putin"), never coded as an event of its own; the parties of the
last contact told speak in "It was agreed to ..." (`SentenceState.parties`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from eventwire.coding.background import present_tense
from eventwire.coding.blame import attention_candidates, naming_candidates
from eventwire.coding.candidate import Candidate, SentenceState
from eventwire.coding.clauses import (
    VERBAL_DEPS,
    kids,
    noun_infinitive,
    own_subjects,
    progressive_attr,
    verbless_predicate,
)
from eventwire.coding.codebook import CodingTables
from eventwire.coding.corefer import Coded, fold_references
from eventwire.coding.events import INHERITED, Anchors, events_of, timex_anchors
from eventwire.coding.joint import broker_candidate
from eventwire.coding.nominal import noun_candidate
from eventwire.coding.roles import RoleReader, index_mentions, weak
from eventwire.coding.speech import carried_noun, content_roots, content_span, speech_candidates
from eventwire.coding.story_dates import date_rank
from eventwire.coding.verbless import verbless_candidate
from eventwire.coding.verbs import adjective_control, inside, stance_adjective, verb_candidates
from eventwire.records import ActorRef, Event, Mention, ParsedArticle, Sentence, Timex


def code_events(
    parsed: ParsedArticle, mentions: list[Mention], timexes: list[Timex], tables: CodingTables
) -> list[Event]:
    """Every event the article's clauses express, in text order."""
    article = parsed.article
    by_sentence = index_mentions(mentions)
    anchors = timex_anchors(parsed.sentences, timexes)
    titles = title_sentences(parsed)
    coded: list[Coded] = []
    seen: set[tuple[int, int, str, str]] = set()
    previous: Anchors = []
    parties: tuple[ActorRef, ...] = ()
    for sent in parsed.sentences:
        title = sent.index in titles
        if sent.heading and not title:
            continue
        own = anchors.get(sent.index, [])
        if not is_discarded(sent.text, tables, names_of(sent, by_sentence.get(sent.index, {}))):
            context = own if title else anaphoric_anchors(sent, own, previous, tables)
            found: list[Event] = []
            for cand in code_sentence(sent, by_sentence.get(sent.index, {}), tables, parties, title):
                for event, key in events_of(cand, article.id, article.date, context, tables):
                    if key not in seen:
                        seen.add(key)
                        found.append(event)
                        coded.append(Coded(event, cand.reference, title, cand.open_mode,
                                           date_rank(event, article.text), present_tense(cand)))
            parties = parties if title else contact_parties(found) or parties
        previous = previous if title else own or previous
    return unique_ids(fold_references(coded, tables.info))


def title_sentences(parsed: ParsedArticle) -> set[int]:
    """The leading sentences that spell the article's title (with or without a "[from URL]" tag): a
    heading, never coded on its own (see `corefer`)."""
    title = " ".join(WORD_RE.findall((parsed.article.title or "").lower()))
    out: set[int] = set()
    for sent in parsed.sentences:
        text = " ".join(WORD_RE.findall(TAG_RE.sub("", sent.text).lower()))
        if not title or not text or f" {text} " not in f" {title} ":
            break
        out.add(sent.index)
    return out


TAG_RE = re.compile(r"^\s*\[[^\]]*\]")
WORD_RE = re.compile(r"\w+")


def contact_parties(events: list[Event]) -> tuple[ActorRef, ...]:
    """The two sides of the first contact a sentence tells (a symmetric CAMEO 04 event that happened):
    "It was agreed to maintain dialogue" later in the article speaks for them (`sources.impersonal`)."""
    for e in events:
        if (e.cameo_root == "04" and e.symmetric and not e.historical and not e.negated
                and e.modality == "asserted" and e.source is not None and e.target is not None):
            return (e.source, e.target)
    return ()


def unique_ids(events: list[Event]) -> list[Event]:
    """Event ids are unique per article: a (rare) clash of the stable hash gets a counter."""
    seen: dict[str, int] = {}
    out = []
    for e in events:
        n = seen.get(e.event_id, 0)
        seen[e.event_id] = n + 1
        out.append(e if n == 0 else replace(e, event_id=f"{e.event_id}-{n}"))
    return out


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


def is_discarded(text: str, tables: CodingTables, names: Iterable[tuple[int, int]] = ()) -> bool:
    """Sport, entertainment and business sentences (discards.tsv, `discards`) are not coded; `names`
    are the character spans (in `text`) of resolved actors, whose words are no context cue."""
    return tables.discard.discards(text, names)


def names_of(sent: Sentence, mentions: Mapping[int, Mention]) -> list[tuple[int, int]]:
    """Spans of the sentence's resolved actor names, relative to the sentence ("the Arab League")."""
    return [(m.start - sent.start, m.end - sent.start) for m in set(mentions.values())
            if m.actor is not None and m.kind == "name"]


def code_sentence(sent: Sentence, mentions: Mapping[int, Mention], tables: CodingTables,
                  parties: tuple[ActorRef, ...] = (), title: bool = False) -> list[Candidate]:
    """Candidates of one sentence: verbs and speech acts, then event nouns, then pending statements.
    `parties` are the sides of the contact the article last told (for "It was agreed to ..."); `title`
    marks the article's title (read for references only, see `corefer`)."""
    roles = RoleReader(sent, mentions, tables.words("agent_head"), tables.words("proposal_head"),
                       tables.words("document_noun"), tables.words("broker_verb"))
    st = SentenceState(sent, roles, tables, parties=parties, title=title)
    cands: list[Candidate] = []
    pending: list[Candidate] = []
    for v, tok in enumerate(sent.tokens):
        if v in st.handled:
            continue
        if tok.pos == "ADJ" and tok.dep == "acomp":
            cands += adjective_control(st, v) or stance_adjective(st, v)
        elif tok.pos == "VERB" and mandative(st, v):
            st.handled.update(inside(st, v))  # "demanded that Ethiopia stop filling the dam": asked for
        elif tok.pos == "VERB" and (tok.dep in VERBAL_DEPS or progressive_attr(sent, v)) and told_verb(st, v):
            cands += verb_events(st, v, pending)
        elif (broker := broker_candidate(st, v)) is not None:
            cands.append(broker)  # "a truce brokered by X": X mediated
    if not cands and (stray := verbless_candidate(st)) is not None:
        cands.append(stray)  # "X hosted Y in Z" parsed as one noun phrase
    nouns = tables.patterns.nouns
    found: list[Candidate] = []
    for n, tok in enumerate(sent.tokens):
        if (tok.pos in {"NOUN", "PROPN"} or gerund_noun(sent, n)) and n not in st.consumed and not venue_noun(
                sent, n) and (
                tok.lemma.lower() in nouns or tok.text.lower() in nouns):
            cand = noun_candidate(st, n)
            if cand is not None:
                found.append(cand)
    cands = [c for c in cands if not told_by_its_noun(sent, c, found) and not bare_statement(c)
             and personal_doer(sent, c) and not faceless(c)] + found
    triggers = {c.trigger for c in cands}
    for p in pending:
        if not triggers & content_span(st, p.trigger):
            cands.append(p)
    return cands


def gerund_noun(sent: Sentence, n: int) -> bool:
    """"Fighting between the army and the rebels spread": a gerund tagged as a verb in a noun's place
    (subject or object) with an event noun's spelling ("fighting") is that event noun."""
    tok = sent.tokens[n]
    return tok.tag == "VBG" and tok.dep in {"nsubj", "nsubjpass", "dobj", "pobj"}


def untold_acts(st: SentenceState, v: int) -> list[int]:
    """"Russia accused Ukraine of shelling the plant", "Turkey prevented the fighters from attacking": the
    gerund of a verb of lexicon class `untold_gerund` (after the preposition of its `object_control`
    entry) is alleged or prevented, not told."""
    if st.in_class(v, "untold_gerund") is None:
        return []
    preps = (st.in_class(v, "object_control") or "").split("|")
    sent = st.sent
    return [j for p in kids(sent, v, ("prep",)) if sent.tokens[p].text.lower() in preps
            for g in kids(sent, p, ("pcomp",)) for j in inside(st, g)]


def told_verb(st: SentenceState, v: int) -> bool:
    """A verb whose clause tells an act: not an infinitive completing a noun ("the need for Russia to
    reduce tensions and engage in diplomacy": neither verb is done; "an initiative to hold a summit"
    even when parsed as a relative clause), except a participle ("demonstrators
    protesting ..."), a misparsed predicate or a decision ("Russia's decision to expel ...")."""
    sent = st.sent
    j = v
    while sent.tokens[j].dep == "conj" and sent.tokens[j].head != j and not own_subjects(sent, j):
        j = sent.tokens[j].head
    tok = sent.tokens[j]
    to_aux = any(sent.tokens[c].text.lower() == "to" for c in kids(sent, j, ("aux",)))
    infinitive = tok.dep in {"advcl", "relcl"} and sent.tokens[tok.head].pos == "NOUN" and to_aux
    # "the need for X to ...", "the importance of Russia's initiative to hold a summit" (an infinitive
    # the parser hangs on a noun as a relative clause is still only the noun's content)
    if tok.pos != "VERB" or (tok.dep != "acl" and not infinitive):
        return True
    return (tok.tag == "VBG" and not infinitive) or verbless_predicate(sent, j) or decided(st, j)


SINGULAR_TAGS = frozenset({"NN", "NNP"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})


def mandative(st: SentenceState, v: int) -> bool:
    """"Turkey demanded that Israel withdraw its troops", "insisted that Sweden extradite the suspects": a
    that-clause whose verb is a bare base form (VB, no modal or tense auxiliary) with its own third-person
    singular subject, under a demand or appeal verb (lexicon `code_family`, or a `speech_act` of root 10
    or 02), is a mandative subjunctive: it says what should be done, not what was done. The demand's code
    already carries the act (`speech.refine_by_content`: 1056 for a withdrawal), so the inner verb makes
    no event of its own (a decision: not even a `wished` one, which would count the act twice)."""
    sent = st.sent
    tok = sent.tokens[v]
    if tok.tag != "VB" or tok.dep != "ccomp" or tok.head == v:
        return False
    auxes = kids(sent, v, ("aux", "auxpass"))
    if any(sent.tokens[a].tag != "VB" or sent.tokens[a].lemma.lower() != "be" for a in auxes):
        return False  # "demanded that X should withdraw", "insisted that X will"; "be taken" stays bare
    subjects = own_subjects(sent, v)
    if not subjects or not all(sent.tokens[s].tag in SINGULAR_TAGS or sent.tokens[s].text.lower()
                               in SINGULAR_PRONOUNS for s in subjects):
        return False  # a plural subject's base form is also a plain present ("said the rebels withdraw")
    h = tok.head
    act = st.in_class(h, "speech_act") or ""
    return st.in_class(h, "code_family") is not None or act[:2] in {"10", "02"}


def venue_noun(sent: Sentence, n: int) -> bool:
    """"They looked forward to seeing each other at the G20 summit", "met Erdogan at the summit": an event
    noun after "at" of a verb is the occasion of that verb's act, which is coded (or not) on its own; the
    noun is no second event of the same actors."""
    tok = sent.tokens[n]
    if tok.dep != "pobj" or tok.head == n:
        return False
    prep = sent.tokens[tok.head]
    return prep.text.lower() == "at" and prep.head != tok.head and sent.tokens[prep.head].pos == "VERB"


def decided(st: SentenceState, v: int) -> bool:
    """"Russia's decision to expel ..." (lexicon `decision_noun`) is the possessor's act; other nouns with
    an infinitive ("Russia's right to defend itself") are not events."""
    return noun_infinitive(st.sent, v) and st.in_class(st.sent.tokens[v].head, "decision_noun") is not None


def bare_statement(cand: Candidate) -> bool:
    """"X issued a statement": a statement to no one; its content, if any, is coded on its own (pitfall 2)."""
    return cand.code == "010" and not cand.targets


def faceless(cand: Candidate) -> bool:
    """"When the people of our two nations fought valiantly", "officials said": a doer that names only a
    kind of group, with no country or organisation, acting on no one says nothing about a relation
    between actors: no event."""
    return bool(cand.sources) and all(weak(s.actor) for s in cand.sources) and not cand.targets


PERSONAL_POSSESSIVES = frozenset({"his", "her"})
IMPERSONAL_TYPES = frozenset({"state", "organisation", "igo", "group"})


def personal_doer(sent: Sentence, cand: Candidate) -> bool:
    """"... and the Prime Minister reiterated his support", "He noted that India leads ... and expressed
    his hope": a verb whose object is owned by "his"/"her" was done by a person. A state or organisation
    the parser made its doer (a misparsed subject, a conjunct of the content clause) is from another
    clause: it is dropped, and the event with it when no doer is left."""
    sent_toks = sent.tokens
    personal = any(sent_toks[p].text.lower() in PERSONAL_POSSESSIVES
                   for o in kids(sent, cand.trigger, ("dobj",)) for p in kids(sent, o, ("poss",)))
    if not personal or not cand.sources:
        return True
    cand.sources = [s for s in cand.sources if s.actor.type not in IMPERSONAL_TYPES]
    return bool(cand.sources)


def told_by_its_noun(sent: Sentence, cand: Candidate, nouns: list[Candidate]) -> bool:
    """"Israeli strikes on Iran killed 20 people": a verb whose subject is an event noun of the same
    CAMEO root tells that noun's event once more; the noun's event takes the verb's target when it
    names none ("US attacks have killed al-Qaeda leaders")."""
    for s in own_subjects(sent, cand.trigger):
        noun = next((c for c in nouns if c.trigger == s and c.code[:2] == cand.code[:2]), None)
        if noun is not None:
            noun.targets = noun.targets or cand.targets
            return True
    return False


def verb_events(st: SentenceState, v: int, pending: list[Candidate]) -> list[Candidate]:
    """A verb's own events; reporting and accord verbs with a content clause go to the speech rules."""
    if st.lemma(v) not in st.tables.trigger_lemmas:
        return []
    st.handled.update(untold_acts(st, v))
    acts = st.in_class(v, "accord_verb") or st.in_class(v, "speech_act")
    reporting = acts is not None or st.in_class(v, "speech") is not None or carried_noun(st, v) is not None
    if reporting and content_roots(st, v) and not kids(st.sent, v, ("xcomp",)):
        found, statement = speech_candidates(st, v)
        if statement is not None:
            pending.append(statement)
        if acts is not None:
            return found or verb_candidates(st, v)
        return found + [c for c in verb_candidates(st, v) if not c.code.startswith("01")]
    return naming_candidates(st, v) or (verb_candidates(st, v) + attention_candidates(st, v))
