"""Places, states in time, bare agents placed where they act, minorities, settlers (sentences here)."""

from __future__ import annotations

from datetime import date

import pytest

from .found import code, find, mentions

# --- states in time -------------------------------------------------------------------------------


def test_holder_follows_independence_dates(kb) -> None:  # type: ignore[no-untyped-def]
    assert kb.holder("SSD", date(2000, 1, 1)) == "SDN" and kb.holder("SSD", date(2012, 1, 1)) == "SSD"
    assert kb.holder("XKX", date(1995, 1, 1)) == "SCG" and kb.holder("XKX", date(1990, 1, 1)) == "YUG"
    assert kb.holder("RUS", date(1985, 1, 1)) == "SUN" and kb.holder("TLS", date(1995, 1, 1)) == "TLS"
    assert kb.named_state("YUG", date(1999, 3, 24)) == "SCG"
    assert kb.named_state("YUG", date(2015, 1, 1)) == "YUG"


@pytest.mark.parametrize(("day", "country"), [(date(2000, 3, 1), "SDN"), (date(2015, 3, 1), "SSD")])
def test_a_town_belongs_to_the_state_holding_it_that_day(kb, parse, day, country) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Rebels shelled the town of Juba on Sunday.", day)
    assert find(found, "Juba").actor.country == country  # type: ignore[union-attr]


def test_seats_and_names_of_dissolved_states(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "The Kremlin rejected the Yugoslav proposal.", date(1985, 6, 1))
    assert code(found, "Kremlin") == ("SUN", "SUNGOV") and find(found, "Yugoslav").actor.country == "YUG"  # type: ignore[union-attr]
    later = mentions(kb, parse, "NATO bombed Yugoslavia again.", date(1999, 4, 1))
    assert find(later, "Yugoslavia").actor.country == "SCG"  # type: ignore[union-attr]


# --- places ---------------------------------------------------------------------------------------


def test_a_shared_city_name_takes_the_country_the_sentence_places_it_in(kb, parse) -> None:  # type: ignore[no-untyped-def]
    lebanon = mentions(kb, parse, "Militias fought in Tripoli as shells hit the north Lebanese port.")
    assert find(lebanon, "Tripoli").actor.country == "LBN"  # type: ignore[union-attr]
    libya = mentions(kb, parse, "Militias fought in Tripoli on Sunday.")
    assert find(libya, "Tripoli").actor.country == "LBY"  # type: ignore[union-attr]


def test_a_capital_where_things_happen_is_a_place_not_the_government(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Police dispersed demonstrators in Monrovia on Monday.")
    monrovia = find(found, "Monrovia")
    assert monrovia.kind == "place" and monrovia.actor.code == "LBR"  # type: ignore[union-attr]
    assert find(mentions(kb, parse, "Moscow rejected the offer."), "Moscow").actor.code == "RUSGOV"  # type: ignore[union-attr]


def test_big_cities_of_every_country_are_places(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Protests spread to Pune, Kawasaki and Makassar.")
    countries = [find(found, city).actor.country for city in ("Pune", "Kawasaki", "Makassar")]  # type: ignore[union-attr]
    assert countries == ["IND", "JPN", "IDN"]


def test_a_city_naming_a_process_is_no_actor(kb, parse) -> None:  # type: ignore[no-untyped-def]
    astana = find(mentions(kb, parse, "Both sides praised the Astana process.", date(2018, 1, 1)), "Astana")
    assert astana.kind == "modifier" and astana.actor is None


def test_a_compass_adjective_before_a_place_is_not_the_west(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Troops retook a village in Western Cambodia.")
    assert all(m.actor is None or m.actor.code != "WST" for m in found)
    assert find(found, "Cambodia").actor.country == "KHM"  # type: ignore[union-attr]


# --- bare agents ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "part", "country"), [
    ("Hundreds of people blocked streets in Hong Kong in defiance of Chinese officials.", "people", "HKG"),
    ("Prisoners rioted at a jail in Dili on Monday.", "Prisoners", "TLS"),
    ("A newspaper based in east Beirut defied the ban.", "newspaper", "LBN"),
    ("Two bombers killed 20 people when they blew themselves up in Tel Aviv, Palestinian sources said.",
     "people", "ISR"),
    ("Anti-American protesters marched in Baghdad.", "protesters", "IRQ"),
])
def test_a_bare_agent_takes_the_place_where_it_acts(kb, parse, text, part, country) -> None:  # type: ignore[no-untyped-def]
    assert find(mentions(kb, parse, text), part).actor.country == country  # type: ignore[union-attr]


def test_officials_are_not_placed_by_where_they_are(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Officials arrived in Baghdad as Iranian troops massed on the border.")
    assert find(found, "Officials").actor.country is None  # type: ignore[union-attr]
    found = mentions(kb, parse, "Protesters gathered in Baghdad as Iranian troops massed on the border.")
    assert find(found, "Protesters").actor.country == "IRQ"  # type: ignore[union-attr]


def test_fundamentalists_are_placed_by_the_sentence(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Islamic fundamentalists began a hunger strike against Algerian President Chadli Bendjedid."
    assert code(mentions(kb, parse, text), "fundamentalists") == ("DZA", "DZARAD")


# --- minorities and settlers ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "part", "country"), [
    ("Up to 100 ethnic Albanians demonstrated on Tuesday in Serbia.", "Albanians", "SRB"),
    ("Ethnic Turks began a hunger strike against Sweden's decision to deport them.", "Turks", "SWE"),
    ("Troops fired on the Albanian population in Macedonia.", "population", "MKD"),
    ("Ethnic Russians voted on Sunday.", "Russians", "RUS"),
])
def test_ethnic_minorities_are_coded_where_they_live(kb, parse, text, part, country) -> None:  # type: ignore[no-untyped-def]
    assert find(mentions(kb, parse, text), part).actor.country == country  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "day", "country"), [
    ("Jewish settlers in the West Bank set fire to a mosque.", date(2000, 1, 1), "ISR"),
    ("Settlers attacked farmers near Nablus.", date(2015, 1, 1), "ISR"),
    ("Settlers in the Gaza Strip blocked a road.", date(2003, 1, 1), "ISR"),
    ("Settlers in the Gaza Strip blocked a road.", date(2010, 1, 1), "PSE"),
])
def test_settlers_take_the_settling_state(kb, parse, text, day, country) -> None:  # type: ignore[no-untyped-def]
    assert find(mentions(kb, parse, text, day), "ettlers").actor.country == country  # type: ignore[union-attr]


def test_farmers_in_the_west_bank_stay_palestinian(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Farmers in the West Bank protested.")
    assert find(found, "Farmers").actor.country == "PSE"  # type: ignore[union-attr]


def test_an_unclaimed_bombing_is_coded_where_it_struck(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "A roadside bombing near the town of Samarra killed two soldiers.")
    assert code(found, "bombing") == ("IRQ", "IRQUAF")
    text = "Three soldiers were killed by an explosive device outside of the city of Basra."
    found = mentions(kb, parse, text)
    assert code(found, "device") == ("IRQ", "IRQUAF")
