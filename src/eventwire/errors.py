"""One exception tree, with stable numbered codes users can search for.

    EventwireError            base: catch this one
    ├── InputError            E1xx  a file or record that cannot be read as an article
    ├── ConfigError           E2xx  a model, table or setting that cannot be loaded
    ├── StoreError            E3xx  the database cannot be opened or written
    ├── QueryError            E4xx  a bad filter, actor or id in a query
    └── ExtractionError       E5xx  a stage failed on one article (a bug: the batch goes on)

The library never prints or exits: the CLI turns these into a one-line message and an exit code,
the HTTP server into a 4xx answer.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"


class InputError(EventwireError):
    """An input that is missing, empty, binary, badly encoded or malformed."""

    code = "E100"
    exit_code = 2


class ConfigError(EventwireError):
    """A spaCy model, data table or setting that cannot be loaded."""

    code = "E200"
    exit_code = 3


class StoreError(EventwireError):
    """The DuckDB file cannot be opened, read or written."""

    code = "E300"
    exit_code = 4


class QueryError(EventwireError):
    """A query with a bad parameter: unknown actor, malformed date, missing id."""

    code = "E400"
    exit_code = 5


class ExtractionError(EventwireError):
    """A stage failed on one article; reported like a bad input so a batch goes on."""

    code = "E500"
    exit_code = 6
