"""Every actor table loads and has the columns the loader expects (one test per table)."""

from __future__ import annotations

import csv
import gzip
import json

import pytest

from eventwire.actors.kb import DATA_DIR
from eventwire.actors.tables import COLUMNS, PEOPLE_FIELDS
from eventwire.errors import ConfigError


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        assert tuple(reader.fieldnames or ()) == COLUMNS[name]
        rows = list(reader)
    assert rows, name
    assert all(None not in row.values() for row in rows), f"{name}: a row has too many or too few cells"
    return rows


def test_countries_table() -> None:
    rows = {r["iso3"]: r for r in _rows("countries.tsv")}
    assert len(rows) >= 195
    assert rows["RUS"]["qid"] == "Q159" and "Russian" in rows["RUS"]["demonyms"]
    assert rows["XKX"]["cameo"] == "KSV"  # CAMEO differs from ISO here
    assert "U.S." in rows["USA"]["aliases"] and rows["GBR"]["leader_office"] == "hog"
    assert all(r["source"] for r in rows.values())


def test_metonyms_table() -> None:
    rows = {r["surface"]: r for r in _rows("metonyms.tsv")}
    assert rows["Kremlin"]["code"] == "RUSGOV"
    assert rows["Pentagon"]["code"] == "USAMIL"
    assert rows["Quai d'Orsay"]["country"] == "FRA"


def test_igos_table() -> None:
    rows = {r["name"]: r for r in _rows("igos.tsv")}
    assert rows["United Nations"]["code"] == "IGOUNO"
    assert rows["European Union"]["code"] == "IGOEU"
    assert rows["NATO"]["code"] == "IGONATO"
    assert rows["International Atomic Energy Agency"]["code"] == "IGOUNOIAE"


def test_groups_table() -> None:
    rows = {r["name"]: r for r in _rows("groups.tsv")}
    assert rows["Hamas"]["country"] == "PSE" and rows["Houthis"]["country"] == "YEM"
    assert rows["the West"]["code"] == "WST" and rows["the West"]["country"] == ""


def test_organisations_table() -> None:
    rows = _rows("organisations.tsv")
    assert all(len(r["code"]) == 6 and r["country"] for r in rows)


def test_agents_table() -> None:
    rows = {r["phrase"]: r for r in _rows("agents.tsv")}
    assert rows["police"]["code"] == "COP" and rows["troops"]["sector"] == "MIL"
    assert rows["foreign ministry"]["sector"] == "GOV"


def test_roles_curated_table() -> None:
    rows = _rows("roles_curated.tsv")
    assert len({r["id"] for r in rows}) >= 250
    assert all(r["source"] and r["sector"] and r["office"] for r in rows)
    assert all(r["start"] <= (r["end"] or "9999") for r in rows)


def test_people_table() -> None:
    with gzip.open(DATA_DIR / "people.jsonl.gz", "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle]
    assert len(records) > 10_000
    assert all(all(k in r for k in PEOPLE_FIELDS) and r["roles"] for r in records)
    putin = next(r for r in records if r["id"] == "Q7747")
    assert {"President", "Prime Minister"} <= {r.get("title") for r in putin["roles"]}
    bushes = [r for r in records if r["name"] in ("George Bush", "George W. Bush")]
    assert len(bushes) == 2  # two presidents, not one person with both lives
    assert all(r["roles"][0]["office"] == "hos" and "Bush" in r["surnames"] for r in bushes)


def test_igos_and_ngos_tables() -> None:
    igos = {r["name"]: r for r in _rows("igos.tsv")}
    assert "European Community" in igos["European Union"]["aliases"]
    assert igos["Organization of African Unity"]["code"].startswith("IGO")
    ngos = {r["name"]: r for r in _rows("ngos.tsv")}
    amnesty = ngos["Amnesty International"]
    assert amnesty["code"].startswith("NGO") and not amnesty["country"]
    assert len(ngos) > 500 and all(r["code"].startswith("NGO") for r in ngos.values())


def test_media_table() -> None:
    rows = {r["name"]: r for r in _rows("media.tsv")}
    assert rows["TASS"]["country"] == "RUS" and rows["TASS"]["sector"] == "MED"
    assert rows["UK Prime Minister's Office"]["office"] == "hog"
    assert all(r["kind"] in ("outlet", "publisher") and r["source"] for r in rows.values())


def test_places_and_cities_tables() -> None:
    cities = _rows("cities.tsv")
    assert len(cities) > 5000 and all(int(r["population"]) >= 100_000 and r["source"] for r in cities)
    places = [(r["name"], r["country"]) for r in _rows("places.tsv")]
    assert ("Tripoli", "LBN") in places and ("Pune", "IND") in places
    assert len(places) == len(set(places))  # a name may repeat, each time with another country


def test_states_history_table() -> None:
    rows = {r["code"]: r for r in _rows("states_history.tsv")}
    countries = {r["iso3"] for r in _rows("countries.tsv")}
    assert rows["SSD"]["before"] == "SDN" and rows["SSD"]["start"] == "2011-07-09"
    assert rows["YUG"]["renamed"] == "SCG" and "TLS" not in rows
    assert all(r["source"] and code in countries and (r["before"] or "SUN") in countries
               for code, r in rows.items())


def test_settlers_table() -> None:
    rows = {r["territory"]: r for r in _rows("settlers.tsv")}
    assert rows["PSE"]["state"] == "ISR" and rows["Gaza Strip"]["end"] == "2005-09-12"
    assert all(r["source"] for r in rows.values())


def test_data_readme_names_every_table() -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    for path in DATA_DIR.iterdir():
        if path.suffix in (".tsv", ".jsonl", ".gz"):
            assert path.name in readme, path.name


def test_broken_table_is_a_config_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eventwire.actors.tables import read_tsv

    (tmp_path / "igos.tsv").write_text("id\tname\nx\ty\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="E212"):
        read_tsv(tmp_path / "igos.tsv")
