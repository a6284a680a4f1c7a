"""Read PETRARCH/Phoenix actor and agent dictionaries (MIT, Open Event Data Alliance) into plain entries.

Used only by `build_kb.py`; the package never reads these files. The TABARI format: a name line
(`VLADIMIR_PUTIN_`), `+` alias lines, and code lines (`[RUSGOV 991231-080507]`, `[RUSGOV >080508]`) either
inline or indented below. Names written on consecutive lines before a code block share that block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class PhoenixCode:
    code: str
    start: date | None = None
    end: date | None = None
    dated: bool = False


@dataclass
class PhoenixEntry:
    names: list[str] = field(default_factory=list)
    codes: list[PhoenixCode] = field(default_factory=list)
    comment: str = ""


def phoenix_name(raw: str) -> str:
    """`VLADIMIR_V._PUTIN_` -> `Vladimir V. Putin` (title case; short all-caps acronyms kept)."""
    text = raw.strip().strip("+").strip()
    text = re.sub(r"_+", " ", text).strip()
    words = []
    for word in text.split():
        acronym = len(word) <= 4 and word.isupper() and word.isalpha()
        if acronym and len(text.split()) == 1:
            words.append(word)
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def _parse_date(text: str) -> date | None:
    text = text.strip()
    if not text.isdigit():
        return None
    try:
        if len(text) == 8:
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        if len(text) == 6:
            yy = int(text[:2])
            year = 1900 + yy if yy > 30 else 2000 + yy
            return date(year, int(text[2:4]), int(text[4:6]))
    except ValueError:
        return None
    return None


def parse_code(body: str) -> PhoenixCode | None:
    """One bracketed code: `RUSGOV`, `RUSGOV 991231-080507`, `RUSGOV >080508`, `RUSGOV <080508`."""
    parts = body.split()
    if not parts or not re.fullmatch(r"[A-Z~\-]{3,}", parts[0]):
        return None
    code = PhoenixCode(parts[0])
    if len(parts) > 1:
        span = parts[1]
        code.dated = True
        if span.startswith(">"):
            code.start = _parse_date(span[1:])
        elif span.startswith("<"):
            code.end = _parse_date(span[1:])
        elif "-" in span:
            first, _, last = span.partition("-")
            code.start, code.end = _parse_date(first), _parse_date(last)
        if code.start is None and code.end is None:
            return None
    return code


def read_actor_file(path: Path) -> list[PhoenixEntry]:
    """All entries of one Phoenix `.actors.txt` file, in file order."""
    entries: list[PhoenixEntry] = []
    current = PhoenixEntry()

    def flush() -> None:
        nonlocal current
        if current.names and current.codes:
            entries.append(current)
        current = PhoenixEntry()

    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        codes = [c for c in (parse_code(m) for m in CODE_RE.findall(line)) if c]
        name_part = CODE_RE.sub("", line).strip()
        if line[:1] in ("\t", " ") and not name_part.startswith("+") and not name_part:
            current.codes.extend(codes)
            continue
        if name_part.startswith("+"):
            current.names.append(name_part[1:].strip())
        elif name_part:
            if current.codes:
                flush()
            current.names.append(name_part)
            current.comment = current.comment or comment.strip()
        current.codes.extend(codes)
    flush()
    return entries


@dataclass
class PhoenixAgent:
    phrase: str
    code: str


def read_agents(path: Path) -> list[PhoenixAgent]:
    """Agents (`POLICE {} [~COP]`), with `!PERSON!`-style substitution sets expanded."""
    subs: dict[str, list[str]] = {}
    out: list[PhoenixAgent] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        sub = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if sub:
            subs[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        match = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)\]", line)
        if not match:
            continue
        phrase, code = match.group(1).strip(), match.group(3)
        variants = [phrase]
        for key, values in subs.items():
            if key in phrase:
                variants = [v.replace(key, value) for v in variants for value in values]
        for variant in variants:
            words = re.sub(r"_+", " ", variant).strip().lower()
            if words:
                out.append(PhoenixAgent(words, code))
    return out
