"""The actor knowledge base: countries, people with dated roles, IGOs, groups, institutions, agents.

Loaded once per data folder (`load_kb` is cached) from the files in `actors/data/` (see its README for
sources and licences). The `KnowledgeBase` is read-only after loading: lookups never change it, so one
instance can serve many threads and pipelines.

Coding choices documented here because they are policy, not accident:
- A person's CAMEO code comes from the role held on the day asked (`Actor.role_on`): Putin is RUSGOV as
  president and as prime minister (2008-2012); Medvedev after 2020 is RUSGOV as Deputy Chairman of the
  Security Council (a state security post, so GOV rather than ELI); Trump from 2021-01-20 to 2025-01-20 is
  USAOPP (former president leading the party out of power).
- On a day with no role, a person is coded from the nearest role (`person_fallback`): a former office
  holder whose end date we know (curated, Factbook) keeps only the country ("DEU" for Merkel in 2024); a
  person known only from Phoenix's partial lists, or one whose first known role starts later, keeps the
  country and the sector of the nearest role (Katsav in 2000 -> ISRGOV): the roles we lack are likelier
  than a change of country. The mention's `reason` says so.
- A state is its ISO3 country with CAMEO code = the country code ("RUS"), sector None; an IGO has country
  None, sector "IGO" and its `IGO…` code; "the West" is code "WST", country None.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Protocol

from eventwire.actors.names import NameIndex
from eventwire.actors.normalize import alias_tokens, fold
from eventwire.actors.tables import KBRole, PartyWord, Publisher, Tables, read_tables
from eventwire.errors import ConfigError
from eventwire.records import Actor, ActorRef, Role

DATA_DIR = Path(__file__).parent / "data"
NEAR_MIN, NEAR_CUTOFF = 5, 90.0  # misspelt state names: at least five letters, ratio 90
FUTURE_ROLE_DAYS = 3653  # a role starting more than ten years after the day says little about the person then


@dataclass(frozen=True, slots=True)
class Pattern:
    """One surface form in the matcher: what it points to and how strictly it must be written."""

    kind: str  # name | demonym | capital | metonym | surname | place
    target: str  # actor id (or metonym key)
    tokens: tuple[str, ...]  # the alias as written, split like spaCy splits it
    exact: bool  # acronyms (US, WHO, IS) must match case exactly


@dataclass(frozen=True, slots=True)
class Metonym:
    """A place or institution standing for a state's sector (the Kremlin -> RUS GOV)."""

    surface: str
    country: str
    sector: str
    code: str


@dataclass(frozen=True, slots=True)
class Agent:
    """A generic agent noun phrase ("police", "foreign ministry") with its CAMEO code and sector."""

    phrase: str
    code: str
    sector: str
    curated: bool = False  # eventwire's own list; Phoenix-only agents need a country to count


@dataclass(frozen=True, slots=True)
class CountryInfo:
    iso3: str
    cameo: str
    name: str
    parent: str | None
    leader_office: str
    demonyms: tuple[str, ...]


