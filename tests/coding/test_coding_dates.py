"""Dates of events: a contact told several times keeps its most explicit date, what its sides said in it
takes that date, and background acts in the past never take the publication day."""

from __future__ import annotations

from datetime import date

from eventwire.coding.story_dates import close_dates

from .kit import code, one

PUBLISHED = date(2025, 7, 1)


def test_a_call_told_twice_with_and_without_a_date_is_one_call_on_the_explicit_day(nlp) -> None:
    text = ("Putin held a telephone conversation with Macron. "
            "Macron called Putin yesterday to discuss the situation in Iran.")
    call = one(code(nlp, text), "04")
    assert (call.cameo, call.date, call.trigger) == ("041", "2025-06-30", "held")
    assert call.extra["date_from"]["sentence_index"] == 1 and "date" in call.evidence.spans


def test_two_calls_on_two_named_days_stay_two(nlp) -> None:
    text = "Putin called Macron on Monday. Putin called Macron again on Wednesday."
    calls = [e for e in code(nlp, text, day=date(2025, 7, 4)) if e.cameo == "041"]
    assert sorted(e.date for e in calls) == ["2025-06-30", "2025-07-02"]


def test_a_meeting_and_a_call_stay_apart(nlp) -> None:
    text = "Putin met Erdogan in Sochi. Putin called Erdogan yesterday."
    assert len([e for e in code(nlp, text) if e.cameo_root == "04"]) == 2


def test_the_titles_date_dates_the_call_the_body_leaves_undated(nlp) -> None:
    title = "Call with President Macron: 30 June 2025"
    text = f"{title}\n\nPutin spoke to Macron to congratulate him. The leaders agreed to stay in contact."
    events = code(nlp, text, title=title)
    assert {(e.cameo, e.date) for e in events} == {
        ("041", "2025-06-30"), ("051", "2025-06-30"), ("030", "2025-06-30")}
    call = one(events, "04")
    assert call.extra["date_from"]["sentence_index"] == 0


def test_a_calendar_date_in_the_title_beats_a_relative_one_a_day_off(nlp) -> None:
    title = "Call with President Erdogan: 30 June 2025"
    text = f"{title}\n\nPutin spoke to Erdogan this evening."
    assert one(code(nlp, text, title=title)).date == "2025-06-30"


def test_a_relative_date_agreeing_with_the_title_keeps_its_own_span(nlp) -> None:
    title = "Call with President Erdogan: 30 June 2025"
    text = f"{title}\n\nErdogan called Putin yesterday."
    call = one(code(nlp, text, title=title))
    assert call.date == "2025-06-30" and "date_from" not in call.extra


def test_acts_of_others_keep_the_publication_day(nlp) -> None:
    text = "Putin spoke with Macron yesterday. Israel criticised Iran."
    events = code(nlp, text)
    assert one(events, "11").date == "2025-07-01"
    assert one(events, "04").date == "2025-06-30"


def test_a_vague_past_is_no_date_and_historical(nlp) -> None:
    event = one(code(nlp, "In the past, Japan has aided Turkey in times of crisis."))
    assert (event.date, event.historical) == (None, True)


def test_a_recent_past_is_no_date_but_not_historical(nlp) -> None:
    event = one(code(nlp, "Putin and Macron recently met in Paris."))
    assert (event.date, event.historical) == (None, False)


def test_a_past_adverb_makes_a_past_act_background(nlp) -> None:
    event = one(code(nlp, "Previously, Russia had accused Ukraine of sabotage."))
    assert (event.cameo, event.date, event.historical) == ("112", None, True)


def test_earlier_is_no_past_adverb(nlp) -> None:
    event = one(code(nlp, "Earlier, Russia accused Ukraine of sabotage."))
    assert (event.date, event.historical) == ("2025-07-01", False)


def test_an_act_in_a_past_era_is_history(nlp) -> None:
    text = ("We must cooperate as we did during the Second World War, when the US and Russia fought "
            "side by side against Germany.")
    fights = [e for e in code(nlp, text) if e.cameo_root == "19"]
    assert fights and all((e.date, e.historical) == (None, True) for e in fights)


def test_an_era_named_in_the_clause_itself(nlp) -> None:
    event = one(code(nlp, "During the Cold War, Russia threatened the US."))
    assert (event.date, event.historical) == (None, True)


def test_a_when_clause_of_a_year_takes_that_year(nlp) -> None:
    events = code(nlp, "In 2014, when Russia attacked Ukraine, the US imposed sanctions on Russia.")
    assert {(e.cameo_root, e.date, e.historical) for e in events} == {("19", "2014", True),
                                                                      ("16", "2014", True)}


def test_past_time_expressions(nlp) -> None:
    last_year = one(code(nlp, "Last year Russia attacked Ukraine."))
    assert (last_year.date, last_year.historical) == ("2024", True)
    assert one(code(nlp, "Russia attacked Ukraine in 2014.")).historical
    earlier = one(code(nlp, "Earlier this month, Iran attacked Israel."))
    assert (earlier.date, earlier.date_precision, earlier.historical) == ("2025-07", "month", False)


def test_a_clause_of_its_own_keeps_its_own_time(nlp) -> None:
    text = "Japan and Turkey have helped each other in the past and will do so again in the future."
    event = one(code(nlp, text))
    assert (event.date, event.historical) == (None, True)


def test_the_time_of_a_noun_phrase_clause_is_not_the_verbs(nlp) -> None:
    text = "Putin thanked Erdogan for the talks due to take place in Istanbul later this month."
    assert one(code(nlp, text), "05").date == "2025-07-01"


def test_the_time_after_a_happening_is_its_own(nlp) -> None:
    text = "Putin reflected on Turkey's recovery from the earthquakes earlier this year and praised Erdogan."
    assert one(code(nlp, text), "05").date == "2025-07-01"


def test_a_pluperfect_in_reported_speech_is_news(nlp) -> None:
    event = one(code(nlp, "Japan said on Monday it had halted aid to Syria."), "16")
    assert (event.date, event.historical) == ("2025-06-30", False)


def test_close_dates() -> None:
    assert close_dates("2025-06-30", "2025-07-01") and close_dates("2025-06", "2025-06-30")
    assert not close_dates("2025-05-01", "2025-07-01") and not close_dates(None, "2025-07-01")


def test_an_event_noun_a_verb_only_characterizes_is_mentioned_not_told(nlp) -> None:
    events = code(nlp, "Putin and Macron agreed that Israel's invasion marked the end of an era.")
    assert one(events, "19").date is None
