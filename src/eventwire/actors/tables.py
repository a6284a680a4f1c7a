"""Read the actor data files into plain tables; `kb.KnowledgeBase` wraps them read-only.

Each file has a fixed set of columns (`COLUMNS`), checked on load so that a hand edit that breaks a
table fails loudly (E212) instead of silently dropping actors.
"""

from __future__ import annotations

import csv
import gzip
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.actors.normalize import alias_tokens, fold
from eventwire.errors import ConfigError
from eventwire.records import Actor, Role

if TYPE_CHECKING:
    from eventwire.actors.kb import Agent, CountryInfo, Metonym, Pattern

PLACE_KINDS = frozenset({"name", "demonym", "capital", "metonym"})
NO_PLURAL_ENDINGS = ("ese", "sh", "ch", "s", "x", "z", "ic", "ish")


@dataclass(frozen=True, slots=True)
class Publisher:
    """An outlet or official publisher: the home country an article's `source` gives its text."""

    name: str
    country: str
    sector: str
    office: str

COLUMNS: dict[str, tuple[str, ...]] = {
    "countries.tsv": ("iso3", "iso2", "cameo", "qid", "name", "type", "parent", "aliases", "demonyms",
                      "capitals", "leader_office", "source"),
    "metonyms.tsv": ("surface", "country", "sector", "code", "note", "source"),
    "igos.tsv": ("id", "code", "phoenix_code", "name", "aliases", "head_title", "source"),
    "groups.tsv": ("id", "code", "country", "sector", "name", "aliases", "source"),
    "organisations.tsv": ("id", "code", "country", "sector", "name", "aliases", "source"),
    "ngos.tsv": ("id", "code", "country", "sector", "name", "aliases", "source"),
    "places.tsv": ("name", "country", "source"),
    "cities.tsv": ("name", "country", "population", "source"),
    "states_history.tsv": ("code", "start", "end", "before", "renamed", "source"),
    "settlers.tsv": ("territory", "state", "start", "end", "source"),
    "ethnic_groups.tsv": ("name", "forms", "countries", "code", "source"),
    "media.tsv": ("id", "name", "aliases", "country", "sector", "code", "office", "kind", "source"),
    "agents.tsv": ("phrase", "code", "sector", "plural_only", "source"),
    "common_word_surnames.tsv": ("surname", "source"),
    "party_words.tsv": ("word", "kind", "sector", "code", "source"),
    "roles_curated.tsv": ("id", "name", "aliases", "gender", "country", "sector", "org", "office", "title",
                          "start", "end", "source"),
}
PEOPLE_FIELDS = ("id", "name", "roles")
WEST_ID = "ew:group/wst"
STOP_SURNAMES = frozenset(
    [
        "a", "an", "and", "as", "at", "be", "by", "do", "for", "he", "his", "if", "in", "is", "it",
        "me", "my", "no", "of", "on", "or", "so", "the", "to", "up", "us", "we", "who", "will", "said",
        "can", "new", "head", "chief", "king", "state"
    ]
)
OFFICES = ("hos", "hog", "fm", "dm", "spk", "vp", "mil", "amb", "leader")


@dataclass(frozen=True, slots=True)
class PartyWord:
    """A word of a party's noun phrase: the head ("party") or a stance before the name ("opposition"),
    with the sector and the CAMEO code suffix it gives (`parties`)."""

    word: str
    kind: str  # head | stance
    sector: str
    code: str


@dataclass(frozen=True, slots=True)
class StateSpan:
    """When a state existed, whose territory it was `before`, and what its name meant after (Yugoslavia
    -> Serbia and Montenegro, 1992-2003)."""

    code: str
    start: date | None
    end: date | None
    before: str | None
    renamed: str | None


@dataclass(frozen=True, slots=True)
class KBRole:
    """A role with what `records.Role` does not carry: the office kind and an explicit CAMEO code."""

    role: Role
    office: str
    code: str | None


