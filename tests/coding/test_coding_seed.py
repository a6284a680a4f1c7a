"""The seed article through the real actors and time stages: one event per real call, dated right."""

from __future__ import annotations

import pytest

from eventwire.coding import code_events, load_coding_tables
from eventwire.ingest import build_article
from eventwire.nlp import parse_articles
from eventwire.records import Event
from eventwire.time import find_timexes


@pytest.fixture(scope="module")
def seed_events(nlp, seed_path) -> list[Event]:
    from eventwire.actors import find_mentions, load_kb

    article = build_article(seed_path.read_text("utf-8"), article_id=seed_path.stem)
    parsed = next(parse_articles(nlp, [article]))
    timexes = find_timexes(article.text, article.date)
    return code_events(parsed, find_mentions(parsed, load_kb()), timexes, load_coding_tables())


def countries(e: Event) -> set[str | None]:
    return {e.source.country if e.source else None, e.target.country if e.target else None}


def test_one_event_per_call(seed_events: list[Event]) -> None:
    consults = [e for e in seed_events if e.cameo_root == "04" and countries(e) == {"RUS", "FRA"}]
    assert [(e.cameo, e.date, e.historical) for e in consults] == [
        ("041", "2025-07-01", False), ("041", "2022-09-11", True)]
    today, before = consults
    assert len(today.extra["also_mentions"]) >= 1  # "discussed", "the leaders' talk"
    assert [m["sentence_index"] for m in before.extra["also_mentions"]] == [4]  # "their discussion"


def test_only_background_references_are_undated(seed_events: list[Event]) -> None:
    undated = [e for e in seed_events if e.date is None]
    assert {e.trigger for e in undated} <= {"strikes"}
    assert not [e for e in seed_events if e.historical and e.date == "2025-07-01"]


def test_the_grain_deal_has_no_invented_actor(seed_events: list[Event]) -> None:
    grain = [e for e in seed_events if "grain deal" in e.evidence.sentence]
    assert all(e.cameo == "194" and e.claimed_by is None for e in grain)


def test_event_ids_are_unique(seed_events: list[Event]) -> None:
    ids = [e.event_id for e in seed_events]
    assert len(ids) == len(set(ids))
