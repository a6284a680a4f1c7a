"""Surface matching over a sentence's tokens: knowledge-base names, titles before names, agent phrases.

Works on `records.Sentence` only (no spaCy objects). The knowledge base's Aho-Corasick automaton runs over
the sentence's folded tokens joined by spaces; a hit counts only on token boundaries and when the text
is written the way the alias demands (US/WHO/IS in capitals, proper names capitalised).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.actors.kb import KnowledgeBase, Pattern
from eventwire.actors.normalize import fold
from eventwire.records import Actor, Sentence, Token

TITLE_WORDS = frozenset(
    [
        "president", "vice", "prime", "minister", "ministers", "foreign", "defence", "defense",
        "interior", "finance", "secretary", "secretaries", "general", "state", "leader", "chancellor",
        "spokesman", "spokeswoman", "spokesperson", "press", "premier", "king", "queen", "emir",
        "crown", "prince", "princess", "sheikh", "ayatollah", "supreme", "deputy", "chief", "head",
        "commander", "senator", "ambassador", "envoy", "special", "adviser", "advisor", "mr", "mrs",
        "ms", "dr", "sir", "lord", "lady", "former", "ex", "acting", "outgoing", "incumbent", "then",
        "security", "council", "chairman", "chairwoman", "chair", "director", "speaker", "house",
        "mayor", "governor", "army", "gen.", "adm.", "lieutenant", "colonel", "admiral", "field",
        "marshal", "top", "diplomat", "counterpart", "representative", "high", "commissioner",
        "affairs", "external", "relations", "international", "cooperation", "armed", "forces", "war",
        "parliament", "parliamentary", "mp", "lawmaker", "legislator", "congressman", "congresswoman",
        "judge",
        "prosecutor", "opposition", "planning", "investment", "justice", "trade", "economy", "economic",
        "labour", "labor", "health", "education", "agriculture", "energy", "oil", "industry", "information",
        "home", "federal", "transport", "environment", "culture", "attorney", "military", "navy", "brigadier",
        "emira", "sultan", "monarch", "vice-president", "premier", "archbishop", "bishop", "cardinal", "imam",
        "mediator", "negotiator", "coordinator", "official", "inspector", "rapporteur", "administrator",
        "emissary", "delegate", "observer", "relief", "emergency", "humanitarian", "refugee", "refugees",
        "rights", "human", "ousted", "deposed", "exiled", "late", "peace", "talks", "chief", "elect",
        "designate",
    ]
)
# title words -> the sector of a person named by them ("Defence Secretary X" is MIL); checked in order
TITLE_SECTORS: tuple[tuple[str, frozenset[str]], ...] = (
    ("OPP", frozenset({"opposition"})),
    ("MIL", frozenset({"defence", "defense", "army", "military", "general", "commander", "admiral", "gen.",
                       "war", "armed", "navy", "brigadier", "colonel", "lieutenant", "marshal", "adm."})),
    ("JUD", frozenset({"judge", "prosecutor"})),
    ("LEG", frozenset({"parliament", "parliamentary", "mp", "lawmaker", "legislator", "senator",
                       "congressman",
                       "congresswoman", "speaker"})),
)
CIVIL_GENERALS = frozenset({"secretary", "secretary-general", "attorney", "director", "governor", "consul",
                            "solicitor", "inspector", "postmaster", "auditor", "procurator", "prosecutor"})
GOV_TITLE_WORDS = frozenset({"minister", "secretary", "president", "premier", "chancellor", "king", "emir"})
FORMER_WORDS = frozenset({"former", "ex", "ousted", "deposed", "exiled", "late", "then"})  # out of office
LINK_WORDS = frozenset({"of", "the", "for", "and", "'s", "-", "on"})
DEPUTY_WORDS = frozenset({"deputy", "vice", "first", "acting"})
# offices a title before "and" may name, as (offices, a word of the title): see `two_people`
OFFICE_WORDS: dict[str, tuple[tuple[str, ...], str]] = {
    "president": (("hos", "hog"), "president"), "prime minister": (("hog",), "minister"),
    "premier": (("hog",), ""), "chancellor": (("hog",), "chancellor"), "king": (("hos",), "king"),
    "foreign minister": (("fm",), ""), "foreign secretary": (("fm",), ""),
    "secretary of state": (("fm",), "secretary"), "defence minister": (("dm",), ""),
    "defense minister": (("dm",), ""), "defence secretary": (("dm",), ""), "defense secretary": (("dm",), ""),
}
PERSON_LABELS = {"PERSON"}
BLOCKING_LABELS = {"GPE", "LOC", "ORG", "FAC", "NORP", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"}


@dataclass
class Unit:
    """A candidate span [start, end) of one sentence with the patterns it matched."""

    start: int
    end: int
    patterns: tuple[Pattern, ...]
    title_start: int | None = None  # first token of an absorbed title ("Russian President ...")
    absorbed: tuple[Unit, ...] = ()  # the KB matches inside that title ("Russian")

    @property
    def first(self) -> int:
        return self.start if self.title_start is None else self.title_start

    def kinds(self) -> set[str]:
        return {p.kind for p in self.patterns}


def token_keys(sent: Sentence) -> tuple[str, list[int]]:
    """Folded tokens joined by spaces, and each token's start offset in that string."""
    offsets: list[int] = []
    parts: list[str] = []
    pos = 0
    for tok in sent.tokens:
        key = fold(tok.text) or "_"
        offsets.append(pos)
        parts.append(key)
        pos += len(key) + 1
    return " ".join(parts), offsets


