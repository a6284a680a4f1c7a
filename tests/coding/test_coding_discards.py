"""Sport and business senses: markers discard a sentence alone, context cues only in pairs of one
domain, never inside an actor's name nor beside a word of politics (`coding/discards.py`)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.coding import load_coding_tables
from eventwire.coding.coder import is_discarded
from eventwire.extraction import extract_articles, load_resources
from eventwire.ingest import build_article
from eventwire.records import Event
from eventwire.settings import Settings

NOT_POLITICS = [
    "Pakistan thrashed England by an innings and 47 runs in the second Test in Multan.",
    "Italian clubs rejected a bid by investors to buy a stake in the league's TV rights.",
    "Saudi Arabia's sovereign fund bought a stake in the Newcastle club, angering rival fans.",
    "Morocco crushed Spain 3-2 in extra time to lift the cup.",
]
POLITICS = [
    ("The Arab League condemned the Israeli raid on a stadium in Gaza.", "111"),
    ("The United States pledged $500 million in aid to Ukraine's energy market.", "03"),
    ("The European Union imposed sanctions on Russian oil revenues and barred its investors from the market.",
     "163"),
    ("North Korea conducted its first test of a hypersonic missile, Japan's defence ministry said.", "15"),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    """Every sentence's events from the whole pipeline (real actors, real parser)."""
    texts = NOT_POLITICS + [t for t, _ in POLITICS]
    articles = [build_article(t, article_id=f"d{k}", published=date(2025, 3, 4)) for k, t in enumerate(texts)]
    out = {x.article.text: list(x.events) for x in extract_articles(articles, load_resources(Settings()))}
    return out


@pytest.mark.parametrize("text", NOT_POLITICS)
def test_sport_and_business_sentences_give_no_event(text: str, coded: dict[str, list[Event]]) -> None:
    assert coded[text] == [], [(e.cameo, e.rule) for e in coded[text]]


@pytest.mark.parametrize(("text", "code"), POLITICS)
def test_politics_that_mentions_a_league_or_a_sum_is_kept(text: str, code: str,
                                                          coded: dict[str, list[Event]]) -> None:
    assert any(e.cameo.startswith(code) for e in coded[text]), [(e.cameo, e.rule) for e in coded[text]]


def test_one_cue_is_not_enough_two_of_one_domain_are() -> None:
    tables = load_coding_tables()
    assert not is_discarded("The ruling party lost its majority in the league of provinces.", tables)
    assert is_discarded("The club's fans marched to the stadium.", tables)
    assert not is_discarded("The club's investors met.", tables)  # sport and business: one cue each


def test_a_cue_inside_a_name_or_beside_politics_does_not_count() -> None:
    tables = load_coding_tables()
    text = "The Arab League criticised the raid on a stadium."
    assert is_discarded(text, tables)
    assert not is_discarded(text, tables, [(4, 15)])  # "Arab League" resolved to an actor
    assert not is_discarded("The army shelled the stadium where the club plays.", tables)


def test_a_capital_test_is_cricket_a_first_test_of_a_missile_is_not() -> None:
    tables = load_coding_tables()
    assert is_discarded("Australia won the third Test in Sydney.", tables)
    assert not is_discarded("Iran carried out the third test of its new rocket.", tables)
