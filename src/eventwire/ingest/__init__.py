"""ingest stage: text files, JSON Lines, stdin and directories -> `Article` records."""

from eventwire.ingest.readers import BadInput, build_article, read_inputs, read_jsonl, read_text

__all__ = ["BadInput", "build_article", "read_inputs", "read_jsonl", "read_text"]
