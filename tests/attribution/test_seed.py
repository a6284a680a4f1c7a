"""The seed article (TASS, 2025-07-01): quotes reported via the Kremlin and TASS, and Putin's claim."""

from __future__ import annotations

import pytest

from eventwire.attribution import article_topics, attribute
from eventwire.ingest import build_article
from eventwire.nlp import parse_articles
from eventwire.records import Extraction

from .kit import KIEV, KREMLIN, MACRON, PUTIN, WEST, by_cue, event, mention


@pytest.fixture(scope="module")
def seed(nlp, seed_path):
    article = build_article(seed_path.read_text("utf-8"), article_id=seed_path.stem)
    return next(parse_articles(nlp, [article]))


def hand_mentions(parsed):
    return [
        mention(parsed, "Putin", PUTIN, nth=2),  # "Putin told Macron"
        mention(parsed, "Macron", MACRON, nth=2),
        mention(parsed, "Kremlin", KREMLIN, kind="metonym", nth=2),  # "..., the Kremlin said."
        mention(parsed, "Putin", PUTIN, nth=3),  # "Putin reiterated"
        mention(parsed, "Putin", PUTIN, nth=4),  # "Putin noted"
        mention(parsed, "Western countries", WEST, nth=1),
    ]


def test_seed_quotes_carry_the_kremlin_and_tass(seed) -> None:
    assert seed.article.source == "TASS"
    _, quotes = attribute(seed, hand_mentions(seed), [])
    reiterated = by_cue(quotes, "reiterated")
    assert reiterated.speaker == PUTIN and reiterated.kind == "indirect"
    assert reiterated.reported_via == ("TASS", "the Kremlin")
    assert reiterated.text.startswith("the Ukrainian conflict is a direct consequence")
    statement = next(q for q in quotes if q.kind == "direct" and q.text.startswith("Putin reiterated"))
    assert statement.speaker == KREMLIN and statement.reported_via == ("TASS",)
    told = by_cue(quotes, "told")
    assert (told.speaker, told.addressee, told.reported_via) == (PUTIN, MACRON, ("TASS", "the Kremlin"))
    assert told.topic == "West, Ukraine"
    emphasized = by_cue(quotes, "emphasized")
    assert emphasized.speaker == PUTIN  # "he", the latest person who spoke
    according = by_cue(quotes, "according to")
    assert according.speaker.text == "TASS" and according.reported_via == ()


def test_seed_military_aid_is_putin_s_claim(seed) -> None:
    aid = event(seed, "arming", "072", WEST, KIEV, quad=2)
    accusation = event(seed, "noted", "112", PUTIN, WEST, quad=3)
    (aid_marked, accusation_marked), _ = attribute(seed, hand_mentions(seed), [aid, accusation])
    assert aid_marked.claimed_by == PUTIN and aid_marked.extra["reported_via"] == ["TASS"]
    assert accusation_marked.claimed_by is None


def test_seed_topics_in_article_order(seed) -> None:
    events = [
        event(seed, "held", "041", PUTIN, MACRON, symmetric=True),
        event(seed, "arming", "072", WEST, KIEV),
    ]
    marked, quotes = attribute(seed, hand_mentions(seed), events)
    topics = article_topics(Extraction(seed.article, tuple(marked), tuple(quotes)))
    assert [t["topic"] for t in topics] == [
        None,
        "West, Ukraine",
        "Iranian crisis",
        "Special mission of Russia, France",
    ]
    west = topics[1]
    assert [e["cameo"] for e in west["events"]] == ["072"]
    assert west["events"][0]["claimed_by"] == "Vladimir Putin"
    assert "reiterated" in [q["cue"] for q in west["quotes"]]
    assert [q["speaker"] for q in topics[2]["quotes"]][-1] is not None


def test_seed_through_the_real_stages(seed) -> None:
    """The coder's 07x event is claimed by Putin; the reiterated words are the Kremlin's, via TASS."""
    from eventwire.actors import find_mentions, load_kb
    from eventwire.coding import code_events, load_coding_tables
    from eventwire.time import find_timexes

    mentions = find_mentions(seed, load_kb())
    coded = code_events(
        seed, mentions, find_timexes(seed.article.text, seed.article.date), load_coding_tables()
    )
    events, quotes = attribute(seed, mentions, coded)
    claims = [e for e in events if e.claimed_by is not None and e.cameo_root == "07"]
    assert claims and all(e.claimed_by.code == "RUSGOV" for e in claims)
    reiterated = by_cue(quotes, "reiterated")
    assert reiterated.speaker.code == "RUSGOV" and reiterated.reported_via == ("TASS", "the Kremlin")
    facts = [e for e in events if e.cameo_root == "11" and e.source and e.source.code == "RUSGOV"]
    assert facts and all(e.claimed_by is None for e in facts)
