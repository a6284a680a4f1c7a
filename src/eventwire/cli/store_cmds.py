"""Commands over the store: ingest, events, contacts, compare, summary, export, and batch (Spark).

Each command opens the store (read-only unless it writes), calls one library function and prints.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from eventwire.cli.common import (
    DateOption,
    DbOption,
    FormatOption,
    OutputFormat,
    PathsArgument,
    QuietOption,
    cli_errors,
    db_path,
    emit,
    print_table,
    publication_date,
    write_jsonl,
)
from eventwire.errors import QueryError

ActorOption = Annotated[
    list[str] | None,
    typer.Option("--actor", "-a", metavar="ACTOR", help="ISO3 country (RUS), CAMEO actor code (RUSGOV) "
                 "or name; repeat for events between actors."),
]
CodeOption = Annotated[str | None, typer.Option("--code", "-c", help="CAMEO code or root prefix (04, 041).")]
SinceOption = Annotated[str | None, typer.Option("--since", help="From date (YYYY-MM-DD, YYYY-MM, YYYY).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Up to date (YYYY-MM-DD, YYYY-MM, YYYY).")]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", help="At most this many lines.")]

EVENT_COLUMNS = ("event_id", "date", "source", "cameo", "plover", "target", "reports", "sources")
MENTION_COLUMNS = ("event_id", "article_id", "date", "source", "cameo", "target", "claimed_by", "cluster_id")
CONTACT_COLUMNS = ("date", "cameo", "mode", "reports", "days_since_previous", "sources")


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"
    plover = "plover"


class Engine(StrEnum):
    spark = "spark"
    local = "local"


def _with_kb(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run a query; when a name matches no stored actor, try again with the knowledge base's aliases."""
    try:
        return call(*args, **kwargs)
    except QueryError as error:
        if error.code != "E405":
            raise
    from eventwire.actors import load_kb

    return call(*args, kb=load_kb(), **kwargs)


def _progress(quiet: bool) -> Any:
    """A rich progress display on stderr, or None when quiet or stderr is not a terminal."""
    if quiet or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=True)


@cli_errors
def ingest(paths: PathsArgument, db: DbOption = None, quiet: QuietOption = False, date: DateOption = None,
           batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per transaction.")] = 32,
           ) -> None:
    """Extract articles and store them; re-ingesting the same text changes nothing.

    Example: eventwire ingest examples/corpus --db events.duckdb
    """
    from eventwire.store import ingest_paths, open_store

    progress = _progress(quiet)
    reported = 0

    def on_progress(report: Any) -> None:
        nonlocal reported
        for origin, message in report.bad[reported:]:
            line = "eventwire: error: " + (message if origin in message else f"{origin}: {message}")
            if progress:
                progress.console.print(line, markup=False, highlight=False)
            else:
                typer.echo(line, err=True)
        reported = len(report.bad)
        if progress:
            progress.update(task, description=f"ingesting: {report.read:,} read, {report.added:,} added, "
                                              f"{report.unchanged:,} unchanged, {len(report.bad):,} bad")

    with open_store(db_path(db)) as store:
        if progress:
            progress.start()
            task = progress.add_task("ingesting", total=None)
        try:
            report = ingest_paths(store, paths, published=publication_date(date), batch_size=batch_size,
                                  on_progress=on_progress)
        finally:
            if progress:
                progress.stop()
    on_progress(report)
    if not quiet:
        typer.echo(f"eventwire: {report.summary()}", err=True)
    if not report.ok:
        raise typer.Exit(2)


@cli_errors
def events(actor: ActorOption = None, code: CodeOption = None, since: SinceOption = None,
           until: UntilOption = None, mentions: Annotated[bool, typer.Option(
               "--mentions", help="The raw per-article events instead of merged events.")] = False,
           limit: LimitOption = None, format: FormatOption = OutputFormat.jsonl, db: DbOption = None) -> None:
    """Print merged events, one line per real-world event, with `reports` and `sources`.

    Example: eventwire events --actor RUS --actor FRA --code 04 --since 2022
    """
    from eventwire import query
    from eventwire.store import open_store

    with open_store(db_path(db), read_only=True) as store:
        function = query.mentions if mentions else query.events
        rows = _with_kb(function, store, actors=actor or [], code=code, since=since, until=until, limit=limit)
    emit(rows, format, MENTION_COLUMNS if mentions else EVENT_COLUMNS, title="events")


@cli_errors
def contacts(a: Annotated[str, typer.Argument(help="First actor: ISO3, CAMEO code or name.")],
             b: Annotated[str, typer.Argument(help="Second actor: ISO3, CAMEO code or name.")],
             summary: Annotated[bool, typer.Option("--summary", help="Say it in words.")] = False,
             since: SinceOption = None, until: UntilOption = None,
             format: FormatOption = None, db: DbOption = None) -> None:  # type: ignore[assignment]
    """Print the contacts (CAMEO 04, consult) between two actors in date order, with the gaps between them.

    Example: eventwire contacts RUS FRA --summary
    """
    from eventwire import query
    from eventwire.store import open_store

    with open_store(db_path(db), read_only=True) as store:
        rows = _with_kb(query.contacts, store, a, b, since=since, until=until)
    if summary:  # words by default; --format jsonl wraps them in an object
        text = query.describe_contacts(rows, a, b)
        if format is OutputFormat.jsonl:
            write_jsonl([{"a": a, "b": b, "contacts": len(rows), "summary": text}])
        else:
            typer.echo(text)
        return
    emit(rows, format or OutputFormat.jsonl, CONTACT_COLUMNS, title=f"contacts {a} - {b}")


