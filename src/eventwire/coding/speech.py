"""Speech acts: what a reporting verb is, beyond "said" (pitfall 2).

A reporting verb (say, tell, note, stress ...) is no event by itself. It becomes one when
- its content blames another actor: a content verb of conflict (quad class 3-4, or an accusation cue such
  as ignite, prolong, violate, ignore) whose subject is someone else -> the speaker accuses them (112),
  as PETRARCH-2's transformation `a (b . ATTACK) SAY = a b 112` does;
- "X and Y agreed that ..." -> an expression of accord (019) between them;
- it has an addressee and nothing in its content was coded -> a plain statement (010) to the addressee.
The events *inside* the content are coded like any clause; attribution later marks them as claims.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.coding.blame import judged_doers, others
from eventwire.coding.candidate import Candidate, SentenceState, noun_code
from eventwire.coding.claims import responsibility_claim
from eventwire.coding.clauses import (
    agents,
    conjuncts,
    is_passive,
    kids,
    modality,
    negated,
    own_subjects,
    preps_of,
    subjects,
)
from eventwire.coding.roles import Slot, own_state, same_actor, unique
from eventwire.coding.sources import contact_sides, source_slots
from eventwire.coding.targets import act_doers, condition_subjects
from eventwire.coding.verbs import complement_code, inside, match_at
from eventwire.records import Sentence

CONTENT_DEPS = ("ccomp",)


def carried_noun(st: SentenceState, v: int) -> int | None:
    """"issued a stern reminder to Iraq that it must cooperate", "sent a warning that ...": the speech
    noun (lexicon `speech_noun`) a carrier verb (`speech_carrier`) delivers, when it has a that-clause;
    "stressed the fact that ...": the content noun (`content_noun`) a reporting verb's object is."""
    carrier = st.in_class(v, "speech_carrier") is not None
    reporting = st.in_class(v, "speech") is not None
    if not carrier and not reporting:
        return None
    for n in kids(st.sent, v, ("dobj",)):
        kind = (carrier and st.in_class(n, "speech_noun") is not None) or (
            reporting and st.in_class(n, "content_noun") is not None)
        if kind and noun_content(st, n):
            return n
    return None


def noun_content(st: SentenceState, n: int) -> list[int]:
    """The that-clause of a speech noun ("a warning [that it would strike]")."""
    sent = st.sent
    return [c for c in kids(sent, n, ("acl", "ccomp")) if sent.tokens[c].pos in {"VERB", "AUX"}
            and any(sent.tokens[m].text.lower() == "that" for m in kids(sent, c, ("mark",)))]


def content_roots(st: SentenceState, v: int) -> list[int]:
    """The clause(s) a reporting verb reports: its ccomp, the clause it is attached to as parataxis, or
    the that-clause of the speech noun it carries."""
    roots = kids(st.sent, v, CONTENT_DEPS)
    carried = carried_noun(st, v) if not roots else None
    if carried is not None:
        return noun_content(st, carried)
    tok = st.sent.tokens[v]
    marks = {st.sent.tokens[m].text.lower() for m in kids(st.sent, v, ("mark",))}
    as_said = tok.dep == "advcl" and "as" in marks
    if not roots and (tok.dep == "parataxis" or as_said) and tok.head != v:
        head = st.sent.tokens[tok.head]
        if head.pos in {"VERB", "AUX"} and st.in_class(tok.head, "speech") is None:
            roots = [tok.head]
    return roots


def content_tokens(st: SentenceState, roots: list[int], speaker_verb: int) -> list[int]:
    """Tokens of the content, without the content of nested reporting verbs (theirs to judge)."""
    out, stack = [], list(roots)
    while stack:
        j = stack.pop()
        if j == speaker_verb:
            continue
        out.append(j)
        nested = st.in_class(j, "speech") is not None
        for c in st.sent.children[j]:
            if nested and st.sent.tokens[c].dep in CONTENT_DEPS:
                continue
            stack.append(c)
    return sorted(out)


