"""Every route through FastAPI's TestClient, over the hand-built store: answers, and 4xx for bad input."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.server import create_app
from eventwire.server.app import STATIC

ROUTES = ("/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/contacts",
          "/api/actors", "/api/summary")


@pytest.fixture(scope="module")
def client(store_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store_path)) as client:
        yield client


def problem(response, status: int, code: str | None = None) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    if code:
        assert body["code"] == code
    return str(body["detail"])


# --- /api/events ----------------------------------------------------------------------------------------


def test_events_are_merged_and_in_date_order(client: TestClient) -> None:
    events = client.get("/api/events").json()
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    call = next(e for e in events if e["date"] == "2025-07-01" and e["cameo"] == "041")
    assert call["reports"] == 2 and sorted(call["sources"]) == ["Kremlin", "TASS"]
    assert {"source", "target", "plover", "evidence", "claimed_by"} <= set(call)


def test_events_filters(client: TestClient) -> None:
    dyad = client.get("/api/events", params=[("actor", "RUS"), ("actor", "FRA")]).json()
    assert sorted(e["date"] for e in dyad) == ["2022-09-11", "2025-07-01"]
    assert [e["cameo"] for e in client.get("/api/events", params={"code": "112"}).json()] == ["112"]
    assert len(client.get("/api/events", params={"code": "CONSULT"}).json()) == 3
    since = client.get("/api/events", params={"since": "2025-07-02"}).json()
    assert [e["date"] for e in since] == ["2025-08-15"]
    until = client.get("/api/events", params={"until": "2022"}).json()
    assert [e["date"] for e in until] == ["2022-09-11"]
    assert [e["cameo"] for e in client.get("/api/events", params={"q": "arming"}).json()] == ["070"]


def test_events_paging(client: TestClient) -> None:
    everything = client.get("/api/events").json()
    page = client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert [e["event_id"] for e in page] == [e["event_id"] for e in everything[1:3]]
    newest = client.get("/api/events", params={"limit": 1, "newest_first": "true"}).json()
    assert newest[0]["date"] == "2025-08-15"


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({"since": "2025-13-01"}, 400, "E401"),
        ({"since": "yesterday"}, 400, "E401"),
        ({"until": "2025-02-30"}, 400, "E401"),
        ({"since": "2025-08-01", "until": "2025-07-01"}, 400, "E401"),
        ({"code": "x!"}, 400, "E402"),
        ({"actor": "Nobody Known"}, 404, "E405"),
        ({"actor": " "}, 400, "E404"),
        ({"limit": 0}, 422, None),
        ({"limit": 1001}, 422, None),
        ({"limit": "ten"}, 422, None),
        ({"offset": -1}, 422, None),
        ({"newest_first": "maybe"}, 422, None),
        ({"since": "2025-07-01T00:00:00Z"}, 422, None),
    ],
)
def test_events_bad_parameters(client: TestClient, params: dict, status: int, code: str | None) -> None:
    assert problem(client.get("/api/events", params=params), status, code)


# --- one event, one article -------------------------------------------------------------------------------


def test_event_with_its_reports(client: TestClient) -> None:
    merged = next(e for e in client.get("/api/events").json() if e["reports"] == 2)
    event = client.get(f"/api/events/{merged['event_id']}").json()
    assert event["event_id"] == merged["event_id"]
    assert sorted(m["article_id"] for m in event["mentions"]) == ["kremlin-2025-07-01",
                                                                  "tass-2025-07-01-putin-macron-call"]
    assert all(m["evidence"]["spans"]["trigger"] for m in event["mentions"])
    # one report's own id finds the same merged event
    by_report = client.get(f"/api/events/{event['mentions'][0]['event_id']}").json()
    assert by_report["event_id"] == merged["event_id"]


def test_unknown_event_and_article_are_404(client: TestClient) -> None:
    assert "no event" in problem(client.get("/api/events/ev_nope"), 404, "E406")
    assert "no article" in problem(client.get("/api/articles/nope"), 404, "E407")
    assert client.get("/api/articles/" + "x" * 501).status_code == 422


def test_article_spans_point_into_its_text(client: TestClient) -> None:
    article = client.get("/api/articles/tass-2025-07-01-putin-macron-call").json()
    text = article["text"]
    assert article["source"] == "TASS" and article["date"] == "2025-07-01"
    old_call = next(e for e in article["events"] if e["date"] == "2022-09-11")
    start, end = old_call["evidence"]["spans"]["date"]
    assert text[start:end] == "September 11, 2022"
    claim = next(e for e in article["events"] if e["claimed_by"])
    start, end = claim["evidence"]["spans"]["trigger"]
    assert text[start:end] == "arming" and claim["claimed_by"]["name"] == "Vladimir Putin"
    assert article["quotes"][0]["reported_via"] == ["TASS", "the Kremlin"]


# --- contacts, actors, summary ----------------------------------------------------------------------------


def test_contacts_between_russia_and_france(client: TestClient) -> None:
    contacts = client.get("/api/contacts", params={"a": "RUS", "b": "FRA"}).json()
    gaps = [(c["date"], c["days_since_previous"]) for c in contacts]
    assert gaps == [("2022-09-11", None), ("2025-07-01", 1024)]
    by_name = client.get("/api/contacts", params={"a": "Macron", "b": "Putin"}).json()
    assert [c["event_id"] for c in by_name] == [c["event_id"] for c in contacts]
    assert client.get("/api/contacts", params={"a": "RUS", "b": "USA", "until": "2025-01"}).json() == []


@pytest.mark.parametrize(
    ("params", "status"),
    [({"a": "RUS"}, 422), ({"a": "RUS", "b": ""}, 422), ({"a": "RUS", "b": "RUS"}, 400),
     ({"a": "RUS", "b": "Nobody Known"}, 404), ({"a": "RUS", "b": "FRA", "since": "2025-99"}, 400)],
)
def test_contacts_bad_parameters(client: TestClient, params: dict, status: int) -> None:
    assert problem(client.get("/api/contacts", params=params), status)


def test_actors_type_ahead(client: TestClient) -> None:
    names = [a["name"] for a in client.get("/api/actors", params={"q": "mac"}).json()]
    assert names == ["Emmanuel Macron"]
    everyone = client.get("/api/actors").json()
    assert everyone[0]["name"] == "Vladimir Putin" and everyone[0]["events"] >= everyone[-1]["events"]
    assert client.get("/api/actors", params={"limit": 0}).status_code == 422
    assert client.get("/api/actors", params={"q": "x" * 201}).status_code == 422


def test_summary_names_the_busiest_dyad(client: TestClient) -> None:
    summary = client.get("/api/summary").json()
    assert (summary["articles"], summary["events"], summary["merged_events"]) == (3, 6, 5)
    busiest = summary["dyads"][0]
    assert (busiest["a"], busiest["b"], busiest["contacts"]) == ("FRA", "RUS", 2)
    assert busiest["timeline"][-1]["days_since_previous"] == 1024
    assert client.get("/api/summary", params={"dyads": 51}).status_code == 422


# --- dashboard, schema, read-only -------------------------------------------------------------------------


def test_dashboard_is_served_with_local_assets_only(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for asset in ("/static/app.js", "/static/style.css"):
        assert asset in page.text
        assert client.get(asset).status_code == 200
    for file in STATIC.iterdir():
        text = file.read_text("utf-8")
        text = text.replace("http://www.w3.org/2000/svg", "")  # an XML namespace, never fetched
        assert "http://" not in text and "https://" not in text, file


def test_openapi_documents_every_route(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert set(ROUTES) <= set(paths)
    assert "/api/ingest" not in paths
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert names >= {"actor", "code", "since", "until", "q", "limit", "offset"}


def test_reads_never_write_the_store(store_path: Path, client: TestClient) -> None:
    before = hashlib.sha256(store_path.read_bytes()).hexdigest()
    for url in ("/api/events", "/api/summary", "/api/actors?q=pu", "/api/contacts?a=RUS&b=FRA"):
        assert client.get(url).status_code == 200
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == before
    assert not store_path.with_name(store_path.name + ".wal").exists()


def test_missing_or_broken_database_is_503(tmp_path: Path) -> None:
    broken = tmp_path / "broken.duckdb"
    broken.write_text("not a database")
    for path, code in ((tmp_path / "missing.duckdb", "E303"), (broken, "E301")):
        with TestClient(create_app(path)) as client:
            response = client.get("/api/events")
            assert problem(response, 503, code)
            assert response.headers["retry-after"]
            assert client.get("/").status_code == 200


# --- POST /api/ingest: only with a token -------------------------------------------------------------------


def test_ingest_route_absent_without_token(client: TestClient) -> None:
    assert client.post("/api/ingest", json={"text": "x"}).status_code in (404, 405)


def test_ingest_requires_the_token(store_path: Path) -> None:
    with TestClient(create_app(store_path, token="s3cret")) as client:
        article = {"id": "a1", "date": "2025-07-01", "text": "Putin called Macron."}
        missing = client.post("/api/ingest", json=article)
        assert problem(missing, 401) and missing.headers["www-authenticate"] == "Bearer"
        for header, status in (("Bearer nope", 403), ("Basic s3cret", 401), ("Bearer", 401)):
            response = client.post("/api/ingest", json=article, headers={"Authorization": header})
            assert problem(response, status)
        auth = {"Authorization": "Bearer s3cret"}
        assert client.post("/api/ingest", json={"id": "a1"}, headers=auth).status_code == 422
        assert client.post("/api/ingest", json=[{"text": ""}], headers=auth).status_code == 422
        assert client.post("/api/ingest", content=b"{not json", headers=auth).status_code == 422
        too_many = [{"text": "x"}] * 501
        assert client.post("/api/ingest", json=too_many, headers=auth).status_code == 413
        assert "/api/ingest" in client.get("/openapi.json").json()["paths"]


@pytest.mark.slow
def test_ingest_extracts_and_stores(tmp_path: Path, seed_path: Path) -> None:
    db = tmp_path / "posted.duckdb"
    with TestClient(create_app(db, token="s3cret")) as client:
        auth = {"Authorization": "Bearer s3cret"}
        seed = {"id": "seed", "text": seed_path.read_text("utf-8")}
        report = client.post("/api/ingest", json=[seed, {"id": "bad", "date": "2025-99-01", "text": "x"}],
                             headers=auth)
        assert report.status_code == 200, report.text
        body = report.json()
        assert body["added"] == 1 and body["events"] > 0
        assert [b["origin"] for b in body["bad"]] == ["request:2"]
        assert client.post("/api/ingest", json=seed, headers=auth).json()["unchanged"] == 1
        contacts = client.get("/api/contacts", params={"a": "RUS", "b": "FRA"}).json()
        assert [c["date"] for c in contacts] == ["2022-09-11", "2025-07-01"]
