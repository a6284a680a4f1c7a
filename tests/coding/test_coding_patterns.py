"""Pattern matching on frames, without a parser: the verb with its object and preposition decides."""

from __future__ import annotations

from eventwire.coding import load_coding_tables
from eventwire.coding.patterns import Bag, Frame, match_verb, parse_terms


def frame(obj: str = "", preps: dict[str, str] | None = None, prts: str = "") -> Frame:
    return Frame(
        prts=frozenset(prts.split()),
        obj=Bag.of(obj.split()),
        preps=tuple((p, Bag.of(w.split())) for p, w in (preps or {}).items()),
    )


def code_of(lemma: str, f: Frame) -> str | None:
    match = match_verb(load_coding_tables().patterns, lemma, f)
    return match.code if match else None


def test_words_match_their_inflections_and_exact_words_do_not() -> None:
    assert Bag.of(["troops"]).has("troop", exact=False)
    assert not Bag.of(["troops"]).has("troop", exact=True)
    assert not Bag.of(["aide"]).has("aid", exact=False)


def test_unknown_synonym_set_never_matches() -> None:
    (term,) = parse_terms("&NO_SUCH_SET", {})
    assert not any(Bag.of(["anything"]).has(w, e) for w, e in term)


def test_hold_with_its_object_decides_the_code() -> None:
    assert code_of("hold", frame("phone conversation")) == "041"
    assert code_of("hold", frame("talks")) == "040"
    assert code_of("hold", frame("rally")) == "141"
    assert code_of("hold", frame()) is None  # holding alone is nothing


def test_verbs_with_prepositions_and_particles() -> None:
    assert code_of("speak", frame(preps={"by": "telephone"})) == "041"
    assert code_of("speak", frame(preps={"with": "macron"})) == "040"
    assert code_of("arrive", frame(preps={"in": "paris"})) == "042"
    assert code_of("call", frame(preps={"for": "ceasefire"})) == "0256"
    assert code_of("call", frame(prts="off")) == "160"


def test_reporting_verbs_are_no_events_by_themselves() -> None:
    assert code_of("say", frame()) is None
    assert code_of("tell", frame("macron")) is None
    assert code_of("express", frame("concern")) == "012"


def test_rule_ids_name_the_pattern() -> None:
    match = match_verb(load_coding_tables().patterns, "hold", frame("telephone talks"))
    assert match is not None and match.rule == "verb:hold+phone/041"
