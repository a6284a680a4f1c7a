"""Drift catchers: every command and route is in the README, and the public surface is what we say."""

from __future__ import annotations

import re
from pathlib import Path

import eventwire

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    from eventwire.cli import app

    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert len(names) >= 13
    missing = [n for n in names if f"eventwire {n}" not in README]
    assert not missing, f"commands missing from README: {missing}"


def test_every_route_is_in_the_readme(tmp_path: Path) -> None:
    from eventwire.server.app import create_app

    app = create_app(tmp_path / "none.duckdb", token="t")
    paths = {path for path in app.openapi()["paths"] if path.startswith("/api/")}
    assert {"/api/events", "/api/contacts", "/api/ingest"} <= paths
    documented = {re.sub(r"\{[^}]+\}", "{id}", p) for p in paths}
    missing = [p for p in sorted(documented) if p not in README]
    assert not missing, f"routes missing from README: {missing}"


def test_the_two_setup_commands_open_the_readme() -> None:
    head = README[:400]
    assert "make run" in head and "make test" in head


def test_public_surface() -> None:
    assert sorted(eventwire.__all__) == sorted(
        [
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
    )
    for name in eventwire.__all__:
        assert getattr(eventwire, name) is not None


def test_coders_registry() -> None:
    from eventwire.coding import CODERS

    assert sorted(CODERS) == ["eventwire.cameo_coder.v1"]
    assert eventwire.Settings().coder in CODERS
