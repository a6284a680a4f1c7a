"""Official readouts and other multi-sentence texts: the publisher's own office, pronouns bound by the
syntax, contacts and their parties, conjoined titles, victims' countries (sentences written here)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors import KnowledgeBase, find_mentions
from eventwire.records import Article, Mention, Paragraph

PMO = "UK Prime Minister's Office"


def read(kb: KnowledgeBase, nlp, text: str, day: date, source: str | None = None) -> list[Mention]:  # type: ignore[no-untyped-def]
    from eventwire.nlp import parse_articles

    article = Article(id="t", text=text, sha256="0", date=day, source=source,
                      paragraphs=(Paragraph(0, len(text)),))
    return find_mentions(next(parse_articles(nlp, [article])), kb)


def nth(found: list[Mention], text: str, n: int = 0) -> Mention:
    return [m for m in found if m.text == text][n]


def code(mention: Mention) -> str | None:
    return mention.actor.code if mention.actor else None


def members(mention: Mention) -> list[str | None]:
    return [r.code for r in mention.members]


# --- the publisher's own office -------------------------------------------------------------------


def test_an_unqualified_prime_minister_is_the_publishers_own(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("PM call with Prime Minister Albanese of Australia. The Prime Minister spoke to Prime Minister "
            "Anthony Albanese this morning. The Prime Minister welcomed the new defence pact.")
    found = read(kb, nlp, text, date(2023, 3, 14), PMO)
    pms = [m for m in found if m.text == "Prime Minister"]
    assert len(pms) == 2 and all(code(m) == "GBRGOV" and m.actor.name == "Rishi Sunak" for m in pms)  # type: ignore[union-attr]
    assert code(nth(found, "Prime Minister Anthony Albanese")) == "AUSGOV"


def test_a_role_qualified_by_a_country_is_the_other_leader(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Prime Minister met the Australian Prime Minister in London on Tuesday."
    found = read(kb, nlp, text, date(2023, 3, 14), PMO)
    assert code(nth(found, "Prime Minister")) == "GBRGOV"
    assert code(nth(found, "Australian Prime Minister")) == "AUSGOV"


def test_another_office_than_the_publishers_is_found_as_before(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Vladimir Putin had a telephone conversation with Prime Minister of Canada Justin Trudeau. "
            "The Prime Minister expressed his condolences.")
    found = read(kb, nlp, text, date(2019, 5, 2), "Kremlin")
    assert code(nth(found, "Prime Minister")) == "CANGOV"  # the Kremlin's own office is the President


def test_an_addressed_title_is_not_the_publishers_own(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Justin Trudeau met Vladimir Putin. Justin Trudeau: Thank you, Mr Prime Minister."
    found = read(kb, nlp, text, date(2019, 5, 2), PMO)
    assert code(nth(found, "Prime Minister")) != "GBRGOV"


# --- pronouns -------------------------------------------------------------------------------------


def test_a_subject_pronoun_is_not_its_verbs_object(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prime Minister Anthony Albanese spoke to the Prime Minister. He congratulated Anthony Albanese."
    found = read(kb, nlp, text, date(2023, 3, 14), PMO)
    assert code(nth(found, "He")) == "GBRGOV"


def test_an_infinitive_of_purpose_takes_the_subject_of_its_verb(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Prime Minister called President Emmanuel Macron to congratulate him on his re-election."
    found = read(kb, nlp, text, date(2022, 4, 25), PMO)
    assert code(nth(found, "him")) == "FRAGOV" and code(nth(found, "his")) == "FRAGOV"


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Olaf Scholz thanked Emmanuel Macron for his support.", "his", "FRAGOV"),
    ("Olaf Scholz praised Emmanuel Macron for everything he did in Brussels.", "he", "FRAGOV"),
    ("Olaf Scholz told Emmanuel Macron about his talks in Beijing.", "his", "DEUGOV"),
    ("Olaf Scholz criticised Emmanuel Macron for his remarks on Taiwan.", "his", "FRAGOV"),
    ("Olaf Scholz condemned Vladimir Putin and his generals.", "his", "RUSGOV"),
])
def test_pronouns_bound_by_the_syntax(kb, nlp, text, word, expected) -> None:  # type: ignore[no-untyped-def]
    assert code(nth(read(kb, nlp, text, date(2023, 1, 10)), word)) == expected


def test_a_possessive_in_a_relative_clause_is_the_relativised_noun(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Olaf Scholz and Emmanuel Macron honoured all those who gave their lives."
    their = nth(read(kb, nlp, text, date(2023, 1, 10)), "their")
    assert their.actor is None and not their.members and "those" in (their.reason or "")


def test_the_following_of_a_pronoun_owner(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Chancellor announced sanctions on Vladimir Putin and his supporters."
    supporters = nth(read(kb, nlp, text, date(2023, 1, 10)), "supporters")
    assert code(supporters) == "RUSCVL"


# --- contacts and their parties -------------------------------------------------------------------


def test_they_after_a_contact_are_its_parties(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Chancellor Olaf Scholz telephoned President Emmanuel Macron on Monday. The call covered energy "
            "prices for German and French households. They agreed to meet in Berlin.")
    found = read(kb, nlp, text, date(2023, 1, 10))
    assert members(nth(found, "They")) == ["DEUGOV", "FRAGOV"]


def test_they_prefers_the_plural_subject_of_the_sentence_before(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Olaf Scholz met Emmanuel Macron in Paris. Two gunmen attacked a police station in Lyon. "
            "They fled in a stolen car.")
    they = nth(read(kb, nlp, text, date(2023, 1, 10)), "They")
    assert they.actor is not None and they.actor.country == "FRA" and they.actor.sector == "REB"


def test_a_subordinate_they_with_no_plural_in_its_sentence_is_left_open(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Chancellor Olaf Scholz telephoned President Emmanuel Macron on Monday. Scholz said ties were "
            "stronger than where they had been a year ago.")
    they = nth(read(kb, nlp, text, date(2023, 1, 10)), "they")
    assert they.actor is None and not they.members and they.reason


def test_a_multi_party_call_has_every_party(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Prime Minister spoke to President Emmanuel Macron, Chancellor Olaf Scholz and "
            "Prime Minister Giorgia Meloni. Chancellor Scholz updated the other leaders on his visit to "
            "Beijing. The leaders agreed to meet again in Rome.")
    found = read(kb, nlp, text, date(2023, 1, 10), PMO)
    assert members(nth(found, "the other leaders")) == ["GBRGOV", "FRAGOV", "ITAGOV"]
    assert members(nth(found, "The leaders")) == ["GBRGOV", "FRAGOV", "DEUGOV", "ITAGOV"]


def test_a_contact_with_unnamed_parties_gives_the_named_ones(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chancellor Olaf Scholz briefed leaders on his visit to Beijing. The leaders welcomed the report."
    leaders = nth(read(kb, nlp, text, date(2023, 1, 10)), "The leaders")
    assert members(leaders) == ["DEUGOV"] and leaders.reason


def test_leaders_with_their_own_of_phrase_are_not_the_parties(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Olaf Scholz met Emmanuel Macron. Olaf Scholz told him of his talks with the leaders of several "
            "Asian states.")
    found = read(kb, nlp, text, date(2023, 1, 10))
    assert not any(m.text == "the leaders" for m in found)


# --- names and titles -----------------------------------------------------------------------------


def test_a_possessive_name_with_a_middle_initial_is_the_person(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    found = read(kb, nlp, "Readout of President Joseph R. Biden's meeting with Chancellor Scholz of Germany",
                 date(2022, 2, 7), "White House")
    biden = next(m for m in found if "Biden" in m.text)
    assert biden.text == "President Joseph R. Biden" and code(biden) == "USAGOV"


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The Prime Minister and President Macron agreed on a plan.", "Prime Minister", "President Macron"),
    ("The Prime Minister and Prime Minister Albanese agreed on a plan.", "Prime Minister",
     "Prime Minister Albanese"),
])
def test_conjoined_titles_are_two_people(kb, nlp, text, first, second) -> None:  # type: ignore[no-untyped-def]
    found = read(kb, nlp, text, date(2023, 3, 14), PMO)
    assert code(nth(found, first)) == "GBRGOV"
    assert code(nth(found, second)) in ("FRAGOV", "AUSGOV")


def test_a_date_is_no_group_of_the_same_name(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    found = read(kb, nlp, "The statement was posted 21 June 2019.", date(2019, 6, 21))
    assert not any(m.actor is not None and m.actor.sector == "REB" for m in found)


# --- where people are -----------------------------------------------------------------------------


def test_victims_are_never_the_attackers(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Prime Minister reaffirmed support for Ukraine. He said a Russian drone strike had killed "
            "dozens of civilians overnight.")
    civilians = nth(read(kb, nlp, text, date(2024, 3, 1), PMO), "civilians")
    assert code(civilians) == "UKRCVL"


def test_bare_people_take_the_place_of_the_sentences_before(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A bomb exploded in a crowded market in Peshawar. Police said twelve civilians died."
    found = read(kb, nlp, text, date(2015, 1, 1), "Reuters")
    assert code(nth(found, "civilians")) == "PAKCVL" and code(nth(found, "Police")) == "PAKCOP"


@pytest.mark.parametrize("text", [
    "The United States sent vaccines to people in need around the world.",
    "The people of our two nations fought side by side.",
])
def test_people_of_many_countries_get_none(kb, nlp, text) -> None:  # type: ignore[no-untyped-def]
    people = nth(read(kb, nlp, text, date(2021, 1, 1), "US State Department"), "people")
    assert people.actor is not None and people.actor.country is None and people.reason


def test_a_hyphenated_country_says_nothing_of_where_people_are(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kazakhstan's treatment of Russian-speaking people was raised."
    people = nth(read(kb, nlp, text, date(2021, 1, 1), "Kremlin"), "people")
    assert code(people) == "KAZCVL"


def test_our_is_the_publishers_country(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Our ambassador in Beijing delivered a protest."
    found = read(kb, nlp, text, date(2021, 1, 1), "US State Department")
    assert code(next(m for m in found if "ambassador" in m.text)) == "USAGOV"


def test_a_region_the_parser_takes_for_an_organisation_is_a_place(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    found = read(kb, nlp, "Moscow demanded recognition of its claim to Crimea.", date(2022, 1, 1))
    crimea = nth(found, "Crimea")
    assert (crimea.kind, code(crimea)) == ("place", "UKR")


def test_a_capital_naming_a_document_is_no_government(kb, nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kiev accused Moscow of breaking the Minsk agreements and the Minsk Package of Measures."
    found = read(kb, nlp, text, date(2021, 1, 1))
    assert code(nth(found, "Kiev")) == "UKRGOV" and code(nth(found, "Moscow")) == "RUSGOV"
    assert all(m.actor is None for m in found if m.text == "Minsk")
