"""The reporting-cue table (`data/cues.tsv`), loaded once by name and passed in.

Cues are data, not code, so a reader can see and extend what counts as reported speech without touching
the frame finder. Classes: say, think, agree, deny, ask, accuse, describe, source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from eventwire.errors import ConfigError

CUE_CLASSES = ("say", "think", "agree", "deny", "ask", "accuse", "describe", "source")
CUE_KINDS = ("verb", "noun", "document", "phrase")


@dataclass(frozen=True)
class CueLexicon:
    """Reporting verbs and nouns by lemma, document nouns, and multi-word phrases (lower-case words)."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    documents: frozenset[str]
    phrases: tuple[tuple[tuple[str, ...], str], ...]

    def verb_class(self, lemma: str) -> str | None:
        return self.verbs.get(lemma.lower())

    def noun_class(self, lemma: str) -> str | None:
        return self.nouns.get(lemma.lower())

    def is_document(self, lemma: str) -> bool:
        return lemma.lower() in self.documents


@lru_cache(maxsize=4)
def load_cues(name: str = "cues.tsv") -> CueLexicon:
    """Read a cue table shipped in `attribution/data/`; a bad row is a ConfigError, never skipped."""
    try:
        text = resources.files("eventwire.attribution").joinpath("data", name).read_text("utf-8")
    except OSError as exc:
        raise ConfigError(f"cue table {name!r} not found in eventwire.attribution/data", code="E251") from exc
    return parse_cues(text, name)


def parse_cues(text: str, name: str = "cues.tsv") -> CueLexicon:
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    documents: set[str] = set()
    phrases: list[tuple[tuple[str, ...], str]] = []
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, line in enumerate(rows[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 3 or fields[1] not in CUE_KINDS or fields[2] not in CUE_CLASSES:
            raise ConfigError(f"{name}: bad row {number}: {line!r}", code="E252")
        cue, kind, cls = fields
        if kind == "verb":
            verbs[cue] = cls
        elif kind == "noun":
            nouns[cue] = cls
        elif kind == "document":
            documents.add(cue)
        else:
            phrases.append((tuple(cue.split()), cls))
    return CueLexicon(verbs, nouns, frozenset(documents), tuple(phrases))
