"""Who did it and to whom, through the whole pipeline: attackers named by the demonym of the attack noun
or by a claim of responsibility, detainees protesting against their jailers, the one allowed in
"refused to allow X to ...", the side a conditional threat aims at, the party a for-to appeal addresses,
a group bound as a whole, people placed by where they live (not where their alleged deed took place)."""

from __future__ import annotations

from datetime import date

from eventwire.extraction import Resources, extract_articles
from eventwire.ingest import build_article
from eventwire.records import Event

Triple = tuple[str, str | None, str | None]


def found(resources: Resources, text: str) -> list[Event]:
    article = build_article(text, article_id="t", published=date(2024, 3, 11))
    return list(next(iter(extract_articles([article], resources))).events)


def triples(resources: Resources, text: str) -> list[Triple]:
    """(code, source country or code, target country or code) of each event."""
    return [(e.cameo, (e.source.country or e.source.code) if e.source else None,
             (e.target.country or e.target.code) if e.target else None) for e in found(resources, text)]


# --- the attack noun's demonym or possessor names its doer ------------------------------------------

def test_killed_in_a_demonym_air_strike_names_the_attacker(resources: Resources) -> None:
    events = triples(resources, "Two Houthi commanders were killed in a Saudi air strike on Saada, "
                                "the coalition said.")
    assert ("195", "SAU", "YEM") in events


def test_a_possessive_shelling_names_the_attacker(resources: Resources) -> None:
    events = triples(resources, "Three farmers were wounded in Azerbaijan's shelling of a village.")
    assert any(code.startswith("19") and source == "AZE" for code, source, _ in events)


def test_a_place_before_the_attack_noun_is_no_attacker(resources: Resources) -> None:
    events = triples(resources, "Five soldiers were killed in the Kabul bombing.")
    assert all(source is None for _, source, _ in events)


# --- claims of responsibility -------------------------------------------------------------------------

def test_a_later_claim_makes_the_claimant_the_attacker(resources: Resources) -> None:
    text = ("Two suicide bombers blew themselves up at a market in Maiduguri, killing 18 people; "
            "Boko Haram later claimed the bombing.")
    events = found(resources, text)
    claims = [e for e in events if e.cameo == "015"]
    assert claims and claims[0].source is not None and claims[0].source.code == "NGAREBBKH"
    attacks = [e for e in events if e.cameo.startswith("18")]
    assert attacks and all(e.source is not None and e.source.code == "NGAREBBKH" for e in attacks)
    assert not any(e.cameo == "112" for e in events)


def test_an_attack_claimed_by_a_group_is_its_attack(resources: Resources) -> None:
    text = ("A truck bomb exploded outside an army base near Gao, killing six soldiers, in an attack "
            "claimed by the Islamic State.")
    events = found(resources, text)
    attacks = [e for e in events if e.cameo[:2] in {"18", "19"}]
    assert attacks and all(e.source is not None and (e.source.code or "").startswith("IMG") for e in attacks)


def test_claimed_an_attack_is_015_not_an_accusation(resources: Resources) -> None:
    assert triples(resources, "The Pakistani Taliban claimed the attack on the police station.") == [
        ("015", "PAK", None)]


def test_a_claim_that_someone_else_attacked_stays_an_accusation(resources: Resources) -> None:
    events = triples(resources, "The ministry claimed that Ukraine shelled the plant.")
    assert not any(code == "015" for code, _, _ in events)


def test_an_unclaimed_car_bomb_keeps_unidentified_attackers(resources: Resources) -> None:
    text = "A car bomb exploded outside a police station in Diyarbakir, killing two officers."
    events = found(resources, text)
    assert all(e.source is None or "UAF" in (e.source.code or "") for e in events)


# --- detainees protest against the state that holds them ------------------------------------------------

def test_detainees_held_in_foreign_prisons_protest_against_the_jailer(resources: Resources) -> None:
    text = "Lebanese detainees held in Syrian prisons went on a hunger strike on Monday."
    events = triples(resources, text)
    assert [(code, source, target) for code, source, target in events] == [("142", "LBN", "SYR")]


def test_detainees_in_their_own_country_protest_against_their_government(resources: Resources) -> None:
    events = found(resources, "Turkish activists held in Turkish prisons went on a hunger strike on Monday.")
    assert [(e.cameo, e.target.code if e.target else None) for e in events] == [("142", "TURGOV")]


# --- "refused to allow X to meet Y": X is the target ------------------------------------------------

def test_refusing_to_allow_someone_targets_the_one_not_allowed(resources: Resources) -> None:
    events = triples(resources, "Belarus refused to allow UN monitors to visit the jailed opposition leader.")
    assert any(code.startswith("124") and (s, t) == ("BLR", "IGOUNO") for code, s, t in events)


def test_refusing_to_allow_with_no_one_named_has_no_target(resources: Resources) -> None:
    events = triples(resources, "Iran refused to allow the inspections to resume.")
    assert all(target is None for code, _, target in events if code.startswith("12"))


# --- a conditional threat aims at whoever must not act ------------------------------------------------

def test_a_conditional_threat_targets_the_condition_s_actor(resources: Resources) -> None:
    events = triples(resources, "Azerbaijan's president warned that Baku would strike back if Armenia's "
                                "army crossed the border.")
    assert ("130", "AZE", "ARM") in events
    assert any(code.startswith("13") and code != "130" and target == "ARM" for code, _, target in events)


def test_a_threat_with_no_condition_names_no_target(resources: Resources) -> None:
    events = triples(resources, "Pyongyang warned that it would launch more missiles.")
    assert all(target is None for code, _, target in events if code.startswith("13"))


# --- an appeal is addressed to the party of its for-to clause -----------------------------------------

