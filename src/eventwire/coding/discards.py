"""Sport, entertainment and business sentences, which the coder does not read (`data/discards.tsv`).

A sentence about cricket or a takeover has verbs that look political ("crushed Australia", "voted
against selling a stake"). Two strengths of evidence decide:

- a *marker* (`phrase`, `regex`: "Bundesliga", "box office", "beat France 2-1", "by 295 runs") names the
  domain outright and discards the sentence alone;
- a *cue* (`cue`, `cue_regex`: "league", "clubs", "stake", "investors") is only context: words like these
  also appear in political news ("the Arab League", "a stake in the port", "$2 billion"), so a sentence
  is discarded only when it holds cues of two different rows of one domain, none of them inside a name
  the actors stage resolved ("the Arab League" is an actor, not a league), and no `anchor` word of
  politics ("sanctions", "troops", "ministry") says that the sport or money is the setting of a
  political act.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

WORD_RE = re.compile(r"[\w'&-]+")
POSSESSIVE_RE = re.compile(r"['’]s?$")
STRONG = frozenset({"phrase", "regex"})
KINDS = frozenset({"phrase", "regex", "cue", "cue_regex", "anchor"})


def words_of(text: str) -> list[str]:
    """Lower-case words, the way discard phrases are matched."""
    return WORD_RE.findall(text.lower())


def bare_words(text: str) -> list[str]:
    """Lower-case words without a possessive ending ("the league's rights" -> league), for cues."""
    return [POSSESSIVE_RE.sub("", w) for w in words_of(text)]


PhraseIndex = dict[str, list[tuple[tuple[str, ...], str]]]


def index_phrases(rows: Iterable[tuple[str, str]]) -> PhraseIndex:
    """(words, label) by the phrase's first word, for a word-by-word scan of a sentence. A row's text
    may list `|` alternatives ("club|clubs"): they are one cue, labelled `domain:text`."""
    out: PhraseIndex = defaultdict(list)
    for text, domain in rows:
        for alt in text.split("|"):
            words = tuple(bare_words(alt))
            if words:
                out[words[0]].append((words, f"{domain}:{text}"))
    return dict(out)


def phrase_hits(words: Sequence[str], index: PhraseIndex) -> set[tuple[tuple[str, ...], str]]:
    """The phrases of `index` that occur in `words`, with their labels."""
    found: set[tuple[tuple[str, ...], str]] = set()
    for k, word in enumerate(words):
        for phrase, label in index.get(word, ()):
            if tuple(words[k:k + len(phrase)]) == phrase:
                found.add((phrase, label))
    return found


def compile_any(parts: Sequence[str]) -> re.Pattern[str] | None:
    """One case-insensitive regex for several (a part may switch case back on with `(?-i:...)`)."""
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE) if parts else None


@dataclass(frozen=True)
class DiscardRules:
    """The rows of discards.tsv, indexed for matching (see the module docstring)."""

    markers: PhraseIndex
    marker_re: re.Pattern[str] | None
    cues: PhraseIndex
    cue_res: tuple[tuple[re.Pattern[str], str], ...]
    anchors: PhraseIndex

    @classmethod
    def build(cls, rows: Sequence[tuple[str, str, str]]) -> DiscardRules:
        """From (text, kind, domain) rows; an unknown kind is a table error."""
        bad = {kind for _, kind, _ in rows if kind not in KINDS}
        if bad:
            raise ValueError(f"unknown discard kinds {sorted(bad)}")
        return cls(
            markers=index_phrases((t, d) for t, k, d in rows if k == "phrase"),
            marker_re=compile_any([t for t, k, _ in rows if k == "regex"]),
            cues=index_phrases((t, d) for t, k, d in rows if k == "cue"),
            cue_res=tuple((re.compile(t, re.IGNORECASE), d) for t, k, d in rows if k == "cue_regex"),
            anchors=index_phrases((t, d) for t, k, d in rows if k == "anchor"),
        )

    def marked(self, text: str) -> bool:
        """A marker names the sentence's domain outright."""
        if phrase_hits(words_of(text), self.markers):
            return True
        return self.marker_re is not None and self.marker_re.search(text) is not None

    def cued(self, text: str, names: Iterable[tuple[int, int]] = ()) -> bool:
        """Two cues of one domain outside the resolved `names` (character spans in `text`), and no
        political anchor anywhere in the sentence."""
        if phrase_hits(bare_words(text), self.anchors):
            return False
        masked = list(text)
        for start, end in names:
            start, end = max(start, 0), min(max(end, start, 0), len(text))
            masked[start:end] = " " * (end - start)
        plain = "".join(masked)
        per_domain: dict[str, set[str]] = defaultdict(set)
        for _, label in phrase_hits(bare_words(plain), self.cues):
            per_domain[label.split(":", 1)[0]].add(label)
        for pattern, domain in self.cue_res:
            if pattern.search(plain):
                per_domain[domain].add(pattern.pattern)
        return any(len(found) >= 2 for found in per_domain.values())

    def discards(self, text: str, names: Iterable[tuple[int, int]] = ()) -> bool:
        """Is the sentence sport, entertainment or business rather than politics?"""
        return self.marked(text) or self.cued(text, names)
