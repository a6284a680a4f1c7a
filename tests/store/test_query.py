"""Reading: merged events, filters, one event, one article, contacts, compare, actors, summary."""

from __future__ import annotations

import pytest

from eventwire import query
from eventwire.errors import QueryError
from eventwire.store import Store


def dates(rows: list[dict]) -> list[str]:
    return [r["date"] for r in rows]


def test_merged_events_one_line_per_real_world_event(reader: Store) -> None:
    rows = query.events(reader)
    assert len(rows) == 6 and store_events(reader) == 8
    call = next(r for r in rows if r["date"] == "2022-09-11" and r["cameo"] == "041")
    assert call["reports"] == 3 and call["sources"] == ["Elysee", "Kremlin", "TASS"]
    assert sorted(call["mention_ids"]) == ["elysee-2022-e0", "kremlin-2022-e0", "tass-2025-e1"]
    assert call["historical"] is False and call["article_id"] == "elysee-2022"
    assert dates(rows) == sorted(dates(rows))
    for key in ("event_id", "source", "target", "cameo", "plover", "evidence", "rule", "claimed_by"):
        assert key in call


def store_events(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM events"))


@pytest.mark.parametrize(("actors", "expected"), [
    (["RUS", "FRA"], 4),
    (["FRA"], 4),
    (["UKR"], 2),
    (["Putin"], 5),
    (["RUSGOV"], 5),
    (["Q3052772"], 4),
    (["WST"], 1),
    (["Putin", "Kiev"], 1),
])
def test_actor_filters(reader: Store, actors: list[str], expected: int) -> None:
    assert len(query.events(reader, actors=actors)) == expected


def test_code_and_date_filters(reader: Store) -> None:
    assert dates(query.events(reader, code="04")) == ["2022-09-11", "2025-07-01"]
    assert dates(query.events(reader, code="041")) == dates(query.events(reader, code="consult"))
    assert dates(query.events(reader, since="2025")) == ["2025-07-01"] * 3
    assert len(query.events(reader, until="2022-09")) == 3
    assert len(query.events(reader, since="2022-09-11", until="2022-09-11", code="11")) == 2
    assert len(query.events(reader, q="arming Kiev")) == 1


def test_paging(reader: Store) -> None:
    everything = query.events(reader)
    assert query.events(reader, limit=2, offset=1) == everything[1:3]
    assert query.events(reader, newest_first=True)[0]["date"] == "2025-07-01"


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"code": "4x"}, "E402"),
    ({"since": "yesterday"}, "E401"),
    ({"since": "2022-13-01"}, "E401"),
    ({"since": "2025", "until": "2020"}, "E401"),
    ({"limit": -1}, "E403"),
    ({"offset": -5}, "E403"),
    ({"actors": ["Nobody Atall"]}, "E405"),
    ({"actors": [" "]}, "E404"),
])
def test_bad_parameters_are_query_errors(reader: Store, kwargs: dict, code: str) -> None:
    with pytest.raises(QueryError) as error:
        query.events(reader, **kwargs)
    assert error.value.code == code


def test_raw_mentions_keep_their_cluster(reader: Store) -> None:
    rows = query.mentions(reader)
    assert len(rows) == 8 and all(r["cluster_id"] for r in rows)
    calls = query.mentions(reader, actors=["RUS", "FRA"], code="041", since="2022-09-11", until="2022-09-11")
    assert {r["event_id"] for r in calls} == {"kremlin-2022-e0", "elysee-2022-e0", "tass-2025-e1"}
    assert len({r["cluster_id"] for r in calls}) == 1


def test_one_event_with_its_reports(reader: Store) -> None:
    by_member = query.event(reader, "tass-2025-e1")
    by_id = query.event(reader, by_member["event_id"])
    assert by_member == by_id
    assert [m["outlet"] for m in by_id["mentions"]] == ["Kremlin", "Elysee", "TASS"]
    assert by_id["mentions"][-1]["historical"] is True
    with pytest.raises(QueryError) as error:
        query.event(reader, "ev_nope")
    assert error.value.code == "E406"


def test_one_article_with_spans(reader: Store) -> None:
    article = query.article(reader, "kremlin-2022")
    assert article["date"] == "2022-09-11" and article["url"] == "http://kremlin.ru/events/69334"
    assert article["events"][0]["evidence"]["spans"]["trigger"] == [0, 4]
    assert article["actor_mentions"][0]["text"] == "Vladimir Putin"
    assert article["timexes"][0]["value"] == "2022-09-11"
    with pytest.raises(QueryError) as error:
        query.article(reader, "nope")
    assert error.value.code == "E407"