def _case_ok(pattern: Pattern, tokens: tuple[Token, ...]) -> bool:
    if pattern.kind == "surname":
        return all(t.text[:1].isupper() for t in tokens)
    for want, tok in zip(pattern.tokens, tokens, strict=False):
        if pattern.exact and want.replace(".", "").isalpha():
            if tok.text.replace("’", "'") != want:
                return False
        elif want[:1].isupper() and not tok.text[:1].isupper() and want.lower() not in LINK_WORDS:
            return False  # Phoenix capitalises every word: "Communist Party Of China" matches "of"
    return True


def kb_units(sent: Sentence, kb: KnowledgeBase) -> list[Unit]:
    """Longest, leftmost, non-overlapping knowledge-base matches, case rules applied."""
    text, offsets = token_keys(sent)
    starts = {off: i for i, off in enumerate(offsets)}
    pairs = enumerate(zip(offsets, sent.tokens, strict=True))
    ends = {off + len(fold(t.text) or "_"): i for i, (off, t) in pairs}
    found: list[Unit] = []
    for begin, end, key in kb.iter_matches(text):
        if begin not in starts or end not in ends:
            continue
        first, last = starts[begin], ends[end]
        toks = sent.tokens[first : last + 1]
        ok = tuple(p for p in kb.patterns(key) if _case_ok(p, toks))
        if ok:
            found.append(Unit(first, last + 1, ok))
    found.sort(key=lambda u: (-_content_length(sent, u), u.start))
    taken: set[int] = set()
    out: list[Unit] = []
    for unit in found:
        span = set(range(unit.start, unit.end))
        if span & taken:
            continue
        taken |= span
        out.append(unit)
    return sorted(out, key=lambda u: u.start)


def _content_length(sent: Sentence, unit: Unit) -> int:
    """Tokens of a match without a leading "the": "West Bank" outweighs "the West" in "the West Bank"."""
    return unit.end - unit.start - (sent.tokens[unit.start].text.lower() == "the")


def entity_at(sent: Sentence, start: int, end: int) -> tuple[int, int, str] | None:
    """The NER entity that strictly contains [start, end), if any, without a possessive ending
    ("Donald J. Trump's": the name is "Donald J. Trump")."""
    for ent in sent.entities:
        first = ent.start
        if sent.tokens[first].text.lower() == "the":
            first += 1
        last = entity_end(sent, ent.start, ent.end)
        if first <= start and end <= last and (last - first) > (end - start):
            return ent.start, last, ent.label
    return None


def entity_end(sent: Sentence, start: int, end: int) -> int:
    """The end of an entity span without a trailing possessive ("'s", "'")."""
    while end - 1 > start and sent.tokens[end - 1].tag == "POS":
        end -= 1
    return end


def is_person_unit(unit: Unit, kb: KnowledgeBase) -> bool:
    for pattern in unit.patterns:
        if pattern.kind == "surname":
            return True
        actor = kb.get(pattern.target) if pattern.kind == "name" else None
        if actor is not None and actor.type == "person":
            return True
    return False


