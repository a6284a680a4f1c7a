"""The date of a story's contact, and of what was said in it.

A readout tells one contact several times ("PM call with Israeli PM: 20 June 2017" in the title, "Theresa
May spoke to Prime Minister Netanyahu", "Netanyahu called the Prime Minister yesterday"), and only some of
its mentions carry a time expression. The mentions fold into one event (`corefer`); here is which date
that event keeps, and which events take it from the contact:

- **Rank of a date** (`date_rank`): 0 when no time expression governs the mention (the article's date,
  a default), 1 for a relative expression resolved against the publication date ("yesterday", "this
  evening", "on Monday"), 2 for a calendar date ("20 June 2017", "May 28").
- **The contact keeps the most specific explicit date of its mentions** (`better_date`): a mention with a
  time expression dates an anchor that has none (the title's "28 May 2023" dates "Sunak spoke to Erdogan"
  when the body says nothing of the day); a calendar date corrects a relative one when the two are close
  (the title's "22 May 2022" beats "this evening" resolved against a publication on 23 May: readouts are
  published after they are written). `extra["date_from"]` records the mention that gave the date.
- **What the parties said in the contact happened in it** (`dated_by_contact`): an event of the contact's
  two sides (either way round; the target may be any actor of the other side's country, "aid to the
  people of Ukraine" in a call with Zelenskyy; or one side with the other among its `co_sources`) told
  at or after the contact without a time expression of its own ("They agreed to keep in close touch")
  takes the date of a contact whose date is explicit, instead of the publication day; not an act told in
  the present or present perfect ("Turkey has criticised Russia": the state of things when published).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from eventwire.records import ActorRef, Event

CLOSE_DAYS = 7
"""Two explicit dates of one contact's mentions this close are one date told two ways."""


def date_rank(event: Event, text: str) -> int:
    """0: the article's date; 1: a relative time expression; 2: a calendar date (it holds a digit)."""
    span = event.evidence.spans.get("date")
    if span is None or event.date is None:
        return 0
    return 2 if any(ch.isdigit() for ch in text[span[0]:span[1]]) else 1


def close_dates(a: str | None, b: str | None) -> bool:
    """Dates that can be one day told two ways: equal, one the other's month or year, or days close."""
    if a is None or b is None:
        return False
    if a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= CLOSE_DAYS
    return False


def better_date(mention: Event, mention_rank: int, anchor: Event, anchor_rank: int) -> bool:
    """Does the folded `mention` date its `anchor` better (module docstring)?"""
    if mention_rank <= anchor_rank or mention.date is None:
        return False
    if anchor_rank == 0:
        return True
    return mention.date != anchor.date and close_dates(mention.date, anchor.date)


def with_date(anchor: Event, mention: Event, source: dict[str, Any]) -> Event:
    """`anchor` dated as `mention` is; `source` (the mention's trace) goes to `extra["date_from"]`."""
    spans = {k: v for k, v in anchor.evidence.spans.items() if k != "date"}
    if "date" in mention.evidence.spans:
        spans["date"] = mention.evidence.spans["date"]
    return replace(
        anchor, date=mention.date, date_precision=mention.date_precision, historical=mention.historical,
        evidence=replace(anchor.evidence, spans=spans), extra={**anchor.extra, "date_from": source},
    )


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


def between_sides(event: Event, contact: Event) -> bool:
    """Is `event` an act of one side of `contact` toward the other (or with it, as a co-source)? An act
    done jointly with someone who had no part in the contact ("They [the PM and Macron] shared concerns
    about the invasion of Ukraine", after "his visit to Kyiv last month") was not done in it."""
    sides = (contact.source, contact.target)
    codes = {a.code for a in sides if a is not None}
    if any(p not in codes for p in event.extra.get("co_sources") or []):
        return False
    for one, other in (sides, sides[::-1]):
        if one is None or not same_party(event.source, one):
            continue
        if same_party(event.target, other) or same_country(event.target, other):
            return True
        partners = event.extra.get("co_sources") or []
        if event.target is None and other is not None and other.code in partners:
            return True
    return False


def same_country(a: ActorRef | None, b: ActorRef | None) -> bool:
    return a is not None and b is not None and bool(a.country) and a.country == b.country


def told_contact(event: Event) -> bool:
    """A contact (CAMEO 04) between two named sides that happened now."""
    return (event.cameo_root == "04" and event.source is not None and event.target is not None
            and not event.historical and not event.negated and event.modality == "asserted")


def dated_by_contact(items: Sequence[tuple[Event, int, bool]], trace: Callable[[Event], dict[str, Any]]
                     ) -> list[Event]:
    """The events of `items` (event, date rank, told in the present tense) with the undated acts of a
    contact's sides dated by the contact (module docstring). `trace(contact)` goes to `extra["date_from"]`.
    An act told in the present or present perfect ("Turkey has criticised Russia") is the state of things
    at publication, not a part of the contact."""
    contacts = [e for e, rank, _ in items if rank and told_contact(e)]
    out = []
    for event, rank, present in items:
        if (rank == 0 and not present and event.date is not None and not event.historical
                and event.cameo_root != "04"):
            contact = next((c for c in contacts if c.evidence.sentence_index <= event.evidence.sentence_index
                            and between_sides(event, c)), None)
            if contact is not None:
                event = with_date(event, contact, trace(contact))
        out.append(event)
    return out
