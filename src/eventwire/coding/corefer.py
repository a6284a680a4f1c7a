"""Within-article event coreference: a later mention of an event the article already coded is no new event.

News repeats itself: "Putin and Macron held a phone conversation ... the two leaders discussed a range of
issues ... TASS has summarized the topics discussed during the leaders' talk". One call, three mentions;
coded one by one they become the duplicate flood DESIGN.md's first complaint is about. Here a *reference*
(a nominal mention such as "the talk", "their discussion", a topic verb's plain consult "discussed", any
plain consultation 040 such as "held an in-depth discussion") is folded into the first event it can refer to:

- the same dyad, either way round when either event is symmetric; a side matches when it is the same
  person, or the same country in a compatible sector ("the UK" is its Prime Minister's side),
- the same CAMEO root and compatible codes (equal, or one of them the root's generic x0 code: a visit
  is no phone call),
- the same date when the reference has a time expression of its own; a reference without one refers to
  the article's main event of that dyad (the first one that is as historical as the reference, even when
  the text tells it later: "Blinken's call with Kuleba" before "Blinken spoke today with Kuleba"),
- the same modality and negation (planned talks are not the call that was held).

**The title** is a heading: it never makes an event of its own. It is read as a reference only: its event
folds into the body's first event of the same dyad and root (whatever the dates: the title names the
story's own event), or is dropped. A title's contact may name only the partner ("PM call with President
Erdogan": the publisher's own side goes without saying); it then folds into the first such event that
has that partner on either side.

**Mode.** "Trump spoke with Putin" says a contact took place, not how (`open_mode`, lexicon class
`open_mode`). When a coreferent mention, the title included, names the mode ("Trump's Call with Putin":
041), the open 040 takes that more specific code; `extra["mode_from"]` records the mention that gave it.

The folded mention leaves its trace in the anchor's `extra["also_mentions"]` (trigger span, sentence
index, rule), so nothing the text says is lost. Genuinely different events stay apart: the 2022 call and
today's call have different dates; "X accused Y" three times with three different contents are three
verbal events, not references.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from eventwire.records import ActorRef, Event

CodeLookup = Callable[[str], Any]
"""`CodingTables.info`: a CAMEO code's entry (code, root, PLOVER, quad class, Goldstein)."""


@dataclass(frozen=True, slots=True)
class Coded:
    """An event as the coder made it: does it only refer to an event, is it the title's, is its mode open."""

    event: Event
    reference: bool
    heading: bool = False
    open_mode: bool = False


def same_party(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Two mentions of one side of a dyad: the same person, or the same country in a compatible sector
    (a bare state and its government are one side; two different people are two)."""
    if a is None or b is None:
        return a is b
    if a.kb_id and b.kb_id and a.type == b.type == "person":
        return a.kb_id == b.kb_id
    if a.country or b.country:
        sectors = {a.sector or "", b.sector or ""}
        return a.country == b.country and (len(sectors) == 1 or "" in sectors)
    return (a.code or a.name or a.text) == (b.code or b.name or b.text)


def same_dyad(a: Event, b: Event) -> bool:
    if same_party(a.source, b.source) and same_party(a.target, b.target):
        return True
    return (a.symmetric or b.symmetric) and same_party(a.source, b.target) and same_party(a.target, b.source)


def names_a_side(title: Event, anchor: Event) -> bool:
    """"PM call with President Erdogan": a title whose contact names only the partner (its own side is the
    publisher's, left implicit) names one side of the anchor."""
    if title.source is not None or title.target is None:
        return False
    return same_party(title.target, anchor.source) or same_party(title.target, anchor.target)


def compatible_codes(a: str, b: str) -> bool:
    """Equal codes, or one of them is the root's generic code (040 with 041; 041 not with 042)."""
    return a == b or a == a[:2] + "0" or b == b[:2] + "0"


def own_date(event: Event) -> bool:
    """Was the event dated by a time expression of its own (not the article's date)?"""
    return "date" in event.evidence.spans


def refers_to(ref: Coded, anchor: Event) -> bool:
    """Can `ref` be a later mention of `anchor`?"""
    event = ref.event
    if event.cameo_root != anchor.cameo_root or not compatible_codes(event.cameo, anchor.cameo):
        return False
    if event.negated != anchor.negated or event.modality != anchor.modality:
        return False
    if ref.heading:
        return not anchor.historical and (same_dyad(event, anchor) or names_a_side(event, anchor))
    if not same_dyad(event, anchor):
        return False
    if own_date(event):
        return event.date == anchor.date
    return event.historical == anchor.historical


def reading_order(coded: Sequence[Coded]) -> list[int]:
    """Told events and dated references first, in text order; then undated references; then the title."""
    first = [k for k, c in enumerate(coded) if not c.heading and (not c.reference or own_date(c.event))]
    undated = [k for k, c in enumerate(coded) if not c.heading and c.reference and not own_date(c.event)]
    return first + undated + [k for k, c in enumerate(coded) if c.heading]


def fold_references(coded: Sequence[Coded], info: CodeLookup) -> list[Event]:
    """The events with every reference folded into the event it refers to (module docstring), in text
    order; a title's event that refers to nothing is dropped."""
    kept: dict[int, Event] = {}
    open_mode: set[int] = set()
    folded: dict[int, list[dict[str, Any]]] = {}
    for k in reading_order(coded):
        item = coded[k]
        anchor = None
        if item.reference or item.heading:
            anchor = next((j for j in sorted(kept) if refers_to(item, kept[j])), None)
        if anchor is None:
            if not item.heading:
                kept[k] = item.event
                if item.open_mode:
                    open_mode.add(k)
            continue
        folded.setdefault(anchor, []).append(mention_of(item.event))
        if anchor in open_mode and item.event.cameo != kept[anchor].cameo and not item.open_mode:
            kept[anchor] = with_mode(kept[anchor], item.event, info)
            open_mode.discard(anchor)
    for k, mentions in folded.items():
        event = kept[k]
        mentions.sort(key=lambda m: m["trigger"])
        earlier = event.extra.get("also_mentions", [])
        kept[k] = replace(event, extra={**event.extra, "also_mentions": [*earlier, *mentions]})
    return [kept[k] for k in sorted(kept)]


def with_mode(anchor: Event, mention: Event, info: CodeLookup) -> Event:
    """The open consultation `anchor` with the more specific code a coreferent `mention` gives it."""
    code = info(mention.cameo)
    if anchor.cameo != anchor.cameo_root + "0" or code.root != anchor.cameo_root:
        return anchor
    return replace(
        anchor, cameo=code.code, plover_event=code.plover_event, plover_mode=code.plover_mode,
        quad_class=code.quad_class, goldstein=code.goldstein,
        extra={**anchor.extra, "mode_from": mention_of(mention)},
    )


def mention_of(event: Event) -> dict[str, Any]:
    """What a folded mention leaves in its anchor: where it is and which rule read it."""
    return {
        "trigger": list(event.evidence.spans["trigger"]),
        "sentence_index": event.evidence.sentence_index,
        "rule": event.rule,
    }
