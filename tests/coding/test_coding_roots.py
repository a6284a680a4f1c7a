"""Verb patterns of the material roots (06-09, 14, 15, 17-20) through the whole pipeline.

Each case is a sentence written for these tests with the CAMEO code (a prefix), source and target (a
code prefix or ISO3 country; `*` any, `-` none) a careful coder gives it by the CAMEO 1.1b3
definitions; a code of `-` asks for no event of the roots named in `absent`.
"""

from __future__ import annotations

import pytest

from eventwire.extraction import extract_articles, load_resources
from eventwire.ingest import build_article
from eventwire.records import ActorRef, Event
from eventwire.settings import Settings

from .wire import describe

CASES: dict[str, tuple[str, str, str, str]] = {
    # 06 material cooperation
    "extradite_to": ("Italy extradited a Serbian fugitive to Germany last week.", "063", "ITA", "DEU"),
    "share_intelligence": (
        "France shared intelligence with Poland on the smuggling network.", "064", "FRA", "POL"),
    # 07 aid
    "approve_package": (
        "Japan approved a 500 million dollar aid package for Sri Lanka.", "071", "JPN", "LKA"),
    "transfer_money": (
        "The UAE transferred 1 billion dollars to Sudan's central bank.", "071", "ARE", "SDN"),
    "troops_as_part_of_mission": (
        "Rwanda sent soldiers to Mozambique as part of a regional stabilization mission.",
        "074", "RWA", "MOZ"),
    "deploy_peacekeepers": ("Ghana deployed peacekeepers to Lebanon.", "074", "GHA", "LBN"),
    "troops_on_peacekeeping": ("Fiji sent troops to Lebanon on a peacekeeping mission.", "074", "FJI", "LBN"),
    "border_to_refugees": ("Poland opened its border to refugees fleeing the war.", "075", "POL", "*"),
    # 08 yield
    "open_crossing_for_aid": (
        "Egypt opened the Rafah crossing for humanitarian convoys.", "0863", "EGY", "*"),
    "reopen_border": ("Turkey reopened its border crossings with Armenia.", "081", "TUR", "ARM"),
    # 14 protest
    "go_on_strike": ("Railway workers in France went on strike.", "143", "FRA", "FRA"),
    "go_on_hunger_strike": ("Dozens of detainees in Egypt went on hunger strike.", "142", "EGY", "*"),
    "detainees_abroad": (
        "Dozens of Iranian detainees in Iraqi prisons began a hunger strike.", "142", "IRN", "IRQ"),
    "sit_in": ("Teachers in Kenya staged a sit-in outside the education ministry.", "141", "KEN", "KEN"),
    # 15 force posture
    "amass_tanks": ("Azerbaijan amassed tanks along the frontier with Armenia.", "154", "AZE", "ARM"),
    "troops_to_border": ("India moved additional troops to its border with China.", "154", "IND", "CHN"),
    "warships_around": ("Turkey deployed warships around Cyprus.", "150", "TUR", "CYP"),
    "troops_on_alert": ("Armenia placed its troops on high alert.", "152", "ARM", "*"),
    "police_on_alert": ("Kenya put its police on alert ahead of the vote.", "151", "KEN", "*"),
    "terror_alert": ("Japan heightened its terror alert level.", "151", "JPN", "*"),
    "test_fired": ("Pakistan test-fired a cruise missile on Monday.", "150", "PAK", "*"),
    "missiles_into_sea": (
        "North Korea fired two ballistic missiles into the sea on Thursday.", "150", "PRK", "*"),
    "test_launched": ("Iran test-launched a new satellite rocket.", "150", "IRN", "*"),
    "missile_test": ("India conducted a missile test on Monday.", "150", "IND", "*"),
    "tested_missile": ("Iran tested a new ballistic missile.", "150", "IRN", "*"),
    "watched_drills": ("Kim Jong Un watched artillery drills.", "150", "PRK", "*"),
    # 17 coerce
    "ban_party": ("Turkey's top court banned the pro-Kurdish party.", "1722", "TUR", "TUR"),
    "found_guilty_passive": (
        "The journalist was found guilty of treason by a court in Moscow.", "116", "RUS", "RUS"),
    "sentenced_to_death": ("A court in Iran sentenced the activist to death.", "173", "IRN", "IRN"),
    # 18, 20 violence
    "beheaded": ("Militants beheaded a hostage in Syria.", "1823", "SYR", "*"),
    "execute_men": ("Saudi Arabia executed two men convicted of drug smuggling.", "1823", "SAU", "*"),
    "execute_hundreds": ("The militants executed hundreds of prisoners in Syria.", "202", "SYR", "*"),
    "shot_dead": ("Police shot dead a protester in Nairobi.", "1823", "KEN", "KEN"),
    "drive_thousands": ("Serbian forces drove thousands of ethnic Albanians from Kosovo.", "201", "SRB", "*"),
    "mustard_gas": ("Iraqi forces used mustard gas against Kurdish villages.", "2041", "IRQ", "*"),
    "seize_ship": ("The Iranian navy seized a Panama-registered tanker.", "171", "IRN", "PAN"),
    "detain_boat": ("Russian border guards detained a Ukrainian fishing boat.", "171", "RUS", "UKR"),
    "drove_from_land": ("Militias drove hundreds of villagers from their land in Darfur.", "201", "SDN", "*"),
    "sabotage_pipeline": ("Rebels in Colombia sabotaged an oil pipeline.", "1712", "COL", "*"),
    "torch_homes": ("Russian troops torched homes in Bucha.", "1712", "RUS", "*"),
    "increase_patrols": ("Turkish police increased patrols along the Syrian border.", "150", "TUR", "SYR"),
    "silence_broadcasters": (
        "The junta in Myanmar ordered two independent broadcasters to stop broadcasting.",
        "1721", "MMR", "MMR"),
    "human_shields": ("The rebels used civilians in Yemen as human shields.", "184", "YEM", "YEM"),
    "bomb_blast": ("Three Iraqi policemen were killed in a bomb blast in Baghdad.", "183", "-", "IRQ"),
    # actors: an unidentified attacker names no doer; a flag state names the ship's country; a former
    # leader with no role on the date is a person of his country, not the country itself
    "unidentified_assailant": (
        "An unidentified assailant stabbed a judge in Tunisia's capital.", "18", "-", "TUN"),
    "suicide_bomber": (
        "A suicide bomber killed twelve soldiers at a checkpoint in Somalia.", "18", "-", "SOM"),
    "flagged_ship": (
        "Houthi rebels attacked a Liberian-flagged cargo ship in the Red Sea.", "19", "YEM", "LBR"),
    "former_president": ("Police in Peru arrested former President Pedro Castillo.", "173", "PER", "PER"),
    "sudanese_city": ("The RSF killed dozens of displaced people in Geneina.", "19", "SDN", "SDN"),
    # a protest in a city at home addresses the home government, not the city
    "protest_at_home": ("Students protested in Tehran.", "141", "IRN", "IRNGOV"),
}

