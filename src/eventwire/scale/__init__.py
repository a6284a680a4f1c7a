"""scale: the same per-article extraction on Apache Spark (or in one process), written as Parquet."""

from eventwire.scale.spark import BatchReport, read_events, read_quotes, run_batch

__all__ = ["BatchReport", "read_events", "read_quotes", "run_batch"]
