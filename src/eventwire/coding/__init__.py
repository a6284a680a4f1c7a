"""coding stage: clauses of a parsed article -> CAMEO and PLOVER events.

`load_coding_tables()` reads the data tables once; `code_events(parsed, mentions, timexes, tables)`
returns the article's events; `explain_events` / `render_explanation` show why each was coded.
"""

from types import MappingProxyType

from eventwire.coding.codebook import CodeInfo, CodingTables, load_coding_tables, reachable_codes
from eventwire.coding.coder import code_events
from eventwire.coding.explain import explain_events, render_explanation

CODERS = MappingProxyType({"eventwire.cameo_coder.v1": code_events})
"""Coders by versioned name (`Settings.coder`), so a config can pick one and a benchmark compare them."""

__all__ = [
    "CODERS",
    "CodeInfo",
    "CodingTables",
    "code_events",
    "explain_events",
    "load_coding_tables",
    "reachable_codes",
    "render_explanation",
]
