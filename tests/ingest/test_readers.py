from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import BadInput, build_article, read_inputs
from eventwire.ingest.dateline import parse_dateline, split_date_header
from eventwire.ingest.normalize import normalize_text, split_paragraphs


def only(items):
    items = list(items)
    assert len(items) == 1
    return items[0]


def test_seed_header_on_the_dateline_line(seed_path: Path) -> None:
    article = only(read_inputs([str(seed_path)]))
    assert article.id == "tass-2025-07-01-putin-macron-call"
    assert article.date == date(2025, 7, 1)
    assert (article.source, article.place) == ("TASS", "Moscow")
    assert article.text.startswith("MOSCOW, July 1. /TASS/.")
    assert "’" not in article.text and "leaders' talk" in article.text


def test_dateline_is_its_own_paragraph(seed_path: Path) -> None:
    article = only(read_inputs([str(seed_path)]))
    first, second = article.paragraphs[:2]
    assert first.heading and article.text[first.start : first.end] == "MOSCOW, July 1. /TASS/."
    assert article.text[second.start :].startswith("Russian President")


def test_headings_are_split_from_following_text() -> None:
    text = "Talks on trade\nThe ministers met on Monday.\n\nIranian crisis\n\nBoth sides agreed."
    paragraphs = split_paragraphs(text)
    kinds = [(text[p.start : p.end], p.heading) for p in paragraphs]
    assert kinds == [
        ("Talks on trade", True),
        ("The ministers met on Monday.", False),
        ("Iranian crisis", True),
        ("Both sides agreed.", False),
    ]


def test_normalization_keeps_offsets_one_for_one() -> None:
    raw = "It\u2019s\u00a0Macron\u2019s call"
    assert normalize_text(raw) == "It's Macron's call"
    assert len(normalize_text(raw)) == len(raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2025-07-01\n\nBody", (date(2025, 7, 1), "\nBody")),
        ("   date 2025-07-01 MOSCOW, July 1.", (date(2025, 7, 1), "MOSCOW, July 1.")),
        ("No header here", (None, "No header here")),
    ],
)
def test_date_header(text: str, expected: tuple) -> None:
    assert split_date_header(text) == expected


@pytest.mark.parametrize("header", ["date 2025-13-01 text", "date 01/07/2025 text", "date 2025-02-30\ntext"])
def test_malformed_date_header_is_an_error(header: str) -> None:
    with pytest.raises(InputError, match="malformed date header"):
        split_date_header(header)


def test_datelines() -> None:
    reuters = parse_dateline("WASHINGTON (Reuters) - The US said on Monday ...")
    assert reuters is not None and (reuters.place, reuters.source) == ("Washington", "Reuters")
    assert parse_dateline("Russian President Vladimir Putin said") is None


def test_dateline_disagreeing_with_date_is_rejected() -> None:
    with pytest.raises(InputError, match="disagrees"):
        build_article("MOSCOW, March 3. /TASS/. Text.", article_id="x", published=date(2025, 7, 1))


def test_title_from_first_heading() -> None:
    article = build_article("PM call with President Macron\n\nThe PM spoke to Macron.", article_id="a")
    assert article.title == "PM call with President Macron"


def test_jsonl_records_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = {"id": "a1", "date": "2025-07-01", "text": "Putin spoke with Macron.", "source": "TASS"}
    path.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({"id": "a3", "text": ""}) + "\n")
    items = list(read_inputs([str(path)]))
    assert items[0].id == "a1" and items[0].date == date(2025, 7, 1) and items[0].source == "TASS"
    assert isinstance(items[1], BadInput) and "broken JSON line" in str(items[1].error)
    assert isinstance(items[2], BadInput) and "no 'text'" in str(items[2].error)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"   \n\n", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("Caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_give_one_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    item = only(read_inputs([str(path)]))
    assert isinstance(item, BadInput) and message in str(item.error)


def test_missing_file_and_directory_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("date 2025-01-02\nSecond.")
    (tmp_path / "a.txt").write_text("date 2025-01-01\nFirst.")
    (tmp_path / "notes.tsv").write_text("ignored")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert [getattr(i, "id", None) for i in items[:2]] == ["a", "b"]
    assert isinstance(items[2], BadInput) and "no such file" in str(items[2].error)


def test_demo_corpus_reads_cleanly(corpus_dir: Path) -> None:
    items = list(read_inputs([str(corpus_dir)]))
    assert not [i for i in items if isinstance(i, BadInput)]
    assert len(items) == 42
    assert all(a.date is not None and a.source for a in items)


def test_huge_file_is_refused_without_reading_it_as_text(tmp_path: Path) -> None:
    from eventwire.ingest.readers import MAX_ARTICLE_CHARS

    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (MAX_ARTICLE_CHARS // 5 * 4 + 10))
    item = only(read_inputs([str(path)]))
    assert isinstance(item, BadInput) and "too large" in str(item.error)


@pytest.mark.parametrize("bad_date", ["2025-13-45", "01/07/2025", "yesterday"])
def test_jsonl_malformed_dates_are_reported_per_line(tmp_path: Path, bad_date: str) -> None:
    path = tmp_path / "dates.jsonl"
    lines = [
        {"id": "bad", "date": bad_date, "text": "Text."},
        {"id": "good", "date": "2025-07-01", "text": "T."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines))
    bad, good = read_inputs([str(path)])
    assert isinstance(bad, BadInput) and "malformed date" in str(bad.error) and bad.origin.endswith(":1")
    assert good.id == "good"


def test_jsonl_timestamps_are_cut_to_the_day(tmp_path: Path) -> None:
    path = tmp_path / "ts.jsonl"
    path.write_text(json.dumps({"id": "t", "date": "2025-07-01T18:45:00Z", "text": "Text."}))
    assert only(read_inputs([str(path)])).date == date(2025, 7, 1)


def test_a_records_title_repeated_in_the_text_is_a_heading() -> None:
    text = "[draft] Call with the President: 3 May 2024\n\nThe minister spoke to the president today."
    article = build_article(text, article_id="t", title="Call with the President: 3 May 2024")
    assert article.paragraphs[0].heading
    assert not article.paragraphs[1].heading
