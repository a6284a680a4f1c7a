"""Every coding table loads with its columns, and the code tables say what CAMEO and PLOVER say."""

from __future__ import annotations

import csv

import pytest

from eventwire.coding import load_coding_tables, reachable_codes
from eventwire.coding.codebook import DATA_DIR, TABLE_COLUMNS, read_table
from eventwire.coding.coder import is_discarded
from eventwire.errors import ConfigError


@pytest.mark.parametrize("name", sorted(TABLE_COLUMNS))
def test_every_table_loads_with_its_columns(name: str) -> None:
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        header = next(csv.reader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    assert tuple(header) == TABLE_COLUMNS[name]
    rows = list(read_table(DATA_DIR / name))
    assert rows and all(set(r) == set(TABLE_COLUMNS[name]) for r in rows)


def test_every_data_file_is_documented() -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    for path in DATA_DIR.glob("*.tsv"):
        assert path.name in readme


def test_tables_are_cached_and_immutable() -> None:
    tables = load_coding_tables()
    assert load_coding_tables() is tables
    with pytest.raises(TypeError):
        tables.codes["999"] = tables.codes["010"]  # type: ignore[index]


def test_codes_carry_goldstein_quad_class_and_plover() -> None:
    tables = load_coding_tables()
    assert len(tables.codes) == 312
    call = tables.info("041")
    assert (call.root, call.quad_class, call.plover_event, call.plover_mode) == ("04", 1, "CONSULT", "phone")
    assert tables.info("190").quad_class == 4 and tables.info("190").plover_event == "ASSAULT"
    assert tables.info("163").plover_event == "COERCE"  # CAMEO2PLOVER moves sanctions to COERCE
    assert tables.info("010").plover_event is None  # root 01 has no PLOVER event
    appeal = tables.info("0256")  # appeals take the REQUEST entry of their demand twin (1056)
    assert (appeal.plover_event, appeal.plover_mode) == ("REQUEST", "yield")
    assert (tables.info("026").plover_event, tables.info("026").plover_mode) == ("REQUEST", "meet")
    assert tables.info("112").goldstein == -2.0  # the ICEWS table
    assert tables.info("19").code == "190"  # a root reads as its x0 code


def test_unknown_code_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        load_coding_tables().info("999")


def test_at_least_200_codes_are_reachable_from_patterns() -> None:
    codes = reachable_codes(load_coding_tables())
    assert len(codes) >= 200
    assert {f"{r:02d}" for r in range(1, 21)} <= {c[:2] for c in codes}


def test_intent_families_follow_cameo() -> None:
    tables = load_coding_tables()
    assert tables.intent("042") == "036"  # plan to visit -> express intent to meet
    assert tables.intent("042", "refusal") == "125"  # refuse to meet
    assert tables.intent("0871", "appeal") == "0256"  # urge a ceasefire
    assert tables.intent("0241", "demand") == "1041"  # appeals and demands are parallel
    assert tables.intent("161", "threat") == "1313"  # threaten to break relations
    assert tables.intent("042", "threat") is None


def test_roles_know_joint_acts_and_target_prepositions() -> None:
    tables = load_coding_tables()
    assert tables.role("041").mutual == "always"
    assert tables.role("042").mutual == "no" and "in" in tables.role("042").target_preps
    assert "on" in tables.role("195").target_preps


def test_discards_match_sport_and_business_not_politics() -> None:
    tables = load_coding_tables()
    assert is_discarded("Russia beat France 2-1 in the final.", tables)  # the score regex
    assert is_discarded("Apple launched an attack on its competitors' Market Share.", tables)
    assert not is_discarded("Russia attacked Ukraine with missiles.", tables)


def test_every_lexicon_class_the_coder_consults_exists() -> None:
    import re

    source = "".join(p.read_text(encoding="utf-8") for p in DATA_DIR.parent.glob("*.py"))
    consulted = set(re.findall(r'(?:in_class\([^,]+, |words\()"(\w+)"', source))
    lexicon = load_coding_tables().lexicon
    assert consulted and consulted <= set(lexicon), consulted - set(lexicon)
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    new_classes = {"relation_noun", "habitual_marker", "posture_verb", "instrument_noun", "consult_mention",
                   "speech_carrier", "decision_noun"}
    assert all(f"`{c}`" in readme for c in new_classes)
