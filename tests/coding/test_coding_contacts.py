"""Contacts as readouts tell them: the title, the mode of a call, framing phrases, initiators, impersonal
agreements ("It was agreed to ...")."""

from __future__ import annotations

from dataclasses import replace

from eventwire.coding.corefer import compatible_codes, same_party

from .kit import ACTORS, code, one


def test_a_title_that_calls_it_a_call_gives_the_contact_its_mode(nlp) -> None:
    title = "Putin's call with Macron"
    event = one(code(nlp, f"{title}\n\nPutin spoke today with Macron about Iran.", title=title))
    assert (event.cameo, event.trigger, event.plover_mode) == ("041", "spoke", "phone")
    assert event.extra["mode_from"]["sentence_index"] == 0


def test_a_title_naming_only_the_partner_still_gives_the_mode(nlp) -> None:
    title = "Call with President Macron"
    event = one(code(nlp, f"{title}\n\nPutin spoke with Macron this morning.", title=title))
    assert event.cameo == "041" and event.symmetric


def test_a_title_is_never_an_event_of_its_own(nlp) -> None:
    title = "Putin's call with Macron"
    events = code(nlp, f"{title}\n\nRussia criticised France on Monday.", title=title)
    assert [e.cameo[:2] for e in events] == ["11"]


def test_a_met_contact_keeps_its_mode(nlp) -> None:
    text = "Putin met Macron in Moscow. During their talks, the two leaders discussed Iran."
    assert one(code(nlp, text)).cameo == "040"


def test_a_plain_consultation_the_same_day_folds_into_the_call(nlp) -> None:
    text = ("Putin had a telephone conversation with Erdogan. "
            "Putin and Erdogan held an in-depth discussion on Syria.")
    call = one(code(nlp, text))
    assert call.cameo == "041" and len(call.extra["also_mentions"]) == 1


def test_a_state_and_its_leader_are_one_side_of_a_contact(nlp) -> None:
    text = "Putin had a telephone conversation with Erdogan. Russia and Turkey discussed Syria."
    assert one(code(nlp, text)).cameo == "041"


def test_a_mention_without_a_date_of_its_own_refers_to_yesterdays_call(nlp) -> None:
    text = "Putin spoke with Macron by telephone yesterday. The two leaders discussed Syria."
    call = one(code(nlp, text))
    assert call.date == "2025-06-30" and call.extra["also_mentions"][0]["sentence_index"] == 1


def test_sides_match_as_people_or_as_states() -> None:
    assert same_party(ACTORS["Putin"], ACTORS["Russia"]) and not same_party(ACTORS["Putin"], ACTORS["Macron"])
    lavrov, putin = replace(ACTORS["Lavrov"], kb_id="Q1"), replace(ACTORS["Putin"], kb_id="Q2")
    assert not same_party(lavrov, putin)  # two ministers of one state are two sides
    assert compatible_codes("040", "041") and not compatible_codes("041", "042")


def test_a_call_in_a_framing_phrase_is_the_contact_of_the_clause(nlp) -> None:
    events = code(nlp, "In a call this afternoon Putin warmly congratulated Macron on his election.")
    assert {(e.cameo, e.symmetric) for e in events} == {("041", True), ("051", False)}


def test_a_subject_after_a_fronted_phrase_and_its_initiator(nlp) -> None:
    text = ("During a lengthy telephone conversation initiated by the French side, Putin and Macron "
            "had a frank exchange of views on Syria.")
    call = one(code(nlp, text))
    assert (call.cameo, call.source.code, call.target.code) == ("041", "FRAGOV", "RUSGOV")
    assert call.extra["also_mentions"][0]["rule"] == "noun:exchange+views/040"


def test_an_initiative_named_on_the_partner_still_names_the_initiator(nlp) -> None:
    text = "Putin had a telephone conversation with the President of Turkey Erdogan at Turkey's initiative."
    call = one(code(nlp, text))
    assert (call.source.code, call.target.code, call.symmetric) == ("TURGOV", "RUSGOV", True)


def test_it_was_agreed_speaks_for_the_sides_of_the_contact(nlp) -> None:
    text = "Putin had a telephone conversation with Macron. It was agreed to maintain dialogue."
    agreed = one(code(nlp, text), "03")
    assert {agreed.source.code, agreed.target.code} == {"RUSGOV", "FRAGOV"} and agreed.symmetric
    assert agreed.extra["parties_from_context"] and "source" not in agreed.evidence.spans
    assert code(nlp, "It was agreed to maintain dialogue.") == []


def test_a_purpose_after_a_contact_is_aimed_at_the_partner(nlp) -> None:
    events = code(nlp, "Putin spoke to Macron today to congratulate him on his victory.")
    assert ("051", "RUSGOV", "FRAGOV") in {(e.cameo, e.source.code, e.target.code) for e in events}
    text = "Putin called Macron yesterday to offer his condolences over the deaths in the attack."
    sympathy = one(code(nlp, text), "018")
    assert (sympathy.target.code, sympathy.date) == ("FRAGOV", "2025-06-30")


def test_they_after_a_contact_are_its_sides(nlp) -> None:
    text = "Putin spoke to Erdogan by telephone. They agreed to keep working closely together."
    agreed = one(code(nlp, text), "03")
    assert {agreed.source.code, agreed.target.code} == {"RUSGOV", "TURGOV"} and agreed.symmetric
    assert code(nlp, "They agreed to keep working closely together.") == []  # no contact told: no sides


def test_an_agreed_act_of_their_own_states_is_an_intent(nlp) -> None:
    text = "Putin and Macron agreed Russia and France would continue working together to counter terrorism."
    event = one(code(nlp, text))
    assert event.cameo.startswith("03") and event.symmetric
