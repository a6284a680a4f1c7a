"""Person names as news writes them, against names as dictionaries store them.

Phoenix stores "Omar Hassan Ahmad Al Bashir" and "Jean Bertrand Aristide"; news writes "Omar al-Bashir",
"Omar El Bashir", "Jean-Bertrand Aristide", and sometimes misspells ("Francois Mitterand"). A `NameIndex`
finds people by a loose key — folded words without hyphens, particles (al, el, bin, de ...) and honorifics
— first by the exact loose name, then by first and last word with the middle names free, then by first
word and a near-identical last word (one or two letters off). Built once with the knowledge base.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from rapidfuzz import fuzz

from eventwire.actors.normalize import fold

PARTICLES = frozenset({
    "al", "el", "ad", "as", "ash", "at", "an", "bin", "ibn", "ben", "bint", "ul", "de", "da", "dos", "das",
    "do", "du", "van", "von", "der", "den", "le", "la", "di", "y", "jr", "jr.",
})
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "sheikh", "shaikh", "sheik", "gen", "gen.",
    "general", "col", "col.", "president", "king", "prince", "emir", "mullah", "ayatollah", "archbishop",
    "bishop", "judge", "justice", "chancellor", "premier",
})
_WORD = re.compile(r"[^\W\d_]+(?:['’.][^\W\d_]+)*\.?", re.UNICODE)
MIN_FUZZY_LAST = 6
FUZZY_CUTOFF = 88.0


def loose_words(name: str) -> tuple[str, ...]:
    """"Omar Hassan al-Bashir" -> ("omar", "hassan", "bashir"); particles and honorifics dropped."""
    words = [w.strip(".") for w in _WORD.findall(fold(name).replace("-", " "))]
    return tuple(w for w in words if w and w not in PARTICLES and w not in HONORIFICS)


class NameIndex:
    """Loose and first/last-word keys of person aliases -> actor ids (read-only after building)."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        exact: dict[tuple[str, ...], list[str]] = {}
        ends: dict[tuple[str, str], list[str]] = {}
        firsts: dict[str, dict[str, list[str]]] = {}
        for name, actor_id in names:
            words = loose_words(name)
            if len(words) < 2:
                continue
            _add(exact.setdefault(words, []), actor_id)
            _add(ends.setdefault((words[0], words[-1]), []), actor_id)
            _add(firsts.setdefault(words[0], {}).setdefault(words[-1], []), actor_id)
        self._exact = MappingProxyType({k: tuple(v) for k, v in exact.items()})
        self._ends = MappingProxyType({k: tuple(v) for k, v in ends.items()})
        self._firsts: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
            {k: MappingProxyType({kk: tuple(vv) for kk, vv in v.items()}) for k, v in firsts.items()}
        )

    def find(self, name: str) -> tuple[list[str], str]:
        """Actor ids for `name` and how they were found ("loose", "first and last name", "spelling")."""
        words = loose_words(name)
        if len(words) < 2:
            return [], ""
        if words in self._exact:
            return list(self._exact[words]), "loose"
        found = list(self._ends.get((words[0], words[-1]), ()))
        if found:
            return found, "first and last name"
        last = words[-1]
        if len(last) < MIN_FUZZY_LAST:
            return [], ""
        out: list[str] = []
        for other, ids in self._firsts.get(words[0], {}).items():
            if len(other) >= MIN_FUZZY_LAST and fuzz.ratio(last, other) >= FUZZY_CUTOFF:
                out.extend(i for i in ids if i not in out)
        return out, "spelling" if out else ""


def _add(bucket: list[str], actor_id: str) -> None:
    if actor_id not in bucket:
        bucket.append(actor_id)
