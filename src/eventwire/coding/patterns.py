"""Verb and noun patterns: how a word with its particle, object and prepositions decides a CAMEO code.

A pattern names *slots* of a dependency frame rather than positions in a word string (PETRARCH-2's
`- * TALKS (WITH +) [046]` becomes: object words {talks}, preposition `with`, target `prep:with`). A
frame (`Frame`) is what the coder reads off a parsed clause; `match_verb` picks the most specific
pattern whose every slot is satisfied. Words follow TABARI's convention: a word matches itself and
its inflections (`troop` matches `troops`); a final `_` asks for the exact word; `&NAME` is a synonym
set; `a|b` lists alternatives.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

INFLECTIONS = frozenset({"", "s", "es", "ed", "d", "ing", "er", "ers", "'s"})

UNMATCHABLE = "\x00_"
"""Stands for an unknown synonym set, so that a pattern naming one never matches by accident."""

Term = tuple[tuple[str, bool], ...]
"""One required word: its alternatives as (word, exact) pairs. A multi-word alternative ("cease fire",
"displaced person") needs each of its content words: its head alone would match too much ("fire",
"person")."""

PHRASE_STOPWORDS = frozenset({"of", "the", "a", "an", "to", "is", "in", "on", "for", "and"})


@dataclass(frozen=True, slots=True)
class Bag:
    """The words of a slot (surface forms and lemmas, lower case) with a prefix index for fast lookup."""

    words: frozenset[str]

    @classmethod
    def of(cls, words: Iterable[str]) -> Bag:
        return cls(frozenset(w for w in words if w))

    def has(self, word: str, exact: bool) -> bool:
        if word in self.words:
            return True
        if exact:
            return False
        return any(t.startswith(word) and (len(word) >= 5 or t[len(word):] in INFLECTIONS)
                   for t in self.words)

    def anchor_keys(self) -> set[str]:
        """Anchor keys under which patterns that may match this bag are indexed."""
        return {w[:n] for w in self.words for n in (3, 4)}


def term_matches(term: Term, bag: Bag) -> bool:
    return any(_alt_matches(word, exact, bag) for word, exact in term)


def _alt_matches(word: str, exact: bool, bag: Bag) -> bool:
    if " " not in word:
        return bag.has(word, exact)
    return all(bag.has(w, exact) for w in word.split() if w not in PHRASE_STOPWORDS)


def anchor_keys(term: Term) -> set[str]:
    heads = (w.split()[-1] for w, _ in term)
    return {w if len(w) <= 3 else w[:4] for w in heads}


@dataclass(frozen=True, slots=True)
class Frame:
    """What a trigger word's clause offers the patterns: particle, object words, prepositions, subject."""

    prts: frozenset[str] = frozenset()
    obj: Bag = field(default_factory=lambda: Bag(frozenset()))
    preps: tuple[tuple[str, Bag], ...] = ()
    subj: Bag = field(default_factory=lambda: Bag(frozenset()))
    obj_preps: tuple[tuple[str, Bag], ...] = ()

    def anchor_keys(self) -> set[str]:
        preps = {f"p:{p}" for p, _ in (*self.preps, *self.obj_preps)}
        out = self.obj.anchor_keys() | preps | {f"t:{p}" for p in self.prts}
        return out | {f"s:{k}" for k in self.subj.anchor_keys()}


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """A verb pattern in slot form. `verbs` empty means: every verb of the synonym block."""

    key: str
    block: str
    verbs: frozenset[str]
    subj: tuple[Term, ...]
    prt: str
    obj: tuple[Term, ...]
    preps: tuple[tuple[frozenset[str], tuple[Term, ...]], ...]
    target: str
    code: str
    recip: str
    curated: bool
    rule_id: str = ""
    order: int = 0
    origin: str = ""
    """The verb PETRARCH wrote the pattern for (its comment: `# CONDEMN`), as a lemma."""

    @property
    def specificity(self) -> float:
        score = 2 * len(self.obj) + len(self.subj) + (1 if self.prt else 0)
        score += sum(2 + len(terms) if terms else 1 for _, terms in self.preps)
        return score + (0.5 if self.curated else 0.0)

    def anchors(self) -> set[str]:
        """Keys of which a matching frame must hold at least one (see `Frame.anchor_keys`)."""
        if self.prt:
            return {f"t:{self.prt}"}
        if self.obj:
            return anchor_keys(self.obj[0])
        if self.preps:
            return {f"p:{name}" for name in self.preps[0][0]}
        if self.subj:
            return {f"s:{k}" for k in anchor_keys(self.subj[0])}
        return {""}

    def matches(self, frame: Frame) -> bool:
        if self.prt and self.prt not in frame.prts:
            return False
        if not all(term_matches(t, frame.obj) for t in self.obj):
            return False
        if not all(term_matches(t, frame.subj) for t in self.subj):
            return False
        # A preposition of the object ("talks with X") counts for patterns that name the object, or
        # for curated ones; PETRARCH's bare "(TO)" means the verb's own preposition.
        preps = frame.preps + frame.obj_preps if (self.obj or self.curated) else frame.preps
        return all(any(p in names and all(term_matches(t, bag) for t in terms) for p, bag in preps)
                   for names, terms in self.preps)

    def rule(self, lemma: str) -> str:
        if self.rule_id:
            return f"verb:{self.rule_id}"
        return f"verb:{lemma}+{self.key}/{self.code}" if self.key else f"verb:{lemma}/{self.code}"