def blamed_actors(st: SentenceState, tokens: list[int], claim: bool) -> list[Slot]:
    """Actors the content blames: subjects of blame verbs (ignite, violate, prolong ...), `X` in "a
    consequence of X's policy", and, after a claim verb (allege, charge, stress ...), subjects of conflict
    acts told as done ("stressed that Russia must withdraw" is a demand, not an accusation)."""
    sent = st.sent
    cues = st.tables.words("accusation_cue")
    modals = st.tables.words("modal")
    out: list[Slot] = []
    for j in tokens:
        tok = sent.tokens[j]
        claimed = claim and _conflictual(st, j) and modality(sent, j, modals) == "asserted"
        if tok.pos == "VERB" and not negated(sent, j) and (tok.lemma.lower() in cues or claimed):
            doers = [] if is_passive(sent, j) else subjects(sent, j)
            out.extend(s for d in doers for s in st.roles.actors(d, "blamed"))
        elif tok.lemma.lower() in st.tables.words("cause_noun"):
            out.extend(_cause_of(st, j))
    return unique(out)


def _conflictual(st: SentenceState, j: int) -> bool:
    match, _ = match_at(st, j)
    if match is None or match.code == "---":
        return False
    return st.tables.info(match.code).quad_class >= 3


def _cause_of(st: SentenceState, n: int, depth: int = 0) -> list[Slot]:
    """`a consequence of the policy of Western countries` -> Western countries."""
    out: list[Slot] = []
    for p, o in preps_of(st.sent, n):
        if p != "of":
            continue
        found = st.roles.actors(o, "blamed")
        if not found and depth < 2:
            found = _cause_of(st, o, depth + 1)
        out.extend(found)
    return out


def addressees(st: SentenceState, v: int) -> list[Slot]:
    """Whom the speaker told: the dative, a `to` phrase, and the object of "tell" or of a speech act with a
    content clause ("warned Hezbollah that ...", "urged Tehran that ...")."""
    sent = st.sent
    heads = kids(sent, v, ("dative",))
    if st.in_class(v, "speech") in {"addressee"} or st.lemma(v) == "tell" or st.in_class(v, "speech_act"):
        heads += kids(sent, v, ("dobj",))
    heads += [o for p, o in preps_of(sent, v) if p == "to"]
    return unique([s for h in heads for s in st.roles.actors(h, "addressee")])


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """What every candidate of one reporting verb shares: its sentence, trigger, speakers, negation and
    modality (the verb's clause dates them all)."""

    sent: Sentence
    trigger: int
    speakers: list[Slot]
    negated: bool
    modality: str

    def candidate(self, code: str, rule: str, targets: list[Slot] | None = None, *, joint: bool = False,
                  modality: str | None = None) -> Candidate:
        """A candidate of this speech act coded `code`."""
        return Candidate(sent=self.sent, trigger=self.trigger, code=code, rule=rule, sources=self.speakers,
                         targets=list(targets or ()), negated=self.negated,
                         modality=modality or self.modality, clause_head=self.trigger, joint=joint)


def speech_candidates(st: SentenceState, v: int) -> tuple[list[Candidate], Candidate | None]:
    """(events of the speech act, a pending 010 statement kept only if its content yields nothing)."""
    roots = content_roots(st, v)
    speakers = source_slots(st, v) if roots else []
    if roots and not speakers and st.in_class(v, "accord_verb"):
        speakers = contact_sides(st, v)  # "They agreed that ..." after the call
    if not speakers:
        return [], None
    act = SpeechAct(st.sent, v, speakers, negated(st.sent, v), modality(st.sent, v, st.tables.words("modal")))
    lemma = st.lemma(v)
    if responsibility_claim(st, v):  # "Islamic State claimed the attack": 015, not an accusation
        return [act.candidate("015", f"speech:{lemma}+responsibility/015", [])], None
    norms = normative_content(st, roots, act, lemma)
    accord = st.in_class(v, "accord_verb")
    if accord:
        code, rule = agreed_act(st, roots, accord, f"speech:{lemma}+that/{accord}", speakers)
        return [act.candidate(code, rule, joint=True), *norms], None
    if norms:
        return norms, None
    about = [s for s in content_actors(st, roots) if not _is_speaker(s, speakers)]
    kind = st.in_class(v, "speech_act") or noun_act(st, v)
    if kind:
        code, rule = refine_by_content(st, roots, kind, f"speech:{lemma}+that/{kind}")
        if code == THREAT and alarmed_state(st, roots, speakers):
            code, rule = PESSIMISM, f"speech:{lemma}+state/{PESSIMISM}"
        targets = addressees(st, v) or about or act_doers_in(st, roots, speakers) or [
            t for r in roots for t in condition_subjects(st, r, speakers)]  # "would strike if X crossed"
        return [act.candidate(code, rule, targets)], None
    return content_candidates(st, v, roots, act, about)


