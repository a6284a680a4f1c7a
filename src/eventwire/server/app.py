"""The FastAPI app: JSON under `/api/`, the dashboard at `/`.

`create_app` holds all configuration (database path, ingest token, the store connection) in the app's
own state, so two apps with different stores can live in one process (the tests do this). Every GET
reads through a shared read-only connection that is let go of when requests stop (see `access.py`), so
`eventwire ingest` can write the file while the server runs; only `POST /api/ingest`, which exists only
when a token is set, opens it read-write.

Errors never surface as 500s for a user's mistake: library errors become 4xx (or 503 when the database
is missing or busy) with `{"detail": message, "code": "E4xx"}`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractContextManager, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.errors import ConfigError, EventwireError, InputError, QueryError, StoreError
from eventwire.server import routes
from eventwire.server.access import StoreAccess
from eventwire.store.db import Store

STATIC = Path(__file__).with_name("static")
# The dashboard loads nothing from elsewhere: no CDN, no external fonts, no inline script.
DASHBOARD_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
NOT_FOUND_CODES = frozenset({"E405", "E406", "E407"})  # no such actor, event, article
CONFLICT_CODES = frozenset({"E306"})  # a posted article's event ids clash with stored ones


@dataclass(frozen=True)
class ServerConfig:
    """What one app serves: its database file and, when writes are allowed, the ingest token."""

    db_path: Path
    token: str | None
    access: StoreAccess

    def reader(self) -> AbstractContextManager[Store]:
        """The store, read-only, for the length of one request."""
        return self.access.reader()

    def writer(self) -> AbstractContextManager[Store]:
        """The store, read-write, alone in this process."""
        return self.access.writer()


def create_app(db_path: Path, token: str | None = None) -> FastAPI:
    """The HTTP API and dashboard over the store at `db_path`; `POST /api/ingest` only with a token."""
    config = ServerConfig(Path(db_path), token or None, StoreAccess(Path(db_path)))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        reaper = asyncio.create_task(_release_when_idle(config.access))
        try:
            yield
        finally:
            reaper.cancel()
            config.access.close()

    app = FastAPI(
        lifespan=lifespan,
        title="eventwire",
        version=__version__,
        summary="Source-attributed political event data: who did what to whom, when, and who says so.",
        # Swagger UI and ReDoc load their scripts from a CDN; the schema itself is served locally.
        docs_url=None,
        redoc_url=None,
    )
    app.state.config = config
    app.include_router(routes.read_router)
    if token:
        app.include_router(routes.write_router)
    app.add_exception_handler(EventwireError, _library_error)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if not request.url.path.startswith("/api/"):
            response.headers.setdefault("Content-Security-Policy", DASHBOARD_CSP)
        return response

    return app


async def _release_when_idle(access: StoreAccess) -> None:
    """Close the shared connection once requests stop, so `eventwire ingest` can take the file."""
    while True:
        await asyncio.sleep(access.idle / 2)
        await asyncio.to_thread(access.close_if_idle)


def status_for(error: EventwireError) -> int:
    """The HTTP status a library error deserves: the caller's mistake is 4xx; a store that cannot be
    read (missing, busy, not an eventwire file) or a model that cannot be loaded is 503."""
    if isinstance(error, QueryError):
        return 404 if error.code in NOT_FOUND_CODES else 400
    if isinstance(error, InputError):
        return 422
    if isinstance(error, StoreError):
        return 409 if error.code in CONFLICT_CODES else 503
    if isinstance(error, ConfigError):
        return 503
    return 500


async def _library_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, EventwireError)
    status = status_for(error)
    headers = {"Retry-After": "2"} if status == 503 else None
    message = error.args[0] if error.args else str(error)
    return JSONResponse({"detail": message, "code": error.code}, status_code=status, headers=headers)
