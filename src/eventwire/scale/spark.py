"""The same per-article extraction on Apache Spark, writing Parquet that DuckDB or Spark SQL can query.

Articles are read on the driver with the ordinary readers (so ids, dates and bad inputs are exactly
what `eventwire extract` sees), spread over partitions, and each partition loads the spaCy model and
tables once (`eventwire.extraction.load_resources`) and runs `extract_articles` over its articles.

Output, for both engines (`spark` and `local`, the plain single-process path):
    OUT/events/*.parquet   one row per event: the contract's event line, actor objects as structs,
                           `evidence.spans` as a map, non-contract extras as JSON in `extra`, plus
                           `article_seq` (input order) and `ordinal` (order in its article)
    OUT/quotes/*.parquet   one row per quote, likewise
`read_events(OUT)` turns the Parquet back into contract dicts in input order.
"""

from __future__ import annotations

import json
import os
import sys
import time
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import ConfigError, InputError
from eventwire.records import ActorRef, Event, Quote
from eventwire.settings import Settings

ENGINES = ("spark", "local")

# A small type language from which both the Arrow and the Spark schema are built, so they cannot drift.
ACTOR = ("struct", [(k, "string") for k in ("text", "name", "country", "sector", "code", "kb_id")])
SPANS = "spans"  # map<string, array<int>>
EVENT_FIELDS: list[tuple[str, Any]] = [
    ("article_seq", "long"), ("ordinal", "int"),
    ("article_id", "string"), ("event_id", "string"), ("date", "string"), ("date_precision", "string"),
    ("historical", "bool"), ("source", ACTOR), ("target", ACTOR), ("cameo", "string"),
    ("cameo_root", "string"), ("plover", ("struct", [("event", "string"), ("mode", "string")])),
    ("quad_class", "int"), ("goldstein", "double"), ("symmetric", "bool"), ("claimed_by", ACTOR),
    ("negated", "bool"), ("modality", "string"), ("topic", "string"), ("trigger", "string"),
    ("evidence", ("struct", [("sentence", "string"), ("sentence_index", "int"), ("spans", SPANS)])),
    ("rule", "string"), ("extra", "string"),
]
QUOTE_FIELDS: list[tuple[str, Any]] = [
    ("article_seq", "long"), ("ordinal", "int"),
    ("article_id", "string"), ("quote_id", "string"), ("speaker", ACTOR), ("addressee", ACTOR),
    ("kind", "string"), ("text", "string"), ("cue", "string"), ("spans", SPANS),
    ("reported_via", "strings"), ("sentence_index", "int"), ("topic", "string"),
]


@dataclass
class BatchReport:
    """What a batch run wrote, and the inputs it could not read."""

    engine: str
    out: str
    articles: int = 0
    events: int = 0
    quotes: int = 0
    bad: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"engine": self.engine, "out": self.out, "articles": self.articles, "events": self.events,
                "quotes": self.quotes, "bad": [{"origin": o, "error": m} for o, m in self.bad],
                "seconds": round(self.seconds, 3)}


# --- records -> rows -------------------------------------------------------------------------------------


def _actor(actor: ActorRef | None) -> dict[str, Any] | None:
    return actor.to_dict() if actor is not None else None


def event_record(event: Event, seq: int, ordinal: int) -> dict[str, Any]:
    line = event.to_dict()
    return {
        "article_seq": seq, "ordinal": ordinal,
        **{name: line[name] for name, _ in EVENT_FIELDS if name in line and name not in ("evidence",)},
        "source": _actor(event.source), "target": _actor(event.target),
        "claimed_by": _actor(event.claimed_by),
        "evidence": {"sentence": event.evidence.sentence, "sentence_index": event.evidence.sentence_index,
                     "spans": {k: list(v) for k, v in event.evidence.spans.items()}},
        "extra": json.dumps(event.extra, ensure_ascii=False, sort_keys=True) if event.extra else None,
    }


def quote_record(quote: Quote, seq: int, ordinal: int) -> dict[str, Any]:
    line = quote.to_dict()
    return {"article_seq": seq, "ordinal": ordinal, **{n: line[n] for n, _ in QUOTE_FIELDS if n in line}}


