"""Joint and reciprocal acts, conjoined actors, planned travel and mediation through the whole pipeline.

Sentences written for these tests (none from the wire rows). Each case gives the CAMEO code prefix, the
two parties (a code prefix or ISO3 country) and whether the act must be symmetric: a joint act between
two parties is one symmetric event, either way round; a directed one goes from the first to the second.
"""

from __future__ import annotations

import pytest

from eventwire.extraction import extract_articles, load_resources
from eventwire.ingest import build_article
from eventwire.records import ActorRef, Event
from eventwire.settings import Settings

from .wire import describe

CASES: dict[str, tuple[str, str, str, str, bool]] = {
    # conjoined demonyms before one agent noun are two actors of a joint act
    "demonyms_consult": (
        "Greek and Turkish diplomats held consultations in Athens.", "04", "GRC", "TUR", True),
    "demonyms_meet_gov": ("Kenyan and Somali officials met on Tuesday.", "04", "KEN", "SOM", True),
    "from_phrase": (
        "Delegations from Serbia and Kosovo held negotiations in Brussels.", "04", "SRB", "XKX|KSV", True),
    # a city the parties travel to for talks is no party
    "return_for_talks": (
        "Greek and Turkish negotiators returned to Geneva for talks on Monday.", "04", "GRC", "TUR", True),
    # joint drills are military cooperation between the co-subjects, or with the `with` partner
    "joint_exercises": (
        "Indian and French navies launched joint exercises in the Arabian Sea.", "062", "IND", "FRA", True),
    "joint_drills_with": (
        "Egypt staged joint naval drills with Greece in the Mediterranean.", "062", "EGY", "GRC", True),
    "joint_patrols": (
        "Laos and Thailand began joint patrols along the Mekong river.", "062", "LAO", "THA", True),
    "joint_drills_of": (
        "The joint manoeuvres of Serbia and Hungary ended on Friday.", "062", "SRB", "HUN", True),
    # signing is 057 whatever the agreement is about
    "sign_defence_pact": (
        "Japan and the Philippines signed a defence agreement in Manila.", "057", "JPN", "PHL", True),
    "sign_trade_deal": ("Vietnam signed a trade pact with South Korea.", "057", "VNM", "KOR", True),
    # the go-between of an accord is no party to it
    "accord_sponsored": (
        "Ethiopia and Eritrea agreed to restore flights in an accord sponsored by the United Arab Emirates.",
        "03", "ETH", "ERI", True),
    "truce_mediated": (
        "Sudan and South Sudan agreed to a truce mediated by Kenya.", "03|08", "SDN", "SSD", True),
    "truce_mediator": (
        "Sudan and South Sudan agreed to a truce mediated by Kenya.", "045", "KEN", "SSD", False),
    # reciprocal acts: each side is the other's target
    "clash": ("Indian and Chinese soldiers clashed along their disputed frontier.", "19", "IND", "CHN", True),
    "traded_fire_with": (
        "Armenian forces traded fire with Azerbaijani troops overnight.", "19", "ARM", "AZE", True),
    "swap_prisoners": ("Sudan and South Sudan swapped prisoners on Monday.", "08", "SDN", "SSD", True),
    "trade_accusations": (
        "Pakistan and Afghanistan traded accusations after the border incident.", "112", "PAK", "AFG", True),
    "prisoner_exchange_noun": (
        "Sudan and South Sudan carried out a prisoner exchange on Friday.", "0841", "SDN", "SSD", True),
    "swap_with": ("Colombia held a prisoner swap with the ELN rebels.", "0841", "COL", "COL", True),
    "fighting_between": (
        "Fighting between Israeli troops and Hezbollah intensified on Sunday.", "19", "ISR", "LBN", True),
    "agree_to_swap": ("Moscow and Kyiv agreed to swap captured soldiers.", "03|08", "RUS", "UKR", True),
    # co-doers named beside the subject do the act too
    "along_with": ("Hungary, along with Slovakia, vetoed the sanctions package.", "12", "SVK", "*", False),
    "joined_in": ("Australia joined Japan in imposing sanctions on Russia.", "16", "JPN", "RUS", False),
    "together_with": (
        "Together with Norway, Cuba mediated between Colombia and ELN rebels.", "045", "NOR", "COL", False),
    # planned travel: the passive subject's plan
    "expected_to_visit": (
        "Brazil's president is expected to visit Beijing next month.", "036", "BRA", "CHN", False),
    "scheduled_to_travel": (
        "The Turkish foreign minister is scheduled to travel to Cairo.", "036", "TUR", "EGY", False),
    "due_to_visit": ("Kenya's president is due to visit Tokyo in March.", "036", "KEN", "JPN", False),
    "is_to_travel": ("The Indian prime minister is to travel to Tokyo.", "036", "IND", "JPN", False),
    # hosting, also when the parser reads the sentence as one noun phrase with "hosted" as a modifier
    "hosted_misparsed": (
        "Kenya's President William Ruto hosted Uganda's President Yoweri Museveni in Nairobi.",
        "043", "KEN", "UGA", False),
    "mediated_misparsed": (
        "Turkey mediated talks between Russia and Ukraine in Istanbul.", "045", "TUR", "UKR", False),
    # a progressive parsed as the copula's attribute
    "is_mediating": (
        "Oman is mediating between Iran and the United States.", "045", "OMN", "IRN", False),
}

