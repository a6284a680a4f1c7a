"""Store and scale benchmarks: ingest speed and memory, and Spark local[1] against local[2].

    python -m bench.store_bench [--synthetic 2000] [--repeat 4] [--no-spark]

- `store_write`: the store alone (writes, merging, merged rows) on hand-made extractions, so the number
  is not hidden behind the parser: articles/s and the peak of Python allocations (tracemalloc).
- `ingest_demo`: `eventwire ingest` of the demo corpus end to end (extraction + store): articles/s and
  the process's peak RSS.
- `spark_scaling`: `eventwire batch --engine spark` on the demo corpus replicated `repeat` times (new
  ids and texts, so nothing is deduplicated) with local[1] and local[2]: wall time of session start
  and of the job, each in a fresh session.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"
LEADERS = (("RUS", "Q7747"), ("FRA", "Q3052772"), ("GBR", "Q264766"), ("TUR", "Q39259"), ("DEU", "Q567"),
           ("USA", "Q22686"))


def _rss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def synthetic(n: int, events_per_article: int = 8) -> list[Any]:
    """Extractions shaped like readouts: calls between a few leaders on dates that repeat, so some merge."""
    from eventwire.records import ActorRef, Article, Event, Evidence, Extraction, Quote

    actors = [ActorRef(kb, kb, country, "GOV", country + "GOV", kb, "person") for country, kb in LEADERS]
    start = date(2015, 1, 1)
    out = []
    for i in range(n):
        day = start + timedelta(days=(i * 7) % 3650)
        text = f"Report {i}. " + "The leaders discussed the situation in detail. " * 40
        article = Article(id=f"a{i}", text=text, sha256=f"{i:064x}", date=day, source=f"outlet{i % 5}")
        events = []
        for j in range(events_per_article):
            src, tgt = actors[(i + j) % 6], actors[(i + j + 1) % 6]
            cameo = ("041", "040", "112", "036", "051", "070", "042", "111")[j % 8]
            events.append(Event(f"a{i}", f"a{i}-e{j}", day.isoformat(), "day", False, src, tgt, cameo,
                                cameo[:2], None, None, 1, 1.0, cameo.startswith("04"), None, False,
                                Evidence(f"Sentence {j} of report {i} about talks.", j, {"trigger": (0, 5)}),
                                "bench.v1"))
        quotes = (Quote(f"a{i}", f"a{i}-q0", actors[0], None, "direct", "We talked.", "said",
                        {"content": (0, 10)}),)
        out.append(Extraction(article, tuple(events), quotes))
    return out


def store_write(n: int = 2000, batch_size: int = 32) -> dict[str, Any]:
    from eventwire.store import ingest_extractions, open_store

    items = synthetic(n)
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / "warm-up.duckdb") as store:  # imports and first-use costs
            ingest_extractions(store, synthetic(3))
        path = Path(tmp) / "bench.duckdb"
        tracemalloc.start()
        started = time.perf_counter()
        with open_store(path) as store:
            report = ingest_extractions(store, items, batch_size=batch_size)
            merged = store.scalar("SELECT count(*) FROM merged_events")
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        size = path.stat().st_size
    return {
        "articles": n, "events": report.events, "merged_events": merged, "batch_size": batch_size,
        "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1),
        "events_per_s": round(report.events / seconds), "peak_python_mb": round(peak / 2**20, 1),
        "peak_rss_mb": _rss_mb(),
        "db_mb": round(size / 2**20, 1),
    }


def ingest_demo() -> dict[str, Any]:
    from eventwire.store import ingest_paths, open_store

    with tempfile.TemporaryDirectory() as tmp:
        rss_before = _rss_mb()
        started = time.perf_counter()
        with open_store(Path(tmp) / "demo.duckdb") as store:
            report = ingest_paths(store, [str(CORPUS)])
        seconds = time.perf_counter() - started
    return {
        "articles": report.added, "events": report.events, "seconds": round(seconds, 2),
        "articles_per_s": round(report.added / seconds, 2), "peak_rss_mb": _rss_mb(),
        "rss_before_mb": rss_before, "note": "includes loading the spaCy model and tables once",
    }


def replicated_corpus(folder: Path, repeat: int) -> Path:
    """The demo readouts `repeat` times as one .jsonl file, each copy with new ids and a changed text."""
    lines = (CORPUS / "readouts.jsonl").read_text(encoding="utf-8").splitlines()
    path = folder / "replicated.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for copy in range(repeat):
            for line in lines:
                record = json.loads(line)
                record["id"] = f"copy{copy}-{record['id']}"
                record["text"] = record["text"] + f"\n\nCopy {copy}."
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def spark_scaling(repeat: int = 4, masters: tuple[str, ...] = ("local[1]", "local[2]")) -> dict[str, Any]:
    from eventwire.scale.spark import run_batch, spark_session

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        source = replicated_corpus(Path(tmp), repeat)
        for master in masters:
            started = time.perf_counter()
            session = spark_session(master)
            startup = time.perf_counter() - started
            report = run_batch([str(source)], Path(tmp) / master, engine="spark", master=master)
            session.stop()
            results[master] = {"articles": report.articles, "events": report.events,
                               "session_start_s": round(startup, 2), "job_s": round(report.seconds, 2),
                               "articles_per_s": round(report.articles / report.seconds, 2)}
    first, *rest = masters
    for master in rest:
        results[f"speedup_{master}"] = round(results[first]["job_s"] / results[master]["job_s"], 2)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description="eventwire store and Spark benchmarks")
    parser.add_argument("--synthetic", type=int, default=2000, help="articles for the store-only run")
    parser.add_argument("--repeat", type=int, default=4, help="copies of the demo corpus for Spark")
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--no-demo", action="store_true", help="skip the end-to-end ingest")
    args = parser.parse_args()
    results: dict[str, Any] = {"store_write": store_write(args.synthetic)}
    if not args.no_demo:
        results["ingest_demo"] = ingest_demo()
    if not args.no_spark:
        results["spark_scaling"] = spark_scaling(args.repeat)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
