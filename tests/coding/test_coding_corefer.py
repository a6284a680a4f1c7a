"""Within-article event coreference, joint statements, dates of nominal events and event ids."""

from __future__ import annotations

from .kit import code, one


def test_later_mentions_of_a_call_fold_into_it(nlp) -> None:
    text = ("Putin and Macron held a phone conversation. The two leaders discussed Iran. "
            "TASS summarized the key topics of the two leaders' talks.")
    call = one(code(nlp, text))
    assert (call.cameo, call.trigger) == ("041", "held")
    folded = call.extra["also_mentions"]
    assert [m["sentence_index"] for m in folded] == [1, 2]
    assert {m["rule"] for m in folded} == {"verb:discuss/040", "noun:talks/040"}


def test_a_mention_folds_into_the_call_of_its_own_date(nlp) -> None:
    text = ("Putin and Macron held a phone conversation. The last call between Putin and Macron took place"
            " on September 11, 2022. At the time, the Kremlin said the two leaders' discussion centered"
            " on Syria.")
    events = code(nlp, text)
    assert [(e.date, e.historical) for e in events] == [("2025-07-01", False), ("2022-09-11", True)]
    assert "also_mentions" not in events[0].extra
    assert [m["sentence_index"] for m in events[1].extra["also_mentions"]] == [2]


def test_calls_of_different_dates_stay_apart(nlp) -> None:
    text = ("Putin and Macron held a phone conversation. "
            "The previous call between the two leaders took place on September 11, 2022.")
    assert [e.date for e in code(nlp, text)] == ["2025-07-01", "2022-09-11"]


def test_a_habit_is_no_event(nlp) -> None:
    text = ("Putin and Macron held a phone conversation. "
            "The two leaders' regular phone dialogue was interrupted.")
    assert one(code(nlp, text)).trigger == "held"


def test_a_directed_act_of_several_actors_names_the_others(nlp) -> None:
    text = "Putin called Macron. The leaders emphasized the need for Iran to return to talks."
    appeals = [e for e in code(nlp, text) if e.cameo_root == "02"]
    assert {(e.source.code, tuple(e.extra["co_sources"])) for e in appeals} == {
        ("RUSGOV", ("FRAGOV",)), ("FRAGOV", ("RUSGOV",))}
    assert not any(e.symmetric for e in appeals)


def test_an_event_noun_that_acts_is_dated_and_told_once(nlp) -> None:
    strike = one(code(nlp, "Israeli strikes on Iran killed 20 people."))
    assert (strike.cameo, strike.target.code, strike.date) == ("190", "IRN", "2025-07-01")


def test_event_ids_are_unique_within_an_article(nlp) -> None:
    text = ("Russia and France condemned Israel. China imposed sanctions on Japan. "
            "Putin and Macron held talks. Russia and France condemned Israel.")
    ids = [e.event_id for e in code(nlp, text)]
    assert len(ids) == len(set(ids)) and len(ids) >= 5


def test_a_time_phrase_after_an_embedded_event_noun_dates_that_event(nlp) -> None:
    text = ("Putin and Erdogan held a phone conversation. The two leaders discussed cooperation in the"
            " context of the outcome of the two leaders' meeting in Istanbul on November 19, 2024.")
    events = code(nlp, text)
    assert [(e.cameo, e.date, e.historical) for e in events] == [
        ("041", "2025-07-01", False), ("040", "2024-11-19", True)]
    assert [m["rule"] for m in events[0].extra["also_mentions"]] == ["verb:discuss/040"]


def test_exchanging_views_mentions_the_call_already_told(nlp) -> None:
    text = "Putin and Macron held a phone conversation. The two leaders exchanged views on Syria."
    assert one(code(nlp, text)).extra["also_mentions"][0]["rule"] == "verb:exchange+views/040"


def test_an_undated_mention_before_the_told_event_folds_into_it(nlp) -> None:
    text = "Putin's call with Macron. Putin spoke today with Macron about Iran."
    event = one(code(nlp, text))
    assert (event.trigger, event.date) == ("spoke", "2025-07-01")
    assert [m["sentence_index"] for m in event.extra["also_mentions"]] == [0]