THREAT, PESSIMISM = "130", "012"
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def alarmed_state(st: SentenceState, roots: list[int], speakers: list[Slot]) -> bool:
    """"Warned that the world was one mistake away from catastrophe": a warning whose content only
    describes a state of affairs (a copula, no future act, no act of the speaker's side) is a pessimistic
    comment (012), not a threat: it announces nothing the speaker will do."""
    if not roots:
        return False
    sent = st.sent
    for r in roots:
        tok = sent.tokens[r]
        copula = st.lemma(r) == "be" or bool(kids(sent, r, ("cop",)))
        if not copula or tok.tag == "VBG":
            return False
        auxes = kids(sent, r, ("aux",)) + ([r] if tok.pos == "AUX" and tok.dep == "aux" else [])
        if any(sent.tokens[a].text.lower() in FUTURE_AUX for a in auxes):
            return False
        inner = [r, *kids(sent, r, ("acomp", "attr", "prep"))]
        if any(kids(sent, c, ("xcomp", "ccomp")) or [a for a in kids(sent, c, ("advcl",))
                                                     if not kids(sent, a, ("nsubj", "nsubjpass"))]
               for c in inner):
            return False  # "its army was ready to respond": a readiness to act
        for subj in kids(sent, r, ("nsubj", "nsubjpass")):
            if any(sent.tokens[p].text.lower() in {"its", "their", "our", "we", "i"}
                   for p in [subj, *kids(sent, subj, ("poss",))]):
                return False  # "our response would be ...": the speaker's side
            if any(_is_speaker(a, speakers) or any(a.actor.country and a.actor.country == s.actor.country
                                                   for s in speakers)
                   for a in st.roles.actors(subj, "content")):
                return False
    return True


def content_candidates(st: SentenceState, v: int, roots: list[int], act: SpeechAct, about: list[Slot]
                       ) -> tuple[list[Candidate], Candidate | None]:
    """A plain reporting verb's event, from its content: a judgement (111), an accusation (112), what
    someone must do (100), else a pending statement to its addressee (010)."""
    lemma, speakers = st.lemma(v), act.speakers
    tokens = content_tokens(st, roots, v)
    judged = judged_doers(st, tokens, speakers)
    if judged:  # "Russia's attacks were depraved, the PM said"
        return [act.candidate("111", f"speech:{lemma}+judge/111", judged)], None
    claim = st.in_class(v, "claim_verb") is not None
    blamed = others(blamed_actors(st, tokens, claim), speakers) if claim else [
        b for b in blamed_actors(st, tokens, claim) if not _is_speaker(b, speakers)]
    if blamed:
        return [act.candidate("112", f"speech:{lemma}+accuse/112", blamed)], None
    told = addressees(st, v)
    if (about or told) and any(wished(st, r) for r in roots):  # "reminded Iraq that it must ..."
        code, rule = refine_by_content(st, roots, "100", f"speech:{lemma}+must/100")
        return [act.candidate(code, rule, about or told)], None
    if told:
        return [], act.candidate("010", f"speech:{lemma}+to/010", told)
    return [], None


def act_doers_in(st: SentenceState, roots: list[int], speakers: list[Slot]) -> list[Slot]:
    """"warned that it would respond to any attack by X": with no one else as the content's subject, a
    speech act is aimed at whoever does the act its content names (an event or act noun's doer)."""
    sent = st.sent
    acts = [j for j in content_tokens(st, roots, -1) if sent.tokens[j].pos == "NOUN"
            and (noun_code(st, j) is not None or st.in_class(j, "act_noun") is not None)]
    return unique([s for n in acts for s in act_doers(st, n) if not _is_speaker(s, speakers)
                   and not any(own_state(s.actor, k.actor) for k in speakers)])


