"""Latency of `GET /api/events` from a real `eventwire serve` on loopback.

    python -m bench.api_bench [--db FILE] [--requests 300]

Without --db, the demo corpus is ingested into a temporary store first. The loop is bounded (a fixed
number of requests, one at a time, keep-alive), cycling through the filters the dashboard sends; the
first requests warm the server up and are not counted.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
QUERIES: tuple[dict[str, Any], ...] = (
    {"limit": 26, "newest_first": "true"},
    {"actor": ["RUS", "FRA"], "limit": 26, "newest_first": "true"},
    {"actor": "USA", "since": "2020-01-01", "limit": 50},
    {"code": "04", "limit": 100},
    {"q": "telephone", "limit": 50},
)
WARM_UP = 10


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def eventwire(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwire.cli", *args]


@contextmanager
def serving(db: Path, timeout: float = 60.0) -> Iterator[str]:
    """`eventwire serve` on a free loopback port until the block ends."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(eventwire("serve", "--db", str(db), "--port", str(port)),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                detail = process.stderr.read() if process.stderr else ""
                raise RuntimeError(f"eventwire serve exited {process.returncode}: {detail}")
            try:
                httpx.get(base + "/openapi.json", timeout=1.0).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no answer from {base} within {timeout}s") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def measure(db: Path, requests: int = 300) -> dict[str, Any]:
    """p50/p95 latency in milliseconds of `requests` sequential calls to /api/events."""
    if requests < 20:
        raise ValueError("at least 20 requests are needed for a p95")
    with serving(db) as base, httpx.Client(base_url=base, timeout=30.0) as client:
        events = len(client.get("/api/events", params={"limit": 1000}).json())
        timings: list[float] = []
        for i in range(WARM_UP + requests):
            params = QUERIES[i % len(QUERIES)]
            started = time.perf_counter()
            response = client.get("/api/events", params=params)
            elapsed = time.perf_counter() - started
            response.raise_for_status()
            if i >= WARM_UP:
                timings.append(elapsed * 1000)
    cuts = statistics.quantiles(timings, n=100, method="inclusive")
    return {
        "requests": requests,
        "merged_events_in_store": events,
        "p50_ms": round(cuts[49], 2),
        "p95_ms": round(cuts[94], 2),
        "mean_ms": round(statistics.fmean(timings), 2),
        "max_ms": round(max(timings), 2),
        "requests_per_s": round(requests / (sum(timings) / 1000), 1),
    }


def demo_store(directory: Path) -> Path:
    """The demo corpus ingested into a fresh store under `directory`."""
    db = directory / "bench.duckdb"
    subprocess.run(eventwire("ingest", str(CORPUS), "--db", str(db), "--quiet"), check=True,
                   stdout=subprocess.DEVNULL)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description="p50/p95 latency of GET /api/events on a loopback server")
    parser.add_argument("--db", type=Path, help="an existing store (default: ingest the demo corpus)")
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        db = args.db or demo_store(Path(tmp))
        result = measure(db, args.requests)
    print("GET /api/events on loopback")
    for key, value in result.items():
        print(f"  {key:24} {value}")


if __name__ == "__main__":
    main()
