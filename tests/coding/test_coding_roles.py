"""Actor roles from one clause's syntax: subjects, passives, compounds, joint acts, targets, topics."""

from __future__ import annotations

from .kit import code, one, pairs


def test_passive_agent_is_source_and_subject_is_target(nlp) -> None:
    event = one(code(nlp, "Iran was attacked by Israel on Monday."), "19")
    assert (event.source.code, event.target.code) == ("ISR", "IRN")


def test_violence_by_an_unnamed_doer_keeps_its_victim(nlp) -> None:
    event = one(code(nlp, "Iran was attacked on Monday."))
    assert (event.cameo[:2], event.source, event.target.code) == ("19", None, "IRN")
    bomb = one(code(nlp, "A roadside bomb killed two Israeli soldiers."))
    assert bomb.source is None and bomb.target.country == "ISR" and "source" not in bomb.evidence.spans


def test_passive_without_agent_is_no_event_but_for_violence(nlp) -> None:
    assert code(nlp, "Talks were held in Geneva.") == []
    assert code(nlp, "Putin said that he was attacked.") == []  # a pronoun is a doer not found, not none


def test_compound_subject_gives_one_event_per_actor(nlp) -> None:
    events = code(nlp, "Russia and France condemned Israel.")
    assert pairs(events) == {("111", "RUS", "ISR"), ("111", "FRA", "ISR")}


def test_compound_subject_of_a_joint_act_is_symmetric(nlp) -> None:
    event = one(code(nlp, "Russia and France held talks in Paris."))
    assert event.cameo == "040" and event.symmetric
    assert {event.source.code, event.target.code} == {"RUS", "FRA"}


def test_the_two_leaders_are_both_parties(nlp) -> None:
    text = "Putin called Macron on Monday. The two leaders discussed the situation in Syria on Friday."
    discuss = [e for e in code(nlp, text) if e.trigger == "discussed"]  # another day: no mention of the call
    assert pairs(discuss) == {("040", "RUSGOV", "FRAGOV")} and discuss[0].symmetric


def test_topics_and_places_are_not_actors(nlp) -> None:
    events = code(nlp, "Putin and Macron discussed Syria.")
    assert pairs(events) == {("040", "RUSGOV", "FRAGOV")}
    assert code(nlp, "The Paris climate talks opened on Monday.") == []


def test_initiator_is_the_source(nlp) -> None:
    event = one(code(nlp, "Putin held talks with Macron at the request of the French side."))
    assert (event.source.code, event.target.code) == ("FRAGOV", "RUSGOV") and event.symmetric


def test_conjoined_verbs_share_the_subject(nlp) -> None:
    events = code(nlp, "Turkey hosted the Iranian delegation and signed an agreement with Iran.")
    assert ("057", "TUR", "IRN") in pairs(events)


def test_object_control_makes_the_object_the_target(nlp) -> None:
    event = one(code(nlp, "France urged Iran to hold talks with the US."), "02")
    assert (event.source.code, event.target.code) == ("FRA", "IRN")
    assert event.cameo == "026"  # an appeal to meet: the family code of what is asked for


def test_prepositional_targets(nlp) -> None:
    assert ("163", "CHN", "JPN") in pairs(code(nlp, "China imposed sanctions on Japan."))
    assert ("040", "DEU", "POL") in pairs(code(nlp, "Germany held talks with Poland."))
    assert ("042", "DEU", "FRAGOV") in pairs(code(nlp, "Germany's chancellor arrived in Paris."))


def test_verb_with_object_and_preposition(nlp) -> None:
    event = one(code(nlp, "Putin spoke with Macron by telephone on Monday."))
    assert event.cameo == "041" and event.symmetric and event.rule.startswith("verb:speak+by")


def test_self_loops_are_dropped_but_internal_acts_stay(nlp) -> None:
    assert code(nlp, "Russia praised Russia.") == []
    ((cameo, source, target),) = pairs(code(nlp, "In Paris, police arrested protesters."))
    assert (cameo[:2], source, target) == ("17", "FRACOP", "FRACVL")


def test_no_event_without_a_source(nlp) -> None:
    assert code(nlp, "Talks were held in Geneva.") == []


def test_implied_target_of_a_domestic_protest(nlp) -> None:
    event = one(code(nlp, "French protesters demonstrated against the reform."), "14")
    assert event.source.code == "FRACVL"
    assert event.target.code == "FRAGOV" and event.extra.get("target_implied")
    assert "target" not in event.evidence.spans


def test_participle_takes_the_noun_it_modifies_as_subject(nlp) -> None:
    events = code(nlp, "In Paris, police dispersed protesters demanding new elections.")
    assert any(e.cameo.startswith("10") and e.source.code == "FRACVL" for e in events)


def test_gerund_of_a_noun_has_no_subject(nlp) -> None:
    assert code(nlp, "Russia remains a reliable partner in fighting terrorism.") == []
