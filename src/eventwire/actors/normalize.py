"""Text keys for matching names: one definition shared by the loader, the matcher and the build tools.

Names reach us as "Erdoğan", "Erdogan", "ERDOGAN", "Zelenskyy's" or "U.S."; a key folds case,
diacritics and quote/dash variants so they meet, while keeping dots and inner hyphens (U.S., al-Sharaa)
which carry meaning.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-", "‑": "-"})
_SPLIT = re.compile(r"\s+")
_SPECIAL = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


def fold(text: str) -> str:
    """Case-, diacritic- and quote-insensitive form of `text` ("Erdoğan" -> "erdogan")."""
    if text.isascii():  # the common case, several times faster: nothing to decompose
        return " ".join(text.replace("`", "'").split()).casefold()
    text = text.translate(_QUOTES).translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPLIT.sub(" ", stripped).strip().casefold()


def fold_keep_case(text: str) -> str:
    """Like `fold` but keeping case, for aliases that only count when written in capitals (US, WHO)."""
    text = text.translate(_QUOTES).translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def alias_tokens(alias: str) -> list[str]:
    """Split an alias the way spaCy's English tokenizer splits names: hyphens and "'s" apart.

    "al-Sharaa" -> ["al", "-", "Sharaa"]; "Washington, D.C." -> ["Washington", ",", "D.C."];
    "People's Republic" -> ["People", "'s", "Republic"]; "Workers' Party" -> ["Workers", "'", "Party"].
    """
    out: list[str] = []
    for word in _SPLIT.split(alias.translate(_QUOTES).strip()):
        if not word:
            continue
        if word.endswith(",") and len(word) > 1:
            out.extend(_split_word(word[:-1]))
            out.append(",")
        else:
            out.extend(_split_word(word))
    return out


def _split_word(word: str) -> list[str]:
    tail: list[str] = []
    if "'" in word and len(word) > 2:
        if word[-2:] in ("'s", "'S"):
            word, tail = word[:-2], [word[-2:]]
        elif word.endswith("s'"):
            word, tail = word[:-1], ["'"]
    if "-" not in word and "/" not in word:
        return [word, *tail] if tail else [word]
    parts = re.split(r"([-/])", word)
    return [p for p in parts if p] + tail


def slug(text: str) -> str:
    """A stable ASCII slug for ids: "Sergey Lavrov" -> "sergey-lavrov"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
