"""No false events from real readout prose: courtesies, aims, occasions, infinitives of nouns, acts
told ahead of their date, doers from another clause, faceless doers (`coding/coder.py`, `clauses.py`,
`events.py`). Each sentence is written for this file; the whole pipeline codes it."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.coding import load_coding_tables
from eventwire.coding.candidate import Candidate
from eventwire.coding.coder import personal_doer
from eventwire.coding.roles import Slot
from eventwire.extraction import extract_articles, load_resources
from eventwire.ingest import build_article
from eventwire.records import Event
from eventwire.settings import Settings

from .kit import parse, ref

DAY = date(2025, 7, 1)
TEXTS = {
    "courtesy": "Macron: Thank you very much, Mr President, it is a pleasure to talk again.",
    "thanks": "Macron thanked Putin for the call.",
    "initiative": "Erdogan stressed the value of Turkey's initiative to host a summit of the Black Sea "
                  "states.",
    "venue": "Putin spoke with Erdogan by phone. They looked forward to seeing each other at the summit in "
             "Kazan next month.",
    "ahead": "Erdogan visits Paris in March 2026. Erdogan visited Paris in March 2025.",
    "hoped": "Putin hoped to welcome Erdogan to Sochi.",
    "attempt": "Erdogan said he would keep working with partners to try and lift the blockade in the "
               "coming weeks.",
    "aim": "Macron said his priority was protecting peace and stability in Europe.",
    "for_to": "It is vital for Turkey to avoid impeding Russian exports.",
    "arms": "Ukrainian forces are using heavy artillery and attack drones.",
    "arms_against": "Russia used drones against Ukrainian cities.",
    "faceless": "During the war, the people of both nations fought bravely.",
    "appeal": "Egypt called on Israel to halt its raids on Gaza.",
    "foe": "Our shared task is to hit back hard against the terrorist aggression, Putin stressed.",
}


@pytest.fixture(scope="module")
def coded() -> dict[str, list[Event]]:
    articles = [build_article(t, article_id=k, published=DAY) for k, t in TEXTS.items()]
    return {x.article.id: list(x.events) for x in extract_articles(articles, load_resources(Settings()))}


def codes(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.cameo, e.modality) for e in events]


def test_thank_you_in_direct_address_is_a_courtesy(coded: dict[str, list[Event]]) -> None:
    assert coded["courtesy"] == []
    assert [e.cameo for e in coded["thanks"]] == ["051"]


def test_an_infinitive_completing_a_noun_is_not_done(coded: dict[str, list[Event]]) -> None:
    assert not [e for e in coded["initiative"] if e.cameo_root in {"04", "03"} and e.modality == "asserted"]


def test_the_occasion_of_an_intended_meeting_is_no_second_event(coded: dict[str, list[Event]]) -> None:
    later = [e for e in coded["venue"] if e.evidence.sentence_index == 1]
    assert [e.cameo for e in later] == ["036"], codes(later)


def test_an_act_dated_after_the_report_is_future(coded: dict[str, list[Event]]) -> None:
    assert [(e.date, e.modality) for e in coded["ahead"]] == [("2026-03", "future"), ("2025-03", "asserted")]


def test_a_mislemmatised_hope_is_still_a_wish(coded: dict[str, list[Event]]) -> None:
    assert coded["hoped"] and all(e.modality == "wished" for e in coded["hoped"]), codes(coded["hoped"])


def test_the_aim_of_a_possible_act_is_not_a_fact(coded: dict[str, list[Event]]) -> None:
    assert all(e.modality != "asserted" for e in coded["attempt"]), codes(coded["attempt"])
    # ending a blockade de-escalates against the other side, never the doer's own population
    assert all(e.target is None for e in coded["attempt"]), [e.target for e in coded["attempt"]]


def test_protecting_an_abstract_good_is_no_protection(coded: dict[str, list[Event]]) -> None:
    assert not [e for e in coded["aim"] if e.cameo_root == "07"]


def test_what_someone_should_do_is_wished(coded: dict[str, list[Event]]) -> None:
    assert coded["for_to"] and all(e.modality == "wished" for e in coded["for_to"])


def test_using_arms_is_no_event_using_them_against_someone_is(coded: dict[str, list[Event]]) -> None:
    assert coded["arms"] == [], codes(coded["arms"])
    assert [(e.cameo, e.source.code, e.target.code) for e in coded["arms_against"]] == [("190", "RUS", "UKR")]


def test_a_doer_without_country_acting_on_no_one_is_no_event(coded: dict[str, list[Event]]) -> None:
    assert coded["faceless"] == [], codes(coded["faceless"])


def test_force_against_terrorist_aggression_is_no_act_of_force(coded: dict[str, list[Event]]) -> None:
    assert not [e for e in coded["foe"] if e.cameo_root in {"18", "19", "20"}], codes(coded["foe"])


def test_an_appeal_goes_to_its_addressee_not_to_a_place_in_what_it_asks(coded: dict[str, list[Event]]
                                                                       ) -> None:
    assert {(e.source.code, e.target.code) for e in coded["appeal"]} == {("EGY", "ISR")}


def test_his_support_is_a_persons_not_a_states(nlp) -> None:  # type: ignore[no-untyped-def]
    sent = parse(nlp, "The Chancellor reiterated his support for Ukraine.").sentences[0]
    state = Slot(ref("Germany", "DEU"), (0, 3), 1, "subj")
    person = Slot(ref("The Chancellor", "DEU", "GOV", kind="person"), (0, 14), 1, "subj")
    load_coding_tables()
    assert not personal_doer(sent, Candidate(sent=sent, trigger=2, code="051", rule="r", sources=[state]))
    assert personal_doer(sent, Candidate(sent=sent, trigger=2, code="051", rule="r", sources=[person]))
    its = parse(nlp, "Germany reiterated its support for Ukraine.").sentences[0]
    assert personal_doer(its, Candidate(sent=its, trigger=1, code="051", rule="r", sources=[state]))


def test_a_joint_act_with_an_outsider_was_not_done_in_an_earlier_contact() -> None:
    text = ("The Prime Minister spoke to President Emmanuel Macron of France earlier today. "
            "The Prime Minister updated him on his visit to Kyiv last month. "
            "The leaders shared concerns about the fallout from the invasion of Ukraine for food prices.")
    article = build_article(text, article_id="p", published=date(2022, 5, 6), source="gov.uk")
    events = next(iter(extract_articles([article], load_resources(Settings())))).events
    shared = [e for e in events if e.cameo == "018"]
    assert shared and {e.date for e in shared} == {"2022-05-06"}, [(e.source, e.date) for e in shared]
