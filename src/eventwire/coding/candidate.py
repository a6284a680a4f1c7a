"""What the clause readers hand to the event builder: a coded trigger with its actors and qualifiers."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from eventwire.coding.clauses import np_tokens, preps_of, words
from eventwire.coding.codebook import CodingTables
from eventwire.coding.patterns import Bag, match_noun
from eventwire.coding.roles import RoleReader, Slot
from eventwire.records import ActorRef, Sentence


@dataclass
class Candidate:
    """A coded trigger of one sentence, before it becomes one event per actor pair.

    `clause_head` is the token whose clause's time expressions date the event; None means the event is
    only mentioned (a nominal event in passing), so without its own time expression it gets no date.
    `reference` marks a mention that may refer back to an event coded earlier in the article ("the
    talks", "discussed"): `corefer.fold_references` folds it into that event. `unattributed` marks an
    act of violence whose doer the text does not name: its events keep the victim with no source.
    `open_mode` marks a consultation that does not say how it took place ("spoke with"): a coreferent
    mention that does ("the call") gives it its mode. `means` is the act the event was done by ("killed
    in [shelling] by X"): the same event, so its time phrase dates this one.
    """

    sent: Sentence
    trigger: int
    code: str
    rule: str
    sources: list[Slot]
    targets: list[Slot] = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    clause_head: int | None = None
    historical_hint: bool = False
    joint: bool = False
    initiated: bool = False
    reference: bool = False
    unattributed: bool = False
    open_mode: bool = False
    means: int | None = None


@dataclass
class SentenceState:
    """Per-sentence working state of the coder: tokens already used as an object or a handled xcomp, and
    the sides of the contact the article last told (`parties`, for "It was agreed to ..."), and whether
    the sentence is the article's title."""

    sent: Sentence
    roles: RoleReader
    tables: CodingTables
    parties: tuple[ActorRef, ...] = ()
    title: bool = False
    consumed: set[int] = field(default_factory=set)
    handled: set[int] = field(default_factory=set)
    coded_triggers: set[int] = field(default_factory=set)

    def lemma(self, i: int) -> str:
        """The token's lemma; for a verb the tagger mis-lemmatised ("staged" -> "stag"), the base form
        the pattern tables know."""
        tok = self.sent.tokens[i]
        lemma = tok.lemma.lower()
        if tok.pos != "VERB" or lemma in self.tables.patterns.entries:
            return lemma
        for base in base_forms(tok.text.lower()):
            if base in self.tables.patterns.entries:
                return base
        return lemma

    def in_class(self, i: int, cls: str) -> str | None:
        """The token's value in lexicon class `cls`; a verb the tagger mis-lemmatised into another
        verb ("hoped" -> "hop") is also looked up by its regular base forms ("hope")."""
        words = self.tables.words(cls)
        tok = self.sent.tokens[i]
        value = words.get(self.lemma(i))
        if value is None:
            value = words.get(tok.text.lower())
        if value is None and tok.pos == "VERB":
            value = next((words[b] for b in base_forms(tok.text.lower()) if b in words), None)
        return value


@lru_cache(maxsize=65536)
def base_forms(word: str) -> tuple[str, ...]:
    """Candidate base forms of an inflected English verb (regular endings only); cached, as the coder
    asks for the same words many times per sentence."""
    out: list[str] = []
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
                         ("es", ""), ("s", ""), ("d", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)] + repl)
    return tuple(out)


def noun_code(st: SentenceState, o: int) -> str | None:
    """The code of event noun `o` by its noun pattern (noun_patterns.tsv), if any."""
    tok = st.sent.tokens[o]
    mods = Bag.of(words(st.sent, [c for c in np_tokens(st.sent, o) if c != o]))
    preps = frozenset(p for p, _ in preps_of(st.sent, o))
    for lemma in (tok.lemma.lower(), tok.text.lower()):
        pat = match_noun(st.tables.patterns, lemma, mods, preps)
        if pat is not None and pat.code != "---":
            return pat.code
    return None
