"""Generality on wire-style sentences nobody tuned the coder for: the pass rate of the wire-sentence check.

    python -m bench.wire [--set original|heldout|heldout2] [--failures]

The rows and the judging are those of `tests/coding/test_wire_sets.py` (see `tests/coding/wire.py`): 250
sentences written for eventwire in news-agency style, each with the code, actors and flags a careful CAMEO
coder reads in it; `--set heldout` takes the 160 held-out sentences instead, written apart from the first
set and from the coder's tables, and `--set heldout2` the 120 of a further set held out after both. The
tests pin each row; this prints the rate overall and by expected CAMEO root.
"""

from __future__ import annotations

import argparse
from collections import Counter

from tests.coding.wire import DATA, HELDOUT, HELDOUT2, describe, extract_rows, judge, load_rows

SETS = {"original": DATA, "heldout": HELDOUT, "heldout2": HELDOUT2}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="original",
                        help="the sentences: the original wire set (default) or one of the held-out ones")
    parser.add_argument("--failures", action="store_true", help="print each failing row")
    args = parser.parse_args()
    rows = load_rows(SETS[args.set])
    events = extract_rows(rows)
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows:
        key = row.root or "none"
        total[key] += 1
        if judge(row, events[row.id]):
            passed[key] += 1
        elif args.failures:
            print(f"{row.id}: {row.sentence}\n  expected: {row.cameo} {row.source} > {row.target} "
                  f"{sorted(row.flags)} {row.expected_failure}\n  got: {describe(events[row.id])}")
    print(f"{'set':>12}: {args.set}")
    print(f"{'rows':>12}: {len(rows)}")
    print(f"{'pass_rate':>12}: {sum(passed.values()) / len(rows):.3f}")
    print(f"{'by_root':>12}: " + ", ".join(f"{k} {passed[k]}/{total[k]}" for k in sorted(total)))


if __name__ == "__main__":
    main()
