"""Announced acts: looking forward to, committing to, being open to, resolving to make efforts to."""

from __future__ import annotations

from .kit import code, one, pairs


def test_looking_forward_to_seeing_each_other_is_an_intent_to_meet(nlp) -> None:
    event = one(code(nlp, "Putin and Macron looked forward to seeing each other in Moscow."))
    assert (event.cameo, event.modality, event.symmetric) == ("036", "intended", True)
    again = one(code(nlp, "Putin and Erdogan looked forward to speaking again soon."))
    assert again.cameo == "036" and again.symmetric


def test_the_act_looked_forward_to_keeps_its_own_target(nlp) -> None:
    event = one(code(nlp, "Putin looked forward to welcoming Macron to Russia next week."))
    assert (event.cameo, event.source.code, event.target.code) == ("036", "RUSGOV", "FRAGOV")


def test_looking_forward_to_an_event_noun(nlp) -> None:
    event = one(code(nlp, "Putin looked forward to the visit of Macron to Russia."))
    assert event.cameo == "036" and event.modality == "intended"


def test_committing_to_a_relation_is_an_intent_to_cooperate(nlp) -> None:
    for text in ("Putin and Macron committed to building on their partnership.",
                 "Putin and Macron committed to reinvigorate their relationship, working together on trade."):
        event = one(code(nlp, text))
        assert event.cameo.startswith("03") and event.symmetric, text


def test_being_open_to_negotiations(nlp) -> None:
    event = one(code(nlp, "Officials said Russia is open to negotiations with Ukraine."))
    assert (event.cameo, event.source.code, event.target.code) == ("036", "RUS", "UKR")


def test_resolving_to_make_efforts_to_give_aid(nlp) -> None:
    event = one(code(nlp, "Putin resolved to redouble efforts to provide humanitarian aid to Syria."))
    assert (event.cameo, event.target.code, event.modality) == ("0333", "SYR", "intended")


def test_an_intent_to_do_something_uncoded_is_a_generic_intent(nlp) -> None:
    assert one(code(nlp, "Putin resolved to do something about it.")).cameo == "030"


def test_everything_agreed_to_is_one_intent(nlp) -> None:
    text = "Putin and Macron agreed to stay in close contact and to coordinate their approaches."
    event = one(code(nlp, text))
    assert event.cameo == "030" and event.symmetric


def test_force_against_an_abstract_foe_is_no_force(nlp) -> None:
    assert code(nlp, "Russia will fight terrorism.") == []
    events = code(nlp, "Russia and France agreed to work together to defeat the disease.")
    assert events and not any(e.cameo[:2] in {"13", "18", "19", "20"} for e in events)


def test_a_goal_is_wished_not_done(nlp) -> None:
    assert one(code(nlp, "Our duty is to strike Israel, Putin said.")).modality == "wished"


def test_avoiding_an_act_negates_it(nlp) -> None:
    assert one(code(nlp, "It is important for Russia to avoid impeding French exports.")).negated


def test_an_infinitive_of_need_is_not_done(nlp) -> None:
    text = "Putin stressed the need for Ukraine to reduce tensions and engage in diplomacy with Russia."
    assert {(e.cameo_root, e.target.code) for e in code(nlp, text)} == {("02", "UKR")}


def test_a_participle_of_consequence_is_no_cooperation(nlp) -> None:
    assert pairs(code(nlp, "Putin and Macron discussed cooperation, boosting trade.")) == {
        ("040", "RUSGOV", "FRAGOV")}