@dataclass(frozen=True, slots=True)
class VerbEntry:
    """A verb of a synonym block: its default code and, for phrasal verbs, the particle it needs."""

    lemma: str
    block: str
    code: str
    prt: str
    obj: tuple[Term, ...]
    curated: bool
    distinct: bool = False
    """The verb has a code of its own, not its block's (see `borrowed_against_meaning`)."""


@dataclass(frozen=True, slots=True)
class NounPattern:
    """An event noun: modifiers or prepositions it needs, its code and the rule id."""

    nouns: frozenset[str]
    mods: tuple[Term, ...]
    preps: frozenset[str]
    code: str
    rule_id: str

    @property
    def specificity(self) -> int:
        return 2 * len(self.mods) + (1 if self.preps else 0)


@dataclass(frozen=True, slots=True)
class Match:
    """The outcome of matching a frame: the code (`---` blocks coding), rule id and target slot."""

    code: str
    rule: str
    target: str = ""
    recip: str = ""
    pattern_key: str = ""


@dataclass(frozen=True)
class PatternIndex:
    """Verb entries by lemma; patterns by block and anchor key; curated patterns by lemma and anchor."""

    entries: Mapping[str, tuple[VerbEntry, ...]]
    by_block: Mapping[str, Mapping[str, tuple[VerbPattern, ...]]]
    nouns: Mapping[str, tuple[NounPattern, ...]]

    def candidates(self, block: str, frame: Frame) -> list[VerbPattern]:
        """Patterns of `block` anchored on a key the frame holds, in file order."""
        index = self.by_block.get(block)
        if not index:
            return []
        seen: dict[int, VerbPattern] = {}
        for key in frame.anchor_keys():
            for pat in index.get(key, ()):
                seen.setdefault(pat.order, pat)
        return [seen[k] for k in sorted(seen)]


def parse_terms(text: str, synsets: Mapping[str, tuple[str, ...]]) -> tuple[Term, ...]:
    """`talks &WEAPON a|b word_` -> one Term per whitespace-separated item (a multi-word synonym keeps
    all its words, see `Term`)."""
    terms: list[Term] = []
    for item in text.split():
        words: list[str] = []
        for alt in item.split("|"):
            if alt.startswith("&"):
                words.extend(synsets.get(alt[1:].upper().rstrip("_"), (UNMATCHABLE,)))
            else:
                words.append(alt)
        alts = tuple(dict.fromkeys(
            (" ".join(w.rstrip("_").split()), w.endswith("_")) for w in words if w.strip("_")))
        if alts:
            terms.append(alts)
    return tuple(terms)


