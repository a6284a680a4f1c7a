"""Wire-report styles: "X said on Monday", passives, headlines, gerunds after accusations and thanks."""

from __future__ import annotations

from .kit import code, one, pairs


def test_a_wire_lead_is_dated_by_its_weekday(nlp) -> None:
    event = one(code(nlp, "Russia on Monday accused Ukraine of sabotage, the foreign ministry said."))
    assert (event.cameo, event.date) == ("112", "2025-06-30")


def test_a_headline_is_a_heading_not_an_event(nlp) -> None:
    text = "Russia Accuses Ukraine Of Attacking Plant\n\nPoland criticised Germany on Monday."
    assert {e.cameo[:2] for e in code(nlp, text)} == {"11"}


def test_the_alleged_act_of_an_accusation_is_not_told(nlp) -> None:
    events = code(nlp, "Russia accused Ukraine on Monday of shelling the plant.")
    assert [(e.cameo, e.source.code, e.target.code) for e in events] == [("112", "RUS", "UKR")]


def test_the_object_does_what_it_is_thanked_for(nlp) -> None:
    events = code(nlp, "Japan thanked Turkey for supporting Ukraine.")
    assert ("051", "TUR", "UKR") in pairs(events) and ("051", "JPN", "TUR") in pairs(events)


def test_a_passive_with_its_agent(nlp) -> None:
    assert pairs(code(nlp, "Sanctions were imposed on Russia by Japan on Friday.")) == {("163", "JPN", "RUS")}


def test_talks_held_between_two_parties(nlp) -> None:
    event = one(code(nlp, "Talks were held between Iran and the US in Oman on Saturday, officials said."))
    assert (event.cameo_root, event.symmetric, event.date) == ("04", True, "2025-06-28")
    assert {event.source.code, event.target.code} == {"IRN", "USA"}


def test_the_doer_of_a_killing_named_by_its_means(nlp) -> None:
    text = "Three Palestinian fighters were killed in shelling by Israeli forces on Sunday, the army said."
    event = one(code(nlp, text))
    assert (event.source.code, event.target.country, event.date) == ("ISRMIL", "PSE", "2025-06-29")


def test_the_victims_of_a_passive_did_not_do_its_means(nlp) -> None:
    events = code(nlp, "Two Israeli soldiers were wounded in fighting near the border.")
    assert all(e.source is None or e.source.country != "ISR" for e in events)


def test_once_again_is_no_past(nlp) -> None:
    event = one(code(nlp, "Russia once again attacked Ukraine with drones."))
    assert (event.date, event.historical) == ("2025-07-01", False)


def test_a_present_perfect_after_a_dated_call_keeps_the_publication_day(nlp) -> None:
    text = ("Putin spoke with Erdogan by phone on Monday, the Kremlin said. Turkey has criticised Russia. "
            "Putin thanked Erdogan for his mediation.")
    events = code(nlp, text)
    assert one(events, "11").date == "2025-07-01"
    assert one(events, "05").date == "2025-06-30"


def test_a_prevented_act_did_not_happen(nlp) -> None:
    assert not [e for e in code(nlp, "Turkey prevented Syria from attacking Iraq.") if e.cameo_root == "19"]