def noun_act(st: SentenceState, v: int) -> str | None:
    """The speech act a carried noun makes ("a warning that ..." is a threat, 130)."""
    n = carried_noun(st, v)
    return (st.in_class(n, "speech_noun") or None) if n is not None else None


def agreed_act(st: SentenceState, roots: list[int], code: str, rule: str, speakers: list[Slot]
               ) -> tuple[str, str]:
    """"X and Y agreed that their countries should cooperate": agreeing on an act of their own is an
    intent (03x); agreeing on anything else is an expression of accord (019)."""
    for r in roots:
        own = [s for t in subjects(st.sent, r) if not is_passive(st.sent, r)
               for s in st.roles.actors(t, "content")]
        if not own or not all(any(own_state(s.actor, k.actor) for k in speakers) for s in own):
            continue
        act, _, _, found = complement_code(st, r)
        if found is None or st.tables.info(found).quad_class > 2:
            continue
        intent = st.tables.intent(found)
        if intent:
            st.handled.update(inside(st, r))  # the agreed act is the intent, not an act told
            return intent, f"{rule.rsplit('/', 1)[0]}+{st.lemma(act)}/{intent}"
    return code, rule


def normative_content(st: SentenceState, roots: list[int], act: SpeechAct, lemma: str) -> list[Candidate]:
    """"X said Y's right should be respected": a cooperative act wished without a doer is the speakers'
    own stance toward Y (052 defend verbally, 051 endorse ...), with Y from the passive subject."""
    out = []
    for r in roots:
        if not is_passive(st.sent, r) or agents(st.sent, r) or not wished(st, r):
            continue
        match, _ = match_at(st, r)
        if match is None or match.code == "---" or st.tables.info(match.code).quad_class > 2:
            continue
        about = [s for t in own_subjects(st.sent, r) for s in st.roles.actors(t, "content")
                 if not _is_speaker(s, act.speakers)]
        if about:
            rule = f"speech:{lemma}+should+{st.lemma(r)}/{match.code}"
            out.append(act.candidate(match.code, rule, about, modality="wished"))
    return out


def _is_speaker(slot: Slot, speakers: list[Slot]) -> bool:
    return any(same_actor(slot.actor, s.actor) for s in speakers)


def content_actors(st: SentenceState, roots: list[int]) -> list[Slot]:
    """Subjects of the content clause(s): whom a demand or protest is about."""
    out: list[Slot] = []
    for r in roots:
        for c in conjuncts(st.sent, r):
            for t in subjects(st.sent, c) if not is_passive(st.sent, c) else []:
                out.extend(st.roles.actors(t, "content"))
    return unique(out)


def wished(st: SentenceState, r: int) -> bool:
    """The content says what someone must or should do ("X must withdraw", "X has to ...")."""
    if modality(st.sent, r, st.tables.words("modal")) == "wished":
        return True
    head = st.sent.tokens[r]
    return head.lemma.lower() in {"have", "need"} and bool(kids(st.sent, r, ("xcomp",)))


def refine_by_content(st: SentenceState, roots: list[int], code: str, rule: str) -> tuple[str, str]:
    """An appeal or demand takes the family code of the act it asks for (urge talks -> 026)."""
    family = {"020": "appeal", "100": "demand"}.get(code)
    if family is None:
        return code, rule
    for r in roots:
        for c in [r, *kids(st.sent, r, ("xcomp",))]:
            match, _ = match_at(st, c)
            if match is not None and match.code != "---":
                refined = st.tables.intent(match.code, family)
                if refined:
                    return refined, f"{rule.rsplit('/', 1)[0]}+{st.lemma(c)}/{refined}"
    return code, rule


def content_span(st: SentenceState, v: int) -> set[int]:
    """All content tokens of reporting verb `v` (to see whether anything in it was coded)."""
    out: set[int] = set()
    for r in content_roots(st, v):
        for c in conjuncts(st.sent, r):
            out.update(st.sent.subtree(c))
    return out
