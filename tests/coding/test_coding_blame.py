"""Accusations readouts make without the verb "accuse", and the targets of sympathy, praise and aid."""

from __future__ import annotations

from eventwire.coding import code_events, load_coding_tables
from eventwire.coding.roles import Slot, most_specific
from eventwire.records import Mention
from eventwire.time import find_timexes

from .kit import ACTORS, code, one, pairs, parse, ref


def test_drawing_attention_to_another_s_hostile_act_accuses_the_doer(nlp) -> None:
    events = code(nlp, "Russia drew attention to Israel's regular shelling of the plant.")
    assert ("112", "RUS", "ISR") in pairs(events)


def test_pointing_out_a_barbarous_action_accuses_its_doer(nlp) -> None:
    event = one(code(nlp, "Putin pointed out the latest barbarous action of the Israeli forces."), "112")
    assert (event.source.code, event.target.code) == ("RUSGOV", "ISRMIL")


def test_judging_another_s_act_in_reported_speech_criticises_the_doer(nlp) -> None:
    events = code(nlp, "Israel's attacks on Syria were depraved, Putin said.")
    assert ("111", "RUSGOV", "ISR") in pairs(events)


def test_stressing_the_fact_of_another_s_attack_accuses_the_doer(nlp) -> None:
    text = "Putin stressed the fact that Israeli forces have been using rockets to target Syrian towns."
    assert ("112", "RUSGOV", "ISRMIL") in pairs(code(nlp, text))


def test_a_speaker_does_not_accuse_its_own_forces(nlp) -> None:
    events = code(nlp, "Putin stressed that Russian forces had struck the bases of the militants.")
    assert not any(e.cameo.startswith("11") for e in events)


def test_sympathy_with_no_one_named_goes_to_the_country_of_the_tragedy(nlp) -> None:
    text = "Erdogan expressed condolences to the families of those killed in the attack in Russia."
    event = one(code(nlp, text))
    assert (event.cameo, event.source.code, event.target.code) == ("018", "TURGOV", "RUS")


def test_conveyed_congratulations_praise(nlp) -> None:
    assert pairs(code(nlp, "Putin also conveyed his congratulations to Macron on his victory.")) == {
        ("051", "RUSGOV", "FRAGOV")}


def test_a_state_is_its_leader_s_side_not_its_target(nlp) -> None:
    event = one(code(nlp, "Putin reiterated Russia's steadfast support for Syria."))
    assert (event.cameo, event.source.code, event.target.code) == ("051", "RUSGOV", "SYR")


def test_the_doer_of_the_object_s_relative_clause_is_the_target(nlp) -> None:
    event = one(code(nlp, "Putin welcomed the steps Japan has taken to cut emissions."))
    assert (event.cameo, event.target.code) == ("051", "JPN")


def test_a_verb_shares_the_object_of_the_verb_it_is_coordinated_with(nlp) -> None:
    event = one(code(nlp, "Today the US donated and delivered 50 ventilators to Russia."))
    assert (event.cameo, event.source.code, event.target.code) == ("070", "USA", "RUS")


def test_a_date_inside_a_noun_dates_that_noun(nlp) -> None:
    event = one(code(nlp, "Putin congratulated Macron on his March 18 re-election."))
    assert event.date == "2025-07-01"


def test_the_more_specific_of_two_targets_of_one_country() -> None:
    bare = Slot(ACTORS["Russia"], (0, 6), 0, "obj")
    army = Slot(ref("troops", "RUS", "MIL", kind="agent"), (9, 15), 2, "obj")
    assert most_specific([bare, army]) == [army]


def test_a_city_naming_a_document_is_no_doer(nlp) -> None:
    parsed = parse(nlp, "Heavy weapons are prohibited by the Minsk agreement.")
    sent = parsed.sentences[0]
    tok = next(t for t in sent.tokens if t.text == "Minsk")
    minsk = Mention(0, tok.i, tok.i + 1, tok.start, tok.end, "Minsk", "modifier",
                    ref("Minsk", "BLR", "GOV", kind="state"), None, ())
    timexes = find_timexes(parsed.article.text, parsed.article.date)
    assert code_events(parsed, [minsk], timexes, load_coding_tables()) == []


def test_insisting_on_what_another_must_do_is_a_demand_not_an_accusation(nlp) -> None:
    demand = code(nlp, "Putin stressed that Israel must withdraw its forces from Syria.")
    codes = {e.cameo[:2] for e in demand}
    assert "10" in codes and "11" not in codes
    assert ("112", "RUSGOV", "ISR") in pairs(code(nlp, "Putin stressed that Israel had bombed Syrian towns."))
