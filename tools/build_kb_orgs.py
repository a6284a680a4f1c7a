"""International organisations from Phoenix.International.actors.txt (MIT, Open Event Data Alliance).

Used only by `build_kb.py`. `igos.tsv` = our `igos_curated.tsv` plus Phoenix's IGOs; `ngos.tsv` = our
`ngos_curated.tsv` plus Phoenix's NGOs. Curated rows win; Phoenix adds breadth (regional bodies, UN
agencies, thousands of NGOs). Companies (MNC) are left out. Entries that look like people (Phoenix also
lists office holders under IGO codes) are left out here: people live in `people.jsonl.gz`.
"""

from __future__ import annotations

import re

from build_kb_phoenix import PhoenixEntry, phoenix_name

from eventwire.actors.normalize import fold, slug

ORG_WORDS = {
    "agency", "alliance", "assembly", "association", "bank", "board", "bureau", "center", "centre",
    "coalition",
    "commission", "committee", "community", "conference", "confederation", "council", "court", "federation",
    "forum", "foundation", "fund", "group", "institute", "international", "league", "mission", "movement",
    "network", "office", "organisation", "organization", "parliament", "program", "programme", "project",
    "secretariat", "society", "tribunal", "union", "watch", "without", "world", "campaign", "trust", "aid",
    "action", "relief", "rights", "service", "services", "force", "forces", "initiative", "partnership",
}
SMALL_WORDS = {"of", "the", "for", "and", "in", "on", "to", "at", "by", "with", "de", "du", "des", "la", "le",
               "sans", "an", "a"}
GENERIC = {"ngo", "igo", "un", "eu", "red cross"}


def org_name(raw: str) -> str:
    """Phoenix's `AMNESTY_INTERNATIONAL_` -> "Amnesty International", small words in lower case."""
    words = phoenix_name(raw).split()
    out = [w.lower() if i and w.lower() in SMALL_WORDS else w for i, w in enumerate(words)]
    return " ".join(out).replace(" ,", ",")


def acronym(raw: str) -> bool:
    text = raw.strip().strip("_").replace(".", "")
    return text.isupper() and text.isalpha() and 3 <= len(text) <= 8


def usable_names(entry: PhoenixEntry) -> list[str]:
    """Names that look like an organisation: an org word, an acronym, or one invented word."""
    out: list[str] = []
    for raw in entry.names:
        if "(" in raw or re.search(r"\d", raw):
            continue
        name = org_name(raw)
        words = {w.lower().strip(",.") for w in name.split()}
        if acronym(raw):
            out.append(raw.strip().strip("_"))
        elif words & ORG_WORDS or (len(words) == 1 and len(name) >= 6):
            out.append(name)
    return out


def phoenix_org_rows(entries: list[PhoenixEntry], prefix: str, seen: set[str], code_map: dict[str, str],
                     source: str) -> list[dict[str, str]]:
    """Rows for undated Phoenix entries whose code starts with `prefix` (IGO or NGO)."""
    rows: list[dict[str, str]] = []
    for entry in entries:
        code = entry.codes[0].code
        if not code.startswith(prefix) or any(c.dated for c in entry.codes):
            continue
        names = [n for n in usable_names(entry) if fold(n) not in seen and fold(n) not in GENERIC]
        if not names:
            continue
        seen.update(fold(n) for n in names)
        rows.append(
            {
                "id": f"ew:{prefix.lower()}/{slug(names[0])}",
                "code": code_map.get(code, code),
                "phoenix_code": code,
                "country": "",
                "sector": "",
                "name": names[0],
                "aliases": "|".join(names[1:]),
                "head_title": "",
                "source": source,
            }
        )
    return rows


def unique_code_map(curated: list[dict[str, str]]) -> dict[str, str]:
    """Phoenix code -> eventwire code, where one curated IGO alone carries that Phoenix code."""
    by_phoenix: dict[str, set[str]] = {}
    for row in curated:
        by_phoenix.setdefault(row["phoenix_code"], set()).add(row["code"])
    return {k: next(iter(v)) for k, v in by_phoenix.items() if len(v) == 1 and k != "IGO"}


def known_names(rows: list[dict[str, str]]) -> set[str]:
    return {fold(a) for r in rows for a in [r["name"], *r["aliases"].split("|")] if a}