class KnowledgeBase:
    """Immutable lookups over the actor tables; build with `load_kb`."""

    def __init__(self, tables: Tables) -> None:
        self._actors = MappingProxyType(dict(tables.actors))
        self._roles = MappingProxyType(dict(tables.roles))
        self._gender = MappingProxyType(dict(tables.gender))
        self._countries = MappingProxyType(dict(tables.countries))
        self._state_ids = MappingProxyType(dict(tables.state_ids))
        self._metonyms = MappingProxyType(dict(tables.metonyms))
        self._agents = MappingProxyType(dict(tables.agents))
        self._surnames = MappingProxyType({k: tuple(v) for k, v in tables.surnames.items()})
        self._patterns = MappingProxyType({k: tuple(v) for k, v in tables.patterns.items()})
        self._alias_index = MappingProxyType({k: tuple(v) for k, v in tables.alias_index.items()})
        self._office_index = MappingProxyType({k: tuple(v) for k, v in tables.office_index.items()})
        self._publishers = MappingProxyType(dict(tables.publishers))
        self._places = MappingProxyType({k: tuple(v) for k, v in tables.places.items()})
        self._regions = frozenset(tables.regions)
        self._history = MappingProxyType(dict(tables.history))
        self._settlers = MappingProxyType(dict(tables.settlers))
        self._common_surnames = frozenset(tables.common_surnames)
        self._party_words = MappingProxyType(dict(tables.party_words))
        self._automaton = _build_automaton(self._patterns)
        self._state_names = tuple(sorted(
            {(fold(n), a.id) for a in self._actors.values() if a.type == "state"
             for n in (a.name, *a.aliases)}
            | {(fold(d), self._state_ids[c.iso3]) for c in self._countries.values() for d in c.demonyms
               if c.iso3 in self._state_ids}
        ))
        self.names = NameIndex(
            (n, a.id) for a in self._actors.values() if a.type == "person" for n in (a.name, *a.aliases)
        )

    # --- plain lookups ---------------------------------------------------------------------------------

    @property
    def actors(self) -> Mapping[str, Actor]:
        return self._actors

    @property
    def countries(self) -> Mapping[str, CountryInfo]:
        return self._countries

    @property
    def agents(self) -> Mapping[str, Agent]:
        return self._agents

    @property
    def metonyms(self) -> Mapping[str, Metonym]:
        return self._metonyms

    def get(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)

    def state(self, iso3: str) -> Actor | None:
        """The state actor of an ISO3 (or CAMEO) country code."""
        actor_id = self._state_ids.get(iso3)
        return self._actors.get(actor_id) if actor_id else None

    def gender(self, actor_id: str) -> str | None:
        return self._gender.get(actor_id)

    def role_info(self, actor: Actor, role: Role) -> KBRole | None:
        """Office and code of one of a person's roles (not in `records.Role`)."""
        for info in self._roles.get(actor.id, ()):
            if info.role == role:
                return info
        return None

    def role_infos(self, actor_id: str) -> tuple[KBRole, ...]:
        return self._roles.get(actor_id, ())

    def holders(self, country: str, offices: Iterable[str], day: date | None) -> list[Actor]:
        """People holding one of `offices` (hos, hog, fm, dm, spk, ...) of `country` on `day`."""
        wanted = set(offices)
        out: list[Actor] = []
        for actor_id in self._office_index.get(country, ()):
            for info in self._roles.get(actor_id, ()):
                if info.office in wanted and info.role.country == country and info.role.holds_on(day):
                    out.append(self._actors[actor_id])
                    break
        return out

    def lookup(self, name: str) -> list[Actor]:
        """Actors with this exact alias, ignoring case and diacritics ("Erdoğan" = "erdogan")."""
        ids = self._alias_index.get(fold(name), ())
        return [self._actors[i] for i in ids if i in self._actors]

    def place(self, key: str) -> tuple[str, str] | None:
        """(name, ISO3 country) of a city or region pattern key: its first (preferred) country."""
        options = self._places.get(key)
        return options[0] if options else None

    def is_region(self, key: str) -> bool:
        """A hand-edited place name ("Crimea", "Donbass", "Darfur"): a place even where the parser
        mistakes it for an organisation."""
        return key in self._regions

    def place_options(self, key: str) -> tuple[tuple[str, str], ...]:
        """Every (name, country) a city or region key may be, preferred first (Tripoli: LBY, LBN)."""
        return self._places.get(key, ())

    def holder(self, country: str, day: date | None) -> str:
        """The state whose territory a place of `country` was on `day`: Juba is Sudan's before South
        Sudan's independence (2011-07-09), Ljubljana Yugoslavia's before 1991-06-25."""
        seen: set[str] = set()
        while day is not None and country not in seen:
            seen.add(country)
            span = self._history.get(country)
            if span is None or span.start is None or day >= span.start or span.before is None:
                break
            country = span.before
        return country

    def named_state(self, country: str, day: date | None) -> str:
        """The state a state's name means on `day`: "Yugoslavia" in 1999 is Serbia and Montenegro."""
        span = self._history.get(country)
        if day is None or span is None or span.renamed is None or span.end is None or day < span.end:
            return country
        after = self._history.get(span.renamed)
        if after is not None and (after.end is None or day < after.end) and self.state(span.renamed):
            return span.renamed
        return country

    def settler_state(self, territory: str, country: str, day: date | None) -> str | None:
        """The state whose settlers live in `territory` (a place name) of `country` on `day`, if any:
        settlers in the West Bank are Israeli (CAMEO), in Gaza only until 2005-09-12."""
        for key in (fold(territory), fold(country)):
            found = self._settlers.get(key)
            if found is not None:
                state, start, end = found
                inside = day is None or ((start is None or day >= start) and (end is None or day < end))
                return state if inside else None
        return None

    def existed(self, country: str, day: date | None) -> bool:
        """Whether `country` was a state on `day` (unknown dates and unlisted states: yes)."""
        span = self._history.get(country)
        if day is None or span is None:
            return True
        return (span.start is None or day >= span.start) and (span.end is None or day < span.end)

    def publisher(self, source: str | None) -> Publisher | None:
        """The outlet or official publisher named in an article's `source` ("GOV.UK (Prime Minister's
        Office, 10 Downing Street)", "TASS"): the longest known name inside it."""
        if not source:
            return None
        text = fold(source)
        if text in self._publishers:
            return self._publishers[text]
        best: tuple[int, Publisher] | None = None
        for key, publisher in self._publishers.items():
            if len(key) >= 3 and (best is None or len(key) > best[0]) and _has_words(text, key):
                best = (len(key), publisher)
        return best[1] if best else None

    def near_state(self, text: str) -> Actor | None:
        """The one state whose name or demonym `text` misspells (same first letter, one or two letters
        off): "Quatar" -> Qatar, "Ethopia" -> Ethiopia, "Phillippines" -> the Philippines."""
        from rapidfuzz import fuzz

        key = fold(text)
        if len(key) < NEAR_MIN or not key[:1].isalpha():
            return None
        found = {i for name, i in self._state_names
                 if name[:1] == key[:1] and abs(len(name) - len(key)) <= 2
                 and fuzz.ratio(key, name) >= NEAR_CUTOFF}
        return self._actors.get(found.pop()) if len(found) == 1 else None

    def common_word(self, surname: str) -> bool:
        """A surname that is also an ordinary English word ("Rice", "May", "Brown"): alone, it names a
        person only where the parser tags it a proper noun."""
        return fold(surname) in self._common_surnames

    def party_word(self, word: str) -> PartyWord | None:
        """"party" (a head) or "opposition", "ruling" (a stance before a party's name)."""
        return self._party_words.get(fold(word))

    def surname_candidates(self, surname: str) -> list[Actor]:
        return [self._actors[i] for i in self._surnames.get(fold(surname), ()) if i in self._actors]

    def patterns(self, key: str) -> tuple[Pattern, ...]:
        return self._patterns.get(key, ())

    def agent(self, phrase: str) -> Agent | None:
        return self._agents.get(fold(phrase))

    def search(self, name: str, limit: int = 10, cutoff: float = 80.0) -> list[Actor]:
        """Exact alias matches first, then fuzzy ones (rapidfuzz WRatio) for the `actors` command."""
        found = self.lookup(name)
        if found:
            return found[:limit]
        from rapidfuzz import fuzz, process

        keys = list(self._alias_index)
        hits = process.extract(fold(name), keys, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=cutoff)
        out: list[Actor] = []
        for key, _score, _ in hits:
            for actor_id in self._alias_index[key]:
                actor = self._actors.get(actor_id)
                if actor is not None and actor not in out:
                    out.append(actor)
        return out[:limit]

    def iter_matches(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, key) of every pattern key found in `text` (folded tokens joined by spaces)."""
        if self._automaton is None:
            return
        for end, key in self._automaton.iter(text):
            yield end - len(key) + 1, end + 1, key

    # --- codes -----------------------------------------------------------------------------------------

    def actor_ref(self, actor: Actor, text: str, day: date | None) -> ActorRef:
        """The contract's actor object for `actor` as named by `text` on `day`."""
        if actor.type == "person":
            return self._person_ref(actor, text, day)
        if actor.type == "state":
            return ActorRef(text, actor.name, actor.country, None, actor.code, actor.id, "state")
        if actor.type == "igo":
            return ActorRef(text, actor.name, None, "IGO", actor.code, actor.id, "igo")
        role = actor.role_on(day) or (actor.roles[0] if actor.roles else None)
        sector = role.sector if role else None
        country = role.country if role else actor.country
        code = actor.code
        info = self.role_info(actor, role) if role else None
        if info and info.code:
            code = info.code
        return ActorRef(text, actor.name, country, sector, code, actor.id, actor.type)

    def person_fallback(self, actor: Actor, day: date | None) -> tuple[Role | None, bool, str | None]:
        """For a person with no role on `day`: the nearest role, whether its sector still applies, and why."""
        if not actor.roles or actor.role_on(day) is not None:
            return None, False, None
        if day is None:
            role = max(actor.roles, key=lambda r: r.end or date.max)
            return role, False, "no date: coded from the latest role"
        role = min(actor.roles, key=lambda r: (_distance(r, day), -(r.start or date.min).toordinal()))
        if role.start is not None and role.start > day and (role.start - day).days > FUTURE_ROLE_DAYS:
            return None, False, f"no role on {day}: the first known role starts {role.start}"
        former = role.end is not None and role.end <= day and not role.source.startswith("phoenix")
        when = f"{role.start or '?'} to {role.end or 'now'}"
        what = " ".join(x for x in (role.country, role.title or role.sector) if x)
        if former:
            return role, False, f"no role on {day}: former {what} ({when}), coded by country"
        return role, True, f"no role on {day}: coded from the nearest known role, {what} ({when})"

    def _person_ref(self, actor: Actor, text: str, day: date | None) -> ActorRef:
        role = actor.role_on(day)
        if role is None:
            near, keep_sector, _ = self.person_fallback(actor, day)
            if near is None:
                return ActorRef(text, actor.name, None, None, None, actor.id, "person")
            if near.country is None:
                info = self.role_info(actor, near)
                code = info.code if info and info.code else "IGO"
                return ActorRef(text, actor.name, None, "IGO", code, actor.id, "person")
            sector = near.sector if keep_sector else None
            cameo = self._countries[near.country].cameo if near.country in self._countries else near.country
            code = f"{cameo}{sector or ''}"
            return ActorRef(text, actor.name, near.country, sector, code, actor.id, "person")
        info = self.role_info(actor, role)
        if role.country is None:
            code = info.code if info and info.code else "IGO"
            return ActorRef(text, actor.name, None, role.sector, code, actor.id, "person")
        cameo = self._countries[role.country].cameo if role.country in self._countries else role.country
        code = info.code if info and info.code else f"{cameo}{role.sector}"
        return ActorRef(text, actor.name, role.country, role.sector, code, actor.id, "person")