@cli_errors
def compare(event_id: Annotated[str, typer.Argument(help="A merged event id, or the id of one report.")],
            format: FormatOption = OutputFormat.jsonl, db: DbOption = None) -> None:
    """Lay the reports of one merged event side by side: what each says and what the others leave out.

    Example: eventwire compare ev_3fc96faa3c4fb402 --format table
    """
    from eventwire import query
    from eventwire.store import open_store

    with open_store(db_path(db), read_only=True) as store:
        result = query.compare(store, event_id)
    if format is OutputFormat.jsonl:
        write_jsonl({"event_id": result["event"]["event_id"], **r} for r in result["reports"])
        return
    _compare_table(result)


def _compare_table(result: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    reports = result["reports"]
    event = result["event"]
    table = Table(title=f"{event['event_id']}: {event['date']} {event['cameo']} ({len(reports)} reports)")
    table.add_column("item", overflow="fold")
    for report in reports:
        table.add_column(f"{report['outlet'] or report['article_id']}\n{report['published'] or ''}",
                         justify="center")
    for item in result["items"]:
        marks = ["x" if r["article_id"] in item["reports"] else "-" for r in reports]
        label = item["label"] if len(item["label"]) <= 120 else item["label"][:119] + "…"
        table.add_row(f"{item['kind']}: {label}", *marks)
    Console().print(table)


@cli_errors
def summary(format: FormatOption = OutputFormat.table, db: DbOption = None,
            dyads: Annotated[int, typer.Option("--dyads", help="Contact timelines of this many dyads.")] = 5,
            ) -> None:
    """Print what the store holds: articles, events by CAMEO root, and the busiest contact dyads.

    Example: eventwire summary --db eventwire.duckdb
    """
    from eventwire import query
    from eventwire.store import open_store

    with open_store(db_path(db), read_only=True) as store:
        result = query.summary(store, dyads=dyads)
    if format is OutputFormat.jsonl:
        write_jsonl([result])
        return
    if not result["articles"]:
        typer.echo("The store is empty: add articles with `eventwire ingest PATH...`.")
        return
    typer.echo(f"{result['articles']:,} articles ({result['first_published']} to "
               f"{result['last_published']}), {result['events']:,} events merged into "
               f"{result['merged_events']:,}, {result['quotes']:,} quotes")
    print_table(result["by_root"], ("cameo_root", "name", "merged", "events"), title="events by CAMEO root")
    print_table(result["outlets"], ("outlet", "articles"), title="outlets")
    for dyad in result["dyads"]:
        print_table(dyad["timeline"], ("date", "cameo", "mode", "reports", "days_since_previous", "sources"),
                    title=f"contacts {dyad['a']} - {dyad['b']}")


@cli_errors
def export(format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
           out: Annotated[Path | None, typer.Option("--out", "-o", help="File (default stdout).")] = None,
           db: DbOption = None, quiet: QuietOption = False) -> None:
    """Write every merged event as GDELT 2.0 event TSV, PLOVER JSON, Parquet, CSV or JSON Lines.

    Example: eventwire export --format gdelt --out events.gdelt.tsv
    """
    from eventwire.export import export as run_export
    from eventwire.store import open_store

    with open_store(db_path(db), read_only=True) as store:
        count = run_export(store, format.value, out)
    if not quiet:
        typer.echo(f"eventwire: {count:,} merged events written" + (f" to {out}" if out else ""), err=True)


@cli_errors
def batch(paths: PathsArgument,
          out: Annotated[Path, typer.Option("--out", "-o", help="Folder for events/ and quotes/ Parquet.")],
          engine: Annotated[Engine, typer.Option("--engine", help="spark, or local")] = Engine.spark,
          master: Annotated[str, typer.Option("--master", help="Spark master URL.")] = "local[2]",
          partitions: Annotated[int | None, typer.Option("--partitions", help="Spark partitions.")] = None,
          date: DateOption = None, quiet: QuietOption = False) -> None:
    """Run extraction over many articles on Apache Spark (or locally) and write Parquet.

    Example: eventwire batch --engine spark examples/corpus --out out/ --master local[2]
    """
    from eventwire.scale.spark import run_batch

    report = run_batch(paths, out, engine=engine.value, master=master, partitions=partitions,
                       published=publication_date(date))
    for origin, message in report.bad:
        typer.echo(f"eventwire: error: {message if origin in message else f'{origin}: {message}'}", err=True)
    if not quiet:
        typer.echo(f"eventwire: {report.articles:,} articles, {report.events:,} events, {report.quotes:,} "
                   f"quotes written to {report.out} ({report.engine}, {report.seconds:.1f}s)", err=True)
    if report.bad:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    for command in (ingest, events, contacts, compare, export, batch, summary):
        app.command()(command)
