"""The explanation of an event: its rule and its sentence with the spans marked."""

from __future__ import annotations

import io

from rich.console import Console

from eventwire.coding import explain_events, load_coding_tables, render_explanation

from .kit import code

TEXT = "China imposed sanctions on Japan."


def test_explain_marks_trigger_source_and_target(nlp) -> None:
    events = code(nlp, TEXT)
    (info,) = explain_events(events, TEXT, load_coding_tables())
    assert info["marked"] == "{China} [imposed] sanctions on <Japan>."
    assert info["rule"] == "verb:impose+sanctions/163" and info["cameo_name"]


def test_render_prints_rule_and_sentence(nlp) -> None:
    out = io.StringIO()
    render_explanation(code(nlp, TEXT), TEXT, Console(file=out, width=120), load_coding_tables())
    assert "verb:impose+sanctions/163" in out.getvalue() and "China imposed" in out.getvalue()
