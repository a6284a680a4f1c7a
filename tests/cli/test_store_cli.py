"""The store commands: exit codes, one-line errors, output formats; results checked through the API."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import ingest_extractions, open_store

STORE_TESTS = Path(__file__).resolve().parents[1] / "store"
COMMANDS = ("ingest", "events", "contacts", "compare", "export", "batch", "summary")


def _builders():
    spec = importlib.util.spec_from_file_location("store_builders", STORE_TESTS / "builders.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "history.duckdb"
    with open_store(path) as store:
        ingest_extractions(store, _builders().history())
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env={"EVENTWIRE_DEBUG": ""})
    return result.exit_code, result.stdout, result.stderr


def lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Example: eventwire " + command in out


def test_events_merged_and_raw(db: Path) -> None:
    code, out, err = run("events", "--db", str(db))
    assert code == 0 and err == ""
    merged = lines(out)
    assert len(merged) == 6 and max(e["reports"] for e in merged) == 3
    code, out, _ = run("events", "--db", str(db), "--actor", "RUS", "--actor", "FRA", "--code", "04")
    assert [e["date"] for e in lines(out)] == ["2022-09-11", "2025-07-01"]
    code, out, _ = run("events", "--db", str(db), "--mentions")
    assert code == 0 and len(lines(out)) == 8
    code, out, _ = run("events", "--db", str(db), "--format", "table", "--limit", "2")
    assert code == 0 and "ev_" in out


def test_bad_filter_is_one_line_and_exit_5(db: Path) -> None:
    code, out, err = run("events", "--db", str(db), "--since", "last week")
    assert code == 5 and out == ""
    assert err.startswith("eventwire: error: [E401]") and len(err.strip().splitlines()) == 1


def test_contacts_jsonl_and_in_words(db: Path) -> None:
    code, out, _ = run("contacts", "RUS", "FRA", "--db", str(db), "--format", "jsonl")
    rows = lines(out)
    assert code == 0 and [(r["date"], r["days_since_previous"]) for r in rows] == [
        ("2022-09-11", None), ("2025-07-01", 1024)]
    assert rows[0]["reports"] == 3 and rows[0]["cameo"] == "041"
    code, out, _ = run("contacts", "Putin", "Macron", "--db", str(db), "--summary")
    assert code == 0 and "first telephone contact since 2022-09-11, 1,024 days" in out
    assert out.startswith("2 contacts between Putin and Macron")
    code, out, _ = run("contacts", "RUS", "FRA", "--db", str(db), "--summary", "--format", "jsonl")
    assert lines(out)[0]["contacts"] == 2


def test_compare_jsonl_and_table(db: Path) -> None:
    code, out, _ = run("compare", "kremlin-2022-e0", "--db", str(db))
    reports = lines(out)
    assert code == 0 and [r["article_id"] for r in reports] == ["kremlin-2022", "elysee-2022", "tass-2025"]
    assert len({r["event_id"] for r in reports}) == 1
    code, out, _ = run("compare", "kremlin-2022-e0", "--db", str(db), "--format", "table")
    assert code == 0 and "Kremlin" in out and "Elysee" in out
    code, _, err = run("compare", "nope", "--db", str(db))
    assert code == 5 and "[E406]" in err


def test_export_and_summary(db: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "events.tsv"
    code, _, err = run("export", "--format", "gdelt", "--out", str(out_file), "--db", str(db))
    assert code == 0 and "4 merged events written" in err
    assert all(len(line.split("\t")) == 61 for line in out_file.read_text().splitlines())
    code, _, err = run("export", "--format", "parquet", "--db", str(db))
    assert code == 5 and "--out" in err
    code, out, _ = run("summary", "--db", str(db), "--format", "jsonl")
    assert code == 0 and lines(out)[0]["merged_events"] == 6
    code, out, _ = run("summary", "--db", str(db))
    assert code == 0 and "3 articles" in out and "contacts FRA - RUS" in out


def test_store_errors_are_clean(tmp_path: Path) -> None:
    code, _, err = run("events", "--db", str(tmp_path / "missing.duckdb"))
    assert code == 4 and err.startswith("eventwire: error: [E303]")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database\n" * 100)
    code, _, err = run("summary", "--db", str(notes))
    assert code == 4 and "[E301]" in err and "Traceback" not in err


def test_db_from_the_environment(db: Path) -> None:
    result = CliRunner().invoke(app, ["summary", "--format", "jsonl"], env={"EVENTWIRE_DB": str(db)})
    assert result.exit_code == 0 and json.loads(result.stdout)["articles"] == 3


# --- with the real pipeline --------------------------------------------------------------------------


def eventwire(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EVENTWIRE_DEBUG": ""}
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], capture_output=True, text=True,
                          timeout=600, env=env, cwd=cwd)


@pytest.mark.slow
def test_ingest_seed_then_contacts(seed_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "seed.duckdb"
    result = eventwire("ingest", str(seed_path), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "1 articles added" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = eventwire("contacts", "RUS", "FRA", "--db", str(db), "--format", "jsonl")
    rows = lines(result.stdout)
    assert [(r["date"], r["days_since_previous"]) for r in rows] == [
        ("2022-09-11", None), ("2025-07-01", 1024)]
    again = eventwire("ingest", str(seed_path), "--db", str(db), "--quiet")
    assert again.returncode == 0 and again.stderr == ""
    with open_store(db, read_only=True) as store:
        assert store.scalar("SELECT count(*) FROM articles") == 1


@pytest.mark.slow
def test_ingest_goes_on_after_bad_input(seed_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "bad.duckdb"
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00 not text")
    second = tmp_path / "short.txt"
    second.write_text("date 2025-07-02\n\nVladimir Putin spoke with Emmanuel Macron by telephone today.\n")
    result = eventwire("ingest", str(seed_path), str(binary), str(second), "--db", str(db))
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("eventwire: error:")]
    assert len(errors) == 1 and "image.txt" in errors[0]
    with open_store(db, read_only=True) as store:
        assert sorted(store.scalar("SELECT list(id) FROM articles")) == [
            "short", "tass-2025-07-01-putin-macron-call"]


@pytest.mark.slow
def test_batch_local_writes_parquet(seed_path: Path, tmp_path: Path) -> None:
    from eventwire.scale import read_events

    result = eventwire("batch", "--engine", "local", str(seed_path), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "1 articles" in result.stderr
    events = read_events(tmp_path / "out")
    assert events and {e["article_id"] for e in events} == {seed_path.stem}


def test_an_empty_store_says_so(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    open_store(db).close()
    code, out, _ = run("summary", "--db", str(db))
    assert code == 0 and "store is empty" in out
    code, out, _ = run("events", "--db", str(db))
    assert code == 0 and out == ""
    code, out, _ = run("contacts", "RUS", "FRA", "--db", str(db), "--summary")
    assert code == 0 and out.strip() == "No contacts between RUS and FRA are stored."


def test_unknown_names_are_looked_up_in_the_knowledge_base(db: Path) -> None:
    code, _, err = run("events", "--db", str(db), "--actor", "Erdoğan")
    assert code == 5 and "[E405]" in err and "Erdoğan" in err
