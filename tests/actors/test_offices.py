"""Offices in titles and appositions, owners of agents, pronouns, misspelt states (sentences written here)."""

from __future__ import annotations

from datetime import date

from eventwire.actors import find_mentions

from .found import code, find, mentions

# --- offices --------------------------------------------------------------------------------------


def test_an_organisation_title_beats_the_nearest_role(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "The rebels said they would meet U.N. mediator Diego Cordovez next week.")
    assert code(found, "Cordovez") == (None, "IGOUNO")


def test_an_office_in_apposition_codes_the_person(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Kenzo Oshima, the United Nations Emergency Relief Coordinator, visited Baghdad."
    assert code(mentions(kb, parse, text), "Oshima") == (None, "IGOUNO")
    text = "The United Nations envoy, Diego Cordovez, arrived in Kabul."
    assert code(mentions(kb, parse, text), "Cordovez") == (None, "IGOUNO")


def test_the_possessor_of_an_apposed_office_beats_a_loose_namesake(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Qatar's emir, Sheikh Hamad bin Khalifa, launched a mediation effort.")
    assert code(found, "Hamad") == ("QAT", "QATGOV")


def test_a_misspelt_state_with_a_title_is_found(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Qattar's emir launched a mediation effort.")
    qatar = find(found, "Qattar")
    assert qatar.actor.country == "QAT" and "spelling" in (qatar.reason or "")  # type: ignore[union-attr]
    assert kb.near_state("Austrailia").country == "AUS" and kb.near_state("Irak") is None  # type: ignore[union-attr]


def test_titles_say_what_a_person_out_of_office_is(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Opposition leader Raila Odinga addressed a rally.", date(2000, 1, 1))
    assert code(found, "Odinga") == ("KEN", "KENOPP")
    found = mentions(kb, parse, "Former President Ahmed Ben Bella returned to Algeria.")
    assert code(found, "Ben Bella") == ("DZA", "DZA")


def test_namesakes_with_one_code_give_that_code(kb, parse) -> None:  # type: ignore[no-untyped-def]
    assert code(mentions(kb, parse, "Annan warned Baghdad.", date(2000, 1, 1)), "Annan") == (None, "IGOUNO")


def test_states_of_old_names_and_acronyms(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "The Democratic People's Republic of Korea rejected the offer.")
    assert find(found, "Korea").actor.country == "PRK"  # type: ignore[union-attr]
    found = mentions(kb, parse, "Vietnamese troops shelled Kampuchean guerrilla camps.")
    assert find(found, "Kampuchean").actor.country == "KHM"  # type: ignore[union-attr]


# --- owners ---------------------------------------------------------------------------------------


def test_a_possessor_gives_an_agent_its_country(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "The Prime Minister praised the courage of President Zelenskyy's people."
    found = find_mentions(parse(text, date(2023, 5, 1)), kb)
    assert code(found, "people") == ("UKR", "UKRCVL")


def test_a_following_takes_the_country_of_the_person_it_follows(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "About 200 supporters of former President Ahmed Ben Bella blocked roads in Algiers."
    found = mentions(kb, parse, text)
    assert code(found, "supporters") == ("DZA", "DZAOPP")
    found = mentions(kb, parse, "Supporters of opposition leader Raila Odinga clashed with police.")
    assert code(found, "Supporters") == ("KEN", "KENOPP")


def test_peacekeepers_belong_to_their_organisation_or_their_state(kb, parse) -> None:  # type: ignore[no-untyped-def]
    assert code(mentions(kb, parse, "UN peacekeepers left Gorazde."), "peacekeepers") == (None, "IGOUNO")
    found = mentions(kb, parse, "Bangladeshi peacekeeping troops arrived in Freetown.")
    assert code(found, "troops") == ("BGD", "BGDMIL")


# --- pronouns -------------------------------------------------------------------------------------


def test_a_pronoun_prefers_the_person_of_its_own_sentence(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Iraqi Defence Minister Sultan Hashim Ahmed met the inspectors. "
            "Annan said that he would withdraw them.")
    he = next(m for m in mentions(kb, parse, text) if m.text == "he")
    assert he.actor is not None and he.actor.code == "IGOUNO"


def test_a_pronoun_can_refer_to_a_person_outside_the_knowledge_base(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Former Algerian President Ahmed Ben Bella said he would return."
    he = next(m for m in mentions(kb, parse, text) if m.text == "he")
    assert he.actor is not None and he.actor.country == "DZA"


def test_an_object_pronoun_is_not_the_subject_of_its_clause(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Israeli President Moshe Katsav refused to meet Jordan's King Abdullah II in Tel Aviv, "
            "saying he would only welcome him in Jerusalem.")
    found = mentions(kb, parse, text, date(2001, 1, 1))
    he = next(m for m in found if m.text == "he")
    him = next(m for m in found if m.text == "him")
    assert he.actor.country == "ISR" and him.actor.country == "JOR"  # type: ignore[union-attr]


def test_they_prefers_the_subject_of_its_sentence(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = mentions(kb, parse, "Two bombers killed 20 people when they blew themselves up in Tel Aviv.")
    they = next(m for m in found if m.text == "they")
    assert they.actor is not None and they.actor.sector == "REB"


def test_a_leader_surname_tagged_as_an_organisation_is_still_the_leader(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Biden said he would meet Xi. He added that the talks would be frank."
    found = mentions(kb, parse, text, date(2024, 5, 1))
    assert code(found, "Biden") == ("USA", "USAGOV")
    assert [m.actor.country for m in found if m.kind == "pronoun"] == ["USA", "USA"]  # type: ignore[union-attr]
