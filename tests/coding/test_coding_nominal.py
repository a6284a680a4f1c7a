"""Nominal events, dates and the historical flag."""

from __future__ import annotations

from .kit import code, one, pairs


def test_phone_conversation_between_two_leaders_with_its_own_date(nlp) -> None:
    text = ("Putin met Macron in May. The last phone conversation between the two leaders took place"
            " on September 11, 2022.")
    event = one([e for e in code(nlp, text) if e.evidence.sentence_index == 1])
    assert (event.cameo, event.date, event.date_precision) == ("041", "2022-09-11", "day")
    assert event.historical and event.symmetric
    assert event.evidence.spans["date"][0] > event.evidence.spans["trigger"][0]


def test_strikes_by_two_countries_on_a_third(nlp) -> None:
    events = code(nlp, "Israeli and US strikes on Iran continued.")
    assert pairs(events) == {("190", "ISR", "IRN"), ("190", "USA", "IRN")}


def test_nominal_event_in_passing_gets_no_date(nlp) -> None:
    events = code(nlp, "Putin spoke about the situation in the context of Israeli strikes on Iran.")
    strike = one(events, "19")
    assert strike.date is None and not strike.historical


def test_light_verb_gives_the_noun_its_doer(nlp) -> None:
    event = one(code(nlp, "Protesters in France staged a hunger strike."))
    assert event.cameo == "142"


def test_events_are_dated_by_their_clause_and_never_historical_on_the_publication_day(nlp) -> None:
    events = code(nlp, "Putin met Macron in Paris in 2022. Putin called Macron today.")
    dated = {e.trigger: (e.date, e.historical) for e in events}
    assert dated["met"] == ("2022", True)
    assert dated["called"] == ("2025-07-01", False)


def test_event_ids_are_stable(nlp) -> None:
    text = "China imposed sanctions on Japan."
    assert [e.event_id for e in code(nlp, text)] == [e.event_id for e in code(nlp, text)]


def test_at_the_time_takes_the_previous_sentence_date(nlp) -> None:
    text = ("The last call between Putin and Macron took place on September 11, 2022. "
            "At the time, Putin told Macron that the West ignited the conflict.")
    accuse = one(code(nlp, text), "11")
    assert (accuse.date, accuse.historical) == ("2022-09-11", True)