@dataclass
class Tables:
    actors: dict[str, Actor] = field(default_factory=dict)
    roles: dict[str, tuple[KBRole, ...]] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)
    countries: dict[str, CountryInfo] = field(default_factory=dict)
    state_ids: dict[str, str] = field(default_factory=dict)
    metonyms: dict[str, Metonym] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)
    surnames: dict[str, list[str]] = field(default_factory=dict)
    patterns: dict[str, list[Pattern]] = field(default_factory=dict)
    alias_index: dict[str, list[str]] = field(default_factory=dict)
    office_index: dict[str, list[str]] = field(default_factory=dict)
    publishers: dict[str, Publisher] = field(default_factory=dict)
    places: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    regions: set[str] = field(default_factory=set)  # place keys of the hand-edited list (`read_places`)
    history: dict[str, StateSpan] = field(default_factory=dict)
    settlers: dict[str, tuple[str, date | None, date | None]] = field(default_factory=dict)
    ethnic: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    common_surnames: set[str] = field(default_factory=set)  # surnames that are English words (`read_words`)
    party_words: dict[str, PartyWord] = field(default_factory=dict)  # "party", "opposition" (`read_words`)

    def add_pattern(self, alias: str, kind: str, target: str) -> None:
        from eventwire.actors.kb import Pattern

        tokens = tuple(alias_tokens(alias))
        if not tokens:
            return
        key = fold(" ".join(tokens))
        letters = alias.replace(".", "").replace(" ", "")
        exact = letters.isalpha() and letters.isupper() and len(letters) <= 5
        pattern = Pattern(kind, target, tokens, exact)
        bucket = self.patterns.setdefault(key, [])
        if pattern not in bucket:
            bucket.append(pattern)

    def index(self, alias: str, actor_id: str) -> None:
        bucket = self.alias_index.setdefault(fold(alias), [])
        if actor_id not in bucket:
            bucket.append(actor_id)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of one TSV table, after checking its header against `COLUMNS`."""
    if not path.is_file():
        raise ConfigError(f"actor table missing: {path}", code="E212")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        expected = COLUMNS.get(path.name)
        if expected and tuple(reader.fieldnames or ()) != expected:
            raise ConfigError(f"{path.name}: columns {reader.fieldnames} != {list(expected)}", code="E212")
        return list(reader)


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def plural_demonyms(demonym: str) -> list[str]:
    """"Israeli" -> ["Israeli", "Israelis"], "Turk" -> ["Turk", "Turks"]; "French", "Chinese", "Swiss"
    stay themselves (no regular plural)."""
    if " " in demonym or demonym.isupper() or demonym.endswith(NO_PLURAL_ENDINGS):
        return [demonym]
    return [demonym, demonym + "s"]


def read_countries(path: Path, tables: Tables) -> None:
    from eventwire.actors.kb import CountryInfo

    for row in read_tsv(path / "countries.tsv"):
        actor_id = row["qid"] or f"ew:state/{row['iso3']}"
        names = [row["name"], *split(row["aliases"])]
        actor = Actor(actor_id, row["name"], "state", row["iso3"], row["cameo"], (), tuple(names[1:]),
                      row["source"])
        tables.actors[actor_id] = actor
        tables.state_ids[row["iso3"]] = actor_id
        tables.state_ids[row["cameo"]] = actor_id
        demonyms = split(row["demonyms"])
        tables.countries[row["iso3"]] = CountryInfo(
            row["iso3"], row["cameo"], row["name"], row["parent"] or None, row["leader_office"] or "hos",
            tuple(demonyms),
        )
        if row["cameo"] != row["iso3"]:
            tables.countries[row["cameo"]] = tables.countries[row["iso3"]]
        for name in names:
            tables.add_pattern(name, "name", actor_id)
            tables.index(name, actor_id)
        for demonym in demonyms:
            for form in plural_demonyms(demonym):
                tables.add_pattern(form, "demonym", actor_id)
            tables.index(demonym, actor_id)
        for capital in split(row["capitals"]):
            tables.add_pattern(capital, "capital", actor_id)


def read_metonyms(path: Path, tables: Tables) -> None:
    from eventwire.actors.kb import Metonym

    for row in read_tsv(path / "metonyms.tsv"):
        key = fold(row["surface"])
        tables.metonyms[key] = Metonym(row["surface"], row["country"], row["sector"], row["code"])
        tables.add_pattern(row["surface"], "metonym", key)


def read_igos(path: Path, tables: Tables) -> None:
    for row in read_tsv(path / "igos.tsv"):
        actor = Actor(row["id"], row["name"], "igo", None, row["code"], (), tuple(split(row["aliases"])),
                      row["source"])
        tables.actors[actor.id] = actor
        for name in [row["name"], *split(row["aliases"])]:
            tables.add_pattern(name, "name", actor.id)
            tables.index(name, actor.id)


def read_groups(path: Path, tables: Tables, filename: str, kind: str) -> None:
    """Armed/non-state groups (`groups.tsv`) or national institutions (`organisations.tsv`)."""
    for row in read_tsv(path / filename):
        sector = row["sector"] or None
        roles = (Role(row["country"] or None, sector),) if sector else ()
        actor = Actor(row["id"], row["name"], kind, row["country"] or None, row["code"], roles,
                      tuple(split(row["aliases"])), row["source"])
        tables.actors[actor.id] = actor
        for name in [row["name"], *split(row["aliases"])]:
            tables.add_pattern(name, "name", actor.id)
            tables.index(name, actor.id)
    if kind == "group" and WEST_ID in tables.actors:
        for form in ("Western", "West's"):
            tables.add_pattern(form, "demonym", WEST_ID)


def read_agents(path: Path, tables: Tables) -> None:
    from eventwire.actors.kb import Agent

    for row in read_tsv(path / "agents.tsv"):
        key = fold(" ".join(alias_tokens(row["phrase"])))  # as the matcher joins tokens
        curated = row["source"].startswith("curated")
        tables.agents.setdefault(key, Agent(key, row["code"], row["sector"], curated))


def read_people(path: Path, tables: Tables) -> None:
    file = path / "people.jsonl.gz"
    if not file.is_file():
        raise ConfigError(f"actor table missing: {file}", code="E212")
    with gzip.open(file, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            record = json.loads(line)
            if any(k not in record for k in PEOPLE_FIELDS):
                raise ConfigError(f"people.jsonl line {number}: needs {PEOPLE_FIELDS}", code="E212")
            _add_person(record, tables)


def _add_person(record: dict[str, Any], tables: Tables) -> None:
    """One `people.jsonl.gz` record (parsed JSON): the person, their dated roles, names and surnames."""
    infos = tuple(
        KBRole(
            Role(r.get("country"), r["sector"], r.get("title", ""), _date(r.get("start")),
                 _date(r.get("end")), r.get("source", "")),
            r.get("office", "other"),
            r.get("code"),
        )
        for r in record["roles"]
    )
    aliases = tuple(str(a) for a in record.get("aliases", ()))
    actor_id = str(record["id"])
    country = next((i.role.country for i in infos if i.role.country), None)
    tables.actors[actor_id] = Actor(actor_id, str(record["name"]), "person", country, None,
                                    tuple(i.role for i in infos), aliases, str(record.get("source", "")))
    tables.roles[actor_id] = infos
    for info in infos:
        if info.role.country and info.office in OFFICES:
            bucket = tables.office_index.setdefault(info.role.country, [])
            if actor_id not in bucket:
                bucket.append(actor_id)
    if record.get("gender"):
        tables.gender[actor_id] = str(record["gender"])
    surnames = {fold(str(s)) for s in record.get("surnames", ())}
    for name in [str(record["name"]), *aliases]:
        tables.index(name, actor_id)
        if len(alias_tokens(name)) == 1:
            surnames.add(fold(name))
        else:
            tables.add_pattern(name, "name", actor_id)
    for surname in surnames - STOP_SURNAMES:
        bucket = tables.surnames.setdefault(surname, [])
        if actor_id not in bucket:
            bucket.append(actor_id)
        if " " not in surname:
            if not _names_a_place(tables, surname):
                tables.add_pattern(surname, "surname", surname)
        else:
            tables.add_pattern(surname, "name", actor_id)


def _names_a_place(tables: Tables, surname: str) -> bool:
    """A surname spelled like a country, demonym, capital, seat or organisation ("Montenegro", "Jordan")
    is read as that: a lone capitalised word is far more often the place than the person."""
    key = fold(" ".join(alias_tokens(surname)))
    for pattern in tables.patterns.get(key, ()):
        if pattern.kind in PLACE_KINDS and (pattern.kind != "name" or _not_person(tables, pattern.target)):
            return True
    return False


def _not_person(tables: Tables, actor_id: str) -> bool:
    actor = tables.actors.get(actor_id)
    return actor is not None and actor.type != "person"


def read_places(path: Path, tables: Tables) -> None:
    """Cities and regions -> their countries (Hebron -> PSE; Tripoli -> LBN besides Libya's capital),
    in the table's order of preference; matched only where the parser sees a place, or for the
    hand-edited regions wherever the parser sees a proper noun that is no person."""
    for row in read_tsv(path / "places.tsv"):
        key = fold(row["name"])
        options = tables.places.setdefault(key, [])
        if all(country != row["country"] for _, country in options):
            options.append((row["name"], row["country"]))
        if row["source"].startswith("curated"):
            tables.regions.add(key)  # a name news uses for a place only (Crimea, Donbass, Darfur)
        tables.add_pattern(row["name"], "place", key)


def read_history(path: Path, tables: Tables) -> None:
    """States created or dissolved in living memory (USSR, Yugoslavia, South Sudan ...)."""
    for row in read_tsv(path / "states_history.tsv"):
        span = StateSpan(row["code"], _date(row["start"]), _date(row["end"]), row["before"] or None,
                         row["renamed"] or None)
        tables.history[row["code"]] = span
        cameo = tables.countries[row["code"]].cameo if row["code"] in tables.countries else row["code"]
        tables.history.setdefault(cameo, span)


def read_settlers(path: Path, tables: Tables) -> None:
    """Territories whose settlers CAMEO codes by the settling state (the West Bank -> ISR)."""
    for row in read_tsv(path / "settlers.tsv"):
        tables.settlers[fold(row["territory"])] = (row["state"], _date(row["start"]), _date(row["end"]))


def read_ethnic_groups(path: Path, tables: Tables) -> None:
    """Ethnic groups: one home country -> a demonym of that state ("Yoruba" -> NGA); several -> an
    "ethnic" pattern that the context decides ("Kurds in Syria")."""
    for row in read_tsv(path / "ethnic_groups.tsv"):
        countries = tuple(split(row["countries"]))
        key = fold(row["name"])
        tables.ethnic[key] = (row["name"], countries)
        state_id = tables.state_ids.get(countries[0]) if len(countries) == 1 else None
        for form in split(row["forms"]):
            if state_id is not None:
                tables.add_pattern(form, "demonym", state_id)
            else:
                tables.add_pattern(form, "ethnic", key)


def read_media(path: Path, tables: Tables) -> None:
    """Outlets (TASS, Reuters) are actors in the text; outlets and official publishers (the Kremlin,
    the UK Prime Minister's Office) give an article's `source` its home country."""
    for row in read_tsv(path / "media.tsv"):
        names = [row["name"], *split(row["aliases"])]
        publisher = Publisher(row["name"], row["country"], row["sector"], row["office"])
        for name in names:
            tables.publishers.setdefault(fold(name), publisher)
        if row["kind"] != "outlet":
            continue
        role = Role(row["country"], row["sector"])
        tables.actors[row["id"]] = Actor(row["id"], row["name"], "organisation", row["country"], row["code"],
                                         (role,), tuple(names[1:]), row["source"])
        for name in names:
            surface = "the" + name[3:] if name.startswith("The ") else name
            tables.add_pattern(surface, "name", row["id"])
            tables.index(name, row["id"])


def read_words(path: Path, tables: Tables) -> None:
    """Word lists the resolver consults: surnames that are also ordinary English words (a lone "Rice"
    must be tagged a proper noun to be a person) and the words of party names."""
    for row in read_tsv(path / "common_word_surnames.tsv"):
        tables.common_surnames.add(fold(row["surname"]))
    for row in read_tsv(path / "party_words.tsv"):
        word = fold(row["word"])
        tables.party_words[word] = PartyWord(word, row["kind"], row["sector"], row["code"])


def read_tables(path: Path) -> Tables:
    """All tables of one data folder."""
    tables = Tables()
    read_countries(path, tables)
    read_metonyms(path, tables)
    read_igos(path, tables)
    read_groups(path, tables, "groups.tsv", "group")
    read_groups(path, tables, "organisations.tsv", "organisation")
    read_groups(path, tables, "ngos.tsv", "organisation")
    read_media(path, tables)
    read_places(path, tables)
    read_history(path, tables)
    read_settlers(path, tables)
    read_ethnic_groups(path, tables)
    read_people(path, tables)
    read_agents(path, tables)
    read_words(path, tables)
    return tables
