from __future__ import annotations

from importlib import resources

import pytest

from eventwire.attribution import load_cues
from eventwire.attribution.lexicon import CUE_CLASSES, parse_cues
from eventwire.errors import ConfigError


def test_shipped_cue_table_loads_with_every_kind() -> None:
    lex = load_cues()
    assert lex.verb_class("say") == "say" and lex.verb_class("Emphasise") == "say"
    assert lex.verb_class("deny") == "deny" and lex.verb_class("describe") == "describe"
    assert lex.noun_class("hope") == "think" and lex.is_document("statement")
    assert (("according", "to"), "source") in lex.phrases
    assert set(lex.verbs.values()) | set(lex.nouns.values()) <= set(CUE_CLASSES)


def test_cue_table_has_a_source_and_licence_note() -> None:
    readme = resources.files("eventwire.attribution").joinpath("data", "README.md").read_text("utf-8")
    assert "cues.tsv" in readme and "licence" in readme


def test_a_bad_row_is_a_config_error_with_a_code() -> None:
    with pytest.raises(ConfigError, match="bad row") as info:
        parse_cues("cue\tpos\tclass\nsay\tverb\tshout\n")
    assert info.value.code == "E252"


def test_an_unknown_table_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        load_cues("no_such_table.tsv")
