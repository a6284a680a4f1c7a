"""eventwire: who did what to whom, when, where, and who says so — from news text.

The public Python API; the CLI and the HTTP server are thin layers over the same functions. The
functions are imported on first use, so `import eventwire` stays cheap (no spaCy until needed).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from eventwire.errors import ConfigError, EventwireError, InputError, QueryError, StoreError
from eventwire.records import (
    Actor,
    ActorRef,
    Article,
    Event,
    Evidence,
    Extraction,
    Mention,
    Quote,
    Role,
    Timex,
)
from eventwire.settings import Settings

__version__ = "0.1.0"

_API_FUNCTIONS = (
    "describe_actor",
    "explain",
    "extract",
    "extract_paths",
    "read_articles",
    "timexes",
    "topics",
)
_LAZY = dict.fromkeys(_API_FUNCTIONS, "eventwire.api")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")


__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "ConfigError",
    "Event",
    "EventwireError",
    "Evidence",
    "Extraction",
    "InputError",
    "Mention",
    "QueryError",
    "Quote",
    "Role",
    "Settings",
    "StoreError",
    "Timex",
    "__version__",
    "describe_actor",
    "explain",
    "extract",
    "extract_paths",
    "read_articles",
    "timexes",
    "topics",
]