ABSENT: dict[str, tuple[str, str, str, str]] = {
    # (text, code prefix, party, party): no event of that root between the two
    "place_not_partner": (
        "Greek and Turkish negotiators returned to Geneva for talks on Monday.", "04", "GRC", "CHE"),
    "broker_not_target": ("Sudan and South Sudan agreed to a truce mediated by Kenya.", "03", "SDN", "KEN"),
    "one_side_with_partner": (
        "Iraqi and American troops exchanged fire with Syrian militias.", "19", "IRQ", "USA"),
}


def load(texts: dict[str, str]) -> dict[str, list[Event]]:
    resources = load_resources(Settings())
    articles = [build_article(text, article_id=key, published=None) for key, text in texts.items()]
    return {x.article.id: list(x.events) for x in extract_articles(articles, resources)}


@pytest.fixture(scope="module")
def outputs() -> dict[str, list[Event]]:
    return load({k: v[0] for k, v in CASES.items()} | {f"absent:{k}": v[0] for k, v in ABSENT.items()})


def ok(actor: ActorRef | None, want: str) -> bool:
    if want == "*":
        return True
    return actor is not None and any((actor.code or "").startswith(w) or actor.country == w
                                     for w in want.split("|"))


def matches(e: Event, code: str, a: str, b: str) -> bool:
    forward = ok(e.source, a) and ok(e.target, b)
    backward = e.symmetric and ok(e.source, b) and ok(e.target, a)
    return any(e.cameo.startswith(c) for c in code.split("|")) and (forward or backward)


@pytest.mark.parametrize("key", sorted(CASES))
def test_joint_and_conjoined_acts(key: str, outputs: dict[str, list[Event]]) -> None:
    text, code, a, b, symmetric = CASES[key]
    events = outputs[key]
    assert any(matches(e, code, a, b) and (e.symmetric or not symmetric) for e in events), (
        f"{text}\n  expected {code} {a} {'<>' if symmetric else '>'} {b}\n  got: {describe(events)}")


@pytest.mark.parametrize("key", sorted(ABSENT))
def test_no_event_between_parties_that_are_not_partners(key: str, outputs: dict[str, list[Event]]) -> None:
    text, code, a, b = ABSENT[key]
    events = outputs[f"absent:{key}"]
    assert not any(matches(e, code, a, b) or matches(e, code, b, a) for e in events), (
        f"{text}\n  got: {describe(events)}")


def test_planned_travel_is_planned(outputs: dict[str, list[Event]]) -> None:
    for key in ("expected_to_visit", "scheduled_to_travel", "due_to_visit", "is_to_travel"):
        visit = next(e for e in outputs[key] if e.cameo == "036")
        assert visit.modality in {"future", "intended"}, key


def test_a_goal_after_a_common_noun_is_no_progressive(outputs: dict[str, list[Event]]) -> None:
    events = load({"goal": "The mission's aim is mediating between the clans."})["goal"]
    assert all(e.modality != "asserted" for e in events if e.cameo.startswith("045")), describe(events)


def test_a_clash_with_someone_stays_the_doer_s_act() -> None:
    """"clash" is reciprocal between co-subjects only (lexicon value `subjects`)."""
    events = load({"clash": "Palestinian protesters clashed with Israeli police in Hebron."})["clash"]
    assert events and not any(e.symmetric for e in events), describe(events)
