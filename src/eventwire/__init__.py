"""eventwire: who did what to whom, when, where, and who says so — from news text.

The public Python API; the CLI and the HTTP server are thin layers over the same functions.
"""

from eventwire.api import extract, extract_paths, timexes
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
    "extract",
    "extract_paths",
    "timexes",
]
