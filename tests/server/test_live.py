"""`eventwire serve` as users start it: a uvicorn subprocess on loopback, spoken to over real HTTP."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from pathlib import Path

import httpx

from eventwire.store.db import open_store


def test_served_over_http(server: str) -> None:
    contacts = httpx.get(f"{server}/api/contacts", params={"a": "RUS", "b": "FRA"}).json()
    assert [c["days_since_previous"] for c in contacts] == [None, 1024]
    page = httpx.get(server + "/")
    assert page.status_code == 200 and "<title>eventwire</title>" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]


def test_bad_requests_are_4xx_over_http(server: str) -> None:
    cases = {
        "/api/events?since=2025-02-30": 400,
        "/api/events?limit=100000": 422,
        "/api/events/ev_missing": 404,
        "/api/articles/missing": 404,
        "/api/contacts?a=RUS": 422,
        "/api/nothing": 404,
    }
    with httpx.Client(base_url=server) as client:
        got = {url: client.get(url).status_code for url in cases}
        assert client.post("/api/ingest", json={"text": "x"}).status_code in (404, 405)
    assert got == cases


def test_concurrent_reads(server: str) -> None:
    urls = ["/api/events", "/api/summary", "/api/contacts?a=RUS&b=FRA", "/api/actors?q=pu"] * 10
    with httpx.Client(base_url=server) as client, ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda url: client.get(url).status_code, urls))
    assert statuses == [200] * len(urls)


def test_ingest_needs_the_token_over_http(
    store_path: Path, tmp_path: Path, start_server: Callable[..., AbstractContextManager[str]]
) -> None:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(store_path.read_bytes())
    with start_server(copy, token="s3cret") as base:
        assert httpx.post(f"{base}/api/ingest", json={"text": "x"}).status_code == 401
        wrong = {"Authorization": "Bearer wrong"}
        assert httpx.post(f"{base}/api/ingest", json={"text": "x"}, headers=wrong).status_code == 403
        assert httpx.get(f"{base}/api/summary").json()["articles"] == 3


def test_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "missing.duckdb"
    result = subprocess.run([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(missing)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 4
    assert "no database here" in result.stderr and "Traceback" not in result.stderr


def test_ingest_can_write_while_the_server_runs(
    store_path: Path, tmp_path: Path, start_server: Callable[..., AbstractContextManager[str]]
) -> None:
    """The server lets go of the file between requests, so another process can take it to write."""
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(store_path.read_bytes())
    with start_server(copy) as base:
        assert httpx.get(f"{base}/api/summary").json()["articles"] == 3
        with open_store(copy, read_only=False, wait=5.0) as store, store.transaction() as con:
            con.execute("DELETE FROM articles WHERE id = 'kremlin-2025-08-15'")
        assert httpx.get(f"{base}/api/summary").json()["articles"] == 2
