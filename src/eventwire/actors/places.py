"""Where things happen: the places a sentence names, the country each is in on the article's date, and
the place that locates a bare agent ("police fired on protesters in Dhaka").

Conventions (CAMEO codes an actor without a country of its own by where it acts):
- A city or region is in the country the places table gives; a name two countries share (Tripoli:
  Libya's capital, Lebanon's port) takes the country the sentence names *about places* ("the north
  Lebanese port", "Tripoli, Lebanon", "in Lebanon"), else the table's first (the larger city). A
  country adjective about a person ("the Canadian premier visited London") is no such hint.
- States exist in time (`states_history.tsv`): a place of a state not yet independent on the date is in
  the state that held it (Juba in 2000 -> SDN, Ljubljana in 1990 -> Yugoslavia, Moscow in 1985 -> the
  USSR). East Timor is its own (TLS) at any date: the UN never recognised Indonesia's annexation.
- A place is *locative* where the text puts something there: the object of in/at/near/... or a word
  of such a phrase ("in East Timor's capital Dili", "in the capital city of Algiers").
- A bare agent takes, in this order: a place inside its own noun phrase ("a newspaper based in east
  Beirut"), a locative place of its own clause ("people blocked streets in Hong Kong"), the one country
  of all the sentence's locative places ("23 people ... when they blew themselves up in Tel Aviv").
  `scope.place_bare` then falls back to the sentence's only country and the article's home country.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from eventwire.actors.kb import KnowledgeBase, Pattern
from eventwire.actors.match import Unit, span_head
from eventwire.records import Sentence

LOCATIVE_PREPS = frozenset({"in", "at", "near", "around", "outside", "inside", "across", "throughout",
                            "within", "into", "along", "off"})
PLACE_NOUNS = frozenset({
    "city", "town", "port", "capital", "village", "province", "region", "district", "area", "suburb",
    "enclave", "island", "border", "camp", "territory", "neighbourhood", "neighborhood", "quarter",
    "municipality", "county", "peninsula", "valley", "coast", "outskirts", "state", "republic", "jail",
    "prison", "stronghold", "base", "airport", "hospital", "sector", "zone", "south", "north", "east", "west",
})
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "xcomp", "acl", "parataxis", "csubj", "conj", "ROOT",
                         "pcomp"})
NP_LINKS = frozenset({"compound", "amod", "poss", "appos", "nmod", "pobj", "npadvmod", "det"})
SITED_VERBS = frozenset({"base", "station", "operate", "live", "locate", "headquarter", "deploy", "hold",
                         "detain", "imprison", "jail"})
PLACE_KINDS = ("place", "capital", "metonym", "name")
SETTLER_WORDS = frozenset({"settler", "settlers", "colonist", "colonists"})


@dataclass(frozen=True, slots=True)
class Spot:
    """A place named in a sentence: tokens [start, end), its country on the date, whether locative."""

    start: int
    end: int
    country: str
    locative: bool


def place_hints(sent: Sentence, units: Iterable[Unit], kb: KnowledgeBase) -> frozenset[str]:
    """Countries the sentence names about places: "the north Lebanese port", "in Lebanon",
    "Lebanon's Tripoli", "Tripoli, Lebanon"."""
    out: set[str] = set()
    for unit in units:
        country = state_of(kb, unit.patterns)
        if country is None:
            continue
        head = span_head(sent, unit.start, unit.end)
        tok = sent.tokens[head]
        governor = sent.tokens[tok.head]
        modifies = tok.dep in ("amod", "compound", "poss", "nmod")
        about_place = modifies and governor.lemma.lower() in PLACE_NOUNS
        after_comma = unit.start >= 2 and sent.tokens[unit.start - 1].text == ","
        if about_place or is_locative(sent, head) or (after_comma and tok.dep in ("appos", "npadvmod")):
            out.add(country)
    return frozenset(out)


def state_of(kb: KnowledgeBase, patterns: Sequence[Pattern]) -> str | None:
    """The country a state name or demonym pattern names (not cities: they are what hints decide)."""
    for pattern in patterns:
        if pattern.kind in ("name", "demonym"):
            actor = kb.get(pattern.target)
            if actor is not None and actor.type == "state" and actor.country:
                return actor.country
    return None


def place_country(kb: KnowledgeBase, key: str, day: date | None,
                  hints: frozenset[str]) -> tuple[str, str] | None:
    """(name, country) of a city or region key: the option the sentence hints at, else the first; on
    the date, the state that held it."""
    options = kb.place_options(key)
    if not options:
        return None
    name, country = next((o for o in options if o[1] in hints), options[0])
    return name, kb.holder(country, day)


def prefers_place(kb: KnowledgeBase, patterns: Sequence[Pattern], hints: frozenset[str]) -> bool:
    """A capital whose country the sentence does not hint at, while a same-named city's country is
    hinted: "Tripoli" with "the north Lebanese port" is Lebanon's Tripoli."""
    capital = next((p for p in patterns if p.kind == "capital"), None)
    place = next((p for p in patterns if p.kind == "place"), None)
    if capital is None or place is None:
        return False
    actor = kb.get(capital.target)
    if actor is None or actor.country in hints:
        return False
    return any(country in hints for _, country in kb.place_options(place.target))


