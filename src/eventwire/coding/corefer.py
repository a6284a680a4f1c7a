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

**Dates.** A told contact (CAMEO 04, not only a reference) also folds into an earlier contact of the same
dyad, code (or an open mode the other gives) and modality when neither is historical and at most one of
them has a time expression of its own, or both have the same date: "Theresa May held a call with
Netanyahu ... Netanyahu called the Prime Minister yesterday" is one call. The event keeps the most
specific explicit date of its mentions, the title's included (`story_dates`), and the undated acts of
the contact's sides take the contact's date.

The folded mention leaves its trace in the anchor's `extra["also_mentions"]` (trigger span, sentence
index, rule), so nothing the text says is lost. Genuinely different events stay apart: the 2022 call and
today's call have different dates; "X accused Y" three times with three different contents are three
verbal events, not references.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from eventwire.coding.codebook import CodeInfo
from eventwire.coding.story_dates import better_date, dated_by_contact, same_party, with_date
from eventwire.records import Event

CodeLookup = Callable[[str], CodeInfo]
"""`CodingTables.info`: a CAMEO code's entry (code, root, PLOVER, quad class, Goldstein)."""


@dataclass(frozen=True, slots=True)
class Coded:
    """An event as the coder made it: does it only refer to an event, is it the title's, is its mode
    open, how explicit is its date (`story_dates.date_rank`), is it told in the present tense."""

    event: Event
    reference: bool
    heading: bool = False
    open_mode: bool = False
    date_rank: int = 0
    present: bool = False


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


def same_contact(item: Coded, anchor: Coded) -> bool:
    """Is the told contact `item` the contact `anchor` told before (module docstring, "Dates")?"""
    event, first = item.event, anchor.event
    if event.cameo_root != "04" or first.cameo_root != "04" or event.historical or first.historical:
        return False
    open_mode = item.open_mode or anchor.open_mode
    if event.cameo != first.cameo and not (open_mode and compatible_codes(event.cameo, first.cameo)):
        return False
    if event.negated != first.negated or event.modality != first.modality or not same_dyad(event, first):
        return False
    return not item.date_rank or not anchor.date_rank or event.date == first.date


def reading_order(coded: Sequence[Coded]) -> list[int]:
    """Told events and dated references first, in text order; then undated references; then the title."""
    first = [k for k, c in enumerate(coded) if not c.heading and (not c.reference or own_date(c.event))]
    undated = [k for k, c in enumerate(coded) if not c.heading and c.reference and not own_date(c.event)]
    return first + undated + [k for k, c in enumerate(coded) if c.heading]


def anchor_of(item: Coded, kept: dict[int, Coded]) -> int | None:
    """The earlier event `item` refers to (a reference or the title) or tells again (a contact)."""
    if item.reference or item.heading:
        return next((j for j in sorted(kept) if refers_to(item, kept[j].event)), None)
    if item.event.cameo_root == "04":
        return next((j for j in sorted(kept) if same_contact(item, kept[j])), None)
    return None


def fold_references(coded: Sequence[Coded], info: CodeLookup) -> list[Event]:
    """The events with every reference folded into the event it refers to (module docstring), in text
    order, dated by their contact (`story_dates`); a title's event that refers to nothing is dropped."""
    kept: dict[int, Coded] = {}
    folded: dict[int, list[dict[str, Any]]] = {}
    for k in reading_order(coded):
        item = coded[k]
        anchor = anchor_of(item, kept)
        if anchor is None:
            if not item.heading:
                kept[k] = item
            continue
        folded.setdefault(anchor, []).append(mention_of(item.event))
        kept[anchor] = absorb(kept[anchor], item, info)
    ranked: list[tuple[Event, int, bool]] = []
    for k in sorted(kept):
        event = kept[k].event
        if k in folded:
            mentions = sorted(folded[k], key=lambda m: m["trigger"])
            earlier = event.extra.get("also_mentions", [])
            event = replace(event, extra={**event.extra, "also_mentions": [*earlier, *mentions]})
        ranked.append((event, kept[k].date_rank, kept[k].present))
    return dated_by_contact(ranked, mention_of)


def absorb(anchor: Coded, item: Coded, info: CodeLookup) -> Coded:
    """The anchor after `item` folded into it: the mode a mention names for an open contact, the more
    explicit date of the two."""
    event = anchor.event
    opened = anchor.open_mode
    if opened and item.event.cameo != event.cameo and not item.open_mode:
        event, opened = with_mode(event, item.event, info), False
    rank = anchor.date_rank
    if better_date(item.event, item.date_rank, event, rank):
        event, rank = with_date(event, item.event, mention_of(item.event)), item.date_rank
    return replace(anchor, event=event, open_mode=opened, date_rank=rank)


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
