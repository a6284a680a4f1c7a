"""Phoenix persons (`Phoenix.Countries.actors.txt`, MIT) -> dated roles for `people.jsonl`.

Used only by `build_kb_people.py`. What Phoenix says and what we read into it:
- An entry with an `ELI` code (`[FRAELI 340101-810521]`) comes from CountryInfo's list of heads of state
  and government: its GOV spans with day-precise dates are leadership tenures (office "leader"; "hos" or
  "hog" when an alias names the title: PRESIDENT_BUSH, CHANCELLOR_KOHL). Spans running from the first to
  the last day of a month come from the monthly cabinet lists: ministers (office "other").
- Leaders get a surname, so "Chirac" or "President Mitterrand" alone can find them; Arabic family names
  with a particle are indexed with and without it ("Al Bashir", "Bashir").
- Aliases naming an institution ("Bush Administration") are no person names and are dropped.
"""

from __future__ import annotations

from datetime import date, timedelta

from build_kb_phoenix import PhoenixCode, PhoenixEntry

INSTITUTION_WORDS = {"administration", "government", "cabinet", "regime", "camp", "office", "party",
                     "politburo", "soviet", "committee", "presidium"}
TITLE_OFFICES = (
    ("PRIME_MINISTER", "hog", "Prime Minister"), ("PREMIER", "hog", "Prime Minister"),
    ("CHANCELLOR", "hog", "Chancellor"), ("PRESIDENT", "hos", "President"), ("KING", "hos", "King"),
    ("QUEEN", "hos", "Queen"), ("EMIR", "hos", "Emir"), ("SULTAN", "hos", "Sultan"),
)
ARABIC_PARTICLES = ("al ", "el ", "al-", "el-")


def is_leader_entry(entry: PhoenixEntry) -> bool:
    """CountryInfo's leaders carry ELI (elite) spans before and after their time in office."""
    return any(c.code[3:6] == "ELI" for c in entry.codes) and any(c.dated for c in entry.codes)


def month_aligned(code: PhoenixCode) -> bool:
    """A span from the 1st to the last day of a month: the monthly cabinet lists, not a tenure."""
    if code.start is None or code.start.day != 1:
        return False
    return code.end is None or (code.end + timedelta(days=1)).day == 1


def title_office(entry: PhoenixEntry) -> tuple[str, str]:
    """("hos", "President") from an alias such as PRESIDENT_BUSH; ("leader", "") when none says."""
    for raw in entry.names:
        upper = raw.upper()
        for word, office, title in TITLE_OFFICES:
            if upper.startswith(word) or f"_{word}_" in f"_{upper}":
                if word == "PRESIDENT" and "VICE" in upper:
                    continue
                return office, title
    return "leader", ""


def role_office(entry: PhoenixEntry, code: PhoenixCode, leader: bool) -> tuple[str, str]:
    """Office and title of one Phoenix GOV span."""
    if not leader or code.code[3:] != "GOV" or month_aligned(code):
        return "other", ""
    return title_office(entry)


def person_names(names: list[str]) -> list[str]:
    """Names without institution aliases ("Bush Administration" names a government, not the man)."""
    return [n for n in names if not set(n.lower().split()) & INSTITUTION_WORDS]


def leader_surnames(name: str, surname: str) -> list[str]:
    """The surname, and for "Al Bashir"/"al-Bashir" the bare family name too."""
    out = [surname]
    low = surname.lower()
    for particle in ARABIC_PARTICLES:
        if low.startswith(particle) and len(surname) > len(particle) + 3:
            out.append(surname[len(particle):])
    return out


def span_days(role: dict[str, str | None]) -> int:
    start = date.fromisoformat(role["start"]) if role.get("start") else date(1900, 1, 1)
    end = date.fromisoformat(role["end"]) if role.get("end") else date(2016, 1, 1)
    return (end - start).days