def test_contacts_in_date_order_with_gaps(reader: Store) -> None:
    rows = query.contacts(reader, "RUS", "FRA")
    assert [(r["date"], r["cameo"], r["reports"], r["days_since_previous"]) for r in rows] == [
        ("2022-09-11", "041", 3, None),
        ("2025-07-01", "041", 1, 1024),
    ]
    assert query.contacts(reader, "Putin", "Macron") == query.contacts(reader, "FRA", "RUS")
    later = query.contacts(reader, "RUS", "FRA", since="2023")
    assert [(r["date"], r["days_since_previous"]) for r in later] == [("2025-07-01", 1024)]


def test_contacts_leave_out_claims_and_plans(reader: Store) -> None:
    assert [r["date"] for r in query.contacts(reader, "RUS", "FRA")] == ["2022-09-11", "2025-07-01"]
    assert query.contacts(reader, "WST", "UKR") == []


def test_contacts_need_two_actors(reader: Store) -> None:
    with pytest.raises(QueryError) as error:
        query.contacts(reader, "RUS", "RUS")
    assert error.value.code == "E404"


def test_contacts_in_words(reader: Store) -> None:
    text = query.describe_contacts(query.contacts(reader, "RUS", "FRA"), "RUS", "FRA")
    assert "first telephone contact since 2022-09-11, 1,024 days" in text
    assert query.describe_contacts([], "RUS", "USA") == "No contacts between RUS and USA are stored."


def test_compare_shows_what_each_report_leaves_out(reader: Store) -> None:
    result = query.compare(reader, "kremlin-2022-e0")
    reports = {r["article_id"]: r for r in result["reports"]}
    assert list(reports) == ["kremlin-2022", "elysee-2022", "tass-2025"]
    kremlin, elysee, tass = reports.values()
    assert [t["label"] for t in kremlin["topics"]] == ["Ukraine"]
    assert kremlin["only_here"]["topics"] == ["Ukraine"] and elysee["left_out"]["topics"] == ["Ukraine"]
    assert any("Ukraine" in s for s in kremlin["only_here"]["statements"])
    assert any("Macron" in s for s in kremlin["left_out"]["statements"])
    assert [q["speaker"] for q in elysee["quotes"]] == ["Emmanuel Macron"]
    putin_quote = "Vladimir Putin: Kiev must stop the shelling of the nuclear plant"
    assert elysee["left_out"]["quotes"] == [putin_quote]
    assert tass["quotes"] == [] and len(tass["left_out"]["quotes"]) == 2
    assert {i["kind"] for i in result["items"]} == {"topic", "statement", "quote"}


def test_actor_search(reader: Store) -> None:
    found = query.actors(reader, "macr")
    assert found[0]["name"] == "Emmanuel Macron" and found[0]["code"] == "FRAGOV"
    assert query.actors(reader)[0]["name"] == "Vladimir Putin"


def test_summary(reader: Store) -> None:
    result = query.summary(reader)
    assert (result["articles"], result["events"], result["merged_events"], result["quotes"]) == (3, 8, 6, 2)
    roots = {r["cameo_root"]: r for r in result["by_root"]}
    assert roots["04"]["merged"] == 2 and roots["04"]["events"] == 4
    assert result["dyads"][0]["a"] == "FRA" and result["dyads"][0]["b"] == "RUS"
    assert [t["days_since_previous"] for t in result["dyads"][0]["timeline"]] == [None, 1024]


class FakeKB:
    """Stands in for the actors knowledge base: one alias."""

    def lookup(self, name: str) -> list:
        from types import SimpleNamespace

        return [SimpleNamespace(id="Q7747")] if name == "Poutine" else []


def test_names_through_knowledge_base_aliases(reader: Store) -> None:
    with pytest.raises(QueryError):
        query.contacts(reader, "Poutine", "FRA")
    rows = query.contacts(reader, "Poutine", "FRA", kb=FakeKB())
    assert [r["date"] for r in rows] == ["2022-09-11", "2025-07-01"]
    assert len(query.events(reader, actors=["Poutine"], kb=FakeKB())) == 5
