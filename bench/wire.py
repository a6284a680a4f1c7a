"""Generality on wire-style sentences nobody tuned the coder for: the pass rate of the wire-sentence check.

    python -m bench.wire [--failures]

The rows and the judging are those of `tests/coding/test_wire_sentences.py` (see `tests/coding/wire.py`):
250 sentences written for eventwire in news-agency style, each with the code, actors and flags a careful
CAMEO coder reads in it. The test pins each row; this prints the rate overall and by expected CAMEO root.
"""

from __future__ import annotations

import argparse
from collections import Counter

from tests.coding.wire import describe, judge, load_rows

from eventwire.extraction import extract_articles, load_resources
from eventwire.ingest import build_article
from eventwire.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="print each failing row")
    args = parser.parse_args()
    rows = load_rows()
    resources = load_resources(Settings())
    articles = [build_article(r.sentence, article_id=r.id, published=r.date) for r in rows]
    events = {x.article.id: list(x.events) for x in extract_articles(articles, resources)}
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        key = row.root or "none"
        total[key] += 1
        if judge(row, events[row.id]):
            passed[key] += 1
        elif args.failures:
            print(f"{row.id}: {row.sentence}\n  got: {describe(events[row.id])}")
    print(f"{'rows':>12}: {len(rows)}")
    print(f"{'pass_rate':>12}: {sum(passed.values()) / len(rows):.3f}")
    print(f"{'by_root':>12}: " + ", ".join(f"{k} {passed[k]}/{total[k]}" for k in sorted(total)))


if __name__ == "__main__":
    main()
