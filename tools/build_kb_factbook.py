"""Read the CIA World Factbook head-of-state/government tenures (public domain; credit the CIA).

Used only by `build_kb.py`. Each principal tenure of a sovereign entity (and the EU's two presidents)
becomes a dated role; the surname is the part the CIA writes in capitals ("Emmanuel MACRON").
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

EU_ROLES = {
    "president_european_commission": "President of the European Commission",
    "president_european_council": "President of the European Council",
}
OFFICES = {"head_of_state": "hos", "head_of_government": "hog"}
NOISE = re.compile(r"\s+(serving as caretaker|\(acting\)|acting)$", re.IGNORECASE)


@dataclass
class Tenure:
    country: str | None
    office: str
    title: str
    name: str
    surname: str
    variants: list[str]
    start: date | None
    end: date | None
    gap: bool


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def clean_name(name: str) -> str:
    """Drop caretaker notes and the ", Jr." comma; keep the name as the CIA spells it."""
    name = NOISE.sub("", name.strip())
    return name.replace(", Jr.", " Jr.").replace(",", "").strip()


def surname_of(name_cia: str) -> str:
    """The capitalised words of the CIA spelling: 'Keir STARMER' -> 'Starmer', 'XI Jinping' -> 'Xi'."""
    caps = [w for w in NOISE.sub("", name_cia).split() if len(w) > 1 and w.replace("-", "").isupper()]
    caps = [w for w in caps if w not in ("II", "III", "IV", "JR.")]
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in caps)


def read_tenures(data_dir: Path, iso2_to_iso3: dict[str, str]) -> list[Tenure]:
    """Principal tenures of sovereign states (ISO3) and of the EU (country None, IGO roles)."""
    path = data_dir / "leaders" / "factbook_heads_tenures.csv"
    out: list[Tenure] = []
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["principal"] != "1" or not row["name"].strip():
                continue
            if row["role"] in EU_ROLES:
                country, office, title = None, "igo", EU_ROLES[row["role"]]
            elif row["entity_type"] == "sovereign" and row["iso2"] in iso2_to_iso3:
                country, office = iso2_to_iso3[row["iso2"]], OFFICES[row["role"]]
                title = row["title"].strip() or ("Head of State" if office == "hos" else "Head of Government")
            else:
                continue
            name = clean_name(row["name"])
            variants = [clean_name(v) for v in row["name_variants"].split("|") if v.strip()]
            out.append(
                Tenure(
                    country=country,
                    office=office,
                    title=title,
                    name=name,
                    surname=surname_of(row["name_cia"] or row["name"]),
                    variants=variants,
                    start=_date(row["start"]),
                    end=_date(row["end_inferred"]),
                    gap=row["end_uncertain_gap_2017_2020"] == "1",
                )
            )
    return out
