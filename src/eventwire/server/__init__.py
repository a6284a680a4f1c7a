"""The HTTP face: a FastAPI app over the store's query functions, and the dashboard it serves at `/`."""

from __future__ import annotations

from eventwire.server.app import create_app

__all__ = ["create_app"]
