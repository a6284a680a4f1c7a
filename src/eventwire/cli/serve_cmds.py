"""`eventwire serve`: the HTTP API and dashboard over a store, served by uvicorn."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from eventwire.cli.common import DbOption, cli_errors, db_path, fail

HostOption = Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default).")]
PortOption = Annotated[int, typer.Option("--port", min=1, max=65535, help="Port to listen on.")]


@cli_errors
def serve(db: DbOption = None, host: HostOption = "127.0.0.1", port: PortOption = 8000) -> None:
    """Serve the JSON API under /api/ and the dashboard at /, reading the store read-only.

    POST /api/ingest exists only when EVENTWIRE_TOKEN is set, and requires it as a Bearer token.

    Example: eventwire serve --db eventwire.duckdb --port 8000
    """
    import uvicorn

    from eventwire.server import create_app

    path = db_path(db)
    token = os.environ.get("EVENTWIRE_TOKEN") or None
    if not token and not path.is_file():  # with a token, the first POST /api/ingest creates it
        raise fail(f"{path}: no database here (run `eventwire ingest` first)", 4)
    app = create_app(path, token=token)
    typer.echo(f"eventwire: serving {path} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def register(app: typer.Typer) -> None:
    app.command()(serve)
