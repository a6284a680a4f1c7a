"""What every command shares: output formats, the database option, and one-line errors."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from eventwire.errors import EventwireError
from eventwire.ingest.dateline import parse_iso_date

F = TypeVar("F", bound=Callable[..., Any])


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="jsonl: one JSON object per line; table: for people.")
]
DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db", help="DuckDB file (default ./eventwire.duckdb, or EVENTWIRE_DB).", show_default=False
    ),
]
PathsArgument = Annotated[
    list[str], typer.Argument(help="Text files, .jsonl files, directories, or - for standard input.")
]
DateOption = Annotated[
    str | None,
    typer.Option("--date", "-d", help="Publication date YYYY-MM-DD for texts without a `date` header."),
]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary on stderr.")]


def publication_date(value: str | None) -> date | None:
    """The --date option as a date (a malformed one is an InputError, reported in one line)."""
    return parse_iso_date(value, "--date") if value else None


def db_path(option: Path | None) -> Path:
    return option or Path(os.environ.get("EVENTWIRE_DB") or "eventwire.duckdb")


def fail(message: str, exit_code: int = 1) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    typer.echo(f"eventwire: error: {message}", err=True)
    return typer.Exit(exit_code)


def cli_errors(command: F) -> F:
    """Turn library errors into a one-line message and an exit code; never a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except EventwireError as error:
            raise fail(str(error), error.exit_code) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except (typer.Exit, typer.Abort):
            raise
        except Exception as error:
            if os.environ.get("EVENTWIRE_DEBUG"):
                raise
            raise fail(
                f"internal error: {type(error).__name__}: {error} (set EVENTWIRE_DEBUG=1 for details)", 70
            ) from None

    return wrapper  # type: ignore[return-value]


def write_jsonl(rows: Iterable[dict[str, Any]]) -> int:
    count = 0
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        count += 1
    out.flush()
    return count


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str | None = None) -> None:
    """A rich table of the given columns; nested actor objects show their code or name."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(cell_text(row.get(column)) for column in columns))
    Console().print(table)


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        if "event" in value and "mode" in value:
            return "/".join(str(v) for v in (value["event"], value["mode"]) if v)
        return str(value.get("code") or value.get("name") or value.get("text") or "")
    if isinstance(value, list | tuple):
        return ", ".join(cell_text(v) for v in value)
    return str(value)


def emit(
    rows: Sequence[dict[str, Any]], fmt: OutputFormat, columns: Sequence[str], title: str | None = None
) -> None:
    if fmt is OutputFormat.jsonl:
        write_jsonl(rows)
    else:
        print_table(rows, columns, title)
