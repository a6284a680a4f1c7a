"""A state acting on one of its own people: a named official the knowledge base lacks (a mayor, an
opposition figure) is a different actor from the police or the authorities that detain them, even where
both are coded with the same country and sector; a state acting on itself stays a self-loop."""

from __future__ import annotations

import eventwire
from eventwire.coding.roles import Slot, same_actor
from eventwire.records import ActorRef

from .kit import code, pairs


def _person(text: str) -> ActorRef:
    return ActorRef(text=text, name="Turkey", country="TUR", sector="GOV", code="TURGOV", kb_id=None,
                    type="person")


def _body(text: str) -> ActorRef:
    return ActorRef(text=text, name="Turkey", country="TUR", sector="GOV", code="TURGOV", kb_id=None,
                    type="agent")


def test_the_police_detaining_a_mayor_is_an_arrest() -> None:
    text = "Police in Ankara took the mayor of Izmir Cemil Tugay into custody on Thursday."
    events = eventwire.extract(text, date="2025-07-03").events
    assert ("173", "TURCOP", "TURGOV") in pairs(list(events))


def test_authorities_arresting_a_named_mayor_keep_the_mayor_as_target() -> None:
    text = "Turkish authorities arrested Izmir Mayor Cemil Tugay on Thursday."
    events = eventwire.extract(text, date="2025-07-03")
    assert ("173", "TURGOV", "TURGOV") in pairs(list(events.events))


def test_a_named_person_is_not_the_body_of_their_state() -> None:
    mayor, authorities = _person("Mayor Cemil Tugay"), _body("Turkish authorities")
    assert not same_actor(mayor, authorities) and not same_actor(authorities, mayor)
    assert not same_actor(mayor, _person("Governor Ali Yerlikaya"))
    assert Slot(mayor, (0, 1), 0, "obj").key != Slot(authorities, (0, 1), 0, "subj").key


def test_one_person_or_one_body_is_still_the_same_actor() -> None:
    assert same_actor(_person("Mayor Cemil Tugay"), _person("mayor cemil tugay"))
    assert same_actor(_body("Turkish authorities"), _body("the Turkish government"))


def test_a_state_acting_on_itself_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not code(nlp, "Turkey praised Turkey on Monday.")
