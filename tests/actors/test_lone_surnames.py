"""Lone surnames of office holders ("Lavrov accused ...", "Stoltenberg told ..."), on sentences written for
these tests: resolved when one person of that name holds a role on the day, whatever the small model's tag;
left with a reason when the date or a namesake leaves it open; ordinary words stay words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from eventwire.actors import KnowledgeBase, find_mentions
from eventwire.records import EntitySpan, Mention, ParsedArticle


def mentions(kb: KnowledgeBase, parse, text: str, day: date) -> list[Mention]:  # type: ignore[no-untyped-def]
    return find_mentions(parse(text, day), kb)


def first_word(found: list[Mention], word: str) -> Mention | None:
    return next((m for m in found if m.text == word), None)


def tagged(parsed: ParsedArticle, label: str, pos: str) -> ParsedArticle:
    """The article with its first token re-tagged as the small model sometimes tags surnames."""
    sent = parsed.sentences[0]
    first = replace(sent.tokens[0], ent_type=label, pos=pos, ent_iob="B")
    ents = (*(e for e in sent.entities if e.start > 0), EntitySpan(0, 1, label))
    sent = replace(sent, tokens=(first, *sent.tokens[1:]), entities=ents)
    return replace(parsed, sentences=(sent, *parsed.sentences[1:]))


def test_surname_tagged_as_organisation_resolves_to_the_minister(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Lavrov accused Washington of stoking the conflict."
    parsed = parse(text, date(2023, 6, 1))
    assert parsed.sentences[0].tokens[0].ent_type == "ORG"  # the small model's reading
    found = first_word(find_mentions(parsed, kb), "Lavrov")
    assert found is not None and found.actor is not None
    assert (found.actor.code, found.actor.name) == ("RUSGOV", "Sergey Lavrov")


def test_surname_resolves_to_the_role_held_that_day(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Stoltenberg told reporters the alliance would not be intimidated."
    nato = first_word(mentions(kb, parse, text, date(2022, 10, 1)), "Stoltenberg")
    assert nato is not None and nato.actor is not None and nato.actor.code == "IGONATO"
    oslo = first_word(mentions(kb, parse, text, date(2026, 6, 1)), "Stoltenberg")
    assert oslo is not None and oslo.actor is not None and oslo.actor.country == "NOR"


def test_surname_tagged_as_a_place_or_a_common_noun(kb, parse) -> None:  # type: ignore[no-untyped-def]
    parsed = parse("Grossi urged both sides to keep the reactor safe.", date(2023, 6, 1))
    for label, pos in (("GPE", "PROPN"), ("ORG", "NOUN")):
        found = first_word(find_mentions(tagged(parsed, label, pos), kb), "Grossi")
        assert found is not None and found.actor is not None and found.actor.code == "IGOUNOIAE"


def test_surname_of_no_office_holder_that_day_keeps_a_reason(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Stoltenberg told reporters the alliance would not be intimidated."
    found = first_word(mentions(kb, parse, text, date(1996, 1, 1)), "Stoltenberg")
    assert found is not None and found.actor is None
    assert found.reason is not None and "no one of that name holds a role on 1996-01-01" in found.reason


def shared_surname(kb: KnowledgeBase, day: date) -> str | None:
    """A one-word surname at least two people hold roles under on `day`, one a principal office."""
    from eventwire.actors.resolve import SURNAME_OFFICES

    for actor in sorted(kb.actors.values(), key=lambda a: a.id):
        role = actor.role_on(day) if actor.type == "person" else None
        words = actor.name.split()
        last = words[-1] if len(words) > 1 else ""
        if role is None or len(last) < 4 or not (last.isalpha() and last[1:].islower()):
            continue
        if kb.common_word(last):
            continue
        if not any(i.office in SURNAME_OFFICES and i.role.holds_on(day) for i in kb.role_infos(actor.id)):
            continue
        holders = [a for a in kb.surname_candidates(words[-1]) if a.role_on(day) is not None]
        if len(holders) > 1 and kb.patterns(words[-1].lower()):
            return words[-1]
    return None


def test_ambiguous_surname_keeps_a_reason(kb, parse) -> None:  # type: ignore[no-untyped-def]
    day = date(2023, 6, 1)
    surname = shared_surname(kb, day)
    assert surname is not None
    parsed = parse(f"{surname} urged the council to act.", day)
    for article in (parsed, tagged(parsed, "ORG", "PROPN")):
        found = first_word(find_mentions(article, kb), surname)
        assert found is not None and found.actor is None, surname
        assert found.reason is not None and "ambiguous" in found.reason


def test_surname_named_in_full_earlier_needs_no_office(kb, parse) -> None:  # type: ignore[no-untyped-def]
    text = "Jens Stoltenberg spoke in Oslo. Stoltenberg told reporters the alliance would not be intimidated."
    found = [m for m in mentions(kb, parse, text, date(1996, 1, 1)) if m.text == "Stoltenberg"]
    assert found and found[0].actor is not None and found[0].actor.kb_id is not None


def test_common_word_surname_opening_a_sentence_is_a_word(kb, parse) -> None:  # type: ignore[no-untyped-def]
    # Condoleezza Rice was Secretary of State in 2006, and the small model calls this "Rice" a person
    text = "Rice harvests fell sharply in the delta."
    found = first_word(mentions(kb, parse, text, date(2006, 5, 1)), "Rice")
    assert found is None or found.actor is None
    parsed = parse("Truss bridges need regular inspection.", date(2022, 10, 1))  # Liz Truss was in office
    for article in (parsed, tagged(parsed, "ORG", "NOUN")):
        found = first_word(find_mentions(article, kb), "Truss")
        assert found is None or found.actor is None


def test_common_word_surname_as_a_proper_noun_resolves(kb, parse) -> None:  # type: ignore[no-untyped-def]
    found = first_word(mentions(kb, parse, "Rice met Sharon in Jerusalem.", date(2006, 5, 1)), "Rice")
    assert found is not None and found.actor is not None and found.actor.country == "USA"
    assert kb.common_word("Rice") and kb.common_word("may") and not kb.common_word("Lavrov")
