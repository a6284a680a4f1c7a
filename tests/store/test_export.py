"""Exports: GDELT 2.0 event columns, PLOVER JSON, Parquet, CSV and JSON Lines of merged events."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from eventwire import query
from eventwire.errors import QueryError
from eventwire.export import GDELT_COLUMNS, export
from eventwire.store import Store


def text_export(store: Store, fmt: str) -> str:
    out = io.StringIO()
    export(store, fmt, stream=out)
    return out.getvalue()


def test_gdelt_has_the_61_columns_in_order_and_only_facts(reader: Store) -> None:
    assert len(GDELT_COLUMNS) == 61
    assert (GDELT_COLUMNS[0], GDELT_COLUMNS[-1]) == ("GLOBALEVENTID", "SOURCEURL")
    lines = text_export(reader, "gdelt").splitlines()
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert len(rows) == 4  # six merged events minus a claim and a plan
    call = next(r for r in rows if r["SQLDATE"] == "20220911" and r["EventCode"] == "041")
    assert (call["MonthYear"], call["Year"], call["FractionDate"]) == ("202209", "2022", "2022.7699")
    actor1 = (call["Actor1Code"], call["Actor1CountryCode"], call["Actor1Type1Code"])
    assert actor1 == ("FRAGOV", "FRA", "GOV")
    assert call["Actor1Name"] == "EMMANUEL MACRON" and call["Actor2Code"] == "RUSGOV"
    assert (call["EventBaseCode"], call["EventRootCode"], call["QuadClass"]) == ("041", "04", "1")
    assert (call["NumMentions"], call["NumSources"], call["NumArticles"]) == ("3", "3", "3")
    assert call["SOURCEURL"] == "https://www.elysee.fr/x" and len(call["DATEADDED"]) == 14
    assert int(call["GLOBALEVENTID"]) > 0 and call["IsRootEvent"] == "1"


def test_plover_records(reader: Store) -> None:
    records = json.loads(text_export(reader, "plover"))
    assert len(records) == 6
    call = next(r for r in records if r["date"] == "2022-09-11" and r["cameo"] == "041")
    assert (call["event"], call["mode"]) == ("CONSULT", "phone")
    assert call["source"][0]["actorText"] == "Emmanuel Macron" and call["target"][0]["code"] == "RUSGOV"
    assert call["reports"] == 3 and call["text"] and call["version"] == "eventwire"
    claim = next(r for r in records if r["claimed_by"])
    assert claim["claimed_by"]["name"] == "Vladimir Putin"


def test_csv_and_jsonl(reader: Store) -> None:
    rows = list(csv.DictReader(io.StringIO(text_export(reader, "csv"))))
    assert len(rows) == 6 and rows[0]["event_id"].startswith("ev_")
    call = next(r for r in rows if r["reports"] == "3")
    assert call["sources"] == "Elysee;Kremlin;TASS" and call["source_country"] == "FRA"
    lines = [json.loads(line) for line in text_export(reader, "jsonl").splitlines()]
    assert lines == json.loads(json.dumps(query.events(reader), default=str))


def test_parquet_is_readable_by_arrow_and_duckdb(reader: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert export(reader, "parquet", path) == 6
    table = pq.read_table(path)
    assert table.num_rows == 6 and "source_code" in table.column_names
    assert duckdb.sql(f"SELECT max(reports) FROM '{path}'").fetchall() == [(3,)]
    assert duckdb.sql(f"SELECT sources FROM '{path}' WHERE reports = 3").fetchall() == [
        (["Elysee", "Kremlin", "TASS"],)]


def test_export_to_a_file_and_bad_formats(reader: Store, tmp_path: Path) -> None:
    path = tmp_path / "out.tsv"
    assert export(reader, "gdelt", path) == 4 and len(path.read_text().splitlines()) == 4
    with pytest.raises(QueryError):
        export(reader, "xml", path)
    with pytest.raises(QueryError):
        export(reader, "parquet")