def absorb_titles(sent: Sentence, units: list[Unit], kb: KnowledgeBase,
                  day: date | None = None) -> list[Unit]:
    """Extend person names leftwards over their titles: "Russian President Vladimir Putin" is one unit.

    A title is a contiguous run of title words, link words and country/IGO/metonym matches that ends
    right before the name and holds at least one title word. Absorbed units disappear from the list.
    An "and" between two offices joins two people when the named person does not hold the first office
    ("the Prime Minister and President Macron"); one person may hold both ("Prime Minister and Foreign
    Minister Sheikh Hamad").
    """
    by_end = {u.end: u for u in units}
    absorbed: set[int] = set()
    for unit in units:
        if not is_person_unit(unit, kb):
            continue
        pos, first, has_title, has_place = unit.start, None, False, False
        while pos > 0:
            prev = by_end.get(pos)
            if prev is not None and not is_person_unit(prev, kb):
                if has_place and sent.tokens[pos].text.lower() == "and":
                    break  # "Syria and Palestinian leader Yasser Arafat": two actors, not one title
                pos, first, has_place = prev.start, prev.start, True
                continue
            word = sent.tokens[pos - 1].text.lower()
            if word in TITLE_WORDS and sent.tokens[pos - 1].pos in ("PROPN", "NOUN", "ADJ"):
                pos, first, has_title = pos - 1, pos - 1, True
            elif word in LINK_WORDS and first is not None:
                if word == "and" and two_people(sent, pos - 1, unit, kb, day):
                    break
                pos -= 1
            else:
                break
        while first is not None and sent.tokens[first].text.lower() in LINK_WORDS:
            first += 1
        if first is not None and has_title and first < unit.start:
            unit.title_start = first
            inner = [u for u in units if u is not unit and first <= u.start and u.end <= unit.start]
            unit.absorbed = tuple(inner)
            absorbed.update(id(u) for u in inner)
    return [u for u in units if id(u) not in absorbed]


def two_people(sent: Sentence, conj: int, unit: Unit, kb: KnowledgeBase, day: date | None) -> bool:
    """Whether the office before "and" (token `conj`) is someone else's than the person named after it:
    a different office the person does not hold that day, or the same title twice ("the Prime Minister
    and Prime Minister Modi")."""
    left: list[str] = []
    j = conj - 1
    while j >= 0 and len(left) < 4 and sent.tokens[j].text.lower() in TITLE_WORDS - LINK_WORDS:
        left.insert(0, sent.tokens[j].text.lower())
        j -= 1
    right = [t.text.lower() for t in sent.tokens[conj + 1 : unit.start] if t.text.lower() not in LINK_WORDS]
    if not left or set(left) & DEPUTY_WORDS:
        return False
    if left == right:
        return True
    office = next((OFFICE_WORDS[" ".join(left[k:])] for k in range(len(left)) if " ".join(left[k:])
                   in OFFICE_WORDS), None)
    people = [a for a in _unit_people(unit, kb) if a.role_on(day) is not None]
    if office is None or len(people) != 1 or entity_at(sent, unit.start, unit.end) is not None:
        return False  # a person we cannot tell for sure: keep the title whole
    offices, word = office
    return not any(info.office in offices and info.role.holds_on(day) and word in info.role.title.lower()
                   for actor in people for info in kb.role_infos(actor.id))


def _unit_people(unit: Unit, kb: KnowledgeBase) -> list[Actor]:
    out: list[Actor] = []
    for pattern in unit.patterns:
        if pattern.kind == "surname":
            out.extend(kb.surname_candidates(pattern.target))
        elif pattern.kind == "name" and (actor := kb.get(pattern.target)) is not None:
            out += [actor] if actor.type == "person" else []
    return out


def title_sector(words: set[str]) -> str:
    """The sector a title gives: MIL for defence and army titles, LEG for parliament, JUD for judges,
    OPP for the opposition; GOV otherwise. A minister is GOV unless the ministry is defence; a
    secretary general, attorney general or governor general is no general."""
    if words & CIVIL_GENERALS:
        words = words - {"general"}
    for sector, marks in TITLE_SECTORS:
        if words & marks and not (sector in ("JUD", "LEG") and words & GOV_TITLE_WORDS - {"speaker"}):
            return sector
    return "GOV"


def title_text(sent: Sentence, unit: Unit) -> str:
    if unit.title_start is None:
        return ""
    return " ".join(t.text for t in sent.tokens[unit.title_start : unit.start])


def agent_at(sent: Sentence, kb: KnowledgeBase, head: int) -> tuple[int, str] | None:
    """The longest agent phrase ending at token `head` (its lemma or text): (first token, phrase)."""
    tok = sent.tokens[head]
    if tok.pos not in ("NOUN", "PROPN"):
        return None
    lasts = dict.fromkeys((fold(tok.text), fold(tok.lemma)))  # ordered: the surface form first
    for size in (4, 3, 2, 1):
        first = head - size + 1
        if first < 0:
            continue
        words = [fold(t.text) for t in sent.tokens[first:head]]
        for last in lasts:
            phrase = " ".join([*words, last])
            if kb.agent(phrase) is not None:
                return first, phrase
    return None


def span_head(sent: Sentence, start: int, end: int) -> int:
    """The token of [start, end) whose head lies outside the span (the last such, as for names)."""
    head = end - 1
    for i in range(start, end):
        parent = sent.tokens[i].head
        if parent == i or not start <= parent < end:
            head = i
    return head