ABSENT: dict[str, tuple[str, tuple[str, ...]]] = {
    "execute_plan": ("The ministry executed the plan.", ("18", "20")),
    "tear_gas": ("Police fired tear gas at protesters in Nairobi.", ("20",)),
    "rockets_at_a_country": ("Hamas fired rockets into southern Israel.", ("15",)),
    "send_troops_abroad": ("Israel sent additional troops to Gaza.", ("07",)),
    "exchange_views": ("The ministers exchanged information on the economy.", ("06",)),
    "domestic_mission": ("Nigeria deployed soldiers in the north on an anti-kidnapping mission.", ("07",)),
    "hand_letter": ("The president handed a letter to the ambassador of Japan.", ("06",)),
    "sit_down_meeting": ("The commander held a sit-down meeting with Macron.", ("14",)),
    "evict_family": ("Police evicted a Palestinian family from their home in Jerusalem.", ("20",)),
    "execute_attack": ("The rebels executed an attack on an army base in Mali.", ("18", "20")),
    "weapons_inquiry": ("Iran launched a chemical weapons investigation.", ("20",)),
}


@pytest.fixture(scope="module")
def outputs() -> dict[str, list[Event]]:
    resources = load_resources(Settings())
    texts = {k: v[0] for k, v in CASES.items()} | {k: v[0] for k, v in ABSENT.items()}
    articles = [build_article(text, article_id=key, published=None) for key, text in texts.items()]
    return {x.article.id: list(x.events) for x in extract_articles(articles, resources)}


def ok(actor: ActorRef | None, want: str) -> bool:
    if want == "*":
        return True
    if want == "-":
        return actor is None
    return actor is not None and ((actor.code or "").startswith(want) or actor.country == want)


@pytest.mark.parametrize("key", sorted(CASES))
def test_material_root_patterns(key: str, outputs: dict[str, list[Event]]) -> None:
    text, code, source, target = CASES[key]
    events = outputs[key]
    found = any(e.cameo.startswith(code) and ok(e.source, source) and ok(e.target, target) for e in events)
    assert found, f"{text}\n  expected {code} {source} > {target}\n  got: {describe(events)}"


@pytest.mark.parametrize("key", sorted(ABSENT))
def test_no_material_event_where_none_is_told(key: str, outputs: dict[str, list[Event]]) -> None:
    text, roots = ABSENT[key]
    events = outputs[key]
    assert not any(e.cameo_root in roots for e in events), f"{text}\n  got: {describe(events)}"
