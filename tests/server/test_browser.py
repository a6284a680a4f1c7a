"""The dashboard in a real browser: `eventwire serve` on loopback, headless Chromium run by playwright-core.

`dashboard.cjs` does what a user does (load `/`, pick RUS and FRA, click a contact, click a claim) and
prints what the page then shows; these tests assert on it. Set EVENTWIRE_SCREENSHOTS=DIR to keep a
screenshot of each run. Needs `node`, Debian's `chromium` and `npm ci` (see .ci/browser-deps.sh).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("dashboard.cjs")
CHROMIUM = Path("/usr/bin/chromium")


def missing_browser() -> str | None:
    if shutil.which("node") is None:
        return "node is not installed (run .ci/browser-deps.sh)"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is not installed (apt-get install chromium, or run .ci/browser-deps.sh)"
    if not (REPO / "node_modules" / "playwright-core").is_dir():
        return "node_modules/playwright-core is missing (run `npm ci` at the repository root)"
    return None


pytestmark = [
    pytest.mark.slow,
    pytest.mark.browser,
    pytest.mark.skipif(missing_browser() is not None, reason=missing_browser() or ""),
]


def drive(base: str, name: str, **options: Any) -> dict[str, Any]:
    """Run dashboard.cjs against `base`; its JSON output, after the checks every run must pass."""
    if shots := os.environ.get("EVENTWIRE_SCREENSHOTS"):
        options["screenshot"] = str(Path(shots) / f"{name}.png")
    result = subprocess.run(["node", str(SCRIPT), json.dumps({"base": base, **options})], cwd=REPO,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["external"] == [], "the dashboard must not load anything from elsewhere"
    assert seen["console_errors"] == [] and seen["page_errors"] == []
    return seen


def marks_by_role(article: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for mark in article["marks"]:
        for cls in mark["classes"].split():
            out.setdefault(cls, []).append(mark["text"])
    return out


def test_dashboard_on_the_hand_built_store(server: str) -> None:
    seen = drive(server, "hand-built", a="RUS", b="FRA", click="2022-09-11", typeahead="Mac")
    assert seen["typeahead"] == ["FRA", "Emmanuel Macron"]

    default = seen["default"]
    assert "busiest dyad" in default["timeline"]["title"]
    assert default["timeline"]["dots"] == ["2022-09-11", "2025-07-01"]
    assert default["table"]["title"] == "Latest events"
    first = default["table"]["rows"][0]
    assert first[0] == "2025-08-15" and "Vladimir Putin" in first[1] and "Donald Trump" in first[3]

    dyad = seen["dyad"]
    assert dyad["hash"] == "#a=RUS&b=FRA"
    assert dyad["timeline"]["dots"] == ["2022-09-11", "2025-07-01"]
    assert dyad["timeline"]["gaps"] == ["1,024 days"]
    assert [row[0] for row in dyad["table"]["rows"]] == ["2025-07-01", "2022-09-11"]
    assert [row[4] for row in dyad["table"]["rows"]] == ["2", "1"]

    article = seen["article"]
    roles = marks_by_role(article)
    assert roles["hl-trigger"] == ["call"] and roles["hl-date"] == ["September 11, 2022"]
    assert roles["hl-source"] == roles["hl-target"] == ["the two leaders"]
    assert roles["claim"] == ["arming"]
    assert len(article["legend"]) == 5
    colours = {m["classes"]: m["color"] for m in article["marks"]}
    assert len({colours["hl-trigger"], colours["hl-date"], colours["claim"]}) == 3

    claim = seen["claim"]
    assert "asserted by Vladimir Putin" in claim["detail"]
    roles = marks_by_role(claim)
    assert roles["hl-trigger"] == roles["claim"] == ["arming"]
    assert roles["hl-source"] == ["Western countries"] and roles["hl-target"] == ["Kiev"]
    colours = {m["classes"]: m["color"] for m in claim["marks"]}
    assert len({colours["hl-source"], colours["hl-target"], colours["hl-trigger claim"]}) == 3


def test_dashboard_on_the_demo_corpus(
    tmp_path: Path, corpus_dir: Path, start_server: Callable[..., AbstractContextManager[str]]
) -> None:
    db = tmp_path / "demo.duckdb"
    command = [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus_dir), "--db", str(db)]
    ingest = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert ingest.returncode == 0, ingest.stderr
    with start_server(db) as base:
        seen = drive(base, "demo-corpus", a="RUS", b="FRA", click="2022-09-11")

    assert seen["default"]["timeline"]["dots"], "the busiest dyad's timeline is drawn on load"
    assert seen["default"]["table"]["rows"] and seen["default"]["table"]["rows"][0][0][:2] in ("19", "20")
    dyad = seen["dyad"]["timeline"]
    assert {"2022-09-11", "2025-07-01"} <= set(dyad["dots"])
    assert "1,024 days" in dyad["gaps"]
    roles = marks_by_role(seen["article"])
    assert roles.get("hl-trigger"), "the event's trigger is highlighted in the article"
    assert roles.get("hl-source") or roles.get("hl-target")
