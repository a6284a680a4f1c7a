"""The `eventwire` command: one thin command per library function.

Commands live in modules by area (extraction, the store, serving) and register on one Typer app.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="eventwire",
    help="Political event data from news text: who did what to whom, when, where, and who says so.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _register() -> None:
    from eventwire.cli import extract_cmds, serve_cmds, store_cmds

    for module in (extract_cmds, store_cmds, serve_cmds):
        module.register(app)


_register()


def main() -> None:
    app()


__all__ = ["app", "main"]