def extract_partition(rows: Iterable[tuple[int, Any]], settings: Settings) -> Iterator[tuple[str, dict]]:
    """Run on an executor: load the model and tables once, then extract this partition's articles."""
    items = list(rows)
    if not items:
        return
    from eventwire.extraction import extract_articles, load_resources

    resources = load_resources(settings)
    extractions = extract_articles([a for _, a in items], resources, settings)
    for (seq, _), extraction in zip(items, extractions, strict=True):
        for i, event in enumerate(extraction.events):
            yield "event", event_record(event, seq, i)
        for i, quote in enumerate(extraction.quotes):
            yield "quote", quote_record(quote, seq, i)


# --- schemas ---------------------------------------------------------------------------------------------


def arrow_type(kind: Any) -> Any:
    import pyarrow as pa

    simple = {"string": pa.string(), "bool": pa.bool_(), "int": pa.int32(), "long": pa.int64(),
              "double": pa.float64(), "strings": pa.list_(pa.string()),
              SPANS: pa.map_(pa.string(), pa.list_(pa.int32()))}
    if isinstance(kind, tuple):
        return pa.struct([pa.field(n, arrow_type(k)) for n, k in kind[1]])
    return simple[kind]


def arrow_schema(fields: list[tuple[str, Any]]) -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(n, arrow_type(k)) for n, k in fields])


def spark_type(kind: Any) -> Any:
    from pyspark.sql import types as T

    simple = {"string": T.StringType(), "bool": T.BooleanType(), "int": T.IntegerType(),
              "long": T.LongType(), "double": T.DoubleType(), "strings": T.ArrayType(T.StringType()),
              SPANS: T.MapType(T.StringType(), T.ArrayType(T.IntegerType()))}
    if isinstance(kind, tuple):
        return T.StructType([T.StructField(n, spark_type(k)) for n, k in kind[1]])
    return simple[kind]


def spark_schema(fields: list[tuple[str, Any]]) -> Any:
    from pyspark.sql import types as T

    return T.StructType([T.StructField(n, spark_type(k)) for n, k in fields])


def _arrow_row(record: dict[str, Any], fields: list[tuple[str, Any]]) -> dict[str, Any]:
    """Maps go to Arrow as lists of pairs."""
    out = dict(record)
    for name, kind in fields:
        if kind == SPANS and out.get(name) is not None:
            out[name] = list(out[name].items())
        if isinstance(kind, tuple) and out.get(name):
            out[name] = _arrow_row(out[name], kind[1])
    return out


# --- running ---------------------------------------------------------------------------------------------


def read_articles(paths: Iterable[str], published: date | None, report: BatchReport) -> list[tuple[int, Any]]:
    """Articles in input order, numbered; unreadable inputs go to the report."""
    from eventwire.ingest import BadInput, read_inputs

    articles: list[tuple[int, Any]] = []
    for item in read_inputs(paths, published):
        if isinstance(item, BadInput):
            report.bad.append((item.origin, str(item.error)))
        else:
            articles.append((len(articles), item))
    report.articles = len(articles)
    return articles


def run_batch(
    paths: Iterable[str],
    out: str | Path,
    *,
    engine: str = "spark",
    master: str = "local[2]",
    partitions: int | None = None,
    published: date | None = None,
    settings: Settings | None = None,
) -> BatchReport:
    """Extract every article under `paths` with `engine` and write OUT/events and OUT/quotes as Parquet."""
    if engine not in ENGINES:
        raise InputError(f"engine {engine!r}: choose one of {', '.join(ENGINES)}", code="E110")
    settings = settings or Settings.from_env()
    out_dir = Path(out)
    report = BatchReport(engine=engine, out=str(out_dir))
    started = time.monotonic()
    articles = read_articles(paths, published, report)
    out_dir.mkdir(parents=True, exist_ok=True)
    if engine == "local":
        _run_local(articles, out_dir, settings, report)
    else:
        _run_spark(articles, out_dir, settings, report, master, partitions)
    report.seconds = time.monotonic() - started
    return report


def _run_local(articles: list[tuple[int, Any]], out_dir: Path, settings: Settings,
               report: BatchReport) -> None:
    counts = write_local(extract_partition(articles, settings), out_dir)
    report.events, report.quotes = counts["event"], counts["quote"]


