"""Targets through the whole pipeline, where the actors stage's mentions matter: a weapon is no target,
"it" and "the alliance" name the actor told before, the subject of a small clause is the object."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.extraction import Resources, extract_articles, load_resources
from eventwire.ingest import build_article
from eventwire.records import Event
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources(Settings())


def events(resources: Resources, text: str) -> list[tuple[str, str | None, str | None]]:
    article = build_article(text, article_id="t", published=date(2024, 5, 6))
    found: list[Event] = list(next(iter(extract_articles([article], resources))).events)
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in found]


def test_a_weapon_launched_is_no_target(resources: Resources) -> None:
    found = events(resources, "Poland said Russia launched 12 drones overnight.")
    assert [(code[:2], source, target) for code, source, target in found] == [("19", "RUS", None)]


def test_it_opening_a_sentence_is_the_previous_main_subject(resources: Resources) -> None:
    text = ("The Dutch foreign ministry summoned the Turkish ambassador on Monday. "
            "It accused Ankara of interference.")
    assert ("112", "NLDGOV", "TURGOV") in events(resources, text)


def test_an_impersonal_it_names_no_one(resources: Resources) -> None:
    text = ("The Dutch foreign ministry summoned the Turkish ambassador. "
            "It is unclear whether Ankara will respond.")
    assert [e for e in events(resources, text) if e[1] is None or not e[1].startswith("NLD")] == []


def test_the_alliance_is_the_organisation_named_before(resources: Resources) -> None:
    text = "NATO foreign ministers met in Brussels. The alliance condemned Russia's missile strikes on Kyiv."
    assert ("111", "IGONATO", "RUS") in events(resources, text)


def test_found_guilty_names_the_convicted_as_target(resources: Resources) -> None:
    found = events(resources, "A Belarusian court found a Polish journalist guilty of treason.")
    assert [(code, (source or "")[:3], (target or "")[:3]) for code, source, target in found] == [
        ("116", "BLR", "POL")]
