"""Claims against facts: hand-built events over real parses of sentences written for the tests."""

from __future__ import annotations

from dataclasses import replace

from eventwire.attribution import attribute, own_account, same_side
from eventwire.attribution.speakers import Speaker
from eventwire.records import Event, Evidence

from .kit import (
    KIEV,
    KREMLIN,
    MACRON,
    MAY,
    OFFICIALS,
    PUTIN,
    RUSSIA,
    SPOKESPERSON,
    UK,
    UKRAINE,
    WEST,
    event,
    mention,
    parse,
    ref,
)


def test_event_inside_a_third_party_s_words_is_claimed(nlp) -> None:
    parsed = parse(
        nlp, "Putin noted that it is Western countries that are prolonging the hostilities by arming Kiev."
    )
    mentions = [mention(parsed, "Putin", PUTIN), mention(parsed, "Western countries", WEST)]
    aid = event(parsed, "arming", "072", WEST, KIEV)
    accusation = event(parsed, "noted", "112", PUTIN, WEST, quad=3)
    events, quotes = attribute(parsed, mentions, [aid, accusation])
    assert events[0].claimed_by == PUTIN
    assert events[0].extra["quote_id"] == quotes[0].quote_id
    assert events[1].claimed_by is None  # the speech act itself is the reported fact
    assert aid.claimed_by is None and aid.extra == {}  # inputs untouched


def test_own_government_reporting_is_no_claim_but_goes_to_reported_via(nlp) -> None:
    parsed = parse(nlp, "The Kremlin said that Putin and Macron discussed the conflict.", source="TASS")
    mentions = [mention(parsed, "Kremlin", KREMLIN, kind="metonym")]
    call = event(parsed, "discussed", "040", PUTIN, MACRON, symmetric=True)
    (marked,), _ = attribute(parsed, mentions, [call])
    assert marked.claimed_by is None
    assert marked.extra["reported_via"] == ["TASS", "the Kremlin"]


def test_a_participant_s_readout_of_cooperation_is_no_claim(nlp) -> None:
    text = (
        "Call\n\nA Downing Street spokesperson said:\n\nThe Prime Minister spoke to President Putin. "
        "The Russian President congratulated her on her appointment."
    )
    parsed = parse(nlp, text)
    mentions = [mention(parsed, "Downing Street spokesperson", SPOKESPERSON, kind="agent")]
    spoke = event(parsed, "spoke", "040", MAY, PUTIN)
    congratulated = event(parsed, "congratulated", "057", PUTIN, MAY)
    events, _ = attribute(parsed, mentions, [spoke, congratulated])
    assert [e.claimed_by for e in events] == [None, None]
    assert events[1].extra["reported_via"] == ["a Downing Street spokesperson"]


def test_the_target_telling_of_a_hostile_act_claims_it(nlp) -> None:
    parsed = parse(
        nlp, "A Downing Street spokesperson said Russia was responsible for the attack in Salisbury."
    )
    mentions = [mention(parsed, "Downing Street spokesperson", SPOKESPERSON, kind="agent")]
    attack = event(parsed, "attack", "180", RUSSIA, UK, quad=4)
    (marked,), _ = attribute(parsed, mentions, [attack])
    assert marked.claimed_by == SPOKESPERSON


def test_a_speech_act_carried_by_another_side_becomes_a_claim(nlp) -> None:
    parsed = parse(nlp, "The UK said that Putin told Macron that the West ignited the conflict.")
    mentions = [mention(parsed, "UK", UK), mention(parsed, "Putin", PUTIN)]
    accusation = event(parsed, "told", "112", PUTIN, WEST, quad=3)
    (marked,), _ = attribute(parsed, mentions, [accusation])
    assert marked.claimed_by == UK
    same_side_carrier = parse(
        nlp, "The Kremlin said that Putin told Macron that the West ignited the conflict."
    )
    kremlin = [mention(same_side_carrier, "Kremlin", KREMLIN, kind="metonym")]
    (fact,), _ = attribute(
        same_side_carrier, kremlin, [event(same_side_carrier, "told", "112", PUTIN, WEST, quad=3)]
    )
    assert fact.claimed_by is None


def test_according_to_a_source_is_a_claim_but_the_outlet_itself_is_not(nlp) -> None:
    parsed = parse(
        nlp, "Russian troops shelled the town overnight, according to Ukrainian officials.", source="TASS"
    )
    mentions = [mention(parsed, "Ukrainian officials", OFFICIALS, kind="agent")]
    shelling = event(parsed, "shelled", "194", RUSSIA, UKRAINE, quad=4)
    (marked,), _ = attribute(parsed, mentions, [shelling])
    assert marked.claimed_by == OFFICIALS
    own = parse(nlp, "Russian troops shelled the town overnight, according to TASS estimates.", source="TASS")
    (fact,), quotes = attribute(own, [], [event(own, "shelled", "194", RUSSIA, UKRAINE, quad=4)])
    assert fact.claimed_by is None and quotes[0].speaker.text == "TASS" and quotes[0].reported_via == ()


def test_a_denial_keeps_the_inner_event_claimed_even_on_its_own_side(nlp) -> None:
    parsed = parse(nlp, "Russia denied that its forces attacked the convoy.")
    mentions = [mention(parsed, "Russia", RUSSIA)]
    attack = event(parsed, "attacked", "190", RUSSIA, UKRAINE, quad=4)
    (marked,), quotes = attribute(parsed, mentions, [attack])
    assert marked.claimed_by == RUSSIA and quotes[0].cue == "denied"


def test_events_outside_any_speech_stay_facts_with_the_outlet_as_via(nlp) -> None:
    parsed = parse(nlp, "Russian forces attacked the convoy on Monday.", source="Reuters")
    attack = event(parsed, "attacked", "190", RUSSIA, UKRAINE, quad=4)
    (marked,), quotes = attribute(parsed, [], [attack])
    assert quotes == [] and marked.claimed_by is None
    assert marked.extra == {"reported_via": ["Reuters"]}


def test_cooperation_by_an_unknown_source_is_not_disputed(nlp) -> None:
    parsed = parse(nlp, "The Kremlin said they looked forward to meeting in person.")
    mentions = [mention(parsed, "Kremlin", KREMLIN, kind="metonym")]
    plan = event(parsed, "looked", "036", ref("they", None, None, None, None, "group"), None)
    (marked,), _ = attribute(parsed, mentions, [plan])
    assert marked.claimed_by is None
    hostile = replace(plan, quad_class=4, cameo="190")
    (claimed,), _ = attribute(parsed, mentions, [hostile])
    assert claimed.claimed_by == KREMLIN


def test_same_side_rules() -> None:
    assert same_side(KREMLIN, PUTIN)  # RUSGOV both
    assert same_side(RUSSIA, PUTIN)  # the country and its government
    assert not same_side(PUTIN, WEST)
    assert not same_side(PUTIN, None)
    opposition = ref("Navalny", "Alexei Navalny", "RUS", "OPP", "RUSOPP", "person")
    assert not same_side(opposition, KREMLIN)
    joint = Speaker(ref=ref("Both presidents", None, None, None, None, "group"), members=(PUTIN, MACRON))
    assert own_account(joint, replace(WEST_CALL, source=PUTIN, target=MACRON))
    assert not own_account(joint, WEST_CALL)


WEST_CALL = Event(
    "a", "e", None, None, False, WEST, KIEV, "070", "07", None, None, 2, 7.0, False, None, False,
    Evidence("", 0, {}), "test",
)  # fmt: skip
