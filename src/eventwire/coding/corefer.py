"""Within-article event coreference: a later mention of an event the article already coded is no new event.

News repeats itself: "Putin and Macron held a phone conversation ... the two leaders discussed a range of
issues ... TASS has summarized the topics discussed during the leaders' talk". One call, three mentions;
coded one by one they become the duplicate flood DESIGN.md's first complaint is about. Here a *reference*
(a nominal mention such as "the talk", "their discussion", or a topic verb's plain consult "discussed")
is folded into the first event it can refer to:

- the same dyad (either way round when either event is symmetric),
- the same CAMEO root (04x with 04x: "talks" refer to a "phone conversation"),
- the same date; a reference without a date of its own refers to the article's main event of that dyad
  (the first dated one that is as historical as the reference, even when the text tells it later:
  a title "Blinken's call with Kuleba" before "Blinken spoke today with Kuleba"),
- the same modality and negation (planned talks are not the call that was held).

The folded mention leaves its trace in the anchor's `extra["also_mentions"]` (trigger span, sentence
index, rule), so nothing the text says is lost. Genuinely different events stay apart: the 2022 call and
today's call have different dates; "X accused Y" three times with three different contents are three
verbal events, not references.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from eventwire.records import ActorRef, Event


@dataclass(frozen=True, slots=True)
class Coded:
    """An event as the coder made it, and whether it only refers to an event (see module docstring)."""

    event: Event
    reference: bool


def actor_key(actor: ActorRef | None) -> str:
    """The identity an actor has for coreference (as `roles.Slot.key`)."""
    if actor is None:
        return ""
    return actor.kb_id or actor.code or actor.name or actor.text


def same_dyad(a: Event, b: Event) -> bool:
    pa = (actor_key(a.source), actor_key(a.target))
    pb = (actor_key(b.source), actor_key(b.target))
    if a.symmetric or b.symmetric:
        return sorted(pa) == sorted(pb)
    return pa == pb


def refers_to(ref: Event, anchor: Event) -> bool:
    """Can `ref` be a later mention of `anchor`?"""
    if ref.cameo_root != anchor.cameo_root or not same_dyad(ref, anchor):
        return False
    if ref.negated != anchor.negated or ref.modality != anchor.modality:
        return False
    if ref.date is not None:
        return ref.date == anchor.date
    return ref.historical == anchor.historical


def fold_references(coded: Sequence[Coded]) -> list[Event]:
    """The events with every reference folded into the event it refers to (module docstring), in text
    order. Dated mentions are read first, so that an undated one ("Blinken's call with Kuleba" in a
    title) can refer to the event the article tells later ("Blinken spoke today with Kuleba")."""
    kept: dict[int, Event] = {}
    folded: dict[int, list[dict[str, Any]]] = {}
    order = [k for k, c in enumerate(coded) if c.event.date is not None or not c.reference]
    order += [k for k, c in enumerate(coded) if c.event.date is None and c.reference]
    for k in order:
        item = coded[k]
        anchor = None
        if item.reference:
            anchor = next((j for j in sorted(kept) if refers_to(item.event, kept[j])), None)
        if anchor is None:
            kept[k] = item.event
            continue
        folded.setdefault(anchor, []).append(mention_of(item.event))
    for k, mentions in folded.items():
        event = kept[k]
        mentions.sort(key=lambda m: m["trigger"])
        earlier = event.extra.get("also_mentions", [])
        kept[k] = replace(event, extra={**event.extra, "also_mentions": [*earlier, *mentions]})
    return [kept[k] for k in sorted(kept)]


def mention_of(event: Event) -> dict[str, Any]:
    """What a folded mention leaves in its anchor: where it is and which rule read it."""
    return {
        "trigger": list(event.evidence.spans["trigger"]),
        "sentence_index": event.evidence.sentence_index,
        "rule": event.rule,
    }
