"""Mentions on sentences written for these tests and on the seed article, parsed by the real model."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors import KnowledgeBase, MentionIndex, find_mentions, mentions_in
from eventwire.records import Mention


def mentions(kb: KnowledgeBase, parse, text: str, day: date | None = date(2025, 7, 1)) -> list[Mention]:  # type: ignore[no-untyped-def]
    return find_mentions(parse(text, day), kb)


def by_text(found: list[Mention], text: str) -> Mention:
    return next(m for m in found if m.text == text)


def test_title_and_name_are_one_mention(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Russian President Vladimir Putin met Prime Minister Theresa May."
    found = mentions(kb, parse, text, date(2018, 1, 5))
    putin = by_text(found, "Russian President Vladimir Putin")
    may = by_text(found, "Prime Minister Theresa May")
    assert (putin.kind, putin.actor.code) == ("name", "RUSGOV")  # type: ignore[union-attr]
    assert may.actor.code == "GBRGOV"  # type: ignore[union-attr]
    assert not any(m.text == "Russian" for m in found)


def test_long_title_with_country_inside(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "President of the United States of America Donald Trump spoke."
    found = mentions(kb, parse, text, date(2025, 3, 1))
    assert found[0].text == "President of the United States of America Donald Trump"
    assert found[0].actor.code == "USAGOV"  # type: ignore[union-attr]


@pytest.mark.parametrize(("day", "code"), [(date(2010, 6, 1), "RUSGOV"), (date(2025, 6, 1), "RUSGOV")])
def test_putin_dated(kb, parse, day, code) -> None:  # type: ignore[no-untyped-def]
    [putin] = [m for m in mentions(kb, parse, "Vladimir Putin visited Minsk.", day) if m.kind == "name"]
    assert putin.actor.code == code  # type: ignore[union-attr]


@pytest.mark.parametrize(("day", "code"), [
    (date(2018, 1, 5), "USAGOV"), (date(2023, 1, 5), "USAOPP"), (date(2025, 3, 1), "USAGOV"),
])
def test_trump_dated(kb, parse, day, code) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Donald Trump criticized the decision.", day)
    assert found[0].actor.code == code  # type: ignore[union-attr]


def test_medvedev_dated(kb, parse) -> None:  # type: ignore[no-untyped-def]
    old = mentions(kb, parse, "Dmitry Medvedev signed the decree.", date(2010, 3, 1))[0]
    new = mentions(kb, parse, "Dmitry Medvedev signed the decree.", date(2024, 3, 1))[0]
    assert old.actor.code == new.actor.code == "RUSGOV"  # type: ignore[union-attr]


def test_metonyms_and_capitals(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "The Kremlin and the Pentagon traded barbs while Tehran stayed silent.")
    codes = {m.text: m.actor.code for m in found if m.actor}  # type: ignore[union-attr]
    assert codes["Kremlin"] == "RUSGOV" and codes["Pentagon"] == "USAMIL" and codes["Tehran"] == "IRNGOV"


def test_demonyms_in_coordination(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Israeli and US strikes on Iran continued.")
    assert by_text(found, "Israeli").kind == "demonym"
    us = by_text(found, "US")
    assert (us.kind, us.actor.country) == ("demonym", "USA")  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "span", "code"), [
    ("Israeli troops entered the town.", "Israeli troops", "ISRMIL"),
    ("The Russian Foreign Ministry summoned the envoy.", "Russian Foreign Ministry", "RUSGOV"),
    ("Iranian officials denied the report.", "Iranian officials", "IRNGOV"),
    ("Hong Kong police arrested the activists.", "Hong Kong police", "HKGCOP"),
])
def test_agents_take_the_country_of_their_noun_phrase(kb, parse, text, span, code) -> None:  # type: ignore[no-untyped-def]
    mention = by_text(mentions(kb, parse, text), span)
    assert (mention.kind, mention.actor.code) == ("agent", code)  # type: ignore[union-attr]


def test_compound_states(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Russia and France called for calm.")
    assert [(m.text, m.actor.code) for m in found] == [("Russia", "RUS"), ("France", "FRA")]  # type: ignore[union-attr]


def test_place_inside_a_non_actor_phrase_is_a_modifier(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Delegates left the Paris climate talks early.")
    assert by_text(found, "Paris").kind == "modifier"


def test_role_description_resolves_to_office_holder(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "The French president said talks would resume.", date(2025, 7, 1))
    role = next(m for m in found if m.kind == "role")
    assert role.actor.kb_id == "Q3052772"  # type: ignore[union-attr]


def test_unknown_person_is_unresolved_with_reason(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Local farmer Zbigniew Qwertyuiop protested the new tax.")
    person = next(m for m in found if "Qwertyuiop" in m.text)
    assert person.actor is None and person.reason == "not in knowledge base"


def test_unknown_person_with_country_title(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "British Defence Secretary Tom Kingsworth visited Basra.", date(1991, 2, 1))
    person = next(m for m in found if "Kingsworth" in m.text)
    assert person.actor.code == "GBRMIL" and person.reason  # type: ignore[union-attr]


def test_pronoun_without_antecedent(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "He said nothing.")
    assert found[0].kind == "pronoun" and found[0].actor is None and found[0].reason


def test_mention_index(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Russia and France called for calm.")
    index = MentionIndex(found)
    assert [m.text for m in index.within(0, 0, 1)] == ["Russia"]
    assert [m.text for m in mentions_in(found, 0, 0, 3)] == ["Russia", "France"]
    assert index.covering(0, 2)[0].text == "France"


# --- the seed article -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(kb, nlp, seed_path) -> list[Mention]:  # type: ignore[no-untyped-def]
    from eventwire.ingest import read_inputs
    from eventwire.nlp import parse_articles

    [article] = list(read_inputs([str(seed_path)]))
    return find_mentions(next(parse_articles(nlp, [article])), kb)  # type: ignore[list-item]


def test_seed_names(seed: list[Mention]) -> None:
    codes = {(m.text, m.actor.code) for m in seed if m.actor}
    for expected in [
        ("Russian President Vladimir Putin", "RUSGOV"), ("French leader Emmanuel Macron", "FRAGOV"),
        ("Kremlin", "RUSGOV"), ("the West", "WST"), ("Western countries", "WST"), ("Kiev", "UKRGOV"),
        ("Iran", "IRN"), ("Tehran", "IRNGOV"), ("Israeli", "ISR"), ("US", "USA"), ("Russia", "RUS"),
        ("France", "FRA"), ("IAEA", "IGOUNOIAE"), ("UN Security Council", "IGOUNO"),
    ]:
        assert expected in codes, expected


def test_seed_counterpart(seed: list[Mention]) -> None:
    role = next(m for m in seed if m.text == "his French counterpart")
    assert role.kind == "role" and role.actor.kb_id == "Q3052772"  # type: ignore[union-attr]
    him = next(m for m in seed if m.text == "him" and m.sentence_index == role.sentence_index)
    assert him.actor.kb_id == "Q7747"  # type: ignore[union-attr]


def test_seed_two_leaders(seed: list[Mention]) -> None:
    group = next(m for m in seed if m.text == "the two leaders")
    assert group.kind == "group" and group.actor is None
    assert [r.kb_id for r in group.members] == ["Q7747", "Q3052772"]


def test_seed_pronoun_he_is_putin(seed: list[Mention]) -> None:
    he = next(m for m in seed if m.text == "he")
    assert he.actor.kb_id == "Q7747"  # type: ignore[union-attr]


def test_seed_unresolved_keep_reasons(seed: list[Mention]) -> None:
    assert all(m.reason for m in seed if m.actor is None and not m.members)
