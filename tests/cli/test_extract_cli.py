"""The extraction commands as a user runs them: a real process and model, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EVENTWIRE = [sys.executable, "-m", "eventwire.cli"]


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EVENTWIRE_DEBUG": ""}
    return subprocess.run(
        [*EVENTWIRE, *args], input=stdin, capture_output=True, text=True, timeout=300, env=env, cwd=cwd
    )


@pytest.fixture(scope="module")
def seed_lines(seed_path: Path) -> list[dict]:
    result = run("extract", str(seed_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_every_line_follows_the_contract(seed_lines: list[dict]) -> None:
    assert {line["type"] for line in seed_lines} == {"event", "quote"}
    for event in (line for line in seed_lines if line["type"] == "event"):
        for key in (
            "article_id",
            "event_id",
            "date",
            "date_precision",
            "historical",
            "source",
            "target",
            "cameo",
            "cameo_root",
            "plover",
            "quad_class",
            "goldstein",
            "symmetric",
            "claimed_by",
            "negated",
            "evidence",
            "rule",
        ):
            assert key in event, key
        assert event["article_id"] == "tass-2025-07-01-putin-macron-call"
        assert event["cameo"].startswith(event["cameo_root"])
        assert event["evidence"]["sentence"] and "trigger" in event["evidence"]["spans"]
        assert event["rule"]


def test_seed_must_show(seed_lines: list[dict], seed_path: Path) -> None:
    events = [line for line in seed_lines if line["type"] == "event"]

    def countries(e: dict) -> set:
        return {(e["source"] or {}).get("country"), (e["target"] or {}).get("country")}

    calls = [e for e in events if e["cameo"] == "041" and countries(e) == {"RUS", "FRA"}]
    assert {(e["date"], e["historical"]) for e in calls} >= {("2025-07-01", False), ("2022-09-11", True)}
    assert any(
        e["cameo_root"] == "11" and e["source"]["country"] == "RUS" and e["date"] == "2025-07-01"
        for e in events
    )
    assert any(e["claimed_by"] for e in events)
    assert not [e for e in events if e["historical"] and e["date"] == "2025-07-01"]
    quotes = [line for line in seed_lines if line["type"] == "quote"]
    assert any((q["speaker"] or {}).get("country") == "RUS" for q in quotes)


def test_evidence_spans_point_into_the_text(seed_lines: list[dict], seed_path: Path) -> None:
    from eventwire.ingest import read_inputs

    article = next(iter(read_inputs([str(seed_path)])))
    for event in (line for line in seed_lines if line["type"] == "event"):
        sentence = event["evidence"]["sentence"]
        for start, end in event["evidence"]["spans"].values():
            assert 0 <= start < end <= len(article.text)
        start, end = event["evidence"]["spans"]["trigger"]
        assert article.text[start:end] in sentence


def test_stdin_and_plain_text_with_date() -> None:
    result = run("extract", "-", "--date", "2024-03-05", stdin="Russia and France held talks on Monday.")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert all(line["article_id"] == "stdin" for line in lines)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty input"),
        (b"\x00\x01\x02binary", "binary file"),
        (b"date 2025-99-01\nText.", "malformed date header"),
    ],
)
def test_bad_input_is_one_line_and_nonzero(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "input.txt"
    if content is not None:
        path.write_bytes(content)
    result = run("extract", str(path))
    assert result.returncode != 0
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_batch_goes_on_past_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xff\xfe bad")
    (tmp_path / "b.txt").write_text("date 2024-03-05\nPutin met Erdogan in Sochi on Monday.")
    result = run("extract", str(tmp_path))
    assert result.returncode == 2
    assert "not UTF-8" in result.stderr
    assert any(json.loads(x)["article_id"] == "b" for x in result.stdout.splitlines())


def test_malformed_date_option() -> None:
    result = run("extract", "-", "--date", "yesterday", stdin="Text.")
    assert result.returncode != 0 and "malformed --date" in result.stderr


def test_timex_command(seed_path: Path) -> None:
    result = run("timex", str(seed_path))
    assert result.returncode == 0, result.stderr
    values = {json.loads(x)["value"] for x in result.stdout.splitlines()}
    assert "2022-09-11" in values
