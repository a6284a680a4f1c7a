"""Quotation marks, on text alone."""

from __future__ import annotations

from eventwire.attribution.marks import find_quoted_spans
from eventwire.ingest.normalize import split_paragraphs


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted_spans(text, split_paragraphs(text))]


def test_curly_straight_and_guillemet_quotes() -> None:
    text = '“We will respond,” he said. "No comment," she said. «Never», Lavrov said.'
    assert quoted(text) == ["We will respond", "No comment", "Never"]


def test_single_quotes_skip_apostrophes_and_plural_possessives() -> None:
    text = "The leaders' talk ended, saying: 'You're a hero, everybody loves you'. It's Russia's view."
    assert quoted(text) == ["You're a hero, everybody loves you"]


def test_a_quote_reopened_on_each_paragraph_is_one_quote() -> None:
    text = "A spokesperson said:\n\n“The call was long.\n\n“They agreed to meet again.”\n\nPublished today"
    assert quoted(text) == ["The call was long.\n\n“They agreed to meet again."]


def test_a_quote_running_over_unmarked_paragraphs_until_it_closes() -> None:
    text = "The message reads:\n\n“First part.\n\nSecond part.\n\nThird part.”\n\nMoscow, June 5"
    assert quoted(text) == ["First part.\n\nSecond part.\n\nThird part."]


def test_an_unclosed_quote_stops_at_its_paragraph() -> None:
    text = "He said “this never ends\n\nNext paragraph without marks."
    assert quoted(text) == ["this never ends"]


def test_single_quotes_inside_double_quotes_are_part_of_them() -> None:
    text = "“He called it 'a grave mistake' today,” she said."
    assert quoted(text) == ["He called it 'a grave mistake' today"]
