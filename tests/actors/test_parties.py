"""Political parties the knowledge base does not list, on sentences written for these tests: a party's
name gets the country of its owner, of a state in its name, of its sentence or of its article."""

from __future__ import annotations

from datetime import date

from eventwire.actors import KnowledgeBase, find_mentions
from eventwire.actors.parties import PARTY_NO_COUNTRY
from eventwire.records import Mention

DAY = date(2024, 5, 1)


def party(kb: KnowledgeBase, parse, text: str, name: str) -> Mention:  # type: ignore[no-untyped-def]
    found = find_mentions(parse(text, DAY), kb)
    return next(m for m in found if m.text.endswith(name))


def test_possessive_owner_gives_the_country(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = party(kb, parse, "Israel's Shas party threatened to quit the coalition.", "Shas party")
    assert found.actor is not None
    assert (found.actor.country, found.actor.sector, found.actor.code) == ("ISR", "POL", "ISRPTY")
    assert found.actor.name == "Shas party"


def test_opposition_party_with_its_country_in_the_sentence(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan police raided the offices of the opposition Orange Democratic Movement Party."
    found = party(kb, parse, text, "Orange Democratic Movement Party")
    assert found.actor is not None
    assert (found.actor.country, found.actor.sector, found.actor.code) == ("KEN", "OPP", "KENOPPPTY")


def test_state_inside_the_name(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "The ruling Serbian Progressive Party won most seats."
    found = party(kb, parse, text, "Serbian Progressive Party")
    assert found.actor is not None and found.actor.code == "SRBPTY"


def test_article_country_when_the_sentence_has_none(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Hungary's parliament approved the budget on Tuesday. Budapest said the vote was final. "
            "The opposition Tisza Party called the vote a fraud.")
    found = party(kb, parse, text, "Tisza Party")
    assert found.actor is not None and found.actor.code == "HUNOPPPTY"
    assert found.reason is not None and "article" in found.reason


def test_party_with_no_country_keeps_a_reason(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = party(kb, parse, "The Green Future Party demanded a recount.", "Green Future Party")
    assert found.actor is None and found.reason == PARTY_NO_COUNTRY


def test_not_a_party_name(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = find_mentions(parse("A Christmas party was held at the embassy.", DAY), kb)
    assert not any(m.actor is not None and (m.actor.code or "").endswith("PTY") for m in found)
    owner = find_mentions(parse("Erdogan's party lost Istanbul.", DAY), kb)
    assert not any(m.text == "Erdogan's party" and m.kind == "name" for m in owner)


def test_known_party_keeps_its_dictionary_code(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = find_mentions(parse("The Communist Party of China opened its congress.", DAY), kb)
    assert any(m.actor is not None and m.actor.code == "CHNGOV" for m in found)