def unit_country(kb: KnowledgeBase, patterns: Sequence[Pattern], day: date | None,
                 hints: frozenset[str]) -> str | None:
    """The country a place-like unit (city, capital, seat, state name) stands in on `day`."""
    chosen = [p for p in patterns if p.kind in PLACE_KINDS]
    if prefers_place(kb, chosen, hints):
        chosen = [p for p in chosen if p.kind == "place"]
    for pattern in sorted(chosen, key=lambda p: PLACE_KINDS.index(p.kind)):
        if pattern.kind == "place":
            found = place_country(kb, pattern.target, day, hints)
            if found:
                return found[1]
        elif pattern.kind == "metonym":
            meto = kb.metonyms.get(pattern.target)
            if meto is not None:
                return kb.holder(meto.country, day)
        else:
            actor = kb.get(pattern.target)
            if actor is not None and actor.type == "state" and actor.country:
                return kb.holder(actor.country, day) if pattern.kind == "capital" else actor.country
    return None


def sentence_spots(sent: Sentence, units: Iterable[Unit], kb: KnowledgeBase, day: date | None,
                   hints: frozenset[str]) -> tuple[Spot, ...]:
    """The places of a sentence (cities, regions, capitals, seats, state names) with their countries."""
    out = []
    for unit in units:
        patterns = [p for p in unit.patterns if p.kind != "demonym"]
        if not patterns or any(p.kind == "surname" for p in patterns):
            continue
        country = unit_country(kb, patterns, day, hints)
        if country is None:
            continue
        start, end = unit.start, unit.end
        out.append(Spot(start, end, country, is_locative(sent, span_head(sent, start, end))))
    return tuple(out)


def is_locative(sent: Sentence, i: int) -> bool:
    """Whether token `i` lies in a place phrase: the object of in/at/near..., or a modifier, possessor
    or apposition inside one ("in East Timor's capital Dili", "in the capital city of Algiers")."""
    for _ in range(6):
        tok = sent.tokens[i]
        if tok.dep == "pobj" and tok.head != i:
            prep = sent.tokens[tok.head]
            governor = sent.tokens[prep.head]
            if prep.text.lower() in LOCATIVE_PREPS or (prep.text.lower() == "of" and governor.text.lower()
                                                       in LOCATIVE_PREPS):  # "outside of Basra"
                return True
            if prep.text.lower() != "of" or governor.lemma.lower() not in PLACE_NOUNS:
                return False
            i = prep.head  # "the city of Algiers": the city's own place phrase decides
            continue
        if tok.dep not in ("compound", "amod", "poss", "appos", "nmod") or tok.head == i:
            return False
        i = tok.head
    return False


def clause_of(sent: Sentence, i: int) -> int:
    """The verb (or root) heading the clause of token `i`."""
    for _ in range(len(sent.tokens)):
        tok = sent.tokens[i]
        if (tok.dep in CLAUSE_DEPS and tok.pos in ("VERB", "AUX")) or tok.head == i:
            return i
        i = tok.head
    return i


def np_spot(sent: Sentence, head: int, spots: Sequence[Spot]) -> Spot | None:
    """A place inside the agent's own phrase: "a newspaper based in east Beirut", "a jail in Dili"."""
    inside = set(sent.subtree(head))
    for child in sent.children[head]:
        tok = sent.tokens[child]
        sited = tok.dep == "acl" and tok.lemma.lower() in SITED_VERBS
        if not sited and tok.text.lower() not in ("in", "of", "from", "at"):
            continue
        below = set(sent.subtree(child))
        for spot in spots:
            if spot.start in below and spot.start in inside:
                return spot
    return None


def clause_spot(sent: Sentence, head: int, spots: Sequence[Spot]) -> Spot | None:
    """The first locative place of the agent's own clause ("people blocked streets in Hong Kong")."""
    verb = clause_of(sent, head)
    for spot in spots:
        if spot.locative and clause_of(sent, span_head(sent, spot.start, spot.end)) == verb:
            return spot
    return None


def locative_country(spots: Sequence[Spot]) -> str | None:
    """The one country of all the sentence's locative places, if they agree."""
    countries = {s.country for s in spots if s.locative}
    return countries.pop() if len(countries) == 1 else None


def settled(kb: KnowledgeBase, agent_word: str, place_text: str, country: str, day: date | None) -> str:
    """Settlers take the settling state (CAMEO: Israeli settlers in the West Bank are ISR), others the
    country of their place."""
    if agent_word.lower() not in SETTLER_WORDS:
        return country
    return kb.settler_state(place_text, country, day) or country