def _distance(role: Role, day: date) -> int:
    """Days between `day` and the span of `role` (0 inside it)."""
    if role.start is not None and day < role.start:
        return (role.start - day).days
    if role.end is not None and day >= role.end:
        return (day - role.end).days + 1
    return 0


def _has_words(text: str, key: str) -> bool:
    """`key` occurs in `text` on word boundaries."""
    start = text.find(key)
    while start >= 0:
        end = start + len(key)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return True
        start = text.find(key, start + 1)
    return False


class Automaton(Protocol):
    """What the matcher uses of pyahocorasick's `Automaton` (the package ships no type hints)."""

    def iter(self, text: str) -> Iterator[tuple[int, str]]: ...


def _build_automaton(patterns: Mapping[str, tuple[Pattern, ...]]) -> Automaton | None:
    try:
        import ahocorasick
    except ImportError:  # pragma: no cover - the dependency is declared; this keeps errors readable
        raise ConfigError("pyahocorasick is not installed", code="E210") from None
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY, ahocorasick.KEY_STRING)
    for key in patterns:
        automaton.add_word(key, key)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def pattern_key(alias: str) -> str:
    """The matcher key of an alias: its spaCy-like tokens, folded, joined by single spaces."""
    return fold(" ".join(alias_tokens(alias)))  # = the folded tokens joined: fold works per character