def parse_preps(text: str, synsets: Mapping[str, tuple[str, ...]]
                ) -> tuple[tuple[frozenset[str], tuple[Term, ...]], ...]:
    """`with:talks;in|at:` -> (({with}, (talks,)), ({in, at}, ()))."""
    out = []
    for part in filter(None, text.split(";")):
        prep, _, words = part.partition(":")
        out.append((frozenset(prep.strip().split("|")), parse_terms(words, synsets)))
    return tuple(out)


def pattern_key(prt: str, obj: str, preps: str) -> str:
    """Readable, stable key of a pattern's slots, used in rule ids: `telephone+with:`."""
    parts = [p for p in (prt, obj.replace(" ", "_")) if p]
    parts += [p.replace(" ", "_") for p in preps.split(";") if p]
    return "+".join(parts)


def match_verb(index: PatternIndex, lemma: str, frame: Frame) -> Match | None:
    """The most specific pattern (or default code) of `lemma` that `frame` satisfies."""
    entries = index.entries.get(lemma)
    if not entries:
        return None
    best: tuple[float, int, VerbPattern] | None = None
    default: tuple[float, VerbEntry] | None = None
    for entry in entries:
        if entry.prt and entry.prt not in frame.prts and not any(p == entry.prt for p, _ in frame.preps):
            continue
        if not all(term_matches(t, frame.obj) for t in entry.obj):
            continue
        weight = (1 if entry.prt else 0) + len(entry.obj)
        rank_default = weight + (0.5 if entry.curated else 0)
        if entry.code and (default is None or rank_default > default[0]):
            default = (rank_default, entry)
        for pat in index.candidates(entry.block, frame):
            if pat.verbs and lemma not in pat.verbs:
                continue
            if borrowed_against_meaning(pat, lemma, entry):
                continue
            if pat.matches(frame):
                rank = pat.specificity + weight
                if best is None or (rank, -pat.order) > best[:2]:
                    best = (rank, -pat.order, pat)
    if best is not None:
        pat = best[2]
        return Match(pat.code, pat.rule(lemma), pat.target, pat.recip, pat.key)
    if default is not None and default[1].code != "---":
        entry = default[1]
        suffix = f"+{entry.prt}" if entry.prt else ""
        return Match(entry.code, f"verb:{lemma}{suffix}/{entry.code}")
    return None


def borrowed_against_meaning(pat: VerbPattern, lemma: str, entry: VerbEntry) -> bool:
    """Is `pat` a PETRARCH pattern written for another verb of the block, whose code is not this verb's?

    PETRARCH applies a block's patterns to all its verbs, but some verbs carry a code of their own that
    differs from the block's (CONDEMN [111] in the BLAME [112] block, DETAIN [173] in CONFINE [170]): they
    are not plain synonyms, and a pattern written for a sibling ("blamed the attack on X" -> 112 with X
    as target, "convicted of a crime" -> 173) would contradict their meaning ("condemned the attack on
    its embassy"). Such a verb takes only the patterns written for it, those that keep its code, and
    the blocking ones (`---`); plain synonyms take them all, as in PETRARCH.
    """
    if pat.curated or not entry.distinct or not pat.origin or pat.origin == lemma:
        return False
    return pat.code not in {"---", entry.code}


def match_noun(index: PatternIndex, lemma: str, mods: Bag, preps: frozenset[str]) -> NounPattern | None:
    """The most specific noun pattern for `lemma` given its modifier words and prepositions."""
    best: NounPattern | None = None
    for pat in index.nouns.get(lemma, ()):
        if pat.preps and not pat.preps & preps:
            continue
        if not all(term_matches(t, mods) for t in pat.mods):
            continue
        if best is None or pat.specificity > best.specificity:
            best = pat
    return best
