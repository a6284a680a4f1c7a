"""Hand-built records for store tests: articles, events and quotes without running the pipeline."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from eventwire.records import ActorRef, Article, Event, Evidence, Extraction, Mention, Quote, Timex

ACTORS = {
    "putin": ActorRef("Vladimir Putin", "Vladimir Putin", "RUS", "GOV", "RUSGOV", "Q7747", "person"),
    "macron": ActorRef("Emmanuel Macron", "Emmanuel Macron", "FRA", "GOV", "FRAGOV", "Q3052772", "person"),
    "kremlin": ActorRef("the Kremlin", "Russian government", "RUS", "GOV", "RUSGOV", None, "state"),
    "may": ActorRef("Theresa May", "Theresa May", "GBR", "GOV", "GBRGOV", "Q264766", "person"),
    "erdogan": ActorRef("Erdogan", "Recep Tayyip Erdogan", "TUR", "GOV", "TURGOV", "Q39259", "person"),
    "west": ActorRef("the West", "the West", None, None, "WST", None, "group"),
    "ukraine": ActorRef("Kiev", "Ukraine", "UKR", "GOV", "UKRGOV", "Q212", "state"),
    "lavrov": ActorRef("Sergei Lavrov", "Sergei Lavrov", "RUS", "GOV", "RUSGOV", "Q167726", "person"),
}

PLOVER = {"04": ("CONSULT", None), "11": ("ACCUSE", None), "07": ("AID", None), "03": ("AGREE", None)}


def article(article_id: str, text: str, day: str | None = "2025-07-01", source: str | None = "TASS",
            **fields: Any) -> Article:
    return Article(
        id=article_id,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        date=date.fromisoformat(day) if day else None,
        source=source,
        title=fields.get("title"),
        url=fields.get("url"),
        place=fields.get("place"),
    )


def event(article_id: str, n: int, cameo: str = "041", source: str | None = "putin",
          target: str | None = "macron", day: str | None = "2025-07-01", *, sentence: str = "",
          precision: str | None = None, claimed_by: str | None = None, symmetric: bool | None = None,
          historical: bool = False, negated: bool = False, modality: str = "asserted",
          topic: str | None = None, trigger: str = "held talks", **extra: Any) -> Event:
    sentence = sentence or f"{source} and {target} held a telephone conversation."
    plover = PLOVER.get(cameo[:2], (None, None))
    return Event(
        article_id=article_id,
        event_id=f"{article_id}-e{n}",
        date=day,
        date_precision=precision or (None if day is None else {10: "day", 7: "month", 4: "year"}[len(day)]),
        historical=historical,
        source=ACTORS[source] if source else None,
        target=ACTORS[target] if target else None,
        cameo=cameo,
        cameo_root=cameo[:2],
        plover_event=plover[0],
        plover_mode="phone" if cameo == "041" else plover[1],
        quad_class=1,
        goldstein=1.0,
        symmetric=cameo.startswith("04") if symmetric is None else symmetric,
        claimed_by=ACTORS[claimed_by] if claimed_by else None,
        negated=negated,
        evidence=Evidence(sentence, n, {"trigger": (0, 4), "source": (5, 10)}),
        rule="test.rule.v1",
        modality=modality,
        topic=topic,
        trigger=trigger,
        extra=dict(extra),
    )


def quote(article_id: str, n: int, speaker: str = "putin", text: str = "the conflict is a consequence",
          topic: str | None = None) -> Quote:
    return Quote(
        article_id=article_id,
        quote_id=f"{article_id}-q{n}",
        speaker=ACTORS[speaker],
        addressee=None,
        kind="indirect",
        text=text,
        cue="said",
        spans={"content": (10, 10 + len(text)), "cue": (5, 9)},
        reported_via=("TASS", "the Kremlin"),
        sentence_index=n,
        topic=topic,
    )


def extraction(article_id: str, events: list[Event] | tuple[Event, ...] = (), quotes: tuple[Quote, ...] = (),
               *, text: str | None = None, day: str | None = "2025-07-01", source: str | None = "TASS",
               **fields: Any) -> Extraction:
    text = text or f"Text of {article_id}. " + " ".join(e.evidence.sentence for e in events)
    mention = Mention(0, 0, 2, 0, 14, "Vladimir Putin", "name", ACTORS["putin"])
    timex = Timex(0, 7, "Tuesday", "DATE", day or "PRESENT_REF")
    return Extraction(
        article=article(article_id, text, day, source, **fields),
        events=tuple(events),
        quotes=tuple(quotes),
        mentions=(mention,),
        timexes=(timex,),
    )


def history() -> list:
    """Two reports of the 2022-09-11 call, one of the 2025-07-01 call, a claim, a planned call."""
    kremlin = extraction("kremlin-2022", [
        event("kremlin-2022", 0, "041", "putin", "macron", "2022-09-11", topic="Ukraine",
              sentence="Vladimir Putin had a telephone conversation with Emmanuel Macron."),
        event("kremlin-2022", 1, "112", "putin", "ukraine", "2022-09-11", topic="Ukraine",
              trigger="drew attention",
              sentence="The Russian side drew attention to Ukraine's shelling of the plant."),
    ], (quote("kremlin-2022", 0, "putin", "Kiev must stop the shelling of the nuclear plant", "Ukraine"),),
        day="2022-09-11", source="Kremlin", url="http://kremlin.ru/events/69334", title="Conversation")
    elysee = extraction("elysee-2022", [
        event("elysee-2022", 0, "041", "macron", "putin", "2022-09-11", topic="Zaporizhzhia",
              sentence="Emmanuel Macron spoke with Vladimir Putin by telephone."),
        event("elysee-2022", 1, "111", "macron", "putin", "2022-09-11", topic="Zaporizhzhia",
              trigger="criticised", sentence="The President criticised the Russian occupation of the plant."),
    ], (quote("elysee-2022", 0, "macron", "Russian troops must withdraw from the plant", "Zaporizhzhia"),),
        day="2022-09-11", source="Elysee", url="https://www.elysee.fr/x")
    tass = extraction("tass-2025", [
        event("tass-2025", 0, "041", "putin", "macron", "2025-07-01",
              sentence="Vladimir Putin and Emmanuel Macron held their first phone conversation in years."),
        event("tass-2025", 1, "041", "putin", "macron", "2022-09-11", historical=True,
              sentence="The last reported call between the two leaders took place on September 11, 2022."),
        event("tass-2025", 2, "070", "west", "ukraine", "2025-07-01", claimed_by="putin", trigger="arming",
              sentence="Putin noted that Western countries are prolonging the hostilities by arming Kiev."),
        event("tass-2025", 3, "036", "putin", "macron", "2025-07-01", modality="planned",
              sentence="The leaders agreed to maintain communication."),
    ], day="2025-07-01", source="TASS")
    return [kremlin, elysee, tass]
