"""Why an event was coded: its rule and its sentence with the trigger, source, target and date marked.

`explain_events` returns plain dicts (for `eventwire explain --format jsonl`); `render_explanation`
prints them with rich for people. Both read only the events' evidence and the article text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from eventwire.records import Event, Span

if TYPE_CHECKING:
    from rich.console import Console

    from eventwire.coding.codebook import CodingTables

MARKS = {"trigger": ("[", "]"), "source": ("{", "}"), "target": ("<", ">"), "date": ("(", ")")}
STYLES = {"trigger": "bold yellow", "source": "bold cyan", "target": "bold magenta", "date": "green"}


def sentence_bounds(event: Event, article_text: str) -> Span:
    """The sentence's character span in the article (its text is in the evidence)."""
    spans = event.evidence.spans
    anchor = spans.get("trigger", (0, 0))[0]
    sentence = event.evidence.sentence
    start = article_text.rfind(sentence, 0, anchor + len(sentence))
    if start < 0 or start > anchor:
        start = anchor
    return start, start + len(sentence)


def mark_sentence(article_text: str, bounds: Span, spans: Mapping[str, Span]) -> str:
    """The sentence with `[trigger]`, `{source}`, `<target>` and `(date)` marked."""
    start, end = bounds
    inserts: list[tuple[int, int, str]] = []
    for name, (s, e) in spans.items():
        if name in MARKS and start <= s < e <= end:
            left, right = MARKS[name]
            inserts += [(s, 1, left), (e, 0, right)]
    out, cursor = [], start
    for pos, _, mark in sorted(inserts):
        out.append(article_text[cursor:pos])
        out.append(mark)
        cursor = pos
    out.append(article_text[cursor:end])
    return "".join(out)


def explain_events(events: Iterable[Event], article_text: str, tables: CodingTables | None = None
                   ) -> list[dict[str, Any]]:
    """One dict per event: the code and its name, the rule, the actors, and the marked sentence."""
    out = []
    for e in events:
        bounds = sentence_bounds(e, article_text)
        name = tables.info(e.cameo).name if tables is not None else None
        out.append({
            "event_id": e.event_id,
            "cameo": e.cameo,
            "cameo_name": name,
            "plover": e.plover_event,
            "rule": e.rule,
            "source": e.source.code if e.source else None,
            "target": e.target.code if e.target else None,
            "symmetric": e.symmetric,
            "date": e.date,
            "historical": e.historical,
            "modality": e.modality,
            "negated": e.negated,
            "sentence_index": e.evidence.sentence_index,
            "marked": mark_sentence(article_text, bounds, e.evidence.spans),
        })
    return out


def render_explanation(events: Iterable[Event], article_text: str, console: Console | None = None,
                       tables: CodingTables | None = None) -> None:
    """Print each event's rule and its sentence with the spans coloured (trigger, source, target, date)."""
    from rich.console import Console
    from rich.text import Text

    console = console or Console()
    events = list(events)
    for e, info in zip(events, explain_events(events, article_text, tables), strict=True):
        arrow = "<->" if e.symmetric else "->"
        head = Text(f"{e.cameo} {info['cameo_name'] or e.plover_event or ''}  ", style="bold")
        head.append(f"{info['source']} {arrow} {info['target'] or '-'}  {e.date or 'no date'}")
        flags = [f for f, on in (("historical", e.historical), ("negated", e.negated)) if on]
        if e.modality != "asserted":
            flags.append(e.modality)
        head.append(f"  {' '.join(flags)}" if flags else "")
        console.print(head)
        console.print(Text(f"  rule {e.rule}", style="dim"))
        start, end = sentence_bounds(e, article_text)
        line = Text("  " + article_text[start:end])
        for name, (s, t) in e.evidence.spans.items():
            if name in STYLES and start <= s < t <= end:
                line.stylize(STYLES[name], s - start + 2, t - start + 2)
        console.print(line)
