"""The DuckDB schema: one table per record type, plus the merged events that dedup maintains.

Actor objects are stored twice: flattened into columns (`source_country`, `source_code`, ...) so SQL can
filter and group on them, and as the full JSON object so a read gives back exactly what was extracted.
Dates are kept as the contract's string (`2022-09`) together with the period they cover (`day_lo`,
`day_hi`), which is what filters and the merge compare.

Uniqueness (article id, sha256, event id) is enforced by the writer inside its transaction rather
than by DuckDB indexes: deleting and re-inserting a key in one transaction (replacing an article) stays
simple, and bulk inserts stay fast.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

ACTOR_FIELDS = ("text", "name", "country", "sector", "code", "kb_id", "type")


def actor_columns(prefix: str) -> str:
    """Flattened columns of one actor object, plus its JSON."""
    cols = ",\n    ".join(f"{prefix}_{name} VARCHAR" for name in ACTOR_FIELDS)
    return f"{cols},\n    {prefix} VARCHAR"


TABLES: dict[str, str] = {
    "meta": """
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR NOT NULL,
    value VARCHAR
)""",
    "articles": """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    date DATE,
    source VARCHAR,
    place VARCHAR,
    title VARCHAR,
    url VARCHAR,
    lang VARCHAR,
    text VARCHAR NOT NULL,
    paragraphs VARCHAR,
    ingested_at TIMESTAMP NOT NULL,
    seq BIGINT NOT NULL
)""",
    "mentions": f"""
CREATE TABLE IF NOT EXISTS mentions (
    mention_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    sentence_index INTEGER,
    token_start INTEGER,
    token_end INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    kind VARCHAR,
    {actor_columns("actor")},
    reason VARCHAR,
    members VARCHAR
)""",
    "events": f"""
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    ordinal INTEGER NOT NULL,
    date VARCHAR,
    date_precision VARCHAR,
    day_lo DATE,
    day_hi DATE,
    historical BOOLEAN,
    {actor_columns("source")},
    {actor_columns("target")},
    cameo VARCHAR NOT NULL,
    cameo_root VARCHAR NOT NULL,
    plover_event VARCHAR,
    plover_mode VARCHAR,
    quad_class INTEGER,
    goldstein DOUBLE,
    "symmetric" BOOLEAN,
    {actor_columns("claimed_by")},
    negated BOOLEAN,
    modality VARCHAR,
    topic VARCHAR,
    trigger VARCHAR,
    sentence_index INTEGER,
    sentence VARCHAR,
    evidence VARCHAR,
    rule VARCHAR,
    extra VARCHAR,
    cluster_id VARCHAR
)""",
    "quotes": f"""
CREATE TABLE IF NOT EXISTS quotes (
    quote_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    ordinal INTEGER NOT NULL,
    {actor_columns("speaker")},
    {actor_columns("addressee")},
    kind VARCHAR,
    text VARCHAR,
    cue VARCHAR,
    spans VARCHAR,
    reported_via VARCHAR[],
    sentence_index INTEGER,
    topic VARCHAR
)""",
    "timexes": """
CREATE TABLE IF NOT EXISTS timexes (
    article_id VARCHAR NOT NULL,
    start_char INTEGER,
    end_char INTEGER,
    text VARCHAR,
    type VARCHAR,
    value VARCHAR,
    mod VARCHAR
)""",
    "merged_events": """
CREATE TABLE IF NOT EXISTS merged_events (
    cluster_id VARCHAR NOT NULL,
    head_event_id VARCHAR NOT NULL,
    reports INTEGER NOT NULL,
    num_mentions INTEGER NOT NULL,
    sources VARCHAR[],
    article_ids VARCHAR[],
    mention_ids VARCHAR[],
    day_lo DATE,
    day_hi DATE,
    first_seen TIMESTAMP
)""",
}

TABLE_ORDER = ("meta", "articles", "mentions", "events", "quotes", "timexes", "merged_events")
