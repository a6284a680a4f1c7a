"""Older leaders, titles, organisations, peoples and context countries, on sentences written here."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors import KnowledgeBase, find_mentions
from eventwire.records import Article, Mention, Paragraph

from .found import find, mentions


def sourced(kb: KnowledgeBase, nlp, text: str, day: date, source: str | None = None,  # type: ignore[no-untyped-def]
            place: str | None = None) -> list[Mention]:
    from eventwire.nlp import parse_articles

    article = Article(id="t", text=text, sha256="0", date=day, source=source, place=place,
                      paragraphs=(Paragraph(0, len(text)),))
    return find_mentions(next(parse_articles(nlp, [article])), kb)


# --- older leaders --------------------------------------------------------------------------------


def test_older_leaders_in_office_on_their_dates(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Chancellor Helmut Kohl welcomed Francois Mitterrand in Bonn."
    found = mentions(kb, parse, text, date(1990, 5, 1))
    kohl, mitterrand = find(found, "Kohl"), find(found, "Mitterrand")
    assert (kohl.actor.code, mitterrand.actor.code) == ("DEUGOV", "FRAGOV")  # type: ignore[union-attr]
    assert kohl.reason is None and mitterrand.reason is None


def test_leader_out_of_office_falls_back_to_the_nearest_role(kb, parse) -> None:  # type: ignore[no-untyped-def]
    chirac = find(mentions(kb, parse, "Chirac criticised the plan.", date(1992, 1, 1)), "Chirac")
    assert chirac.actor.country == "FRA" and chirac.actor.sector == "GOV"  # type: ignore[union-attr]
    assert "nearest known role" in (chirac.reason or "")


@pytest.mark.parametrize(("day", "name"), [
    (date(1990, 6, 1), "George Bush"), (date(2005, 6, 1), "George W. Bush"),
])
def test_two_presidents_bush(kb, parse, day, name) -> None:  # type: ignore[no-untyped-def]
    bush = find(mentions(kb, parse, "President Bush warned Iraq.", day), "Bush")
    assert bush.actor.name == name and bush.actor.code == "USAGOV"  # type: ignore[union-attr]


def test_namesakes_of_one_country_give_the_country(kb, parse) -> None:  # type: ignore[no-untyped-def]
    bush = find(mentions(kb, parse, "President Bush warned Iraq.", date(2000, 1, 1)), "Bush")
    assert bush.actor.country == "USA" and bush.actor.kb_id is None and "share the name" in bush.reason  # type: ignore[union-attr, operator]


@pytest.mark.parametrize(("text", "part", "country"), [
    ("President Omar El Bashir lifted the curfew.", "Bashir", "SDN"),            # particle and missing names
    ("President Jean-Bertrand Aristide returned.", "Aristide", "HTI"),          # hyphen Phoenix drops
    ("President Francois Mitterand gave a welcome.", "Mitterand", "FRA"),       # a letter missing
    ("Sheikh Hamad bin Khalifa al-Thani met envoys.", "Thani", "QAT"),           # al- written with a hyphen
])
def test_name_variants(kb, parse, text, part, country) -> None:  # type: ignore[no-untyped-def]
    assert find(mentions(kb, parse, text, date(1995, 6, 1)), part).actor.country == country  # type: ignore[union-attr]


# --- titles ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [
    ("Kenyan Defence Minister Zakayo Otienomoi inspected the base.", "KENMIL"),
    ("Polish Parliament Speaker Jan Kowalczykowski opened the session.", "POLLEG"),
    ("Ghanaian Foreign Minister Kwaku Asantewaa-Boateng left Accra.", "GHAGOV"),
])
def test_title_codes_an_unknown_person(kb, parse, text, code) -> None:  # type: ignore[no-untyped-def]
    person = mentions(kb, parse, text)[0]
    assert person.actor.code == code and "title" in (person.reason or "")  # type: ignore[union-attr]


def test_title_beats_a_role_outside_the_date(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Israeli President Moshe Katsav refused to meet him."
    katsav = find(mentions(kb, parse, text, date(1999, 1, 1)), "Katsav")
    assert katsav.actor.code == "ISRGOV" and "title" in (katsav.reason or "")  # type: ignore[union-attr]


def test_igo_title_gives_the_igo(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Arab League Secretary General Ahmed Zorbanoulis arrived."
    head = find(mentions(kb, parse, text), "Zorbanoulis")
    assert head.actor.code == "IGOARBARL" and head.actor.country is None  # type: ignore[union-attr]


# --- organisations --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "part", "code"), [
    ("Amnesty International criticised the decision.", "Amnesty", "NGOHRIAMN"),
    ("Human Rights Watch published a report.", "Human Rights Watch", "NGOHRI"),
    ("The Red Cross delivered food.", "Red Cross", "NGOHLHIRC"),
    ("Doctors Without Borders opened a clinic.", "Doctors Without Borders", "NGOHLHMSF"),
    ("The European Community imposed tariffs.", "European Community", "IGOEU"),
    ("The Organization of African Unity met in Addis Ababa.", "African Unity", "IGOAFROAU"),
])
def test_igos_and_ngos(kb, parse, text, part, code) -> None:  # type: ignore[no-untyped-def]
    org = find(mentions(kb, parse, text), part)
    assert org.actor.code.startswith(code) and org.actor.country is None  # type: ignore[union-attr]


def test_news_agency_is_a_media_actor(kb, parse) -> None:  # type: ignore[no-untyped-def]
    tass = find(mentions(kb, parse, "TASS reported the talks.", date(2020, 1, 1)), "TASS")
    assert (tass.actor.country, tass.actor.sector) == ("RUS", "MED")  # type: ignore[union-attr]


# --- places and names that used to go wrong -------------------------------------------------------


@pytest.mark.parametrize(("text", "part", "country", "code"), [
    ("The DPRK tested a missile.", "DPRK", "PRK", "PRK"),
    ("Police patrolled Montenegro on Sunday.", "Montenegro", "MNE", "MNE"),
    ("Settlers moved into the West Bank.", "West Bank", "PSE", "PSE"),
    ("Violence flared again in Northern Ireland.", "Northern Ireland", "GBR", "GBR"),
])
def test_places(kb, parse, text, part, country, code) -> None:  # type: ignore[no-untyped-def]
    place = find(mentions(kb, parse, text), part)
    assert (place.actor.country, place.actor.code) == (country, code)  # type: ignore[union-attr]


def test_country_and_titled_leader_are_two_mentions(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Egypt and Jordanian leader King Hussein signed the pact.", date(1995, 1, 1))
    assert find(found, "Egypt").text == "Egypt"
    assert find(found, "Hussein").actor.country == "JOR"  # type: ignore[union-attr]


# --- peoples --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "part", "country", "sector"), [
    ("Thousands of Kenyans marched in the capital.", "Kenyans", "KEN", "CVL"),
    ("Ethnic Hungarians in Romania demanded schools.", "Hungarians", "ROU", "CVL"),
    ("Kurds in Syria clashed with the army.", "Kurds", "SYR", None),
    ("Bosnian Croats rejected the plan.", "Croats", "BIH", None),
    ("The Yoruba elders met.", "Yoruba", "NGA", "CVL"),  # elders are an agent (CVL)
    ("Turks voted on Sunday.", "Turks", "TUR", None),
])
def test_peoples(kb, parse, text, part, country, sector) -> None:  # type: ignore[no-untyped-def]
    people = find(mentions(kb, parse, text), part)
    assert (people.actor.country, people.actor.sector) == (country, sector)  # type: ignore[union-attr]


# --- context countries ----------------------------------------------------------------------------


def test_agent_takes_the_place_it_is_in(kb, parse) -> None:  # type: ignore[no-untyped-def]
    rebels = find(mentions(kb, parse, "Rebels in Darfur attacked a convoy."), "Rebels")
    assert rebels.actor.code == "SDNREB"  # type: ignore[union-attr]


def test_bare_agent_takes_the_only_country_of_the_sentence(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Police fired tear gas at protesters outside parliament in Nairobi."
    police = find(mentions(kb, parse, text), "Police")
    assert police.actor.country == "KEN" and "country from context" in (police.reason or "")  # type: ignore[union-attr]


def test_bare_agent_without_context_stays_unplaced(kb, parse) -> None:  # type: ignore[no-untyped-def]
    police = find(mentions(kb, parse, "Police arrested ten protesters."), "Police")
    assert police.actor.country is None and police.reason  # type: ignore[union-attr]


def test_publisher_gives_the_home_country(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    found = sourced(kb, nlp, "The Prime Minister spoke to President Emmanuel Macron of France today.",
                    date(2022, 5, 6), source="GOV.UK (Prime Minister's Office, 10 Downing Street)")
    pm = find(found, "Prime Minister")
    assert (pm.kind, pm.actor.name, pm.actor.code) == ("role", "Boris Johnson", "GBRGOV")  # type: ignore[union-attr]


def test_dateline_gives_the_home_country(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested ten protesters."
    found = sourced(kb, nlp, text, date(2010, 1, 1), source="Reuters", place="KABUL")
    assert find(found, "Police").actor.country == "AFG"  # type: ignore[union-attr]


def test_international_wire_gives_no_home_country(kb) -> None:  # type: ignore[no-untyped-def]
    assert kb.publisher("Reuters").office == ""  # type: ignore[union-attr]
    assert kb.publisher("President of Russia (Kremlin), en.kremlin.ru").country == "RUS"  # type: ignore[union-attr]


def test_group_mention_is_the_main_interaction(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Prime Minister spoke to President Emmanuel Macron of France today. The Prime Minister "
            "thanked President Macron. They condemned Vladimir Putin. The leaders agreed to stay in contact.")
    found = sourced(kb, nlp, text, date(2022, 5, 6), source="UK Prime Minister's Office")
    group = find(found, "The leaders")
    assert [r.name for r in group.members] == ["Boris Johnson", "Emmanuel Macron"]


def test_leader_government(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "The Kohl government raised taxes.", date(1990, 1, 1))
    assert find(found, "government").actor.code == "DEUGOV"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "part", "code"), [
    ("A human rights group protested on Wednesday.", "human rights group", "NGOHRI"),
    ("Red Cross officials suspended deliveries.", "Red Cross officials", "NGOHLHIRC"),
])
def test_unnamed_and_named_ngo_agents(kb, parse, text, part, code) -> None:  # type: ignore[no-untyped-def]
    agent = find(mentions(kb, parse, text), part)
    assert (agent.actor.code, agent.actor.country, agent.reason) == (code, None, None)  # type: ignore[union-attr]
