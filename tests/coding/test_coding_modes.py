"""Negation, modality, intent, refusal, speech acts and discards."""

from __future__ import annotations

from .kit import code, one, pairs


def test_negation(nlp) -> None:
    event = one(code(nlp, "Russia did not attack Georgia."))
    assert event.negated and event.cameo.startswith("19")


def test_agreed_to_is_an_intent(nlp) -> None:
    event = one(code(nlp, "Putin and Macron agreed to maintain communication."))
    assert event.cameo == "030" and event.modality == "intended" and event.symmetric


def test_planned_visit_is_an_intent_to_meet(nlp) -> None:
    event = one(code(nlp, "Egypt plans to visit Turkey."))
    assert (event.cameo, event.modality) == ("036", "intended")


def test_future_cooperation_is_intent_and_future_force_a_threat(nlp) -> None:
    call = one(code(nlp, "Putin will hold a call with Macron."))
    assert (call.cameo, call.modality) == ("036", "future")
    threat = one(code(nlp, "Russia will attack Ukraine."))
    assert threat.cameo == "138" and threat.rule.startswith("threat:")


def test_hypothetical_and_wished_acts(nlp) -> None:
    assert one(code(nlp, "Russia could attack Georgia.")).modality == "hypothetical"
    assert one(code(nlp, "Israel should attack Iran.")).modality == "wished"


def test_refusal_is_its_own_code(nlp) -> None:
    event = one(code(nlp, "Iran refused to meet the US delegation."))
    assert event.cameo == "125" and not event.negated


def test_threatened_to_takes_the_threat_family(nlp) -> None:
    event = one(code(nlp, "Russia threatened to break relations with Georgia."))
    assert (event.cameo, event.target.code) == ("1313", "GEO")


def test_accusation_inside_a_speech_act(nlp) -> None:
    events = code(nlp, "Putin told Macron that the West ignited the conflict in Ukraine.")
    assert pairs(events) == {("112", "RUSGOV", "WST")}


def test_no_bare_statement_without_addressee(nlp) -> None:
    assert code(nlp, "Putin said that the weather was fine.") == []
    assert pairs(code(nlp, "Putin told Macron that the weather was fine.")) == {("010", "RUSGOV", "FRAGOV")}


def test_content_with_must_is_a_demand(nlp) -> None:
    event = one(code(nlp, "France said that Iran must stop its attacks."), "10")
    assert (event.cameo[:2], event.source.code, event.target.code) == ("10", "FRA", "IRN")


def test_sport_and_business_senses_are_discarded(nlp) -> None:
    assert code(nlp, "Russia beat France 2-1 in the World Cup final.") == []
    assert code(nlp, "Apple launched an attack on its competitors to win market share.") == []


def test_will_not_is_a_refusal(nlp) -> None:
    event = one(code(nlp, "Iran said it would not meet the US delegation."), "12")
    assert (event.cameo, event.source.code, event.target.code) == ("125", "IRN", "USA")


def test_conditional_threat_targets_whoever_must_act(nlp) -> None:
    event = one(code(nlp, "Russia will break relations with Georgia unless Ukraine withdraws."), "13")
    assert event.cameo == "1313" and event.target.code in {"GEO", "UKR"}


def test_statement_issued_by_an_actor_speaks_for_it(nlp) -> None:
    event = one(code(nlp, "France issued a statement saying that Iran must stop its attacks."), "10")
    assert (event.source.code, event.target.code) == ("FRA", "IRN")
