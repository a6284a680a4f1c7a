"""A small store built by hand from records (no spaCy): the seed article and two readouts.

The events are what a careful coder reads in the texts, with spans found in the real normalized text,
so the API and dashboard tests do not depend on the extraction pipeline's current output.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import httpx
import pytest

from eventwire.ingest import build_article
from eventwire.records import ActorRef, Article, Event, Evidence, Extraction, Quote
from eventwire.store.db import open_store
from eventwire.store.ingest import ingest_extractions

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "corpus" / "tass-2025-07-01-putin-macron-call.txt"

PUTIN = ActorRef("Vladimir Putin", "Vladimir Putin", "RUS", "GOV", "RUSGOV", "Q7747", "person")
MACRON = ActorRef("Emmanuel Macron", "Emmanuel Macron", "FRA", "GOV", "FRAGOV", "Q3052772", "person")
TRUMP = ActorRef("Donald Trump", "Donald Trump", "USA", "GOV", "USAGOV", "Q22686", "person")
WEST = ActorRef("the West", "the West", None, None, "WST", None, "group")
UKRAINE = ActorRef("Kiev", "Ukraine", "UKR", "GOV", "UKRGOV", "Q212", "state")

KREMLIN_TEXT = (
    "Telephone conversation with President of France Emmanuel Macron\n\n"
    "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron on July 1."
)
ALASKA_TEXT = (
    "Russian-American talks\n\n"
    "Vladimir Putin met with Donald Trump in Anchorage on August 15, 2025, to discuss Ukraine."
)


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def actor_as(actor: ActorRef, written: str) -> ActorRef:
    return ActorRef(written, actor.name, actor.country, actor.sector, actor.code, actor.kb_id, actor.type)


def make_event(article: Article, n: int, cameo: str, plover: str, mode: str | None, *, sentence: str,
               trigger: str, source: tuple[ActorRef, str], target: tuple[ActorRef, str],
               date: str, date_text: str | None = None, **extra: object) -> Event:
    """An event whose evidence is the sentence starting with `sentence`; spans are searched in it."""
    text = article.text
    s_start = text.index(sentence)
    s_end = text.index(".", s_start) + 1
    spans = {
        "trigger": span(text, trigger, s_start),
        "source": span(text, source[1], s_start),
        "target": span(text, target[1], s_start),
    }
    if date_text:
        spans["date"] = span(text, date_text, s_start)
    fields: dict[str, object] = {
        "historical": False, "symmetric": False, "claimed_by": None, "negated": False,
        "quad_class": 1 if cameo < "06" else 3, "goldstein": 1.0,
    }
    fields.update(extra)
    return Event(
        article_id=article.id, event_id=f"{article.id}:e{n}", date=date, date_precision="day",
        source=actor_as(source[0], source[1]), target=actor_as(target[0], target[1]), cameo=cameo,
        cameo_root=cameo[:2], plover_event=plover, plover_mode=mode,
        evidence=Evidence(text[s_start:s_end], n, spans), rule="test.hand_coded", trigger=trigger,
        **fields,  # type: ignore[arg-type]
    )


def seed_extraction() -> Extraction:
    article = build_article(SEED.read_text("utf-8"), article_id="tass-2025-07-01-putin-macron-call")
    text = article.text
    leaders = "the two leaders"
    call = make_event(article, 0, "041", "CONSULT", "phone", sentence="Russian President Vladimir Putin",
                      trigger="held their first phone conversation", source=(PUTIN, "Vladimir Putin"),
                      target=(MACRON, "Emmanuel Macron"), date="2025-07-01", symmetric=True)
    old_call = make_event(article, 1, "041", "CONSULT", "phone", sentence="The last reported call",
                          trigger="call", source=(PUTIN, leaders), target=(MACRON, leaders),
                          date="2022-09-11", date_text="September 11, 2022", historical=True, symmetric=True)
    accuse = make_event(article, 2, "112", "ACCUSE", None, sentence="Putin told Macron that the West",
                        trigger="ignited", source=(PUTIN, "Putin"), target=(WEST, "the West"),
                        date="2025-07-01", quad_class=3, goldstein=-2.0)
    claim = make_event(article, 3, "070", "AID", "military", sentence="Putin noted that it is Western",
                       trigger="arming", source=(WEST, "Western countries"), target=(UKRAINE, "Kiev"),
                       date="2025-07-01", claimed_by=actor_as(PUTIN, "Putin"))
    quote_start, quote_end = span(text, "Putin reiterated that the Ukrainian conflict")
    quote = Quote(article.id, f"{article.id}:q0", actor_as(PUTIN, "Putin"), None, "direct",
                  text[quote_start:quote_end], "reiterated", {"content": (quote_start, quote_end)},
                  ("TASS", "the Kremlin"), 9)
    return Extraction(article, (call, old_call, accuse, claim), (quote,))


def readout(article_id: str, text: str, date: str, source: str) -> Article:
    return build_article(f"date {date}\n{text}", article_id=article_id, source=source)


def kremlin_extraction() -> Extraction:
    article = readout("kremlin-2025-07-01", KREMLIN_TEXT, "2025-07-01", "Kremlin")
    call = make_event(article, 0, "041", "CONSULT", "phone", sentence="Vladimir Putin had",
                      trigger="had a telephone conversation", source=(PUTIN, "Vladimir Putin"),
                      target=(MACRON, "Emmanuel Macron"), date="2025-07-01", date_text="July 1",
                      symmetric=True)
    return Extraction(article, (call,), ())


def alaska_extraction() -> Extraction:
    article = readout("kremlin-2025-08-15", ALASKA_TEXT, "2025-08-15", "Kremlin")
    meeting = make_event(article, 0, "042", "CONSULT", "visit", sentence="Vladimir Putin met",
                         trigger="met with", source=(PUTIN, "Vladimir Putin"), target=(TRUMP, "Donald Trump"),
                         date="2025-08-15", date_text="August 15, 2025", symmetric=True)
    return Extraction(article, (meeting,), ())


def build_store(path: Path) -> Path:
    with open_store(path) as store:
        ingest_extractions(store, [seed_extraction(), kremlin_extraction(), alaska_extraction()])
    return path


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("store") / "eventwire.duckdb")


# --- a real server on loopback ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def live_server(db: Path, *, token: str | None = None, timeout: float = 30.0) -> Iterator[str]:
    """`eventwire serve` in a subprocess on a free loopback port; yields its base URL."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_TOKEN"}
    if token:
        env["EVENTWIRE_TOKEN"] = token
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"eventwire serve exited {process.returncode}: {process.stderr.read()}")
            try:
                if httpx.get(base + "/openapi.json", timeout=1.0).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"eventwire serve did not answer on {base} within {timeout}s")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()


@pytest.fixture(scope="module")
def server(store_path: Path) -> Iterator[str]:
    with live_server(store_path) as base:
        yield base


@pytest.fixture(scope="session")
def start_server() -> Callable[..., AbstractContextManager[str]]:
    """`live_server` for tests that need their own server (another store, a token)."""
    return live_server
