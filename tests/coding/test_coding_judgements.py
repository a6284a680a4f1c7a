"""Targets of judgements, claims and speech acts, and statements without a target (roots 01, 10-13, 16).

A judgement of an act aims at its doer, wherever the act is named (object, `over`/`about`/`at` phrase,
a reaction's subject); what was said or proposed has its author in `of`/`from`; a speech act with an
object tells it to that object; stance adjectives, "had no comment" and "is considering ..." are events
of their own.
"""

from __future__ import annotations

from eventwire.coding.clauses import preps_of
from eventwire.records import Sentence, Token

from .kit import code, one, pairs


def test_an_act_protested_over_aims_at_its_author(nlp) -> None:
    event = one(code(nlp, "Japan filed a formal protest over the comments of China."), "11")
    assert (event.source.code, event.target.code) == ("JPN", "CHN")


def test_what_was_proposed_has_its_author_in_of(nlp) -> None:
    event = one(code(nlp, "Syria dismissed the proposals of Turkey."), "12")
    assert (event.source.code, event.target.code) == ("SYR", "TUR")


def test_exercises_judged_aim_at_each_doer(nlp) -> None:
    events = code(nlp, "China condemned the military exercises by Japan and the US.")
    assert {(e.cameo_root, e.target.code) for e in events} == {("11", "JPN"), ("11", "USA")}


def test_a_warning_is_aimed_at_its_object(nlp) -> None:
    event = one(code(nlp, "Egypt warned Israel that the crossing would stay closed."), "13")
    assert (event.source.code, event.target.code) == ("EGY", "ISR")


def test_a_warning_aims_at_the_doer_of_the_act_it_answers(nlp) -> None:
    text = "Syria warned that it would respond forcefully to any incursion by Turkey."
    event = one(code(nlp, text), "13")
    assert (event.source.code, event.target.code) == ("SYR", "TUR")


def test_a_conditional_response_is_a_threat_to_whoever_must_meet_the_condition(nlp) -> None:
    event = one(code(nlp, "If Iran strikes Israel, the US will respond, Blinken said."), "13")
    assert (event.cameo, event.source.code, event.target.code) == ("130", "USA", "IRN")


def test_a_response_to_a_request_is_no_threat(nlp) -> None:
    events = code(nlp, "Germany will respond to the request by Poland.")
    assert [e for e in events if e.cameo_root == "13"] == []


def test_a_stance_adjective_is_a_comment_without_a_target(nlp) -> None:
    event = one(code(nlp, "Macron said he was hopeful about the outcome of the vote."), "01")
    assert (event.cameo, event.source.code, event.target) == ("013", "FRAGOV", None)
    gloomy = one(code(nlp, "Poland remains pessimistic about the negotiations."), "01")
    assert (gloomy.cameo, gloomy.source.code) == ("012", "POL")


def test_having_no_comment_declines_comment(nlp) -> None:
    event = one(code(nlp, "Italy had no comment on the ruling."))
    assert (event.cameo, event.source.code, event.target) == ("011", "ITA", None)


def test_considering_an_act_is_a_policy_option_aimed_where_the_act_is(nlp) -> None:
    event = one(code(nlp, "France is considering sending troops to Ukraine."))
    assert (event.cameo, event.source.code, event.target.code) == ("014", "FRA", "UKR")


def test_recognising_a_state_is_diplomatic_recognition(nlp) -> None:
    event = one(code(nlp, "Albania recognised Serbia in 1992."))
    assert (event.cameo, event.target.code) == ("054", "SRB")
    assert one(code(nlp, "Albania recognised the efforts of Serbia.")).cameo == "051"


def test_ordering_an_envoy_out_expels_a_diplomat(nlp) -> None:
    assert pairs(code(nlp, "Turkey ordered the Israeli ambassador to leave.")) == {("161", "TUR", "ISR")}


def test_withdrawing_an_envoy_reduces_relations(nlp) -> None:
    event = one(code(nlp, "Italy withdrew its envoy from Egypt."))
    assert (event.cameo, event.source.code, event.target.code) == ("161", "ITA", "EGY")


def test_a_wreath_is_a_symbolic_act(nlp) -> None:
    event = one(code(nlp, "Erdogan placed a wreath at the tomb of the unknown soldier."))
    assert (event.cameo, event.source.code, event.target) == ("017", "TURGOV", None)


def test_voicing_agreement_is_accord_between_the_speakers(nlp) -> None:
    event = one(code(nlp, "Georgia and Turkey voiced agreement on the route of the pipeline."))
    assert (event.cameo, event.symmetric) == ("019", True)
    assert {event.source.code, event.target.code} == {"GEO", "TUR"}


