"""Build examples/corpus/ from the openly licensed readouts and the seed article in ../shared.

    python tools/build_demo_corpus.py [--shared ../shared]

Writes `readouts.jsonl` (one record per readout with id, date, title, url, source, licence), copies the
seed article as a text file, and copies INDEX.tsv for attribution. Texts are kept exactly as stored.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
from pathlib import Path

OUTLETS = (
    ("President of Russia", "Kremlin"),
    ("GOV.UK", "UK Prime Minister's Office"),
    ("American Presidency Project", "White House"),
    ("The White House", "White House"),
    ("U.S. Embassy", "US State Department"),
)


def outlet(publisher: str) -> str:
    for prefix, name in OUTLETS:
        if prefix in publisher:
            return name
    return publisher


def body_and_date(raw: str) -> tuple[str, str]:
    first, _, rest = raw.partition("\n")
    if not first.startswith("date "):
        raise SystemExit(f"expected a date header, got {first!r}")
    return rest.strip("\n"), first.split()[1]


def build(shared: Path, out: Path) -> int:
    articles = shared / "corpus" / "articles"
    rows = list(csv.DictReader((articles / "INDEX.tsv").open(encoding="utf-8"), delimiter="\t"))
    out.mkdir(parents=True, exist_ok=True)
    with (out / "readouts.jsonl").open("w", encoding="utf-8") as sink:
        for row in rows:
            text, header_date = body_and_date((articles / row["file"]).read_text(encoding="utf-8"))
            if header_date != row["date"]:
                raise SystemExit(f"{row['file']}: header date {header_date} != INDEX date {row['date']}")
            record = {
                "id": "readout-" + Path(row["file"]).stem,
                "date": row["date"],
                "title": row["title"].removeprefix("[from URL] ").strip(),
                "url": row["url"],
                "source": outlet(row["publisher"]),
                "licence": row["licence"],
                "text": text,
            }
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    shutil.copy(articles / "INDEX.tsv", out / "INDEX.tsv")
    for seed in sorted((shared / "seed").glob("*.txt")):
        shutil.copy(seed, out / seed.name)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "examples" / "corpus"
    )
    args = parser.parse_args()
    print(f"{build(args.shared, args.out)} readouts written to {args.out}")


if __name__ == "__main__":
    main()
