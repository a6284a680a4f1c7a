"""The merge rule, as pure functions over event keys built by hand."""

from __future__ import annotations

from builders import event

from eventwire.store.clusters import event_key
from eventwire.store.dedup import assign_clusters


def clusters(*events) -> list[set[str]]:
    """Merge events in the order given; the partition as sets of event ids."""
    assigned = assign_clusters([event_key(e) for e in events], [], lambda k: "c-" + k.event_id)
    groups: dict[str, set[str]] = {}
    for event_id, cluster_id in assigned.items():
        groups.setdefault(cluster_id, set()).add(event_id)
    return sorted(groups.values(), key=lambda g: sorted(g))


def test_two_outlets_one_call_merge_whichever_side_dialled() -> None:
    a = event("kremlin", 0, "041", "putin", "macron", "2022-09-11")
    b = event("elysee", 0, "041", "macron", "putin", "2022-09-11")
    assert clusters(a, b) == [{"kremlin-e0", "elysee-e0"}]


def test_one_day_of_slack_for_time_zones_but_not_two() -> None:
    a = event("a", 0, day="2022-09-11")
    b = event("b", 0, day="2022-09-10")
    c = event("c", 0, day="2022-09-13")
    assert clusters(a, b, c) == [{"a-e0", "b-e0"}, {"c-e0"}]


def test_cluster_never_spans_more_than_a_day() -> None:
    a = event("a", 0, day="2022-09-10")
    b = event("b", 0, day="2022-09-11")
    c = event("c", 0, day="2022-09-12")
    assert clusters(a, b, c) == [{"a-e0", "b-e0"}, {"c-e0"}]


def test_two_calls_on_different_days_stay_two() -> None:
    assert len(clusters(event("a", 0, day="2022-02-28"), event("b", 0, day="2022-09-11"))) == 2


def test_one_article_never_puts_one_event_on_two_days() -> None:
    a = event("a", 0, day="2022-02-20")
    b = event("a", 1, day="2022-02-21")
    assert len(clusters(a, b)) == 2


def test_phone_and_in_person_do_not_merge_but_generic_consult_does() -> None:
    phone = event("a", 0, "041")
    meeting = event("b", 0, "044")
    generic = event("c", 0, "040")
    assert clusters(phone, meeting) == [{"a-e0"}, {"b-e0"}]
    assert clusters(phone, generic) == [{"a-e0", "c-e0"}]


def test_different_roots_never_merge() -> None:
    assert len(clusters(event("a", 0, "041"), event("b", 0, "036"))) == 2


def test_claims_and_facts_stay_apart() -> None:
    fact = event("a", 0, "070", "west", "ukraine")
    claim = event("b", 0, "070", "west", "ukraine", claimed_by="putin")
    same_claim = event("c", 0, "070", "west", "ukraine", claimed_by="kremlin")
    assert clusters(fact, claim, same_claim) == [{"a-e0"}, {"b-e0", "c-e0"}]


def test_negated_and_planned_acts_are_not_the_act() -> None:
    done = event("a", 0)
    planned = event("b", 0, modality="planned")
    denied = event("c", 0, negated=True)
    assert len(clusters(done, planned, denied)) == 3


def test_two_people_of_one_government_are_different_actors() -> None:
    putin = event("a", 0, "041", "putin", "macron")
    lavrov = event("b", 0, "041", "lavrov", "macron")
    kremlin = event("c", 0, "041", "kremlin", "macron")
    assert clusters(putin, lavrov, kremlin) == [{"a-e0", "c-e0"}, {"b-e0"}]


def test_direction_matters_for_one_sided_acts() -> None:
    a = event("a", 0, "112", "putin", "macron", symmetric=False)
    b = event("b", 0, "112", "macron", "putin", symmetric=False)
    c = event("c", 0, "111", "putin", "macron", symmetric=False)
    assert clusters(a, b, c) == [{"a-e0", "c-e0"}, {"b-e0"}]


def test_month_precision_joins_the_one_call_of_that_month() -> None:
    day = event("a", 0, day="2022-09-11")
    month = event("b", 0, day="2022-09", precision="month")
    assert clusters(day, month) == [{"a-e0", "b-e0"}]


def test_month_precision_stays_alone_when_ambiguous() -> None:
    first = event("a", 0, day="2022-09-01")
    second = event("b", 0, day="2022-09-20")
    month = event("c", 0, day="2022-09", precision="month")
    assert len(clusters(first, second, month)) == 3


def test_undated_events_merge_only_on_the_same_wording() -> None:
    text = "Vladimir Putin had a telephone conversation with President Emmanuel Macron of France."
    a = event("a", 0, day=None, sentence=text)
    b = event("b", 0, day=None, sentence=text)
    c = event("c", 0, day=None, sentence="The leaders spoke.")
    d = event("d", 0, day="2022-09-11", sentence=text)
    assert clusters(a, b, c, d) == [{"a-e0", "b-e0"}, {"c-e0"}, {"d-e0"}]


def test_incremental_equals_all_at_once_and_is_deterministic() -> None:
    events = [event("a", 0, day="2022-09-11"), event("b", 0, "044", day="2022-09-11"),
              event("c", 0, day="2022-09-12"), event("d", 0, day="2025-07-01")]
    keys = [event_key(e) for e in events]
    at_once = assign_clusters(keys, [], lambda k: "c-" + k.event_id)
    stored: list = []
    one_by_one: dict[str, str] = {}
    for key in keys:
        got = assign_clusters([key], stored, lambda k: "c-" + k.event_id)
        one_by_one.update(got)
        stored.append(type(key)(**{**{f: getattr(key, f) for f in key.__dataclass_fields__},
                                   "cluster_id": got[key.event_id]}))
    assert at_once == one_by_one == assign_clusters(keys, [], lambda k: "c-" + k.event_id)
