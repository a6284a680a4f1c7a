"""Score `find_timexes` on the TempEval-3 platinum test set (TimeML files), on values.

The text scored is the content of each file's <TEXT> element with the tags stripped; the base date is the
document's creation time (the TIMEX3 inside <DCT>, which lies outside <TEXT> and is not scored). A found
expression is correct when its span overlaps a gold TIMEX3 span and its value equals the gold value
exactly; each gold expression is matched at most once. Precision = correct / found, recall = correct /
gold.

    python -m bench.tempeval [TML_DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.records import Timex
from eventwire.time import find_timexes

DEFAULT_DIR = Path(__file__).resolve().parent / "data" / "tempeval3_platinum" / "tml"
PIECE = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>|&(?:#\d+|#x[0-9a-fA-F]+|\w+);|[^<&]+|[<&]", re.DOTALL)
ATTR = re.compile(r'(\w+)="([^"]*)"')
DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.DOTALL)


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    base: date | None
    gold: tuple[GoldTimex, ...]


def read_tml(path: Path) -> Document:
    """Plain text of <TEXT> (tags removed, entities decoded) with gold TIMEX3 spans into that text."""
    raw = path.read_text(encoding="utf-8")
    dct = DCT.search(raw)
    begin = raw.index("<TEXT>") + len("<TEXT>")
    body = raw[begin : raw.index("</TEXT>")]
    parts: list[str] = []
    length = 0
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for m in PIECE.finditer(body):
        if m.group(2):
            if m.group(2) == "TIMEX3" and not m.group(1):
                open_timex = (length, dict(ATTR.findall(m.group(3))))
            elif m.group(2) == "TIMEX3" and open_timex is not None:
                start, attrs = open_timex
                text = "".join(parts)[start:]
                if "value" in attrs:
                    gold.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs["value"]))
                open_timex = None
            continue
        piece = html.unescape(m.group()) if m.group().startswith("&") else m.group()
        parts.append(piece)
        length += len(piece)
    base = date.fromisoformat(dct.group(1)) if dct else None
    return Document(path.stem, "".join(parts), base, tuple(gold))


Pair = tuple[Timex, GoldTimex]


def match(found: list[Timex], gold: tuple[GoldTimex, ...]) -> tuple[list[Pair], list[Timex]]:
    """Pairs (found, gold) that overlap with equal values, each gold used once; and the unmatched found."""
    used: set[int] = set()
    pairs: list[tuple[Timex, GoldTimex]] = []
    wrong: list[Timex] = []
    for t in found:
        hit = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used and t.start < g.end and g.start < t.end and t.value == g.value
            ),
            None,
        )
        if hit is None:
            wrong.append(t)
        else:
            used.add(hit)
            pairs.append((t, gold[hit]))
    return pairs, wrong


def score_tempeval(tml_dir: Path = DEFAULT_DIR, verbose: bool = False) -> dict[str, Any]:
    """Value precision, recall and F1 of `find_timexes` over every .tml file in `tml_dir`."""
    found_n = correct_n = gold_n = 0
    mistakes: dict[str, dict[str, list[str]]] = {}
    for path in sorted(Path(tml_dir).glob("*.tml")):
        doc = read_tml(path)
        found = find_timexes(doc.text, doc.base)
        pairs, wrong = match(found, doc.gold)
        matched = {id(g) for _, g in pairs}
        missed = [g for g in doc.gold if id(g) not in matched]
        found_n, correct_n, gold_n = found_n + len(found), correct_n + len(pairs), gold_n + len(doc.gold)
        if verbose and (wrong or missed):
            mistakes[doc.name] = {
                "wrong": [f"{t.text!r} {t.type} {t.value} {_gold_at(t, doc.gold)}" for t in wrong],
                "missed": [f"{g.text!r} {g.type} {g.value}" for g in missed],
            }
    precision = correct_n / found_n if found_n else 0.0
    recall = correct_n / gold_n if gold_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result: dict[str, Any] = {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "found": found_n,
        "correct": correct_n,
        "gold": gold_n,
    }
    if verbose:
        result["mistakes"] = mistakes
    return result


def _gold_at(t: Timex, gold: tuple[GoldTimex, ...]) -> str:
    over = [g for g in gold if t.start < g.end and g.start < t.end]
    return f"(gold {over[0].text!r} {over[0].value})" if over else "(no gold)"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Score eventwire's time expressions on TempEval-3.")
    parser.add_argument("tml_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--verbose", action="store_true", help="print each document's mistakes")
    args = parser.parse_args(argv)
    result = score_tempeval(args.tml_dir, verbose=args.verbose)
    for name, errors in result.pop("mistakes", {}).items():
        print(f"== {name}")
        for line in errors["wrong"]:
            print(f"  wrong   {line}")
        for line in errors["missed"]:
            print(f"  missed  {line}")
    for key, value in result.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
