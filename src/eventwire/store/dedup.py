"""Merging reports of one real-world event into one cluster: pure functions over light event keys.

The merge rule. An event joins a cluster when, against every member of the cluster:
  1. the actors are the same: compared by `kb_id` when both are known persons, else by CAMEO code, or by
     country with the same (or an unknown) sector; unordered for symmetric acts and for all of CAMEO 04
     (A visits B is B hosts A; a call is a call whoever dialled), ordered otherwise;
  2. the codes are compatible: the same CAMEO root, and within 04 no clash of modes (a telephone call,
     041, never merges with an in-person meeting, 042/043/044; 040, 045, 046 go with either);
  3. the status is the same: both facts, or both claims by the same actor (`claimed_by`); the same
     `negated` and `modality` (a planned call is not the call);
and the dates fit: day-precision dates of the whole cluster span at most one day (outlets in different
time zones), a month- or year-precision date contains them, and one article never puts the same event
on two different days. Undated events merge only with undated events whose evidence sentences share
most of their words (the same wire copy); month/year-precision events only join a cluster when exactly
one cluster fits.

When several clusters fit, the event joins the one with a member on the same date, then the same
code, then the most similar evidence, then the smallest cluster id. Events are taken in ingest order
and keep their cluster once assigned, so merging is incremental and deterministic, and cluster ids are
stable as reports are added.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

PHONE_CODES = frozenset({"041"})
IN_PERSON_CODES = frozenset({"042", "043", "044"})
UNORDERED_ROOTS = frozenset({"04"})
MAX_DAY_SPAN = 1
UNDATED_SIMILARITY = 0.6

_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    {
        "the", "and", "for", "with", "that", "this", "from", "his", "her", "its", "their", "was", "were",
        "has", "had", "have", "been", "are", "said", "says", "will", "would", "also", "about", "after",
        "over", "into", "which", "who", "whom", "them", "they", "she", "him", "not", "but",
    }
)


@dataclass(frozen=True, slots=True)
class ActorKey:
    """What identifies an actor for merging."""

    country: str | None
    sector: str | None
    code: str | None
    kb_id: str | None
    type: str | None = None


@dataclass(frozen=True)
class EventKey:
    """What the merge rule looks at in one stored event."""

    event_id: str
    article_id: str
    day_lo: date | None
    day_hi: date | None
    precision: str | None
    source: ActorKey | None
    target: ActorKey | None
    cameo: str
    root: str
    symmetric: bool
    claimed_by: ActorKey | None
    negated: bool
    modality: str
    words: frozenset[str]
    cluster_id: str | None = None

    @property
    def is_day(self) -> bool:
        return self.day_lo is not None and self.day_lo == self.day_hi


def evidence_words(sentence: str | None) -> frozenset[str]:
    """Content words of an evidence sentence, for comparing two outlets' wording."""
    words = _WORD.findall((sentence or "").lower())
    return frozenset(w for w in words if len(w) > 2 and w not in _STOPWORDS)


def similarity(a: EventKey, b: EventKey) -> float:
    """Jaccard overlap of the evidence sentences' content words."""
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / len(a.words | b.words)


