"""The JSON routes: each takes the store for one request (`ServerConfig.reader`) and calls one function.

Parameter checks that OpenAPI can express (ranges, required values) are declared here and answered
with 422 by FastAPI; everything else (dates, actors, codes, unknown ids) is the library's to judge,
and its QueryError becomes a 400 or 404 in `app.py`.
"""

from __future__ import annotations

import hmac
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Body, Depends, HTTPException, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from eventwire import query
from eventwire.server.ingest import MAX_POSTED_ARTICLES, ingest_records

if TYPE_CHECKING:
    from eventwire.server.app import ServerConfig


def config_of(request: Request) -> ServerConfig:
    """The configuration `create_app` gave this app."""
    config: ServerConfig = request.app.state.config
    return config


class Problem(BaseModel):
    """What every 4xx answer carries: a message for people and, for library errors, a stable code."""

    detail: str
    code: str | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": Problem, "description": "A malformed parameter (date, actor, code)."},
    503: {"model": Problem, "description": "No database yet, or it is being written; retry later."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "No such id."}}

read_router = APIRouter(prefix="/api", tags=["read"], responses=ERRORS)
write_router = APIRouter(prefix="/api", tags=["write"])

ActorParam = Annotated[str, Query(min_length=1, max_length=200, description="ISO3 country (RUS), CAMEO actor "
                                  "code (RUSGOV, IGONATO), Wikidata id (Q7747) or a name (Putin).")]
DateParam = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD, YYYY-MM or YYYY.")]


@read_router.get("/events", summary="Merged events, one per real-world event")
def events(
    request: Request,
    actor: Annotated[list[str], Query(max_length=10, description="Repeat for a dyad: one actor gives events "
                                      "involving it, two or more events between them.")] = [],  # noqa: B006
    code: Annotated[str | None, Query(max_length=20, description="CAMEO code or root (04, 041) or PLOVER "
                                      "type (CONSULT).")] = None,
    since: DateParam = None,
    until: DateParam = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the evidence sentence.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    newest_first: Annotated[bool, Query(description="Latest events first.")] = False,
) -> list[dict[str, Any]]:
    """Each with the contract's event fields plus `reports` (articles) and `sources` (outlets)."""
    with config_of(request).reader() as store:
        return query.events(store, actors=actor, code=code, since=since, until=until, q=q, limit=limit,
                            offset=offset, newest_first=newest_first)


@read_router.get("/events/{event_id}", summary="One merged event with every report and its evidence",
                 responses=NOT_FOUND)
def event(request: Request, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    """Accepts the merged id or the id of any one report (`mentions` lists them all)."""
    with config_of(request).reader() as store:
        return query.event(store, event_id)


@read_router.get("/articles/{article_id}", summary="One article: text, events, quotes and their spans",
                 responses=NOT_FOUND)
def article(request: Request, article_id: Annotated[str, Path(max_length=500)]) -> dict[str, Any]:
    """Spans are character offsets into `text`."""
    with config_of(request).reader() as store:
        return query.article(store, article_id)


@read_router.get("/contacts", summary="Contacts (CAMEO 04) between two actors, in date order",
                 responses=NOT_FOUND)
def contacts(request: Request, a: ActorParam, b: ActorParam, since: DateParam = None,
             until: DateParam = None) -> list[dict[str, Any]]:
    """Facts only; each with `date`, `cameo`, `mode`, `reports` and `days_since_previous`."""
    with config_of(request).reader() as store:
        return query.contacts(store, a, b, since=since, until=until)


@read_router.get("/actors", summary="Actors seen in stored events, most frequent first")
def actors(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name, code, ISO3 or id.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> list[dict[str, Any]]:
    """For type-ahead: `name`, `code`, `country`, `kb_id`, `events` and how the texts wrote them."""
    with config_of(request).reader() as store:
        return query.actors(store, q, limit=limit)


@read_router.get("/summary", summary="Counts, events by CAMEO root, outlets and the busiest dyads")
def summary(request: Request, dyads: Annotated[int, Query(ge=0, le=50)] = 5) -> dict[str, Any]:
    """`dyads` lists the busiest contact dyads, each with its contact timeline."""
    with config_of(request).reader() as store:
        return query.summary(store, dyads=dyads)


class ArticleIn(BaseModel):
    """A posted article, as a line of a `.jsonl` input: `text` required, the rest optional."""

    model_config = ConfigDict(extra="allow")

    id: str | int | None = None
    date: str | None = Field(None, description="Publication date YYYY-MM-DD.")
    text: str = Field(min_length=1, max_length=2_000_000)
    title: str | None = None
    url: str | None = None
    source: str | None = None


def require_token(request: Request) -> None:
    """Bearer-token check for the write route (constant-time comparison)."""
    token = config_of(request).token or ""
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "this route needs Authorization: Bearer <token>",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(403, "wrong token")


@write_router.post(
    "/ingest",
    summary="Extract and store posted articles",
    dependencies=[Depends(require_token)],
    responses={code: {"model": Problem} for code in (401, 403, 409, 503)},
)
def ingest(
    request: Request,
    body: Annotated[ArticleIn | list[ArticleIn], Body(description=f"One article or a list of up to "
                                                       f"{MAX_POSTED_ARTICLES}.")],
) -> dict[str, Any]:
    """Re-posting the same text changes nothing; unreadable articles are listed under `bad`."""
    records = [a.model_dump(exclude_none=True) for a in (body if isinstance(body, list) else [body])]
    if len(records) > MAX_POSTED_ARTICLES:
        raise HTTPException(413, f"at most {MAX_POSTED_ARTICLES} articles per request")
    return ingest_records(config_of(request), records)