@lru_cache(maxsize=4)
def _load(path: Path) -> KnowledgeBase:
    return KnowledgeBase(read_tables(path))


def load_kb(data_dir: Path | None = None) -> KnowledgeBase:
    """The knowledge base of `data_dir` (default: the package's data), loaded once per folder."""
    path = Path(data_dir or DATA_DIR).resolve()
    if not path.is_dir():
        raise ConfigError(f"actor data folder not found: {path}", code="E211")
    return _load(path)


def describe_actor(kb: KnowledgeBase, name: str, day: date | None = None) -> list[dict[str, object]]:
    """What eventwire knows about actors matching `name`: roles with dates and sources, the code on `day`."""
    out: list[dict[str, object]] = []
    for actor in kb.search(name):
        ref = kb.actor_ref(actor, name, day)
        current = actor.role_on(day) if actor.type == "person" else None
        out.append(
            {
                "id": actor.id,
                "name": actor.name,
                "type": actor.type,
                "aliases": list(actor.aliases),
                "source": actor.source,
                "roles": [_role_dict(kb, actor, role) for role in actor.roles],
                "date": day.isoformat() if day else None,
                "role_on_date": _role_dict(kb, actor, current) if current else None,
                "country": ref.country,
                "sector": ref.sector,
                "code": ref.code,
            }
        )
    return out


def _role_dict(kb: KnowledgeBase, actor: Actor, role: Role) -> dict[str, object]:
    out: dict[str, object] = role.to_dict()
    info = kb.role_info(actor, role)
    if info is not None:
        out["office"] = info.office
        if info.code:
            out["code"] = info.code
    return out


def iter_people(path: Path) -> Iterable[dict[str, object]]:
    """Records of `people.jsonl.gz` (or a plain `.jsonl`), for tools and tests."""
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if path.suffix == ".gz" else raw).decode("utf-8")
    for line in text.splitlines():
        if line.strip():
            yield json.loads(line)
