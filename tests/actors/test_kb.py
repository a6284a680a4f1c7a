"""Knowledge-base lookups and dated codes: the role held on the day decides."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors import KnowledgeBase, describe_actor, load_kb
from eventwire.errors import ConfigError


def code(kb: KnowledgeBase, name: str, day: date | None) -> str | None:
    actor = kb.lookup(name)[0]
    return kb.actor_ref(actor, name, day).code


def test_load_is_cached(kb: KnowledgeBase) -> None:
    assert load_kb() is kb


def test_missing_folder_is_a_config_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match="E211"):
        load_kb(tmp_path / "nope")


@pytest.mark.parametrize("name", ["Erdoğan", "Erdogan", "ERDOGAN", "Recep Tayyip Erdogan"])
def test_lookup_ignores_case_and_diacritics(kb: KnowledgeBase, name: str) -> None:
    assert kb.lookup(name)[0].id == "Q39259"


@pytest.mark.parametrize("name", ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky"])
def test_spelling_variants(kb: KnowledgeBase, name: str) -> None:
    assert kb.lookup(name)[0].id == "Q3874799"


def test_putin_prime_minister_then_president(kb: KnowledgeBase) -> None:
    putin = kb.get("Q7747")
    assert putin is not None
    assert putin.role_on(date(2010, 6, 1)).title == "Prime Minister"  # type: ignore[union-attr]
    assert putin.role_on(date(2025, 7, 1)).title == "President"  # type: ignore[union-attr]
    assert code(kb, "Putin", date(2010, 6, 1)) == code(kb, "Putin", date(2025, 7, 1)) == "RUSGOV"


def test_medvedev_2010_and_2024(kb: KnowledgeBase) -> None:
    medvedev = kb.get("Q23530")
    assert medvedev is not None
    assert medvedev.role_on(date(2010, 1, 1)).title == "President"  # type: ignore[union-attr]
    assert "Security Council" in medvedev.role_on(date(2024, 1, 1)).title  # type: ignore[union-attr]
    assert code(kb, "Medvedev", date(2024, 1, 1)) == "RUSGOV"


@pytest.mark.parametrize(("day", "expected"), [
    (date(2018, 3, 1), "USAGOV"), (date(2023, 3, 1), "USAOPP"), (date(2025, 3, 1), "USAGOV"),
])
def test_trump_by_date(kb: KnowledgeBase, day: date, expected: str) -> None:
    assert code(kb, "Donald Trump", day) == expected


def test_person_without_role_keeps_country(kb: KnowledgeBase) -> None:
    ref = kb.actor_ref(kb.lookup("Angela Merkel")[0], "Merkel", date(2024, 1, 1))
    assert (ref.country, ref.sector, ref.code) == ("DEU", None, "DEU")


def test_states_igos_and_the_west(kb: KnowledgeBase) -> None:
    russia = kb.actor_ref(kb.lookup("Russia")[0], "Russia", None)
    assert (russia.country, russia.sector, russia.code, russia.kb_id) == ("RUS", None, "RUS", "Q159")
    un = kb.actor_ref(kb.lookup("United Nations")[0], "UN", None)
    assert (un.country, un.code) == (None, "IGOUNO")
    west = kb.actor_ref(kb.lookup("the West")[0], "the West", None)
    assert (west.country, west.code) == (None, "WST")


def test_igo_head_is_coded_by_the_igo(kb: KnowledgeBase) -> None:
    ref = kb.actor_ref(kb.lookup("Kaja Kallas")[0], "Kallas", date(2025, 3, 1))
    assert (ref.country, ref.code) == (None, "IGOEU")
    ref = kb.actor_ref(kb.lookup("Kaja Kallas")[0], "Kallas", date(2022, 3, 1))
    assert ref.code == "ESTGOV"


def test_factbook_gap_fixed_for_french_prime_ministers(kb: KnowledgeBase) -> None:
    holders = kb.holders("FRA", ["hog"], date(2018, 6, 1))
    assert [a.name for a in holders] == ["Édouard Philippe"]


def test_fuzzy_search(kb: KnowledgeBase) -> None:
    assert kb.search("Zelenskky")[0].id == "Q3874799"


def test_describe_actor(kb: KnowledgeBase) -> None:
    [putin] = describe_actor(kb, "Vladimir Putin", date(2010, 1, 1))
    assert putin["id"] == "Q7747" and putin["code"] == "RUSGOV"
    assert putin["role_on_date"]["title"] == "Prime Minister"  # type: ignore[index]
    assert all(r["source"] for r in putin["roles"])  # type: ignore[union-attr]
