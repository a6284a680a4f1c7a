"""Statements that are no events: appeals to no one (code_roles.tsv `02 ... needed`), courtesies such as
"looked forward to ...", and acts only asked for."""

from __future__ import annotations

from .kit import code, one, pairs


def test_an_appeal_to_no_one_for_something_abstract_is_no_event(nlp) -> None:
    assert code(nlp, "Putin and Macron emphasized the need for a political resolution of all issues.") == []
    assert code(nlp, "Japan urged restraint.") == []


def test_an_appeal_naming_who_must_act_is_an_appeal_to_them(nlp) -> None:
    events = code(nlp, "Putin and Macron emphasized the need for Iran to return to talks.")
    assert {(e.cameo_root, e.source.code, e.target.code) for e in events} == {
        ("02", "RUSGOV", "IRN"), ("02", "FRAGOV", "IRN")}


def test_the_need_for_another_to_act_takes_the_family_code(nlp) -> None:
    event = one(code(nlp, "Macron stressed the need for Russia to withdraw its troops from Ukraine."))
    assert (event.cameo, event.target.code) == ("0256", "RUS")


def test_an_appeal_to_an_addressee_is_kept(nlp) -> None:
    assert pairs(code(nlp, "Germany urged Poland to show restraint.")) == {("0256", "DEU", "POL")}


def test_seeking_refuge_in_a_country_asks_that_country(nlp) -> None:
    event = one(code(nlp, "Thousands of Palestinian families sought refuge in Egypt."))
    assert (event.cameo, event.source.country, event.target.code) == ("020", "PSE", "EGY")


def test_looking_forward_to_a_thing_is_a_courtesy_not_a_comment_to_it(nlp) -> None:
    assert code(nlp, "Macron said he looked forward to Britain hosting the summit next year.") == []
    assert code(nlp, "Putin looked forward to Russia's presidency of the group.") == []


def test_looking_forward_to_an_act_is_an_intent(nlp) -> None:
    event = one(code(nlp, "Putin looked forward to working closely with Macron."))
    assert (event.cameo, event.source.code, event.target.code, event.modality) == (
        "030", "RUSGOV", "FRAGOV", "intended")


def test_an_act_only_asked_for_is_not_done(nlp) -> None:
    events = code(nlp, "Putin urged Macron to stop arming Ukraine.")
    assert [e.cameo_root for e in events] == ["02"]