def same_actor(a: ActorKey | None, b: ActorKey | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if a.kb_id and b.kb_id and a.kb_id == b.kb_id:
        return True
    if a.type == "person" and b.type == "person" and a.kb_id and b.kb_id:
        return False
    if a.code and b.code and a.code == b.code:
        return True
    if a.country and a.country == b.country:
        return a.sector is None or b.sector is None or a.sector == b.sector
    return False


def same_dyad(a: EventKey, b: EventKey) -> bool:
    if same_actor(a.source, b.source) and same_actor(a.target, b.target):
        return True
    unordered = a.symmetric or b.symmetric or (a.root in UNORDERED_ROOTS and b.root in UNORDERED_ROOTS)
    return unordered and same_actor(a.source, b.target) and same_actor(a.target, b.source)


def codes_compatible(a: str, b: str) -> bool:
    """Same CAMEO root, and no telephone-versus-in-person clash inside 04."""
    if a[:2] != b[:2]:
        return False
    phone = a in PHONE_CODES or b in PHONE_CODES
    in_person = a in IN_PERSON_CODES or b in IN_PERSON_CODES
    return not (phone and in_person)


def same_status(a: EventKey, b: EventKey) -> bool:
    """Facts merge with facts, claims with the same speaker's claims."""
    if a.negated != b.negated or a.modality != b.modality:
        return False
    if (a.claimed_by is None) != (b.claimed_by is None):
        return False
    return a.claimed_by is None or same_actor(a.claimed_by, b.claimed_by)


def compatible(a: EventKey, b: EventKey) -> bool:
    """Actors, codes and status agree (dates are checked for the cluster as a whole)."""
    return codes_compatible(a.cameo, b.cameo) and same_status(a, b) and same_dyad(a, b)


def dates_fit(event: EventKey, members: Sequence[EventKey]) -> bool:
    """The date rule for adding `event` to a cluster of `members`."""
    if event.day_lo is None:
        return all(m.day_lo is None for m in members) and any(
            similarity(event, m) >= UNDATED_SIMILARITY for m in members
        )
    if any(m.day_lo is None for m in members):
        return False
    everyone = [*members, event]
    days = [k.day_lo for k in everyone if k.is_day and k.day_lo is not None]
    if days and (max(days) - min(days)).days > MAX_DAY_SPAN:
        return False
    if event.is_day and any(
        m.is_day and m.article_id == event.article_id and m.day_lo != event.day_lo for m in members
    ):
        return False
    coarse = [(k.day_lo, k.day_hi) for k in everyone if not k.is_day]
    for lo, hi in coarse:
        if any(not lo <= d <= hi for d in days):  # type: ignore[operator]
            return False
        if any(o_lo > hi or o_hi < lo for o_lo, o_hi in coarse):  # type: ignore[operator]
            return False
    return True


def fits(event: EventKey, members: Sequence[EventKey]) -> bool:
    return all(compatible(event, m) for m in members) and dates_fit(event, members)


def _preference(event: EventKey, cluster_id: str, members: Sequence[EventKey]) -> tuple[int, int, float, str]:
    """Sort key among fitting clusters: same date first, then same code, then closer wording, then id."""
    same_date = any(m.day_lo == event.day_lo and m.day_hi == event.day_hi for m in members)
    same_code = any(m.cameo == event.cameo for m in members)
    closest = max((similarity(event, m) for m in members), default=0.0)
    return (0 if same_date else 1, 0 if same_code else 1, -closest, cluster_id)


class ClusterIndex:
    """Clusters by CAMEO root and day, so an event is checked only against clusters near its date."""

    def __init__(self) -> None:
        self.members: dict[str, list[EventKey]] = defaultdict(list)
        self.by_day: dict[tuple[str, int], set[str]] = defaultdict(set)
        self.coarse: dict[str, set[str]] = defaultdict(set)
        self.undated: dict[str, set[str]] = defaultdict(set)

    def add(self, key: EventKey, cluster_id: str) -> None:
        self.members[cluster_id].append(key)
        if key.day_lo is None:
            self.undated[key.root].add(cluster_id)
        elif key.is_day:
            self.by_day[(key.root, key.day_lo.toordinal())].add(cluster_id)
        else:
            self.coarse[key.root].add(cluster_id)

    def candidates(self, key: EventKey) -> dict[str, list[EventKey]]:
        if key.day_lo is None or key.day_hi is None:
            found = set(self.undated[key.root])
        else:
            found = set(self.coarse[key.root])
            first = key.day_lo.toordinal() - MAX_DAY_SPAN
            for day in range(first, key.day_hi.toordinal() + MAX_DAY_SPAN + 1):
                found |= self.by_day.get((key.root, day), set())
        return {cid: self.members[cid] for cid in sorted(found)}


def _choose(event: EventKey, clusters: dict[str, list[EventKey]]) -> str | None:
    """The cluster `event` joins, or None when it founds a new one."""
    fitting = [cid for cid, members in clusters.items() if fits(event, members)]
    if not fitting or (len(fitting) > 1 and not event.is_day):
        return None
    return min(fitting, key=lambda cid: _preference(event, cid, clusters[cid]))


def assign_clusters(
    new: Iterable[EventKey], existing: Iterable[EventKey], make_id: Callable[[EventKey], str]
) -> dict[str, str]:
    """Cluster id for each new event (in the order given); `existing` keys carry their cluster ids.

    A new event either joins a fitting cluster (existing or founded earlier in `new`) or founds one
    whose id is `make_id(event)`.
    """
    index = ClusterIndex()
    for key in existing:
        if key.cluster_id is not None:
            index.add(key, key.cluster_id)
    assigned: dict[str, str] = {}
    for event in new:
        cluster_id = _choose(event, index.candidates(event)) or make_id(event)
        assigned[event.event_id] = cluster_id
        index.add(event, cluster_id)
    return assigned
