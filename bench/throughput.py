"""Throughput of `extract` against a bare spaCy parse of the same paragraphs.

    python -m bench.throughput [--repeat 3]

The ratio is bare-parse time / extract time: 1.0 means extraction costs nothing beyond parsing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from eventwire.extraction import extract_articles, load_resources
from eventwire.ingest import BadInput, read_inputs
from eventwire.records import Article
from eventwire.settings import Settings

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def demo_articles(repeat: int) -> list[Article]:
    articles = [a for a in read_inputs([str(CORPUS)]) if not isinstance(a, BadInput)]
    return articles * repeat


def measure(repeat: int = 3, settings: Settings | None = None) -> dict[str, Any]:
    settings = settings or Settings.from_env()
    resources = load_resources(settings)
    articles = demo_articles(repeat)
    paragraphs = [a.text[p.start : p.end] for a in articles for p in a.paragraphs]
    words = sum(len(a.text.split()) for a in articles)
    list(extract_articles(articles[:5], resources, settings))  # warm-up: caches, lazy tables

    started = time.perf_counter()
    for _ in resources.nlp.pipe(paragraphs, batch_size=settings.batch_size):
        pass
    bare = time.perf_counter() - started

    started = time.perf_counter()
    events = sum(len(x.events) for x in extract_articles(articles, resources, settings))
    full = time.perf_counter() - started
    return {
        "articles": len(articles),
        "words": words,
        "events": events,
        "bare_parse_s": round(bare, 3),
        "extract_s": round(full, 3),
        "articles_per_s": round(len(articles) / full, 1),
        "words_per_s": round(words / full),
        "ratio_to_bare_parse": round(bare / full, 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="extract throughput vs bare spaCy parse")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    for key, value in measure(args.repeat).items():
        print(f"{key:22} {value}")


if __name__ == "__main__":
    main()
