"""Batch extraction on Spark (local[2]) and in one process: Parquet holding exactly what `extract` gives."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import InputError
from eventwire.scale import read_events, read_quotes, run_batch
from eventwire.scale.spark import event_record, quote_record, write_local, write_spark

STORE_TESTS = Path(__file__).resolve().parents[1] / "store"


def _builders() -> Any:
    spec = importlib.util.spec_from_file_location("store_builders", STORE_TESTS / "builders.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def records() -> tuple[list[tuple[str, dict]], list[dict], list[dict]]:
    """Hand-built events and quotes as batch records, and the contract lines they must read back as."""
    items = _builders().history()
    items[0].events[0].extra["note"] = "an extra field"
    pairs: list[tuple[str, dict]] = []
    for seq, item in enumerate(items):
        pairs += [("event", event_record(e, seq, i)) for i, e in enumerate(item.events)]
        pairs += [("quote", quote_record(q, seq, i)) for i, q in enumerate(item.quotes)]
    events = [e.to_dict() for item in items for e in item.events]
    quotes = [q.to_dict() for item in items for q in item.quotes]
    return pairs, events, quotes


def test_local_parquet_reads_back_as_the_contract(tmp_path: Path) -> None:
    pairs, events, quotes = records()
    assert write_local(pairs, tmp_path) == {"event": 8, "quote": 2}
    assert read_events(tmp_path) == events and events[0]["note"] == "an extra field"
    assert read_quotes(tmp_path) == quotes


def test_bad_inputs_and_engines(tmp_path: Path) -> None:
    report = run_batch([str(tmp_path / "missing.txt")], tmp_path / "out", engine="local")
    assert report.articles == 0 and len(report.bad) == 1 and read_events(tmp_path / "out") == []
    with pytest.raises(InputError):
        run_batch([], tmp_path / "out", engine="dask")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from eventwire.scale.spark import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.mark.slow
@pytest.mark.spark
def test_spark_parquet_reads_back_as_the_contract(spark: Any, tmp_path: Path) -> None:
    pairs, events, quotes = records()
    rdd = spark.sparkContext.parallelize(pairs, 2)
    assert write_spark(spark, rdd, tmp_path) == {"event": 8, "quote": 2}
    assert read_events(tmp_path) == events and read_quotes(tmp_path) == quotes
    assert spark.read.parquet(str(tmp_path / "events")).filter("source.country = 'RUS'").count() == 5


@pytest.fixture(scope="module")
def few_articles(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path, seed_path: Path) -> list[str]:
    """The seed and three readouts (as a .jsonl file), enough for several partitions."""
    folder = tmp_path_factory.mktemp("few")
    lines = (corpus_dir / "readouts.jsonl").read_text(encoding="utf-8").splitlines()
    wanted = ("readout-002", "readout-025", "readout-033")
    chosen = [line for line in lines if json.loads(line)["id"] in wanted]
    (folder / "three.jsonl").write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return [str(seed_path), str(folder / "three.jsonl")]


def extract_lines(paths: list[str], hash_seed: str) -> tuple[list[dict], list[dict]]:
    """What `eventwire extract` prints for `paths`, run with a given PYTHONHASHSEED (as Spark's workers)."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run([sys.executable, "-m", "eventwire.cli", "extract", *paths, "--format", "jsonl"],
                            capture_output=True, text=True, env=env, timeout=600, check=True)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    return [x for x in lines if x["type"] == "event"], [x for x in lines if x["type"] == "quote"]


@pytest.fixture(scope="module")
def extracted(few_articles: list[str]) -> tuple[list[dict], list[dict]]:
    return extract_lines(few_articles, "0")


@pytest.mark.slow
@pytest.mark.spark
def test_spark_batch_equals_extract(spark: Any, few_articles: list[str], extracted: tuple,
                                   tmp_path: Path) -> None:
    report = run_batch(few_articles, tmp_path, engine="spark", master="local[2]", partitions=3)
    assert report.articles == 4 and not report.bad
    assert read_events(tmp_path) == extracted[0] and read_quotes(tmp_path) == extracted[1]
    assert report.events == len(extracted[0]) > 0


@pytest.mark.slow
def test_extract_does_not_depend_on_the_hash_seed(corpus_dir: Path) -> None:
    """Spark workers run with a fixed seed; the output must be the same whatever the seed."""
    assert extract_lines([str(corpus_dir)], "0") == extract_lines([str(corpus_dir)], "3")


@pytest.mark.slow
def test_local_batch_equals_extract(few_articles: list[str], tmp_path: Path) -> None:
    from eventwire.api import extract_paths

    items = list(extract_paths(few_articles))
    extracted = ([e.to_dict() for x in items for e in x.events],
                 [q.to_dict() for x in items for q in x.quotes])
    report = run_batch(few_articles, tmp_path, engine="local")
    assert (report.articles, report.events) == (4, len(extracted[0]))
    assert read_events(tmp_path) == extracted[0] and read_quotes(tmp_path) == extracted[1]
