"""Claims: an event told inside someone's words is their assertion, not an established fact.

An event is inside a frame when its trigger lies in the frame's content (not in an excluded cue clause).
The frames holding the trigger are read innermost first:

1. a denial or a question (cue class deny / ask): the event is claimed by the speaker, whoever they are —
   "X denied that Y attacked" never establishes the attack (the coder emits the denial itself);
2. no named speaker ("It was noted that ...", an unattributed quote) or the article's own outlet ("according
   to TASS estimates"): the article's own voice — no claim, look further out;
3. the speaker's own account — no claim, the speaker joins `reported_via`, look further out:
   - the speaker (or a member of a joint speaker) is on the event source's side: the same actor, the same
     CAMEO code, or the same country with both in the state (GOV, MIL, LEG, JUD or no sector) — the Kremlin
     telling what Putin did, a Downing Street spokesperson telling what the Prime Minister did;
   - the event is symmetric and the speaker is on either side (a party to a joint call reporting it);
   - the speaker is on the target's side and the event is cooperative (quad class 1-2): a participant's
     readout of what was done with it ("The Russian President congratulated her", says Downing Street);
   - the event is cooperative and its source is unknown ("They looked forward to ...", "the Prime
     Minister" of no resolved country): nobody can tell whose account it is, and there is nothing to dispute;
4. anyone else — a third party, or the target of a conflictual act telling of it ("the UK said Russia was
   responsible for the attack") — claims it: `claimed_by` is that speaker.

So a speech act is a fact when its own reporter is on the speaker's side (the Kremlin: "Putin told Macron
that ...") and becomes a claim once a speaker from another side carries it. Each event gets
`extra["reported_via"]` (the outlet, then the speakers of the frames outside the claimant, outermost first)
and, when it sits in a quote, `extra["quote_id"]` of the innermost one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.attribution.quotes import Attributed
from eventwire.attribution.speakers import Speaker
from eventwire.records import SECTORS, ActorRef, Article, Event

STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})
ALWAYS_CLAIMED = frozenset({"deny", "ask"})
COOPERATIVE = frozenset({1, 2})


def mark_claims(events: Sequence[Event], attributed: Sequence[Attributed], article: Article) -> list[Event]:
    """New Event records with `claimed_by` and the reported-via chain filled in."""
    return [_mark(event, attributed, article) for event in events]


def _mark(event: Event, attributed: Sequence[Attributed], article: Article) -> Event:
    trigger = event.evidence.spans.get("trigger")
    chain = _holding(attributed, trigger) if trigger else []
    claimant_at = next((k for k, item in enumerate(chain) if _claims(item, event)), None)
    outer = chain[claimant_at + 1 :] if claimant_at is not None else chain
    extra = dict(event.extra)
    extra["reported_via"] = _via(article, outer)
    if chain:
        extra["quote_id"] = chain[0].quote_id
    claimed_by = event.claimed_by
    if claimant_at is not None:
        speaker = chain[claimant_at].speaker
        assert speaker is not None
        claimed_by = speaker.ref
    return replace(event, claimed_by=claimed_by, extra=extra)


def _holding(attributed: Sequence[Attributed], trigger: tuple[int, int]) -> list[Attributed]:
    """Frames whose content holds the trigger, innermost (shortest) first."""
    found = [item for item in attributed if item.frame.holds(trigger)]
    return sorted(found, key=lambda item: item.frame.content[1] - item.frame.content[0])


def _claims(item: Attributed, event: Event) -> bool:
    speaker = item.speaker
    if speaker is None:
        return False
    if item.frame.cue_class in ALWAYS_CLAIMED:
        return True
    return not speaker.outlet and not own_account(speaker, event)


def own_account(speaker: Speaker, event: Event) -> bool:
    """Rule 3 of the module docstring."""
    refs = speaker.refs()
    if any(same_side(ref, event.source) for ref in refs):
        return True
    cooperative = event.quad_class in COOPERATIVE
    if cooperative and not known_side(event.source):
        return True
    on_target = any(same_side(ref, event.target) for ref in refs)
    return on_target and (event.symmetric or cooperative)


def known_side(ref: ActorRef | None) -> bool:
    """An actor placed on some side: a country, a knowledge-base id, or a code beyond a bare sector."""
    if ref is None:
        return False
    return bool(ref.country or ref.kb_id or (ref.code and ref.code not in SECTORS))


def same_side(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Same actor, same CAMEO code, or the same state (both governmental or plain country actors)."""
    if a is None or b is None:
        return False
    if a.kb_id and a.kb_id == b.kb_id:
        return True
    if a.code and a.code == b.code:
        return True
    if a.country and a.country == b.country:
        return (_state(a) and _state(b)) or (a.sector is not None and a.sector == b.sector)
    if not (a.country or a.code or a.kb_id):
        return a.text.strip().lower() == b.text.strip().lower()
    return False


def _state(ref: ActorRef) -> bool:
    return ref.sector is None or ref.sector in STATE_SECTORS


def _via(article: Article, outer: Sequence[Attributed]) -> list[str]:
    names = [article.source] if article.source else []
    for item in sorted(outer, key=lambda i: i.frame.content[0] - i.frame.content[1]):
        speaker = item.speaker
        if speaker is None or speaker.outlet:
            continue
        if not names or names[-1] != speaker.text:
            names.append(speaker.text)
    return names
