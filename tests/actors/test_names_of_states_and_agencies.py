"""Long state names ("X of Y"), UN agencies described by their mandate, "Zionist" for Israel, a demonym
inside the proper name of a building, and a city that is also an old office holder's surname."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors import KnowledgeBase, find_mentions
from eventwire.records import Mention

DAY = date(2025, 2, 3)


def mentions(kb: KnowledgeBase, parse, text: str) -> list[Mention]:  # type: ignore[no-untyped-def]
    return find_mentions(parse(text, DAY), kb)


def code_of(found: list[Mention], part: str) -> str | None:
    mention = next(m for m in found if part in m.text)
    return mention.actor.code if mention.actor is not None else None


@pytest.mark.parametrize(("name", "country"), [
    ("the Democratic Republic of Congo", "COD"),
    ("the Democratic Republic of the Congo", "COD"),
    ("DR Congo", "COD"),
    ("the DRC", "COD"),
    ("Congo-Kinshasa", "COD"),
    ("the Republic of Congo", "COG"),
    ("the Republic of the Congo", "COG"),
    ("Congo-Brazzaville", "COG"),
    ("the Republic of Korea", "KOR"),
    ("the Democratic People's Republic of Korea", "PRK"),
    ("the Central African Republic", "CAF"),
    ("the Dominican Republic", "DOM"),
    ("the Czech Republic", "CZE"),
    ("the Islamic Republic of Iran", "IRN"),
    ("the US", "USA"),
    ("the UK", "GBR"),
])
def test_long_state_names_resolve_to_their_own_state(kb, parse, name, country) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, f"Envoys from Ghana visited {name} last week to talk about trade.")
    mention = next(m for m in found if name.removeprefix("the ") in m.text)
    assert mention.actor is not None and mention.actor.country == country
    assert mention.kind == "name"  # the state itself, not a place pattern that swallowed "the"


def test_phoenix_spellings_of_a_country_are_not_places_in_it(kb) -> None:  # type: ignore[no-untyped-def]
    for spelling in ("the drc", "the us", "the uk", "congo (drc)", "korea (south)"):
        assert kb.place(spelling) is None, spelling


@pytest.mark.parametrize(("capital", "code"), [("Kinshasa", "CODGOV"), ("Brazzaville", "COGGOV")])
def test_congo_capitals_stand_for_their_governments(kb, parse, capital, code) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, f"{capital} rejected the proposal from the rebels on Sunday.")
    assert code_of(found, capital) == code


def test_a_city_that_was_an_old_ministers_surname_is_the_city(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Fighters overran Goma after two days of clashes near the airport.")
    goma = next(m for m in found if m.text == "Goma")
    assert goma.actor is not None and goma.actor.country == "COD" and goma.actor.type == "place"


@pytest.mark.parametrize(("phrase", "code"), [
    ("the U.N. agency for Palestinian refugees", "IGOUNOREF"),
    ("UNRWA", "IGOUNOREF"),
    ("the UN refugee agency", "IGOUNOREFHCR"),
    ("the UN nuclear watchdog", "IGOUNOIAE"),
    ("the UN children's agency", "IGOUNOKID"),
    ("the U.N. food agency", "IGOUNOWFP"),
])
def test_un_agencies_named_by_their_mandate(kb, parse, phrase, code) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, f"Officials in Amman praised {phrase} for its work this winter.")
    assert code_of(found, phrase.removeprefix("the ").split()[0]) == code


def test_an_unnamed_un_agency_stays_the_un(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Officials in Amman praised the UN agency for its work this winter.")
    assert code_of(found, "UN") == "IGOUNO"


@pytest.mark.parametrize(("text", "part", "code"), [
    ("Tehran's foreign ministry denounced the Zionist regime over the strike.", "regime", "ISRGOV"),
    ("A militia spokesman said a Zionist drone hit a truck near the border.", "Zionist", "ISR"),
    ("The Houthis vowed more missile launches at the Zionist entity.", "Zionist entity", "ISRGOV"),
])
def test_zionist_stands_for_israel(kb, parse, text, part, code) -> None:  # type: ignore[no-untyped-def]
    assert code_of(mentions(kb, parse, text), part) == code


@pytest.mark.parametrize("text", [
    "Gunmen stormed the Saudi Maternity Hospital in the besieged city at dawn.",
    "Students gathered outside the American University of Beirut on Monday.",
])
def test_a_demonym_inside_a_building_name_is_no_actor(kb, parse, text) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, text)
    assert all(m.actor is None or m.actor.country not in ("SAU", "USA") for m in found)


def test_a_lowercase_hospital_with_a_demonym_keeps_its_country(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Gunmen stormed a Saudi hospital in the besieged city at dawn.")
    assert code_of(found, "hospital") == "SAUHLH"