def test_the_need_for_a_party_to_act_in_a_second_object_addresses_it(resources: Resources) -> None:
    text = ("Chancellor Scholz and President Macron met in Berlin. The two leaders stressed their backing "
            "for Moldova, as well as the need for Moscow to withdraw its troops from Transnistria.")
    appeals = [(s, t) for code, s, t in triples(resources, text) if code.startswith("02")]
    assert appeals and all(t == "RUS" for _, t in appeals)


def test_a_demanded_admission_is_addressed_to_its_object_not_its_content(resources: Resources) -> None:
    text = "Lithuania's parliament demanded an apology from Minsk that its border guards had beaten migrants."
    assert not any(code.startswith("10") and target == "LTU" for code, _, target in triples(resources, text))


# --- a group bound as a whole keeps all its members ----------------------------------------------------

def test_they_after_a_call_with_four_leaders_pairs_all_five(resources: Resources) -> None:
    text = ("Prime Minister Kishida spoke to President Biden, Prime Minister Trudeau, President Macron and "
            "Chancellor Scholz on Tuesday about North Korea. The leaders agreed to stay in close contact.")
    pairs = {frozenset((s, t)) for code, s, t in triples(resources, text) if code.startswith("03")}
    members = {"JPN", "USA", "CAN", "FRA", "DEU"}
    assert {c for pair in pairs for c in pair if c} == members
    assert len(pairs) == 10


def test_a_list_the_parser_began_as_an_apposition_keeps_every_name(resources: Resources) -> None:
    text = "Prime Minister Kishida spoke to President Biden, Prime Minister Trudeau, President Macron and " \
           "Chancellor Scholz about North Korea."
    assert {t for code, _, t in triples(resources, text) if code.startswith("04")} == {
        "USA", "CAN", "FRA", "DEU"}


def test_a_description_in_apposition_is_the_same_person(resources: Resources) -> None:
    text = "Erdogan met Kassym-Jomart Tokayev, Kazakhstan's president, in Ankara."
    assert [(code, t) for code, _, t in triples(resources, text)] == [("040", "KAZ")]


def test_a_long_list_of_states_in_one_role_is_still_cut(resources: Resources) -> None:
    text = ("Sweden condemned Russia, Belarus, Iran, North Korea, Syria and Venezuela for their support "
            "of the invasion.")
    events = triples(resources, text)
    assert len([e for e in events if e[0].startswith("11")]) <= 4


# --- people live where they live -----------------------------------------------------------------------

def test_people_accused_of_a_deed_somewhere_keep_their_own_country(resources: Resources) -> None:
    text = "Israeli police detained two Palestinians suspected of a stabbing in Tel Aviv."
    events = triples(resources, text)
    assert events == [("173", "ISR", "PSE")]


def test_people_living_somewhere_are_placed_there(resources: Resources) -> None:
    events = found(resources, "Lebanese police arrested Syrians living in Beirut.")
    assert [e.target.code for e in events if e.target] == ["LBNCVL"]


# --- a consulate general is a diplomatic mission ------------------------------------------------------

def test_a_consulate_general_is_no_military(resources: Resources) -> None:
    events = found(resources, "Canada ordered the closure of the Indian consulate general in Vancouver.")
    assert events and all(e.target is not None and e.target.sector != "MIL" for e in events)


# --- "its troops" in reported speech are the speaker's ----------------------------------------------

def test_its_forces_in_reported_speech_belong_to_the_speaker(resources: Resources) -> None:
    events = found(resources, "Armenia's defence ministry said its forces had pulled back from two villages.")
    assert [(e.cameo[:2], e.source.code if e.source else None) for e in events] == [("08", "ARMMIL")]


def test_named_forces_in_reported_speech_keep_their_own_country(resources: Resources) -> None:
    events = found(resources, "The Kremlin said Ukrainian forces had withdrawn from the village.")
    assert [e.source.code if e.source else None for e in events] == ["UKRMIL"]


# --- a show of force that names no one aims at whoever provoked it -----------------------------------

def test_an_alert_after_a_foreign_act_targets_its_doer(resources: Resources) -> None:
    text = "Seoul put its troops on high alert after North Korean soldiers crossed the border."
    assert [(code[:2], target) for code, _, target in triples(resources, text)] == [("15", "PRK")]


def test_an_alert_after_a_domestic_event_does_not_target_the_own_side(resources: Resources) -> None:
    text = "Seoul put its troops on high alert after President Yoon returned from Tokyo."
    alerts = [e for e in found(resources, text) if e.cameo.startswith("15")]
    assert alerts and all(e.target is None or e.target.country == "KOR" for e in alerts)


# --- targets already named by the object's modifiers, owners and places ------------------------------

def test_a_demonym_of_the_object_names_the_target(resources: Resources) -> None:
    assert ("195", "FRA", "SYR") in triples(resources, "French jets bombed two Syrian army bases on Sunday.")


def test_a_party_named_by_the_object_beats_the_place_after_in(resources: Resources) -> None:
    events = triples(resources, "Israeli warplanes struck Iranian weapons depots in Syria.")
    assert [(code[:2], target) for code, _, target in events] == [("19", "IRN")]


def test_a_rejected_plan_targets_its_owner_not_its_subject(resources: Resources) -> None:
    events = triples(resources, "The Kremlin dismissed Macron's peace plan for Ukraine.")
    assert [(code[:2], source, target) for code, source, target in events] == [("12", "RUS", "FRA")]


def test_an_attack_on_its_own_civilians_targets_its_own_people(resources: Resources) -> None:
    text = "The Sudanese army bombed its own civilians in Darfur, Human Rights Watch said."
    events = found(resources, text)
    assert [(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events if e.cameo.startswith("19")] == [("SDNMIL", "SDNCVL")]
