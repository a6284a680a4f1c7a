"""Readers: text files, `.jsonl` files, standard input and directories become `Article` records.

A batch never stops at one bad input: `read_inputs` yields either an Article or an InputError for
each input, and the caller decides what to report.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import EventwireError, InputError
from eventwire.ingest.dateline import check_dateline_date, parse_dateline, parse_iso_date, split_date_header
from eventwire.ingest.normalize import is_heading, normalize_text, split_paragraphs, text_sha256
from eventwire.records import Article, Paragraph

MAX_ARTICLE_CHARS = 2_000_000
TEXT_SUFFIXES = (".txt", ".text", ".md", "")
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True, slots=True)
class BadInput:
    """An input that could not be read, with where it came from."""

    origin: str
    error: EventwireError


def build_article(
    raw: str,
    *,
    article_id: str,
    published: date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Article:
    """Normalize one article's text and read what its header and dateline say."""
    header_date, body = split_date_header(raw)
    published = header_date or published
    text = normalize_text(body)
    if not text:
        raise InputError(f"{article_id}: the article has no text", code="E102")
    paragraphs = split_paragraphs(text)
    place = None
    dateline = parse_dateline(text)
    if dateline is not None:
        paragraphs = _detach_dateline(paragraphs, text, dateline.end)
        if not check_dateline_date(dateline, published):
            raise InputError(
                f"{article_id}: dateline {text[: dateline.end].strip()!r} disagrees with date {published}",
                code="E104",
            )
        place = dateline.place
        source = source or dateline.source
    if title is None and len(paragraphs) > 1 and paragraphs[0].heading and dateline is None:
        title = text[paragraphs[0].start : paragraphs[0].end]
    elif title is not None and paragraphs:
        paragraphs = _mark_title(paragraphs, text, title)
    return Article(
        id=article_id,
        text=text,
        sha256=text_sha256(text),
        date=published,
        source=source,
        place=place,
        title=title,
        url=url,
        paragraphs=paragraphs,
    )


def _mark_title(paragraphs: tuple[Paragraph, ...], text: str, title: str) -> tuple[Paragraph, ...]:
    """A record's title repeated as the text's first line is a heading, never a sentence of the story."""
    first = paragraphs[0]
    line = text[first.start : first.end].strip()
    if first.heading or "\n" in line or not title.strip() or not line.endswith(title.strip()):
        return paragraphs
    return (Paragraph(first.start, first.end, heading=True), *paragraphs[1:])


def _detach_dateline(paragraphs: tuple[Paragraph, ...], text: str, end: int) -> tuple[Paragraph, ...]:
    """The dateline becomes a paragraph of its own, marked as a heading, so it never starts a sentence."""
    first = paragraphs[0]
    stop = len(text[:end].rstrip())
    rest = end
    while rest < first.end and text[rest].isspace():
        rest += 1
    head = Paragraph(first.start, stop, heading=True, dateline=True)
    if rest >= first.end:
        return (head, *paragraphs[1:])
    return (head, Paragraph(rest, first.end, heading=False), *paragraphs[1:])


def decode_bytes(data: bytes, origin: str) -> str:
    """UTF-8 text or a clear error: binary files and other encodings are refused, not guessed at."""
    if len(data) > MAX_ARTICLE_CHARS * 4:
        raise InputError(f"{origin}: file too large ({len(data):,} bytes)", code="E105")
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: binary file, not text", code="E106")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not UTF-8 text (byte {exc.start})", code="E107") from exc
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"{origin}: text too long ({len(text):,} characters)", code="E105")
    return text


def read_text(raw: str, article_id: str, published: date | None = None) -> Article:
    if not raw.strip():
        raise InputError(f"{article_id}: empty input", code="E102")
    return build_article(raw, article_id=article_id, published=published)


def read_jsonl(raw: str, origin: str, published: date | None = None) -> Iterator[Article | BadInput]:
    """One Article per JSON line; a broken line is reported and the rest still read."""
    seen_any = False
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{origin}:{number}"
        try:
            yield _article_from_record(_parse_json_line(line, where), where, published)
        except InputError as error:
            yield BadInput(where, error)
    if not seen_any:
        yield BadInput(origin, InputError(f"{origin}: empty input", code="E102"))


def _parse_json_line(line: str, where: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: broken JSON line ({exc.msg})", code="E108") from exc
    if not isinstance(record, dict):
        raise InputError(f"{where}: a JSON line must be an object", code="E108")
    return record


def _article_from_record(record: dict[str, Any], where: str, published: date | None) -> Article:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: record has no 'text'", code="E109")
    raw_id = record.get("id")
    article_id = str(raw_id) if raw_id not in (None, "") else where
    record_date = record.get("date")
    if record_date not in (None, ""):
        published = parse_iso_date(
            str(record_date)[:10] if _looks_like_timestamp(record_date) else str(record_date)
        )

    def optional(key: str) -> str | None:
        value = record.get(key)
        return str(value) if value not in (None, "") else None

    return build_article(
        text,
        article_id=article_id,
        published=published,
        title=optional("title"),
        url=optional("url"),
        source=optional("source"),
    )


def _looks_like_timestamp(value: object) -> bool:
    return isinstance(value, str) and len(value) > 10 and value[10] in "T "


def read_inputs(paths: Iterable[str], published: date | None = None) -> Iterator[Article | BadInput]:
    """Every article in the given paths (`-` is standard input); directories are read in name order."""
    for name in paths:
        if name == "-":
            yield from _read_stream(sys.stdin.buffer.read(), "stdin", "stdin", published)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and _is_article_file(p))
            if not files:
                yield BadInput(name, InputError(f"{name}: no .txt or .jsonl files in directory", code="E101"))
            for file in files:
                yield from _read_file(file, published)
        else:
            yield from _read_file(path, published)


def _is_article_file(path: Path) -> bool:
    return (
        not path.name.startswith(".")
        and path.suffix.lower() in (*TEXT_SUFFIXES, *JSONL_SUFFIXES)
        and (path.name.upper() not in ("README.MD", "LICENSE", "NOTICE"))
    )


def _read_file(path: Path, published: date | None) -> Iterator[Article | BadInput]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield BadInput(origin, InputError(f"{origin}: no such file", code="E101"))
        return
    except OSError as exc:
        yield BadInput(origin, InputError(f"{origin}: cannot read ({exc.strerror})", code="E101"))
        return
    yield from _read_stream(data, origin, path.stem, published, jsonl=path.suffix.lower() in JSONL_SUFFIXES)


def _read_stream(
    data: bytes, origin: str, article_id: str, published: date | None, jsonl: bool | None = None
) -> Iterator[Article | BadInput]:
    try:
        raw = decode_bytes(data, origin)
    except InputError as error:
        yield BadInput(origin, error)
        return
    if jsonl is None:
        jsonl = raw.lstrip().startswith("{")
    if jsonl:
        yield from read_jsonl(raw, origin, published)
        return
    try:
        yield read_text(raw, article_id, published)
    except InputError as error:
        yield BadInput(origin, error)


__all__ = ["BadInput", "build_article", "is_heading", "read_inputs", "read_jsonl", "read_text"]
