"""Query parameters -> SQL predicates over the `events` table, with QueryErrors a user can act on.

    E401  a malformed date or an empty date range
    E402  a malformed event code
    E403  a bad limit or offset
    E404  an empty or malformed actor
    E405  a name that matches no stored actor
    E406  an unknown event id
    E407  an unknown article id

An actor is given as an ISO3 country (`RUS`: the country or any actor coded RUS...), a CAMEO actor
code (`RUSGOV`, `IGOUNO`, `WST`: that code, or that country and sector), a Wikidata id (`Q7747`), or a
name (`Putin`, matched in the stored names and surface texts).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.errors import QueryError

_COUNTRY = re.compile(r"[A-Z]{3}")
_CODE = re.compile(r"[A-Z]{3}[A-Z0-9]{3,}")
_KB = re.compile(r"Q[0-9]+")
_CAMEO = re.compile(r"[0-9]{2,4}")
_PLOVER = re.compile(r"[A-Z][A-Z_]+")
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
MAX_NAME = 200


@dataclass(frozen=True, slots=True)
class ActorSpec:
    """A parsed `--actor` value: what kind of identifier it is, and the value to match."""

    text: str
    kind: str  # country | code | kb | name
    value: str
    kb_ids: tuple[str, ...] = ()  # for a name: knowledge-base ids it is an alias of


def parse_actor(text: str) -> ActorSpec:
    value = (text or "").strip()
    if not value or len(value) > MAX_NAME:
        raise QueryError(f"actor {text!r}: give an ISO3 country, a CAMEO actor code or a name", code="E404")
    if _COUNTRY.fullmatch(value):
        return ActorSpec(value, "country", value)
    if _CODE.fullmatch(value):
        return ActorSpec(value, "code", value)
    if _KB.fullmatch(value):
        return ActorSpec(value, "kb", value)
    return ActorSpec(value, "name", value)


def actor_predicate(spec: ActorSpec, prefix: str) -> tuple[str, list[Any]]:
    """SQL matching the actor columns `<prefix>_*` of an events row against `spec`."""
    p = prefix
    if spec.kind == "country":
        return f"({p}_country = ? OR {p}_code LIKE ?)", [spec.value, spec.value + "%"]
    if spec.kind == "code":
        return (f"({p}_code LIKE ? OR ({p}_country || coalesce({p}_sector, '')) = ?)",
                [spec.value + "%", spec.value])
    if spec.kind == "kb":
        return f"({p}_kb_id = ?)", [spec.value]
    like = f"%{_escape_like(spec.value)}%"
    ids = [spec.value, *spec.kb_ids]
    marks = ", ".join("?" * len(ids))
    return (f"({p}_name ILIKE ? ESCAPE '\\' OR {p}_text ILIKE ? ESCAPE '\\' OR {p}_kb_id IN ({marks}))",
            [like, like, *ids])


def either_side(spec: ActorSpec) -> tuple[str, list[Any]]:
    """The actor as source or as target."""
    src, src_params = actor_predicate(spec, "source")
    tgt, tgt_params = actor_predicate(spec, "target")
    return f"({src} OR {tgt})", src_params + tgt_params


def between(specs: list[ActorSpec]) -> tuple[str, list[Any]]:
    """Events whose source is one of the actors and whose target is another (either way round)."""
    clauses: list[str] = []
    params: list[Any] = []
    for i, first in enumerate(specs):
        for j, second in enumerate(specs):
            if i == j:
                continue
            src, src_params = actor_predicate(first, "source")
            tgt, tgt_params = actor_predicate(second, "target")
            clauses.append(f"({src} AND {tgt})")
            params += src_params + tgt_params
    return "(" + " OR ".join(clauses) + ")", params


def actors_predicate(specs: list[ActorSpec]) -> tuple[str, list[Any]]:
    """One actor: events involving it; several: events between any two of them."""
    if len(specs) == 1:
        return either_side(specs[0])
    return between(specs)


def code_predicate(code: str) -> tuple[str, list[Any]]:
    """A CAMEO code or root prefix (`04`, `041`), or a PLOVER event type (`CONSULT`)."""
    value = (code or "").strip()
    if _CAMEO.fullmatch(value):
        return "(cameo LIKE ?)", [value + "%"]
    if _PLOVER.fullmatch(value.upper()):
        return "(upper(plover_event) = ?)", [value.upper()]
    raise QueryError(f"code {code!r}: give a CAMEO code or root (04, 041) or a PLOVER type (CONSULT)",
                     code="E402")


def parse_day(value: date | str | None, what: str, end: bool = False) -> date | None:
    """`YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a month or year means its first (or, for `end`, last) day."""
    if value is None or isinstance(value, date):
        return value
    match = _DATE.fullmatch(value.strip())
    if not match:
        raise QueryError(f"{what} {value!r}: expected YYYY-MM-DD, YYYY-MM or YYYY", code="E401")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)  # type: ignore[arg-type]
        if day is None:
            last = calendar.monthrange(year, month)[1]  # type: ignore[arg-type]
            return date(year, month, last if end else 1)  # type: ignore[arg-type]
        return date(year, month, day)  # type: ignore[arg-type]
    except ValueError as exc:
        raise QueryError(f"{what} {value!r}: {exc}", code="E401") from exc


def date_range(since: date | str | None, until: date | str | None) -> tuple[date | None, date | None]:
    lo = parse_day(since, "since")
    hi = parse_day(until, "until", end=True)
    if lo and hi and lo > hi:
        raise QueryError(f"since {lo} is after until {hi}", code="E401")
    return lo, hi


def check_page(limit: int | None, offset: int) -> None:
    if limit is not None and (not isinstance(limit, int) or limit < 0):
        raise QueryError(f"limit {limit!r}: expected a whole number >= 0", code="E403")
    if not isinstance(offset, int) or offset < 0:
        raise QueryError(f"offset {offset!r}: expected a whole number >= 0", code="E403")


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