def write_local(records: Iterable[tuple[str, dict[str, Any]]], out_dir: Path) -> dict[str, int]:
    """Write ("event" | "quote", record) pairs as OUT/events and OUT/quotes with pyarrow."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows: dict[str, list[dict[str, Any]]] = {"event": [], "quote": []}
    for kind, record in records:
        rows[kind].append(record)
    for kind, fields in (("event", EVENT_FIELDS), ("quote", QUOTE_FIELDS)):
        folder = out_dir / f"{kind}s"
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.parquet"):
            old.unlink()
        table = pa.Table.from_pylist([_arrow_row(r, fields) for r in rows[kind]], schema=arrow_schema(fields))
        pq.write_table(table, folder / "part-00000.parquet")
    return {kind: len(found) for kind, found in rows.items()}


def spark_session(master: str) -> Any:
    """A quiet Spark session: no UI, driver on the loopback, workers on this Python (the venv).

    Every Python worker gets the same PYTHONHASHSEED (the driver's, else 0), so executors agree with
    each other and with `PYTHONHASHSEED=0 eventwire extract` even where set order leaks into output.
    """
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigError("Spark is not installed: pip install 'eventwire[spark]'", code="E210") from exc
    builder = (
        SparkSession.builder.master(master)
        .appName("eventwire-batch")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.python.worker.reuse", "true")
        .config("spark.executorEnv.PYTHONHASHSEED", os.environ.get("PYTHONHASHSEED") or "0")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
    )
    with _quiet_pandas_check():
        spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@contextmanager
def _quiet_pandas_check() -> Iterator[None]:
    """PySpark warns about pandas 3 when it loads its pandas helpers; this module uses no pandas."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas", FutureWarning)
        yield


def _run_spark(articles: list[tuple[int, Any]], out_dir: Path, settings: Settings, report: BatchReport,
               master: str, partitions: int | None) -> None:
    spark = spark_session(master)
    sc = spark.sparkContext
    slices = partitions or max(1, min(len(articles), sc.defaultParallelism * 2))
    rdd = sc.parallelize(articles, numSlices=slices).mapPartitions(
        lambda rows: extract_partition(rows, settings))
    counts = write_spark(spark, rdd, out_dir)
    report.events, report.quotes = counts["event"], counts["quote"]


def write_spark(spark: Any, rdd: Any, out_dir: Path) -> dict[str, int]:
    """Write an RDD of ("event" | "quote", record) pairs as OUT/events and OUT/quotes with Spark.

    The extraction runs once: its output is persisted, then split into the two folders.
    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    schema = T.StructType([
        T.StructField("kind", T.StringType()),
        T.StructField("event", spark_schema(EVENT_FIELDS)),
        T.StructField("quote", spark_schema(QUOTE_FIELDS)),
    ])
    rows = rdd.map(lambda pair: (pair[0], pair[1], None) if pair[0] == "event" else (pair[0], None, pair[1]))
    with _quiet_pandas_check():
        frame = spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK)
        try:
            for kind in ("event", "quote"):
                part = frame.filter(F.col("kind") == kind).select(f"{kind}.*")
                part.write.mode("overwrite").parquet(str(out_dir / f"{kind}s"))
            counts = {r["kind"]: r["count"] for r in frame.groupBy("kind").count().collect()}
        finally:
            frame.unpersist()
    return {"event": counts.get("event", 0), "quote": counts.get("quote", 0)}


# --- reading back ----------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Arrow maps come back as lists of pairs; turn them into dicts again."""
    if isinstance(value, list) and value and all(isinstance(v, tuple) and len(v) == 2 for v in value):
        return {k: _plain(v) for k, v in value}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _read(out: str | Path, kind: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    table = pq.read_table(Path(out) / f"{kind}s")
    rows = sorted(table.to_pylist(), key=lambda r: (r["article_seq"], r["ordinal"]))
    lines = []
    for row in rows:
        extra = json.loads(row.pop("extra") or "{}") if kind == "event" else {}
        line = {"type": kind, **{k: _plain(v) for k, v in row.items() if k not in ("article_seq", "ordinal")}}
        spans = line["evidence"] if kind == "event" else line
        if spans and spans.get("spans") == []:
            spans["spans"] = {}
        lines.append({**line, **extra})
    return lines


def read_events(out: str | Path) -> list[dict[str, Any]]:
    """The contract's event lines from a batch output folder, in input order."""
    return _read(out, "event")


def read_quotes(out: str | Path) -> list[dict[str, Any]]:
    """The contract's quote lines from a batch output folder, in input order."""
    return _read(out, "quote")