def test_a_reaction_comes_from_its_from_phrase_and_aims_at_the_act_judged(nlp) -> None:
    event = one(code(nlp, "Russia's decision drew condemnation from Poland."), "11")
    assert (event.source.code, event.target.code) == ("POL", "RUS")


def test_a_visits_destination_hung_on_its_agent(nlp) -> None:
    events = code(nlp, "The visit by Erdogan to Egypt earned praise from Israel.")
    assert ("042", "TURGOV", "EGY") in pairs(events) and ("051", "ISR", "TURGOV") in pairs(events)


def test_its_in_a_claim_of_a_hostile_act_is_the_speakers(nlp) -> None:
    event = one(code(nlp, "Turkey said Syria had shelled its border post."), "19")
    assert (event.source.code, event.target.code) == ("SYR", "TUR")


def test_naming_an_act_an_offence_criticizes_its_doer(nlp) -> None:
    event = one(code(nlp, "Egypt called the Israeli raid a flagrant violation of international law."))
    assert (event.cameo, event.source.code, event.target.code) == ("111", "EGY", "ISR")
    described = one(code(nlp, "Iran described the sanctions by the US as economic blackmail."))
    assert (described.cameo, described.target.code) == ("111", "USA")


def test_naming_something_no_offence_is_no_criticism(nlp) -> None:
    assert [e for e in code(nlp, "Japan called the agreement with China a step toward peace.")
            if e.cameo_root == "11"] == []


def test_the_subject_of_a_participle_clause_after_a_verb_is_its_object(nlp) -> None:
    events = code(nlp, "Georgia said it had detained a Russian agent plotting to bomb a bridge.")
    assert ("173", "GEO", "RUS") in pairs(events)


def test_praising_a_decision_endorses_its_maker(nlp) -> None:
    event = one(code(nlp, "Japan commended the decision of Egypt to reopen the crossing."), "05")
    assert (event.cameo, event.source.code, event.target.code) == ("051", "JPN", "EGY")


def test_force_others_say_is_possible_is_speculation(nlp) -> None:
    assert code(nlp, "Syria might strike Turkey soon, Egypt believes.") == []


def test_force_a_side_says_it_could_use_is_kept(nlp) -> None:
    events = code(nlp, "Syria said it could strike Turkey.")
    assert [(e.cameo_root, e.source.code, e.target.code) for e in events] == [("19", "SYR", "TUR")]


def test_a_free_relative_stands_for_the_thing_it_names(nlp) -> None:
    said = one(code(nlp, "Israel carried out raids on what it said were weapons depots in Syria."), "19")
    assert (said.source.code, said.target.code) == ("ISR", "SYR")
    called = one(code(nlp, "Turkey launched strikes on what it called terrorist camps in Syria."), "19")
    assert (called.source.code, called.target.code) == ("TUR", "SYR")


def test_calling_on_a_leader_to_step_down_appeals_for_a_change_of_leadership(nlp) -> None:
    event = one(code(nlp, "Students in Serbia called on Prime Minister Putin to step down."))
    assert (event.cameo[:3], event.target.code) == ("024", "RUSGOV")


def _sentence(rows: list[tuple[str, str, str, int]]) -> Sentence:
    """A sentence from (text, pos, dep, head) rows, as a parser that went astray might give it."""
    tokens, offset = [], 0
    for i, (text, pos, dep, head) in enumerate(rows):
        tokens.append(Token(i, text, text.lower(), pos, pos, dep, head, offset, offset + len(text)))
        offset += len(text) + 1
    children = tuple(tuple(j for j, t in enumerate(tokens) if t.head == i and j != i)
                     for i in range(len(rows)))
    return Sentence(0, 0, offset, " ".join(r[0] for r in rows), tuple(tokens), children)


def test_a_preposition_whose_object_was_parsed_as_the_infinitives_subject() -> None:
    sent = _sentence([("Unions", "NOUN", "nsubj", 1), ("urged", "VERB", "ROOT", 1), ("on", "ADP", "prep", 1),
                      ("Tusk", "PROPN", "nsubj", 5), ("to", "PART", "aux", 5), ("quit", "VERB", "xcomp", 1)])
    assert preps_of(sent, 1) == [("on", 3)]


def test_what_is_let_into_a_place_is_aimed_at_it(nlp) -> None:
    event = one(code(nlp, "Turkey agreed to allow humanitarian deliveries into Syria."))
    assert (event.cameo[:2], event.source.code, event.target.code) == ("03", "TUR", "SYR")
